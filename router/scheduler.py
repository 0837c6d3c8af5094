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

Cancellation: ``run`` owns the worker pool; cancelling it cancels in-flight work. ``abandon`` cancels the
in-flight work of given partitions only (used when a rebalance deadline passes); abandoned jobs report nothing.
Runs on anyio's asyncio backend (the router runs on uvloop).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

import anyio
from anyio.abc import TaskStatus

from router.source import TP
from router.tasks import wake

# Work that never suspends gets at most this much of one turn of the event loop before the loop's I/O has its
# turn (see _worker); parked workers come back a few per turn.
_TURN_SLICE_S = 0.020
_UNPARK_PER_TURN = 8
_LOOKAHEAD = 64  # queued jobs of one key examined for one that may run beside those running

Lanes = frozenset[str]


class Schedulable(Protocol):
    @property
    def tp(self) -> TP: ...
    @property
    def key(self) -> bytes | None: ...
    @property
    def size(self) -> int: ...


J = TypeVar("J", bound=Schedulable)


class _KeyQueue(Generic[J]):
    """One key's queued jobs (in submission order) and what its running jobs hold."""

    __slots__ = ("dead", "held", "jobs", "key", "ready", "running", "serial", "tp", "woken_for")
    # ready: in the scheduler's ready line, or waiting aside for its share's slots (offered again from there)

    def __init__(self, tp: TP, key: bytes | None) -> None:
        self.tp = tp
        self.key = key
        self.jobs: deque[J] = deque()
        self.running = 0  # jobs of this key in their ordered phase
        self.held: dict[str, int] = {}  # lane -> running jobs holding it
        self.serial = False  # a running job has unknown lanes: nothing else of the key may run
        self.ready = False  # in the scheduler's ready line
        self.dead = False
        self.woken_for: str | None = None  # offered because this share had a slot free: it must use it or pass it


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


class KeyedScheduler(Generic[J]):
    def __init__(
        self,
        work: Callable[[J], Awaitable[None]],
        max_inflight: int = 512,
        *,
        max_per_key: int = 1,
        lanes: Callable[[J], Lanes | None] | None = None,
        share: Callable[[J], str | None] | None = None,
        max_per_share: int | None = None,
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

    def _runnable_in_share(self, q: _KeyQueue[J]) -> int | None:
        """As ``_runnable``, and a job whose share is full does not start either: later jobs may pass it as they
        may pass a running one (lanes disjoint from its). The share of the job found is left in ``_picked_share``,
        the first full share met in ``_blocked_share``."""
        assert self._share is not None
        self._picked_share = self._blocked_share = None
        if not q.jobs or q.serial or q.running >= self.max_per_key:
            return None
        taken = set(q.held)
        for i in range(min(len(q.jobs), _LOOKAHEAD)):
            job = q.jobs[i]
            if q.running or i or self._lanes is not None:
                lanes = self._lanes(job) if self._lanes is not None else None
                if lanes is None:
                    return None if q.running or i else self._first_alone(q, job)
                if not taken.isdisjoint(lanes):
                    taken.update(lanes)
                    continue
            else:
                lanes = frozenset()
            share = self._share(job)
            if share is not None and self._share_running.get(share, 0) >= self.max_per_share:
                self._blocked_share = self._blocked_share or share
                taken.update(lanes)
                if self._lanes is None:
                    return None  # one at a time: nothing passes it
                continue
            self._picked_share = share
            return i
        return None

    def _first_alone(self, q: _KeyQueue[J], job: J) -> int | None:
        """``job``, first of an idle key, that runs alone (no lanes): it starts if its share has room."""
        share = self._share(job) if self._share is not None else None
        if share is not None and self._share_running.get(share, 0) >= self.max_per_share:
            self._blocked_share = share
            return None
        self._picked_share = share
        return 0

    def _offer(self, q: _KeyQueue[J]) -> None:
        """Put ``q`` in the ready line if one of its jobs may start (to the back: round-robin across keys)."""
        if q.ready or q.dead or self._runnable(q) is None:
            return
        q.ready = True
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
        while not self._ready:
            fut: asyncio.Future[None] = loop.create_future()
            self._idle_workers.append(fut)
            try:
                await fut
            except BaseException:
                if fut.done() and not fut.cancelled():  # woken, then cancelled: pass the wake-up on
                    if self._ready:
                        _let_go(self._idle_workers, 1)
                elif fut in self._idle_workers:  # (a cancelled one may have been passed over and dropped)
                    self._idle_workers.remove(fut)
                raise
        return self._ready.popleft()

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

    # Work that never suspends runs back to back in one turn of the event loop, and the loop's I/O (the
    # producer's sends and acknowledgements, fetches, commits, heartbeats) waits for the next turn. A yield every
    # 8 jobs per worker let one turn run 512 workers x 8 jobs: a no-op backlog's replies reached the broker in
    # bursts with gaps of 240-360 ms. The slice is the pool's instead: once this turn's jobs have run for it,
    # workers park until a later turn and come back a few per turn (one keeps a core busy with such work).
    # A callback scheduled at the turn's first job start tells when the next turn has come.

    def _starting(self, loop: asyncio.AbstractEventLoop) -> None:
        if not self._turn_marked:
            self._mark(loop)
        elif time.perf_counter() - self._turn_started >= _TURN_SLICE_S:
            self._owed = True

    def _mark(self, loop: asyncio.AbstractEventLoop) -> None:
        self._turn_marked = True
        self._turn_started = time.perf_counter()
        loop.call_soon(self._turned, loop)  # runs in the next turn, after the I/O that is ready now

    def _turned(self, loop: asyncio.AbstractEventLoop) -> None:
        self._turn_marked = False
        self._owed = False
        _let_go(self._parked, _UNPARK_PER_TURN)
        if self._parked:  # the rest in later turns, even if no job starts meanwhile to mark one
            self._mark(loop)

    async def _park(self, loop: asyncio.AbstractEventLoop) -> None:
        """Wait for a later turn of the loop. Holds no job, so ``abandon`` and ``interrupt`` pass it by."""
        fut: asyncio.Future[None] = loop.create_future()
        self._parked.append(fut)
        assert self._turn_marked, "workers park only while owed, and a turn is marked whenever it is owed"
        try:
            await fut
        except BaseException:
            if fut.done() and not fut.cancelled():  # let go, then cancelled before it ran: let another go
                _let_go(self._parked, 1)
            raise

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

    def _share_returned(self, share: str) -> None:
        n = self._share_running[share] - 1
        if n:
            self._share_running[share] = n
        else:
            del self._share_running[share]
        self._wake_share(share)

    def _set_aside(self, q: _KeyQueue[J], share: str, first: bool) -> None:
        """``q`` waits for a slot of ``share`` (``first``: at the head, a key that was offered one and lost it)."""
        q.ready = True  # (in no line but this one: nothing else offers it meanwhile)
        waiting = self._share_waiting.setdefault(share, deque())
        if first:
            waiting.appendleft(q)
        else:
            waiting.append(q)

    def _wake_share(self, share: str) -> None:
        """Offer the first key waiting for ``share`` that may still run, if the share has a slot free; it takes
        the slot, or passes it on when a worker finds it cannot (a revoked partition's key, a job of another
        share first)."""
        if self._share_running.get(share, 0) >= self.max_per_share:
            return
        waiting = self._share_waiting.get(share)
        while waiting:
            q = waiting.popleft()
            q.ready = False
            q.woken_for = share
            self._offer(q)
            if q.ready:
                break
            q.woken_for = None
        if waiting is not None and not waiting:
            del self._share_waiting[share]

def _let_go(waiters: deque[asyncio.Future[None]], n: int) -> None:
    """Let the first ``n`` workers still waiting go. A worker cancelled while it waited has left its future
    behind, cancelled: it is passed over."""
    while n and waiters:
        if wake(waiters.popleft()):
            n -= 1
