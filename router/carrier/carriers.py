"""The carrier layer: one entry point for every carrier operation, a batcher per (carrier, operation).

Callers ``submit(carrier, op, item)`` and get that item's result; batching, rate limits, the breaker and
retries are its business. ``blocked`` is true while any carrier's breaker is not closed: the router
reads it and pauses intake, so an outage queues work in Kafka instead of in memory or in hot retries.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import anyio
from anyio.abc import TaskStatus
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from router.carrier.batcher import Batcher, CallObserver, CarrierLimits, ResultObserver, RetryPolicy
from router.carrier.client import CarrierClient, HttpCarrierClient
from router.carrier.http import HttpPool
from router.carrier.limits import CircuitBreaker, TokenBucket
from router.carrier.model import Item, ItemResult, Op
from router.carrier.signing import signer_for
from router.config import CarrierSettings
from router.metrics import Children

BREAKER_STATES = {"closed": 0, "half_open": 1, "open": 2}


class CarrierMetrics:
    """Labels: carrier code and operation (both fixed vocabularies) and a result word; never waybills."""

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


class CarrierNotConnectedError(LookupError):
    """No adapter for this carrier is configured: its requests go to a person."""


class Carriers:
    def __init__(
        self,
        clients: Mapping[str, CarrierClient],
        settings: CarrierSettings,
        metrics: CarrierMetrics | None = None,
        seed: int | None = None,
    ) -> None:
        self.settings = settings
        self.metrics = metrics or CarrierMetrics()
        retry = RetryPolicy(settings.max_attempts, settings.backoff_base_s, settings.backoff_max_s,
                            settings.item_deadline_s)
        self.limits: dict[str, CarrierLimits] = {}
        self._batchers: dict[tuple[str, Op], Batcher] = {}
        for carrier, client in clients.items():
            gauge = self.metrics.breaker.labels(carrier)
            gauge.set(0)

            def on_change(state: str, g: Gauge = gauge) -> None:
                g.set(BREAKER_STATES[state])

            limits = self.limits[carrier] = CarrierLimits(
                anyio.Semaphore(settings.concurrency, fast_acquire=True),  # free: no trip through the loop
                TokenBucket(settings.rate_per_s, settings.burst),
                CircuitBreaker(settings.breaker_threshold, settings.breaker_cooldown_s,
                               on_change=on_change),
            )
            size = settings.max_batch_by_carrier.get(carrier, settings.max_batch) if settings.batching else 1
            for op in Op:
                self._batchers[(carrier, op)] = Batcher(
                    client, op, limits, max_batch=size,
                    linger_s=settings.linger_ms / 1000 if settings.batching else 0.0,
                    retry=retry, observe=self._observer(carrier), observe_result=self._result_counter(carrier, op),
                    seed=seed,
                )

    def __repr__(self) -> str:
        open_ = sorted(c for c, lim in self.limits.items() if lim.breaker.is_open)
        return f"<Carriers carriers={sorted(self.limits)} batching={self.settings.batching} open={open_}>"

    def _result_counter(self, carrier: str, op: Op) -> ResultObserver:
        ok, failed = (self.metrics.results.labels(carrier, op.value, v) for v in ("true", "false"))

        def count(oks: int, fails: int) -> None:
            if oks:
                ok.inc(oks)
            if fails:
                failed.inc(fails)

        return count

    def _observer(self, carrier: str) -> CallObserver:
        m = self.metrics
        calls, items_, seconds_ = Children(m.calls), Children(m.items), Children(m.call_seconds)
        sizes = Children(m.batch_size)

        def observe(op: str, result: str, items: int, seconds: float) -> None:
            calls(carrier, op, result).inc()
            items_(carrier, op).inc(items)
            seconds_(carrier, op).observe(seconds)
            sizes(op).observe(items)

        return observe

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        async with anyio.create_task_group() as tg:
            for b in self._batchers.values():
                await tg.start(b.run)
            task_status.started()

    def supports(self, carrier: str) -> bool:
        return carrier in self.limits

    @property
    def blocked(self) -> bool:
        """Some carrier's circuit is open and cooling down: the router pauses intake meanwhile."""
        return any(lim.breaker.rejecting for lim in self.limits.values())

    def batcher(self, carrier: str, op: Op) -> Batcher:
        b = self._batchers.get((carrier, op))
        if b is None:
            raise CarrierNotConnectedError(f"no adapter for carrier {carrier!r}")
        return b

    def submit(self, carrier: str, op: Op, item: Item) -> asyncio.Future[ItemResult]:
        """The item's result, to await: see ``Batcher.submit``. A future, not a coroutine, so that a request's
        items are gathered without a task each."""
        return self.batcher(carrier, op).submit(item)


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
