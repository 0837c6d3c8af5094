"""Where the lexicon's command words stand in a text: ``commands``, and ``heard`` for words that sound like one.

Longest match wins where words overlap (拦截退回 over 退回, 签收未收到 over 签收). Pinyin and English words
("lanjie", "return to sender") are matched as whole words of the upper-cased text, and a morpheme not inside the
words it is part of (退款, 撤回). This is the scan every message goes through, so it is one loop over the places a
word may start (one character class, searched in C) that tries only the words of the character found there; the
later passes (``polarity``, ``phrases``, ``withdrawals``, ``unasked``) read each word found as a ``Mention``.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.lexicon import LEXICON, MORPHEMES, WEAK, WHOLE_WORDS
from router.parsing.sounds import SoundIndex

# ("麻溜的拦了", "麻溜的 给我 拦了": how another command is to be done, not a hurry of its own)
_HOW_ANOTHER: Final = tuple(f"{sp}{to}{verb}" for sp in ("", " ") for to in ("", "给", "给我", "给 ", "给我 ")
                            for verb in "拦截退撤改帮把核查赔投登")
# Where a morpheme means something else: 退款 is money back, 撤回 and 撤销 are words of their own.
_NOT_AFTER: Final[dict[str, tuple[str, ...]]] = {
    "退": ("款", "钱", "费", "运费", "货款", "出", "换", "群", "的款", "了款", "过款", "货"), "撤": ("回", "销", "错"),
    "核实": ("一下重量", "重量"),
    "催": ("了好几", "过"), "快派": ("送了", "了", "件了"),
    # 改到明天: a day, not an address; 改到付: paid on delivery
    "改到": ("明天", "后天", "今天", "下午", "上午", "晚上", "周", "下周", "星期", "礼拜", "几点", "付"),
    "PC": ("端",), "TS": ("码",),  # the desktop app, a size
    "退回来": ("运费比", "运费都比", "运费还", "运费太", "的运费"),  # "退回来运费比货还贵": what it would cost
    "漏": ("发", "寄", "填", "写", "掉", "看", "打", "单", "件"),  # 漏发: forgotten, not leaking
    # "单号少了一位", "地址少了楼号": a digit, a part of the address, not a part of the parcel
    "少了": ("一位", "位", "一个数", "个数字", "楼号", "门牌", "单元", "房号", "楼层"),
    # the payout, not a request for one
    "理赔": ("款", "的钱"), "赔付": ("款", "的钱"), "索赔": ("人",), "赔": ("的钱", "款"),
    "赔偿": ("款", "金"), "赔款": ("项", "已", "到"),
    # a pinyin initial that is also a name: "CJ物流" (a carrier). (CD, GZ, PC and TS are written as often for 成都,
    # 广州, a computer and a size: lexicon.MORPHEMES reads them, weakest.)
    "CJ": ("物流", "大韩", "快递"),
    "不动": ("照常", " 照常", "正常", " 正常"),  # "不动 照常派": leave it, not "not moving"
    "加快": ("拦", "截", "退", "撤", "速度"),  # "加快拦截": how fast, of another command
    "地址改": ("了", "啦", "的", "过", "好", "完", "不了", "没", "来", "错", "成功"),  # ("地址改了没": asked after)
    "麻溜的": _HOW_ANOTHER, "麻溜儿": ("的", *_HOW_ANOTHER), "麻溜": _HOW_ANOTHER,
    # ("送过去也行": delivering it will do, not a hurry; "赶紧给送回来": the return)
    "送过去": ("也行", "也可以", "也没事", "也没关系"), "送回来": ("给",), "送回去": ("给",),
    "地址改了": ("没", "吗", "么", "吧"),  # ("地址改了没": asked after)
    "还差一个": ("没",),  # ("还差一个没拦": one more to do, not one missing)
    "今天派": ("得快", "得挺快", "的快"), "今天送": ("得快", "得挺快", "的快"),  # praise, not a hurry
    "赶紧给送": ("回", "走了", "到"), "赶紧给派": ("到",), "今天能不能派": ("到",),
    "今天一定派": ("不",), "给整过去": ("了",), "之前必须到": ("付",),
    # ("赔的钱什么时候到账": the money, not the parcel)
    "啥时候到": ("账",), "什么时候到": ("账",), "啥时候": ("到账",), "什么时候能到": ("账",), "多久到": ("账",),
}
_AT_PLACE: Final = "在到发寄去往回从飞"  # "客户在CD", "发GZ": 成都, 广州, places
# "手快点错了", "经核实", "易碎", "乱丢件", "气坏了": no hurry, no check, fragile rather than broken, thrown about
# not lost, angry not broken
_NOT_BEFORE: Final[dict[str, str]] = {"快点": "手", "核实": "经", "碎": "易", "该成": "应活", "丢件": "乱扔",
                                      "送过去": "常照",  # ("正常送过去": as it is, no hurry)
                                      # ("快递员说明天送回来", "下午再送回来给客户": delivered later, not returned)
                                      "送回来": "天午再说晚", "送回去": "天午再说晚",
                                      "坏了": "气急累吓饿乐车", "CD": _AT_PLACE, "GZ": _AT_PLACE,  # (any of them)
                                      "停了": "雨梯电风雪水",  # ("雨停了", "电梯停了": not the parcel)
                                      # ("拦到了没", "退到了吗": whether the request was carried out)
                                      "到了没": "拦截退撤", "到了吗": "拦截退撤", "到了没有": "拦截退撤"}
_LATIN_BEFORE: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'")
_LATIN_AFTER: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ'")

_words = sorted(
    [(w, i) for i, ws in LEXICON.items() for w in ws]
    + [(w, i + "~") for i, ws in WEAK.items() for w in ws]
    + [(w, i + "≈") for i, ws in MORPHEMES.items() for w in ws],
    key=lambda x: -len(x[0]),
)
# The command words by their first character, longest first: the scan below tries only those that can start at a
# position (a regex alternation of them all tried every word at every position where any could start).
_BY_FIRST: Final[dict[str, list[tuple[str, str]]]] = {}
for _w, _i in _words:
    _BY_FIRST.setdefault(_w[0], []).append((_w, _i))


def _fits(text: str, at: int, word: str) -> bool:
    """Whether ``word``, found at ``at``, is that word there: Latin words only whole, morphemes not inside the
    words they are part of."""
    end = at + len(word)
    if word[0] in _LATIN_AFTER and not (
            (at == 0 or text[at - 1] not in _LATIN_BEFORE) and (end == len(text) or text[end] not in _LATIN_AFTER)):
        return False
    after = _NOT_AFTER.get(word)
    if after is not None and any(text.startswith(x, end) for x in after):
        return False
    before = _NOT_BEFORE.get(word)
    return before is None or at == 0 or text[at - 1] not in before


# Where a command word may start: one character class, scanned for in C. At each such place the words of that
# character alone are tried, longest first. (One alternation of every word, grouped by first character, cost a
# probe of each of the groups after the right one wherever its words did not match: at the letters of every
# waybill prefix, at every 不 and 一.)
# (a Latin word only whole: not at the T of "YT…", nor wherever a letter or a digit stands before it; nor at the Y
# of "YT7514…": letters run into digits there, a waybill's prefix)
_STARTS: Final = re.compile(
    "[" + "".join(re.escape(c) for c in sorted(_BY_FIRST)) + "](?<![A-Z0-9'][A-Z'])(?!(?<=[A-Z])[A-Z]*[0-9])")
_WORDS_AT: Final[dict[str, re.Pattern[str]]] = {
    first: re.compile("|".join(re.escape(w) for w, _ in words)) for first, words in _BY_FIRST.items()}
_INTENT_OF: Final = dict(_words)
# Words everyday phrases sound like ("第一时间" is yi shi, as 遗失) are not listened for.
_NOT_HEARD: Final = frozenset({"遗失"})
# Only firm words: a weak word is a guess already, and a word that sounds like one ("收了" as 馊了) a guess too far.
_SOUNDS: Final = SoundIndex(
    [(w, i) for w, i in _words if not w.isascii() and i[-1] not in "~≈" and w not in _NOT_HEARD])


def commands(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Command words in ``text[lo:hi]``, leftmost first and longest at each place: (start, end, intent)."""
    out: list[tuple[int, int, str]] = []
    pos = lo
    while (m := _STARTS.search(text, pos, hi)) is not None:
        s = m.start()
        word_at = _WORDS_AT[m.group()].match(text, s, hi)
        if word_at is None or not _fits(text, s, word := word_at.group()):
            pos = s + 1  # "退款", "CANCELLED": not this word here; something may start inside it
            continue
        pos = word_at.end()
        out.append((s, pos, _INTENT_OF[word]))
    return out


class Mention:
    """A command word in a clause; ``start``/``end`` are relative to the clause. (A plain class: see Waybill.)"""

    __slots__ = ("contrast", "done", "earlier", "end", "held", "intent", "negated", "start", "word")

    def __init__(self, intent: str, start: int, end: int, negated: bool, word: str = "") -> None:
        self.intent, self.start, self.end, self.negated, self.word = intent, start, end, negated, word
        self.contrast = False  # negated by 不是 ("是漏液 不是压坏"): a detail put right, not a request taken back
        self.done = False  # reported as done already ("拦过了", "已经投诉"): nothing asked, nothing taken back
        self.held = False  # left undecided by what follows ("先拦着？我问问买家再说"): asked, if irreversible
        self.earlier = False  # (with done) a request of an earlier message spoken of ("昨天让拦截的"): maybe under way

    def __repr__(self) -> str:
        return f"Mention({self.intent!r}, {self.start}, {self.end}, negated={self.negated})"


def heard(text: str, clauses: list[tuple[int, int]],
          found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"腿回", "众裁": what no word matched may sound like one (a guess: a morpheme's strength)."""
    guessed = [(s, e, i.rstrip("~≈") + "≈") for s, e, i in _SOUNDS.find(text, clauses[0][0], clauses[-1][1])
               if all(e <= a or b <= s for a, b, _ in found) and WHOLE_WORDS.isdisjoint(text[s:e])
               and _fits(text, s, text[s:e])]  # (what the word would not be there, its sound is not either)
    return sorted(found + guessed)
