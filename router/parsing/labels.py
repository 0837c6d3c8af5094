"""References to numbers by the words written beside them: "DPK1 床架\nDPK2 床垫\n床垫那单催一下", "老大 YT1\n老二
YT2\n老二那个退回来", "DPK1 是被子 DPK2 是衣服。被子那个压坏了要赔", "王磊那个拦截 赵敏那个催一下".

Merchants name their parcels by what is in them, who they are for or the state they are in, and then say what to do
with which. A number's label is the words on its line beside it (between it and the next number on the line, or
before it when nothing follows; the first word after the last number of a line when a command follows that: "A 成都
B 重庆 重庆那个拦截"). A clause with a command and no number of its own picks the numbers whose labels
share the longest words with what it says before its command (or after it), when those words tell the numbers
apart, and those whose last digits it names ("尾号412的"). A command that points at some of the numbers by what was
said of them or by how many ("今天发的那个", "拦截张三的", "其中一个", "两个拦截" of three) and that nothing picked is
``unresolved``: a person reads it, rather than the bot acting on every number. A clause that lists its numbers
each with a word of its own and then gives a command reads the words after the last number's word the same way,
among its own numbers (``labels_after_numbers``).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from router.parsing.clauses import FINE, Clause
from router.parsing.lexicon import GOODS_CLASSIFIERS, IRREVERSIBLE, NOTHING
from router.parsing.normalize import normalize
from router.parsing.refs import EXCEPT, Ref
from router.parsing.waybills import Waybill, find
from router.parsing.words import Mention, commands

# a label's words: Han, or a size or a weight ("XL", "20KG"), or a place counted ("2班", "3号楼", "5号店")
_WORDS: Final = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Z0-9.]{2,}|[0-9]{1,3}号?[班楼栋层区组店仓箱柜]")
# words before a command that describe what it is for ("XL的拦截", "床垫那单催一下"): a label may pick
# (and the classifier of the goods: 那本 of a book, 那箱, 那台, 那盒 …)
_CLASSIFIERS: Final = "个单件票" + GOODS_CLASSIFIERS
_DESCRIBED_BEFORE: Final = re.compile(rf"[^\s，,。]{{1,8}}(?:的|那[{_CLASSIFIERS}])\s*$")
# Words in any label or clause that tell no parcel from another.
_GENERIC: Final = frozenset({
    "快递", "单号", "运单", "这个", "那个", "一个", "客户", "买家", "帮我", "麻烦", "一下", "的话", "包裹", "这单",
    "那单", "这件", "那件", "东西", "我的", "你们", "我们", "谢谢", "已经", "还是", "就是", "可以", "帮忙", "今天",
    "明天", "昨天", "上午", "下午", "晚上", "前天", "刚才", "刚刚", "上次", "之前", "早上", "一起", "全部", "都要",
    "不要", "不用", "需要", "的那", "那两", "那几", "这两", "这几",
    *(f"{w}{c}" for w in ("那", "的那", "这") for c in GOODS_CLASSIFIERS)})
_LONGEST: Final = 8
_LABEL_CHARS: Final = 16  # a name, a content, a state: longer words beside a number say something of their own
_GROUP: Final = re.compile(r"都|均|全|这几|那几|这些|那些|以上|上述|所有|一起|一并|分别")
_PARCELS_COUNTED: Final = re.compile(r"[一二两三四五六七八九十几0-9]+\s?(?:票|单|个)")
_COUNT: Final = re.compile(r"[一二两三四五六七八九十几0-9]+\s?(?:票|单|个|件|箱|包|袋)")
# What points at some of the numbers by what was said of them: "鞋子那个拦截", "床垫那单" (not "按那个流程", "跟昨天那单
# 一样").
POINTED: Final = re.compile(
    rf"(?<=[\u4e00-\u9fffA-Z0-9])(?<![按跟像和同照])那[{_CLASSIFIERS}](?![^，,。\n]{{0,3}}一样)")
# "确认的拦截申请函", "今天的拦截单": the command word names a document there
_DOCUMENT: Final = re.compile(r"\s*(?:申请|单|函|工单|件|记录|情况|结果|费)")
_TAIL: Final = re.compile(r"尾号\s?([0-9]{3,6})")
# A count of parcels fewer than the message names, or one of them, not said which: "其中一个", "有两单", "两个拦截"
_SOME: Final = re.compile(r"(?<![第同每])(?:其中|有)?([一两俩二三四五六七八九]|[0-9])\s?(?:个|单|件|票)|那(俩|仨)")
_NUMERAL: Final = {"一": 1, "两": 2, "俩": 2, "仨": 3, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                   "九": 9, **{str(k): k for k in range(10)}}
# "拦截李四的": whose, said right after the command (fullmatched there)
_DESCRIBED_AFTER: Final = re.compile(r"\s*(?:一下)?\s*[^\s，,。的]{1,5}的\s*")
_LATIN_BESIDE: Final = re.compile(r"[A-Z0-9.]")
_SENTENCE_END: Final = re.compile(r"[，,。；;!！?？]")
# the word just after a number, a space after it
_FIRST_WORD: Final = re.compile(r"\s*\S+(?=\s)")
# a word of a parcel's own beside its number: Chinese, or a size or a model with its figures ("3000K", "10米");
# not an English word of the sentence ("A and B")
_OWN_WORD: Final = re.compile(r"[\u4e00-\u9fff]|[A-Z]*[0-9]+[A-Z]*(?![0-9A-Z])")


def points_at(text: str, start: int, end: int) -> bool:
    """Whether the words before the command at ``[start, end)`` of a clause point at some of the numbers."""
    return (POINTED.search(text, 0, start) is not None and _GROUP.search(text, 0, start) is None
            and _DOCUMENT.match(text, end) is None)


def number_labels(norm: str, numbers: list[Waybill]) -> dict[str, str]:
    """Each number's label: the words of its line beside it."""
    out: dict[str, str] = {}
    by_line: dict[int, list[Waybill]] = {}
    for w in numbers:
        by_line.setdefault(norm.rfind("\n", 0, w.span[0]), []).append(w)
    for start, ws in by_line.items():
        end = norm.find("\n", ws[-1].span[1])
        end = len(norm) if end < 0 else end
        for k, w in enumerate(ws):
            after = norm[w.span[1] : ws[k + 1].span[0] if k + 1 < len(ws) else end]
            if (stop := _SENTENCE_END.search(after)) is not None:
                after = after[: stop.start()]  # "DPK1 是被子 DPK2 是衣服。被子那个…": to the sentence's end
            if k == len(ws) - 1 and (own := _own_words_end(after, 0, norm[start + 1 : w.span[0]].split())) and (
                    commands(after, 0, len(after))):
                after = after[:own]  # "A 成都 B 重庆 成都的拦截": its words, before what is asked of some of them
            before = norm[ws[k - 1].span[1] if k else start + 1 : w.span[0]]
            label = after if _WORDS.search(after) is not None else before
            if _WORDS.search(label) is None:  # "刘姐的：A B": the words the line starts with, for each number on it
                label = norm[start + 1 : ws[0].span[0]]
            if _WORDS.search(counted := _COUNT.sub(" ", label)) is not None or _PARCELS_COUNTED.search(label):
                # ("刘姐的 三票", "这两票": how many; but "A 三箱 B 一箱 三箱那票…": the boxes tell them apart)
                label = counted
            if len(label) <= _LABEL_CHARS and not commands(label, 0, len(label)):
                out.setdefault(w.number, label)  # (words that ask something are a request, not a name)
    return out


# What a clause before a bare command says: trouble the command answers, not the parcel fine or kept
_TROUBLE: Final = re.compile(r"没|未|不|坏|破|错|拒|丢|少|烂|漏|湿|压|碎")
_FINE_OR_KEPT: Final = re.compile(FINE + "|没事|留着|保留|要的|收到")


def trouble_told(text: str) -> str:
    """``text`` (a clause with no command and no number, before a bare command) when it tells of trouble, for the
    command to be read as about what it describes ("复变那本还没揽收，撤掉"); "" when it says the parcel is fine or
    kept ("耳机那盒客户收了，拦截" is not for the earphones)."""
    return text if _TROUBLE.search(text) is not None and _FINE_OR_KEPT.search(text) is None else ""


def quoted_labels(quoted: str, carrier: str | None) -> dict[str, str]:
    """The labels of the numbers of a quoted message, by the words beside them in it (whose words they are, the
    speaker before a colon, is no parcel's word)."""
    norm = normalize(_SPEAKER_HEAD.sub("", quoted))
    return number_labels(norm, find(norm, carrier).waybills)


_SPEAKER_HEAD: Final = re.compile(r"(?m)^\s*[^\s：:]{1,16}[：:]")


def read_labels(clauses: list[Clause], distinct: list[Waybill], norm: str, taken: set[str],
                quoted: dict[str, str]) -> set[str]:
    """Numbers picked by the words beside them ("DPK1 床垫 … 床垫那单催一下"), in clauses that refer to none
    otherwise: those that name no number, and those that list their numbers each with its words before a command
    (``labels_after_numbers``); returns the labelled numbers when some were picked among them. ``quoted``: the
    words beside the numbers of a quote, when they are the numbers spoken of."""
    labels: dict[str, str] | None = None
    if distinct[0].span[0] < 0:
        if not quoted:
            return set()  # the numbers of a quote: no line of this message holds them
        labels = quoted
    picked = False
    for i, c in enumerate(clauses):
        if not c.mentions or any(x.numbers for x in c.refs) or (not c.waybills and all(
                m.negated and m.intent != NOTHING for m in c.mentions)):
            continue
        lo = _after_own_word(c) if c.waybills else 0
        if c.waybills and not lo:
            continue  # (a clause of numbers whose words are not one a number: no label picks among them)
        if labels is None:
            labels = number_labels(norm, distinct)
        if c.waybills:
            refs = labels_after_numbers(c, labels, distinct, lo)
        else:
            before = clauses[i - 1] if i else None
            bare = before is not None and not before.mentions and not before.waybills
            refs = label_refs(c, labels, distinct, trouble_told(before.text) if bare and before is not None else "")
        if refs:
            c.refs = c.refs + refs
            taken.update(w.number for x in refs for w in x.numbers)
            picked = True
    return set(labels) if picked and labels else set()


def labels_after_numbers(c: Clause, labels: dict[str, str], numbers: list[Waybill], lo: int) -> list[Ref]:
    """"A 吊灯 B 吸顶灯 吊灯那票拦截": the references by their labels of the commands of a clause that lists its
    numbers with the words beside them first, in the words from ``lo`` (``_after_own_word``) on."""
    own = {w.number for w in c.waybills}
    return label_refs(c, labels, [w for w in numbers if w.number in own], lo=lo)


def _after_own_word(c: Clause) -> int:
    """Where the words after the word beside the last number of a clause start, when every number of the clause
    has a word of its own after it (not "A B 都是发青海的 …", said of both) and a command stands there; 0 when
    not."""
    spans = [(w.span[0] - c.start, w.span[1] - c.start) for w in c.waybills]
    if len(spans) < 2 or any(_OWN_WORD.search(_JOINED.sub("", c.text[e:s2])) is None
                             for (_, e), (s2, _) in pairwise(spans)):  # (not "A 和 B")
        return 0
    word = _FIRST_WORD.match(c.text, spans[-1][1])
    if word is None or _OWN_WORD.search(word.group()) is None:
        return 0
    end = _own_words_end(c.text, spans[-1][1], c.text[: spans[-1][0]].split())
    return end if any(m.start >= end for m in c.mentions) else 0


def _own_words_end(text: str, at: int, earlier: list[str]) -> int:
    """Where the words beside the number ending at ``at`` end: its first word, and the words after it that the
    numbers before it have too ("A 北京 样衣 B 上海 样衣 样衣都拦截": B's are 上海 样衣); 0 when it has none."""
    word = _FIRST_WORD.match(text, at)
    if word is None:
        return 0
    end = word.end()
    while (nxt := _FIRST_WORD.match(text, end)) is not None and nxt.group().strip() in earlier:
        end = nxt.end()
    return end


def _last_words(said: str) -> str:
    """The last run of ``said`` between spaces that holds words."""
    for run in reversed(said.split()):
        if _WORDS.search(run) is not None:
            return run
    return ""


def label_refs(c: Clause, labels: dict[str, str], numbers: list[Waybill], prev: str = "", lo: int = 0) -> list[Ref]:
    """The references of a clause with commands to numbers by their labels: what it says before each command
    ("饰品店的拦截 打印店的催件"), when that tells some numbers from the others; ``prev``: the clause before, when it
    only describes ("复变那本还没揽收，撤掉": what the command is for); ``lo``: where in the clause its commands'
    words start, when it lists numbers of its own first. A command taken back is read too ("线代那本不拦了",
    "概率论那本照常": of that one)."""
    out = _tails(c, numbers)
    if out:
        return out
    everyone = {w.number for w in numbers}
    own = lo > 0
    live = [m for m in c.mentions if m.start >= lo]
    for m in live:
        said_at, said = lo, c.text[lo : m.start]
        lo = m.end
        if _WORDS.search(said) is None and m is live[-1] and not own:
            said_at, said = m.end, c.text[m.end :]  # "拦截鞋子那个": said after the command
        from_prev = _WORDS.search(said) is None and m is live[0] and bool(prev) and POINTED.search(prev) is not None
        if from_prev:
            said_at, said = 0, prev
        if _WORDS.search(said) is None:
            continue
        # ("A 香港 样品 B 澳门 样品 澳门那个…退回": after a clause's numbers, the words nearest the command first)
        near = _last_words(said) if own else ""
        best = _joined_labels(said, labels, numbers)
        if near and (picked := _joined_labels(near, labels, numbers)):
            best = {k: at + said.rindex(near) for k, at in picked.items()}
        if (group := _GROUP.search(said)) is not None and not (
                best and min(best.values()) < group.start() and _APART.search(said, min(best.values()),
                                                                              group.start()) is None):
            continue  # ("两单都", "这俩"): all of them, however labelled; not "重庆的全部", all of those named
        if best and len(best) < len(everyone):  # (what every label holds tells no number apart)
            at = (m.end, m.end) if from_prev else (  # (the clause before: as if said right after the command)
                said_at + min(best.values()), max(m.start, said_at + len(said)))
            # ("除河西店那票外都加急": the ones named are left out of what the others take)
            lead = said[said.rindex(near) if near else 0 : min(best.values())]
            left_out = EXCEPT if "除" in lead else 0
            out.append(Ref(*at, [w for w in numbers if w.number in best], left_out, True))
    return out


_JOINED: Final = re.compile(r"跟|和|、|及|以及|还有")
# ("对 发错了 两个都拦回来": the group word of another phrase, after one that ended; not "桂园 3 栋的两单都")
_APART: Final = re.compile(r"[，,。]|了\s")


def _joined_labels(said: str, labels: dict[str, str], numbers: list[Waybill]) -> dict[str, int]:
    """The numbers ``said`` picks by their labels: "横幅跟易拉宝催一下", each of the labels joined (unless a label
    holds the words joined: "酱油和醋那箱")."""
    whole, n = _best_shared(said, labels, numbers)
    parts = _JOINED.split(said)
    if len(parts) < 2 or n > max(len(p) for p in parts):
        return whole
    best: dict[str, int] = {}
    for part in parts:
        best.update(_best_shared(part, labels, numbers)[0])
    return best


def _best_shared(said: str, labels: dict[str, str], numbers: list[Waybill]) -> tuple[dict[str, int], int]:
    """The numbers whose labels share the most of ``said`` (number -> where in ``said``), and how much."""
    shares: dict[str, tuple[int, int]] = {}  # number -> (length, place in the clause) of the words it shares
    for w in numbers:
        hit = _shared(said, labels.get(w.number, ""))
        if hit is not None:
            shares[w.number] = hit
    longest = max((n for n, _ in shares.values()), default=0)
    return {k: at for k, (n, at) in shares.items() if n == longest}, longest  # ("王小明那个": not 王小红 for 王小)


def _tails(c: Clause, numbers: list[Waybill]) -> list[Ref]:
    """"拦截尾号412的": the numbers ending in those digits (none picked: a person reads it)."""
    out: list[Ref] = []
    for m in _TAIL.finditer(c.text):
        out.append(Ref(m.start(), m.end(), [w for w in numbers if w.number.endswith(m.group(1))], 0, True))
    return out


def may_pick(c: Clause, first: Mention, n: int) -> bool:
    """Whether the words of a clause whose first command is ``first`` may pick some of the message's ``n`` numbers
    (a description, last digits, a count): not a message to read plainly, every number taking the command."""
    return (points_at(c.text, first.start, first.end) or unresolved(c, n) or "尾号" in c.text
            or _DESCRIBED_BEFORE.search(c.text, 0, first.start) is not None)


def named_by_label(c: Clause, first: Mention, norm: str, numbers: list[Waybill]) -> bool:
    """Whether the words before the first command of a clause with no number of its own name some of the numbers
    by the words written beside them ("国际段 A，国内段 B，国内段改地址 …"), or those after the numbers a clause
    lists with their words ("A 吊灯 B 吸顶灯 吊灯那票拦截")."""
    if c.waybills:  # (the labels are worked out only where the clause lists numbers each with words of its own)
        lo = _after_own_word(c)
        refs = labels_after_numbers(c, number_labels(norm, numbers), numbers, lo) if lo else []
    else:
        refs = label_refs(c, number_labels(norm, numbers), numbers) if _WORDS.search(c.text, 0, first.start) else []
    everyone = {w.number for w in numbers}
    return any(0 < len({w.number for w in x.numbers}) < len(everyone) for x in refs)


def unresolved(c: Clause, n: int) -> bool:
    """Whether a clause with a command points at some of the message's ``n`` numbers (or of its own) by what was
    said of them ("今天发的那个撤单", "拦截张三的", "P1 床架 P2 床垫 床垫那单拦截") or by how many ("拦截其中一个",
    "两个拦截" of three), and no reference or label picked them: which ones, a person reads."""
    if any(x.numbers for x in c.refs) or (len(c.waybills) == 1):
        return False  # ("前面那个拦截": a place picked them)
    last = max(w.span[1] for w in c.waybills) - c.start if c.waybills else 0
    live = [m for m in c.mentions if not m.negated and m.intent.rstrip("~≈") in IRREVERSIBLE and m.start >= last]
    if not live or _GROUP.search(c.text, last) is not None:
        return False
    if c.waybills:
        n = len({w.number for w in c.waybills})
        pointed = POINTED.search(c.text, last, live[0].start) is not None
    else:
        pointed = (points_at(c.text, live[0].start, live[0].end) or POINTED.search(c.text, live[-1].end) is not None
                   or _described(c.text, live[0].start))
    return (pointed or _DESCRIBED_AFTER.fullmatch(c.text, live[-1].end) is not None
            or any(_NUMERAL.get(m.group(1) or m.group(2), 99) < n for m in _SOME.finditer(c.text, last)))


def _described(text: str, at: int) -> bool:
    """"二班的拦截": the parcels told apart by words before the command, that no label here holds."""
    m = _DESCRIBED_BEFORE.search(text, 0, at)
    said = m.group().rstrip().removesuffix("的") if m is not None else ""
    # (not "黑色跟白色的拦截": several named, maybe every one; not "老板说的拦截": what was said)
    return (bool(_WORDS.search(said)) and said not in _GENERIC and not said.endswith("说")
            and _JOINED.search(said) is None)


def _shared(said: str, label: str) -> tuple[int, int] | None:
    """The longest words (two characters or more, not generic) ``said`` shares with ``label``: (length, where in
    ``said``), or None."""
    runs = _WORDS.findall(label)
    for n in range(min(max((len(x) for x in runs), default=0), _LONGEST), 1, -1):
        for run in runs:
            if run[0].isdigit() and not run[-1].isascii():  # "2班": whole, never the "2班" of "12班"
                at = said.find(run) if n == len(run) else -1
                if at >= 0 and not said[at - 1 : at].isdigit():
                    return n, at
                continue
            for i in range(len(run) - n + 1):
                piece = run[i : i + n]
                if piece not in _GENERIC and (at := said.find(piece)) >= 0:
                    if piece.isascii() and (piece != run or _LATIN_BESIDE.search(said, max(0, at - 1), at)):
                        continue  # ("0KG" of "20KG", "L" of "XL": part of a size, not the size)
                    return n, at
    return None
