"""The router: records in from a Source, through the handler under the key-ordered scheduler, outputs to a Sink.

Guarantees:
- Order: one merchant's records (one Kafka key in one partition) are handled in offset order, and their outputs
  reach the producer in offset order. A handler that names each request's lanes (``LanedHandler``: the
  customer service names its waybills) lets a merchant's requests about different parcels run side by side, at
  most ``scheduler.max_per_key`` at once; requests sharing a lane still run one after another.
- At-least-once: a record's offset is committed only after its outputs were acknowledged by the broker.
  Records finished past the first unfinished one are recorded in the commit metadata and skipped after a
  restart or rebalance, so only records actually in flight at a crash are handled again.
- Bad input never stops the flow: undecodable records, handler errors and handler timeouts become dead
  letters (reason, origin, original bytes) and the merchant's later records go on.

Cancellation: cancelling ``run`` stops everything at once without a final commit. ``request_stop`` is the
graceful path: stop intake, drain in-flight work within ``shutdown.drain_timeout_s``, flush, commit, return.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
import traceback
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import partial
from typing import Any, Protocol

import anyio
import msgspec
from anyio.abc import TaskGroup, TaskStatus

from router.config import Settings
from router.contracts import (
    Activity,
    DeadLetter,
    Escalation,
    MerchantRequest,
    Output,
    Reply,
    Ticket,
    decode_request,
    encode,
)
from router.deadletters import dead_letter
from router.errors import CommitError, DecodeError, TransportError
from router.flow import decide
from router.metrics import HOT_RANKS, OUTCOMES, RouterMetrics
from router.offsets import PartitionOffsets, decode_finished
from router.registry import Handler, LanedHandler, RebalanceAware
from router.scheduler import KeyedScheduler, Lanes
from router.source import TP, Committed, Record, Sink, Source

log = logging.getLogger("kefu.router")

OutRecord = tuple[str, bytes | None, bytes]
LAG_INTERVAL_S = 5.0  # lag is measured with a ListOffsets request to the broker: not every commit


def _backoff() -> Iterator[float]:
    """Retry delays: 0.1 s, doubling, at most 5 s, without end (a broker outage lasts as long as it lasts)."""
    delay = 0.1
    while True:
        yield delay
        delay = min(delay * 2, 5.0)


class _Unset(enum.Enum):
    UNSET = enum.auto()


UNSET = _Unset.UNSET


class Job(msgspec.Struct, gc=False, eq=False):
    """A record on its way through the scheduler. Untracked by the cyclic collector, like ``Record``: the only
    way back to it is a neighbour's ``prev``/``next``, and ``_enqueued`` clears both."""

    record: Record
    offsets: PartitionOffsets
    tp: TP
    key: bytes | None
    size: int
    started: float = 0.0  # perf_counter when handling began
    received: float = 0.0  # when the merchant's message was received (epoch seconds), once decoded
    timed_out: bool = False  # the watchdog cancelled the handler
    # Concurrency within a merchant (laned handlers only): the request decoded early to name its lanes, and
    # the merchant's previous job, whose outputs must reach the producer first.
    request: MerchantRequest | None = None
    lanes: Lanes | _Unset | None = UNSET
    prev: Job | None = None  # the merchant's previous job, while its outputs are not with the producer
    enqueued: bool = False  # this job's outputs are with the producer (or never will be)
    lost: bool = False  # ... never will be: dropped or cancelled, as its partition is revoked or the router stops
    next: Job | None = None  # the merchant's next job, when it finished handling before this one handed over
    pending: tuple[list[OutRecord], str] | None = None  # handled outputs and outcome, waiting for ``prev``


def _take_back_cancel() -> None:
    """Undo the watchdog's ``Task.cancel`` once it has been dealt with. A request left pending would make the
    worker's long-lived cancel scope treat a later cancellation of its own (``abandon``) as foreign and let it
    escape, ending the worker pool."""
    task = asyncio.current_task()
    assert task is not None
    task.uncancel()


class Gate(Protocol):
    """Something downstream that may be unable to take work (the carrier gateway while a circuit is open)."""

    @property
    def blocked(self) -> bool: ...


class Router:
    def __init__(
        self,
        settings: Settings,
        source: Source,
        sink: Sink,
        handler: Handler,
        metrics: RouterMetrics | None = None,
        gate: Gate | None = None,
    ) -> None:
        self.settings = settings
        self._source = source
        self._sink = sink
        self._handler = handler
        self._gate = gate
        self._blocked = False
        self.metrics = metrics or RouterMetrics()
        self._laned = (handler if isinstance(handler, LanedHandler) and settings.scheduler.max_per_key > 1
                       else None)
        self._scheduler: KeyedScheduler[Job] = KeyedScheduler(
            self._process, settings.scheduler.max_inflight, max_per_key=settings.scheduler.max_per_key,
            lanes=self._lanes_of if self._laned is not None else None,
        )
        self._last_of_key: dict[tuple[TP, bytes | None], Job] = {}  # laned only: each merchant's latest job
        self._offsets: dict[TP, PartitionOffsets] = {}
        self._last_commit: dict[TP, Committed] = {}
        self._paused: set[TP] = set()
        self._saturated = False
        self._stop = anyio.Event()
        self._tasks: TaskGroup | None = None  # set by run(); owns resend tasks
        self._commit_lock = anyio.Lock()
        self._in_handler: set[Job] = set()  # jobs whose handler is running, for the watchdog
        self._key_counts: dict[bytes | None, int] = {}  # requests per merchant since the last hot-key update
        self._last_fetch_ok = 0.0  # monotonic time of the last fetch that did not fail
        self._started = False
        t = settings.topics
        self._processed = {o: self.metrics.processed.labels(o) for o in OUTCOMES}
        self._topic_of: dict[type, str] = {
            Reply: t.replies,
            Ticket: t.tickets,
            Escalation: t.human,
            DeadLetter: t.dlq,
            Activity: t.activity,
        }

    def __repr__(self) -> str:
        return (
            f"<Router partitions={len(self._offsets)} paused={len(self._paused)} "
            f"saturated={self._saturated} {self._scheduler!r}>"
        )

    # -- lifecycle ---------------------------------------------------------------------------------------

    def request_stop(self) -> None:
        """Begin a graceful stop; ``run`` returns once drained and committed."""
        self._stop.set()

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        try:
            async with anyio.create_task_group() as tg:
                self._tasks = tg
                await tg.start(self._scheduler.run)
                await self._source.start(self)
                tg.start_soon(self._commit_loop)
                tg.start_soon(self._watchdog)
                self._started = True
                task_status.started()
                await self._intake()
                await self._drain()
                tg.cancel_scope.cancel()
        finally:
            with anyio.CancelScope(shield=True):
                await self._source.stop()

    async def _drain(self) -> None:
        s = self.settings.shutdown
        all_tps = set(self._offsets)
        self._dropped(self._scheduler.drop_queued(all_tps))
        with anyio.move_on_after(s.drain_timeout_s):
            await self._scheduler.wait_idle()
        abandoned = self._scheduler.abandon(all_tps)
        if abandoned:
            self.metrics.abandoned.inc(abandoned)
            log.warning("drain deadline passed: %d in-flight records abandoned (they will be redelivered)", abandoned)
            with anyio.move_on_after(1.0):
                await self._scheduler.wait_idle()
        with anyio.move_on_after(s.drain_timeout_s):
            await self._sink.flush()
        await self._commit(all_tps)
        log.info("drained and committed %d partitions", len(all_tps))

    # -- intake and flow control -------------------------------------------------------------------------

    async def _intake(self) -> None:
        max_records = self.settings.kafka.fetch_max_records
        while not self._stop.is_set():
            try:
                records = await self._source.fetch(max_records, 0.1)
            except TransportError as e:  # the consumer reconnects by itself; readiness reports the gap
                log.warning("%s; fetching again shortly", e)
                await anyio.sleep(0.5)
                continue
            self._last_fetch_ok = time.monotonic()
            unready: set[TP] = set()
            accepted = 0
            for rec in records:
                tp = (rec.topic, rec.partition)
                offsets = self._offsets.get(tp)
                if offsets is None:
                    # the Kafka client starts fetching a new partition while our on_assigned is still reading its
                    # commit metadata: put the consumer back at this record rather than lose it.
                    if tp not in unready:
                        unready.add(tp)
                        self._source.rewind(tp, rec.offset)
                    continue
                if not offsets.receive(rec.offset):
                    continue  # a re-fetch of something already taken
                accepted += 1
                self._key_counts[rec.key] = self._key_counts.get(rec.key, 0) + 1
                if rec.offset in offsets.skip:
                    offsets.finish(rec.offset)
                    self._processed["skipped_done"].inc()
                    continue
                job = Job(rec, offsets, tp, rec.key, rec.size)
                if self._laned is not None:
                    prev = self._last_of_key.get((tp, rec.key))
                    if prev is not None and not prev.enqueued:
                        job.prev = prev
                    self._last_of_key[(tp, rec.key)] = job
                self._scheduler.submit(job)
            self.metrics.consumed.inc(accepted)
            self._apply_flow()

    def _apply_flow(self) -> None:
        sched = self._scheduler
        blocked = self._gate is not None and self._gate.blocked
        if blocked != self._blocked:
            self._blocked = blocked
            if blocked:
                log.warning("downstream blocked (a carrier circuit is open): intake paused")
            else:
                log.info("downstream clear: intake resumes")
        d = decide(
            self.settings.backpressure,
            assigned=self._offsets.keys(),
            paused=self._paused,
            per_partition={tp: load.records for tp, load in sched.load.items()},
            total_records=sched.buffered_records,
            total_bytes=sched.buffered_bytes,
            was_saturated=self._saturated,
            blocked=blocked,
        )
        if d.pause:
            self._source.pause(d.pause)
            self._paused |= d.pause
        if d.resume:
            self._source.resume(d.resume)
            self._paused -= d.resume
        self._saturated = d.saturated
        m = self.metrics
        m.paused_partitions.set(len(self._paused))
        m.buffered_records.set(sched.buffered_records)
        m.buffered_bytes.set(sched.buffered_bytes)
        m.inflight.set(sched.inflight)

    # -- handling ----------------------------------------------------------------------------------------

    async def _process(self, job: Job) -> None:
        """The ordered phase: decode, handle, hand outputs to the producer in order.

        The record finishes (its offset becomes committable) in ``_acked``, a done-callback of the broker's
        acknowledgement, so no task waits for it and the merchant's next record may start meanwhile. A laned job
        that finished handling before the merchant's previous one handed over leaves its outputs with that job
        and returns: they go to the producer, from a task of their own, once the previous one's did. No worker
        waits for another's carrier calls.
        """
        job.started = time.perf_counter()
        try:
            outputs, outcome = await self._outputs_for(job)
        except BaseException:
            if self._laned is not None:
                self._enqueued(job, handed=False)
            raise
        prev = job.prev
        if prev is not None and not prev.enqueued:
            job.pending = (outputs, outcome)
            prev.next = job
            return
        if prev is not None and prev.lost:  # the merchant's earlier record will be redelivered: so will this one
            self._enqueued(job, handed=False)
            self._scheduler.done(job)
            return
        await self._hand_over(job, outputs, outcome)

    async def _hand_over(self, job: Job, outputs: list[OutRecord], outcome: str) -> None:
        handed = False
        try:
            acked = await self._enqueue(outputs)
            handed = True
        finally:
            if self._laned is not None:
                self._enqueued(job, handed)
        if acked is None:
            self._finish(job, outcome)
        else:
            acked.add_done_callback(partial(self._acked, job, outputs, outcome))

    def _enqueued(self, job: Job, handed: bool = True) -> None:
        """The job's outputs are with the producer (``handed``), or never will be: the merchant's next job may
        hand over its. When the job was cancelled instead (its partition is being revoked or the router stops),
        the jobs waiting behind it are released without handing anything over, to be redelivered in order."""
        while True:
            job.enqueued = True
            job.lost = not handed
            job.prev = None
            nxt, job.next = job.next, None  # Jobs are untracked by the collector: never leave a cycle behind
            qkey = (job.tp, job.key)
            if self._last_of_key.get(qkey) is job:
                del self._last_of_key[qkey]
            if nxt is None or nxt.pending is None:
                return
            if handed:
                assert self._tasks is not None, "records are only handled while run() owns the task group"
                try:
                    self._tasks.start_soon(self._hand_over_later, nxt)
                    return
                except RuntimeError:  # run() has ended: the record stays uncommitted and is redelivered
                    handed = False
            nxt.pending = None
            self._scheduler.done(nxt)
            job = nxt

    async def _hand_over_later(self, job: Job) -> None:
        assert job.pending is not None
        (outputs, outcome), job.pending = job.pending, None
        try:
            await self._hand_over(job, outputs, outcome)
        except BaseException:
            self._scheduler.done(job)
            raise

    def _lanes_of(self, job: Job) -> Lanes | None:
        """What the job's request may not share with a running request of its merchant, asked once (the request
        decoded here is kept for handling). Undecodable: nothing; it becomes a dead letter."""
        if job.lanes is UNSET:
            assert self._laned is not None
            try:
                job.request = decode_request(job.record.value)
                job.lanes = self._laned.lanes(job.request)
            except DecodeError:
                job.lanes = frozenset()
            except Exception as e:  # a handler bug: run the request alone, its handling will report the error
                log.error("lanes failed on %s[%d]@%d: %s", job.record.topic, job.record.partition,
                          job.record.offset, type(e).__name__)
                job.lanes = None
        return job.lanes

    def _dropped(self, jobs: list[Job]) -> None:
        """Queued jobs forgotten on a revocation or stop: they hand over nothing, nor do those behind them."""
        if self._laned is not None:
            for job in jobs:
                self._enqueued(job, handed=False)

    def _acked(self, job: Job, outputs: list[OutRecord], outcome: str, acked: asyncio.Future[Any]) -> None:
        if acked.cancelled() or acked.exception() is not None:
            error = "cancelled" if acked.cancelled() else repr(acked.exception())
            log.warning("outputs of %s[%d]@%d not acknowledged (%s); sending again",
                        job.record.topic, job.record.partition, job.record.offset, error)
            assert self._tasks is not None, "records are only handled while run() owns the task group"
            try:
                self._tasks.start_soon(self._resend, job, outputs, outcome)
            except RuntimeError:  # run() has ended: the record stays uncommitted and is redelivered
                self._scheduler.done(job)
            return
        self._finish(job, outcome)

    def _finish(self, job: Job, outcome: str) -> None:
        job.offsets.finish(job.record.offset)
        self._processed[outcome].inc()
        self.metrics.handle_seconds.observe(time.perf_counter() - job.started)
        if job.received:
            self.metrics.request_seconds.observe(max(0.0, time.time() - job.received))
        self._scheduler.done(job)

    async def _outputs_for(self, job: Job) -> tuple[list[OutRecord], str]:
        rec = job.record
        try:
            request = job.request or decode_request(rec.value)
        except DecodeError as e:
            return [self._dead_letter(rec, e.reason, e.detail)], "dead_letter"
        job.request = None  # the job outlives its handling in the ack callback: keep it small
        job.received = request.received_at.timestamp()
        self._in_handler.add(job)
        try:
            outputs: Sequence[Output] = await self._handler.handle(request)
        except asyncio.CancelledError:
            if not job.timed_out:
                raise  # a rebalance or shutdown cancelled the worker: not ours to swallow
            _take_back_cancel()
            limit = self.settings.scheduler.handler_timeout_s
            return [self._dead_letter(rec, "handler_timeout", f"no result within {limit}s")], "dead_letter"
        except Exception as e:  # a handler bug must not stop the merchant's later requests
            # The message may quote the merchant's text (personal data): log the type and where, never the message.
            where = traceback.extract_tb(e.__traceback__)[-1]
            log.error(
                "handler failed on %s[%d]@%d: %s at %s:%d",
                rec.topic, rec.partition, rec.offset, type(e).__name__, where.filename, where.lineno,
            )
            return [self._dead_letter(rec, "handler_error", f"{type(e).__name__}: {e}")], "dead_letter"
        finally:
            self._in_handler.discard(job)
        if job.timed_out:  # the handler swallowed the watchdog's cancellation and finished anyway: keep its result
            _take_back_cancel()
        key = request.merchant.encode()
        return [(self._topic_of[type(o)], key, encode(o)) for o in outputs], "handled"

    def _dead_letter(self, rec: Record, reason: str, detail: str) -> OutRecord:
        self.metrics.dead_letters.labels(reason).inc()
        letter = dead_letter(reason, detail, topic=rec.topic, partition=rec.partition, offset=rec.offset,
                             key=rec.key, value=rec.value)
        return (self.settings.topics.dlq, rec.key, encode(letter))

    async def _enqueue(self, outputs: list[OutRecord]) -> asyncio.Future[Any] | None:
        """Hand outputs to the producer, retrying broker errors until cancelled (the merchant waits meanwhile)."""
        if not outputs:
            return None
        delays: Iterator[float] | None = None  # made on the first failure only: this runs once per record
        while True:
            try:
                return await self._sink.enqueue(outputs)
            except TransportError as e:
                delays = delays or _backoff()
                delay = next(delays)
                self.metrics.output_retries.inc()
                log.warning("output send failed (%s); retrying in %.1fs", e, delay)
                await anyio.sleep(delay)

    async def _resend(self, job: Job, outputs: list[OutRecord], outcome: str) -> None:
        """Send the outputs of a record again until acknowledged, or until its partition is revoked."""
        try:
            for delay in _backoff():
                if job.offsets.revoked:
                    break
                self.metrics.output_retries.inc()
                acked = await self._enqueue(outputs)
                try:
                    if acked is not None:
                        await acked
                    self._finish(job, outcome)
                    return
                except Exception as e:  # the broker's error, whatever its type
                    log.warning("outputs not acknowledged (%s); retrying in %.1fs", e, delay)
                    await anyio.sleep(delay)
            self._scheduler.done(job)  # revoked: the next owner handles the record again
        except BaseException:
            self._scheduler.done(job)
            raise

    async def _watchdog(self) -> None:
        """Cancel handlers that outlive ``scheduler.handler_timeout_s``; their records become dead letters.

        One task looks at the running handlers a few times per timeout instead of a timer per record: the
        ``asyncio.timeout`` armed and disarmed around every handler call was about a fifth of the router's
        samples in a py-spy profile with a fast handler. A handler is cancelled between the limit and the limit
        plus a quarter of it (at most 1 s more).
        """
        limit = self.settings.scheduler.handler_timeout_s
        tick = min(1.0, limit / 4)
        while True:
            await anyio.sleep(tick)
            overdue = time.perf_counter() - limit
            for job in list(self._in_handler):
                if job.started <= overdue and not job.timed_out:
                    job.timed_out = True
                    self._scheduler.interrupt(job)

    # -- commits and rebalances --------------------------------------------------------------------------

    async def _commit_loop(self) -> None:
        hot_every = max(1, round(30 / self.settings.commit.interval_s))
        lag_every = max(1, round(LAG_INTERVAL_S / self.settings.commit.interval_s))
        n = 0
        while True:
            await anyio.sleep(self.settings.commit.interval_s)
            await self._commit(list(self._offsets))
            n += 1
            if n % lag_every == 0:
                await self._observe_lag()
            if n % hot_every == 0:
                self._observe_hot_keys()

    async def _observe_lag(self) -> None:
        m = self.metrics
        ends = await self._source.end_offsets(list(self._offsets))
        for tp, offsets in list(self._offsets.items()):
            hw = ends.get(tp)
            if hw is None:
                continue
            last = self._last_commit.get(tp)
            committed = last.offset if last is not None else 0  # no commit yet: the group starts at the beginning
            # nothing received yet (paused from the start, or quiet): the consumer stands at the committed offset
            received = offsets.next_offset if offsets.next_offset is not None else committed
            part = str(tp[1])
            m.consumer_lag.labels(part).set(max(0, hw - received))
            m.commit_lag.labels(part).set(max(0, hw - committed))
        m.ready.set(1 if self.ready()[0] else 0)

    def _observe_hot_keys(self) -> None:
        counts, self._key_counts = self._key_counts, {}
        total = sum(counts.values())
        top = sorted(counts.values(), reverse=True)[:HOT_RANKS]
        for rank in range(HOT_RANKS):
            share = top[rank] / total if rank < len(top) and total else 0.0
            self.metrics.hot_keys.labels(str(rank + 1)).set(share)

    def ready(self) -> tuple[bool, list[str]]:
        """Ready: running, in the group with partitions assigned, fetching from Kafka, no carrier circuit open."""
        problems = []
        if not self._started:
            problems.append("not started")
        if not self._offsets:
            problems.append("no partitions assigned")
        if time.monotonic() - self._last_fetch_ok > 30:
            problems.append("no successful fetch from Kafka in 30 s")
        if self._blocked:
            problems.append("a carrier circuit is open")
        return not problems, problems

    async def _commit(self, tps: Iterable[TP]) -> bool:
        async with self._commit_lock:
            budget = self.settings.commit.metadata_max_bytes
            todo: dict[TP, Committed] = {}
            for tp in tps:
                offsets = self._offsets.get(tp)
                point = offsets.commit_point() if offsets is not None else None
                if offsets is None or point is None:
                    continue
                c = Committed(point, offsets.metadata(budget))
                if self._last_commit.get(tp) != c:
                    todo[tp] = c
            if not todo:
                return True
            try:
                await self._source.commit(todo)
            except CommitError as e:
                self.metrics.commits.labels("failed").inc()
                log.warning("commit of %d partitions failed: %s", len(todo), e)
                return False
            self._last_commit.update(todo)
            self.metrics.commits.labels("ok").inc()
            return True

    async def on_revoked(self, tps: set[TP]) -> None:
        mine = tps & self._offsets.keys()
        if not mine:
            return
        self.metrics.rebalances.inc()
        self._dropped(self._scheduler.drop_queued(mine))
        with anyio.move_on_after(self.settings.shutdown.revoke_timeout_s):
            await self._scheduler.wait_drained(mine)
        abandoned = self._scheduler.abandon(mine)
        if abandoned:
            self.metrics.abandoned.inc(abandoned)
            log.warning("revocation deadline passed: %d in-flight records abandoned", abandoned)
        await self._commit(mine)
        for tp in mine:
            self._offsets.pop(tp).revoked = True
            self._last_commit.pop(tp, None)
        self._paused -= mine
        if isinstance(self._handler, RebalanceAware):
            self._handler.revoked()
        self.metrics.assigned_partitions.set(len(self._offsets))

    async def on_assigned(self, tps: set[TP], committed: Mapping[TP, Committed]) -> None:
        for tp in tps:
            c = committed.get(tp)
            skip = decode_finished(c.metadata, c.offset) if c is not None else frozenset()
            self._offsets[tp] = PartitionOffsets(skip)
            if c is not None:
                self._last_commit[tp] = c
        self.metrics.assigned_partitions.set(len(self._offsets))
        log.info("assigned %d partitions", len(tps))

    # -- introspection -----------------------------------------------------------------------------------

    @property
    def blocked(self) -> bool:
        """Intake is paused because the gate (an open carrier circuit) said so."""
        return self._blocked

    @property
    def paused(self) -> frozenset[TP]:
        return frozenset(self._paused)

    def commit_points(self) -> dict[TP, int | None]:
        return {tp: o.commit_point() for tp, o in self._offsets.items()}
