"""An in-memory broker behind the ``Source`` and ``Sink`` interfaces (router.source), for tests: topics as lists,
one consumer group's commits, a member that can be rebalanced at will. The router, the chat egress and the ticket
follower run on it unchanged (tests/router_contract.py, tests/egress_contract.py, tests/follower_contract.py run
the same tests on it and on Apache Kafka)."""

from __future__ import annotations

import asyncio
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import anyio
import anyio.lowlevel

from router.source import TP, AssignmentListener, Committed, Record


@dataclass
class MemoryBroker:
    """Topics as lists, one consumer group's commits, and a Source/Sink pair over them."""

    partitions: dict[str, int] = field(default_factory=dict)
    logs: dict[TP, list[Record]] = field(default_factory=lambda: defaultdict(list))
    commits: dict[tuple[str, TP], Committed] = field(default_factory=dict)
    _arrived: anyio.Event = field(default_factory=anyio.Event)

    def create_topic(self, topic: str, partitions: int) -> None:
        self.partitions[topic] = partitions

    def produce(self, topic: str, key: bytes | None, value: bytes | None, partition: int | None = None) -> Record:
        n = self.partitions[topic]
        p = partition if partition is not None else (zlib.crc32(key) % n if key is not None else 0)
        log = self.logs[(topic, p)]
        rec = Record(topic, p, len(log), key, value)
        log.append(rec)
        self._arrived.set()
        self._arrived = anyio.Event()
        return rec

    def records(self, topic: str) -> list[Record]:
        return [r for (t, _), log in sorted(self.logs.items()) if t == topic for r in log]

    def end_offsets(self, topic: str) -> dict[TP, int]:
        return {(topic, p): len(self.logs[(topic, p)]) for p in range(self.partitions[topic])}

    async def wait_arrival(self, timeout_s: float) -> None:
        with anyio.move_on_after(timeout_s):
            await self._arrived.wait()


class MemorySource:
    """A single group member over MemoryBroker topics (one, or several). ``rebalance`` simulates a group
    rebalance.

    ``assign_delay_s`` reproduces a real consumer's race: fetching of newly assigned partitions starts
    before the listener's ``on_assigned`` has returned.
    """

    def __init__(self, broker: MemoryBroker, topic: str | Sequence[str], group: str = "g",
                 assign_delay_s: float = 0.0) -> None:
        self.broker, self.group = broker, group
        self.topics = [topic] if isinstance(topic, str) else list(topic)
        self.assign_delay_s = assign_delay_s
        self._listener: AssignmentListener | None = None
        self._assigned: set[TP] = set()
        self._paused: set[TP] = set()
        self._position: dict[TP, int] = {}
        self.commit_calls = 0

    async def start(self, listener: AssignmentListener) -> None:
        self._listener = listener
        await self.rebalance({(t, p) for t in self.topics for p in range(self.broker.partitions[t])})

    async def stop(self) -> None:
        self._assigned.clear()

    async def rebalance(self, new_assignment: set[TP]) -> None:
        assert self._listener is not None
        if self._assigned:
            await self._listener.on_revoked(set(self._assigned))
        self._assigned = set(new_assignment)
        self._paused &= self._assigned
        committed = {
            tp: c for tp in self._assigned if (c := self.broker.commits.get((self.group, tp))) is not None
        }
        for tp in self._assigned:
            self._position[tp] = committed[tp].offset if tp in committed else 0
        if self.assign_delay_s:
            await anyio.sleep(self.assign_delay_s)
        await self._listener.on_assigned(set(self._assigned), committed)

    async def fetch(self, max_records: int, timeout_s: float) -> list[Record]:
        await anyio.lowlevel.checkpoint()  # like a network call, always a checkpoint
        for attempt in range(2):
            out: list[Record] = []
            for tp in sorted(self._assigned - self._paused):
                log = self.broker.logs[tp]
                pos = self._position[tp]
                take = log[pos : pos + max_records - len(out)]
                out += take
                self._position[tp] = pos + len(take)
                if len(out) >= max_records:
                    break
            if out or attempt:
                return out
            await self.broker.wait_arrival(timeout_s)
        return []

    async def end_offsets(self, tps: Iterable[TP]) -> dict[TP, int]:
        return {tp: len(self.broker.logs[tp]) for tp in tps if tp in self._assigned}

    def pause(self, tps: Iterable[TP]) -> None:
        self._paused |= set(tps) & self._assigned

    def resume(self, tps: Iterable[TP]) -> None:
        self._paused -= set(tps)

    def assignment(self) -> set[TP]:
        return set(self._assigned)

    def rewind(self, tp: TP, offset: int) -> bool:
        if tp not in self._assigned:
            return False
        self._position[tp] = offset
        return True

    async def commit(self, offsets: Mapping[TP, Committed]) -> None:
        self.commit_calls += 1
        for tp, c in offsets.items():
            if tp in self._assigned:
                self.broker.commits[(self.group, tp)] = c


class MemorySink:
    """Appends outputs to a MemoryBroker; ``delay`` simulates the broker's acknowledgement time."""

    def __init__(self, broker: MemoryBroker, delay_s: float = 0.0) -> None:
        self.broker, self.delay_s = broker, delay_s

    async def enqueue(self, records: Sequence[tuple[str, bytes | None, bytes]]) -> asyncio.Future[Any]:
        for topic, key, value in records:
            if topic not in self.broker.partitions:
                self.broker.create_topic(topic, 1)
            self.broker.produce(topic, key, value)
        loop = asyncio.get_running_loop()
        acked: asyncio.Future[Any] = loop.create_future()
        loop.call_later(self.delay_s, acked.set_result, None)
        return acked

    async def flush(self) -> None:
        return None
