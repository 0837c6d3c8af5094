"""Acting on requests staff approved (a rule's mode ``approve``; router.staff.approvals settles them).

The staff desk runs beside the ticket follower, which has no carriers: an approval only marks the question
``approved`` in the confirmation store. One loop runs in every router process (``kefu-router run``); each pass
claims the approved questions (``ConfirmationStore.claim_approved``: one router claims each), acts on each as on a
merchant's "确认" (``act``: the service's, which decides by the rules as they are now, and whose carrier operation
is keyed by the request, so acting twice does nothing twice), produces what that yields, and only once Kafka has
acknowledged marks the question ``confirmed``. A router that stops between the two leaves its claims to be claimed
again a minute later; the replies' ids are the same whoever produces them, so the merchant hears the result once.

Ordering: an approved request is acted on outside its merchant's queue (it was held back, and the merchant's later
messages went on meanwhile); "不用" from the merchant before the approval settles the question first, and the
approval then finds nothing to approve. (The merchant's bare "不用" answers only the questions put to them; a
withdrawal naming the parcel, "YT1 不拦了", settles one held for staff.)
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence

import anyio
from anyio.abc import TaskStatus

from router.config import Settings
from router.confirm.model import ConfirmationStore, Pending
from router.contracts import Output, encode
from router.errors import KefuError
from router.handling import output_topics
from router.jobs import OutRecord
from router.source import Sink

log = logging.getLogger("kefu.confirm")

Act = Callable[[Pending], Awaitable[Sequence[OutRecord]]]


def as_records(settings: Settings, act: Callable[[Pending], Awaitable[Sequence[Output]]]) -> Act:
    """``act`` (the service's ``act_approved``) yielding records: each output to its topic, keyed by the question's
    merchant, as the router writes a request's."""
    topics = output_topics(settings)

    async def records(p: Pending) -> list[OutRecord]:
        return [(topics[type(o)], p.merchant.encode(), encode(o)) for o in await act(p)]
    return records


async def keep_approved(store: ConfirmationStore, act: Act, sink: Sink, interval_s: float,
                        clock: Callable[[], float] = time.time, *,
                        task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """Run until cancelled (cancellation stops it between passes, or while it acts, waits on the store or Kafka:
    what it claimed is then claimed again later)."""
    task_status.started()
    while True:
        try:
            await act_once(store, act, sink, clock())
        except (KefuError, OSError) as e:  # the store or the broker is away: the next pass tries again
            log.warning("approved requests not acted on this pass: %s", e)
        await anyio.sleep(interval_s)


_PER_PASS = 20  # questions claimed a pass: each is marked done as soon as its outputs are on Kafka


async def act_once(store: ConfirmationStore, act: Act, sink: Sink, now: float) -> int:
    """One pass; returns how many approved questions were acted on. Each is marked acted on as soon as Kafka has
    what it yielded, so that a slow pass leaves few claims to time out and be taken by another router."""
    done = 0
    for p in await store.claim_approved(now, limit=_PER_PASS):
        try:
            records = await act(p)
        except Exception as e:  # a handler bug: the others still go; this one is claimed again later
            log.error("acting on approved question failed: %s", type(e).__name__)
            continue
        if records:
            await (await sink.enqueue(list(records)))
        await store.acted([p.id], now)
        done += 1
    return done
