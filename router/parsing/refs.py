"""References to the numbers of a message by position, by row, by carrier: "这三单 第一单拦截 后两单催一下".

Merchants paste their numbers first and then say what to do with which: by position ("第二个", "前两单", "最后
一个", "中间那个", "两头的", "第2到第4个", "1、3拦截", "单数的"), by row ("第一行", "第二排"), by carrier ("中通的
催一下 圆通的拦截"), or as a group ("上面两个", "以上", "下面这几个", "其余的", "这几单"). ``references`` reads them
in one clause and says which numbers each one picks; a reference is *excluded* when the clause leaves its numbers
out ("除了第三个", "第二个不用"). An out-of-range reference picks nothing, and the parser hands such a message to
a person rather than guess.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.alternation import each
from router.parsing.lexicon import GOODS_CLASSIFIERS, POSITION_VERB_NEXT
from router.parsing.waybills import CARRIER_WORDS, Waybill
from router.parsing.words import commands

NUMERALS: Final = "一二两三四五六七八九十俩仨"  # the numerals of a count or a place ("第三个", "有两个")
_NUMERALS: Final = {c: i + 1 for i, c in enumerate("一二三四五六七八九十")} | {"两": 2, "俩": 2, "仨": 3}
# (and the classifiers of goods: "第二本", "前两箱", "最后一台")
_UNIT: Final = "(?:" + "|".join(("个", "单", "票", "件", "条", "号", "项", *GOODS_CLASSIFIERS)) + ")"
# "这个", "这本": the one just named, not "these" (a group)
_THIS_ONE: Final = "".join(f"(?<!这{u})" for u in ("个", "单", "票", "件", "条", *GOODS_CLASSIFIERS))
_CARRIERS: Final = "|".join(re.escape(w) for w in CARRIER_WORDS)


# (首个, 头个, 尾个, 末个 are places only before what is done with them or said of them: not "首个工作日", "头个
# 礼拜")
_ACTED: Final = "(?=\\s|[，,：:的]|$|[拦截催退改撤照不别要也投赔查核登碎破坏丢少烂漏没是已被])"
PATTERN: Final = re.compile(
    rf"第?(?P<from>[{NUMERALS}0-9]{{1,2}}){_UNIT}?(?:到|至|-|~|—)第?(?P<to>[{NUMERALS}0-9]{{1,2}})(?P<range_unit>{_UNIT}|行|排)|"
    rf"第(?P<rows_from>[{NUMERALS}0-9]{{1,2}})(?:行|排)(?:到|至|-|~)第(?P<rows_to>[{NUMERALS}0-9]{{1,2}})(?:行|排)|"
    rf"第(?P<row>[{NUMERALS}0-9]{{1,2}})(?:行|排)|"
    rf"(?:每行|每一行|每排)(?:的)?第(?P<per_row>[{NUMERALS}0-9]){_UNIT}|"
    r"(?P<left>左边|左列|第一列)(?:一列|的)?|(?P<right>右边|右列|第二列|最后一列)(?:一列|的)?|"
    # ("第一二个", "第一、三票", "第二、四票": several places, one unit)
    rf"第(?P<pair>[一二三四五六七八九1-9](?:[、，,和及]?[一二三四五六七八九1-9])+){_UNIT}|"
    # ("第一和第三 拦截": the last place of a list joined without a unit, where what is done with it follows)
    rf"第(?P<nth>[{NUMERALS}0-9]{{1,2}})(?:{_UNIT}|(?=\s*[、，,和跟及]?\s*第)|"
    rf"(?:(?<=第[{NUMERALS}0-9]第[{NUMERALS}0-9])|(?<=[、，,和跟及]第[{NUMERALS}0-9])){_ACTED}|"
    # ("第2 不用", "第2 拦截": a place, a denial or a command just after; not "第二，…" of a list of points)
    r"(?=\s?[不别拦截催退撤改查核]))|"
    # ("倒数第二个": the second from the end; "倒数两个": the last two)
    rf"倒数(?:第(?P<nth_last>[{NUMERALS}0-9]{{1,2}}){_UNIT}?|(?P<last_n>[{NUMERALS}0-9]{{1,2}}){_UNIT})|"
    rf"(?:这|这几|那几|这些|那些)(?P<these>[{NUMERALS}0-9])?{_UNIT}{_THIS_ONE}|"
    rf"(?:前|头)(?:面的?)?(?P<first>[{NUMERALS}0-9]{_UNIT}|[俩仨])|"
    rf"(?:后|最后)(?:面的?)?(?P<last>[{NUMERALS}0-9]{_UNIT}|[俩仨])|"
    # ("尾个", "末个", "头个", "首个": the last, the first)
    rf"(?P<final>最后|末尾|最末|末(?=一?个{_ACTED})|尾(?=一?个{_ACTED}))(?:一|那|这)?{_UNIT}|"
    r"THE LAST(?: ONE)?\b|LAST ONE\b|"
    rf"(?P<former>前者|(?:首个|头个|头一个){_ACTED}|THE (?:FIRST|FORMER)(?: ONE)?\b|FIRST ONE\b)|"
    r"(?P<latter>后者|THE LATTER\b)|"
    r"(?:THE |(?=(?:SECOND|THIRD|FOURTH|FIFTH) ONE\b))(?P<english>SECOND|THIRD|FOURTH|FIFTH)(?: ONE)?\b|"
    rf"(?P<middle>中间|THE MIDDLE)(?:的|那|那些|(?P<middle_n>[{NUMERALS}])|几| ONE)?{_UNIT}?|"
    rf"(?P<ends>两头|两边|头尾|首尾|上下两{_UNIT}|一头一尾)(?:的|两个)?|"
    rf"(?P<top>最上面|最前面|最上边|最顶上)(?:那|这)?(?:{_UNIT}|的)?|(?P<bottom>最下面|最下边|最底下)(?:那|这)?(?:{_UNIT}|的)?|"
    rf"(?P<odd>单数|奇数)(?:的|行|{_UNIT})?|(?P<even>双数|偶数)(?:的|行|{_UNIT})?|"
    rf"(?P<rest>(?:其余|其他|其它|剩下|剩余|前面的|前面那些|前面几个|上面其他)(?:的)?(?:快递的?)?"
    rf"(?:[{NUMERALS}0-9]|\s?[0-9]{{2,4}}\s?(?={_UNIT}))?{_UNIT}?|"
    rf"另外(?:的|[两俩三仨四五六七八九0-9]{_UNIT}|[俩仨]|几个|几单)|别的快递的?)|"
    rf"(?P<upper>上面|前面|上边)(?:那|这)?(?:{_UNIT}|的(?![都全几这那]))|"
    rf"(?P<lower>下面|后面|下边)(?:那|这)?(?:{_UNIT}|的(?![都全几这那]))|"
    rf"(?P<below>下面|以下)(?:这|的)?(?:几个|几单|这些|[{NUMERALS}0-9]{_UNIT})?|"
    rf"(?P<above>上面|以上|上述)(?:的)?(?P<above_n>[{NUMERALS}0-9])?{_UNIT}?|"
    rf"(?P<carrier>{_CARRIERS})(?:的(?:这几个|这些|那几个|单子|件|几个|几单)?|(?=[那这][两俩三四五几]?[单个件票]))"
)
# Where a reference may start: PATTERN tries all its alternatives wherever it is scanned, this finds the places
# first (tests/unit/test_patterns.py holds it to PATTERN's first characters). A digit counts only among the last
# two of its run: "第2到4个", not the digits of a waybill number.
_REF_START: Final = re.compile(
    "[0-9" + NUMERALS + "第这那前头后最末尾中两首上下单双奇偶其剩另别左右每以倒TEFSL"
    + "".join(sorted({w[0] for w in CARRIER_WORDS})) + "](?!(?<=[0-9])[0-9]{2})")


def _matches(text: str) -> list[re.Match[str]]:
    """PATTERN's matches in ``text``, as ``finditer`` gives them."""
    out: list[re.Match[str]] = []
    pos = 0
    while (at := _REF_START.search(text, pos)) is not None:
        m = PATTERN.match(text, at.start())
        if m is None:
            pos = at.start() + 1
        else:
            out.append(m)
            pos = m.end()  # (never empty)
    return out


# Words every reference holds, looked for before the full pattern (digits only before a range or list mark).
FIRST: Final = re.compile(
    rf"第|倒数|这[几些{NUMERALS}0-9]|那[几些]|前面|前[{NUMERALS}0-9几]|头[一两尾{NUMERALS}]|后面|后[{NUMERALS}0-9几]|最后|末尾|中间|两头|首尾|上下|"
    r"单数|双数|奇数|偶数|其余|其他|其它|剩下|剩余|另外|别的|上面|下面|以上|以下|上述|上边|下边|左边|右边|左列|右列|"
    r"两边|最上|最前|最下|最底|最顶|" + each("一二两三四五六七八九十", r"\s*[到至~-]\s*[一二两三四五六七八九十]") + "|"
    r"每行|每一行|每排|前者|后者|首个|头个|末个|尾个|最末|末一个|尾一个|"
    r"THE (?:FIRST|SECOND|THIRD|FOURTH|FIFTH|FORMER|LATTER|LAST|MIDDLE)|"
    r"FIRST ONE|SECOND ONE|THIRD ONE|FOURTH ONE|FIFTH ONE|LAST ONE|"
    rf"{_CARRIERS}|" + each("-~—到至、和跟与及", r"(?:(?<=[1-9].)|(?<=[1-9] .))\s*[1-9]")
)
# "1、2拦截 3、4催件", "1-3拦截 4-6催件": positions written as digits alone (not days, times or weights); and
# (_BARE_POSITIONS) right before a command, "1 3 拦截 2 4 催件", "1拦 2催 3撤", "1号3号催件" (a count has its unit:
# "2单拦截")
LIST: Final = re.compile(r"第?(?<![0-9.])[1-9](?:(?:\s?[、和跟与及]\s?[1-9])+|\s?(?P<range>[-~—到至])\s?[1-9])"
                         r"(?:个|单|票|件|号)?"
                  r"(?![0-9.])(?!\s?(?:天|日|月|点|小时|公斤|斤|KG|元|块|号|周|年|楼|层|栋|室))")
# (a position stands at a clause's start, after a comma or colon, or after a word and a space, never glued to a
# word: a count, a date or a time, "等了3", "12月2", "下午3"; nor is it the last group of a number written in
# groups, "YT 7514 2369 8541 2 拦截", which is inside the number)
_BARE_POSITIONS: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=[\u4e00-\u9fff] )|(?<=[，,；;、:：])|(?<=[0-9A-Z] )(?=[1-9]号))"
    r"[1-9]号?(?:(?: |(?<=号)|(?<=号)[和、跟及])[1-9]号?)*(?:(?<=号)(?:的|那个|这个|那单|这单|单))?"
    + POSITION_VERB_NEXT)
_DIGIT: Final = re.compile("[1-9]")
# The first or last few ("前两单", "后三个"): with one number, places the message does not hold. ("第二个" may be
# the second of a list of requests, "1. 加急 2. 投诉", or of an earlier message's numbers: not counted here.)
COUNTED_BEYOND_ONE: Final = re.compile(each(("前", "后"), r"\s?(?:[2-9]|[两二三四五六七八九十])\s?(?:单|件|票|个"
                                              r"(?!\s?(?:多)?(?:小时|钟头|月|星期|礼拜|工作日|季度|周)))"))
# Also "第2", "2号": with one number, read in full (a house number "2号" is no place, but worth the full reading).
PLACE_BEYOND_ONE: Final = re.compile(r"第\s?(?:[2-9]|[二两三四五六七八九十])|号(?<=[^0-9][2-9]号)|"
                                     + COUNTED_BEYOND_ONE.pattern)


def bare_positions(text: str) -> list[re.Match[str]]:
    """The bare positions before a command in ``text`` (a clause: "1 3 拦截 2 催件")."""
    return list(_BARE_POSITIONS.finditer(text)) if _DIGIT.search(text) is not None else []
# the rest named too ("上面两个拦截 最后一个不用"): "上面两个" are then the first ones, not the two nearest
_BELOW_TOO: Final = re.compile(r"下面|下边|后面[的那这]?[{NUMERALS}0-9]|最后(?:一|那|这)[个单票件]|最下面|其余|剩下"
                               .replace("{NUMERALS}", NUMERALS))
_EXCLUDED_BEFORE: Final = re.compile(r"除了?\s*$")
_JOINS: Final = re.compile(r"[\s、,，和跟与及同]*|以及")


class Ref:
    """A reference in a clause (``start``/``end`` in the clause) and the numbers it picks."""

    __slots__ = ("end", "excluded", "numbers", "specific", "start")

    def __init__(self, start: int, end: int, numbers: list[Waybill], excluded: int, specific: bool) -> None:
        self.start, self.end, self.numbers = start, end, numbers
        # 0: not; EXCEPT: "除了第三个" (a command of its own may follow); LEFT_OUT: "第二个不用"
        self.excluded = excluded
        self.specific = specific  # picks some numbers ("第二个"), not a whole group ("这三单", "以上", "其余")


EXCEPT, LEFT_OUT = 1, 2


def numeral(s: str) -> int:
    return int(s) if s.isdigit() else _NUMERALS.get(s, 0) if len(s) == 1 else 10 + _NUMERALS.get(s[-1], 0)


def references(text: str, start: int, everything: list[Waybill], rows: list[list[Waybill]], taken: set[str],
               left_out_at: list[int], own_numbers: bool, later: str = "",
               singled: frozenset[str] = frozenset()) -> list[Ref]:
    """The references of one clause (``text``, standing at ``start`` in the message), in order.

    ``everything``: the message's numbers in order; ``rows``: its rows of numbers; ``taken``: numbers picked by a
    specific reference so far (a later "其余" means the others), updated; ``left_out_at``: where in the clause a
    word leaves the numbers before it out ("不用", "除外"); ``own_numbers``: the clause names numbers itself, so a
    carrier word there labels them ("YT… 圆通的") rather than picks; ``later``: the message's later clauses, which
    may name the rest ("上面两个拦截，下面两个撤单"); ``singled``: numbers named again on their own, which "其余"
    leaves out as it does those taken ("A B C 拦截——稍等，A 照常派送；其余两票拦截")."""
    out: list[Ref] = []
    lists = list(LIST.finditer(text)) if LIST.search(text) is not None else []
    # (beside the clause's own numbers only "2号": "A B C 2号拦截"; a digit alone there may be a count or a group)
    bare = ([m for m in bare_positions(text) if not own_numbers or "号" in m.group()]
            if not own_numbers or "号" in text else [])
    if bare:
        lists = sorted(lists + [m for m in bare if all(m.end() <= x.start() or x.end() <= m.start() for x in lists)],
                       key=lambda m: m.start())
    for m in lists:
        ks = [int(x) for x in m.group() if x.isdigit()]
        if m.re is LIST and m.group("range"):
            ks = list(range(ks[0], ks[-1] + 1)) if ks[0] < ks[-1] else [0]
        picked = [everything[k - 1] for k in ks] if all(1 <= k <= len(everything) for k in ks) else []
        taken.update(w.number for w in picked)
        out.append(Ref(m.start(), m.end(), picked, _excluded(text, m.start(), m.end(), left_out_at), True))
    for m in _matches(text):
        if own_numbers and (m.group("carrier") or m.group("below") or (m.group("above") and not _above_first(text, m))
                            or m.group().startswith(("这", "那"))
                            or (m.group("rest") and _INTRODUCES.match(text, m.end()) is not None)):
            # "A B C 这三个拦截", "YT… 圆通的": the clause's own numbers, labelled; "其他的：B 退回 C 退回": the
            # others are the numbers it goes on to name
            continue
        picked, specific = _pick(m, everything, rows, start, taken | singled if singled else taken, later)
        if specific:
            taken.update(w.number for w in picked)
        excluded = _excluded(text, m.start(), m.end(), left_out_at)
        last = out[-1] if out else None
        if (last is not None and last.numbers and picked and last.specific and specific
                and _JOINS.fullmatch(text, last.end, m.start())
                # (not "除了第一个和最后一个 中间三个都催": what is left out ends at a space before a place that
                # takes a command of its own right after it)
                and not (last.excluded == EXCEPT and text[last.end : m.start()].isspace()
                         and text[m.end() : m.end() + 1] in _ACTED_NEXT)):
            last.numbers = last.numbers + [w for w in picked if w not in last.numbers]  # "第一个和第三个"
            last.end = m.end()
            last.excluded = max(last.excluded, excluded)  # "除了第1个和第5个"
            continue
        out.append(Ref(m.start(), m.end(), picked, excluded, specific))
    out.sort(key=lambda x: x.start)
    return out


_NUMBER: Final = re.compile(r"[0-9A-Z]{8,}")
_ACTED_NEXT: Final = frozenset("都全拦截催退撤改查核")
_INTRODUCES: Final = re.compile(r"[\s:：,，]*[0-9A-Z]{8}")


def _above_first(text: str, m: re.Match[str]) -> bool:
    """"上面两个拦截 C 催一下": the numbers above, with a command of their own before the clause's first number."""
    if _NUMBER.search(text, 0, m.start()) is not None:
        return False
    number = _NUMBER.search(text, m.end())
    if number is None:
        return False
    said = commands(text, m.end(), number.start())  # (not "上面两个拦截好了没 C", "拦截不了 C")
    return bool(said) and text[said[-1][1] : number.start()].strip() in ("", "，", ",")


def _excluded(text: str, s: int, e: int, left_out_at: list[int]) -> int:
    if any(0 <= x - e <= 3 for x in left_out_at):
        return LEFT_OUT
    return EXCEPT if _EXCLUDED_BEFORE.search(text, max(0, s - 3), s) is not None else 0


def _pick(m: re.Match[str], everything: list[Waybill], rows: list[list[Waybill]], start: int,
          taken: set[str], later: str = "") -> tuple[list[Waybill], bool]:
    """The numbers a reference picks, and whether it picks some (specific) rather than a group. Each family of
    references is read by a function of its own, tried in this order; a carrier ("中通的") is what is left."""
    g = m.groupdict()
    above = [w for w in everything if w.span[0] < start] or everything
    return (_by_row(g, everything, rows) or _by_count(m, g, everything, above) or _from_end(g, everything)
            or _by_end(m, g, everything)
            or _by_side(g, everything, taken) or _by_place(m, g, everything, above, start, later))


_Picked = tuple[list[Waybill], bool]


def _by_row(g: dict[str, str | None], everything: list[Waybill], rows: list[list[Waybill]]) -> _Picked | None:
    """Ranges ("第2到第4个", "第一行到第二行"), rows ("第一行"), columns ("每行第二个", "左边的")."""
    if g["from"]:
        a, b = numeral(g["from"]), numeral(g["to"] or "")
        pool: list[list[Waybill]] = rows if g["range_unit"] in ("行", "排") else [[w] for w in everything]
        return ([w for r in pool[a - 1 : b] for w in r] if 1 <= a < b <= len(pool) else []), True
    if g["rows_from"]:
        a, b = numeral(g["rows_from"]), numeral(g["rows_to"] or "")
        return ([w for r in rows[a - 1 : b] for w in r] if 1 <= a < b <= len(rows) else []), True
    if g["row"]:
        k = numeral(g["row"])
        return (rows[k - 1] if 1 <= k <= len(rows) else []), True
    if g["per_row"]:
        k = numeral(g["per_row"])
        return [r[k - 1] for r in rows if len(r) >= k], True
    if g["left"] or g["right"]:
        return [r[0] if g["left"] else r[-1] for r in rows if len(r) > 1], True
    return None


def _by_count(m: re.Match[str], g: dict[str, str | None], everything: list[Waybill],
              above: list[Waybill]) -> _Picked | None:
    """Positions counted from the start or the end: "第一二个", "第三个", "这三单", "前两个", "后两单"."""
    n = len(everything)
    if g["pair"]:  # "第一二个": the first and the second
        ks = [numeral(c) for c in g["pair"] if c not in "、，,和及"]
        return ([everything[k - 1] for k in ks] if all(1 <= k <= n for k in ks) else []), True
    if g["nth"]:
        k = numeral(g["nth"])
        return everything[k - 1 : k] if 1 <= k <= n else [], True

    if m.group().startswith(("这", "那")):
        k = numeral(g["these"]) if g["these"] else len(above)
        return (above[len(above) - k :] if 0 < k <= len(above) else []), False
    if g["first"]:
        k = numeral(g["first"][0])
        return (everything[:k] if 0 < k <= n else []), True
    if g["last"]:
        k = numeral(g["last"][0])
        return (everything[n - k :] if 0 < k <= n else []), True
    return None


def _from_end(g: dict[str, str | None], everything: list[Waybill]) -> _Picked | None:
    """Counted from the end: "倒数第二个", "倒数两个"."""
    n = len(everything)
    if g["nth_last"]:
        k = numeral(g["nth_last"])
        return everything[n - k : n - k + 1] if 1 <= k <= n else [], True
    if g["last_n"]:
        k = numeral(g["last_n"])
        return (everything[n - k :] if 0 < k <= n else []), True
    return None


def _by_end(m: re.Match[str], g: dict[str, str | None], everything: list[Waybill]) -> _Picked | None:
    """One end or the middle: "最后一个", "前者", "后者", "the second", "中间那个"."""
    n = len(everything)
    if g["final"] or m.group().startswith(("THE LAST", "LAST ONE")):
        return everything[-1:], True
    if g["former"]:
        return everything[:1], True
    if g["latter"]:  # the latter of two; of more it is not clear which
        return (everything[-1:] if n == 2 else []), True
    if g["english"]:
        k = ("SECOND", "THIRD", "FOURTH", "FIFTH").index(g["english"]) + 2
        return everything[k - 1 : k] if k <= n else [], True
    if g["middle"]:
        return _middle(m.group(), g["middle_n"], everything), True
    return None


def _middle(said: str, count: str | None, everything: list[Waybill]) -> list[Waybill]:
    """"中间那个" of an odd number of numbers is the one in the middle; otherwise all but the two ends; "中间三个":
    as many in the middle, the same number left at each end (``count``)."""
    n = len(everything)
    k = numeral(count) if count else 0
    if k > 1:
        return everything[(n - k) // 2 : (n - k) // 2 + k] if k < n and (n - k) % 2 == 0 else []
    single = said.endswith(("那个", "那单", "中间个")) or said in ("中间", "中间的")
    if n % 2 and single:
        return everything[n // 2 : n // 2 + 1]
    return everything[1:-1] if n > 2 else []


def _by_side(g: dict[str, str | None], everything: list[Waybill], taken: set[str]) -> _Picked | None:
    """Top and bottom, both ends, odd and even, the rest, the upper or lower of two."""
    n = len(everything)
    if g["top"] or g["bottom"]:
        return (everything[:1] if g["top"] else everything[-1:]), True
    if g["ends"]:
        return ([everything[0], everything[-1]] if n >= 2 else []), True
    if g["odd"] or g["even"]:
        return everything[0 if g["odd"] else 1 :: 2], True
    if g["rest"]:
        return [w for w in everything if w.number not in taken], False
    if g["upper"] or g["lower"]:
        return ((everything[:1] if g["upper"] else everything[-1:]) if n == 2 else []), True
    return None


def _by_place(m: re.Match[str], g: dict[str, str | None], everything: list[Waybill], above: list[Waybill],
              start: int, later: str = "") -> _Picked:
    """Those below or above the clause ("以下", "上面两个"), else those of a carrier ("中通的")."""
    if g["below"]:
        below = [w for w in everything if w.span[0] > start]
        counted = re.search(f"[{NUMERALS}0-9]", m.group())
        if not below and counted is not None and 0 < (k := numeral(counted.group())) < len(everything):
            return everything[-k:], True  # "上面两个拦截，下面两个撤单" under the list: the last ones of it
        return below, False
    if g["above"]:
        k = numeral(g["above_n"]) if g["above_n"] else len(above)
        if 0 < k < len(above) and (_BELOW_TOO.search(m.string) is not None or (
                later and _BELOW_TOO.search(later) is not None)):
            return above[:k], True  # "上面两个拦截，下面两个撤单": the first ones
        # a count of them picks some: what is named later as the others ("其余") are those not picked
        return (above[len(above) - k :] if 0 < k <= len(above) else []), 0 < k < len(above)
    carrier = CARRIER_WORDS.get(g["carrier"] or "", "")
    return [w for w in everything if w.carrier == carrier], True
