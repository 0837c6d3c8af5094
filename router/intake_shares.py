"""Each outlet's share of the intake: records of an outlet over its share are set aside and fetched again later.

The buffer's watermarks bound memory for the router as a whole, and a partition's for each partition; both are
shared by every outlet whose merchants the partition carries. An outlet whose carrier is down, or whose merchants
surge past what its carrier account lets through, would fill them alone and pause every other outlet's
merchants with its own. So an outlet (``Job.share``) holds at most ``backpressure.max_records_per_outlet``
buffered records. A record of an outlet at its share is set aside: received but neither handled nor finished
(``PartitionOffsets.set_aside``), so the commit point stays below it and a restart or a rebalance reads it
again. Once half the outlet's share is free, each partition it set records aside in is fetched again from the
first record set aside there (``Source.rewind``); the records taken already are passed over as re-fetches, the
ones set aside are taken in their order, or set aside again if the outlet is still full.

Order: once a record is set aside in a partition, every later record there of its outlet, and of its merchant
(its key: a merchant's group may move to another outlet meanwhile), is set aside too until the partition is
fetched again, so a merchant's later request never overtakes an earlier one (a merchant's records are all in one
partition). Other outlets' records in the partition are not held back: they are passed over when the partition
is fetched again.

What it costs, and its bound: the commit point stays below the first record set aside while the other outlets'
records go on, so the partition's span of records received past its commit point grows, and what finished past
it is kept in the commit metadata only as far as its budget goes (a restart handles the rest again). So a
partition with records set aside pauses once its span reaches ``backpressure.max_span_aside`` (``held``), and
resumes at half of it: past that, one outlet's backlog holds its partition's other outlets, as before shares.

Owned by the intake (router/intake.py) on the event loop; ``forget`` on a revocation, since the next owner of a
partition reads it from its commit point.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from router.metrics import RouterMetrics
from router.offsets import PartitionOffsets
from router.source import TP


class IntakeShares:
    def __init__(self, max_records: int, buffered_of: Callable[[str], int],
                 rewind: Callable[[TP, int], bool], metrics: RouterMetrics, max_span: int = 30_000) -> None:
        """``max_records``: an outlet's share of the buffer; ``buffered_of``: an outlet's records buffered now;
        ``rewind``: fetch a partition again from an offset (False: it is no longer assigned); ``max_span``: see
        ``held``."""
        if max_records < 2:
            raise ValueError("an outlet's share of the intake must be at least 2 records")
        self.max_records = max_records
        self.max_span = max_span
        self._buffered_of = buffered_of
        self._rewind = rewind
        self.metrics = metrics
        self._aside: dict[TP, set[str]] = {}  # the outlets that set records aside in each partition
        self._keys: dict[TP, set[bytes | None]] = {}  # ... and the merchants
        self._held: set[TP] = set()

    def __repr__(self) -> str:
        return f"<IntakeShares max_records={self.max_records} partitions_with_records_aside={len(self._aside)}>"

    def admit(self, tp: TP, offsets: PartitionOffsets, offset: int, key: bytes | None, share: str | None) -> bool:
        """Whether a record just received is to be handled now; False: it was set aside, to be fetched again."""
        outlets = self._aside.get(tp)
        full = share is not None and ((outlets is not None and share in outlets)
                                      or self._buffered_of(share) >= self.max_records)
        if not full and (outlets is None or key not in self._keys[tp]):  # (nothing aside here: nearly always)
            return True
        if outlets is None:
            outlets = self._aside[tp] = set()
            self._keys[tp] = set()
        offsets.set_aside(offset)
        self._keys[tp].add(key)
        if full:
            assert share is not None
            outlets.add(share)
        label = "unknown" if share is None or not share.isprintable() else share  # (the share of unknown groups)
        self.metrics.set_aside(label).inc()
        return False

    def fetch_again(self, offsets: dict[TP, PartitionOffsets]) -> None:
        """Fetch again each partition where an outlet with half its share free set records aside (after a fetch's
        records were all received: the partition is read from there on, so nothing later of it may be taken
        first)."""
        if not self._aside:
            return
        low = self.max_records // 2
        for tp, outlets in list(self._aside.items()):
            if outlets and not any(self._buffered_of(o) <= low for o in outlets):
                continue
            tracked = offsets.get(tp)
            if tracked is not None and tracked.aside and not self._rewind(tp, min(tracked.aside)):
                continue  # no longer assigned: forgotten at its revocation
            # every outlet's and merchant's records there are read again, each admitted or set aside anew
            del self._aside[tp], self._keys[tp]
            self.metrics.fetched_again.inc()
        self._count()

    def held(self, offsets: dict[TP, PartitionOffsets]) -> set[TP]:
        """The partitions to pause for the span of their records set aside: from ``max_span`` records received
        past the commit point until half of that, or until the partition is fetched again (its records aside
        can only be taken, and the commit point move, if it is read)."""
        for tp in list(self._held):
            tracked = offsets.get(tp)
            if tp not in self._aside or tracked is None or tracked.span <= self.max_span // 2:
                self._held.discard(tp)
        for tp in self._aside:
            tracked = offsets.get(tp)
            if tracked is not None and tracked.aside and tracked.span >= self.max_span:
                self._held.add(tp)
        return self._held

    def forget(self, tps: Iterable[TP]) -> None:
        """Partitions taken away: their next owner reads them from the commit point, records set aside and all."""
        for tp in tps:
            self._aside.pop(tp, None)
            self._keys.pop(tp, None)
            self._held.discard(tp)
        self._count()

    def _count(self) -> None:
        self.metrics.outlets_over_share.set(len({o for outlets in self._aside.values() for o in outlets}))
