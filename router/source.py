"""Narrow interfaces between the router and its transport, and an in-memory implementation for unit tests.

The router sees a ``Source`` of records with consumer-group semantics (assignment, pause, commit) and a
``Sink`` that returns once an output is durably acknowledged. ``router.kafka`` implements both on
Apache Kafka; ``router.testing`` in memory, for fast, deterministic tests of every consumer. The same router
code runs on either.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import msgspec

TP = tuple[str, int]


class Record(msgspec.Struct, frozen=True, gc=False):
    """One consumed record. Not tracked by the cyclic collector (it holds only strings, bytes and ints): the
    router buffers up to ``backpressure.high_records`` of them, and tracked ones were walked by every young
    collection."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp_ms: int = 0

    @property
    def tp(self) -> TP:
        return (self.topic, self.partition)

    @property
    def size(self) -> int:
        return len(self.value or b"") + len(self.key or b"")


@dataclass(slots=True, frozen=True)
class Committed:
    offset: int
    metadata: str = ""


class AssignmentListener(Protocol):
    async def on_revoked(self, tps: set[TP]) -> None:
        """Called before partitions are taken away; commit what finished for them before returning."""

    async def on_assigned(self, tps: set[TP], committed: Mapping[TP, Committed]) -> None:
        """Called with new partitions and their last commit (absent when the group never committed)."""


class Source(Protocol):
    async def start(self, listener: AssignmentListener) -> None: ...
    async def stop(self) -> None: ...
    async def fetch(self, max_records: int, timeout_s: float) -> list[Record]:
        """Records of assigned, unpaused partitions, each partition's in offset order. May return [].
        Raises TransportError when the broker could not be read (the caller tries again)."""
    def pause(self, tps: Iterable[TP]) -> None: ...
    def resume(self, tps: Iterable[TP]) -> None: ...
    def assignment(self) -> set[TP]: ...
    async def end_offsets(self, tps: Iterable[TP]) -> dict[TP, int]:
        """The partitions' end offsets, asked of the broker (paused partitions too: their fetches stop)."""
        ...

    def rewind(self, tp: TP, offset: int) -> bool:
        """Fetch ``tp`` again from ``offset``. False when the partition is no longer assigned."""
    async def commit(self, offsets: Mapping[TP, Committed]) -> None:
        """Commit offsets; raises router.errors.CommitError when the group refuses (e.g. mid-rebalance)."""


class Sink(Protocol):
    async def enqueue(self, records: Sequence[tuple[str, bytes | None, bytes]]) -> asyncio.Future[Any]:
        """Hand (topic, key, value) records to the producer, in order; return once they are queued.

        Records queued by one call are delivered after those of every earlier call (same partition). The
        returned future resolves when the broker acknowledged all of them (acks=all), or fails with the
        broker's error; this call raises router.errors.TransportError. A future rather than a coroutine, so
        that completion can be a done-callback: no task has to wait for it.
        """

    async def flush(self) -> None: ...
