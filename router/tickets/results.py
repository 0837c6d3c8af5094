"""Asking the carriers how an intercept, a change of address or a ticket filed with them ended, where they tell it
only when asked.

ZTO answers an intercept at once ("submitted") and its outcome later through
``thirdcenter.queryInterceptAndReturnStatus`` (its track pushes carry scans, not outcomes). With the real protocols
(``carrier.protocol = "open_platform"``) each router runs a ``ResultPoller``; every ``carrier.result_poll_s`` the
one holding the store's lease (a router of many; another takes over when it stops) takes up to ``ROUND`` open
intercept and change-of-address tickets at the carriers whose adapter can be asked (``Op.RESULT``), not yet a
person's, the least recently asked first, asks each through its outlet's account (the router's own carrier layer:
its limits and breakers, shared with the merchants' requests), and publishes every final answer to the
carrier-events topic as a push would be: the ticket's operation key, so the follower applies it to that ticket
and tells the merchant, once (the event's id is the ticket's and the outcome's: a repeat is a duplicate). A
pending answer, or one that ends the intercept without saying how ("ended": cancelled, discontinued), publishes
nothing: the ticket is asked again in a later round, until its due time hands it to a person. A ticket filed
with the carrier (ZTO's incident: a delay, a parcel signed for but not received) is asked after by the carrier's
ticket number (``carrier_ref``), in a quota of its own and ``TICKET_EVERY`` rounds apart (the intercepts, whose
merchants wait, are not crowded out); finished, it is published as a ``ticket`` ``resolved`` event with the
carrier's last reply (the merchant hears "工单已处理完毕" and that reply).

Cancellation: between rounds or while waiting on the carrier; what was published stays published.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable, Sequence

import anyio
from anyio.abc import TaskStatus

from router.carrier.accounts import CarrierAccounts
from router.carrier.model import CarrierEvent, Item, ItemResult, Op, encoder
from router.carrier.wire.setup import result_carriers
from router.config import Settings
from router.source import Sink
from router.tickets.scans import DECIDED
from router.tickets.store import TicketRow, TicketStore

log = logging.getLogger("kefu.results")

EFFECTS_ASKED = DECIDED  # the intents whose outcome comes later, asked by the waybill (a scan's too)
# those of a ticket filed with the carrier, asked by its number (handlers.intents: a delay's; a parcel signed for
# but not received, filed where the carrier takes it)
TICKETS_ASKED = ("delay", "verify_delivery")
ROUND = 200  # effects asked about a round (the least recently asked first: the rest in the next rounds)
TICKETS_ROUND = 50  # tickets a round (a day's ticket is in no hurry: each asked TICKET_EVERY rounds apart)
TICKET_EVERY = 10


class ResultPoller:
    def __init__(self, settings: Settings, store: TicketStore, accounts: CarrierAccounts, sink: Sink,
                 carriers: Sequence[str], clock: Callable[[], float] = time.time) -> None:
        """``carriers``: those whose adapter can be asked (router.carrier.wire.setup.result_carriers)."""
        self._settings, self._store, self._accounts, self._sink = settings, store, accounts, sink
        self._carriers, self._clock = list(carriers), clock
        self._me = uuid.uuid4().hex  # (this router, as the lease knows it)
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
                log.warning("intercept results not asked this round (%s: %s)", type(e).__name__, e)

    async def poll_once(self) -> int:
        """One round; returns how many outcomes were published."""
        now = self._clock()
        every = self._settings.carrier.result_poll_s
        if not self._carriers or not await self._store.take_result_lease(self._me, now, every * 3):
            return 0
        tickets = await self._store.open_effects(self._carriers, EFFECTS_ASKED, now - every, now, ROUND)
        tickets += await self._store.open_effects(self._carriers, TICKETS_ASKED, now - every, now, TICKETS_ROUND,
                                                  asked_before=now - every * TICKET_EVERY, numbered=True)
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
    """Each ticket's answer (None: not answered this round), asked all at once through its outlet's account."""
    futures: list[asyncio.Future[ItemResult] | None] = []
    for t in tickets:
        try:
            params = {"ticket_no": t.carrier_ref} if t.intent not in EFFECTS_ASKED else {}
            if t.intent not in EFFECTS_ASKED and not t.carrier_ref:
                futures.append(None)  # (a ticket the carrier gave no number: nothing to ask by)
                continue
            futures.append(accounts.submit(t.outlet, t.carrier, Op.RESULT,
                                           Item(key=f"result:{t.id}", waybill=t.waybill, params=params), now))
        except (KeyError, LookupError) as e:  # an outlet gone, a carrier no longer connected: not this one's round
            log.info("a ticket's outcome cannot be asked now (%s)", type(e).__name__)
            futures.append(None)
    out: list[ItemResult | None] = []
    for f in futures:
        try:
            out.append(await f if f is not None else None)
        except Exception as e:  # (a carrier's trouble with one ticket's question: asked again next round)
            log.info("an intercept result was not answered (%s)", type(e).__name__)
            out.append(None)
    return out


async def poll_results(settings: Settings, store: TicketStore, accounts: CarrierAccounts, sink: Sink, *,
                       task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """A ``ResultPoller`` over the router's own carrier layer, until cancelled (``kefu-router run`` with the
    real protocols)."""
    poller = ResultPoller(settings, store, accounts, sink, result_carriers(settings.carrier))
    await poller.run(task_status=task_status)


def _event(t: TicketRow, r: ItemResult | None, now: float) -> CarrierEvent | None:
    outcome = str(r.data.get("outcome", "")) if r is not None and r.ok else ""
    if outcome not in (("succeeded", "failed") if t.intent in EFFECTS_ASKED else ("resolved",)):
        return None
    op = t.intent if t.intent in EFFECTS_ASKED else "ticket"  # (a carrier's ticket resolved, as its push says it)
    return CarrierEvent(id=f"asked:{t.id}:{outcome}", carrier=t.carrier, waybill=t.waybill, key=t.key, op=op,
                        event=outcome, detail=_detail(t, r), at=now)


def _detail(t: TicketRow, r: ItemResult | None) -> str:
    """What the event says beside its outcome: the carrier's status of an effect, its answer to a ticket (told to
    the merchant)."""
    if r is None:
        return ""
    return str(r.data.get("status" if t.intent in EFFECTS_ASKED else "reply", ""))
