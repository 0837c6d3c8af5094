"""Questions about an action rather than requests for it.

"拦截了吗", "改地址了没", "核重结果出来了吗" ask whether an earlier request was carried out; "拦截要收费吗", "仲裁要
准备什么材料" ask about its rules. Neither is a request (``not_questions`` drops them; a message of nothing else
goes to a person as a ``question``). A polite request is asked as a question too, but with its own words ("能拦截吗",
"可以帮忙改个地址吗"); ``asks_about`` tells the two apart within a clause, for the confirmation of a request.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.alternation import each
from router.parsing.asides import suggested
from router.parsing.events import Event, Reading
from router.parsing.lexicon import IRREVERSIBLE
from router.parsing.words import commands

# A question about an action rather than a request for it ("拦截了吗", "拦截要收费吗", "改址要多久"); a polite
# request is asked as a question too, but with its own words ("能拦截吗", "可以帮忙改个地址吗").
QUESTION: Final = re.compile(r"吗|么|嘛|\?|没有$|了没|多少|多久|几天|怎么|为什么|为啥|是否|成功|结果|进度|收费|费用")
_PROCEDURE_QUESTION: Final = re.compile(
    r"什么材料|准备什么|需要什么|什么手续|流程|怎么操作|怎么申请|怎么弄(?<!看怎么弄)|有补偿|会有补偿|什么资料|要哪些|需要哪些|"
    r"得我自己|得先交|要先交|得先付|要先付|后会怎么处理|后会怎样处理|后会如何处理")
# (and "要收费不", "要钱不": asked with a 不 at the end)
_QUESTION_MARK: Final = re.compile(
    r"吗|么|嘛|\?|是不是|会不会|要不要钱|收不收|多少|多久|怎么|怎样|咋|为什么|为啥|是否|哪|谁|什么|费不(?![^\s?？。!！,，])|钱不(?![^\s?？。!！,，])")
# What such a question asks about: the cost, the rules, what went wrong ("拦截要收费吗", "怎么还给拦了").
# of an action on the parcel: its cost and rules as well as what it takes
_POLICY_QUESTION: Final = re.compile(
    r"收费|费用|运费|多少钱|加钱|要钱|收钱|收不收钱|要不要钱|怎么算|怎样算|咋算|如何算|影响|多久|多长时间|时效|只能|会不会|怎么回事|为什么|为啥|哪一?方|谁(?:来)?(?:出|付|承担)|"
    + _PROCEDURE_QUESTION.pattern + "|能补偿|"
    # ("return how much money?", "can I cancel after pick up?", "need extra money?": asked in English)
    r"HOW MUCH|HOW LONG|HOW MANY DAYS|EXTRA MONEY|EXTRA FEE|ANY FEE|COST|CAN I\b(?! ASK| REQUEST)")
# "改地址能改几次", "改地址能改到省外吗": how far the action goes, a rule asked about however politely
_EXTENT: Final = re.compile(
    r"[^\s，,。?？]{0,4}?(?:(?:几|多少)(?:次|回|遍)|多远|赔多少|(?:省外|外省|跨省|出省|国外|境外)[^\s，,。]{0,2}(?:吗|么|嘛|不|[?？]))")
POLITE: Final = re.compile(
    r"能(?<![只不久候]能)|可以|可否|麻烦|帮|请(?<!申请)(?!问)|行不行|好不好|能否|PLS|PLEASE|CAN YOU")
# "拦截了吗", "改地址了没": whether an earlier request was carried out.
_STATUS_QUESTION: Final = re.compile(
    r"\s*(?:了|成功了?|好了|完了|住了)\s*(?:吗|么|嘛|没有?|不)[啊呀呢哦吖嘛]?\s*(?:[?？]|$|[\s，,。!]|怎么)|"
    r"\s*(?:好了|完了|住了)吧\s*(?:[?？]|$)|"  # ("这个拦好了吧": supposed done, asked)
    # "intercept success or not?", "intercept done?": asked in English
    r"\s*(?:IS\s)?(?:SUCCESS(?:FUL)?|DONE|FINISHED|COMPLETED?)\s?(?:OR NOT|YET|ALREADY)?\s?[?？]|"
    r"\s*(?:IS\s)?(?:SUCCESS(?:FUL)?|DONE|FINISHED|COMPLETED?)\s?(?:OR NOT|YET)|"
    r"\s*(?:的事|这事|那事|申请|工单)?\s*(?:处理|办理|进行|走)?(?:到哪一?步了|进展如何|进度如何|进度怎么样|怎么样了|咋样了|处理得?(?:怎么|咋)样了?|有结果了?[吗没]|"
    # "拦截有消息吗", "催件的结果呢": what came of it
    r"有(?:消息|信儿|回音|下文|进展|回复)了?[吗没]|的?结果呢|"
    # "赔付什么时候有结果": when what was asked comes to something
    r"(?:什么时候|啥时候|何时|几时)(?:能|会|才)?有(?:结果|消息|回复|答复|进展)|"
    # "理赔几时到账": when the money comes
    r"\s*(?:的钱|款)?\s*(?:什么时候|啥时候|几时|何时|多久)(?:能|会|才|可以)?到账|"
    # "理赔款什么时候到账": when the money of a claim comes
    r"(?:款|款项|金|的钱|(?<=款)|[，,\s]\s?钱)[^，。,\n\s]{0,4}?(?:什么时候|啥时候|几时|多久|何时|怎么还没|还没)|"
    # "这个破损工单一个礼拜了没人联系": the ticket opened before, not followed
    r"\s*(?:工单|了)[^，。,\n]{0,10}?没人(?:联系|管|理|回复?|复|跟进)"
    r"(?![^\n]{0,12}?(?:再|赶紧|重新|还是)))")
# After a word that says the parcel was stopped ("拦住", "截下来", "拦回来"): "没有", "了吗" ask whether it was
# ("拦住没有"); "拦下来吗", "退回来嘛" ask for it; 一下 is no stopping ("催一下吗").
_HELD_ENDINGS: Final = ("住", "截下", "拦下", "来", "回")
_HELD_AFTER: Final = ("住", "下来", "回来", "到")  # ("拦到没有")
_BARE_STATUS: Final = re.compile(
    r"(?:住|下来|回来|来|到)?\s*(?:了\s*(?:吗|么|没有?)|没有?)[啊呀呢哦吖嘛]?\s*(?:[?？]|$|[\s，,。!])")
# "早上让改的地址 改了没": the verb again, done or not, right after the command
_VERB_DONE: Final = re.compile(
    r"(?s:.){0,4}?[改拦截催撤退赔][好完成住掉]?了\s*(?:吗|没有?)[啊呀呢哦吖嘛]?\s*(?:[?？]|$|[\s，,。!])")
_CAN: Final = re.compile(r"(?:能|可以|可否|能否|能不能|可不可以|行不行)\s*(?:帮忙|帮我|帮|给我?)?\s*$")
_ASKED_AFTER: Final = IRREVERSIBLE | {"urge", "claim", "complaint", "damaged", "lost", "weight", "delay",
                                       "arbitration", "verify_delivery"}
# Every question about an action holds one of these (a cheap look before the patterns).
_ASKING: Final = re.compile(
    r"是否|吗|么|嘛|了没|没有|没[拦催改撤退赔]|没(?:$|[\s，,。!！?？啊呀呢吖])|\?|如何|怎|咋|多少|多久|几天|哪|什么|进度|进展|时效|费|"
    r"钱|流程|材料|影响|结果呢|没人|何时|几时|到账|可(?=[拦截改撤退催送派到发])|几次|几回|多远|OR NOT|YET")
# "拦截是否已成功？", "核重结果出来了吗", "投诉受理了吗", "理赔进行到哪一步了": whether it was done, how it goes.
_STATUS_AFTER: Final = re.compile(  # matched within four characters of the command
    r"(?s:.){0,4}?(?:的事|这事|申请|工单|登记(?:的那个|的那单|的)?|之后|后)?\s*(?:是否|有没有|有)?(?:已经?)?\s*(?:成功|办好|办完|办了|弄好|搞定|好了|完了|受理|处理|"
    r"提交|登记|结果|回复|出来|进行到|到哪一?步|怎么样|进展|进度)[^，。,\n]{0,6}?(?:吗|么|嘛|没有?|没|如何|怎样|[?？])")


# "怎么还给拦了", "为什么拦了", "谁拦的": why or by whom it was done, asked after the command ("…了", "…的")
_WHY_DONE: Final = re.compile(
    "(?:" + each(("怎么", "咋", "为什么", "为啥", "凭什么"), r"(?:还|又|就)?(?:给|被)?(?:我|俺)?")
    + r"|谁(?:给|帮)?(?:我|俺)?)\s?$")
_WHY_ACTIONS: Final = IRREVERSIBLE | {"urge"}
_WHY_CHARS: Final = frozenset("怎咋为凭谁")
# "怎么拦了 我说的是 B": the right number given after, its command put right
_MEANT: Final = re.compile(r"我(?:说|要|讲|指)的是")


def not_questions(kept: list[Event], norm: str, r: Reading) -> list[Event]:
    """``kept`` less the actions asked about rather than asked for ("拦截要收费吗", "改地址了吗")."""
    asked: list[Event] = []
    if any(e.base in _ASKED_AFTER for e in kept) and _ASKING.search(norm) is not None:
        policy = _POLICY_QUESTION.search(norm) is not None
        # "麻烦看下拦截成功了吗": whether it was done, however politely; "能拦截吗": a request
        asked = [e for e in kept if e.base in _ASKED_AFTER and (
            ((_status_question(norm, e) or _named_before(norm, e))
             and _CAN.search(norm, max(0, e.at - 4), e.at) is None)
            or (policy and _policy_question(norm, e) and POLITE.search(e.clause.text) is None)
            or _extent_asked(norm, e))]
    for e in kept:  # (the cheap tests first: most commands are not followed by 了 or 的)
        if e.base in _WHY_ACTIONS and norm.startswith(("了", "的"), e.end) and _why_done(norm, e) and all(
                e is not x for x in asked):
            asked.append(e)
    if asked:  # "拦截要收费吗", "改地址了吗": a question about the action, not a request for it
        kept = [e for e in kept if all(e is not x for x in asked)]
        r.reasons.append("question")  # (answered by a person, beside what else is asked: "A 拦截了吗 B 催一下")
    return kept


def _why_done(norm: str, e: Event) -> bool:
    """"怎么还给拦了", "谁拦的": a question about an action done, not a request for it (an action followed by 了
    or 的, the caller checks)."""
    return (not _WHY_CHARS.isdisjoint(norm[max(0, e.at - 6):e.at])
            and _WHY_DONE.search(norm, max(0, e.at - 6), e.at) is not None and _MEANT.search(norm) is None)


def _status_question(norm: str, e: Event) -> bool:
    """"拦截了吗", "拦没拦", "破损登记了没有", "核重结果出来了吗": whether an earlier request was carried out."""
    return _status_at(norm, e.at, e.end)


def _status_at(norm: str, at: int, end: int) -> bool:
    """The same, for the command word at ``[at, end)``."""
    if suggested(norm, 0, at) and norm.startswith("了嘛", end):
        return False  # "要不拦了嘛": a suggestion, its 嘛 a particle
    if _STATUS_QUESTION.match(norm, end) is not None:
        return True
    if ((norm.endswith(_HELD_ENDINGS, at, end) or norm.startswith(_HELD_AFTER, end))
            and _BARE_STATUS.match(norm, end) is not None) or (end - at == 1 and norm.startswith(
                ("没" + norm[at], "不" + norm[at] + "到", "不" + norm[at] + "得到"), end)):
        return True  # "拦住没有", "到底拦没拦", "到底拦不拦得到"
    # "是否拦截了" (and Cantonese "系咪截返咗"): whether it was done
    if _VERB_DONE.match(norm, end) is not None or (norm.startswith("了", end) and norm[max(0, at - 4) : at].rstrip(
            ).endswith(("是否", "是否已", "是否已经"))) or (
            norm.endswith("可", 0, at) and "了" in norm[end : end + 3]
            and not norm.endswith(("不可", "也可", "就可", "宁可", "尽可"), 0, at)):
        # ("可拦下来了？": Jianghuai 可 asks whether it was done)
        return True
    stop = min(len(norm), end + 18)  # the question mark ends the clause
    if not any(ch in norm[end:stop] for ch in "吗么嘛没?如怎"):
        return False
    return _STATUS_AFTER.match(norm, end, stop) is not None


def _named_before(norm: str, e: Event) -> bool:
    """"昨天说拦截的 现在拦住没有": the action named as the one asked for then ("…的"), and asked after below."""
    return norm.startswith("的", e.end) and any(
        i.rstrip("~≈") == e.base and _status_at(norm, s, x) for s, x, i in commands(norm, e.end, len(norm)))


def _extent_asked(norm: str, e: Event) -> bool:
    """"改地址能改几次", "能改到外省吗": how far the action goes, asked (not "改地址能改几次 改到 …": the same action
    asked for after the question about it)."""
    m = _EXTENT.match(norm, e.end)
    if m is None:
        return False
    end = norm.find("\n", m.end())
    return all(i.rstrip("~≈") != e.base for _, _, i in commands(norm, m.end(), end if end >= 0 else len(norm)))


def _policy_question(norm: str, e: Event) -> bool:
    """"拦截要收费吗", "请问如申请拦截，退回运费由哪一方承担？", "仲裁要准备什么材料": the sentence asks about the
    action's rules."""
    start = max(norm.rfind("\n", 0, e.at), norm.rfind("。", 0, e.at), norm.rfind("?", 0, e.at)) + 1
    ends = [i for i in (norm.find("\n", e.end), norm.find("。", e.end), norm.find("?", e.end)) if i >= 0]
    end = min(ends) + 1 if ends else len(norm)
    # of an action on the parcel, its cost too; of a claim or a check, what it takes (its cost is the reason)
    rules = _POLICY_QUESTION if e.base in IRREVERSIBLE else _PROCEDURE_QUESTION
    m = rules.search(norm, start, end)
    while m is not None and _OFFERED.match(norm, m.start()) is not None:  # ("运费我出": the merchant pays)
        m = rules.search(norm, m.end(), end)
    if m is None or _QUESTION_MARK.search(norm, start, end) is None:
        return False
    # "改地址要多久能生效？… 改到 <地址>": asked about, then asked for
    return all(i.rstrip("~≈") != e.base for _, _, i in commands(norm, end, len(norm)))


# "运费我出" (not "运费我出吗"), "怎样算都行", "多少钱都行": the merchant pays, whatever it costs
_OFFERED: Final = re.compile(r"(?:运费|费用)\s?(?:我|我们|我来|我这边|我方)(?:出|付|承担|来出)(?![吗么嘛不?？])|"
                             r"(?:运费|费用)?\s?(?:怎样算|怎么算|多少钱?|要不要钱)?\s?都(?:行|可以|没事|无所谓)")


def asks_about(clause: str, at: int) -> bool:
    return QUESTION.search(clause, at) is not None and POLITE.search(clause) is None
