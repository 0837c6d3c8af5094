"""Merchant chat text → structured requests.

A message is read as the merchant wrote it: in order, clause by clause (a line break or ，；。 ends one
instruction in these chats), and what the merchant says last about a number wins.

1. Quotes are set apart (``quotes``): a quoted message or a pasted reply of the bot is context, never a command.
2. Numbers are found (``waybills``): every occurrence, phones in any notation excluded, broken numbers joined.
3. Commands are found per clause (``intents``), with their polarity: "不用拦了", "改址取消", "算了" take back.
4. Each command, positive or negated, is bound to the numbers it speaks of (``bind``):
   - in a clause with numbers: numbers first ("YT1 拦截 YT2 催件") → each command takes the numbers before it;
     command first → the numbers after it; a command left with no numbers shares its neighbour's ("拦截并投诉");
   - numbers alone on their lines take the command of a command-only line: the nearest below when the message
     starts with numbers ("YT1\\n拦截"), else the nearest above ("拦截\\nYT1");
   - a command-only clause that no such number took speaks of the numbers just before it: on its own line
     ("YT1 不要退回，改派到 …"), or further up when it takes back or corrects ("YT1 拦截\\n算了不拦了");
   - positional references bind to the numbers they point at ("这三单 第一单拦截 后两单催一下");
   - a corrected number takes the place of the wrong one ("YT1 拦截 更正 单号打错了 是 YT2");
   - with no number of its own, a message speaks of the numbers it quotes.
5. The commands are applied per number in the order written (``fold``): a withdrawal removes, a correction
   ("哦不对", "还是…吧", "那就") replaces, so each number ends with what the merchant last asked for.
6. What the parser is not sure of is never acted on: a person reads it (``needs_human`` with a reason), or, for
   an intercept, cancel or address change that is possible but not certain (hedged, conflicting, a joined or
   quoted number, a weak word), the merchant is asked to confirm (``confirm`` on the request).
``parse`` never raises.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing import quotes
from router.parsing.addresses import address_fields, as_written, new_address
from router.parsing.binding import bind
from router.parsing.clauses import CONDITION, CORRECTION, HEDGE, PARCEL_STATE, Clause, split_clauses
from router.parsing.events import Event, Reading, distinct_numbers
from router.parsing.folding import fold
from router.parsing.implied import bare, bind_orphans
from router.parsing.lexicon import IRREVERSIBLE, LEXICON, NOTHING, SAME, WITHDRAW, base_of, strength
from router.parsing.normalize import normalize, translated
from router.parsing.number_corrections import NUMBER_CORRECTION, apply_corrections, corrected_numbers, denied_numbers
from router.parsing.refs import FIRST as REF_FIRST
from router.parsing.result import ParsedRequest, ParseResult
from router.parsing.waybills import Found, Waybill, find
from router.parsing.words import Mention, commands

__all__ = ["IRREVERSIBLE", "MAX_CHARS", "ParseResult", "ParsedRequest", "parse"]

MAX_CHARS: Final = 2000  # chat platforms cap messages near this; longer input is not a chat message
_AMOUNT: Final = re.compile(r"([0-9]+(?:\.[0-9]{1,2})?)\s*(?:元|块)")


def parse(text: str, carrier: str | None = None) -> ParseResult:
    """Understand one message. ``carrier`` is the group's own carrier (decides ambiguous all-digit numbers)."""
    try:
        return _parse(text, carrier)
    except Exception as e:  # a parser bug must hand the message to a person, never crash the router
        return ParseResult(requests=[], needs_human=True, reason=f"parser_error:{type(e).__name__}")

# Positional references to the message's numbers.
_NUM: Final = "一二两三四五六七八九十俩仨"
# "一个拦截一个催件", "有的退回有的改址": commands shared out without saying which number takes which.
# "发错群了 忽略": the message was not meant for this group.
_VOID: Final = re.compile(
    r"发错群|发错了群|请忽略|忽略(?:这条|此条|上条|上一条|本条)?(?:消息)?\s*$|PLEASE IGNORE|IGNORE (?:THIS|IT)"
)
_DISTRIBUTIVE: Final = re.compile(
    r"一(?<![第后前]一)个[^\n，,。]{1,8}(?<![第后前])一个|"
    r"一(?<![第后前]一)(?:单|票|件)[^\n，,。]{1,8}(?<![第后前])一(?:单|票|件)|有的[^\n，,。]{1,8}有的|"
    r"一(?<![第后前]一)个[^\n，,。]{1,8}另一个|"
    rf"有[{_NUM}0-9]个?[^\n，,。]{{0,8}}有[{_NUM}0-9]个?|"
    # "要拦还是要催？": which, asked
    r"还是[^\n，,。]{0,6}[?？]|"
    # "其中一个要改地址 我问下客户是哪个": one of them, not said which
    r"其中(?:一|某|有)(?:个|单|票|件)(?![^，,。\n]{0,4}(?:是|为)\s*[0-9A-Z])"
)
_CONFLICTS: Final = {frozenset({"intercept", "change_address"}), frozenset({"cancel", "change_address"}),
              frozenset({"intercept", "urge"}), frozenset({"cancel", "urge"}), frozenset({"intercept", "cancel"})}
_HAN: Final = re.compile(r"[\u4e00-\u9fa5]{2}")
_SAME_HINT: Final = re.compile(r"同上|也是|一样|按此|照此|同样|SAME")


def _quoted_command(quoted: str) -> str | None:
    """The last command a quoted message gave ("「YT1 催件」 YT2 同上")."""
    q = normalize(quoted)
    said = [intent for _, _, intent in commands(q, 0, len(q)) if intent[-1] not in "~≈"]
    return said[-1] if said else None


def _parse(text: str, carrier: str | None, fast: bool = True) -> ParseResult:
    """``fast``: read a lone command word beside one number directly (tests compare both ways).

    The steps, in order: quotes set apart and numbers found; the lone command read directly; the clauses and
    their commands read (``_read_clauses``); a message not meant for this group, or one that shares its commands
    out without saying which number takes which, set aside (``_set_aside``); corrected and denied numbers; the
    numbers placed in their clauses; binding and folding (``_bind_and_fold``); the result (``_result``)."""
    if len(text) > MAX_CHARS:
        return ParseResult(requests=[], needs_human=True, reason="too_long")
    sp = quotes.split(text)
    norm = normalize(sp.own)
    found = find(norm, carrier)
    if fast and not sp.quoted and len(found.waybills) == 1 and (
            lone := _lone_command(norm, found, carrier)) is not None:
        return lone
    said = _quoted_command(sp.quoted) if sp.quoted and _SAME_HINT.search(norm) else None
    clauses = _read_clauses(norm, found, said)
    r = Reading()
    quoted = _quoted_numbers(sp.quoted, found, carrier)
    distinct = distinct_numbers(found.waybills or quoted)
    numbers = [w.number for w in distinct]
    aside = _set_aside(norm, found, numbers)
    if aside is not None:
        return aside
    fixes = corrected_numbers(clauses, found, norm, r)
    denied = denied_numbers(norm, found, clauses, r)
    _place_numbers(found, clauses)
    state, plain, found = _bind_and_fold(clauses, found, quoted, distinct, fixes, denied, r, norm)
    return _result(sp.own, norm, clauses, found, quoted, state, r, plain, carrier, numbers)


def _read_clauses(norm: str, found: Found, said: str | None) -> list[Clause]:
    """The clauses of ``norm`` with their commands; read again by sound when the message has numbers and words
    but no positive command."""
    clauses = split_clauses(norm, said)
    if (found.waybills and all(m.negated for c in clauses for m in c.mentions) and _HAN.search(norm) is not None
            and not bare(norm, found)):
        heard = split_clauses(norm, said, by_sound=True)  # "YT… 腿回": dictated, written with the wrong characters
        if any(c.positive for c in heard):
            return heard
    return clauses


def _quoted_numbers(quoted: str, found: Found, carrier: str | None) -> list[Waybill]:
    """The numbers of the quoted text, each once, when the merchant's own words name none."""
    if not found.waybills and quoted:
        return distinct_numbers(find(normalize(quoted), carrier).waybills)
    return []


def _set_aside(norm: str, found: Found, numbers: list[str]) -> ParseResult | None:
    """The result of a message that is not to be read: meant for another group (nothing asked), or sharing its
    commands out without saying which number takes which (a person reads it); None for any other."""
    if ("忽略" in norm or "发错" in norm or "IGNORE" in norm) and (v := _VOID.search(norm)) is not None and all(
            w.span[0] < v.start() for w in found.waybills):  # "发错群了 YT… 是你们家的 拦截": this one is meant
        return ParseResult(requests=[], needs_human=False, reason=None, normalized=norm, waybills=numbers)
    if len(found.waybills) > 1 and (d := _DISTRIBUTIVE.search(norm)) is not None and commands(
            norm, d.start(), min(len(norm), d.end() + 6)):
        # "一个拦截一个催件": commands shared out, not said which takes which ("一个顺丰一个京东" only describes)
        return ParseResult(requests=[], needs_human=True, reason="unclear_assignment", normalized=norm,
                           waybills=numbers)
    return None


def _place_numbers(found: Found, clauses: list[Clause]) -> None:
    """Each number into the clause it stands in."""
    k = 0
    for w in found.waybills:  # both in the order of the text
        while k < len(clauses) and clauses[k].end < w.span[0]:
            k += 1
        if k < len(clauses) and clauses[k].start <= w.span[0]:
            clauses[k].waybills.append(w)


def _bind_and_fold(clauses: list[Clause], found: Found, quoted: list[Waybill], distinct: list[Waybill],
                   fixes: list[tuple[str, Waybill]], denied: list[Waybill], r: Reading,
                   norm: str) -> tuple[dict[str, list[Event]], bool, Found]:
    """The events standing at the end, per number; whether the message was read plain (``_plain``); and the
    numbers bound (the quoted ones when the merchant's own words name none)."""
    if quoted and clauses and not any(c.mentions for c in clauses) and new_address(norm, found.phones):
        clauses[0].mentions.append(Mention("change_address", 0, 0, False))  # "引用 …\n新地址来了：…"
    if quoted and any(c.mentions for c in clauses):
        orphans, found = _bind_quoted(clauses, quoted, r, norm)
    elif not r.excepted and (plain := _plain(clauses, distinct, norm)) is not None:
        return plain, True, found
    else:
        orphans = bind(clauses, found, r, norm)
    if r.left_out_beside:  # "以上全部拦截，除了第一个": not for the clause next to the one that leaves it out
        r.events = [e for e in r.events if e.negated or e.source != "ref" or not any(
            abs(clauses.index(e.clause) - j) <= 1 for w, j in r.left_out_beside.items() if w == e.waybill.number)]
    if orphans:
        bind_orphans(clauses, orphans, found, norm, r)
    if fixes:
        r.events = apply_corrections(r.events, fixes)
    for w in denied:  # what was asked for it before is taken back there, as nothing to do
        c = next((x for x in clauses if x.start <= w.span[0] <= x.end), clauses[0])
        r.events.append(Event(Mention(NOTHING, w.span[0] - c.start, w.span[0] - c.start, True), w, c))
    return fold(r.events, r, norm), False, found


def _bind_quoted(clauses: list[Clause], quoted: list[Waybill], r: Reading, norm: str) -> tuple[list[int], Found]:
    """Binding when the merchant's commands speak of quoted numbers: these stand above the merchant's words, as if
    on a line of their own. Returns the orphans and the numbers bound."""
    q = Clause("", -len(quoted) - 1, -1, [])
    q.waybills = [Waybill(w.number, w.carrier, (q.start + i, q.start + i + 1), w.alternatives, w.joined)
                  for i, w in enumerate(quoted)]
    clauses.insert(0, q)
    found = Found()
    found.waybills = list(q.waybills)
    orphans = bind(clauses, found, r, norm)
    for e in r.events:
        e.source = "quote"
    return orphans, found


def _result(own: str, norm: str, clauses: list[Clause], found: Found, quoted: list[Waybill],
            state: dict[str, list[Event]], r: Reading, plain: bool, carrier: str | None,
            numbers: list[str]) -> ParseResult:
    """The requests and the reasons a person or the merchant is asked (only the first reason is given)."""
    reasons = r.reasons
    if r.withdrawn:
        reasons.append("negated_command")  # a request of an earlier message taken back: it may be under way
    _note_unread(clauses, found, quoted, reasons)
    requests = _requests(state, norm, clauses, found.phones, r, plain)
    if any(q.address or q.name for q in requests) and translated(own):
        as_written(requests, norm, normalize(own, written=True))
    if carrier is None and any(e.waybill.alternatives for evs in state.values() for e in evs):
        reasons.append("ambiguous_carrier")
    reason = reasons[0] if reasons else None
    confirm = None
    if reason is None and r.confirm:
        confirm = r.confirm[0]
    else:
        for req in requests:
            req.confirm = False
    return ParseResult(requests=requests, needs_human=bool(reasons), reason=reason, normalized=norm,
                       confirm=confirm, withdrawn=r.withdrawn, waybills=numbers)


def _note_unread(clauses: list[Clause], found: Found, quoted: list[Waybill], reasons: list[str]) -> None:
    """A command with no number to act on, and numbers of no known form."""
    unrecognised = [d for d in found.unplaced if len(d) <= 17]  # 18-19 digits: platform order numbers
    if not found.waybills and not quoted and not unrecognised and any(
        not m.negated for c in clauses for m in c.mentions
    ):
        reasons.append("command_without_waybill")
    if unrecognised:
        reasons.append("unrecognised_number")


def _lone_command(norm: str, found: Found, carrier: str | None) -> ParseResult | None:
    """"YT… 拦截", "催件 YT…": one number and one command word and nothing else, the commonest message, read
    directly; None for any other. What the full reading gives, exactly (tests/unit/test_parser.py checks every
    word of the lexicon both ways round)."""
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
    confirm = costly and w.joined
    ambiguous = carrier is None and bool(w.alternatives)
    request = ParsedRequest(intent=intent, waybills=[w.number], carrier=w.carrier, span=w.span,
                            confirm=confirm and not ambiguous)
    return ParseResult(requests=[request], needs_human=ambiguous, reason="ambiguous_carrier" if ambiguous else None,
                       normalized=norm, confirm="joined_number" if confirm and not ambiguous else None,
                       waybills=[w.number])


def _plain(clauses: list[Clause], distinct: list[Waybill], norm: str) -> dict[str, list[Event]] | None:
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
    if base in (WITHDRAW, NOTHING, SAME) or any(
            m.negated or base_of(m.intent) != base or (m.intent[-1] == "≈" and m.intent != ms[0].intent) for m in ms):
        return None
    first = ms[0]
    for m in ms:
        if strength(m.intent) > strength(first.intent):
            first = m
    if "不是" in norm or "除" in norm or (len(distinct) > 1 and (
            "只" in norm or "仅" in norm or REF_FIRST.search(norm) is not None or
                                                 NUMBER_CORRECTION.search(norm) is not None)):
        return None
    if any(c.waybills and not c.mentions and c.no_action for c in clauses):
        return None
    state: dict[str, list[Event]] = {}
    c = said[0]
    for x in clauses:
        for w in x.waybills:
            if w.number not in state:
                state[w.number] = [Event(first, w, c)]
    return state


def _requests(state: dict[str, list[Event]], norm: str, clauses: list[Clause], phones: list[str],
              r: Reading, plain: bool) -> list[ParsedRequest]:
    """The requests the events standing at the end make: per number the strongest readings that no other makes
    redundant, less questions about an action; an irreversible one not certain marked for confirmation; grouped by
    intent and carrier (an address change by row when each row names its own numbers), with their details."""
    kept: list[Event] = []
    for evs in state.values():
        if len(evs) == 1:
            kept += evs
        elif evs:
            kept += _strongest(evs, norm, r)
    kept = _not_questions(kept, norm, r)
    _mark_unsure(kept, state, norm, clauses, r, plain)
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


def _strongest(evs: list[Event], norm: str, r: Reading) -> list[Event]:
    """The events that stand for one number of several: the strongest readings, less those others make redundant;
    of conflicting ones, the last irreversible one (to be confirmed), or none when said in one breath."""
    best = max(strength(e.intent) for e in evs)  # "客户着急 查一下": a mood beside a request is no request
    mine = _absorbed([e for e in evs if strength(e.intent) == best], norm)
    costly = [e for e in mine if e.base in IRREVERSIBLE]
    conflict = len(mine) > 1 and any(frozenset({a.base, b.base}) in _CONFLICTS
                                     for a in mine for b in mine)
    if conflict and len({e.clause.start for e in mine}) == 1:
        r.reasons.append("conflicting_commands")  # two opposite things in one breath: a person reads it
    elif conflict:
        last = costly[-1]  # the merchant contradicts themself: ask about the last irreversible word
        last.source = "conflict"
        mine = [e for e in mine if e is last or (frozenset({e.base, last.base}) not in _CONFLICTS
                                                 and e.base not in IRREVERSIBLE)]
    return mine


def _not_questions(kept: list[Event], norm: str, r: Reading) -> list[Event]:
    """``kept`` less the actions asked about rather than asked for ("拦截要收费吗", "改地址了吗")."""
    asked: list[Event] = []
    if any(e.base in _ASKED_AFTER for e in kept) and _ASKING.search(norm) is not None:
        policy = _POLICY_QUESTION.search(norm) is not None
        # "麻烦看下拦截成功了吗": whether it was done, however politely; "能拦截吗": a request
        asked = [e for e in kept if e.base in _ASKED_AFTER and (
            (_status_question(norm, e) and _CAN.search(norm, max(0, e.at - 4), e.at) is None)
            or (policy and _policy_question(norm, e) and _POLITE.search(e.clause.text) is None))]
    if asked:  # "拦截要收费吗", "改地址了吗": a question about the action, not a request for it
        kept = [e for e in kept if all(e is not x for x in asked)]
        if not kept:
            r.reasons.append("question")
    return kept


def _mark_unsure(kept: list[Event], state: dict[str, list[Event]], norm: str, clauses: list[Clause],
                 r: Reading, plain: bool) -> None:
    """Irreversible actions that are not certain: marked (source "confirm"), and why noted."""
    complex_ = -1  # looked at only when an irreversible action was read
    undecided = False  # the message holds a hedge or a condition somewhere
    for e in kept:
        if e.base not in IRREVERSIBLE:
            continue
        if complex_ < 0:
            complex_ = int(not plain or _complex(clauses, state, norm))
            undecided = _UNDECIDED.search(norm) is not None
        if why := _why_confirm(e, r, norm, complex_ == 1, undecided):
            r.confirm.append(why)
            e.source = "confirm"


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

_CONFIRM_BY_SOURCE: Final = {"quote": "quoted_number", "ref": "positional_reference", "continued": "continued_list",
                              "conflict": "conflicting_commands"}


def _why_confirm(e: Event, r: Reading, norm: str, complex_: bool, undecided: bool) -> str:
    """Why an irreversible action read from the message is not certain, or "" when it is."""
    if e.intent.endswith("≈"):
        return "weak_command"
    if e.waybill.number in r.hedged or (undecided and (e.clause.hedged or _hedged_sentence(norm, e))):
        return "hedged"
    if _asks_about(e.clause.text, e.at - e.clause.start):
        return "question"
    if e.waybill.joined:
        return "joined_number"
    if reason := _CONFIRM_BY_SOURCE.get(e.source):
        return reason
    return "complex_message" if complex_ else ""


def _hedged_sentence(norm: str, e: Event) -> bool:
    """Undecided in the sentence around the command, beyond its clause: "先拦一下吧? 等我问问买家", "若客户坚持拒收，
    则请予以退回" (a condition on what only the merchant will learn)."""
    start = max(norm.rfind("\n", 0, e.at), norm.rfind("。", 0, e.at)) + 1
    ends = [i for i in (norm.find("\n", e.end), norm.find("。", e.end)) if i >= 0]
    sentence_end = min(ends) if ends else len(norm)
    if HEDGE.search(norm, e.end, sentence_end) is not None:
        return True
    return (CONDITION.search(norm, start, e.at) is not None
            and PARCEL_STATE.search(norm, start, sentence_end) is None)


def _complex(clauses: list[Clause], state: dict[str, list[Event]], norm: str) -> bool:
    """A message whose reading took more than plain binding: something taken back, put right or denied, or
    several numbers with different commands. An irreversible action read from it is confirmed first."""
    if any(m.negated and m.intent != NOTHING for c in clauses for m in c.mentions):
        return True
    if _DOUBTED.search(norm) is not None:  # put right, or a denial no command word carried: what does it deny?
        return True
    asked = {e.base for evs in state.values() for e in evs}
    return sum(1 for evs in state.values() if evs) > 1 and len(asked - {"track"}) > 1

# A question about an action rather than a request for it ("拦截了吗", "拦截要收费吗", "改址要多久"); a polite
# request is asked as a question too, but with its own words ("能拦截吗", "可以帮忙改个地址吗").
_QUESTION: Final = re.compile(r"吗|么|嘛|\?|没有$|了没|多少|多久|几天|怎么|为什么|为啥|是否|成功|结果|进度|收费|费用")
_PROCEDURE_QUESTION: Final = re.compile(
    r"什么材料|准备什么|需要什么|什么手续|流程|怎么操作|怎么申请|怎么弄|有补偿|会有补偿")
_QUESTION_MARK: Final = re.compile(r"吗|么|嘛|\?|是不是|会不会|多少|多久|怎么|为什么|为啥|是否|哪|谁|什么")
# What such a question asks about: the cost, the rules, what went wrong ("拦截要收费吗", "怎么还给拦了").
# of an action on the parcel: its cost and rules as well as what it takes
_POLICY_QUESTION: Final = re.compile(
    r"收费|费用|运费|多少钱|加钱|要钱|影响|多久|时效|只能|会不会|怎么回事|为什么|为啥|哪一?方|谁(?:来)?(?:出|付|承担)|"
    + _PROCEDURE_QUESTION.pattern + "|能补偿")
_POLITE: Final = re.compile(
    r"能(?<![只不久候]能)|可以|可否|麻烦|帮|请(?<!申请)(?!问)|行不行|好不好|能否|PLS|PLEASE|CAN YOU")
# "拦截了吗", "改地址了没": whether an earlier request was carried out.
_STATUS_QUESTION: Final = re.compile(
    r"\s*(?:了|成功了?|好了|完了)\s*(?:吗|么|嘛|没有?|不)[啊呀呢哦吖]?\s*(?:[?？]|$|[\s，,。!]|怎么)|"
    r"\s*(?:的事|这事|那事|申请|工单)?\s*(?:到哪一?步了|进展如何|进度如何|进度怎么样|怎么样了|处理得?怎么样了?|有结果了?[吗没])")
_CAN: Final = re.compile(r"(?:能|可以|可否|能否|能不能|可不可以|行不行)\s*(?:帮忙|帮我|帮|给我?)?\s*$")
_ASKED_AFTER: Final = IRREVERSIBLE | {"urge", "claim", "complaint", "damaged", "lost", "weight", "delay",
                                       "arbitration", "verify_delivery"}
# Every question about an action holds one of these (a cheap look before the patterns).
_ASKING: Final = re.compile(
    r"吗|么|嘛|了没|没有|没[拦催改撤退赔]|\?|如何|怎|多少|多久|几天|哪|什么|进度|进展|时效|费|钱|流程|材料|影响")
# "拦截是否已成功？", "核重结果出来了吗", "投诉受理了吗", "理赔进行到哪一步了": whether it was done, how it goes.
_STATUS_AFTER: Final = re.compile(  # matched within four characters of the command
    r"(?s:.){0,4}?(?:的事|这事|申请|工单|登记|之后|后)?\s*(?:是否|有没有)?(?:已经?)?\s*(?:成功|办好|办完|办了|弄好|好了|完了|受理|处理|"
    r"提交|登记|结果|回复|出来|进行到|到哪一?步|怎么样|进展|进度)[^，。,\n]{0,6}?(?:吗|么|嘛|没有?|没|如何|怎样|[?？])")


def _status_question(norm: str, e: Event) -> bool:
    """"拦截了吗", "拦没拦", "破损登记了没有", "核重结果出来了吗": whether an earlier request was carried out."""
    if _STATUS_QUESTION.match(norm, e.end) is not None:
        return True
    if e.end - e.at == 1 and norm.startswith("没" + norm[e.at], e.end):
        return True  # "到底拦没拦"
    end = min(len(norm), e.end + 18)  # the question mark ends the clause
    if not any(ch in norm[e.end : end] for ch in "吗么嘛没?如怎"):
        return False
    return _STATUS_AFTER.match(norm, e.end, end) is not None


def _policy_question(norm: str, e: Event) -> bool:
    """"拦截要收费吗", "请问如申请拦截，退回运费由哪一方承担？", "仲裁要准备什么材料": the sentence asks about the
    action's rules."""
    start = max(norm.rfind("\n", 0, e.at), norm.rfind("。", 0, e.at), norm.rfind("?", 0, e.at)) + 1
    ends = [i for i in (norm.find("\n", e.end), norm.find("。", e.end), norm.find("?", e.end)) if i >= 0]
    end = min(ends) + 1 if ends else len(norm)
    # of an action on the parcel, its cost too; of a claim or a check, what it takes (its cost is the reason)
    rules = _POLICY_QUESTION if e.base in IRREVERSIBLE else _PROCEDURE_QUESTION
    if rules.search(norm, start, end) is None or _QUESTION_MARK.search(norm, start, end) is None:
        return False
    # "改地址要多久能生效？… 改到 <地址>": asked about, then asked for
    return all(i.rstrip("~≈") != e.base for _, _, i in commands(norm, end, len(norm)))


def _asks_about(clause: str, at: int) -> bool:
    return _QUESTION.search(clause, at) is not None and _POLITE.search(clause) is None

# Words that deny or hold back, wherever they stand; the reasons merchants give for a return do not count.
_DENIAL_ANYWHERE: Final = re.compile(
    r"不(?<!客户不)(?<!顾客不)(?<!买家不)(?<!人家不)(?<![他她说]不)(?!在家|接电话|在|满意|想要|喜欢|合适|对劲|见了|到|动|通|送|派|发)|"
    r"别|甭|免了|勿|拉倒|作罢|算了|NO |NOT |DON'?T|"
    # withdrawing words, and words that introduce what someone else wrote: an irreversible action read beside
    # them is confirmed, in case they take it back or relay it in a way the reading above missed
    r"无需|无须|毋须|没必要|用不着|暂缓|放弃|终止|中止|撤回|撤销|作废|取消|WITHDRAW|HOLD OFF|"
    r"转发|原文|原消息|聊天记录|邮件|发件人|引用|回复|说[:：]"
)
# One scan each instead of two (both alternations start with literals: the engine skips ahead).
_UNDECIDED: Final = re.compile(HEDGE.pattern + "|" + CONDITION.pattern)
_DOUBTED: Final = re.compile(CORRECTION.pattern + "|" + _DENIAL_ANYWHERE.pattern)
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
_DELAY_NAMED: Final = re.compile(r"延误|延迟|YANWU|DELAY")
_ASKS_WHERE: Final = re.compile(r"什么时候|啥时候|几时|哪|查|WHERE|WHEN")


def _absorbed(mine: list[Event], norm: str) -> list[Event]:
    bases = {e.base for e in mine}
    if len(bases) < 2:
        return mine
    if bases == {"track", "delay"} and not any(e.recorded for e in mine) and any(
            e.base == "track" and _ASKS_WHERE.search(norm, e.at, e.end) for e in mine):
        return [e for e in mine if e.base == "track"]  # "好几天了还没到 什么时候到啊": the reason it asks
    gone: set[str] = {"track"}  # acting on a parcel includes finding it
    if "complaint" in bases:  # "还是没动 投诉吧": the symptom is the reason; "延误了 要投诉" names a delay of its own
        mine = [e for e in mine if e.base != "delay" or e.recorded or _DELAY_NAMED.search(norm, e.at, e.end)]
    for b in bases:
        gone |= _ABSORBS.get(b, frozenset())
    # a claim is the record of the loss or damage it compensates, even asked for in so many words ("登记破损 要理赔")
    always = {"track"} | _ABSORBS["claim"] if "claim" in bases or "arbitration" in bases else {"track"}
    if "arbitration" in bases:
        if _both_asked(mine, "claim", "arbitration", norm):
            gone.discard("claim")  # "丢件赔偿 并申请仲裁": both asked for, not a claim disputed
        else:
            always |= _ABSORBS["arbitration"]
    return [e for e in mine if e.base not in gone or (e.recorded and e.base not in always)]

# "A 并/同时/还要 B": two requests joined, each asked for in its own right
_JOINED_ASK: Final = re.compile(r"\s*(?:并且?|同时|以及|还要|也要|再)\s*(?:申请|要求|走|提交)?\s*")


def _both_asked(mine: list[Event], first: str, then: str, norm: str) -> bool:
    return any(a.base == first and b.base == then and a.end <= b.at
               and _JOINED_ASK.fullmatch(norm, a.end, b.at) is not None for a in mine for b in mine)

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
    and _QUESTION.search(w) is None and _DENIAL_ANYWHERE.search(w) is None
}
