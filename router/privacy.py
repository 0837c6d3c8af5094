"""Masking personal data (phone numbers, names, addresses) where records leave the request path: dead letters, and
the phone in a question put to a merchant.

Phones are masked wherever they stand and however written: 13812345678, +86 138 1234 5678, 0086-138-1234-5678,
full-width １３８１２３４５６７８ (the middle four digits become ****, the rest stays as written). Names are masked
after the labels merchants put before them (收件人：张三), and addresses by their shape: a run of characters holding
two of the words addresses are made of (省 市 区 路 号 …). In a record that still reads as a merchant request, the
name and address the parser recognises are masked too. Every consumer's dead letters (router.deadletters) go
through ``mask_record``; the dead letter's origin (topic, partition, offset) points at the unmasked record for
whoever is entitled to replay it.
"""

from __future__ import annotations

import re

import msgspec

from router.contracts import MerchantRequest, encode

_D = "[0-9０-９]"
_SEP = "[ \t\\-－–—.·/／()（）]{0,2}"
# a mobile number, with its country code when it has one (so that 0086138… is one number, not 0086 and a tail)
_PHONE = re.compile(
    f"(?<![0-9０-９])((?:(?:[+＋]|00|００)?(?:86|８６)[ \t\\-－.()（）]*)?[(（]?[1１][3-9３-９]{_D}{_SEP})"
    f"({_D}{{4}})({_SEP}{_D}{{4}})(?![0-9０-９])")
# a name after the label merchants write before it
_LABELLED_NAME = re.compile(r"((?:收件人|收货人|联系人|寄件人|签收人|姓名)\s*[:：]?\s*)([\u4e00-\u9fa5·]{2,4})")
# a run that may be an address: it is one when it holds two of the words addresses are made of
_RUN = re.compile(r"(?<!\\)[\u4e00-\u9fa5A-Za-z0-9０-９#\-－]{4,}")  # (not the letter of a JSON escape)
_ADDRESS_WORDS = ("省", "市", "区", "县", "镇", "乡", "村", "路", "街", "巷", "弄", "号", "栋", "幢", "室", "楼")
_request = msgspec.json.Decoder(MerchantRequest)
_any = msgspec.json.Decoder()


def mask_phones(text: str) -> str:
    return _PHONE.sub(r"\1****\3", text)


def _mask_run(m: re.Match[str]) -> str:
    run = m.group()
    return "*" * min(len(run), 6) if sum(w in run for w in _ADDRESS_WORDS) >= 2 else run


def mask_shapes(text: str) -> str:
    """Phones, labelled names and address-shaped runs masked: what can be found without reading the message."""
    masked = _LABELLED_NAME.sub(lambda m: m.group(1) + "*" * len(m.group(2)), mask_phones(text))
    return _RUN.sub(_mask_run, masked)


def mask_text(text: str) -> str:
    """A merchant's message with phones, names and addresses masked: by shape, and as the parser reads them."""
    from router.parsing.parser import parse

    masked = mask_shapes(text)
    for r in parse(text).requests:
        for value in (r.address, r.name):
            if value and len(value) >= 2:
                masked = masked.replace(value, "*" * min(len(value), 6))
    return masked


def _masked_values(doc: object) -> object:
    if isinstance(doc, str):
        return mask_shapes(doc)
    if isinstance(doc, list):
        return [_masked_values(x) for x in doc]
    if isinstance(doc, dict):
        return {k: _masked_values(v) for k, v in doc.items()}
    return doc


def _mask_bytes(value: bytes) -> bytes:
    """``mask_shapes`` over every string of a JSON document (escaped or not); bytes that are no JSON masked as
    they came (what is not UTF-8 passes through unchanged)."""
    try:
        doc = _any.decode(value)
    except (msgspec.DecodeError, UnicodeDecodeError):
        return mask_shapes(value.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
    masked = _masked_values(doc)
    return value if masked == doc else msgspec.json.encode(masked)


def mask_record(value: bytes | None) -> bytes | None:
    if value is None:
        return None
    try:
        req = _request.decode(value)
    except (msgspec.DecodeError, UnicodeDecodeError):
        return _mask_bytes(value)  # a reply, a ticket, a human answer, or no JSON at all
    masked = mask_text(req.text)
    if masked == mask_shapes(req.text):  # the bytes as they came, masked by shape in every field
        return _mask_bytes(value)
    return _mask_bytes(encode(msgspec.structs.replace(req, text=masked)))
