"""The requests the events standing at the end of folding make.

Per number, the strongest readings (a firm word over a weak one over a morpheme); of those, what another makes
redundant goes (compensation absorbs the loss or damage it pays for, an action on the parcel the symptom given as
its reason, ``track`` is never listed beside another intent; rules 6-8 of tests/data/LABELLING.md); conflicting
commands go to a person when said in one breath, else the last irreversible one is confirmed. Then questions about
an action are dropped (``questions``), uncertain irreversible actions marked (``confirmation``), and the requests
grouped by intent and carrier with their details (``addresses``, the amount of a claim).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import Final

from router.parsing.addresses import address_fields
from router.parsing.alternation import each
from router.parsing.clauses import Clause
from router.parsing.confirmation import mark_unsure
from router.parsing.events import Event, Reading
from router.parsing.lexicon import BUYERS, IRREVERSIBLE, base_of, strength
from router.parsing.questions import not_questions
from router.parsing.result import ParsedRequest, ParseResult

_AMOUNT: Final = re.compile(r"([0-9]+(?:\.[0-9]{1,2})?)\s*(?:元|块)")  # the amount of a claim ("赔 50 元")
# Commands that contradict each other for one number.
_CONFLICTS: Final = {frozenset({"intercept", "change_address"}), frozenset({"cancel", "change_address"}),
              frozenset({"intercept", "urge"}), frozenset({"cancel", "urge"}), frozenset({"intercept", "cancel"})}


def make_requests(state: dict[str, list[Event]], norm: str, clauses: list[Clause], phones: list[str],
                  r: Reading, plain: bool) -> list[ParsedRequest]:
    """The requests the events standing at the end make: per number the strongest readings that no other makes
    redundant, less questions about an action; an irreversible one not certain marked for confirmation; grouped by
    intent and carrier (an address change by row when each row names its own numbers), with their details."""
    kept: list[Event] = []
    spread: Counter[int] | None = None  # how many numbers each command word was bound to
    for evs in state.values():
        if len(evs) == 1:
            kept += evs
        elif evs:
            if spread is None:
                spread = Counter(e.at for held in state.values() for e in held)
            kept += _strongest(evs, norm, r, spread)
    kept = not_questions(kept, norm, r)
    mark_unsure(kept, state, norm, clauses, r, plain)
    if len(kept) > 1:  # in the order the merchant wrote the numbers (binding may have visited clauses out of order)
        kept.sort(key=lambda e: e.waybill.span[0])
    grouped = _grouped(kept)
    out = list(grouped.values())
    for (intent, _, row, _), req in grouped.items():
        if intent == "change_address":
            text = norm if row == -1 else "\n".join(c.text for c in clauses if c.row == row)
            address_fields(req, text, clauses, phones, r.reasons)
        elif intent == "claim" and ("元" in norm or "块" in norm):
            m = _AMOUNT.search(norm)
            req.amount = float(m.group(1)) if m else None
    return out


def _strongest(evs: list[Event], norm: str, r: Reading, spread: Counter[int]) -> list[Event]:
    """The events that stand for one number of several: the strongest readings, less those others make redundant;
    of conflicting ones, one named by its place after a command for them all ("都拦截 第三个是催件"), else the last
    irreversible one (to be confirmed), or none when said in one breath. ``spread``: how many numbers each command
    word (by its place in the message) was bound to."""
    if any(e.intent == "urge≈" and _NTH_TIME.search(norm, max(0, e.at - 5), e.at) for e in evs) and all(
            e.base == "track" for e in evs if strength(e.intent) == 2):
        # "第四次催了！！！到底什么时候派": pressed for once more, asking when; the press is the request (track is
        # never asked beside another: acting on a parcel finds it)
        evs = [e for e in evs if e.base != "track"]
    best = max(strength(e.intent) for e in evs)  # "客户着急 查一下": a mood beside a request is no request
    mine = _absorbed([e for e in evs if strength(e.intent) == best], norm)
    costly = [e for e in mine if e.base in IRREVERSIBLE]
    conflict = len(mine) > 1 and any(frozenset({a.base, b.base}) in _CONFLICTS
                                     for a in mine for b in mine)
    named = [e for e in mine if e.source == "ref" and any(
        x.at < e.at and spread[x.at] > spread[e.at] for x in mine)] if conflict else []
    if named:  # the one named by its place, after the command for all of them, is what this one takes
        last = named[-1]
        mine = [e for e in mine if e is last or (frozenset({e.base, last.base}) not in _CONFLICTS
                                                 and not (e.at < last.at and spread[e.at] > spread[last.at]))]
    elif conflict and len({e.clause.start for e in mine}) == 1:
        r.reasons.append("conflicting_commands")  # two opposite things in one breath: a person reads it
    elif conflict:
        last = _last_word(costly)  # the merchant contradicts themself: ask about the last irreversible word
        last.source = "conflict"
        mine = [e for e in mine if e is last or (frozenset({e.base, last.base}) not in _CONFLICTS
                                                 and e.base not in IRREVERSIBLE)]
    return mine


# "这两票都拦回来，郑总说这批样品暂时不寄了", "拦截一下，…财务要作废重开": after an intercept, someone's reason
# said in a cancel's words
_REASON_SAID: Final = re.compile(rf"说|讲|{BUYERS}|领导|老板|财务|总")


def _last_word(costly: list[Event]) -> Event:
    """The irreversible request a contradiction asks about: the last, unless it is a cancel told as someone's
    reason after an intercept (the intercept is what stops the parcel then)."""
    last = costly[-1]
    stops = [e for e in costly if e.base == "intercept" and e.at < last.at]
    if last.base == "cancel" and stops and _REASON_SAID.search(
            last.clause.text, 0, max(0, last.at - last.clause.start)) is not None:
        return stops[-1]
    return last


def _grouped(kept: list[Event]) -> dict[tuple[str, str, int, bool], ParsedRequest]:
    """One request per intent, carrier and confirmation (and row, for address changes when the rows name numbers
    of their own), keyed so."""
    grouped: dict[tuple[str, str, int, bool], ParsedRequest] = {}
    moved = [e for e in kept if e.base == "change_address"]
    per_row = len({e.clause.row for e in moved}) > 1 and all(e.clause.waybills for e in moved)
    for e in kept:
        intent = e.base
        w = e.waybill
        confirm = e.source == "confirm"
        key = (intent, w.carrier, e.clause.row if per_row and intent == "change_address" else -1, confirm)
        req = grouped.get(key)
        if req is None:
            req = grouped[key] = ParsedRequest(intent=intent, waybills=[], carrier=w.carrier, span=w.span,
                                               confirm=confirm)
        if w.number not in req.waybills:
            req.waybills.append(w.number)
        assert req.span is not None
        req.span = (min(req.span[0], w.span[0]), max(req.span[1], w.span[1]))
    return grouped

# What each intent makes redundant for the same number (rules 6-8 of tests/data/LABELLING.md).
_ABSORBS: Final[dict[str, frozenset[str]]] = {
    "claim": frozenset({"lost", "damaged", "delay"}),  # compensation for a lost, damaged or late parcel: one claim
    # arbitration is about the outcome of a claim, a weight check, a damage or loss
    "arbitration": frozenset({"claim", "weight", "damaged", "lost"}),
    "lost": frozenset({"delay"}),  # "一周没动 是不是丢了": the merchant's own diagnosis
    "verify_delivery": frozenset({"delay", "lost"}),
    "intercept": frozenset({"delay", "damaged", "lost"}),
    "cancel": frozenset({"delay", "damaged", "lost"}),
    "change_address": frozenset({"delay"}),
    "urge": frozenset({"delay"}),
}
_NTH_TIME: Final = re.compile(r"第[二三四五六七八九十几两0-9]+次\s*$")
_DELAY_NAMED: Final = re.compile(r"延误|延迟|YANWU|DELAY")
_ASKS_WHERE: Final = re.compile(r"什么时候|啥时候|几时|哪|查|WHERE|WHEN")


def _absorbed(mine: list[Event], norm: str) -> list[Event]:
    bases = {e.base for e in mine}
    if len(bases) < 2:
        return mine
    if bases == {"track", "delay"} and not any(e.recorded for e in mine) and any(
            e.base == "track" and _ASKS_WHERE.search(norm, e.at, e.end) for e in mine):
        return [e for e in mine if e.base == "track"]  # "好几天了还没到 什么时候到啊": the reason it asks
    if "delay" in bases and "claim" in bases:
        _delay_listed(mine, norm)
    gone: set[str] = {"track"}  # acting on a parcel includes finding it
    if "complaint" in bases:  # "还是没动 投诉吧": the symptom is the reason; "延误了 要投诉" names a delay of its own
        named = _DELAY_NAMED.search(norm) is not None  # (the delay may have been read from "十天没到" beside it)
        mine = [e for e in mine if e.base != "delay" or e.recorded or named or _timed(e, norm)]
    for b in bases:
        gone |= _ABSORBS.get(b, frozenset())
    # a claim is the record of the loss or damage it compensates, even asked for in so many words ("登记破损 要理赔")
    always = {"track", "lost", "damaged"} if "claim" in bases or "arbitration" in bases else {"track"}
    if "arbitration" in bases:
        # "丢件赔偿 并申请仲裁", "我要仲裁 还要理赔": both asked for, not a claim or a weight disputed
        both = {x for x in ("claim", "weight") if _both_asked(mine, x, "arbitration", norm)}
        gone -= both
        always |= _ABSORBS["arbitration"] - both
    return [e for e in mine if e.base not in gone or (e.recorded and e.base not in always)]

# "延误 理赔", "延误 + 投诉 + 理赔", "延误 申请理赔": a delay named as an item of its own beside the claim, not the
# story of what the claim pays for ("延误三天 水果都烂了 要赔偿")
_BESIDE: Final = re.compile(r"(?:\s+|\s*(?:[+＋/、]|加|和|并|外加|还有)\s*)(?:申请|要求|提交|走)?\s*")


# "五天没动了 要投诉", "不动好几天了 投诉": a delay measured, a grievance of its own beside the complaint (not "催了
# 还是没动 投诉吧", "一直不派送 投诉": the reason for it; nor "催了两天", how long the urging went on)
_HOW_LONG: Final = re.compile(
    r"(?<!催了)(?<!催)(?<!过)[0-9一二两三四五六七八九十几好]+\s?(?:个)?\s?(?:天|日|礼拜|星期|周)|一周")


def _timed(e: Event, norm: str) -> bool:
    lo = max(e.clause.start, e.at - 8)
    return _HOW_LONG.search(norm, lo, min(e.clause.end, e.end + 8)) is not None


def _delay_listed(mine: list[Event], norm: str) -> None:
    """A delay named right before another request of its number is asked to be recorded too."""
    for e in mine:
        if e.base == "delay" and _DELAY_NAMED.match(norm, e.at) and any(
                b is not e and b.at >= e.end and _BESIDE.fullmatch(norm, e.end, b.at) for b in mine):
            e.recorded = True


# "A 并/同时/还要 B", "A 顺便 B": two requests joined, each asked for in its own right (偿, 付: the rest of a
# 赔偿 read as 要赔)
_JOINED_ASK: Final = re.compile(r"(?:偿|付)?\s*(?:并且?|同时|以及|还要|也要|再|顺便|另外|外加|加上|还有|"
                                r"加|\+|＋)\s*"
                                r"(?:这单|这个)?(?:我)?(?:要|想)?(?:申请|要求|走|提交)?\s*")


# "理赔 投诉 仲裁 全都要": a list of requests said to be wanted all
_ALL_WANTED: Final = re.compile(r"\s*(?:我|客户|买家)?(?:全都|全部|都|全)(?:要|申请|办)")


def _listed_after(norm: str, a: Event, b: Event) -> bool:
    """"理赔 仲裁": the claim named, then arbitration of it, as "理赔 + 仲裁" (not "仲裁 理赔给的太少", the claim
    the arbitration is about; nor "理赔 仲裁的事再说")."""
    return (a.base == "claim" and b.base == "arbitration" and a.end < b.at and norm[a.end:b.at].isspace()
            and not norm.startswith("的", b.end))


_JOINS: Final = r"\s*(?:[+＋、加和及与并]|以及|外加|加上|还有|同时)\s*(?:申请)?"
_CLAIM_AND_ARBITRATION: Final = re.compile(
    each(("理赔", "赔偿"), _JOINS + "仲裁") + "|仲裁" + _JOINS + "(?:理赔|赔偿)")


def _both_asked(mine: list[Event], one: str, other: str, norm: str) -> bool:
    """Whether ``one`` and ``other`` are asked for side by side, in either order, or in a list wanted whole."""
    if any({a.base, b.base} == {one, other} and a.end <= b.at
           and (_JOINED_ASK.fullmatch(norm, a.end, b.at) is not None or _listed_after(norm, a, b))
           for a in mine for b in mine):
        return True
    if {one, other} == {"claim", "arbitration"} and _CLAIM_AND_ARBITRATION.search(norm) is not None:
        return True  # "破损理赔，…，理赔+仲裁一起走": said side by side again, after the claim
    listed = sorted(mine, key=lambda e: e.at)
    ends = [e.end for e in listed if e.base in (one, other)]
    return (len(listed) >= 2 and len(ends) == 2 and _ALL_WANTED.match(norm, listed[-1].end) is not None
            and all(a.end <= b.at and not norm[a.end:b.at].strip(" ，,、+＋") for a, b in pairwise(listed)))


def delay_on_record(result: ParseResult, quoted: str) -> None:
    """"「…已为您登记延误工单…」 都一周了还没动 我要投诉": the bot's reply quoted says the delay is on record for the
    numbers it names; what is new is the other request for the number."""
    others = {w for q in result.requests if q.intent != "delay" for w in q.waybills}
    for q in result.requests:
        if q.intent == "delay":
            q.waybills = [w for w in q.waybills if w not in others or w not in quoted]
    result.requests = [q for q in result.requests if q.waybills]


def hurries_earlier(clauses: list[Clause], numbers: list[str]) -> bool:
    """"A 昨天让你们拦截 快点", "前天叫你们撤单了 催一下": the hurry is of an intercept, cancel or address change asked
    in an earlier message, not of the delivery (which it would speed up); a person sees to the request."""
    return any(m.earlier and base_of(m.intent) in IRREVERSIBLE
               and (not c.waybills or any(w.number in numbers for w in c.waybills))
               for c in clauses for m in c.mentions)
