from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from router.parsing.normalize import normalize
from router.parsing.waybills import find, s10_valid


def numbers(text: str, carrier: str | None = None) -> list[tuple[str, str]]:
    return [(w.number, w.carrier) for w in find(normalize(text), carrier).waybills]


@pytest.mark.parametrize(
    ("text", "carrier", "expected"),
    [
        ("YT7514236985412 拦截", None, [("YT7514236985412", "yto")]),
        ("yt 7514 2369 8541 2 退回", None, [("YT7514236985412", "yto")]),
        ("ｙｔ７５１４２３６９８５４１２ 攔截", None, [("YT7514236985412", "yto")]),
        ("@客服YT7514236985412 拦截", None, [("YT7514236985412", "yto")]),
        ("改址 75706890164395 杭州市西湖区文三路90号 张三 13800138000", "zto", [("75706890164395", "zto")]),
        ("YT7514236985412YT7514236985413 拦截", None, [("YT7514236985412", "yto"), ("YT7514236985413", "yto")]),
        ("7514236985412375142369854124 拦截", None, [("75142369854123", "zto"), ("75142369854124", "zto")]),
        ("75142369854123，75142369854124、75142369854125", None,
         [("75142369854123", "zto"), ("75142369854124", "zto"), ("75142369854125", "zto")]),
        ("1. JT1234567890123\n2. JT1234567890124", None, [("JT1234567890123", "jt"), ("JT1234567890124", "jt")]),
        ("JDVA12345678901 DPK123456789012 621123456789012 SF1234567890123", None,
         [("JDVA12345678901", "jd"), ("DPK123456789012", "deppon"), ("621123456789012", "cainiao"),
          ("SF1234567890123", "sf")]),
        ("RB123456785GB 查件", None, [("RB123456785GB", "ems")]),
        ("EA123456784CN 查件", None, []),  # wrong check digit
        ("9876543210123 邮件撤单", None, [("9876543210123", "ems")]),
        ("5123456789012 催件", None, [("5123456789012", "yunda")]),
        ("431234567890123 拦截", None, [("431234567890123", "sto")]),  # ambiguous: see the next test
        ("431234567890123 拦截", "sto", [("431234567890123", "sto")]),  # the group's carrier decides
        ("申通 431234567890123 拦截", None, [("431234567890123", "sto")]),  # then a carrier named in the message
        ("751423698541 拦截", None, []),  # old 12-digit form: ambiguous without a carrier
        ("中通 751423698541 拦截", None, [("751423698541", "zto")]),
        ("订单号 1234567890123456789 拦截", None, []),  # platform order number
        ("电话13800138000", None, []),
        ("12345675142369854123 拦截", None, []),  # never cut a waybill out of a longer number
        ("YT 6612 3456 7890 1 2.5kg 称重不对", None, [("YT6612345678901", "yto")]),  # "2" belongs to 2.5kg
    ],
)
def test_recognition(text: str, carrier: str | None, expected: list[tuple[str, str]]) -> None:
    assert numbers(text, carrier) == expected


def test_ambiguous_all_digit_numbers_name_their_alternatives() -> None:
    (w,) = find(normalize("431234567890123 拦截")).waybills
    assert (w.carrier, w.alternatives) == ("sto", ("yunda",))
    (w,) = find(normalize("431234567890123 拦截"), "yunda").waybills
    assert (w.carrier, w.alternatives) == ("yunda", ())
    (w,) = find(normalize("YT7514236985412")).waybills
    assert w.alternatives == ()


def test_phones_and_unplaced_numbers_are_reported_separately() -> None:
    f = find(normalize("改址 75706890164395 张三 13800138000 订单1234567890123456789"))
    assert f.phones == ["13800138000"]
    assert f.unplaced == ["1234567890123456789"]


@pytest.mark.parametrize("number", ["RB123456785GB", "EA123456785CN"])
def test_s10_published_examples(number: str) -> None:
    assert s10_valid(number)
    for wrong in "0123456789":
        if wrong != number[10]:
            assert not s10_valid(number[:10] + wrong + number[11:])


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_never_raises_and_every_waybill_is_in_the_text(text: str) -> None:
    norm = normalize(text)
    compact = norm.replace(" ", "").replace("-", "")
    for w in find(norm).waybills:
        assert w.number in compact


phones = st.from_regex(r"1[3-9]\d{9}", fullmatch=True)
fillers = st.sampled_from(["", " ", "，", "拦截", "电话", "改址", "\n", "收件人张三", "YT7514236985412 "])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(phones, fillers), max_size=8), st.sampled_from([None, "zto", "sf", "ems", "yunda"]))
def test_no_phone_number_is_ever_a_waybill(parts: list[str], carrier: str | None) -> None:
    text = "".join(parts)
    for w in find(normalize(text), carrier).waybills:
        assert not any(p in w.number or w.number in p for p in parts if p and p[0] == "1" and p.isdigit())


_BETWEEN_HAN = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=3000))
def test_normalize_never_raises_and_is_idempotent(text: str) -> None:
    once = normalize(text)
    # (but a table: its separators, "|", tabs or runs of spaces, keep words spaced apart from being joined on the
    # first reading and are gone after it, so a second reading may join them: "一 一 一|一". The parser reads a
    # message's raw text once.)
    tabular = "|" in text or "\t" in text or "   " in text
    again = normalize(once)
    assert again == once or (tabular and again == _BETWEEN_HAN.sub("", once))
