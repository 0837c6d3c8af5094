"""Properties of understanding that must hold for any message (issue 22), checked with hypothesis:

- a command the merchant takes back is never carried out, whatever else the message says and however it is laid out;
- adding a quote of one of the bot's earlier replies to a message never adds an action: the quote lends its number
  to words that need one ("这单催一下"), nothing else, and nothing irreversible is done to it unconfirmed;
- no phone number, in any notation, is ever a waybill.

"Carried out" means what the bot would do without asking anyone: the message is not handed to a person and the
request is not one to confirm."""

from __future__ import annotations

import importlib.util
import random
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from router.confirm.model import ASK, DECLINED, EXPIRED, WHAT
from router.parsing.parser import ParseResult, parse

_spec = importlib.util.spec_from_file_location("waybill_numbers",
                                               Path(__file__).parents[1] / "data" / "waybill_numbers.py")
assert _spec is not None and _spec.loader is not None
numbers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(numbers)

CARRIERS = ("yto", "jt", "sf", "jd", "deppon", "ems_s10", "zto", "sto", "yunda", "ems", "cainiao")
COSTLY = {"intercept", "cancel", "change_address"}
ADDRESS = "杭州市西湖区文三路90号 张三 13800138000"


def carried_out(result: ParseResult) -> set[tuple[str, str]]:
    if result.needs_human:
        return set()
    return {(r.intent, w) for r in result.requests if not r.confirm for w in r.waybills}


def waybill(seed: int, carrier: str) -> tuple[str, str | None]:
    """A valid number of ``carrier``, and the group carrier to pass with it."""
    number = numbers.waybill(random.Random(seed), carrier)
    return number, numbers.GROUP_CARRIER.get(carrier, carrier)


# (command, ways to take it back); each command may be taken back with any of its ways
TAKEBACKS = {
    "拦截": ["算了不拦了", "不用拦了", "先别拦截", "别拦了", "不要拦截了", "拦截取消", "拦截不用了", "不拦了", "算了",
             "不用了", "拦截的事当我没说", "不是要拦截", "拦截先不用"],
    "撤单": ["不撤了", "先别撤单", "撤单取消", "不用撤单了", "算了", "别撤了", "撤单先不用"],
    f"改址 {ADDRESS}": ["不改了", "改址取消", "地址不用改了", "别改址了", "算了不改了", "改地址不用了"],
}
COMMANDS = list(TAKEBACKS)
FILLER = ["", "麻烦", "谢谢", "客户说的", "急", "辛苦了"]
LAYOUTS = [
    "{w} {c}\n{w} {t}",  # the number again, on a line of its own
    "{w} {c}，{t}",  # in the next clause
    "{w} {c}\n{t}",  # the next line, no number
    "{c} {w}\n{w} {t}",
    "{w} {c} {o} 催件\n{w} {t}",  # another number asked for something else between
    "{o} 催件\n{w} {c}\n{w} {t}",
    "{w}\n{c}\n{w} {t}",
]


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from(["yto", "jt", "sf", "zto"]), st.sampled_from(COMMANDS),
       st.data(), st.sampled_from(LAYOUTS), st.sampled_from(FILLER))
def test_a_command_taken_back_is_never_carried_out(seed: int, carrier: str, command: str, data: st.DataObject,
                                                   layout: str, filler: str) -> None:
    w, group = waybill(seed, carrier)
    other, _ = waybill(seed + 1, carrier)
    takeback = data.draw(st.sampled_from(TAKEBACKS[command]))
    text = layout.format(w=w, c=command, t=takeback, o=other) + filler
    result = parse(text, group)
    assert not {p for p in carried_out(result) if p[1] == w and p[0] in COSTLY}, (text, result)


BOT_REPLIES = [
    "{w} 拦截已提交，结果会第一时间通知您", "{w} 改址已提交，结果会第一时间通知您", "{w} 撤单成功",
    "{w} 已为您催促派送，请耐心等待", "{w} 已为您登记破损工单，专人跟进，结果会第一时间通知您", "{w} 已签收，无法拦截",
    "{w} 尚未揽收，无需拦截，可直接撤单（回复“撤单 单号”）", "您的消息已转人工客服处理，请稍候",
    ASK.format(what=WHAT["intercept"].format(w="{w}"), minutes=10), DECLINED, EXPIRED,
    "{w} 拦截成功，包裹将退回", "{w} 改址成功，将按新地址派送",
]
QUOTES = [
    "「@张三 {r}」\n- - - - - - - - - - - - - - -\n{m}", "引用 客服：{r}\n{m}", "回复 @客服：{r}\n{m}",
    "“@张三 {r}”\n{m}", "{r}\n{m}", "@张三 {r}\n------\n{m}", "> {r}\n{m}", "{m}\n「客服：{r}」",
]
MESSAGES = [
    "好的谢谢", "不用拦了", "确认", "这个也拦截一下", "改址 " + ADDRESS, "{v} 拦截", "{v} 催件", "撤单", "拦截",
    "那改地址 " + ADDRESS, "怎么还没结果", "{v} 不用拦了", "好的 {v} 也拦一下", "{w} 拦截", "{w} 算了不拦了",
    "这单催一下", "还是没动 投诉吧", "这个登记破损", "不拦了 直接改地址 " + ADDRESS, "谢谢 辛苦",
]


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from(["yto", "jt", "sf", "zto"]), st.sampled_from(BOT_REPLIES),
       st.sampled_from(QUOTES), st.sampled_from(MESSAGES))
def test_quoting_a_reply_of_the_bot_never_adds_an_action(seed: int, carrier: str, reply: str, quote: str,
                                                         message: str) -> None:
    w, group = waybill(seed, carrier)
    v, _ = waybill(seed + 7, carrier)
    own = message.format(w=w, v=v)
    quoted = quote.format(r=reply.format(w=w), m=own)
    # the quote may only lend its number to words that need one ("这单催一下"): compare with the number said
    alone = parse(own if "{" in message else f"{w} {own}", group)
    with_quote = parse(quoted, group)
    assert carried_out(with_quote) <= carried_out(alone), (quoted, with_quote, alone)
    if w not in own:  # and nothing irreversible is done to the quoted number without the merchant confirming
        assert not {p for p in carried_out(with_quote) if p[0] in COSTLY and p[1] == w}, (quoted, with_quote)


phones = st.integers(0, 10**6).map(lambda s: numbers.phone(random.Random(s)))
notations = st.tuples(phones, st.integers(0, 10**6)).map(
    lambda p: numbers.phone_notation(random.Random(p[1]), p[0]))
around = st.sampled_from(["", " ", "，", "电话", "收件人张三", "改址 杭州市西湖区文三路90号 王五 ", "\n", "手机:",
                          "联系 ", "拦截 ", "客户"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(around, notations), min_size=1, max_size=4), st.integers(0, 10**6),
       st.sampled_from(CARRIERS), st.sampled_from([None, "zto", "ems", "yunda", "sto", "sf", "cainiao", "yto"]),
       st.booleans())
def test_no_phone_number_in_any_notation_is_ever_a_waybill(pieces: list[tuple[str, str]], seed: int, carrier: str,
                                                          group: str | None, with_waybill: bool) -> None:
    w, _ = waybill(seed, carrier)
    # two numbers glued with nothing between are one run of digits, read by its own rules: keep them apart
    text = (f"{w} 改址 " if with_waybill else "") + "".join((a or " " * bool(i)) + p
                                                            for i, (a, p) in enumerate(pieces))
    digits = ["".join(ch for ch in unicodedata.normalize("NFKC", p) if ch.isdigit())[-11:] for _, p in pieces]
    assert all(len(d) == 11 for d in digits)
    result = parse(text, group)
    found = {number for r in result.requests for number in r.waybills} | set(result.waybills)
    assert found <= ({w} if with_waybill else set()), (text, found, digits)  # the real waybill at most


CANONICAL = {"intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight", "track",
             "delay", "claim", "complaint", "arbitration"}
FRAGMENTS = ["拦截", "撤单", "催件", "查件", "破损", "丢了", "核重", "投诉", "理赔", "仲裁", "延误",
             "改址到 " + ADDRESS,
             "同上", "也是", "按此处理", "同样处理", "一样", "不用了", "算了", "不对", "是", "第二个", "其余", "上面的",
             "正常派送", "的话", "之后", "「", "」", "引用 小王：", "\n", "，", "？", " ", "不是", "除了", "只"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.integers(0, 10**6)), min_size=1, max_size=12),
       st.sampled_from(["yto", "zto", "sf"]))
def test_every_request_names_one_of_the_thirteen_intents(parts: list[str | int], carrier: str) -> None:
    """Whatever the words and numbers, and however they are arranged, a request is one of the canonical intents:
    the parser's own marks (a withdrawal, "nothing", "the same as before") never leave it."""
    text = "".join(p if isinstance(p, str) else waybill(p, carrier)[0] + " " for p in parts)
    result = parse(text, numbers.GROUP_CARRIER.get(carrier, carrier))
    assert not (result.reason or "").startswith("parser_error"), text  # parse() turns a crash into this
    assert {r.intent for r in result.requests} <= CANONICAL, text
