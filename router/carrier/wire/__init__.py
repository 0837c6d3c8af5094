"""The carriers' real open-platform protocols: envelopes, signatures, business codes and pushes (issue 27).

One adapter per carrier (``Wire``, router.carrier.wire.base), pure; ``WireClient`` speaks it over HTTP.
"""

from __future__ import annotations

from router.carrier.wire.base import Wire
from router.carrier.wire.ems import Ems
from router.carrier.wire.jt import Jt
from router.carrier.wire.sf import Sf
from router.carrier.wire.sto import Sto
from router.carrier.wire.yto import Yto
from router.carrier.wire.zto import Zto

# (kuaidi100's adapter speaks for a carrier when the configuration says so: router.carrier.wire.kuaidi100)
WIRES: dict[str, Wire] = {w.carrier: w for w in (Zto(), Yto(), Sto(), Sf(), Jt(), Ems())}

__all__ = ["WIRES", "Wire"]
