"""The carrier layer of a network: one ``Carriers`` per outlet account.

Each outlet is its own account at the carriers, with its own key, secret and published rate limit, so each has
its own batchers, limits and breakers: items of two outlets never share a call, and one outlet's surge or its
carrier's refusals spend only its own account's budget. All of them share the HTTP connections to the carriers'
address.

The router pauses intake (``blocked``) only while every account's carriers are blocked: one outlet's outage must
not hold the others' requests (its own requests wait in their handlers until the item deadline hands them to a
person).
"""

from __future__ import annotations

from collections.abc import Mapping

import anyio
from anyio.abc import TaskGroup, TaskStatus

from router.carrier.carriers import CarrierMetrics, Carriers
from router.outlets import Account


class CarrierAccounts:
    def __init__(self, by_outlet: Mapping[str, tuple[Carriers, Account | None]]) -> None:
        """``by_outlet``: each outlet's carriers and the account they were built with, by the outlet as records
        name it ("" for a deployment's one outlet, ``Network.record_outlet``)."""
        if not by_outlet:
            raise ValueError("a carrier layer needs at least one account")
        self._by_outlet = dict(by_outlet)
        self._tg: TaskGroup | None = None

    def __repr__(self) -> str:
        return f"<CarrierAccounts outlets={len(self._by_outlet)}>"

    def of(self, outlet: str) -> Carriers:
        """The carriers as ``outlet``'s account. Raises KeyError for an outlet with no account (a bug: the router
        resolves every request's outlet first)."""
        return self._by_outlet[outlet][0]

    @property
    def metrics(self) -> CarrierMetrics:
        """The metrics every account's carriers count in (one set: their labels are carriers, never outlets)."""
        return next(iter(self._by_outlet.values()))[0].metrics

    def account_of(self, outlet: str) -> Account | None:
        """What ``outlet``'s carriers were built with (None: it has none)."""
        got = self._by_outlet.get(outlet)
        return got[1] if got is not None else None

    def outlets(self) -> list[str]:
        return list(self._by_outlet)

    async def add(self, outlet: str, carriers: Carriers, account: Account) -> None:
        """Put ``carriers`` in as ``outlet``'s account, running (an outlet added, or its account changed, while
        the router runs; a replaced account's calls in flight finish on the old one, which then idles)."""
        if self._tg is None:
            raise RuntimeError("the carrier accounts are not running")
        await self._tg.start(carriers.run)
        self._by_outlet[outlet] = (carriers, account)

    def remove(self, outlet: str) -> None:
        """An outlet removed: its account is no longer used, nor counted for the intake's pause (its batchers
        idle until the process ends; calls in flight finish)."""
        self._by_outlet.pop(outlet, None)

    @property
    def blocked(self) -> bool:
        return bool(self._by_outlet) and all(c.blocked for c, _ in self._by_outlet.values())

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Run every account's batchers until cancelled (and those ``add`` puts in)."""
        async with anyio.create_task_group() as tg:
            for c, _ in self._by_outlet.values():
                await tg.start(c.run)
            self._tg = tg
            task_status.started()
