"""Dead letters: a record that could not be handled, with the reason and where it came from.

Every consumer builds them here (the router, the chat egress, the ticket follower), so every one is masked and
size-capped the same way: personal data masked (router.privacy), the detail cut short, and a value over the
cap cut to its first bytes. The origin (topic, partition, offset) points at the whole, unmasked record.
"""

from __future__ import annotations

from router.contracts import DeadLetter
from router.privacy import mask_phones, mask_record

DETAIL_MAX = 500
# At most this much of the original value: base64 in JSON makes it a third larger, and a letter over the broker's
# 1 MB would be refused forever, holding the merchant's later records.
VALUE_MAX = 256 * 1024


def dead_letter(reason: str, detail: str, *, topic: str, partition: int, offset: int, key: bytes | None,
                value: bytes | None) -> DeadLetter:
    value = mask_record(value)
    detail = mask_phones(detail[:DETAIL_MAX])
    if value is not None and len(value) > VALUE_MAX:
        detail += f" (value cut to its first {VALUE_MAX} of {len(value)} bytes; the origin has it all)"
        value = value[:VALUE_MAX]
    return DeadLetter(reason=reason, detail=detail, topic=topic, partition=partition, offset=offset, key=key,
                      value=value)
