"""Requests of an earlier message spoken of, not asked again: "上午催的那票 已经送到了", "我昨天喊拦截 今天还在派送"
(said with when it was asked), "拦截了那张 A 退回到我这没" (the one it was done to),
"前天拦截那个 到底拦住没" (the one of a day before, asked after), "说好拦截 咋还给送到了" (agreed before, not done).
``polarity`` reads them as told (negated, done, of an earlier message).
"""

from __future__ import annotations

import re
from typing import Final

# A day or more before this message ("昨天", "上个礼拜")
DAYS: Final = "(?:昨天|前天|大前天|昨晚|夜来|上次|上回|上周|上个?礼拜|上个?星期|前[一两几]天|前些天|前阵子)"
# "上午催的那票", "前天拦的", "延误登记之后": said with the time it was asked, or after it was
_EARLIER_AFTER: Final = re.compile(r"[来去]?的|(?:登记|申请|报备|提交|投诉)?了?(?:之后|以后)")
_EARLIER: Final = re.compile(
    rf"(?:上午|早上|下午|刚才|刚刚|之前|上个月|那天|{DAYS})"
    # ("上回你给拦回来的", "上次跟你们说撤单的": who was asked, between the day and the command)
    r"(?:让|叫|喊|要|说要|讲要|让你们|叫你们|喊你们|(?:你们?|您)(?:给|帮)(?:我们?|俺)?|跟你们?说(?:要|过)?)?$")
# "我昨天喊拦截 今天还在派送", "琴日叫咗撤單": asked of the outlet in an earlier message, told (with or without 的
# after it)
_EARLIER_ASKED: Final = re.compile(
    DAYS + r"(?:就|都|已经)?(?:喊|叫|让)了?(?:你们|你)?$")  # (恁 is 你 by then: minnan)
# "之前撤单了吧", "昨天拦截了": done before, as the merchant remembers it (with 了 after the command; not "记得拦截了
# 哈", remember to)
_RECALLED: Final = re.compile(r"(?:之前|记得是|昨天|前天|昨晚)(?:已经|就|都)?\s?$")
RECALLED_CHARS: Final = frozenset("之昨前记")  # one of them in every _RECALLED
# "拦截了的那张 A 退回到我这没": the one it was done to, with what may stand before it in its clause (its number,
# who did it, when)
_DONE_THAT: Final = re.compile(r"了的?那[张个件票单只]")
_TOLD_FIRST: Final = re.compile(r"\s*(?:[0-9A-Z]{8,}\s*)?(?:我们?|已经|我已经|之前|刚才)?\s*")
# "前天拦截那个 到底拦住没": the one of a day before (not "刚才拦截那个单号打错了", put right)
_DAYS_AGO: Final = re.compile(DAYS + r"\s?$")
_THAT_ONE: Final = re.compile(r"那[个票单件](?!单号|号码|号)")
# "说好拦截 咋还给送到了": agreed before, and not done (not "跟客户说好了拦截退回": agreed with the buyer, asked now)
_AGREED: Final = re.compile(r"(?:说好|讲好)了?(?:的|要)?$")
_STILL_NOT: Final = re.compile(
    r"[^\n]{0,12}?(?:咋还|怎么还|为什么还|为啥还|咋又|怎么又|还没|还在|呢|又|吗|[?？]|没(?:有|$|[\s，,。]))")
_WITH_SOMEONE: Final = re.compile(r"[跟和与同][^\s，,。]{0,4}$")
# "理赔已到账", "投诉已回访", "拦截已退回仓库", "理赔款收到了", "破损理赔上周提交了": what came of a request made
# before, told after its word
_CAME_AFTER: Final = re.compile(
    r"(?:已经?|早已)(?:到账|回访|退回|处理|受理|提交|登记|完成|办好|办理|赔付|通过|驳回|撤销|结案)"
    r"(?=$|[\s，,。;；!！了啦过仓到回])|"
    r"(?:款|的钱|(?<=款))\s?(?:已经?)?(?:收到|到账|到了)|"
    rf"(?:(?:{DAYS}|这周|上个月)\s?(?:已经?)?|已经?)"
    r"(?:提交|申请|登记|报)过?了(?![吗么没])")
# "已经拦截回来了", "昨天已经登记过核实了": done before, as the merchant tells it (not "已经拦截了吗", asked;
# "已经拦截了" is nothing to do, read as such)
_ALREADY: Final = re.compile(r"(?:已经|早就|早已)(?:给|帮|帮我们?)?((?:登记|申请|提交|报)过?)?$")
_DONE_NOW: Final = re.compile(r"(回来|下来|回去|住|成功|过)?了(?![吗么没嘛?？])")
# "拦截的那票 咋又派送了", "撤单的那个快递员还是来收了", "改地址那个 新地址收着了 没事了": the parcel named by the
# request made for it, then what came of it (not "要拦截的那个是 A": which one is meant)
# (not "退回来 那个客户说…": a new sentence about someone)
_NAMED_BY: Final = re.compile(
    r"的\s?那[个票单件批张只份包](?!\s?(?:单号|号码|号|是))|"
    r"\s?那[个票单件批张只份](?!\s?(?:单号|号码|号|是|客户|买家|顾客|客人|人|快递员|老板))")
# "上周那个丢件的 找到了没有", "昨天那批撤单的都撤掉了吧": that one, of the request
_THAT_OF: Final = re.compile(r"那[个票单件批张只份]\s?$")
_CAME_OF_IT: Final = re.compile(
    # (not "拦截那个不用了", "破损那个登记撤了吧": the request taken back; "那票不 咋又派送了" asks)
    r"(?:[0-9A-Z]{8,}|[^\n不别算撤取]|不(?=[\s，,。?？]))"  # (a number counts as one)
    r"{0,16}?(?:咋还|怎么还|为什么还|为啥还|咋又|怎么又|咋搞|咋回事|怎么回事|找到|收着|收到|到哪|到了|回来了|已经|没事了|"
    r"了吧|了没|了吗|[?？])")
_ASKING_NOW: Final = re.compile(r"(?:要|想|需要|得|帮我|给我|请|麻烦)\s?$")
# "都撤掉了吧", "应该拦住了吧": supposed done, asked to be told so
_SUPPOSED: Final = re.compile(r"(?:都|已经|应该|早就?)\s?$")


# "yesterday I ask return A", "last time you intercept A", "A I cancel last week", "the change address I ask this
# morning", "why you intercept A": a request of before, told in English
_EN_WHEN: Final = "(?:YESTERDAY|LAST WEEK|LAST TIME|THIS MORNING)"
_EN_BEFORE: Final = re.compile(
    "(?:" + _EN_WHEN + r" (?:(?:I |WE )?"
    r"(?:ASK|ASKED|SAY|SAID|TELL YOU|TOLD YOU|REQUEST|REQUESTED)(?: YOU)?(?: TO)?|YOU)|WHY (?:DID )?(?:YOU|THEY))\s?$")
_EN_AFTER: Final = re.compile(
    r"\s?(?:I |WE )?(?:ASK |ASKED |SAY |SAID |REQUEST |REQUESTED |DID |MADE )?"
    + _EN_WHEN + r"\b")


def asked_before(text: str, lo: int, s: int, e: int) -> bool:
    """Whether the command word at ``[s, e)`` (its clause starting at ``lo``) names a request of an earlier
    message."""
    if (_EARLIER_AFTER.match(text, e) is not None and _EARLIER.search(text, max(lo, s - 6), s) is not None) or (
            _EARLIER_ASKED.search(text, max(lo, s - 8), s) is not None):
        return True
    if text[s].isascii() and (_EN_BEFORE.search(text, max(lo, s - 32), s) is not None
                              or _EN_AFTER.match(text, e) is not None):
        return True
    if _DONE_THAT.match(text, e) is not None and _TOLD_FIRST.fullmatch(text, lo, s) is not None:
        return True
    if _THAT_ONE.match(text, e) is not None and _DAYS_AGO.search(text, max(lo, s - 6), s) is not None:
        return _STILL_NOT.search(text, e, e + 20) is not None
    nxt = text[e : e + 1]
    if (nxt in _NAMED_FIRST and _named_by(text, lo, s, e)) or (
            (nxt in _CAME_FIRST or text[e - 1] == "款") and _CAME_AFTER.match(text, e) is not None) or (
            nxt in _DONE_FIRST and _done_before(text, lo, s, e)):
        return True
    # "谢谢你们昨天帮忙催": thanks for an earlier request's help
    return ("谢" in text[max(lo, s - 14) : s] and _THANKED.search(text, max(lo, s - 14), s) is not None) or (
        _AGREED.search(text, max(lo, s - 4), s) is not None and _STILL_NOT.search(text, e, e + 16) is not None
        and _WITH_SOMEONE.search(text, max(lo, s - 10), s) is None)


# "谢谢你们昨天帮忙催", "多谢上次帮我拦截": thanks for help given before (not "谢谢帮忙催一下": thanks in advance)
_THANKED: Final = re.compile(
    rf"(?:谢谢|多谢|感谢)(?:你们?|您|师傅|大家)?(?:{DAYS}|之前|上午|早上|刚才)(?:帮忙|帮我们?|帮|给我们?)?$")


# The characters the checks above can start with, right after the word (a cheap look before the patterns): the
# parcel named (的, 那, " 那", 了吧), an outcome told after the word (已, 早, 款, a day), done (了 or a complement)
_NAMED_FIRST: Final = frozenset("的那 了")
_CAME_FIRST: Final = frozenset("已早款的 " + "".join(sorted({d[0] for d in DAYS.strip("(?:)").split("|")})) + "这上")
_DONE_FIRST: Final = frozenset("了回下住成过好")


def _done_before(text: str, lo: int, s: int, e: int) -> bool:
    """"已经拦截回来了", "昨天已经登记过核实了": done before, as the merchant tells it."""
    already = _ALREADY.search(text, max(lo, s - 8), s)
    if already is None:
        return False
    done = _DONE_NOW.match(text, e)
    return done is not None and bool(already.group(1) or done.group(1))


def recalled(text: str, lo: int, s: int) -> bool:
    """Whether the command word at ``s`` (its clause starting at ``lo``) follows words that recall it done before
    ("之前", "昨天已经"); the caller checks the 了 after it."""
    return _RECALLED.search(text, max(lo, s - 6), s) is not None


def _named_by(text: str, lo: int, s: int, e: int) -> bool:
    """Whether the command word at ``[s, e)`` names its parcel by the request made for it ("拦截的那票"), and the
    message goes on to what came of it; or tells the request supposed done ("都撤掉了吧")."""
    if _ASKING_NOW.search(text, max(lo, s - 3), s) is not None:
        return False
    if text.startswith("了吧", e) and (sup := _SUPPOSED.search(text, max(lo, s - 3), s)) is not None and (
            sup.group().strip() != "都" or text[e - 1] in "掉住完"):
        return True  # (not "都拦了吧", "都撤了吧": stop them all; but "都撤掉了吧", done by now)
    named = _NAMED_BY.match(text, e) is not None or (
        text.startswith("的", e) and _THAT_OF.search(text, max(lo, s - 3), s) is not None)
    return named and _CAME_OF_IT.match(text, e) is not None
