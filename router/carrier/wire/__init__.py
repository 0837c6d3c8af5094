"""The carriers' real open-platform protocols: envelopes, signatures, business codes and pushes (issue 27).

One adapter per carrier (``Wire``, router.carrier.wire.base), pure; ``WireClient`` speaks it over HTTP.
"""

from __future__ import annotations

from router.carrier.wire.base import Wire
from router.carrier.wire.ems import Ems
from router.carrier.wire.jt import Jt
from router.carrier.wire.sf import Sf
from router.carrier.wire.yto import Yto
from router.carrier.wire.zto import Zto

WIRES: dict[str, Wire] = {w.carrier: w for w in (Zto(), Yto(), Sf(), Jt(), Ems())}

__all__ = ["WIRES", "Wire"]
