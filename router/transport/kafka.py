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
from functools import partial
from types import TracebackType
from typing import Any

import anyio
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.abc import ConsumerRebalanceListener
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError
from aiokafka.partitioner import murmur2
from aiokafka.structs import OffsetAndMetadata
from anyio.abc import TaskGroup, TaskStatus

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


class _Epoch:
    """The records handed to the sink during one linger: one batch per partition (more when one fills), submitted
    to the producer together and acknowledged together."""

    __slots__ = ("acked", "batches", "bytes", "open")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.batches: list[tuple[str, int, Any]] = []  # (topic, partition, BatchBuilder), in the order begun
        self.open: dict[tuple[str, int], Any] = {}  # each partition's batch still taking records
        self.bytes = 0
        self.acked: asyncio.Future[None] = loop.create_future()


MAX_REQUEST_SIZE = 1024 * 1024  # the producer's max_request_size (aiokafka's default), about the broker's limit too
RECORD_OVERHEAD = 64  # a record's framing in a batch, at most


class KafkaSink:
    """The one idempotent producer (acks=all) for every output topic. Use as an async context manager.

    Records are appended straight into record batches (aiokafka's ``create_batch``) for ``producer_linger_ms``;
    then every batch of that linger (an epoch) goes to the producer at once and one future tells the callers of
    the epoch that all of it was acknowledged. The producer's per-message path (a coroutine, a partition check, a
    future and a metadata object per record) was the larger part of the router's cost per output.
    Ordering: records of one partition reach the broker in the order ``enqueue`` was called (epochs are submitted
    one after another, their batches in the order they were begun, and the idempotent producer keeps a
    partition's batches in order). If any batch of an epoch fails, every caller of that epoch sees the error
    and sends again (at-least-once).
    """

    def __init__(self, settings: Settings) -> None:
        k = settings.kafka
        self._bootstrap = k.bootstrap
        self._linger_s = k.producer_linger_ms / 1000
        self._max_epoch_bytes = 256 * 1024  # an epoch this full goes at once, without waiting out the linger
        self._producer = AIOKafkaProducer(
            bootstrap_servers=k.bootstrap,
            client_id=f"{k.client_id}-producer",
            acks="all",
            enable_idempotence=True,
            linger_ms=k.producer_linger_ms,
            max_batch_size=256 * 1024,
            max_request_size=MAX_REQUEST_SIZE,
        )
        self._partitions = KeyPartitions()
        self._counts: dict[str, int] = {}  # partitions per output topic, until the next metadata update
        self._unkeyed = 0  # round-robin over partitions for records without a key
        self._epoch: _Epoch | None = None  # set while running
        self._last_sealed: asyncio.Future[None] | None = None  # the acknowledgement of the latest epoch sealed
        self._begun = anyio.Event()  # the open epoch has its first record
        self._seal_now = anyio.Event()  # the open epoch is full, or a flush wants it sent
        self._tg: TaskGroup | None = None

    def __repr__(self) -> str:
        return f"<KafkaSink bootstrap={self._bootstrap} idempotent acks=all linger={self._linger_s * 1000:.0f}ms>"

    async def __aenter__(self) -> KafkaSink:
        try:
            await self._producer.start()
        except KafkaError as e:
            await self._producer.stop()
            raise TransportError(f"cannot reach Kafka at {self._bootstrap}: {e}") from e
        self._epoch = _Epoch(asyncio.get_running_loop())
        # The task group's scope spans the caller's block: a failing sender cancels the block rather than leave
        # records unsent unnoticed.
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        await self._tg.start(self._send_epochs)
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._tg is not None
        try:
            # The block's own exception is not handed to the task group, which would wrap it in a group: it
            # goes on as it was raised. The sender's failure, if it had one, is raised here instead.
            self._tg.cancel_scope.cancel()
            await self._tg.__aexit__(None, None, None)
            # What the sender had not taken yet goes to the producer now; stopping it delivers what it holds.
            epoch, self._epoch = self._epoch, None
            if epoch is not None and epoch.batches:
                await self._submit(epoch)
        finally:
            self._tg = None
            await self._producer.stop()

    def _partition(self, topic: str, key: bytes | None) -> int | None:
        count = self._counts.get(topic)
        if count is None:
            cluster = self._producer.client.cluster
            known = cluster.partitions_for_topic(topic)  # builds a set: once per topic and metadata update
            if not known:
                return None  # metadata not fetched yet
            cluster.add_listener(self._metadata_updated)  # a set: adding again is a no-op
            count = self._counts[topic] = len(known)
        if key is None:
            self._unkeyed += 1
            return self._unkeyed % count
        return self._partitions.partition(topic, key, count)

    def _metadata_updated(self, _cluster: object) -> None:
        self._counts.clear()  # partitions may have been added

    async def enqueue(self, records: Sequence[tuple[str, bytes | None, bytes]]) -> asyncio.Future[Any]:
        """See ``Sink.enqueue``. Returns once the records are in the open epoch; the future resolves when the
        broker acknowledged them. A record over the producer's request size is refused here (TransportError),
        as the producer's own ``send`` would, rather than failing the epoch it would have joined."""
        placed: list[tuple[str, int, bytes | None, bytes]] = []
        for topic, key, value in records:
            size = len(value) + len(key or b"") + RECORD_OVERHEAD
            if size > MAX_REQUEST_SIZE:
                raise TransportError(f"a record of {size} bytes for {topic} is over the {MAX_REQUEST_SIZE}-byte "
                                     "maximum request size")
            partition = self._partition(topic, key)
            if partition is None:
                try:
                    await self._producer.partitions_for(topic)  # waits for the topic's metadata, once
                except KafkaError as e:
                    raise TransportError(f"{type(e).__name__}: {e}") from e
                partition = self._partition(topic, key)
                if partition is None:
                    raise TransportError(f"no partitions known for topic {topic}")
            placed.append((topic, partition, key, value))
        epoch = self._epoch
        if epoch is None:
            raise TransportError("the sink is not running")
        if placed:
            self._append(epoch, placed)
        return epoch.acked

    def _append(self, epoch: _Epoch, placed: list[tuple[str, int, bytes | None, bytes]]) -> None:
        """Into the epoch's batches, with no await: a call's records all go to one epoch, in order."""
        if not epoch.batches:
            self._begun.set()
        for topic, partition, key, value in placed:
            tp = (topic, partition)
            builder = epoch.open.get(tp)
            if builder is None or builder.append(timestamp=None, key=key, value=value) is None:
                builder = epoch.open[tp] = self._producer.create_batch()
                epoch.batches.append((topic, partition, builder))
                builder.append(timestamp=None, key=key, value=value)  # an empty batch takes any record
            epoch.bytes += len(value)
        if epoch.bytes >= self._max_epoch_bytes:
            self._seal_now.set()

    async def _send_epochs(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Close each epoch after the linger (or at once when full or flushed) and hand its batches to the
        producer. One epoch at a time: a partition's batches reach the producer in order."""
        task_status.started()
        loop = asyncio.get_running_loop()
        while True:
            await self._begun.wait()
            if not self._seal_now.is_set():
                with anyio.move_on_after(self._linger_s):
                    await self._seal_now.wait()
            epoch = self._epoch
            assert epoch is not None
            self._epoch = _Epoch(loop)
            self._begun, self._seal_now = anyio.Event(), anyio.Event()
            self._last_sealed = epoch.acked
            await self._submit(epoch)

    async def _submit(self, epoch: _Epoch) -> None:
        """Hand the epoch's batches to the producer. Shielded: a partly submitted epoch would leave some of its
        records unsent behind others already sent. The producer bounds the wait (request timeout)."""
        futures: list[asyncio.Future[Any]] = []
        with anyio.CancelScope(shield=True):
            try:
                for topic, partition, builder in epoch.batches:
                    builder.close()  # complete: the producer sends it without lingering again
                    futures.append(await self._producer.send_batch(builder, topic, partition=partition))
            except KafkaError as e:
                epoch.acked.set_exception(TransportError(f"{type(e).__name__}: {e}"))
                # the batches already sent: their outcome no longer matters, but their errors must be retrieved
                asyncio.gather(*futures, return_exceptions=True)
                return
        asyncio.gather(*futures).add_done_callback(partial(_settle, epoch.acked))

    async def flush(self) -> None:
        """Send the open epoch now and wait until everything handed over so far is acknowledged. Epochs are
        submitted one after another, so once the latest is acknowledged every earlier one is with the producer,
        whose own flush waits for the rest."""
        epoch = self._epoch
        if epoch is not None and epoch.batches:
            self._seal_now.set()
            latest: asyncio.Future[None] | None = epoch.acked
        else:
            latest = self._last_sealed
        try:
            if latest is not None:
                await latest
            await self._producer.flush()
        except KafkaError as e:
            raise TransportError(f"{type(e).__name__}: {e}") from e


def _settle(acked: asyncio.Future[None], batches: asyncio.Future[list[Any]]) -> None:
    if acked.done():
        return
    if batches.cancelled():
        acked.cancel()
    elif (e := batches.exception()) is not None:
        acked.set_exception(TransportError(f"{type(e).__name__}: {e}"))
    else:
        acked.set_result(None)


def topic_names(settings: Settings) -> list[str]:
    """Every topic the router and its companions use."""
    t = settings.topics
    return [t.requests, t.replies, t.tickets, t.human, t.dlq, t.carrier_events, t.human_replies, t.activity]


async def ensure_topics(settings: Settings, extra: Mapping[str, int] | None = None) -> list[str]:
    """Create the router's topics (auto-creation is off on our brokers). Returns the names created now."""
    t = settings.topics
    wanted = {name: t.partitions for name in topic_names(settings)}
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


async def delete_topics(settings: Settings) -> None:
    """Delete the router's topics (a benchmark's own, made by ``isolated``). A broker that keeps every run's
    partitions grows slower: the local one, holding 10,000 from earlier runs (its process at 955 MB, the heap
    limit 1 GB), drained the passthrough benchmark at 45,000-61,000 records a second where a fresh one did
    60,000-79,000."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka.bootstrap, client_id="kefu-router-admin")
    try:
        await admin.start()
        existing = set(await admin.list_topics())
        gone = [n for n in topic_names(settings) if n in existing]
        if gone:
            await admin.delete_topics(gone)
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
