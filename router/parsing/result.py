"""What the parser returns: a ``ParseResult`` for a message, a ``ParsedRequest`` for each thing it asks.

msgspec structs, compared and encoded field by field by the router and the tests. They live in a module of their
own, below the stages that build them, so that those need not import the parser's top-level flow; ``parser``
re-exports both, which is where the rest of the code imports them from.
"""

from __future__ import annotations

import msgspec


class ParsedRequest(msgspec.Struct, kw_only=True):
    intent: str
    waybills: list[str]
    carrier: str | None
    address: str | None = None
    name: str | None = None
    phone: str | None = None
    amount: float | None = None
    address_parts: dict[str, str] | None = None
    span: tuple[int, int] | None = None  # the text it came from, in the normalised text
    confirm: bool = False  # possible but not certain: ask the merchant before acting (see ParseResult.confirm)


class ParseResult(msgspec.Struct, kw_only=True):
    requests: list[ParsedRequest]
    needs_human: bool
    reason: str | None
    normalized: str = ""
    confirm: str | None = None  # why some requests want the merchant's confirmation (None: none does)
    withdrawn: list[str] = []  # numbers whose earlier request was taken back
    waybills: list[str] = []  # every number the message speaks of, in order
