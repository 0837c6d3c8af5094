"""Plain asyncio tasks and futures kept as a task group keeps its tasks, where anyio's cost shows.

An anyio task costs several times an asyncio task to start (its handle makes a cancel scope and an event each;
docs/performance.md), and an anyio Event looks the backend up when made. The hot paths that start a task
or wait for a wake-up per request or per carrier call (``handlers.customer_service._act_all``,
``router.carrier.batcher``, ``router.scheduler``) use these instead, with the same guarantees: no task outlives its
owner, and cancelling the owner cancels its tasks and waits for their clean-up.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection
from typing import Any

import anyio


async def settle(tasks: Collection[asyncio.Future[Any]]) -> None:
    """Cancel those not done and wait for all of them, even when the caller is cancelled meanwhile (their
    clean-up runs); their errors are retrieved, so none is reported as never retrieved."""
    pending = [t for t in tasks if not t.done()]
    for t in pending:
        t.cancel()
    if pending:
        with anyio.CancelScope(shield=True):
            await asyncio.wait(pending)
    for t in tasks:
        if not t.cancelled():
            t.exception()


def wake(fut: asyncio.Future[None]) -> bool:
    """Let a waiter go unless it is gone already (cancelled, or let go before); True if it was let go now."""
    if fut.done():
        return False
    fut.set_result(None)
    return True
