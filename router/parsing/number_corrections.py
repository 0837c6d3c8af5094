"""Numbers put right or denied.

A corrected number takes the place of the wrong one: a correction word before the right number ("更正 单号打错了
是 YT2", "更正 第二个单号是 …"), or a number that differs from an earlier one as a typo does, with a correction
word after the earlier one ("最后两位打反了 YT3") (``corrected_numbers``); once bound, the wrong number's events
move to the right one (``apply_corrections``). A denied number ("不是 YT1 是 YT2") asks for nothing; a number left
out of a command ("全部退回 除了 YT3") stays, to be left out (``denied_numbers``). Both are read before binding, on
the whole message, since the right number may stand in another clause than the wrong one.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from router.parsing.alternation import each
from router.parsing.clauses import Clause
from router.parsing.events import Event, Reading
from router.parsing.lexicon import NOTHING
from router.parsing.refs import NUMERALS, numeral
from router.parsing.waybills import CARRIER_WORDS, Found, Waybill
from router.parsing.words import commands

# "更正 单号打错了 是 YT2": a number after these replaces an earlier one.
NUMBER_CORRECTION: Final = re.compile(
    r"打错|打措|写错|输错|填错|录错|少打|多打|漏打|漏了一位|少了?一位|多了?一位|缺了?一位|哦不(?![用要对])|啊不(?![用要对])|"
    r"我说的是|我是说|我要[拦催改撤查退][\u4e00-\u9fa5]{0,1}的是|不[拦催改撤退]了?(?=\s*是)|不用(?=\s*是)|发错|给错|弄错|搞错|看错行?|错了|有误|更正|不对|应该是|正确的是|正确单号|应为|改成|换成|为准|改一下|纠正|"
    r"打反|反了|才对|搞反|弄反|手滑|手误|号码换了|单号换了|单号变了|号码变了|对了一下|核对了|核对一下|对过了|"
    r"CORRECTION|SHOULD BE|WRONG NUMBER|TYPO|"
    # "不是这个单 是 YT2", "哦 是 YT2", "不好意思 是 YT2", "撤错了 是 YT2": the number meant, said right after
    r"不是\s?这[个单票件箱包]单?(?=\s?[,，]?\s?是)|不是(?<=[\s，,]不是)(?=\s?[,，]?\s?是\s?[0-9A-Z]{8})|"
    r"哦(?=\s?是\s?[0-9A-Z]++(?!\s?(?:也|和|还有|的|不|别)))|"
    r"哎呀(?=\s?[,，]?\s?是\s?[0-9A-Z]++(?!\s?(?:也|和|还有|的|不|别))(?![^\n]{0,8}?也))|"
    r"正确[:：]|"
    + each(("不好意思", "抱歉", "SORRY"), r"(?=\s?[,，]?\s?是\s?[0-9A-Z]++(?!\s?(?:也|和|还有|的|不|别)))") + "|"
    r"撤错|拦错|催错|退错|查错|"
    # "单号看串行了，是下一行的 YT2", "复制错了", "贴错了": the number copied from the wrong place
    r"看串|串行|看错行|抄错|复制错|贴错|粘错|眼花|看花眼|看走眼|少看了?一眼|看漏|"
    # "前面单号是别的店的，我们的是 YT2": the number was another's
    r"是(?:别的|另一个|另外一个|另一家|隔壁)(?:店|家|客户|商家|老板)的|不是我们的|不是我家的|不是我的"
)
_ALSO: Final = re.compile(r"\s?(?:也|一样|同样)(?!不对|不是|错)")
_CHECKED: Final = frozenset({"对了一下", "核对了", "核对一下", "对过了"})
# "要拦的是 YT2": the number meant, once the merchant has said something was wrong ("A 拦截\n要催的是 B" asks
# something else of another number)
_MEANT: Final = re.compile(r"要[拦催改撤查退][\u4e00-\u9fa5]?的是")
# Words that say a number was wrong (not which command was meant: "我要催的是这个")
_NUMBER_WRONG: Final = re.compile(r"打错|写错|输错|填错|录错|发错|给错|少打|多打|漏打|为准|错了|才对")
# What may stand between a correction and the right number: "更正 第二个单号是 YT…", "打错了 应该是 YT…".
_CONNECTOR: Final = re.compile(
    r"(?:[\s:：,，]|不是这[个单票件箱包](?:单号)?|了|是|为|成|一下|应该|正确的|正确|完整的|单号|号码|号|运单号|快递单号|重新发|重发|的|第[一二两三四五六七八九十0-9]{1,2}个|"
    r"(?:另一个|另外一个|别的|另一家|隔壁)(?:店|家|客户|商家|老板)的|"  # "不对 这个是另一个店的 要拦的是 …"
    # "前面单号是别的店的，我们的是 …", "更正 岩温家的单号是 …": whose number it is, then the number
    r"前面(?:的|那个)?单号|(?:我们|咱们|我们家|咱家|我家|俺家|[\u4e00-\u9fa5]{1,3}家)的(?:单号)?\s?(?:是|应该是)|"
    r"第[一二两三四五六七八九十0-9]{1,2}单|最后一个|最后那个|上面那个|前面那个|中间那个|中间那单|这个|那个|(?:我|俺|咱)?(?:要|想)?(?:查|拦|催|改|问|说|撤|退)?的?是|"
    r"(?:撤单|拦截|催件|改地址|退回|理赔|投诉|核重)的是|下一行的?|上一行的?|下面的|下面那行的?|(?:下面|下边|底下)(?:这|那)[个单票]|"
    # "哦 我看错了 这单已经签收了 是 B": the wrong one said to have come, between the correction and the number
    r"(?:这[个单票件箱]|那[个单票件箱])\s?(?:已经|已|早就)(?:签收|到|收到|送到)了|"
    rf"(?:{'|'.join(CARRIER_WORDS)})的?(?:那个|那单)?|"
    r"THE|NUMBER|TRACKING|IS|IT'S|SHOULD|BE|CORRECT|RIGHT)*"
)
# Which of the numbers a correction means, by position ("更正 第二个单号是 …", "最后那个是 …").
_WHICH: Final = re.compile(rf"第([{NUMERALS}0-9]{{1,2}})|(最后|上面那|前面那|中间那)")
# "不是 YT1 是 YT2": the denied number asks for nothing; "除了 YT3": the number is left out.
_EXCEPT_WORDS: Final = ("除了", "除开", "除去", "除")
# ("你发成 A 了 是 B": the number written wrong, whichever way round the message names them)
# ("发成 A 了 是 B": denied only with the number meant after it; "已经发成 A 了，帮忙拦截" names the parcel)
_RIGHT_ONE: Final = re.compile(r"\s?了?\s?[,，]?\s?(?:是|应该是|应为)\s?[0-9A-Z]")
_JOINED_NEXT: Final = re.compile(r"\s*(?:和|跟|与|及|、)\s*")  # (not a comma: "除了 A，B C 都拦截")
_DENIED: Final = re.compile(r"(?:不是(?<!是不是)|除了|除开|除去|除(?<![排清]除)|发成|打成|写成|贴成|填成|输成)\s*$")


_NOT_BUT: Final = re.compile(r"不是\s?([0-9A-Z]{8,})\s?[,，]?\s?(?:而)?是\s?$")


def _similar(a: str, b: str) -> bool:
    """Two numbers that differ as a typo does: a few digits, two digits swapped, or one digit left out."""
    if abs(len(a) - len(b)) == 1:
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) <= 3 or (len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def corrected_numbers(clauses: list[Clause], found: Found, norm: str,
                      r: Reading) -> list[tuple[str, Waybill]]:
    """Numbers the merchant corrected ("YT1 拦截 更正 单号打错了 是 YT2", "最后两位打反了 YT3"): (wrong number, the
    right one). A correction names the right number right after it; or a number differs from an earlier one as a
    typo does and a word of correction stands after the earlier one (the last of such numbers is right)."""
    out: list[tuple[str, Waybill]] = []
    if len(found.waybills) < 2:
        return out
    markers = _markers(clauses, norm)
    if not markers:
        return out
    fixed: set[str] = set()
    for k, w in enumerate(found.waybills):
        if any(x.number == w.number for x in found.waybills[:k]) or _ALSO.match(norm, w.span[1]) is not None:
            # named again: its command is put right, not the number ("YT1 YT2 拦截 更正 YT2是催件"); added, not
            # put right ("A 拦截 眼花了 B 也拦一下")
            continue
        wrong = {x.number: x for x in found.waybills[:k] if x.number not in fixed and x.number != w.number}
        if not wrong:
            continue
        typo = _typos(norm, w, wrong, markers)
        lo = max(found.waybills[k - 1].span[1], w.span[0] - 24)
        near = [m for m in markers if lo <= m.start() and m.end() <= w.span[0] and m.group() not in _CHECKED]
        chosen: str | None = None
        if typo:
            chosen = typo[-1]
        elif near and _CONNECTOR.fullmatch(norm, near[-1].end(), w.span[0]) is not None:
            chosen = _which_wrong(norm, found.waybills[:k], wrong, lo, w.span[0], near[-1], r)
        elif (nb := _NOT_BUT.search(norm, max(0, found.waybills[k - 1].span[0] - 4), w.span[0])) is not None and (
                nb.group(1) in wrong and any(x.number == nb.group(1) for x in found.waybills[:k - 1])):
            chosen = nb.group(1)  # "YT1 投诉\n更正 不是 YT1 是 YT2": what was asked of YT1 is YT2's
        if chosen is not None:
            fixed.add(chosen)
            out.append((chosen, w))
    return out


def _markers(clauses: list[Clause], norm: str) -> list[re.Match[str]]:
    """The words of correction in ``norm``, in order."""
    markers = [m for m in NUMBER_CORRECTION.finditer(norm) if not _inside_command(clauses, m.start(), m.end())]
    if markers and "的是" in norm:  # "哦不对 … 要拦的是 YT2": after a correction, what was meant names the number
        markers = sorted(markers + [m for m in _MEANT.finditer(norm, markers[0].end())], key=lambda m: m.start())
    return markers


def _typos(norm: str, w: Waybill, wrong: dict[str, Waybill], markers: list[re.Match[str]]) -> list[str]:
    """The earlier numbers ``w`` differs from as a typo does, with a correction word between the two, or after the
    second with no command of its own in between ("A 延误\nB\n发错了 以第二个为准"; but "A 撤单 B 催件 我是说快点"
    corrects no number)."""
    return [x for x in wrong if _similar(x, w.number) and any(
        wrong[x].span[1] <= m.start() and (m.end() <= w.span[0] or (
            _NUMBER_WRONG.match(m.group()) is not None and not commands(norm, w.span[1], m.start())))
        and (m.group() not in _CHECKED or (  # ("我对了一下本子 是 A′": checked, between the two, nothing asked of A)
            m.end() <= w.span[0] and not commands(norm, wrong[x].span[1], m.start())))
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


def apply_corrections(events: list[Event], fixes: list[tuple[str, Waybill]]) -> list[Event]:
    """The wrong number's requests go to the right one, unless the right one was given requests of its own after
    the correction ("单号给错了 A 作废 用这个 B 拦截": B's own command is the request, A's words were about A)."""
    for wrong, right in fixes:
        # "不对 应该是 B A 是正常的": nothing to do, said after the wrong number, is of the wrong number
        events = [e for e in events if not (e.intent == NOTHING and e.waybill.number == right.number
                                            and _said_after(e, right, wrong))]
        own = any(e.waybill.number == right.number and e.waybill.span[0] >= right.span[0] and not (
            e.negated and e.at < right.span[0]) for e in events)
        first_wrong = min((e.at for e in events if e.waybill.number == wrong), default=right.span[0])
        moved: list[Event] = []
        carried: set[str] = set()
        for e in events:
            if (e.waybill.number == wrong and e.waybill.span[0] > right.span[0] and e.at < right.span[0]
                    and not e.negated and e.source != "fine"):
                continue  # "撤错了 撤的是 B A 是昨天的": the command before B, not of A named again after it
            if e.waybill.number != wrong or e.waybill.span[0] >= right.span[0] or e.source == "fine" or e.negated:
                moved.append(e)  # said of the wrong number itself: "A 不拦 是 B", "A 是好的"
            elif not own:
                e.waybill = Waybill(right.number, right.carrier, e.waybill.span, right.alternatives, right.joined)
                moved.append(e)
                carried.add(e.base)
        # "A 拦截 不对 我不拦 我说的是 B": a denial between the wrong number and the right one is of the wrong one
        events = [e for e in moved if not (e.negated and e.base in carried and e.waybill.number == right.number
                                           and first_wrong < e.at < right.span[0])]
    return events


def _said_after(e: Event, right: Waybill, wrong: str) -> bool:
    """Whether ``wrong`` stands between ``right`` and the words of ``e`` in their clause."""
    c = e.clause
    at = c.text.find(wrong, max(0, right.span[1] - c.start))
    return at >= 0 and c.start + at < e.at


# "拦截：A B C\n不对 以下为准\nA C D": the list after replaces the list before; what it leaves out asks nothing
# ("A B 拦截 不是不是 是 A C", "讲错了 是 A C": the list said again after a correction, two numbers or more)
_RESTATED: Final = re.compile(
    r"以下为准|以下面为准|以下面的为准|以这些为准|以这几个为准|以下列为准|重新发如下|重发如下|"
    + each(("不对", "不是不是", "说错了", "讲错了", "搞错了", "弄错了"),
           r"\s?[,，]?\s?(?:应该)?是(?=\s?[0-9A-Z]{8,}(?:\s?[和同跟及、]?\s?[0-9A-Z]{8,})+)"))


_FIELD: Final = re.compile(r"地址|金额|重量|信息|电话|姓名|收件人|价格|数量|理由|原因")


def _restated(norm: str, found: Found) -> list[Waybill]:
    """The numbers before a list restated in full ("以下为准") that it does not name again."""
    m = _RESTATED.search(norm)
    if m is None or _FIELD.search(norm, max(0, m.start() - 4), m.start()) is not None:
        return []  # ("金额以下为准：…", "新地址以下为准": a field restated, not the list)
    before = {w.number for w in found.waybills if w.span[1] <= m.start()}
    after = {w.number for w in found.waybills if w.span[0] >= m.end()}
    if not after & before:  # (a list restated names some of its numbers again)
        return []
    return [w for w in found.waybills if w.span[1] <= m.start() and w.number not in after]


def denied_numbers(norm: str, found: Found, clauses: list[Clause], r: Reading) -> list[Waybill]:
    """"不是 YT1 是 YT2", "你发成 YT1 了", "全部退回 除了 YT3": the denied numbers, which ask for nothing; they are
    taken out of ``found``. A number left out of a command said in its own clause stays (``Reading.excepted``)."""
    restated = (_restated(norm, found)
                if "准" in norm or "错" in norm or "不对" in norm or "不是不是" in norm or "如下" in norm else [])
    if "不是" not in norm and "除" not in norm and "成" not in norm and not restated:
        return []
    denied = [w for w in found.waybills if (d := _DENIED.search(norm, max(0, w.span[0] - 4), w.span[0]))
              and (not d.group().rstrip().endswith("成") or _RIGHT_ONE.match(norm, w.span[1]) is not None)]
    # "除了 A 和 C", "不是 A、B 是 C": the numbers joined to a denied one are denied with it
    joined: list[Waybill] = []
    for prev, w in pairwise(found.waybills):
        if (any(prev is x for x in denied + joined) and not norm.endswith("成", 0, prev.span[0])
                and w.number != prev.number and _JOINED_NEXT.fullmatch(norm, prev.span[1], w.span[0]) is not None):
            joined.append(w)
    denied += [w for w in joined + restated if all(w is not x for x in denied)]
    # "上面这几单 除了 YT3 其它都拦截": a number left out of a command said in its own clause stays there, to be
    # left out of it (and take a command of its own: "除了 YT3 改址")
    left_out = [w for w in denied if norm[max(0, w.span[0] - 4) : w.span[0]].rstrip().endswith(_EXCEPT_WORDS)]
    for prev, w in pairwise(found.waybills):
        if any(w is x for x in joined) and any(prev is x for x in left_out):
            left_out.append(w)
    excepted = [w for w in left_out if any(c.start <= w.span[0] <= c.end and c.positive for c in clauses)]
    denied = [w for w in denied if all(w is not x for x in excepted)]
    # "除了 A，下面这几票都拦截 A B C": left out, and listed again with the rest
    again = {w.number for w in left_out if all(w is not x for x in excepted)}
    r.excepted = {w.span[0] for w in excepted} | {
        w.span[0] for w in found.waybills if w.number in again and all(w is not x for x in denied)}
    found.waybills = [w for w in found.waybills if all(w is not x for x in denied)]
    return denied
