"""``urge``: ask the carrier to hurry delivery."""

from handlers.operation import CarrierOperation
from router.carrier.model import Op

HANDLER = CarrierOperation(
    intent="urge",
    op=Op.URGE,
    ok_phrase="{w} 已为您催促派送，请耐心等待",
    refusals={
        "delivered": "{w} 已签收",
        "not_picked_up": "{w} 尚未揽收，已记录，揽收后会尽快发出",
    },
    done_when=lambda _r: True,
)
