"""``weight``: the carrier's charged weight. A merchant who says the weight is wrong gets a person too."""

from __future__ import annotations

import re

from handlers.base import Context, Outcome, Parcel, Task, carrier_trouble
from router.carrier.model import ItemResult, Op

_DISPUTE = re.compile(r"不对|不符|超重|多扣|多收|错了|有误")


class WeightHandler:
    intent = "weight"
    ticket_class = 0  # it opens no tickets

    async def act(self, ctx: Context, task: Task) -> Outcome:
        out = Outcome()
        failed: list[tuple[Parcel, ItemResult]] = []
        for p, r in await ctx.submit_all(task, Op.WEIGHT):
            if r.ok:
                out.say("{w} 计费重量 " + f"{float(r.data.get('weight_kg', 0)):.2f} kg", p.waybill)
            else:
                failed.append((p, r))
        carrier_trouble(ctx, task.request, self.intent, out, failed)
        if _DISPUTE.search(task.request.text):
            disputed = [p.waybill for p in task.parcels]
            for w in disputed:
                out.say("{w} 重量异议已转人工核实", w)
            out.escalations.append(ctx.escalate(task.request, "weight_dispute", "weight", waybills=",".join(disputed)))
        return out

