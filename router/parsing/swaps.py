"""Commands given to the wrong numbers and said so: "YT1 拦截 YT2 催件 … 弄反了" means YT2 拦截, YT1 催件.

A merchant who gave two numbers their commands crosswise puts it right after them all, naming no command and no
number ("搞反了", "两个单号写反了", "对调一下"). With two numbers asking different things the commands change
places; with more, which two is not said, and a person reads it.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.clauses import Clause
from router.parsing.events import Event, Reading, distinct_numbers
from router.parsing.refs import numeral
from router.parsing.waybills import Waybill

# "弄反了", "两个单号写反了", "对调一下"; not asked ("搞反了吗？"), not a warning ("别搞反了"); not "发反了" (goods
# sent to the wrong customers: the reason for a request) nor "调换" (an exchange of goods)
_SWAPPED: Final = re.compile(r"(?:弄|搞|写|说|打|记|填)反(?:了(?![吗么嘛]|\s?[?？])|(?=\s|$))|对调|颠倒了(?![吗么?？])")
# what is the wrong way round is not which number takes which command: goods, an address, a name, labels; or it
# was someone else, before ("上次就是你们搞反了"), or it is a warning ("别再弄反了")
_OTHER_THING: Final = re.compile(r"地址|电话|手机|姓名|名字|收件人|寄件人|收货|信息|面单|贴|货|衣服|颜色|尺码|码|"
                                 r"东西|商品|标签|上次|之前|你们|他们|仓库|别|不要|不能|千万|小心|注意")


def swap_crossed(state: dict[str, list[Event]], clauses: list[Clause], norm: str, r: Reading) -> None:
    """Exchange the commands of two numbers when the merchant says, after them, that they were given the wrong way
    round, or names the two places to exchange ("4号和6号换一下")."""
    if ("换" in norm or "调" in norm) and _places_swapped(state, clauses, norm):
        return
    if "反" not in norm and "对调" not in norm and "颠倒" not in norm:
        return  # (a substring search in C: a set of characters tested against every character costs far more)
    if not _said_after_all(state, clauses, norm):
        return
    standing = [(n, evs) for n, evs in state.items() if evs]
    if len(standing) < 2 or len({e.base for _, evs in standing for e in evs}) < 2:
        return  # one number, or one command for all: nothing to exchange
    if len(standing) != 2 or any(len(evs) != 1 for _, evs in standing):
        r.reasons.append("unclear_correction")  # which two, or which of several commands: not said
        return
    (_, [ea]), (_, [eb]) = standing
    if all(_named_again_with(e, clauses) for e in (ea, eb)):
        return  # "A 核重 B 拦截 更正：是A拦截 B核重 我俩写反了": named again the right way round already
    _exchange(state, ea.waybill, eb.waybill)


def _places_swapped(state: dict[str, list[Event]], clauses: list[Clause], norm: str) -> bool:
    """"1-4拦截 5-6催件\n4号和6号换一下": the commands of the two places named change places (said after every
    command); whether it was said."""
    last = max((e.end for evs in state.values() for e in evs), default=-1)
    m = _PLACES_SWAPPED.search(norm, max(last, 0))
    if m is None:
        return False
    order = distinct_numbers([w for c in clauses for w in c.waybills])
    i, j = numeral(m.group(1)) - 1, numeral(m.group(2)) - 1
    if not (0 <= i < len(order) and 0 <= j < len(order)) or i == j:
        return False
    _exchange(state, order[i], order[j])
    return True


def _exchange(state: dict[str, list[Event]], a: Waybill, b: Waybill) -> None:
    """The commands of ``a`` become ``b``'s and the other way round."""
    ea, eb = state.get(a.number, []), state.get(b.number, [])
    for e in ea:
        e.waybill = b
    for e in eb:
        e.waybill = a
    state[a.number], state[b.number] = eb, ea


# "4号和6号换一下", "第2个跟第3个对调": two places whose commands change places
_PLACES_SWAPPED: Final = re.compile(
    r"第?([1-9一二三四五六七八九])[号个]?\s?(?:和|跟|与|、)\s?第?([1-9一二三四五六七八九])[号个]?\s?(?:的)?\s?"
    r"(?:换一下|换下|换过来|互换|对调一下|对调|调换一下|调一下)")


def _named_again_with(e: Event, clauses: list[Clause]) -> bool:
    """Whether the command standing for a number was given where the number is named again, not first."""
    first = next((c for c in clauses for w in c.waybills if w.number == e.waybill.number), None)
    return first is not None and e.clause is not first


def _said_after_all(state: dict[str, list[Event]], clauses: list[Clause], norm: str) -> bool:
    """Whether "弄反了" stands after every command and every number, said of nothing else."""
    last = max((e.end for evs in state.values() for e in evs), default=-1)
    last = max([last] + [w.span[1] for c in clauses for w in c.waybills])
    for m in _SWAPPED.finditer(norm, max(last, 0)):
        if _OTHER_THING.search(norm, max(last, m.start() - 10), m.end()) is None:
            return True
    return False
