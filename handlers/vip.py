"""VIP merchants (tier "vip" in their outlet's directory): what one hands to a person says so (detail ``tier``), so
that its post in the staff group is marked and the console's queue lists it first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import msgspec

from router.contracts import Escalation, Output
from router.outlets import Network

VIP: Final = "vip"  # the directory's tier for the outlet's most valued merchants; an escalation's detail "tier"


def marked_vip(outputs: Sequence[Output], network: Network) -> Sequence[Output]:
    """``outputs`` with each hand-over to a person of a VIP merchant marked (detail ``tier``)."""
    if not any(isinstance(o, Escalation) for o in outputs):
        return outputs
    return [msgspec.structs.replace(o, detail={**o.detail, "tier": VIP})
            if isinstance(o, Escalation) and _is_vip(o, network) else o for o in outputs]


def _is_vip(e: Escalation, network: Network) -> bool:
    outlet = network.outlet(e.outlet)
    entry = outlet.directory.get(e.merchant) if outlet is not None else None
    return entry is not None and entry.tier == VIP
