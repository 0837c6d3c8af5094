"""``kefu-router parse``: the stable contract other tools use.

Input: JSON lines ``{"text": "...", "carrier": "yto"}`` (carrier optional: the group's carrier).
Output: exactly one JSON line per input line, in order:
``{"requests": [{"intent", "waybills", "carrier", "address", "name", "phone", "confirm"}], "needs_human", "reason",
"confirm"}``. A request with ``confirm`` true is possible but not certain: the bot asks the merchant before acting
on it; the top-level ``confirm`` says why (null when nothing is to be confirmed). The bot acts on nothing of a
message with ``needs_human`` (and ``confirm`` is then false everywhere).
A line that is not such JSON gets ``{"requests": [], "needs_human": true, "reason": "invalid_input: ..."}``.
"""

from __future__ import annotations

from typing import BinaryIO

import orjson

from router.parsing.parser import parse

_KEYS = ("intent", "waybills", "carrier", "address", "name", "phone", "confirm")


def parse_line(raw: bytes) -> dict[str, object]:
    try:
        doc = orjson.loads(raw)
        text, carrier = doc["text"], doc.get("carrier")
        if not isinstance(text, str) or not (carrier is None or isinstance(carrier, str)):
            raise TypeError("text must be a string, carrier a string or null")
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError) as e:
        return {"requests": [], "needs_human": True, "reason": f"invalid_input: {type(e).__name__}", "confirm": None}
    result = parse(text, carrier.lower() if carrier else None)
    return {
        "requests": [{k: getattr(r, k) for k in _KEYS} for r in result.requests],
        "needs_human": result.needs_human,
        "reason": result.reason,
        "confirm": result.confirm,
    }


def parse_stream(inp: BinaryIO, out: BinaryIO) -> int:
    for raw in inp:  # one output line for every input line, blank ones included, so outputs align with inputs
        out.write(orjson.dumps(parse_line(raw)) + b"\n")
    out.flush()
    return 0
