"""Telling merchants a question lapsed: "YT… 确认已超时，未办理，如仍需办理请重新发送".

One keeper runs in every router process (``kefu-router run``). Each pass claims the questions past their time
(``ConfirmationStore.lapse``: one keeper claims each), produces one reply per question to the replies topic, and
only once Kafka has acknowledged marks them lapsed. A keeper that stops between the two leaves its claims to be
claimed again a minute later: the reply's id (``<question>:lapsed``) is the same whoever sends it, and so is the
reply to a "确认" read after its question's time (``lapse_notice``): of a keeper and a router that both tell one
merchant, the chat egress delivers whichever reaches it first, once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import anyio
from anyio.abc import TaskStatus

from router.confirm.model import APPROVAL_EXPIRED, EXPIRED, STAFF, ConfirmationStore, Pending
from router.contracts import Reply, encode
from router.errors import KefuError
from router.source import Sink

log = logging.getLogger("kefu.confirm")


async def keep_lapses(store: ConfirmationStore, sink: Sink, topic: str, interval_s: float,
                      clock: Callable[[], float] = time.time, keep_settled_s: float = 86400.0,
                      grace_s: float = 0.0, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
    """Run until cancelled (cancellation stops it between passes or while it waits on the store or Kafka). Each
    pass also forgets questions settled more than ``keep_settled_s`` ago: long enough for a redelivered "确认" to
    be answered as the first time, no longer than that with the merchant's words in it.

    A question lapses ``grace_s`` after its time: an answer is judged by when it was sent, and one sent in time
    may still wait in Kafka behind a backlog, to be read first."""
    task_status.started()
    while True:
        now = clock()
        try:
            await lapse_once(store, sink, topic, now, grace_s)
            await store.purge(now - keep_settled_s)
        except (KefuError, OSError) as e:  # the store or the broker is away: the next pass tries again
            log.warning("lapsed questions not told this pass: %s", e)
        await anyio.sleep(interval_s)


async def lapse_once(store: ConfirmationStore, sink: Sink, topic: str, now: float, grace_s: float = 0.0) -> int:
    """One pass; returns how many merchants were told."""
    due = await store.lapse(now, grace_s=grace_s)
    if not due:
        return 0
    records = [(topic, p.merchant.encode(), encode(lapse_notice(p))) for p in due]
    await (await sink.enqueue(records))
    await store.lapsed([p.id for p in due], now)
    return len(due)


def lapse_notice(p: Pending, answer: str = "") -> Reply:
    """"Question ``p`` lapsed" to its merchant, @ who was asked; ``answer``: the request of an answer that came too
    late, which this then answers (its ``request_id``). The id is the question's either way."""
    return Reply(id=f"{p.id}:lapsed", request_id=answer or p.request_id, merchant=p.merchant, group=p.group,
                 platform=p.platform, mention=[p.sender], outlet=p.outlet,
                 text=(APPROVAL_EXPIRED if p.approver == STAFF else EXPIRED).format(w="、".join(p.waybills)))
