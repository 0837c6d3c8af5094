"""``receipt``: acknowledge a request in the group so the merchant knows it was received."""

from __future__ import annotations

from collections.abc import Sequence

from router.contracts import MerchantRequest, Output, reply_to

RECEIPT_TEXT = "收到，正在为您处理"


class ReceiptHandler:
    async def handle(self, request: MerchantRequest) -> Sequence[Output]:
        return [reply_to(request, RECEIPT_TEXT, "receipt")]
