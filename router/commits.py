"""Commits, lag and hot keys: what finished in each partition committed every ``commit.interval_s``, and sooner once
``commit.max_records`` records finished since the last commit (``finished`` counts them), with the records finished
past the first unfinished one in the commit metadata (router/offsets.py).

A failed commit (commonly mid-rebalance) is counted and tried again at the next interval. Lag is measured with a
request to the broker for the partitions' end offsets, every ``LAG_INTERVAL_S``; the hot-key gauges every 30 s.
One commit runs at a time (the loop, a revocation and the final drain may ask at once).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

import anyio

from router.config import Settings
from router.errors import CommitError
from router.metrics import HOT_RANKS, RouterMetrics
from router.offsets import PartitionOffsets
from router.source import TP, Committed, Source

log = logging.getLogger("kefu.router")

LAG_INTERVAL_S = 5.0  # lag is measured with a ListOffsets request to the broker: not every commit


class Commits:
    def __init__(self, settings: Settings, source: Source, offsets: dict[TP, PartitionOffsets],
                 metrics: RouterMetrics) -> None:
        self.settings = settings
        self._source = source
        self._offsets = offsets  # the assigned partitions' (the router's)
        self.metrics = metrics
        self.last: dict[TP, Committed] = {}  # each partition's last commit, known or made
        self._lock = anyio.Lock()
        self._max_records = settings.commit.max_records or None
        self._since = 0  # records finished since the last commit began
        self._due = anyio.Event()  # set when _since reached commit.max_records

    def finished(self) -> None:
        """A record finished (its outputs acknowledged): counted towards an early commit."""
        self._since += 1
        if self._max_records is not None and self._since >= self._max_records:
            self._due.set()

    async def commit(self, tps: Iterable[TP]) -> bool:
        """Commit what finished in ``tps`` where it moved; False when the group refused."""
        async with self._lock:
            budget = self.settings.commit.metadata_max_bytes
            todo: dict[TP, Committed] = {}
            for tp in tps:
                offsets = self._offsets.get(tp)
                point = offsets.commit_point() if offsets is not None else None
                if offsets is None or point is None:
                    continue
                c = Committed(point, offsets.metadata(budget))
                if self.last.get(tp) != c:
                    todo[tp] = c
            if not todo:
                return True
            try:
                await self._source.commit(todo)
            except CommitError as e:
                self.metrics.commits.labels("failed").inc()
                log.warning("commit of %d partitions failed: %s", len(todo), e)
                return False
            self.last.update(todo)
            self.metrics.commits.labels("ok").inc()
            return True

    async def run(self, key_counts: Callable[[], dict[bytes | None, int]], ready: Callable[[], bool]) -> None:
        """Commit, and look at lag and hot keys, until cancelled."""
        interval = self.settings.commit.interval_s
        # (on the clock, not per commit: early commits come as often as records finish)
        lag_at, hot_at = time.monotonic() + max(interval, LAG_INTERVAL_S), time.monotonic() + max(interval, 30.0)
        # early commits at most ten a second: a commit's cost grows with the records finished past its gap
        spacing = min(interval / 10, 0.1)
        last = time.monotonic()
        while True:
            with anyio.move_on_after(interval):
                await self._due.wait()
                await anyio.sleep(max(0.0, last + spacing - time.monotonic()))
            last = time.monotonic()
            self._since = 0
            if self._due.is_set():
                self._due = anyio.Event()
            await self.commit(list(self._offsets))
            now = time.monotonic()
            if now >= lag_at:
                lag_at = now + max(interval, LAG_INTERVAL_S)
                await self._observe_lag(ready)
            if now >= hot_at:
                hot_at = now + max(interval, 30.0)
                self._observe_hot_keys(key_counts())

    async def _observe_lag(self, ready: Callable[[], bool]) -> None:
        m = self.metrics
        ends = await self._source.end_offsets(list(self._offsets))
        for tp, offsets in list(self._offsets.items()):
            hw = ends.get(tp)
            if hw is None:
                continue
            last = self.last.get(tp)
            committed = last.offset if last is not None else 0  # no commit yet: the group starts at the beginning
            # nothing received yet (paused from the start, or quiet): the consumer stands at the committed offset
            received = offsets.next_offset if offsets.next_offset is not None else committed
            part = str(tp[1])
            m.consumer_lag.labels(part).set(max(0, hw - received))
            m.commit_lag.labels(part).set(max(0, hw - committed))
        m.ready.set(1 if ready() else 0)

    def _observe_hot_keys(self, counts: dict[bytes | None, int]) -> None:
        total = sum(counts.values())
        top = sorted(counts.values(), reverse=True)[:HOT_RANKS]
        for rank in range(HOT_RANKS):
            share = top[rank] / total if rank < len(top) and total else 0.0
            self.metrics.hot_keys.labels(str(rank + 1)).set(share)
