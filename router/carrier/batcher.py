"""Micro-batching of one (carrier, operation): items from many merchants go out together, each gets its own result.

A batch leaves when it is full (``max_batch``) or when its oldest item has waited ``linger_s``; at once when the
item before it came longer than ten lingers earlier (a quiet carrier account, as most of a network's outlets'
are: waiting would add latency and catch nothing). Before a call the
sender takes a concurrency slot, waits for the circuit breaker to let calls through and for a rate-limit token.
While every slot is busy items keep gathering, so batches grow under load and calls don't.

Retries: a call that failed as a whole with a retryable error (timeout, 5xx, 429) puts all its items back after
an exponential backoff with jitter (at least Retry-After on a 429); a 200 whose item says ``busy`` puts back only
that item; a 4xx fails every item of the call, once, with code ``rejected``. Items go back through the queue, so
retries are batched too. An item that used up ``max_attempts`` or outlived ``deadline_s`` (an outage longer than
the breaker can wait out) resolves with code ``carrier_unavailable``, for a person to take over.

``submit`` returns the item's future, not a coroutine: callers gather futures, without a task per item.
Cancellation: a caller cancelled while waiting (which cancels the future) drops out before its item is sent; once
sent, the carrier may act, and a later send of the same idempotency key is answered from the carrier's memory, not
acted on again.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any

import anyio
from anyio.abc import TaskStatus

from router.carrier.batch_calls import BatchCalls, CallObserver, CarrierLimits, ResultObserver, RetryPolicy, _Entry
from router.carrier.client import CarrierClient
from router.carrier.model import Item, ItemResult, Op
from router.tasks import settle, wake

# CarrierLimits, RetryPolicy and the observers are defined beside the calls that use them (router.carrier.batch_calls)
# and are part of this module's interface: the carrier layer imports them from here.
__all__ = ["Batcher", "CallObserver", "CarrierLimits", "ResultObserver", "RetryPolicy"]

# uvloop's timers and its clock go by the millisecond (the clock is read once per turn of the loop): a timer set
# for the rest of a linger fires up to a millisecond early, and waiting again for what is left of it goes round the
# loop again and again. Within a millisecond of its end, the linger is over (docs/performance.md).
_TIMER_SLACK_S = 0.001
# A batch that begins after this many lingers without an item leaves at once: a quiet carrier account (as most of a
# network's outlets' are) would wait the linger on every call and catch nothing. One linger is too few: a busy
# router's rarer operations then go out alone, and calls outnumber the carrier's concurrency (docs/performance.md).
_QUIET_LINGERS = 10
# A request older than its deadline when the carrier answers (a backlog, a restart) still gets this long for its
# retries; only while the breaker rejects calls is it given up at once.
_GRACE_S = 30.0


class Batcher(BatchCalls):
    def __init__(
        self,
        client: CarrierClient,
        op: Op,
        limits: CarrierLimits,
        *,
        max_batch: int,
        linger_s: float,
        retry: RetryPolicy,
        observe: CallObserver | None = None,
        observe_result: ResultObserver | None = None,
        seed: int | None = None,
        rng: random.Random | None = None,
        idle_exit_s: float | None = None,
        on_crash: Callable[[BaseException], None] | None = None,
    ) -> None:
        """``rng`` (for the retries' jitter): shared by the batchers of one account, else one of its own from
        ``seed``. ``idle_exit_s``: run without ``run``: once ``open``, a flusher starts with the first item and ends
        after this long without one (a network's thousands of mostly quiet batchers hold no task each), calls and
        retries are owned until ``close``, and an unexpected error goes to ``on_crash``."""
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        self.client = client
        self.op = op
        self.limits = limits
        self.max_batch = max_batch
        self.linger_s = linger_s
        self.retry = retry
        self._observe = observe
        self._observe_result = observe_result
        self._rng = rng or random.Random(seed)
        self._pending: deque[_Entry] = deque()
        self._queued_at: deque[float] = deque()  # parallel to _pending
        self._waiter: asyncio.Future[None] | None = None  # the flusher's, while it waits for items
        self._tasks: set[asyncio.Task[None]] | None = None  # calls in flight and retries waiting; run() owns them
        self._crashed: BaseException | None = None
        self._idle_exit_s = idle_exit_s
        self._on_crash = on_crash
        self._flushing = False  # (with idle_exit_s) a flusher task is running
        self._last_item = -math.inf  # loop time of the latest item queued
        self._linger_now = True  # the batch being gathered waits for the linger
        self._earliest = math.inf  # no pending item's deadline is earlier (see _breaker_let_through)
        self._breaker_wait: anyio.CancelScope | None = None  # the flusher's wait for the breaker, until a deadline
        self._loop: asyncio.AbstractEventLoop  # set by run(): its clock is the cheap one (anyio's looks it up)
        self.calls = 0
        self.items_sent = 0

    def __repr__(self) -> str:
        return (
            f"<Batcher {self.client.carrier}/{self.op} pending={len(self._pending)} max_batch={self.max_batch} "
            f"linger={self.linger_s * 1000:.0f}ms calls={self.calls} items={self.items_sent}>"
        )

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Flush batches until cancelled; owns the calls in flight and the retries waiting.

        Structured like a task group: every call and retry runs in a task that never outlives this call
        (cancelled and awaited when it ends), and one that fails unexpectedly ends it with that error (when the
        flusher next waits for items: a task group would cancel it at once, wherever it waits). Plain
        asyncio tasks and futures, not anyio's: a carrier call a few items long is started, waited for and
        timed several hundred times a second, and anyio's task handles, cancel scopes and events cost more there
        than the call's own Python (``router.tasks``)."""
        self.open()
        try:
            task_status.started()
            await self._flush_loop()
        finally:
            tasks, self._tasks = self._tasks, None
            await settle(tasks or set())  # cancelled ourselves: still wait for their clean-up

    def open(self) -> None:
        """Take items from now on (on the event loop's thread); ``run`` sends them once it starts. A batcher made
        while its owner runs is opened before its ``run`` is started, so its first item need not wait for that."""
        if self._tasks is None:
            self._loop = asyncio.get_running_loop()
            self._tasks = set()

    async def close(self) -> None:
        """(with ``idle_exit_s``) Take no more items; cancel the flusher, the calls in flight and the retries
        waiting, and wait for their clean-up."""
        tasks, self._tasks = self._tasks, None
        await settle(tasks or set())

    @property
    def idle(self) -> bool:
        """Nothing waiting to be sent, in flight or waiting to be retried."""
        return not self._pending and not self._tasks

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        """A task owned by ``run``."""
        assert self._tasks is not None
        task = self._loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        if self._tasks is not None:
            self._tasks.discard(task)
        if task.cancelled() or (err := task.exception()) is None:
            return
        if self._crashed is None:  # the first unexpected error ends run(), as in a task group
            self._crashed = err
            self._wake()
            if self._on_crash is not None:
                self._on_crash(err)

    def _wake(self) -> None:
        if self._waiter is not None:
            wake(self._waiter)

    async def _wait(self, for_s: float | None = None) -> None:
        """Until ``_wake`` (an item came, a batch filled) or ``for_s`` seconds."""
        fut = self._waiter = self._loop.create_future()
        timer = None if for_s is None else self._loop.call_later(for_s, wake, fut)
        try:
            await fut
        finally:
            self._waiter = None
            if timer is not None:
                timer.cancel()
        if self._crashed is not None:
            raise self._crashed

    def submit(self, item: Item, since: float | None = None) -> asyncio.Future[ItemResult]:
        """Queue the item; its future resolves with the item's result. Cancel the future to withdraw the item
        (it is still sent if its batch has already left).

        ``since``: when the merchant asked (epoch seconds). The item's deadline counts from then, not from now:
        a request that waited for its outlet's slots while the carrier was down has waited that long already,
        and one that arrives past its deadline while the breaker rejects calls is given up at once. (Counted
        from submission, an outlet whose carrier is down drained one share of slots per deadline, and its
        queue grew for as long as the outage lasted.)"""
        if self._tasks is None:
            raise RuntimeError("Batcher.run() is not running")
        now = self._loop.time()
        deadline = now + self.retry.deadline_s
        if since is not None:
            deadline -= min(self.retry.deadline_s, max(0.0, time.time() - since))
            if self.limits.breaker.rejecting:
                if deadline <= now:
                    entry = _Entry(item, self._loop.create_future(), deadline)
                    self._give_up([entry], "the carrier stayed unavailable past the item deadline")
                    return entry.future
            else:  # a carrier that answers: an old request (a backlog, a restart) still has its retries
                deadline = max(deadline, now + min(self.retry.deadline_s, _GRACE_S))
        entry = _Entry(item, self._loop.create_future(), deadline)
        self._enqueue(entry, now)
        return entry.future

    def _enqueue(self, entry: _Entry, now: float) -> None:
        if entry.deadline < self._earliest:  # (stale once that item is answered: one early look then)
            self._earliest = entry.deadline
            if self._breaker_wait is not None and entry.deadline < self._breaker_wait.deadline:
                self._breaker_wait.deadline = entry.deadline  # the flusher waits for the breaker: not past it
        self._pending.append(entry)
        self._queued_at.append(now)
        # Wake the flusher only when it has something new to decide: a first item, or a full batch.
        # (Waking it per item cost a task switch per item.)
        n = len(self._pending)
        if n == 1:  # a batch begins: not worth lingering for after a quiet spell (see _QUIET_LINGERS)
            self._linger_now = now - self._last_item < _QUIET_LINGERS * self.linger_s
        self._last_item = now
        if self._idle_exit_s is not None and not self._flushing:
            self._flushing = True
            self._spawn(self._flush_until_idle())
        elif n in (1, self.max_batch):
            self._wake()

    async def _flush_until_idle(self) -> None:
        assert self._idle_exit_s is not None
        try:
            await self._flush_loop(self._idle_exit_s)
        finally:
            self._flushing = False

    async def _flush_loop(self, idle_exit_s: float | None = None) -> None:
        """Send batches until cancelled; with ``idle_exit_s``, until no item came for that long."""
        while True:
            while not self._pending:
                await self._wait(idle_exit_s)
                if idle_exit_s is not None and not self._pending:
                    return  # (no await since the look: an item queued from here on starts a new flusher)
            while self._linger_now and len(self._pending) < self.max_batch:
                wait = self._queued_at[0] + self.linger_s - self._loop.time()
                if wait <= _TIMER_SLACK_S:
                    break
                await self._wait(wait)
            # Everything a call needs is taken before the batch is: a slot, the breaker's leave and a rate token.
            # Items keep arriving meanwhile, so the busier the carrier, the fuller each call, not the more calls.
            if not await self._admit():
                continue
            batch: list[_Entry] = []
            while self._pending and len(batch) < self.max_batch:
                entry = self._pending.popleft()
                self._queued_at.popleft()
                if not entry.future.done():  # its caller gave up (cancelled): don't act for nobody
                    batch.append(entry)
            if batch:
                self._spawn(self._send(batch))
            else:
                self.limits.breaker.release()
                self.limits.concurrency.release()

    async def _admit(self) -> bool:
        """Take a concurrency slot, wait for the breaker and a token. False (nothing held) when the breaker
        stayed open past the oldest pending item's deadline: those items are given up and the loop goes on."""
        lim = self.limits
        await lim.concurrency.acquire()
        try:
            # closed, nearly always: then no deadline to set up
            if not lim.breaker.allow() and not await self._breaker_let_through():
                lim.concurrency.release()
                return False
            try:
                await lim.bucket.acquire()
            except BaseException:
                lim.breaker.release()
                raise
        except BaseException:
            lim.concurrency.release()
            raise
        return True

    async def _breaker_let_through(self) -> bool:
        """Wait for the breaker's leave until the oldest pending item's deadline; past it, give those items up
        and return False."""
        # The head of the queue is (nearly always) the oldest item, and ``_earliest`` the earliest deadline of an
        # item queued behind it: scanning a deep queue on every flush made a backlog quadratic.
        earliest = min(self._pending[0].deadline, self._earliest)
        with anyio.CancelScope(deadline=earliest) as scope:  # (anyio's clock is the loop's)
            self._breaker_wait = scope
            try:
                await self.limits.breaker.wait_closed()
            finally:
                self._breaker_wait = None
        if scope.cancelled_caught:
            now = self._loop.time()
            expired = [e for e in self._pending if e.deadline <= now]
            self._give_up(expired, "the carrier stayed unavailable past the item deadline")
            self._drop_done()
            self._earliest = min((e.deadline for e in self._pending), default=math.inf)
            return False
        return True

    def _drop_done(self) -> None:
        kept = [(e, t) for e, t in zip(self._pending, self._queued_at, strict=True) if not e.future.done()]
        self._pending = deque(e for e, _ in kept)
        self._queued_at = deque(t for _, t in kept)
