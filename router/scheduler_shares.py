"""Share slots for ``router.scheduler``: the jobs of one share (for the router, one outlet of a network) hold at
most ``max_per_share`` of the pool's slots at once.

A key whose next job's share is full waits aside, in order, until one of that share's jobs returns from ``work``;
the other shares' keys go on meanwhile. A later job of the key passes one held back by its share only as it may
pass a running one (lanes disjoint), so the key's order is the scheduler's. A key offered a freed slot takes it or
passes it on, so a slot is not lost to a key that cannot use it (a revoked partition's, one whose next job is of
another share). The state is ``KeyedScheduler``'s (set up in its ``__init__``); this holds the decisions over it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic

from router.scheduler_keys import _LOOKAHEAD, J, Lanes, _KeyQueue


class ShareSlots(Generic[J]):
    """Which job of a key its share lets start, and the keys waiting for a share; mixed into ``KeyedScheduler``,
    whose ``__init__`` sets the state."""

    max_per_key: int
    max_per_share: int
    _lanes: Callable[[J], Lanes | None] | None
    _share: Callable[[J], str | None] | None
    _share_running: dict[str, int]
    _share_waiting: dict[str, deque[_KeyQueue[J]]]
    _picked_share: str | None
    _blocked_share: str | None
    _first: Callable[[J], bool] | None

    if TYPE_CHECKING:
        def _offer(self, q: _KeyQueue[J]) -> None: ...  # (KeyedScheduler's: the ready line)

    def _runnable_in_share(self, q: _KeyQueue[J]) -> int | None:
        """As ``_runnable``, and a job whose share is full does not start either: later jobs may pass it as they
        may pass a running one (lanes disjoint from its). The share of the job found is left in ``_picked_share``,
        the first full share met in ``_blocked_share``."""
        assert self._share is not None
        self._picked_share = self._blocked_share = None
        if not q.jobs or q.serial or q.running >= self.max_per_key:
            return None
        taken = set(q.held)
        for i in range(min(len(q.jobs), _LOOKAHEAD)):
            job = q.jobs[i]
            if q.running or i or self._lanes is not None:
                lanes = self._lanes(job) if self._lanes is not None else None
                if lanes is None:
                    return None if q.running or i else self._first_alone(q, job)
                if not taken.isdisjoint(lanes):
                    taken.update(lanes)
                    continue
            else:
                lanes = frozenset()
            share = self._share(job)
            if share is not None and self._share_running.get(share, 0) >= self.max_per_share:
                self._blocked_share = self._blocked_share or share
                taken.update(lanes)
                if self._lanes is None:
                    return None  # one at a time: nothing passes it
                continue
            self._picked_share = share
            return i
        return None

    def _first_alone(self, q: _KeyQueue[J], job: J) -> int | None:
        """``job``, first of an idle key, that runs alone (no lanes): it starts if its share has room."""
        share = self._share(job) if self._share is not None else None
        if share is not None and self._share_running.get(share, 0) >= self.max_per_share:
            self._blocked_share = share
            return None
        self._picked_share = share
        return 0

    def _share_returned(self, share: str) -> None:
        n = self._share_running[share] - 1
        if n:
            self._share_running[share] = n
        else:
            del self._share_running[share]
        self._wake_share(share)

    def _set_aside(self, q: _KeyQueue[J], share: str, first: bool) -> None:
        """``q`` waits for a slot of ``share`` (``first``: at the head, a key that was offered one and lost it)."""
        q.ready = True  # (in no line but this one: nothing else offers it meanwhile)
        waiting = self._share_waiting.setdefault(share, deque())
        # a key that was offered a slot and lost it, or whose next job goes first (a VIP's), waits at the head
        if first or (self._first is not None and bool(q.jobs) and self._first(q.jobs[0])):
            waiting.appendleft(q)
        else:
            waiting.append(q)

    def _wake_share(self, share: str) -> None:
        """Offer the first key waiting for ``share`` that may still run, if the share has a slot free; it takes
        the slot, or passes it on when a worker finds it cannot (a revoked partition's key, a job of another
        share first)."""
        if self._share_running.get(share, 0) >= self.max_per_share:
            return
        waiting = self._share_waiting.get(share)
        while waiting:
            q = waiting.popleft()
            q.ready = False
            q.woken_for = share
            self._offer(q)
            if q.ready:
                break
            q.woken_for = None
        if waiting is not None and not waiting:
            del self._share_waiting[share]
