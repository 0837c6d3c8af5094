"""Merchant chat text → structured requests.

A message is read as the merchant wrote it: in order, clause by clause (a line break or ，；。 ends one
instruction in these chats), and what the merchant says last about a number wins.

1. Quotes are set apart (``quotes``): a quoted message or a pasted reply of the bot is context, never a command.
2. Numbers are found (``waybills``): every occurrence, phones in any notation excluded, broken numbers joined.
3. Commands are found per clause (``intents``), with their polarity: "不用拦了", "改址取消", "算了" take back.
4. Each command, positive or negated, is bound to the numbers it speaks of (``_bind``):
   - in a clause with numbers: numbers first ("YT1 拦截 YT2 催件") → each command takes the numbers before it;
     command first → the numbers after it; a command left with no numbers shares its neighbour's ("拦截并投诉");
   - numbers alone on their lines take the command of a command-only line: the nearest below when the message
     starts with numbers ("YT1\\n拦截"), else the nearest above ("拦截\\nYT1");
   - a command-only clause that no such number took speaks of the numbers just before it: on its own line
     ("YT1 不要退回，改派到 …"), or further up when it takes back or corrects ("YT1 拦截\\n算了不拦了");
   - positional references bind to the numbers they point at ("这三单 第一单拦截 后两单催一下");
   - a corrected number takes the place of the wrong one ("YT1 拦截 更正 单号打错了 是 YT2");
   - with no number of its own, a message speaks of the numbers it quotes.
5. The commands are applied per number in the order written (``_fold``): a withdrawal removes, a correction
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
from router.parsing.clauses import CONDITION, CORRECTION, HEDGE, NO_ACTION, PARCEL_STATE, Clause, split_clauses
from router.parsing.events import Event, Reading, distinct_numbers
from router.parsing.lexicon import IRREVERSIBLE, LEXICON, NOTHING, SAME, WITHDRAW, base_of, strength
from router.parsing.normalize import normalize, translated
from router.parsing.refs import EXCEPT, Ref, numeral, references
from router.parsing.refs import FIRST as REF_FIRST
from router.parsing.result import ParsedRequest, ParseResult
from router.parsing.waybills import CARRIER_WORDS, Found, Waybill, find
from router.parsing.words import Mention, commands

__all__ = ["IRREVERSIBLE", "MAX_CHARS", "ParseResult", "ParsedRequest", "parse"]

MAX_CHARS: Final = 2000  # chat platforms cap messages near this; longer input is not a chat message
_AMOUNT: Final = re.compile(r"([0-9]+(?:\.[0-9]{1,2})?)\s*(?:元|块)")
# A name beside a phone number: looked for from the phone (the digits are rarer than the characters of a name).
_MOBILE: Final = re.compile(r"1[3-9][0-9]{9}")
_NAME_BEFORE: Final = re.compile(r"([\u4e00-\u9fa5]{2,4})\s*$")
_NAME_AFTER: Final = re.compile(r"\s*([\u4e00-\u9fa5]{2,4})(?=\s|$)")
_NAME_LABEL: Final = re.compile(r"(?:收件人|姓名|联系人)[:：\s]*([\u4e00-\u9fa5]{2,4})")
_ADDRESS_HINT: Final = re.compile(r"[省市区县镇乡村路街道号巷弄栋楼室]")
_ADDRESS_PARTS: Final = re.compile(
    r"^(?P<province>[\u4e00-\u9fa5]{2,7}?(?:省|自治区))?(?P<city>[\u4e00-\u9fa5]{2,7}?市)?"
    r"(?P<district>[\u4e00-\u9fa5]{1,7}?(?:区|县|旗))?(?P<detail>.*)$"
)
_FIELD_BREAK: Final = re.compile(r"[\s,，;；]+")
_LABELS: Final = re.compile(r"(?:新地址|收件地址|地址|收件人|姓名|联系人|电话|手机|手机号)[:：]?")
# Written out alternative by alternative, each starting with a character, so that the engine skips every place
# where none of them can start.
_PHONE_TEXT: Final = re.compile("|".join(
    prefix + first + r"[ -]?[0-9]{4}[ -]?[0-9]{4}"
    for prefix in (r"\+ ?86[ -]?", r"00 ?86[ -]?", r"86[ -]", "") for first in (r"\(1[3-9][0-9]\)", r"1[3-9][0-9]")
))


def parse(text: str, carrier: str | None = None) -> ParseResult:
    """Understand one message. ``carrier`` is the group's own carrier (decides ambiguous all-digit numbers)."""
    try:
        return _parse(text, carrier)
    except Exception as e:  # a parser bug must hand the message to a person, never crash the router
        return ParseResult(requests=[], needs_human=True, reason=f"parser_error:{type(e).__name__}")

# "也可能不撤": the denial itself is hedged (not "先别拦 我再问问", a clear "not now").
_HEDGED_DENIAL: Final = re.compile(r"(?:可能|也许|或许|大概|说不定|不一定)\s*(?:不|别|不用|不要)?\s*$")
_UNSURE: Final = re.compile(r"不知道|说不好|说不准|拿不准|不确定|不一定")  # "还是别拦 唉 我也不知道"
_ANOTHER: Final = re.compile(r"(?:另外|另一|别的)[^\s，,。0-9A-Z]{0,3}$")
_BUT: Final = re.compile(r"\s*(?:但|可|却|那就|然而|不过)")
# What says a number needs nothing; _FINE_ANY looks for it anywhere (each word starts with a literal: the engine
# skips to where one can start), _FINE_AFTER right after a number.
_FINE: Final = NO_ACTION.pattern + "|到了(?![吗没么])|不动(?!了)|没问题"
_FINE_ANY: Final = re.compile(_FINE)
_FINE_AFTER: Final = re.compile(rf"\s*(?:是|也|都|已经|早就|早)*\s*(?:{_FINE})")
# "签收了就算了", "拦不住就算了": a withdrawal on a condition said without 如果, of what the carrier will find.
_STATE_THEN: Final = re.compile(
    r"(?:签收|派送|派件|派|揽收|发出|送达|妥投|到了|拦不住|截不住|拦不下来|来不及|不行)[了的]?(?:话)?\s*就?\s*$")
# "更正 单号打错了 是 YT2": a number after these replaces an earlier one.
_NUMBER_CORRECTION: Final = re.compile(
    r"打错|写错|输错|填错|录错|少打|多打|漏打|漏了一位|少了?一位|多了?一位|缺了?一位|哦不(?![用要对])|啊不(?![用要对])|"
    r"我说的是|我是说|我要[拦催改撤查退][\u4e00-\u9fa5]{0,1}的是|不[拦催改撤退]了?(?=\s*是)|不用(?=\s*是)|发错|给错|弄错|搞错|看错|错了|更正|不对|应该是|正确的是|正确单号|应为|改成|换成|为准|改一下|纠正|"
    r"打反|反了|才对|搞反|弄反|手滑|手误|CORRECTION|SHOULD BE|WRONG NUMBER|TYPO"
)
# Words that say a number was wrong (not which command was meant: "我要催的是这个")
_NUMBER_WRONG: Final = re.compile(r"打错|写错|输错|填错|录错|发错|给错|少打|多打|漏打|为准|错了|才对")
# What may stand between a correction and the right number: "更正 第二个单号是 YT…", "打错了 应该是 YT…".
_CONNECTOR: Final = re.compile(
    r"(?:[\s:：,，]|不是这[个单票件](?:单号)?|了|是|为|成|一下|应该|正确的|正确|完整的|单号|号码|运单号|快递单号|重新发|重发|的|第[一二两三四五六七八九十0-9]{1,2}个|"
    r"第[一二两三四五六七八九十0-9]{1,2}单|最后一个|最后那个|上面那个|前面那个|中间那个|中间那单|这个|那个|(?:我|俺|咱)?(?:要|想)?(?:查|拦|催|改|问|说)?的?是|"
    rf"(?:{'|'.join(CARRIER_WORDS)})的?(?:那个|那单)?|"
    r"THE|NUMBER|TRACKING|IS|IT'S|SHOULD|BE|CORRECT|RIGHT)*"
)
_ALL_WORD: Final = re.compile(r"都|全部|全都|统统|所有|统一|均")
# Deictic words: the command speaks of the number just named ("YT1 外箱破了\n这个登记破损").
_DEICTIC: Final = re.compile(r"这个|这单|这票|这件|这条|那条|上一条|上条|该件|此件|该单|此单|这一单|它|THIS ONE|THIS")
# "都拦截", "全部退回": the command takes every number before it in its clause.
_ALL_DENIED: Final = re.compile(r"(?:都|全部|全都|统统|一律)(?:先)?(?:不用|不要|别|不|无需|暂不)\s*$")  # "都别拦了"
_ALL_WITHDRAWN: Final = re.compile(r"(?:都|全部|全都|统统|一律)\s*(?:先)?\s*$")  # "A 退回 B 退回 全部不用了"
_AGAIN: Final = re.compile(r"\s*(?:(?:都|全部|全都|均|一律)(?:要|帮忙|帮我|给我?|是)?\s*)?")
_ALL_BEFORE: Final = re.compile(
    r"(?:都|全部|全都|全(?<!完全)|均|一起|统统|一律|统一|ALL)(?:请|麻烦)?(?:要|帮忙|帮我|给我?|申请|是|登记|帮忙登记|报)?\s*$")
# Positional references to the message's numbers.
_NUM: Final = "一二两三四五六七八九十俩仨"
# which of the numbers a correction means
_WHICH: Final = re.compile(rf"第([{_NUM}0-9]{{1,2}})|(最后|上面那|前面那|中间那)")
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
# "不是 YT1 是 YT2": the denied number asks for nothing.
_EXCEPT_WORDS: Final = ("除了", "除开", "除去", "除")
_EXCEPT_CLAUSE: Final = re.compile(r"\s*(?:除了|除开|除去|除)")
_DENIED: Final = re.compile(r"(?:不是(?<!是不是)|除了|除开|除去|除(?<![排清]除))\s*$")
_CONFLICTS: Final = {frozenset({"intercept", "change_address"}), frozenset({"cancel", "change_address"}),
              frozenset({"intercept", "urge"}), frozenset({"cancel", "urge"}), frozenset({"intercept", "cancel"})}
# A clause's numbers for binding: (position in the clause, the numbers, a reference or not, how excluded).
_Numbers = list[tuple[int, list[Waybill], bool, int]]


def _bind_clause(c: Clause, numbers: _Numbers, everything: list[Waybill]) -> list[tuple[Mention, list[Waybill]]]:
    """(mention, numbers) for each command of a clause that has both; ``everything``: the message's numbers."""
    ms = c.mentions
    has_refs = any(ref or ex for _, _, ref, ex in numbers)
    if not has_refs and len({(m.intent, m.negated) for m in ms}) == 1:
        return [(ms[0], [w for _, ws, _, _ in numbers for w in ws])]
    numbers_first = numbers[0][0] < ms[0].start
    groups: list[tuple[Mention, list[Waybill]]] = []
    for i, m in enumerate(ms):
        if i and groups[-1][0].intent == m.intent and _AGAIN.fullmatch(c.text, ms[i - 1].end, m.start):
            groups.append((m, groups[-1][1]))  # "4、5改址 都改到 <地址>": the same command again, with its details
        elif _every(c.text, m):  # "A 破损 B 丢件 都要赔", "第一个破损 第二个丢了 都要理赔", "除了最后一个都拦截"
            lo = ms[i - 1].end if i else -1  # "上面两单都拦截 下面两单都催一下": those since the last command
            before = ([x for x in numbers if lo <= x[0] < m.start and not x[3]]
                      or [x for x in numbers if x[0] < m.start and not x[3]])
            groups.append((m, [w for _, ws, _, _ in before for w in ws] or everything))
        else:
            groups.append((m, _choose(m, _near(c, ms, i, numbers, numbers_first))))
    if numbers_first:
        _tail(ms, numbers, groups)
    left_out = [w for _, ws, _, ex in numbers if ex for w in ws]
    if left_out:  # "全部拦截 除了第3单改址": the numbers left out take no other command of the clause
        out = {w.number for w in left_out}
        groups = [(m, mine if m.negated or all(w.number in out for w in mine)
                   else [w for w in mine if w.number not in out]) for m, mine in groups]
    _share(groups, left_out, everything)
    return groups


def _every(text: str, m: Mention) -> bool:
    """"都拦截", "全部退回", "都别拦了", "全部不用了": the command takes every number before it in its clause."""
    if not m.negated and (_ALL_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
                          or text.startswith(("都", "一起", "全部"), m.start)):  # "都要赔" is one word
        return True
    if m.negated and _ALL_DENIED.search(text, max(0, m.start - 6), m.start) is not None:
        return True
    return m.intent == WITHDRAW and _ALL_WITHDRAWN.search(text, max(0, m.start - 4), m.start) is not None


def _near(c: Clause, ms: list[Mention], i: int, numbers: _Numbers, numbers_first: bool) -> _Numbers:
    """The numbers near command ``i`` of the clause that it may take: those before it when the clause names its
    numbers first, else those after it."""
    m = ms[i]
    lo = ms[i - 1].end if i else -1
    hi = ms[i + 1].start if i + 1 < len(ms) else 10**9
    if numbers_first:
        # "A B: intercept the first": a reference right after the command picks among the numbers before
        near = [x for x in numbers if lo <= x[0] < m.start]
        if not any(x[2] for x in near):
            near = [x for x in numbers if x[2] and not x[3] and m.end <= x[0] <= m.end + 2
                    and c.text.startswith("THE ", x[0])] or near
        if not near and i and ms[i - 1].negated and not m.negated:  # "YT2 先不拦了 只拦第一个": a reference after
            near = [x for x in numbers if m.end <= x[0] < hi and x[2]][:1]
        return near
    # "前一单拦截，后一单撤单：A B": a reference just before the command
    near = ([x for x in numbers if lo <= x[0] < m.start and x[2] and not x[3]]
            or [x for x in numbers if m.end <= x[0] < hi])
    if not near and i and not m.negated:  # "说撤单的 A 不撤了 B 照撤": the numbers since the last command
        near = [x for x in numbers if lo <= x[0] < m.start and not x[2]]
    if m.negated:  # "其中 X 不退": a negation takes the number just before it
        just = [x for x in numbers if not x[2] and 0 <= m.start - x[0] - len(x[1][0].number) <= 2]
        # "都拦截 第三个不拦了": or what was named since the last command
        near = just or near or [x for x in numbers if lo <= x[0] < m.start][-1:]
    return near


def _tail(ms: list[Mention], numbers: _Numbers, groups: list[tuple[Mention, list[Waybill]]]) -> None:
    """Numbers after the last command: it takes them too ("YT1 拦截 YT2 催件 YT3")."""
    tail = [w for p, ws, ref, _ in numbers if p >= ms[-1].end and not ref for w in ws]
    if tail and not any(w.number == x.number for w in groups[-1][1] for _, ws, ref, _ in numbers if ref
                        for x in ws):  # "后一单撤单：A B": the reference has chosen already
        groups[-1] = (groups[-1][0], groups[-1][1] + tail)


def _share(groups: list[tuple[Mention, list[Waybill]]], left_out: list[Waybill], everything: list[Waybill]) -> None:
    """Commands left with no numbers of their own."""
    for i, (m, mine) in enumerate(groups):
        if mine:
            continue
        near2 = [g for j in (i - 1, i + 1) if 0 <= j < len(groups) for g in [groups[j][1]] if g]
        if m.negated and left_out:  # "第二个不用": the numbers left out
            groups[i] = (m, left_out)
        elif left_out:  # "拦截 第二个不用": all the numbers but those left out
            groups[i] = (m, [w for w in everything if all(w.number != x.number for x in left_out)])
        elif near2:  # "拦截并投诉": a command with no numbers of its own shares its neighbour's
            groups[i] = (m, near2[0])


def _choose(m: Mention, near: _Numbers) -> list[Waybill]:
    """The numbers a command takes of those near it: of several references the nearest (left-out ones only for
    a negation, or for a command of their own: "除了第3单改址"), else every number."""
    if m.negated:
        refs = [x for x in near if x[2] and x[3]] or [x for x in near if x[2]]
    else:
        refs = [x for x in near if x[2] and not x[3]] or [x for x in near if x[2] and x[3] == EXCEPT]
    if refs:
        return refs[-1][1]
    if any(x[2] for x in near):
        return []
    return [w for _, ws, _, _ in near for w in ws]


def _bind(clauses: list[Clause], found: Found, r: Reading, norm: str) -> list[int]:
    """Bind every command to its numbers; returns the clauses whose numbers no command took (orphans)."""
    distinct = distinct_numbers(found.waybills)
    excepted = {w.number for w in found.waybills if w.span[0] in r.excepted}
    taken = set(excepted)  # "除了 YT3 其它都拦截": the others are those not named
    if len(distinct) >= 2 and REF_FIRST.search(norm) is not None:
        _read_references(clauses, distinct, excepted, taken, r)
    r.selective = bool(taken - excepted)
    if any(x.specific and not x.numbers and not x.excluded for c in clauses for x in c.refs):
        r.reasons.append("unclear_reference")  # "后者" of three numbers, "第五个" of four: not guessed
    orphans, command_only = _bind_clauses(clauses, distinct, taken, r, norm)
    # numbers referenced by position are bound already
    orphans = [i for i in orphans if not all(w.number in taken for w in clauses[i].waybills)]
    used: set[int] = set()
    if orphans and command_only:
        used = _orphans_to_commands(clauses, orphans, command_only, r)
        orphans = []
    for j in command_only:
        if j not in used:
            _bind_backwards(clauses, j, r, len(distinct) == 1)
    return orphans


def _rows(clauses: list[Clause]) -> list[list[Waybill]]:
    """The message's numbers row by row (a number once a row), in the order of the rows."""
    rows: dict[int, list[Waybill]] = {}
    for c in clauses:
        for w in c.waybills:
            if all(w.number != x.number for x in rows.get(c.row, [])):
                rows.setdefault(c.row, []).append(w)
    return [rows[k] for k in sorted(rows)]


def _read_references(clauses: list[Clause], distinct: list[Waybill], excepted: set[str], taken: set[str],
                     r: Reading) -> None:
    """The references of each clause with commands (``Clause.refs``); the numbers a clause of their own leaves
    out ("除了第一单，其他都催一下") are excepted, and taken."""
    by_row = _rows(clauses)
    for i, c in enumerate(clauses):
        if c.mentions:
            left_out_at = [m.start for m in c.mentions if m.negated and m.intent == WITHDRAW]
            c.refs = references(c.text, c.start, distinct, by_row, taken, left_out_at, bool(c.waybills))
        elif _EXCEPT_CLAUSE.match(c.text):  # "除了第一单，其他都催一下": left out of the clause beside it
            for ref in references(c.text, c.start, distinct, by_row, set(), [], bool(c.waybills)):
                for w in ref.numbers:
                    excepted.add(w.number)
                    taken.add(w.number)
                    r.left_out_beside[w.number] = i


def _bind_clauses(clauses: list[Clause], distinct: list[Waybill], taken: set[str], r: Reading,
                  norm: str) -> tuple[list[int], list[int]]:
    """Bind the commands of each clause that has numbers or references of its own; returns the clauses with
    numbers and no command (orphans), and those with commands and no numbers (command-only)."""
    fine = _FINE_ANY.search(norm) is not None  # a number may be said to need nothing ("A 是好的")
    orphans: list[int] = []
    command_only: list[int] = []
    for i, c in enumerate(clauses):
        refs = [x for x in c.refs if x.numbers]
        if c.mentions and c.waybills and i and (d := _DEICTIC.search(c.text)) is not None:
            _point_back(clauses, i, d.start(), r)
        if fine and c.mentions and c.waybills:
            _fine(c, distinct, norm, r)
        if c.mentions and (c.waybills or refs):
            _bind_own(c, refs, distinct, taken, r)
        elif c.waybills and not c.no_action:
            orphans.append(i)
        elif c.waybills and CORRECTION.search(norm, 0, c.end) is not None:
            # "更正：YT1 为已签收单号", "不对 是 YT2 催一下 YT1 已经到了": what was asked for it is taken back
            r.events += [Event(Mention(NOTHING, 0, 0, True), w, c) for w in c.waybills]
        elif c.mentions:
            if c.refs:
                r.reasons.append("unclear_reference")
            else:
                command_only.append(i)
    return orphans, command_only


def _bind_own(c: Clause, refs: list[Ref], distinct: list[Waybill], taken: set[str], r: Reading) -> None:
    """Events for the commands of a clause with its own numbers or references (``refs``: those that picked
    some); the numbers references picked are taken."""
    numbers: _Numbers = [(w.span[0] - c.start, [w], False, EXCEPT if w.span[0] in r.excepted else 0)
                         for w in c.waybills]
    numbers += [(x.start, x.numbers, True, x.excluded) for x in refs]
    numbers.sort(key=lambda x: x[0])
    source = "ref" if refs else ""
    for m, bound in _bind_clause(c, numbers, distinct):
        ws = _only(m, bound, c, r) if bound and not m.negated and ("只" in c.text or "仅" in c.text) else bound
        r.events += [Event(m, w, c, source if any(w is y for x in refs for y in x.numbers) else "")
                     for w in ws]
        if refs:
            taken.update(w.number for w in ws)
            c.picked += ws


def _orphans_to_commands(clauses: list[Clause], orphans: list[int], command_only: list[int],
                         r: Reading) -> set[int]:
    """Numbers alone on their lines take the commands of a command-only line: the nearest below when the message
    starts with numbers, else the nearest above. Returns the command-only clauses so used."""
    used: set[int] = set()
    numbers_first = orphans[0] < command_only[0]
    for i in orphans:
        below = [j for j in command_only if j > i][:1]
        above_ = [j for j in command_only if j < i][-1:]
        preferred, fallback = (below, above_) if numbers_first else (above_, below)
        j = (preferred or fallback)[0]
        used.add(j)
        c = clauses[j]
        for m in c.mentions:
            r.events += [Event(m, w, c) for w in clauses[i].waybills]
    return used

# "更正 只撤 YT1", "只催 B": the command stands for these numbers only.
_ONLY: Final = re.compile(r"(?:只|仅|只有|只要|只需)\s*$")
_ONLY_NUMBER: Final = re.compile(r"(?:只|仅)(?:有|要)?\s*[0-9A-Z]{8,20}\s*$")  # "只有 YT… 改"


def _only(m: Mention, mine: list[Waybill], c: Clause, r: Reading) -> list[Waybill]:
    """"撤单 A B … 更正 只撤 A", "A B 只拦截 A", "A B C 全部改地址 不对 只有 C 改": the command is for the numbers
    named after 只 (else those it took), and the same command asked before for other numbers is taken back for
    them; returns the command's numbers (``mine`` when no 只 stands before it)."""
    if _ONLY.search(c.text, max(0, m.start - 4), m.start) is not None:
        after = [w for w in mine if w.span[0] >= c.start + m.end]
        mine = after or mine
    elif (o := _ONLY_NUMBER.search(c.text, max(0, m.start - 28), m.start)) is not None:
        mine = [w for w in mine if c.start + o.start() <= w.span[0] < c.start + m.start] or mine
    else:
        return mine
    named = {w.number for w in mine}
    base = base_of(m.intent)
    for e in [e for e in r.events if not e.negated and e.base == base and e.waybill.number not in named]:
        r.events.append(Event(Mention(m.intent, m.start, m.end, True), e.waybill, c))
    return mine


def _fine(c: Clause, distinct: list[Waybill], norm: str, r: Reading) -> None:
    """"哦不对 是 B 破了 A 是好的", "不对 A 已经签收了 是 B 要催": after a correction, a number (named here or above)
    said to need nothing asks for nothing."""
    corrected = -1  # whether a correction stands before the clause's end: looked at once a number is said fine
    for w in distinct:
        at = norm.find(w.number, c.start, c.end)
        while at >= 0:
            end = at + len(w.number)
            fine = _FINE_AFTER.match(norm, end)
            if fine is not None and corrected < 0:
                corrected = int(CORRECTION.search(norm, 0, c.end) is not None)
            if fine is not None and corrected and _BUT.match(norm, fine.end()) is None and not any(
                    base_of(m.intent) == "verify_delivery" for m in c.mentions):  # "签收了但不是本人签的": a symptom
                # read last in its clause: what the clause asked of it
                r.events.append(Event(Mention(NOTHING, len(c.text), len(c.text), True), w, c, "fine"))
            at = norm.find(w.number, end, c.end)


def _point_back(clauses: list[Clause], i: int, at: int, r: Reading) -> None:
    """"这个已经拦了 再加一个 YT2 拦截": what follows a deictic word, before the clause's own first number, speaks of
    the numbers of the clause before."""
    c = clauses[i]
    first = c.waybills[0].span[0] - c.start
    prev = [j for j in range(i - 1, -1, -1) if clauses[j].waybills][:1]
    mine = [m for m in c.mentions if at <= m.start < first]
    if not prev or not mine or at > first:
        return
    for m in mine:
        r.events += [Event(m, w, c) for w in clauses[prev[0]].waybills]
        c.mentions.remove(m)


def _bind_backwards(clauses: list[Clause], j: int, r: Reading, single: bool) -> None:
    """A command-only clause no number took: it speaks of the numbers just before it — on its own line, or
    further up when it takes back, corrects or points back ("YT1 拦截\n算了不拦了", "这个登记破损"), or when the
    message names one number only. Otherwise it is left unplaced."""
    c = clauses[j]
    prev = [i for i in range(j - 1, -1, -1) if clauses[i].waybills and not clauses[i].no_action][:1]
    if not prev and single:
        prev = [i for i in range(len(clauses)) if clauses[i].waybills][:1]
    amends = c.correction or all(m.negated for m in c.mentions) or _DEICTIC.search(c.text) is not None
    before = clauses[j - 1] if j else None
    if before is not None and before.picked and before.row == c.row and amends:
        for m in c.mentions:  # "第一个算了，不拦了": the numbers the clause before picked
            r.events += [Event(m, w, c) for w in distinct_numbers(before.picked)]
        return
    if prev and _ALL_WORD.search(c.text) is not None:  # "还是算了 都拦截退回吧": every number before it
        every = distinct_numbers([w for x in clauses[:j] for w in x.waybills])
        for m in c.mentions:
            r.events += [Event(m, w, c) for w in every]
        return
    if prev and (clauses[prev[0]].row == c.row or amends or single):
        source = clauses[prev[0]]
        for m in c.mentions:
            r.events += [Event(m, w, c) for w in source.waybills]
        return
    nxt = [i for i in range(j + 1, len(clauses)) if clauses[i].waybills][:1]
    if not prev and not nxt:
        return  # no number anywhere: the caller reports it
    if any(not m.negated for m in c.mentions):
        r.reasons.append("unplaced_command")


def _similar(a: str, b: str) -> bool:
    """Two numbers that differ as a typo does: a few digits, two digits swapped, or one digit left out."""
    if abs(len(a) - len(b)) == 1:
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) <= 3 or (len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def _corrected_numbers(clauses: list[Clause], found: Found, norm: str,
                       r: Reading) -> list[tuple[str, Waybill]]:
    """Numbers the merchant corrected ("YT1 拦截 更正 单号打错了 是 YT2", "最后两位打反了 YT3"): (wrong number, the
    right one). A correction names the right number right after it; or a number differs from an earlier one as a
    typo does and a word of correction stands after the earlier one (the last of such numbers is right)."""
    out: list[tuple[str, Waybill]] = []
    if len(found.waybills) < 2:
        return out
    markers = [m for m in _NUMBER_CORRECTION.finditer(norm) if not _inside_command(clauses, m.start(), m.end())]
    if not markers:
        return out
    fixed: set[str] = set()
    for k, w in enumerate(found.waybills):
        if any(x.number == w.number for x in found.waybills[:k]):
            continue  # named again: its command is put right, not the number ("YT1 YT2 拦截 更正 YT2是催件")
        wrong = {x.number: x for x in found.waybills[:k] if x.number not in fixed and x.number != w.number}
        if not wrong:
            continue
        typo = _typos(norm, w, wrong, markers)
        lo = max(found.waybills[k - 1].span[1], w.span[0] - 24)
        near = [m for m in markers if lo <= m.start() and m.end() <= w.span[0]]
        chosen: str | None = None
        if typo:
            chosen = typo[-1]
        elif near and _CONNECTOR.fullmatch(norm, near[-1].end(), w.span[0]) is not None:
            chosen = _which_wrong(norm, found.waybills[:k], wrong, lo, w.span[0], near[-1], r)
        if chosen is not None:
            fixed.add(chosen)
            out.append((chosen, w))
    return out


def _typos(norm: str, w: Waybill, wrong: dict[str, Waybill], markers: list[re.Match[str]]) -> list[str]:
    """The earlier numbers ``w`` differs from as a typo does, with a correction word between the two, or after the
    second with no command of its own in between ("A 延误\nB\n发错了 以第二个为准"; but "A 撤单 B 催件 我是说快点"
    corrects no number)."""
    return [x for x in wrong if _similar(x, w.number) and any(
        wrong[x].span[1] <= m.start() and (m.end() <= w.span[0] or (
            _NUMBER_WRONG.match(m.group()) is not None and not commands(norm, w.span[1], m.start())))
        for m in markers)]


def _which_wrong(norm: str, before: list[Waybill], wrong: dict[str, Waybill], lo: int, at: int,
                 marker: re.Match[str], r: Reading) -> str | None:
    """Which of the earlier numbers ``wrong`` a correction right before the number at ``at`` puts right: the only
    one, the one it says by position ("更正 第二个单号是 …"), or the one named just before the correction word
    ``marker``; None (a person reads it) when that is not clear. ``before``: the numbers before, in order."""
    if len(wrong) == 1:
        return next(iter(wrong))
    pos = _WHICH.search(norm, lo, at)
    if pos and pos.group(1) and 1 <= numeral(pos.group(1)) <= len(wrong):
        return list(wrong)[numeral(pos.group(1)) - 1]
    if pos and pos.group(2) == "中间那" and len(wrong) % 2 == 1:
        return list(wrong)[len(wrong) // 2]  # "更正 中间那个是 …"
    if pos and pos.group(2) and pos.group(2) != "中间那":
        return list(wrong)[-1]
    # the one named just before the correction ("更正 DPK2 打错了 应该是 DPK3")
    named = [x for x in before if x.number in wrong and x.span[1] <= marker.start()]
    if not named:
        r.reasons.append("unclear_correction")
        return None
    return named[-1].number


def _inside_command(clauses: list[Clause], s: int, e: int) -> bool:
    """Whether text ``[s, e)`` is part of a command word ("重量不对" holds 不对 but corrects nothing)."""
    for c in clauses:
        if c.start <= s < c.end:
            return any(c.start + m.start <= s and e <= c.start + m.end for m in c.mentions)
    return False


def _apply_corrections(events: list[Event], fixes: list[tuple[str, Waybill]]) -> list[Event]:
    """The wrong number's requests go to the right one, unless the right one was given requests of its own after
    the correction ("单号给错了 A 作废 用这个 B 拦截": B's own command is the request, A's words were about A)."""
    for wrong, right in fixes:
        own = any(e.waybill.number == right.number and e.waybill.span[0] >= right.span[0] for e in events)
        moved: list[Event] = []
        for e in events:
            if e.waybill.number != wrong or e.waybill.span[0] >= right.span[0] or e.source == "fine" or e.negated:
                moved.append(e)  # said of the wrong number itself: "A 不拦 是 B", "A 是好的"
            elif not own:
                e.waybill = Waybill(right.number, right.carrier, e.waybill.span, right.alternatives, right.joined)
                moved.append(e)
        events = moved
    return events


def _urged(e: Event) -> bool:
    """"并请尽快安排正常派送": delivery as normal asked for, which leaves what is not about the parcel's route."""
    return any(m.intent.startswith("urge") and not m.negated for m in e.clause.mentions)


def _corrects(norm: str, lo: int, hi: int) -> bool:
    """A correction stands between two commands ("改址取消，还是拦截吧"); "改成" only right before the second
    ("拦截 改成改址"): elsewhere it is part of an address ("地址都改成 …")."""
    for m in CORRECTION.finditer(norm, lo, hi):
        if m.group() == "不是" and norm[max(0, m.start() - 1) : m.start()] in _SAID:
            continue  # "快递员说不是他弄的": someone's denial reported, not the merchant putting things right
        if m.group() not in ("改成", "改为", "换成") or hi - m.end() <= 1:
            return True
    return False

_SAID: Final = frozenset("说称讲")


def _fold(events: list[Event], r: Reading, norm: str) -> dict[str, list[Event]]:
    """Apply each number's events in the order written; returns the events standing at the end, per number."""
    events.sort(key=lambda e: e.at)
    state: dict[str, list[Event]] = {}
    earlier: dict[str, set[str]] = {}  # numbers withdrawn with nothing asked before in this message
    last_end: dict[str, int] = {}  # where the last command about each number ended
    for e in events:
        w = e.waybill.number
        held = state.setdefault(w, [])
        if e.done:
            state[w] = [x for x in held if x.base != e.base]
            last_end[w] = e.end
        elif e.intent == NOTHING and e.source != "ref" and _ANOTHER.search(norm, max(0, e.at - 6), e.at):
            continue  # "YT1 拦回来 另外那箱正常送": said of another parcel, not named
        elif e.negated:
            _take_back(e, events, held, earlier, last_end, r, norm)
        else:
            _ask(e, held, last_end, norm)
    _withdrawn(state, earlier, events, r)
    return state


def _denial_stands_aside(e: Event, events: list[Event], r: Reading, norm: str) -> bool:
    """Whether a denial takes nothing back: a detail put right, a withdrawal on the parcel's state (the carrier
    will say so; the request stands), or a hedged one (the merchant has not decided; the number is noted)."""
    w, base = e.waybill.number, e.base
    if e.contrast and any(not x.negated and x.clause is e.clause and x.base == base
                          for x in events if x.waybill.number == w):
        return True  # "是漏液 不是压坏": a detail put right
    said = e.clause.text[: max(0, e.at - e.clause.start)]
    if base == WITHDRAW and ((CONDITION.search(said) and PARCEL_STATE.search(said))
                             or _STATE_THEN.search(said) is not None):
        return True  # "第3个如果已经签收了就算了": the carrier will say so; the request stands
    if e.clause.hedged and base != NOTHING and (_HEDGED_DENIAL.search(norm, max(0, e.at - 4), e.at)
                                                or _UNSURE.search(norm, e.end, e.clause.end)):
        if CONDITION.search(e.clause.text) is None or PARCEL_STATE.search(e.clause.text) is None:
            r.hedged.add(w)  # "也可能不撤 等我问问": not decided either way
        return True  # "如果已经签收了就算了": the carrier will say so; the request stands
    return False


def _take_back(e: Event, events: list[Event], held: list[Event], earlier: dict[str, set[str]],
               last_end: dict[str, int], r: Reading, norm: str) -> None:
    """A denial: what it takes back of the requests ``held`` for its number goes; one that names a request not
    asked for in this message is noted in ``earlier``."""
    if _denial_stands_aside(e, events, r, norm):
        return
    w, base = e.waybill.number, e.base
    gone = [x for x in held if base in (WITHDRAW, x.base) or (base == NOTHING and (
        e.source == "fine" or ((x.base in IRREVERSIBLE or not _urged(e)) and not (
            x.clause is e.clause and x.at < e.at and x.base not in IRREVERSIBLE))))]  # "请催促按原地址派送"
    if base != NOTHING and not e.contrast and (not gone or any(x.clause is e.clause and e.at - x.end <= 2
                                                               for x in gone)):
        # nothing of it asked before, or taken back right as it is named ("改地址不改了", "拦截取消"): the
        # request taken back was made in an earlier message
        earlier.setdefault(w, set()).add(base)
    for x in gone:
        held.remove(x)
    if gone:  # a denial that took nothing back ("还没丢") is no command: a correction before it still counts
        last_end[w] = e.end


def _ask(e: Event, held: list[Event], last_end: dict[str, int], norm: str) -> None:
    """A request: added to those ``held`` for its number, unless asked already; a correction before it replaces
    them."""
    w = e.waybill.number
    e.recorded = (_RECORD.search(norm, max(0, e.at - 5), e.at) is not None
                  or _LISTED.match(norm, e.end) is not None)
    if held and _corrects(norm, last_end.get(w, held[-1].end), e.at):
        held.clear()  # "哦不对 … 那就拦截", "还是改址吧": the last word replaces the first
    last_end[w] = max(last_end.get(w, 0), e.end)
    same = [x for x in held if x.intent == e.intent]
    if not same:
        held.append(e)
    elif e.recorded:  # "三天没动了 登记延误": asked to be recorded after all
        same[0].recorded = True


def _withdrawn(state: dict[str, list[Event]], earlier: dict[str, set[str]], events: list[Event],
               r: Reading) -> None:
    """The numbers whose request of an earlier message was taken back (``Reading.withdrawn``)."""
    reported = {e.waybill.number for e in events if e.done}
    asked = {e.waybill.number for e in events if not e.negated}
    for w, bases in earlier.items():
        if state.get(w) or w in reported:
            continue  # replaced in this message ("不要退回，改派到 …"), or said to be done ("拦过了 不用重复")
        others = {x.base for v, held in state.items() if v != w for x in held}
        if bases <= others and WITHDRAW not in bases:
            continue  # a contrast with another number ("YT1 拦截 YT2 不用拦")
        if bases == {WITHDRAW} and others and w not in asked:
            continue  # "前两单拦截 后两单先不动": the others are left as they are, nothing was asked of them
        r.withdrawn.append(w)

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
    fixes = _corrected_numbers(clauses, found, norm, r)
    denied = _denied(norm, found, clauses, r)
    _place_numbers(found, clauses)
    state, plain, found = _bind_and_fold(clauses, found, quoted, distinct, fixes, denied, r, norm)
    return _result(sp.own, norm, clauses, found, quoted, state, r, plain, carrier, numbers)


def _read_clauses(norm: str, found: Found, said: str | None) -> list[Clause]:
    """The clauses of ``norm`` with their commands; read again by sound when the message has numbers and words
    but no positive command."""
    clauses = split_clauses(norm, said)
    if (found.waybills and all(m.negated for c in clauses for m in c.mentions) and _HAN.search(norm) is not None
            and not _bare(norm, found)):
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


def _denied(norm: str, found: Found, clauses: list[Clause], r: Reading) -> list[Waybill]:
    """"不是 YT1 是 YT2", "全部退回 除了 YT3": the denied numbers, which ask for nothing; they are taken out of
    ``found``. A number left out of a command said in its own clause stays (``Reading.excepted``)."""
    if "不是" not in norm and "除" not in norm:
        return []
    denied = [w for w in found.waybills if _DENIED.search(norm, max(0, w.span[0] - 4), w.span[0])]
    # "上面这几单 除了 YT3 其它都拦截": a number left out of a command said in its own clause stays there, to be
    # left out of it (and take a command of its own: "除了 YT3 改址")
    excepted = [w for w in denied if norm[max(0, w.span[0] - 4) : w.span[0]].rstrip().endswith(_EXCEPT_WORDS)
                and any(c.start <= w.span[0] <= c.end and c.positive for c in clauses)]
    r.excepted = {w.span[0] for w in excepted}
    denied = [w for w in denied if all(w is not x for x in excepted)]
    found.waybills = [w for w in found.waybills if all(w is not x for x in denied)]
    return denied


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
    if quoted and clauses and not any(c.mentions for c in clauses) and _new_address(norm, found.phones):
        clauses[0].mentions.append(Mention("change_address", 0, 0, False))  # "引用 …\n新地址来了：…"
    if quoted and any(c.mentions for c in clauses):
        orphans, found = _bind_quoted(clauses, quoted, r, norm)
    elif not r.excepted and (plain := _plain(clauses, distinct, norm)) is not None:
        return plain, True, found
    else:
        orphans = _bind(clauses, found, r, norm)
    if r.left_out_beside:  # "以上全部拦截，除了第一个": not for the clause next to the one that leaves it out
        r.events = [e for e in r.events if e.negated or e.source != "ref" or not any(
            abs(clauses.index(e.clause) - j) <= 1 for w, j in r.left_out_beside.items() if w == e.waybill.number)]
    if orphans:
        _orphans(clauses, orphans, found, norm, r)
    if fixes:
        r.events = _apply_corrections(r.events, fixes)
    for w in denied:  # what was asked for it before is taken back there, as nothing to do
        c = next((x for x in clauses if x.start <= w.span[0] <= x.end), clauses[0])
        r.events.append(Event(Mention(NOTHING, w.span[0] - c.start, w.span[0] - c.start, True), w, c))
    return _fold(r.events, r, norm), False, found


def _bind_quoted(clauses: list[Clause], quoted: list[Waybill], r: Reading, norm: str) -> tuple[list[int], Found]:
    """Binding when the merchant's commands speak of quoted numbers: these stand above the merchant's words, as if
    on a line of their own. Returns the orphans and the numbers bound."""
    q = Clause("", -len(quoted) - 1, -1, [])
    q.waybills = [Waybill(w.number, w.carrier, (q.start + i, q.start + i + 1), w.alternatives, w.joined)
                  for i, w in enumerate(quoted)]
    clauses.insert(0, q)
    found = Found()
    found.waybills = list(q.waybills)
    orphans = _bind(clauses, found, r, norm)
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
        _as_written(requests, norm, normalize(own, written=True))
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


def _as_written(requests: list[ParsedRequest], norm: str, written: str) -> None:
    """Names and addresses as the merchant wrote them (濛阳镇 王昇, not 蒙阳镇 王升): read on the normalised text,
    taken from the same places of the text normalised without translation."""
    if len(written) != len(norm) or written == norm:
        return

    def back(value: str | None) -> str | None:
        if not value:
            return value
        out = []
        for piece in value.split(" "):
            at = norm.find(piece)
            out.append(written[at : at + len(piece)] if at >= 0 and piece else piece)
        return " ".join(out)

    for q in requests:
        q.address, q.name = back(q.address), back(q.name)
        if q.address_parts:
            q.address_parts = {k: back(v) or v for k, v in q.address_parts.items()}


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
                                                 _NUMBER_CORRECTION.search(norm) is not None)):
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


def _orphans(clauses: list[Clause], orphans: list[int], found: Found, norm: str, r: Reading) -> None:
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
    if _has_address(norm, found.phones):
        return Mention("change_address", 0, 0, False)  # a new address and phone, no command word
    if _bare(norm, found):
        return Mention("track~", 0, 0, False)  # a bare waybill number asks where the parcel is (weakly)
    r.reasons.append("unknown_command")  # words we do not understand: a person reads them
    return None

# Words that carry no request: politeness, acknowledgements, filler. A message of waybills and only these is bare.
# Matched as one possessive run over the whole text (the same greedy scan as removing every filler word and
# looking for what is left, without building the remainder, and with no backtracking to blow up).
_FILLER: Final = re.compile(
    r"(?:麻烦|谢谢|谢了|您好|你好|老板|亲|请|帮忙|帮我|一下|这个|这两个|这几个|单号|运单号|快递单号|快递|件|的|了|吧|呢|"
    r"啊|好的|收到|看看|看下|辛苦|以下|以上|都|全部|和|今天|昨天|发货|发的|寄的|[A-Z\d\s\W_])*+"
)


def _bare(norm: str, found: Found) -> bool:
    text = norm
    for w in found.waybills:
        text = text.replace(w.number, " ")
    return _FILLER.fullmatch(text) is not None

_NEW_ADDRESS: Final = re.compile(r"新地址|地址改为|地址改成|地址是|按这个地址")


def _new_address(norm: str, phones: list[str]) -> bool:
    """A new address given with no command word (the command is in the message it answers)."""
    return _has_address(norm, phones) or (_NEW_ADDRESS.search(norm) is not None
                                          and len(_ADDRESS_HINT.findall(norm)) >= 2)


def _has_address(norm: str, phones: list[str]) -> bool:
    """A new address and a phone number but no command word: the merchant is asking for an address change."""
    return bool(phones) and len(_ADDRESS_HINT.findall(norm)) >= 3


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
            _address_fields(req, text, clauses, phones, r.reasons)
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
# A symptom beside an action on the parcel is its reason ("漏液了 客户不要了 拦截退回"), unless the merchant asks
# for it to be recorded ("退回并登记破损").
_RECORD: Final = re.compile(r"(?:登记|报|记录|申请|登个|报个|报一下|登记个|登记一下|登记下|登下|记个|打个|报一个)\s*$")
_LISTED: Final = re.compile(r"\s*[+＋、/]\s*\S")  # "延误 + 投诉 + 催件": each named, each asked
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


def _name_near_phone(text: str) -> str | None:
    """The name written just before or just after the first phone number that has one ("张三 138…", "138… 张三")."""
    for m in _MOBILE.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if before is not None:
            return before.group(1)
        after = _NAME_AFTER.match(text, m.end())
        if after is not None:
            return after.group(1)
    return None


def _address_fields(r: ParsedRequest, text: str, clauses: list[Clause], phones: list[str],
                    reasons: list[str]) -> None:
    for w in r.waybills:
        text = text.replace(w, " ")
    mine = [p for p in phones if p in text or p in _DIGITS.sub("", text)] or phones
    for m in _PHONE_TEXT.finditer(text):
        text = text.replace(m.group(), " " + _DIGITS.sub("", m.group())[-11:] + " ")
    labels = [m.group(1) for m in _NAME_LABEL.finditer(text)]
    # "… 138… 哦不对 电话是 139…", "收件人 张三 … 更正 收件人 李四": a correction between two of them, the last wins
    marks = list(_PUT_RIGHT.finditer(text))
    last = (len(mine) > 1 or len(labels) > 1) and bool(marks)
    name = (labels[-1] if last else labels[0]) if labels else None
    phone = (mine[-1] if last else mine[0]) if mine else None
    if name is None:
        name = _name_near_phone(text)
    for c in clauses:
        for cmd in c.mentions:
            text = text.replace(c.text[cmd.start : cmd.end], " ")
    for piece in (*mine, *labels, name):
        if piece:
            text = text.replace(piece, " ")
    text = _LABELS.sub(" ", text)
    address = (_corrected_address(text) if marks else "") or _address_in(text)
    r.name, r.phone = name, phone
    if address:
        r.address = address
        parts = _ADDRESS_PARTS.match(address.replace(" ", ""))
        if parts:
            r.address_parts = {k: v for k, v in parts.groupdict().items() if v}
    else:
        reasons.append("address_missing")

_DIGITS: Final = re.compile(r"[^0-9]")
# What puts a field right ("哦不对 电话是 …", "更正 收件人 …"); not 还是, 其实, 哦: "备用 139… 还是打第一个".
_PUT_RIGHT: Final = re.compile(
    r"不对|更正|改为|改成|换成|应该是|应为|正确的是|打错|写错|说错|搞错|弄错|填错|错了|以此为准|为准")
_RESTATED: Final = re.compile(r"^(?:是|为|成|改成|改为|应该是|应为|改到|送到)+")


def _address_in(text: str) -> str:
    return " ".join(t for t in _FIELD_BREAK.split(text) if _ADDRESS_HINT.search(t) or len(t) > 6).strip()


def _corrected_address(text: str) -> str:
    """"改到 天津市南开区鞍山西道56号 哎不对 是鞍山西道65号": the address after the last correction, in the region
    of the first when it names none of its own; "" when no address was put right."""
    fixes = [m for m in _PUT_RIGHT.finditer(text) if m.group() not in ("改成", "改为", "换成")]
    if not fixes:
        return ""
    first, then = _address_in(text[: fixes[-1].start()]), _address_in(text[fixes[-1].end() :])
    if not first or not then:
        return ""
    then = _RESTATED.sub("", then.replace(" ", "", 1) if then.startswith(("是 ", "为 ")) else then)
    was = _ADDRESS_PARTS.match(first.replace(" ", ""))
    now = _ADDRESS_PARTS.match(then.replace(" ", ""))
    if was is not None and now is not None:  # the region the new part leaves out, above the first part it names
        named = [k for k in ("province", "city", "district") if now.group(k)]
        above = ("province", "city", "district")[: ("province", "city", "district").index(named[0])] if named else (
            "province", "city", "district")
        then = "".join(was.group(k) or "" for k in above) + then
    return then

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
