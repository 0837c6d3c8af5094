"""The ticket follower's contract, run on the in-memory broker (tests/unit) and on Apache Kafka
(tests/integration): a carrier's result reaches the merchant once, whatever is delivered twice; bad records go
to the dead letters and the rest goes on; everything handled is committed."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Protocol

import anyio

from router.config import Settings
from router.contracts import DeadLetter, HumanReply, Reply, decode_as, encode
from router.kafka import KafkaSink, ensure_topics
from router.kafka import tools as kafkatools
from router.source import MemoryBroker, MemorySink, MemorySource, Sink, Source
from router.tickets.follower import Follower
from router.tickets.store import open_store
from tests.store_contract import event, ticket


class FollowerHarness(Protocol):
    settings: Settings

    async def setup(self) -> None: ...
    async def produce(self, topic: str, key: bytes, value: bytes) -> None: ...
    def source(self) -> Source | None: ...  # None: the follower's own consumer
    def sink(self) -> AbstractAsyncContextManager[Sink]: ...
    async def read(self, topic: str, expected: int, timeout_s: float = 20.0) -> list[bytes]: ...
    async def committed(self, topic: str) -> dict[int, int]: ...
    async def end_offsets(self, topic: str) -> dict[int, int]: ...


class MemoryFollowerHarness:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.broker = MemoryBroker()

    async def setup(self) -> None:
        t = self.settings.topics
        for topic in (t.tickets, t.carrier_events, t.human_replies, t.activity, t.replies, t.dlq, t.human):
            self.broker.create_topic(topic, 2)

    async def produce(self, topic: str, key: bytes, value: bytes) -> None:
        self.broker.produce(topic, key, value)

    def source(self) -> Source | None:
        t = self.settings.topics
        return MemorySource(self.broker, [t.tickets, t.carrier_events, t.human_replies, t.activity],
                            self.settings.tickets.group_id)

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
                if group == self.settings.tickets.group_id and tp[0] == topic}

    async def end_offsets(self, topic: str) -> dict[int, int]:
        return {tp[1]: n for tp, n in self.broker.end_offsets(topic).items()}


class KafkaFollowerHarness:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.bootstrap = settings.kafka.bootstrap

    async def setup(self) -> None:
        await ensure_topics(self.settings)

    async def produce(self, topic: str, key: bytes, value: bytes) -> None:
        await kafkatools.produce_all(self.bootstrap, topic, [(key, value)])

    def source(self) -> Source | None:
        return None

    @asynccontextmanager
    async def sink(self) -> AsyncIterator[Sink]:
        async with KafkaSink(self.settings) as sink:
            yield sink

    async def read(self, topic: str, expected: int, timeout_s: float = 20.0) -> list[bytes]:
        return [m.value or b"" for m in await kafkatools.read_topic(self.bootstrap, topic, expected, timeout_s)]

    async def committed(self, topic: str) -> dict[int, int]:
        return await kafkatools.committed_offsets(self.bootstrap, self.settings.tickets.group_id, topic)

    async def end_offsets(self, topic: str) -> dict[int, int]:
        return await kafkatools.end_offsets(self.bootstrap, topic)


class FollowerContract:
    make: Callable[[Settings], FollowerHarness]
    settings: Callable[[], Settings]

    async def _all_committed(self, h: FollowerHarness, *topics: str) -> None:
        with anyio.fail_after(20):
            while True:
                ends = {t: {p: n for p, n in (await h.end_offsets(t)).items() if n} for t in topics}
                got = {t: {p: n for p, n in (await h.committed(t)).items() if p in ends[t]} for t in topics}
                if got == ends:
                    return
                await anyio.sleep(0.05)

    async def _following(self, h: FollowerHarness, tmp_path: Path, until: Callable[[], Awaitable[None]]) -> None:
        store = await open_store(f"sqlite:///{tmp_path / 'tickets.db'}")
        try:
            async with h.sink() as sink, anyio.create_task_group() as tg:
                await tg.start(Follower(h.settings, store, sink, source=h.source()).run)
                await until()
                tg.cancel_scope.cancel()
        finally:
            await store.close()

    async def test_a_result_reaches_the_merchant_once_though_delivered_twice(self, tmp_path: Path) -> None:
        h = self.make(self.settings())
        await h.setup()
        t = h.settings.topics
        await h.produce(t.tickets, b"m1", encode(ticket(1)))
        await h.produce(t.carrier_events, b"W1", encode(event(1, "ev1")))

        async def told() -> None:
            await h.read(t.replies, 1)
            await self._all_committed(h, t.tickets, t.carrier_events)

        await self._following(h, tmp_path, told)
        # the carrier posts its result again (and our receiver publishes it again): nobody is told twice
        await h.produce(t.carrier_events, b"W1", encode(event(1, "ev1")))
        await self._following(h, tmp_path, lambda: self._all_committed(h, t.carrier_events))
        replies = [decode_as(v, Reply) for v in await h.read(t.replies, 2, timeout_s=1.0)]
        assert [(r.id, r.group, r.text) for r in replies] == [
            ("r1:intercept:W1:result", "g-m1", "W1 拦截成功，包裹将退回")]

    async def test_bad_records_go_to_the_dead_letters_and_the_rest_goes_on(self, tmp_path: Path) -> None:
        h = self.make(self.settings())
        await h.setup()
        t = h.settings.topics
        await h.produce(t.human_replies, b"m1", b'{"not": "an answer"')
        answer = HumanReply(id="h1", merchant="m1", group="g-m1", platform="demo", text="已核实，请取件")
        await h.produce(t.human_replies, b"m1", encode(answer))

        async def relayed() -> None:
            await h.read(t.replies, 1)
            await h.read(t.dlq, 1)
            await self._all_committed(h, t.human_replies)

        await self._following(h, tmp_path, relayed)
        (reply,) = [decode_as(v, Reply) for v in await h.read(t.replies, 1)]
        (letter,) = [decode_as(v, DeadLetter) for v in await h.read(t.dlq, 1)]
        assert (reply.group, reply.text) == ("g-m1", "已核实，请取件")
        assert (letter.reason, letter.topic) == ("undecodable", t.human_replies)

