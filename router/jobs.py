"""A record on its way through the router, and what the router's parts share about it."""

from __future__ import annotations

import enum
from collections.abc import Iterator

import msgspec

from router.contracts import MerchantRequest
from router.offsets import PartitionOffsets
from router.registry import Prepared
from router.scheduler import Lanes
from router.source import TP, Record

OutRecord = tuple[str, bytes | None, bytes]


class _Unset(enum.Enum):
    UNSET = enum.auto()


UNSET = _Unset.UNSET


class Job(msgspec.Struct, gc=False, eq=False):
    """A record on its way through the scheduler. Untracked by the cyclic collector, like ``Record``: the only
    way back to it is a neighbour's ``prev``/``next``, and the hand-over clears both."""

    record: Record
    offsets: PartitionOffsets
    tp: TP
    key: bytes | None
    size: int
    started: float = 0.0  # perf_counter when handling began
    received: float = 0.0  # when the merchant's message was received (epoch seconds), once decoded
    timed_out: bool = False  # the watchdog cancelled the handler
    # Concurrency within a merchant (laned handlers only): the request decoded early to name its lanes, and
    # the merchant's previous job, whose outputs must reach the producer first.
    request: MerchantRequest | None = None
    prepared: Prepared | None = None  # what the handler read from the request for its lanes, for its handling
    share: str | None = None  # whose share of the slots and the intake it takes (its outlet), read at intake
    first: bool = False  # its sender goes first (a VIP merchant), read at intake
    lanes: Lanes | _Unset | None = UNSET
    prev: Job | None = None  # the merchant's previous job, while its outputs are not with the producer
    enqueued: bool = False  # this job's outputs are with the producer (or never will be)
    lost: bool = False  # ... never will be: dropped or cancelled, as its partition is revoked or the router stops
    next: Job | None = None  # the merchant's next job, when it finished handling before this one handed over
    pending: tuple[list[OutRecord], str] | None = None  # handled outputs and outcome, waiting for ``prev``


def backoff() -> Iterator[float]:
    """Retry delays: 0.1 s, doubling, at most 5 s, without end (a broker outage lasts as long as it lasts)."""
    delay = 0.1
    while True:
        yield delay
        delay = min(delay * 2, 5.0)
