"""Class-2 intents (verify delivery, damage, loss, claim, complaint, arbitration): a ticket a person follows.

No carrier operation is made; the ticket (class 2) is the person's work item, with the merchant's words in the
request it names.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.base import TICKET_CLASS, Context, Outcome, Task


@dataclass(frozen=True)
class PersonTicket:
    intent: str
    label: str

    def __post_init__(self) -> None:
        if TICKET_CLASS.get(self.intent) != 2:
            raise ValueError(f"{self.intent} is not a class-2 intent")

    async def act(self, ctx: Context, task: Task) -> Outcome:
        out = Outcome()
        for p in task.parcels:
            out.say("{w} 已为您登记" + self.label + "工单，专人跟进，结果会第一时间通知您", p.waybill)
            out.tickets.append(ctx.ticket(task, p))
        return out
