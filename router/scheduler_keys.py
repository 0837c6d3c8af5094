"""A key's queue in ``router.scheduler``: its queued jobs, in submission order, and what its running jobs hold.

``KeyedScheduler`` keeps one per ``(topic, partition, key)``. The order its docstring states is decided over this
state: a job of a key starts only when its lanes are disjoint from those held by the key's running jobs and by
every earlier job still queued, and a running job with unknown lanes (``serial``) holds back the rest of its key.
Both the scheduler and its share slots (``router.scheduler_shares``) read it, so it lives below both, with what a
job must offer to be scheduled (``Schedulable``).
"""

from __future__ import annotations

from collections import deque
from typing import Generic, Protocol, TypeVar

from router.source import TP

_LOOKAHEAD = 64  # queued jobs of one key examined for one that may run beside those running

Lanes = frozenset[str]


class Schedulable(Protocol):
    @property
    def tp(self) -> TP: ...
    @property
    def key(self) -> bytes | None: ...
    @property
    def size(self) -> int: ...


J = TypeVar("J", bound=Schedulable)


class _KeyQueue(Generic[J]):
    """One key's queued jobs (in submission order) and what its running jobs hold."""

    __slots__ = ("dead", "held", "jobs", "key", "ready", "running", "serial", "tp", "woken_for")
    # ready: in the scheduler's ready line, or waiting aside for its share's slots (offered again from there)

    def __init__(self, tp: TP, key: bytes | None) -> None:
        self.tp = tp
        self.key = key
        self.jobs: deque[J] = deque()
        self.running = 0  # jobs of this key in their ordered phase
        self.held: dict[str, int] = {}  # lane -> running jobs holding it
        self.serial = False  # a running job has unknown lanes: nothing else of the key may run
        self.ready = False  # in the scheduler's ready line
        self.dead = False
        self.woken_for: str | None = None  # offered because this share had a slot free: it must use it or pass it

