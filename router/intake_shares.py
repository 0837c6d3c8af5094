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

Order: once an outlet sets a record aside in a partition, every later record of that outlet there is set aside
too, until the partition is fetched again, so a merchant's later request never overtakes an earlier one (a
merchant's records are all in one partition). Other outlets' records in the partition are not held back: they
are passed over when the partition is fetched again.

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
                 rewind: Callable[[TP, int], bool], metrics: RouterMetrics) -> None:
        """``max_records``: an outlet's share of the buffer; ``buffered_of``: an outlet's records buffered now;
        ``rewind``: fetch a partition again from an offset (False: it is no longer assigned)."""
        if max_records < 2:
            raise ValueError("an outlet's share of the intake must be at least 2 records")
        self.max_records = max_records
        self._buffered_of = buffered_of
        self._rewind = rewind
        self.metrics = metrics
        self._aside: dict[TP, set[str]] = {}  # the outlets that set records aside in each partition

    def __repr__(self) -> str:
        return f"<IntakeShares max_records={self.max_records} partitions_with_records_aside={len(self._aside)}>"

    def admit(self, tp: TP, offsets: PartitionOffsets, offset: int, share: str | None) -> bool:
        """Whether a record just received is to be handled now; False: it was set aside, to be fetched again."""
        if share is None:
            return True
        outlets = self._aside.get(tp)
        if (outlets is None or share not in outlets) and self._buffered_of(share) < self.max_records:
            return True
        offsets.set_aside(offset)
        if outlets is None:
            outlets = self._aside[tp] = set()
        outlets.add(share)
        self.metrics.set_aside(share if share.isprintable() else "unknown").inc()  # (the share of unknown groups)
        return False

    def fetch_again(self, offsets: dict[TP, PartitionOffsets]) -> None:
        """Fetch again each partition where an outlet with half its share free set records aside (after a fetch's
        records were all received: the partition is read from there on, so nothing later of it may be taken
        first)."""
        if not self._aside:
            return
        low = self.max_records // 2
        for tp, outlets in list(self._aside.items()):
            if not any(self._buffered_of(o) <= low for o in outlets):
                continue
            del self._aside[tp]  # every outlet's records there are read again, each admitted or set aside anew
            tracked = offsets.get(tp)
            if tracked is not None and tracked.aside and self._rewind(tp, min(tracked.aside)):
                self.metrics.fetched_again.inc()
        self.metrics.outlets_over_share.set(len({o for outlets in self._aside.values() for o in outlets}))

    def forget(self, tps: Iterable[TP]) -> None:
        """Partitions taken away: their next owner reads them from the commit point, records set aside and all."""
        for tp in tps:
            self._aside.pop(tp, None)
        self.metrics.outlets_over_share.set(len({o for outlets in self._aside.values() for o in outlets}))
