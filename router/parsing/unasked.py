"""Command words that ask for nothing now, though they name a command.

A command reported as done ("拦过了", "已受理", "上次 YT… 拦截了") or a message only passed on for information
("此处仅作同步"); a supposition, a time or a question for someone else ("不拦截的话…", "退回来后…", "问下客户要不要
赔"); the customer's reason for a request ("拦截退回，客户已取消订单"); what a complaint is about ("对快递员私自改派
一事进行投诉"). A report is negated and marked ``done`` (neither asked for nor taken back); the others are dropped.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.alternation import each
from router.parsing.earlier import RECALLED_CHARS, recalled
from router.parsing.later import asked_now, later, not_yet
from router.parsing.lexicon import BUYERS, NOTHING, SAME, SYMPTOMS, WITHDRAW
from router.parsing.words import Mention

_INFORMATION_CHARS: Final = frozenset("仅转特备系工无")  # one of them stands in every _FOR_INFORMATION
_DONE_AFTER_CHARS: Final = frozenset("过遍次功已款提金")  # and in every _DONE_AFTER
_DONE_BEFORE_CHARS: Final = frozenset("已过显上之以擅私自怎咋办做弄")  # and in every _DONE_BEFORE
# and in every _BUYER_DID (_BUYER_DID_EN: "ORDER" in the text)
_BUYER_CHARS: Final = frozenset(w[0] for w in BUYERS.split("|"))
REPORT_SET: Final = (_INFORMATION_CHARS | _DONE_AFTER_CHARS | _DONE_BEFORE_CHARS | _BUYER_CHARS | RECALLED_CHARS
                     | {"被"})  # what reports looks for
# "拦过了", "已经投诉", "撤单成功了", "催了一遍": a command done already, reported; nothing is asked.
_DONE_AFTER: Final = re.compile(
    r"了?过(?!来|去|期|于|重|多|程)|了一遍|了一次|成功(?![吗没么不?？]|了[吗没么?？])|已经?(?:走|办|弄|做)过|"
    r"提交了(?![吗没么])|"
    # "理赔我已经在系统提交了": the merchant did it themself
    r"\s?(?:我|我们)(?:已经|已)在?[^，,。\s]{0,6}?(?:提交|申请|登记|办理|操作|点)了(?![吗没么])|"
    r"(?:申请|事宜|工单)?(?:已受理|已成功|处理成功|提交成功|已提交|已申请|已办理|已完成|已结案|已生效|已通过|已有回复|已回复)|"
    r"(?:款|款项|金)(?:[^，。\n]{0,12})?已?(?:到账|收到|打款)|"
    r"(?:的钱)?已经?(?:到账|赔了|赔付了|打款)")  # ("理赔已经到账了", "理赔的钱已到账")
# "return success, I receive": done, told in English (looked for only where SUCCESS stands)
_SUCCESS_AFTER: Final = re.compile(r"\s?SUCCESS(?:FUL)?(?=\s*(?:$|[,.!，。]|THANK|I\b|WE\b))")
_DONE_BEFORE: Final = re.compile(
    r"(?:已(?<!订单已)(?<!单子已)(?:经|于[^\s，,。]{0,10}?)?(?:帮你|给你|帮您|帮我|在[^\s，,。]{0,6}|申请|提交|办理|登记|发起|发)?|"
    r"系统显示(?:已经?)?|显示(?:已经?)?|申请过|提交过|登记过|办理过|"
    # "小刘办过改址了", "柜台办了拦截", "我刚办了拦截": done by someone; but "帮我办了拦截吧", "麻烦办了拦截",
    # "赶紧办了拦截" ask for it (办了 is a report only after a place, a time or a doer)
    r"办(?<![帮给替我请]办)过|做(?<![帮给替我请]做)过|弄(?<![帮给替我请]弄)过|"
    r"自己[^\s，,。]{0,8}?[办做弄点]了|柜台[^\s，,。]{0,4}?[办做弄]了|网点[^\s，,。]{0,4}?[办做弄]了|"
    r"刚才?[办做弄]了|已经[办做弄]了|我(?<![帮给替请]我)(?:已经|刚才?|自己)?[办做弄]了|"
    r"上次|上回|上一次|之前那次|以前|擅自|私自|自作主张|"
    + each(("怎么", "咋"), r"(?:(?:还|又|就)?(?:给|被)|又|还)(?:我|俺)?")
    + ")$")
# "上次 YT… 拦截了": the same, with the number between
_DONE_BEFORE_NUMBER: Final = re.compile(r"(?:上次|上回|上一次|之前)\s*[0-9A-Z]{8,20}\s*$")
# "被拦截了", "被退回了": done to the parcel, not asked (but "被摔坏了", "被别人签收了" are its state).
_PASSIVE: Final = re.compile(r"(?<![要会])被$")
_ACTIONS: Final = frozenset({"intercept", "cancel", "change_address", "urge"})
# The message only passes something on: every command in it is a report ("此处仅作同步，无需重复处理").
_FOR_INFORMATION: Final = re.compile(r"仅作同步|仅作备案|仅供备案|仅作告知|仅供参考|转发备查|特此告知|无需重复|"
                                     r"此处仅作|备查|"
                                     r"以上为系统推送|系统通知|工单通知")


# A symptom is a state ("已经延误了" is the delay itself), but one reported to someone is a report: "登记过破损了".
_REGISTERED_BEFORE: Final = re.compile(r"(?:登记|上报|报备|报|申请|提交|办)过$")
_AGAIN: Final = re.compile(r"再|重新|还要|还得")
# Firm words of actions (not symptoms, which are states: "已经延误了"; not morphemes: "已退" is a refund).
_DONE_INTENTS: Final = frozenset({"intercept", "cancel", "change_address", "urge", "track", "verify_delivery", "weight",
                           "complaint", "claim", "arbitration"})
# Who did it, when not the merchant or us: "客户已经投诉了" is a complaint to record, not a report.
_SOMEONE_ELSE: Final = re.compile(rf"{BUYERS}|人家|他们|她|他")


# "买家撤回了", "客户自己取消了": what the buyer did (withdrew an order, a refund), told; the merchant asks nothing.
# (also where: "客户在淘宝撤单了", "买家刚刚在app里取消了")
_BUYER_DID: Final = re.compile(
    rf"(?:{BUYERS})(?:自己|已经|已|刚刚?|那边|也)*(?:在[^\s，,。]{{1,6}}?(?:上|里|那边)?)?$")
# (not "客户取消了拦截": the intercept taken back; "客户撤单了呀" with its particle is told all the same)
_DONE_NOW: Final = re.compile(r"了[呀啊哈呢啦呗哦喔]?(?=$|[\s，,。!！~])")
# (not an address: "客户换地址了 改成 …" passes the buyer's new address on, for the parcel to follow)
_BUYER_CAN: Final = frozenset({"intercept", "cancel"})


def reports(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """Commands reported done, or passed on for information: negated and ``done``. ``has``: which of the
    characters of intents' scan the text holds (each pattern below needs one of its characters)."""
    english = "ORDER" in text or "CANCEL" in text  # ("customer cancel order": what the buyer did, in English)
    success = "SUCCESS" in text  # ("return success, I receive": done, told in English)
    if has.isdisjoint(REPORT_SET) and not english and not success:
        return
    passed_on = not has.isdisjoint(_INFORMATION_CHARS) and _FOR_INFORMATION.search(text) is not None
    after = not has.isdisjoint(_DONE_AFTER_CHARS)
    earlier = "上次" in text or "上回" in text or "之前" in text
    recalling = not has.isdisjoint(RECALLED_CHARS)
    before = not has.isdisjoint(_DONE_BEFORE_CHARS)
    buyer = english or not has.isdisjoint(_BUYER_CHARS)
    for (lo, hi), mine in zip(clauses, out, strict=True):
        if buyer:  # (the buyer's own doing is the reason for a word, or for none: neither asked nor taken back)
            mine[:] = [x for x in mine if not _buyer_did(text, lo, x)]
            _buyer_cancelled(text, lo, mine)
        for x in mine:
            if (before and not x.negated and x.intent in SYMPTOMS
                    and _REGISTERED_BEFORE.search(text, max(lo, lo + x.start - 4), lo + x.start) is not None
                    and _AGAIN.search(text, lo + x.end, hi) is None):  # "登记过破损了 再登记一下" asks again
                x.negated = x.done = True
                continue
            if x.negated or x.intent.rstrip("~≈") not in _DONE_INTENTS:
                continue
            if passed_on:
                x.negated = x.done = True
                continue
            # "客户讲被退回了": done to the parcel, whoever tells it
            passive = x.intent in _ACTIONS and _PASSIVE.search(text, max(lo, lo + x.start - 3), lo + x.start)
            if passive or (((after and _DONE_AFTER.match(text, lo + x.end) is not None) or (
                    success and _SUCCESS_AFTER.match(text, lo + x.end) is not None) or (
                    before and x.intent[-1] != "≈" and not text.startswith("签", lo + x.start)  # "已签收但没收到"
                    and x.intent != "verify_delivery"  # "显示驿站已签收": the symptom itself
                    and (_done_before(text, max(lo, lo + x.start - 12), lo + x.start, x.intent) or (
                        earlier and _DONE_BEFORE_NUMBER.search(text, max(lo, lo + x.start - 28), lo + x.start)
                        is not None))) or (
                    recalling and text.startswith("了", lo + x.end)
                    and recalled(text, lo, lo + x.start))) and (
                    _SOMEONE_ELSE.search(text, max(lo, lo + x.start - 8), lo + x.start) is None)):
                x.negated = x.done = True
        _settled_by_claim(mine)


def _settled_by_claim(mine: list[Mention]) -> None:
    """"遗失 理赔已申请", "之前丢了 已经赔完了": a loss or damage whose claim is told as made is told of, not
    reported anew."""
    claimed = [x.start for x in mine if x.done and x.intent.rstrip("~≈") == "claim"]
    if claimed:
        for x in mine:
            if not x.negated and x.intent.rstrip("~≈") in SYMPTOMS and x.start < claimed[-1]:
                x.negated = x.done = True


def _buyer_did(text: str, lo: int, x: Mention) -> bool:
    if x.negated or x.intent.rstrip("~≈") not in _BUYER_CAN:
        return False
    if "ORDER" in x.word and _BUYER_DID_EN.search(text, max(lo, lo + x.start - 24), lo + x.start) is not None:
        return True  # "customer cancel order", "buyer cancel the order on Shopee already": what the buyer did
    return (_DONE_NOW.match(text, lo + x.end) is not None
            and _BUYER_DID.search(text, max(lo, lo + x.start - 16), lo + x.start) is not None)


_BUYER_DID_EN: Final = re.compile(r"(?:CUSTOMER|BUYER|CLIENT)S?\s+(?:ALREADY\s+|HAS\s+|HAD\s+|JUST\s+)*$")
_SAID_ALONE: Final = re.compile(r"\s*(?:$|[,，。.!！;；\n])")  # (the word ends what is said)


def _buyer_cancelled(text: str, lo: int, mine: list[Mention]) -> None:
    """"A customer cancel": what the buyer did, or the merchant's cancel said short; a guess, confirmed first (and
    never the next line's command for A)."""
    for x in mine:
        if (x.word == "CANCEL" and not x.negated and _SAID_ALONE.match(text, lo + x.end) is not None
                and _BUYER_DID_EN.search(text, max(lo, lo + x.start - 24), lo + x.start) is not None):
            x.intent = "cancel≈"


_SHOWN_STATES: Final = SYMPTOMS | {"weight"}


def _done_before(text: str, lo: int, at: int, intent: str) -> bool:
    """Words before a command at ``at`` that report it done; "显示超重" (the bill shows a weight) is the state it
    is in, reported only of an action ("显示已拦截", "显示改派")."""
    m = _DONE_BEFORE.search(text, lo, at)
    if m is None:
        return False
    return not (m.group().startswith(("显示", "系统显示")) and "已" not in m.group()
                and intent.rstrip("~≈") in _SHOWN_STATES)


# "不拦截的话客户就要闹了", "客户要赔的话我再找你": a supposition; "退回来后帮忙核一下重量": a time; "问下客户
#要不要赔": a question for someone else. None of them is asked for (or taken back) now.
# One of them stands in every word not_asked reads (a cheap look before its patterns).
NOT_ASKED_CHARS: Final = frozenset("话时否后")
_NOT_ASKED_WORDS: Final = re.compile(
    "要不要|需不需要|的件|的那个件|的这个件|的这件|的那件|的这票|的那票|的包裹|的单子|途中|权利|路上|谁|哪|情况|咋样|怎么样|"
    "结果|赔的钱|款|赔偿金|就|会|再|别|小心|到了|回来|没到|步|也要|也得|只能|只好|不要又|不要再|上回|上次|上一次|原来")
_SUPPOSED_AFTER: Final = re.compile(
    # ("退回来的这个件": the parcel sent back, named; not "要拦截的那票是 …")
    r"\s*(?:的件|的包裹|的那个件|(?<=[来去])的这个件|(?<=[来去])的[这那][件票]|的单子|的话|的时候|途中|的路上|(?:的)?权利|之后(?=\s*(?:反而|又|还是|却|才))|(?:之|以)?后(?=\s*[0-9一二两三四五六七八九十几]+\s*(?:天|日|小时|周)))")
# "不拦就给差评", "不拦我就亏了": what follows if it is not done, a supposition, neither asked nor taken back
_THEN: Final = re.compile(  # (matched where a command ends)
    r"\s?(?:的话)?\s?(?:我|我们|他|她|客户|买家|人家|对方)?(?:就|就要|会)\s?(?:给|亏|完了|麻烦|闹|差评|投诉|退款|退货|找)")
# "拦截的那票 到哪了": the parcel of an earlier command asked after (not "要拦截的那票…", nor where the command
# is said again: "退回的那票 在哪 赶紧退")
_PARCEL_ASKED_AFTER: Final = re.compile(
    r"的[这那]?(?:个件|个|件|票|单)\s*(?:现在|目前)?\s*(?:到哪|在哪|什么情况|啥情况|咋样|怎么样|有结果|有没有结果)")
# "拦截退回的那个件 … 到哪了", "改地址那个 YT… 到哪了", "是退回件 现在到哪了", "改址以后到哪了": the parcel of an
# earlier command named, and where it is asked, further on (or told: "拦截的那个 YT… 退回来了")
_PARCEL_NAMED: Final = re.compile(r"(?:的\s?)?(?:[这那]个(?:件|单|包裹)?|[这那][单票件]|件|以后|之后)")
_WHERE_ASKED: Final = re.compile(r"到哪|在哪|到了没|到了吗|回来没|回来了|到没到|什么情况|啥情况")
_WANTED_BEFORE: Final = ("要", "需要", "想", "得")
# "这个退回找谁", "这个找谁退", "哪个是拦截的": whom to ask, which one it was; asked about, not asked for
_WHO_AFTER: Final = re.compile(r"\s*(?:找谁|问谁|跟谁说|找哪)(?![^，,。\s]{0,4}都)")  # ("找谁都行": anyone)
_WHO_WHICH_BEFORE: Final = re.compile(r"(?:(?:找|跟|问|向|和)谁(?:去|来)?|哪(?:一?个|单|票|件|些|几个)是(?:要)?)$")
# "理赔的钱什么时候到", "赔款到了吗": when money comes, not where the parcel is
_MONEY_BEFORE: Final = re.compile(r"(?:赔的钱|赔款|赔偿款|赔付款|理赔款|赔偿金|退款)(?:已经|还|都)?\s*$")
# "别再整丢了", "别又像上回那样丢了", "小心别压坏了": a warning, not what happened
_WARNED: Final = re.compile(
    r"(?:别|不要|千万别)(?:再|又)[^，,。\s]{0,7}?(?<![又都])$|小心(?:点|些)?(?:别|不要)?[^，,。\s]{0,4}?$")
# "上回那个丢了 这回别再整丢了": what happened to another parcel, another time
_ANOTHER_TIME: Final = re.compile(r"(?:上回|上次|上一次|原来)(?:那个|那单|那件|那票|的那个)$")
_WHETHER_TO: Final = r"要不要(?<!爱要不要)|需不需要|是否要"  # ("爱要不要": take it or leave it, a saying)
_ASKED_WHETHER: Final = re.compile(rf"(?:{_WHETHER_TO}|是否)\s*$")
_WHETHER_ONLY: Final = frozenset({"claim", "complaint", "arbitration", "damaged", "lost", "delay", "weight", "urge"})
# Of a state, "是否丢了" is the merchant's diagnosis, as "是不是丢了" is; "是否要登记破损" still only asks.
_ASKED_WHETHER_TO: Final = re.compile(rf"(?:{_WHETHER_TO})\s*$")


def not_asked(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """Commands supposed, or asked of someone else, or asked about ("这个退回找谁", "哪个是拦截的"): dropped."""
    if not any(out) or (has.isdisjoint(NOT_ASKED_CHARS) and _NOT_ASKED_WORDS.search(text) is None):
        return
    earlier: list[Mention] = []  # the requests said plainly before, in this clause and those before it
    for (lo, _), mine in zip(clauses, out, strict=True):
        for x in mine:  # "再不拦就签收了": asked now, lest it happen; asked first, being said by its negation
            if x.negated and text.endswith("再不", lo, lo + x.start) and text.startswith(("就", " 就"), lo + x.end):
                x.negated, x.held = False, True
        mine[:] = [x for x in mine if not (
            _SUPPOSED_AFTER.match(text, lo + x.end) is not None
            or _asked_after(text, lo, x, mine)
            or (x.negated and text.startswith("不", lo + x.start - 1) and _THEN.match(text, lo + x.end) is not None)
            or _WHO_AFTER.match(text, lo + x.end) is not None
            or (x.intent.rstrip("~≈") in SYMPTOMS and (
                _WARNED.search(text, max(lo, lo + x.start - 10), lo + x.start)
                or _ANOTHER_TIME.search(text, max(lo, lo + x.start - 5), lo + x.start)))
            or not_yet(text, lo, x)
            or later(text, lo, x, earlier, mine)
            or _WHO_WHICH_BEFORE.search(text, max(lo, lo + x.start - 6), lo + x.start) is not None
            or (x.intent.rstrip("~≈") == "track"
                and _MONEY_BEFORE.search(text, max(lo, lo + x.start - 6), lo + x.start) is not None)
            or (x.intent.rstrip("~≈") in _WHETHER_ONLY and not x.negated
                and (_ASKED_WHETHER_TO if x.intent.rstrip("~≈") in SYMPTOMS else _ASKED_WHETHER).search(
                    text, max(lo, lo + x.start - 5), lo + x.start) is not None))]
        earlier.extend(x for x in mine if asked_now(text, lo, x))


def _where_asked_next(text: str, lo: int, x: Mention) -> bool:
    """Where the parcel is asked further on its line, with no number in between (not "A 拦截这单 B 到哪了")."""
    at = lo + x.end
    line_end = text.find("\n", at)
    own = _OWN_NUMBER.match(text, at)  # ("改地址那个 YT… 到哪了": the parcel's own number, named after it)
    if own is not None and _OWN_NUMBER.search(text, lo, lo + x.start) is None:
        at = own.end()
    m = _WHERE_ASKED.search(text, at, len(text) if line_end < 0 else line_end)
    return m is not None and not any(c.isdigit() for c in text[at:m.start()])


_OWN_NUMBER: Final = re.compile(r"[^0-9A-Z\n]{0,6}?[0-9A-Z]{8,}")


def _asked_after(text: str, lo: int, x: Mention, mine: list[Mention]) -> bool:
    return ((_PARCEL_ASKED_AFTER.match(text, lo + x.end) is not None or (
        _PARCEL_NAMED.match(text, lo + x.end) is not None and _where_asked_next(text, lo, x)))
            and not text.endswith(_WANTED_BEFORE, max(lo, lo + x.start - 2), lo + x.start)
            and not any(y.start > x.end and y.intent.rstrip("~≈") == x.intent.rstrip("~≈") for y in mine))


_COURIER_DID: Final = frozenset({"intercept", "intercept≈", "change_address", "change_address≈", "cancel"})
_ABOUT: Final = re.compile(r"对(?<![不核相面反绝针比]对)(?![的了吗啊劲])")


# Who handles the parcel: what they did ("快递员私自改派到驿站了") is what a complaint is about.
_COURIER: Final = re.compile(r"快递员|派件员|派送员|配送员|揽件员|揽收员|快递小哥|小哥|送货的|送快递的|业务员|司机")
_ASKED_OF: Final = re.compile(r"让|请|叫|帮|麻烦|给我(?!退|拦|改)")
_SAID_BY: Final = re.compile(r"(?:说|讲|威胁)[^\s，,。]{0,6}$")  # the courier's words, right before the command


def complained_of(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], complained: bool) -> None:
    """"对快递员私自改派一事进行投诉", "对理赔处理时效提出投诉": what a complaint is about is no request; nor is
    what the courier did ("快递员没打电话就给退回了 投诉"). ``complained``: whether a command word was a complaint."""
    if not complained or not any(x.intent == "complaint" and not x.negated for mine in out for x in mine):
        return
    for (lo, _), mine in zip(clauses, out, strict=True):
        for x in list(mine):
            if (x.intent in _COURIER_DID and not x.negated and (who := _COURIER.search(
                    text, max(lo, lo + x.start - 24), lo + x.start)) is not None and _courier_did(
                    text, who, lo + x.start) and not _asked_with_complaint(text, lo, x, mine)
                    and not _complaint_between(text, who.end(), lo, x, mine)):
                mine.remove(x)
        for c in [x for x in mine if x.intent == "complaint" and not x.negated]:
            about = [m.start() for m in _ABOUT.finditer(text, lo, lo + c.start)]
            if about:
                at = about[-1]
                mine[:] = [x for x in mine if x is c or not (at - lo < x.start and x.end <= c.start)]


def _complaint_between(text: str, after: int, lo: int, x: Mention, mine: list[Mention]) -> bool:
    """"快递员态度差 投诉 拦截": the complaint ends the story of what the courier did; the command after it is
    the merchant's."""
    return _starts_phrase(text, lo + x.start) and any(
        c.intent == "complaint" and not c.negated and after <= lo + c.start and c.end <= x.start
        and _starts_phrase(text, lo + c.start) for c in mine)


def _starts_phrase(text: str, at: int) -> bool:
    return at > 0 and (text[at - 1].isspace() or text[at - 1] in "，,。!！")


# "拦截并投诉", "拦截退回 顺便投诉": asked side by side with the complaint, never what it is about
_WITH_COMPLAINT: Final = re.compile(r"\s*(?:并且?|[+＋]|顺便)\s*(?:申请|要|帮忙|给我|帮我)?\s*")
# what stands right before a command the courier did or said ("快递员说要退回", "快递员乱改派", "自己撤单")
_COURIER_VERB: Final = re.compile(r"(?:说|要|直接|自己|乱|私自|擅自|给|就|又)$")


def _asked_with_complaint(text: str, lo: int, x: Mention, mine: list[Mention]) -> bool:
    """The merchant's own command, asked with the complaint: it starts a phrase (not "快递员说要退回") and is
    joined to the complaint (并, 顺便, +)."""
    at = lo + x.start
    return (_starts_phrase(text, at)
            and _COURIER_VERB.search(text, max(0, at - 3), at) is None
            and any(c.intent == "complaint" and not c.negated and c.start >= x.end
                    and _WITH_COMPLAINT.fullmatch(text, lo + x.end, lo + c.start) is not None for c in mine))


def _courier_did(text: str, who: re.Match[str], at: int) -> bool:
    """Whether the command at ``at`` is what the courier ``who`` did, or said they would do ("快递员…还说不取就退回"),
    rather than what the merchant asks of them ("让快递员退回")."""
    return (_ASKED_OF.search(text, who.end(), at) is None
            or _SAID_BY.search(text, max(who.end(), at - 9), at) is not None)


# "客户已取消订单": what the customer did, the reason for a request beside it ("拦截退回，客户已取消订单").
_THEY_DID: Final = re.compile(
    rf"(?:{BUYERS})(?:那边|已经|已|都|也|刚刚?|自己)*\s*(?:在[^\s，,。]{{1,5}}(?:上|里))?\s*$")
# "退回给我 这单不发了": beside a return, "not sending it" is why; the parcel left already, there is no order to cancel
_NUMBER: Final = re.compile(r"[0-9A-Z]{10,}")
_NOT_SENDING: Final = frozenset({"不发了", "不寄了", "别发了", "不用发了"})


def reasons_given(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """"客户已取消订单" beside another request: the customer's cancel is the reason, not a request."""
    for (lo, _), mine in zip(clauses, out, strict=True):
        if len(mine) < 2 or all(x.word not in _NOT_SENDING for x in mine):
            continue
        if returns := [x for x in mine if x.intent == "intercept" and not x.negated]:
            # (not "A 不发了 B 拦截": a number between them, each its own)
            mine[:] = [x for x in mine if not (
                x.intent == "cancel" and x.word in _NOT_SENDING and not x.negated and any(
                    _NUMBER.search(text, lo + min(x.end, y.end), lo + max(x.start, y.start)) is None
                    for y in returns))]
    if "取" not in has and "退" not in has:
        return
    told = [(lo, x) for (lo, _), mine in zip(clauses, out, strict=True) for x in mine
            if x.intent == "cancel" and not x.negated
            and _THEY_DID.search(text, max(lo, lo + x.start - 14), lo + x.start)]
    if told and any(not x.negated and x.intent.rstrip("~≈") not in ("cancel", WITHDRAW, NOTHING, SAME)
                    for mine in out for x in mine):
        for mine in out:
            for _, x in told:
                if x in mine:
                    mine.remove(x)



# "买家撤销退款了", "取消了退款申请": what is called off is the refund or the request, not the parcel's order; and
# "拦截的事取消" takes the intercept back (its negation), it asks for no cancel of its own.
_CALLED_OFF: Final = frozenset({"取消", "撤销"})
_NOT_THE_ORDER: Final = re.compile(r"了?\s*(?:退款|退货|仅退款|售后|申请|投诉|理赔|赔付)")
_OF_THE_COMMAND: Final = re.compile(r"\s*(?:的事|这事|那事|的事情|的申请|申请|的|那个|这个)?\s*")


def not_cancels(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]]) -> None:
    """A 取消 or 撤销 of a refund, a request or the command just before it: not a cancel of the order."""
    if "取消" not in text and "撤销" not in text:
        return
    for (lo, _), mine in zip(clauses, out, strict=True):
        for x in [x for x in mine if x.intent.rstrip("~≈") == "cancel" and x.word in _CALLED_OFF]:
            if _NOT_THE_ORDER.match(text, lo + x.end) is not None or any(
                    y is not x and y.end <= x.start and y.intent.rstrip("~≈") != "cancel"
                    and _OF_THE_COMMAND.fullmatch(text, lo + y.end, lo + x.start) is not None for y in mine):
                mine.remove(x)


# "怕放坏了", "东西要臭了", "快坏了": goods that may spoil, a worry told as the reason to hurry, not damage done.
# "别放坏了" too; and "别让他投诉了": a complaint feared from the customer, the reason to hurry, not one to record.
WORRY_CHARS: Final = frozenset("怕快要会别担就")
# ("会不会压坏", "担心摔碎": damage feared)
_WORRY: Final = re.compile(
    each(("会不会", "担心"), r"(?:被|给)?(?:压|摔|碰|磕|挤|弄|放)?(?:坏|破|碎|烂)(?:了|掉)?") + "|"
    + each(("怕", "快要", "快", "要", "会", "别", "就"),
           r"(?:(?:让它|让东西)?(?:放|被|给|捂)?(?:坏|臭|烂|化|馊|变质|蔫)(?:了|掉)?|"
           r"(?:真|再)?让(?:他|她|买家|客户|顾客|客人|人家|对方)(?:去|又|再)?投诉)"))
_SPOILS: Final = frozenset({"damaged", "complaint"})


def worries(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """Spoiling feared rather than reported: the damage words inside such a worry are dropped."""
    if has.isdisjoint(WORRY_CHARS):
        return
    spans = [(m.start(), m.end()) for m in _WORRY.finditer(text, clauses[0][0], clauses[-1][1])]
    if not spans:
        return
    for (lo, _), mine in zip(clauses, out, strict=True):
        mine[:] = [x for x in mine if not (x.intent.rstrip("~≈") in _SPOILS and not x.negated and any(
            a <= lo + x.start and lo + x.end <= b for a, b in spans))]
