"""Key-ordered concurrent scheduler: order per key, concurrency across keys.

A job has two phases. ``work(job)`` is the ordered phase: jobs with the same ``(topic, partition, key)`` run it
one at a time, in submission order; at most ``max_inflight`` run it at once. When ``work`` returns normally the
job is handed over: its owner calls ``done(job)`` once it is complete (for the router: when the broker has
acknowledged the outputs ``work`` handed to the producer, in order), and the key's next job may start meanwhile.
If ``work`` raises or is cancelled the job is released at once. A handed-over job still counts as buffered until
``done``, so the caller's flow control and ``wait_drained`` cover it.

Lanes: given a ``lanes`` function and ``max_per_key`` above 1, a job of a key may start while others of the key
run if its lanes (for the router: the request's waybills) are disjoint from those of every earlier job of the
key not yet returned from ``work``; at most ``max_per_key`` of a key run at once. A busy merchant's unrelated
parcels proceed side by side while requests about one parcel keep their order. A job whose lanes are ``None``
waits for every earlier job of its key and holds back every later one. Each job's lanes are asked for when it
starts, or earlier when a job of its key is running and it is examined as the next to start.

Fairness: a key holds at most ``max_per_key`` slots, and keys with runnable work take turns round-robin, so a
merchant with a deep queue never starves the others of slots. Work that never suspends gets a slice of each turn
of the event loop (20 ms) across the whole pool, so the loop's I/O runs between slices whatever the pool's size.

Shares: given a ``share`` function and ``max_per_share``, jobs of one share (for the router: one outlet of a
network) hold at most ``max_per_share`` slots at once; a key whose next job's share is full waits aside, in order,
until one of the share's jobs returns from ``work``, and the other shares' keys go on meanwhile. A job's share is
asked for when it is submitted, when it is about to start and when it is done, so it must not change meanwhile
(the router reads it as the record is received); None shares with nobody. ``buffered_of`` counts each share's
jobs not yet done, for the caller's intake shares.

First: given a ``first`` function, a key whose next job it names (for the router: a VIP merchant's) is offered
in a line of its own that the workers empty before the common one: its jobs start before those of every key that
is merely waiting its turn, without passing a job of its own key (order per key is unchanged) and within the
limits above (its key's slots, its share's). Asked of a key's first queued job whenever the key is offered.

Cancellation: ``run`` owns the worker pool; cancelling it cancels in-flight work. ``abandon`` cancels the
in-flight work of given partitions only (used when a rebalance deadline passes); abandoned jobs report nothing.
Runs on anyio's asyncio backend (the router runs on uvloop).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic

import anyio
from anyio.abc import TaskStatus

from router.scheduler_keys import _LOOKAHEAD, J, Lanes, Schedulable, _KeyQueue
from router.scheduler_shares import ShareSlots
from router.scheduler_turns import TurnSlices, _let_go
from router.source import TP

# Lanes and Schedulable are defined beside the per-key queue (router.scheduler_keys) and are part of this
# module's interface: callers import them from here.
__all__ = ["KeyedScheduler", "Lanes", "PartitionLoad", "Schedulable"]


@dataclass
class PartitionLoad:
    """Jobs submitted and not yet done (queued or in flight) for one partition."""

    records: int = 0
    bytes: int = 0
    drained: anyio.Event = field(default_factory=anyio.Event)


class _Slot(Generic[J]):
    """One worker. Its cancel scope lives across jobs (a scope per job cost ~13% of throughput here) and is
    replaced only after ``abandon`` cancelled it; ``job`` is the job it is running."""

    __slots__ = ("job", "scope", "task")

    def __init__(self, task: asyncio.Task[Any]) -> None:
        self.scope = anyio.CancelScope()
        self.job: J | None = None
        self.task = task


class KeyedScheduler(ShareSlots[J], TurnSlices):
    def __init__(
        self,
        work: Callable[[J], Awaitable[None]],
        max_inflight: int = 512,
        *,
        max_per_key: int = 1,
        lanes: Callable[[J], Lanes | None] | None = None,
        share: Callable[[J], str | None] | None = None,
        max_per_share: int | None = None,
        first: Callable[[J], bool] | None = None,
    ) -> None:
        if max_inflight < 1:
            raise ValueError("max_inflight must be at least 1")
        if max_per_share is not None and max_per_share < 1:
            raise ValueError("max_per_share must be at least 1")
        if max_per_key < 1:
            raise ValueError("max_per_key must be at least 1")
        self._work = work
        self.max_inflight = max_inflight
        # Without a lanes function every job of a key conflicts with every other: one at a time (and with one at a
        # time, lanes have nothing to decide: a job never passes another of its key).
        self.max_per_key = max_per_key if lanes is not None else 1
        self._lanes = lanes if self.max_per_key > 1 else None
        self._share = share if max_per_share is not None and max_per_share < max_inflight else None
        self._share_of = share  # (for the counts of records buffered by share, even when slots are not shared)
        self._share_buffered: dict[str, int] = {}
        self.max_per_share = max_per_share or max_inflight
        self._share_running: dict[str, int] = {}
        self._share_waiting: dict[str, deque[_KeyQueue[J]]] = {}  # keys whose next job waits for its share
        self._picked_share: str | None = None  # (what _runnable found: see there)
        self._blocked_share: str | None = None
        self._queues: dict[tuple[TP, bytes | None], _KeyQueue[J]] = {}
        # Keys with a job ready to run, and idle workers each waiting on its own event: a push wakes exactly
        # one worker (a memory object stream costs a checkpoint and its own bookkeeping per item).
        self._ready: deque[_KeyQueue[J]] = deque()
        self._first = first
        self._ready_first: deque[_KeyQueue[J]] = deque()  # keys whose next job ``first`` names: taken before _ready
        self._idle_workers: deque[asyncio.Future[None]] = deque()
        self.load: dict[TP, PartitionLoad] = {}
        self.buffered_records = 0
        self.buffered_bytes = 0
        self.inflight = 0
        self._idle = anyio.Event()
        self._idle.set()
        self._slots: list[_Slot[J]] = []
        self._turn_marked = False  # a callback is scheduled for the loop's next turn: this turn has started jobs
        self._turn_started = 0.0  # when this turn's first job started
        self._owed = False  # this turn's jobs used the slice: the loop is owed a turn before more start
        self._parked: deque[asyncio.Future[None]] = deque()  # workers waiting for the loop's next turn

    def __repr__(self) -> str:
        return (
            f"<KeyedScheduler inflight={self.inflight}/{self.max_inflight} keys={len(self._queues)} "
            f"buffered={self.buffered_records} records/{self.buffered_bytes} bytes partitions={len(self.load)}>"
        )

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Run the worker pool until cancelled."""
        async with anyio.create_task_group() as tg:
            for _ in range(self.max_inflight):
                tg.start_soon(self._worker)
            task_status.started()

    def submit(self, job: J) -> None:
        """Queue a job behind earlier jobs of its key. Never blocks; the caller bounds the buffer (flow control)."""
        tp = job.tp
        qkey = (tp, job.key)
        q = self._queues.get(qkey)
        if q is None:
            q = self._queues[qkey] = _KeyQueue(tp, job.key)
        q.jobs.append(job)
        load = self.load.get(tp)
        if load is None:
            load = self.load[tp] = PartitionLoad()
        if load.records == 0:
            load.drained = anyio.Event()
        load.records += 1
        load.bytes += job.size
        if self.buffered_records == 0:
            self._idle = anyio.Event()
        self.buffered_records += 1
        self.buffered_bytes += job.size
        if self._share_of is not None and (share := self._share_of(job)) is not None:
            self._share_buffered[share] = self._share_buffered.get(share, 0) + 1
        if q.running == 0 or self.max_per_key > 1:
            self._offer(q)

    def drop_queued(self, tps: Iterable[TP]) -> list[J]:
        """Forget queued (not started) jobs of these partitions; in-flight ones go on. Returns the dropped jobs,
        in submission order per key."""
        wanted = set(tps)
        dropped: list[J] = []
        for qkey, q in list(self._queues.items()):
            if q.tp not in wanted:
                continue
            q.dead = True
            del self._queues[qkey]
            for job in q.jobs:
                self._release(job)
                dropped.append(job)
            q.jobs.clear()
        return dropped

    async def wait_drained(self, tps: Iterable[TP]) -> None:
        """Wait until these partitions have nothing queued or in flight."""
        for tp in tps:
            load = self.load.get(tp)
            if load is not None and load.records:
                await load.drained.wait()

    async def wait_idle(self) -> None:
        await self._idle.wait()

    def abandon(self, tps: Iterable[TP]) -> int:
        """Cancel in-flight work of these partitions (after ``drop_queued``). Returns how many were cancelled.

        A worker running a job is suspended inside that job while this (synchronous) call runs, so the
        cancellation lands in that job and never in a later one.
        """
        wanted = set(tps)
        n = 0
        for slot in self._slots:
            if slot.job is not None and slot.job.tp in wanted and not slot.scope.cancel_called:
                slot.scope.cancel()
                n += 1
        return n

    def interrupt(self, job: J) -> bool:
        """Cancel the worker running ``job`` with a plain ``Task.cancel``, outside any cancel scope: ``work``
        sees ``CancelledError`` where it is suspended and, if it handles it, must take the request back with
        ``Task.uncancel`` (the router's handler watchdog). Returns False if the job is not running."""
        for slot in self._slots:
            if slot.job is job:
                slot.task.cancel()
                return True
        return False

    def done(self, job: J) -> None:
        """Release a job that ``work`` handed over. Call exactly once per handed-over job."""
        self._release(job)

    def _release(self, job: J) -> None:
        load = self.load[job.tp]
        load.records -= 1
        load.bytes -= job.size
        if load.records == 0:  # records counts jobs in flight too: nothing of this partition is left
            load.drained.set()
            del self.load[job.tp]
        self.buffered_records -= 1
        self.buffered_bytes -= job.size
        if self.buffered_records == 0:
            self._idle.set()
        if self._share_of is not None and (share := self._share_of(job)) is not None:
            n = self._share_buffered[share] - 1
            if n:
                self._share_buffered[share] = n
            else:
                del self._share_buffered[share]

    def buffered_of(self, share: str) -> int:
        """Jobs of ``share`` submitted and not yet done (queued or in flight)."""
        return self._share_buffered.get(share, 0)

    def _runnable(self, q: _KeyQueue[J]) -> int | None:
        """Index of the first queued job of ``q`` that may start now, or None."""
        if not q.jobs or q.serial or q.running >= self.max_per_key:
            return None
        if q.running == 0:
            return 0
        assert self._lanes is not None  # max_per_key > 1 only with lanes
        taken = set(q.held)
        for i in range(min(len(q.jobs), _LOOKAHEAD)):
            lanes = self._lanes(q.jobs[i])
            if lanes is None:
                return None  # waits for everything before it, and everything after waits for it
            if taken.isdisjoint(lanes):
                return i
            taken.update(lanes)
        return None


    def _offer(self, q: _KeyQueue[J]) -> None:
        """Put ``q`` in the ready line if one of its jobs may start (to the back: round-robin across keys)."""
        if q.ready or q.dead or self._runnable(q) is None:
            return
        q.ready = True
        if self._first is not None and self._first(q.jobs[0]):
            self._ready_first.append(q)
        else:
            self._ready.append(q)
        _let_go(self._idle_workers, 1)

    def _start(self, q: _KeyQueue[J], i: int) -> Lanes | None:
        if i == 0:
            job = q.jobs.popleft()
        else:
            job = q.jobs[i]
            del q.jobs[i]
        q.running += 1
        lanes: Lanes | None = frozenset()
        if self.max_per_key > 1:
            assert self._lanes is not None
            lanes = self._lanes(job)
            if lanes is None:
                q.serial = True
            else:
                for lane in lanes:
                    q.held[lane] = q.held.get(lane, 0) + 1
        return lanes

    def _end(self, q: _KeyQueue[J], lanes: Lanes | None) -> None:
        q.running -= 1
        if lanes is None:
            q.serial = False
        else:
            for lane in lanes:
                n = q.held[lane] - 1
                if n:
                    q.held[lane] = n
                else:
                    del q.held[lane]
        if q.dead:
            return
        if q.jobs:
            self._offer(q)
        elif q.running == 0:
            qkey = (q.tp, q.key)
            if self._queues.get(qkey) is q:
                del self._queues[qkey]

    async def _next_ready(self, loop: asyncio.AbstractEventLoop) -> _KeyQueue[J]:
        # A future, not an anyio Event: an idle worker waits once per job at low load, and an Event cost a
        # backend lookup and an asyncio Event behind it.
        while not self._ready and not self._ready_first:
            fut: asyncio.Future[None] = loop.create_future()
            self._idle_workers.append(fut)
            try:
                await fut
            except BaseException:
                if fut.done() and not fut.cancelled():  # woken, then cancelled: pass the wake-up on
                    if self._ready or self._ready_first:
                        _let_go(self._idle_workers, 1)
                elif fut in self._idle_workers:  # (a cancelled one may have been passed over and dropped)
                    self._idle_workers.remove(fut)
                raise
        return self._ready_first.popleft() if self._ready_first else self._ready.popleft()

    async def _worker(self) -> None:
        task = asyncio.current_task()
        assert task is not None
        loop = task.get_loop()
        slot: _Slot[J] = _Slot(task)
        self._slots.append(slot)
        while True:
            with slot.scope:
                while True:
                    if self._owed:
                        await self._park(loop)
                        continue
                    q = await self._next_ready(loop)
                    q.ready = False
                    woken, q.woken_for = q.woken_for, None
                    if self._share is None:
                        i, share, blocked = self._runnable(q), None, None
                    else:
                        i = self._runnable_in_share(q)
                        share, blocked = self._picked_share, self._blocked_share
                    if woken is not None and (i is None or share != woken):
                        self._wake_share(woken)  # the slot it was offered for is not its to take: pass it on
                    if i is None:
                        if blocked is not None:  # aside until one of that share's jobs returns
                            self._set_aside(q, blocked, first=woken == blocked)
                        continue
                    self._starting(loop)
                    await self._run_one(slot, q, i, share)
            slot.scope = anyio.CancelScope()  # the previous one was cancelled by abandon()

    async def _run_one(self, slot: _Slot[J], q: _KeyQueue[J], i: int, share: str | None) -> None:
        job = q.jobs[i]
        lanes = self._start(q, i)
        if share is not None:
            self._share_running[share] = self._share_running.get(share, 0) + 1
        self._offer(q)  # another of the key's jobs may run beside this one
        self.inflight += 1
        slot.job = job
        handed_over = False
        try:
            await self._work(job)
            handed_over = True
        finally:
            slot.job = None
            self.inflight -= 1
            if share is not None:
                self._share_returned(share)
            self._end(q, lanes)
            if not handed_over:
                self._release(job)
