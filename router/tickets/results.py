"""Asking the carriers how an intercept or a change of address ended, where they tell it only when asked.

ZTO answers an intercept at once ("submitted") and its outcome later through
``thirdcenter.queryInterceptAndReturnStatus`` (its track pushes carry scans, not outcomes). With the real protocols
(``carrier.protocol = "open_platform"``) the follower runs a ``ResultPoller``: every ``carrier.result_poll_s`` it
takes the open intercept and change-of-address tickets at the carriers whose adapter can be asked (``Op.RESULT``),
at least ``carrier.result_poll_s`` old, the longest open first, asks each once through its outlet's account,
and publishes every final answer to the carrier-events topic as a push would be: the ticket's operation key, so
the follower applies it to that ticket and tells the merchant, once (the event's id is the ticket's and the
outcome's: a second poll's, or a second follower's, is a duplicate). A pending answer publishes nothing; the
ticket is asked again next round, within the carrier's limits like any call, until its due time hands it to a
person.

Cancellation: between rounds or while waiting on the carrier; what was published stays published.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence

import anyio
from anyio.abc import TaskStatus

from router.carrier.accounts import CarrierAccounts
from router.carrier.carriers import CarrierMetrics, Carriers
from router.carrier.model import CarrierEvent, Item, ItemResult, Op, encoder
from router.carrier.wire.setup import Pools, open_clients, result_carriers
from router.config import Settings
from router.config.sections import OutletSettings
from router.outlets import Account, Network
from router.source import Sink
from router.tickets.store import TicketRow, TicketStore

log = logging.getLogger("kefu.results")

ASKED_ABOUT = ("intercept", "change_address")  # the intents whose outcome comes later
_ROUND = 200  # tickets asked about a round (the longest open first: the rest wait for the next round)


class ResultPoller:
    def __init__(self, settings: Settings, store: TicketStore, accounts: CarrierAccounts, sink: Sink,
                 carriers: Sequence[str], clock: Callable[[], float] = time.time) -> None:
        """``carriers``: those whose adapter can be asked (router.carrier.wire.setup.result_carriers)."""
        self._settings, self._store, self._accounts, self._sink = settings, store, accounts, sink
        self._carriers, self._clock = list(carriers), clock
        self.published = 0

    def __repr__(self) -> str:
        return f"<ResultPoller carriers={self._carriers} published={self.published}>"

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        task_status.started()
        every = self._settings.carrier.result_poll_s
        while True:
            await anyio.sleep(every)
            try:
                await self.poll_once()
            except Exception as e:  # the store or the broker away this round: the next round asks again
                log.warning("intercept results not asked this round (%s)", type(e).__name__)

    async def poll_once(self) -> int:
        """One round; returns how many outcomes were published."""
        now = self._clock()
        tickets = await self._store.open_effects(self._carriers, ASKED_ABOUT,
                                                 now - self._settings.carrier.result_poll_s, _ROUND)
        if not tickets:
            return 0
        answers = await _answers(self._accounts, tickets, now)
        events = [_event(t, r, now) for t, r in zip(tickets, answers, strict=True)]
        records = [(self._settings.topics.carrier_events, e.waybill.encode(), encoder.encode(e))
                   for e in events if e is not None]
        if records:
            await (await self._sink.enqueue(records))
        self.published += len(records)
        return len(records)


async def _answers(accounts: CarrierAccounts, tickets: Sequence[TicketRow], now: float) -> list[ItemResult | None]:
    """Each ticket's answer (None: the call failed this round), asked all at once through its outlet's account."""
    futures = [accounts.submit(t.outlet, t.carrier, Op.RESULT, Item(key=f"result:{t.id}", waybill=t.waybill), now)
               for t in tickets]
    out: list[ItemResult | None] = []
    for f in futures:
        try:
            out.append(await f)
        except Exception as e:  # (a carrier's trouble with one ticket's question: asked again next round)
            log.info("an intercept result was not answered (%s)", type(e).__name__)
            out.append(None)
    return out


def open_accounts(settings: Settings, network: Network, pools: Pools) -> CarrierAccounts:
    """Each outlet's carriers on the real protocols (as the router's, router.carrier.accounts), for the questions
    (the caller runs ``run`` in its task group and closes ``pools``)."""
    metrics = CarrierMetrics()

    def make(a: Account) -> Carriers:
        return Carriers(open_clients(settings.carrier, pools, dict(a.open)), settings.carrier, metrics,
                        state_gauge=False)

    if network.single:
        (only,) = network.outlets.values()
        return CarrierAccounts({"": (make(only.account), only.account)}, make=make)
    return CarrierAccounts(accounts={network.record_outlet(o): o.account for o in network.outlets.values()},
                           make=make, metrics=metrics)


async def poll_results(settings: Settings, store: TicketStore, sink: Sink, stored: Mapping[str, OutletSettings] | None,
                       *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """Run a ``ResultPoller`` until cancelled, with the outlets' accounts as they are at its start (the follower's
    ``kefu-router follow``, with the real protocols)."""
    pools = Pools(settings.carrier.concurrency)
    try:
        network = Network.from_settings(settings, stored=stored)
        accounts = open_accounts(settings, network, pools)
        async with anyio.create_task_group() as tg:
            await tg.start(accounts.run)
            poller = ResultPoller(settings, store, accounts, sink, result_carriers(settings.carrier))
            await tg.start(poller.run)
            task_status.started()
    finally:
        pools.close()


def _event(t: TicketRow, r: ItemResult | None, now: float) -> CarrierEvent | None:
    outcome = str(r.data.get("outcome", "")) if r is not None and r.ok else ""
    if outcome not in ("succeeded", "failed"):
        return None
    return CarrierEvent(id=f"asked:{t.id}:{outcome}", carrier=t.carrier, waybill=t.waybill, key=t.key, op=t.intent,
                        event=outcome, detail=str(r.data.get("status", "")) if r is not None else "", at=now)
