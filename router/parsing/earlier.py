"""Requests of an earlier message spoken of, not asked again: "上午催的那票 已经送到了", "我昨天喊拦截 今天还在派送"
(said with when it was asked), "拦截了那张 A 退回到我这没" (the one it was done to),
"前天拦截那个 到底拦住没" (the one of a day before, asked after), "说好拦截 咋还给送到了" (agreed before, not done).
``polarity`` reads them as told (negated, done, of an earlier message).
"""

from __future__ import annotations

import re
from typing import Final

# A day or more before this message ("昨天", "上个礼拜")
DAYS: Final = "(?:昨天|前天|大前天|昨晚|上次|上回|上周|上个?礼拜|上个?星期|前[一两几]天|前些天|前阵子)"
# "上午催的那票", "前天拦的", "延误登记之后": said with the time it was asked, or after it was
_EARLIER_AFTER: Final = re.compile(r"[来去]?的|(?:登记|申请|报备|提交|投诉)?了?(?:之后|以后)")
_EARLIER: Final = re.compile(
    rf"(?:上午|早上|下午|刚才|刚刚|之前|上个月|那天|{DAYS})(?:让|叫|喊|要|说要|讲要|让你们|叫你们|喊你们)?$")
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
    return (_AGREED.search(text, max(lo, s - 4), s) is not None and _STILL_NOT.search(text, e, e + 16) is not None
            and _WITH_SOMEONE.search(text, max(lo, s - 10), s) is None)


def recalled(text: str, lo: int, s: int) -> bool:
    """Whether the command word at ``s`` (its clause starting at ``lo``) follows words that recall it done before
    ("之前", "昨天已经"); the caller checks the 了 after it."""
    return _RECALLED.search(text, max(lo, s - 6), s) is not None
