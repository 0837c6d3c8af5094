"""Masking personal data (phone numbers, names, addresses) where records leave the request path: dead letters.

Phones are masked wherever they stand (text or bytes: 138****5678). In a record that still reads as a merchant
request, the name and address the parser recognises are masked too. The dead letter's origin (topic, partition,
offset) points at the unmasked record for whoever is entitled to replay it.
"""

from __future__ import annotations

import re

import msgspec

from router.contracts import MerchantRequest, encode

_PHONE_BYTES = re.compile(rb"(?<![0-9])(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])")
_PHONE = re.compile(r"(?<![0-9])(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])")
_request = msgspec.json.Decoder(MerchantRequest)


def mask_phones(text: str) -> str:
    return _PHONE.sub(r"\1****\3", text)


def mask_text(text: str) -> str:
    """Phones, and the name and address the parser finds, masked."""
    from router.parsing.parser import parse

    masked = mask_phones(text)
    for r in parse(text).requests:
        for value in (r.address, r.name):
            if value and len(value) >= 2:
                masked = masked.replace(value, "*" * min(len(value), 6))
    return masked


def mask_record(value: bytes | None) -> bytes | None:
    if value is None:
        return None
    try:
        req = _request.decode(value)
    except (msgspec.DecodeError, UnicodeDecodeError):
        return _PHONE_BYTES.sub(rb"\1****\3", value)
    masked = mask_text(req.text)
    if masked == req.text:  # the bytes as they came (phones in any field masked), not a re-encoding with fields
        return _PHONE_BYTES.sub(rb"\1****\3", value)  # the producer never wrote
    return encode(msgspec.structs.replace(req, text=masked))
