"""Someone else's request, reported and then overruled or adopted by the merchant.

Small shops write as a family or a team: "俺闺女说 A 要撤单 甭听她的 已经拉走了 拦截吧" (the daughter's cancel is
overruled; the intercept is the request), "会计说要理赔 俺觉得不至于 给登记个破损吧" (no claim, a damage record),
"俺对象说改地址 俺说退回 听她的吧" (her address change is adopted; the merchant's own return is given up). What a
person beside the merchant said they want is no request of the merchant's when the merchant overrules it after; when
the merchant adopts it, the merchant's own word for the other thing is given up.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.alternation import each
from router.parsing.words import Mention

# Who may speak beside the merchant: family, partners, staff (not the buyer: a buyer's wish is a reason)
_PEOPLE: Final = (
    "闺女|女儿|儿子|媳妇|老婆|老公|对象|爱人|掌柜的?|会计|老板娘|同事|我妈|我爸|俺妈|俺爸|老妈|老爸|婆婆|伙计|店员|员工|"
    "徒弟|小工|他|她")
# ("俺闺女说 A 要撤单", "会计说要理赔", "俺对象说改地址": what they said they want, its command word just after)
_REPORTED: Final = re.compile(
    rf"(?:{_PEOPLE})(?:刚才?|又|也)?(?:跟我|跟俺)?(?:说|讲|让|叫|要|想|非要|发的?)[^，,。\n]{{0,24}}$")
# "甭听她的", "别听他的", "俺觉得不至于", "俺不让": overruled
_OVERRULE: Final = re.compile(
    each(("别", "甭", "不用", "不要", "莫", "勿", "不"), r"听(?:他|她)们?的") + "|不至于|"
    + each(("我", "俺"), r"(?:可|就|坚决)?不(?:让|同意|答应)"))
# "听她的吧", "她说得对": adopted
_ADOPT: Final = re.compile(r"听(?<![别甭不莫勿要用]听)(?:他|她)们?的|他说得?的?对|她说得?的?对|按他说的|按她说的")
# "俺说退回": the merchant's own word, given up when the other's is adopted
_MINE: Final = re.compile(r"(?:我|俺)(?:说|讲|想)(?:要)?\s?$")
# The characters the two verdicts need (one of them must stand in the text)
OVERRULED_CHARS: Final = frozenset("听至让意应对按")


def overruled(text: str, clauses: list[tuple[int, int]], out: list[list[Mention]], has: frozenset[str]) -> None:
    """Takes back (negates) in ``out`` what a person beside the merchant asked and the merchant overruled
    afterwards, and the merchant's own word given up for what such a person asked, adopted afterwards: taken back
    rather than dropped, so that the numbers they named take no other command of the message and a request of an
    earlier message taken back still reaches a person. ``has``: which characters of the message's trigger set the
    text holds."""
    if has.isdisjoint(OVERRULED_CHARS):
        return
    verdicts = sorted([(m.start(), False) for m in _OVERRULE.finditer(text)]
                      + [(m.start(), True) for m in _ADOPT.finditer(text)])
    if not verdicts:
        return
    for k, (lo, _) in enumerate(clauses):
        for m in out[k]:
            at = lo + m.start
            verdict = next((adopted for v, adopted in verdicts if v > at), None)
            if verdict is None or m.negated:
                continue
            if (not verdict and _REPORTED.search(text, max(0, at - 30), at) is not None) or (
                    verdict and _MINE.search(text, max(0, at - 4), at) is not None):
                m.negated = True  # theirs overruled, or the merchant's own given up for theirs
