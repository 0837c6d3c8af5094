"""Merchant chat text → structured requests: ``parse`` and the order of its stages.

A message is read as the merchant wrote it: in order, clause by clause (a line break or ，；。 ends one
instruction in these chats), and what the merchant says last about a number wins.

1. Quotes are set apart (``quotes``): a quoted message or a pasted reply of the bot is context, never a command.
2. Numbers are found (``waybills``): every occurrence, phones in any notation excluded, broken numbers joined.
3. The commonest message, one number and one command word, is read directly (``shortcuts.lone_command``).
4. Commands are found per clause (``clauses``, ``intents``), with their polarity: "不用拦了", "改址取消", "算了"
   take back. A message meant for another group, or one that shares its commands out without saying which
   number takes which, is set aside here.
5. Corrected and denied numbers are read (``number_corrections``): "YT1 拦截 更正 单号打错了 是 YT2".
6. Each command, positive or negated, is bound to the numbers it speaks of (``binding``, ``clause_binding``); with
   no number of its own, a message speaks of the numbers it quotes; numbers no command took, and messages with no
   command word, are read in ``implied``. A message of one plain command skips to its result
   (``shortcuts.plain_reading``).
7. The commands are applied per number in the order written (``folding``): a withdrawal removes, a correction
   ("哦不对", "还是…吧", "那就") replaces, so each number ends with what the merchant last asked for; two numbers
   whose commands were given crosswise ("弄反了") exchange them (``swaps``).
8. The requests are made (``requests``), less questions about an action (``questions``). What the parser is not
   sure of is never acted on: a person reads it (``needs_human`` with a reason), or, for an intercept, cancel or
   address change that is possible but not certain (hedged, conflicting, a joined or quoted number, a weak word),
   the merchant is asked to confirm (``confirmation``; ``confirm`` on the request).
``parse`` never raises. The result types are defined in ``result``; ``IRREVERSIBLE`` in ``lexicon``.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing import quotes
from router.parsing.addresses import as_written, new_address
from router.parsing.alternation import each
from router.parsing.binding import bind
from router.parsing.clauses import Clause, split_clauses
from router.parsing.events import Event, Reading, distinct_numbers
from router.parsing.folding import fold
from router.parsing.implied import bare, bind_orphans
from router.parsing.labels import quoted_labels
from router.parsing.lexicon import HANDLERS, IRREVERSIBLE, NOTHING, base_of
from router.parsing.normalize import normalize, translated
from router.parsing.number_corrections import apply_corrections, corrected_numbers, denied_numbers
from router.parsing.refs import NUMERALS
from router.parsing.requests import delay_on_record, hurries_earlier, make_requests
from router.parsing.resent import RESENT, old_told_of
from router.parsing.result import ParsedRequest, ParseResult
from router.parsing.shortcuts import lone_command, plain_reading
from router.parsing.swaps import swap_crossed
from router.parsing.waybills import Found, Waybill, find
from router.parsing.words import Mention, commands

__all__ = ["IRREVERSIBLE", "MAX_CHARS", "ParseResult", "ParsedRequest", "parse"]

MAX_CHARS: Final = 2000  # chat platforms cap messages near this; longer input is not a chat message
_HAN: Final = re.compile(r"[\u4e00-\u9fa5]{2}")  # words, not only numbers: worth reading again by sound
_SAME_HINT: Final = re.compile(r"同上|也是|一样|按此|照此|同样|也加上|SAME|\+1")
# "发错群了 忽略": the message was not meant for this group.
_VOID: Final = re.compile(
    r"发错群|发错了群|请忽略|忽略(?:这条|此条|上条|上一条|本条)?(?:消息)?\s*$|PLEASE IGNORE|IGNORE (?:THIS|IT)"
)
# "一个拦截一个催件", "有的退回有的改址": commands shared out without saying which number takes which.
_DISTRIBUTIVE: Final = re.compile(
    r"一(?<![第后前]一)个[^\n，,。]{1,8}(?<![第后前])一个|"
    r"一(?<![第后前]一)(?:单|票|件)[^\n，,。]{1,8}(?<![第后前])一(?:单|票|件)|有的[^\n，,。]{1,8}有的|"
    r"一(?<![第后前]一)个[^\n，,。]{1,8}另一个|"
    rf"有[{NUMERALS}0-9]个?[^\n，,。]{{0,8}}有[{NUMERALS}0-9]个?|"
    # "要拦还是要催？": which, asked
    r"还是[^\n，,。]{0,6}[?？]|"
    # "其中一个要改地址 我问下客户是哪个": one of them, not said which
    r"其中有?(?:一|某|有)(?:个|单|票|件)(?![^，,。\n]{0,4}(?:是|为)\s*[0-9A-Z])"
)


_ASKS: Final = re.compile(
    r"\?|吗|么|呢|什么|为什么|为啥|怎么|咋|点解|咩|原因|还在|还没|了没|没有|了吧|没到账|钱没到|"
    r"又(?=派|送出|被|显示|揽|发出|寄出)|还是(?=来|被|送|派|显示|没)")
# "我的那个", "发上海那个", "鞋子的拦截": one of the numbers picked by what was said of it
_DESCRIBED: Final = re.compile(r"那(?:个|单|件|票)|的(?:拦|退|截|撤|改)")


def parse(text: str, carrier: str | None = None) -> ParseResult:
    """Understand one message. ``carrier`` is the group's own carrier (decides ambiguous all-digit numbers)."""
    try:
        return _parse(text, carrier)
    except Exception as e:  # a parser bug must hand the message to a person, never crash the router
        return ParseResult(requests=[], needs_human=True, reason=f"parser_error:{type(e).__name__}")


def _parse(text: str, carrier: str | None, fast: bool = True) -> ParseResult:
    """``fast``: read a lone command word beside one number directly (tests compare both ways).

    The steps, in order: quotes set apart and numbers found; the lone command read directly; the clauses and
    their commands read (``_read_clauses``); a message not meant for this group, or one that shares its commands
    out without saying which number takes which, set aside (``_set_aside``); corrected and denied numbers; the
    numbers placed in their clauses; binding and folding (``_bind_and_fold``); the result (``_result``)."""
    if len(text) > MAX_CHARS:
        return ParseResult(requests=[], needs_human=True, reason="too_long")
    if text[:1] in "【[":
        text = _without_label(text)
    sp = quotes.split(text)
    if sp.quoted and (read := _read_as_quoted(sp, carrier)) is not None:
        return read
    norm = normalize(sp.own)
    found = find(norm, carrier)
    if fast and not sp.quoted and len(found.waybills) == 1 and (
            lone := lone_command(norm, found, carrier, sp.own)) is not None:
        return lone
    said = _quoted_command(sp.quoted, carrier, sp.bot) if sp.quoted and _SAME_HINT.search(norm) else None
    clauses = _read_clauses(norm, found, said)
    r = Reading()
    quoted = _quoted_numbers(sp.quoted, found, carrier)
    # ("「何姐：A 成都 B 长沙」 成都那票拦一下": the quote's words name its numbers)
    r.quoted_labels = quoted_labels(sp.quoted, carrier) if len(quoted) > 1 else {}
    distinct = distinct_numbers(found.waybills or quoted)
    numbers = [w.number for w in distinct]
    if sp.relayed and found.waybills and not any(c.mentions for c in clauses):
        # "买家：不要了 退回去吧\nYT…": the buyer's wish passed on, and the merchant has not said what to do
        return ParseResult(requests=[], needs_human=True, reason="relayed_request", normalized=norm,
                           waybills=numbers)
    aside = _set_aside(norm, found, numbers)
    if aside is not None:
        return aside
    r.books, r.own = found.books, sp.own
    fixes = corrected_numbers(clauses, found, norm, r)
    denied = denied_numbers(norm, found, clauses, r)
    _place_numbers(found, clauses)
    state, plain, found = _bind_and_fold(clauses, found, quoted, distinct, fixes, denied, r, norm)
    swap_crossed(state, clauses, norm, r)
    if RESENT.search(norm) is not None:
        old_told_of(state, found, norm)  # "补发件 B（原单 A 遗失）催一下"
    result = _result(sp.own, norm, clauses, found, quoted, state, r, plain, carrier, numbers)
    if sp.bot and "延误" in sp.quoted and len(result.requests) > 1:
        delay_on_record(result, sp.quoted)
    return result


# "【栗子厨房】YT…": the shop a warehouse or an agent writes for, named first in brackets; not "【加急】", "【更正】",
# "【引用】", "【客户】" (a command, a correction, a quote, the buyer's words: quotes.split reads those)
_LABEL: Final = re.compile(r"[【\[]([^】\]\n0-9]{1,16})[】\]][ \t\u3000]*")
_DIGIT: Final = re.compile(r"[0-9]")
_NAME_DENIALS: Final = frozenset("莫非甭")
_NOT_A_NAME: Final = re.compile(
    r"引用|回复|转发|买家|客户|顾客|客人|收件人|更正|纠正|补充|修改|急|通知|系统|重要|备注|原话|"
    # (a word of the merchant's, not a name: "【不要了】", "【待定】", "【暂缓】", "【问问】")
    r"[不别勿没无暂待缓停否问需仅若如可]")


def _without_label(text: str) -> str:
    """``text`` less a name in brackets that opens it, when neither the name nor the rest names a command (a bare
    number after a shop's name asks where it is)."""
    m = _LABEL.match(text)
    if m is None or _NOT_A_NAME.search(m.group(1)) is not None:
        return text
    name = normalize(m.group(1))  # (full-width digits too: "【ＹＴ１…】" is a number in brackets)
    rest = normalize(text[m.end():])
    # only before a message that asks nothing in words ("【待定】YT… 拦截": the brackets may hold a hedge), or after
    # a name ending in a denial that is also a name's character ("【小莫】", "【阿非】": never "don't")
    if _DIGIT.search(name) is not None or commands(name, 0, len(name)) or (
            commands(rest, 0, len(rest)) and not (len(name) > 1 and name[-1] in _NAME_DENIALS)):
        return text
    return text[m.end():]


def _read_clauses(norm: str, found: Found, said: str | None) -> list[Clause]:
    """The clauses of ``norm`` with their commands; read again by sound when the message has numbers and words
    but no positive command."""
    clauses = split_clauses(norm, said)
    if (found.waybills and all(m.negated and not m.done for c in clauses for m in c.mentions)
            and _HAN.search(norm) is not None
            and not bare(norm, found)):
        heard = split_clauses(norm, said, by_sound=True)  # "YT… 腿回": dictated, written with the wrong characters
        if any(c.positive for c in heard):
            return heard
    return clauses


# "@网点 麻烦按她说的办", "请按浦发邮件要求处理", "客服帮忙弄一下": do what the quoted message asks
_DO_AS_SAID: Final = re.compile(
    r"按(?:照)?[^\n，,。]{0,8}?(?:说的|要求|意思|所说|邮件|通知)[^\n，,。]{0,4}?(?:办|处理|操作|执行|弄)|"
    + each(("弄", "处理", "办", "操作", "安排"), r"一下(?:吧|哈|呗)?[\s，,。!！~]*$") + r"|就这个[\s，,。]*麻烦")


# What may stand beside "按她说的办" and still ask only that: courtesy, a header naming whose words are forwarded
_OTHER_WORDS: Final = re.compile(
    r"[\s\-—_=~～，,。.!！]|麻烦|谢谢|帮忙|请|吧|哈|啊|呀|了|好的|就|一下|你们|网点|客服|各位|老师|您好|你好|大家|亲|@\S+")
_HEADER: Final = re.compile(r"(?m)^[^\n]{0,24}[：:]\s*$")
_QUOTES_IN: Final = re.compile(r"[「“]")
_HANDLER_SPEAKS: Final = re.compile(
    rf"(?:{HANDLERS})[^：:\n]{{0,6}}[：:]")
_NOT_AS_SAID: Final = re.compile(r"不|别|勿|甭|莫|没|等|再说|按我|按照我|\?")


def _read_as_quoted(sp: quotes.Split, carrier: str | None) -> ParseResult | None:
    """What the quoted message asks, when the merchant's words only answer or adopt it: the bot's question
    answered "确认" under it (``_answered_question``), or "按她说的办" (``_adopted``); None for any other."""
    if sp.bot:
        return _answered_question(sp.own, sp.quoted, carrier) if "请确认" in sp.quoted else None
    return _adopted(sp.own, sp.quoted, carrier) if _DO_AS_SAID.search(sp.own) is not None else None


def _adopted(own: str, quoted: str, carrier: str | None) -> ParseResult | None:
    """The quoted message read as the merchant's own, when their words ask only that it be done (no number and
    no command of their own); what cannot be undone is confirmed first (its number is a quoted one)."""
    mine = normalize(own)
    if find(mine, carrier).waybills or commands(mine, 0, len(mine)) or _NOT_AS_SAID.search(mine) is not None:
        return None  # ("不用按她说的办", "先别处理", "按我说的办")
    if _OTHER_WORDS.sub("", _DO_AS_SAID.sub("", _HEADER.sub("", mine))) or len(_QUOTES_IN.findall(quoted)) > 1 or (
            _HANDLER_SPEAKS.match(_BRACKETS.sub("", quoted).lstrip()) is not None):
        # (more said than "do as they said": "按她说的办，第二个除外"; two quotes, or one inside another; what the
        # courier or the outlet said is no request): a person reads it
        return ParseResult(requests=[], needs_human=True, reason="relayed_request", normalized=mine)
    return _quoted_request(_BRACKETS.sub("", quoted), carrier)  # (its brackets would make it a quote again)


_BRACKETS: Final = re.compile(r"[「」『』“”]")
# The bot's question ("@张三 请确认：YT1 拦截退回？回复“确认”即办理"): what it asked
_QUESTION: Final = re.compile(r"请确认[：:]\s*([^？?\n]{4,200})[？?]")
# (only yes: "确认撤单" under a question about an intercept is a word of the merchant's own, read as such; the
# service's handlers.confirming._YES also takes "确认拦截" for yes, to the question that still waits)
_YES: Final = re.compile(
    r"[\s，,。.!！~～]*(?:好的?|嗯)?[\s，,]*(?:确认|确定|是的|同意|OK|YES)(?:办理)?[\s。.!！~～啦了吧的]*")


def _answered_question(own: str, quoted: str, carrier: str | None) -> ParseResult | None:
    """The bot's question quoted and answered "确认" under it. The service settles an answer to a question that
    still waits before it reads the message; one read here answers none (settled or never asked): what the
    question asked is asked again (``confirm``), as the merchant meant it."""
    m = _QUESTION.search(quoted)
    if m is None or _YES.fullmatch(normalize(own)) is None:
        return None
    return _quoted_request(m.group(1), carrier)


def _quoted_request(text: str, carrier: str | None) -> ParseResult | None:
    """What a quoted ``text`` asks, read as the merchant's own, its irreversible actions confirmed first (their
    numbers are quoted ones); None when it asks nothing or a person must read it."""
    result = _parse(text, carrier)
    if result.needs_human or not result.requests:
        return None
    for req in result.requests:
        if req.intent in IRREVERSIBLE:
            req.confirm = True
            result.confirm = result.confirm or "quoted_number"
    return result


def _quoted_command(quoted: str, carrier: str | None, bot: bool) -> str | None:
    """The last command a quoted message gave ("「YT1 催件」 YT2 同上"), when it was a request read plainly (not
    asked about, reported, taken back or wavered over: "「A 拦截成功了吗」 +1 B" repeats nothing), or what the bot
    reported carried out ("「@张三 A 拦截已提交…」 这个也是 B")."""
    q = normalize(quoted)
    said = [intent for _, _, intent in commands(q, 0, len(q)) if intent[-1] not in "~≈"]
    if not said or bot:
        return said[-1] if said else None
    read = _parse(_BRACKETS.sub("", quoted), carrier)
    if read.needs_human or not read.requests or any(req.confirm for req in read.requests) or (
            said[-1] not in {req.intent for req in read.requests}):
        return None
    return said[-1]


def _quoted_numbers(quoted: str, found: Found, carrier: str | None) -> list[Waybill]:
    """The numbers of the quoted text, each once, when the merchant's own words name none."""
    if not found.waybills and quoted:
        return distinct_numbers(find(normalize(quoted), carrier).waybills)
    return []


def _set_aside(norm: str, found: Found, numbers: list[str]) -> ParseResult | None:
    """The result of a message that is not to be read: meant for another group (nothing asked), or sharing its
    commands out without saying which number takes which (a person reads it); None for any other."""
    if ("忽略" in norm or "发错" in norm or "IGNORE" in norm) and (v := _VOID.search(norm)) is not None and all(
            w.span[0] < v.start() for w in found.waybills) and not _said_of_one(norm, found, v.start()):
        # ("发错群了 YT… 是你们家的 拦截": this one is meant)
        return ParseResult(requests=[], needs_human=False, reason=None, normalized=norm, waybills=numbers)
    d = _DISTRIBUTIVE.search(norm) if len(found.waybills) > 1 else None
    if d is not None and (said := {
            base_of(i) for _, _, i in commands(norm, d.start(), min(len(norm), d.end() + 6))}) and (
            len(said) > 1 or not d.group().startswith("一") or not said.isdisjoint(IRREVERSIBLE)):
        # "一个拦截一个催件": commands shared out, not said which takes which ("一个顺丰一个京东" only describes,
        # and "一个碎一个漏" asks the same of both; "一个拦截 一个再看看" does not, and cannot be undone)
        return ParseResult(requests=[], needs_human=True, reason="unclear_assignment", normalized=norm,
                           waybills=numbers)
    if (d is not None and d.group().startswith("一") and all(w.span[0] < d.start() for w in found.waybills)
            and _DESCRIBED.search(norm, d.end()) is not None):
        # "A 和 B 一个是我的一个是我姐的，我的那个要退回": which one is mine the message does not say
        return ParseResult(requests=[], needs_human=True, reason="unclear_assignment", normalized=norm,
                           waybills=numbers)
    return None


_SENTENCE_START: Final = re.compile(r"[\n。；;]")


def _said_of_one(norm: str, found: Found, at: int) -> bool:
    """"A B C 拦截。更正：C 是另一家的件，请忽略；只拦前两票": "ignore" said of a number in its own sentence, of
    several, not of the message."""
    start = max((m.end() for m in _SENTENCE_START.finditer(norm, 0, at)), default=0)
    return (start > 0 and any(start <= w.span[0] < at for w in found.waybills)
            and "发错群" not in norm[start:at] and "发错了群" not in norm[start:at])


def _place_numbers(found: Found, clauses: list[Clause]) -> None:
    """Each number into the clause it stands in."""
    k = 0
    for w in found.waybills:  # both in the order of the text
        while k < len(clauses) and clauses[k].end < w.span[0]:
            k += 1
        if k < len(clauses) and clauses[k].start <= w.span[0]:
            clauses[k].waybills.append(w)


def _bind_and_fold(clauses: list[Clause], found: Found, quoted: list[Waybill], distinct: list[Waybill],
                   fixes: list[tuple[str, Waybill]], denied: list[Waybill], r: Reading,
                   norm: str) -> tuple[dict[str, list[Event]], bool, Found]:
    """The events standing at the end, per number; whether the message was read plain (``plain_reading``); and the
    numbers bound (the quoted ones when the merchant's own words name none)."""
    if quoted and clauses and not any(c.mentions for c in clauses) and new_address(norm, found.phones):
        clauses[0].mentions.append(Mention("change_address", 0, 0, False))  # "引用 …\n新地址来了：…"
    if quoted and any(c.mentions for c in clauses):
        orphans, found = _bind_quoted(clauses, quoted, r, norm)
    elif not r.excepted and not fixes and (plain := plain_reading(clauses, distinct, norm)) is not None:
        return plain, True, found
    else:
        orphans = bind(clauses, found, r, norm)
    if r.left_out_beside:  # "以上全部拦截，除了第一个": not for the clause next to the one that leaves it out
        r.events = [e for e in r.events if e.negated or e.source != "ref" or not any(
            abs(clauses.index(e.clause) - j) <= 1 for w, j in r.left_out_beside.items() if w == e.waybill.number)]
    if orphans:
        bind_orphans(clauses, orphans, found, norm, r)
    if fixes:
        r.events = apply_corrections(r.events, fixes)
    for w in denied:  # what was asked for it before is taken back there, as nothing to do
        c = next((x for x in clauses if x.start <= w.span[0] <= x.end), clauses[0])
        r.events.append(Event(Mention(NOTHING, w.span[0] - c.start, w.span[0] - c.start, True), w, c))
    return fold(r.events, r, norm), False, found


def _bind_quoted(clauses: list[Clause], quoted: list[Waybill], r: Reading, norm: str) -> tuple[list[int], Found]:
    """Binding when the merchant's commands speak of quoted numbers: these stand above the merchant's words, as if
    on a line of their own. Returns the orphans and the numbers bound."""
    q = Clause("", -len(quoted) - 1, -1, [])
    q.waybills = [Waybill(w.number, w.carrier, (q.start + i, q.start + i + 1), w.alternatives, w.joined)
                  for i, w in enumerate(quoted)]
    clauses.insert(0, q)
    found = Found()
    found.waybills = list(q.waybills)
    orphans = bind(clauses, found, r, norm)
    for e in r.events:
        e.source = "quote"
    return orphans, found


def _result(own: str, norm: str, clauses: list[Clause], found: Found, quoted: list[Waybill],
            state: dict[str, list[Event]], r: Reading, plain: bool, carrier: str | None,
            numbers: list[str]) -> ParseResult:
    """The requests and the reasons a person or the merchant is asked (only the first reason is given)."""
    reasons = r.reasons
    if r.withdrawn:
        reasons.append("negated_command")  # a request of an earlier message taken back: it may be under way
    _note_unread(clauses, found, quoted, reasons)
    requests = make_requests(state, norm, clauses, found.phones, r, plain)
    if any(q.intent == "urge" and hurries_earlier(clauses, q.waybills) for q in requests):
        reasons.append("earlier_request_hurried")
    if not requests and not reasons and any(m.done for c in clauses for m in c.mentions) and (
            _ASKS.search(norm) is not None):
        # "前天拦的怎么还在派送", "是已经被退回了吗": asked about a request made before, or what was done to the
        # parcel: a person answers
        reasons.append("question")
    if any(q.address or q.name for q in requests) and translated(own):
        as_written(requests, norm, normalize(own, written=True))
    if carrier is None and any(e.waybill.alternatives for evs in state.values() for e in evs):
        reasons.append("ambiguous_carrier")
    reason = reasons[0] if reasons else None
    confirm = None
    if reason is None and r.confirm:
        confirm = r.confirm[0]
    else:
        for req in requests:
            req.confirm = False
    return ParseResult(requests=requests, needs_human=bool(reasons), reason=reason, normalized=norm,
                       confirm=confirm, withdrawn=r.withdrawn, waybills=numbers)


def _note_unread(clauses: list[Clause], found: Found, quoted: list[Waybill], reasons: list[str]) -> None:
    """A command with no number to act on, and numbers of no known form."""
    unrecognised = [d for d in found.unplaced if len(d) <= 17]  # 18-19 digits: platform order numbers
    if not found.waybills and not quoted and not unrecognised and any(
        not m.negated for c in clauses for m in c.mentions
    ):
        reasons.append("command_without_waybill")
    if unrecognised:
        reasons.append("unrecognised_number")
