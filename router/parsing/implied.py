"""Numbers no command took, and messages with no command word at all.

A list continued ("YT1，YT2 都是破损件", "拦截 YT1\\nYT2\\nYT3") takes the command of the nearest clause on its own
line, or the message's one command; numbers beside nothing but withdrawals are taken back ("YT1\\n不用拦了"). With
no command word, an address and a phone ask for an address change and a bare number (numbers and filler words
only, ``bare``) asks where the parcel is (weakly); anything else goes to a person.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.addresses import has_address
from router.parsing.clauses import SIGNED_NOT_RECEIVED, Clause
from router.parsing.events import Event, Reading
from router.parsing.waybills import Found
from router.parsing.words import Mention


def bind_orphans(clauses: list[Clause], orphans: list[int], found: Found, norm: str, r: Reading) -> None:
    """Numbers no command took."""
    if r.events:
        _list_continued(clauses, orphans, r)
        return
    if any(c.mentions for c in clauses):
        if all(m.negated for c in clauses for m in c.mentions):
            for i in orphans:  # "YT1\n不用拦了" with nothing else: taken back
                for c in clauses:
                    for m in c.mentions:
                        r.events += [Event(m, w, c) for w in clauses[i].waybills]
            return
        r.reasons.append("unplaced_waybill")
        return
    implied = _implied(norm, found, r)
    if implied is None:
        return
    for i in orphans:
        c = clauses[i]
        r.events += [Event(implied, w, c) for w in c.waybills]


def _list_continued(clauses: list[Clause], orphans: list[int], r: Reading) -> None:
    """A list continued: "YT1，YT2 都是破损件" — a number takes the commands of the nearest clause on its own line
    (the following one first); across lines only when the message asks one thing."""
    single = {e.intent for e in r.events if not e.negated}
    for i in orphans:
        same_row = [j for j, c in enumerate(clauses) if c.positive and c.row == clauses[i].row]
        near = [j for j in same_row if j > i][:1] or [j for j in same_row if j < i][-1:]
        if near:
            c = clauses[near[0]]
            for m in c.positive:
                r.events += [Event(m, w, c) for w in clauses[i].waybills]
        elif r.selective:
            continue  # "第一个和最后一个拦截": the numbers not picked are not asked about
        elif len(single) == 1:  # "拦截 YT1\nYT2\nYT3": the list goes on; a guess where more was said is confirmed
            c = clauses[i]
            m = Mention(next(iter(single)), 0, 0, False)
            said = sum(1 for x in clauses if x.positive)
            r.events += [Event(m, w, c, "continued" if said > 1 else "") for w in c.waybills]
        else:
            r.reasons.append("unplaced_waybill")


def _implied(norm: str, found: Found, r: Reading) -> Mention | None:
    """The request of a message with no command word at all, or None (a reason noted) when it asks none."""
    if has_address(norm, found.phones):
        return Mention("change_address", 0, 0, False)  # a new address and phone, no command word
    if bare(norm, found):
        return Mention("track~", 0, 0, False)  # a bare waybill number asks where the parcel is (weakly)
    told = _told(norm)
    if told is not None:
        return Mention(told, 0, 0, False)
    r.reasons.append("unknown_command")  # words we do not understand: a person reads them
    return None

# What a merchant tells instead of naming the request: shown as delivered and not received; a weight weighed one
# way and billed another; a delivery promised in so many days and late.
_WEIGHED: Final = re.compile("|".join(
    [f"{w}[^\n\\d]{{0,6}}\\d" for w in "称秤"]
    + [rf"{u}\D{{1,20}}?\d+(?:\.\d+)?\s*(?:KG|公斤|斤|千克)" for u in ("KG", "公斤", "斤", "千克")]))
_PROMISED: Final = re.compile(
    r"(?:说|承诺|保证|答应)[^\n]{0,8}?(?:到|达)[^\n]{0,16}?第[二三四五六七八九十\d]{1,2}天")


def _told(norm: str) -> str | None:
    if SIGNED_NOT_RECEIVED.search(norm):
        return "verify_delivery"
    if _WEIGHED.search(norm):
        return "weight"
    if _PROMISED.search(norm):
        return "delay"
    return None


# Words that carry no request: politeness, acknowledgements, filler. A message of waybills and only these is bare.
# Matched as one possessive run over the whole text (the same greedy scan as removing every filler word and
# looking for what is left, without building the remainder, and with no backtracking to blow up).
_FILLER: Final = re.compile(
    r"(?:麻烦|谢谢|谢了|您好|你好|老板|亲|请|帮忙|帮我|一下|这个|这两个|这几个|单号|运单号|快递单号|快递|件|的|了|吧|呢|"
    r"啊|好的|收到|看看|看下|辛苦|以下|以上|都|全部|和|今天|昨天|发货|发的|寄的|[A-Z\d\s\W_])*+"
)


def bare(norm: str, found: Found) -> bool:
    text = norm
    for w in found.waybills:
        text = text.replace(w.number, " ")
    return _FILLER.fullmatch(text) is not None
