"""The sections of the record pipeline: the brokers and topics, and how records are scheduled, held back,
committed and drained at shutdown, and the metrics endpoint that shows it.

Each a Struct that rejects unknown keys, with its defaults and bounds; ``router.config.sections`` gathers them
into ``Settings``. The comments beside each field are the configuration reference's notes
(``python -m router.settings_doc`` reads them from this file).
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

from router.config.bounds import NonNegative, Positive, PositiveFloat, TopicName

# The chat egress's and the ticket follower's consumers answer as soon as 1 byte is there; the wait only sets how
# often they poll when nothing comes (kafka.fetch_max_wait_ms is the router's, tuned with fetch_min_bytes).
QUIET_FETCH_WAIT_MS = 100


class KafkaSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    bootstrap: str = "127.0.0.1:29092"
    group_id: str = "kefu-router"
    client_id: str = "kefu-router"
    # Below max.poll.interval so a slow drain never gets the member evicted mid-rebalance.
    session_timeout_ms: Positive = 10_000
    heartbeat_interval_ms: Positive = 3_000
    max_poll_interval_ms: Positive = 300_000
    fetch_max_records: Positive = 2_000
    # The broker holds a fetch until it has this much data or fetch_max_wait_ms has passed, and the producer
    # gathers outputs for producer_linger_ms: tuned for the customer service, whose carrier calls take tens of
    # milliseconds, so fewer and fuller fetches and sends cost less CPU a request for a few ms of latency. A
    # trickle waits up to fetch_max_wait_ms. Where handling takes well under a millisecond and milliseconds
    # matter, use 1, 50 and 5 (the router benchmark does). The measurements: docs/performance.md.
    fetch_min_bytes: Positive = 65_536
    # How long the broker may hold a fetch for data: low, so a quiet partition never delays a reply (an idle
    # router fetches this often).
    fetch_max_wait_ms: Positive = 10
    producer_linger_ms: Annotated[int, msgspec.Meta(ge=0)] = 25
    # How every client of the brokers (router, chat gateway, follower, admin) authenticates: PLAINTEXT only where
    # the network itself is trusted; SSL is TLS, and with ssl_certfile and ssl_keyfile a client certificate (mTLS);
    # SASL_SSL is TLS and a SCRAM user. docs/security.md has the broker's side and the ACLs of each role.
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["SCRAM-SHA-512", "SCRAM-SHA-256"] = "SCRAM-SHA-512"
    sasl_username: str = ""
    # where the SCRAM user's password is, never the password itself: "env:NAME" or "file:/path"
    sasl_password: str = ""
    ssl_cafile: str = ""  # the CA (PEM) that signed the brokers' certificates; empty: the system's CAs
    ssl_certfile: str = ""  # this client's certificate (PEM), for mTLS
    ssl_keyfile: str = ""  # its private key (PEM, not encrypted: mount it as a secret)


class TopicSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    requests: TopicName = "kefu.requests"
    replies: TopicName = "kefu.replies"
    tickets: TopicName = "kefu.tickets"
    human: TopicName = "kefu.human"
    dlq: TopicName = "kefu.dlq"
    carrier_events: TopicName = "kefu.carrier-events"
    human_replies: TopicName = "kefu.human-replies"
    activity: TopicName = "kefu.activity"
    staff_messages: TopicName = "kefu.staff-messages"  # what staff write in the staff groups (router.staff)
    partitions: Positive = 12
    replication_factor: Positive = 1


class SchedulerSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    max_inflight: Positive = 512
    # One merchant's requests about different waybills handled at once (1: strictly one at a time).
    max_per_key: Positive = 16
    handler_timeout_s: PositiveFloat = 600.0
    # Slots one outlet of a network may hold at once (0: a quarter of max_inflight), so that one outlet's surge or
    # its carrier's outage leaves the others their share. A deployment of one outlet is not limited by it.
    max_inflight_per_outlet: NonNegative = 0


class BackpressureSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Buffered = received from Kafka and not yet finished (queued or in flight)."""

    high_records: Positive = 20_000
    low_records: Positive = 10_000
    high_bytes: Positive = 64 * 1024 * 1024
    low_bytes: Positive = 32 * 1024 * 1024
    # A partition's own watermarks; with many partitions assigned, at most its even share of high_records (and
    # half that to resume), so that a few deep partitions do not fill the buffer while the others wait unfetched.
    partition_high_records: Positive = 4_000
    partition_low_records: Positive = 2_000
    # Records of one outlet of a network buffered at most (0: half of a partition's high watermark), so that one
    # outlet's surge or its carrier's outage fills neither the buffer nor a partition's share of it: past it, the
    # outlet's records are set aside and fetched again once half of its share is free. A deployment of one outlet
    # is not limited by it.
    max_records_per_outlet: NonNegative = 0
    # A partition with records set aside pauses once this many records past its commit point were received (and
    # resumes at half): the commit metadata names about that many finished records, a restart handles the rest
    # again. Past it, one outlet's backlog holds its partition's other outlets.
    max_span_aside: Positive = 30_000


class CommitSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    interval_s: PositiveFloat = 1.0
    # Also commit as soon as this many records finished since the last commit (0: on the interval only): what a
    # crash makes the router do again is bounded by records as well as by time, however fast it is draining.
    max_records: Annotated[int, msgspec.Meta(ge=0)] = 5_000
    # Kafka's offset.metadata.max.bytes defaults to 4096; stay under it.
    metadata_max_bytes: Annotated[int, msgspec.Meta(ge=0, le=4096)] = 3_800


class ShutdownSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    drain_timeout_s: PositiveFloat = 20.0
    revoke_timeout_s: PositiveFloat = 10.0


class MetricsSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    port: Annotated[int, msgspec.Meta(ge=0, le=65535)] = 0  # 0: no HTTP endpoint
    host: str = "127.0.0.1"
