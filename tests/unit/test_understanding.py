"""Understanding real chat safely (issue 22): scope of negation, corrections, quotes, numbers that are not
waybills, other ways of writing, broken numbers, several parcels, compound requests, and asking before an
uncertain irreversible action. Each case names the language phenomenon it pins; the numbers are made up here."""

from __future__ import annotations

import unicodedata

import pytest

from router.parsing.parser import ParseResult, parse

A, B, C = "YT4019283746501", "YT3311220099887", "YT5566778899001"
D = "YT6677889900112"
Z = "75706890164395"
ADDR = "杭州市西湖区文三路90号 张三 13800138000"


def got(result: ParseResult) -> set[tuple[str, str]]:
    return {(r.intent, w) for r in result.requests for w in r.waybills}


def acts(result: ParseResult) -> set[tuple[str, str]]:
    """What the bot would carry out without asking anyone."""
    if result.needs_human:
        return set()
    return {(r.intent, w) for r in result.requests if not r.confirm for w in r.waybills}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. negation and withdrawal, scoped to the number or clause they name
        (f"{A} 拦截 {B} 不用拦", {("intercept", A)}),
        (f"{A} 拦截\n{B} 拦截\n{B} 算了不拦了", {("intercept", A)}),
        (f"{A} {B} {C} 都拦截 {B}除外", {("intercept", A), ("intercept", C)}),
        (f"{A} 不是不拦，是现在就拦", {("intercept", A)}),  # a denied denial asks
        (f"{A} 不要退回，改派到 {ADDR}", {("change_address", A)}),
        (f"{A} 不是要退回 是要改地址 {ADDR}", {("change_address", A)}),
        (f"{A} 是漏液 不是压坏", {("damaged", A)}),  # a detail put right, not a withdrawal
        (f"{A} 投诉先不投了", set()),  # the verb of the command word, denied alone
        (f"{A} 撤回刚才的拦截", set()),  # a command pointed back to, withdrawn
        (f"{A} 延误不用报了 刚到", set()),
        (f"{A} 不用理赔了 客户收到补发了", set()),  # 补发 (sent again) is not heard as 不发
        (f"{A} 客户取消了 拦截退回", {("intercept", A)}),  # a cancel told as done is the reason, not 取消拦截
        (f"{A} 先拦着再说", {("intercept", A)}),  # for now, not put off
        # 2. corrections: the last word wins, for the number it names
        (f"{A} 拦截 ——更正—— 单号打错了 是 {B}", {("intercept", B)}),
        (f"{A} 撤单。哦不对 已经揽收了 那就拦截", {("intercept", A)}),
        (f"{A} 改址取消，还是拦截吧", {("intercept", A)}),
        (f"{A} {B} 拦截 更正 {B}是催件", {("intercept", A), ("urge", B)}),
        (f"{A} 理赔\n更正 先登记破损 理赔后面再说", {("damaged", A)}),
        # the number put right, and the wrong one said to need nothing after it
        (f"{A} 催件\n不对 应该是 {B} {A} 是好的 早到了", {("urge", B)}),
        (f"{A} 查一下 哦不对 是{B}要查 {A}上午已经到了", {("track", B)}),
        # a denial between the wrong number and the right one is of the wrong one
        (f"{A} 拦截 不对不对 我不拦 我说的是 {B}", {("intercept", B)}),
        (f"{A} 拦一下 哦不 {A} 不拦 是 {B}", {("intercept", B)}),
        # a position put right: the command goes to the position named after the correction
        (f"{A}\n{B}\n{C}\n第二个拦截 不对 是第三个", {("intercept", C)}),
        (f"{A}\n{B}\n{C}\n第1个拦截 第3个拦截\n刚才说错了 是第1个和第2个", {("intercept", A), ("intercept", B)}),
        # "第N个不是X，是Y": the command put right, for the number picked (not for the numbers left over)
        (f"{A}\n{B}\n{C}\n第二个不是催件，是拦截", {("intercept", B)}),
        (f"{A}\n{B}\n{C}\n全部催件\n更正：第三单不是催件，是拦截", {("urge", A), ("urge", B), ("intercept", C)}),
        # a refund withdrawn is no parcel turned back
        (f"{A} 拦截\n{B} 拦截\n第2个不拦了 客户撤回退款了", {("intercept", A)}),
        # the parcel unwanted, after a return set apart from it, asks for the return (confirmed first)
        (f"{A} 退回 不要了", {("intercept", A)}),
        (f"{A} 拦截不要了", set()),  # written as one: the intercept taken back
        (f"{A} 要不要退回 不要了", set()),  # a question answered no
        (f"{A} 客户说已经从驿站拿回来了", set()),  # picked up, not a return
        (f"{A} 拦截\n{B} 已经签收了 没有问题", {("intercept", A)}),
        # the same thing asked of each, shared out: nothing to assign
        (f"{A}\n{B}\n两个都是破损 一个压扁一个漏了", {("damaged", A), ("damaged", B)}),
        # a line pasted above a row of dashes is a quote: context, not asked again
        (f"{A} 拦截\n----------\n上面那个早上报过了 再加一个 {B} 也拦截", {("intercept", B)}),
        (f"{A} 拦截\n{B} 拦截\n第一个发错了 只拦第二个", {("intercept", B)}),
        # ... but a list closed by a rule and thanks is the merchant's own
        (f"今日问题件\n——————\n{A} 催件\n{B} 拦截\n——————\n请查收 谢谢", {("urge", A), ("intercept", B)}),
        # 5. commands written other ways
        (f"{A} 查件 ❌ 催件 ✅", {("urge", A)}),
        (f"{A} 客户问几时能到 能不能快点", {("urge", A)}),
        (f"{A} 打开是个空盒", {("lost", A)}),
        (f"{A} 半个月没到 是否丢了", {("lost", A)}),  # the merchant's diagnosis, as with 是不是
        (f"{A} 拦截要钱不", set()),  # a question about the fee, not a request
        (f"{A} 被拦截了？我没申请拦截啊 谁拦的", set()),  # done by someone, asked why or by whom
        (f"{A} 不是说不用拦了吗 怎么还给拦了", set()),
        (f"{A} 是不是还在仓库没发出", {("track", A)}),  # where it is, asked
        (f"{A} 客户问今天能不能派到", {("track", A)}),
        (f"{A} 下一站是哪", {("track", A)}),
        (f"{A} 发出来了吗", {("track", A)}),
        (f"{A} 送到3号楼 还在路上吗", {("track", A)}),
        (f"{A} 从发货到现在六天了 还在路上", {("delay", A)}),  # days gone by: late, not a question
        (f"{A} 时效超了", {("delay", A)}),
        (f"{A} 12月1号就显示到了中转站 今天12月6号了", {("delay", A)}),  # the date now, against an earlier one
        (f"{A} 今天务必派送", {("urge", A)}),
        (f"{A} 地址换一下 换成 杭州市西湖区文三路90号", {("change_address", A)}),
        (f"{A} 找不到了 我要赔偿 你们看怎么弄", {("claim", A)}),  # leaving it to us, not a question of how
        (f"{A} 都要截", {("intercept", A)}),  # 截 standing alone is the command
        (f"{A} 截图发你了", set()),  # ... and inside another word is not
        (f"{A} 再说要不要拦 先看看到哪了", {("track", A)}),
        (f"{A} lanjie", {("intercept", A)}),
        (f"{A} cuijian", {("urge", A)}),
        (f"{A} intercept please", {("intercept", A)}),
        (f"{A} return to sender", {("intercept", A)}),
        (f"{A} where is it", {("track", A)}),
        (f"{A} 东西烂了", {("damaged", A)}),
        (f"{A} 件没了 哪都找不着", {("lost", A)}),
        (f"{A} 咋还不到 催催", {("urge", A)}),
        (f"{A} 称一下", {("weight", A)}),
        (f"{A} 三天没动了", {("delay", A)}),
        # 6. numbers broken by the chat client
        ("EJ 302 993 041 CN 查件", {("track", "EJ302993041CN")}),
        # 7. several parcels: positions, exclusions, tables
        (f"{A} {B} {C}\n这三单 第一单拦截 后两单催一下", {("intercept", A), ("urge", B), ("urge", C)}),
        (f"{A}\n{B}\n{C}\n除了最后一个 其他都拦截", {("intercept", A), ("intercept", B)}),
        (f"{A}\n{B}\n{C}\n拦截 第二个不用", {("intercept", A), ("intercept", C)}),
        (f"{A}\t拦截\n{B}\t改址\t{ADDR}", {("intercept", A), ("change_address", B)}),
        (f"{A}\n{B}\n{C}\n1 3 拦截 2 催件", {("intercept", A), ("intercept", C), ("urge", B)}),  # bare positions
        (f"{A}\n{B}\n{C}\n1拦 2催 3撤", {("intercept", A), ("urge", B), ("cancel", C)}),
        ("YT 7514 2369 8541 2 拦截", {("intercept", "YT7514236985412")}),  # a group of the number, no position
        (f"{A}\n{B}\n{C}\n上面两个拦截 最后一个不用", {("intercept", A), ("intercept", B)}),
        (f"{A} 到哪了 {B} 也是 {C} 拦截", {("track", A), ("track", B), ("intercept", C)}),
        # 8. compound requests
        (f"{A} 丢了 要赔偿", {("claim", A)}),
        (f"{A} 破损了 快递员态度也很差 投诉", {("damaged", A), ("complaint", A)}),
        (f"{A} 漏液了 客户不要了 拦截退回", {("intercept", A)}),  # the damage is the reason for the return
        (f"{A} 一周没动 是不是丢了", {("lost", A)}),  # the merchant's own diagnosis
        (f"{A} 我要仲裁 还要理赔", {("arbitration", A), ("claim", A)}),  # both asked, in either order
        (f"{A} 仲裁 另外这单重量也要核一下", {("arbitration", A), ("weight", A)}),
        (f"{A} 仲裁 理赔给的太少了", {("arbitration", A)}),  # the claim is what is disputed
    ],
)
def test_what_the_merchant_finally_asks(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_per_row_addresses_in_a_pasted_table() -> None:
    text = f"{A}\t改址\t杭州市西湖区文三路90号 张三 13800138000\n{B}\t改址\t上海市浦东新区张江路88号 李四 13912345678"
    by_number = {r.waybills[0]: r for r in parse(text).requests}
    assert by_number[A].address == "杭州市西湖区文三路90号" and by_number[A].phone == "13800138000"
    assert by_number[B].address == "上海市浦东新区张江路88号" and by_number[B].phone == "13912345678"


@pytest.mark.parametrize(
    "phone",
    ["+86 139 3274 7774", "86-181-2345-6789", "0086 13932747774", "139-3274-7774", "+8613932747774",
     "(139)3274-7774", "１３９３２７４７７７４"],
)
def test_phones_in_any_notation_are_never_waybills(phone: str) -> None:
    result = parse(f"改址 {Z} 杭州市西湖区文三路90号 张三 {phone}", "zto")
    assert got(result) == {("change_address", Z)}
    assert result.requests[0].phone is not None
    assert result.requests[0].phone.endswith(unicodedata.normalize("NFKC", phone)[-4:])


@pytest.mark.parametrize(
    "text",
    [
        "「@张三 YT4019283746501 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n不用拦了",
        "引用 客服：YT4019283746501 拦截已提交，结果会第一时间通知您 不用拦了",
        f"{A} 不用拦了",
        f"不用理赔了 {A}",
        f"{A} 改地址不改了 按原地址送",
    ],
)
def test_a_request_of_an_earlier_message_taken_back_goes_to_a_person(text: str) -> None:
    result = parse(text)
    assert result.needs_human and result.reason == "negated_command"
    assert result.requests == [] and result.withdrawn == [A]


@pytest.mark.parametrize(
    "text",
    [
        "@张三 YT4019283746501 拦截已提交，结果会第一时间通知您",
        "「客服：YT4019283746501 拦截已提交，结果会第一时间通知您」\n- - - - - - -\n好的谢谢",
        "回复 @客服：YT4019283746501 改址已提交，结果会第一时间通知您\n收到",
    ],
)
def test_a_reply_of_the_bot_quoted_back_asks_for_nothing(text: str) -> None:
    result = parse(text)
    assert result.requests == [] and not result.needs_human


def test_an_irreversible_command_on_a_quoted_reply_is_confirmed_first() -> None:
    result = parse("「@张三 YT4019283746501 已签收，无法拦截」\n- - - - - - -\n那改地址 " + ADDR)
    assert got(result) == {("change_address", "YT4019283746501")} and not result.needs_human
    assert result.confirm == "quoted_number" and all(r.confirm for r in result.requests)


def test_a_new_request_on_a_quoted_reply_applies_to_its_number() -> None:
    result = parse("「@张三 YT4019283746501 已为您催促派送，请耐心等待」\n- - - - - - -\n还是没动 投诉吧")
    assert got(result) == {("complaint", "YT4019283746501")} and not result.needs_human


def test_a_command_on_a_quoted_message_of_the_merchant_applies_to_its_number() -> None:
    result = parse(f"「李娜：{A} 外箱破了」\n- - - - - - -\n这个登记破损")
    assert got(result) == {("damaged", A)} and not result.needs_human


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (f"{A} 要不拦截吧 我再问问客户", "hedged"),
        (f"{A} 可能要退回", "hedged"),
        (f"{A} 撤单吧 哎 也可能不撤 等我问问", "hedged"),
        ("YT40192837\n46501 拦截", "joined_number"),
        (f"{A} 发错货了 得拦", "weak_command"),
        (f"{A} 拦截\n{A} 改址 {ADDR}", "conflicting_commands"),
        (f"{A} {B} {C}\n这三单 第一单拦截 后两单催一下", "positional_reference"),
        (f"{A} 拦截 {B} 不用拦", "complex_message"),
    ],
)
def test_an_uncertain_irreversible_action_is_confirmed_first(text: str, reason: str) -> None:
    result = parse(text)
    assert not result.needs_human and result.confirm == reason
    assert any(r.confirm and r.intent in ("intercept", "cancel", "change_address") for r in result.requests)
    assert not {p for p in acts(result) if p[0] in ("intercept", "cancel", "change_address")}


def test_a_plain_request_is_acted_on_without_asking() -> None:
    for text in [f"{A} 拦截", f"拦截 {A}\n{B}\n{C}", f"改址 {Z} {ADDR}", f"{A} {B} 撤单"]:
        result = parse(text, "zto")
        assert result.confirm is None and not result.needs_human and acts(result) == got(result), text


def test_an_irreversible_command_shared_out_goes_to_a_person() -> None:
    r = parse(f"{A} {B} 一个拦截 一个再看看")
    assert r.requests == [] and r.needs_human


def test_commands_shared_out_without_saying_which_number_go_to_a_person() -> None:
    result = parse(f"{A} {B}\n这两个 一个拦截一个催件")
    assert result.needs_human and result.reason == "unclear_assignment" and result.requests == []


@pytest.mark.parametrize(
    "said",
    [
        # a screenshot, not 截 standing alone
        "截一张派件记录吗", "我先截一张图 发给客户", "截2张图给我 客户要看", "就截一部分 给客户看就行", "截一下图",
        "截一下物流",
        # 要 before a one-character verb: a refund, or a customer's wish passed on
        "多扣的钱要退", "保价费要退", "买家说要退 还没确定", "客户要撤 但已经揽收了 咋办",
        # a question about something done: a person answers it
        "怎么还给拦了", "为什么给我撤了 客户还等着", "谁拦的",
    ],
)
def test_what_only_looks_like_an_irreversible_command_is_never_acted_on_alone(said: str) -> None:
    result = parse(f"{A} {said}")
    assert not {p for p in acts(result) if p[0] in ("intercept", "cancel", "change_address")}, result


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # a why-word elsewhere in the sentence does not make the command a question
        ("怎么搞的 拦截了吧", {("intercept", A)}),
        ("不管怎么样 先拦了吧", {("intercept", A)}),
        ("怎么拦了 我说的是YT3311220099887", {("intercept", B)}),  # the right number given after
        # "不用报了" of a figure is not a withdrawal of the command
        ("拦截 运费不用报了", {("intercept", A)}),
        ("催件 进度不用报了", {("urge", A)}),
    ],
)
def test_requests_around_questions_and_figures_are_kept(said: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(f"{A} {said}")) == expected


@pytest.mark.parametrize("said", ["等了3 催一下吧", "礼拜2 催件", "买家催了2 催件", "下午3 拦截", "12月2 拦截"])
def test_a_count_a_day_or_a_time_before_a_command_is_no_position(said: str) -> None:
    result = parse(f"{A}\n{B}\n{C}\n{said}")
    assert {w for r in result.requests for w in r.waybills} == {A, B, C}


def test_a_count_of_the_numbers_above_with_the_rest_named_are_the_first_ones() -> None:
    assert got(parse(f"{A}\n{B}\n{C}\n上面两个撤单 其余正常发")) == {("cancel", A), ("cancel", B)}
    assert got(parse(f"{A}\n{B}\n{C}\n上面两个拦截 其余的催一下")) == {("intercept", A), ("intercept", B), ("urge", C)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare position with one command (the one-command shortcut must see it)
        (f"{A}\n{B}\n{C}\n2 撤单", {("cancel", B)}),
        (f"{A}\n{B}\n{C}\n麻烦 1 3 拦截", {("intercept", A), ("intercept", C)}),
        (f"{A}\n{B}\n{C}\n1 2 拦截 3 不用拦", {("intercept", A), ("intercept", B)}),
        # a line that asks something of its own does not take the other line's command
        (f"{A} 拦截\n{B} 下一站是哪", {("intercept", A), ("track", B)}),
        (f"{A} 拦截\n{B} 今天务必派送", {("intercept", A), ("urge", B)}),
        (f"{A} 撤单\n{B} 发出去了没有", {("cancel", A), ("track", B)}),
        (f"{A} 张三 13800138000 浙江省杭州市西湖区文三路100号 还在中转站吗", {("track", A)}),
        # put off for now is not asked; a cancel of the intercept written as one is a withdrawal
        (f"{A} 拦截先等着再说", set()),
        (f"{A} 我这边取消了拦截 正常派送", set()),
        # a position put right on its own line: the one after 不是 is the wrong one
        (f"{A}\n{B}\n{C}\n第3个拦截\n不对 是第2个 不是第3个", {("intercept", B)}),
    ],
)
def test_what_a_second_cold_review_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list mark told to do something, on a line with no number of its own, is a place in the list above
        (f"{A}\n{B}\n{C}\n②拦截", {("intercept", B)}),
        (f"{A}\n{B}\n{C}\n2. 拦截", {("intercept", B)}),
        (f"{A}\n{B}\n2、拦截 其他催", {("intercept", B), ("urge", A)}),
        (f"{A} {B} ②不拦了 ①拦截", {("intercept", A)}),
        (f"①{A} ②{B} ③{C}\n①③拦截 ②催件", {("intercept", A), ("intercept", C), ("urge", B)}),
        (f"{A} {B}\n⑵ 催一下", {("urge", B)}),
        # a list mark before a number of its own stays decoration
        (f"①{A} 拦截\n②{B} 催件", {("intercept", A), ("urge", B)}),
        (f"1、拦截 {A}\n2、催件 {B}", {("intercept", A), ("urge", B)}),
    ],
)
def test_a_list_mark_before_a_command_is_a_place_in_the_list(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} 拦截\n{B} 催件\n不对 弄反了", {("intercept", B), ("urge", A)}),
        (f"{A} 拦截 {B} 催件 搞反了 是反过来的", {("intercept", B), ("urge", A)}),
        (f"{A} 催件 {B} 拦截，刚才说反了 {B} 拦截", {("urge", A), ("intercept", B)}),  # put right before: stands
        (f"{A} {B} 面单贴反了 拦截", {("intercept", A), ("intercept", B)}),  # labels, not commands
    ],
)
def test_commands_given_crosswise_change_places(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_crosswise_among_more_than_two_numbers_goes_to_a_person() -> None:
    result = parse(f"{A} 拦截 {B} 催件 {C} 查件 搞反了")
    assert (result.needs_human, result.reason) == (True, "unclear_correction")
    assert acts(result) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} 拦截 其他的不动", {("intercept", A)}),
        (f"{A} {B} {C} 第一个拦截 其他的不动", {("intercept", A)}),
        (f"{A} {B} 第二个改地址 {ADDR} 别的先不动", {("change_address", B)}),
        (f"{A} {B} 第一个拦截 其余的先不动", {("intercept", A)}),
        (f"{A} 物流的不动了 催一下", {("urge", A)}),
    ],
)
def test_the_others_left_alone_leaves_what_was_asked(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the other numbers of the message are not part of the address
        (f"{A} 拦截\n{B} 改址 杭州市滨江区江南大道3588号 13064332972\n{C} 催件", "杭州市滨江区江南大道3588号"),
        (f"{A}\n{B}\n{C}\n这三个 第三个改址 地址：佛山市禅城区祖庙路33号", "佛山市禅城区祖庙路33号"),
        # a house number written apart, and a place that names no road
        (f"{A} 改地址 成都市武侯区玉林北路 12 号 收件人王阿姨", "成都市武侯区玉林北路12号"),
        (f"{A} 改到 成都市武侯区天府大道北段1700号 环球中心", "成都市武侯区天府大道北段1700号 环球中心"),
        (f"{A} 改派到 南京市鼓楼区汉口路22号 菜鸟驿站", "南京市鼓楼区汉口路22号 菜鸟驿站"),
    ],
)
def test_the_new_address_holds_only_the_address(text: str, address: str) -> None:
    [request] = [r for r in parse(text).requests if r.intent == "change_address"]
    assert request.address == address


def test_an_address_change_whose_address_is_to_come_goes_to_a_person() -> None:
    result = parse(f"{A}、{B}、{C}，第一单拦截，第二单改址（新地址稍后提供），第三单催件。")
    assert (result.needs_human, result.reason) == (True, "address_missing")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wordings of a writer the parser had not seen (tests/data/writers/ae.jsonl, first read 95.6%)
        (f"{A} 大概几号能送到", {("track", A)}),  # 大概 (da gai) is no 改 heard
        (f"{A} 显示已放快递柜签收 客户说柜子里没有", {("verify_delivery", A)}),
        (f"{A} 计重有问题", {("weight", A)}),
        (f"{A} 运费23块 实际1.5公斤 是不是算重了", {("weight", A)}),
        (f"{A} 查一下中量 好像不对", {("weight", A)}),  # 中量: 重量 typed by its sound
        (f"{A} 一直显示在运输中，没有任何更新，麻烦登记一下", {("delay", A)}),
        (f"{A} 在路上五天了 一条新记录都没有", {("delay", A)}),
        (f"帮看下这单物流 {A}", {("track", A)}),
        # what the courier said they would do is what the complaint is about; the merchant's own ask stands
        (f"{A} 快递员让客户自己去网点取 还说不取就退回 这算什么服务 投诉", {("complaint", A)}),
        (f"{A} 快递员说要退回 麻烦帮我拦截 投诉他", {("intercept", A), ("complaint", A)}),
        # the number put right after a remark between
        (f"{A} 拦截\n不对不对 这个是另一个店的 要拦的是 {B}", {("intercept", B)}),
        # "N号" as a place in the list; a list mark left alone
        (f"1号 {A}\n2号 {B}\n3号 {C}\n1号3号催件 2号拦截", {("urge", A), ("urge", C), ("intercept", B)}),
        (f"{A}\n{B}\n{C}\n2号改地址 改到 {ADDR} 其他拦截", {("change_address", B), ("intercept", A), ("intercept", C)}),
        (f"①{A}\n②{B}\n③{C}\n②撤单 ①③正常发", {("cancel", B)}),
        (f"{A} {B} 12月2号拦截", {("intercept", A), ("intercept", B)}),  # a date, not a place
        # "together" after a reference: those it picks
        (f"{A} {B} {C} 后面两个是同一个买家 一起改地址 改到 {ADDR}", {("change_address", B), ("change_address", C)}),
    ],
)
def test_what_a_new_writer_showed(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected




def test_a_withdrawn_delay_report_needs_no_registering() -> None:
    result = parse(f"{A} 延误不用登了 今天已经派送了")
    assert got(result) == set()
    # registered in an earlier message, perhaps already under way: a person sees it taken back
    assert (result.needs_human, result.reason) == (True, "negated_command")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a cold review of the list-mark, swap and address rules found: never acted on unasked
        (f"{A} 拦截退回\n{B} 老板说再等等", {("intercept", A)}),  # a wait said of B is B's
        (f"{A}\n{B}\n②改地址 {ADDR}", {("change_address", B)}),  # a phone is no number of the line's own
        (f"{A}\n{B}\n2、改地址 杭州市滨江区江南大道3588号", {("change_address", B)}),
        (f"{A}\n{B}\n2、拦截 客户电话13912345678打不通", {("intercept", B)}),
        (f"今天发的：\n①{A}\n②{B}\n③{C}\n③客户退款了 拦截", {("intercept", C)}),  # the verb later on the line
        (f"{A}\n{B}\n{C}\n2号的拦截", {("intercept", B)}),
        (f"{A}\n{B}\n{C}\n1号和3号拦截", {("intercept", A), ("intercept", C)}),
        (f"{A} {B} {C} 2号拦截", {("intercept", B)}),  # beside the numbers
        (f"{A} 客户在家\n{B} 拦截", {("intercept", A), ("intercept", B)}),  # a guess: asked first (below)
    ],
)
def test_what_a_cold_review_of_list_marks_found_is_never_acted_on_unasked(
        text: str, expected: set[tuple[str, str]]) -> None:
    result = parse(text)
    assert got(result) == expected
    assert acts(result) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of places that starts past 1 is no list continued; a mark above its numbers is a heading
        (f"{A}\n{B}\n{C}\n2、催件\n3、拦截", {("urge", B), ("intercept", C)}),
        (f"①催件\n{A}\n{B}\n②拦截\n{C}", {("urge", A), ("urge", B), ("intercept", C)}),
        (f"1. {A}\n2、{B}\n(3)拦截", {("intercept", A), ("intercept", B)}),  # the list's next item
        # "发反了", "调换", a warning and a question are no commands given crosswise
        (f"{A} 催一下 {B} 拦截 仓库发反了", {("urge", A), ("intercept", B)}),
        (f"{A} 催件 {B} 拦截，客户要调换", {("urge", A), ("intercept", B)}),
        (f"{A} 拦截 {B} 催件 别搞反了啊", {("intercept", A), ("urge", B)}),
        (f"{A} 拦截 {B} 催件 上次就是你们搞反了", {("intercept", A), ("urge", B)}),
        (f"{A} 撤单 {B} 催件 搞反了吗？", {("cancel", A), ("urge", B)}),
        # "要催的是" asks something of another number unless something was said to be wrong
        (f"{A} 拦截\n要催的是 {B}", {("intercept", A), ("urge", B)}),
        # "都" takes every number; a remark about one of them picks nothing
        (f"{A} {B} {C} 第二个客户催了好几次了 都拦截吧", {("intercept", A), ("intercept", B), ("intercept", C)}),
        (f"{A} 客户说不要了 就算重新发也不要 拦截吧", set()),  # 算重 inside 就算重新 is no weight
    ],
)
def test_what_a_cold_review_found_read_right(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [f"{A} 改地址 地址客户还没给 现在在驿站", f"{A} 改派 送货上门", f"{A} 改派到丰巢柜", f"{A} 改地址 客户在医院"],
)
def test_a_place_with_no_address_is_no_new_address(text: str) -> None:
    result = parse(text)
    assert (result.needs_human, result.reason) == (True, "address_missing")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (f"{A} 改地址 杭州市西湖区文三路90号 {B} 卡在转运中心 催一下", "杭州市西湖区文三路90号"),
        (f"{A} 改派 杭州市西湖区文三路90号 13912345678 别放快递柜 客户不在家 送到门口", "杭州市西湖区文三路90号"),
        (f"{A} 改地址 杭州市西湖区文三路 90 号 3 栋 2 单元 张三 13912345678", "杭州市西湖区文三路90号 3栋 2单元"),
        (f"{A}\n{B}\n{C}\n3号 改地址 杭州市西湖区文三路90号", "杭州市西湖区文三路90号"),
    ],
)
def test_an_address_holds_no_remark_and_no_place_in_the_list(text: str, address: str) -> None:
    [request] = [r for r in parse(text).requests if r.intent == "change_address"]
    assert request.address == address


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rest named in a later clause: "上面两个" are then the first ones; "下面两个" under the list, the last
        (f"{A}\n{B}\n{C}\n{Z}\n上面两个拦截，下面两个撤单。",
         {("intercept", A), ("intercept", B), ("cancel", C), ("cancel", Z)}),
        (f"{A}\n{B}\n{C}\n上面两个拦截", {("intercept", B), ("intercept", C)}),  # nothing else named: the nearest
        (f"{A} 蛋糕压塌了", {("damaged", A)}),
        (f"{A} 承诺两天到 现在五天了", {("delay", A)}),
        (f"{A} 派件员自己点的签收吧 客户一整天都在家", {("verify_delivery", A)}),
        (f"{A} 这个件别让它往前走了 让它回来", {("intercept", A)}),
    ],
)
def test_wordings_of_the_dev_writers_recall_misses(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "carrier", "expected"),
    [
        # places the message does not hold: "前两个" beside one number is none of its own (a person reads it)
        (f"回复 @七七：{A} {B} {C} 这几个买家都退款了\n我看了下 {C}已经签收了 前两个拦截", None, None),
        (f"{A} 后两单拦截", None, None),
        # ... but "前两个小时", "前两个月" are times, not places
        (f"{A} 前两个小时就催过了 再催一下", None, {("urge", A)}),
        (f"{A} 客户前两个月买的 拦截", None, {("intercept", A)}),
        # "由 A 变更为 B": the command changed from is denied
        (f"【更正】{A} 的处理方式由“改址”变更为“撤单”，请以本条为准。", None, set()),  # (asked: a correction)
        # a pinyin initial as staff type it; letters that are as often a city, a computer or a size are no command
        (f"{A} cj", None, {("urge", A)}),
        (f"{A} 客户在CD", None, None),
        (f"{A} CD仓发的 催一下", None, {("urge", A)}),
        (f"{A} 客户用PC下的单 催一下", None, {("urge", A)}),
        (f"{A} T恤TS码 催一下", None, {("urge", A)}),
        # "尽快", "赶紧的" beside a command leave it as plain as it was
        (f"{A} 尽快拦截", None, {("intercept", A)}),
        (f"{A} 赶紧的拦截", None, {("intercept", A)}),
        # the customer's side not wanting it is a reason; the merchant's own "我这边不要了" takes the request back
        (f"{A} 拦截\n我这边不要了", None, set()),
        # "显示超重": the state the bill shows, not a weight check reported done
        (f"{Z} 请称一下重量，账单显示超重。", "zto", {("weight", Z)}),
    ],
)
def test_wordings_of_writers_af_to_ah(text: str, carrier: str | None, expected: set[tuple[str, str]] | None) -> None:
    """``expected``: what the bot carries out without asking anyone; None: a person reads it."""
    r = parse(text, carrier)
    if expected is None:
        assert r.needs_human
    else:
        assert acts(r) == expected


def test_the_customers_side_not_wanting_it_is_a_reason_not_a_withdrawal() -> None:
    r = parse(f"{A} 麻烦拦一下哈，别送了，客户那边不要了")
    assert got(r) == {("intercept", A)} and not r.needs_human


def test_a_request_deferred_with_zanhuan_is_not_carried_out() -> None:
    r = parse(f"{A} 上午申请的拦截请暂缓，待客户最终确认后另行通知。")
    assert acts(r) == set()


@pytest.mark.parametrize(
    ("text", "carrier", "expected"),
    [
        # spoiling feared is the reason to hurry, not damage done
        (f"{Z} 水果怕放坏了 快点给送过去", "zto", {("urge", Z)}),
        (f"{A} 搞快点 东西要臭了 海鲜啊大哥", None, {("urge", A)}),
        (f"{A} 外箱压坏了 里面的东西也坏了", None, {("damaged", A)}),  # said done, it is damage
        # a delay named beside a complaint is one of its own (LABELLING rule 7)
        (f"{A} 十天没到 延误了 客户要投诉", None, {("delay", A), ("complaint", A)}),
        # the customers all not wanting them is a reason, not a withdrawal
        (f"麻烦拦截 {A} {B}，客户全不要了", None, {("intercept", A), ("intercept", B)}),
    ],
)
def test_wordings_of_writers_ai_to_ak(text: str, carrier: str | None, expected: set[tuple[str, str]]) -> None:
    r = parse(text, carrier)
    assert got(r) == expected and not r.needs_human


def test_a_claims_payout_asked_after_is_no_new_claim() -> None:
    assert ("claim", A) not in got(parse(f"{A} 理赔的钱啥时候到账 都半个月了"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a symptom asked to be recorded, the word after it, stays beside another request
        (f"{A} 五天不动 延误 登记一下 顺便催", {("delay", A), ("urge", A)}),
        (f"{A} 改址：{ADDR}；另外前几天的延误请一并登记。", {("change_address", A), ("delay", A)}),
    ],
)
def test_a_symptom_recorded_in_so_many_words_stays_beside_another_request(
        text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Wu read as Mandarin, as Cantonese is: "伐要拦了" takes the intercept back
        (f"{A} 拦截\n伐要拦了 伊讲还是要的", set()),
        (f"{A} 拦截\n覅拦了", set()),  # 覅: 别
        # a Cantonese hedge: asked first
        (f"{A} 好似要改地址 客话搬咗 {ADDR}", set()),
    ],
)
def test_wordings_of_writers_al_and_am(text: str, expected: set[tuple[str, str]]) -> None:
    assert acts(parse(text)) == expected


P1, P2 = "DPK436759682567", "DPK760565919292"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbers named by the words beside them: only the one picked
        (f"{P1} 床架\n{P2} 床垫\n床垫那单催一下", {("urge", P2)}),
        (f"{A}（饰品店）\n{B}（宠物店）\n{C}（打印店）\n饰品店的拦截 打印店的催件", {("intercept", A), ("urge", C)}),
        (f"{A}是衣服，{B}是鞋子。鞋子那个拦截", {("intercept", B)}),
        # the buyer's words are context; what the merchant says of them is the request
        (f"买家原话：“东西碎了 赶紧给我退款”\n{A} 破损登记一下，退款我们自己处理", {("damaged", A)}),
        (f"买家：我的单号是 {A} 到哪了\n帮看下", {("track", A)}),
        # "不发了" beside a return is its reason
        (f"{A} 退回给我 这单不发了", {("intercept", A)}),
        # numbers listed, then each named again with its own command
        (f"{A} 和 {B} 都是给我哥的，{A} 帮我退回来，{B} 不用退，照常送", {("intercept", A)}),
        # an app's button line is the screen's, not the merchant's
        (f"{A}\n运输中\n复制   拦截件   我要投诉   在线客服\n催一下", {("urge", A)}),
    ],
)
def test_wordings_of_writers_an_to_au(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a buyer's request pasted over a bare number: a person reads it
        f"买家：改地址 改到 厦门市湖里区 吕厝路 99号\n{A}",
        # one of two described, and the description points at neither
        f"{A} 和 {B} 一个是我的一个是我姐的，我的那个要退回",
        f"{A} {B} 一个发北京一个发上海 发上海那个拦截",
        f"{A} 今天发的\n{B} 昨天发的\n今天发的那个撤单",
        f"{P1} 床架 {P2} 床垫 床垫那单拦截",
        # money back is no return
        f"{A} 这个我付了两次运费 能退一次给我吗",
        f"{A} 多收的运费退回来",
        f"{A} 运费要回来",
        # who did it, what they did, what was done: told, not asked
        f"{A} 你们怎么给我拦了？？",
        f"{A} 谁让你们拦截的？我没申请过",
        f"{A} 上次你们把我正常件也给退了 这单正常派",
        # "他不要 退回" reports what he said, it asks no return; a decision put off
        f"{A} 他不要 退回 让他自己去驿站拿",
        f"{A} 撤单这事明天再说",
        f"{A} 撤单 等明天再说",
        # English told, not asked
        f"{A} customer will arrange the return himself",
    ],
)
def test_what_the_third_cold_review_found_is_never_acted_on(text: str) -> None:
    assert not {(i, w) for i, w in acts(parse(text)) if i in ("intercept", "cancel", "change_address")}


def test_not_sending_beside_another_numbers_return_stays_its_own_cancel() -> None:
    assert got(parse(f"{A} 不发了 {B} 拦截")) == {("cancel", A), ("intercept", B)}


@pytest.mark.parametrize(
    "text",
    [
        # one of them, or fewer than named, not said which
        f"{A} {B} 拦截其中一个就行",
        f"{A}\n{B}\n{C}\n两个拦截",
        f"{A}\n{B}\n{C}\n发北京那俩拦截",
        # what it is for said after the command, or a label that picks none
        f"{A}\n{B}\n拦截鞋子那个",
        f"{A}\n{B}\n撤单 大的那个",
        f"{A}\n{B}\n帮我拦一下张三的",
        f"{A} 张三 {B} 李四 拦截李四的",
        f"{A}\n{B}\n拦截尾号999的",
    ],
)
def test_what_the_fourth_cold_review_found_goes_to_a_person(text: str) -> None:
    assert parse(text).needs_human


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A}\n{B}\n拦截尾号6501的", {("intercept", A)}),  # the number whose last digits they are
        (f"{A} XL\n{B} L\nXL的拦截", {("intercept", A)}),
        (f"{A} 10kg\n{B} 20kg\n20kg那个拦截", {("intercept", B)}),
        (f"{A} 今天发的\n{B} 昨天发的\n今天发的那个撤单", {("cancel", A)}),
        # the numbers under a quote that has words of its own are the merchant's
        (f"引用 小王：{A} 已签收\n{B}\n{C}\n拦截", {("intercept", B), ("intercept", C)}),
        # 同上 repeats a hurry and a complaint, not an intercept only told of (yesterday's: asked after, round eight)
        (f"{A} 昨天拦截的 到哪了\n{B} 同上", {("track", A), ("track", B)}),
        (f"{A} 催一下 客户投诉了\n{B} 同上", {("urge", A), ("complaint", A), ("urge", B), ("complaint", B)}),
        # a report with 地址改啦 is no address change
        (f"{A} 客户说地址改啦 新地址北京市朝阳区建国路88号 张三 13912345678 帮查下到哪了", {("track", A)}),
    ],
)
def test_what_the_fourth_cold_review_found_is_read_right(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_the_customer_not_wanting_it_reads_as_the_return_asked_first() -> None:
    r = parse(f"{A} 客户不要 退回")
    assert got(r) == {("intercept", A)} and not acts(r)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a delay named as an item beside the claim is recorded too; told as the story of the claim it is not
        (f"{A} 延误 理赔", {("delay", A), ("claim", A)}),
        (f"{A} 延误 加 投诉 加 理赔", {("delay", A), ("complaint", A), ("claim", A)}),
        (f"{A} 压坏了 赔钱 另外这一周的延误也给我登记上", {("delay", A), ("claim", A)}),
        (f"{A} 延误三天 水果都烂了 要赔偿", {("claim", A)}),
        (f"{A} 延误是登记了 客户要赔偿 帮申请理赔", {("claim", A)}),  # recorded already: no new delay
        # a list wanted whole: claim beside arbitration
        (f"{A} 理赔 投诉 仲裁 全都要", {("claim", A), ("complaint", A), ("arbitration", A)}),
        # put off: not asked now
        (f"{A} 理赔 不对 先登记破损 理赔等客户定", {("damaged", A)}),
        (f"{A} 投诉 算了 先催一下吧 投诉先不弄", {("urge", A)}),
        # "爱要不要" is a saying, not a question whether to complain
        (f"{A} 派件员把件扔门口就走 还说爱要不要 投诉他", {("complaint", A)}),
        # the number meant, said right after the wrong one
        (f"{A} 查一下重量\n不好意思 不是这个单 是 {B}", {("weight", B)}),
        (f"{A}到哪了\n哦 是{B} 这个才是我妈要查的", {("track", B)}),
    ],
)
def test_wordings_of_writers_ba_to_bc_and_the_dev_misses(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_whether_an_earlier_intercept_came_to_anything_asks_for_none() -> None:
    """Writer bb, read before any change for it: the first number's intercept was asked after, not asked for."""
    assert got(parse(f"{A} 的拦截有消息吗 {B} 也帮忙拦一下")) == {("intercept", B)}
    assert got(parse(f"{A} 拦截有消息吗 {B} 拦截")) == {("intercept", B)}  # (the command said twice: each its own)
    assert not got(parse(f"{A} 撤单撤掉了吗 快递员还给我打电话要来取"))
    assert not got(parse(f"{A} 催件的结果呢"))  # (no question mark)


@pytest.mark.parametrize(
    "text",
    [
        # the second cold review of these rules: a look on one line of a list is no part of the list
        f"{B} 拦截\n{A} 物流看一下", f"{A} 物流\n{B} 拦截", f"{A} 物流\n{B} 撤单",
        # a denial before 赶紧 is not read: the guess stays a guess
        f"{A} 我没让你们赶紧拦啊", f"{A} 客户让我赶紧拦 我再想想",
        # put off: a hedge of what cannot be undone, not a withdrawal
        f"{A} 拦截 等客户定", f"{A} 撤单等我定", f"{A} 改地址 等客户定 杭州市西湖区文三路1号",
    ],
)
def test_what_the_fifth_cold_review_found_is_never_acted_on_unasked(text: str) -> None:
    assert not {(i, w) for i, w in acts(parse(text)) if i in ("intercept", "cancel", "change_address")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the refusal of what follows does not take back the command before it
        (f"{A} 拦截 先不申请理赔", {("intercept", A)}),
        (f"{A} 催一下 先不提投诉", {("urge", A)}),
        (f"{A} 三天没动了 催一下 延误一起登记了吧", {("urge", A), ("delay", A)}),  # 登记了吧 asks
        (f"{A} 催件 哦 是 {B} 也催一下", {("urge", A), ("urge", B)}),  # 也: one more, not the one meant
        (f"{A} 理赔 仲裁 全都要", {("claim", A), ("arbitration", A)}),
        (f"{A} 延误赔偿", {("claim", A)}),  # compensation for the delay: one claim
        (f"{A} 这种情况不会就这么赔了吧", set()),
    ],
)
def test_what_the_fifth_cold_review_found_is_read_right(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize("text", [f"{A} 拦一下？买家说不要了 但是还没点退款", f"{A} 拦截? 还是不拦? 哎呀我也拿不准",
                                  f"{A} 拦截？不拦？买家自己都说不清楚"])
def test_an_intercept_asked_as_a_question_or_swung_both_ways_is_confirmed(text: str) -> None:
    r = parse(text)
    assert got(r) == {("intercept", A)} and not r.needs_human and all(q.confirm for q in r.requests)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round six: a ban is a denial; a switch to a complaint is no address change
        (f"{A} 不准拦 老客户了", set()),
        (f"{A} 禁止退回 正常派送", set()),
        (f"{A} 不催了 改投诉", {("complaint", A)}),
        # what the buyer did is the reason, not the merchant's request
        (f"{A} 不用拦了 买家撤回了", set()),
        # asked about, not asked for: its fee, which one it was, whom to ask, when the money comes
        (f"{A} 这单拦截收钱不", set()),
        (f"{A} {B} 哪个是拦截的我记不清了", set()),
        (f"{A} 账单上多了笔保价费 这个找谁退", set()),
        (f"{A} 理赔款什么时候到账", set()),
        (f"{A} 退回来的这个件什么时候能到", {("track", A)}),
        (f"{A} 破损那个工单不用跟了", set()),
        # pressed for once more, asked when; urged again though urged before; still not moving is no correction
        (f"{A} 第三次催了 到底什么时候派", {("urge", A)}),
        (f"{A} 再催一下 昨天催过了还是没动", {("urge", A)}),
        # vocabulary: set off, dented, soaked, one piece of two missing
        (f"{A} 有没有出发", {("track", A)}),
        (f"{A} 外箱有砸痕", {("damaged", A)}),
        (f"{A} 纸箱湿了 书都泡了", {("damaged", A)}),
        (f"{A} 只收到鞋子 袜子没有", {("lost", A)}),
        # not a ban: inaccurate
        (f"{A} 称重不准 核重", {("weight", A)}),
        (f"{A} 时效不准 催一下", {("urge", A)}),
        (f"{A} 撤单的取消 还是要寄", set()),
        # a shop's name in brackets first is no word of the merchant's
        (f"【小鹿家居】{A}", {("track", A)}),
        (f"【拦截】{A}", {("intercept", A)}),
        # asked side by side with the complaint, not what the courier did
        (f"{A} 被快递员骂了 拦截并投诉", {("intercept", A), ("complaint", A)}),
        (f"{A} 破损 理赔 仲裁", {("claim", A), ("arbitration", A)}),
        # by place: the last one; one named by its place after a command for all of them
        (f"{A} {B} {C} 最后这个拦截 其他的正常送", {("intercept", C)}),
        (f"{A}\n{B}\n{C}\n都拦截 第三个催件", {("intercept", A), ("intercept", B), ("urge", C)}),
        (f"{A} 核重那条撤回 看错了 是 {B} 重量不对", {("weight", B)}),
    ],
)
def test_wordings_of_writers_bd_to_bf(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_a_number_written_as_another_is_put_right_even_in_a_plain_message() -> None:
    """"你发成 A 了 是 A′": the one meant alone, whichever way the message is read."""
    wrong = A[:-2] + ("0" if A[-2] != "0" else "1") + A[-1]
    r = parse(f"你发成 {wrong} 了 是 {A} 截回")
    assert got(r) == {("intercept", A)} and not acts(r) & {("intercept", wrong)}


@pytest.mark.parametrize(
    "text",
    [
        # the cold review of round six: asking someone first is a hedge, never a decision
        f"{A} 撤单 我问下老板再说", f"{A} 拦截\n我问问客户再说", f"{A} 改地址 {ADDR} 我跟客户商量一下再说",
        # 还是 before a place is "rather": the command taken back
        f"{A} 拦截 还是在原地址派送吧", f"{A} 撤单 还是一样送吧",
        # brackets may hold a hedge or a denial
        f"【待定】{A} 拦截", f"【先不要】{A} 拦截", f"【仅供参考】{A} 拦截",
        # whom to ask, after the command
        f"{A} 这个退回找谁",
        # what the courier did or said, beside a complaint
        f"{A} 快递员说要退回 然后投诉", f"{A} 快递员乱改派 同时投诉",
    ],
)
def test_what_the_sixth_cold_review_found_is_never_acted_on_unasked(text: str) -> None:
    assert not {(i, w) for i, w in acts(parse(text)) if i in ("intercept", "cancel", "change_address")}


def test_a_number_written_wrong_asks_for_nothing_whichever_comes_first() -> None:
    wrong = A[:-2] + A[-1] + A[-2]  # (the last two digits swapped)
    assert got(parse(f"{A} 拦截 你发成 {wrong} 了 是 {A}")) == {("intercept", A)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # requests the sixth cold review found dropped: a request sent before, named, is no report of it
        (f"{A} 昨天发的拦截一下", {("intercept", A)}),
        (f"要拦截的那票是 {A}", {("intercept", A)}),
        (f"{A} {B} 哪个是拦截的我忘了 你都拦一下", {("intercept", A), ("intercept", B)}),
    ],
)
def test_what_the_sixth_cold_review_found_dropped_is_read(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_a_withdrawal_of_an_earlier_request_still_goes_to_a_person() -> None:
    for text in (f"{A} 昨天发的拦截 不拦了", f"{A} 客户取消了拦截 正常派送"):
        r = parse(text)
        assert not got(r) and r.needs_human, text


def test_a_number_in_brackets_first_is_no_shops_name() -> None:
    wide = "".join(chr(ord(c) + 0xFEE0) for c in A)  # (full-width, as some phones type it)
    assert got(parse(f"【{wide}】【拦截】")) == got(parse(f"【{A}】 拦截")) == {("intercept", A)}


@pytest.mark.parametrize(
    ("text", "expected", "person"),
    [
        # the second cold review of round six: what the buyer did, told with a particle, is still told
        (f"{A} 客户自己撤单了呀", set(), True),
        (f"{A} 不用拦了 买家撤回了哦", set(), True),
        # a number written as another denies it only when the one meant follows
        (f"已经发成 {A} 了，帮忙拦截", {("intercept", A)}, False),
        (f"{A} 的面单贴成 {B} 了，两个都拦截", {("intercept", A), ("intercept", B)}, False),
        # "找谁都行": anyone will do, the request stands; a ban with 不得
        (f"{A} 拦截 找谁都行 赶紧", {("intercept", A)}, False),
        (f"{A} 不得退回", set(), True),
    ],
)
def test_what_the_second_review_of_round_six_found(text: str, expected: set[tuple[str, str]], person: bool) -> None:
    r = parse(text)
    assert got(r) == expected and r.needs_human is person


@pytest.mark.parametrize(
    ("text", "expected", "person"),
    [
        # what the buyer did where: told, never carried out ("客户在淘宝撤单了" acted as a cancel before)
        (f"{A} 客户在淘宝撤单了", set(), True),
        (f"{A} 买家在拼多多上取消订单了", set(), True),
        (f"{A} 客户刚刚在app里撤单了 帮拦截", {("intercept", A)}, False),
        # a shop's name in brackets ending in a character that also denies ("【阿非】"): a name, not "don't"
        (f"[阿非]拦截 {A}", {("intercept", A)}, False),
        (f"【小莫】{A} 拦截", {("intercept", A)}, False),
        # the parcel of an earlier command, asked after: where it is, not the command again
        (f"拦截的那票 到哪了 {A}", {("track", A)}, False),
        (f"{A} 拦截的那个 现在到哪了", {("track", A)}, False),
        (f"要拦截的那票是 {A}", {("intercept", A)}, False),
        # 各位 then a ban is "everyone, don't"; 定位不准 is inaccurate
        (f"各位不准退回 {A}", set(), True),
        (f"{A} 定位不准 催一下", {("urge", A)}, False),
        # a complaint about the courier ends their story: the command after it is the merchant's
        (f"{A} 快递员 态度太差了 投诉 拦截", {("complaint", A), ("intercept", A)}, False),
        (f"{A} 快递员自己退回了 投诉", {("complaint", A)}, False),
    ],
)
def test_what_was_left_from_round_six_is_read(text: str, expected: set[tuple[str, str]], person: bool) -> None:
    r = parse(text)
    assert got(r) == expected and r.needs_human is person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round seven (writers bg, bh, bi): the buyer's "不要了" a little after a command is why, never a withdrawal
        (f"{A} 这个件帮忙退回一下哈，买家说鞋码拍错了不要了", {("intercept", A)}),
        (f"{A} 这个拦截，买家说他朋友送了一台一样的，不要了", {("intercept", A)}),
        # pinyin initials that are also other words: read, and an irreversible one asked first
        (f"{A} cd 还没揽收", {("cancel", A)}),
        (f"{A} gz {ADDR}", {("change_address", A)}),
        # a list opened by a colon keeps its numbers when another item follows
        (f"这几单都拦截：{A}，{B}，{C}，另外 {D} 改址，地址：{ADDR}",
         {("intercept", A), ("intercept", B), ("intercept", C), ("change_address", D)}),
        # positions picked, the rest left alone: no list continued to the command after them
        (f"{A} {B}，第二个拦截，第一个正常", {("intercept", B)}),
        # ditto marks in a column
        (f"{A} lj\n{B} 〃\n{C} cj\n{D} 〃", {("intercept", A), ("intercept", B), ("urge", C), ("urge", D)}),
        # a number named as a phone's serial is none of ours
        (f"IMEI 356728119043521 这台手机的快递 {A} 到哪了", {("track", A)}),
        # words: 索偿, 查下签收, 冒得动, 乱丢件 (thrown about, not lost), 不动 照常派 (leave it), 拦到没有 (asked after)
        (f"{A} 破损 要索偿", {("claim", A)}),
        (f"{A} 显示放在丰巢了，买家说柜子里没有，帮忙查下签收", {("verify_delivery", A)}),
        (f"{A} 冒得动了 五天了", {("delay", A)}),
        (f"{A} 投诉 派件员乱丢件", {("complaint", A)}),
        (f"{A} 拦截 就这一件哈 {B} {C} 不动 照常派", {("intercept", A)}),
        (f"等了一上午了 {A} 到底拦到没有", set()),
        # a number put right by whose it is
        (f"{A} 拦截退回\n不好意思 前面单号是别的店的，我们的是 {B}", {("intercept", B)}),
        (f"{A} 是岩温家的 催一下 更正 岩温家的单号是{B}", {("urge", B)}),
        # taken back after it: 不算, 是错的; the claim that is not wanted
        (f"小棠上面发的 {A} 撤单不算，这单照常寄，要撤的是 {B}", {("cancel", B)}),
        (f"{A} 理赔的不要了 直接投诉那个派件员", {("complaint", A)}),
    ],
)
def test_wordings_of_writers_bg_to_bi(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_when_money_comes_is_asked_of_a_person_not_tracked() -> None:
    for text in (f"{A} 理赔的钱到账没", f"{A} 赔款到了吗", f"{A} 理赔的钱什么时候到"):
        r = parse(text)
        assert not got(r) and r.needs_human, text


@pytest.mark.parametrize(
    ("text", "expected", "person"),
    [
        # the cold review of round seven: keeping a slip, a gift or a right is not keeping the parcel
        (f"{A} 拦截 保留好底单", {("intercept", A)}, False),
        (f"{A} 退回 里面的赠品帮我留着", {("intercept", A)}, False),
        # 订单号 names a waybill as often as an order
        (f"这两个订单号：{Z}，75123456789012 拦截", {("intercept", Z), ("intercept", "75123456789012")}, False),
        # the command wanted, or said again, stands beside "…的那个 到哪了"
        (f"{A} 退回的那票 在哪 赶紧退", {("intercept", A)}, False),
        (f"{A} 需要退回的那个 到哪了", {("intercept", A)}, False),
        # 都 gathers forward; a colon after a reason opens no list
        (f"{A} 查一下到哪了，{B}，还有{C} 都撤单", {("track", A), ("cancel", B), ("cancel", C)}, False),
        (f"{A} 拦截 原因：拒收，{B}，{C} 都催一下", {("intercept", A), ("urge", B), ("urge", C)}, False),
        # the merchant's own 不要了 after the buyer's news still takes the command back
        (f"{A} 拦截\n客户说还要，那就不要了", set(), False),
        (f"{A} 拦截\n跟客户沟通好了，不要了", set(), False),
        # PC端 and TS码 are no initials
        (f"{A} PC端 客户拒收了", set(), True),
        # the return with its fee, money paid, a wrong address put right, a cancel with its reason
        (f"{A} 退回运费到付", {("intercept", A)}, False),
        (f"{A} 客户已付款 查下到哪了", {("track", A)}, False),
        (f"{A} 改地址的 是错的 正确地址{ADDR}", {("change_address", A)}, False),
        (f"{A} 撤单 不要了", {("cancel", A)}, False),
        # what the courier said or did stays theirs
        (f"{A} 快递员说要投诉 还说要退回", {("complaint", A)}, False),
        # a number put right by whose it is: the right one is asked for, never lost
        (f"{A} 拦截\n更正 {A}不是我们的 是 {B}", {("intercept", B)}, False),
    ],
)
def test_what_the_cold_review_of_round_seven_found(text: str, expected: set[tuple[str, str]], person: bool) -> None:
    r = parse(text)
    assert got(r) == expected and r.needs_human is person


@pytest.mark.parametrize(
    "text",
    [
        # what follows if it is not done is a supposition, never the command taken back
        f"麻烦这单尽量拦住 {A} 买家说不拦就给差评",
        f"帮我拦下{A}吧 买家退款成功了 不拦我就亏了",
        # a reproach ("你们还不拦") asks for it
        f"{A} 不是不拦 是现在就拦 客户都退款了你们还不拦",
    ],
)
def test_a_request_pressed_with_what_happens_otherwise_is_never_dropped(text: str) -> None:
    r = parse(text)
    assert got(r) == {("intercept", A)} and not r.needs_human, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # writers bj and bk: a list restated in full replaces the one before it
        (f"拦截：\n{A}\n{B}\n{C}\n——不对 以下为准——\n{A}\n{C}\n{D}",
         {("intercept", A), ("intercept", C), ("intercept", D)}),
        # the number put right after 正确： and after "不是 A 是 B"
        (f"{Z} 催件\n正确：7570-6890-1643-96", {("urge", "75706890164396")}),
        (f"{A} 投诉+理赔\n更正 不是 {A} 是 {B}", {("complaint", B), ("claim", B)}),
        # a door number written wrong, under a quoted address change: the change stands
        (f"“{A} 改址 改到 杭州市西湖区文三路12号 黄 13800138000”\n"
         "门牌号写错了 是21号 完整的：杭州市西湖区文三路21号 黄", {("change_address", A)}),
        # what is asked later waits: 后补, 再单独申请, 到了再申请, 等…再说 (not what is waited for)
        (f"{A} 外机压扁了 登记破损 理赔后补", {("damaged", A)}),
        (f"{A} 先登记丢件 理赔下周等财务出了发票再单独申请", {("lost", A)}),
        (f"{A} 先把破损登记了 回头客户照片到了再申请理赔", {("damaged", A)}),
        (f"{A} 仲裁 —— 还是先理赔吧 仲裁等理赔结果出来再说", {("claim", A)}),
        # words: 只到了一箱, 一直没到, 晚到, 气坏了 (angry), 车坏了 (the van), 退回来运费 (the cost if it were)
        (f"{A} 两箱只到了一箱", {("lost", A)}),
        (f"{A} 七天了 中转显示已发出 一直没到下一站", {("delay", A)}),
        (f"{A} 虚假签收 客户气坏了", {("verify_delivery", A)}),
        (f"不用投诉 {A} 派件员人挺好的 就是车坏了 登记延误就行", {("delay", A)}),
        (f"{A} 拦截退回……算了不拦了 大件退回来运费比货还贵", set()),
    ],
)
def test_wordings_of_writers_bj_and_bk(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected", "person"),
    [
        # the second cold review of round seven: a number kept ("B 留着") is left out of the command
        (f"{A} 拦截 {B} 留着", {("intercept", A)}, False),
        # a cancel said to be a mistake is taken back (only 取消 and 不要了 after it repeat it)
        (f"{A} 撤单 有误", set(), True),
        (f"{A} 撤单 系误操作", set(), True),
        # the buyer's reason may hold 要: "买家说要退款 东西不要了" is why
        (f"{A} 拦截\n买家说要退款 东西不要了", {("intercept", A)}, False),
        # only the command right before 后补 waits; evidence to follow is no deferral
        (f"{A} 申请理赔，凭证后补", {("claim", A)}, False),
        (f"{A} 登记破损 理赔后补", {("damaged", A)}, False),
        # a condition the bot can check is no deferral
        (f"{A} 没签收的话再办拦截", {("intercept", A)}, False),
        # "哎呀 是 B 这个也要催": B as well
        (f"{A} 催件\n哎呀 是 {B} 这个也要催", {("urge", A), ("urge", B)}, False),
        # a withdrawal with a reason stays one ("不拦 他会去自提"); "还不催 再等两天" is "not yet"
        (f"{A} 拦截 不拦 他会去自提", set(), True),
        (f"{A} 还不催 再等两天", set(), True),
        # a field restated (金额以下为准) is no list restated
        (f"{A} 催件\n{B} 理赔 金额以下为准：{B} 300元", {("urge", A), ("claim", B)}, False),
        # a colon list keeps its numbers even when the next item gathers its own with 都
        (f"拦截：{A}，{B}，{C}，另外 {D} {Z} 都催一下",
         {("intercept", A), ("intercept", B), ("intercept", C), ("urge", D), ("urge", Z)}, False),
        # words: 送掉了 (done, not asked), 晚到没关系, 退回来运费我出
        (f"{A} 快递员说送掉了 客户没收到", {("verify_delivery", A)}, False),
        (f"{A} 晚到没关系 正常送就行", set(), False),
        (f"{A} 退回来运费我出", {("intercept", A)}, False),
    ],
)
def test_what_the_second_cold_review_of_round_seven_found(text: str, expected: set[tuple[str, str]],
                                                          person: bool) -> None:
    r = parse(text)
    assert got(r) == expected and r.needs_human is person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # writers bl and bm: the middle one, in English
        (f"{A}\n{B}\n{C}\nthe middle one intercept pls, others ok", {("intercept", B)}),
        # the buyer's cancel told in English is the reason, never a cancel
        (f"pls intercept {A}, buyer cancel the order on Shopee already", {("intercept", A)}),
        # Singlish and Malay words that undo nothing; a deadline presses for delivery
        (f"{A} chop chop pls, customer very angry already", {("urge", A)}),
        (f"{A} 东西 kena crush, box all penyek", {("damaged", A)}),
        (f"{A} 今天 12:30 前必须送到中心医院DTP药房", {("urge", A)}),
        # (the cold review of these: Malay cancels and returns are not read, "jangan batal" is "don't cancel";
        # 物流信息断裂 is the tracking, not the goods; a courier's 送回仓库 is what they did)
        (f"{A} jangan batal", {("track", A)}),
        (f"{A} 物流信息断裂", {("track", A)}),
        (f"{A} 派送员送回仓库了", set()),
        (f"{A} 拦截 客户说在家能收，不需要了", set()),
        (f"{A} customer return pls", {("intercept", A)}),
    ],
)
def test_wordings_of_writers_bl_and_bm(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"{A} {B} {C} all intercept except {C}, that one customer still want",
        f"Pls intercept the following:\n{A}\n{B}\n{C}\nExcept {B}, that one customer decide to keep",
        f"All ok except {A}, customer reject, pls return",
    ],
)
def test_an_intercept_beside_an_english_exception_is_asked_first(text: str) -> None:
    """Which numbers "except" leaves out is not read from English: nothing is carried out unasked."""
    assert not {(i, w) for i, w in acts(parse(text)) if i in ("intercept", "cancel", "change_address")}


def test_an_english_cancel_told_of_the_buyer_is_no_cancel() -> None:
    r = parse(f"bro {A} can stop or not? customer cancel order")
    assert ("cancel", A) not in got(r)


ORDER, ORDER2 = "396140329363929831", "979745746564205588"  # platform order numbers (18 digits)
EMS, ISBN = "1123456789012", "9787040396638"  # an EMS number, and a book's ISBN-13 of the same shape


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # writers bn, bo and bp (round eight): "the others" after numbers each named with its command
        (f"{A} 拦截，{B} 撤单，其余正常派送", {("intercept", A), ("cancel", B)}),
        (f"{A} 拦截 {B} 催件，其他不用管", {("intercept", A), ("urge", B)}),
        (f"{A} {B} {C} 这几个里 只撤 {C} 其他不用撤", {("cancel", C)}),
        # an order the clause names instead of a waybill: what is said of it is not said of the waybill
        (f"订单 {ORDER} 对应运单 {A}，烦请拦截退回。另：订单 {ORDER2} 照常发货", {("intercept", A)}),
        # the old phone given up, the receiver unreachable, "哦不" putting the command right
        (f"{A} 改地址 {ADDR} 之前那个 151-8523-2856 不用了", {("change_address", A)}),
        (f"{A} 退回来吧 打不通就算了", {("intercept", A)}),
        (f"{A} 改派到仓库 哦不 改到客户单位 {ADDR}", {("change_address", A)}),
        # what the buyer does not want, or no longer needs, is the reason for the return
        (f"请拦截 {A}，患者说不需要了", {("intercept", A)}),
        (f"{A} 又要拦了 客户还是不要 拦截", {("intercept", A)}),
        (f"{A} 车主唔修了 客人仲系唔要 拦截退回", {("intercept", A)}),
        # the other branch of a condition on the parcel's state
        (f"{A} 如未签收请拦截，已签收则无需处理", {("intercept", A)}),
        (f"{A} 如果还没出网点就拦截退回，已经在派送的话就正常送吧", {("intercept", A)}),
        # a number only compared with, or only told of, beside a command that names its own number
        (f"{A} 帮我撤掉 打单打重复了 跟 {B} 是同一本书", {("cancel", A)}),
        (f"{A} 重复了，跟 {B} 是同一个客户，{B} 已经签收，所以 {A} 拦截退回", {("intercept", A)}),
        (f"{A} 跟 {B} 重复了 都拦截", {("intercept", A), ("intercept", B)}),
        # what was sent back, spoken of; an intercept that failed, asked about
        (f"{A} 退回的书今天收到了", set()),
        (f"{A} 拦截失败是什么原因？", set()),
        # books: an ISBN is no waybill; a parcel named by its title or its classifier
        (f"《高等数学》 ISBN {ISBN}，快递 {EMS}\n这本书拦截", {("intercept", EMS)}),
        (f"{A} 是《概率论》，{B} 是《复变函数》。复变那本撤掉", {("cancel", B)}),
        (f"{A}\n{B}\n第一本拦截 第二本催", {("intercept", A), ("urge", B)}),
        # Cantonese: where is it; "照派", delivered as it is; 唔好意思系 B, the number put right
        (f"{A} 到边", {("track", A)}),
        (f"{A} {B} {C} 三票，拦 {A} 同 {C}，{B} 系啱嘅照派", {("intercept", A), ("intercept", C)}),
        (f"拦截 {A}，唔好意思系 {B}，{A} 系啱嘅照派", {("intercept", B)}),
        (f"{A}\n{B}\n{C}\n②拦截 ①③照派", {("intercept", B)}),
        # 分别 is "each", not "don't"; an earlier request spoken of; where the return went
        (f"顺丰 {A}、{B} 都显示签收了，两位客户都说没收到，请分别核实",
         {("verify_delivery", A), ("verify_delivery", B)}),
        (f"上午催的那票 {A} 已经送到了，辛苦", set()),
        (f"上次拦下来的 {A} 退回到哪个仓了？", {("track", A)}),
        (f"{A} 理赔我已经在系统提交了，你这边不用再发了", set()),
        # "ignore" said of one number in its own sentence, not of the message
        (f"请拦截 {A}、{B}、{C}。\n更正：{C} 是另一家的件，请忽略；本次只拦前两票",
         {("intercept", A), ("intercept", B)}),
        # places: several with one unit; those a clause without a command names, for the bare command after it
        (f"{A}\n{B}\n{C}\n{D}\n第一、三票拦截，第二、四票催一下", {("intercept", A), ("intercept", C), ("urge", B),
                                                              ("urge", D)}),
        (f"以下除第3条外全部拦截：\n1. {A}\n2. {B}\n3. {C}\n4. {D}\n第3条客户已确认无误，正常派送",
         {("intercept", A), ("intercept", B), ("intercept", D)}),
        # a destination denied is not the return denied; another place to receive it is an address change
        (f"{A} 拦截退回，退回地址改为嘉定仓（不要退到昆山仓）", {("intercept", A)}),
        (f"{A} 不要拦截，也不要退回，客户就是想换个地方收：{ADDR}", {("change_address", A)}),
        # "+1" under a quoted command: the same for the number given
        (f"「阿珍：{A} 拦截」\n- - - - - - - - - - - - - - -\n+1 {B}", {("intercept", B)}),
    ],
)
def test_wordings_of_writers_bn_bo_and_bp(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"{A} 拦截 诶 还是不拦了？我问问客户",  # the denial asked, then a hedge
        f"{A} 先拦着？我问问买家再说",  # a deferral after asking someone
        f"{A} 或者退返嚟算啦 等我问埋老板娘",
        f"{A} 先拦住啦 我再同修理厂倾",
        f"{A} 拦截\n我问问客户再说",
        f"{A} 估计得拦回来，先拦吧，有变化我再说",  # (it may change: the intercept is held, asked first)
        f"{A} 拦截 定系唔拦好呢 修理厂讲嘢反反复复",
        f"{A} 你哋睇下拦唔拦到",  # whether it can be done, asked
        # the quoted message asked for, "do as she says"
        f"转发 HR Lisa：\n“{A} 这个员工已经离职了，麻烦拦一下。”\n@网点 麻烦按她说的办",
    ],
)
def test_a_command_the_merchant_wavers_over_is_asked_not_dropped(text: str) -> None:
    r = parse(text)
    assert ("intercept", A) in got(r) and not acts(r) and not r.needs_human


@pytest.mark.parametrize("text", [f"{A} 拦截失败是什么原因？", f"{A} 上周申请的理赔，钱什么时候能到账？"])
def test_a_question_about_a_request_made_goes_to_a_person(text: str) -> None:
    r = parse(text)
    assert r.needs_human and not got(r)


@pytest.mark.parametrize(
    "text",
    [
        # the cold review of round eight: the buyer's 不需要了 may decline the return itself
        f"{A} 拦截退回\n收件人说不需要了 他自己去驿站拿",
        f"{A} 拦截\n客户说不需要了 ，他说能收",
        f"{A} 改地址到 重庆市渝中区解放碑1号 吴先生 13012345678\n对方说不需要了",
        # a number of a book's shape, not named an ISBN, may be one of the places counted
        f"邮政 9781234567897 {EMS} 这两单 前一单拦截 后一单正常 书店的货",
        f"邮政单号 9781234567897 {EMS} 都是书 第一个拦截",
        f"《高等数学》{ISBN} {EMS}\n这本书拦截",
        # "耳机那盒没问题，拦截": the earphones said fine, the command not read as for them alone (both asked)
        f"{A} 是手机 {B} 是耳机\n耳机那盒没问题，拦截",
    ],
)
def test_what_the_cold_review_of_round_eight_found_is_never_acted_on_unasked(text: str) -> None:
    assert not {(i, w) for i, w in acts(parse(text)) if i in ("intercept", "cancel", "change_address")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request is not passed on for information because the merchant says so in passing
        (f"这里说一声，{A} 麻烦拦截", {("intercept", A)}),
        (f"{A} 撤单，不用重复确认了", {("cancel", A)}),
        # a failure spoken of takes back no request
        (f"{A} 请拦截，之前那个拦截失败了", {("intercept", A)}),
        (f"{A} 拦截，怕拦截失败 麻烦尽快", {("intercept", A)}),
        # both numbers when together ("一起"), or the same treatment ("同理")
        (f"{A} 跟 {B} 是同一个客户 一起拦截", {("intercept", A), ("intercept", B)}),
        (f"{A} 拦截，{B} 同理", {("intercept", A), ("intercept", B)}),
        (f"{A} 撤单 {B} 和 {C} 是一样的 也撤", {("cancel", A), ("cancel", B), ("cancel", C)}),
        # "一切照常" beside a command; 按照派件员 is no "照派"
        (f"{A} 拦截 一切照常", {("intercept", A)}),
    ],
)
def test_what_the_cold_review_of_round_eight_found_is_read_right(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [f"{A} 哦不拦了", f"{A} 噢不撤了 客户又要了", f"{A} 不用截了 照派", f"{A} 拦截失败了",
     f"{A} 这件不要 拦截了 正常派"],
)
def test_a_request_taken_back_or_failed_goes_to_a_person(text: str) -> None:
    """"哦不拦了" takes back ("哦不" stands apart only before the command that replaces); a failure is for a person."""
    r = parse(text)
    assert r.needs_human and not got(r)


Q = "「阿珍：{}」\n- - - - - - - - - - - - - - -\n"  # a WeCom quote of a colleague's message


@pytest.mark.parametrize(
    "text",
    [
        # the second cold review of round eight: "+1" repeats only what the quote asked for plainly
        Q.format(f"{A} 拦截 算了不拦了") + f"+1 {B}", Q.format(f"{A} 要不要拦截") + f"+1 {B}",
        Q.format(f"{A} 拦截成功了吗") + f"+1 {B}", Q.format(f"{A} 拦截吧？我问问老板") + f"+1 {B}",
        Q.format(f"{A} 已经拦截了") + f"+1 {B}",
        # 分别 asks something of each: an action beside it is confirmed
        f"{A} 拦截 {B} 分别处理",
        # a decision that may change ("有需要再说") is asked
        f"{A} 撤单 有需要再说", f"{A} 拦截吧 有消息再说",
        # the quoted request refused or put off is not adopted
        f"引用 小王：{A} 拦截\n先别处理，等客户回复再处理一下",
        # which one, asked ("定系" is "or")
        f"{A} 拦截 定系照派？",
    ],
)
def test_what_the_second_review_of_round_eight_found_is_never_acted_on_unasked(text: str) -> None:
    assert not {(i, w) for i, w in acts(parse(text)) if i in ("intercept", "cancel", "change_address")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted bot report, then "the same for B"
        (f"「@小王 {A} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - - - - - - - -\n这个也是：{B}",
         {("intercept", B)}),
        # the merchant's refusal of the quoted request adopts nothing
        (f"引用 客户：{A} 催一下\n不用按她说的办", set()),
        # a shared attribute is no duplicate: both are asked for
        (f"{A} 跟 {B} 同一天发的 拦截", {("intercept", A), ("intercept", B)}),
        (f"{A} 和 {B} 是同一个地址，拦截", {("intercept", A), ("intercept", B)}),
        # "请忽略" said of one number takes back its command
        (f"请拦截 {A}、{B}。\n{B} 发错了，请忽略", {("intercept", A)}),
        # a number said to go as it is ("B 照常", "B 正常")
        (f"{A} 拦截 {B} 照常", {("intercept", A)}),
        (f"{A} 拦截退回 不要退到网点 {B} 正常", {("intercept", A)}),
        # a label from the clause before only when that clause tells of trouble
        (f"{A} 是手机 {B} 是耳机\n耳机那盒客户收了，拦截", {("intercept", A), ("intercept", B)}),
    ],
)
def test_what_the_second_review_of_round_eight_found_is_read_right(text: str,
                                                                    expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [f"{A} 前天拦的怎么还在派送", f"{A} 昨天让拦截的 买家说不需要了 不用拦了", f"{A} 不要退到原地址",
     f"{A} 对方说不要 拦截，正常送"],
)
def test_a_request_of_an_earlier_message_asked_after_or_taken_back_goes_to_a_person(text: str) -> None:
    r = parse(text)
    assert not got(r) and r.needs_human


def test_a_message_for_another_group_is_not_read_though_it_names_a_number_after() -> None:
    """"不好意思 发错群了 请忽略": the whole message was meant elsewhere; nothing asked, nobody needed."""
    r = parse(f"拦截 {A}\n不好意思 发错群了 请忽略 {A} 不是这个群的")
    assert not got(r) and not r.needs_human


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "其余" with a count of them: the numbers no command named, however many are told
        (f"共发出 420 票，其中 {A} 请拦截，其余 419 票正常派送。", {("intercept", A)}),
        (f"{A} {B} {C}\n第一个拦截 其余 12 票正常派送", {("intercept", A)}),
        # a correction standing between spaces starts a clause of its own, as after a comma
        (f"{A} 撤单 更正 撤{B} {A}照发", {("cancel", B)}),
        (f"{A} 核实签收 哦 不对 客户说是破了 不是没收到", {("damaged", A)}),
        # "不是要撤这个 我要撤的是 B": the cleft after 不是 puts the command right, it is not denied
        (f"等一下 我不是要撤这个 我要撤的是{B} 这个{A}还要寄的", {("cancel", B)}),
        # "A 这票不是我们要拦的": not one to do it to
        (f"{A} 这票不是我们要拦的，是 {B}，拦 {B}。", {("intercept", B)}),
        # delivering it will do: a return taken back, twice, in this message, asks nobody
        (f"{A} 拦截退回——算了，行里说送过去也行，不拦了。", set()),
        # done before, as the merchant remembers it
        (f"{A} 之前撤单了吧 咋快递员还上门来取了", set()),
        # what will be asked later, or is threatened, if something else does not happen first
        (f"{A} 先催一下 实在不行再拦截", {("urge", A)}),
        (f"{A} 要是再不到 我就得拦截了 先给催催", {("urge", A)}),
        (f"{A} 快点送吧 再不送我也要投诉了", {("urge", A)}),
        (f"{A} 拦截 退回 到了之后我要看下有没有破 破了的话再说理赔", {("intercept", A)}),
        # (a condition on the parcel's state is no threat: the carrier checks it)
        (f"{A} 如果还没签收就拦截", {("intercept", A)}),
        (f"{A} 还没送 我就要投诉", {("complaint", A)}),
        # words spaced apart by voice input, read as if written together
        (f"{A} 这个 件 是 不是 丢了，二十天 了", {("lost", A)}),
        (f"刚才 发 的 {A} 是 错的，正确 单号 {B}，拦截", {("intercept", B)}),
        (f"{A} 我们 昨天 拦截 了，今天 怎么 显示 派送 中", set()),
        # the buyer's "不要了", words spaced apart, is the reason for the return
        (f"朋友 {A} 退件吧，客户 那边 不要了", {("intercept", A)}),
        # a claim asked after, and a ticket not followed, are no new requests
        (f"{A} 之前申请的理赔 钱啥时候到账", set()),
        (f"{A} 这个破损工单一个礼拜了没人联系我们", set()),
        # a warning is no report
        (f"{A} 买家说三天前就该到了 催催吧 别又像上回那样丢了", {("urge", A)}),
        # Northeastern hurry, and whether it has reached a place
        (f"{A} 麻溜儿给送了吧 都到派送站一天了", {("urge", A)}),
        (f"{A} 赶紧给送 虾在箱子里闷着呢", {("urge", A)}),
        (f"{A} 麻溜的拦了", {("intercept", A)}),
        (f"{A} 咋样了 到沈阳没", {("track", A)}),
        (f"{A} 明天能到哈尔滨不 买家说明天不在家", {("track", A)}),
        (f"请问我的退货 {A} 商家那边收到了吗", {("track", A)}),
        (f"{A} 一个星期 没有 更新了", {("delay", A)}),
        # where it goes back to is denied, not the return
        (f"{A} 拦截退回哈尔滨道外店 别退沈阳去了", {("intercept", A)}),
        # a number written right against its command takes it
        (f"{A} 拦截 不对不对 不拦 是{B}拦 {A}是催件", {("intercept", B), ("urge", A)}),
        # "说成拦截了": the mistake named; "作废的是 B"; "刚签收了 不用了"
        (f"{A} 催一下 刚才说成拦截了 不好意思 是催一下", {("urge", A)}),
        (f"{A} 作废\n哎呀不是作废 是这单催一下 作废的是{B}", {("cancel", B), ("urge", A)}),
        (f"{A} 催件 {B} 催件\n{B} 刚签收了 不用了", {("urge", A)}),
        # the parcel of an earlier command named, and where it is asked
        (f"{A} 是 退回 件，现在 到 哪了", {("track", A)}),
        (f"改地址 的 那个 {A} 到 哪 了", {("track", A)}),
        (f"{A} 退回的那个件到哪了", {("track", A)}),
        # an address change written with a space, or as the new address, and track with a space
        (f"{A} 地址 改为 喀什地区 疏附县 托克扎克镇 阿卜杜拉·买买提 收", {("change_address", A)}),
        (f"{B} 到 哪了", {("track", B)}),
        (f"{A} 妥投 了？？ 客户 在 牧区 根本 没下山 怎么 签收 的", {("verify_delivery", A)}),
        # what was done ("拦完了告诉我一声"), a loss whose claim is made already (of the old parcel, told of: the
        # hurry is for the one sent again)
        (f"补发件 {A}（原单 {B} 遗失 理赔已申请）催一下", {("urge", A)}),
        # named again the right way round: nothing to exchange
        (f"{A} 核重\n{B} 拦截\n更正：是{A}拦截 {B}核重 我俩写反了", {("intercept", A), ("weight", B)}),
        # a correction after an interjection; the wrong number said to be signed for
        (f"{A} 拦截 哎呀不对 是{B} 不好意思 手滑 {A}是昨天那单 已经签了", {("intercept", B)}),
        (f"{A} 催一下 哦不 是 {B} 要催 {A} 昨天就签收了", {("urge", B)}),
        (f"{A} 催一下 哦 不对 不是 这个，是 {B}", {("urge", B)}),
        # only the one named with 只 after a correction; a number said to go as sent
        (f"{A}\n{B}\n拦截\n——更正 只拦第二个", {("intercept", B)}),
        (f"取消{A}。不好意思，应该是取消{B}，{A}是要寄的", {("cancel", B)}),
        # not yet that far
        (f"{A} 仲裁\n不对 还没到仲裁那步 先理赔", {("claim", A)}),
    ],
)
def test_what_round_nine_found_before_its_writers_came_back(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_a_return_the_merchant_only_feels_is_needed_is_asked_first() -> None:
    r = parse(f"{A} 感觉要退回 宝妈说她婆婆已经买了同款")
    assert got(r) == {("intercept", A)} and r.confirm == "hedged"


ADDR2 = "上海市浦东新区张江路100号"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition the carrier checks is no threat; a fallback to a request that failed stands
        (f"{A} 如果还没派送 我们就改派到 北京市朝阳区建国路88号", {("change_address", A)}),
        (f"{A} 如果还没揽收 我们就撤单 揽收了就算了", {("cancel", A)}),
        (f"{A} 上次没拦住 不行再拦一次", {("intercept", A)}),
        (f"{A} 撤不了 那不行再拦截", {("intercept", A)}),
        # "记得拦截了哈": remember to
        (f"{A} 记得拦截了哈 客户不要了", {("intercept", A)}),
        # delivery accepted as the fallback keeps the command
        (f"{A} 拦截 拦不住的话 送过去也行", {("intercept", A)}),
        # where a command sends it, asked politely, is that command
        (f"{A} 能退到我们仓库吗 客户不要了", {("intercept", A)}),
        (f"{A} 能寄到新地址不 {ADDR2}", {("change_address", A)}),
        # spaces that part things stay: corrections said alone, the unwanted goods
        (f"{A} 这 个 拦截 啊不 撤单 还没 发", {("cancel", A)}),
        (f"{A} 拦截 不 不 不 是 催件", {("urge", A)}),
        (f"{A} 退 回 不要了 客户 说 的", {("intercept", A)}),
        (f"{A} 催件 不对 拦截 {B} 催件", {("intercept", A), ("urge", B)}),
        # the same ticket not followed, asked again
        (f"{A} 投诉工单没人理 再投诉", {("complaint", A)}),
        # the cleft: the one it names, not the number before
        (f"{A} 要退回的是 {B}", {("intercept", B)}),
        (f"{A} 不是这单要改地址 要改的是 {B} {ADDR2}", {("change_address", B)}),
    ],
)
def test_what_the_cold_review_of_round_nine_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize("text", [f"{A} 改 地 址 到 {ADDR2} 王五 13912345678 谢 谢 啦",
                                  f"{A} 改地址 {ADDR2} 王 五 收 13912345678"])
def test_an_address_changed_in_spaced_words_keeps_its_fields(text: str) -> None:
    (r,) = parse(text).requests
    assert (r.intent, r.address) == ("change_address", ADDR2) and (r.name is None or "号" not in r.name)


@pytest.mark.parametrize("text", [f"{A} 拦截吧 哦 不用退仓库去了 客户说还要", f"{A} 改地址——不改了"])
def test_a_return_taken_back_is_not_a_destination(text: str) -> None:
    r = parse(text)
    assert not any(q.intent in ("intercept", "change_address") and not q.confirm for q in r.requests)
    assert not r.requests or r.needs_human


@pytest.mark.parametrize("buyer", ["患者", "车主", "同学", "宝妈", "客户"])
def test_the_buyer_is_named_in_the_words_of_the_trade(buyer: str) -> None:
    """A pharmacy's 患者, a garage's 车主, a bookseller's 同学: what they did is told; the merchant asks the rest."""
    assert got(parse(f"{A} 快点送 {buyer}已经投诉了")) == {("urge", A), ("complaint", A)}
    assert got(parse(f"{A} 拦截退回 {buyer}说不要了")) == {("intercept", A)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "拦完了跟我说下": asked, and tell me when it is done
        (f"{A} 拦截完了跟我说下", {("intercept", A)}),
        # the parcel named and a where-question about another number on the line
        (f"{A} 拦截这单 {B} 到哪了", {("intercept", A), ("track", B)}),
        # the cleft names every number after it
        (f"要拦截的是 {A} {B} {C}", {("intercept", A), ("intercept", B), ("intercept", C)}),
        # a command written against a number belongs to the command before it, then the next
        (f"核重{A}退回{B}", {("weight", A), ("intercept", B)}),
        (f"{A} 赶紧给派到新地址 {ADDR2} 客户搬了", {("change_address", A)}),
        (f"{A} 拦截 不是，{B} 也要拦截", {("intercept", A), ("intercept", B)}),
        # the numbers named again without commands: still exchanged
        (f"{A} 拦截\n{B} 催件\n反了 {A} {B} 对调", {("urge", A), ("intercept", B)}),
        # the return taken back to the same place it was going
        (f"{A} 退回到仓库吧 哦 不用退仓库去了 客户说还要", set()),
        # lost again is a report
        (f"{A} 你们别再拖了件又丢了", {("lost", A)}),
        # the denied command said again of no number is not said of the one denied
        (f"{A} 不是要拦截这单 要拦截的是另一单", set()),
    ],
)
def test_what_the_second_cold_review_of_round_nine_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize("text", [f"{A} 新地址是{ADDR2}？ 我没让改啊", f"{A} 新地址是{ADDR2} 已经改好了",
                                  f"{A} 今天早上拦截了吧 客户不要了", f"{A} 漏液 理赔已申请 钱没到",
                                  f"{A} 快递员说明天送回来"])
def test_nothing_irreversible_is_done_on_a_word_that_only_tells(text: str) -> None:
    r = parse(text)
    assert not any(q.intent in ("intercept", "cancel", "change_address") and not q.confirm
                   for q in r.requests) or r.needs_human


def test_sent_back_in_a_hurry_is_a_return_asked_first() -> None:
    r = parse(f"{A} 赶紧给送回去 客户不要了")
    assert got(r) == {("intercept", A)} and r.confirm is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # writers bt, bu and bv (round ten): the quoted request adopted, its brackets and all
        (f"「陈主任：{EMS} 退回，{B} 留下」\n- - - - - - - - - - - - - - -\n按陈主任说的办", {("intercept", EMS)}),
        # "再不拦就转国内了": what happens if it is not done now, no withdrawal
        (f"不是不拦，是现在马上拦！{A} 海关放行了，再不拦就转国内了", {("intercept", A)}),
        # tax paid back is no return
        (f"{A} 多交的税能退吗", set()),
        # "就 B 拦": only B
        (f"引用 糖糖：{A} 拦截 {B} 拦截\n{A} 我刚打电话问了 客户要 就 {B} 拦", {("intercept", B)}),
        # labels: the words before a command name one number; labels joined by 跟
        (f"国际段 {A}，国内段 {B}，国内段改地址：{ADDR2}", {("change_address", B)}),
        (f"横幅 {A}\n易拉宝 {B}\n名片 {C}\n横幅跟易拉宝催一下 名片不急", {("urge", A), ("urge", B)}),
        # hurry, however put
        (f"{A} 派送能快一点吗？明天早上军训要穿", {("urge", A)}),
        (f"陈主任打电话来问了三遍了，{A} 麻烦今天一定派", {("urge", A)}),
        (f"{A} 赶紧给整过去 学校等着呢", {("urge", A)}),
    ],
)
def test_what_round_ten_showed(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_either_way_asked_is_confirmed_first() -> None:
    r = parse(f"{A} 拦截？还是不拦？林晓你定吧，我这边都行")
    assert got(r) == {("intercept", A)} and r.confirm is not None


def test_a_group_named_that_no_label_holds_goes_to_a_person() -> None:
    assert parse(f"二班的拦截\n一班 {A}\n三班 {B}").needs_human


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word that is part of another ("压烂截图给你们了": a screenshot of the damage)
        (f"{A} 东西压烂截图给你们了", {("damaged", A)}),
        # "还有就 B": and also B; only after what the buyer wants is 就 "only"
        (f"{A} 退回，还有就 {B} 退回", {("intercept", A), ("intercept", B)}),
        # the parcel sent back when the buyer will not pay the tax; the tax itself paid back
        (f"{A} 客户不想交税 给我退回去", {("intercept", A)}),
        (f"{A} 税款能退回吗", set()),
        # money back, a delivery that cannot be made, asked after: no hurry
        (f"{A} 退款能快一点吗", set()),
        (f"{A} 今天一定派不了吧", set()),
        (f"{A} 下单之前必须到付吗", set()),
        # a label that holds the words joined; labels that together name every number
        (f"{A} 酱油\n{B} 醋\n{C} 酱油和醋\n酱油和醋那箱拦截", {("intercept", C)}),
        (f"{A} 黑色\n{B} 白色\n黑色跟白色的拦截", {("intercept", A), ("intercept", B)}),
        # "名片不急": no hurry for that one, nothing taken back
        (f"{A} 横幅\n{B} 名片\n横幅拦截 名片不急", {("intercept", A)}),
    ],
)
def test_what_the_cold_review_of_round_ten_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize("text", [f"{A} 再不拦就签收了", f"{A} 要是再不拦 就签收了"])
def test_asked_by_what_happens_if_not_done_is_asked_first(text: str) -> None:
    r = parse(text)
    assert got(r) == {("intercept", A)} and r.confirm is not None


QUOTED_TWO = f"「王姐：{A} 拦截 {B} 拦截」\n- - - - - - - - - - - - - - -\n"


@pytest.mark.parametrize("text", [f"{A} 还是不拦？", QUOTED_TWO + "按她说的办，第二个除外",
                                  QUOTED_TWO + "按她说的办，只要第一个"])
def test_what_the_merchant_adds_or_wavers_over_goes_to_a_person(text: str) -> None:
    r = parse(text)
    assert not r.requests and r.needs_human


@pytest.mark.parametrize("text", [f"{A} 快点送 如果还不送我也要投诉了", f"{A} 快点送 如果还不送我就要投诉了"])
def test_a_threat_is_read_however_its_gate_words_fall(text: str) -> None:
    """The threat's words (也要, 就要) each open the gate of what is not asked now."""
    assert got(parse(text)) == {("urge", A)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money paid back, named after the word: no parcel turned back
        (f"刚才让拦截的 {A} 不拦了 客户同意收货 我们退他20块差价", set()),
        # "没那么急": no hurry, said of that number only
        (f"{A} 不用催 没那么急\n{B} 要催 明天用", {("urge", B)}),
        # a number named twice in the clause that lists it is singled out of "其他"
        (f"{A} {B} {C} 同一个客户的 {B} 不用拦 其他两个拦截", {("intercept", A), ("intercept", C)}),
        # a claim not wanted: the damage told after it is the reason, not a report
        (f"{A} 不用理赔了 客户说杯子就裂了一点点 不影响用", set()),
        (f"{A} 不用理赔了 登记破损就行 杯子裂了", {("damaged", A)}),
        # the return under way, waited for; the return taken back and the parcel delivered as it was to be
        (f"{A} 好的 谢谢 那就等它退回来吧", set()),
        (f"别退！{A} 别退回来，学校说要了，就送过去", set()),
        # no longer a weight check; urging that is no use; a delivery done
        (f"{A} 查件，顺便核重——算了重量不核了，就查一下到哪了", {("track", A)}),
        (f"{A} 暂时不用催，海关还没放，催了也没用。{B} 已经出关了，{B} 催一下", {("urge", B)}),
        (f"{A} 昨天让你们催的，今天送到了，买家很满意，谢谢！", set()),
        # who did it, asked; an earlier request spoken of; where a return goes, what will happen
        (f"{A} 显示退回中，是买家拒收了还是你们退的？", set()),
        (f"{A} 上次延误登记之后有人联系我们吗？", set()),
        (f"{A} 退回的话会退到哪 退到上家还是我这", set()),
        (f"{A} 这个件如果客户拒收 会自动退回吗", set()),
        (f"{A} 这个投诉处理到哪一步了", set()),
        (f"{A} 这单赔付什么时候有结果 上个月就报了", set()),
        (f"{A} 我没让你们拦", set()),
        # numbers said to have come take no chasing; a list told of number by number
        (f"{A} {B} {C} 是同一个客户的三箱，{A} {B} 到了，{C} 没到，催一下", {("urge", C)}),
        # the number meant put right after "不是这箱"; a position put right over a comma
        (f"{A} 拦截\n更正：张老师说不是这箱，是 {B}，三(2)班的", {("intercept", B)}),
        (f"第三个拦截\n{A}\n{B}\n{C}\n{D}\n不好意思数错了，是第四个", {("intercept", D)}),
        # "不用查了": the question taken back, for that number only
        (f"{A} 不用查了 买家说到了\n{B} 这个查查 到哪了", {("track", B)}),
        # it came back, told
        (f"拦截的那个 {A} 退回来了 收到了 多谢", set()),
        (f"{A} 已经拦回来了 谢谢 {B} 这个也拦截", {("intercept", B)}),
    ],
)
def test_what_round_eleven_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} 有到没", {("track", A)}),
        (f"{A} 在恁网点放两天了 卡紧派啦", {("urge", A)}),
        (f"{A} 件无去了 哪都找无", {("lost", A)}),
        (f"{A} 拦截 {B} 免拦 那个客户又要了", {("intercept", A)}),
        (f"{A} 拢总退转来", {("intercept", A)}),
        (f"{A} 昨天叫恁催的 有催没", set()),
        (f"{A} 有拦到没", set()),
        # 免 of 免费 and 阮 the surname are Mandarin
        (f"{A} 免费寄的 拦截", {("intercept", A)}),
    ],
)
def test_written_minnan_is_read_as_mandarin(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_the_bots_question_answered_under_its_quote_is_asked_again() -> None:
    """No question waits (the service settles one that does before it reads the message): what the quoted
    question asked is asked again, never carried out on the quote alone."""
    r = parse(f"「快递小助手：@糖糖 请确认：{A} 拦截退回？回复“确认”即办理」\n- - - - - - - - - - - - - - -\n确认")
    assert got(r) == {("intercept", A)} and all(q.confirm for q in r.requests) and r.confirm == "quoted_number"
    declined = parse(f"「快递小助手：@糖糖 请确认：{A} 拦截退回？回复“确认”即办理」\n不用了")
    assert not acts(declined)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # left at the door, not lost; what was asked before, asked after; a procedure asked; a claim put off
        (f"{A} 投诉 快递员把件丢在门口就走", {("complaint", A)}),
        (f"你上午讲要催的那个是 {A} 吗", set()),
        (f"{A} 理赔要什么资料", set()),
        (f"{A} 理赔 先不要 先登记破损 等客户拍照", {("damaged", A)}),
        # "没有要拦截" denies; done to the parcel whoever tells it ("客户讲被退回了")
        (f"{A} 没有要拦截 我是问有拦截过没 客户讲被退回了", set()),
        # the wrong number put right: "不是我的", and the wrong one said to have come between
        (f"单号发错了 {A} 不是我的 我的是 {B} 拦截", {("intercept", B)}),
        (f"{A} 催一下\n哦 我看错了 这单已经签收了 是 {B} 没到 催 {B}", {("urge", B)}),
        # a parcel sent again in place of one lost: the old one is told of
        (f"补发件 {B}（原单 {A} 遗失 理赔已申请）催一下", {("urge", B)}),
        (f"补寄单号 {B}（原单 {A} 丢件 已登记）麻烦催一下新单", {("urge", B)}),
        (f"原单 {A} 刻错字 拦截退回，重刻的 {B} 今天发了 麻烦催一下", {("intercept", A), ("urge", B)}),
        (f"原单 {A} 丢了 要理赔 补发单 {B} 催一下", {("claim", A), ("urge", B)}),
        (f"{A} 这单是补发的 上回那个丢了 这回别再整丢了 到哪了", {("track", A)}),
    ],
)
def test_what_round_eleven_found_next(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money or papers got back, however the word for getting them back is said
        (f"{A} 多收的运费帮我搞回来", set()),
        (f"{A} 发票帮我搞回来", set()),
        (f"{A} 帮忙退一下运费", set()),
        (f"{A} 帮忙退一下那个多扣的费用", set()),
        (f"{A} 保价费帮忙退一下", set()),
        # a return asked, and what to do once it is back; "那就截回来了": asked, its 了 a particle
        (f"{A} 拦截 退回来了给我打电话", {("intercept", A)}),
        (f"{A} 退回 退回来了别签收 放门卫", {("intercept", A)}),
        (f"{A} 那就截回来了 谢谢", {("intercept", A)}),
        (f"{A} 拦截 拦下来了没", set()),  # asked whether it was
        # no hurry denies the hurry only
        (f"{A} 拦截 不过没那么急", {("intercept", A)}),
        # a number repeated in a list is not singled out of "其他"; said to have come, guessed, is not come
        (f"{A} {B} {A} {C} {B}不用拦 其他都拦截", {("intercept", A), ("intercept", C)}),
        (f"{A} 应该到了吧\n{B} 昨天发的\n催一下", {("urge", A), ("urge", B)}),
        (f"{A} 今天必须送到了 不然客户要投诉", {("urge", A)}),
        # the new number is the command's when it is its object
        (f"{A} 这个不用管 拦截新单号 {B}", {("intercept", B)}),
        # asked back: the command stands; the merchant's own word under the bot's question
        (f"{A} 我没叫你们拦截吗？怎么还在派送", {("intercept", A)}),
        (f"「客服：@张三 请确认：{A} 拦截退回？回复“确认”即办理」\n确认撤单", {("cancel", A)}),
        # "不合适 就拦截" now; "不喜欢再退" later
        (f"{A} 客户说尺码不合适 就拦截吧", {("intercept", A)}),
        (f"{A} 客户拒收了 退 运费我出", {("intercept", A)}),
        # other things changed than the address; the number changed
        (f"{A} 帮忙改一下寄件人", set()),
        (f"{A} 拦截 号码换了 是 {B}", {("intercept", B)}),
    ],
)
def test_what_the_cold_review_of_round_eleven_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize("text", [f"{A} 不拦也行", f"{A} 不撤也可以 你们看着办"])
def test_either_way_with_nothing_asked_before_is_a_withdrawal(text: str) -> None:
    r = parse(text)
    assert not r.requests and r.needs_human


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "要不 X 算了": a suggestion, asked first; "X 算了" alone still takes back
        (f"{A} 买家好像不想要了 要不退回算了", {("intercept", A)}),
        (f"{A} 要不撤单算了？仓库说货还没配齐", {("cancel", A)}),
        (f"{A} 拦截 算了", set()),
        # where a parcel is at customs, which comes first
        (f"{A} 出海关了吗？买家问", {("track", A)}),
        (f"{A} 和 {B} 哪个先到？", {("track", A), ("track", B)}),
    ],
)
def test_what_round_eleven_found_last(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize("text", [f"{A} 买家好像不想要了 要不退回算了", f"{A} 要不撤单算了？"])
def test_a_suggestion_of_an_irreversible_action_is_confirmed_first(text: str) -> None:
    requests = parse(text).requests
    assert requests and all(q.confirm for q in requests)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an address said of a number: that number takes no other number's command
        (f"{A}退回吧 {B}地址是 赵县 石塔路 农业银行旁边 李二嫂", {("intercept", A)}),
        (f"{A} 改址 {B} 不改 {B}地址是对的", {("change_address", A)}),
        # a number put right after it was checked; the returned one received; asked in an earlier message
        (f"老汉儿写的单号是 {A} 我对了一下本子 是 {A[:-2]}81 这个退回来", {("intercept", f"{A[:-2]}81")}),
        (f"{A} 退回来的那个收到了 谢谢", set()),
        (f"{A} 这个件我昨天喊拦截 今天显示还在派送 咋回事", set()),
        # Southwestern Mandarin: 一哈, 没得, 莫管; "要不拦了嘛" suggests
        (f"{A} 崔一哈", {("urge", A)}),
        (f"{A} 拦到没得", set()),
        (f"{A} 要不拦了嘛 我再问哈客户", {("intercept", A)}),
        # northern hurry
        (f"{A} 显示派送中一上午了 赶紧的给送", {("urge", A)}),
    ],
)
def test_what_round_twelve_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_a_hedge_of_eight_in_ten_is_confirmed_first() -> None:
    r = parse(f"{A} 八成得改地址 改到 {ADDR} 客户还没最后定")
    assert got(r) == {("change_address", A)} and all(q.confirm for q in r.requests)


@pytest.mark.parametrize("text", [f"{A} 买家不在家，今天不要送了，明天再送",
                                  f"{A}地址是成都市武侯区人民南路4段1号 对吧", f"{A}地址是乡镇的 能送吗",
                                  f"{A}地址是原来的 不用改了"])
def test_no_irreversible_action_on_a_delivery_put_off_or_an_address_told(text: str) -> None:
    r = parse(text)
    assert r.needs_human or all(q.confirm for q in r.requests if q.intent in ("intercept", "cancel", "change_address"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} 中午之前让你们拦截", {("intercept", A)}),  # before a time, not asked before
        (f"{A} 退回 核对了一下 {A[:-1]}2 催件", {("intercept", A), ("urge", f"{A[:-1]}2")}),  # each its own command
        (f"{A} {A[:-1]}2 核对了一下 都拦截", {("intercept", A), ("intercept", f"{A[:-1]}2")}),
        (f"{A} 退回来的那个 在哪 赶紧退", {("intercept", A)}),
        (f"{A} 八成新 客户不要了 拦截退回", {("intercept", A)}),
    ],
)
def test_what_the_cold_review_of_round_twelve_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} 啥辰光到", {("track", A)}),
        (f"{A} 到阿里了 侬帮我看看", {("track", A)}),
        (f"{A} 拦牢了伐？", set()),  # whether it was done, asked
        (f"{A} 碎脱了，{B} 件呒没了 网点讲寻过了寻勿着", {("damaged", A), ("lost", B)}),
        (f"{A}\n{B}\n{C}\n除脱第二只 其他全部拦截", {("intercept", A), ("intercept", C)}),
        (f"{A} 掼坏脱了 快递员态度老差 投诉", {("damaged", A), ("complaint", A)}),
        # 勿 and 额 are formal Mandarin, 阿里 a company: untouched where nothing else is Wu
        (f"{A} 请勿拦截 正常派送", set()),
        (f"{A} 阿里巴巴的单 金额不对 查一下", {("track", A)}),
    ],
)
def test_written_wu_is_read_as_mandarin(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} 到哪哒", {("track", A)}),
        (f"{A} 么时候到", {("track", A)}),
        (f"{A} 拦住哒冇", set()),
        (f"{A} 拦截要收钱啵 几多钱", set()),
        (f"{A} 冇要拦截 催一下就行", {("urge", A)}),
        (f"{A} 这个冇得问题 莫管它 {B} 帮我拦下来", {("intercept", B)}),
        (f"{A} 上个礼拜拦截退回来的 今天收到哒 谢谢哒", set()),
        # 什么时候 and 怎么样 keep their 么; 么么哒 is a sound
        (f"{A} 什么时候到 怎么样了 么么哒", {("track", A)}),
    ],
)
def test_hunan_jiangxi_and_hubei_words_are_read_as_mandarin(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} 琴日叫咗撤單 搞掂未", set()),  # asked yesterday, asked after
        (f"我琴日叫咗撤單嗰張 {A} 點解仲有人嚟收", set()),
        (f"攔截咗嗰張 {A} 退返到我度未", {("track", A)}),
        (f"幫我攔{A}，同埋{B}", {("intercept", A), ("intercept", B)}),
        (f"{A} {B} {C} 第一單同第三單攔截 中間嗰單唔使", {("intercept", A), ("intercept", C)}),
        (f"{A} 改去 廣州市天河區 龍口西路12號", {("change_address", A)}),
        (f"{A} 攔截咗未", set()),
    ],
)
def test_what_round_thirteen_found_in_cantonese(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} intercept success or not?", set()),  # asked after, in English
        (f"{A}\n{B}\n上面两个拦截 {C} 催一下", {("intercept", A), ("intercept", B), ("urge", C)}),
        (f"除了 {A}，下面这几票都拦截\n{A}\n{B}\n{C}", {("intercept", B), ("intercept", C)}),
        (f"{A} 到了中转以后没动了 是不是丢了", {("lost", A)}),  # where it got to, not delivered
        (f"{A} 查下到哪了\n哦 还是直接催一下算了", {("urge", A)}),  # settled for, not given up
        (f"{A} 拦截算了", set()),
        (f"{A} 和 {B} 拦截 不是不是 是 {A} 和 {C}", {("intercept", A), ("intercept", C)}),
        (f"{A} 还拦得到吗 拦一下 运费我出", {("intercept", A)}),  # the merchant pays: not a question of fees
        (f"{A} 拦截了的话 运费怎样算", set()),
        (f"{A} 俺这个件咋样了", {("track", A)}),
        (f"{A} 理赔咋样了", set()),
    ],
)
def test_what_round_thirteen_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "acted", "asked"),
    [
        # the cold review of round thirteen: a number told of takes no other line's command
        (f"{A} customer cancel\n{B} intercept", set(), {("cancel", A), ("intercept", B)}),
        (f"{A} 运费我出吗 退回", set(), set()),  # asked who pays, not offered
        (f"{A} 一定要拦截了那张", {("intercept", A)}, {("intercept", A)}),
        (f"{A} 退回到我这", {("intercept", A)}, {("intercept", A)}),
        (f"{A} 客户没要 退回", {("intercept", A)}, {("intercept", A)}),
        (f"{A} pls intercept ok?", {("intercept", A)}, {("intercept", A)}),
        (f"客户在阿里巴巴下的单 {A} 拦截", {("intercept", A)}, {("intercept", A)}),
        (f"{A} 退货地址改一下 杭州市萧山区金城路100号", set(), set()),
        (f"{A} 客户没看到快递员", set(), set()),
        (f"{A} 快点 不拦了", set(), set()),  # the hurry is the withdrawal's
    ],
)
def test_what_the_cold_review_of_round_thirteen_found(text: str, acted: set[tuple[str, str]],
                                                        asked: set[tuple[str, str]]) -> None:
    r = parse(text)
    assert acts(r) == acted and got(r) == asked


def test_the_numbers_above_are_not_picked_by_a_command_told_of() -> None:
    r = parse(f"{A}\n{B}\n上面两个拦截不了 {C} 催一下")  # (can't be intercepted: told, not asked)
    assert not acts(r) and r.needs_human and all(w not in (A, B) for _, w in got(r))


def test_a_question_beside_a_request_still_reaches_a_person() -> None:
    r = parse(f"{A} 拦截了吗 {B} 催一下")
    assert got(r) == {("urge", B)} and r.needs_human and r.reason == "question"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Central Plains and northwestern (central.py): 木 (没), 嫑, 中不中, 额 (我), 夜个
        (f"{A} 嫑拦了 让他送", set()),
        (f"{A} 拦截 {B} 嫑拦", {("intercept", A)}),
        (f"{A} 谁给签的 俺客户说他压根木见着", {("verify_delivery", A)}),
        (f"{A} 人家退回来了 俺收着了 得劲", set()),
        (f"恁弄啥嘞 {A} 说好拦截 咋还给送到了", set()),
        # 木 of wood, 白 for nothing: Mandarin untouched
        (f"{A} 红木到了 木箱破了", {("damaged", A)}),
        # Northeastern and Jianghuai (normalize._SPOKEN_NORTH, questions): 搁哪, 哪块, 可 asking, 当中那个
        (f"{A} 这个搁哪呢", {("track", A)}),
        (f"{A} 到哪块了", {("track", A)}),
        (f"{A} 可拦下来了？", set()),
        (f"{A}\n{B}\n{C}\n都拦截 当中那个不拦", {("intercept", A), ("intercept", C)}),
        (f"{A} 前天拦截那个 今天咋又显示派送了 到底拦住没", set()),
        (f"刚才拦截那个单号打错了 是 {A} 不是 {B}", {("intercept", A)}),
        (f"差点以为 {A} 丢掉了 今天到了 没事了 谢谢", set()),
        (f"{A} 拦截要不要钱啊", set()),
        (f"{A} 破损登记的那个 有结果了没", set()),
    ],
)
def test_what_round_fourteen_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "acted", "asked"),
    [
        # the cold review of round fourteen: Mandarin 就中间, 白送了一趟, 搁哪都行, 丢掉了 untouched
        (f"{A} {B} {C} 就中间这个撤单", set(), {("cancel", B)}),
        (f"{A} 快递员白送了一趟 客户不在家 咋弄", set(), set()),
        (f"{A} 随便搁哪都行 别退回就行", set(), set()),
        (f"{A} 退回到我这了", set(), set()),  # it came back, told
        (f"{A} 取消掉催件", set(), set()),  # a withdrawal, not an urge
        (f"{A} 跟客户说好了拦截退回", {("intercept", A)}, {("intercept", A)}),  # agreed with the buyer, asked now
        (f"{A} 说好拦截 咋还给送到了", set(), set()),  # agreed before, asked after: a person
        (f"{A} 我还以为已经拦截了 结果还在派送 赶紧拦截", set(), {("intercept", A)}),
        (f"{A} 昨天 拦截那个", {("intercept", A)}, {("intercept", A)}),
        (f"{A} 拦截了的那个 退回到我这没", {("track", A)}, {("track", A)}),
        (f"{A} 件退回到我这里了 但是东西坏了", {("damaged", A)}, {("damaged", A)}),
        (f"{A} 白退了 人家又要了 恁给照常送", set(), set()),
    ],
)
def test_what_the_cold_review_of_round_fourteen_found(text: str, acted: set[tuple[str, str]],
                                                        asked: set[tuple[str, str]]) -> None:
    r = parse(text)
    assert acts(r) == acted and got(r) == asked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Beijing and Tianjin: 昨儿, 嘛 (什么), 改个地儿, 赶紧着; who did it, told
        (f"{A} 昨儿让拦的 今儿显示派送中了 到哪了", {("track", A)}),
        (f"劳驾 {A} 改个地儿 送他们单位去 北京市西城区 西直门外大街 18号 金贸大厦 前台", {("change_address", A)}),
        (f"{A} 赶紧着给送 都到站两天了", {("urge", A)}),
        (f"{A} 你们快递员说要拦截得我自己打电话？", set()),
        (f"{A} 这个是我拦截回来的 上边写的退回 可收件人是我 没错吧", set()),
        # Yunnan, Guizhou, Guangxi: 噶 asks, 得不得 (能不能), 不消, 出克, 咋个样; 可 asking whether it was done
        (f"{A} 拦住了噶", set()),
        (f"{A} 可拦住了", set()),
        (f"{A} 到了噶", {("track", A)}),
        (f"{A} 发出克了噶", {("track", A)}),
        (f"{A} 得不得拦回来喃？客户讲他退款了", {("intercept", A)}),
        (f"{A} 单子还在我这 没得人来拿 撤了算了", {("cancel", A)}),  # settled for (confirmed), not given up
        (f"{A} 改地址要加钱噶 加好多", set()),
        (f"{A} 上礼拜登记的破损 处理得咋个样了", set()),
    ],
)
def test_what_round_fifteen_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "acted"),
    [
        # the cold review of round fifteen: nothing carried out that was feared, regretted, or someone's own address
        (f"{A} 差点以为要拦截 还好客户又要了", set()),
        (f"{A} 前天 拦截那个 到底拦住没", set()),
        (f"俺这单 {A} 白退回了 客户又要了", set()),
        (f"{A} 发货地址给改一下 以后从新仓库发", set()),
        (f"{A} 早知道拦了算了 现在都签收了", set()),
        # and what is asked still is
        (f"{A} 上面写的拦截 麻烦处理下", {("intercept", A)}),
        (f"{A} 要我自己去拿吗 拦截吧", {("intercept", A)}),
    ],
)
def test_what_the_cold_review_of_round_fifteen_found(text: str, acted: set[tuple[str, str]]) -> None:
    assert acts(parse(text)) == acted


def test_a_request_of_before_asked_after_with_ne_reaches_a_person() -> None:
    r = parse(f"{A} 说好的催件呢")  # ("呢": where is what was agreed)
    assert not got(r) and r.needs_human


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hakka and Hainan (hakka.py): 𠊎, 奈位, 快兜, 做么个, 有去没, 唔爱/冇爱
        (f"{A} 到奈位了", {("track", A)}),
        (f"侬帮我看看 {A} 有去没", {("track", A)}),
        (f"{A} 快兜子送 佢等紧", {("urge", A)}),
        (f"{A} 快递员已经帮𠊎拦回来了 承蒙", set()),
        (f"{A} 冇爱撤单 爱拦截 已经揽收了", {("intercept", A)}),
        # Gansu, Ningxia, Qinghai (central.py): 阿达, 么 (没), 表 (嫑), 阿么了
        (f"{A} 到阿达了", {("track", A)}),
        (f"{A} 五天了么动静 阿么了", {("delay", A)}),
        # 什么 keeps its 么; 阿达 alone is a name
        (f"什么有 {A} 拦截", {("intercept", A)}),
        (f"阿达 {A} 拦截", {("intercept", A)}),
    ],
)
def test_what_round_sixteen_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "acted", "person"),
    [
        # the cold review of round sixteen: Mandarin 怎么个, 手表, 停住, 哪里去了 untouched; 没有必要 denies
        (f"{A} 怎么个情况 别拦了", set(), True),
        (f"{A} 手表拦截", {("intercept", A)}, False),
        (f"{A} 先停住 别派 客户过两天才在家", set(), True),
        (f"{A} 货款哪里去了", set(), True),
        (f"{A} 没有必要拦截", set(), True),
    ],
)
def test_what_the_cold_review_of_round_sixteen_found(text: str, acted: set[tuple[str, str]], person: bool) -> None:
    r = parse(text)
    assert acts(r) == acted and r.needs_human == person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Teochew (teochew.py): 欲 (want), 未 and 无 closing a question, 底块 (where), 揣无着 (cannot find), 甲我 (帮我)
        (f"{A} 碎了 欲赔", {("claim", A)}),
        (f"{A} 到底块了", {("track", A)}),
        (f"{A} 收着未", {("track", A)}),
        (f"{A} 三日无动", {("delay", A)}),
        (f"{A} 件丢了 揣无着 甲我赔", {("claim", A)}),
        (f"{A} {B}\n头个照派 尾个改地址 {ADDR}", {("change_address", B)}),
        # southern Wu (wu.py): 何物 (what), 爻 (了), 否 and 未 closing a question, 拉转来 (退回来)
        (f"{A} 到何物地方了", {("track", A)}),
        (f"{A} 该件到永康否", {("track", A)}),
        (f"{A} 三日未动爻", {("delay", A)}),
        (f"该单拉转来 {A} 货发少爻", {("intercept", A)}),
        # Mandarin: a report that the return came back, a count of what arrived, positions joined by 和 with spaces
        (f"{A} 一票五件 只到四件", {("lost", A)}),
        (f"{A}\n{B}\n{C}\n{D}\n2 和 4 拦截，其他的正常", {("intercept", B), ("intercept", D)}),
        (f"{A} 签收没", {("track", A)}),
        # the buyer who changed their mind gives the reason for the cancel, not a withdrawal
        (f"{A} 取消寄件，客户临时不要了，货还在我这里", {("cancel", A)}),
        # where the return goes is no change of the delivery address
        (f"{A} 拦截退回 退回地址改成 上海市闵行区中春路7001号 我们新仓库", {("intercept", A)}),
        # a deferral and a message called void take the request back
        (f"{A} 拦截的事情先放放", set()),
        (f"{A} 别拦 别拦 客户又要了 我刚发的消息作废", set()),
    ],
)
def test_what_round_seventeen_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "acted", "person"),
    [
        # what round seventeen's writers' first readings carried out: asked after, or asked what it costs
        (f"上次拦个许件 {A} 退转来未", set(), True),
        (f"{A} 拦截着收钱无", set(), True),
        (f"{A} 拦牢未", set(), True),
        (f"{A} 拦截要钞票否", set(), True),
        (f"{A} 退转来爻 今日收到 谢谢", set(), False),
        (f"{A} 前两天拦截退回的那个，今天怎么又显示派送中了？", set(), True),
        # 未 before a request verb is written Chinese's 没
        (f"{A} 我未要求退回", set(), True),
        (f"{A} 并未要求退回", set(), True),
        # "撤不了就算了": given up only if it cannot be done; asked first
        (f"{A} 撤单 撤不了就算了", set(), False),
        # "A 这单没问题 B 退回": A is left alone, B asked first (several numbers, one left alone)
        (f"{A} 这单没问题 {B} 退回", set(), False),
    ],
)
def test_what_round_seventeen_would_have_carried_out(text: str, acted: set[tuple[str, str]], person: bool) -> None:
    r = parse(text)
    assert acts(r) == acted and r.needs_human == person


@pytest.mark.parametrize("text", [
    f"{A} 帮我截返嚟", f"{A} 退返嚟", f"{A} 阿拉要拦截 侬帮帮忙", f"{A} 要得 拦截哒", f"{A} 俺这单拦截",
])
def test_an_irreversible_action_read_from_regional_words_is_confirmed_first(text: str) -> None:
    r = parse(text)
    assert not r.needs_human and r.confirm == "regional_words" and got(r) == {("intercept", A)} and not acts(r)


@pytest.mark.parametrize("text", [f"{A} 麻烦帮我拦截", f"唔该拦截 {A}", f"{A} 唔該 拦截"])
def test_the_same_action_in_standard_mandarin_or_with_a_courtesy_is_carried_out(text: str) -> None:
    assert acts(parse(text)) == {("intercept", A)}


@pytest.mark.parametrize(
    ("text", "acted", "person"),
    [
        # the cold review of round seventeen: a parcel come back is a complaint or a question, not a return asked
        (f"{A} 你们怎么就退回到我这了", set(), True),
        (f"{A} 客户拒收 直接退回到我这了", set(), True),
        # a hurry of an intercept asked the day before speeds nothing up: a person sees to it
        (f"{A} 昨天让你们拦截 快点", set(), True),
        (f"{A} 前两天让你们拦截 催一下", set(), True),
        # given up because it cannot be done, told so: nothing asked
        (f"{A} 既然撤不了就算了", set(), False),
        (f"{A} 网点说退不回来就算了 让客户签收吧", set(), False),
        (f"{A} 撤不了就算了", set(), False),
        # the withdrawal stands beside words that only look like a question where it is
        (f"{A} 收到没问题 别拦截了", set(), True),
        (f"{A} 不拦了 放在什么地方都行", set(), True),
        # 首个 and 头个 are places only before what is done with them
        (f"{A} {B} 首个工作日前送到 催一下", {("urge", A), ("urge", B)}, False),
        # Mandarin is no regional speech: 尚未, 并无, 是否, 能否, 好嘞, 好哒
        (f"{A} 尚未揽收 拦截", {("intercept", A)}, False),
        (f"{A} 拦截 能否", {("intercept", A)}, False),
        (f"{A} 拦截 好嘞", {("intercept", A)}, False),
        (f"{A} 好哒 拦截", {("intercept", A)}, False),
        # 弗 (不) of southern Wu denies
        (f"{A} 弗要退回", set(), True),
        # a sentence with nothing of a place in it is no new address; "不退回 地址改成 …" changes the address
        (f"{A} 地址换个吧 客户说不住那了", set(), True),
        (f"{A} 改地址 客户说不住那了", set(), True),
        (f"{A} 不退回地址改成 广州市天河区体育西路1号 张三 13800138000", set(), False),
    ],
)
def test_what_the_cold_review_of_round_seventeen_found(text: str, acted: set[tuple[str, str]], person: bool) -> None:
    r = parse(text)
    assert acts(r) == acted and r.needs_human == person


@pytest.mark.parametrize(
    ("text", "acted", "person"),
    [
        # round eighteen (cq, foreign traders in English): requests of before, told; questions of cost
        (f"the parcel {A} I cancel last week, why the courier come today pick up??", set(), True),
        (f"{A} the change address I ask this morning, done or not?", set(), True),
        (f"why you intercept {A}?? I never ask!! please deliver", set(), True),
        (f"yesterday I ask return {A}, why still delivering?", set(), True),
        (f"can I cancel after courier pick up? {A}", set(), True),
        # a return taken back in English; "no tracking" is a state, not a denial
        (f"{A} no return", set(), True),
        (f"{A} keep it, dont send back. {B} send back", set(), False),
        # English that says more than a greeting goes to a person rather than to a lookup
        (f"{A} the courier say my address wrong, he cannot find the warehouse of my forwarder", set(), True),
    ],
)
def test_what_round_eighteen_would_have_carried_out(text: str, acted: set[tuple[str, str]], person: bool) -> None:
    r = parse(text)
    assert acts(r) == acted and r.needs_human == person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} stop the parcel please", {("intercept", A)}),
        (f"{A} deliver fast please", {("urge", A)}),
        (f"{A} who sign? my forwarder no have it", {("verify_delivery", A)}),
        (f"{A} 4 days no moving", {("delay", A)}),
        (f"{A} delete this order please", {("cancel", A)}),
        (f"{A} {B} first one return, second one hurry", {("intercept", A), ("urge", B)}),
        (f"{A} return success, I receive. thank you", set()),
        (f"Good afternoon. Parcel {A} still no tracking", {("track", A)}),
        # a few words of greeting still ask where the parcel is
        (f"hello {A} tracking please", {("track", A)}),
    ],
)
def test_what_round_eighteen_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


@pytest.mark.parametrize("text", [
    # the cold review of round eighteen: English words that also say other things carry out nothing irreversible
    f"{A} please stop calling my customer, deliver tomorrow", f"{A} customer will send this back to me",
    f"{A} courier bring it back to station again? why", f"{A} return to my shop? no, deliver to customer",
])
def test_english_that_only_looks_like_a_return_is_never_carried_out(text: str) -> None:
    assert not {i for i, _ in acts(parse(text))} & {"intercept", "cancel", "change_address"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "before", "earlier", "this morning" beside a request asked now: the request as written (asked first)
        (f"{A} return before it reaches the forwarder", {("intercept", A)}),
        (f"{A} cancel it before pick up", {("cancel", A)}),
        # "leave it at the door", "keep it safe": no withdrawal; a polite request is no question; "domino" no "no"
        (f"{A} urge please, leave it at reception", {("urge", A)}),
        (f"can I ask you to return {A}?", {("intercept", A)}),
        (f"{A} domino return please", {("intercept", A)}),
    ],
)
def test_what_the_cold_review_of_round_eighteen_found(text: str, expected: set[tuple[str, str]]) -> None:
    r = parse(text)
    assert got(r) == expected and not r.needs_human


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{A} {B} first one arrived, last one return", {("intercept", B)}),
        (f"{A} when will arrive my customer", {("track", A)}),
        (f"{A} good morning sir, please give me information about this shipment", {("track", A)}),
    ],
)
def test_english_places_and_lookups_read_after_the_review(text: str, expected: set[tuple[str, str]]) -> None:
    assert got(parse(text)) == expected


def test_a_request_given_up_only_if_it_cannot_be_done_stands_and_is_asked_first() -> None:
    r = parse(f"{A} 撤单 撤不了就算了")
    assert got(r) == {("cancel", A)} and r.confirm and not r.needs_human


def test_keep_it_takes_back_the_return_of_its_own_number_only() -> None:
    assert got(parse(f"{A} keep it, dont send back. {B} send back")) == {("intercept", B)}


def test_what_should_have_been_done_is_told_not_settled_for() -> None:
    r = parse(f"{A} 早知道拦了算了 现在都签收了")
    assert got(r) == set() and r.needs_human
