"""One carrier call of a ``router.carrier.batcher`` batch, and what its answer does to each of its items.

``Batcher`` gathers items and takes what a call needs (a concurrency slot, the breaker's leave, a rate token); from
there this half sends the batch and settles it, under the retry rules the batcher's docstring states: a call that
failed as a whole with a retryable error puts all its items back after one jittered backoff (at least Retry-After),
an item answered ``busy`` goes back alone, a 4xx fails every item once with ``rejected``, and an item out of
attempts or past its deadline resolves with ``carrier_unavailable``. Items go back through the batcher's queue, so
retries are batched too. A result reaches only a caller still waiting: a cancelled caller's future is passed over.
Beside it, what a call is given: the limits a carrier's operations share, the retry policy, an item on its way
(``_Entry``) and the observers that hear of calls and results.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio

from router.carrier.client import CarrierClient
from router.carrier.limits import CircuitBreaker, TokenBucket
from router.carrier.model import RETRYABLE_CODES, Item, ItemResult, Op
from router.errors import CarrierRejectedError, CarrierRetryableError

log = logging.getLogger("kefu.carrier")


@dataclass
class CarrierLimits:
    """What every operation of one carrier shares: concurrent calls, the call rate and the breaker."""

    concurrency: anyio.Semaphore
    bucket: TokenBucket
    breaker: CircuitBreaker


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 6
    base_s: float = 0.2
    max_s: float = 10.0
    deadline_s: float = 300.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Full jitter: uniform in [0, min(max, base * 2^(attempt-1))], so retries of many items spread out."""
        return rng.uniform(0, min(self.max_s, self.base_s * 2 ** (attempt - 1)))


@dataclass(eq=False)
class _Entry:
    item: Item
    future: asyncio.Future[ItemResult]
    deadline: float
    attempts: int = 0
    last_error: str = field(default="")


CallObserver = Callable[[str, str, int, float], None]  # op, result, items, seconds
ResultObserver = Callable[[int, int], None]  # results that reached their callers: how many ok, how many not


class BatchCalls:
    """Sends a batch and settles its items; mixed into ``Batcher``, whose ``__init__`` sets the state."""

    client: CarrierClient
    op: Op
    limits: CarrierLimits
    retry: RetryPolicy
    calls: int
    items_sent: int
    _observe: CallObserver | None
    _observe_result: ResultObserver | None
    _rng: random.Random
    _loop: asyncio.AbstractEventLoop

    if TYPE_CHECKING:  # (Batcher's: a task its run owns, and the queue a retry goes back through)
        def _spawn(self, coro: Coroutine[Any, Any, None]) -> None: ...
        def _enqueue(self, entry: _Entry, now: float) -> None: ...

    async def _send(self, batch: list[_Entry]) -> None:
        try:
            await self._call(batch)
        finally:
            self.limits.concurrency.release()

    async def _call(self, batch: list[_Entry]) -> None:
        breaker = self.limits.breaker
        for e in batch:
            e.attempts += 1
        started = self._loop.time()
        self.calls += 1
        self.items_sent += len(batch)
        try:
            results = await self.client.call(self.op, [e.item for e in batch])
        except CarrierRetryableError as err:
            self._retryable(batch, err, started)
            return
        except CarrierRejectedError as err:
            self._rejected(batch, err, started)
            return
        except Exception as err:  # a client bug or an unmapped library error: never let it end the carrier layer
            breaker.failure()
            log.error("%s/%s call failed unexpectedly: %s", self.client.carrier, self.op, type(err).__name__)
            for e in batch:
                e.last_error = f"unexpected {type(err).__name__}"
            self._retry_later(batch, 0.0)
            return
        except BaseException:
            breaker.release()
            raise
        breaker.success()
        self._note("", started, "ok", len(batch))
        again: list[_Entry] = []
        answered: list[tuple[_Entry, ItemResult]] = []
        for e, r in zip(batch, results, strict=True):
            if not r.ok and r.code in RETRYABLE_CODES:
                e.last_error = f"item {r.code}"
                again.append(e)
            else:
                answered.append((e, r))
        self._resolve(answered)
        self._retry_later(again, 0.0)

    def _retryable(self, batch: list[_Entry], err: CarrierRetryableError, started: float) -> None:
        if err.throttled:
            self.limits.breaker.success()  # the carrier answered: up, only busy (Retry-After holds every call below)
        else:
            self.limits.breaker.failure()
        # A carrier's Retry-After is honoured up to our own backoff ceiling: "Retry-After: 86400" (or a broken
        # gateway's) must not stall the account for a day.
        wait = min(err.retry_after_s or 0.0, self.retry.max_s)
        if wait:
            self.limits.bucket.hold(wait)
        self._note(str(err), started, "throttled" if err.throttled else "retryable", len(batch))
        for e in batch:
            e.last_error = str(err)
        self._retry_later(batch, wait)

    def _rejected(self, batch: list[_Entry], err: CarrierRejectedError, started: float) -> None:
        self.limits.breaker.success()  # the carrier is up and answering; the call itself was wrong
        self._note(str(err), started, "rejected", len(batch))
        log.error("%s/%s rejected a batch of %d: %s", self.client.carrier, self.op, len(batch), err)
        self._resolve([(e, ItemResult(waybill=e.item.waybill, key=e.item.key, ok=False, code="rejected",
                                      message=str(err)[:200])) for e in batch])

    def _note(self, error: str, started: float, result: str, items: int) -> None:
        if self._observe is not None:
            self._observe(self.op.value, result, items, self._loop.time() - started)
        if error:
            log.warning("%s/%s call of %d items failed: %s", self.client.carrier, self.op, items, error)

    def _retry_later(self, entries: list[_Entry], at_least_s: float) -> None:
        """Send these again together after one jittered delay: a failed batch stays one call, not many."""
        entries = [e for e in entries if not e.future.done()]
        if not entries:
            return
        attempts = max(e.attempts for e in entries)
        delay = max(at_least_s, self.retry.delay(attempts, self._rng))
        now = self._loop.time()
        spent = [e for e in entries if e.attempts >= self.retry.max_attempts or now + delay > e.deadline]
        if spent:
            self._give_up(spent, f"{attempts} attempts, last: {spent[0].last_error}")
        keep = [e for e in entries if e not in spent]
        if keep:
            self._spawn(self._requeue(keep, delay))

    async def _requeue(self, entries: list[_Entry], delay: float) -> None:
        await anyio.sleep(delay)
        now = self._loop.time()
        for e in entries:
            if not e.future.done():
                self._enqueue(e, now)

    def _give_up(self, batch: list[_Entry], why: str) -> None:
        self._resolve([(e, ItemResult(waybill=e.item.waybill, key=e.item.key, ok=False, code="carrier_unavailable",
                                      message=why[:200])) for e in batch])

    def _resolve(self, answered: list[tuple[_Entry, ItemResult]]) -> None:
        """Each item's result to its caller (unless it gave up waiting), counted once for all of them: a metric
        update takes a lock."""
        ok = failed = 0
        for e, r in answered:
            if not e.future.done():
                e.future.set_result(r)
                if r.ok:
                    ok += 1
                else:
                    failed += 1
        if self._observe_result is not None and (ok or failed):
            self._observe_result(ok, failed)
