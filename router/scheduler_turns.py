"""The pool's slice of each turn of the event loop, for ``router.scheduler``'s workers.

Work that never suspends would run back to back in one turn and hold off the loop's I/O, so once this turn's jobs
have run for ``_TURN_SLICE_S`` the workers park and come back a few per later turn. A parked worker holds no job:
``abandon`` and ``interrupt`` pass it by, and one let go but cancelled before it ran lets another go in its place.
The state is ``KeyedScheduler``'s (set up in its ``__init__``); this holds the decisions over it, and ``_let_go``,
how any waiting worker (parked here, or idle for the ready line) is let go.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque

from router.tasks import wake

# Work that never suspends gets at most this much of one turn of the event loop before the loop's I/O has its
# turn (see ``KeyedScheduler._worker``); parked workers come back a few per turn.
_TURN_SLICE_S = 0.020
_UNPARK_PER_TURN = 8


class TurnSlices:
    """Parks workers while the loop is owed a turn; mixed into ``KeyedScheduler``, whose ``__init__`` sets the
    state."""

    _turn_marked: bool
    _turn_started: float
    _owed: bool
    _parked: deque[asyncio.Future[None]]

    # Work that never suspends runs back to back in one turn of the event loop, and the loop's I/O (the
    # producer's sends and acknowledgements, fetches, commits, heartbeats) waits for the next turn. A yield every
    # 8 jobs per worker let one turn run 512 workers x 8 jobs: a no-op backlog's replies reached the broker in
    # bursts with gaps of 240-360 ms. The slice is the pool's instead: once this turn's jobs have run for it,
    # workers park until a later turn and come back a few per turn (one keeps a core busy with such work).
    # A callback scheduled at the turn's first job start tells when the next turn has come.

    def _starting(self, loop: asyncio.AbstractEventLoop) -> None:
        if not self._turn_marked:
            self._mark(loop)
        elif time.perf_counter() - self._turn_started >= _TURN_SLICE_S:
            self._owed = True

    def _mark(self, loop: asyncio.AbstractEventLoop) -> None:
        self._turn_marked = True
        self._turn_started = time.perf_counter()
        loop.call_soon(self._turned, loop)  # runs in the next turn, after the I/O that is ready now

    def _turned(self, loop: asyncio.AbstractEventLoop) -> None:
        self._turn_marked = False
        self._owed = False
        _let_go(self._parked, _UNPARK_PER_TURN)
        if self._parked:  # the rest in later turns, even if no job starts meanwhile to mark one
            self._mark(loop)

    async def _park(self, loop: asyncio.AbstractEventLoop) -> None:
        """Wait for a later turn of the loop. Holds no job, so ``abandon`` and ``interrupt`` pass it by."""
        fut: asyncio.Future[None] = loop.create_future()
        self._parked.append(fut)
        assert self._turn_marked, "workers park only while owed, and a turn is marked whenever it is owed"
        try:
            await fut
        except BaseException:
            if fut.done() and not fut.cancelled():  # let go, then cancelled before it ran: let another go
                _let_go(self._parked, 1)
            raise


def _let_go(waiters: deque[asyncio.Future[None]], n: int) -> None:
    """Let the first ``n`` workers still waiting go. A worker cancelled while it waited has left its future
    behind, cancelled: it is passed over."""
    while n and waiters:
        if wake(waiters.popleft()):
            n -= 1
