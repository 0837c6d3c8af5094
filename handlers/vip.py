"""VIP merchants (tier "vip" in their outlet's directory): their requests start before those merely waiting their
turn (``router.scheduler``'s first line; ``any_vip``, ``sent_by_vip``), and what one hands to a person says so
(detail ``tier``), so that its post in the staff group is marked and the console's queue lists it first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import msgspec

from router.contracts import Escalation, MerchantRequest, Output
from router.outlets import CrossingError, Network

VIP: Final = "vip"  # the directory's tier for the outlet's most valued merchants; an escalation's detail "tier"


def any_vip(network: Network) -> bool:
    """Whether any outlet of ``network`` has a VIP merchant."""
    return VIP in network.tiers


def sent_by_vip(request: MerchantRequest, network: Network) -> bool:
    """Whether the request's merchant is a VIP of the outlet its group is bound in."""
    try:
        _, entry = network.resolve(request.group, request.merchant)
    except CrossingError:
        return False  # (refused when handled)
    return entry is not None and entry.tier == VIP


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
