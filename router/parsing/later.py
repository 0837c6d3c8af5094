"""What the merchant asks for later, or not yet, rather than now: a fallback to another request of the message
("先催一下 实在不行再拦截"), a threat ("再不送我也要投诉了"), a step not reached ("还没到仲裁那步"). ``unasked``
drops these mentions; a condition on the parcel's state, which the carrier checks, is none of them.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.alternation import each
from router.parsing.lexicon import SYMPTOMS
from router.parsing.words import Mention

# "实在不行再拦截", "破了的话再说理赔", "再不送我也要投诉了", "要是三天还不到 我就申请理赔": what the merchant will
# ask later, or threatens, if something else does not happen first; not asked now
_LATER_BEFORE: Final = re.compile(
    r"(?:不行|不然|到时候?|回头|以后|过两天|找不[着到](?:的话)?)\s?再(?:说|来|去|给|申请|办|帮我)?\s?$|的话\s?再说\s?$")
_IF_UNLIKED: Final = re.compile(r"不(?:喜欢|满意|合适|合身|好用)(?:的话)?\s?再\s?$")  # (not "不合适 就拦截吧")
# ("我就得拦截了", "我也要投诉了": what the merchant would have to do, a modal, and 了 after the command)
_THREATENED: Final = re.compile(
    r"(?:再不|(?:要是|如果|万一)[^，,。;；\n]{0,8}?(?:还不|还没|再不))[^，,。;；\n]{1,8}?(?:的话)?\s?(?:我|我们|俺)"
    r"(?:就|也)(?:得|要|只能|只好)\s?$")
# "还没到仲裁那步": not yet
_NOT_YET_BEFORE: Final = re.compile(r"(?:没|不)(?:有)?到\s?$")
_NOT_YET_AFTER: Final = re.compile(r"\s?(?:那一?步|这一?步|的地步|那个地步)")
_FAILED: Final = re.compile(r"\s?(?:不了|不行|不动|不住|不下来|失败)")


def asked_now(text: str, lo: int, x: Mention) -> bool:
    """A request said plainly, not one said to fail ("撤不了", "撤单不行")."""
    return not x.negated and x.intent[-1] != "≈" and _FAILED.match(text, lo + x.end) is None


def later(text: str, lo: int, x: Mention, earlier: list[Mention], mine: list[Mention]) -> bool:
    """"先催一下 实在不行再拦截": a fallback to another request asked plainly before it (in the clauses before,
    ``earlier``, or in its own, ``mine``); "再不送我也要投诉了": a threat."""
    if x.negated:
        return False
    if _IF_UNLIKED.search(text, max(lo, lo + x.start - 8), lo + x.start) is not None:
        return True  # "先收着看看 不喜欢再退": the buyer may send it back later
    if _LATER_BEFORE.search(text, max(lo, lo + x.start - 16), lo + x.start) is not None:
        base = x.intent.rstrip("~≈")
        before = [*earlier, *(y for y in mine if y.start < x.start and asked_now(text, lo, y))]
        return (any(y.intent.rstrip("~≈") != base for y in before)
                or "再说" in text[max(lo, lo + x.start - 4) : lo + x.start])
    return text.startswith("了", lo + x.end) and _THREATENED.search(
        text, max(lo, lo + x.start - 16), lo + x.start) is not None


def not_yet(text: str, lo: int, x: Mention) -> bool:
    """"还没到仲裁那步": a step not reached."""
    return _NOT_YET_AFTER.match(text, lo + x.end) is not None and _NOT_YET_BEFORE.search(
        text, max(lo, lo + x.start - 4), lo + x.start) is not None


# "再不到我就投诉", "要是丢了就得理赔": a threat on a condition, not a request.
_THREATENING: Final = frozenset({"complaint", "claim", "arbitration"})
_TALKED_DOWN: Final = re.compile(r"[^。\n]{0,8}?(?:劝住|劝下|劝好|安抚好|安抚住|稳住)")
_OF_US: Final = re.compile(r"(?:我们|我|商家|店铺)(?:发货|[\s，,。]|$)")
_STILL_NOT_THEN: Final = re.compile(r"还没[^，,。\n]{0,6}?就[^，,。\n]{0,6}?$")
_SUPPOSING: Final = re.compile(r"(?:要是|如果|万一|假如|若是|倘若)(?:再|又)?\s?$")
_THREAT: Final = re.compile(
    each(("要是", "如果", "假如", "万一", "再不", "若是", "倘若"),
         r"[^，,。\n]{0,14}?(?:我|我们|俺)?(?:可|也)?就(?:要|会|去|得|走|只能)?\s*$")
    # ("明天还不到就退款加投诉": the condition said by what has not happened yet)
    + "|" + each(("还不", "再不"), r"[^，,。\n]{0,6}?就[^，,。\n]{0,6}?$")
    + "|" + each(("如果?", "若"), r"[^。\n]{0,16}?(?:我方|我司|我们)(?:就|将|会)(?:要|去)?(?:申请|提请|提出)?\s*$")
    + r"|不然[^，,。\n]{0,8}?(?:就|要|会)\s*$"  # ("今天必须送到 不然客户要投诉")
    + r"|是不是(?:要|得|非要|非得)\s*$")  # ("是不是要投诉你们才送啊": asked back, not asked for)


def threatened(text: str, s: int, e: int, base: str, lo: int) -> bool:
    """Whether the command word at ``[s, e)`` (intent ``base``, its clause starting at ``lo``) is not asked for
    now: threatened on a condition ("要是明天还不到我就投诉了"), talked out of ("客户说要投诉 我给劝住了"), the
    merchant complained of ("买家在平台投诉我们发货慢"), or a symptom supposed ("要是再丢了")."""
    if base in _THREATENING and (_THREAT.search(text, lo, s) is not None or _TALKED_DOWN.match(text, e) is not None
                                 or (base == "complaint" and _OF_US.match(text, e) is not None)):
        return True
    then = _STILL_NOT_THEN.search(text, lo, s) if base in _THREATENING and not text.startswith("吧", e) else None
    if then is not None and "催" in text[: then.start()]:
        return True  # "五日无动 催下 还没动我就投诉": after the hurry asked, what follows if it fails
    return base in SYMPTOMS and _SUPPOSING.search(text, max(lo, s - 5), s) is not None
