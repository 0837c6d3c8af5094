"""Quoted text in a chat message: context, never a new command.

Chat clients put an earlier message above the new one, and merchants paste the bot's replies back:
- a WeCom quote: ``「张三：…」`` then a line of dashes (``- - - - - - -``), then the new text; any quoted block above a
  line of dashes, equals signs or underscores;
- a quote in brackets naming its speaker: ``「张三：…」``, ``“李娜: …”``, ``『…』``;
- a line introduced as a quote: ``引用 张三：…``, ``回复 @小王：…``, ``【引用】…``, ``> …`` (when other lines follow;
  a single ``回复 X：`` line is the reply itself);
- the bot's own replies (``YT… 拦截已提交，结果会第一时间通知您``, ``请确认：…``), wherever they stand.

``split`` separates the merchant's own words from what they quote. The parser reads the own words; quoted
numbers are only referents ("这个也催一下" under a quote), and a quoted reply of the bot never asks for anything
again. Works on the raw text (the brackets are gone after normalisation); never raises.
"""

from __future__ import annotations

import re
from typing import Final

from router.parsing.intents import mentions
from router.parsing.normalize import normalize

# A line of three or more dashes, equals signs, underscores, dots or box-drawing strokes, spaced or not.
_RULE: Final = re.compile(r"(?m)^[ \t\u3000]*(?:[-—–_=─━~·.•*][ \t\u3000]*){3,}$")
# Field labels of a merchant's own structured message, which look like a speaker ("单号：…") but are not one.
_LABEL: Final = (
    r"(?:快递|运)?单号|订单号?|问题|诉求|处理|原因|备注|新?地址|收件人|寄件人|姓名|电话|手机号?|联系人|联系方式|时间|"
    r"金额|重量|货值|要求|情况|说明|内容|快递|客户反馈|结果"
)
_SPEAKER: Final = re.compile(
    r"[ \t\u3000]*[「『“\"']?[ \t\u3000]*@?(?!(?:" + _LABEL + r")[：:])[^\s：:「」『』“”\"]{1,16}[：:]"
)
_QUOTE_LINE: Final = re.compile(r"[ \t\u3000]*(?:引用|【引用】|\[引用\]|回复|>|》|RE:|Re:|re:)")
_REPLY_PREFIX: Final = re.compile(r"[ \t\u3000]*回复[ \t\u3000]*@?[^\s：:]{1,16}[：:]")
_BRACKETED: Final = re.compile(r"[「『“]([^「」『』“”]{1,800})[」』”]")
# The bot's replies (handlers/*, router/tickets/follower.py; a test pins each of them to this pattern), with the
# tails they end in, so that a merchant's words after a pasted reply on the same line stay theirs. Words a merchant
# also asks with ("撤单成功了吗", "拦截成功没有") count only in the bot's exact form.
_BOT_START: Final = (
    r"拦截已提交|改址已提交|已为您催促派送|已为您登记[^，,。\n]{0,8}工单|转人工客服处理|已转人工(?![了吗没么?？])|已在拦截中|"
    r"缺少新地址|系统繁忙|不是您账户下的运单|未查到该运单|暂不支持该快递公司|重量异议已转人工核实|处理时间较长，|"
    r"您登记的工单已处理完毕|请确认：|已为您取消|确认已超时|计费重量 [0-9]+\.[0-9]{2} [Kk][Gg]|"
    r"(?:撤单|改址)成功(?![了吗没么啦?？])|拦截成功，|拦截失败：|改址失败：|已(?:签收|揽收)，无法(?:拦截|操作|改址|撤单)|"
    r"尚未揽收，(?:无需拦截|已记录)|已撤单，无需"
)
_BOT_END: Final = (
    r"结果会第一时间通知您|专人跟进|请耐心等待|请稍候|请核对单号|即办理|包裹将退回|将按新地址派送|如需帮助请回复|"
    r"如有问题请联系客服|请按“改址 单号 新地址 姓名 电话”发送|可直接撤单（回复“撤单 单号”）|揽收后会尽快发出|"
    r"如需退回请回复“拦截 单号”|无需重复操作"
)
# A reply runs from its first words to its last tail: tails joined by punctuation ("专人跟进，结果会第一时间通知您"),
# or the end of a reply that has none (the weight, a line's end, a semicolon before another number: "你们说拦截已提交；
# 另一个是 B 改地址 …"; a courier's answer the bot passes on may hold a semicolon, but not a number after it).
_BOT: Final = re.compile(
    f"(?:{_BOT_START})[^\\n]*?(?:(?:{_BOT_END})(?:[，,。][^\\n，,。]*?(?:{_BOT_END}))*|(?<=[Kk][Gg])|(?=\\n|[；;][^\\n；;]{{0,8}}?[0-9A-Z]{{10}})|$)"
)


class Split:
    """The merchant's own words and what the message quotes. ``own`` keeps the line structure of the message."""

    __slots__ = ("bot", "own", "quoted", "relayed")

    def __init__(self, own: str, quoted: str, bot: bool, relayed: bool = False) -> None:
        self.own, self.quoted, self.bot = own, quoted, bot  # bot: a reply of the bot is among the quoted
        self.relayed = relayed  # the buyer's words are among the quoted

    def __repr__(self) -> str:
        return f"Split(own={self.own!r}, quoted={self.quoted!r}, bot={self.bot})"


# Below a list's closing rule, only thanks ("———\n请查收，谢谢"): the list is the merchant's own.
_SIGN_OFF: Final = re.compile(
    r"[\s，,。.!！~]*(?:(?:请查收|请处理|谢谢|多谢|感谢|辛苦了?|麻烦了|拜托了?|谢了|以上|如上|完毕|(?i:THANKS?|THX))[\s，,。.!！~]*)+")


def _looks_quoted(block: str) -> bool:
    head = block.lstrip()
    return bool(
        head[:1] in "「『“\"" or _SPEAKER.match(head) or _QUOTE_LINE.match(head) or _BOT.search(block)
    )


def split(text: str) -> Split:
    """Separate quoted text from the merchant's own words."""
    if not _FIRST.search(text) or not _MAYBE.search(text):  # most messages quote nothing
        return Split(text, "", False)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    quoted: list[str] = []
    text = _below_rule(text, quoted)
    if _BRACKETED.search(text) is not None:
        text = _lift_bracketed(text, quoted)
    lines = text.split("\n")
    _quote_lines(lines, quoted)
    relayed = _buyer_lines(lines, quoted)
    _buttons(lines, quoted)
    _bot_replies(lines, quoted)
    own = "\n".join(lines)
    joined = "\n".join(quoted)
    return Split(own, joined, bool(joined) and _BOT.search(joined) is not None, relayed)


def _below_rule(text: str, quoted: list[str]) -> str:
    """The block above the last rule line (a WeCom quote, or a message pasted above a row of dashes): quoted;
    returns the text below it, or all of it."""
    rules = list(_RULE.finditer(text))
    if rules:
        last = rules[-1]
        above, below = text[: last.start()], text[last.end() :]
        if below.strip() and above.strip() and (_looks_quoted(above) or _SIGN_OFF.fullmatch(below) is None):
            quoted.append(above)
            return below
    return text


def _lift_bracketed(text: str, quoted: list[str]) -> str:
    """A quoted request ("“YT1 拦截” 这个不用了") is context when the merchant says something of their own outside
    it; alone with a few words around it ("客户说「YT1 不要了 退回」") it is what they relay."""
    says = bool(mentions(normalize(_BRACKETED.sub(" ", text))))
    return _BRACKETED.sub(lambda m: _lift(m, quoted, says or _answered(m)), text)


def _quote_lines(lines: list[str], quoted: list[str]) -> None:
    """Lines introduced as a quote ("引用 …", "> …") when other lines follow; a single "回复 X：" line is the reply
    itself, its prefix dropped."""
    if len([x for x in lines if x.strip()]) > 1:
        for i, line in enumerate(lines):
            if _QUOTE_LINE.match(line) and len([x for j, x in enumerate(lines) if j != i and x.strip()]) > 0:
                quoted.append(line)
                lines[i] = ""
                if (_INTRODUCES.search(line) is not None and _NUMBER.search(line) is None) or (
                        _BARE_NUMBERS.fullmatch(_SPEAKER.sub("", _QUOTE_LINE.sub("", line, 1), 1)) is not None):
                    # ("以下拦截", "如下：", or a quote of numbers alone: the numbers under it are its list)
                    _numbers_under(lines, i + 1, quoted)
    elif lines and (m := _REPLY_PREFIX.match(lines[0])) is not None:
        lines[0] = lines[0][m.end() :]  # "回复 @小王：YT… 催一下": the reply itself


# A line of the buyer's own words pasted by the merchant ("买家：不要了 退回去吧", "【客户】…", "客户原话：…"): what the
# buyer wants is context, the merchant's own lines say what to do about it.
_BUYER_LINE: Final = re.compile(
    r"[ \t\u3000]*(?:[【\[](?:买家|客户|顾客|客人)[】\]][ \t\u3000]*[:：]?|"
    r"(?:买家|客户|顾客|客人)(?:的)?(?:原话|留言|消息|聊天|说|要求|诉求)?[ \t\u3000]*[:：])")


_PLACE: Final = re.compile(r"[省市区县镇路街道号]")
# ("登记一下", "麻烦看下", "处理下": what the buyer reported is what the merchant asks about; and a form's fields,
# "物流单号：… 客户要求：…", are the merchant's own)
_AS_BUYER_SAID: Final = re.compile(
    r"按(?:照)?(?:买家|客户|顾客|客人|上面|上述|他|她)|^[^，,。]{0,24}?(?:登记|看下|看一下|处理一?下|弄一?下)[^，,。]{0,4}$|"
    r"^[ \t\u3000]*[^\s：:]{0,4}(?:" + _LABEL + r")[：:]")


def _buyer_lines(lines: list[str], quoted: list[str]) -> bool:
    """Lines of the buyer's words, when the merchant writes a line of their own as well; whether there were."""
    buyer = [i for i, line in enumerate(lines) if _BUYER_LINE.match(line)]
    own = [line for i, line in enumerate(lines) if line.strip() and i not in buyer]
    # ("按买家说的改": the merchant does what the buyer asked, and the buyer's words say what that is)
    # (nor "麻烦改下 YT…" under the buyer's new address: the merchant names no address of their own)
    if buyer and own and not any(_AS_BUYER_SAID.search(line) for line in own) and not (
            any("改" in line for line in own) and not any(_PLACE.search(line) for line in own)
            and any(_PLACE.search(lines[i]) for i in buyer)):
        for i in buyer:
            quoted.append(lines[i])
            lines[i] = ""
        return True
    return False


# An app's buttons copied with a screen ("复制 拦截件 我要投诉 在线客服", "[修改地址] [拦截退回] [催派]"): the words
# of the screen, not the merchant's.
_BUTTON: Final = (r"(?:复制|拦截件|我要投诉|在线客服|联系客服|联系快递员|修改地址|改地址|拦截退回|催派|催件|查看详情|"
                   r"查看物流|申请售后|再来一单|分享|取消订单|确认收货|投诉|退货退款|仅退款)")
_BUTTON_LINE: Final = re.compile(
    r"[ \t\u3000]*(?:[\[【(（][^\]】)）\n]{2,6}[\]】)）][ \t\u3000]*){2,}|"
    r"[ \t\u3000]*" + _BUTTON + r"(?:[ \t\u3000]+" + _BUTTON + r"){2,}[ \t\u3000]*")
# (and holds a word only a screen has: "【拦截】【加急】" is the merchant's own tags)
_SCREEN_ONLY: Final = re.compile(
    r"复制|在线客服|联系客服|联系快递员|修改地址|查看详情|查看物流|申请售后|再来一单|分享|确认收货")


def _buttons(lines: list[str], quoted: list[str]) -> None:
    """Lines of an app's buttons: quoted, the merchant's other lines say what they want."""
    for i, line in enumerate(lines):
        if line and _BUTTON_LINE.fullmatch(line) is not None and _SCREEN_ONLY.search(line) is not None:
            quoted.append(line)
            lines[i] = ""


def _numbers_under(lines: list[str], k: int, quoted: list[str]) -> None:
    """"引用 王店长：以下拦截\nA\nB\n\n还有这个 C 也拦": the lines of bare numbers right under a quote line are the
    quote's, when the merchant's own words follow them."""
    end = k
    while end < len(lines) and _BARE_NUMBERS.fullmatch(lines[end]) is not None:
        end += 1
    if end > k and any(x.strip() for x in lines[end:]):
        for j in range(k, end):
            quoted.append(lines[j])
            lines[j] = ""


_INTRODUCES: Final = re.compile(r"以下|如下|下面|下列|[:：]\s*$")
_BARE_NUMBERS: Final = re.compile(
    r"[ \t\u3000]*[A-Za-z]{0,4}[0-9]{8,20}(?:[ \t\u3000,，、]+[A-Za-z]{0,4}[0-9]{8,20})*[ \t\u3000]*")


def _bot_replies(lines: list[str], quoted: list[str]) -> None:
    """The bot's replies pasted back, wherever they stand on a line: quoted up to the end of the last one."""
    for i, line in enumerate(lines):
        end = 0
        for m in _BOT.finditer(line):
            end = m.end()
        if end:
            quoted.append(line[:end])
            lines[i] = line[end:]


def _answered(m: re.Match[str]) -> bool:
    """A quoted message with the merchant's answer after it ("「YT1 拦截」 收到"), not a request relayed
    ("客户说「YT1 不要了 退回」")."""
    text = m.string
    return bool(text[m.end() :].strip()) and _RELAY.search(text, max(0, m.start() - 6), m.start()) is None


_RELAY: Final = re.compile(r"(?:说|表示|反馈|要求|讲|留言|称|问|原话|意思|消息|来信|内容)[:：，,\s]*$")


def _lift(m: re.Match[str], quoted: list[str], says: bool) -> str:
    inner = m.group(1)
    if _SPEAKER.match(inner) or _BOT.search(inner) or (says and _NUMBER.search(inner) and mentions(normalize(inner))):
        quoted.append(inner)
        return "\n"
    return m.group()


_NUMBER: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9]{9,}")


# Any sign of a quote: a rule line, quote brackets, a quote-line word, or a word of the bot's replies. The first
# characters are looked for first: one character class is much cheaper than the alternation.
_FIRST: Final = re.compile(r"[「『“引复>\-—–_=─━~·.•*提为工缺繁账未暂异较确计功败法尚需已买客顾【\[\]】在联修查申]")
_MAYBE: Final = re.compile(
    r"[「『“]|引用|回复|^[ \t]*>|(?:[-—–_=─━~·.•*][ \t\u3000]*){3,}|已提交|已为您|人工|已在拦截中|缺少新地址|系统繁忙|"
    r"不是您账户|未查到|暂不支持|计费重量|处理时间较长|工单已处理|请确认|确认已超时|成功|失败：|无法|尚未揽收|已撤单|"
    # a line of the buyer's words; an app's buttons
    r"^" + _BUYER_LINE.pattern + r"|\][ \t\u3000]*\[|】[ \t\u3000]*【|在线客服|查看详情|复制",
    re.M,
)
