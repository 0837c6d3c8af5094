"""The commonest messages read without the general machinery, with exactly its result.

``lone_command``: one number and one firm command word and nothing else ("YT… 拦截", "麻烦催一下 YT…"), read before
the clauses are (tests/unit/test_parser.py checks every word of the lexicon both ways round, and test_corpus every
labelled message). ``plain_reading``: one clause of one command and nothing taken back, denied, corrected or
picked by reference: every number takes that command, as binding and folding would have it.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.binding import has_positions
from router.parsing.clause_binding import ADDRESS_TOLD, NEW_NUMBER, state_told
from router.parsing.clauses import CORRECTION, HEDGE, Clause
from router.parsing.compared import SAME_AS, compared
from router.parsing.confirmation import DENIAL_ANYWHERE, regional_words
from router.parsing.events import Event
from router.parsing.implied import CAME, asked_on_line, bare_line, told_of
from router.parsing.labels import may_pick, named_by_label
from router.parsing.lexicon import IRREVERSIBLE, LEXICON, NOTHING, SAME, WITHDRAW, base_of, strength
from router.parsing.number_corrections import NUMBER_CORRECTION
from router.parsing.questions import QUESTION
from router.parsing.refs import FIRST as REF_FIRST
from router.parsing.refs import PLACE_BEYOND_ONE
from router.parsing.result import ParsedRequest, ParseResult
from router.parsing.waybills import Found, Waybill
from router.parsing.words import Mention

# ("客户要 就 B 拦": B only, read in full, as binding's _ONLY_NUMBER does)
_ONLY_AFTER_WANTED: Final = re.compile(r"要\s?就\s?[0-9A-Z]{8}")
# What may stand between a lone number and its command ("YT…--拦截", "YT…：拦截", "拦截，YT…"), and a label
# before the number ("单号：YT… 拦截").
_SEPARATORS: Final = " \t\n-—:：,，、"
_NUMBER_LABEL: Final = re.compile(r"(?:快递|运)?单号\s*[:：]?\s*")
# Courtesy around a lone command word.
_COURTESY: Final = re.compile(r"(?:您好|你好|亲|老板|麻烦|请|帮忙|帮我|麻烦帮忙|麻烦帮我|麻烦您)?[\s,，]*(.+?)"
                              r"[\s,，]*(?:一下)?[\s,，]*(?:谢谢|谢了|多谢|辛苦了|辛苦|谢谢啦)?[\s!！。.~]*")
_COURTESY_FIRST: Final = frozenset("您你亲老麻请帮 ,，")
_COURTESY_LAST: Final = frozenset("下谢了苦啦 ,，!！。.~")
# The firm command words a message may consist of beside its number (an address change needs its address; words
# holding a correction, hedge, question or denial word take the full reading).
_LONE: Final[dict[str, str]] = {
    w: i for i, ws in LEXICON.items() for w in ws
    if i != "change_address" and CORRECTION.search(w) is None and HEDGE.search(w) is None
    and QUESTION.search(w) is None and DENIAL_ANYWHERE.search(w) is None
}


def lone_command(norm: str, found: Found, carrier: str | None, own: str) -> ParseResult | None:
    """"YT… 拦截", "催件 YT…": one number and one command word and nothing else, the commonest message, read
    directly (``own``: the message as written); None for any other. What the full reading gives, exactly
    (tests/unit/test_parser.py checks every word of the lexicon both ways round)."""
    if found.phones or found.unplaced:
        return None
    w = found.waybills[0]
    a, b = w.span
    before, after = norm[:a], norm[b:]
    if before and after and _NUMBER_LABEL.fullmatch(before) is not None:
        before = ""  # "单号：YT… 拦截"
    if (before and after) or norm[a:b] != w.number:
        return None  # words on both sides; or a number written spaced, broken or with letters glued to it
    word = (before or after).strip(_SEPARATORS)
    intent = _LONE.get(word)
    if intent is None and 0 < len(word) <= 20 and (word[0] in _COURTESY_FIRST or word[-1] in _COURTESY_LAST) and (
            m := _COURTESY.fullmatch(word)) is not None:
        word = m.group(1)  # "麻烦拦截一下，谢谢"
        intent = _LONE.get(word)
    if intent is None or (word.isascii() and not (before.endswith(" ") or after.startswith(" "))):
        return None  # Latin words count only apart from the number ("YT…LJ" is not "lanjie")
    costly = intent in IRREVERSIBLE
    why = ("joined_number" if w.joined else "regional_words" if regional_words(own) else "") if costly else ""
    ambiguous = carrier is None and bool(w.alternatives)
    request = ParsedRequest(intent=intent, waybills=[w.number], carrier=w.carrier, span=w.span,
                            confirm=bool(why) and not ambiguous)
    return ParseResult(requests=[request], needs_human=ambiguous, reason="ambiguous_carrier" if ambiguous else None,
                       normalized=norm, confirm=(why or None) if not ambiguous else None, waybills=[w.number])


def _asked_twice(ms: list[Mention], distinct: list[Waybill], norm: str) -> bool:
    """"A 拦截有消息吗 B 拦截": the command said twice among several numbers, once maybe asked after."""
    return len(ms) > 1 and len(distinct) > 1 and any(q in norm for q in "吗么嘛呢没?")


def plain_reading(clauses: list[Clause], distinct: list[Waybill], norm: str) -> dict[str, list[Event]] | None:
    """The common message, read without the general machinery: one clause of commands, all the same command and
    nothing taken back, numbers that no reference picks among. Every number takes that command, as binding and
    folding would have it; None for any other message."""
    said = [c for c in clauses if c.mentions]
    if len(said) != 1 or not distinct:
        return None
    ms = said[0].mentions
    base = base_of(ms[0].intent)
    # one command, however many of its words ("地址填错了 要改成 …": a weak word and a firm one, the firm one read;
    # a morpheme beside a word, "拦吧 应该拦吧", is read in full)
    if base in (WITHDRAW, NOTHING, SAME) or _asked_twice(ms, distinct, norm) or any(
            m.negated or base_of(m.intent) != base or (m.intent[-1] == "≈" and m.intent != ms[0].intent) for m in ms):
        return None
    first = ms[0]
    for m in ms:
        if strength(m.intent) > strength(first.intent):
            first = m
    if "不是" in norm or "除" in norm or (len(distinct) > 1 and (
            "的是" in norm or ("就" in norm and _ONLY_AFTER_WANTED.search(norm) is not None) or
            may_pick(said[0], ms[0], len(distinct)) or named_by_label(said[0], ms[0], norm, distinct) or
            "只" in norm or "仅" in norm or REF_FIRST.search(norm) is not None
            or has_positions(clauses) or NUMBER_CORRECTION.search(norm) is not None)) or (
            len(distinct) == 1 and PLACE_BEYOND_ONE.search(norm) is not None):
        return None  # (one number and "第2个拦截": a place the list does not have, read in full)
    if _others_said(clauses, said[0], distinct, norm):
        return None
    state: dict[str, list[Event]] = {}
    c = said[0]
    for x in clauses:
        for w in x.waybills:
            if w.number not in state:
                state[w.number] = [Event(first, w, c)]
    return state


def _others_said(clauses: list[Clause], said: Clause, distinct: list[Waybill], norm: str) -> bool:
    """Whether some numbers stand apart from the command of clause ``said``: on a line that needs nothing, asks
    something of its own ("YT2 下一站是哪") or says something else; compared with another ("A 重复了 跟 B 是同一本
    书 撤掉"); or told of in a clause of their own beside a command that names its numbers ("A 重复了，跟 B 是同一个
    客户，所以 A 拦截")."""
    if any(c.waybills and not c.mentions and (c.no_action or asked_on_line(clauses, c.row) is not None
                                              or (c.row != said.row and not bare_line(clauses, c.row)))
           for c in clauses):
        return True
    if len(distinct) > 1 and SAME_AS.search(norm) is not None and compared(
            [w for c in clauses for w in c.waybills], norm):  # (every occurrence, as binding reads it)
        return True
    if not said.waybills and len(distinct) > 1 and CAME.search(norm) is not None:
        return True  # "A B 到了，C 没到，催一下": some may be said to have come
    if len(distinct) > 1 and ((("新" in norm or "补" in norm or "重" in norm) and NEW_NUMBER.search(norm) is not None)
                              or ADDRESS_TOLD.search(norm) is not None):
        return True  # "A 撤单 重新下单了 新单号 B", "A 退回吧 B地址是 …": B is told of
    if len(distinct) > 1 and said.waybills and "了" in said.text and state_told(said):
        return True  # "A 已经签收了 拦截 B": A is told of
    return bool(said.waybills) and any(c.waybills and not c.mentions and told_of(c) for c in clauses)
