"""What a request of the customer service (``handlers.customer_service``) ends in: one reply, its tickets and
escalations, and the activity record that counts it; and the plain "a person takes it" when nothing can act.

Every path of the service (a carried-out command, an answer to a question, a knowledge answer, a refusal) ends
here, so that each request is counted once, by one outcome, and an escalation is counted where it is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from handlers.base import Context, Outcome, Parcel
from handlers.metrics import ServiceMetrics
from router.contracts import Activity, MerchantRequest, Output, RequestOutcome, reply_to
from router.parsing.parser import ParsedRequest

TO_HUMAN = "您的消息已转人工客服处理，请稍候"


class Replying(Protocol):
    """What a reply needs of the service: the carrier layer (whose ``escalate`` hands work to a person) and the
    metrics it is counted in."""

    ctx: Context
    metrics: ServiceMetrics


def outputs(service: Replying, request: MerchantRequest, intents: list[str], out: Outcome,
            questions: Sequence[str] = (), answer: bool = False, rules: Sequence[str] = ()) -> list[Output]:
    """One reply (the outcome's lines, then any questions), the tickets, the escalations, the activity
    (``answer``: the message answers a question, counted apart from requests; ``rules``: the rule that decided
    each request, where the outlet has rules)."""
    for e in out.escalations:
        service.metrics.by_escalation(e.reason).inc()
    outputs: list[Output] = []
    if lines := [*out.render(), *questions]:
        outputs.append(reply_to(request, "\n".join(lines)))
    outputs.extend(out.tickets)
    outputs.extend(out.escalations)
    # A class-2 ticket is a person's work as much as an escalation is: not resolved automatically.
    person = bool(out.escalations) or any(t.ticket_class == 2 for t in out.tickets)
    outcome: RequestOutcome = ("confirmation" if answer else "to_human" if person else "asked" if questions
                               else "answered")
    outputs.append(activity(request, intents, outcome, service.metrics, rules))
    return outputs


def to_human(service: Replying, request: MerchantRequest, reason: str, **detail: str) -> list[Output]:
    service.metrics.by_escalation(reason).inc()
    return [reply_to(request, TO_HUMAN), service.ctx.escalate(request, reason, **detail)]


async def no_handler(service: Replying, request: MerchantRequest, parsed: ParsedRequest, mine: list[Parcel]
                     ) -> Outcome:
    out = Outcome()
    for p in mine:
        out.say("{w} " + TO_HUMAN, p.waybill)
    out.escalations.append(service.ctx.escalate(request, "no_handler", parsed.intent, intent=parsed.intent))
    return out


def activity(request: MerchantRequest, intents: list[str], outcome: RequestOutcome,
             metrics: ServiceMetrics | None = None, rules: Sequence[str] = ()) -> Activity:
    if metrics is not None:
        metrics.by_outcome(outcome).inc()
        if outcome != "confirmation":  # an answer to a question is no request of its own
            metrics.by_outlet(request.outlet).inc()
    return Activity(id=request.id, merchant=request.merchant, intents=intents, outcome=outcome,
                    received_at=request.received_at, outlet=request.outlet, rules=list(rules))
