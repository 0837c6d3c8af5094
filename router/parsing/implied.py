"""Numbers no command took, and messages with no command word at all.

A list continued ("YT1，YT2 都是破损件", "拦截 YT1\\nYT2\\nYT3") takes the command of the nearest clause on its own
line, or the message's one command; numbers beside nothing but withdrawals are taken back ("YT1\\n不用拦了"). With
no command word, an address and a phone ask for an address change and a bare number (numbers and filler words
only, ``bare``) asks where the parcel is (weakly); anything else goes to a person.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.addresses import has_address
from router.parsing.alternation import each
from router.parsing.clauses import SIGNED_NOT_RECEIVED, Clause
from router.parsing.events import Event, Reading
from router.parsing.waybills import Found, Waybill
from router.parsing.words import Mention


def bind_orphans(clauses: list[Clause], orphans: list[int], found: Found, norm: str, r: Reading) -> None:
    """Numbers no command took."""
    if r.events:
        _list_continued(clauses, orphans, r)
        return
    if any(c.mentions for c in clauses):
        if all(m.negated for c in clauses for m in c.mentions):
            for i in orphans:  # "YT1\n不用拦了" with nothing else: taken back
                for c in clauses:
                    for m in c.mentions:
                        r.events += [Event(m, w, c) for w in clauses[i].waybills]
            return
        r.reasons.append("unplaced_waybill")
        return
    implied = _implied(norm, found, r)
    if implied is None:
        return
    for i in orphans:
        c = clauses[i]
        r.events += [Event(implied, w, c) for w in c.waybills]


def orphans_to_commands(clauses: list[Clause], orphans: list[int], command_only: list[int],
                        r: Reading) -> set[int]:
    """Numbers alone on their lines take the commands of a command-only line: the nearest below when the message
    starts with numbers, else the nearest above; not those told apart from the rest (``_told_apart``). Returns the
    command-only clauses so used."""
    used: set[int] = set()
    numbers_first = orphans[0] < command_only[0]
    for i in _told_apart(clauses, orphans, command_only):
        below = [j for j in command_only if j > i][:1]
        above_ = [j for j in command_only if j < i][-1:]
        preferred, fallback = (below, above_) if numbers_first else (above_, below)
        j = (preferred or fallback)[0]
        used.add(j)
        c = clauses[j]
        for m in c.mentions:
            r.events += [Event(m, w, c) for w in clauses[i].waybills]
    return used


# "A B 到了": said to have come (not "到了吗", "到了没", nor "显示签收了 没收到")
CAME: Final = re.compile(r"(?:收到了|拿到了|送到了|到(?<!该到)了)(?![吗没么吧])")  # (not "应该到了吧", "早该到了")
_CHASED: Final = frozenset({"urge", "track", "delay", "lost"})


def _told_apart(clauses: list[Clause], orphans: list[int], command_only: list[int]) -> list[int]:
    """"A B C 是一个班的三箱，A B 到了，C 没到，催一下": a list whose numbers are each told of again below it, and,
    where the command chases parcels, those said to have come, take no command; the others do."""
    if len(orphans) < 2:
        return orphans
    keep = [i for k, i in enumerate(orphans) if not {w.number for w in clauses[i].waybills} <= {
        w.number for j in orphans[k + 1:] for w in clauses[j].waybills}]
    chasing = all(m.intent.rstrip("~≈") in _CHASED for j in command_only for m in clauses[j].mentions
                  if not m.negated)
    came = [i for i in keep if CAME.search(clauses[i].text) is not None
            and SIGNED_NOT_RECEIVED.search(clauses[i].text) is None] if chasing else []
    return [i for i in keep if i not in came] if len(came) < len(keep) else keep


def _list_continued(clauses: list[Clause], orphans: list[int], r: Reading) -> None:
    """A list continued: "YT1，YT2 都是破损件" — a number takes the commands of the nearest clause on its own line
    (the following one first); across lines only when the message asks one thing, and not when its own line
    asks something told without a command word ("YT1 拦截\nYT2 下一站是哪": YT2 is asked about, not stopped)."""
    single = {e.intent for e in r.events if not e.negated}
    for i in orphans:
        asked = asked_on_line(clauses, clauses[i].row)
        if asked is not None:
            r.events += [Event(Mention(asked, 0, 0, False), w, clauses[i]) for w in clauses[i].waybills]
            continue
        if r.selective and all(c.refs for c in clauses if c.positive and c.row == clauses[i].row):
            continue  # "A B，第二个拦截，第一个正常": the places picked say which; the list is no list continued
        same_row = [j for j, c in enumerate(clauses) if c.positive and c.row == clauses[i].row]
        after, before = [j for j in same_row if j > i][:1], [j for j in same_row if j < i][-1:]
        near = before if before and (not after or _list_goes_back(clauses[before[0]], clauses[after[0]])) else (
            after or before)
        if near:
            c = clauses[near[0]]
            if c.waybills and told_of(clauses[i]):
                continue  # "A 重复了，跟 B 是同一个客户，所以 A 拦截": the command names its numbers; B is told of
            for m in c.positive:
                r.events += [Event(m, w, c) for w in clauses[i].waybills]
        elif r.selective:
            continue  # "第一个和最后一个拦截": the numbers not picked are not asked about
        elif len(single) == 1:  # "拦截 YT1\nYT2\nYT3": the list goes on; a guess where more was said is confirmed,
            # and where the number's own line says something else ("YT1 客户在家\nYT2 拦截")
            c = clauses[i]
            m = Mention(next(iter(single)), 0, 0, False)
            said = sum(1 for x in clauses if x.positive)
            guess = said > 1 or not bare_line(clauses, c.row)
            r.events += [Event(m, w, c, "continued" if guess else "") for w in c.waybills]
        else:
            r.reasons.append("unplaced_waybill")


# "都拦截：A，B，C，另外 D 改址": a list opened by a colon, or a new item after it, keeps the numbers between with the
# command before them
_LIST_OPENED: Final = re.compile(r"\s*(?:以下|下面|如下)?(?:的)?(?:单号|几单|几个|这些|运单号?)?\s*[:：]")
_GATHERS: Final = re.compile(r"都|全部|全都|统统|一起|均")
_NEW_ITEM: Final = ("另外", "此外", "还有", "再有", "另")


# "还有 B C", "子单也一起看一下 B", "哦不是这单，是 B": a number added to the list, or put in place of one
_CONTINUED: Final = re.compile(r"也|还有|一起|同样|一样|同理|同上|照此|照办|以及|另外|^\s*(?:而|应该|应)?是\s*[0-9A-Z]|"
                              r"[:：]\s*[0-9A-Z]")


def told_of(c: Clause) -> bool:
    """Whether a clause says something of its numbers of its own (not only lists them, or adds them to a list):
    "跟 B 是同一个客户", "B 已经签收"."""
    return not bare_clause(c) and _CONTINUED.search(c.text) is None


def _list_goes_back(before: Clause, after: Clause) -> bool:
    last = max(m.end for m in before.positive)
    if _LIST_OPENED.match(before.text, last) is not None:
        return True  # "拦截：A，B，C，另外 D E 都催一下": the list opened by the colon
    return _GATHERS.search(after.text) is None and after.text.lstrip().startswith(_NEW_ITEM)


def _implied(norm: str, found: Found, r: Reading) -> Mention | None:
    """The request of a message with no command word at all, or None (a reason noted) when it asks none."""
    if bare(norm, found):
        return Mention("track~", 0, 0, False)  # a bare waybill number asks where the parcel is (weakly)
    asked = _asked(norm)
    if asked is not None:  # (before an address: "… 浙江省…100号 还在中转站吗" asks where it is)
        return Mention(asked, 0, 0, False)
    if has_address(norm, found.phones):
        return Mention("change_address", 0, 0, False)  # a new address and phone, no command word
    told = _told(norm)
    if told is not None:
        return Mention(told, 0, 0, False)
    r.reasons.append("unknown_command")  # words we do not understand: a person reads them
    return None

# What a merchant tells instead of naming the request: shown as delivered and not received; a weight weighed one
# way and billed another; a delivery promised in so many days and late.
_WEIGHED: Final = re.compile("|".join(
    [f"{w}[^\n\\d]{{0,6}}\\d" for w in "称秤"]
    + [rf"{u}\D{{1,20}}?\d+(?:\.\d+)?\s*(?:KG|公斤|斤|千克)" for u in ("KG", "公斤", "斤", "千克")]))
_PROMISED: Final = re.compile(
    r"(?:说|承诺|保证|答应)(?:[^\n]{0,8}?(?:到|达)[^\n]{0,16}?第[二三四五六七八九十\d]{1,2}天|"
    # "承诺两天到 现在五天了": the days promised, and more gone by
    r"[^\n]{0,4}?[一两二三四五六七\d]天(?:内)?(?:到|送到|送达)[^\n]{0,8}?"
    r"(?:现在|都|已经|今天)[^\n]{0,4}?[三四五六七八九十\d]{1,2}天了)")


# Asked with no command word (weakly, as a bare number is): where it is or when it comes ("是不是还在仓库", "还在
# 转运中心吗", "今天能不能派到", "下一站是哪", "发出去没有"); delivery sooner ("今天务必派送", "能不能今天就送",
# "先送这个"); late ("时效超了"); the date now, said against an earlier one ("12月1号就到了中转站 今天12月6号了").
# (Here, not among the command words: 发, 时 and 还 start words everywhere in chat.)
_ASKED_WHERE: Final = re.compile(
    r"(?:是不是|是否)(?:还|已经|已|都)?(?:在|到)(?!付|底|时候|期)|还在[^，。,\s\n0-9]{1,8}?(?:吗|么|嘛)|下一站|"
    r"发(?:出来|出去|走)了?(?:吗|么|没有?)|"
    + each(("能不能", "能否", "会不会", "可不可以", "今天能", "明天能", "今日能", "今天会", "明天会"),
           r"(?:今天|明天|今日|当天)?(?:派|送)到"  # (not "送到 <a new address>")
           r"(?=[吗么不了嘛？?，,。]|\s*$|\s+(?![^\n]{0,30}?(?:省|市|区|县|路|街|号)))"))
_SOONER: Final = re.compile(
    r"务必(?:要)?(?:派送|送到|送达|送出|派|送)|今天就(?:送|派)|先送这|先派这|优先(?:派送|配送|送|派)")
_LATE: Final = re.compile(r"时效超了|时效已过|过了时效")
_DATE_NOW: Final = re.compile(r"(?:今天|现在|都|已经)(?:都|已经)?\s?(?:[0-9]{1,2}\s?月)?\s?[0-9]{1,2}\s?号了")


_TOLD: Final = ((SIGNED_NOT_RECEIVED, "verify_delivery"), (_WEIGHED, "weight"), (_PROMISED, "delay"))
_ASKED: Final = ((_SOONER, "urge"), (_ASKED_WHERE, "track~"), (_LATE, "delay"), (_DATE_NOW, "delay~"))


def _told(norm: str) -> str | None:
    return next((intent for pattern, intent in _TOLD if pattern.search(norm)), None)


def _asked(text: str) -> str | None:
    return next((intent for pattern, intent in _ASKED if pattern.search(text)), None)


def asked_on_line(clauses: list[Clause], row: int) -> str | None:
    """What a line asks with no command word of its own ("YT2 下一站是哪"), if it does."""
    if any(c.mentions for c in clauses if c.row == row):
        return None
    line = " ".join(c.text for c in clauses if c.row == row)
    return _asked(line) if any("\u4e00" <= ch <= "\u9fff" for ch in line) else None  # (a number alone asks none)


# Words that carry no request: politeness, acknowledgements, filler. A message of waybills and only these is bare.
# Matched as one possessive run over the whole text (the same greedy scan as removing every filler word and
# looking for what is left, without building the remainder, and with no backtracking to blow up).
_FILLER: Final = re.compile(
    r"(?:麻烦|谢谢|谢了|您好|你好|老板|亲|请|帮忙|帮我|一下|这个|这两个|这几个|单号|运单号|快递单号|快递|件|的|了|吧|呢|"
    r"啊|好的|收到|辛苦|以下|以上|都|全部|和|今天|昨天|发货|发的|寄的|[A-Z\d\s\W_])*+"
)


# "看一下 YT1", "YT1 YT2\n物流": a look asked for where the message has nothing else; on a line of a list it says
# something of its own ("YT1 物流看一下\nYT2 拦截": YT1 is no more of the list)
_LOOK: Final = re.compile(r"看看|看下|看一下|物流")


def bare_line(clauses: list[Clause], row: int) -> bool:
    """Whether line ``row`` holds only numbers and words that ask nothing ("YT1", "YT2 这个也是的")."""
    line = [c for c in clauses if c.row == row]
    if len(line) == 1 and len(line[0].waybills) == 1 and line[0].text.strip() == line[0].waybills[0].number:
        return True  # the commonest line of a list: its number alone
    return _only_filler(" ".join(c.text for c in line), [w for c in line for w in c.waybills])


def bare_clause(c: Clause) -> bool:
    """Whether clause ``c`` holds only numbers and words that ask nothing."""
    return _only_filler(c.text, c.waybills)


def _only_filler(text: str, waybills: list[Waybill]) -> bool:
    """Whether ``text`` less the numbers ``waybills`` is filler (``_FILLER``)."""
    for w in waybills:
        text = text.replace(w.number, " ")
    return _FILLER.fullmatch(text) is not None


# English that says more than a greeting ("YT… the courier say my address wrong, he cannot find the warehouse"): a
# person reads it, rather than the parcel's place being looked up; greetings and the words of a lookup pass ("YT…
# hello, tracking pls", "YT… when will arrive")
_ENGLISH_WORD: Final = re.compile(r"\b[A-Z]{4,}\b")
_GREETING_OR_LOOKUP: Final = frozenset({"PLEASE", "THANKS", "THANK", "HELLO", "DEAR", "BOSS", "FRIEND", "BROTHER",
                                        "SISTER", "TRACKING", "NUMBER", "PARCEL", "PACKAGE", "THIS", "THAT", "HERE",
                                        "GOOD", "MORNING", "AFTERNOON", "EVENING", "TEAM", "KINDLY", "REGARDS",
                                        "SHIFU", "LAOBAN", "WHEN", "WHAT", "TIME", "ARRIVE", "SHIPMENT",
                                        "INFORMATION", "INFO", "ABOUT", "STATUS", "UPDATE", "NEWS", "ALREADY", "SENT",
                                        "CUSTOMER", "ASKING", "RECEIVE", "WILL"})


def bare(norm: str, found: Found) -> bool:
    text = norm
    for w in found.waybills:
        text = text.replace(w.number, " ")
    if _FILLER.fullmatch(text) is not None:
        return sum(w not in _GREETING_OR_LOOKUP for w in _ENGLISH_WORD.findall(text)) < 4
    looked = _LOOK.sub(" ", text)  # (the look words taken out, the rest must be filler)
    return looked != text and _FILLER.fullmatch(looked) is not None
