"""The staff desk: what the bot could not do reaches the outlet's staff group (待人工处理群), and what staff answer
there reaches the merchant.

- An escalation (the human topic: a request the bot handed on, an overdue ticket, a reply in doubt) becomes a
  task with a short handle (``#K7Q2``, ``handles``), kept in the store (``tasks``), and is posted once to its
  outlet's staff group with everything a person needs (``posts``). The post's reply id comes from the escalation,
  so a redelivered escalation posts nothing new (the chat egress sends a reply id once).
- A task not answered within ``tickets.staff_answer_s`` is reminded of in its staff group, once (``remind``, from
  the follower's deadline loop).
- A staff group's message (the staff-messages topic, from the chat gateway) that names a handle, written after it
  or quote-replying the bot's post: ``#K7Q2 <answer>`` goes to the merchant's group @ the merchant who asked (a
  ``HumanReply`` the follower relays, with its checks; a ticket it answers is closed), ``#K7Q2 跟进 <text>``
  goes too and leaves the task open, ``#K7Q2 认领`` claims it, ``#K7Q2 转 <name>`` hands it on. Each is confirmed
  in the staff group. A message from someone who is not the outlet's registered staff, or naming a handle the
  outlet does not have, changes nothing and is told so; a message naming no handle is staff talking, left alone.
- A task that asks for approval (a rule's mode ``approve``) is answered ``#K7Q2 同意`` or ``#K7Q2 拒绝 <原因>``
  (``approvals``); ``#K7Q2 跟进 <text>`` asks the merchant something first.

The desk is the follower's (it reads these topics with the follower's consumer, and its outputs go out and are
committed with the follower's batch): at-least-once, every output keyed by an id made from its input, so a
redelivered batch repeats no message to anyone.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from typing import Final

from prometheus_client import CollectorRegistry, Counter

from router.config import Settings, StaffGroup, StaffMember
from router.confirm.model import ConfirmationStore
from router.contracts import Escalation, HumanReply, Platform, Reply, StaffMessage, encode, platform_of
from router.outlets import DEFAULT_OUTLET, Network, Outlet
from router.staff import approvals, posts
from router.staff.handles import ALPHABET, find_handle
from router.staff.tasks import Task, Tasks

log = logging.getLogger("kefu.staff")

OutRecord = tuple[str, bytes | None, bytes]
# "#K7Q2 转 李四", "#K7Q2 转给李四", "#K7Q2 转交给 李四"
_HAND_ON: Final = re.compile(r"(?:转交给?|转给|转)\s*(\S{1,32})\s*")
_CLAIM: Final = re.compile(r"(?:我来?)?认领(?:了|一下)?[!！。.]*|我来(?:处理|跟进)?[!！。.]*")
_FOLLOW: Final = re.compile(r"跟进\s*[:：，,]?\s*")
_FOLLOWING: Final = re.compile(r"(?:中|了|一下)?[!！。.]*")  # "跟进中": taken on, nothing to say yet
_LEAD: Final = " \t\n\u3000:：，,。-—"
_MENTIONS: Final = re.compile(r"\s*(?:@\S+\s+)*")
_HANDLE_WITHIN: Final = 40  # where a handle is looked for: first thing, after the @mentions
_TEXT_MAX: Final = 4000  # of a staff message, read at all (an answer is at most 2,000 characters)
_SEVERAL: Final = "*"
_ANSWER_MAX: Final = 2000
# A WeCom quote-reply: the quoted message, a rule line, the reply (router.parsing.quotes reads merchants' quotes).
_RULE: Final = re.compile(r"(?m)^[ \t\u3000]*(?:[-—–_=─━][ \t\u3000]*){3,}$")
_BRACKETED: Final = re.compile(r"\s*[「『“]([^「」『』“”]{1,2400})[」』”]")
_POSTED: Final = re.compile(r"[#＃]([" + ALPHABET + r"]{4,8}) 【待人工】")


class DeskMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        r = self.registry = registry or CollectorRegistry()
        self.tasks = Counter("kefu_staff_tasks", "Escalations taken as staff tasks, by outcome (posted: to a staff "
                             "group; unposted: the outlet has no staff group robot)", ["outcome"], registry=r)
        self.messages = Counter("kefu_staff_messages", "Staff group messages, by what they did", ["outcome"],
                                registry=r)


class Desk:
    def __init__(self, settings: Settings, tasks: Tasks, network: Callable[[], Network],
                 metrics: DeskMetrics | None = None, clock: Callable[[], float] = time.time,
                 confirmations: ConfirmationStore | None = None) -> None:
        """``network``: the outlets as they are now (they change while the follower runs); ``confirmations``: where
        requests waiting for staff approval are kept (None: approvals cannot be given here, and staff are told)."""
        self._clock = clock
        self._confirmations = confirmations
        self._settings = settings
        self.tasks = tasks
        self._network = network
        self.metrics = metrics or DeskMetrics()

    def __repr__(self) -> str:
        return f"<Desk {self.tasks!r}>"

    # -- escalations -------------------------------------------------------------------------------------------

    async def escalated(self, e: Escalation) -> list[OutRecord]:
        """Open ``e``'s task and post it to its outlet's staff group (again when ``e`` is read again: the same
        reply id, which the egress sends once)."""
        network = self._network()
        oid = e.outlet or network.outlet_of_group(e.group) or DEFAULT_OUTLET
        outlet = network.outlets.get(oid)
        robot = _staff_robot(outlet) if outlet is not None else None
        stale = e.created_at.timestamp() < self._clock() - self._settings.tickets.staff_post_within_s
        task = await self.tasks.open(e, oid, robot[0] if robot is not None and not stale else "")
        if robot is None or stale or not task.staff_group:
            self.metrics.tasks.labels("stale" if stale else "unposted").inc()
            if not stale:
                log.warning("no staff group robot in outlet %r: task #%s is kept, not posted", oid, task.handle)
            return []
        self.metrics.tasks.labels("posted").inc()
        due = task.opened_at + self._settings.tickets.staff_answer_s
        text = posts.task_post(task.handle, e, due)
        return [staff_post(self._settings, network, oid, robot[0], robot[1], f"{e.id}:staff", e.request_id, text)]

    async def remind(self, now: float) -> list[OutRecord]:
        """Tasks past their answer time, not answered: reminded of in their staff group, once each."""
        due_s = self._settings.tickets.staff_answer_s
        late = await self.tasks.overdue(now - due_s)
        if not late:
            return []
        marked = set(await self.tasks.mark_reminded([t.handle for t in late]))
        network = self._network()
        out = []
        for t in late:
            group = network.staff_group(t.staff_group)
            if t.handle not in marked or group is None or group[0] != t.outlet:
                continue  # (another follower reminded of it; or the staff group is no longer the outlet's)
            who = f"{t.claimed_by} 已认领" if t.claimed_by else "无人认领"
            text = posts.OVERDUE.format(h=f"#{t.handle}", due=posts.beijing(t.opened_at + due_s), who=who)
            out.append(staff_post(self._settings, network, t.outlet, t.staff_group, group[1].platform,
                                  f"{t.escalation_id}:overdue", t.request_id, text))
        self.metrics.tasks.labels("overdue").inc(len(out))
        return out

    # -- staff messages ----------------------------------------------------------------------------------------

    async def staff_said(self, m: StaffMessage) -> list[OutRecord]:
        """What a staff member wrote in a staff group: an answer, a follow-up, a claim or a hand-on of the task
        it names first thing (or of the one bot post it quote-replies to); anything else is left alone."""
        network = self._network()
        found = network.staff_group(m.group)
        if found is None:  # (the gateway sent it as a staff group's: the outlets changed since)
            self.metrics.messages.labels("unknown_group").inc()
            return []
        oid, group = found
        read = _read_staff_message(m.text[:_TEXT_MAX])
        if read is None:
            self.metrics.messages.labels("chat").inc()
            return []
        handle, words = read
        h = f"#{handle}"
        say = self._sayer(network, oid, m, group)
        outlet = network.outlets[oid]
        member = outlet.staff.get(m.sender)
        if member is None:
            self.metrics.messages.labels("not_staff").inc()
            return say(posts.NOT_STAFF.format(h=h), [m.sender])
        if handle == _SEVERAL:
            self.metrics.messages.labels("several_handles").inc()
            return say(posts.SEVERAL, [m.sender])
        task = await self.tasks.get(handle, oid)
        if task is None:
            self.metrics.messages.labels("unknown_handle").inc()
            return say(posts.UNKNOWN_HANDLE.format(h=h), [m.sender])
        return await self._act(network, task, m, member, words, say)

    async def _act(self, network: Network, task: Task, m: StaffMessage, member: StaffMember, words: str,
                   say: Callable[[str, list[str]], list[OutRecord]]) -> list[OutRecord]:
        h = f"#{task.handle}"
        outlet = network.outlets[task.outlet]
        follow = _FOLLOW.match(words)
        if _CLAIM.fullmatch(words) or (follow is not None and _FOLLOWING.fullmatch(words[follow.end():])):
            await self.tasks.claim(task.handle, member.name)  # ("跟进中": taken on, nothing to tell yet)
            self.metrics.messages.labels("claimed").inc()
            return say(posts.CLAIMED.format(h=h, name=member.name), [])
        if (hand := _HAND_ON.fullmatch(words)) is not None:
            return await self._hand_on(outlet, task, m, hand.group(1), say)
        if approvals.is_approval(task) and follow is None:
            return await self._approval(task, m, member, words, say)
        text = words[follow.end():] if follow is not None else words
        if not text:
            self.metrics.messages.labels("empty").inc()
            return say(posts.EMPTY.format(h=h), [m.sender])
        if len(posts.TO_MERCHANT.format(text=text)) > _ANSWER_MAX:  # (a HumanReply holds 2,000 characters)
            self.metrics.messages.labels("too_long").inc()
            return say(posts.TOO_LONG.format(h=h), [m.sender])
        close = follow is None
        await self.tasks.answered(task.handle, member.name, close)
        self.metrics.messages.labels("answered" if close else "followed").inc()
        done = (posts.ANSWERED if close else posts.FOLLOWED).format(h=h, name=member.name)
        return [answer_record(self._settings, network, task, f"{m.id}:answer", text, close), *say(done, [])]

    async def _hand_on(self, outlet: Outlet, task: Task, m: StaffMessage, to: str,
                       say: Callable[[str, list[str]], list[OutRecord]]) -> list[OutRecord]:
        h = f"#{task.handle}"
        if not any(s.name == to for s in outlet.staff.values()):  # an unknown name is a typo, never an answer
            self.metrics.messages.labels("no_such_staff").inc()
            return say(posts.NO_SUCH_STAFF.format(h=h, name=to), [m.sender])
        await self.tasks.claim(task.handle, to)
        self.metrics.messages.labels("handed").inc()
        return say(posts.HANDED.format(h=h, name=to), [])

    async def _approval(self, task: Task, m: StaffMessage, member: StaffMember, words: str,
                        say: Callable[[str, list[str]], list[OutRecord]]) -> list[OutRecord]:
        """``#K7Q2 同意`` / ``#K7Q2 拒绝 <原因>`` on a task waiting for approval; anything else is told how to
        answer."""
        h = f"#{task.handle}"
        said = approvals.verdict(words)
        if said is None or self._confirmations is None:
            self.metrics.messages.labels("approval_unclear" if said is None else "approval_unavailable").inc()
            return say(approvals.ANSWER_HINT.format(h=h) if said is None else approvals.UNAVAILABLE.format(h=h),
                       [m.sender])
        settled = await approvals.settle(self._confirmations, task, said[0], said[1], self._clock(), m.id)
        if not settled.ids:
            await self.tasks.answered(task.handle, member.name, True)
            self.metrics.messages.labels("approval_gone").inc()
            return say(approvals.GONE.format(h=h), [m.sender])
        await self.tasks.answered(task.handle, member.name, True)
        self.metrics.messages.labels("approved" if said[0] == "approve" else "refused").inc()
        out = [(self._settings.topics.replies, task.merchant.encode(), encode(settled.to_merchant))
               ] if settled.to_merchant is not None else []
        done = approvals.APPROVED if said[0] == "approve" else approvals.REFUSED_STAFF
        return [*out, *say(done.format(h=h, name=member.name), [])]

    # -- posting -----------------------------------------------------------------------------------------------

    def _sayer(self, network: Network, oid: str, m: StaffMessage, group: StaffGroup
               ) -> Callable[[str, list[str]], list[OutRecord]]:
        """A post to the staff group ``m`` came from, answering ``m`` (its id makes the reply's); none when the
        group has no robot to post with."""
        def say(text: str, mention: list[str]) -> list[OutRecord]:
            if not group.webhook:
                return []
            return [staff_post(self._settings, network, oid, m.group, group.platform, f"{m.id}:desk", m.id, text,
                               mention)]
        return say

def staff_post(settings: Settings, network: Network, oid: str, group: str, platform: Platform, rid: str,
               request_id: str, text: str, mention: list[str] | None = None) -> OutRecord:
    """A post of the desk to staff group ``group`` of outlet ``oid`` (no merchant: the egress sends it only
    there)."""
    reply = Reply(id=rid, request_id=request_id, merchant="", group=group, platform=platform, mention=mention or [],
                  text=text, outlet=network.record_outlet(network.outlets[oid]))
    return settings.topics.replies, group.encode(), encode(reply)


def _staff_robot(outlet: Outlet) -> tuple[str, Platform] | None:
    """The staff group the outlet's tasks are posted to (the first, by id, that has a robot), and its platform."""
    for gid in sorted(outlet.staff_groups):
        g = outlet.staff_groups[gid]
        if g.webhook:
            return gid, g.platform
    return None


def answer_record(settings: Settings, network: Network, task: Task, rid: str, text: str, close: bool) -> OutRecord:
    """A person's answer to ``task``'s merchant, @ the merchant who asked: a HumanReply the follower relays (to that
    merchant's own group in that outlet only; a ticket it answers is closed)."""
    answer = HumanReply(
        id=rid, ticket_id=task.ticket_id, merchant=task.merchant, group=task.group,
        platform=platform_of(task.platform),
        mention=[task.sender] if task.sender else [], text=posts.TO_MERCHANT.format(text=text)[:_ANSWER_MAX],
        close=close, outlet=network.record_outlet(network.outlets[task.outlet]))
    return settings.topics.human_replies, task.merchant.encode(), encode(answer)


def _read_staff_message(text: str) -> tuple[str, str] | None:
    """The handle a staff message is about and the words for it: a handle first thing (after any @mentions), or,
    in a quote-reply, the one bot task post quoted (``_SEVERAL`` when the quote holds more than one). None: the
    message is about no task (staff talking)."""
    own, quoted = _quote_of(text)
    lead = _MENTIONS.match(own)
    start = lead.end() if lead is not None else 0
    named = find_handle(own[start:start + _HANDLE_WITHIN])
    if named is not None and named[1] == 0:
        return named[0], own[start + named[2]:].strip(_LEAD)
    posted = _POSTED.findall(quoted)
    if len(posted) > 1:  # (the egress joins posts into one message: which of them is meant, the quote cannot say)
        return _SEVERAL, ""
    if posted:
        return posted[0].upper(), own.strip(_LEAD)
    return None


def _quote_of(text: str) -> tuple[str, str]:
    """A staff message's own words and what it quotes: the block above a rule line (a WeCom quote-reply), or a
    quote in 「」 first thing. Nothing else is taken out: staff may write the bot's own phrases."""
    rules = list(_RULE.finditer(text))
    if rules and text[rules[-1].end():].strip():
        return text[rules[-1].end():], text[:rules[-1].start()]
    m = _BRACKETED.match(text)
    if m is not None and text[m.end():].strip():
        return text[m.end():], m.group(1)
    return text, ""

