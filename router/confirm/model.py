"""What waits for a merchant's confirmation, and the store that keeps it across restarts and rebalances.

A ``Pending`` holds everything needed to act later without reading the message again: the request it came from
(its id gives the carrier operation its idempotency key, so a confirmation acts once however often it is handled),
the parcels the merchant was asked about (ownership already checked) and what to do with them.

A question is the merchant's to answer ("确认" / "不用"), or, where the outlet's rules want a person to approve
(``approver = "staff"``), the outlet staff's (``#K7Q2 同意`` / ``#K7Q2 拒绝 <原因>``, router.staff.approvals). A
staff approval is not acted on where it is given (the staff desk has no carriers): the question becomes
``approved``, and a router claims it (``acting``), acts as on a merchant's "确认", and marks it ``confirmed``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final, Literal, Protocol

import msgspec

from router.contracts import Platform
from router.privacy import mask_phones

# What the bot says (quoted back, each is recognised as the bot's: router.parsing.quotes; a test checks).
WHAT = {"intercept": "{w} 拦截退回", "cancel": "{w} 撤单", "change_address": "{w} 改址到 {address}"}
ASK = "请确认：{what}？回复“确认”即办理，回复“不用”取消（{minutes}分钟内有效）"
RECIPIENT = "，收件人 {who}"  # after an address: whom the parcel will go to (the phone masked: 138****5678)
DECLINED = "{w} 已为您取消，不会办理"
EXPIRED = "{w} 确认已超时，未办理，如仍需办理请重新发送"
AWAITING = "{w} 已提交网点审核，审核通过后为您办理，结果会通知您"
REFUSED = "{what}：网点未同意办理。{why}"
APPROVAL_EXPIRED = "{w} 网点未在时限内审核，未办理，如仍需办理请重新发送或联系网点"
STAFF: Final = "staff"  # Pending.approver: a person of the outlet approves

Status = Literal["pending", "confirmed", "declined", "lapsing", "lapsed", "superseded", "approved", "acting"]


class Parcel(msgspec.Struct, frozen=True):
    waybill: str
    carrier: str


class Pending(msgspec.Struct, frozen=True, kw_only=True):
    """One question about one parcel: "请确认：YT… 拦截退回？" (a message asking about several parcels asks one
    question each, so that "YT1 确认" settles YT1's alone). Versioned like every record the project writes."""

    v: int = 1
    id: str  # "<merchant>:<request id>:confirm:<n>:<waybill>": request ids are the clients', unique per merchant
    request_id: str  # the message that asked for the action
    merchant: str
    group: str
    sender: str  # only they may confirm
    platform: Platform
    text: str  # the merchant's message, for the ticket the action opens
    received_at: datetime
    intent: str  # intercept | cancel | change_address
    parcels: list[Parcel]
    address: str | None = None
    name: str | None = None
    phone: str | None = None
    address_parts: dict[str, str] | None = None
    reason: str  # why the parser was not sure: hedged, conflicting_commands, joined_number …
    asked_at: float
    expires_at: float
    outlet: str = ""  # the merchant's outlet: only its own merchant, in that outlet, may answer
    approver: str = ""  # "" the merchant who asked; STAFF: the outlet's staff (a rule's mode "approve")

    @property
    def waybills(self) -> list[str]:
        return [p.waybill for p in self.parcels]


def describe(intent: str, waybills: Sequence[str], address: str | None = None, name: str | None = None,
             phone: str | None = None) -> str:
    """What the merchant is asked to confirm, in the bot's words: "YT… 改址到 <地址>，收件人 张三 138****5678" (the
    name and phone as read, corrections included, so that the merchant confirms what will be sent)."""
    what = WHAT[intent].format(w="、".join(waybills), address=address or "")
    who = " ".join(x for x in (name, mask_phones(phone) if phone else None) if x)
    return what + RECIPIENT.format(who=who) if intent == "change_address" and who else what


class Answered(msgspec.Struct, frozen=True):
    pending: Pending
    status: Status


class ConfirmationStore(Protocol):
    """Every method is atomic; a pending question changes state once (``resolve`` and ``lapse`` return only the
    questions they changed), so two routers, or a router and its restarted self, never both act on one."""

    async def add(self, pending: Sequence[Pending]) -> list[str]:
        """Keep new questions; returns the ids that were new (a redelivered request asks the same questions once,
        and is told none were)."""

    async def open_for(self, merchant: str) -> list[Pending]:
        """The merchant's questions still waiting, oldest first."""

    async def resolve(self, ids: Sequence[str], status: Status, by: str, now: float,
                      unexpired: bool = True, said_at: float | None = None) -> list[Pending]:
        """Settle waiting questions (``unexpired``: only those whose time had not passed at ``said_at``, when the
        answer was sent, or else ``now``); returns those settled. As ``lapsed`` (an answer came too late), also
        those a keeper claimed: the answer's reply tells the merchant, under the keeper's reply id."""

    async def answered_by(self, merchant: str, request_id: str) -> list[Answered]:
        """The merchant's questions a request settled before (to answer a redelivered "确认" as the first time)."""

    async def lapse(self, now: float, limit: int = 500, retry_after_s: float = 60.0,
                    grace_s: float = 0.0) -> list[Pending]:
        """Claim questions ``grace_s`` past their time (``lapsing``), and claims not finished within
        ``retry_after_s`` (the claimer stopped before telling the merchant); each is claimed by one caller at a
        time. Claims carry the real time ``now``, whatever the grace, so keepers of other versions agree."""

    async def lapsed(self, ids: Sequence[str], now: float) -> None:
        """The merchants were told: the claimed questions are ``lapsed`` for good."""

    async def claim_approved(self, now: float, limit: int = 100, retry_after_s: float = 60.0) -> list[Pending]:
        """Claim questions staff approved (``acting``), and claims not finished within ``retry_after_s`` (the
        claimer stopped before acting or before saying so); each is claimed by one caller at a time."""

    async def acted(self, ids: Sequence[str], now: float) -> None:
        """The claimed approved questions were acted on: ``confirmed`` for good."""

    async def purge(self, before: float) -> int:
        """Forget questions settled before ``before`` (they hold the merchant's message, names and addresses);
        returns how many."""

    async def close(self) -> None: ...


pending_encoder = msgspec.json.Encoder()
pending_decoder = msgspec.json.Decoder(Pending)
