"""Replies the egress does not send to their group, written elsewhere in their stead: nothing disappears silently.

Which replies go to no robot is decided here (``refusal_of``): none to another merchant's group or across outlets,
none to a group without a webhook or with one outside ``chat.webhook_hosts``. A reply that cannot be delivered at
all goes to the dead-letter topic with the reason; a reply a dead gateway had begun sending without writing down
its outcome (in doubt) goes to a person, on the human topic, since the platform may already have shown it. Either
record is written, retried with backoff for as long as the broker is away, before the reply's offset is finished:
a crash meanwhile reads the reply again (at-least-once), and a partition revoked meanwhile is its new owner's to
hand on, so its offset is left alone. The offsets and the ledger are the egress's own, shared: it adds and drops
partitions, this finishes offsets in them.
"""

from __future__ import annotations

import logging
from collections.abc import Container, Mapping, Sequence

import anyio

from router.chat.ledger import DeliveryLedger
from router.chat.metrics import ChatMetrics
from router.chat.robots import render
from router.chat.webhooks import refusal
from router.config import ChatGroup, Settings, StaffGroup
from router.contracts import Escalation, Reply, encode
from router.deadletters import dead_letter
from router.offsets import PartitionOffsets
from router.outlets import Network
from router.source import TP, Sink

log = logging.getLogger("kefu.chat.egress")  # (the egress's own log: these are its replies)


def refusal_of(reply: Reply, network: Network, groups: Mapping[str, ChatGroup | StaffGroup], robots: Container[str],
               hosts: Mapping[str, Sequence[str]]) -> tuple[str, str] | None:
    """Why ``reply`` goes to no robot (a dead letter's reason and detail), or None. ``groups``: the robots' bindings;
    ``robots``: the groups already sending (their webhooks were checked before their first message)."""
    crossing = network.check_delivery(reply.outlet, reply.merchant, reply.group)
    if crossing is not None:  # never to another merchant's group, never across outlets
        return crossing, f"reply for group {reply.group!r} refused: {crossing}"
    binding = groups.get(reply.group)
    if binding is None or not binding.webhook:
        return "no_robot", f"group {reply.group!r} has no robot webhook"
    if reply.group not in robots and (why := refusal(binding.platform, binding.webhook, hosts)) is not None:
        # (a group from a file or the store, checked before its first message; never the URL: it holds a key)
        return "webhook_not_allowed", f"group {reply.group!r}: {why}"
    return None


class Diversions:
    """Writes dead letters and replies in doubt for the egress, then lets their offsets be committed."""

    def __init__(self, settings: Settings, sink: Sink, metrics: ChatMetrics, offsets: dict[TP, PartitionOffsets],
                 ledger: DeliveryLedger) -> None:
        self._settings = settings
        self._chat = settings.chat
        self._sink = sink
        self.metrics = metrics
        self._offsets = offsets  # (the egress's: partitions assigned, and their offsets)
        self._ledger = ledger

    def __repr__(self) -> str:
        return f"<Diversions partitions={len(self._offsets)}>"

    async def dead(self, tp: TP, offset: int, value: bytes | None, reason: str, detail: str) -> None:
        """Hand an undeliverable reply to the dead-letter topic, then let its offset be committed."""
        letter = dead_letter(reason, detail, topic=tp[0], partition=tp[1], offset=offset, key=None, value=value)
        await self._hand_on(tp, offset, self._settings.topics.dlq, None, encode(letter), "dead letter")
        self.metrics.dead.labels(reason).inc()

    async def in_doubt(self, tp: TP, offset: int, reply: Reply) -> None:
        """A gateway died while sending ``reply``: the platform may have shown it, so a person looks (the group's
        history tells) and says it again if it is missing; the merchant never sees it twice. (A staff desk's post
        in doubt is let go: staff see their own group, and a task about it would be posted there again.)"""
        if not reply.merchant:
            po = self._offsets.get(tp)
            if po is not None:
                po.finish(offset)
            self._ledger.memory[reply.id] = None
            self.metrics.in_doubt.inc()
            log.warning("a staff group post may have been sent by a gateway that died: not sent again")
            return
        task = Escalation(
            id=f"doubt-{reply.id}", request_id=reply.request_id, merchant=reply.merchant, group=reply.group,
            reason="reply_in_doubt", text=render(reply), outlet=reply.outlet, platform=reply.platform,
            sender=reply.mention[0] if reply.mention else "",
            detail={"reply_id": reply.id, "platform": reply.platform,
                    "why": "a chat gateway stopped while sending this reply: check the group, send it if missing"})
        await self._hand_on(tp, offset, self._settings.topics.human, reply.merchant.encode(), encode(task),
                            "reply in doubt")
        self._ledger.memory[reply.id] = None  # (a further copy is one of it: not handed on twice)
        self.metrics.in_doubt.inc()
        log.warning("a reply to group %s may have been sent by a gateway that died: handed to a person", reply.group)

    async def _hand_on(self, tp: TP, offset: int, topic: str, key: bytes | None, value: bytes, what: str) -> None:
        """Write a record in a reply's stead, retrying while the broker is away, then let its offset be
        committed."""
        delay = self._chat.retry_base_s
        while True:
            try:
                await (await self._sink.enqueue([(topic, key, value)]))
                break
            except Exception as e:  # the broker is away: keep the offset uncommitted and try again
                log.warning("%s not written (%s); retrying", what, type(e).__name__)
                await anyio.sleep(delay)
                delay = min(delay * 2, self._chat.retry_max_s)
        po = self._offsets.get(tp)
        if po is not None:  # not revoked meanwhile (the new owner would write it again)
            po.finish(offset)
