"""``kefu-router follow``: closes the loop. Consumes four topics with its own consumer group:

- tickets: stored (idempotent by id) with a due time per intent;
- carrier events: matched to their ticket by operation key; a result is told to the merchant's group in standard
  phrasing, @ the requester. Events for unknown keys wait (they may precede their ticket) and are counted;
  duplicates and events after a final result are recorded, not told twice;
- human replies: relayed to the merchant's group; they close the ticket they answer;
- activity: what became of every request, kept for the day's figures;
- escalations and the staff groups' messages: the staff desk's (``router.staff.desk``): tasks posted to the
  outlet's staff group, answers written there sent on to the merchants as human replies.
A deadline loop hands each overdue open ticket to a person once (the store's atomic claim decides who), with the
merchant's words and the ticket's history, and tells the merchant a person is following it.

At-least-once: offsets are committed after the batch's outputs are acknowledged; a redelivered batch changes
nothing in the store and produces outputs with the same ids. Cancellation: ``run`` stops at once, uncommitted.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any

import anyio
import msgspec
from anyio.abc import TaskStatus
from prometheus_client import CollectorRegistry, Counter

from router.carrier.model import CarrierEvent, event_decoder
from router.config import QUIET_FETCH_WAIT_MS, Settings
from router.confirm.model import ConfirmationStore
from router.confirm.store import SqlConfirmations
from router.contracts import (
    Activity,
    Escalation,
    HumanReply,
    Reply,
    StaffMessage,
    Ticket,
    decode_as,
    encode,
    platform_of,
)
from router.deadletters import dead_letter
from router.errors import CommitError, TransportError
from router.kafka import KafkaSource
from router.outlets import Network
from router.source import TP, Committed, Record, Sink, Source
from router.staff.desk import Desk, DeskMetrics
from router.staff.tasks import Tasks
from router.tickets.scans import apply_scans, forget_waiting, is_scan
from router.tickets.store import Applied, TicketRow, TicketStore

log = logging.getLogger("kefu.follower")
_PURGE_EVERY_S = 3600.0  # how often ticket text past its retention is looked for

RESULTS: dict[tuple[str, str], str] = {
    ("intercept", "succeeded"): "{w} 拦截成功，包裹将退回",
    ("intercept", "failed"): "{w} 拦截失败：包裹已派送，如需帮助请回复，我们为您转人工处理",
    ("change_address", "succeeded"): "{w} 改址成功，将按新地址派送",
    ("change_address", "failed"): "{w} 改址失败：包裹已派送，如需帮助请回复",
    ("ticket", "resolved"): "{w} 您登记的工单已处理完毕",
}
ANSWERED, ANSWER_CHARS = "，快递公司答复：", 200
OVERDUE = "{w} 处理时间较长，已转人工专人跟进，请稍候"
_OutRecord = tuple[str, bytes | None, bytes]



def topics_read(settings: Settings) -> list[str]:
    """The topics the follower reads (its Kafka user may read these: deploy/k8s/kafka/users.yaml)."""
    t = settings.topics
    return [t.tickets, t.carrier_events, t.human_replies, t.activity, t.human, t.staff_messages]

class FollowerMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        r = self.registry = registry or CollectorRegistry()
        self.tickets = Counter("kefu_tickets_opened_total", "Tickets stored (new ones only)", registry=r)
        self.events = Counter("kefu_carrier_events_total", "Carrier events, by outcome", ["outcome"], registry=r)
        self.overdue = Counter("kefu_tickets_overdue_total", "Overdue tickets handed to a person", registry=r)
        self.relayed = Counter("kefu_human_replies_total", "Human replies relayed to merchants", registry=r)
        self.bad = Counter("kefu_follower_bad_records_total", "Undecodable records sent to the DLQ", ["topic"],
                           registry=r)


class _Batch:
    """One fetch's records, by contract, in the order read."""

    def __init__(self) -> None:
        self.tickets: list[Ticket] = []
        self.events: list[CarrierEvent] = []
        self.scans: list[CarrierEvent] = []
        self.humans: list[tuple[Record, HumanReply]] = []
        self.activity: list[Activity] = []
        self.desk: list[Escalation | StaffMessage] = []

    def add(self, m: Record, x: Ticket | CarrierEvent | Activity | HumanReply | Escalation | StaffMessage) -> None:
        if isinstance(x, Ticket):
            self.tickets.append(x)
        elif isinstance(x, CarrierEvent):
            (self.scans if is_scan(x) else self.events).append(x)
        elif isinstance(x, Activity):
            self.activity.append(x)
        elif isinstance(x, HumanReply):
            self.humans.append((m, x))
        else:
            self.desk.append(x)



def _reply(t: TicketRow, rid: str, text: str) -> Reply:
    platform: Any = t.platform
    return Reply(id=rid, request_id=t.request_id, merchant=t.merchant, group=t.group, platform=platform,
                 mention=[t.sender] if t.sender else [], text=text, outlet=t.outlet)


class Follower:
    def __init__(self, settings: Settings, store: TicketStore, sink: Sink,
                 metrics: FollowerMetrics | None = None, source: Source | None = None,
                 network: Network | None = None, confirmations: ConfirmationStore | None = None) -> None:
        """``source``: the records to follow (by default its own consumer group on Kafka); ``network``: the outlets
        (by default as the settings describe them): a person's answer is relayed only to its merchant's own group
        in its outlet; ``confirmations``: where requests wait for staff approval (by default in ``store``, when
        ``confirm.store`` is the ticket store)."""
        if confirmations is None and settings.confirm.store in ("", settings.tickets.store):
            confirmations = SqlConfirmations(store)
        self.settings = settings
        self.network = network if network is not None else Network.from_settings(settings, accounts=False,
                                                                                  directories=False)
        self.store = store
        self._sink = sink
        self.metrics = metrics or FollowerMetrics()
        self._topics = topics_read(settings)
        self._source = source
        self._running = False
        self._consumed: dict[TP, int] = {}  # each held partition's offset past the records handled
        self.desk = Desk(settings, Tasks(store.db), lambda: self.network, DeskMetrics(self.metrics.registry),
                         confirmations=confirmations)

    def __repr__(self) -> str:
        return f"<Follower topics={self._topics} {self.store!r}>"

    def ready(self) -> tuple[bool, list[str]]:
        return (True, []) if self._running else (False, ["not consuming yet"])

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        consumer = self._source or KafkaSource(
            self.settings, self._topics, group_id=self.settings.tickets.group_id, client="follower",
            fetch_max_wait_ms=QUIET_FETCH_WAIT_MS, fetch_min_bytes=1, commit_metadata=False,
            rebalance_timeout_ms=self.settings.kafka.session_timeout_ms)
        await consumer.start(self)
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(self._deadlines)
                self._running = True
                task_status.started()
                while True:
                    try:
                        records = await consumer.fetch(2000, 0.2)
                    except TransportError as e:
                        log.warning("%s", e)
                        await anyio.sleep(1)
                        continue
                    if not records:
                        continue
                    await self._send(await self.handle(records))
                    for m in records:
                        self._consumed[m.tp] = m.offset + 1
                    await self._commit(consumer)
        finally:
            with anyio.CancelScope(shield=True):
                await consumer.stop()

    async def handle(self, records: Sequence[Record]) -> list[_OutRecord]:
        """One fetched batch → outputs. Tickets first, so events in the same batch find them."""
        b = _Batch()
        out: list[_OutRecord] = []
        for m in records:
            try:
                b.add(m, self._read(m))
            except (msgspec.DecodeError, UnicodeDecodeError, TypeError) as e:
                self.metrics.bad.labels(m.topic).inc()
                out.append(self._dead_letter(m, str(e)))
        ts = self.settings.tickets
        if b.tickets:
            new, early = await self.store.open(b.tickets, ts.due_s, ts.default_due_s)
            self.metrics.tickets.inc(new)
            out += self._results(early)
        if b.events:
            out += self._results(await self.store.apply_events(b.events))
        if b.scans:  # (a carrier's own push: matched to its ticket by waybill, router.tickets.scans)
            out += self._results(await apply_scans(self.store, b.scans))
        for m, h in b.humans:
            out += await self._relay(m, h)
        if b.activity:
            await self.store.record_requests(b.activity)
        for x in b.desk:  # (after the tickets: a task's post may name its ticket)
            out += await (self.desk.escalated(x) if isinstance(x, Escalation) else self.desk.staff_said(x))
        return out

    def _read(self, m: Record) -> Ticket | CarrierEvent | Activity | HumanReply | Escalation | StaffMessage:
        """A record as its topic's contract; raises the decoder's error (a record without a value too)."""
        t = self.settings.topics
        value = m.value or b""
        if m.topic == t.carrier_events:
            return event_decoder.decode(value)
        kinds: dict[str, type[Ticket | Activity | HumanReply | Escalation | StaffMessage]] = {
            t.tickets: Ticket, t.activity: Activity, t.human: Escalation, t.staff_messages: StaffMessage}
        return decode_as(value, kinds.get(m.topic, HumanReply))

    def _results(self, applied: Sequence[Applied]) -> list[_OutRecord]:
        out: list[_OutRecord] = []
        for a in applied:
            self.metrics.events.labels(a.outcome).inc()
            if a.outcome != "applied" or a.ticket is None:
                continue
            phrase = RESULTS.get((a.event.op, a.event.event), "{w} 处理结果：" + a.event.event)
            said = phrase.format(w=a.ticket.waybill)
            if a.event.op == "ticket" and a.event.detail:  # (the carrier's own answer to the ticket filed with it)
                said += ANSWERED + a.event.detail[:ANSWER_CHARS]
            reply = _reply(a.ticket, f"{a.ticket.id}:result", said)
            out.append((self.settings.topics.replies, a.ticket.merchant.encode(), encode(reply)))
        return out

    async def _relay(self, m: Record, h: HumanReply) -> list[_OutRecord]:
        """A person's answer to the merchant's group; one that would cross to another merchant or outlet (a group
        not the ticket's, a group of another outlet) is a dead letter, and the ticket is left as it was."""
        ticket = await self.store.get(h.ticket_id) if h.ticket_id else None
        outlet = h.outlet or (ticket.outlet if ticket is not None else "")
        crossing = self.network.check_delivery(outlet, h.merchant, h.group)
        if crossing is None and not self.network.single and not h.outlet:
            crossing = "outlet_missing"  # a network's staff tools say whose staff answers
        if ticket is not None and crossing is None and ((ticket.merchant, ticket.group) != (h.merchant, h.group)
                                                         or (ticket.outlet and outlet != ticket.outlet)):
            crossing = "not_the_tickets_group"
        if crossing is not None:
            self.metrics.bad.labels(m.topic).inc()
            letter = dead_letter(crossing, f"human reply for group {h.group!r} refused: {crossing}", topic=m.topic,
                                 partition=m.partition, offset=m.offset, key=m.key, value=m.value)
            return [(self.settings.topics.dlq, m.key, encode(letter))]
        if h.ticket_id:
            await self.store.human_reply(h.ticket_id, h.id, h.text, h.close)
        self.metrics.relayed.inc()
        reply = Reply(id=f"{h.id}:relay", request_id=h.ticket_id or h.id, merchant=h.merchant, group=h.group,
                      platform=h.platform, mention=list(h.mention), text=h.text, outlet=outlet)
        return [(self.settings.topics.replies, h.merchant.encode(), encode(reply))]

    async def _deadlines(self) -> None:
        purged = 0.0
        while True:
            await anyio.sleep(self.settings.tickets.check_interval_s)
            try:
                await self.escalate_overdue()
                await self._send(await self.desk.remind(time.time()))
            except Exception as e:  # a store hiccup must not end the follower; the next round tries again
                log.warning("overdue check failed: %s: %s", type(e).__name__, e)
            if time.monotonic() - purged >= _PURGE_EVERY_S:
                purged = time.monotonic()
                try:
                    await self.purge_text()
                except Exception as e:  # tried again at the next purge; what was purged so far stays purged
                    log.warning("purging ticket text failed: %s: %s", type(e).__name__, e)
                try:
                    await forget_waiting(self.store, time.time())
                except Exception as e:  # (the next purge tries again)
                    log.warning("forgetting scans no ticket claimed failed: %s: %s", type(e).__name__, e)

    async def purge_text(self, now: float | None = None) -> int:
        """Forget the text of tickets past ``tickets.text_retention_days`` (see ``TicketStore.purge_text``)."""
        days = self.settings.tickets.text_retention_days
        if not days:
            return 0
        before = (time.time() if now is None else now) - days * 86400
        await self.desk.tasks.purge_text(before)  # (the staff's tasks keep the same retention)
        n = await self.store.purge_text(before)
        if n:
            log.info("forgot the text of %d tickets past %g days", n, days)
        return n

    async def escalate_overdue(self, now: float | None = None) -> int:
        """Hand overdue tickets to a person: claimed in the store first, so each goes out once."""
        due = await self.store.due(now)
        if not due:
            return 0
        claimed = set(await self.store.mark_escalated([t.id for t in due], now))
        out: list[_OutRecord] = []
        t = self.settings.topics
        for row in due:
            if row.id not in claimed:
                continue
            full = await self.store.get(row.id) or row
            esc = Escalation(
                id=f"{row.id}:overdue", request_id=row.request_id, merchant=row.merchant, group=row.group,
                reason="ticket_overdue", text=row.text, outlet=row.outlet, sender=row.sender,
                platform=platform_of(row.platform),
                detail={"ticket": row.id, "waybill": row.waybill, "carrier": row.carrier, "intent": row.intent,
                        "ticket_class": str(row.ticket_class), "opened_at": str(row.opened_at),
                        "history": "; ".join(f"{h.kind}: {h.detail}" for h in full.history)},
            )
            out.append((t.human, row.merchant.encode(), encode(esc)))
            out.append((t.replies, row.merchant.encode(),
                        encode(_reply(row, f"{row.id}:overdue", OVERDUE.format(w=row.waybill)))))
        self.metrics.overdue.inc(len(claimed))
        await self._send(out)
        return len(claimed)

    def _dead_letter(self, m: Record, detail: str) -> _OutRecord:
        letter = dead_letter("undecodable", detail, topic=m.topic, partition=m.partition, offset=m.offset,
                             key=m.key, value=m.value)
        return (self.settings.topics.dlq, m.key, encode(letter))

    async def _send(self, out: list[_OutRecord]) -> None:
        delay = 0.1
        while out:
            try:
                await (await self._sink.enqueue(out))
                return
            except Exception as e:  # the broker's error, whatever its type: try again, nothing is committed
                log.warning("sending %d outputs failed (%s); retrying in %.1fs", len(out), e, delay)
                await anyio.sleep(delay)
                delay = min(delay * 2, 5.0)

    async def _commit(self, consumer: Source) -> None:
        """Every held partition past what was handled in it, so a commit refused mid-rebalance is made good by
        the next, quiet partitions included (as a position commit would)."""
        held = consumer.assignment()
        for tp in [tp for tp in self._consumed if tp not in held]:
            del self._consumed[tp]  # not ours any more: its new owner commits it
        try:
            await consumer.commit({tp: Committed(offset) for tp, offset in self._consumed.items()})
        except CommitError as e:  # a rebalance: the batch comes again and changes nothing
            log.warning("%s", e)

    async def on_revoked(self, tps: set[TP]) -> None:
        for tp in tps:  # when it comes back, its records come from its committed offset
            self._consumed.pop(tp, None)

    async def on_assigned(self, tps: set[TP], committed: Mapping[TP, Committed]) -> None:
        return None


async def follow(settings: Settings, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """Open the store and run a follower until cancelled (``kefu-router follow``)."""
    from router.confirm.store import open_confirmations
    from router.kafka import KafkaSink
    from router.outlet_store import followed_network, network_store
    from router.tickets.store import open_store

    store = await open_store(settings.tickets.store)
    apart = settings.confirm.store not in ("", settings.tickets.store)  # (questions kept in a store of their own)
    confirmations = await open_confirmations(settings.confirm.store) if apart else None
    try:
        async with network_store(settings, store.db) as kept, KafkaSink(settings) as sink, \
                anyio.create_task_group() as tg:

            async def take(new: Network) -> None:  # a network: its stored outlets, taken as they change
                follower.network = new

            follower = Follower(settings, store, sink, network=await followed_network(settings, kept, tg, take),
                                confirmations=confirmations)
            if settings.metrics.port:
                from router.ops import serve_ops

                await tg.start(serve_ops, follower.metrics.registry, follower.ready, settings.metrics.host,
                               settings.metrics.port)
            await follower.run(task_status=task_status)
    finally:
        with anyio.CancelScope(shield=True):
            if confirmations is not None:
                await confirmations.close()
            await store.close()
