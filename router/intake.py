"""Intake and flow control: records from the source into the scheduler, and the source paused while too much
waits.

Each fetched record is taken once (a re-fetch of one already taken is ignored), skipped when the last commit's
metadata says it finished already, set aside when its outlet holds its share of the buffer (router/intake_shares.py,
fetched again later), and otherwise queued as a job. After every fetch the flow decision
(router/flow.py) pauses partitions above their high watermark, or all of them above the global one or while the
gate (an open carrier circuit) is blocked, and resumes each below its low watermark. The consumer keeps fetching
while paused, so the member stays in its group.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Protocol

import anyio

from router.config import Settings
from router.errors import TransportError
from router.flow import decide, partition_marks
from router.handover import HandOver
from router.intake_shares import IntakeShares
from router.jobs import Job
from router.metrics import RouterMetrics
from router.offsets import PartitionOffsets
from router.scheduler import KeyedScheduler
from router.source import TP, Source

log = logging.getLogger("kefu.router")


class Gate(Protocol):
    """Something downstream that may be unable to take work (the carrier layer while a circuit is open)."""

    @property
    def blocked(self) -> bool: ...


class Intake:
    def __init__(self, settings: Settings, source: Source, scheduler: KeyedScheduler[Job],
                 offsets: dict[TP, PartitionOffsets], handover: HandOver, metrics: RouterMetrics,
                 gate: Gate | None, read_share: Callable[[Job], str | None] | None = None,
                 read_first: Callable[[Job], None] | None = None) -> None:
        """``read_share``: a record's outlet (``Handling.read_share``), for each outlet's share of the intake;
        None: the records share the intake with nobody in particular."""
        self.settings = settings
        self._source = source
        self._scheduler = scheduler
        self._offsets = offsets  # the assigned partitions' (the router's, kept by its rebalance listener)
        self._handover = handover
        self.metrics = metrics
        self._gate = gate
        self.paused: set[TP] = set()
        self.blocked = False  # intake is paused because the gate said so
        self.saturated = False
        self.last_fetch_ok = 0.0  # monotonic time of the last fetch that did not fail
        self._key_counts: dict[bytes | None, int] = {}  # requests per merchant since the last look
        self._read_share = read_share
        self._read_first = read_first  # (Handling.read_first: whether a record's sender goes first)
        bp = settings.backpressure
        self._shares = None if read_share is None else IntakeShares(
            bp.max_records_per_outlet or max(2, bp.partition_high_records // 2), scheduler.buffered_of,
            source.rewind, metrics, bp.max_span_aside)

    async def run(self, stop: anyio.Event) -> None:
        """Fetch and queue until ``stop`` is set."""
        max_records = self.settings.kafka.fetch_max_records
        while not stop.is_set():
            try:
                records = await self._source.fetch(max_records, 0.1)
            except TransportError as e:  # the consumer reconnects by itself; readiness reports the gap
                log.warning("%s; fetching again shortly", e)
                await anyio.sleep(0.5)
                continue
            self.last_fetch_ok = time.monotonic()
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
                    self._handover.count("skipped_done")
                    continue
                self._submit(Job(rec, offsets, tp, rec.key, rec.size))
            self.metrics.consumed.inc(accepted)
            if self._shares is not None:
                self._shares.fetch_again(self._offsets)
            self.apply_flow()

    def _submit(self, job: Job) -> None:
        """Queue a received record's job, unless its outlet holds its share (then it is fetched again later)."""
        if self._read_share is not None and self._shares is not None and not self._shares.admit(
                job.tp, job.offsets, job.record.offset, job.key, self._read_share(job)):
            return
        if self._read_first is not None:
            self._read_first(job)
        self._handover.follow(job)
        self._scheduler.submit(job)

    def forget(self, tps: set[TP]) -> None:
        """Partitions taken away."""
        self.paused -= tps
        if self._shares is not None:
            self._shares.forget(tps)

    def apply_flow(self) -> None:
        sched = self._scheduler
        bp = self.settings.backpressure
        if self._shares is not None and not bp.max_records_per_outlet:
            # (half a partition's high mark, which shrinks as partitions are added: an outlet's records alone
            # must not pause a partition for the other outlets on it)
            self._shares.max_records = max(2, partition_marks(bp, len(self._offsets))[0] // 2)
        blocked = self._gate is not None and self._gate.blocked
        if blocked != self.blocked:
            self.blocked = blocked
            if blocked:
                log.warning("downstream blocked (a carrier circuit is open): intake paused")
            else:
                log.info("downstream clear: intake resumes")
        d = decide(
            self.settings.backpressure,
            assigned=self._offsets.keys(),
            paused=self.paused,
            per_partition={tp: load.records for tp, load in sched.load.items()},
            total_records=sched.buffered_records,
            total_bytes=sched.buffered_bytes,
            was_saturated=self.saturated,
            blocked=blocked,
            held=self._shares.held(self._offsets) if self._shares is not None else frozenset(),
        )
        if d.pause:
            self._source.pause(d.pause)
            self.paused |= d.pause
        if d.resume:
            self._source.resume(d.resume)
            self.paused -= d.resume
        self.saturated = d.saturated
        m = self.metrics
        m.paused_partitions.set(len(self.paused))
        m.buffered_records.set(sched.buffered_records)
        m.buffered_bytes.set(sched.buffered_bytes)
        m.inflight.set(sched.inflight)

    def take_key_counts(self) -> dict[bytes | None, int]:
        """Requests per merchant since the last call (for the hot-key gauges)."""
        counts, self._key_counts = self._key_counts, {}
        return counts
