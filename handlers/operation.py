"""The shape most class-1 intents share: one carrier operation per parcel, a phrase per result code."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from handlers.base import Context, Outcome, Parcel, Task, carrier_trouble
from router.carrier.model import ItemResult, Op

# What the carrier's refusals mean for the merchant (codes from the head-office API).
COMMON_REFUSALS: dict[str, str] = {
    "delivered": "{w} 已签收，无法操作，如有问题请联系客服",
    "cancelled": "{w} 已撤单",
    "not_found": "{w} 未查到该运单，请核对单号",
}
Params = Callable[[Task], dict[str, str]]
UNREACHABLE = "{{w}} 新地址所在区域目前暂停派送{why}，无法改址，请更换地址；如需帮助请回复"
STOPPED_AREA = "{{w}} 新地址（{where}）{reason}，无法改址，请更换地址；如需帮助请回复"


@dataclass(frozen=True)
class CarrierOperation:
    intent: str
    op: Op
    ok_phrase: str
    refusals: Mapping[str, str] = field(default_factory=dict)
    params: Params | None = None
    # the ticket's status when the carrier accepted: open (its result comes later by callback) or done
    done_when: Callable[[ItemResult], bool] = lambda _r: False
    done_phrase: str = ""
    ticket_class: int = 1
    # the parcel's state (as tracked just now) → the refusal it gets without asking the carrier: what a carrier's
    # ticket API would file regardless (ZTO's incidents have no "already delivered")
    refused_in: Mapping[str, str] = field(default_factory=dict)
    # a check asked first where the carrier offers it (Op.REACH before a change of address): an item it answers
    # "no" is refused with the carrier's reason and never acted on; one it cannot answer goes ahead (the carrier
    # refuses a stopped area itself). Before it, the outlet's own stop-ship areas (router.areas.stop_ship) refuse
    # a new address in one of them, without asking any carrier.
    checked_by: Op | None = None

    async def act(self, ctx: Context, task: Task) -> Outcome:
        out = Outcome()
        params = self.params(task) if self.params else {}
        failed: list[tuple[Parcel, ItemResult]] = []
        asked = []
        for parcel in task.parcels:
            code = self.refused_in.get(parcel.state)
            if code is None:
                asked.append(parcel)
            else:
                out.say(self.refusals.get(code) or COMMON_REFUSALS[code], parcel.waybill)
        if self.checked_by is not None:
            asked = _not_stopped(ctx, replace(task, parcels=asked), params.get("address", ""), out)
            asked = await self._checked(ctx, replace(task, parcels=asked), self.checked_by, params, out)
        for parcel, r in await ctx.submit_all(replace(task, parcels=asked), self.op, **params):
            if r.ok:
                done = self.done_when(r)
                out.say(self.done_phrase if done and self.done_phrase else self.ok_phrase, parcel.waybill)
                out.tickets.append(ctx.ticket(task, parcel, ticket_class=self.ticket_class,
                                              status="done" if done else "open",
                                              ref=str(r.data.get("ticket_no", "")), key=r.key))
            elif (phrase := self.refusals.get(r.code) or COMMON_REFUSALS.get(r.code)) is not None:
                out.say(phrase, parcel.waybill)
            else:
                failed.append((parcel, r))
        carrier_trouble(ctx, task.request, self.intent, out, failed)
        return out

    @staticmethod
    async def _checked(ctx: Context, task: Task, check: Op, params: dict[str, str], out: Outcome) -> list[Parcel]:
        """The parcels ``check`` does not refuse (those whose carrier does not offer it, unasked)."""
        carriers = ctx.carriers(task.request)
        offered = [p for p in task.parcels if carriers.offers(p.carrier, check)]
        refused: set[str] = set()
        for parcel, r in await ctx.submit_all(replace(task, parcels=offered), check, **params):
            if r.ok and r.data.get("reachable") is False:
                refused.add(parcel.waybill)
                reason = str(r.data.get("reason", "")).replace("{", "（").replace("}", "）")
                out.say(UNREACHABLE.format(why=f"（{reason}）" if reason else ""), parcel.waybill)
        return [p for p in task.parcels if p.waybill not in refused]


def _not_stopped(ctx: Context, task: Task, address: str, out: Outcome) -> list[Parcel]:
    """The parcels whose new address no stop-ship area of the outlet holds (for their carrier, today)."""
    stops = ctx.stops(task.request)
    if not stops or not address:
        return task.parcels
    kept = []
    for parcel in task.parcels:
        place, stop = stops.stopped(address, parcel.carrier, task.request.received_at)
        if stop is None:
            kept.append(parcel)
            continue
        where = str(place).replace("{", "（").replace("}", "）")
        reason = stop.area.reason.replace("{", "（").replace("}", "）")
        out.say(STOPPED_AREA.format(where=where, reason=reason), parcel.waybill)
    return kept
