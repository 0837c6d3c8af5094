"""Class-2 intents (verify delivery, damage, loss, claim, complaint, arbitration): a ticket a person follows.

No carrier operation is made; the ticket (class 2) is the person's work item, with the merchant's words in the
request it names.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.base import Context, Outcome, Task


@dataclass(frozen=True)
class PersonTicket:
    intent: str
    label: str
    ticket_class: int = 2

    async def act(self, ctx: Context, task: Task) -> Outcome:
        out = Outcome()
        for p in task.parcels:
            out.say("{w} 已为您登记" + self.label + "工单，专人跟进，结果会第一时间通知您", p.waybill)
            out.tickets.append(ctx.ticket(task, p, ticket_class=self.ticket_class))
        return out
