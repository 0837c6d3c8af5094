"""Written Cantonese is read as Mandarin: the same requests, in the words merchants in Guangdong and Hong Kong
type. Mandarin text is left as it is, and the parser's reading keeps every character in its place."""

from __future__ import annotations

import pytest

from router.parsing.cantonese import _WORDS, to_mandarin
from router.parsing.normalize import normalize
from router.parsing.parser import parse

YT = "YT7514236985412"
SF = "SF1234567890128"


def intents(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.intent, tuple(r.waybills)) for r in parse(text).requests]


def test_every_word_keeps_its_length() -> None:
    assert all(len(k) == len(v) for k, v in _WORDS.items())


@pytest.mark.parametrize("text", [
    "麻烦帮我查下这单到哪了", "这个系统显示签收了", "电话打不通", "返回上一页", "仲裁申请", "他说明天到",
])
def test_mandarin_is_untouched(text: str) -> None:
    assert to_mandarin(text) == text


@pytest.mark.parametrize("text", [
    f"{YT} 唔该截返佢 客人唔要喇", f"呢件 {YT} 客人话唔要咗 攞返嚟", f"{YT} 唔好派 退返畀我",
])
def test_an_intercept_in_cantonese(text: str) -> None:
    assert intents(text) == [("intercept", (YT,))]


@pytest.mark.parametrize(("text", "intent"), [
    (f"{YT} 喺边度啊", "track"),
    (f"{YT} 几时先到", "track"),
    (f"{YT} 显示签咗收 但系佢屋企冇人收过", "verify_delivery"),
    (f"{YT} 唔见咗 搵唔到", "lost"),
    (f"{YT} 成个礼拜冇郁", "delay"),
    (f"{YT} 快啲派啦", "urge"),
])
def test_other_requests_in_cantonese(text: str, intent: str) -> None:
    assert intents(text) == [(intent, (YT,))]


def test_a_withdrawal_in_cantonese_acts_on_nothing() -> None:
    r = parse(f"{YT} 拦截 算了 唔使拦喇")
    assert r.requests == []


def test_the_reading_keeps_every_place_of_the_written_text() -> None:
    text = f"{SF} 客人搬咗屋 唔该改寄去 深圳市宝安区西乡街道固戍一路88号 黄生"
    assert normalize(text) != normalize(text, written=True)  # read as Mandarin, so changed ...
    assert len(normalize(text)) == len(normalize(text, written=True))  # ... in place


def test_mandarin_words_beside_cantonese_stay() -> None:
    assert to_mandarin("唔该 系统 电话 喇叭坏咗") == "麻烦 系统 电话 喇叭坏了"


@pytest.mark.parametrize("text", [f"{YT} 截返未", f"{YT} 系咪截返咗", f"{YT} 是否拦截了"])
def test_whether_it_was_intercepted_is_a_question(text: str) -> None:
    assert all(r.intent != "intercept" for r in parse(text).requests), intents(text)


@pytest.mark.parametrize("text", [f"{YT} 是不是寻不着了 早该到了", f"{YT} 老早该送到了"])
def test_should_have_arrived_is_no_address_change(text: str) -> None:
    assert all(i != "change_address" for i, _ in intents(text)), intents(text)
