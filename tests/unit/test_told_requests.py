"""Requests told rather than named: shown as delivered and not received, weighed one way and billed another, a
delivery promised in so many days and late. Each has a control that asks for nothing or for something else."""

from __future__ import annotations

import pytest

from router.parsing.parser import parse

YT = "YT7514236985412"


def intents(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.intent, tuple(r.waybills)) for r in parse(text).requests]


@pytest.mark.parametrize(("text", "intent"), [
    (f"{YT} 系统上签收了 可收件人根本没人在家", "verify_delivery"),
    (f"{YT} 已经妥投? 快递柜里没有啊", "verify_delivery"),
    (f"{YT} 谁签的 客户说不知道", "verify_delivery"),
    (f"{YT} 寄的时候称的2.5 结算变成4.5了", "weight"),
    (f"{YT} 实际 3公斤 按 7公斤 收的钱", "weight"),
    (f"{YT} 说好三天到 今天第七天", "delay"),
])
def test_a_request_told_as_what_happened(text: str, intent: str) -> None:
    assert intents(text) == [(intent, (YT,))]


@pytest.mark.parametrize("text", [f"{YT} 签收了 谢谢", f"{YT} 已签收 没问题了", f"{YT} 今天第三天上班"])
def test_the_same_words_that_ask_nothing(text: str) -> None:
    assert all(i not in ("verify_delivery", "delay") for i, _ in intents(text)), intents(text)
