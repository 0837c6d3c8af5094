from __future__ import annotations

import itertools
import subprocess
import sys

import msgspec
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from router.parsing.lexicon import LEXICON
from router.parsing.normalize import normalize
from router.parsing.parser import MAX_CHARS, _parse, parse


def pairs(text: str, carrier: str | None = None) -> list[tuple[str, list[str]]]:
    return [(r.intent, r.waybills) for r in parse(text, carrier).requests]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("YT7514236985412 拦截", [("intercept", ["YT7514236985412"])]),
        ("拦截 YT7514236985412 YT7514236985413", [("intercept", ["YT7514236985412", "YT7514236985413"])]),
        ("拦截\nYT7514236985412\nYT7514236985413", [("intercept", ["YT7514236985412", "YT7514236985413"])]),
        ("YT7514236985412\nYT7514236985413\n麻烦拦截一下", [("intercept", ["YT7514236985412", "YT7514236985413"])]),
        ("YT7514236985412 拦截\nJT1234567890123 催件",
         [("intercept", ["YT7514236985412"]), ("urge", ["JT1234567890123"])]),
        ("YT7514236985412 拦截 YT7514236985413 查件",
         [("intercept", ["YT7514236985412"]), ("track", ["YT7514236985413"])]),
        ("YT7514236985412", [("track", ["YT7514236985412"])]),
        ("YT7514236985412 攔截退回", [("intercept", ["YT7514236985412"])]),
        ("YT7514236985412 显示签收但没收到", [("verify_delivery", ["YT7514236985412"])]),
        ("@客服 YT7514236985412 破损了，怎么处理", [("damaged", ["YT7514236985412"])]),
        ("YT7514236985412 拦截并投诉", [("intercept", ["YT7514236985412"]), ("complaint", ["YT7514236985412"])]),
        ("好的谢谢", []),
        ("YT7514236985412 拦截\nYT7514236985412 拦截", [("intercept", ["YT7514236985412"])]),  # said twice, once meant
        ("YT7514236985412 催一下，客户急用", [("urge", ["YT7514236985412"])]),  # a clause beside it goes with it
        ("收到", []),
    ],
)
def test_intents_and_binding(text: str, expected: list[tuple[str, list[str]]]) -> None:
    result = parse(text)
    assert pairs(text) == expected
    assert not result.needs_human, result.reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("不用拦截了 YT7514236985412", "negated_command"),
        ("YT7514236985412 先别拦截", "negated_command"),
        ("那就不拦截了 YT7514236985412", "negated_command"),
        ("YT7514236985412 不改址了", "negated_command"),
        ("YT7514236985412 那就不拦了", "negated_command"),
        ("拦截", "command_without_waybill"),
        ("改址 YT7514236985412", "address_missing"),
        ("YT7514236985412 拦截 催件", "conflicting_commands"),  # opposite things in one breath
        ("YT7514236985412 YT7514236985413 拦截\n催件", "unplaced_command"),  # a command on a line of its own
        ("431234567890123 拦截", "ambiguous_carrier"),
        ("拦截 7514236985 这个", "unrecognised_number"),
        ("拦" * (MAX_CHARS + 1), "too_long"),
    ],
)
def test_uncertain_messages_go_to_a_person(text: str, reason: str) -> None:
    result = parse(text)
    assert result.needs_human
    assert result.reason == reason
    assert all(r.intent != "intercept" for r in result.requests) or reason != "negated_command"


def test_change_address_fields() -> None:
    (r,) = parse("改址 75706890164395 浙江省杭州市西湖区文三路90号 张三 13800138000", "zto").requests
    assert (r.intent, r.waybills, r.carrier) == ("change_address", ["75706890164395"], "zto")
    assert (r.address, r.name, r.phone) == ("浙江省杭州市西湖区文三路90号", "张三", "13800138000")
    assert r.address_parts == {"province": "浙江省", "city": "杭州市", "district": "西湖区", "detail": "文三路90号"}


def test_claim_amount_and_span() -> None:
    result = parse("理赔 YT7514236985412 损失200元")
    (r,) = [r for r in result.requests if r.intent == "claim"]
    assert r.amount == 200.0
    assert r.span is not None and result.normalized[r.span[0] : r.span[1]] == "YT7514236985412"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8")) | st.binary().map(lambda b: b.decode("latin-1")))
def test_never_raises_and_waybills_come_from_the_text(text: str) -> None:
    result = parse(text)
    # parse() turns any exception into parser_error; no input may need that safety net
    assert not (result.reason or "").startswith("parser_error"), result.reason
    compact = normalize(text).replace(" ", "").replace("-", "")
    for r in result.requests:
        for w in r.waybills:
            assert w in compact


def test_hostile_input() -> None:
    for text in ["", "\x00" * 100, "\ud800\udfff" * 10, "YT7514236985412 拦截 " * 100_000, "\U0010ffff" * 50]:
        result = parse(text)
        assert not (result.reason or "").startswith("parser_error"), result.reason


def test_cli_contract_one_line_out_per_line_in() -> None:
    lines = [
        b'{"text": "YT7514236985412 \xe6\x8b\xa6\xe6\x88\xaa"}',
        b'{"text": "431234567890123 \xe6\x8b\xa6\xe6\x88\xaa", "carrier": "YUNDA"}',
        b"",
        b"not json",
    ]
    out = subprocess.run(
        [sys.executable, "-m", "kefu", "parse"], input=b"\n".join(lines) + b"\n", capture_output=True, check=True
    ).stdout.splitlines()
    assert len(out) == len(lines)
    first, second, blank, bad = map(orjson.loads, out)
    assert first == {
        "requests": [{"intent": "intercept", "waybills": ["YT7514236985412"], "carrier": "yto", "address": None,
                      "name": None, "phone": None, "confirm": False}],
        "needs_human": False,
        "reason": None,
        "confirm": None,
    }
    assert second["requests"][0]["carrier"] == "yunda" and not second["needs_human"]
    assert blank["needs_human"] and bad["needs_human"] and bad["reason"].startswith("invalid_input")


def test_unexplained_words_go_to_a_person_with_the_numbers() -> None:
    result = parse("YT7514236985412 这个快递员很奇怪")
    assert result.needs_human and result.reason == "unknown_command"
    assert result.requests == [] and result.waybills == ["YT7514236985412"]


def test_address_and_phone_without_a_command_word_is_an_address_change() -> None:
    (r,) = parse("YT7514236985412 送到 广州市天河区体育西路1号 冯先生 13700009999").requests
    assert (r.intent, r.phone) == ("change_address", "13700009999")


def test_morphemes_read_when_nothing_firmer_and_costly_guesses_go_to_a_person() -> None:
    assert pairs("YT7514236985412 包裹被压扁了") == [("damaged", ["YT7514236985412"])]
    assert not parse("YT7514236985412 包裹被压扁了").needs_human
    result = parse("YT7514236985412 发错货了 得拦")
    assert [(r.intent, r.waybills, r.confirm) for r in result.requests] == [("intercept", ["YT7514236985412"], True)]
    assert not result.needs_human and result.confirm == "weak_command"  # the merchant is asked before it acts
    # after 赶紧/抓紧/立马 too (a denial before them is not seen: "我没让你们赶紧拦"), and "赶紧截" is no screenshot
    for hurry in ("赶紧拦", "赶紧截", "抓紧拦", "立马拦"):
        result = parse(f"YT7514236985412 发错货了 {hurry}")
        assert [(r.intent, r.confirm) for r in result.requests] == [("intercept", True)], hurry
    # a firm word wins over a morpheme in the same message
    assert pairs("YT7514236985412 破损 客户着急") == [("damaged", ["YT7514236985412"])]


def test_clauses_bind_their_own_numbers_and_no_action_clauses_ask_nothing() -> None:
    text = "YT7514236985412 这个件要拦截，YT7514236985413 这个件正常派送就行"
    assert pairs(text) == [("intercept", ["YT7514236985412"])]
    assert not parse(text).needs_human
    # compensation for damaged parcels is one claim each, not a damage ticket and a claim
    assert pairs("YT7514236985412，YT7514236985413 都是破损件 申请理赔") == [
        ("claim", ["YT7514236985412", "YT7514236985413"]),
    ]
    assert parse("YT7514236985412 问题已解决").requests == []


_LONE_NUMBERS = [("YT7514236985412", None), ("75706890164395", "zto"), ("75706890164395", None),
                 ("EJ302993041CN", None), ("YT75142369\n85412", None), ("7570 6890 1643 95", "zto")]
_LONE_FORMS = ["{n} {w}", "{w} {n}", "{n}{w}", "{w}{n}", "{w}：{n}", "{n} 麻烦{w}一下，谢谢", "亲 {w}！{n}", "{n}--{w}",
               "{n}，{w}", "单号：{n} {w}", "快递单号{n}，{w}"]


@pytest.mark.parametrize("intent", sorted(LEXICON))
def test_a_lone_command_word_is_read_as_the_full_reading_reads_it(intent: str) -> None:
    """The fast path for "YT… 拦截" (shortcuts.lone_command) gives exactly what the full reading gives, for every
    word of the lexicon, every kind of number and either order."""
    for word in LEXICON[intent]:
        w = word.lower() if word.isascii() else word
        for (number, carrier), form in itertools.product(_LONE_NUMBERS, _LONE_FORMS):
            text = form.format(n=number, w=w)
            fast, full = _parse(text, carrier), _parse(text, carrier, fast=False)
            assert msgspec.to_builtins(fast) == msgspec.to_builtins(full), text


@pytest.mark.parametrize(("number", "carrier"), _LONE_NUMBERS)
def test_a_bare_number_is_read_as_the_full_reading_reads_it(number: str, carrier: str | None) -> None:
    for text in (number, f" {number} ", f"{number} 谢谢", f"麻烦 {number}"):
        fast, full = _parse(text, carrier), _parse(text, carrier, fast=False)
        assert msgspec.to_builtins(fast) == msgspec.to_builtins(full), text
        assert fast.reason is None or not fast.reason.startswith("parser_error"), text


def _acted(text: str, carrier: str | None = None) -> set[tuple[str, str]]:
    """What the bot would carry out without asking anyone."""
    result = parse(text, carrier)
    if result.needs_human:
        return set()
    return {(q.intent, w) for q in result.requests if not q.confirm for w in q.waybills}


_Y1, _Y2, _Y3 = "YT7542555034910", "YT3305126677891", "YT9001234567890"


@pytest.mark.parametrize("text", [
    f"{_Y1} 怎么送到杭州市西湖区去了",  # a report of where it went
    f"{_Y1} 新地址是哪个市的",  # a question
    f"{_Y1} 快递员又拉回来了",  # a report of a return
    f"{_Y1} 帮我取消撤单，还是正常发",  # a cancel taken back
    f"{_Y1} 麻烦看下拦截成功了吗",  # whether it was done, politely
    f"{_Y1} 怎么又退回了",
    f"{_Y1}\n{_Y2}\n{_Y3}\n后者拦截",  # "the latter" of three
])
def test_nothing_irreversible_is_carried_out_from_reports_questions_and_take_backs(text: str) -> None:
    assert not {(i, w) for i, w in _acted(text) if i in ("intercept", "cancel", "change_address")}, text


def test_a_command_for_some_numbers_acts_on_those_only() -> None:
    def named(text: str) -> set[str]:  # whatever the bot would do or ask about
        return {w for q in parse(text).requests for w in q.waybills}

    assert named(f"{_Y1} {_Y2} 只拦截{_Y1}") == {_Y1}
    assert named(f"{_Y1}\n{_Y2}\n{_Y3}\n两到三个拦截") == {_Y2, _Y3}
    kept = parse("YT7514236985412 撤单 YT7514236985413 催件 我是说快点").requests
    assert ("cancel", ["YT7514236985412"]) in [(q.intent, q.waybills) for q in kept]  # consecutive, not a typo
    assert ("intercept", _Y1) in _acted(f"{_Y1} 拦截退回 没问题")


def test_an_address_is_taken_as_written_and_as_put_right() -> None:
    (q,) = parse(f"{_Y1} 改址到 四川省彭州市濛阳镇中街12号 收件人 王昇 13800138000").requests
    assert (q.address, q.name) == ("四川省彭州市濛阳镇中街12号", "王昇")  # not 蒙阳镇, 王升
    (q,) = parse(f"{_Y1} 改址到 浙江省杭州市西湖区文三路90号 张三 13800138000 哦不对 是滨江区江南大道1号").requests
    assert q.address == "浙江省杭州市滨江区江南大道1号"
    (q,) = parse(f"{_Y1} 改址到 杭州市西湖区文三路90号 张三 13800138000 备用 13900139000 还是打第一个").requests
    assert q.phone == "13800138000"


@pytest.mark.parametrize("asked", ["现在什么状态", "还要几天", "大概几点派？", "今天能派送吗", "物流到哪一步了",
                                   "帮忙查个件"])
def test_where_it_is_asked_in_everyday_words(asked: str) -> None:
    r = parse(f"{_Y1} {asked}")
    assert [(q.intent, q.waybills) for q in r.requests] == [("track", [_Y1])] and not r.needs_human, asked
