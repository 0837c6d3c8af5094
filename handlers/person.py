"""Class-2 intents (verify delivery, damage, loss, claim, complaint, arbitration): a ticket a person follows.

The ticket (class 2) is the person's work item, with the merchant's words in the request it names. Where the
parcel's carrier takes that kind of request as a ticket of its own (``carrier_filed``: ZTO's incident
"event-sign-not-receive" for a parcel signed for but not received), it is filed there too and the ticket keeps the
carrier's number: router.tickets.results asks after it, and the carrier's answer, when it comes, is told to the
merchant and closes the ticket. A filing the carrier refuses, or whose answer was lost, leaves the ticket as it
would be without: a person's, nothing filed twice (an incident is never sent again after one that may have reached
the carrier). Claims (damage, loss) are not filed by the bot: the carrier's claim asks for the amount and the payee's
account, which only the merchant and a person can give.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from handlers.base import Context, Outcome, Parcel, Task
from router.carrier.model import Op, ParcelState

FILED = "{w} 已为您登记{label}工单并提交快递公司核实，专人跟进，结果会第一时间通知您"
KEPT = "{w} 已为您登记{label}工单，专人跟进，结果会第一时间通知您"
SIGNED: frozenset[str] = frozenset({ParcelState.DELIVERED.value})  # (signed for: "not received" is a question)


@dataclass(frozen=True)
class PersonTicket:
    intent: str
    label: str
    ticket_class: int = 2
    # the parcel's state in which the request is filed with its carrier too, where the carrier offers tickets
    # (empty: never filed)
    carrier_filed: frozenset[str] = frozenset()

    async def act(self, ctx: Context, task: Task) -> Outcome:
        out = Outcome()
        filed = await self._filed(ctx, task)
        for p in task.parcels:
            ref, key = filed.get(p.waybill, ("", ""))
            out.say((FILED if ref else KEPT).replace("{label}", self.label), p.waybill)
            out.tickets.append(ctx.ticket(task, p, ticket_class=self.ticket_class, ref=ref, key=key))
        return out

    async def _filed(self, ctx: Context, task: Task) -> dict[str, tuple[str, str]]:
        """The carrier's ticket number and the filing's key, by waybill, of the parcels filed with their carrier."""
        if not self.carrier_filed:
            return {}
        carriers = ctx.carriers(task.request)
        asked: list[Parcel] = [p for p in task.parcels
                               if p.state in self.carrier_filed and carriers.offers(p.carrier, Op.TICKET)]
        if not asked:
            return {}
        done = await ctx.submit_all(replace(task, parcels=asked), Op.TICKET, type=self.intent)
        return {p.waybill: (str(r.data["ticket_no"]), r.key) for p, r in done if r.ok and r.data.get("ticket_no")}

