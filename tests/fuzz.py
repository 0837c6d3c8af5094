"""Malformed records for the poison-and-fuzz scenario: every kind a broken or hostile producer could send."""

from __future__ import annotations

import random

import orjson

GOOD_FIELDS = {"v": 1, "id": "x", "merchant": "m00001", "group": "g", "sender": "u", "platform": "demo",
               "text": "YT0000112345678 查件", "received_at": "2026-11-11T20:00:00Z"}


def malformed(n: int, seed: int = 13) -> list[tuple[str, bytes]]:
    """``n`` (kind, bytes) pairs, none of them a valid v1 MerchantRequest."""
    rng = random.Random(seed)
    kinds = ["bad_json", "wrong_type", "missing_field", "huge_text", "invalid_utf8", "binary", "wrong_version",
             "not_an_object", "empty", "null_fields", "bad_platform", "bad_date"]
    out = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        doc = dict(GOOD_FIELDS, id=f"bad-{i}")
        if kind == "bad_json":
            raw = orjson.dumps(doc)[: rng.randint(1, 60)]
        elif kind == "wrong_type":
            doc[rng.choice(["text", "v", "id", "merchant"])] = rng.choice([123, [1, 2], {"a": 1}, True])
            if isinstance(doc["v"], bool):
                doc["v"] = "one"
            raw = orjson.dumps(doc)
        elif kind == "missing_field":
            del doc[rng.choice(["id", "merchant", "group", "text", "received_at", "sender"])]
            raw = orjson.dumps(doc)
        elif kind == "huge_text":
            doc["text"] = "拦截" * 40_000  # over the contract's 64 KiB of text
            raw = orjson.dumps(doc)
        elif kind == "invalid_utf8":
            raw = orjson.dumps(doc).replace(b"YT", b"\xff\xfe", 1)
        elif kind == "binary":
            raw = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 200)))
            if raw[:1] in (b"{", b"["):
                raw = b"\x00" + raw
        elif kind == "wrong_version":
            doc["v"] = rng.choice([0, 2, 99])
            raw = orjson.dumps(doc)
        elif kind == "not_an_object":
            raw = rng.choice([b"[]", b"123", b'"text"', b"null", b"true"])
        elif kind == "empty":
            raw = b""
        elif kind == "null_fields":
            doc["merchant"] = None
            raw = orjson.dumps(doc)
        elif kind == "bad_platform":
            doc["platform"] = "telegram"
            raw = orjson.dumps(doc)
        else:  # bad_date
            doc["received_at"] = "yesterday"
            raw = orjson.dumps(doc)
        out.append((kind, raw))
    return out
