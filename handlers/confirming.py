"""Asking the merchant before an irreversible action the parser was not sure of, and reading their answer.

The parser marks an intercept, cancel or address change ``confirm`` when it is possible but not certain (hedged
wording, conflicting commands, a joined or quoted number). The service then asks in the group — "@张三 请确认：YT…
拦截退回？回复“确认”即办理" — and keeps the question in the confirmation store (``router.confirm``), not in memory,
so it survives a restart or a rebalance. Only the merchant's sender who was asked can answer; a "确认" acts once
(the store settles each question once, and the carrier operation's idempotency key is the asking request's); a
question not answered within ``confirm.ttl_s`` lapses and the merchant is told (``router.confirm.keeper``).

Which questions wait is cached per merchant: a merchant's requests all come to the router that owns its
partition, so the cache is right for as long as the partition stays; the router clears it on every revocation.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Sequence
from typing import Literal

from router.confirm.model import ASK, STAFF, ConfirmationStore, Parcel, Pending, describe
from router.contracts import MerchantRequest
from router.parsing import quotes
from router.parsing.normalize import normalize
from router.parsing.parser import ParsedRequest
from router.parsing.waybills import find
from router.privacy import mask_phones

Answer = Literal["yes", "no"]


# A whole message that answers a question (after normalisation and with any waybill numbers taken out).
_TAIL = r"[\s。.!！~～啦了吧的]*"
# Only words that say so outright: "对", "是", "1" or "不" alone are everyday replies in a busy group.
_YES = re.compile(r"(?:好的?)?(?:确认|确定|是的|同意|确认办理|确认拦截|确认撤单|确认改址|确认退回|OK|YES)" + _TAIL)
_NO = re.compile(r"(?:不用|不用了|不要|不要了|取消|算了|不办了|不拦了|不改了|不撤了|NO)" + _TAIL)
_AROUND = re.compile(r"[\s,，:：。.!！]+")
# Every answer starts with one of these once normalised (確 is 确 in traditional writing, ❌ reads as 不要): a
# message without any is no answer, and most messages are commands, not answers. Text NFKC would change (Ｏｋ,
# 𝐘𝐄𝐒) goes the whole way.
_MAYBE = re.compile("[好确確是同不取算OoYyNn❌✖✗✘❎]")
CACHE_LIMIT = 100_000  # merchants whose questions are cached; beyond it the cache starts again


def answer_of(text: str) -> tuple[Answer, set[str]] | None:
    """("yes" | "no", the waybills it names) when the whole message answers a question, else None. A reply that
    quotes the question ("「客服：请确认：YT… 拦截退回？…」\n确认") names the question's numbers."""
    if len(text) > 40:
        return _quoting_answer(text)
    if _MAYBE.search(text) is None and unicodedata.is_normalized("NFKC", text):
        return None
    norm = normalize(text)
    named = {w.number for w in find(norm).waybills}
    rest = norm
    for w in named:
        rest = rest.replace(w, " ")
    rest = _AROUND.sub("", rest)
    if _YES.fullmatch(rest):
        return "yes", named
    if _NO.fullmatch(rest):
        return "no", named
    return None


def _quoting_answer(text: str) -> tuple[Answer, set[str]] | None:
    """A longer message: an answer below the question it quotes, naming the question's numbers."""
    if len(text) > 400 or "请确认" not in text:
        return None
    sp = quotes.split(text)
    if "请确认" not in sp.quoted or len(sp.own) > 40:
        return None
    own = answer_of(sp.own)
    return None if own is None else (own[0], own[1] or {w.number for w in find(normalize(sp.quoted)).waybills})


# How far apart the chat ingress's clock and a router's may be: an answer sent that little before its question
# was asked still answers it.
CLOCK_SKEW_S = 2.0


def _scope(request: MerchantRequest) -> str:
    """The merchant as questions are named: within its outlet, when the deployment has several."""
    return f"{request.outlet}/{request.merchant}" if request.outlet else request.merchant


class Confirming:
    """The questions waiting for merchants, over a ``ConfirmationStore``; see the module's docstring."""

    def __init__(self, store: ConfirmationStore, ttl_s: float, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.ttl_s = ttl_s
        self._clock = clock
        # (outlet, merchant) → its questions still waiting: the same merchant id in two outlets is two merchants
        self._waiting: dict[tuple[str, str], list[Pending]] = {}

    def __repr__(self) -> str:
        return f"<Confirming ttl={self.ttl_s:.0f}s merchants={len(self._waiting)} {self.store!r}>"

    def revoked(self) -> None:
        """Partitions were taken from this router: another may have changed its merchants' questions since."""
        self._waiting.clear()

    async def waiting(self, merchant: str, outlet: str = "") -> list[Pending]:
        """The questions waiting for ``merchant`` of ``outlet``."""
        got = self._waiting.get((outlet, merchant))
        if got is None:
            if len(self._waiting) >= CACHE_LIMIT:
                self._waiting.clear()
            fetched = [p for p in await self.store.open_for(merchant) if p.outlet == outlet]
            # another of the merchant's lanes may have filled it meanwhile, and added to it: keep theirs
            got = self._waiting.setdefault((outlet, merchant), fetched)
        return got

    async def ask(self, request: MerchantRequest, asks: Sequence[tuple[ParsedRequest, list[Parcel]]],
                  reason: str) -> list[str]:
        """Keep one question per parcel and return the lines that ask them, one per action. A new question about
        a parcel replaces an older one about it ("YT1 要不拦截吧" … "YT1 要不改址到 …": "确认" is for the last)."""
        now = self._clock()
        pending = [
            Pending(id=f"{_scope(request)}:{request.id}:confirm:{n}:{parcel.waybill}", request_id=request.id,
                    merchant=request.merchant, group=request.group, sender=request.sender,
                    platform=request.platform, text=request.text, received_at=request.received_at, intent=p.intent,
                    parcels=[parcel], address=p.address, name=p.name, phone=p.phone, address_parts=p.address_parts,
                    reason=reason, asked_at=now, expires_at=now + self.ttl_s, outlet=request.outlet)
            for n, (p, parcels) in enumerate(asks) for parcel in parcels
        ]
        await self.supersede(request, {w for p in pending for w in p.waybills}, "superseded", keep=request.id)
        new = set(await self.store.add(pending))
        # a redelivered request: its questions were kept the first time, and may be settled since
        mine = await self.waiting(request.merchant, request.outlet)
        mine.extend(p for p in pending if p.id in new and all(p.id != x.id for x in mine))
        minutes = max(1, round(self.ttl_s / 60))
        # every phone masked, the recipient's and any left in the address (the group sees the question)
        return [mask_phones(ASK.format(what=describe(p.intent, [x.waybill for x in parcels], p.address, p.name,
                                                     p.phone), minutes=minutes)) for p, parcels in asks if parcels]

    async def hold_for_staff(self, request: MerchantRequest, parsed: ParsedRequest, parcels: Sequence[Parcel],
                             reason: str, within_s: float) -> list[Pending]:
        """Keep ``parsed`` about ``parcels`` for the outlet's staff to approve within ``within_s`` (one question a
        parcel, as the merchant's). The merchant cannot "确认" these; a newer word or a withdrawal about a parcel
        settles its question as it settles the merchant's own. Returns the questions (those kept before too: a
        redelivered request holds the same ones)."""
        now = self._clock()
        pending = [
            Pending(id=f"{_scope(request)}:{request.id}:approve:{parsed.intent}:{parcel.waybill}",
                    request_id=request.id, merchant=request.merchant, group=request.group, sender=request.sender,
                    platform=request.platform, text=request.text, received_at=request.received_at,
                    intent=parsed.intent, parcels=[parcel], address=parsed.address, name=parsed.name,
                    phone=parsed.phone, address_parts=parsed.address_parts, reason=reason, asked_at=now,
                    expires_at=now + within_s, outlet=request.outlet, approver=STAFF)
            for parcel in parcels
        ]
        await self.supersede(request, {w for p in pending for w in p.waybills}, "superseded", keep=request.id)
        new = set(await self.store.add(pending))
        mine = await self.waiting(request.merchant, request.outlet)
        mine.extend(p for p in pending if p.id in new and all(p.id != x.id for x in mine))
        return pending

    async def settle(self, request: MerchantRequest, answer: Answer,
                     named: set[str]) -> tuple[list[Pending], list[Pending]] | None:
        """(settled now, too late) for an answer of ``request``'s sender; None when nothing waits for them. An
        answer naming numbers settles the questions about them; a bare "确认" the question of the merchant's latest
        message that asked one."""
        now = self._clock()
        # judged by when the answer was sent, not when it is read: a backlog must not make it late (the keeper
        # gives it confirm.grace_s to be read before telling the merchant the question lapsed), nor make it answer
        # a question asked after it was sent
        said_at = min(now, request.received_at.timestamp())
        mine = [p for p in await self.waiting(request.merchant, request.outlet)
                if p.sender == request.sender and not p.approver and (not named or named & set(p.waybills))
                and p.asked_at <= said_at + CLOCK_SKEW_S and p.received_at <= request.received_at]
        if not mine:
            return None
        if not named:  # (the question of the latest message: the one the merchant saw last, replies keep its order;
            # not the one asked last, which of two messages a moment apart may be either)
            latest = max(mine, key=lambda p: (p.received_at, p.asked_at)).request_id
            mine = [p for p in mine if p.request_id == latest]
        settled = await self.store.resolve([p.id for p in mine], "confirmed" if answer == "yes" else "declined",
                                           request.id, now, said_at=said_at)
        done = {p.id for p in settled}
        # not settled now: past its time (the answer is told so), or settled elsewhere meanwhile (nothing to say).
        # One still waiting, or being told by a keeper, is marked lapsed by this answer, whose reply tells the
        # merchant under the keeper's reply id (so they hear it once) and again if the answer is redelivered.
        late = [p for p in mine if p.id not in done and p.expires_at <= said_at]
        if late:
            await self.store.resolve([p.id for p in late], "lapsed", request.id, now, unexpired=False)
        self._forget(request, mine)
        return settled, late

    async def supersede(self, request: MerchantRequest, waybills: set[str],
                        status: Literal["declined", "superseded"], keep: str = "") -> list[Pending]:
        """Settle the questions of ``request``'s merchant about ``waybills``: a newer word about the same parcel
        replaces them ("YT1 要不拦截吧" … "YT1 改址 …"), a withdrawal declines them ("YT1 算了不拦了"). Questions of
        the request ``keep`` stay (its own, asked again on a redelivery)."""
        mine = [p for p in await self.waiting(request.merchant, request.outlet)
                if set(p.waybills) & waybills and p.request_id != keep]
        if not mine:
            return []
        settled = await self.store.resolve([p.id for p in mine], status, request.id, self._clock(), unexpired=False)
        self._forget(request, mine)
        return settled

    def _forget(self, request: MerchantRequest, gone: Sequence[Pending]) -> None:
        ids = {p.id for p in gone}
        mine = self._waiting.get((request.outlet, request.merchant))
        if mine is not None:
            mine[:] = [p for p in mine if p.id not in ids]
