from __future__ import annotations

import pytest

from router.parsing.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ｙｔ７５１４２３６９８５４１２　攔截", "YT7514236985412 拦截"),  # full-width, traditional
        ("@张三 @Tom YT7514236985412 拦截", "YT7514236985412 拦截"),
        ("@客服YT7514236985412 拦截", "YT7514236985412 拦截"),  # the mention ends where the number starts
        ("【急】撤單😀👍🏻 75706890164395", "急 撤单 75706890164395"),
        ("1. YT7514236985412\n2、JT1234567890123\n(3)拦截", "YT7514236985412\nJT1234567890123\n拦截"),
        ("①撤单 75706890164395\r\n②拦截", "撤单 75706890164395\n拦截"),
        ("1.5公斤 查重量", "1.5公斤 查重量"),  # a figure, not list numbering
        ("拦\u200b截\ufeff", "拦截"),
        ("\ud800\x00\x07", ""),
        ("", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_digits_of_every_script_become_ascii() -> None:
    assert normalize("13٠00000000 ४२ ５") == "13000000000 42 5"


def test_the_table_of_other_digits_is_every_decimal_digit_outside_ascii() -> None:
    import re
    import sys
    import unicodedata

    from router.parsing.normalize import _OTHER_DIGIT

    wanted = {chr(c) for c in range(0x80, sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Nd"}
    table = {chr(c) for c in range(0x80, sys.maxunicode + 1) if _OTHER_DIGIT.fullmatch(chr(c))}
    assert table == wanted
    assert re.fullmatch(_OTHER_DIGIT, "5") is None
