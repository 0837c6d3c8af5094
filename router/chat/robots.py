"""A group's robots and the replies waiting for them, and how the next message is composed from that queue.

The egress (``router.chat.egress``) keeps one ``Robot`` per group it is sending to: the group's binding, its robots
(``Hook``: one, or a staff group's several, each with its own pacer) and its queue of replies, in the order they
were read. Composing looks at the head of the queue and says what the next message holds and how many queued
replies it completes, but takes nothing off the queue: the egress does, once the platform accepted the message,
so a message that failed is composed again from the same head (a long reply's pieces are cut once, kept on it).
"""

from __future__ import annotations

from collections import deque

import anyio

from router.chat.pacing import Pacer, split_text, take_lines, utf8_len
from router.config import ChatGroup, StaffGroup
from router.contracts import Reply
from router.source import TP

_SCAN = 200  # replies looked at when composing one message (a message holds far fewer)


class _Pending:
    __slots__ = ("line", "offset", "parts", "queued_at", "reply", "sent_parts", "tp")

    def __init__(self, reply: Reply, line: str, tp: TP, offset: int, queued_at: float) -> None:
        self.reply, self.line, self.tp, self.offset, self.queued_at = reply, line, tp, offset, queued_at
        self.parts: list[str] | None = None  # a reply longer than one message, in pieces
        self.sent_parts = 0


class Hook:
    """One robot of a group: where it posts, its signing secret, its own sending budget."""

    __slots__ = ("pacer", "secret", "webhook")

    def __init__(self, webhook: str, secret: str, pacer: Pacer) -> None:
        self.webhook, self.secret, self.pacer = webhook, secret, pacer

    def __repr__(self) -> str:  # (never the webhook's key)
        return f"<Hook {self.pacer!r}>"


class Robot:
    """One group's robots (one, or a staff group's several): its binding, its queue and their pacers. Messages go
    out one at a time, in order, each through whichever robot may send soonest."""

    def __init__(self, group: str, binding: ChatGroup | StaffGroup, hooks: list[Hook], tp: TP) -> None:
        self.group, self.binding, self.hooks = group, binding, hooks
        self.tp = tp  # the partition its replies come from (a group's replies are keyed by its merchant)
        self.queue: deque[_Pending] = deque()
        self.busy = False
        self.sent = 0
        self.sending: anyio.Event | None = None  # set once the message on its way is answered and written down
        self.in_flight = 0  # the queued replies (from the head) that message carries
        self.taken: set[str] = set()  # of those, the ones another gateway announced first (outcome "taken")

    def __repr__(self) -> str:
        return f"<Robot {self.binding.platform} group={self.group} queued={len(self.queue)} {self.hooks!r}>"

    @property
    def full(self) -> bool:
        """Every robot of the group has used its window."""
        return all(h.pacer.full for h in self.hooks)

    def next_hook(self) -> Hook:
        """The robot that may send soonest (the first of those that may send now)."""
        return min(self.hooks, key=lambda h: h.pacer.wait_s())


def render(reply: Reply) -> str:
    """One reply as a line of a group message: who it is for, then the text."""
    who = " ".join(f"@{m}" for m in reply.mention)
    return f"{who} {reply.text}" if who else reply.text


def compose(robot: Robot, limit: int) -> tuple[str, list[str], int]:
    """The next message for ``robot``, of at most ``limit`` bytes: content, mentions, and how many queued replies
    it completes."""
    head = robot.queue[0]
    if head.parts is not None or utf8_len(head.line) > limit:
        if head.parts is None:
            head.parts = split_text(head.line, limit)
        last = head.sent_parts + 1 == len(head.parts)
        mentions = list(head.reply.mention) if head.sent_parts == 0 else []  # the first piece carries the @
        return head.parts[head.sent_parts], mentions, 1 if last else 0
    lines: list[str] = []
    for i, p in enumerate(robot.queue):
        if i == _SCAN or utf8_len(p.line) > limit:
            break
        lines.append(p.line)
    n = take_lines(lines, limit)
    mentions = list(dict.fromkeys(m for i in range(n) for m in robot.queue[i].reply.mention))
    return "\n".join(lines[:n]), mentions, n
