"""The people's side end to end on Kafka (issue 26): a merchant's message the bot cannot act on reaches the outlet's
staff group (待人工处理群) with its handle; a staff member answers there by handle; the answer reaches the merchant's
group @ the merchant who asked. Everything over real HTTP and real Kafka: WeCom callbacks into the chat gateway,
the router and the carrier simulator, the follower with its staff desk, and the chat simulator's robots."""

from __future__ import annotations

import json
import re
from pathlib import Path

import aiohttp
import anyio

from kefu_dev.carrier_sim import CarrierSim, SimConfig
from kefu_dev.chat_sim import ChatSim, Received
from router.config import StaffGroup, StaffMember
from router.kafka import KafkaSink, ensure_topics
from router.tickets.follower import Follower
from router.tickets.store import open_store
from tests.carrier_kit import served
from tests.integration.test_chat_gateway import AES_KEY, TOKEN, _wecom_callback, gateway
from tests.service_kit import running, settings_for


async def test_an_escalation_reaches_the_staff_group_and_the_staff_answer_reaches_the_merchant(
        tmp_path: Path) -> None:
    sim = CarrierSim(SimConfig(latency_ms=5, callback_delay_s=60))
    robots = ChatSim(per_minute=1000, window_s=1.0)
    async with served(sim) as carrier_url, served(robots, robots.app()) as chat_url:
        webhook = f"{chat_url}/cgi-bin/webhook/send?key="
        (tmp_path / "groups.json").write_text(json.dumps(
            {"wr-m1": {"merchant": "m00001", "platform": "wecom", "webhook": webhook + "key-m1"}}))
        s = settings_for(tmp_path, carrier_url, chat={
            "wecom_token": TOKEN, "wecom_aes_key": AES_KEY, "groups_path": str(tmp_path / "groups.json"),
            "window_s": 1.0, "per_minute": 1000, "linger_ms": 10.0, "startup_hold": False, "retry_base_s": 0.05,
            "staff_groups": {"wr-staff": StaffGroup(platform="wecom", webhook=webhook + "key-staff")},
            "staff": {"zhangsan": StaffMember(name="张三")}})
        await ensure_topics(s)
        store = await open_store(s.tickets.store)
        try:
            async with running(s), gateway(s) as (_, ingress), KafkaSink(s) as sink, \
                    aiohttp.ClientSession() as http, anyio.create_task_group() as tg:
                await tg.start(Follower(s, store, sink).run)

                async def say(msgid: str, chatid: str, user: str, text: str) -> None:
                    query, body = _wecom_callback(msgid, chatid, user, text)
                    async with http.post(f"{ingress}/wecom/callback", params=query, data=body) as r:
                        assert r.status == 200, await r.text()

                await say("m-1", "wr-m1", "lisi", "YT7514236985412 和 YT7514236985413 一个拦截一个催件")
                (post,) = await _messages(robots, "key-staff", 1)
                handle = re.match(r"#([0-9A-Z]{4}) 【待人工】多个单号与指令对应不清\n", post.content)
                assert handle is not None, post.content
                assert "提问人：lisi" in post.content and "原话：YT7514236985412 和 YT7514236985413" in post.content
                h = handle.group(1)
                await say("s-1", "wr-staff", "wangwu", f"#{h} 已处理")  # not the outlet's staff
                await say("s-2", "wr-staff", "zhangsan", f"#{h} 第一单已拦截，第二单已催派送员")
                answer = (await _messages(robots, "key-m1", 2))[1]
                staff_side = await _messages(robots, "key-staff", 3)
                tg.cancel_scope.cancel()
        finally:
            await store.close()
    assert (answer.content, answer.mentions) == ("@lisi 人工客服回复：第一单已拦截，第二单已催派送员", ("lisi",))
    assert [m.content for m in staff_side[1:]] == [f"@wangwu #{h} 未处理：您不是本网点登记的客服，请联系店长登记",
                                                   f"#{h} 已回复商户（张三）"]
    # the merchant's group heard the bot hand it on, then the person's answer, and nothing else
    assert [m.content.split(" ", 1)[1] for m in robots.messages if m.robot == "key-m1"] == [
        "您的消息已转人工客服处理，请稍候", "人工客服回复：第一单已拦截，第二单已催派送员"]


async def _messages(robots: ChatSim, robot: str, n: int, timeout_s: float = 30.0) -> list[Received]:
    """The first ``n`` messages ``robot`` posted, once there are as many."""
    with anyio.fail_after(timeout_s):
        while len(got := [m for m in robots.messages if m.robot == robot]) < n:
            await anyio.sleep(0.05)
    return got[:n]
