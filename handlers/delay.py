"""``delay``: open a delay ticket (工单) at the carrier; its resolution arrives later by callback."""

from handlers.operation import CarrierOperation
from router.carrier.model import Op

HANDLER = CarrierOperation(
    intent="delay",
    op=Op.TICKET,
    ok_phrase="{w} 已为您登记延误工单，结果会第一时间通知您",
    params=lambda _task: {"type": "delay"},
)
