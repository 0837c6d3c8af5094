"""``intercept``: stop a shipped parcel and send it back. The result arrives later by carrier callback."""

from handlers.operation import CarrierOperation
from router.carrier.model import Op

HANDLER = CarrierOperation(
    intent="intercept",
    op=Op.INTERCEPT,
    ok_phrase="{w} 拦截已提交，结果会第一时间通知您",
    refusals={
        "delivered": "{w} 已签收，无法拦截",
        "not_picked_up": "{w} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）",
        "already_intercepted": "{w} 已在拦截中，结果会第一时间通知您",
    },
)
