"""Waybill numbers in normalised merchant text (see ../shared/DOMAIN.md for the formats).

Recognition works on *chunks*: maximal runs of capital letters and digits in which digit groups may be separated
by one space or hyphen ("YT 7514 2369 8541 2"). A chunk is read two ways, joined (separators dropped) and as its
separate groups, and the reading that accounts for more of its characters wins (the separate groups on a tie).
Within a reading, prefixed numbers (YT…, JT…, SF…, JD…, DPK…, UPU S10) are taken where they start, and a digit
run is a waybill only as a whole, or when it splits into equal pieces that are each a waybill of one carrier
(numbers pasted together). A waybill-shaped piece is never cut out of a longer number, so phone numbers
(11 digits, 1[3-9]…) and platform order numbers (18-19 digits) are never waybills.

All-digit numbers can fit several carriers: the group's own carrier decides first, then a carrier named in the
message, then the most specific pattern. The older 12-digit SF and ZTO forms are accepted only when the group's
carrier or a carrier named in the message is SF or ZTO.
"""

from __future__ import annotations

import re

CARRIERS = ("sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao")
CARRIER_WORDS = {
    "顺丰": "sf", "中通": "zto", "圆通": "yto", "申通": "sto", "韵达": "yunda", "极兔": "jt", "J&T": "jt",
    "京东": "jd", "邮政": "ems", "EMS": "ems", "德邦": "deppon", "菜鸟": "cainiao",
}
_PREFIXED_FORMS = (
    ("yto", r"YT\d{13}"),
    ("jt", r"JT\d{13}"),
    ("sf", r"SF[A-Z0-9]\d{12}"),
    ("jd", r"JD[A-Z0-9]{2}\d{11}"),
    ("deppon", r"DPK\d{12}"),
)
# The prefixes differ, so at most one form can match at a position: one pattern, the carrier is the group's name.
_PREFIXED = re.compile("|".join(f"(?P<{carrier}>{form})" for carrier, form in _PREFIXED_FORMS))
_S10 = re.compile(r"[A-Z]{2}[0-9]{9}[A-Z]{2}")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
# A digit group followed by a decimal point belongs to a figure ("2.5KG"), never to the number before it.
_CHUNK = re.compile(r"[A-Z0-9]+(?:[ -][0-9]+(?![.0-9]))*")
_SHORTEST = 10  # shorter runs are neither waybills, phones, nor worth reporting as unplaced numbers
_DIGITS = re.compile(r"[0-9]+")
_SEPARATOR = re.compile(r"[ -]")
_PHONE = re.compile(r"1[3-9]\d{9}")
_LEGACY = ("sf", "zto")


# Plain classes rather than dataclasses: compiled with mypyc they are native, while a dataclass keeps its generated
# __init__ in interpreted Python (7% of the compiled parser's time went there).
class Waybill:
    __slots__ = ("alternatives", "carrier", "number", "span")

    def __init__(
        self, number: str, carrier: str, span: tuple[int, int], alternatives: tuple[str, ...] = ()
    ) -> None:
        self.number = number
        self.carrier = carrier
        self.span = span  # where its chunk stands in the normalised text
        # Other carriers an all-digit number also fits when neither the group nor the message said which:
        # the parser treats a non-empty value as uncertainty.
        self.alternatives = alternatives

    def __repr__(self) -> str:
        return f"Waybill({self.number!r}, {self.carrier!r}, {self.span!r}, {self.alternatives!r})"


class Found:
    __slots__ = ("phones", "unplaced", "waybills")

    def __init__(self) -> None:
        self.waybills: list[Waybill] = []
        self.phones: list[str] = []
        self.unplaced: list[str] = []  # long numbers that are neither waybills nor phones


def s10_valid(number: str) -> bool:
    """UPU S10: 2 letters, 8 serial digits, a check digit, 2 letters (the country)."""
    if not _S10.fullmatch(number):
        return False
    total = sum(int(d) * w for d, w in zip(number[2:10], _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    check = {10: 0, 11: 5}.get(check, check)
    return int(number[10]) == check


def digit_carriers(d: str) -> list[str]:
    """Carriers whose all-digit format ``d`` fits, most specific first (legacy 12-digit forms last)."""
    n = len(d)
    out = []
    if n == 15 and d.startswith("621"):
        out.append("cainiao")
    if n == 14 and d[:2] in ("73", "74", "75", "76", "78"):
        out.append("zto")
    if d[:2] in ("77", "43") and 14 <= n <= 17:
        out.append("sto")
    if (n == 15 and d[0] in "34") or (n == 13 and d[0] == "5"):
        out.append("yunda")
    if n == 13 and d[0] in "189":
        out.append("ems")
    if n == 12 and d[0] != "0":
        out += _LEGACY
    return out


def carrier_words(text: str) -> list[str]:
    return [c for w, c in CARRIER_WORDS.items() if w in text]


class _Context:
    __slots__ = ("_named", "group", "text")

    def __init__(self, group: str | None, text: str) -> None:
        self.group, self.text = group, text
        self._named: list[str] | None = None

    @property
    def named(self) -> list[str]:
        """Carriers named in the message, looked up only when an all-digit number needs them."""
        if self._named is None:
            self._named = carrier_words(self.text)
        return self._named

    def pick(self, d: str) -> tuple[str, tuple[str, ...]] | None:
        """The carrier of all-digit ``d`` and the other carriers it would also fit, or None."""
        fits = digit_carriers(d)
        if not fits:
            return None
        if self.group in fits:
            return self.group, ()
        for c in self.named:
            if c in fits:
                return c, ()
        # The 12-digit forms are old and too easily something else: only with the carrier known.
        return None if len(d) == 12 else (fits[0], tuple(fits[1:]))


_Reading = list[tuple[str, str, tuple[str, ...]]]  # (number, carrier, alternatives)


def _read(compact: str, ctx: _Context) -> tuple[_Reading, int]:
    """Waybills in one reading of a chunk, and how many characters they account for."""
    if compact.isdigit():  # the common case, one run of digits
        out = _digit_run(compact, ctx)
        return out, sum(len(w) for w, _, _ in out)
    out = []
    i = 0
    n = len(compact)
    while i < n:
        if not compact[i].isdigit():
            m = _PREFIXED.match(compact, i)
            if m and not (m.end() < n and compact[m.end()].isdigit()):
                out.append((m.group(), m.lastgroup or "", ()))
                i = m.end()
                continue
            m = _S10.match(compact, i)
            if m and s10_valid(m.group()):
                out.append((m.group(), "ems", ()))
                i = m.end()
                continue
        m = _DIGITS.match(compact, i)
        if m is None:
            i += 1
            continue
        out += _digit_run(m.group(), ctx)
        i = m.end()
    return out, sum(len(w) for w, _, _ in out)


def _digit_run(d: str, ctx: _Context) -> _Reading:
    whole = ctx.pick(d)
    if whole is not None:
        return [(d, *whole)]
    for size in range(12, 18):
        k, rest = divmod(len(d), size)
        if k < 2 or rest:
            continue
        pieces = [d[j * size : (j + 1) * size] for j in range(k)]
        picks = [ctx.pick(p) for p in pieces]
        if all(picks) and len({pk[0] for pk in picks if pk}) == 1:
            return [(p, *pk) for p, pk in zip(pieces, picks, strict=True) if pk]
    return []


def find(text: str, group_carrier: str | None = None) -> Found:
    """Waybills, phone numbers and unplaced long numbers in normalised ``text``. Never raises."""
    ctx = _Context(group_carrier if group_carrier in CARRIERS else None, text)
    found = Found()
    seen: set[str] = set()
    for chunk in _CHUNK.finditer(text):
        if chunk.end() - chunk.start() < _SHORTEST:
            continue  # house numbers, times, weights: nothing this short is a waybill or a phone
        c = chunk.group()
        groups = _SEPARATOR.split(c) if " " in c or "-" in c else [c]
        joined, joined_len = _read("".join(groups) if len(groups) > 1 else c, ctx)
        chosen = joined
        if len(groups) > 1:  # one group: both readings are the same
            separate: _Reading = []
            separate_len = 0
            for g in groups:
                w, length = _read(g, ctx)
                separate += w
                separate_len += length
            if separate_len >= joined_len:
                chosen = separate
        for number, carrier, alternatives in chosen:
            if number not in seen:
                seen.add(number)
                found.waybills.append(Waybill(number, carrier, chunk.span(), alternatives))
        taken = {w for w, _, _ in chosen}
        for g in groups:
            for d in [g] if g.isdigit() else _DIGITS.findall(g):
                if _PHONE.fullmatch(d):
                    found.phones.append(d)
                elif len(d) >= _SHORTEST and not any(d in w or w in d for w in taken):
                    found.unplaced.append(d)
    return found
