"""The people's side end to end on Kafka (issue 26): a merchant's message the bot cannot act on reaches the outlet's
staff group (待人工处理群) with its handle; a staff member answers there by handle; the answer reaches the merchant's
group @ the merchant who asked. Everything over real HTTP and real Kafka: WeCom callbacks into the chat gateway,
the router and the carrier simulator, the follower with its staff desk, and the chat simulator's robots."""

from __future__ import annotations

import re
from pathlib import Path

from tests.staff_kit import staffed_outlet


async def test_an_escalation_reaches_the_staff_group_and_the_staff_answer_reaches_the_merchant(
        tmp_path: Path) -> None:
    async with staffed_outlet(tmp_path) as o:
        await o.say("m-1", "wr-m1", "lisi", "YT7514236985412 和 YT7514236985413 一个拦截一个催件")
        (post,) = await o.messages("key-staff", 1)
        handle = re.match(r"#([0-9A-Z]{4}) 【待人工】多个单号与指令对应不清\n", post.content)
        assert handle is not None, post.content
        assert "提问人：lisi" in post.content and "原话：YT7514236985412 和 YT7514236985413" in post.content
        h = handle.group(1)
        await o.say("s-1", "wr-staff", "wangwu", f"#{h} 已处理")  # not the outlet's staff
        await o.say("s-2", "wr-staff", "zhangsan", f"#{h} 第一单已拦截，第二单已催派送员")
        answer = (await o.messages("key-m1", 2))[1]
        staff_side = await o.messages("key-staff", 3)
    assert (answer.content, answer.mentions) == ("@lisi 人工客服回复：第一单已拦截，第二单已催派送员", ("lisi",))
    assert [m.content for m in staff_side[1:]] == [f"@wangwu #{h} 未处理：您不是本网点登记的客服，请联系店长登记",
                                                   f"#{h} 已回复商户（张三）"]
    # the merchant's group heard the bot hand it on, then the person's answer, and nothing else
    assert [m.content.split(" ", 1)[1] for m in o.robots.messages if m.robot == "key-m1"] == [
        "您的消息已转人工客服处理，请稍候", "人工客服回复：第一单已拦截，第二单已催派送员"]
