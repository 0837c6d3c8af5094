"""A message that asks rather than commands, as the customer service (``handlers.customer_service``) replies to it:
answered from the outlet's knowledge base or stop-ship areas (``handlers.answers`` decides what answers), handed to
a person when it asks enough and nothing answers it, or read on as any other message.

Kept apart from the commands' path: it never reaches a carrier, and it is asked only of a message the parser found
no command and no waybill in.
"""

from __future__ import annotations

from typing import Protocol

from handlers import answers
from handlers.replies import TO_HUMAN, Replying, activity, to_human
from router.contracts import MerchantRequest, Output, reply_to
from router.outlets import Network
from router.parsing.parser import ParseResult


class Inquired(Replying, Protocol):
    """What answering a question needs of the service: its outlets, as they are now."""

    @property
    def network(self) -> Network: ...


def answered_question(service: Inquired, request: MerchantRequest, result: ParseResult) -> list[Output] | None:
    """A message that asks (no command in it): answered from the outlet's knowledge base or stop-ship areas;
    one neither answers goes to a person when it asks enough (handlers.answers); None: read on as before."""
    outlet = service.network.outlet(request.outlet)
    if outlet is None:
        return None
    said = answers.answer(outlet, request.text, request.received_at)
    if said is not None:
        service.metrics.questions.labels("stop_ship" if said.intent == "stop_ship_query" else "knowledge").inc()
        if (result.reason == "command_without_waybill" and answers.STOP_QUERY.match(result.normalized) is None
                and not answers.about_a_command(request.text)):
            # a command too ("那单帮我拦截，拦截多少钱"): answered, and the command to a person, as before
            service.metrics.by_escalation("command_without_waybill").inc()
            return [reply_to(request, f"{said.text}\n{TO_HUMAN}"),
                    service.ctx.escalate(request, "command_without_waybill"),
                    activity(request, [said.intent], "to_human", service.metrics)]
        return [reply_to(request, said.text), activity(request, [said.intent], "answered", service.metrics)]
    if result.reason is None and answers.worth_a_person(request.text):
        service.metrics.questions.labels("person").inc()
        return [*to_human(service, request, "question"),
                activity(request, ["question"], "to_human", service.metrics)]
    if result.reason == "question":
        service.metrics.questions.labels("person").inc()  # (and to a person as the parser says, below)
    return None
