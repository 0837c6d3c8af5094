"""The outlet's staff speaking in a merchant's group: their words are no merchant's request, and the bot keeps quiet
there for a while after them (``quiet_after_staff_s`` of the outlet's rules), so that it does not talk over a person
already answering the merchant.

A staff member is known by their id on the chat platform (the outlet's ``staff``). What they write in a merchant's
group is never acted on. A merchant's request in that group within the quiet time gets no reply from the bot and
goes to the staff as a task (``staff_talking``): nothing is lost, and the person talking decides.

When staff last spoke is remembered per group in the router's memory: a group's messages all come to the router
that owns its merchant's partition, in order, so it is right while the partition stays; after a rebalance the new
owner starts without it (the bot speaks again at once, as it does after the quiet time).
"""

from __future__ import annotations

from typing import Final

from router.contracts import MerchantRequest
from router.outlets import Outlet

STAFF_TALKING: Final = "staff_talking"
_REMEMBERED: Final = 100_000  # groups remembered at most; beyond it the memory starts again


class StaffQuiet:
    def __init__(self) -> None:
        self._spoke: dict[tuple[str, str], float] = {}  # (outlet, group) → when staff last spoke there

    def __repr__(self) -> str:
        return f"<StaffQuiet groups={len(self._spoke)}>"

    def revoked(self) -> None:
        self._spoke.clear()

    def staff_spoke(self, request: MerchantRequest, outlet: Outlet | None) -> bool:
        """Whether ``request`` was written by the outlet's staff (remembered: the bot keeps quiet after it)."""
        if outlet is None or request.sender not in outlet.staff:
            return False
        if len(self._spoke) >= _REMEMBERED:
            self._spoke.clear()
        key = (request.outlet, request.group)
        at = request.received_at.timestamp()
        self._spoke[key] = max(at, self._spoke.get(key, at))
        return True

    def quiet(self, request: MerchantRequest, outlet: Outlet | None) -> bool:
        """Whether the bot keeps quiet for ``request``: staff spoke in its group within the outlet's quiet time
        before it was sent."""
        if outlet is None or not outlet.rules.quiet_after_staff_s:
            return False
        spoke = self._spoke.get((request.outlet, request.group))
        return spoke is not None and 0 <= request.received_at.timestamp() - spoke <= outlet.rules.quiet_after_staff_s

