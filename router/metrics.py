"""Prometheus metrics of the router core. The registry is injected so tests and several routers can coexist.

Labels are bounded: outcome and reason come from fixed vocabularies, never merchant ids or message text.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

OUTCOMES = ("handled", "dead_letter", "skipped_done")
HOT_RANKS = 10


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
        self.assigned_partitions = Gauge("kefu_assigned_partitions", "Partitions assigned", registry=r)
        self.commits = Counter("kefu_commits_total", "Offset commits, by result", ["result"], registry=r)
        self.output_retries = Counter(
            "kefu_output_send_retries_total", "Output sends retried after a broker error", registry=r
        )
        self.rebalances = Counter("kefu_rebalances_total", "Partition revocations handled", registry=r)
        self.abandoned = Counter(
            "kefu_abandoned_records_total", "In-flight records cancelled at a revocation deadline", registry=r
        )
        self.handle_seconds = Histogram(
            "kefu_handle_duration_seconds",
            "Time from a record's start of handling to its outputs being acknowledged",
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=r,
        )
        self.request_seconds = Histogram(
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
