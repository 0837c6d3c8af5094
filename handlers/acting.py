"""Acting on one message's requests at once: the customer service (``handlers.customer_service``) runs the
requests it carries out, and those a "确认" confirmed (``handlers.confirm_flow``), through ``act_all``.

Its own module so that both of them use it and neither imports the other for it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from handlers.base import Outcome
from router.parsing.parser import ParsedRequest
from router.tasks import settle


async def act_all(acts: list[Callable[[], Awaitable[Outcome]]], parsed: list[ParsedRequest]) -> list[Outcome]:
    """The outcomes of one message's requests, in the message's order. Requests about different waybills act at
    once (the parser makes one request per carrier and command: "ZTO1 YT1 拦截" is two): one after another, a
    message naming three parcels of three carriers would wait for three carrier round trips (docs/performance.md).
    When two of them name the same waybill, they act in the message's order. If one fails, the others are
    cancelled and the error is the request's (the router dead-letters it).

    Structured like a task group: each request acts in a task that never outlives this call (awaited, or
    cancelled and awaited), and cancelling the caller cancels them all. Plain asyncio tasks (``router.tasks``),
    which cost less to start than anyio's."""
    if len(acts) <= 1:  # most messages ask one thing
        return [await act() for act in acts]
    named = [w for p in parsed for w in p.waybills]
    if len(named) != len(set(named)):  # a request's own waybills are distinct: a repeat is shared by two
        return [await act() for act in acts]
    tasks: list[asyncio.Future[Outcome]] = []
    try:
        tasks.extend(asyncio.ensure_future(act()) for act in acts)  # inside: none is left behind if one fails
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for t in tasks:  # the first failure in the message's order is the request's
            if t.done() and not t.cancelled() and (e := t.exception()) is not None:
                raise e
        return [t.result() for t in tasks]
    finally:
        await settle(tasks)  # the caller may be cancelled itself: still wait for them
