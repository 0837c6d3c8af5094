"""Binding within one clause: which of the clause's numbers each of its commands takes.

Numbers first ("YT1 拦截 YT2 催件"): each command takes the numbers before it; command first: the numbers after
it. "都拦截", "全部退回", "都别拦了" take every number before them; a command left with no numbers shares its
neighbour's ("拦截并投诉"), or takes the numbers a clause leaves out ("拦截 第二个不用"); of several references the
nearest is chosen. The rules look at one clause and its numbers only (``Numbers``), so they are kept apart from the
message-wide binding in ``binding``.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.alternation import each
from router.parsing.clauses import Clause
from router.parsing.lexicon import WITHDRAW
from router.parsing.refs import EXCEPT
from router.parsing.waybills import Waybill
from router.parsing.words import Mention

# "都拦截", "全部退回": the command takes every number before it in its clause.
_ALL_DENIED: Final = re.compile(r"(?:都|全部|全都|统统|一律)(?:先)?(?:不用|不要|别|不|无需|暂不)\s*$")  # "都别拦了"
_ALL_WITHDRAWN: Final = re.compile(r"(?:都|全部|全都|统统|一律)\s*(?:先)?\s*$")  # "A 退回 B 退回 全部不用了"
_AGAIN: Final = re.compile(r"\s*(?:(?:都|全部|全都|均|一律)(?:要|帮忙|帮我|给我?|是)?\s*)?")
_ALL_BEFORE: Final = re.compile(
    r"(?:都|全部|全都|全(?<!完全)|均|一起|统统|一律|统一|ALL)(?:请|麻烦)?(?:要|帮忙|帮我|给我?|申请|是|登记|帮忙登记|报)?\s*$")
# "已经签收了", "到了": what came of a parcel, told
_STATE_TOLD: Final = re.compile(r"(?:已经|已|都|早就|早)?(?:签收|到|收到|送到|送达|妥投)了(?![没吗么吧]|\s?[?？])")
# "一起", "一块": the numbers just spoken of together ("后面两个是同一个买家 一起改地址"); not "都", which is all
_TOGETHER: Final = re.compile(r"(?:一起|一块|一并)(?:帮忙|帮我|给我?)?\s*$")
# "新单号 B", "补寄的 B": a parcel sent in place of another, named after the commands of its clause
_NEW_WORDS: Final = ("新单号", "新的单号", "新单", "新号",
                     *(f"{w}的?(?:单号|新单)?" for w in ("补发", "补寄", "重发", "重寄")))
_NEW_ONE: Final = re.compile(each(_NEW_WORDS, r"\s?(?:是|为|[:：])?\s?$"))
# (for the shortcut that binds every number at once)
NEW_NUMBER: Final = re.compile(each(_NEW_WORDS, r"\s?(?:是|为|[:：])?\s?[0-9A-Z]{8}"))
# "B地址是 赵县…": what is said of B is its address (matched after a number; searched for by the shortcut)
_ITS_ADDRESS: Final = re.compile(r"\s?(?:的)?地址(?:是|[:：])")
ADDRESS_TOLD: Final = re.compile(
    r"地址(?<=[0-9]地址)(?:是|[:：])|地址(?<=[0-9] 地址)(?:是|[:：])|地址(?<=[0-9]的地址)(?:是|[:：])")
# A clause's numbers for binding: (position in the clause, the numbers, a reference or not, how excluded).
Numbers = list[tuple[int, list[Waybill], bool, int]]


def bind_clause(c: Clause, numbers: Numbers, everything: list[Waybill]) -> list[tuple[Mention, list[Waybill]]]:
    """(mention, numbers) for each command of a clause that has both; ``everything``: the message's numbers."""
    ms = c.mentions
    told = _told(c, numbers)
    if told and len(told) < len(numbers):
        numbers = [x for x in numbers if x not in told]
    has_refs = any(ref or ex for _, _, ref, ex in numbers)
    if len(ms) == 1 and (named := _cleft(c, ms[0], numbers)):
        return [(ms[0], [w for _, ws, _, _ in named for w in ws])]
    if not has_refs and len({(m.intent, m.negated) for m in ms}) == 1 and (
            len(ms) == 1 or not any(q in c.text for q in "吗么嘛呢?")):  # ("A 拦截有消息吗 B 拦截": each its own)
        return [(ms[0], [w for _, ws, _, _ in numbers for w in ws])]
    numbers_first = numbers[0][0] < ms[0].start
    groups: list[tuple[Mention, list[Waybill]]] = []
    for i, m in enumerate(ms):
        if (i and groups[-1][0].intent == m.intent and groups[-1][0].negated == m.negated
                and _AGAIN.fullmatch(c.text, ms[i - 1].end, m.start)):
            groups.append((m, groups[-1][1]))  # "4、5改址 都改到 <地址>": the same command again, with its details
        elif _every(c.text, m):  # "A 破损 B 丢件 都要赔", "第一个破损 第二个丢了 都要理赔", "除了最后一个都拦截"
            lo = ms[i - 1].end if i else -1  # "上面两单都拦截 下面两单都催一下": those since the last command
            since = [x for x in numbers if lo <= x[0] < m.start and not x[3]]
            if any(x[2] for x in since) and not all(x[2] for x in since) and (
                    _TOGETHER.search(c.text, max(0, m.start - 4), m.start) is not None
                    or (min(x[0] for x in since if x[2]) > max(x[0] for x in since if not x[2])
                        and _gathered_right_after(c, max(x[0] for x in since if x[2]), m))):
                # "A B C 后面两个是同一个买家 一起改地址", "A B C 后两个都拦截": those it picks (not "A B C 第二个
                # 客户催了好几次了 都拦截吧": a remark about one, then all)
                since = [x for x in since if x[2]]
            before = since or [x for x in numbers if x[0] < m.start and not x[3]]
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


def _told(c: Clause, numbers: Numbers) -> Numbers:
    """The numbers of a clause told of rather than commanded: "A 撤单 重新下单了 新单号 B" (the new parcel; not
    "拦截新单号 B"), "A 退回吧 B地址是 …" (B's address), "A 已经签收了 拦截 B" (what came of A)."""
    ms = c.mentions
    told = [x for x in numbers if not x[2] and x[0] > ms[-1].end and (
        new := _NEW_ONE.search(c.text, max(0, x[0] - 8), x[0])) is not None and new.start() - ms[-1].end > 2] + [
        x for x in numbers if not x[2] and x[0] > ms[0].end and _ITS_ADDRESS.match(c.text, x[0] + len(x[1][0].number))]
    if "了" in c.text and (said_to_have_come := state_told(c)):  # (news told ends in 了)
        told += [x for x in numbers if not x[2] and x[0] in said_to_have_come]
    return told


def state_told(c: Clause) -> set[int]:
    """"A 已经签收了 拦截 B", "A 到了 B 催一下": where in the clause the numbers stand that are said to have arrived
    before its first command, when another number stands between the news and the command or the command names one
    right after it: they are told of, not what the command is for (not "A 到了 B 到了 都催一下", "A 到了 退回 B 也
    退回", "A 签收了 拦截 B A 也拦截": all of them, or named again)."""
    ms = c.mentions
    if not ms or ms[0].negated:
        return set()
    m = ms[0]
    spans = [(w.span[0] - c.start, w.span[1] - c.start, w.number) for w in c.waybills]
    after = [(s, e, n) for s, e, n in spans if s >= m.end]
    named_after = bool(after) and after[0][0] <= m.end + 2
    before = [(s, e, n) for s, e, n in spans if e <= m.start]
    if not before or _TOGETHER_WORD.search(c.text, before[0][1], after[0][1] + 4 if named_after else m.end):
        return set()
    told: set[int] = set()
    for i, (s, e, n) in enumerate(before):  # ("A 到了 B 催一下": another number between the news and the command)
        if (named_after or i + 1 < len(before)) and all(n != x for _, _, x in after) and _STATE_TOLD.search(
                c.text, e, before[i + 1][0] if i + 1 < len(before) else m.start) is not None:
            told.add(s)
    return told


# what gathers the numbers, between the news and the command or just after the number it names
_TOGETHER_WORD: Final = re.compile(r"都|也|一起|全部|全都|均|同样|一样")


def _gathered_right_after(c: Clause, ref_at: int, m: Mention) -> bool:
    """Whether the group word before command ``m`` follows the reference at ``ref_at`` right away ("后两个都拦截",
    "重庆的全部拦截"; not "第二个催了好几次了都拦截吧", a remark about one, then all)."""
    end = max((x.end for x in c.refs if x.start == ref_at), default=ref_at)
    return end >= m.start or _ALL_BEFORE.fullmatch(c.text, end, m.start) is not None


def _cleft(c: Clause, m: Mention, numbers: Numbers) -> Numbers:
    """"YT1 要退回的是 YT2": the number the command names after 的是, not those before it."""
    if m.negated or not c.text.startswith("的是", m.end):
        return []
    named = [x for x in numbers if not x[2] and m.end + 2 <= x[0]]
    return named if named and named[0][0] <= m.end + 3 else []


def _every(text: str, m: Mention) -> bool:
    """"都拦截", "全部退回", "都别拦了", "全部不用了": the command takes every number before it in its clause."""
    if not m.negated and (_ALL_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
                          or text.startswith(("都", "一起", "全部"), m.start)):  # "都要赔" is one word
        return True
    if m.negated and _ALL_DENIED.search(text, max(0, m.start - 6), m.start) is not None:
        return True
    return m.intent == WITHDRAW and _ALL_WITHDRAWN.search(text, max(0, m.start - 4), m.start) is not None


def _near(c: Clause, ms: list[Mention], i: int, numbers: Numbers, numbers_first: bool) -> Numbers:
    """The numbers near command ``i`` of the clause that it may take: those before it when the clause names its
    numbers first, else those after it."""
    m = ms[i]
    lo = ms[i - 1].end if i else -1
    hi = ms[i + 1].start if i + 1 < len(ms) else 10**9
    if named := _cleft(c, m, numbers):
        return named
    if numbers_first:
        # "A B: intercept the first": a reference right after the command picks among the numbers before
        near = [x for x in numbers if lo <= x[0] < m.start]
        # "第一个发错了 只拦第二个", "intercept the second": a reference right after an "only" command, or after
        # an English one, is its object
        only = c.text[max(0, m.start - 1) : m.start] in ("只", "仅")
        # ("A B C 拦截第一个和第三个": right after the command, when no place stands before it; not "第一单查件第二单
        # 催件")
        after = [x for x in numbers if x[2] and not x[3] and m.end <= x[0] <= m.end + 2
                 and ((x[0] == m.end and (only or not any(y[2] for y in near)))
                      or c.text.startswith("THE ", x[0]))]
        if after or not any(x[2] for x in near):
            near = after or near
        if not near and i and ms[i - 1].negated and not m.negated:  # "YT2 先不拦了 只拦第一个": a reference after
            near = [x for x in numbers if m.end <= x[0] < hi and x[2]][:1]
        return near
    # "是B拦 A是催件": a number written right against the command it takes
    glued = [x for x in numbers if not x[2] and lo <= x[0] and x[0] + len(x[1][0].number) == m.start
             and not any(y.end == x[0] for y in ms)]  # (not "核重A退回B": A is 核重's)
    if glued and not m.negated:
        return glued
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


def _tail(ms: list[Mention], numbers: Numbers, groups: list[tuple[Mention, list[Waybill]]]) -> None:
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


def _choose(m: Mention, near: Numbers) -> list[Waybill]:
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
