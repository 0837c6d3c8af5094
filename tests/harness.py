"""Test harnesses: the same router tests run on the in-memory broker and on the real Apache Kafka."""

from __future__ import annotations

import os
import random
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Protocol

import anyio

from kefu_dev import kafka_tools as kafkatools
from kefu_dev.chat_sim import WEBHOOK_HOSTS
from router.config import Settings, isolated, load_settings
from router.contracts import MerchantRequest, Output, Reply
from router.dispatcher import Dispatcher
from router.outlets import CrossingError
from router.registry import Handler, Prepared
from router.testing import MemoryBroker, MemorySink, MemorySource


def broker_env() -> dict[str, str]:
    """How the system under test reaches the suite's broker: over its SASL_SSL listener as the router's SCRAM
    user when deploy/local/with-kafka.sh started it (the test's own tools use the tools user: kafka_tools)."""
    sasl = os.environ.get("KAFKA_SASL_BOOTSTRAP")
    if not sasl:
        return {"KAFKA_BOOTSTRAP": os.environ.get("KAFKA_BOOTSTRAP", "127.0.0.1:29092")}
    return {"KAFKA_BOOTSTRAP": sasl, "KEFU_KAFKA__SECURITY_PROTOCOL": "SASL_SSL",
            "KEFU_KAFKA__SASL_USERNAME": "kefu-router",
            "KEFU_KAFKA__SASL_PASSWORD": f"file:{os.environ['KAFKA_USERS_DIR']}/kefu-router",
            "KEFU_KAFKA__SSL_CAFILE": os.environ["KAFKA_CA_FILE"]}


def fresh_settings(**sections: dict[str, object]) -> Settings:
    """Settings with topics and group unique to this test."""
    base = load_settings(env=broker_env())
    base = isolated(base, "", chat={"webhook_hosts": WEBHOOK_HOSTS})  # robots are the local chat simulator's
    return isolated(base, f"t{uuid.uuid4().hex[:10]}", **sections)


class Harness(Protocol):
    settings: Settings

    async def setup(self) -> None: ...
    async def produce(self, items: Sequence[tuple[bytes | None, bytes]]) -> None: ...
    def running(self, handler: Handler) -> AbstractAsyncContextManager[Dispatcher]: ...
    async def read(self, topic: str, expected: int, timeout_s: float = 30.0) -> list[tuple[bytes | None, bytes]]: ...
    async def committed(self) -> dict[int, int]: ...
    async def end_offsets(self) -> dict[int, int]: ...


class MemoryHarness:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.broker = MemoryBroker()

    async def setup(self) -> None:
        self.broker.create_topic(self.settings.topics.requests, self.settings.topics.partitions)

    async def produce(self, items: Sequence[tuple[bytes | None, bytes]]) -> None:
        for key, value in items:
            self.broker.produce(self.settings.topics.requests, key, value)

    @asynccontextmanager
    async def running(self, handler: Handler) -> AsyncIterator[Dispatcher]:
        source = MemorySource(self.broker, self.settings.topics.requests, self.settings.kafka.group_id)
        router = Dispatcher(self.settings, source, MemorySink(self.broker), handler)
        async with anyio.create_task_group() as tg:
            await tg.start(router.run)
            yield router
            router.request_stop()

    async def read(self, topic: str, expected: int, timeout_s: float = 30.0) -> list[tuple[bytes | None, bytes]]:
        with anyio.move_on_after(timeout_s):
            while len(self.broker.records(topic) if topic in self.broker.partitions else []) < expected:
                await anyio.sleep(0.01)
        recs = self.broker.records(topic) if topic in self.broker.partitions else []
        return [(r.key, r.value or b"") for r in recs]

    async def committed(self) -> dict[int, int]:
        g = self.settings.kafka.group_id
        return {tp[1]: c.offset for (grp, tp), c in self.broker.commits.items() if grp == g}

    async def end_offsets(self) -> dict[int, int]:
        return {p: n for (_, p), n in self.broker.end_offsets(self.settings.topics.requests).items()}


class KafkaHarness:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.bootstrap = settings.kafka.bootstrap

    async def setup(self) -> None:
        from router.kafka import ensure_topics

        await ensure_topics(self.settings)

    async def produce(self, items: Sequence[tuple[bytes | None, bytes]]) -> None:
        await kafkatools.produce_all(self.bootstrap, self.settings.topics.requests, items)

    @asynccontextmanager
    async def running(self, handler: Handler) -> AsyncIterator[Dispatcher]:
        from router.kafka import KafkaSink, KafkaSource

        async with KafkaSink(self.settings) as sink:
            router = Dispatcher(self.settings, KafkaSource(self.settings), sink, handler)
            async with anyio.create_task_group() as tg:
                await tg.start(router.run)
                yield router
                router.request_stop()

    async def read(self, topic: str, expected: int, timeout_s: float = 30.0) -> list[tuple[bytes | None, bytes]]:
        msgs = await kafkatools.read_topic(self.bootstrap, topic, expected, timeout_s)
        return [(m.key, m.value or b"") for m in msgs]

    async def committed(self) -> dict[int, int]:
        return await kafkatools.committed_offsets(
            self.bootstrap, self.settings.kafka.group_id, self.settings.topics.requests
        )

    async def end_offsets(self) -> dict[int, int]:
        return await kafkatools.end_offsets(self.bootstrap, self.settings.topics.requests)


class ScriptedHandler:
    """Replies with the request id; can block, fail or stall on chosen request ids."""

    def __init__(
        self,
        block: set[str] | None = None,
        fail: set[str] | None = None,
        stall: set[str] | None = None,
        delay_s: float = 0.0,
        stubborn: set[str] | None = None,
        refuse: set[str] | None = None,
    ) -> None:
        self.refuse = refuse or set()  # refused as crossing outlets or merchants (router.outlets.CrossingError)
        self.block = block or set()
        self.stubborn = stubborn or set()
        self.fail = fail or set()
        self.stall = stall or set()
        self.delay_s = delay_s
        self.released = anyio.Event()
        self.calls: list[str] = []

    async def handle(self, request: MerchantRequest) -> Sequence[Output]:
        self.calls.append(request.id)
        if request.id in self.block:
            await self.released.wait()
        if request.id in self.stall:
            await anyio.sleep_forever()
        if request.id in self.fail:
            raise RuntimeError("scripted failure")
        if request.id in self.refuse:
            raise CrossingError("group_merchant_mismatch", f"group {request.group!r} speaks for another merchant")
        if request.id in self.stubborn:
            try:
                await anyio.sleep(3600)
            except anyio.get_cancelled_exc_class():
                pass  # a handler that swallows cancellation (bad practice, but handlers are third-party code)
        if self.delay_s:
            await anyio.sleep(self.delay_s)
        return [
            Reply(
                id=f"{request.id}:r", request_id=request.id, merchant=request.merchant, group=request.group,
                platform=request.platform, mention=[request.sender], text=request.id,
            )
        ]


class LanedHandler(ScriptedHandler):
    """Replies with the request id after a delay drawn per request, so a merchant's later requests often finish
    first; names each request's lanes from its sequence number (``lane_of``; None: the request runs alone) and
    records every handling's start and end as a step of one counter, to check overlaps afterwards."""

    def __init__(self, lane_of: Callable[[int], str | None], max_delay_s: float = 0.01, seed: int = 0) -> None:
        super().__init__()
        self.lane_of = lane_of
        self._rng = random.Random(seed)
        self.max_delay_s = max_delay_s
        self.asked: list[str] = []
        self.spans: dict[str, tuple[int, int]] = {}  # request id -> (start step, end step)
        self._step = 0

    def prepare(self, request: MerchantRequest) -> Prepared:
        self.asked.append(request.id)
        lane = self.lane_of(int(request.id.rsplit("-", 1)[1]))
        return Prepared(None if lane is None else frozenset({lane}), kept=request.id)

    async def handle(self, request: MerchantRequest, prepared: Prepared | None = None) -> Sequence[Output]:
        if prepared is not None:
            assert prepared.kept == request.id  # what prepare read comes back with its own request
        self._step += 1
        start = self._step
        await anyio.sleep(self._rng.random() * self.max_delay_s)
        out = await super().handle(request)
        self._step += 1
        self.spans[request.id] = (start, self._step)
        return out


class FirstHandler(LanedHandler):
    """A laned handler whose ``first`` merchants go first (router.registry.Prioritised): every request a lane of its
    own, each handled after ``delay_s``."""

    def __init__(self, first: set[str], delay_s: float) -> None:
        super().__init__(lambda seq: f"w{seq}", max_delay_s=0.0)
        self.delay_s = delay_s
        self.vip = first

    prioritised = True

    def first(self, request: MerchantRequest) -> bool:
        return request.merchant in self.vip


class OutletsHandler(LanedHandler):
    """A laned handler of a network: each request's outlet is ``outlet_of_merchant`` of its merchant, and the
    requests in ``block`` wait for ``released``."""

    def __init__(self, outlet_of_merchant: Callable[[str], str], block: set[str]) -> None:
        super().__init__(lambda seq: f"w{seq}")  # every request a lane of its own: only outlets hold them back
        self.block = block
        self._outlet_of_merchant = outlet_of_merchant

    several = True

    def outlet_of(self, request: MerchantRequest) -> str | None:
        return self._outlet_of_merchant(request.merchant)

