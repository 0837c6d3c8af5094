"""Merchant chat text → structured requests.

Binding numbers to commands, clause by clause (a line break or ，；。 ends one instruction in these chats):
- a clause with numbers and one command: the command applies to all of them;
- a clause with numbers and several commands: numbers first ("YT1 拦截 YT2 催件") → each command takes the numbers
  before it; command first → the numbers after it; a command left with no numbers shares its neighbour's
  ("拦截并投诉");
- a clause that says nothing is to be done ("正常派送就行", "问题已解决") asks nothing for its numbers;
- a number alone in its clause takes the commands of the nearest clause on its line ("YT1，YT2 都是破损件");
- numbers on lines without a command take the command of a command-only line: the nearest below when the
  message starts with numbers ("YT1\n拦截\nYT2\n催件"), else the nearest above ("拦截" then the numbers);
  with no command anywhere, bare numbers mean ``track``;
- a negated command ("不用拦截了") is never executed: its numbers go to a person.
Anything the parser is not sure of sets ``needs_human`` with a reason instead of guessing. ``parse`` never raises.
"""

from __future__ import annotations

import re

import msgspec

from router.parsing.intents import Mention, mentions_by_clause
from router.parsing.normalize import normalize
from router.parsing.waybills import Found, Waybill, find

MAX_CHARS = 2000  # chat platforms cap messages near this; longer input is not a chat message

_AMOUNT = re.compile(r"(\d+(?:\.\d{1,2})?)\s*(?:元|块)")
_NAME_NEAR_PHONE = re.compile(r"([\u4e00-\u9fa5]{2,4})\s*(1[3-9]\d{9})|(1[3-9]\d{9})\s*([\u4e00-\u9fa5]{2,4})(?=\s|$)")
_NAME_LABEL = re.compile(r"(?:收件人|姓名|联系人)[:：\s]*([\u4e00-\u9fa5]{2,4})")
_ADDRESS_HINT = re.compile(r"[省市区县镇乡村路街道号巷弄栋楼室]")
_ADDRESS_PARTS = re.compile(
    r"^(?P<province>[\u4e00-\u9fa5]{2,7}?(?:省|自治区))?(?P<city>[\u4e00-\u9fa5]{2,7}?市)?"
    r"(?P<district>[\u4e00-\u9fa5]{1,7}?(?:区|县|旗))?(?P<detail>.*)$"
)
_FIELD_BREAK = re.compile(r"[\s,，;；]+")
_LABELS = re.compile(r"(?:新地址|收件地址|地址|收件人|姓名|联系人|电话|手机|手机号)[:：]?")


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


class ParseResult(msgspec.Struct, kw_only=True):
    requests: list[ParsedRequest]
    needs_human: bool
    reason: str | None
    normalized: str = ""


def parse(text: str, carrier: str | None = None) -> ParseResult:
    """Understand one message. ``carrier`` is the group's own carrier (decides ambiguous all-digit numbers)."""
    try:
        return _parse(text, carrier)
    except Exception as e:  # a parser bug must hand the message to a person, never crash the router
        return ParseResult(requests=[], needs_human=True, reason=f"parser_error:{type(e).__name__}")


# "正常派送就行", "问题已解决": the merchant says nothing is to be done for the numbers of this clause.
_NO_ACTION = re.compile(
    r"正常派送|正常送|正常派|不用处理|已解决|已经解决|已经联系|已联系|没事了|没问题了|签收了|已签收|收到了|已收到"
)
# A clause ends at a line break or at ，；。 — merchants put one instruction per clause as often as per line.
_CLAUSE = re.compile(r"[^\n,，;；。]+")


class _Line:
    """One clause of the message; ``row`` is the line it stands on."""

    __slots__ = ("commands", "end", "negated", "no_action", "row", "start", "text", "waybills")

    def __init__(self, text: str, start: int, row: int, ms: list[Mention]) -> None:
        self.text, self.start, self.end, self.row = text, start, start + len(text), row
        self.waybills: list[Waybill] = []
        self.commands = [m for m in ms if not m.negated]
        self.negated = [m for m in ms if m.negated] if len(self.commands) < len(ms) else []
        self.no_action = not self.commands and _NO_ACTION.search(text) is not None


def _lines(norm: str) -> list[_Line]:
    spans: list[tuple[int, int]] = []
    rows: list[int] = []
    row = last = 0
    for m in _CLAUSE.finditer(norm):
        s, e = m.span()
        if norm[s:e].isspace():
            continue
        row += norm.count("\n", last, s)
        last = s
        spans.append((s, e))
        rows.append(row)
    by_clause = mentions_by_clause(norm, spans)
    return [_Line(norm[s:e], s, r, ms) for (s, e), r, ms in zip(spans, rows, by_clause, strict=True)]


def _bind_line(line: _Line) -> list[tuple[str, Waybill]]:
    """(intent, waybill) pairs of a line that has both numbers and commands."""
    intents = list(dict.fromkeys(m.intent for m in line.commands))
    if len(intents) == 1:
        return [(intents[0], w) for w in line.waybills]
    rel = [(w.span[0] - line.start, w) for w in line.waybills]
    numbers_first = rel[0][0] < line.commands[0].start
    groups: list[tuple[Mention, list[Waybill]]] = []
    for i, m in enumerate(line.commands):
        if numbers_first:
            lo = line.commands[i - 1].end if i else -1
            mine = [w for p, w in rel if lo <= p < m.start]
        else:
            hi = line.commands[i + 1].start if i + 1 < len(line.commands) else 10**9
            mine = [w for p, w in rel if m.end <= p < hi]
        groups.append((m, mine))
    for i, (m, mine) in enumerate(groups):  # "拦截并投诉": a command with no numbers of its own shares its neighbour's
        if not mine:
            near = [g for j in (i - 1, i + 1) if 0 <= j < len(groups) for g in [groups[j][1]] if g]
            groups[i] = (m, near[0] if near else [])
    return [(m.intent, w) for m, mine in groups for w in mine]


def _parse(text: str, carrier: str | None) -> ParseResult:
    if len(text) > MAX_CHARS:
        return ParseResult(requests=[], needs_human=True, reason="too_long")
    norm = normalize(text)
    found = find(norm, carrier)
    lines = _lines(norm)
    for w in found.waybills:
        for line in lines:
            if line.start <= w.span[0] <= line.end:
                line.waybills.append(w)
                break
    reasons: list[str] = []
    pairs: list[tuple[str, Waybill]] = []
    orphans: list[tuple[int, Waybill]] = []
    for i, line in enumerate(lines):
        if line.waybills and line.commands:
            pairs += _bind_line(line)
        elif line.waybills and line.negated:
            reasons.append("negated_command")
        elif line.waybills and line.no_action:
            continue
        elif line.waybills:
            orphans += [(i, w) for w in line.waybills]
    command_lines = [i for i, line in enumerate(lines) if line.commands and not line.waybills]
    if orphans:
        if command_lines:
            # Numbers before the first command line ("YT1\n拦截\nYT2\n催件"): each takes the command below it;
            # otherwise ("拦截\nYT1\nYT2") the command above it.
            numbers_first = orphans[0][0] < command_lines[0]
            for i, w in orphans:
                below = [j for j in command_lines if j > i][:1]
                above = [j for j in command_lines if j < i][-1:]
                preferred, fallback = (below, above) if numbers_first else (above, below)
                j = (preferred or fallback)[0]
                pairs += [(intent, w) for intent in dict.fromkeys(m.intent for m in lines[j].commands)]
        elif not pairs and not any(line.negated for line in lines):
            if _has_address(norm, found.phones):
                pairs += [("change_address", w) for _, w in orphans]  # a new address and phone, no command word
            elif _bare(norm, found):
                pairs += [("track", w) for _, w in orphans]  # a bare waybill number asks where the parcel is
            else:  # words we do not understand: a person reads them; the numbers go along as a tracking guess
                reasons.append("unknown_command")
                pairs += [("track", w) for _, w in orphans]
        elif pairs:
            # A list continued: "YT1，YT2 都是破损件" — a number takes the commands of the nearest clause on its
            # own line (the following one first); across lines only when the message asks one thing.
            single = {intent for intent, _ in pairs}
            for i, w in orphans:
                same_row = [j for j, c in enumerate(lines) if c.commands and c.row == lines[i].row]
                near = [j for j in same_row if j > i][:1] or [j for j in same_row if j < i][-1:]
                if near:
                    pairs += [(intent, w) for intent in dict.fromkeys(m.intent for m in lines[near[0]].commands)]
                elif len(single) == 1:
                    pairs += [(next(iter(single)), w)]
                else:
                    reasons.append("unplaced_waybill")
        else:
            reasons.append("unplaced_waybill")
    if command_lines and not orphans and pairs:
        # A command on a line of its own that no number took ("YT1 拦截\nYT1 改址 …": a number named twice is
        # found once, on its first line): acting on the rest would drop it without a word; a person reads it.
        # (A clause beside numbers on the same line, "YT1 催一下，客户急用", goes with them.)
        bound = {intent.rstrip("~≈") for intent, _ in pairs}
        rows = {line.row for line in lines if line.waybills}
        if any(m.intent.rstrip("~≈") not in bound
               for j in command_lines if lines[j].row not in rows for m in lines[j].commands):
            reasons.append("unplaced_command")
    unrecognised = [d for d in found.unplaced if len(d) <= 17]  # 18-19 digits: platform order numbers
    if command_lines and not found.waybills and not unrecognised:
        reasons.append("command_without_waybill")
    negated_only = found.waybills and not pairs and any(line.negated for line in lines)
    if negated_only and "negated_command" not in reasons:
        reasons.append("negated_command")
    if unrecognised:
        reasons.append("unrecognised_number")
    if carrier is None and any(w.alternatives for _, w in pairs):
        reasons.append("ambiguous_carrier")
    requests = _requests(pairs, norm, lines, found.phones, reasons)
    if _conflicting(requests):
        reasons.append("conflicting_commands")
    reason = reasons[0] if reasons else None
    return ParseResult(requests=requests, needs_human=bool(reasons), reason=reason, normalized=norm)


# Words that carry no request: politeness, acknowledgements, filler. A message of waybills and only these is bare.
# Matched as one possessive run over the whole text (the same greedy scan as removing every filler word and
# looking for what is left, without building the remainder, and with no backtracking to blow up).
_FILLER = re.compile(
    r"(?:麻烦|谢谢|谢了|您好|你好|老板|亲|请|帮忙|帮我|一下|这个|这两个|这几个|单号|运单号|快递单号|快递|件|的|了|吧|呢|"
    r"啊|好的|收到|看看|看下|辛苦|以下|以上|都|全部|和|今天|昨天|发货|发的|寄的|[A-Z\d\s\W_])*+"
)


def _bare(norm: str, found: Found) -> bool:
    text = norm
    for w in found.waybills:
        text = text.replace(w.number, " ")
    return _FILLER.fullmatch(text) is not None


def _has_address(norm: str, phones: list[str]) -> bool:
    """A new address and a phone number but no command word: the merchant is asking for an address change."""
    return bool(phones) and len(_ADDRESS_HINT.findall(norm)) >= 3


_COSTLY = frozenset({"intercept", "cancel", "change_address"})  # a wrong guess costs the merchant a parcel
_CONFLICTS = {frozenset({"intercept", "change_address"}), frozenset({"cancel", "change_address"}),
              frozenset({"intercept", "urge"}), frozenset({"cancel", "urge"})}


def _conflicting(requests: list[ParsedRequest]) -> bool:
    """The same waybill asked to go back and to go on (拦截 and 催件), which a person must settle."""
    if len(requests) < 2:  # one request has one intent
        return False
    by_waybill: dict[str, set[str]] = {}
    for r in requests:
        for w in r.waybills:
            by_waybill.setdefault(w, set()).add(r.intent)
    return any(frozenset({a, b}) in _CONFLICTS for s in by_waybill.values() for a in s for b in s if a < b)


def _strength(intent: str) -> int:
    """Readings by strength: firm words; weak words (intents.WEAK, "~") and "track"; morphemes ("≈")."""
    return 0 if intent.endswith("≈") else 1 if intent == "track" or intent.endswith("~") else 2


def _requests(
    pairs: list[tuple[str, Waybill]], norm: str, lines: list[_Line], phones: list[str], reasons: list[str]
) -> list[ParsedRequest]:
    # A waybill keeps only its strongest readings ("物流信息好几天没更新" is a delay report, not a question).
    best: dict[str, int] = {}
    for intent, w in pairs:
        best[w.number] = max(best.get(w.number, 0), _strength(intent))
    kept = [(intent, w) for intent, w in pairs if _strength(intent) == best[w.number]]
    if any(i.endswith("≈") and i.rstrip("≈") in _COSTLY for i, _ in kept):
        reasons.append("weak_command")
    # in the order the merchant wrote the numbers (binding may have visited clauses out of order)
    pairs = sorted(((intent.rstrip("~≈"), w) for intent, w in kept), key=lambda p: p[1].span[0])
    grouped: dict[tuple[str, str], ParsedRequest] = {}
    for intent, w in pairs:
        req = grouped.get((intent, w.carrier))
        if req is None:
            req = grouped[(intent, w.carrier)] = ParsedRequest(
                intent=intent, waybills=[], carrier=w.carrier, span=w.span
            )
        if w.number not in req.waybills:
            req.waybills.append(w.number)
        assert req.span is not None
        req.span = (min(req.span[0], w.span[0]), max(req.span[1], w.span[1]))
    out = list(grouped.values())
    for r in out:
        if r.intent == "change_address":
            _address_fields(r, norm, lines, phones, reasons)
        elif r.intent == "claim":
            m = _AMOUNT.search(norm)
            r.amount = float(m.group(1)) if m else None
    return out


def _address_fields(r: ParsedRequest, norm: str, lines: list[_Line], phones: list[str], reasons: list[str]) -> None:
    text = norm
    for w in r.waybills:
        text = text.replace(w, " ")
    m = _NAME_LABEL.search(text)
    name = m.group(1) if m else None
    phone = phones[0] if phones else None
    m2 = _NAME_NEAR_PHONE.search(text)
    if name is None and m2:
        name = m2.group(1) or m2.group(4)
    for line in lines:
        for cmd in line.commands + line.negated:
            text = text.replace(line.text[cmd.start : cmd.end], " ")
    for piece in (phone, name):
        if piece:
            text = text.replace(piece, " ")
    text = _LABELS.sub(" ", text)
    address = " ".join(t for t in _FIELD_BREAK.split(text) if _ADDRESS_HINT.search(t) or len(t) > 6).strip()
    r.name, r.phone = name, phone
    if address:
        r.address = address
        parts = _ADDRESS_PARTS.match(address.replace(" ", ""))
        if parts:
            r.address_parts = {k: v for k, v in parts.groupdict().items() if v}
    else:
        reasons.append("address_missing")
