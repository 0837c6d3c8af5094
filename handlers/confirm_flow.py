"""The customer service's side of confirmations: asking the merchant before an irreversible action, settling their
answer ("确认" acts on what was asked, "不用" declines it), a withdrawal or a newer word replacing a question; and
holding a request for the outlet's staff to approve (a rule's mode ``approve``), then acting once they did
(``act_approved``, called by router.confirm.approved outside the merchant's queue).

The questions themselves are kept by ``handlers.confirming`` (in the confirmation store, so they survive a restart);
this module is what ``handlers.customer_service`` does with them per request. Each function takes the service and
reads its ``confirming`` when called (it may be replaced). A store that cannot be reached never loses a request: a
person is handed what would have been asked, answered or replaced.
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial
from typing import Literal, Protocol

import msgspec

from handlers import workflow
from handlers.acting import act_all
from handlers.base import IntentHandler, Outcome, Parcel, Task
from handlers.confirming import Answer, Confirming
from handlers.intents import TICKET_CLASS
from handlers.replies import TO_HUMAN, Replying, activity, no_handler, outputs, to_human
from router.confirm import model as confirm_model
from router.confirm.keeper import lapse_notice
from router.confirm.model import AWAITING, DECLINED, describe
from router.contracts import MerchantRequest, Output
from router.directory import MerchantEntry
from router.errors import StoreError
from router.outlets import Network
from router.parsing.parser import IRREVERSIBLE, ParsedRequest, ParseResult
from router.rules.engine import NO_RULES, Decision
from router.staff.approvals import APPROVAL, PENDING_KEY, WHAT_KEY

log = logging.getLogger("kefu.service")


class Confirms(Replying, Protocol):
    """What the confirmation path needs of the service: its questions (None: what the parser wants confirmed goes
    to a person), its intents' handlers and its outlets (a confirmed request acts as its outlet's rules say)."""

    confirming: Confirming | None
    handlers: dict[str, IntentHandler]

    @property
    def network(self) -> Network: ...


async def answered(service: Confirms, request: MerchantRequest, entry: MerchantEntry, read: tuple[Answer, set[str]]
                   ) -> list[Output] | None:
    """The message answers a question; None when no question waits for its sender."""
    try:
        return await _answer(service, request, entry, *read)
    except StoreError as e:  # the questions cannot be looked at: a person reads the answer
        log.warning("confirmation store unavailable for an answer: %s", e)
        return [*to_human(service, request, "confirm_unavailable"),
                activity(request, [], "to_human", service.metrics)]


async def superseding(service: Confirms, request: MerchantRequest, result: ParseResult, intents: list[str]
                      ) -> list[Output] | None:
    """A newer word about a parcel replaces a question about it; a person decides when the store is away."""
    if service.confirming is None:
        return None
    costly = {w for r in result.requests if not r.confirm and r.intent in IRREVERSIBLE for w in r.waybills}
    if not costly:
        return None
    try:
        replaced = await service.confirming.supersede(request, costly, "superseded")
        service.metrics.confirmations.labels("superseded").inc(len(replaced))
    except StoreError as e:  # the old question would stay beside the new word: a person decides
        log.warning("confirmation store unavailable: a question was not superseded: %s", e)
        return [*to_human(service, request, "confirm_unavailable", intents=",".join(intents),
                          waybills=",".join(sorted(costly))),
                activity(request, intents, "to_human", service.metrics)]
    return None


async def ask(service: Confirms, request: MerchantRequest,
              asks: list[tuple[ParsedRequest, list[confirm_model.Parcel]]], why: str, out: Outcome) -> list[str]:
    """The questions to put to the merchant; none, and a person told instead, when they cannot be kept."""
    if service.confirming is None:
        return []
    try:
        questions = await service.confirming.ask(request, asks, why)
        service.metrics.confirmations.labels("asked").inc(len(questions))
        return questions
    except StoreError as e:  # no question can be kept: a person decides instead
        log.warning("confirmation store unavailable: questions handed to a person: %s", e)
        for parsed, held in asks:
            for x in held:
                out.say("{w} " + TO_HUMAN, x.waybill)
            out.escalations.append(service.ctx.escalate(
                request, "confirm_unavailable", parsed.intent, intent=parsed.intent,
                waybills=",".join(x.waybill for x in held)))
        return []


async def _answer(service: Confirms, request: MerchantRequest, entry: MerchantEntry, answer: Literal["yes", "no"],
                  named: set[str]) -> list[Output] | None:
    """The merchant answers a question: act on what was asked ("确认") or drop it ("不用"). None when no
    question waits for this sender (the message is then read as any other)."""
    assert service.confirming is not None
    settled = await service.confirming.settle(request, answer, named)
    if settled is None:
        # Handled before and redelivered (a restart before its offset was committed): answer as then. The
        # operations are the asking request's, with its idempotency keys, so the carrier acts once.
        before = await service.confirming.store.answered_by(request.merchant, request.id)
        if not before:
            return None
        now = [a.pending for a in before if a.status in ("confirmed", "declined")]
        settled = ([p for p in now if any(a.pending.id == p.id and a.status == "confirmed" for a in before)]
                   if answer == "yes" else now, [a.pending for a in before if a.status == "lapsed"])
    done, late = settled
    out = Outcome()
    if answer == "yes":
        outcomes = await act_all([partial(_act_confirmed, service, p, request.received_at) for p in done], [])
        for o in outcomes:
            out.merge(o)
    else:
        for p in done:
            out.say(DECLINED, "、".join(p.waybills))
    m = service.metrics.confirmations
    m.labels("confirmed" if answer == "yes" else "declined").inc(len(done))
    m.labels("late").inc(len(late))
    # Too late: told in the question's own notice, under its id, which the keeper may be sending at this moment
    # (it claimed the question after this answer was sent, before it was read): the merchant hears it once.
    return [*outputs(service, request, [p.intent for p in done], out, answer=True),
            *(lapse_notice(p, request.id) for p in late)]


def _asked(p: confirm_model.Pending) -> tuple[MerchantRequest, ParsedRequest, list[Parcel]]:
    """The request that asked for what ``p`` holds (its id, so its idempotency keys; its outlet, so its carrier
    account), what it asked, and about which parcels."""
    asked = MerchantRequest(id=p.request_id, merchant=p.merchant, group=p.group, sender=p.sender,
                            platform=p.platform, text=p.text, received_at=p.received_at, outlet=p.outlet)
    parsed = ParsedRequest(intent=p.intent, waybills=p.waybills, carrier=p.parcels[0].carrier, address=p.address,
                           name=p.name, phone=p.phone, address_parts=p.address_parts)
    return asked, parsed, [Parcel(x.waybill, x.carrier, "") for x in p.parcels]


async def _act_confirmed(service: Confirms, p: confirm_model.Pending, at: datetime) -> Outcome:
    """Carry out a confirmed question as the request that asked for it (only its own merchant in that outlet could
    confirm it), unless the outlet's rules, as they are when the merchant confirmed (``at``), now record it for a
    person or want staff to approve it first."""
    asked, parsed, parcels = _asked(p)
    outlet = service.network.outlet(asked.outlet)
    rules = outlet.rules if outlet is not None else NO_RULES
    if rules:
        entry = outlet.directory.get(p.merchant) if outlet is not None else None
        decision = workflow.decide(rules, asked, entry, parsed, parcels, at)
        if decision.mode in ("record", "approve"):
            out = Outcome()
            if decision.mode == "record":
                workflow.record(service.ctx, asked, parsed, parcels, decision, out)
            else:
                await hold_for_staff(service, asked, [(parsed, parcels, decision)], rules.approve_within_s, out)
            return out
    return await _act(service, asked, parsed, parcels)


async def _act(service: Confirms, asked: MerchantRequest, parsed: ParsedRequest, parcels: list[Parcel]) -> Outcome:
    """Act on one question's parcel as the asking request. Its hand-overs to a person name the parcel in their ids:
    the request's other questions are acted on apart, and each hand-over must be a task of its own."""
    handler = service.handlers.get(parsed.intent)
    if handler is None or TICKET_CLASS.get(parsed.intent) != 1:
        out = await no_handler(service, asked, parsed, parcels)
    else:
        out = await handler.act(service.ctx, Task(asked, parsed, parcels))
    suffix = ",".join(p.waybill for p in parcels)
    out.escalations[:] = [msgspec.structs.replace(e, id=f"{e.id}:{suffix}") for e in out.escalations]
    return out


async def hold_for_staff(service: Confirms, request: MerchantRequest,
                         holds: list[tuple[ParsedRequest, list[Parcel], Decision]], within_s: float,
                         out: Outcome) -> None:
    """Requests a rule holds for staff approval: kept as questions for staff, the merchant told it waits for the
    outlet, and a task for the staff group and the console (``#K7Q2 同意`` / ``#K7Q2 拒绝 <原因>``). Without a
    confirmation store, or when it cannot be reached, a person handles the request instead."""
    for parsed, held, decision in holds:
        waybills = ",".join(x.waybill for x in held)
        try:
            if service.confirming is None:
                raise StoreError("no confirmation store")
            kept = await service.confirming.hold_for_staff(
                request, parsed, [confirm_model.Parcel(x.waybill, x.carrier) for x in held],
                f"rule:{decision.rule}", within_s)
        except StoreError as e:  # nothing can wait for approval: a person decides instead
            log.warning("a request to approve handed to a person: %s", e)
            workflow.record(service.ctx, request, parsed, held, decision, out)
            continue
        service.metrics.confirmations.labels("held_for_staff").inc(len(kept))
        for x in held:
            out.say(AWAITING, x.waybill)
        what = describe(parsed.intent, [x.waybill for x in held], parsed.address, parsed.name, parsed.phone)
        out.escalations.append(service.ctx.escalate(  # (one task per hold: its parcels make its id)
            request, APPROVAL, f"{APPROVAL}:{parsed.intent}:{waybills}", intent=parsed.intent, waybills=waybills,
            rule=decision.rule, **{PENDING_KEY: ",".join(p.id for p in kept), WHAT_KEY: what}))


async def act_approved(service: Confirms, p: confirm_model.Pending) -> list[Output]:
    """Carry out a question the outlet's staff approved, as the request that asked for it (its idempotency keys:
    acted on again after a crash, the carrier acts once). What the merchant is told has an id of its own (the
    question's), apart from the asking request's "已提交网点审核" reply."""
    asked, parsed, parcels = _asked(p)
    out = await _act(service, asked, parsed, parcels)
    service.metrics.confirmations.labels("approved").inc()
    told = MerchantRequest(id=f"{p.id}:approved", merchant=p.merchant, group=p.group, sender=p.sender,
                           platform=p.platform, text=p.text, received_at=p.received_at, outlet=p.outlet)
    return outputs(service, told, [p.intent], out, answer=True)


async def withdrawn(service: Confirms, request: MerchantRequest, withdrawn: list[str]) -> list[Output] | None:
    """"YT1 算了不拦了" about a question still waiting: it is declined, and nobody need look. None when a
    withdrawn number has no question waiting (its request may be under way: a person must see it)."""
    assert service.confirming is not None
    if not withdrawn:
        return None
    waiting = {w for p in await service.confirming.waiting(request.merchant, request.outlet) for w in p.waybills}
    if not set(withdrawn) <= waiting:
        return None
    done = await service.confirming.supersede(request, set(withdrawn), "declined")
    if not done:  # (settled meanwhile elsewhere: approved by staff, say; its action may be under way)
        return None
    service.metrics.confirmations.labels("declined").inc(len(done))
    out = Outcome()
    for p in done:
        out.say(DECLINED, "、".join(p.waybills))
    return outputs(service, request, [], out)
