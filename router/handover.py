"""Per-merchant hand-over: each record's outputs reach the producer in its merchant's order, and each record's
job ends exactly once.

The scheduler runs the handling; what becomes of its outputs is decided here, and this module alone tells the
scheduler a job is ``done``: when the broker acknowledged its outputs, when it is given up to be redelivered (its
partition revoked, the router stopping), or when it failed. A record finishes (its offset becomes committable)
only once its outputs are acknowledged.

Ordering: with a laned handler (the customer service names each request's waybills) a merchant's requests about
different parcels are handled side by side, but their outputs go to the producer in offset order: a job that
finished handling before its merchant's previous one handed over leaves its outputs with that job and returns;
they go, from a task of their own, once the previous job's did. No worker waits for another's carrier calls.
Cancellation: a job cancelled while handing over (its partition revoked, the router stopping) releases the jobs
waiting behind it without handing anything over, so the merchant's records are redelivered in order.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import anyio
from anyio.abc import TaskGroup

from router.errors import TransportError
from router.jobs import Job, OutRecord, backoff
from router.metrics import OUTCOMES, RouterMetrics
from router.scheduler import KeyedScheduler
from router.source import TP, Sink

log = logging.getLogger("kefu.router")


def _nothing() -> None:
    pass


class HandOver:
    def __init__(self, scheduler: KeyedScheduler[Job], sink: Sink, metrics: RouterMetrics, laned: bool) -> None:
        self._scheduler = scheduler
        self._sink = sink
        self.metrics = metrics
        self._laned = laned
        self._last_of_key: dict[tuple[TP, bytes | None], Job] = {}  # laned only: each merchant's latest job
        self._tasks: TaskGroup | None = None  # owns the hand-overs that wait for a previous job, and the resends
        self._processed = {o: metrics.processed.labels(o) for o in OUTCOMES}
        self._starting: set[asyncio.Task[None]] = set()  # (held until they have started their resend)
        self.on_finish: Callable[[], None] = _nothing  # told of each record finished (router.commits.Commits)

    def attach(self, tasks: TaskGroup) -> None:
        """The task group (the router's) that owns later hand-overs and resends while the router runs."""
        self._tasks = tasks

    def follow(self, job: Job) -> None:
        """A new job of its merchant: with a laned handler, it hands over after the merchant's previous one."""
        if not self._laned:
            return
        qkey = (job.tp, job.key)
        prev = self._last_of_key.get(qkey)
        if prev is not None and not prev.enqueued:
            job.prev = prev
        self._last_of_key[qkey] = job

    def count(self, outcome: str) -> None:
        self._processed[outcome].inc()

    def failed(self, job: Job) -> None:
        """The job's handling ended by an exception (a cancellation): it hands over nothing."""
        if self._laned:
            self._enqueued(job, handed=False)

    def dropped(self, jobs: list[Job]) -> None:
        """Queued jobs forgotten on a revocation or stop: they hand over nothing, nor do those behind them."""
        if self._laned:
            for job in jobs:
                self._enqueued(job, handed=False)

    async def deliver(self, job: Job, outputs: list[OutRecord], outcome: str) -> None:
        """The job's outputs, handled: to the producer now, or after the merchant's previous job's."""
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
            if self._laned:
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

    def _acked(self, job: Job, outputs: list[OutRecord], outcome: str, acked: asyncio.Future[Any]) -> None:
        if acked.cancelled() or acked.exception() is not None:
            error = "cancelled" if acked.cancelled() else repr(acked.exception())
            log.warning("outputs of %s[%d]@%d not acknowledged (%s); sending again",
                        job.record.topic, job.record.partition, job.record.offset, error)
            # (this callback runs outside any task, where the task group cannot always tell its event loop: a
            # task of a moment starts the resend in the group that owns it)
            starter = asyncio.get_running_loop().create_task(self._start_resend(job, outputs, outcome))
            self._starting.add(starter)
            starter.add_done_callback(self._starting.discard)
            return
        self._finish(job, outcome)

    async def _start_resend(self, job: Job, outputs: list[OutRecord], outcome: str) -> None:
        assert self._tasks is not None, "records are only handled while run() owns the task group"
        try:
            self._tasks.start_soon(self._resend, job, outputs, outcome)
        except RuntimeError:  # run() has ended: the record stays uncommitted and is redelivered
            self._scheduler.done(job)

    def _finish(self, job: Job, outcome: str) -> None:
        job.offsets.finish(job.record.offset)
        self.on_finish()
        self._processed[outcome].inc()
        self.metrics.handle_seconds.observe(time.perf_counter() - job.started)
        if job.received:
            self.metrics.request_seconds.observe(max(0.0, time.time() - job.received))
        self._scheduler.done(job)

    async def _enqueue(self, outputs: list[OutRecord]) -> asyncio.Future[Any] | None:
        """Hand outputs to the producer, retrying broker errors until cancelled (the merchant waits meanwhile)."""
        if not outputs:
            return None
        delays: Iterator[float] | None = None  # made on the first failure only: this runs once per record
        while True:
            try:
                return await self._sink.enqueue(outputs)
            except TransportError as e:
                delays = delays or backoff()
                delay = next(delays)
                self.metrics.output_retries.inc()
                log.warning("output send failed (%s); retrying in %.1fs", e, delay)
                await anyio.sleep(delay)

    async def _resend(self, job: Job, outputs: list[OutRecord], outcome: str) -> None:
        """Send the outputs of a record again until acknowledged, or until its partition is revoked."""
        try:
            for delay in backoff():
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
