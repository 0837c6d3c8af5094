"""Per-carrier call limits: a token bucket for the rate, a circuit breaker for outages.

Both take a clock (seconds, monotonic) so unit tests drive time by hand; by default ``time.monotonic``
(``anyio.current_time`` looked the backend up on every call, once per carrier call and more). Each compares
times of its own clock only.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import anyio

Clock = Callable[[], float]


class TokenBucket:
    """``rate`` calls a second on average, bursts of up to ``burst``. ``acquire`` waits its turn.

    Waiters are served in arrival order (a lock), so a burst of batches cannot starve an early one.
    ``hold(seconds)`` empties the bucket until then: how a 429's Retry-After is honoured by every caller.
    """

    def __init__(self, rate: float, burst: int, clock: Clock | None = None) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be > 0 and burst >= 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock or time.monotonic
        self._tokens = float(burst)
        self._stamp: float | None = None
        self._held_until = 0.0
        self._lock = anyio.Lock(fast_acquire=True)  # free: no trip through the event loop

    def __repr__(self) -> str:
        return f"<TokenBucket rate={self.rate}/s burst={self.burst} tokens={self._tokens:.2f}>"

    def _refill(self, now: float) -> None:
        if self._stamp is None:
            self._stamp = now
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    def try_acquire(self, at: float | None = None) -> float:
        """Take a token now (or at time ``at`` of the bucket's clock) and return 0, or how long until one is
        there. A time before the last one counts as the last one: the bucket never refills backwards."""
        now = self._clock() if at is None else max(at, self._stamp or at)
        if now < self._held_until:
            return self._held_until - now
        self._refill(now)
        if self._tokens >= 1 - 1e-9:  # refills are float sums: 0.999… is a whole token
            self._tokens = max(0.0, self._tokens - 1)
            return 0.0
        return (1 - self._tokens) / self.rate

    async def acquire(self) -> None:
        async with self._lock:
            # The wait is computed, not signalled: nothing sets an event when a token accrues.
            while (wait := self.try_acquire()) > 0:  # noqa: ASYNC110
                await anyio.sleep(wait)

    def hold(self, seconds: float) -> None:
        now = self._clock()
        self._held_until = max(self._held_until, now + seconds)
        self._tokens = 0.0
        self._stamp = self._held_until


class CircuitBreaker:
    """Closed → open after ``threshold`` consecutive failed calls; open for ``cooldown_s``; then half-open:
    one probe call goes through, and its result closes or reopens the circuit.

    Callers ``await wait_closed()`` before a call: while open they wait (no hot retries), and the router
    reads ``is_open`` to pause intake, so work queues in Kafka rather than in memory.
    """

    CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"

    def __init__(self, threshold: int, cooldown_s: float, clock: Clock | None = None,
                 on_change: Callable[[str], None] | None = None) -> None:
        if threshold < 1 or cooldown_s <= 0:
            raise ValueError("threshold must be >= 1 and cooldown_s > 0")
        self.threshold = threshold
        self.cooldown_s = cooldown_s
        self._clock = clock or time.monotonic
        self._on_change = on_change
        self.state = self.CLOSED
        self.failures = 0
        self.opened_at = 0.0
        self._probing = False
        self._changed = anyio.Event()
        self.openings = 0

    def __repr__(self) -> str:
        return f"<CircuitBreaker {self.state} failures={self.failures}/{self.threshold}>"

    @property
    def is_open(self) -> bool:
        return self.state != self.CLOSED

    @property
    def rejecting(self) -> bool:
        """Open and still cooling down. After the cool-down the next call probes, so work must be let in to
        make one: gating intake on ``is_open`` would keep a circuit with nothing queued shut for ever."""
        return self.state == self.OPEN and self._clock() - self.opened_at < self.cooldown_s

    def _set(self, state: str) -> None:
        # Waiters wait for a change of state (or a probe let go, see release): a success while closed, which is
        # every call of a healthy carrier, has nobody to wake.
        if state == self.state:
            return
        self.state = state
        if state == self.OPEN:
            self.openings += 1
        if self._on_change is not None:
            self._on_change(state)
        self._changed.set()
        self._changed = anyio.Event()

    def allow(self) -> bool:
        """May a call go now? In half-open state only one (the probe) may."""
        if self.state == self.OPEN and self._clock() - self.opened_at >= self.cooldown_s:
            self._set(self.HALF_OPEN)
        if self.state == self.CLOSED:
            return True
        if self.state == self.HALF_OPEN and not self._probing:
            self._probing = True
            return True
        return False

    async def wait_closed(self) -> None:
        """Wait until a call is allowed; the caller must then report ``success`` or ``failure``."""
        while not self.allow():
            changed = self._changed
            if self.state == self.OPEN:
                with anyio.move_on_after(max(0.0, self.opened_at + self.cooldown_s - self._clock())):
                    await changed.wait()
            else:  # half-open with a probe out: wait for its verdict
                await changed.wait()

    def success(self) -> None:
        self.failures = 0
        self._probing = False
        self._set(self.CLOSED)

    def failure(self) -> None:
        self._probing = False
        self.failures += 1
        if self.state == self.HALF_OPEN or self.failures >= self.threshold:
            self.opened_at = self._clock()
            self._set(self.OPEN)

    def release(self) -> None:
        """The allowed call was not made (cancelled): let another caller probe."""
        if self._probing:
            self._probing = False
            self._changed.set()
            self._changed = anyio.Event()
