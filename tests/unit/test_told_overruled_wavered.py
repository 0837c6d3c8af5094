"""What round 19's writers (cs-cv, ordinary Mandarin) found the parser getting wrong, pinned as language: requests
of before told of rather than asked, numbers put right, places counted from the end, a merchant wavering, threats
and talk-downs, and someone beside the merchant overruled or adopted. The wordings are made up here, not copied
from the writers' files."""

from __future__ import annotations

import pytest

from router.parsing.parser import parse
from tests.unit.test_understanding import A, B, C, D, acts, got

E = "YT7788990011223"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parcel named by the request made for it, then what came of it
        (f"{A} 就是退回的那件 怎么又派出去了", set()),
        (f"{A} 撤单的那票 司机还是上门揽了 什么情况", {("track", A)}),  # (no cancel again: where it is)
        (f"{A} 改地址那个 收到了 谢谢", set()),
        (f"{A} 拦截的那票到哪了", {("track", A)}),
        (f"{A} 前天那批撤单的 应该都撤掉了吧", set()),
        # who asked, between the day and the command; the outcome told after its word
        (f"上次你给退回来的 {A} 我们收到了", set()),
        (f"上周跟你们说改地址的 {A} 怎么还是送到老地址了", set()),
        (f"{A} 理赔已到账 谢谢 {B} 破了 登记破损", {("damaged", B)}),
        (f"{A} 已经拦截回来了 但是运费扣了两次", set()),
        # the merchant did not ask, or did not do it
        (f"{A} 我们没撤单啊 怎么显示取消了", set()),
        (f"{A} 不是我们要退回的 是买家自己在平台点的 现在到哪了", {("track", A)}),
        # a question about how far an action goes, however politely
        (f"{A} 改地址最多能改几次", set()),
        (f"{A} 能改到外省吗", set()),
    ],
)
def test_requests_of_before_told_of_ask_nothing_new(text: str, expected: set[tuple[str, str]]) -> None:
    r = parse(text)
    assert got(r) == expected
    assert not acts(r) - expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} 退回 哎 看花眼了 {A[:-3]}512 这个", {("intercept", A[:-3] + "512")}),
        (f"{A} 拦截 不对 看错行了 拦的是下面这个 {B}", {("intercept", B)}),
        (f"{A} 撤单\n弄错了 撤的是 {B} {A} 是上周的 早发走了", {("cancel", B)}),
        (f"{A} 撤单成功\n撤错了 要撤的是 {B} {A} 还要发", {("cancel", B)}),
    ],
)
def test_the_number_put_right_takes_the_command_and_the_wrong_one_nothing(
        text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A}\n{B}\n{C}\n{D}\n倒数第二个催一下", {("urge", C)}),
        (f"{A}\n{B}\n{C}\n{D}\n倒数两个拦截", {("intercept", C), ("intercept", D)}),
        (f"{A}\n{B}\n{C}\n{D}\n{E}\n中间三个催件", {("urge", B), ("urge", C), ("urge", D)}),
        (f"{A}\n{B}\n{C}\n第一第二催一下", {("urge", A), ("urge", B)}),
    ],
)
def test_places_counted_from_the_end_or_the_middle(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize("text", [f"{A} 退不退呢 买家还在犹豫", f"{A} 拦截吧 唉 到底该不该拦 我再想想",
                                  f"{A} 拦截？还是不拦？你们看着办"])
def test_a_merchant_wavering_over_an_intercept_is_asked_not_ignored(text: str) -> None:
    r = parse(text)
    assert got(r) == {("intercept", A)} and all(q.confirm for q in r.requests)


@pytest.mark.parametrize("text", [f"{A} 还是不拦了 让他送吧", f"{A} 不拦不拦 搞错了"])
def test_a_decision_not_to_act_is_no_wavering(text: str) -> None:
    assert not parse(text).requests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} 明天再不到就退货加投诉 先催催", {("urge", A)}),
        (f"{A} 买家闹着要投诉 我已经劝住了 帮忙催一下", {("urge", A)}),
        (f"{A} 买家在平台投诉我们发货慢 你们帮忙催一下派送", {("urge", A)}),
        (f"{A} 万一又丢了我就要理赔 先催一下", {("urge", A)}),
        (f"{A} 五天没动了 我要投诉", {("delay", A), ("complaint", A)}),  # a delay measured, of its own
        (f"{A} 催了三天还是没动 投诉", {("complaint", A)}),  # how long the urging went on: the reason
    ],
)
def test_threats_talk_downs_and_measured_delays(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"我儿子说 {A} 要退回 别听他的 照常送", set()),
        (f"{A} 老板娘说要理赔 我看不至于 登记个破损就行", {("damaged", A)}),
        (f"{A} 我老公说退回 我说改地址 听他的吧", {("intercept", A)}),
    ],
)
def test_someone_beside_the_merchant_overruled_or_adopted(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_a_delay_the_quoted_bot_reply_put_on_record_is_not_asked_again() -> None:
    text = f"「网点客服：@王姐 {A} 已为您登记延误工单，结果会第一时间通知您」\n- - - - - - -\n都十天了还没动 投诉"
    assert got(parse(text)) == {("complaint", A)}


# Round 20 (cw-cz): the same families met again in other trades, and a few new ones.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} 退回来了 我们仓库已经签收了 谢谢", set()),  # come back, with words before 签收
        (f"{A} 这个退回来之后放哪里 我下周才回店", set()),  # what happens once it is back
        (f"{A} 拦了三天了 还没退回", set()),  # done that long ago, not back yet
        (f"{A} 物流显示“拦截成功” 啥时候到仓", {("track", A)}),  # shown by the tracking
        (f"{A} 物流上写着退回中", set()),  # under way
        (f"{A} 快递员跟买家说会退回 你们这么规定的吗", set()),  # said to happen
        (f"{A} 能给开个拦截证明吗 平台要", set()),  # a paper about an intercept
        (f"{A} 是寄给仲裁委的材料 帮忙催一下", {("urge", A)}),  # a body named by a command word
        (f"{A} 里面是作废发票 寄回给客户 麻烦加急", {("urge", A)}),
        (f"{A} 这单撤一下 老板说改寄顺丰", {("cancel", A)}),  # another carrier, not another address
    ],
)
def test_round_twenty_told_and_named(text: str, expected: set[tuple[str, str]]) -> None:
    r = parse(text)
    assert got(r) == expected
    assert not acts(r) - expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} {B} 都拦 算了 {A} 不拦了", {("intercept", B)}),  # 算了 scoped by the number after it
        (f"{A} 快点退回 不退回后天就臭了", {("intercept", A)}),  # a negation in a condition
        (f"{A} 拦截 不是不要了 是收件人搬家了", {("intercept", A)}),  # 不是不要了 takes nothing back
        (f"{A} 买家不给钱 退回", {("intercept", A)}),  # a refusal to pay, no refund
        (f"{A} 之前说丢了 今天物流又有了 到哪了", {("track", A)}),  # a symptom said before
        (f"{A} 超重 这个我们认 不用核 但是碎了 要赔", {("claim", A)}),  # the weight accepted
        (f"{A} {B} 麻烦拦回来，老板说这批暂时不发了", {("intercept", A), ("intercept", B)}),
    ],
)
def test_round_twenty_reasons_and_scopes(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


# Round 21 (da-de) and the cold review of rounds 19-20.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} 先别派了 客户明天自己去驿站拿", set()),  # held for collection, no return
        (f"{A} 别送了 等下周再送", set()),
        (f"{A} 派件员说雨太大 要退回 我没同意 过两天再送", set()),  # the courier's plan, refused
        (f"{A} 退回仓库的那包 现在到哪了", {("track", A)}),  # the parcel sent back, spoken of
        (f"{A} 拦截退回\n- - - - - - -\n昨天发的 拦到了没", set()),  # whether it was done, asked
        (f"{A} 不拦就送吧 客户又要了", set()),  # don't, and let it go
        (f"{A} 拦截 已处理好退款了", {("intercept", A)}),  # 已 of another thing: the intercept stands
        (f"拦截那个 {A} 谢谢", {("intercept", A)}),  # thanks are no sign of an earlier request
        (f"{A} 拦截 看花眼了 {B} 也要拦", {("intercept", A), ("intercept", B)}),  # B added, A stays
    ],
)
def test_round_twenty_one_and_the_review(text: str, expected: set[tuple[str, str]]) -> None:
    r = parse(text)
    assert got(r) == expected
    assert not acts(r) - expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} 拦截 婚礼不办了", {("intercept", A)}),  # an event called off is the reason, no withdrawal
        (f"{A} 拦截 昨天说的作废", set()),  # the earlier word made void
        (f"{A} 我没说要退回 谁报的退回", set()),  # who filed it, asked
        (f"{A} 撤单 不对 还是寄吧", set()),  # sent after all
        (f"{A} 快递员说要改地址 我们没让改", set()),  # the courier's plan, not re-read by another pass
        (f"{A} 白拦了 客户又要了 正常送", set()),  # northern 白 for 别
    ],
)
def test_reasons_voids_and_denials_of_the_last_pass(text: str, expected: set[tuple[str, str]]) -> None:
    r = parse(text)
    assert got(r) == expected
    assert not acts(r) - expected
