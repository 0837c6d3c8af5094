"""Topics on the in-memory broker or on Apache Kafka, as a consumer group under test sees them: for the contract
tests that run one consumer's logic on both (tests/follower_contract.py, tests/egress_contract.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Protocol

import anyio

from kefu_dev import kafka_tools as kafkatools
from router.config import Settings
from router.kafka import KafkaSink, ensure_topics
from router.source import Sink, Source
from router.testing import MemoryBroker, MemorySink, MemorySource


class TopicsHarness(Protocol):
    """Topics on one broker, and a consumer group's view of them (``group``: the consumer's under test)."""

    settings: Settings
    group: str

    async def setup(self) -> None: ...
    async def produce(self, topic: str, key: bytes, value: bytes) -> None: ...
    def source(self, topics: list[str]) -> Source | None: ...  # None: the consumer's own on Kafka
    def sink(self) -> AbstractAsyncContextManager[Sink]: ...
    async def read(self, topic: str, expected: int, timeout_s: float = 20.0) -> list[bytes]: ...
    async def committed(self, topic: str) -> dict[int, int]: ...
    async def end_offsets(self, topic: str) -> dict[int, int]: ...


class MemoryTopics:
    def __init__(self, settings: Settings, group: str) -> None:
        self.settings, self.group = settings, group
        self.broker = MemoryBroker()

    async def setup(self) -> None:
        t = self.settings.topics
        for topic in (t.tickets, t.carrier_events, t.human_replies, t.activity, t.replies, t.dlq, t.human,
                      t.staff_messages):
            self.broker.create_topic(topic, 2)

    async def produce(self, topic: str, key: bytes, value: bytes) -> None:
        self.broker.produce(topic, key, value)

    def source(self, topics: list[str]) -> Source | None:
        return MemorySource(self.broker, topics, self.group)

    @asynccontextmanager
    async def sink(self) -> AsyncIterator[Sink]:
        yield MemorySink(self.broker)

    async def read(self, topic: str, expected: int, timeout_s: float = 20.0) -> list[bytes]:
        with anyio.move_on_after(timeout_s):
            while len(self.broker.records(topic)) < expected:
                await anyio.sleep(0.01)
        return [r.value or b"" for r in self.broker.records(topic)]

    async def committed(self, topic: str) -> dict[int, int]:
        return {tp[1]: c.offset for (group, tp), c in self.broker.commits.items()
                if group == self.group and tp[0] == topic}

    async def end_offsets(self, topic: str) -> dict[int, int]:
        return {tp[1]: n for tp, n in self.broker.end_offsets(topic).items()}


class KafkaTopics:
    def __init__(self, settings: Settings, group: str) -> None:
        self.settings, self.group = settings, group
        self.bootstrap = settings.kafka.bootstrap

    async def setup(self) -> None:
        await ensure_topics(self.settings)

    async def produce(self, topic: str, key: bytes, value: bytes) -> None:
        await kafkatools.produce_all(self.bootstrap, topic, [(key, value)])

    def source(self, topics: list[str]) -> Source | None:
        return None

    @asynccontextmanager
    async def sink(self) -> AsyncIterator[Sink]:
        async with KafkaSink(self.settings) as sink:
            yield sink

    async def read(self, topic: str, expected: int, timeout_s: float = 20.0) -> list[bytes]:
        return [m.value or b"" for m in await kafkatools.read_topic(self.bootstrap, topic, expected, timeout_s)]

    async def committed(self, topic: str) -> dict[int, int]:
        return await kafkatools.committed_offsets(self.bootstrap, self.group, topic)

    async def end_offsets(self, topic: str) -> dict[int, int]:
        return await kafkatools.end_offsets(self.bootstrap, topic)


async def all_committed(h: TopicsHarness, *topics: str) -> None:
    """Wait until the group has committed every record of ``topics``."""
    with anyio.fail_after(20):
        while True:
            ends = {t: {p: n for p, n in (await h.end_offsets(t)).items() if n} for t in topics}
            got = {t: {p: n for p, n in (await h.committed(t)).items() if p in ends[t]} for t in topics}
            if got == ends:
                return
            await anyio.sleep(0.05)
