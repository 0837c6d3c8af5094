"""``change_address``: send the parcel to a new address. Before pickup it is changed at once; after, the carrier
reports the result later by callback. The parser guarantees an address (or hands the message to a person)."""

from handlers.base import Task
from handlers.operation import CarrierOperation
from router.carrier.model import Op


def _params(task: Task) -> dict[str, str]:
    p = task.parsed
    return {k: v for k, v in (("address", p.address), ("name", p.name), ("phone", p.phone)) if v}


HANDLER = CarrierOperation(
    intent="change_address",
    op=Op.CHANGE_ADDRESS,
    ok_phrase="{w} 改址已提交，结果会第一时间通知您",
    done_phrase="{w} 改址成功",
    refusals={
        "delivered": "{w} 已签收，无法改址",
        "address_missing": "{w} 缺少新地址，请按“改址 单号 新地址 姓名 电话”发送",
    },
    params=_params,
    done_when=lambda r: r.data.get("status") == "changed",
)
