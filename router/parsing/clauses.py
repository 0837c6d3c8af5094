"""A message's clauses: split at line breaks and ，；。！？, each with its commands (``intents.mentions_by_clause``).

Merchants put one instruction per clause as often as per line, so the clause is the unit of every later stage: a
``Clause`` holds its text, its row, its mentions, and later its numbers and references. What says something about
a whole clause is here too: nothing to be done ("正常派送就行"), a correction ("哦不对", "还是…吧"), hedged wording
("可能", "等我确认") and conditions; and what is settled across clauses before binding: the command denied by "不是
A 是 B", and the command "同上" / "也是" repeats (the quoted message's, when the merchant's own words give none).
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.intents import mentions_by_clause
from router.parsing.lexicon import IRREVERSIBLE, NOTHING, SAME, STILL_SENT, WITHDRAW
from router.parsing.refs import Ref
from router.parsing.waybills import Waybill
from router.parsing.words import Mention, commands

# "正常派送就行", "问题已解决", "按原地址送": the merchant says nothing is to be done for the numbers of this clause.
NO_ACTION: Final = re.compile(
    r"正常派送|正常送|正常派|照常|照派(?<!按照派)|照送|照寄|照发|不用处理|已解决|已经解决|已经联系|已联系|没事了|没问题了|签收了|已签收|收到了|已收到|"
    r"原地址|照常派送|照常送|已经到了|早就到了|早到了|正常件|是好的|好好的|是要发的|要正常发的|是别家的|是别人家的|是隔壁家的|不是我们的|"
    r"已经签了(?![吗没么])|是要寄的|正常要发|正常要寄|" + STILL_SENT + "|"
    r"另一个客户的|别的客户的|别人的单|是另一个|无误|没错|是对的(?![吗么嘛])"
)
# What says a number needs nothing (binding looks for it anywhere and right after a number; labels in a clause).
# (not "到了中转以后就没了": where it got to)
FINE: Final = NO_ACTION.pattern + (r"|到了(?![吗没么])(?=$|[\s，,。!！~…啊呀哦啦的哈嘛])|不动(?!了)|"
                               "没问题|没有问题|没得问题|别管它|莫管它|不用管它|甭管它|还要寄|还要发")
# Shown as delivered, and not received: "签收了" then says something is wrong, not that nothing is.
SIGNED_NOT_RECEIVED: Final = re.compile(
    "|".join(f"{w}[^\n]{{0,30}}?(?:没收|没找到|没有(?!问题|事)|没人|不可能|没拿到|没见)"
             for w in ("签收", "妥投", "DELIVERED"))
    + "|签收人是(?:哪|谁)|谁签(?:收)?的")
# A clause ends at a line break or at ，；。！？ — merchants put one instruction per clause as often as per line.
_CLAUSE_END: Final = re.compile(r"[\n,，;；。!！?？]")
# A correction standing between spaces inside a clause begins a clause of its own: "A 撤单 更正 撤B A照发" says
# what "A 撤单,更正:撤B" does. (Only the words that put a mistake right; 不是 and 还是 bind within their clause.)
_FIXED: Final = ("不对不对", "不对", "哦不", "噢不", "更正", "搞错了", "弄错了", "说错了", "写错了", "打错了", "看错了",
                  "记错了")
_CORRECTION_BREAK: Final = re.compile("|".join(
    f"{w}(?=[\\s:：])" for w in (*_FIXED, *(f"{o}{sp}{w}" for o in ("哦", "噢", "啊", "哎呀") for sp in ("", " ")
                                              for w in _FIXED))))
# (but not after what is wrong, "地址 不对", nor before a command and a number with its own: "不对 拦截 B 催件")
_WRONG_THINGS: Final = ("地址", "电话", "重量", "单号", "名字", "信息", "号码", "金额", "数量")
_WORD_THEN_NUMBER: Final = re.compile(r"\s+([\u4e00-\u9fff]{2,4})\s+[0-9A-Z]{8,}\s*[\u4e00-\u9fff]")
# After 还是, "still", not "rather" ("催一下 还是没动"); _corrects in folding reads it where a window cut the text.
STILL: Final = re.compile(r"没|不[动走到]")
# The merchant corrects what they said before ("撤单。哦不对 … 那就拦截", "改址取消，还是拦截吧").
CORRECTION: Final = re.compile(
    r"哦不对|不对不对|不对|更正|改成|改为|"
    r"还是(?!" + STILL.pattern + r")|"
    r"那就|那还是|那给|那帮|那直接|换成|应该是|应为|应是|实为|实际[上为是]|重新|以这条为准|以此为准|以此条为准|最终|"
    r"哦|噢|啊不(?![用要对])|其实|实际上|"
    r"算了|不是|弄错了|搞错了|说错了|讲错|写错了|打错了|打措了|打错字|写错字|看岔|看错了|记错了|搞混了|弄混了|发错了(?<!货发错了)|"
    r"搞反|弄反|反了|为准|手滑|手误|撤错|拦错|催错|退错|ACTUALLY|INSTEAD|SORRY|"
    r"不(?<![^\s，,。!！]不)不*(?=[\s，,。!！~])"  # a 不 standing alone: "拦 不 催" (literal first: scanned fast)
)
# Hedged wording: the merchant has not decided. Conditions on something only they know count as hedges; a
# condition on the parcel's state ("如果还没签收就拦截") the carrier checks.
HEDGE: Final = re.compile(
    r"要不(?<!爱要不)|要不然|感觉(?=要|得|应该|还是)|了吧(?<=[截拦撤址退]了吧)|可能|也许|或许|大概|好像|估计|考虑|不确定|问问|待定|等等再|先等等|等客户|等我确认|确认后|看情况|"
    r"倾向于|尚需|进一步确认|再确认|再行确认|稍后确认|待审批|审批后|拟申请|拟办理|没说定|还没定|再沟通|沟通一下|又说等等|说再等等|说等等|"
    r"八成(?!新)|多半|大概率|没最后定|还没决定|没决定|"
    r"再说吧|不知道|要不要(?<!爱要不要)|是不是要|是否需要|需不需要|一会儿?告诉你|待会告诉你|等下告诉你|哪个是哪个|说不准|拿不准|"
    r"原则上|是否可行|可不可行|好似|似乎|貌似|犹豫|应该(?<=[\s，,。]应该)(?=$|[\s，,。!！?？]|吧)|等(?:我|老板|领导|他|她|对方)来?(?:定|决定)|"
    # "等我问下买家", "我再跟他确认下": the merchant has yet to ask
    r"问(?:一)?下(?:个)?(?:客户|买家|顾客|客人|客|他|她|老板|领导)|跟(?:他|她|客户|买家|顾客|客人)(?:再)?确认|再跟(?:他|她|客户|买家|顾客|客人)确认|"
    # ("等我问埋老板娘", "我再同修理厂倾", "我再核对一下架位", "或者退返嚟算啦")
    r"等我问|问埋|再核对|再(?:同|跟|和)[^，,。\s]{1,6}?(?:倾|商量|聊|沟通)|或者|"
    r"MAYBE|PERHAPS|NOT SURE|IF NEEDED|IDK|I THINK|PROBABLY|"
    r"WAIT (?:FOR )?(?:HIM|HER|FORWARDER|CUSTOMER|BOSS)?\s?CONFIRM|I CONFIRM WITH|I WILL CONFIRM|LET ME CONFIRM"
)
# A condition ("如果", "要是"): a hedge, unless it is on the parcel's state, which the carrier checks.
CONDITION: Final = re.compile(r"如果|要是|假如|万一|若是|倘若|若|如(?=已|未|尚|还|没|果|需)|IF ")
# The parcel's state ("如果已经签收了就算了"): what the carrier will find, not what the merchant decides.
PARCEL_STATE: Final = re.compile(
    r"签收|派送|派件|揽收|发出|到站|出库|送达|送到|妥投|发货|寄出|到了|到达|DELIVERED|SHIPPED")
# "不是签收了没收到 是一直没派送": what follows 不是, up to the 是 that puts it right, is denied.
_NOT_THIS: Final = re.compile(r"不是(?<!是不是)(?!不)([^，,。；;\n]{1,16}?)(?:而是|是(?!不))|"
                             # "A 这票不是我们要拦的": not one to do it to
                             r"不是(?<!是不是)([^，,。；;\n是]{1,8}?的)\s*$|"
                             # "处理方式由“改址”变更为“撤单”": what it was changed from is denied
                             r"由([^，,。；;\n]{1,14}?)(?:变更为|更改为|调整为|改为|改成|换成)")


class Clause:
    """One clause of the message; ``row`` is the line it stands on."""

    __slots__ = ("_hedged", "end", "mentions", "picked", "refs", "row", "start", "text", "waybills")

    def __init__(self, text: str, start: int, row: int, ms: list[Mention]) -> None:
        self.text, self.start, self.end, self.row = text, start, start + len(text), row
        self.waybills: list[Waybill] = []
        self.mentions = ms
        self.refs: list[Ref] = []
        self.picked: list[Waybill] = []  # the numbers its references picked ("第一个算了")
        self._hedged = -1  # not looked at yet: most clauses never need it

    @property
    def positive(self) -> list[Mention]:
        return [m for m in self.mentions if not m.negated]

    @property
    def no_action(self) -> bool:
        """"正常派送就行", "问题已解决": nothing is to be done for the numbers of this clause."""
        return not any(not m.negated for m in self.mentions) and NO_ACTION.search(self.text) is not None

    @property
    def correction(self) -> bool:
        return bool(self.mentions) and CORRECTION.search(self.text) is not None

    @property
    def hedged(self) -> bool:
        if self._hedged < 0:
            t = self.text
            self._hedged = int(bool(self.mentions) and (HEDGE.search(t) is not None or (
                CONDITION.search(t) is not None and PARCEL_STATE.search(t) is None)))
        return self._hedged == 1


def split_clauses(norm: str, said: str | None = None, by_sound: bool = False) -> list[Clause]:
    """The clauses of ``norm`` with their mentions; ``said``: the command of a quoted message, for "同上"."""
    spans: list[tuple[int, int]] = []
    rows: list[int] = []
    row = start = 0
    for m in _CLAUSE_END.finditer(norm):  # (fewer matches than the clauses themselves: none in most messages)
        end = m.start()
        if end > start and not norm[start:end].isspace():
            spans.append((start, end))
            rows.append(row)
        row += norm[end] == "\n"
        start = end + 1
    if start < len(norm) and not norm[start:].isspace():
        spans.append((start, len(norm)))
        rows.append(row)
    if " " in norm and ("不对" in norm or "更正" in norm or "错了" in norm or "哦不" in norm or "噢不" in norm):
        spans, rows = _corrections_apart(norm, spans, rows)
    by_clause = mentions_by_clause(norm, spans, by_sound)
    if ("是" in norm or "同上" in norm or "一样" in norm or "处理" in norm or "由" in norm  # 处理: "按此处理"
            or "〃" in norm or "”" in norm or "+" in norm or "加上" in norm):  # (ditto marks; "+1"; "也加上")
        _contrasts_and_repeats(norm, spans, by_clause, said)
    if "成" in norm:
        _said_wrongly(norm, spans, by_clause)
    return [Clause(norm[s:e], s, r, ms) for (s, e), r, ms in zip(spans, rows, by_clause, strict=True)]


def _corrections_apart(norm: str, spans: list[tuple[int, int]], rows: list[int]
                       ) -> tuple[list[tuple[int, int]], list[int]]:
    """The spans split where a correction stands alone between spaces, after some words of the clause."""
    out: list[tuple[int, int]] = []
    out_rows: list[int] = []
    for (start, e), r in zip(spans, rows, strict=True):
        s = start
        for m in _CORRECTION_BREAK.finditer(norm, start, e):
            if (m.start() > s and norm[m.start() - 1] == " " and not norm[s:m.start()].isspace()
                    and not _wrong_thing(norm, s, m.start() - 1)
                    and not _command_then_number(norm, m.end(), e)):
                out.append((s, m.start() - 1))
                out_rows.append(r)
                s = m.start()
        out.append((s, e))
        out_rows.append(r)
    return out, out_rows


# "刚才说成拦截了": the command named as the mistake made, not asked
_SAID_AS: Final = re.compile(r"(?:说成|写成|打成|发成|弄成|看成|讲成)\s?$")


def _said_wrongly(norm: str, spans: list[tuple[int, int]], by_clause: list[list[Mention]]) -> None:
    for (s, _), ms in zip(spans, by_clause, strict=True):
        for x in ms:
            if not x.negated and _SAID_AS.search(norm, max(s, s + x.start - 3), s + x.start) is not None:
                x.negated = x.contrast = True


def _wrong_thing(norm: str, s: int, at: int) -> bool:
    """"客户说 地址 不对": what is wrong is the address, not what was said (but "全部改地址 不对" puts a command
    right)."""
    return norm.endswith(_WRONG_THINGS, s, at) and norm[at - 3 : at - 2] not in "改换修更变"


def _command_then_number(norm: str, at: int, end: int) -> bool:
    """"A 催件 不对 拦截 B 催件": a command word right after the correction, then a number with its own command: the
    command put right is the one before (A's); the clause stays as written."""
    m = _WORD_THEN_NUMBER.match(norm, at, end)
    return m is not None and bool(commands(norm, m.start(1), m.end(1)))


def _contrasts_and_repeats(norm: str, spans: list[tuple[int, int]], by_clause: list[list[Mention]],
                           said: str | None) -> None:
    """"不是 A 是 B", "由 A 变更为 B": A is denied; "YT2 也是": the command said before (in a quoted message, if
    none here)."""
    last: list[str] = [said] if said else []  # the commands of the last clause that gave some
    for (s, e), ms in zip(spans, by_clause, strict=True):
        if "不是" in norm[s:e] or "由" in norm[s:e]:
            for m in _NOT_THIS.finditer(norm, s, e):
                g = next(k for k in (1, 2, 3) if m.start(k) >= 0)
                a, b = m.start(g) - s, m.end(g) - s
                words = m.group(g)
                # "不是要撤这个 我要撤的是 B": the cleft, naming a number, puts it right
                cleft = words.endswith("的") and " " in words and _NUMBER_NEXT.match(norm, m.end()) is not None
                if cleft:
                    b = a + words.rindex(" ")
                denied = [x for x in ms if a <= x.start < b and not x.negated]
                for x in denied:
                    x.negated = x.contrast = True
                if cleft and denied and not any(b < x.start < m.end(g) - s for x in ms):
                    # ("不是这单要改地址 要改的是 B": the command denied, said again for B in a word of its own)
                    ms.append(Mention(denied[-1].intent, b + 1, m.end(g) - s - 1, False, norm[s + b + 1:m.end(g) - 1]))
                    ms.sort(key=lambda x: x.start)
        last = _repeats(ms, last)


_NUMBER_NEXT: Final = re.compile(r"\s?[0-9A-Z]{8,}")


def _repeats(ms: list[Mention], last: list[str]) -> list[str]:
    """"YT2 也是": the commands said before it in its clause, else those of the last clause that gave some ("同上"
    under "催一下 客户投诉了": both of them); returns the commands to repeat after this clause."""
    current: list[str] = []
    for x in list(ms):
        if x.intent == SAME:
            before = current or last
            if not before:
                ms.remove(x)
                continue
            x.intent = before[-1]
            # (an irreversible command said before another is a question or a report as often: "昨天拦截的 到哪了")
            extra = [i for i in before[:-1] if i.rstrip("~≈") not in IRREVERSIBLE]
            if extra:
                ms += [Mention(i, x.start, x.end, False, x.word) for i in extra]
                ms.sort(key=lambda m: m.start)
        elif not x.negated and x.intent not in (WITHDRAW, NOTHING) and x.intent not in current:
            current.append(x.intent)
    return current or last
