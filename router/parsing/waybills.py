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

Before any chunk is read, mobile numbers in every notation people write them (+86, 0086, "86-", spaces or dashes
between the groups, full-width digits after normalisation) are taken out of the text the chunks see, so a phone
can neither be read as a waybill nor glued to one. UPU S10 numbers typed with spaces ("EJ 302 993 041 CN") are
read whole when their check digit holds. A number a chat client broke over two lines ("YT75142369" at a line's
end, "85412" at the next one's start) is joined only when neither piece is a number by itself and the joined
string is a valid number for the group: such a waybill is marked ``joined``, and the parser treats it as
uncertain.

Every occurrence of a number is reported, in the order of the text: a merchant may name a number again to take
back or correct what they asked for it.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

CARRIERS: Final = ("sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao")
CARRIER_WORDS: Final = {
    "顺丰": "sf", "中通": "zto", "圆通": "yto", "申通": "sto", "韵达": "yunda", "极兔": "jt", "J&T": "jt",
    "京东": "jd", "邮政": "ems", "EMS": "ems", "德邦": "deppon", "菜鸟": "cainiao",
}
_PREFIXED_FORMS: Final = (
    ("yto", r"YT[0-9]{13}"),
    ("jt", r"JT[0-9]{13}"),
    ("sf", r"SF[A-Z0-9][0-9]{12}"),
    ("jd", r"JD[A-Z0-9]{2}[0-9]{11}"),
    ("deppon", r"DPK[0-9]{12}"),
)
# The prefixes differ, so at most one form can match at a position: one pattern, the carrier is the group's name.
_PREFIXED: Final = re.compile("|".join(f"(?P<{carrier}>{form})" for carrier, form in _PREFIXED_FORMS))
_S10: Final = re.compile(r"[A-Z]{2}[0-9]{9}[A-Z]{2}")
_S10_WEIGHTS: Final = (8, 6, 4, 2, 3, 5, 9, 7)
# A digit group followed by a decimal point belongs to a figure ("2.5KG"), never to the number before it.
# (the first character apart: a pattern starting with a class lets the engine skip to where one can start)
_CHUNK: Final = re.compile(r"[A-Z0-9][A-Z0-9]*(?:[ -][0-9]+(?![.0-9]))*")
_SHORTEST: Final = 10  # shorter runs are neither waybills, phones, nor worth reporting as unplaced numbers
_DIGITS: Final = re.compile(r"[0-9][0-9]*")
_SEPARATOR: Final = re.compile(r"[ -]")
_PHONE: Final = re.compile(r"1[3-9][0-9]{9}")
_LEGACY: Final = ("sf", "zto")
# A mobile number as written: an optional country code (+86, 0086, or 86 followed by a separator), then the 11
# digits, possibly grouped 3-4-4 by single spaces or dashes, the first group possibly in brackets.
_PHONE_NOTATION: Final = re.compile(
    r"(?:\+ ?86[ -]?|(?<![0-9A-Z+])(?:00 ?86[ -]?|86[ -])?)"  # "+86" may follow anything, even another phone
    r"(?:\(1[3-9][0-9]\)|1[3-9][0-9])[ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])"
)
# "86" glued to a mobile number: 13 digits that an EMS number could also have; a phone, always (a phone must never
# be acted on as a parcel; an EMS number of that shape goes to a person as an unrecognised number).
_PHONE_86: Final = re.compile(r"8(?<![0-9A-Z+]8)6(1[3-9][0-9]{9})(?![0-9])")
# A digit or letter, a space or dash, a digit: only then can a number be spaced or grouped. (The separator is
# looked for first: it is much rarer than digits and letters.)
_GAPPED: Final = re.compile(r"[ -](?<=[0-9A-Z][ -])[0-9]")
# An S10 number with spaces or dashes inside (the unspaced form is read with the chunks).
_S10_SPACED: Final = re.compile(r"[A-Z](?<![A-Z0-9][A-Z])[A-Z](?:[ -]?[0-9]){9}[ -]?[A-Z]{2}(?![A-Z0-9])")
_BREAK: Final = re.compile(r" ?\n ?")  # what may stand between the two pieces of a number broken over lines


# Plain classes rather than dataclasses: compiled with mypyc they are native, while a dataclass keeps its generated
# __init__ in interpreted Python (7% of the compiled parser's time went there).
class Waybill:
    __slots__ = ("alternatives", "carrier", "joined", "number", "span")

    def __init__(
        self, number: str, carrier: str, span: tuple[int, int], alternatives: tuple[str, ...] = (),
        joined: bool = False,
    ) -> None:
        self.number = number
        self.carrier = carrier
        self.span = span  # where its chunk stands in the normalised text
        # Other carriers an all-digit number also fits when neither the group nor the message said which:
        # the parser treats a non-empty value as uncertainty.
        self.alternatives = alternatives
        self.joined = joined  # put together from two pieces on two lines: the parser treats it as uncertain

    def __repr__(self) -> str:
        return f"Waybill({self.number!r}, {self.carrier!r}, {self.span!r}, {self.alternatives!r}, {self.joined!r})"


class Found:
    __slots__ = ("books", "phones", "unplaced", "waybills")

    def __init__(self) -> None:
        self.waybills: list[Waybill] = []
        self.phones: list[str] = []
        self.unplaced: list[str] = []  # long numbers that are neither waybills nor phones
        self.books = False  # a waybill may be a book's ISBN (the shape, where books are spoken of)


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
        if not i or not compact[i - 1].isalpha():  # digits glued to letters are not an all-digit number
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


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` replaced by spaces (positions kept)."""
    parts = []
    last = 0
    for a, b in spans:
        parts += [text[last:a], " " * (b - a)]
        last = b
    return "".join([*parts, text[last:]])


def _phones_and_s10(text: str, ctx: _Context, found: Found) -> str:
    """Record phones in any notation and spaced S10 numbers; return the text with both blanked out."""
    taken: list[tuple[int, int]] = []
    gapped = _GAPPED.search(text) is not None
    if gapped or "+" in text or "(" in text:  # else only plain phones, which the chunks read
        for m in _PHONE_NOTATION.finditer(text):
            found.phones.append(_DIGITS_ONLY.sub("", m.group())[-11:])
            taken.append(m.span())
    if "86" in text:
        for m in _PHONE_86.finditer(text):
            found.phones.append(m.group(1))
            taken.append(m.span())
    if gapped:
        for m in _S10_SPACED.finditer(text):
            number = _SEPARATOR.sub("", m.group())
            if number != m.group() and s10_valid(number):
                found.waybills.append(Waybill(number, "ems", m.span()))
                taken.append(m.span())
    if not taken:
        return text
    taken.sort()
    return _blank(text, taken)


_DIGITS_ONLY: Final = re.compile(r"[^0-9]")


def _read_chunk(c: str, ctx: _Context) -> tuple[_Reading, list[str], list[int]]:
    """The waybills a chunk holds, its digit groups, and where each waybill starts in the chunk (-1: spread over
    several groups)."""
    groups = _SEPARATOR.split(c) if " " in c or "-" in c else [c]
    chosen, joined_len = _read("".join(groups) if len(groups) > 1 else c, ctx)
    if len(groups) == 1:
        return chosen, groups, _offsets(c, chosen, 0) if len(chosen) > 1 else [-1] * len(chosen)
    separate: _Reading = []
    separate_len = 0
    at: list[int] = []
    offset = 0
    for g in groups:
        w, length = _read(g, ctx)
        separate += w
        separate_len += length
        at += _offsets(g, w, offset)
        offset += len(g) + 1
    if separate_len >= joined_len or (separate and _row_numbers(groups, separate)):
        return separate, groups, at
    return chosen, groups, [-1] * len(chosen)


def _row_numbers(groups: list[str], reading: _Reading) -> bool:
    """Whether what the numbers read one by one leave over is only short counts ("3\t7652…": a row number of a
    pasted table, not the first digits of a longer number)."""
    return all(len(g) <= 2 for g in groups if not any(g in w for w, _, _ in reading))


def _offsets(g: str, reading: _Reading, base: int) -> list[int]:
    out = []
    k = 0
    for number, _, _ in reading:
        i = g.find(number, k)
        out.append(base + i if i >= 0 else -1)
        k = i + len(number) if i >= 0 else k
    return out


def _join_broken(text: str, pieces: list[tuple[int, int, str]], ctx: _Context, found: Found) -> None:
    """Numbers a chat client broke over two lines: a piece ending a line and a piece starting the next, neither a
    number by itself, whose joined characters read as exactly one waybill."""
    for (a0, a1, a), (b0, b1, b) in itertools.pairwise(pieces):
        if not _BREAK.fullmatch(text, a1, b0) or not b[0].isdigit():
            continue
        compact = _SEPARATOR.sub("", a + b)
        reading, length = _read(compact, ctx)
        if len(reading) == 1 and length == len(compact) and not reading[0][2]:
            number, carrier, _ = reading[0]
            found.waybills.append(Waybill(number, carrier, (a0, b1), (), True))
            found.unplaced = [d for d in found.unplaced if d not in number]


def find(text: str, group_carrier: str | None = None) -> Found:
    """Waybills, phone numbers and unplaced long numbers in normalised ``text``. Never raises.

    Every occurrence of a waybill is reported, in the order of the text."""
    ctx = _Context(group_carrier if group_carrier in CARRIERS else None, text)
    found = Found()
    work = _phones_and_s10(text, ctx, found)
    pieces: list[tuple[int, int, str]] = []  # chunks that read as no waybill: maybe halves of a broken number
    lines = "\n" in text
    for chunk in _CHUNK.finditer(work):
        c = chunk.group()
        start, end = chunk.span()
        if end - start < _SHORTEST:
            # house numbers, times, weights: nothing this short is a waybill or a phone, unless half of one
            if lines and not c.isalpha():
                pieces.append((start, end, c))
            continue
        if not _read_whole(c, start, end, ctx, found):
            _read_parts(c, start, end, ctx, found, pieces, lines)
    if len(pieces) > 1:
        _join_broken(work, pieces, ctx, found)
    if found.waybills and _NAMED_OTHER_START.search(text) is not None:
        # "IMEI 356728119043521": a phone's serial, named so, is no waybill whatever its shape
        found.waybills = [w for w in found.waybills if not w.number.isdigit() or _NAMED_OTHER.search(
            text, max(0, w.span[0] - 8), w.span[0]) is None]
    if any(isbn(w.number) for w in found.waybills) and _BOOKS.search(text) is not None:
        # "ISBN 9787040396638": a book's ISBN, which an EMS number's shape also fits, named so; one not named may
        # be either (found.books: places counted among the numbers go to a person, irreversible actions are asked)
        found.waybills = [w for w in found.waybills if not isbn(w.number) or _NAMED_ISBN.search(
            text, max(0, w.span[0] - 10), w.span[0]) is None]
        found.books = any(isbn(w.number) for w in found.waybills)
    if len(found.waybills) > 1:
        found.waybills.sort(key=lambda w: w.span[0])
    return found


# Words of books: where they stand, a 13-digit number that is a valid ISBN may be one
_BOOKS: Final = re.compile(r"ISBN|书|册|教材|本")
_NAMED_ISBN: Final = re.compile(r"(?:ISBN|书号)[^0-9A-Z]{0,4}$")


def isbn(number: str) -> bool:
    """Whether ``number`` is an ISBN-13 (978 or 979, the EAN-13 check digit right)."""
    if len(number) != 13 or not number.isdigit() or not number.startswith(("978", "979")):
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(number[:12]))
    return (10 - total % 10) % 10 == int(number[12])


def _read_whole(c: str, start: int, end: int, ctx: _Context, found: Found) -> bool:
    """The common chunks: one number, prefixed or all digits (never a phone's length), nothing else in it. Whether
    the chunk was one."""
    whole = _PREFIXED.fullmatch(c)
    if whole is not None:
        found.waybills.append(Waybill(c, whole.lastgroup or "", (start, end), ()))
        return True
    if c.isdigit() and (picked := ctx.pick(c)) is not None:
        found.waybills.append(Waybill(c, picked[0], (start, end), picked[1]))
        return True
    return False


# What a number is named as, right before it, when it is not a parcel's: a device's serial, an item's code
# (not 订单号, 货号: merchants call a waybill number so as often)
_NAMED_OTHER: Final = re.compile(r"(?:IMEI|MEID|SN|S/N|串号|序列号)\s*[:：]?\s*(?:是|为)?\s*$")
_NAMED_OTHER_START: Final = re.compile(r"IMEI|MEID|SN|S/N|串号|序列号")


def _read_parts(c: str, start: int, end: int, ctx: _Context, found: Found, pieces: list[tuple[int, int, str]],
                lines: bool) -> None:
    """Any other chunk: its waybills read joined or group by group, what may be half of a broken number (added to
    ``pieces`` when the text has several lines), and the phones and unplaced numbers among its digits."""
    chosen, groups, at = _read_chunk(c, ctx)
    for (number, carrier, alternatives), i in zip(chosen, at, strict=True):
        # a number's own place when the chunk holds several ("A B C"), so that binding sees their order
        span = (start, end) if i < 0 else (start + i, start + i + len(number))
        found.waybills.append(Waybill(number, carrier, span, alternatives))
    if not chosen and lines:
        pieces.append((start, end, c))
    elif lines and len(groups) > 1:  # "773429455\n892903 7719…": a line's first or last group, alone
        taken_digits = "".join(w for w, _, _ in chosen)
        first, last = groups[0], groups[-1]
        if first.isdigit() and first not in taken_digits:
            pieces.append((start, start + len(first), first))
        if last.isdigit() and last not in taken_digits:
            pieces.append((end - len(last), end, last))
    _loose_digits(groups, chosen, found)


def _loose_digits(groups: list[str], chosen: _Reading, found: Found) -> None:
    """The digit runs of a chunk's groups that no waybill took: phones, or long numbers reported as unplaced."""
    taken = {w for w, _, _ in chosen}
    for g in groups:
        for d in [g] if g.isdigit() else _DIGITS.findall(g):
            if _PHONE.fullmatch(d):
                found.phones.append(d)
            elif len(d) >= _SHORTEST and not any(d in w or w in d for w in taken):
                found.unplaced.append(d)
