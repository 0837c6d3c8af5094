"""The carrier layer of a network: one ``Carriers`` per outlet account.

Each outlet is its own account at the carriers, with its own key, secret and published rate limit, so each has
its own batchers, limits and breakers: items of two outlets never share a call, and one outlet's surge or its
carrier's refusals spend only its own account's budget. All of them share the HTTP connections to the carriers'
address.

An account's carriers are made when one of its outlets first needs them (``make``), not at start: a network of a
thousand outlets does not hold a thousand accounts' batchers for outlets that are quiet today. Outlets that share
an account at the carrier share its carriers (one rate limit, one breaker, batches together). An account no outlet
has any more is retired: it takes no new items and ends once those it has are answered. Items' results are
counted per outlet (``submit``), whichever account carried them.

The router pauses intake (``blocked``) only while every account's carriers are blocked: one outlet's outage must
not hold the others' requests (its own requests wait in their handlers until the item deadline, counted from
when the merchant asked, hands them to a person).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping

import anyio
from anyio.abc import TaskGroup, TaskStatus

from router.carrier.carriers import CarrierMetrics, Carriers
from router.carrier.model import Item, ItemResult, Op
from router.outlets import Account

Make = Callable[[Account], Carriers]


class CarrierAccounts:
    def __init__(self, by_outlet: Mapping[str, tuple[Carriers, Account | None]] | None = None, *,
                 accounts: Mapping[str, Account] | None = None, make: Make | None = None,
                 metrics: CarrierMetrics | None = None) -> None:
        """``by_outlet``: carriers already made, and the account they were made with, by the outlet as records
        name it ("" for a deployment's one outlet, ``Network.record_outlet``); ``accounts`` (with ``make``): the
        accounts of outlets whose carriers are made on first use. Outlets of one account share its carriers: its
        rate limit, breakers and batches are the account's at the carrier, whichever outlet calls."""
        if not by_outlet and not accounts:
            raise ValueError("a carrier layer needs at least one account")
        if accounts and (make is None or metrics is None):
            raise ValueError("accounts made on first use need make, and the metrics it counts in")
        self._made: dict[Account | None, Carriers] = {a: c for c, a in (by_outlet or {}).values()}
        self._accounts: dict[str, Account | None] = {k: a for k, (_, a) in (by_outlet or {}).items()}
        self._accounts.update(accounts or {})
        self._make = make
        made = next(iter(self._made.values()), None)
        self.metrics: CarrierMetrics = metrics or (made.metrics if made is not None else CarrierMetrics())
        self._tg: TaskGroup | None = None
        self._counted: dict[str, Callable[[asyncio.Future[ItemResult]], None]] = {}

    def __repr__(self) -> str:
        return f"<CarrierAccounts outlets={len(self._accounts)} made={len(self._made)}>"

    def of(self, outlet: str) -> Carriers:
        """The carriers as ``outlet``'s account, made now if it had none yet. Raises KeyError for an outlet with
        no account (a bug: the router resolves every request's outlet first)."""
        account = self._accounts[outlet]
        c = self._made.get(account)
        if c is None:
            if account is None or self._make is None:
                raise KeyError(outlet)
            c = self._made[account] = self._make(account)
            if self._tg is not None:
                c.spawn(self._tg)
        return c

    def submit(self, outlet: str, carrier: str, op: Op, item: Item,
               since: float | None = None) -> asyncio.Future[ItemResult]:
        """``item`` through ``outlet``'s account (``Carriers.submit``), its result counted as the outlet's."""
        fut = self.of(outlet).submit(carrier, op, item, since)
        fut.add_done_callback(self._counter(outlet))
        return fut

    def _counter(self, outlet: str) -> Callable[[asyncio.Future[ItemResult]], None]:
        count = self._counted.get(outlet)
        if count is None:
            ok, failed = self.metrics.by_outlet(outlet, "true"), self.metrics.by_outlet(outlet, "false")

            def count(fut: asyncio.Future[ItemResult]) -> None:
                if not fut.cancelled() and fut.exception() is None:
                    (ok if fut.result().ok else failed).inc()

            if len(self._counted) < 4 * 1024:  # (the counters are bounded; this is only their lookup)
                self._counted[outlet] = count
        return count

    def account_of(self, outlet: str) -> Account | None:
        """What ``outlet``'s carriers are (or will be) made with (None: it has none)."""
        return self._accounts.get(outlet)

    def outlets(self) -> list[str]:
        return list(self._accounts)

    @property
    def made(self) -> int:
        """How many accounts have their carriers made."""
        return len(self._made)

    def update(self, accounts: Mapping[str, Account]) -> None:
        """The outlets' accounts now (the stored network changed while the router runs): an outlet added is made
        on first use (or shares its account's carriers if another outlet made them); an account no outlet has
        any more (changed, or its outlets gone) is retired: calls in flight and items waiting finish on it, later
        items go out on the new one."""
        if self._make is None:
            raise RuntimeError("accounts not made on first use cannot be updated")
        self._accounts = dict(accounts)
        used = set(self._accounts.values())
        for account in [a for a in self._made if a not in used]:
            self._made.pop(account).retire()

    @property
    def blocked(self) -> bool:
        """Every account's carriers are blocked (an account not made yet is not)."""
        made = self._made
        return (bool(made) and all(a in made for a in self._accounts.values())
                and all(c.blocked for c in made.values()))

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Run every account's carriers until cancelled (and those made later)."""
        async with anyio.create_task_group() as tg:
            for c in self._made.values():
                await tg.start(c.run)
            self._tg = tg
            task_status.started()
            try:
                await anyio.sleep_forever()  # (what is made later runs in this group)
            finally:
                self._tg = None
