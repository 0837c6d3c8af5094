"""Prometheus metrics of the router core. The registry is injected so tests and several routers can coexist.

Labels are bounded: outcome and reason come from fixed vocabularies, never merchant ids or message text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import Generic, TypeVar

from prometheus_client import CollectorRegistry, Counter, Gauge
from prometheus_client.metrics import MetricWrapperBase
from prometheus_client.metrics_core import HistogramMetricFamily, Metric
from prometheus_client.registry import Collector

OUTCOMES = ("handled", "dead_letter", "skipped_done")
HOT_RANKS = 10

M = TypeVar("M", bound=MetricWrapperBase)


class Children(Generic[M]):
    """A labelled metric's children, kept by label values. prometheus_client's ``labels`` checks its arguments
    and takes a lock on every call, and each request touches several (docs/performance.md); label values come
    from fixed vocabularies, so the dict stays small."""

    def __init__(self, metric: M) -> None:
        self.metric = metric
        self._children: dict[tuple[str, ...], M] = {}

    def __repr__(self) -> str:
        return f"<Children of {self.metric!r}: {len(self._children)}>"

    def __len__(self) -> int:
        return len(self._children)

    def has(self, *values: str) -> bool:
        return values in self._children

    def __call__(self, *values: str) -> M:
        child = self._children.get(values)
        if child is None:
            child = self._children[values] = self.metric.labels(*values)
        return child


OUTLET_SERIES = 500  # outlets of a network counted apart in a per-outlet metric; the rest count as "other"


class OutletLabels(Generic[M]):
    """A per-outlet metric's children, bounded: the first ``OUTLET_SERIES`` outlets seen are counted apart and
    the rest as "other", so a network of thousands of outlets stays a bounded number of series. The first label
    is the outlet ("" is a deployment's one outlet: "default"); any others are fixed vocabularies."""

    def __init__(self, metric: M, limit: int = OUTLET_SERIES) -> None:
        self._children = Children(metric)
        self._outlets: set[str] = set()
        self._limit = limit

    def __repr__(self) -> str:
        return f"<OutletLabels {len(self._outlets)}/{self._limit}>"

    def __call__(self, outlet: str, *values: str) -> M:
        label = outlet or "default"
        if label not in self._outlets:
            if len(self._outlets) >= self._limit:
                label = "other"
            else:
                self._outlets.add(label)
        return self._children(label, *values)


class LoopHistogram(Collector):
    """A histogram observed from the event loop only, at two per record: a bisect and two additions instead of
    prometheus_client's lock per bucket and per sum (2-3% of the router's samples in a py-spy profile). Exposed
    exactly as a ``Histogram`` with the same buckets would be (``_bucket``, ``_sum``, ``_count``). The metrics
    endpoint runs on the same loop, so no lock is needed."""

    def __init__(self, name: str, documentation: str, buckets: Sequence[float], registry: CollectorRegistry) -> None:
        self.name, self.documentation = name, documentation
        self.bounds = sorted(buckets)
        self._counts = [0] * (len(self.bounds) + 1)  # the last one is +Inf
        self._sum = 0.0
        registry.register(self)

    def __repr__(self) -> str:
        return f"<LoopHistogram {self.name} count={sum(self._counts)}>"

    def observe(self, value: float) -> None:
        self._counts[bisect_left(self.bounds, value)] += 1  # le: a value equal to a bound falls in it
        self._sum += value

    def collect(self) -> Iterator[Metric]:
        cumulative, running = [], 0
        for bound, n in zip([*map(_le, self.bounds), "+Inf"], self._counts, strict=True):
            running += n
            cumulative.append((bound, float(running)))
        yield HistogramMetricFamily(self.name, self.documentation, buckets=cumulative, sum_value=self._sum)


def _le(bound: float) -> str:
    return repr(float(bound))


class RouterMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.consumed = Counter("kefu_records_consumed_total", "Records received from Kafka", registry=r)
        self.processed = Counter(
            "kefu_records_processed_total", "Records finished, by outcome", ["outcome"], registry=r
        )
        self.dead_letters = Counter(
            "kefu_dead_letters_total", "Records sent to the dead-letter topic, by reason", ["reason"], registry=r
        )
        self.inflight = Gauge("kefu_inflight_records", "Records being handled now", registry=r)
        self.buffered_records = Gauge("kefu_buffered_records", "Records received and not finished", registry=r)
        self.buffered_bytes = Gauge("kefu_buffered_bytes", "Bytes of records received and not finished", registry=r)
        self.paused_partitions = Gauge("kefu_paused_partitions", "Partitions paused by backpressure", registry=r)
        set_aside = Counter(
            "kefu_outlet_intake_set_aside_total", "Records set aside as their outlet held its share of the buffer, "
            "to be fetched again", ["outlet"], registry=r)
        set_aside.labels("other")  # exposed at 0 from the start, as a deployment of one outlet never sets aside
        self.set_aside = OutletLabels(set_aside)
        self.fetched_again = Counter(
            "kefu_intake_fetched_again_total", "Partitions fetched again for records set aside", registry=r)
        self.outlets_over_share = Gauge(
            "kefu_intake_outlets_over_share", "Outlets with records set aside, waiting for their share of the buffer",
            registry=r)
        self.assigned_partitions = Gauge("kefu_assigned_partitions", "Partitions assigned", registry=r)
        self.commits = Counter("kefu_commits_total", "Offset commits, by result", ["result"], registry=r)
        self.output_retries = Counter(
            "kefu_output_send_retries_total", "Output sends retried after a broker error", registry=r
        )
        self.rebalances = Counter("kefu_rebalances_total", "Partition revocations handled", registry=r)
        self.abandoned = Counter(
            "kefu_abandoned_records_total", "In-flight records cancelled at a revocation deadline", registry=r
        )
        self.handle_seconds = LoopHistogram(
            "kefu_handle_duration_seconds",
            "Time from a record's start of handling to its outputs being acknowledged",
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=r,
        )
        self.request_seconds = LoopHistogram(
            "kefu_request_duration_seconds",
            "End to end: from the merchant's message received to its outputs acknowledged by Kafka",
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300),
            registry=r,
        )
        self.consumer_lag = Gauge("kefu_consumer_lag_records", "Records in the partition not yet received",
                                  ["partition"], registry=r)
        self.commit_lag = Gauge("kefu_commit_lag_records", "Records in the partition past the committed offset",
                                ["partition"], registry=r)
        self.hot_keys = Gauge(
            "kefu_hot_merchant_share_ratio",
            "Share of the last interval's requests from the N-th busiest merchant (rank only, never the id)",
            ["rank"], registry=r,
        )
        self.ready = Gauge("kefu_ready", "1 when the router is ready (see /readyz)", registry=r)
        for o in OUTCOMES:
            self.processed.labels(o)
