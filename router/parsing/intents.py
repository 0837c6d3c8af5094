"""Command words for the 13 canonical intents (../shared/DOMAIN.md), matched on normalised text.

Longest match wins where words overlap (拦截退回 over 退回, 签收未收到 over 签收). A command preceded by a negation
("不用拦截了", "别改址", "取消拦截") is reported as negated and never executed as the positive command.
"""

from __future__ import annotations

import re

LEXICON: dict[str, tuple[str, ...]] = {
    "intercept": (
        "拦截退回", "拦截", "退回", "退件", "截件", "拦回来", "拦一下", "拦回", "截回", "原路返回", "退回发件人",
        "撤回", "拦接", "截一下", "截下", "拦住", "拦下", "暂停派送", "别派了", "不要派送", "不要送了", "原单退回",
        "退回原寄件", "弄回来", "退给我",
    ),
    "cancel": (
        "撤单", "取消订单", "取消寄件", "取消快递", "作废", "撤销", "不寄了", "不发了", "撤件", "别发了", "不用发了",
        "订单取消", "撤回订单", "取消发货", "不发货",
    ),
    "change_address": (
        "更改收件地址", "修改收件地址", "修改地址", "更改地址", "改地址", "改址", "更址", "转寄", "改派", "地址改为",
        "地址改成", "换地址", "换个地址", "收件人改为", "改收件人", "电话改为", "电话改成", "改电话", "联系电话改为",
        "改送", "改到", "改收货地址", "收货地址改", "收货人改",
    ),
    "urge": (
        "催件", "催派", "催一下", "加急", "尽快派送", "尽快派件", "尽快送", "催促", "快点派", "催下", "重新派送",
        "重新派件", "再派送", "二次派送", "催一催", "明天再送", "再送一次", "再派一次", "快点送",
    ),
    "verify_delivery": (
        "核实签收", "签收未收到", "显示签收但没收到", "虚假签收", "妥投了但没收到", "显示签收", "没收到", "未收到",
        "虚假妥投", "签收异常", "是否签收", "签收情况", "别人签收", "代签收", "代签", "冒签", "被签收", "不是本人",
    ),
    "damaged": ("破损", "压坏", "碎了", "漏液", "损坏", "摔坏", "坏了", "瘪了", "变形", "泡坏", "水渍", "破了"),
    "lost": ("遗失", "丢件", "丢了", "丢失", "找不到件", "找不到了", "少件", "少了一件", "内件短少", "短少"),
    "weight": ("查重量", "核重", "重量不对", "超重", "称重", "核实重量", "重量"),
    "track": (
        "查件", "查一下", "查一下物流", "查物流", "到哪了", "到哪里了", "轨迹", "什么时候到", "物流信息", "查询",
        "查下", "走到哪", "跟进", "看下物流", "看看物流", "放快递柜", "签收了吗", "到了没", "到了吗", "什么情况",
        "啥情况", "啥时候能到", "啥时候到", "几天能到", "多久能到", "多久到", "在路上", "查查",
    ),
    "delay": (
        "延误", "延迟", "不动了", "停滞", "好几天没更新", "打延误", "没更新", "不更新", "没动静", "一直显示派送中",
        "一直派送中", "一直在派送", "一直不派送", "不派送", "没派送", "还没派送",
    ),
    "claim": ("理赔", "赔付", "赔偿", "赔款", "索赔", "赔多少", "赔钱", "怎么赔", "要赔"),
    "complaint": ("投诉", "客诉", "态度恶劣", "态度差", "态度不好"),
    "arbitration": ("仲裁",),
}

# Weak words state a reason or a mood rather than ask for an action ("地址错了退回" asks for a return;
# "客户着急" only colours a request). They count only when no other command is given for the same waybill,
# as ``track`` does (see parser._requests); their intent carries a trailing "~" until then.
WEAK: dict[str, tuple[str, ...]] = {
    "change_address": ("地址填错", "地址写错", "地址错了", "地址不对"),
    "urge": ("着急", "急用", "今天送到", "今天能到"),
    "delay": ("停了", "没信息", "没有物流"),  # symptoms: of a delay, unless the merchant says lost or damaged
}

# Morphemes: stems that carry an intent inside words no list can hold ("加个急", "压扁了", "就是坏的"). They are
# read only when nothing firmer is said about the waybill (intent marked "≈"), and for the intents whose mistake
# costs a parcel (intercept, cancel, change address) the parser then also asks a person (reason weak_command).
MORPHEMES: dict[str, tuple[str, ...]] = {
    "intercept": ("拦",),
    "urge": ("急", "快点", "快些"),
    "damaged": ("坏", "破", "扁", "瘪", "碎", "裂", "漏"),
    "lost": ("丢",),
    "delay": ("不送", "没送", "不派"),
}

_words = sorted(
    [(w, i) for i, ws in LEXICON.items() for w in ws]
    + [(w, i + "~") for i, ws in WEAK.items() for w in ws]
    + [(w, i + "≈") for i, ws in MORPHEMES.items() for w in ws],
    key=lambda x: -len(x[0]),
)
_INTENT_OF = dict(_words)
_COMMAND = re.compile("|".join(re.escape(w) for w, _ in _words))
_NEGATION_BEFORE = re.compile(r"(?:不用|不要|别|无需|不需要|取消|先别|暂不|不必|不再|不)\s*$")
# Used with match() at the end of a command, hence no "^". "拦截取消" cancels the command; "取消订单/寄件/快递"
# are themselves the cancel command, never a negation.
_NEGATION_AFTER = re.compile(r"\s*(?:了)?\s*(?:不用了|不要了|取消(?![订寄快])|先不用|算了)")


# "不用催了", "别拦了": a negation before a one-character verb that is no command word by itself.
_NEGATED_VERB = re.compile(r"(?:(?:不用|不要|别|无需|不需要|先别)再?(拦|催|改|退|撤))|(?:不再?(拦|催|改|撤)了?)")
_VERB_INTENT = {"拦": "intercept", "催": "urge", "改": "change_address", "退": "intercept", "撤": "cancel"}


class Mention:
    """A command word in a clause; ``start``/``end`` are relative to the clause. (A plain class: see Waybill.)"""

    __slots__ = ("end", "intent", "negated", "start")

    def __init__(self, intent: str, start: int, end: int, negated: bool) -> None:
        self.intent, self.start, self.end, self.negated = intent, start, end, negated

    def __repr__(self) -> str:
        return f"Mention({self.intent!r}, {self.start}, {self.end}, negated={self.negated})"


def mentions(line: str) -> list[Mention]:
    """Command mentions in one normalised line, in order."""
    return mentions_by_clause(line, [(0, len(line))])[0]


def mentions_by_clause(text: str, clauses: list[tuple[int, int]]) -> list[list[Mention]]:
    """Command mentions of each clause ``(start, end)`` of ``text``, in order, positions relative to the clause.

    One pass of each pattern over the whole text (no command word holds a clause separator, so no match crosses
    a clause); the negation windows are clipped to the mention's clause, as if each clause were read alone.
    """
    out: list[list[Mention]] = [[] for _ in clauses]
    if not clauses:
        return out
    k = 0
    for m in _COMMAND.finditer(text, clauses[0][0], clauses[-1][1]):
        s, e = m.span()
        while clauses[k][1] < e:
            k += 1
        lo, hi = clauses[k]
        intent = _INTENT_OF[m.group()]
        # A trailing 取消 repeats a cancel ("不寄了 取消") rather than negating it.
        negated = _NEGATION_BEFORE.search(text, max(lo, s - 4), s) is not None or (
            intent != "cancel" and _NEGATION_AFTER.match(text, e, min(hi, e + 6)) is not None
        )
        out[k].append(Mention(intent, s - lo, e - lo, negated))
    if "不" not in text and "别" not in text and "无需" not in text:
        return out  # no negation word: _NEGATED_VERB cannot match
    k = 0
    for m in _NEGATED_VERB.finditer(text, clauses[0][0], clauses[-1][1]):
        verb = m.lastindex or 1
        while clauses[k][1] < m.end():
            k += 1
        lo = clauses[k][0]
        mine = out[k]
        at = m.end(verb) - 1 - lo
        if not any(x.start <= at < x.end for x in mine):  # not already part of a full command word
            mine.append(Mention(_VERB_INTENT[m.group(verb)], m.start() - lo, m.end() - lo, True))
            mine.sort(key=lambda x: x.start)
    return out
