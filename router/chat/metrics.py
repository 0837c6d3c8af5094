"""The chat gateway's metrics (labels: platform and outcome only, so cardinality stays bounded)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class ChatMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.sends = Counter("kefu_chat_sends", "Messages sent to robots, by outcome", ["platform", "outcome"],
                             registry=r)
        self.delivered = Counter("kefu_chat_replies_delivered", "Replies delivered to groups", ["platform"],
                                 registry=r)
        self.repeated = Counter("kefu_chat_replies_repeated", "Replies read again after they were delivered (a "
                                "request handled twice, a restart), not sent again", registry=r)
        self.in_doubt = Counter("kefu_chat_replies_in_doubt", "Replies a gateway died while sending: handed to a "
                                "person, not sent again (the platform may have taken them)", registry=r)
        self.store_errors = Counter(
            "kefu_chat_delivery_store_errors", "Times the store of delivered replies did not answer, by step (ask, "
            "begin: nothing is sent until it does; record, abandon: a copy read later goes to a person)", ["step"],
            registry=r)
        self.dead = Counter("kefu_chat_replies_dead_lettered", "Replies that could not be delivered", ["reason"],
                            registry=r)
        self.latency = Histogram(
            "kefu_chat_reply_delivery_seconds", "Reply created → accepted by the robot's platform",
            buckets=(0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900), registry=r,
        )
        self.queued = Gauge("kefu_chat_queued_replies", "Replies waiting for their robot (the pacing queue)",
                            registry=r)
        self.oldest = Gauge("kefu_chat_oldest_queued_seconds", "Age of the longest-waiting reply", registry=r)
        self.paced = Gauge("kefu_chat_robots_paced", "Robots that have used their whole window", registry=r)
        self.ingress = Counter("kefu_chat_ingress_messages", "Group messages received, by outcome",
                               ["platform", "outcome"], registry=r)
