"""``cancel``: void a waybill that has not been picked up. Done at once when the carrier accepts."""

from handlers.operation import CarrierOperation
from router.carrier.model import Op

HANDLER = CarrierOperation(
    intent="cancel",
    op=Op.CANCEL,
    ok_phrase="{w} 撤单成功",
    refusals={
        "picked_up": "{w} 已揽收，无法撤单，如需退回请回复“拦截 单号”",
        "delivered": "{w} 已签收，无法撤单",
        "cancelled": "{w} 已撤单，无需重复操作",
    },
    done_when=lambda _r: True,
)
