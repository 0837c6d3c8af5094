"""Staff approving or refusing a request the outlet's rules hold back for them (mode ``approve``, router.rules).

The router keeps such a request as a question in the confirmation store (``Pending.approver = "staff"``) and
hands it to the staff desk as a task (reason ``approval``, the questions' ids in its details). A staff member
answers in the staff group (``#K7Q2 同意`` / ``#K7Q2 拒绝 <原因>``) or in the console; either way ``settle`` below
changes the questions once (the store's update is atomic, so a message read twice, or two people answering at once,
settle them once):
- approved: the questions become ``approved``; a router claims them and acts as on a merchant's "确认"
  (router.confirm.approved), and the merchant hears the action's own reply;
- refused: the questions are ``declined`` and the merchant is told, with the reason given;
- nothing to settle (the merchant withdrew it, staff took too long and it lapsed, someone answered first): the
  staff member is told so, and nothing is done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from router.confirm.model import REFUSED, ConfirmationStore, Status, describe
from router.contracts import Reply, platform_of
from router.staff.tasks import Task

APPROVAL: Final = "approval"  # the escalation's reason
PENDING_KEY: Final = "pending"  # its detail: the questions' ids, comma-joined
WHAT_KEY: Final = "what"  # its detail: what would be done, in the bot's words
# "同意", "同意办理", "批准", "可以办", "ok"; "拒绝 客户已签收", "不同意：…", "驳回 …"; a question is neither
_APPROVE: Final = re.compile(r"(?:同意|批准|准了|通过|可以办?|ok|好的)(?:办理|了|吧)?[!！。.~～]*", re.I)
_REFUSE: Final = re.compile(r"(?:不同意|不批准?|拒绝|驳回|不行|不能办)(?:办理)?[\s:：，,。.]*(.*)", re.S)
_ASKING: Final = re.compile(r"[?？吗呢]|是否|要不要")
_NO_REASON: Final = "如有疑问请联系网点"
ANSWER_HINT: Final = "{h} 这是待审批的请求：回复“{h} 同意”即办理，“{h} 拒绝 原因”不办理并告知商户"
APPROVED: Final = "{h} 已同意（{name}），机器人正在办理"
REFUSED_STAFF: Final = "{h} 已拒绝（{name}），已告知商户"
GONE: Final = "{h} 无需审批：商户已撤回、已超时或已有人处理"
UNAVAILABLE: Final = "{h} 这里无法审批（确认存储未接入网点的工单库），请在客服台处理"

Verdict = Literal["approve", "refuse"]


@dataclass(frozen=True, slots=True)
class Settled:
    ids: list[str]  # the questions this answer settled (none: nothing was left to settle)
    to_merchant: Reply | None  # what the merchant is told (a refusal); an approval's reply is the action's own


def verdict(words: str) -> tuple[Verdict, str] | None:
    """A staff member's words on an approval task: approve, or refuse with the reason given; None for anything
    else (a follow-up, a question to the merchant)."""
    w = words.strip()
    if _ASKING.search(w):  # ("不行吗？我问问店长", "驳回了吗": staff thinking aloud, not a verdict)
        return None
    if _APPROVE.fullmatch(w):
        return "approve", ""
    m = _REFUSE.fullmatch(w)
    if m is not None:
        return "refuse", m.group(1).strip()
    return None


def is_approval(task: Task) -> bool:
    return task.reason == APPROVAL and bool(task.detail.get(PENDING_KEY))


async def settle(confirmations: ConfirmationStore, task: Task, said: Verdict, reason: str, now: float,
                 rid: str) -> Settled:
    """Settle ``task``'s questions as ``said``. ``rid``: the answer's own id (made from the staff message or the
    console form), which settles them and makes the merchant's reply's id: the same answer read again (a follower
    that stopped before its outputs went out) finds what it settled and says it again, and the merchant hears it
    once."""
    ids = [i for i in task.detail.get(PENDING_KEY, "").split(",") if i]
    status: Status = "approved" if said == "approve" else "declined"
    by = f"staff:{rid}"
    settled = await confirmations.resolve(ids, status, by, now)
    if not settled:  # (settled before by this very answer: read again)
        again = ("approved", "acting", "confirmed") if said == "approve" else ("declined",)
        settled = [a.pending for a in await confirmations.answered_by(task.merchant, by)
                   if a.status in again and a.pending.id in ids]
    if not settled or said == "approve":
        return Settled([p.id for p in settled], None)
    first = settled[0]
    what = describe(first.intent, [w for p in settled for w in p.waybills], first.address, first.name, first.phone)
    text = REFUSED.format(what=what, why=f"原因：{reason}" if reason else _NO_REASON)
    reply = Reply(id=f"{rid}:refused", request_id=first.request_id, merchant=first.merchant, group=first.group,
                  platform=platform_of(first.platform), mention=[first.sender], text=text, outlet=first.outlet)
    return Settled([p.id for p in settled], reply)
