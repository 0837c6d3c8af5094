"""Every intent the parser reads, in one table: its handler, with its carrier operation and phrasing, and its
ticket class (1: the carrier resolves it through its API; 2: a person follows it; 0: no ticket).

The class comes from the handler in this table alone, and a test pins every intent to it: a class-2 request is
never sent to a carrier as an operation, a class-1 one never waits for a person.
"""

from __future__ import annotations

from handlers.base import IntentHandler, Task
from handlers.operation import CarrierOperation
from handlers.person import SIGNED, PersonTicket
from handlers.track import TrackHandler
from handlers.weight import WeightHandler
from router.carrier.model import Op, ParcelState


def _new_address(task: Task) -> dict[str, str]:
    p = task.parsed
    return {k: v for k, v in (("address", p.address), ("name", p.name), ("phone", p.phone)) if v}


INTENTS: tuple[IntentHandler, ...] = (
    TrackHandler(),
    # stop a shipped parcel and send it back; the result arrives later by carrier callback
    CarrierOperation(
        intent="intercept", op=Op.INTERCEPT, ok_phrase="{w} 拦截已提交，结果会第一时间通知您",
        refusals={
            "delivered": "{w} 已签收，无法拦截",
            "not_picked_up": "{w} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）",
            "already_intercepted": "{w} 已在拦截中，结果会第一时间通知您",
        },
    ),
    # void a waybill not picked up yet: done at once when the carrier accepts
    CarrierOperation(
        intent="cancel", op=Op.CANCEL, ok_phrase="{w} 撤单成功",
        refusals={
            "picked_up": "{w} 已揽收，无法撤单，如需退回请回复“拦截 单号”",
            "delivered": "{w} 已签收，无法撤单",
            "cancelled": "{w} 已撤单，无需重复操作",
        },
        done_when=lambda _r: True,
    ),
    # a new address: before pickup changed at once, after it the carrier reports later by callback (the parser
    # guarantees an address, or hands the message to a person)
    CarrierOperation(
        intent="change_address", op=Op.CHANGE_ADDRESS, ok_phrase="{w} 改址已提交，结果会第一时间通知您",
        done_phrase="{w} 改址成功",
        refusals={
            "delivered": "{w} 已签收，无法改址",
            "address_missing": "{w} 缺少新地址，请按“改址 单号 新地址 姓名 电话”发送",
            # (the carrier takes a new address only with its province, city, district, receiver and phone)
            "address_incomplete": "{w} 新地址请写全省、市、区、详细地址和收件人姓名、电话，"
                                  "例如“改址 单号 浙江省杭州市西湖区文三路90号 张三 13800000000”",
            "stop_ship": "{w} 新地址所在区域目前暂停派送，无法改址，请更换地址；如需帮助请回复",
        },
        params=_new_address,
        checked_by=Op.REACH,  # (a stop-ship check where the carrier offers one: ZTO's areaUnobstructed)
        done_when=lambda r: r.data.get("status") == "changed",
    ),
    # ask the carrier to hurry delivery
    CarrierOperation(
        intent="urge", op=Op.URGE, ok_phrase="{w} 已为您催促派送，请耐心等待",
        refusals={"delivered": "{w} 已签收", "not_picked_up": "{w} 尚未揽收，已记录，揽收后会尽快发出"},
        done_when=lambda _r: True,
        refused_in={ParcelState.DELIVERED.value: "delivered", ParcelState.CREATED.value: "not_picked_up"},
    ),
    WeightHandler(),
    # a delay ticket (工单) at the carrier; its resolution arrives later by callback
    CarrierOperation(intent="delay", op=Op.TICKET, ok_phrase="{w} 已为您登记延误工单，结果会第一时间通知您",
                     params=lambda _task: {"type": "delay"}),
    # signed for but not received: filed with the carrier too where it takes such a ticket (ZTO's incident)
    PersonTicket(intent="verify_delivery", label="核实签收", carrier_filed=SIGNED),
    PersonTicket(intent="damaged", label="破损"),
    PersonTicket(intent="lost", label="遗失"),
    PersonTicket(intent="claim", label="理赔"),
    PersonTicket(intent="complaint", label="投诉"),
    PersonTicket(intent="arbitration", label="仲裁"),
)

TICKET_CLASS: dict[str, int] = {h.intent: h.ticket_class for h in INTENTS if h.ticket_class}


def intent_handlers() -> dict[str, IntentHandler]:
    """Every intent the parser knows, with its handler (a test checks none is missing)."""
    out: dict[str, IntentHandler] = {}
    for h in INTENTS:
        if h.intent in out:
            raise ValueError(f"two handlers for intent {h.intent!r}")
        out[h.intent] = h
    return out
