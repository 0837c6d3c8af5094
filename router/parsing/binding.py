"""Binding across the message: each command, positive or negated, to the numbers it speaks of, as ``Event``s.

- in a clause with numbers or references of its own, by ``clause_binding`` ("只撤 YT1": only those named after 只);
- positional references ("这三单 第一单拦截 后两单催一下") are read first, and bind to the numbers they pick;
- numbers alone on their lines take the command of a command-only line: the nearest below when the message starts
  with numbers ("YT1\\n拦截"), else the nearest above ("拦截\\nYT1");
- a command-only clause that no such number took speaks of the numbers just before it: on its own line
  ("YT1 不要退回，改派到 …"), or further up when it takes back, corrects or points back ("YT1 拦截\\n算了不拦了",
  "这个登记破损");
- a number said to need nothing after a correction ("哦不对 是 B 破了 A 是好的") asks for nothing.
``bind`` returns the clauses whose numbers no command took (the orphans).
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.clause_binding import Numbers, bind_clause
from router.parsing.clauses import CORRECTION, FINE, NO_ACTION, SIGNED_NOT_RECEIVED, Clause
from router.parsing.compared import SAME_AS, compared
from router.parsing.events import Event, Reading, distinct_numbers
from router.parsing.implied import orphans_to_commands
from router.parsing.labels import read_labels, unresolved
from router.parsing.lexicon import NOTHING, WITHDRAW, base_of
from router.parsing.refs import COUNTED_BEYOND_ONE, EXCEPT, Ref, bare_positions, references
from router.parsing.refs import FIRST as REF_FIRST
from router.parsing.waybills import Found, Waybill
from router.parsing.words import Mention

_ALL_WORD: Final = re.compile(r"都|全部|全都|统统|所有|统一|均")  # "还是算了 都拦截退回吧": every number before
# Deictic words: the command speaks of the number just named ("YT1 外箱破了\n这个登记破损").
_DEICTIC: Final = re.compile(r"这个|这单|这票|这件|这条|那条|上一条|上条|该件|此件|该单|此单|这一单|它|THIS ONE|THIS")
_EXCEPT_CLAUSE: Final = re.compile(r"\s*(?:除了|除开|除去|除)")  # "除了第一单，其他都催一下"
# "第3个拦截 不对 是第4个": the numbers of the command before, put right by position
_REF_CORRECTED: Final = re.compile(
    r"(?:不对|说错了|搞错了|弄错了|写错了|错了|更正|哦不|打错|看错|数错|等等|等下|等一下)[^0-9A-Z]{0,6}?是"
    r"(?=\s*(?:第|倒数|最后|中间|[①-⑳]|[前后][一二两三四五六七八九俩仨0-9]))")  # ("等等 是后两个", "是②⑤")
_BUT: Final = re.compile(r"\s*(?:但|可|却|那就|然而|不过)")  # "签收了但不是本人签的": not fine after all
# What says a number needs nothing; _FINE_ANY looks for it anywhere (each word starts with a literal: the engine
# skips to where one can start), _FINE_AFTER right after a number.
_FINE_ANY: Final = re.compile(FINE)
_MEANT_NEXT: Final = re.compile(r"[^，,。\n0-9A-Z]{0,4}?[\s，,]\s?(?:而)?是\s?[0-9A-Z]{8,}")
_FINE_AFTER: Final = re.compile(
    rf"\s*(?:是|也|都|已经|早就|就|早|昨天|前天|今天|上午|下午|早上|刚才|刚刚|那单|那个|那票|这个|这单|这票|这件)*\s*(?:{FINE})")


def bind(clauses: list[Clause], found: Found, r: Reading, norm: str) -> list[int]:
    """Bind every command to its numbers; returns the clauses whose numbers no command took (orphans)."""
    distinct = distinct_numbers(found.waybills)
    excepted = {w.number for w in found.waybills if w.span[0] in r.excepted}
    taken = set(excepted)  # "除了 YT3 其它都拦截": the others are those not named
    labelled = _read_places(clauses, distinct, excepted, taken, r, norm)
    r.selective = bool(taken - excepted)
    if any(x.specific and not x.numbers and not x.excluded for c in clauses for x in c.refs):
        r.reasons.append("unclear_reference")  # "后者" of three numbers, "第五个" of four: not guessed
    orphans, command_only = _bind_clauses(clauses, distinct, taken, r, norm)
    # numbers referenced by position are bound already
    # and those named again, each with a command of its own ("A 和 B 都是给我哥的，A 退回来，B 不用退")
    # (and those the merchant picked among by their labels: "A是衣服，B是鞋子。鞋子那个拦截" leaves A alone)
    commanded = {w.number for c in clauses if c.mentions for w in c.waybills} | labelled
    orphans = [i for i in orphans if not all(w.number in taken or w.number in commanded
                                             for w in clauses[i].waybills)]
    used: set[int] = set()
    if orphans and command_only:
        used = orphans_to_commands(clauses, orphans, command_only, r)
        orphans = []
    for j in command_only:
        if j not in used:
            _bind_backwards(clauses, j, r, len(distinct) == 1)
    if len(distinct) > 1 and SAME_AS.search(norm) is not None and (gone := compared(found.waybills, norm)):
        r.events = [e for e in r.events if e.negated or e.waybill.number not in gone]
    return orphans


def _read_places(clauses: list[Clause], distinct: list[Waybill], excepted: set[str], taken: set[str], r: Reading,
                 norm: str) -> set[str]:
    """The references and labels of the clauses (numbers picked go to ``taken``), and the reasons a person reads
    the message instead; returns the numbers picked among by their labels. ``books``: a number may be a book's
    ISBN, so places counted among the numbers are for a person."""
    if len(distinct) >= 2 and (REF_FIRST.search(norm) is not None or (
            has_positions(clauses))):
        _read_references(clauses, distinct, excepted, taken, r)
    elif len(distinct) == 1 and COUNTED_BEYOND_ONE.search(norm) is not None:
        r.reasons.append("unclear_reference")  # "A 已经签收了 前两个拦截": places the message does not hold
    labelled: set[str] = set()
    if len(distinct) >= 2:
        labelled = read_labels(clauses, distinct, norm, taken, r.quoted_labels)
        if any(unresolved(c, len(distinct)) for c in clauses):
            r.reasons.append("unclear_reference")  # "A 今天发的\nB 昨天发的\n今天发的那个撤单"
    if r.books and any(x.numbers for c in clauses for x in c.refs):
        r.reasons.append("unclear_reference")  # "9781234567897 1123456789012 前一单拦截": an ISBN may be a place
    return labelled


def has_positions(clauses: list[Clause]) -> bool:
    """Whether a clause holds a bare position before a command: "1 3 拦截 2 催件" without numbers of its own,
    "2号拦截" anywhere."""
    return any((not c.waybills or "号" in c.text)
               and any(not c.waybills or "号" in m.group() for m in bare_positions(c.text)) for c in clauses)


def _rows(clauses: list[Clause]) -> list[list[Waybill]]:
    """The message's numbers row by row (a number once a row), in the order of the rows."""
    rows: dict[int, list[Waybill]] = {}
    for c in clauses:
        for w in c.waybills:
            if all(w.number != x.number for x in rows.get(c.row, [])):
                rows.setdefault(c.row, []).append(w)
    return [rows[k] for k in sorted(rows)]


def _leave_out(refs: list[Ref], excepted: set[str]) -> None:
    """"除了 A，下面这几票都拦截 A B C": the numbers left out, listed again with the rest, taken from the groups."""
    for x in refs if excepted else ():
        if not x.specific and not x.excluded:
            x.numbers = [w for w in x.numbers if w.number not in excepted]


def _read_references(clauses: list[Clause], distinct: list[Waybill], excepted: set[str], taken: set[str],
                     r: Reading) -> None:
    """The references of each clause with commands (``Clause.refs``); the numbers a clause of their own leaves
    out ("除了第一单，其他都催一下") are excepted, and taken."""
    by_row = _rows(clauses)
    singled = _named_again(clauses)
    commanded = _commanded_before(clauses, len(distinct))
    for i, c in enumerate(clauses):
        if c.mentions and not c.waybills:
            singled |= commanded[i]  # "A 拦截，B 撤单，其余正常派送"
        if c.mentions:
            left_out_at = [m.start for m in c.mentions if m.negated and m.intent == WITHDRAW]
            # (what later clauses name: "上面两个拦截，下面两个撤单", the first two, not the two nearest)
            later = " ".join(x.text for x in clauses[i + 1:]) if "上" in c.text or "前" in c.text else ""
            c.refs = references(c.text, c.start, distinct, by_row, taken, left_out_at, bool(c.waybills), later,
                                singled)
            _leave_out(c.refs, excepted)
            if len(c.refs) > 1 and not c.waybills and (m := _REF_CORRECTED.search(c.text)) is not None:
                _corrected_within(c, m.start(), m.end())
        elif _EXCEPT_CLAUSE.match(c.text):  # "除了第一单，其他都催一下": left out of the clause beside it
            for ref in references(c.text, c.start, distinct, by_row, set(), [], bool(c.waybills)):
                for w in ref.numbers:
                    excepted.add(w.number)
                    taken.add(w.number)
                    r.left_out_beside[w.number] = i
        elif not c.waybills and (_REF_CORRECTED.search(c.text) or (  # ("数错了，是第四个": over a comma)
                i and c.text.startswith("是") and _REF_CORRECTED.search(f"{clauses[i - 1].text[-8:]}，{c.text}"))):
            _correct_reference(c, clauses[:i], distinct, by_row)
        elif not c.waybills and i + 1 < len(clauses) and clauses[i + 1].mentions and not clauses[i + 1].waybills:
            # "第3、7条客户已确认地址无误，正常派送": the places the command after it speaks of
            c.picked = [w for x in references(c.text, c.start, distinct, by_row, set(), [], False) if x.specific
                        for w in x.numbers]


def _named_again(clauses: list[Clause]) -> frozenset[str]:
    """Numbers named again, alone, in a clause after the one that listed them, or again in the clause that listed
    them ("A B C 同一个客户的 B 不用拦 其他两个拦截"): singled out of "其余"."""
    first: dict[str, int] = {}
    again: set[str] = set()
    for i, c in enumerate(clauses):
        seen: set[str] = set()
        for w in c.waybills:
            k = first.setdefault(w.number, i)
            if (k != i and len(c.waybills) == 1) or (w.number in seen and len(seen) > 1 and any(
                    0 <= m.start - (w.span[1] - c.start) <= 3 for m in c.mentions)):  # (with a word of its own)
                again.add(w.number)
            seen.add(w.number)
    return frozenset(again)


def _commanded_before(clauses: list[Clause], n: int) -> list[frozenset[str]]:
    """For each clause, the numbers the clauses before it single out with a command of their own (each naming
    some of the message's ``n`` numbers, not all): "其余" after them means the others."""
    out: list[frozenset[str]] = []
    so_far: frozenset[str] = frozenset()
    for c in clauses:
        out.append(so_far)
        if c.waybills and len({x.number for x in c.waybills}) < n and any(not m.negated for m in c.mentions):
            so_far |= {w.number for w in c.waybills}
    return out


def _corrected_within(c: Clause, at: int, end: int) -> None:
    """"第3个拦截 不对 是第4个", "第二个拦截 不对 是第三个不是第二个": the positions after the correction, with no
    command of their own, replace the last one before it (those after 不是 are the wrong ones, named again)."""
    if any(m.start >= end and not m.negated for m in c.mentions):
        return
    before = [x for x in c.refs if x.end <= at and x.numbers]
    after = [x for x in c.refs if x.start >= end and x.numbers and not _denied(c.text, x)]
    if before and after:
        before[-1].numbers = [w for x in after for w in x.numbers]
        c.refs = [x for x in c.refs if x.start < end]


def _denied(text: str, ref: Ref) -> bool:
    """"是第三个不是第二个": the reference after 不是 names the wrong one again."""
    return text.endswith("不是", 0, ref.start)


def _correct_reference(c: Clause, before: list[Clause], distinct: list[Waybill], by_row: list[list[Waybill]]) -> None:
    """"第3个拦截 不对 是第4个", "第1个拦截 第3个拦截 说错了 是第1个和第2个": the positions named after the
    correction replace those of the last reference before it (a position unclear there leaves it as it was)."""
    right = [w for ref in references(c.text, c.start, distinct, by_row, set(), [], False) if not _denied(c.text, ref)
             for w in ref.numbers]
    earlier = next((p for p in reversed(before) if p.mentions), None)  # the command just before, if by position
    if right and earlier is not None and any(x.numbers for x in earlier.refs):
        last = [x for x in earlier.refs if x.numbers][-1]
        last.numbers = right


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
        elif c.waybills and (not c.no_action or SIGNED_NOT_RECEIVED.search(norm, c.start) is not None):
            orphans.append(i)
        elif c.waybills and CORRECTION.search(norm, 0, c.end) is not None:
            # "更正：YT1 为已签收单号", "不对 是 YT2 催一下 YT1 已经到了": what was asked for it is taken back; of
            # the numbers before the words when some are ("更正 YT1 不是我们的 是 YT2": YT2 is the one meant)
            said = NO_ACTION.search(c.text)
            # (not "是 B", the number meant: "不对 是 B … A 已经签了")
            before = [w for w in c.waybills if said is not None and w.span[1] <= c.start + said.start()
                      and not norm.endswith(("是", "是 "), 0, w.span[0])]
            r.events += [Event(Mention(NOTHING, 0, 0, True), w, c) for w in before or c.waybills]
        elif c.mentions:
            _without_numbers(clauses, i, r, command_only)
    return orphans, command_only


def _without_numbers(clauses: list[Clause], i: int, r: Reading, command_only: list[int]) -> None:
    """A clause with commands and no numbers of its own: unclear where it has references that picked none; of
    the numbers the clause before picked when it puts that one's command right ("第三单不是催件，是拦截"); else
    command-only, bound later."""
    c = clauses[i]
    if c.refs and not any(x.specific for x in c.refs) and all(m.negated for m in c.mentions):
        return  # "A 拦截，B 撤单，其余正常派送": the others have nothing to do, and there are none
    if c.refs:
        r.reasons.append("unclear_reference")
    elif (put_right := _put_right_of(clauses, i)) is not None:
        for m in c.mentions:
            r.events += [Event(m, w, c) for w in put_right]
    else:
        command_only.append(i)


def _put_right_of(clauses: list[Clause], i: int) -> list[Waybill] | None:
    """The numbers a "不是X，是Y" command speaks of: those the clause before picked, when this one starts with 是."""
    before = clauses[i - 1] if i else None
    if before is None or not before.picked or "不是" not in before.text:
        return None
    return distinct_numbers(before.picked) if clauses[i].text.lstrip().startswith(("是", "而是")) else None


def _bind_own(c: Clause, refs: list[Ref], distinct: list[Waybill], taken: set[str], r: Reading) -> None:
    """Events for the commands of a clause with its own numbers or references (``refs``: those that picked
    some); the numbers references picked are taken."""
    numbers: Numbers = [(w.span[0] - c.start, [w], False, EXCEPT if w.span[0] in r.excepted else 0)
                         for w in c.waybills]
    numbers += [(x.start, x.numbers, True, x.excluded) for x in refs]
    numbers.sort(key=lambda x: x[0])
    source = "ref" if refs else ""
    for m, bound in bind_clause(c, numbers, distinct):
        ws = _only(m, bound, c, r) if bound and not m.negated and _ONLY_WORDS.intersection(c.text) else bound
        r.events += [Event(m, w, c, source if any(w is y for x in refs for y in x.numbers) else "")
                     for w in ws]
        if refs:
            taken.update(w.number for w in ws)
            c.picked += ws


# "更正 只撤 YT1", "只催 B": the command stands for these numbers only.
_ONLY: Final = re.compile(r"(?:只|仅|只有|只要|只需)\s*$")
_ONLY_WORDS: Final = frozenset("只仅就")
# "只有 YT… 改", "客户要 就 YT… 拦" (就 after what the buyer wants; not "还有就 YT… 退回")
_ONLY_NUMBER: Final = re.compile(r"(?:只|仅|(?<=要)\s?就)(?:有|要)?\s*[0-9A-Z]{8,20}\s*$")


def _only(m: Mention, mine: list[Waybill], c: Clause, r: Reading) -> list[Waybill]:
    """"撤单 A B … 更正 只撤 A", "A B 只拦截 A", "A B C 全部改地址 不对 只有 C 改": the command is for the numbers
    named after 只 (else those it took), and the same command asked before for other numbers is taken back for
    them; returns the command's numbers (``mine`` when no 只 stands before it)."""
    if _ONLY.search(c.text, max(0, m.start - 4), m.start) is not None:
        named_after = {w.number for w in c.waybills if w.span[0] >= c.start + m.end}  # (a number named again)
        after = [w for w in mine if w.span[0] >= c.start + m.end or w.number in named_after]
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
                # (not the 不是 of "这个不是我们的件" itself, unless the number meant follows: "… 是 B 拦截")
                corrected = int(_MEANT_NEXT.match(norm, fine.end()) is not None or any(
                    m.end() <= fine.start() or m.start() >= fine.end() for m in CORRECTION.finditer(norm, 0, c.end)))
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
    # (not "作废的是 B": the command of the number it names)
    mine = [m for m in c.mentions if at <= m.start < first and not c.text.startswith(("的是", "的是 "), m.end)]
    if not prev or not mine or at > first:
        return
    for m in mine:
        r.events += [Event(m, w, c) for w in clauses[prev[0]].waybills]
        c.mentions.remove(m)


def _before_backwards(clauses: list[Clause], j: int) -> list[int]:
    """The clause with numbers a command-only clause speaks of, looking back: the nearest that needs something,
    or the one just before when it needs nothing and this one leaves it alone ("B 是好的，不要动")."""
    c, before = clauses[j], clauses[j - 1] if j else None
    if (before is not None and before.waybills and before.no_action and before.row == c.row
            and all(m.negated for m in c.mentions)):
        return [j - 1]
    return [i for i in range(j - 1, -1, -1) if clauses[i].waybills and not clauses[i].no_action][:1]


def _bind_backwards(clauses: list[Clause], j: int, r: Reading, single: bool) -> None:
    """A command-only clause no number took: it speaks of the numbers just before it — on its own line, or
    further up when it takes back, corrects or points back ("YT1 拦截\n算了不拦了", "这个登记破损"), or when the
    message names one number only. Otherwise it is left unplaced."""
    c = clauses[j]
    prev = _before_backwards(clauses, j)
    if not prev and single:
        prev = [i for i in range(len(clauses)) if clauses[i].waybills][:1]
    before = clauses[j - 1] if j else None
    # (or right after a correction said on its own: "这三个不用拦截了，刚说错了，是催件")
    amends = (c.correction or all(m.negated for m in c.mentions) or _DEICTIC.search(c.text) is not None
              or (before is not None and not before.mentions and not before.waybills
                  and CORRECTION.search(before.text) is not None))
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
