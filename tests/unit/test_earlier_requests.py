"""Words about a request made earlier are not a new request: a question whether it was carried out goes to a
person, a report that someone already did it asks for nothing, and taking back a refund is not a cancel.

Each case has a control beside it: the same command asked for now is still read as a request.
"""

from __future__ import annotations

import pytest

from router.parsing.parser import parse

YT = "YT7514236985412"
ZTO = "75706890164395"


def intents(text: str, carrier: str | None = None) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(r.intent, tuple(r.waybills), r.confirm) for r in parse(text, carrier).requests]


@pytest.mark.parametrize("text", [
    f"{YT} 前天让拦的 拦住没有",
    f"{YT} 拦住没",
    f"{YT} 上午说要截的那个 截下来没有啊",
    f"{YT} 早上让改的地址 改了没",
    f"{YT} 之前报的破损 有结果没",
    f"{YT} 登记的遗失 处理了没",
])
def test_a_question_whether_an_earlier_request_was_done_goes_to_a_person(text: str) -> None:
    r = parse(text)
    assert r.requests == [] and r.needs_human, (text, intents(text))


@pytest.mark.parametrize(("text", "intent"), [
    (f"{YT} 拦住", "intercept"),
    (f"{YT} 拦住吗 客户不要了", "intercept"),
    (f"{YT} 可以帮我把件拦下来吗", "intercept"),
    (f"{YT} 退回来嘛", "intercept"),
    (f"{YT} 麻烦办了拦截", "intercept"),
    (f"{YT} 赶紧办了拦截", "intercept"),
    (f"{YT} 帮我办一下拦截", "intercept"),
    (f"{YT} 催件 催了好几次了 怎么还没到", "urge"),
    (f"{YT} 登记过破损了 再登记一下", "damaged"),
    (f"{YT} 麻烦截下来 别派了", "intercept"),
    (f"{YT} 地址改一下 杭州市西湖区文三路90号", "change_address"),
    (f"{YT} 破损了 登记一下", "damaged"),
])
def test_the_same_commands_asked_now_are_requests(text: str, intent: str) -> None:
    assert [i for i, _, _ in intents(text)] == [intent], text


@pytest.mark.parametrize("text", [
    f"{YT} 王姐自己在网点柜台办了拦截 跟大家说一声",
    f"{YT} 下午已经帮李哥登记过破损了 知会一下",
    f"{YT} 这单小刘刚才办过改址了 大家别重复弄",
])
def test_a_report_that_someone_already_did_it_asks_for_nothing(text: str) -> None:
    r = parse(text)
    assert r.requests == [] and not r.needs_human, (text, intents(text))


@pytest.mark.parametrize("text", [
    f"{ZTO} 买家撤销退款了 不拦了",
    f"{ZTO} 买家那边取消了退款申请 照常派送吧",
    f"{ZTO} 拦截的事取消 客户又要了",
])
def test_taking_back_a_refund_or_a_request_is_no_cancel(text: str) -> None:
    """Nothing is asked for now: the intercept taken back may be under way already, so a person looks."""
    assert intents(text, "zto") == [], (text, intents(text, "zto"))


@pytest.mark.parametrize("text", [f"{ZTO} 取消订单", f"{ZTO} 撤单", f"{ZTO} 这单取消 不寄了"])
def test_a_cancel_asked_for_is_still_a_cancel(text: str) -> None:
    assert [i for i, _, _ in intents(text, "zto")] == ["cancel"], text
