"""Commands taken back, in the words merchants use for it.

A negation before a one-character verb ("不用催了", "别拦了"); withdrawing words that name no command ("算了",
"不用了", "当我没说"), which become mentions of ``lexicon.WITHDRAW``, and deferrals ("再说"), which take back only
the command they follow; formal withdrawals of a request named as a noun ("此前申请的拦截予以撤回"); 作废 of a
message or of a number given in place of another; a cancel word before a command ("撤销拦截") and a withdrawing
word after one ("投诉撤回"). Each pass looks at the text only when it holds a character the pass needs (``has``).
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from router.parsing.alternation import each
from router.parsing.asides import SUGGESTING, resigned_to
from router.parsing.lexicon import BIE, BUYERS, IRREVERSIBLE, NOTHING, NUMBER_LIKE, SAME, WITHDRAW
from router.parsing.polarity import DOUBLE, NUMBER_DENIED, destination_denied, reported_refusal
from router.parsing.words import Mention

# "不用催了", "别拦了": a negation before a one-character verb that is no command word by itself.
NEGATED_VERB_CHARS: Final = frozenset("不别无")
_NEGATED_VERB: Final = re.compile(
    each(("不用", "不要", BIE, "无需", "不需要", "先别"),
         r"(?:再|也|给(?:我|俺)?)?(拦|截|催|改|退|撤|赔|取消|投(?=了))")
    # "投诉先不投了" (投 alone is 投递 as often); not "你们还不拦", "怎么不催": asked why it is not done
    + r"|不(?<!还不)(?<!怎么不)(?<!咋不)(?<!为啥不)(?<!为什么不)再?(拦|截|催|改|撤|退|赔|取消|投(?=了))了?"
)
_VERB_INTENT: Final = {"拦": "intercept", "截": "intercept", "催": "urge", "改": "change_address", "退": "intercept",
                "撤": "cancel", "赔": "claim", "取消": "cancel", "投": "complaint"}
# A withdrawal that names no command ("算了", "不用了"); "客户不要了" gives a reason, it withdraws nothing, as
# does an event called off ("生日会不办了", "婚礼不办了").
_WITHDRAWAL: Final = re.compile(
    # (not "算了 A 不拦": the number it is said of follows; the words after are what is taken back)
    r"算(?<![多少计合估打核结盘清给]算)了(?!\s?(?:我)?[0-9一二两三四五六七八九十几]+\s?(?:斤|公斤|KG|千克|块|元))"
    "(?!" + NUMBER_DENIED.pattern + ")|不用了|"
    # ("我这边不需要了", "客户不需要了": the goods not needed, the reason for a return)
    r"不需要了(?<!我这边不需要了)(?<!我这里不需要了)(?<!我们不需要了)|不用弄了|不用管了?|别管了?|不用处理了|先不用了|作罢|不办了(?<![会礼宴动式目席]不办了)|除外|不要动|"
    r"先不动|不用动|别动|先别动|不要动|跳过|后面再说|以后再说|回头再说|当我没说|就当没说|当没说|不用理|别理|不用理会|"
    r"不用登记了?|不用登了|不登记了|无需登记|无须登记|不必登记|不用报了(?<=(?:延误|投诉|理赔|破损|丢件|遗失)不用报了)|再说(?<!拦着再说)(?<!截着再说)(?<!扣着再说)(?=$|[\s，,。])|"
    r"不用处理(?=$|[\s，,。])|再单独(?:申请|提|报)|再(?:申请|提|决定|报)(?=$|[\s，,。])|"
    r"不用(?=$|[\s，,。])|不需要(?=$|[\s，,。])|NVM|NEVER ?MIND|"
    # ("forget it", "leave it", "keep it": closing what is said; not "leave it at the door", "keep it safe")
    + each(("FORGET IT", "LEAVE IT", "KEEP IT", "LET IT GO", "LET IT BE"), r"(?=\s*(?:$|[,.!]))") + "|"
    r"LET IT DELIVER|"
    r"NO NEED(?<!SAY NO NEED)(?<!SAYS NO NEED)(?<!SAID NO NEED)|WITHDRAW(?: THAT| THE| THIS)? REQUEST|"
    r"无需处理|无须处理|无需再处理|无需再行处理|暂不处理|暂不需要处理|请勿执行|不予处理|"
    r"先放着|放一放|先放放|先搁着|先缓缓|缓一缓|先缓一缓|再等等|不用麻烦了|没必要了|用不着了|没事了|找着了|找到了|请忽略|忽略掉|"
    r"忽略(?=$|[\s，,。!！])|"
    r"先压一压|压一压|先压着|请暂缓|暂缓执行|暂缓办理|暂缓处理|先暂缓|暂缓(?=$|[\s，,。])|"
    r"不要了(?<!不是不要了)(?<!客户不要了)(?<!顾客不要了)(?<!买家不要了)(?<!对方不要了)(?<![他她说定示想人户]不要了)(?<!那边不要了)(?<!人家不要了)"
    r"(?<![他她说户边] 不要了)"  # ("客户 他说 不要了": words spaced apart)
    r"(?<!户全不要了)(?<!户都不要了)(?<!家全不要了)(?<!家都不要了)"
)
# every withdrawal holds one of them
WITHDRAWAL_SET: Final = frozenset("算不别作除跳后以回先N无暂请W放缓再没用找压忽FLK")
# Words that cancel the command right after them ("撤销拦截", "cancel 拦截") rather than an order.
_CANCELS_NEXT: Final = frozenset({"撤销", "CANCEL", "CANCEL IT", "取消"})
# "投诉撤回", "投诉撤了吧": the complaint is withdrawn, nothing is intercepted or cancelled
_WITHDRAWS_BEFORE: Final = frozenset({"撤回", "撤销", "撤", "取消"})
# Deferrals take back only the command they follow ("先登记破损 理赔等照片发来再说").
_DEFERRALS: Final = frozenset({"再说", "后面再说", "以后再说", "回头再说", "先放着", "放一放", "先搁着", "先缓缓",
                               "先压一压", "压一压", "先压着", "请暂缓", "暂缓执行", "暂缓办理", "暂缓处理", "先暂缓",
                               "暂缓", "再单独申请", "再单独提", "再单独报", "再申请", "再提", "再决定", "再报",
                               "缓一缓",
                               "先缓一缓", "再等等", "先放放"})


def negated_verbs(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """"不用催了", "别拦了": a negated verb that is no command word by itself, as a negated mention."""
    if has.isdisjoint(NEGATED_VERB_CHARS):
        return
    k = 0
    for m in _NEGATED_VERB.finditer(text, clauses[0][0], clauses[-1][1]):
        verb = m.lastindex or 1
        while clauses[k][1] < m.end():
            k += 1
        lo = clauses[k][0]
        mine = out[k]
        at = m.end(verb) - 1 - lo
        if any(x.start <= at < x.end for x in mine) or (
                m.group(verb) == "退" and destination_denied(text, m.end(), mine, lo)) or (
                reported_refusal(text, m.start(), lo)):
            # part of a full command word; "别退到网点": where it goes back denied, not that it does; "网点说雨天
            # 不赔": someone else's refusal reported
            continue
        # "不是不拦": the denial is denied, the verb is asked for
        positive = m.group().startswith("不") and DOUBLE.search(text, max(lo, m.start() - 3), m.start()) is not None
        mine.append(Mention(_VERB_INTENT[m.group(verb)], m.start() - lo, m.end() - lo, not positive, m.group()))
        mine.sort(key=lambda x: x.start)


_OLD_VALUE: Final = re.compile(r"原来的?那?个?(?:电话|号码?|手机|地址)|原先的?(?:电话|号码?|地址)|"
                               r"旧(?:号码?|电话|手机|地址)|"
                               r"原(?:电话|号码|手机号?|地址)|以前的(?:电话|号码?|地址)")


_OLD_MARK: Final = re.compile(r"之前|原来|以前|原先|旧|前面|老")
# a mobile number in any notation right before the withdrawal
_PHONE_BEFORE: Final = re.compile(r"(?<![0-9])(?:\+?86[-\s]?)?1[3-9][0-9](?:[-\s]?[0-9]{4}){2}\s*(?:这个|那个)?\s*$")


# a day to come, before a deferral: "明天再说", "过两天再说"
_PUT_OFF: Final = re.compile(r"事|等")  # "撤单这事明天再说", "撤单 等明天再说": the decision put off
_LATER_DAY: Final = re.compile(r"(?:明天|明早|后天|改天|过两天|过几天|下次|下周|下礼拜|下星期|下个?月|年后|节后)\s*$")
_NOT_YET: Final = re.compile(r"(?:还不到|还没到|不到|没到|不行|没用|还不行)\s*$")


def withdrawals(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """"算了", "不用了": withdrawing words that name no command (``WITHDRAW``); a deferral after a command ("理赔等
    照片发来再说") takes back that command only."""
    if has.isdisjoint(WITHDRAWAL_SET) or not _WITHDRAWAL.search(text, clauses[0][0], clauses[-1][1]):
        return
    k = 0
    for m in _WITHDRAWAL.finditer(text, clauses[0][0], clauses[-1][1]):
        while clauses[k][1] < m.end():
            k += 1
        lo = clauses[k][0]
        mine = out[k]
        s, e = m.start() - lo, m.end() - lo
        if _inside_word(mine, s, e) or _takes_nothing_back(text, m, lo, mine, s):
            continue
        if m.group() in _DEFERRALS and (first := _done_first(text, out[: k + 1], clauses[: k + 1], s)) is not None:
            # "先拦下来再说": done for now, the rest to be decided: an irreversible one is asked first
            first.held = first.intent.rstrip("~≈") in IRREVERSIBLE
            continue
        if (held := _held(text, m, out[: k + 1], clauses[: k + 1], s)) is not None:
            # "先拦着？我问问买家再说", "请拦截 A，患者说不需要了": undecided, not taken back: the merchant is asked
            held.held = True
            continue
        if m.group() in _DEFERRALS and _deferred(text, m, lo, mine, s):
            continue
        mine.append(Mention(WITHDRAW, s, e, True, m.group()))
        mine.sort(key=lambda x: x.start)


def _done_first(text: str, upto: list[list[Mention]], spans: list[tuple[int, int]], s: int) -> Mention | None:
    """The last command before a deferral (at ``s`` of the last clause of ``upto``) when it is to be done first
    ("先拦下来再说", "先拦吧 不行明天再说"): what is put off is what comes after it, not the command; None when
    not."""
    last = len(upto) - 1
    before = [(spans[j][0], x) for j, mine in enumerate(upto) for x in mine
              if not x.negated and (j < last or x.end <= s) and x.intent not in (WITHDRAW, NOTHING, SAME)]
    if not before:
        return None
    lo, x = before[-1]
    # (not "先不发了": a word that denies; not "A 先催 B 等明天再说": another number, put off)
    first = (_FIRST.search(text, max(lo, lo + x.start - 4), lo + x.start) is not None and x.word[:1] not in "不别没"
             and NUMBER_LIKE.search(text, lo + x.end, spans[last][0] + s) is None)
    return x if first else None


# "先拦下来", "先帮我拦一下": done first (not "核实签收先 理赔…": 先 after what is done first)
_FIRST: Final = re.compile(r"先(?:帮我|帮忙|给我|帮)?$")


def _deferred(text: str, m: re.Match[str], lo: int, mine: list[Mention], s: int) -> bool:
    """A deferral ("再说", "先放着") read against the commands of its clause ``mine`` (it stands at ``s``): whether
    it is done with (a command put off, or nothing to take back); else it takes back what the message asked."""
    if _IF_CHANGED.search(text, max(lo, m.start() - 8), m.start()) is not None:
        return True  # "催一下 有情况我再说": if something comes up, they will say; nothing taken back
    earlier = [x for x in mine if x.end <= s and not x.negated and x.intent not in (WITHDRAW, NOTHING)]
    if len(earlier) > 1 and text.endswith("等", lo, lo + earlier[-1].start):
        mine.remove(earlier.pop())  # "仲裁等理赔结果出来再说": what is waited for is no request
    if earlier and earlier[-1].intent.rstrip("~≈") == "cancel" and _LATER_DAY.search(
            text, max(lo, m.start() - 5), m.start()) is not None and _PUT_OFF.search(
            text, lo + earlier[-1].end, m.start()) is None:
        return True  # "取消寄件 明天再说": the sending waits, which is what a cancel is
    if earlier:  # "理赔等客户把照片发来再说": only that command waits
        earlier[-1].negated = True
        return True
    return False


def _inside_word(mine: list[Mention], s: int, e: int) -> bool:
    """Whether a withdrawal at ``[s, e)`` of its clause is inside a command word ("不要了" of a longer one); a
    delay it covers is dropped instead ("先不动": leave it, not "it does not move")."""
    inside = [x for x in mine if x.start < e and s < x.end]
    if inside and all(x.intent.rstrip("~≈") == "delay" and s <= x.start and x.end <= e for x in inside):
        for x in inside:
            mine.remove(x)
        return False
    return bool(inside)


_SUGGESTED: Final = re.compile(  # (a command between: not "要不还是算了")
    "(?:" + "|".join(SUGGESTING) + r")(?:直接|就)?[^，,。\s]{0,4}[拦截退撤改催寄发赔][^，,。\s]{0,3}\s?$")


def _takes_nothing_back(text: str, m: re.Match[str], lo: int, mine: list[Mention], s: int) -> bool:
    """Withdrawing words that take back no request where they stand."""
    e = m.end() - lo
    if any(x.negated and (0 <= s - x.end <= 2 or 0 <= x.start - e <= 1) for x in mine):
        return True  # "理赔后面再说", "不用登记延误": it takes back the command beside it, already negated
    if _OLD_VALUE.search(text, max(lo, m.start() - 24), m.start()) is not None or (
            (phone := _PHONE_BEFORE.search(text, max(lo, m.start() - 24), m.start())) is not None
            and _OLD_MARK.search(text, max(lo, phone.start() - 6), phone.start()) is not None):
        # "原来那个电话 不用了", "之前那个151-8523-2856不用了": the old phone or address is given up, not the request
        return True
    if (m.group() in ("不用了", "不要了") and _WAYBILL_UNNEEDED.search(text, max(lo, m.start() - 6), m.start())
            and any(not x.negated and x.intent.startswith("cancel") for x in mine)):
        return True  # "这个单号不用了 取消掉": the waybill is not needed, the reason for the cancel beside it
    if m.group() in _LATER_WORDS and _WAITING.search(text, max(lo, m.start() - 16), m.start()) is None:
        return True  # "被驳回了 再申请": again, not later
    if (m.group() == "不要了" and (any(not x.negated for x in mine) or _buyer_said(text, m.start()))) or (
            m.group() == "算了" and (_SUGGESTED.search(text, max(lo, m.start() - 10), m.start()) is not None or any(
                not x.negated and resigned_to(text, lo, lo + x.start, lo + x.end, m.start()) for x in mine))):
        # "不要了 撤单", "退回一下，买家说鞋码拍错了不要了": the reason for a command, not a withdrawal; "要不退回算了":
        # a suggestion (hedged); "还是催一下算了": the command settled for
        return True
    # "退回来我再说": once it is back; "先催一下看看 还不到再说": what to do later, if it comes to that
    return m.group() in _DEFERRALS and (_BACK_FIRST.search(text, max(lo, m.start() - 6), m.start()) is not None
                                        or _NOT_YET.search(text, max(lo, m.start() - 4), m.start()) is not None)


def _held(text: str, m: re.Match[str], upto: list[list[Mention]], spans: list[tuple[int, int]],
          s: int) -> Mention | None:
    """The irreversible command a withdrawing word leaves undecided (to be confirmed) rather than takes back, if
    there is one: a deferral after asking someone ("先拦着？我问问买家再说"), or the buyer's "不需要了" after a
    return or a cancel (the goods not needed, or the return: "请拦截 A，患者说不需要了"; but "客户说在家能收，不需要
    了" takes it back). ``upto``: the mentions of the clauses up to the word's, where it stands at ``s``."""
    word, at = m.group(), m.start()
    if word in _DEFERRALS:
        if (_ASK_FIRST.search(text, max(0, at - 12), at) is None
                and _IF_CHANGED.search(text, max(0, at - 8), at) is None):
            return None  # nobody to ask first and nothing said that may change: the deferral takes back
        kinds = IRREVERSIBLE  # ("先拦吧，有变化我再说", "撤单 有需要再说": the decision may change: asked)
    elif word == "不需要了" and (_buyer_said(text, at) or _BUYER_NOW.search(text, max(0, at - 8), at)):
        if _CAN_RECEIVE.search(text, max(0, at - 16), min(len(text), m.end() + 16)) is not None:
            return None
        kinds = frozenset({"intercept", "cancel"})
    else:
        return None
    last = len(upto) - 1
    held = [(spans[j][0] + x.end, x) for j, mine in enumerate(upto) for x in mine
            if not x.negated and (j < last or x.end <= s) and x.intent not in (WITHDRAW, NOTHING, SAME)]
    if not held or held[-1][1].intent.rstrip("~≈") not in kinds or _PUT_OFF_THING.match(text, held[-1][0]):
        return None  # ("B 改地址的事 我商量一下再说": the matter put off)
    return held[-1][1]


_PUT_OFF_THING: Final = re.compile(r"的事|这事|那事")


_IF_CHANGED: Final = re.compile(r"有(?:变化|变动|调整|问题|情况|消息|需要)[^\s，,。]{0,3}$")
_BACK_FIRST: Final = re.compile(r"(?:回来|回去|回仓)了?\s*(?:我|我们)?\s*$")
_ASK_FIRST: Final = re.compile(r"(?:问问|问一下|问下|商量|确认一下|确认下)[^\s，,。!！?？]{0,6}\s*$")  # (and whom)


_WAYBILL_UNNEEDED: Final = re.compile(r"(?:单号|面单|单子|运单|这单|这个单)(?:就|也)?\s?$")
# "理赔下周等发票出了再申请": later, once something has come; without it "再申请" is "again"
_LATER_WORDS: Final = frozenset({"再申请", "再提", "再决定", "再报"})
_WAITING: Final = re.compile(r"等|以后|之后|回头|下周|下礼拜|下星期|明天|后天|过两天|过几天|到了|出来|齐了")


# whose words "不要了" may be, said a little before it on its line ("买家说鞋码拍错了不要了"), unless something was
# wanted in between ("客户说还要，那就不要了": the merchant's conclusion)
# ("客户临时不要了", "买家突然又不要了": the buyer changed their mind, the reason for the merchant's request)
_BUYER_BEFORE: Final = re.compile(rf"(?:{BUYERS})(?:临时|突然|忽然|现在|又|也|都|那边|他|她){{1,3}}$")
_BUYER_SAID: Final = re.compile(
    rf"(?:{BUYERS}|BUYER|CUSTOMER)\s*(?:刚刚|刚|又|也|都|他|她|那边)?\s*(?:说|讲|反馈|表示|确认)"
    r"(?:(?!还要|又要|也要|还是要|要了)[^\n]){0,24}$")


# "客户又改主意了不要了": the buyer's mind changed, then what they no longer want
_BUYER_CHANGED: Final = re.compile(rf"(?:{BUYERS})[^\s，,。]{{0,4}}(?:改主意|反悔|变卦|变主意)了?\s?$")
# "一个客户下的两单，伊讲全部不要了": the buyer named a little before, then "he said"
_THEY_SAID: Final = re.compile(r"(?:他|她|伊|对方|人家)(?:又|也|都)?(?:说|讲)[^\n，,。]{0,4}$")
_BUYER: Final = re.compile(BUYERS)
# "客户说在家能收，不需要了": the parcel can be delivered after all, the return is not needed
_CAN_RECEIVE: Final = re.compile(r"能收|可以收|收得到|能签|在家|方便收|有人收|自己去|自己拿|去拿|去取")
# the buyer, right before "不需要了" ("对方已经不需要了", "患者现在不需要了"): the goods not needed
_BUYER_NOW: Final = re.compile(
    rf"(?:{BUYERS}|人家)(?:那边)?(?:已经|现在|也|都|又)*$")


def _buyer_said(text: str, at: int) -> bool:
    """Whether the buyer is the one who says or wants what stands at ``at`` ("客户说 …", "客户临时不要了", "客户又
    改主意了不要了", "一个客户下的两单，伊讲全部不要了")."""
    if (_BUYER_SAID.search(text, max(0, at - 30), at) is not None
            or _BUYER_BEFORE.search(text, max(0, at - 10), at) is not None
            or _BUYER_CHANGED.search(text, max(0, at - 14), at) is not None):
        return True
    they = _THEY_SAID.search(text, max(0, at - 8), at)
    return they is not None and _BUYER.search(text, max(0, they.start() - 20), they.start()) is not None


# "此前申请的拦截予以撤回", "撤回此前提交的 YT… 拦截申请": a request (a noun here) withdrawn in so many words.
_WITHDRAW_WORDS: Final = frozenset({"撤回", "撤销", "取消", "作废"})
_WITHDRAWN_AFTER: Final = re.compile(
    # ("核重那条撤回": the message that asked it; "撤单的取消")
    r"(?:申请|指令|请求|登记|工单|报备|事宜|的|(?:的|那|这)条(?:消息|信息)?)?(?:已|均|都|全部|一并|请|予以|请予以|现予|现予以|现|现在)*")
_GRANTED: Final = re.compile(r"(?:予以|现予|予|一并|全部|均|申请)$")
_REQUEST_NOUN: Final = re.compile(r"申请|指令|请求|登记|工单|诉求")
_WITHDRAWN_BEFORE: Final = re.compile(
    r"(?:我方|我们|我司|本公司|贵司)?[^，。,\n]{0,28}?(?:提交|申请|发起|登记|提出)?的?")
# "撤回刚才的拦截": a command pointed back to is a request named as a noun, without 申请 after it
_EARLIER_ONE: Final = re.compile(r"(?:我|我们)?(?:刚才|刚刚|之前|前面|上面|早上|上午|下午|昨天|此前|先前)"
                                 r"(?:说|发|提|报|申请|提交)?的(?:那个|那条|那单|那票|这个)?")


def formal_withdrawals(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]],
                       has: frozenset[str]) -> None:
    """"此前申请的拦截予以撤回", "撤回此前提交的 YT… 拦截申请": the request named beside a withdrawing word is taken
    back, and the word is no command of its own."""
    if not ("撤" in has or "销" in has or "取" in has or "废" in has):
        return
    for (lo, _), mine in zip(clauses, out, strict=True):
        for w in [x for x in mine if x.word in _WITHDRAW_WORDS]:
            others = [a for a in mine if a is not w and not a.negated and a.intent not in (WITHDRAW, NOTHING, SAME)]
            before = [a for a in others
                      if a.end <= w.start and _WITHDRAWN_AFTER.fullmatch(text, lo + a.end, lo + w.start)
                      and (w.start > a.end or w.word == "作废" or a.intent.rstrip("~≈") == w.intent.rstrip("~≈"))]
            after = [a for a in others if w.end <= a.start and (
                (_REQUEST_NOUN.match(text, lo + a.end) and _WITHDRAWN_BEFORE.fullmatch(text, lo + w.end, lo + a.start))
                or _EARLIER_ONE.fullmatch(text, lo + w.end, lo + a.start))]
            hit = before[-1:] or after[:1]
            if hit and all(not (x.start < w.start < x.end) for x in mine if x is not w):
                hit[0].negated = True
                mine.remove(w)
            elif not hit and w.word in ("撤回", "撤销") and _GRANTED.search(
                    text, max(lo, lo + w.start - 3), lo + w.start):
                w.intent, w.negated = WITHDRAW, True  # "…，现予以撤回": the request named before, withdrawn


# 作废 of an order is a cancel; of a message ("刚才那条作废") it takes the message back, and of a number given
# in place of another ("A 作废 用这个 B") it says the number was wrong: nothing is asked for A.
_VOIDED_MESSAGE: Final = re.compile(
    r"(?:条|刚才|刚刚|上面|之前|前面|上一|此前|上述|以上|申请|指令|消息|信息|讯息|说的|讲的|发的)[^0-9A-Z]{0,4}$")
_VOIDED_NUMBER: Final = re.compile(r"\s*(?:[,，]\s*)?(?:用这个|用这|用|以|换成|换|改用|正确的|应该是|应为|是)")


def voided(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """作废 said of a message or of a wrong number, not of an order."""
    if "废" not in has or "作废" not in text:
        return
    for (lo, _), mine in zip(clauses, out, strict=True):
        for x in mine:
            if x.word != "作废" or x.negated:
                continue
            if _VOIDED_MESSAGE.search(text, lo, lo + x.start) is not None:
                x.intent, x.negated = WITHDRAW, True
            elif _VOIDED_NUMBER.match(text, lo + x.end) is not None:
                x.intent, x.negated = NOTHING, True


# "客户取消了 拦截退回": the cancel told as done, set apart from the command (but "取消了拦截" takes it back)
_TOLD_DONE: Final = re.compile(r"了[\s，,。]")


def cancel_before_command(mine: list[Mention], text: str, lo: int) -> None:
    """"撤销拦截", "cancel 拦截": a cancel word right before another command takes that command back (not one
    told as done and set apart: "客户取消了 拦截退回" gives the reason for the intercept). ``lo``: where the clause
    starts."""
    drop = []
    for a, b in itertools.pairwise(mine):
        if a.word in _CANCELS_NEXT and b.intent != "cancel" and b.intent[-1] != "~" and b.start - a.end <= (
                6 if a.word.isascii() else 2) and not a.negated and _TOLD_DONE.match(text, lo + a.end) is None:
            b.negated = True
            drop.append(a)
    for a in drop:
        mine.remove(a)


def withdrawn_after_command(mine: list[Mention]) -> None:
    """"投诉撤回", "拦截撤销": a withdrawing word right after a command takes that command back."""
    drop = []
    for a, b in itertools.pairwise(mine):
        if b.word in _WITHDRAWS_BEFORE and 0 <= b.start - a.end <= (
                1 if a.intent.rstrip("~≈") != b.intent.rstrip("~≈") else 0):  # "拦截撤回": glued, even the same
            a.negated = True
            drop.append(b)
    for b in drop:
        mine.remove(b)

