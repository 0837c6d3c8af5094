"""The carrier layer: one entry point for every carrier operation, a batcher per (carrier, operation).

Callers ``submit(carrier, op, item)`` and get that item's result; batching, rate limits, the breaker and
retries are its business. ``blocked`` is true while any carrier's breaker is not closed: the router
reads it and pauses intake, so an outage queues work in Kafka instead of in memory or in hot retries.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Mapping

import anyio
from anyio.abc import TaskGroup, TaskStatus
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from router.carrier.batcher import Batcher, CallObserver, CarrierLimits, ResultObserver, RetryPolicy
from router.carrier.client import CarrierClient, HttpCarrierClient
from router.carrier.http import HttpPool
from router.carrier.limits import CircuitBreaker, TokenBucket
from router.carrier.model import Item, ItemResult, Op
from router.carrier.signing import signer_for
from router.config import CarrierSettings
from router.metrics import Children, OutletLabels

BREAKER_STATES = {"closed": 0, "half_open": 1, "open": 2}
_IDLE_EXIT_S = 2.0  # a batcher's flusher ends after this long without an item (and starts again with the next)


class CarrierMetrics:
    """Labels: carrier code and operation (both fixed vocabularies) and a result word; never waybills. One
    per-outlet counter, bounded."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        r = self.registry = registry or CollectorRegistry()
        self.calls = Counter("kefu_carrier_calls_total", "Carrier API calls, by result", ["carrier", "op", "result"],
                             registry=r)
        self.items = Counter("kefu_carrier_items_total", "Items sent in carrier calls", ["carrier", "op"], registry=r)
        self.results = Counter("kefu_carrier_item_results_total", "Final item results, ok or not",
                               ["carrier", "op", "ok"], registry=r)
        self.call_seconds = Histogram(
            "kefu_carrier_call_duration_seconds", "Carrier API call latency", ["carrier", "op"],
            buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10), registry=r,
        )
        self.batch_size = Histogram(
            "kefu_carrier_batch_items", "Items per carrier call", ["op"],
            buckets=(1, 2, 5, 10, 20, 50, 100), registry=r,
        )
        self.breaker = Gauge("kefu_carrier_breaker_state", "0 closed, 1 half-open, 2 open", ["carrier"], registry=r)
        self.unclosed = Gauge("kefu_carrier_breakers_unclosed", "Accounts whose circuit for the carrier is open or "
                              "half-open (a network has one account per outlet)", ["carrier"], registry=r)
        # A network's outlets each call as their own account: one outlet's carrier failing while the others'
        # succeed shows only here (bounded: the outlets past OUTLET_SERIES count as "other").
        self.outlet_results = Counter("kefu_outlet_carrier_results_total", "Final carrier item results by outlet, "
                                      "ok or not (\"default\": a deployment of one outlet)", ["outlet", "ok"],
                                      registry=r)
        self.by_outlet = OutletLabels(self.outlet_results)
        # the children every account's batchers count in, made once (a network has thousands of batchers)
        self.calls_of, self.items_of = Children(self.calls), Children(self.items)
        self.seconds_of, self.sizes_of = Children(self.call_seconds), Children(self.batch_size)
        self.results_of = Children(self.results)


class CarrierNotConnectedError(LookupError):
    """No adapter for this carrier is configured: its requests go to a person."""


class Carriers:
    def __init__(
        self,
        clients: Mapping[str, CarrierClient],
        settings: CarrierSettings,
        metrics: CarrierMetrics | None = None,
        seed: int | None = None,
        state_gauge: bool = True,
    ) -> None:
        """``state_gauge``: this account sets ``kefu_carrier_breaker_state`` (a deployment's only account; a
        network's accounts count in ``kefu_carrier_breakers_unclosed`` alone)."""
        self.settings = settings
        self.metrics = metrics or CarrierMetrics()
        self._clients = dict(clients)
        self._state_gauge = state_gauge
        self._states: dict[str, str] = {}  # each carrier's circuit, as last told
        self._retry = RetryPolicy(settings.max_attempts, settings.backoff_base_s, settings.backoff_max_s,
                                  settings.item_deadline_s)
        self._rng = random.Random(seed)  # one per account: a generator's state is larger than a batcher's own
        # Built on first use: a network's account uses a few of the carriers and operations it could, and a
        # thousand outlets' worth of idle batchers, each with its task, would cost more memory than the rest of
        # the router.
        self.limits: dict[str, CarrierLimits] = {}
        self._batchers: dict[tuple[str, Op], Batcher] = {}
        self._running = False
        self._retiring = False
        self._spawned = False
        self._stop: anyio.Event | None = None  # set to end run: retired, or a batcher crashed
        self._crash: BaseException | None = None

    def __repr__(self) -> str:
        open_ = sorted(c for c, lim in self.limits.items() if lim.breaker.is_open)
        return f"<Carriers carriers={sorted(self.limits)} batching={self.settings.batching} open={open_}>"

    def _result_counter(self, carrier: str, op: Op) -> ResultObserver:
        m = self.metrics
        ok, failed = m.results_of(carrier, op.value, "true"), m.results_of(carrier, op.value, "false")

        def count(oks: int, fails: int) -> None:
            if oks:
                ok.inc(oks)
            if fails:
                failed.inc(fails)

        return count

    def _observer(self, carrier: str) -> CallObserver:
        m = self.metrics
        calls, items_, seconds_, sizes = m.calls_of, m.items_of, m.seconds_of, m.sizes_of

        def observe(op: str, result: str, items: int, seconds: float) -> None:
            calls(carrier, op, result).inc()
            items_(carrier, op).inc(items)
            seconds_(carrier, op).observe(seconds)
            sizes(op).observe(items)

        return observe

    def _limits(self, carrier: str) -> CarrierLimits:
        limits = self.limits.get(carrier)
        if limits is None:
            s = self.settings
            # A network's accounts share the gauges: the state gauge is one account's (the deployment's only
            # one); every account counts in how many of them have the carrier's circuit not closed.
            gauge = self.metrics.breaker.labels(carrier) if self._state_gauge else None
            if gauge is not None:
                gauge.set(0)
            unclosed = self.metrics.unclosed.labels(carrier)
            self._states[carrier] = "closed"

            def on_change(state: str) -> None:
                if gauge is not None and not self._retiring:  # (a replaced account's: its successor's now)
                    gauge.set(BREAKER_STATES[state])
                if (state == "closed") != (self._states[carrier] == "closed"):
                    unclosed.inc(-1 if state == "closed" else 1)
                self._states[carrier] = state

            limits = self.limits[carrier] = CarrierLimits(
                anyio.Semaphore(s.concurrency, fast_acquire=True),  # free: no trip through the loop
                TokenBucket(s.rate_per_s, s.burst),
                CircuitBreaker(s.breaker_threshold, s.breaker_cooldown_s, on_change=on_change),
            )
        return limits

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Own the batchers' work until cancelled; or, once ``retire`` was called, until every item given has
        its result. A batcher's flusher runs while it has items and ends when it has none for a while, so an
        account's idle operations (a network has thousands) hold no task. An unexpected error in any of them
        ends ``run`` with that error."""
        self._stop = anyio.Event()
        if self._retiring:
            self._stop.set()
        for b in self._batchers.values():  # made before run: opened now
            b.open()
        self._running = True
        task_status.started()
        try:
            await self._stop.wait()
            if self._crash is not None:
                raise self._crash
            # (a state of several batchers, looked at only while retiring: no event to keep up per item)
            while not all(b.idle for b in self._batchers.values()):
                await anyio.sleep(0.5)
                if self._crash is not None:  # (a batcher that crashed while retiring never becomes idle)
                    raise self._crash
            for carrier, state in self._states.items():  # a retired account counts no more
                if state != "closed":
                    self.metrics.unclosed.labels(carrier).dec()
        finally:
            self._running = False
            with anyio.CancelScope(shield=True):
                for b in self._batchers.values():
                    await b.close()

    def _crashed(self, err: BaseException) -> None:
        if self._crash is None:
            self._crash = err
            if self._stop is not None:
                self._stop.set()

    @property
    def running(self) -> bool:
        """``run`` is taking items (false before it starts and once it has ended)."""
        return self._running

    def spawn(self, tg: TaskGroup) -> None:
        """Run in ``tg``, taking items at once (``run`` starts next turn of the loop)."""
        self._spawned = True
        tg.start_soon(self.run)

    def retire(self) -> None:
        """No more items will be given (an outlet removed, or its account replaced): ``run`` ends once those
        given have their results."""
        self._retiring = True
        if self._stop is not None:
            self._stop.set()

    def supports(self, carrier: str) -> bool:
        return carrier in self._clients

    def offers(self, carrier: str, op: Op) -> bool:
        """Whether ``carrier``'s client says it has ``op`` (the real protocols' clients say; the generic protocol
        offers its own operations only, none of the optional ones)."""
        offers = getattr(self._clients.get(carrier), "offers", None)
        return bool(offers(op)) if callable(offers) else False

    @property
    def blocked(self) -> bool:
        """Some carrier's circuit is open and cooling down: the router pauses intake meanwhile."""
        return any(lim.breaker.rejecting for lim in self.limits.values())

    def batcher(self, carrier: str, op: Op) -> Batcher:
        b = self._batchers.get((carrier, op))
        if b is None:
            client = self._clients.get(carrier)
            if client is None:
                raise CarrierNotConnectedError(f"no adapter for carrier {carrier!r}")
            s = self.settings
            size = min(s.max_batch_by_carrier.get(carrier, s.max_batch), client.batch_limit(op)) if s.batching else 1
            b = self._batchers[(carrier, op)] = Batcher(
                client, op, self._limits(carrier), max_batch=size, linger_s=s.linger_ms / 1000 if s.batching else 0.0,
                retry=self._retry, observe=self._observer(carrier), observe_result=self._result_counter(carrier, op),
                rng=self._rng, idle_exit_s=_IDLE_EXIT_S, on_crash=self._crashed,
            )
            if self._running or self._spawned:
                b.open()  # (spawned: its items wait for ``run``'s first turn no more than the loop's next turn)
        return b

    def submit(self, carrier: str, op: Op, item: Item, since: float | None = None) -> asyncio.Future[ItemResult]:
        """The item's result, to await: see ``Batcher.submit``. A future, not a coroutine, so that a request's
        items are gathered without a task each."""
        return self.batcher(carrier, op).submit(item, since)


def http_pool(settings: CarrierSettings) -> HttpPool:
    """The connections to the carriers' base URL, as many kept as calls may be in flight at once."""
    return HttpPool(settings.base_url, max_idle=max(1, len(settings.carriers)) * settings.concurrency)


def http_clients(settings: CarrierSettings, pool: HttpPool) -> dict[str, CarrierClient]:
    """A client per configured carrier, all over ``pool`` (the carriers' base URL; the caller closes it)."""
    return {
        c: HttpCarrierClient(
            c, pool, signer_for(c, settings.app_key, settings.secret), settings.customer,
            callback_url=(f"{settings.callback_url.rstrip('/')}/{c}" if settings.callback_url else None),
            timeout_s=settings.timeout_s,
        )
        for c in settings.carriers
    }
