"""The parser's patterns against the shortcuts taken before them.

Most patterns are looked at only when a cheaper test says they may match: a character the text must hold (one
scan of ``_TRIGGERS`` for them all, or a class searched first). A pattern that grows a word without the character
its shortcut looks for would silently never match it; these tests read each pattern's syntax tree and check that
every match must hold one of the characters. The second test keeps the patterns the parser scans texts with in
the form the regex engine can skip ahead in (see router/parsing/alternation.py).
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from router.parsing import (
    addresses,
    asides,
    binding,
    central,
    clause_binding,
    clauses,
    compared,
    confirmation,
    dialect,
    earlier,
    folding,
    hakka,
    implied,
    intents,
    labels,
    later,
    minnan,
    money,
    normalize,
    number_corrections,
    overruled,
    parser,
    phrases,
    polarity,
    questions,
    quotes,
    refs,
    requests,
    shortcuts,
    swaps,
    teochew,
    told,
    unasked,
    waybills,
    withdrawals,
    words,
    wu,
    xiang,
)


def _holds(seq: Any, chars: frozenset[str]) -> bool:
    """Whether every match of the parsed sequence ``seq`` holds one of ``chars`` (False when not sure)."""
    for op, av in seq:
        if op is sre.LITERAL and chr(av) in chars:
            return True
        if op is sre.IN and av and all(o is sre.LITERAL and chr(a) in chars for o, a in av):
            return True
        if op is sre.SUBPATTERN and _holds(av[3], chars):
            return True
        if op is sre.ATOMIC_GROUP and _holds(av, chars):
            return True
        if op is sre.BRANCH and all(_holds(alt, chars) for alt in av[1]):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1 and _holds(av[2], chars):
            return True
    return False


def holds(pattern: re.Pattern[str], chars: str | frozenset[str]) -> bool:
    return _holds(_parser.parse(pattern.pattern, pattern.flags), frozenset(chars))


def _class(pattern: re.Pattern[str]) -> frozenset[str]:
    """The characters of a pattern that is one character class of literals."""
    [(op, members)] = list(_parser.parse(pattern.pattern, pattern.flags))
    assert op is sre.IN and all(o is sre.LITERAL for o, _ in members), pattern.pattern
    return frozenset(chr(c) for _, c in members)


GATES = [
    ("withdrawals", withdrawals._WITHDRAWAL, withdrawals.WITHDRAWAL_SET),
    # (the gate looks at Latin negations only where one of N, D, B stands: not the whole class)
    ("negation before a command", polarity._NEGATION_BEFORE, polarity._NEGATION_CJK | polarity._LATIN_DENIAL_FIRST),
    ("negation after a command", polarity._NEGATION_AFTER, _class(polarity._AFTER_CHARS)),
    ("the same as before", phrases._SAME_AS_BEFORE, phrases.SAME_CHARS),
    ("a change of contact", phrases._CHANGE_CONTACT, phrases.CHANGE_CHARS),
    ("a negated verb", withdrawals._NEGATED_VERB, withdrawals.NEGATED_VERB_CHARS),
    ("nothing to do", phrases._NOTHING, phrases.NOTHING_CHARS | {"没", "急"}),  # 没, 急 with the words they need
    ("passed on for information", unasked._FOR_INFORMATION, unasked._INFORMATION_CHARS),
    ("done already", unasked._DONE_AFTER, unasked._DONE_AFTER_CHARS),
    ("done before", unasked._DONE_BEFORE, unasked._DONE_BEFORE_CHARS),
    ("what the buyer did", unasked._BUYER_DID, unasked._BUYER_CHARS),
    ("done before, as remembered", earlier._RECALLED, earlier.RECALLED_CHARS),
    ("a quote", quotes._MAYBE, _class(quotes._FIRST)),
    ("overruled", overruled._OVERRULE, overruled.OVERRULED_CHARS),
    ("adopted", overruled._ADOPT, overruled.OVERRULED_CHARS),
]


@pytest.mark.parametrize(("what", "pattern", "chars"), GATES, ids=[g[0] for g in GATES])
def test_every_match_holds_a_character_its_shortcut_looks_for(
        what: str, pattern: re.Pattern[str], chars: str | frozenset[str]) -> None:
    assert holds(pattern, chars), f"{what}: a word of the pattern holds none of {''.join(sorted(chars))!r}"


def test_the_characters_looked_for_are_scanned_for() -> None:
    scanned = _class(intents._TRIGGERS)
    for chars in (withdrawals.WITHDRAWAL_SET, unasked.NOT_ASKED_CHARS, phrases.SAME_CHARS, phrases.CHANGE_CHARS,
                  withdrawals.NEGATED_VERB_CHARS, phrases.NOTHING_CHARS, unasked.REPORT_SET, polarity.NEGATION_SET,
                  polarity.AFTER_SET):
        assert set(chars) <= scanned, set(chars) - scanned


def test_the_checker_can_say_no() -> None:
    assert not holds(re.compile("算了|不用"), "算")  # 不用 holds no 算
    assert not holds(re.compile("(?:算)?了"), "算")  # optional
    assert not holds(re.compile("[^算]"), "算")
    assert holds(re.compile("(?:算|不)了|别(?:[不别])"), "算不别")


# Patterns the parser uses at one place (match, fullmatch, a window of a few characters), or that must look at
# every place anyway (runs of a class, optional starts): the rest must let the engine skip ahead.
MAY_START_ANYWHERE = {
    parser: {"_HAN", "_NOT_A_NAME",  # (the latter searched in a name in brackets, a few characters)
             "_YES",  # (matched in full against the merchant's words under a quoted question)
             "_HEADER", "_OTHER_WORDS"},  # (over the merchant's words beside a quoted request)
    clauses: {"_WORD_THEN_NUMBER", "_NUMBER_NEXT"},  # (matched where a correction ends, or a cleft)
    number_corrections: {"_CONNECTOR", "_WHICH", "_RIGHT_ONE", "_ALSO",  # (the last two matched where a number ends)
                         "_JOINED_NEXT"},  # (fullmatched between two numbers)
    clause_binding: {"_AGAIN", "_NEW_ONE", "_ITS_ADDRESS",  # (searched before a number; matched after one)
                     "_STATE_TOLD"},  # (searched between a number and the next)
    binding: {"_BUT", "_FINE_AFTER", "_EXCEPT_CLAUSE", "_ONLY_NUMBER",  # (the last in 28 characters before a command)
              "_MEANT_NEXT"},  # (matched where a number said to need nothing ends)
    compared: {"_COMPARED_AFTER"},  # (matched where a number ends)
    addresses: {"_NAME_BEFORE", "_NAME_AFTER", "_ADDRESS_PARTS", "_FIELD_BREAK", "_RESTATED", "_SPACED_NUMBER",
                "_LIST_PLACE", "_PLACE_OR_UNIT", "_NO_PLACE",
                "_PLACE_WORD"},  # (searched in an address read, only when it holds what a sentence holds)
    implied: {"_FILLER", "_LIST_OPENED",  # (the latter matched where a command ends)
              "_CONTINUED",  # (searched in one clause without a command)
              "_ENGLISH_WORD"},  # (searched in a message that holds no command)
    folding: {"_LISTED", "_RECORD_AFTER", "_EITHER_WAY",  # (matched where a symptom or a denial ends)
              "_ASKED", "_ORDER_NUMBER"},  # (matched where a denial ends; searched in one clause without numbers)
    questions: {"_STATUS_QUESTION", "_STATUS_AFTER", "_BARE_STATUS", "_VERB_DONE", "_OFFERED",
                "_EXTENT"},  # (matched where a command ends)
    confirmation: {"_BARE_QUESTION"},  # (matched where a command ends)
    requests: {"_AMOUNT", "_JOINED_ASK", "_BESIDE", "_ALL_WANTED",  # (the last two matched where a word ends)
               "_HOW_LONG"},  # (searched in the few characters around a delay)
    shortcuts: {"_NUMBER_LABEL", "_COURTESY"},
    intents: set(),
    words: set(),
    polarity: {"_NEGATION_AFTER", "_MUST", "_WEIGHT_RIGHT", "_NO_WAIT", "_UNWANTED", "_SNAPSHOT_AFTER", "_I_DID",
               "_RETURNED_THING", "_WHO_STILL", "_TO_PLACE", "_NO_USE", "_CAME_BACK", "_ASKED_AFTER",
               "_ORIGIN",  # (matched where a denied return ends)
               "_ASKED_TO",  # (in the few characters before a command)
               "NUMBER_LIKE",  # (lexicon's: searched between an intercept and a refused return)
               "_NOT_THE_ADDRESS", "_LEFT_AT", "_BACK_HERE",
               "_RHETORICAL", "_ASKED_DONE", "_WHETHER_AFTER", "_IF_NOT_THEN", "NUMBER_DENIED",
               "_WAVERING"},  # (matched where a command ends; searched in 8 before)
    phrases: {"_NOTHING"},
    withdrawals: {"_VOIDED_NUMBER", "_WITHDRAWN_AFTER", "_WITHDRAWN_BEFORE", "_EARLIER_ONE",
                  "_PHONE_BEFORE",  # (searched in the 24 characters before a withdrawal)
                  "NUMBER_DENIED",  # (polarity's, imported for a lookahead after 算了)
                  "NUMBER_LIKE"},  # (lexicon's: searched between a command and a deferral)
    unasked: {"_SAID_ALONE",  # (matched where a word ends)
              "_SUPPOSED_AFTER", "_THEN", "_DONE_AFTER", "_PASSIVE", "_NOT_THE_ORDER", "_OF_THE_COMMAND", "_NUMBER",
              "_WHO_AFTER", "_WITH_COMPLAINT",  # (matched where a command ends)
              "_WHO_WHICH_BEFORE", "_WARNED",  # (searched in the few characters before a command)
              "_PARCEL_NAMED", "_OWN_NUMBER", "_SUCCESS_AFTER"},  # (matched where a command ends)
    minnan: set(),
    dialect: set(),
    hakka: set(),
    teochew: set(),
    asides: {"_HURRY_NOT", "_BUT_AFTER"},  # (matched where a hurry or a command ends)
    earlier: {"_TOLD_FIRST", "_STILL_NOT",  # (matched in full before a command; after one)
              "_EARLIER_AFTER", "_EARLIER", "_RECALLED",  # (matched where a command ends; searched in 8 before)
              "_EN_BEFORE", "_EN_AFTER",  # (searched in 32 before an English command; matched where it ends)
              "_NAMED_BY", "_CAME_OF_IT", "_CAME_AFTER", "_DONE_NOW"},  # (matched where a command ends)
    central: set(),
    wu: set(),
    xiang: set(),
    money: {"_MONEY_AFTER",  # (matched where 退 ends)
            "_MONEY_OBJECT"},  # (searched in the 8 characters before 退)
    later: {"_LATER_BEFORE", "_THREATENED", "_NOT_YET_BEFORE",  # (searched in the few characters before a command)
            "_NOT_YET_AFTER", "_FAILED", "_TALKED_DOWN", "_OF_US"},  # (matched where a command ends)
    told: {"_NOT_OURS", "_WE_DID_NOT", "_NO_USE", "_ASKED_AFTER", "_I_DID",  # (before a command; where it ends)
           "_AFTER_IT", "_DOCUMENT", "_FEE_CHARGED", "_RETURNED_THING", "_RETURNED_TO",  # (where a command ends)
           "_THEIR_PLAN",  # (searched in the 20 characters before a command)
           "NUMBER_LIKE",  # (lexicon's: searched before a command, once a question after it is found)
           "_RECEIVED_AFTER", "_STILL_SHOWS", "_WE_DID"},  # (matched where a command ends; searched just before)
    overruled: {"_REPORTED", "_MINE"},  # (searched in the few characters before a command)
    waybills: {"_PREFIXED", "_S10", "_PHONE_NOTATION", "_BREAK"},
    normalize: {"_NUMBERING", "_SPACES", "_LINE_START", "_CROSSED_AFTER", "_NUMBERED_ITEM", "_NUMBERED_PLACE",
                "_SPACED", "_ALONE"},  # (the last two scanned only in a message with three spaces or more)
    # (matched at a line's start; searched in a line the merchant wrote)
    quotes: {"_RULE", "_SPEAKER", "_QUOTE_LINE", "_REPLY_PREFIX", "_BOT", "_MAYBE", "_SIGN_OFF", "_BUYER_LINE",
             "_AS_BUYER_SAID", "_BUTTON_LINE", "_BARE_NUMBERS", "_INTRODUCES"},
    refs: {"PATTERN", "LIST", "_BARE_POSITIONS", "_JOINS",
           "_NUMBER", "_INTRODUCES"},  # (a number before or after a reference)
    swaps: {"_PLACES_SWAPPED", "_SWAPPED"},  # (searched after the last command, where 换, 调 or 反 stands)
    labels: {"_COUNT", "POINTED", "_DOCUMENT", "_DESCRIBED_BEFORE", "_DESCRIBED_AFTER", "_SOME",
             "_WORDS",  # (labels and the words before a command)
             "_FIRST_WORD", "_OWN_WORD",  # (matched where a number ends; searched between two numbers)
             "_APART", "_PARCELS_COUNTED",  # (searched between a label's word and a group word; in a label)
             "_SPEAKER_HEAD"},  # (each line of a quote that lists several numbers)
}


def _skips_ahead(pattern: re.Pattern[str]) -> bool:
    code = sre_compile_code(pattern)
    return code[0] == sre.INFO and bool(code[2] & (sre.SRE_INFO_PREFIX | sre.SRE_INFO_LITERAL
                                                    | sre.SRE_INFO_CHARSET))


def sre_compile_code(pattern: re.Pattern[str]) -> list[int]:
    from re import _compiler  # type: ignore[attr-defined]
    code: list[int] = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    return code


@pytest.mark.parametrize("module", list(MAY_START_ANYWHERE), ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_patterns_scanned_over_a_text_let_the_engine_skip_ahead(module: Any) -> None:
    slow = sorted(name for name, value in vars(module).items()
                  if isinstance(value, re.Pattern) and name not in MAY_START_ANYWHERE[module]
                  and not _skips_ahead(value))
    assert not slow, f"alternatives starting with a class, an optional part or a lookbehind: {slow}"


def test_the_prefix_check_can_say_no() -> None:
    assert not _skips_ahead(re.compile("(?<!要)不要|别"))
    assert _skips_ahead(re.compile("不要(?<!要不要)|别"))


def _first(seq: Any) -> tuple[set[str], bool]:
    """The characters a match of the parsed ``seq`` may start with, and whether it may be empty (assertions pass)."""
    out: set[str] = set()
    for op, av in seq:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        if op is sre.LITERAL:
            return out | {chr(av)}, False
        if op is sre.IN:
            assert all(o in (sre.LITERAL, sre.RANGE) for o, _ in av), "a class the check cannot list"
            for o, a in av:
                out |= {chr(a)} if o is sre.LITERAL else {chr(c) for c in range(a[0], a[1] + 1)}
            return out, False
        if op is sre.BRANCH:
            firsts = [_first(alt) for alt in av[1]]
            out |= set().union(*(f for f, _ in firsts))
            if not any(empty for _, empty in firsts):
                return out, False
            continue
        if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
            chars, empty = _first(av[3] if op is sre.SUBPATTERN else av)
            least = 1
        else:
            assert op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT), op
            chars, empty = _first(av[2])
            least = av[0]
        out |= chars
        if least and not empty:
            return out, False
    return out, True


def test_references_are_looked_for_where_they_can_start() -> None:
    starts, empty = _first(_parser.parse(refs.PATTERN.pattern))
    assert not empty
    assert starts <= _class_of_first_op(refs._REF_START), starts - _class_of_first_op(refs._REF_START)
    # a digit followed by two more is no start: the pattern's digits come one or two before a unit or a range mark
    assert refs.PATTERN.search("YT751423698541") is None
    for text in ("第2到4个 YT7514236985412 第3个 圆通的", "2到4个拦截", "YT7514236985412 1-3个催一下 4个退回",
                 "75142369854 12到15号", "一到三单拦截 其余不动"):
        assert [(m.span(), m.lastgroup) for m in refs._matches(text)] == [
            (m.span(), m.lastgroup) for m in refs.PATTERN.finditer(text)], text
    assert [m.group() for m in refs._matches("2到4个拦截")] == ["2到4个"]  # a reference may start with a digit


def _class_of_first_op(pattern: re.Pattern[str]) -> set[str]:
    (op, members), *_ = list(_parser.parse(pattern.pattern, pattern.flags))
    assert op is sre.IN
    return {chr(c) for o, c in members if o is sre.LITERAL} | {
        chr(c) for o, r in members if o is sre.RANGE for c in range(r[0], r[1] + 1)}
