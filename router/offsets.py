"""Per-partition offset tracking: what may be committed, and what finished beyond the first unfinished record.

Kafka's committed offset says "everything below this is done". With concurrent handling, records finish out of
order, so the committable offset is the first received record that has not finished. Records that finished past
that gap are encoded into the commit's metadata string (as Confluent's Parallel Consumer does), so that after a
restart or rebalance they are skipped instead of handled again.

Metadata format ``kr1:<base>:<payload>``: ``base`` is the committed offset it was computed for, ``payload`` is
urlsafe-base64 of zlib-compressed unsigned varints ``gap, run, gap, run ...``: starting at ``base``, skip ``gap``
offsets that are not known finished, then ``run`` finished offsets. When the encoding exceeds the budget the tail
is dropped: those records are simply handled again (at-least-once), never wrongly skipped.
"""

from __future__ import annotations

import base64
import zlib
from collections import deque

PREFIX = "kr1"


def _varints(values: list[int]) -> bytes:
    out = bytearray()
    for value in values:
        rest = value
        while rest >= 0x80:
            out.append((rest & 0x7F) | 0x80)
            rest >>= 7
        out.append(rest)
    return bytes(out)


def _unvarints(data: bytes) -> list[int]:
    values: list[int] = []
    cur = shift = 0
    for b in data:
        cur |= (b & 0x7F) << shift
        if b & 0x80:
            shift += 7
            if shift > 63:
                raise ValueError("varint too long")
        else:
            values.append(cur)
            cur = shift = 0
    if shift:
        raise ValueError("truncated varint")
    return values


def _runs(base: int, finished: list[int]) -> list[int]:
    """``finished`` sorted, all > base. Returns the flat [gap, run, gap, run, ...] list."""
    runs: list[int] = []
    pos = base
    i = 0
    while i < len(finished):
        start = finished[i]
        j = i
        while j + 1 < len(finished) and finished[j + 1] == finished[j] + 1:
            j += 1
        runs += [start - pos, j - i + 1]
        pos = finished[j] + 1
        i = j + 1
    return runs


def _pack(base: int, runs: list[int]) -> str:
    payload = base64.urlsafe_b64encode(zlib.compress(_varints(runs), 6)).decode("ascii")
    return f"{PREFIX}:{base}:{payload}"


def encode_finished(base: int, finished: list[int], max_bytes: int) -> str:
    """Encode sorted finished offsets (> base) into at most ``max_bytes``; drops the tail to fit."""
    if not finished or max_bytes <= 0:
        return ""
    runs = _runs(base, finished)
    text = _pack(base, runs)
    if len(text) <= max_bytes:
        return text
    lo, hi = 0, len(runs) // 2  # number of (gap, run) pairs that fit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if len(_pack(base, runs[: 2 * mid])) <= max_bytes:
            lo = mid
        else:
            hi = mid - 1
    return _pack(base, runs[: 2 * lo]) if lo else ""


def decode_finished(metadata: str | None, committed: int) -> frozenset[int]:
    """The finished offsets recorded in ``metadata`` for the commit at ``committed``; empty when foreign or stale."""
    if not metadata or not metadata.startswith(PREFIX + ":"):
        return frozenset()
    try:
        _, base_text, payload = metadata.split(":", 2)
        if int(base_text) != committed:
            return frozenset()
        runs = _unvarints(zlib.decompress(base64.urlsafe_b64decode(payload), bufsize=1 << 16))
    except (ValueError, zlib.error):
        return frozenset()
    out: set[int] = set()
    pos = committed
    for gap, run in zip(runs[::2], runs[1::2], strict=False):
        pos += gap
        out.update(range(pos, pos + run))
        pos += run
    return frozenset(out)


class PartitionOffsets:
    """Received and finished offsets of one partition, for one assignment of it.

    Offsets are received in increasing order (Kafka's order within a partition) but may finish in any order.
    Not thread-safe; owned by the event loop. ``revoked`` is set when the partition is taken away, after which
    finishing is ignored: a new assignment gets a new tracker.
    """

    __slots__ = ("_finished", "_pending", "aside", "next_offset", "revoked", "skip")

    def __init__(self, skip: frozenset[int] = frozenset()) -> None:
        self._pending: deque[int] = deque()  # received, at or above the commit point, in offset order
        self._finished: set[int] = set()  # the subset of _pending that has finished
        # the subset of _pending set aside unhandled, to be fetched again (router.intake_shares); not finished, so
        # the commit point stays below them
        self.aside: set[int] = set()
        self.next_offset: int | None = None  # last received + 1
        self.skip = skip
        self.revoked = False

    def __repr__(self) -> str:
        return (
            f"<PartitionOffsets commit={self.commit_point()} pending={len(self._pending)} "
            f"finished_past_gap={len(self._finished)} revoked={self.revoked}>"
        )

    def receive(self, offset: int) -> bool:
        """Record arrival. False for a record at or below one already received (a re-fetch): drop it, unless it
        was set aside (``set_aside``): then it is taken now."""
        if self.next_offset is not None and offset < self.next_offset:
            if offset in self.aside:
                self.aside.discard(offset)
                return True
            return False
        self._pending.append(offset)
        self.next_offset = offset + 1
        return True

    def set_aside(self, offset: int) -> None:
        """A received record is not handled now: it stays unfinished until it is fetched and received again."""
        self.aside.add(offset)

    def finish(self, offset: int) -> None:
        if self.revoked:
            return
        self._finished.add(offset)
        pending, finished = self._pending, self._finished
        while pending and pending[0] in finished:
            finished.discard(pending.popleft())

    def commit_point(self) -> int | None:
        """The offset to commit: every record below it has finished. None before anything was received."""
        if self._pending:
            return self._pending[0]
        return self.next_offset

    @property
    def span(self) -> int:
        """Records received at or past the commit point (finished or not)."""
        point = self.commit_point()
        return 0 if point is None or self.next_offset is None else self.next_offset - point

    @property
    def unfinished(self) -> int:
        return len(self._pending) - len(self._finished)

    def metadata(self, max_bytes: int) -> str:
        point = self.commit_point()
        if point is None or not self._finished:
            return ""
        return encode_finished(point, sorted(self._finished), max_bytes)
