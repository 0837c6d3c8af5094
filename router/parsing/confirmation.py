"""Whether an irreversible action read from a message is certain, and if not why the merchant is asked first.

An intercept, cancel or address change cannot be undone, so one read from a morpheme, a hedged or conditional
sentence, a question, a joined or quoted number, a positional reference, a continued list, conflicting commands
or a message that took more than plain binding (anything taken back, put right or denied, or several commands for
several numbers) is marked for confirmation (``mark_unsure``), with the first reason reported in the result.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.clauses import CONDITION, CORRECTION, HEDGE, PARCEL_STATE, Clause
from router.parsing.dialect import NOT_YET, WHETHER, WITHOUT, closing
from router.parsing.events import Event, Reading
from router.parsing.lexicon import BIE_IN_WORDS, IRREVERSIBLE, NOTHING
from router.parsing.questions import POLITE, asks_about
from router.parsing.sentences import sentence_end, sentence_start

# Words that deny or hold back, wherever they stand; the reasons merchants give for a return do not count.
DENIAL_ANYWHERE: Final = re.compile(
    r"不(?<!客户不)(?<!顾客不)(?<!买家不)(?<!人家不)(?<![他她说]不)(?!在家|接电话|在|满意|想要|喜欢|合适|对劲|见了|到|动|通|送|派|发)|"
    + BIE_IN_WORDS + r"|甭|免了|勿|拉倒|作罢|算了|NO |NOT |DON'?T|"
    # ("all intercept except YT3": which numbers are meant is not read from English; the merchant says)
    r"EXCEPT|EXCLUDING|OTHER THAN|"
    # withdrawing words, and words that introduce what someone else wrote: an irreversible action read beside
    # them is confirmed, in case they take it back or relay it in a way the reading above missed
    r"无需|无须|毋须|没必要|用不着|暂缓|放弃|终止|中止|撤回|撤销|作废|取消|WITHDRAW|HOLD OFF|"
    r"转发|原文|原消息|聊天记录|邮件|发件人|引用|回复|说[:：]"
)
# One scan each instead of two (both alternations start with literals: the engine skips ahead).
_UNDECIDED: Final = re.compile(HEDGE.pattern + "|" + CONDITION.pattern)
_DOUBTED: Final = re.compile(CORRECTION.pattern + "|" + DENIAL_ANYWHERE.pattern)
# Words of regional speech (Cantonese, Wu, Xiang and Gan, Central Plains, Hakka, Southwestern and Northeastern
# Mandarin) that standard Mandarin does not use: the readers turn the ones they know into Mandarin, but a message
# written this way may hold a negation, a question or a report they do not know ("撤單 搞掂未": done yet?; "拦住哒
# 冇": stopped or not?), so an irreversible action read from it is confirmed first. Looked for in the merchant's own
# words as written, before any reader changed them. (唔该, "please", is a courtesy that denies nothing.)
_REGIONAL: Final = re.compile(
    "|".join("冇咗嘅喺嚟啲揾搵睇俾畀佢哋嗰乜攞嘢喇喎咩啱㗎啩冚侬搿伐覅弗呒啵噻俺恁嫑尕𠊎爻")
    + "|唔(?![该該]|好意思)|莫得|啥子|咋个|嘎哈|么子|阿拉|辰光|撒子|底块|揣无|揣唔|落来|好势|甲我|"
    + "转来(?<=[退拉佗驮寄送拦截]转来)|哒(?=冇|$|[\\s，,。?？!！])(?<![好么萌是对嗯]哒)|"
    # a question closed the southern way ("拦牢未", "要收钱无", "能拦否"), not Mandarin's 尚未, 有无, 是否
    + "|".join((closing("未", NOT_YET), closing("无", WITHOUT), closing("否", WHETHER))))
_CONFIRM_BY_SOURCE: Final = {"quote": "quoted_number", "ref": "positional_reference", "continued": "continued_list",
                              "conflict": "conflicting_commands"}


def mark_unsure(kept: list[Event], state: dict[str, list[Event]], norm: str, clauses: list[Clause],
                r: Reading, plain: bool) -> None:
    """Irreversible actions that are not certain: marked (source "confirm"), and why noted."""
    whole: str | None = None  # why of the whole message; looked at only when an irreversible action was read
    undecided = False  # the message holds a hedge or a condition somewhere
    for e in kept:
        if e.base not in IRREVERSIBLE:
            continue
        if whole is None:
            whole = ("complex_message" if not plain or _complex(clauses, state, norm)
                     else "regional_words" if regional_words(r.own) else "")
            undecided = _UNDECIDED.search(norm) is not None
        if why := _why_confirm(e, r, norm, whole, undecided):
            r.confirm.append(why)
            e.source = "confirm"


def regional_words(text: str) -> bool:
    """Whether ``text`` (as written) holds words of regional speech that standard Mandarin does not use."""
    return _REGIONAL.search(text) is not None


def _why_confirm(e: Event, r: Reading, norm: str, whole: str, undecided: bool) -> str:
    """Why an irreversible action read from the message is not certain, or "" when it is (``whole``: why of the
    message as a whole, its reading took more than plain binding or it is in regional words, or "")."""
    if e.intent.endswith("≈"):
        return "weak_command"
    if e.held or e.waybill.number in r.hedged or (undecided and (e.clause.hedged or _hedged_sentence(norm, e))):
        return "hedged"
    if asks_about(e.clause.text, e.at - e.clause.start) or _asked_bare(norm, e):
        return "question"
    if e.waybill.joined or r.books:  # a number joined over two lines; or one that may be a book's ISBN
        return "joined_number" if e.waybill.joined else "book_number"
    if reason := _CONFIRM_BY_SOURCE.get(e.source):
        return reason
    return whole


# "拦一下？", "退回?": the action itself asked as a question, with no word that makes it a polite request
_BARE_QUESTION: Final = re.compile(r"(?:一下|下|吧|呢)?\s?\?")


def _asked_bare(norm: str, e: Event) -> bool:
    return _BARE_QUESTION.match(norm, e.end) is not None and POLITE.search(e.clause.text) is None


def _hedged_sentence(norm: str, e: Event) -> bool:
    """Undecided in the sentence around the command, beyond its clause: "先拦一下吧? 等我问问买家", "若客户坚持拒收，
    则请予以退回" (a condition on what only the merchant will learn)."""
    start, end = sentence_start(norm, e.at), sentence_end(norm, e.end)
    if HEDGE.search(norm, e.end, end) is not None:
        return True
    return CONDITION.search(norm, start, e.at) is not None and PARCEL_STATE.search(norm, start, end) is None


def _complex(clauses: list[Clause], state: dict[str, list[Event]], norm: str) -> bool:
    """A message whose reading took more than plain binding: something taken back, put right or denied, or
    several numbers with different commands. An irreversible action read from it is confirmed first."""
    if any(m.negated and m.intent != NOTHING for c in clauses for m in c.mentions):
        return True
    if _DOUBTED.search(norm) is not None:  # put right, or a denial no command word carried: what does it deny?
        return True
    asked = {e.base for evs in state.values() for e in evs}
    return sum(1 for evs in state.values() if evs) > 1 and len(asked - {"track"}) > 1
