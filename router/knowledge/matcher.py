"""Matching a merchant's question to the knowledge base's entries.

Each entry is a standard question and its similar phrasings. A message and every phrasing are read the same way:
normalised as the parser reads chat (full-width, traditional characters, Cantonese, @mentions and emoji:
router.parsing.normalize), colloquial words put in their common form (``SYNONYMS``: 咋 → 怎么, 邮费 → 运费), and cut
into features: the characters, each pair of neighbouring characters, and each pair of their sounds (voice input
writes 蓝收 for 揽收, 几电 for 几点; router.parsing.sounds). A feature weighs by how few entries use it (inverse
document frequency over the entries): 揽收 or 保价 tell entries apart, 怎么 or 多少 hardly.

A message's score against a phrasing is a weighted F-measure: how much of the phrasing the message covers, and how
much of the message the phrasing explains (only features the knowledge base uses count: a place or product named
in the question, "发乌鲁木齐运费多少", does not dilute it). An entry's score is its best phrasing's. The best entry
answers when its score is at least ``answer_at`` and ahead of the next entry by ``margin``; otherwise nothing is
answered (the caller hands a question to a person). Whether the message asks at all is router.knowledge.asking's.

Built once per knowledge base (an outlet's change builds a new one); matching takes an inverted index's postings
of the message's features only, not every phrasing.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from router.knowledge.patterns import Pattern
from router.parsing.normalize import normalize
from router.parsing.sounds import SOUND

# Colloquial and regional words → the word the entries are written with (longest first when applied). Domain
# words only: these are how merchants name the outlet's everyday things. (A word mapped to itself, 收件人, keeps a
# shorter one, 收件, from being read inside it.)
SYNONYMS: Final[Mapping[str, str]] = {
    "咋": "怎么", "怎样": "怎么", "如何": "怎么", "怎么样": "怎么", "点样": "怎么", "啥": "什么", "甚么": "什么",
    "乜嘢": "什么", "几钱": "多少钱", "多钱": "多少钱", "几多钱": "多少钱", "几块": "多少钱", "几块钱": "多少钱",
    "邮费": "运费", "快递费": "运费", "运价": "运费", "邮资": "运费", "寄费": "运费", "价钱": "价格", "报价": "价格",
    "价目": "价格", "收件": "揽收", "收件人": "收件人", "收件地址": "收件地址", "收货人": "收货人",
    "收货地址": "收货地址", "取件": "揽收", "揽件": "揽收", "收货": "揽收", "取货": "揽收", "收快递": "揽收",
    "蓝收": "揽收", "上门收": "上门揽收", "截止": "截单", "截件": "截单", "寄": "发", "邮": "发", "改地址": "改址",
    "修改地址": "改址", "换地址": "改址", "暂停派送": "停发", "不派送": "停发", "停运": "停发", "几天到": "多久到",
    "多长时间": "多久", "发票": "开票", "开发票": "开票", "电子面单": "面单", "赔偿": "理赔", "赔付": "理赔",
    "客服电话": "电话", "联系方式": "电话", "泡货": "抛货", "轻抛": "抛货", "放假": "节假日", "假期": "节假日",
    "过年": "春节", "对账": "账单", "月结": "结算", "帐单": "账单", "帐": "账", "点计": "怎么算", "点算": "怎么算",
    "几耐": "多久", "几日": "几天", "点搞": "怎么办", "唔见咗": "丢了", "唔见": "丢了", "整烂": "破损",
    "好多钱": "多少钱", "好多天": "多少天", "好久来": "什么时候来", "啥子": "什么", "咋个": "怎么", "咋整": "怎么办",
    "咋办": "怎么办", "啥价": "什么价格", "寄烂": "破损", "烂了": "破损", "破了": "破损", "几时": "什么时候",
    "啥时候": "什么时候", "拉货": "揽收", "拿件": "揽收", "点包": "怎么包", "点用": "怎么用", "机械人": "机器人",
    "拦回来": "拦回", "冇": "没",
}
_SYNONYM_RE: Final = re.compile("|".join(sorted(map(re.escape, SYNONYMS), key=len, reverse=True)))
# Words that ask or greet rather than say what is asked about: dropped before features are cut.
_FILLER: Final = re.compile(
    r"请问|问下|问一下|麻烦|你好|您好|老板|亲|在吗|在不在|哈+|啊+|呀|哦|噢|嗯|呢|吧|了|的|一下|下|我|我们|你们|咱们|"
    r"帮忙|帮我|想|知道|要|能|可以|吗|么|嘛|[?？!！,，.。~～…、:：;；\s\"'“”‘’()（）]")
UNKNOWN: Final = 0.5  # a pair of characters no entry uses weighs this share of the rarest feature
_CJK: Final = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z0-9]+")


def folded(text: str) -> str:
    """``text`` as matched: normalised, lower case, colloquial words in their common form."""
    return fold(normalize(text).lower())


def fold(text: str) -> str:
    """Colloquial words of ``text`` (normalised) in their common form."""
    return _SYNONYM_RE.sub(lambda m: SYNONYMS[m.group()], text)


def features(text: str) -> list[str]:
    """The features of ``text``: characters, neighbouring pairs and pairs of their sounds (``~``), per run of
    Chinese characters (or of letters and digits, as one feature)."""
    text = _FILLER.sub(" ", folded(text))
    out: list[str] = []
    for run in _CJK.findall(text):
        if not "\u4e00" <= run[0] <= "\u9fff":
            out.append(run)
            continue
        out.extend(run)
        sounds = [SOUND.get(c, c) for c in run]
        for i in range(len(run) - 1):
            out.append(run[i:i + 2])
            out.append(f"~{sounds[i]} {sounds[i + 1]}")
    return out


@dataclass(frozen=True, slots=True)
class Match:
    entry: str  # the entry's id
    score: float
    runner_up: float  # the next entry's score
    statement: bool = False  # a pattern that matches a message that does not ask


AMBIGUOUS: Final = Match("", 0.0, 0.0)  # patterns of two entries match: neither is answered


class Matcher:
    """The entries' phrasings, indexed by feature."""

    def __init__(self, phrasings: Mapping[str, Iterable[str]], answer_at: float = 0.55, margin: float = 0.08,
                 patterns: Mapping[str, Iterable[Pattern]] | None = None,
                 is_word: Callable[[str], bool] | None = None) -> None:
        """``phrasings``: each entry's id → its standard question and similar phrasings; ``patterns``: each
        entry's patterns (router.knowledge.patterns), which decide before any similarity is weighed; ``is_word``:
        whether characters are a real word (router.knowledge.words), never taken for a misheard one."""
        self.answer_at, self.margin = answer_at, margin
        self._patterns = [(p, eid) for eid, ps in (patterns or {}).items() for p in ps]
        # the patterns' words of two or more Chinese characters, by the sounds of their first two: voice input and
        # pinyin typing write 运飞 for 运费, 栏截 for 拦截, 棉单 for 面单 (router.parsing.sounds)
        self._heard: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        words = {w for p, _ in self._patterns for g in p.groups for w in g} | set(SYNONYMS)
        self._known = frozenset(words)
        for w in sorted(words, key=len, reverse=True):
            if len(w) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in w):
                sounds = tuple(SOUND.get(c, c) for c in w)
                self._heard[(sounds[0], sounds[1])].append((w, sounds))
        self._is_word = is_word
        cut = {eid: [set(features(p)) for p in ps] for eid, ps in phrasings.items()}
        df: dict[str, int] = defaultdict(int)
        for sets in cut.values():
            for f in set().union(*sets) if sets else ():
                df[f] += 1
        n = max(len(cut), 1)
        self.idf: dict[str, float] = {f: math.log((n + 1) / (d + 0.5)) for f, d in df.items()}
        self._entry: list[str] = []
        self._size: list[float] = []  # each phrasing's total weight
        index: dict[str, list[int]] = defaultdict(list)
        for eid, sets in cut.items():
            for fs in sets:
                if not fs:
                    continue
                k = len(self._entry)
                self._entry.append(eid)
                self._size.append(sum(self.idf[f] for f in fs))
                for f in fs:
                    index[f].append(k)
        self._index: dict[str, tuple[int, ...]] = {f: tuple(ks) for f, ks in index.items()}
        # a word the entries never use still says the message is about something else: it weighs as a rare one
        self._unknown = UNKNOWN * max(self.idf.values(), default=1.0)

    def __repr__(self) -> str:
        return f"<Matcher phrasings={len(self._entry)} features={len(self._index)}>"

    def by_pattern(self, text: str) -> Match | None:
        """The entry a pattern names for ``text`` (score 1), None when none does or two tie."""
        if not self._patterns:
            return None
        plain = fold(self.heard(normalize(text).lower()))
        hits = sorted(((len(p.groups), n, eid, p.statement) for p, eid in self._patterns if (n := p.hit(plain))),
                      reverse=True)
        if not hits:
            return None
        top = hits[0]
        if any(h[2] != top[2] for h in hits):
            return AMBIGUOUS  # (two entries' questions in one message: a person answers both)
        return Match(top[2], 1.0, 0.0, statement=top[3])

    def heard(self, text: str) -> str:
        """``text`` (normalised) with a known word (a pattern's, or one ``SYNONYMS`` folds) put back where another
        of the same sounds stands for it, one character at least the same: 运飞 → 运费, 该地址 → 改地址, 放加 → 放假."""
        if not self._heard:
            return text
        sounds = [SOUND.get(c, c) for c in text]
        out = list(text)
        i = 0
        while i < len(text) - 1:
            heard = self._heard.get((sounds[i], sounds[i + 1]), ())
            if any(text[i:i + len(w)] in self._known for w, _ in heard):
                i += 1  # (a word as written: 保价 is no 报价 misheard)
                continue
            fits = [w for w, ws in heard if tuple(sounds[i:i + len(w)]) == ws
                    and any(a == b for a, b in zip(text[i:i + len(w)], w, strict=False))
                    and not (self._is_word is not None and self._is_word(text[i:i + len(w)]))]  # (失效: no 时效)
            longest = max(map(len, fits), default=0)
            if len({w for w in fits if len(w) == longest}) == 1:  # (宝价: 保价 or 报价? neither)
                (w,) = {w for w in fits if len(w) == longest}
                out[i:i + longest] = w
                i += longest
                continue
            i += 1
        return "".join(out)

    def best(self, text: str) -> Match | None:
        """The best entry for ``text`` and its score, whether or not it is sure enough (None: nothing shared)."""
        every = set(features(text))
        fs = {f for f in every if f in self._index}
        if not fs:
            return None
        other = sum(1 for f in every if f not in self._index and len(f) == 2 and "\u4e00" <= f[0] <= "\u9fff")
        weight = sum(self.idf[f] for f in fs) + other * self._unknown
        shared: dict[int, float] = defaultdict(float)
        for f in fs:
            w = self.idf[f]
            for k in self._index[f]:
                shared[k] += w
        by_entry: dict[str, float] = {}
        for k, common in shared.items():
            recall, precision = common / self._size[k], common / weight
            score = 2 * recall * precision / (recall + precision)
            eid = self._entry[k]
            if score > by_entry.get(eid, 0.0):
                by_entry[eid] = score
        ranked = sorted(by_entry.items(), key=lambda kv: kv[1], reverse=True)
        return Match(ranked[0][0], ranked[0][1], ranked[1][1] if len(ranked) > 1 else 0.0)

    def sure(self, text: str) -> Match | None:
        """The entry that answers ``text``: the best, when its score reaches ``answer_at`` and the next entry's
        is ``margin`` behind; else None."""
        m = self.by_pattern(text) or self.best(text)
        if m is None or m is AMBIGUOUS or m.score < self.answer_at or m.score - m.runner_up < self.margin:
            return None
        return m
