"""A member of a Kafka consumer group, behind the router's ``Source`` interface (router.source).

Three consumers use it, each with its own group: the router (requests), the chat egress (replies) and the ticket
follower (tickets, carrier events, people's answers, activity). Offsets are committed only by the caller, with
``commit``, never automatically. The group protocol is the classic eager one: on a rebalance every partition is
revoked first, and the listener's ``on_revoked`` (which commits what finished) returns before the group moves
on. Records are read with isolation_level=read_committed, so aborted transactional writes are never handled.
Ordering: ``fetch`` returns each partition's records in offset order.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import anyio
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.abc import ConsumerRebalanceListener
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from aiokafka.structs import OffsetAndMetadata

from router.config import Settings
from router.errors import CommitError
from router.kafka.errors import connecting, map_errors
from router.kafka.security import client_security, described
from router.source import TP, AssignmentListener, Committed, Record

log = logging.getLogger("kefu.kafka")


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
    """One member of a consumer group on ``topics``.

    ``group_id`` defaults to the router's (``kafka.group_id``); ``client`` names the member's role in its client
    id. ``fetch_max_wait_ms`` and ``fetch_min_bytes`` default to the router's tuning (``[kafka]``): a consumer
    with little traffic sets them to answer a trickle at once. ``commit_metadata``: read each new partition's
    commit metadata (the router keeps what finished past a gap there); the others need only the offsets.
    ``rebalance_timeout_ms``: how long the group waits for this member to rejoin; by default long enough for the
    router to commit what finished (its revocation waits for in-flight work)."""

    def __init__(self, settings: Settings, topics: Sequence[str] | None = None, *, group_id: str | None = None,
                 client: str = "", fetch_max_wait_ms: int | None = None, fetch_min_bytes: int | None = None,
                 commit_metadata: bool = True, rebalance_timeout_ms: int | None = None) -> None:
        k = settings.kafka
        self._bootstrap = k.bootstrap
        self._topics = list(topics or [settings.topics.requests])
        self._group_id = group_id or k.group_id
        self._client_id = f"{k.client_id}-{client}" if client else k.client_id
        self._commit_metadata = commit_metadata
        self._security = client_security(k)
        self._described = described(k)
        self._options: dict[str, Any] = {
            "session_timeout_ms": k.session_timeout_ms,
            "heartbeat_interval_ms": k.heartbeat_interval_ms,
            "max_poll_interval_ms": k.max_poll_interval_ms,
            "fetch_max_wait_ms": fetch_max_wait_ms or k.fetch_max_wait_ms,
            "fetch_min_bytes": fetch_min_bytes or k.fetch_min_bytes,
            "rebalance_timeout_ms": rebalance_timeout_ms or max(k.max_poll_interval_ms, 60_000),
        }
        self._consumer: Any = None
        self._admin: Any = None

    def __repr__(self) -> str:
        return f"<KafkaSource bootstrap={self._bootstrap} group={self._group_id} topics={self._topics}>"

    async def start(self, listener: AssignmentListener | None = None) -> None:
        """Join the group; ``listener`` hears of partitions revoked and assigned (none: the group commits only
        what the caller commits, and a rebalance redelivers what it had not)."""
        if self._commit_metadata:
            self._admin = AIOKafkaAdminClient(bootstrap_servers=self._bootstrap, client_id=f"{self._client_id}-admin",
                                              **self._security)
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=self._bootstrap, group_id=self._group_id, client_id=self._client_id,
            enable_auto_commit=False, auto_offset_reset="earliest", isolation_level="read_committed",
            **self._options, **self._security,
        )
        try:
            with connecting(f"cannot reach Kafka at {self._described}"):
                if self._admin is not None:
                    await self._admin.start()
                await self._consumer.start()
        except BaseException:
            with anyio.CancelScope(shield=True):  # cancelled while starting: the clients are closed all the same
                await self.stop()
            raise
        if listener is None:
            self._consumer.subscribe(self._topics)
        else:
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
        """The group's last commits with their metadata (aiokafka's consumer API returns offsets only); {} when
        this member does not read metadata."""
        if self._admin is None:
            return {}
        try:
            got = await self._admin.list_consumer_group_offsets(
                self._group_id, partitions=[TopicPartition(t, p) for t, p in tps]
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
        with map_errors("fetch failed"):
            batches = await self._consumer.getmany(timeout_ms=int(timeout_s * 1000), max_records=max_records)
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
        if not offsets:
            return
        with map_errors("commit failed", CommitError):
            await self._consumer.commit(
                {TopicPartition(t, p): OffsetAndMetadata(c.offset, c.metadata) for (t, p), c in offsets.items()}
            )
