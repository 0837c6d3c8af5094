"""``receipt``: acknowledge a request in the group so the merchant knows it was received."""

from __future__ import annotations

from collections.abc import Sequence

from router.contracts import MerchantRequest, Output, Reply

RECEIPT_TEXT = "收到，正在为您处理"


class ReceiptHandler:
    async def handle(self, request: MerchantRequest) -> Sequence[Output]:
        return [
            Reply(
                id=f"{request.id}:receipt",
                request_id=request.id,
                merchant=request.merchant,
                group=request.group,
                platform=request.platform,
                mention=[request.sender],
                text=RECEIPT_TEXT,
            )
        ]
