"""The outlet's workflow rules applied to one understood request (router.rules): act, ask the merchant first, or
record it for a person.

A rule decides per request, after ownership is known (so a rule naming carriers sees the parcels' carrier): a
message of several requests may have one acted on and another recorded. What a rule holds back never reaches a
carrier; a request the parser was unsure of is asked about whatever the rules say.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final

from handlers.base import Context, Outcome, Parcel
from router.contracts import MerchantRequest
from router.directory import MerchantEntry
from router.parsing.parser import ParsedRequest
from router.rules.engine import AUTO, Decision, Rules

RECORDED: Final = "{w} 已记录，专人跟进处理，结果会第一时间通知您"
CAREFUL: Final = {"auto": 0, "confirm": 1, "approve": 2, "record": 3}  # (of two decisions, the more careful holds)


def decide(rules: Rules, request: MerchantRequest, entry: MerchantEntry | None, parsed: ParsedRequest,
           mine: Sequence[Parcel], at: datetime | None = None) -> Decision:
    """The rule's decision for ``parsed`` about the merchant's parcels ``mine``, at ``at`` (the message's time by
    default). Parcels of several carriers: the most careful of the decisions for each (record, approve, confirm)."""
    if not rules:
        return AUTO
    when = at or request.received_at
    tier = entry.tier if entry is not None else ""
    found = [rules.decide(parsed.intent, request.merchant, tier, c, when) for c in sorted({p.carrier for p in mine})
             or [""]]
    return max(found, key=lambda d: CAREFUL[d.mode])


def record(ctx: Context, request: MerchantRequest, parsed: ParsedRequest, mine: Sequence[Parcel],
           decision: Decision, out: Outcome) -> None:
    """Tell the merchant a person follows; hand the request to a person, with the rule that held it back."""
    for p in mine:
        out.say(RECORDED, p.waybill)
    out.escalations.append(ctx.escalate(request, "rule_record", parsed.intent, intent=parsed.intent,
                                        waybills=",".join(p.waybill for p in mine), rule=decision.rule))
