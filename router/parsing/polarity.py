"""Each command word found, read as a mention of its clause with its polarity (``read_words``).

A command preceded or followed by a negation ("不用拦截了", "别改址", "取消拦截", "拦截取消", "不是要退回",
"don't intercept") is negated and never carried out as the positive command; a denied denial ("不是不拦",
"不核实不行") is no negation; 没 denies a state ("没坏"), never a command ("还没拦截" asks after one). A morpheme
standing alone is the whole command ("YT… 拦"), and a threat on a condition ("再不到我就投诉") asks for nothing.
Every command word of every message goes through these functions, so they are kept together in one module and
called once a message.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.alternation import each
from router.parsing.asides import feared_or_hurried, resigned_to, suggested
from router.parsing.earlier import asked_before
from router.parsing.later import threatened
from router.parsing.lexicon import (
    BIE,
    BUYERS,
    HANDLERS,
    IRREVERSIBLE,
    NUMBER_LIKE,
    RETURN_ADDRESSES,
    WHOLE_WORDS,
    WITHDRAW,
)
from router.parsing.money import money_back
from router.parsing.told import held_not_returned, named_thing, spoken_of, told_not_asked
from router.parsing.words import Mention

# Words that take back a command before it ("不用拦截了", "别改址", "取消拦截", "不是要退回", "don't intercept").
# "是不是丢了" asks, it does not deny: 不是 counts only when no 是 stands before it.
_DENYING: Final = (
    "不用", "不要(?<!要不要)", BIE, "无需", "不需要", "先别", "暂不",
    "不必", "不该", "不应该", "不应", "唔使", "唔好",
    "唔要", "莫要", "莫", "甭", "请勿", "勿", "不予", "无须", "另行", "暂缓", "没有必要", "没必要", "用不着", "犯不着",
    "不必再",
    "覅", "勿要", "不能(?<!能不能)", "不可以(?<!可不可以)", "不想", "不打算", "不准备",
    # (a ban, not "inaccurate": "称重不准 核重", "时效不准 催一下")
    "不准(?<!说不准)(?<!拿不准)(?<![重量效新积确]不准)(?<!(?<!各)位不准)", "不许", "不得(?<!了不得)", "禁止",
    "HOLD OFF ON(?: THE)?", "HOLD OFF", "BU ?YONG",
    "BU ?YAO", "BIE", "BU")
_NEGATION_BEFORE: Final = re.compile(
    "(?:" + each(_DENYING, r"(?:给(?:我|俺|咱)?|帮(?:我|俺)|再行|再|也|登记|报|申请|去)?") + "|取消|不再|"
    r"不是(?<!是不是)(?:要|让(?:你们|你)?|叫(?:你们|你)?)?|"
    # ("你们还不拦", "怎么不催": a reproach, not a denial)
    # ("哦不 改到客户单位": a correction, "oh no", before the command that replaces)
    r"不(?<!要不)(?!(?<=[哦噢喔啊]不)\s)(?<!你们还不)(?<!你还不)(?<!怎么还不)(?<!怎么不)(?<!咋不)(?<!为啥不)(?<!为什么不)(?:申请|要求|弄|搞|提|报|让(?:你们|你)?|找(?:你们|你))?|"
    + each(("没有?", "未"), r"(?:申请|要求|说过?|讲过?|让过?|叫过?)(?:你们|你)?要?") + r"|没有要|没要(?!\s)|"
    + each(("从未", "从没有?", "从来没有?", "并未"), r"(?:申请|要求|说过?|讲过?)?") + r"|而非|非(?<![除而并]非)|"
    r"并非(?:要求|要|申请)?|并不(?:要求|要|需要)?|"
    # "照片到了再申请理赔": asked for later, when something has come (not a condition: "没签收的话再申请拦截")
    + each(("到了再", "出来了再", "齐了再", "回来了再"),
           r"(?:申请|提|报|走|办|登记)") + "|"
    r"DON'?T(?: NEED)?|DO NOT(?: NEED)?|NO NEED(?: TO| FOR)?|NOT|DOESN'?T NEED|NO(?<![A-Z]NO))\s*$"
)
# Used with match() at the end of a command, hence no "^". "拦截取消" cancels the command; "取消订单/寄件/快递"
# are themselves the cancel command, never a negation.
_NEGATION_AFTER: Final = re.compile(
    r"\s*(?:的事|这事|的话|就|那个|这个|的)?\s*(?:了)?\s*(?:[?？]\s?(?:不行|不用|不要|没必要)|不用了|不要了|取消(?![订寄快])|先不用|算了|不需要了|"
    r"就算了|后面再说|以后再说|"
    r"不用(?:登记|报|弄|管|申请)了|不用(?<!\s不用)(?=$|[\s，,。])|后补(?<!\s后补)(?=$|[\s，,。])|是错的(?!\s*[,，]?\s*(?:正确|应该|应为|是))|不算(?:数)?了?(?=$|[\s，,。!！])|"
    r"回头再说|再说|不申请了?|不办了|不弄了|不搞了|不登记了|有误|没用|没啥用|不管用|另行申请|另行处理|稍后再?申请|"
    r"就?不必了|就免了|"
    r"无需登记|无须登记|不必登记|暂不登记|系误操作|无需再?处理|错了|错啦|NVM|"
    # "破损那个工单不用跟了": the ticket of an earlier request let go
    r"工单\s*(?:不用|不需要|无需|别再?)(?:跟进?|管|处理|弄|跟踪)了?|"
    # "投诉先不弄", "理赔等客户定": put off, not asked now ("…等明天再说": withdrawals)
    r"先不(?:弄|搞|办|报|提|申请|登记|要了|用了|要)(?:了|吧)?(?=$|[\s，,。!！~])|"
    r"等(?:客户|买家|我|老板|他|她|对方)来?(?:定|决定|报价)(?=$|[\s，,。!！~]))"
)
# "退回 不要了", "整回来 不要了": set apart from a return, the parcel is unwanted, which asks for the return
# ("拦截不要了", written as one, takes it back).
_UNWANTED: Final = re.compile(r"[ \t]+不要了(?![^\s，,。!！~])")
# 没 denies a state ("没坏", "没有破损", "没丢"), never a command ("还没拦截" asks after one).
_NOT_STATE: Final = re.compile(r"(?:没有|没|并没有|并没)$")  # ("客户去拿没有 投诉": a question ends there)
_STATES: Final = frozenset({"damaged", "lost"})
# "不是不拦": a denied denial asks for the action.
DOUBLE: Final = re.compile(r"(?:不是|不能|不得|不可能)$")  # (not "撤单 不是 不要撤": no, don't)
# Characters one of the negations above must hold: a cheap test before the patterns.
_NEGATION_CHARS: Final = re.compile("[不别无需消NTB唔莫甭勿另D暂没用犯覅非未禁再]")
# one of them stands in every word _NEGATION_AFTER reads
_AFTER_CHARS: Final = re.compile("[不取算再有系无错N没另稍暂免先等工后]")
# "不核实不行": the denial is denied by what follows it.
_MUST: Final = re.compile(r"\s*(?:不行|不可|不得行|不成)")
# "重量无误", "重量是对的": the weight is not disputed; "重量不核了": no longer
_WEIGHT_RIGHT: Final = re.compile(
    r"\s*(?:是对的|无误|没问题|没错|正确|(?:就|先)?不(?:用|需要|要)?(?:核|核实|核对|称|查)了|"
    # ("超重 我们认 不用核": accepted)
    r"(?:这个|这|那个)?(?:我们?|俺们?)认(?:了|的)?(?=$|[\s，,。]))")
_TICKET_NAMED: Final = re.compile(r"投诉|理赔|登记|工单|核实|核重|申请")
_ASKED_DONE: Final = re.compile(r"了?\s?(?:没|吗|么|嘛|[?？])")  # ("撤了没有": whether it was done)
# A 不 standing alone right after a command: "no" — the merchant puts the command right, not denies the next.
_NO_WAIT: Final = re.compile(r"[\s，,。!！—-]*(?:(?:啊|哦|噢|呃|额|嗯|诶)?(?:不是|不对|不)+|等下|等等)[\s，,。!！~—-]+")
# The characters of the negations, for the one scan of the text that tells which checks may apply (``has``).
NEGATION_SET: Final = frozenset(_NEGATION_CHARS.pattern[1:-1])
AFTER_SET: Final = frozenset(_AFTER_CHARS.pattern[1:-1])
_NEGATION_CJK: Final = frozenset(c for c in NEGATION_SET if not c.isascii())
_LATIN_DENIAL: Final = re.compile(r"NO|DON|DOESN|HOLD|BU|BIE")
_LATIN_DENIAL_FIRST: Final = frozenset("NDB")  # of them, only these are scanned for

# Of the morphemes that are a whole command standing alone (lexicon.WHOLE_WORDS), these say something else inside
# other words; and what may stand beside a morpheme standing alone.
_ONLY_ALONE: Final = frozenset("查改赔截")  # 截图, 截止
_DENIALS_OF_ONE: Final = ("不用", "别", "不要", "不必", "无需", "甭", "别再")  # "不用查了", "别改了"
_EDGE: Final = frozenset(" \n0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ!！?？,，。.、~+:：;；")


_EDGE_BEFORE: Final = _EDGE | frozenset("全都也再先快帮就还接的单个能照点忙")  # "全拦", "直接退", "帮忙改"
_EDGE_AFTER: Final = _EDGE | frozenset("吧啊呀哈嘛呗哦吗一")  # "拦吧", "催啊", "赔吗", "改一下"
# Only before the verbs that stop or hurry a parcel: "立刻拦", "顺便催"; and "都要截", "电话也要改" (but "运费要退"
# is a refund, "客户要撤" a wish passed on)
_STOP_VERBS: Final = frozenset("截拦催")
_STOP_EDGE: Final = frozenset("刻便")
_MUST_BEFORE: Final = ("都要", "也要", "就要", "还要", "我要")
_MUST_VERBS: Final = _STOP_VERBS | {"改"}
# 截 is a screenshot before a count, a picture or what is on a screen: "截一张图", "截2张", "截个图", "截一部分",
# "截一下物流" (the word itself may end in 一下 or 下)
_SNAPSHOT_AFTER: Final = re.compile(
    r"\s?(?:[0-9一两几个]\s?(?:张|个|份|部)|图|屏|个图|张)|物流|记录|页面|聊天|轨迹|底单")
_BUYER_DID: Final = re.compile(rf"(?:{BUYERS}|人家)(?:只|都|也|已经|已|又|刚)?$")
_BUYER_NOT: Final = re.compile(rf"(?:{BUYERS}|人家)(?:还|也|都|根本|并)?(?:没有?|没申请|不)$")
# ("客户还是不要 拦截", "买家也不要 退回": the buyer, then a word of how they still refuse; not "对方说不要 拦截",
# which may take the return back)
_WHO_STILL: Final = re.compile(
    rf"(?:{BUYERS}|人家)(?:还是|也|都|又|就是|坚持|已经)$")
_WHO_ENDS: Final = frozenset("户人家活决")  # 客户, 客人, 买家, 人家, 死活, 坚决 (not 他, 她: "他不要 退回" reports)
_REFUND_WITHDRAWN: Final = ("撤回退款", "撤回了退款", "撤回退货", "撤回了退货", "撤销退款", "撤销了退款")


def _alone(text: str, s: int, e: int) -> bool:
    if s >= 3 and text[s - 3:s] == "要不要":  # a question whether to, not the command
        return False
    c = text[s]
    before = s == 0 or text[s - 1] in _EDGE_BEFORE or (c in _STOP_VERBS and text[s - 1] in _STOP_EDGE) or (
        c in _MUST_VERBS and text.endswith(_MUST_BEFORE, 0, s))
    return before and (e == len(text) or text[e] in _EDGE_AFTER)


def read_words(text: str, clauses: list[tuple[int, int]], found: list[tuple[int, int, str]],
               out: list[list[Mention]], has: frozenset[str], dropped: set[tuple[int, int]]) -> bool:
    """The mentions of the command words ``found``, added to their clauses; whether one is a complaint. ``has``:
    the characters of intents' scan that the text holds; ``dropped`` gets the spans of the words that ask for
    nothing here (told of, something else), which no later pass may read as a request again."""
    # (the Latin letters of the negations stand in waybill prefixes too: their words are looked for instead)
    may_deny = not has.isdisjoint(_NEGATION_CJK) or (
        not has.isdisjoint(_LATIN_DENIAL_FIRST) and _LATIN_DENIAL.search(text) is not None)
    may_follow = not has.isdisjoint(AFTER_SET)
    k = 0
    complained = False
    for s, e, word_intent in found:
        while clauses[k][1] < e:
            k += 1
        lo, hi = clauses[k]
        mention = _mention(text, s, e, word_intent, lo, hi, out[k], may_deny, may_follow)
        if mention is None:
            dropped.add((s, e))
        else:
            out[k].append(mention)
            complained = complained or mention.intent.rstrip("~≈") == "complaint"
    return complained


def _mention(text: str, s: int, e: int, intent: str, lo: int, hi: int, mine: list[Mention], may_deny: bool,
             may_follow: bool) -> Mention | None:
    """The mention of the command word at ``[s, e)`` of ``text``, in its clause ``[lo, hi)`` after the mentions
    ``mine``, with its polarity; None when the word asks for nothing here."""
    if _something_else(text, s, e, intent, lo):
        return None
    if (told := _told_of(text, s, e, intent, lo) or _ticket_taken_back(text, s, e, intent, lo)) is not None:
        return told
    if intent[-1] == "≈" and e - s == 1 and text[s] in WHOLE_WORDS:
        if _alone(text, s, e) or _denied_alone(text, s, e, lo):
            intent = intent[:-1]  # "YT… 拦", "1拦 2催 3撤", "不用查了": a morpheme standing as a word is the command
        elif text[s] in _ONLY_ALONE and not (text[s] == "截" and s > lo and text[s - 1] in "紧马"):  # "赶紧截": a guess
            return None  # "改成", "查过", "赔得": these say something else inside other words
    base = intent.rstrip("~≈")
    before = _denial_before(text, s, lo, base, mine) if may_deny else None
    if before is not None and _not_denied(text, s, e, lo, base, before):
        before, intent = None, base + "≈"
    negated = _negated(text, s, e, lo, hi, intent, base, before, may_follow)
    if negated and (reported_refusal(text, s if before is None else before.start(), lo) or (
            before is not None and base == "intercept" and destination_denied(text, e, mine, lo))):
        return None
    if (negated and before is None and base == "intercept" and _UNWANTED.match(text, e, hi) is not None
            and not text[max(lo, s - 3) : s].endswith(("要不要", "要不", "是否"))):  # "要不要退回 不要了": no
        negated, intent = False, "intercept≈"  # "退回 不要了": the goods are unwanted; asked to confirm first
    if threatened(text, s, e, base, lo):
        return None  # "要是明天还不到我就投诉了", "客户说要投诉 我给劝住了", "要是再丢了": not asked for now
    mention = Mention(intent, s - lo, e - lo, negated, text[s:e])
    mention.contrast = negated and before is not None and "不是" in before.group()
    return mention


def _told_of(text: str, s: int, e: int, intent: str, lo: int) -> Mention | None:
    """The command word at ``[s, e)`` told of as done, negated and ``done``: the request of an earlier message
    ("上午催的那票 … 已经送到了", "前天拦的怎么还在派送", "上次延误登记之后有人联系吗"), a return that came back
    ("退回来了 收到了", not "不要退回来了"); None otherwise."""
    earlier = asked_before(text, lo, s, e)
    came_back = intent.startswith("intercept") and (_CAME_BACK.match(text, e - 1) is not None or (
        text.startswith("来了", e - 1) and _SENT_BEFORE.search(text, lo, s) is not None
        and _ASKED_TO.search(text, max(lo, s - 6), s) is None))
    if not earlier and not (came_back and _NEGATION_CHARS.search(text, max(lo, s - 4), s) is None
                            and _DO_IT.search(text, max(lo, s - 3), s) is None):
        return None
    told = Mention(intent, s - lo, e - lo, True, text[s:e])
    told.done, told.earlier = True, earlier
    return told


def _ticket_taken_back(text: str, s: int, e: int, intent: str, lo: int) -> Mention | None:
    """"不用投诉 … 撤了吧", "破损那个登记撤了吧": a ticket taken back (a withdrawal), no order cancelled; None for any
    other word."""
    if (intent == "cancel≈" and e - s == 1 and text[s] == "撤" and _TICKET_NAMED.search(text, 0, s) is not None
            and _ASKED_DONE.match(text, e) is None):
        return Mention(WITHDRAW, s - lo, e - lo, True, text[s:e])
    return None


def _denied_alone(text: str, s: int, e: int, lo: int) -> bool:
    """"不用查了", "别改了": a morpheme that says something else inside other words, denied on its own."""
    return (text[s] in _ONLY_ALONE and text.endswith(_DENIALS_OF_ONE, lo, s) and not text.endswith("要不要", lo, s)
            and (e == len(text) or text[e] in _EDGE_AFTER or text[e] == "了"))


def _not_denied(text: str, s: int, e: int, lo: int, base: str, before: re.Match[str]) -> bool:
    """Whether the negation ``before`` the command at ``[s, e)`` leaves it asked, to be confirmed: "撤不撤得到",
    "拦唔拦到" (whether it can be done); "客户不要 退回", "客人死活不要 退回吧" (most often the goods unwanted, the
    reason for the return; it may be the return not wanted, so it is asked first)."""
    if (before.group() == "不" and before.start() > lo and text[before.start() - 1] == text[s]
            and (text.startswith(("到", "得"), e) or _LOOK_WHETHER.search(text, max(lo, s - 8), s) is not None)):
        return True
    if before.group() == "不" and _IF_NOT_THEN.match(text, e) is not None:
        return True  # "不退回明天就坏了", "不拦就来不及了": if not done, then …: it is asked
    if _wavering(text, s, e, lo, before):
        return True  # "拦不拦呢", "拦还是不拦", "该不该拦": undecided, asked first
    if before.group().startswith("没") and _RHETORICAL.match(text, e) is not None:
        return True  # "我没叫你们拦截吗？怎么还在派送": asked back, the command stands
    return (before.group() != "不要" and before.group().rstrip() == "不要" and before.start() > lo
            and (text[before.start() - 1] in _WHO_ENDS
                 or _WHO_STILL.search(text, max(lo, before.start() - 8), before.start()) is not None)
            and base in ("intercept", "cancel"))


def _wavering(text: str, s: int, e: int, lo: int, before: re.Match[str]) -> bool:
    """"拦不拦呢", "该不该拦", "拦截？还是不拦？": the merchant undecided (not "不拦不拦", said twice; nor "还是不拦了",
    decided)."""
    b = before.start()
    if before.group() == "不" and b - 1 > lo and text[b - 1] == text[s]:
        return text[b - 2] not in _DENIAL_CHARS
    m = _WAVERING.search(text, max(lo, s - 4), s)
    if m is None:
        return False
    # (asked after the command said plainly before: "拦截？还是不拦？", not "还是不拦？" alone)
    return m.group(1) is not None or text[lo : m.start()].rstrip().endswith(text[s]) or (
        _WHETHER_AFTER.match(text, e) is not None and text.rfind(text[s], 0, m.start()) >= 0)


def reported_refusal(text: str, at: int, lo: int) -> bool:
    """Whether a denial at ``at`` (its clause starting at ``lo``) is someone else's refusal reported ("网点说雨天不
    赔"), not the merchant taking a request back."""
    return _THEY_SAID.search(text, max(lo, at - 10), at) is not None


def destination_denied(text: str, e: int, mine: list[Mention], lo: int) -> bool:
    """Whether a denied return ending at ``e`` denies where the parcel goes back ("退回我们仓库 别退到网点"), beside
    a return asked in its clause (``mine``, the clause starting at ``lo``) with no other number between, not the
    return."""
    to = _TO_PLACE.match(text, e) if not text.startswith("到", e) else None
    back = _RETURN_PLACED.search(text, max(0, e - 40), e - 1) if to is not None else None
    # (not "退回到仓库吧 哦 不用退仓库去了": the same place, the return itself taken back)
    placed = (text.startswith("到", e) or (to is not None and back is not None and to.group(1) not in back.group())
              or _ORIGIN.match(text, e) is not None)  # ("拦截 我自己去网点拿 不用退回发货地")
    # (not "A 拦截 C 不用退回发货地": another number between, whose own return is refused)
    return placed and any(not x.negated and x.intent.startswith("intercept") and lo + x.end < e
                          and NUMBER_LIKE.search(text, lo + x.end, e) is None for x in mine)



# "拦截退回哈尔滨道外店 别退沈阳去了": the place it would go back to, beside a return to another place (not "不用退
# 仓库去了": the return itself taken back)
_TO_PLACE: Final = re.compile(r"([^\s，,。0-9A-Z了]{2,6}?)去(?:了|啊|啦)?(?=$|[\s，,。!！])")
_RETURN_PLACED: Final = re.compile(r"退(?:回到|回|到)[^\s，,。!！?？0-9A-Z]{2,}")
# where a return goes when nothing else is said: the sender
_ORIGIN: Final = re.compile(
    r"(?:回到|回|到)?(?:发货地|寄件地|发件地|始发地|原寄地|寄件人|发件人|发货人|发货仓|寄件方|发件方)")


def _something_else(text: str, s: int, e: int, intent: str, lo: int) -> bool:
    """Whether the command word at ``[s, e)`` says something else here: a screenshot, a refund, what was done."""
    if (text[s] == "截" and _SNAPSHOT_AFTER.match(text, e) is not None) or (
            text[s] == "撤" and text.startswith(_REFUND_WITHDRAWN, s)):
        return True  # "截一下图", "截个图": a screenshot; "撤回退款": the refund called off
    if intent == "intercept≈" and text[s] == "退" and (
            (text.startswith("退了", s) and _BUYER_DID.search(text, max(lo, s - 6), s) is not None)
            or _BUYER_NOT.search(text, max(lo, s - 8), s) is not None):
        return True  # "买家只退了一单", "那个买家没退": what the buyer did or not (a refund), not a return asked for
    if spoken_of(text, s, e, intent, lo) or feared_or_hurried(text, s, e, intent, lo) or named_thing(text, e, intent):
        return True
    if (text[s] == "催" and s > lo and text[s - 1] == "越") or money_back(text, s, intent, lo) or (
            held_not_returned(text, s, e, intent)):
        return True  # "越催越慢": a saying; money back; "别派了 客户自提": held, not returned
    if (e - s == 1 and text[s] in "改丢" and (
            _NOT_THE_ADDRESS if text[s] == "改" else _LEFT_AT).match(text, e) is not None) or (
            intent.startswith("change_address") and return_address(text, s, lo)):
        # "帮忙改一下备注": something else changed; "快递员把件丢在门口就走": left there, not lost; "拦截 退回地址
        # 改成 …": where the return goes, not the delivery address
        return True
    return told_not_asked(text, s, e, intent, lo)


def return_address(text: str, s: int, lo: int) -> bool:
    """Whether the address change at ``s`` is of where a return goes ("退回地址改成 …"; not "不退回 地址改成 …")."""
    m = _RETURN_ADDRESS.search(text, max(lo, s - 8), s)
    return m is not None and (m.start() == lo or text[m.start() - 1] not in "不别")


_THEY_SAID: Final = re.compile(
    rf"(?:{HANDLERS}|公司|他们|保险|保险公司)(?:那边)?(?:说|讲|称|表示|回复|答复)"
    r"[^，,。\s]{0,5}$")
# (not "不拦就送吧", "不撤单就寄吧", "不拦截就等客户签收": don't, and let it go as it is)
# (not "也别拦": the same again)
NUMBER_DENIED: Final = re.compile(r"\s?[0-9A-Z]{8,}\s?(?:都|就)?\s?(?:不|别|甭|先不)")
_IF_NOT_THEN: Final = re.compile(r"[^，,。\s!！?？]{0,4}?就(?!算|行|好|不|送|派|发|寄|正常|等|直接|让|放)")
_WAVERING: Final = re.compile(r"(?:([\u4e00-\u9fff])不\1|还是不|还是别)\s?$")
_DENIAL_CHARS: Final = frozenset("不别勿莫甭")
_WHETHER_AFTER: Final = re.compile(r"\s?(?:吗|么|嘛|呢|[?？])")
_LOOK_WHETHER: Final = re.compile(r"看|睇|查")  # "看下拦不拦": whether it can be done
_RHETORICAL: Final = re.compile(r"\s?(?:吗|嘛|么|[?？])")
# (at the word's last character: "退回来了 收到了", "拦回来了 我们已经拿到了"; not "拦截 退回来了给我打电话")
_CAME_BACK: Final = re.compile(  # (or asked: "拦下来了没")
    r"(?:来|.来)(?:了(?:[\s，,。!！]*(?:[^，,。\s别不没]{0,8}?(?:收到|拿到|到了|签收)|谢谢|多谢|感谢|谢了)|\s?(?:没|吗|么))|"
    r"的那[个件箱票单]\s?(?:已经)?(?:收到|到了|回来了))")  # ("退回来的那个收到了")
# "上次拦截的那个 … 退回来了", "之前那票退回来了": the parcel of an earlier request has come back
_SENT_BEFORE: Final = re.compile(r"(?:上次|上回|之前|前几天|上周|上礼拜)[^，,。\n]{0,12}的")
# (not "之前发的那票 必须退回来了", "麻烦你们退回来了": asked)
_ASKED_TO: Final = re.compile(r"(?:必须|得|要|一定|麻烦|请|帮|给我)[^\s，,。]{0,3}$")
# "那就截回来了 谢谢", "直接退回来了": asked, its 了 a particle
_DO_IT: Final = re.compile(r"(?:那就|就|直接|赶紧|快点|快|让它|帮我|给我|麻烦|请)\s?$")
_RETURN_ADDRESS: Final = re.compile("(?:" + "|".join(RETURN_ADDRESSES) + r")\s?$")
_NOT_THE_ADDRESS: Final = re.compile(  # "帮忙改一下备注"
    r"(?:一下|下|个)?\s?(?:备注|价格|价钱|尺码|颜色|数量|订单|时间|书名|品名|规格|型号|派送时间|计费重量|重量|快递员|"
    r"签收状态|状态|寄件人|运费|保价|一版|版|稿)")
_LEFT_AT: Final = re.compile(
    r"\s?(?:在|到)\s?(?:家|店|小区|楼)?(?:门口|门外|驿站|快递柜|丰巢|楼下|地上|外面|保安室|传达室|门卫)")


def _denial_before(text: str, s: int, lo: int, base: str, mine: list[Mention]) -> re.Match[str] | None:
    """The negation standing before the command word at ``s``, if one does."""
    # English negations are longer words ("DON'T", "NO NEED TO"): a wider window after Latin letters
    w0 = max(lo, s - (12 if s and text[s - 1 : s].isascii() else 6))  # ("不是让你们退回")
    if _NEGATION_CHARS.search(text, w0, s) is None:  # most commands stand without one
        return None
    # a word that starts with its modal ("要赔") is negated through it ("不需要赔偿")
    s_neg = s + 1 if text.startswith("要", s) else s
    before = _NEGATION_BEFORE.search(text, w0, s_neg)
    if before is not None and mine and _NO_WAIT.fullmatch(text, lo + mine[-1].end, s) is not None:
        return None  # "拦 不 催", "催 不不不 投诉": "no, wait" after a command puts it right
    if before is not None and ((base == "cancel" and before.group().startswith("取消") and text[s] in "不别") or (
            before.group().rstrip() == "NO" and base not in IRREVERSIBLE)):
        # "取消 不发了": two words for one cancel (but "取消撤单" takes the cancel back); "no tracking", "no
        # update": a state, where "no return" takes the return back
        return None
    return before


def _negated(text: str, s: int, e: int, lo: int, hi: int, intent: str, base: str, before: re.Match[str] | None,
             may_follow: bool) -> bool:
    """Whether the command word at ``[s, e)`` is negated: by the negation ``before`` it, as a state denied
    ("没坏"), or by what follows it ("拦截取消"); a denial denied ("不是不拦", "不核实不行") is none. ``base``: the
    intent without its strength mark."""
    negated = False
    if before is not None:
        # "不是不拦截": the denial is denied
        negated = not (before.group().startswith("不") and not before.group().startswith("不是")
                       and DOUBLE.search(text, max(lo, before.start() - 3), before.start()) is not None)
    elif (base in _STATES or base == "complaint") and _NOT_STATE.search(text, max(lo, s - 3), s) is not None:
        negated = True
    # A trailing 取消 repeats a cancel ("不寄了 取消") rather than negating it.
    if not negated and may_follow and _AFTER_CHARS.search(text, e, e + 8) is not None:
        after = _NEGATION_AFTER.match(text, e, min(hi, e + 8))
        if after is not None and intent == "cancel" and ("取消" in after.group() or "不要了" in after.group()):
            after = None  # (a trailing 取消 or 不要了 repeats a cancel or gives its reason)
        elif after is not None and "算了" in after.group() and (
                suggested(text, lo, s) or resigned_to(text, lo, s, e, after.start())
                or NUMBER_DENIED.match(text, after.end()) is not None):
            # "要不退回算了": a suggestion (hedged); "还是催一下算了": the choice made; "都拦 算了 A 不拦": what
            # follows is said of A
            after = None
        # (of an intercept, a cancel or an address change, "等客户定" is a hedge: confirmed, not dropped)
        negated = after is not None and not (base in IRREVERSIBLE and "等" in after.group())
    elif negated and _MUST.match(text, e, min(hi, e + 3)) is not None:
        negated = False  # "不核实不行"
    if base == "weight" and not negated and _WEIGHT_RIGHT.match(text, e) is not None:
        negated = True  # "重量无误", "重量是对的": no check wanted
    return negated
