"""The one idempotent producer (acks=all) every output topic is written through, behind ``Sink`` (router.source)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from functools import partial
from types import TracebackType
from typing import Any

import anyio
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from aiokafka.partitioner import murmur2
from anyio.abc import TaskGroup, TaskStatus

from router.config import Settings
from router.errors import TransportError
from router.kafka.errors import connecting, map_errors
from router.kafka.security import client_security, described


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
            **client_security(k),
        )
        self._described = described(k)
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
            with connecting(f"cannot reach Kafka at {self._described}"):
                await self._producer.start()
        except TransportError:
            await self._producer.stop()
            raise
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
                with map_errors(f"no metadata for topic {topic}"):
                    await self._producer.partitions_for(topic)  # waits for the topic's metadata, once
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
        with map_errors("flush failed"):
            if latest is not None:
                await latest
            await self._producer.flush()


def _settle(acked: asyncio.Future[None], batches: asyncio.Future[list[Any]]) -> None:
    if acked.done():
        return
    if batches.cancelled():
        acked.cancel()
    elif (e := batches.exception()) is not None:
        acked.set_exception(TransportError(f"{type(e).__name__}: {e}"))
    else:
        acked.set_result(None)
