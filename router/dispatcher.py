"""The dispatcher: records in from a Source, through the handler under the key-ordered scheduler, outputs to a Sink.

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

The Dispatcher puts together the parts that do each job, and owns the lifecycle and the rebalance listener:
- ``router.intake``: records in, flow control (pausing and resuming partitions);
- ``router.handling``: decoding, the handler under its time limit, dead letters;
- ``router.handover``: outputs to the producer in each merchant's order; the only caller of ``scheduler.done``;
- ``router.commits``: commits, lag and hot keys.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping

import anyio
from anyio.abc import TaskStatus

from router.commits import Commits
from router.config import Settings
from router.handling import Handling
from router.handover import HandOver
from router.intake import Gate, Intake
from router.jobs import Job
from router.metrics import RouterMetrics
from router.offsets import PartitionOffsets, decode_finished
from router.registry import Handler, LanedHandler, RebalanceAware
from router.scheduler import KeyedScheduler
from router.source import TP, Committed, Sink, Source

log = logging.getLogger("kefu.router")

__all__ = ["Dispatcher", "Gate"]


class Dispatcher:
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
        self.metrics = metrics or RouterMetrics()
        laned = (handler if isinstance(handler, LanedHandler) and settings.scheduler.max_per_key > 1 else None)
        self._handling = Handling(settings, handler, self.metrics, laned)
        self._scheduler: KeyedScheduler[Job] = KeyedScheduler(
            self._process, settings.scheduler.max_inflight, max_per_key=settings.scheduler.max_per_key,
            lanes=self._handling.lanes_of if laned is not None else None,
            share=self._handling.share_of if laned is not None else None,
            max_per_share=settings.scheduler.max_inflight_per_outlet or max(1, settings.scheduler.max_inflight // 4),
            first=self._handling.first_of if self._handling.prioritised else None,
        )
        self._offsets: dict[TP, PartitionOffsets] = {}  # the assigned partitions, kept by on_assigned/on_revoked
        self._handover = HandOver(self._scheduler, sink, self.metrics, laned is not None)
        self._intake = Intake(settings, source, self._scheduler, self._offsets, self._handover, self.metrics, gate,
                              self._handling.read_share if self._handling.tenanted else None,
                              self._handling.read_first if self._handling.prioritised else None)
        self._commits = Commits(settings, source, self._offsets, self.metrics)
        self._handover.on_finish = self._commits.finished
        self._stop = anyio.Event()
        self._started = False

    def __repr__(self) -> str:
        return (
            f"<Dispatcher partitions={len(self._offsets)} paused={len(self._intake.paused)} "
            f"saturated={self._intake.saturated} {self._scheduler!r}>"
        )

    # -- lifecycle ---------------------------------------------------------------------------------------

    def request_stop(self) -> None:
        """Begin a graceful stop; ``run`` returns once drained and committed."""
        self._stop.set()

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        try:
            async with anyio.create_task_group() as tg:
                self._handover.attach(tg)
                await tg.start(self._scheduler.run)
                await self._source.start(self)
                tg.start_soon(self._commits.run, self._intake.take_key_counts, lambda: self.ready()[0])
                tg.start_soon(self._handling.watch, self._scheduler)
                self._started = True
                task_status.started()
                await self._intake.run(self._stop)
                await self._drain()
                tg.cancel_scope.cancel()
        finally:
            with anyio.CancelScope(shield=True):
                await self._source.stop()

    async def _drain(self) -> None:
        s = self.settings.shutdown
        all_tps = set(self._offsets)
        self._handover.dropped(self._scheduler.drop_queued(all_tps))
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
        await self._commits.commit(all_tps)
        log.info("drained and committed %d partitions", len(all_tps))

    async def _process(self, job: Job) -> None:
        """The scheduler's work on a job: handle it, then hand its outputs over in its merchant's order."""
        job.started = time.perf_counter()
        try:
            outputs, outcome = await self._handling.outputs_for(job)
        except BaseException:
            self._handover.failed(job)
            raise
        await self._handover.deliver(job, outputs, outcome)

    def ready(self) -> tuple[bool, list[str]]:
        """Ready: running, in the group with partitions assigned, fetching from Kafka, no carrier circuit open."""
        problems = []
        if not self._started:
            problems.append("not started")
        if not self._offsets:
            problems.append("no partitions assigned")
        if time.monotonic() - self._intake.last_fetch_ok > 30:
            problems.append("no successful fetch from Kafka in 30 s")
        if self._intake.blocked:
            problems.append("a carrier circuit is open")
        return not problems, problems

    # -- rebalances --------------------------------------------------------------------------------------

    async def on_revoked(self, tps: set[TP]) -> None:
        mine = tps & self._offsets.keys()
        if not mine:
            return
        self.metrics.rebalances.inc()
        self._handover.dropped(self._scheduler.drop_queued(mine))
        with anyio.move_on_after(self.settings.shutdown.revoke_timeout_s):
            await self._scheduler.wait_drained(mine)
        abandoned = self._scheduler.abandon(mine)
        if abandoned:
            self.metrics.abandoned.inc(abandoned)
            log.warning("revocation deadline passed: %d in-flight records abandoned", abandoned)
        await self._commits.commit(mine)
        for tp in mine:
            self._offsets.pop(tp).revoked = True
            self._commits.last.pop(tp, None)
        self._intake.forget(mine)
        if isinstance(self._handler, RebalanceAware):
            self._handler.revoked()
        self.metrics.assigned_partitions.set(len(self._offsets))

    async def on_assigned(self, tps: set[TP], committed: Mapping[TP, Committed]) -> None:
        for tp in tps:
            c = committed.get(tp)
            skip = decode_finished(c.metadata, c.offset) if c is not None else frozenset()
            self._offsets[tp] = PartitionOffsets(skip)
            if c is not None:
                self._commits.last[tp] = c
        self.metrics.assigned_partitions.set(len(self._offsets))
        log.info("assigned %d partitions", len(tps))

    # -- introspection -----------------------------------------------------------------------------------

    @property
    def blocked(self) -> bool:
        """Intake is paused because the gate (an open carrier circuit) said so."""
        return self._intake.blocked

    @property
    def paused(self) -> frozenset[TP]:
        return frozenset(self._intake.paused)

    def commit_points(self) -> dict[TP, int | None]:
        return {tp: o.commit_point() for tp, o in self._offsets.items()}
