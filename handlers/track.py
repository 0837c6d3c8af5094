"""``track``: where the parcel is. Answered from the tracking query the ownership check just made."""

from __future__ import annotations

from handlers.base import Context, Outcome, Task

STATE_TEXT = {
    "created": "已下单，待揽收",
    "picked_up": "已揽收",
    "in_transit": "运输中",
    "out_for_delivery": "派送中",
    "delivered": "已签收",
}
INTERCEPT_TEXT = {"registered": "拦截处理中", "succeeded": "已拦截成功", "failed": "拦截未成功"}


class TrackHandler:
    intent = "track"
    ticket_class = 0  # it opens no tickets

    async def act(self, ctx: Context, task: Task) -> Outcome:
        out = Outcome()
        for p in task.parcels:
            text = STATE_TEXT.get(p.state, "状态待更新")
            if p.intercept in INTERCEPT_TEXT:
                text += "，" + INTERCEPT_TEXT[p.intercept]
            out.say("{w} " + text, p.waybill)
        return out

