"""Folding: each number's events applied in the order written, so each number ends with what the merchant last asked.

A withdrawal removes ("YT1 拦截\\n算了不拦了"); a correction between two commands replaces ("撤单。哦不对 … 那就
拦截", "改址取消，还是拦截吧"); a command reported done removes its own kind; a denial that only puts a detail right
("是漏液 不是压坏"), waits on the parcel's state ("签收了就算了") or is hedged ("也可能不撤") takes nothing back. A
request taken back that was not asked for in this message was asked for in an earlier one: its number is
``withdrawn``, and goes to a person (it may be under way); one taken back in the same message leaves nothing.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.alternation import each
from router.parsing.clauses import CONDITION, CORRECTION, HEDGE, PARCEL_STATE, STILL
from router.parsing.events import Event, Reading
from router.parsing.lexicon import IRREVERSIBLE, NOTHING, SYMPTOMS, WITHDRAW
from router.parsing.sentences import sentence_start

# "也可能不撤": the denial itself is hedged (not "先别拦 我再问问", a clear "not now").
_HEDGED_DENIAL: Final = re.compile(r"(?:可能|也许|或许|大概|说不定|不一定)\s*(?:不|别|不用|不要)?\s*$")
# ("还是别拦 唉 我也不知道"; "拦截? 还是不拦? 哎呀我也拿不准": said anywhere after the denial, when it is asked)
_UNSURE: Final = re.compile(r"不知道|说不好|说不准|拿不准|不确定|不一定|说不清|拿不定|不晓得|唔知|我也晕了|我都晕了|"
                            r"反反复复|反复无常")
# "不拦也行": the denial allowed, not decided
_EITHER_WAY: Final = re.compile(r"\s?(?:也行|也可以|也没事|也无所谓|也没关系|也成)")
# "拦截 或者照派？": which of the two, asked
_OR_BEFORE: Final = re.compile(r"(?:或者|还是)\s*$")
# the denial asked: "还是不拦了？", "还是不拦好呢"
_ASKED: Final = re.compile(r"\s?(?:了|吗|呢|吧)?\s?\?|\s?好(?:呢|吗|不好)")
# "另外那箱正常送": said of another parcel, one not named; "其他的不动": of the others, not of those just asked for.
_ANOTHER: Final = re.compile(r"(?:另外|另一|别的)[^\s，,。0-9A-Z]{0,3}$")
# (a count of them may follow: "其余 419 票正常派送")
_OTHERS: Final = re.compile(
    r"(?:别的|其他|其它|其余|剩下|剩余)(?:的?\s?[0-9一二两三四五六七八九十几]{1,4}\s?[个单票件]?)?[^\s，,。0-9A-Z]{0,6}\s?$")
# an order number (18-19 digits: no waybill is so long) the clause names instead of a waybill
_ORDER_NUMBER: Final = re.compile(r"[0-9]{18,19}(?![0-9])(?<![0-9]{20})")
# "签收了就算了", "拦不住就算了": a withdrawal on a condition said without 如果, of what the carrier will find.
_STATE_THEN: Final = re.compile(
    # ("退回来吧 打不通就算了": the delivery given up when the receiver cannot be reached)
    r"(?:签收|签|派送|派件|派|揽收|发出|出去|送达|妥投|到了|拦不住|截不住|拦不下来|来不及|不行|打不通|联系不上|"
    r"联系不到|不在家)[了的]{0,2}(?:话)?"
    r"\s*就?\s*$")
# "撤单 撤不了就算了", "改送到 … 改不了就算了": given up only if it cannot be done, after the request (not "既然撤不
# 了就算了", "网点说退不回来就算了", "撤不了了 就算了": told it cannot, and given up)
_CANNOT_THEN: Final = re.compile(each(
    ("拦不", "截不", "撤不", "退不", "改不", "取消不"), r"(?:了|住|掉|下来|下|成|回来|回去|到)(?:的话)?\s*就?\s*$"))
_TOLD_CANNOT: Final = re.compile(r"既然|说|讲|反馈|回复|表示|已经|确实|真的")
# "刚签收了 不用了", "已经签收了 不用催了": what happened, reported (not "已经签收的话就算了")
_REPORTED_STATE: Final = re.compile(r"(?:刚|已|已经)(?:签收|送达|妥投|到了|派送)了\s*$")
# A symptom beside an action on the parcel is its reason ("漏液了 客户不要了 拦截退回"), unless the merchant asks
# for it to be recorded ("退回并登记破损").
_RECORD: Final = re.compile(r"(?:登记|报|记录|申请|登个|报个|报一下|登记个|登记一下|登记下|登下|记个|打个|报一个)\s*$")
_LISTED: Final = re.compile(r"\s*[+＋、/]\s*\S")  # "延误 + 投诉 + 催件": each named, each asked
# "延误两天了 登记一下", "延误请一并登记": a symptom asked to be recorded, the word after it (nothing denied between)
_RECORD_AFTER: Final = re.compile(  # ("延误是登记了": done; "延误一起登记了吧": asked)
    r"[^，,。\n不别无没已]{0,8}?(?:请)?(?:一并|也|都)?(?:登记|上报|报备|记录)(?!过|了(?!吧))")  # (not "已登记": done)
# ("还是不拦？": the other of two, asked)
_WHICH_ONE: Final = re.compile(r"还是\s?(?:要)?不?\s?$")
_SAID: Final = frozenset("说称讲")  # "快递员说不是他弄的": someone's denial reported
_CLAIMED: Final = frozenset({"claim", *SYMPTOMS})
_NONE: Final[frozenset[str]] = frozenset()
_ON_ITS_WAY: Final = ("送过去", "送出去", "派出去", "送去")


def fold(events: list[Event], r: Reading, norm: str) -> dict[str, list[Event]]:
    """Apply each number's events in the order written; returns the events standing at the end, per number."""
    events.sort(key=lambda e: e.at)
    if "只" in norm or "仅" in norm:
        events = _only_these(events, norm)
    state: dict[str, list[Event]] = {}
    earlier: dict[str, set[str]] = {}  # numbers withdrawn with nothing asked before in this message
    last_end: dict[str, int] = {}  # where the last command about each number ended
    for e in events:
        w = e.waybill.number
        held = state.setdefault(w, [])
        if e.done:
            state[w] = [x for x in held if x.base != e.base]
            last_end[w] = e.end
        elif e.negated and _said_of_others(e, held, norm):
            continue
        elif e.negated:
            _take_back(e, events, held, earlier, last_end, r, norm)
        elif e.intent[-1] == "≈" and e.base in SYMPTOMS and not held and earlier.get(w, _NONE) & _CLAIMED:
            continue  # "不用理赔了 客户说杯子就裂了一点点": why no claim is wanted, told
        elif e.intent == "urge~" and norm.startswith(_ON_ITS_WAY, e.at) and any(
                x.negated and x.base == "intercept" and x.waybill.number == w and x.at < e.at for x in events):
            continue  # "别退回来，学校说要了，就送过去": delivered as it was to be, the return taken back
        else:
            _ask(e, held, last_end, norm)
    _withdrawn(state, earlier, events, r)
    return state


def _said_of_others(e: Event, held: list[Event], norm: str) -> bool:
    """"YT1 拦回来 另外那箱正常送": nothing to do, said of a parcel not named; "YT1 拦截 其他的不动", "第二个改地址 …
    别的先不动": of the others, so not of the number just asked for in the same clause."""
    if e.base == NOTHING and e.source != "ref" and (_ANOTHER.search(norm, max(0, e.at - 6), e.at) is not None or (
            not e.clause.waybills and _ORDER_NUMBER.search(e.clause.text) is not None)):
        return True  # ("另：订单 9797… 照常发货": said of the order the clause names)
    # (or in a clause of its own, of numbers each named with its command: "A 拦截 B 催件，其他不用管")
    # (or picked by its place or its label: "2班的拦截，其他正常派")
    return any(not x.negated and (x.clause is e.clause or (not e.clause.waybills and (x.source == "ref" or (
        x.source == "" and any(w.number == x.waybill.number for w in x.clause.waybills)))))
        for x in held) and _OTHERS.search(norm, max(0, e.at - 12), e.at) is not None


def _denial_stands_aside(e: Event, events: list[Event], r: Reading, norm: str) -> bool:
    """Whether a denial takes nothing back: a detail put right, a withdrawal on the parcel's state (the carrier
    will say so; the request stands), or a hedged one (the merchant has not decided; the number is noted)."""
    w, base = e.waybill.number, e.base
    if e.contrast and any(not x.negated and x.clause is e.clause and x.base == base
                          for x in events if x.waybill.number == w):
        return True  # "是漏液 不是压坏": a detail put right
    said = e.clause.text[: max(0, e.at - e.clause.start)]
    if base == WITHDRAW and ((CONDITION.search(said) and PARCEL_STATE.search(said))
                             or (_STATE_THEN.search(said) is not None and _REPORTED_STATE.search(said) is None)
                             or _cannot_then(e, events, said)):
        return True  # "第3个如果已经签收了就算了": the carrier will say so; the request stands
    if base in (WITHDRAW, NOTHING) and _other_branch(e, events, norm):
        return True  # "如未签收请拦截，已签收则无需处理": what to do if the carrier finds otherwise
    if (base != NOTHING and _EITHER_WAY.match(norm, e.end) is not None and _asked_before(e, events)) or (
            base == NOTHING and _OR_BEFORE.search(norm, max(0, e.at - 4), e.at) and _ASKED.match(norm, e.end)):
        # "拦截 或者照派？", "拦截 还是照常送？": which, asked; "拦截吧…… 不拦也行": either way: not decided
        r.hedged.add(w)
        return True
    asked = _ASKED.match(norm, e.end) is not None
    if (e.clause.hedged or asked) and base != NOTHING and (
            _HEDGED_DENIAL.search(norm, max(0, e.at - 4), e.at)
            or _UNSURE.search(norm, e.end, len(norm) if asked else e.clause.end)
            # "拦截 诶 还是不拦了？我问问客户": the denial asked, then a hedge
            or (asked and HEDGE.search(norm, e.end) is not None)):
        if CONDITION.search(e.clause.text) is None or PARCEL_STATE.search(e.clause.text) is None:
            r.hedged.add(w)  # "也可能不撤 等我问问": not decided either way
        return True  # "如果已经签收了就算了": the carrier will say so; the request stands
    return False


def _cannot_then(e: Event, events: list[Event], said: str) -> bool:
    """"撤单 撤不了就算了": the withdrawal at ``e`` (``said``: its clause before it) gives up the request only if it
    cannot be done, a request asked before the condition."""
    m = _CANNOT_THEN.search(said)
    if m is None or _TOLD_CANNOT.search(said) is not None:
        return False
    at = e.clause.start + m.start()
    return any(x.waybill.number == e.waybill.number and not x.negated and x.at < at for x in events)


# the other branch of a condition: "…则无需处理", "…的话就正常送吧", "到得了就正常送"
_BRANCH: Final = re.compile(r"的话|则|就")
_ARRIVAL: Final = re.compile(r"到不了|到得了|送不到|送得到|能到")  # (beside PARCEL_STATE, which has 到了)


def _other_branch(e: Event, events: list[Event], norm: str) -> bool:
    """Whether a denial is the other branch of a command asked on the parcel's state ("如果还没出网点就拦截退回，
    已经在派送的话就正常送吧"): the carrier's finding decides, the command stands."""
    ask = [x for x in events if x.waybill.number == e.waybill.number and not x.negated and x.at < e.at]
    if not ask:
        return False
    x = ask[-1]
    between = norm[x.end : e.at]
    said = norm[sentence_start(norm, x.at) : x.at]
    return (_BRANCH.search(between) is not None
            and (PARCEL_STATE.search(between) is not None or _ARRIVAL.search(between) is not None)
            and (CONDITION.search(said) is not None or "的话" in said))


def _only_these(events: list[Event], norm: str) -> list[Event]:
    """"A B 拦截 ——更正 只拦第二个": a command said with 只 after others stands for its numbers only; what it asked
    of the others before it is taken back."""
    for e in events:
        if not e.negated and norm.endswith(("只", "仅", "只要"), max(0, e.at - 2), e.at):
            mine = {x.waybill.number for x in events if x.at == e.at and x.base == e.base}
            events = [x for x in events if not (x.at < e.at and not x.negated and x.base == e.base
                                                and x.waybill.number not in mine)]
    return events


def _take_back(e: Event, events: list[Event], held: list[Event], earlier: dict[str, set[str]],
               last_end: dict[str, int], r: Reading, norm: str) -> None:
    """A denial: what it takes back of the requests ``held`` for its number goes; one that names a request not
    asked for in this message is noted in ``earlier``."""
    if _denial_stands_aside(e, events, r, norm):
        return
    w, base = e.waybill.number, e.base
    if (_WHICH_ONE.search(norm, max(0, e.at - 6), e.at) is not None and _ASKED.match(norm, e.end) is not None
            and any(x.base == base for x in held)):
        for x in held:  # "拦截？还是不拦？你定吧": either, asked; what was asked is held for the merchant to confirm
            x.held = x.held or x.base == base
        return
    gone = [x for x in held if base in (WITHDRAW, x.base) or (base == NOTHING and (
        e.source == "fine" or ((x.base in IRREVERSIBLE or not _urged(e)) and not (
            x.clause is e.clause and x.at < e.at and x.base not in IRREVERSIBLE))))]  # "请催促按原地址派送"
    if base != NOTHING and not e.contrast and (not gone or any(
            x.clause is e.clause and e.at - x.end <= 2
            for x in gone)) and not (
            not gone and _asked_before(e, events)):  # ("拦截——算了，…，不拦了": taken back twice in this message)
        # nothing of it asked before, or taken back right as it is named ("改地址不改了", "拦截取消"): the
        # request taken back was made in an earlier message
        earlier.setdefault(w, set()).add(base)
    for x in gone:
        held.remove(x)
    if gone:  # a denial that took nothing back ("还没丢") is no command: a correction before it still counts
        last_end[w] = e.end


def _asked_before(e: Event, events: list[Event]) -> bool:
    """Whether what the denial ``e`` takes back was asked for its number earlier in this message."""
    return any(x.waybill.number == e.waybill.number and x.base == e.base and not x.negated and x.at < e.at
               for x in events)


def _urged(e: Event) -> bool:
    """"并请尽快安排正常派送": delivery as normal asked for, which leaves what is not about the parcel's route."""
    return any(m.intent.startswith("urge") and not m.negated for m in e.clause.mentions)


def _ask(e: Event, held: list[Event], last_end: dict[str, int], norm: str) -> None:
    """A request: added to those ``held`` for its number, unless asked already; a correction before it replaces
    them."""
    w = e.waybill.number
    e.recorded = (_RECORD.search(norm, max(0, e.at - 5), e.at) is not None
                  or _LISTED.match(norm, e.end) is not None
                  or (e.base in SYMPTOMS and _RECORD_AFTER.match(norm, e.end) is not None))
    if held and _corrects(norm, last_end.get(w, held[-1].end), e.at):
        held.clear()  # "哦不对 … 那就拦截", "还是改址吧": the last word replaces the first
    last_end[w] = max(last_end.get(w, 0), e.end)
    same = [x for x in held if x.intent == e.intent]
    if not same:
        held.append(e)
    elif e.recorded:  # "三天没动了 登记延误": asked to be recorded after all
        same[0].recorded = True


def _corrects(norm: str, lo: int, hi: int) -> bool:
    """A correction stands between two commands ("改址取消，还是拦截吧"); "改成" only right before the second
    ("拦截 改成改址"): elsewhere it is part of an address ("地址都改成 …")."""
    for m in CORRECTION.finditer(norm, lo, hi):
        if m.group() == "不是" and norm[max(0, m.start() - 1) : m.start()] in _SAID:
            continue  # "快递员说不是他弄的": someone's denial reported, not the merchant putting things right
        if m.group() == "还是" and STILL.match(norm, m.end()) is not None:
            continue  # "催一下 还是没动": still, not rather (the window ends before the word it qualifies)
        if m.group() not in ("改成", "改为", "换成") or hi - m.end() <= 1:
            return True
    return False


def _withdrawn(state: dict[str, list[Event]], earlier: dict[str, set[str]], events: list[Event],
               r: Reading) -> None:
    """The numbers whose request of an earlier message was taken back (``Reading.withdrawn``)."""
    reported = {e.waybill.number for e in events if e.done and not e.earlier}  # (asked before may be under way)
    asked = {e.waybill.number for e in events if not e.negated}
    for w, bases in earlier.items():
        if state.get(w) or w in reported:
            continue  # replaced in this message ("不要退回，改派到 …"), or said to be done ("拦过了 不用重复")
        others = {x.base for v, held in state.items() if v != w for x in held}
        if bases <= others and WITHDRAW not in bases:
            continue  # a contrast with another number ("YT1 拦截 YT2 不用拦")
        if bases == {WITHDRAW} and others and w not in asked:
            continue  # "前两单拦截 后两单先不动": the others are left as they are, nothing was asked of them
        r.withdrawn.append(w)
