"""Apache Kafka transport (aiokafka): the consumer-group Source, the idempotent producer Sink, and topic admin.

aiokafka errors are mapped to router.errors at this boundary. The consumer uses the classic (eager) group
protocol: on a rebalance every partition is revoked first, and the router commits before the group moves on.
The consumer reads with isolation_level=read_committed so aborted transactional writes are never handled.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.abc import ConsumerRebalanceListener
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError
from aiokafka.partitioner import murmur2
from aiokafka.structs import OffsetAndMetadata

from router.config import Settings
from router.errors import CommitError, TransportError
from router.source import TP, AssignmentListener, Committed, Record

log = logging.getLogger("kefu.kafka")

TOPIC_ALREADY_EXISTS = 36


def _tps(tps: Iterable[Any]) -> set[TP]:
    return {(tp.topic, tp.partition) for tp in tps}


class _Bridge(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, source: KafkaSource, listener: AssignmentListener) -> None:
        self._source = source
        self._listener = listener

    async def on_partitions_revoked(self, revoked: Any) -> None:
        if revoked:
            await self._listener.on_revoked(_tps(revoked))

    async def on_partitions_assigned(self, assigned: Any) -> None:
        tps = _tps(assigned)
        committed = await self._source.committed(tps) if tps else {}
        await self._listener.on_assigned(tps, committed)


class KafkaSource:
    """One member of the router's consumer group on the requests topic."""

    def __init__(self, settings: Settings, topics: Sequence[str] | None = None) -> None:
        self._settings = settings
        self._topics = list(topics or [settings.topics.requests])
        self._consumer: Any = None
        self._admin: Any = None

    def __repr__(self) -> str:
        k = self._settings.kafka
        return f"<KafkaSource bootstrap={k.bootstrap} group={k.group_id} topics={self._topics}>"

    async def start(self, listener: AssignmentListener) -> None:
        k = self._settings.kafka
        self._admin = AIOKafkaAdminClient(bootstrap_servers=k.bootstrap, client_id=f"{k.client_id}-admin")
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=k.bootstrap,
            group_id=k.group_id,
            client_id=k.client_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            isolation_level="read_committed",
            session_timeout_ms=k.session_timeout_ms,
            heartbeat_interval_ms=k.heartbeat_interval_ms,
            max_poll_interval_ms=k.max_poll_interval_ms,
            fetch_max_wait_ms=k.fetch_max_wait_ms,
            fetch_min_bytes=k.fetch_min_bytes,
            rebalance_timeout_ms=max(k.max_poll_interval_ms, 60_000),
        )
        try:
            await self._admin.start()
            await self._consumer.start()
        except KafkaError as e:
            await self.stop()
            raise TransportError(f"cannot reach Kafka at {k.bootstrap}: {e}") from e
        self._consumer.subscribe(self._topics, listener=_Bridge(self, listener))

    async def stop(self) -> None:
        for client in (self._consumer, self._admin):
            if client is not None:
                try:
                    await client.stop() if client is self._consumer else await client.close()
                except KafkaError as e:  # stopping must not mask the reason we are stopping
                    log.warning("error while closing %s: %s", type(client).__name__, e)
        self._consumer = self._admin = None

    async def committed(self, tps: set[TP]) -> dict[TP, Committed]:
        """The group's last commits with their metadata (aiokafka's consumer API returns offsets only)."""
        try:
            got = await self._admin.list_consumer_group_offsets(
                self._settings.kafka.group_id, partitions=[TopicPartition(t, p) for t, p in tps]
            )
        except KafkaError as e:
            log.warning("could not read committed metadata (%s); finished-past-gap records will be redone", e)
            return {}
        return {
            (tp.topic, tp.partition): Committed(om.offset, om.metadata or "")
            for tp, om in got.items()
            if om.offset >= 0
        }

    async def fetch(self, max_records: int, timeout_s: float) -> list[Record]:
        try:
            batches = await self._consumer.getmany(timeout_ms=int(timeout_s * 1000), max_records=max_records)
        except KafkaError as e:
            raise TransportError(f"fetch failed: {type(e).__name__}: {e}") from e
        return [
            Record(m.topic, m.partition, m.offset, m.key, m.value, m.timestamp)
            for msgs in batches.values()
            for m in msgs
        ]

    def pause(self, tps: Iterable[TP]) -> None:
        self._consumer.pause(*[TopicPartition(t, p) for t, p in tps])

    def resume(self, tps: Iterable[TP]) -> None:
        self._consumer.resume(*[TopicPartition(t, p) for t, p in tps])

    async def end_offsets(self, tps: Iterable[TP]) -> dict[TP, int]:
        wanted = [TopicPartition(*tp) for tp in tps]
        if not wanted:
            return {}
        try:
            got = await self._consumer.end_offsets(wanted)
        except (KafkaError, AssertionError) as e:  # a rebalance under way: the next round asks again
            log.debug("end offsets unavailable: %s", e)
            return {}
        return {(tp.topic, tp.partition): int(off) for tp, off in got.items()}

    def assignment(self) -> set[TP]:
        return _tps(self._consumer.assignment())

    def rewind(self, tp: TP, offset: int) -> bool:
        try:
            self._consumer.seek(TopicPartition(*tp), offset)
        except (KafkaError, ValueError):  # IllegalStateError (a KafkaError): the partition is no longer assigned
            return False
        return True

    async def commit(self, offsets: Mapping[TP, Committed]) -> None:
        try:
            await self._consumer.commit(
                {TopicPartition(t, p): OffsetAndMetadata(c.offset, c.metadata) for (t, p), c in offsets.items()}
            )
        except KafkaError as e:
            raise CommitError(f"{type(e).__name__}: {e}") from e


class KeyPartitions:
    """Kafka's default key partitioning (murmur2, as in the Java client and aiokafka), memoised per key.

    Merchants send many requests, so the same keys come back again and again; aiokafka would hash each one in
    pure Python and rebuild the topic's partition lists on every send. Placement is identical, so ordering
    with other producers of the same topics is unaffected.
    """

    def __init__(self, max_keys: int = 200_000) -> None:
        self._max_keys = max_keys
        self._maps: dict[tuple[str, int], dict[bytes, int]] = {}

    def partition(self, topic: str, key: bytes, count: int) -> int:
        cache = self._maps.get((topic, count))
        if cache is None:
            cache = self._maps[(topic, count)] = {}
        p = cache.get(key)
        if p is None:
            if len(cache) >= self._max_keys:
                cache.clear()
            p = cache[key] = (murmur2(key) & 0x7FFFFFFF) % count
        return p


class KafkaSink:
    """The one idempotent producer (acks=all) for every output topic. Use as an async context manager."""

    def __init__(self, settings: Settings) -> None:
        k = settings.kafka
        self._bootstrap = k.bootstrap
        self._producer = AIOKafkaProducer(
            bootstrap_servers=k.bootstrap,
            client_id=f"{k.client_id}-producer",
            acks="all",
            enable_idempotence=True,
            linger_ms=k.producer_linger_ms,
            max_batch_size=256 * 1024,
        )
        self._partitions = KeyPartitions()
        self._counts: dict[str, int] = {}  # partitions per output topic, until the next metadata update

    def __repr__(self) -> str:
        return f"<KafkaSink bootstrap={self._bootstrap} idempotent acks=all>"

    async def __aenter__(self) -> KafkaSink:
        try:
            await self._producer.start()
        except KafkaError as e:
            await self._producer.stop()
            raise TransportError(f"cannot reach Kafka at {self._bootstrap}: {e}") from e
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._producer.stop()

    def _partition(self, topic: str, key: bytes | None) -> int | None:
        if key is None:
            return None
        count = self._counts.get(topic)
        if count is None:
            cluster = self._producer.client.cluster
            known = cluster.partitions_for_topic(topic)  # builds a set: once per topic and metadata update
            if not known:
                return None  # metadata not fetched yet: aiokafka waits for it and partitions itself
            cluster.add_listener(self._metadata_updated)  # a set: adding again is a no-op
            count = self._counts[topic] = len(known)
        return self._partitions.partition(topic, key, count)

    def _metadata_updated(self, _cluster: object) -> None:
        self._counts.clear()  # partitions may have been added

    async def enqueue(self, records: Sequence[tuple[str, bytes | None, bytes]]) -> asyncio.Future[Any]:
        try:
            futures = [
                await self._producer.send(topic, value, key=key, partition=self._partition(topic, key))
                for topic, key, value in records
            ]
        except KafkaError as e:
            raise TransportError(f"{type(e).__name__}: {e}") from e
        # Most requests have one output: skip gather's extra future and callbacks.
        return futures[0] if len(futures) == 1 else asyncio.gather(*futures)

    async def flush(self) -> None:
        try:
            await self._producer.flush()
        except KafkaError as e:
            raise TransportError(f"{type(e).__name__}: {e}") from e


async def ensure_topics(settings: Settings, extra: Mapping[str, int] | None = None) -> list[str]:
    """Create the router's topics (auto-creation is off on our brokers). Returns the names created now."""
    t = settings.topics
    names = (t.requests, t.replies, t.tickets, t.human, t.dlq, t.carrier_events, t.human_replies, t.activity)
    wanted = {name: t.partitions for name in names}
    wanted.update(extra or {})
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka.bootstrap, client_id="kefu-router-admin")
    try:
        await admin.start()
        existing = set(await admin.list_topics())
        todo = [NewTopic(n, p, t.replication_factor) for n, p in wanted.items() if n not in existing]
        if not todo:
            return []
        resp = await admin.create_topics(todo)
        failed = [
            f"{name}: {msg or code}" for name, code, *rest in resp.topic_errors
            for msg in [rest[0] if rest else None]
            if code not in (0, TOPIC_ALREADY_EXISTS)
        ]
        if failed:
            raise TransportError("could not create topics: " + "; ".join(failed))
        await _wait_for_leaders(admin, [nt.name for nt in todo])
        return [nt.name for nt in todo]
    except KafkaError as e:
        raise TransportError(f"topic admin on {settings.kafka.bootstrap} failed: {e}") from e
    finally:
        await admin.close()


async def _wait_for_leaders(admin: Any, topics: list[str], timeout_s: float = 30.0) -> None:
    """Creation returns before partition leaders are elected; producing before that only earns retries."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while loop.time() < deadline:
        described = await admin.describe_topics(topics)
        if all(
            t.get("error_code", 0) == 0 and t["partitions"] and all(p["leader"] >= 0 for p in t["partitions"])
            for t in described
        ):
            return
        await asyncio.sleep(0.1)
    raise TransportError(f"topics {topics} have no leaders after {timeout_s}s")


async def wait_for_broker(bootstrap: str, timeout_s: float = 60.0) -> None:
    """Wait until the broker answers a metadata request."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    last: Exception | None = None
    while asyncio.get_running_loop().time() < deadline:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3000)
        try:
            await admin.start()
            await admin.describe_cluster()
            return
        except (KafkaError, OSError) as e:
            last = e
            await asyncio.sleep(0.5)
        finally:
            with contextlib.suppress(KafkaError):
                await admin.close()
    raise TransportError(f"Kafka at {bootstrap} did not answer within {timeout_s}s: {last}")
