"""Producing and reading whole topics: shared by the demo, the integration tests and the benchmarks.

The tools reach a broker the way deploy/local/with-kafka.sh describes it: a bootstrap that is the local broker's
SASL_SSL listener (``KAFKA_SASL_BOOTSTRAP``) is reached as its tools user (``KAFKA_SASL_USERNAME``, the password
in ``KAFKA_SASL_PASSWORD_FILE``), its mTLS listener (``KAFKA_SSL_BOOTSTRAP``) with the client certificate; any
other, in plain text.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.helpers import create_ssl_context

from router.kafka.errors import map_errors


def secured(bootstrap: str) -> dict[str, Any]:
    """The client options for ``bootstrap``: the local broker's secured listeners get their TLS and user."""
    env = os.environ
    if bootstrap and bootstrap == env.get("KAFKA_SASL_BOOTSTRAP"):
        return {"security_protocol": "SASL_SSL", "ssl_context": create_ssl_context(cafile=env["KAFKA_CA_FILE"]),
                "sasl_mechanism": "SCRAM-SHA-512", "sasl_plain_username": env["KAFKA_SASL_USERNAME"],
                "sasl_plain_password": Path(env["KAFKA_SASL_PASSWORD_FILE"]).read_text().strip()}
    if bootstrap and bootstrap == env.get("KAFKA_SSL_BOOTSTRAP"):
        return {"security_protocol": "SSL", "ssl_context": create_ssl_context(
            cafile=env["KAFKA_CA_FILE"], certfile=env["KAFKA_CLIENT_CERT"], keyfile=env["KAFKA_CLIENT_KEY"])}
    return {}


@dataclass(frozen=True, slots=True)
class Message:
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp_ms: int
    topic: str = ""


async def produce_all(bootstrap: str, topic: str, items: Iterable[tuple[bytes | None, bytes]]) -> int:
    """Produce (key, value) pairs with an idempotent producer; returns how many were acknowledged."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=10, max_batch_size=512 * 1024,
        **secured(bootstrap),
    )
    await producer.start()
    try:
        futures = [await producer.send(topic, value, key=key) for key, value in items]
        await asyncio.gather(*futures)
        return len(futures)
    finally:
        await producer.stop()


async def end_offsets(bootstrap: str, topic: str) -> dict[int, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, **secured(bootstrap))
    await consumer.start()
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        if not parts:
            await consumer._client.force_metadata_update()  # first call may race the metadata fetch
            parts = consumer.partitions_for_topic(topic) or set()
        ends = await consumer.end_offsets([TopicPartition(topic, p) for p in parts])
        return {tp.partition: off for tp, off in ends.items()}
    finally:
        await consumer.stop()


async def read_topic(
    bootstrap: str, topic: str, expected: int, timeout_s: float = 60.0, counts: Callable[[Message], bool] | None = None
) -> list[Message]:
    """Read a topic from the beginning until ``expected`` records arrived (only those ``counts`` accepts, if
    given) or the time is up; returns every record read."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest",
        isolation_level="read_committed", **secured(bootstrap),
    )
    await consumer.start()
    out: list[Message] = []
    counted = 0
    deadline = time.monotonic() + timeout_s
    try:
        while counted < expected and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=200, max_records=10_000)
            for msgs in batches.values():
                new = [Message(m.partition, m.offset, m.key, m.value, m.timestamp, m.topic) for m in msgs]
                out += new
                counted += len(new) if counts is None else sum(1 for m in new if counts(m))
        return out
    finally:
        await consumer.stop()


class Tail:
    """Follow topics from their beginning, outside any consumer group (nothing committed): ``async with
    Tail(bootstrap, topics) as tail: batch = await tail.read()``."""

    def __init__(self, bootstrap: str, topics: Sequence[str], fetch_max_wait_ms: int = 100) -> None:
        self._consumer = AIOKafkaConsumer(*topics, bootstrap_servers=bootstrap, enable_auto_commit=False,
                                          auto_offset_reset="earliest", fetch_max_wait_ms=fetch_max_wait_ms,
                                          **secured(bootstrap))

    async def __aenter__(self) -> Tail:
        with map_errors("cannot follow topics"):
            await self._consumer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        with anyio.CancelScope(shield=True):  # stopping must finish even when the reader was cancelled
            await self._consumer.stop()

    async def read(self, timeout_s: float = 0.2, max_records: int = 5000) -> list[Message]:
        with map_errors("reading topics failed"):
            batches = await self._consumer.getmany(timeout_ms=int(timeout_s * 1000), max_records=max_records)
        return [Message(m.partition, m.offset, m.key, m.value, m.timestamp, m.topic)
                for msgs in batches.values() for m in msgs]


async def committed_offsets(bootstrap: str, group: str, topic: str) -> dict[int, int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **secured(bootstrap))
    await admin.start()
    try:
        got = await admin.list_consumer_group_offsets(group)
        return {tp.partition: om.offset for tp, om in got.items() if tp.topic == topic}
    finally:
        await admin.close()


async def wait_group_stable(bootstrap: str, group: str, members: int, timeout_s: float = 60.0) -> None:
    """Wait until the consumer group is Stable with ``members`` members (its partitions shared out)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **secured(bootstrap))
    await admin.start()
    try:
        deadline = time.monotonic() + timeout_s
        seen: tuple[str, int] = ("", 0)
        while time.monotonic() < deadline:
            (resp,) = await admin.describe_consumer_groups([group])
            _error, _gid, state, _ptype, _protocol, group_members, *_ = resp.groups[0]
            seen = (state, len(group_members))
            if seen == ("Stable", members):
                return
            await asyncio.sleep(0.2)
        raise TimeoutError(f"group {group} not Stable with {members} members after {timeout_s}s (last: {seen})")
    finally:
        await admin.close()
