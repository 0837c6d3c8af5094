"""The chat gateway on real Kafka over real HTTP: WeCom, DingTalk and JSON messages in; replies out through the
local chat simulator, which checks the platforms' formats and rate limits.

The pacing window is compressed (20 messages per 2 s instead of per 60 s) on both sides so the rate check runs
in seconds; the code paths are the ones a 60 s window takes (tests/unit/test_chat.py checks 60 s on a fake
clock)."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import anyio

from kefu_dev import kafka_tools as kafkatools
from kefu_dev.chat_sim import ChatSim
from router.chat import dingtalk, wecom
from router.chat.gateway import Gateway, run_gateway
from router.config import Settings, isolated
from router.contracts import DeadLetter, Escalation, MerchantRequest, Reply, decode_as, encode
from router.kafka import ensure_topics
from tests.carrier_kit import served
from tests.harness import fresh_settings
from tests.integration.procs import OwnBroker

AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
TOKEN = "wecom-token"
DING_APP_SECRET = "ding-app-secret"
WINDOW_S = 2.0


def _groups(sink_url: str, n_wecom: int, n_ding: int) -> dict[str, dict[str, str]]:
    groups = {f"wr-{i}": {"merchant": f"m{i:03d}", "platform": "wecom",
                          "webhook": f"{sink_url}/cgi-bin/webhook/send?key=key-{i}"} for i in range(n_wecom)}
    groups |= {f"cid-{i}": {"merchant": f"m{100 + i:03d}", "platform": "dingtalk",
                            "webhook": f"{sink_url}/robot/send?access_token=tok-{i}", "secret": f"SEC{i}"}
               for i in range(n_ding)}
    groups["api-1"] = {"merchant": "m900", "platform": "api"}
    return groups


def _settings(tmp: Path, sink_url: str, n_wecom: int = 3, n_ding: int = 3, **sections: dict[str, Any]
              ) -> Settings:
    """Fresh topics and groups, the groups' file, the compressed window; ``sections`` override any section."""
    path = tmp / "groups.json"
    path.write_text(json.dumps(_groups(sink_url, n_wecom, n_ding)))
    chat = {"port": 0, "wecom_token": TOKEN, "wecom_aes_key": AES_KEY, "dingtalk_app_secret": DING_APP_SECRET,
            "api_token": "api-secret-0123456789", "groups_path": str(path), "window_s": WINDOW_S, "retry_base_s": 0.05,
            "retry_max_s": 0.5, "linger_ms": 50.0, **sections.pop("chat", {})}
    sections.setdefault("tickets", {"store": f"sqlite:///{tmp / 'tickets.db'}"})  # the signatures taken are kept there
    return fresh_settings(chat=chat, **sections)


def _sink(n_ding: int, **kwargs: Any) -> ChatSim:
    """The chat simulator with the compressed window, knowing the DingTalk robots' signing secrets."""
    return ChatSim(window_s=WINDOW_S, secrets={f"tok-{i}": f"SEC{i}" for i in range(n_ding)}, **kwargs)


async def _until(done: Callable[[], bool], timeout_s: float, every_s: float = 0.1) -> None:
    with anyio.fail_after(timeout_s):
        while not done():
            await anyio.sleep(every_s)


@asynccontextmanager
async def gateway(settings: Settings, port: int = 0) -> AsyncIterator[tuple[Gateway, str]]:
    """The gateway on a free port (chat.port 0 would mean no ingress, so a port is picked here)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = port or s.getsockname()[1]
    s2 = isolated(settings, settings.kafka.group_id, chat={"port": port})
    async with anyio.create_task_group() as tg:
        gw: Gateway = await tg.start(run_gateway, s2)
        yield gw, f"http://127.0.0.1:{gw.port}"
        tg.cancel_scope.cancel()


def _wecom_callback(msgid: str, chatid: str, user: str, text: str) -> tuple[dict[str, str], bytes]:
    crypto = wecom.WeComCrypto(TOKEN, AES_KEY)
    plain = json.dumps({"msgid": msgid, "aibotid": "bot1", "chatid": chatid, "chattype": "group",
                        "from": {"userid": user}, "msgtype": "text", "text": {"content": text}}, ensure_ascii=False)
    enc = crypto.encrypt(plain)
    ts, nonce = str(int(time.time())), "12345"
    return {"msg_signature": crypto.sign(ts, nonce, enc), "timestamp": ts, "nonce": nonce}, json.dumps(
        {"encrypt": enc}).encode()


def _dingtalk_callback(msg_id: str, cid: str, user: str, text: str, secret: str = DING_APP_SECRET
                       ) -> tuple[dict[str, str], bytes]:
    ts = str(int(time.time() * 1000))
    body = {"msgId": msg_id, "msgtype": "text", "conversationId": cid, "conversationType": "2",
            "senderStaffId": user, "senderId": "$:LWCP_v1:$x", "text": {"content": text}}
    return {"timestamp": ts, "sign": dingtalk.sign(ts, secret)}, json.dumps(body, ensure_ascii=False).encode()


async def test_ingress_accepts_signed_messages_after_kafka_acks_and_refuses_the_rest(tmp_path: Path) -> None:
    sink = _sink(0)
    async with served(sink, sink.app()) as sink_url:
        settings = _settings(tmp_path, sink_url)
        await ensure_topics(settings)
        async with gateway(settings) as (_gw, url), aiohttp.ClientSession() as http:
            # WeCom URL verification: the plain echostr, within the second WeCom allows
            crypto = wecom.WeComCrypto(TOKEN, AES_KEY)
            echo = crypto.encrypt("8201761313137725117")
            now = str(int(time.time()))
            q = {"msg_signature": crypto.sign(now, "2", echo), "timestamp": now, "nonce": "2", "echostr": echo}
            started = time.perf_counter()
            async with http.get(f"{url}/wecom/callback", params=q) as r:
                assert (r.status, await r.text()) == (200, "8201761313137725117")
            assert time.perf_counter() - started < 1.0
            async with http.get(f"{url}/wecom/callback", params={**q, "nonce": "3"}) as r:
                assert r.status == 401

            statuses: dict[str, int] = {}
            query, body = _wecom_callback("msg-1", "wr-0", "zhangsan", "YT7514236985412 拦截")
            async with http.post(f"{url}/wecom/callback", params=query, data=body) as r:
                statuses["wecom ok"] = r.status
            async with http.post(f"{url}/wecom/callback", params={**query, "timestamp": "9"}, data=body) as r:
                statuses["wecom bad signature"] = r.status
            query, body = _wecom_callback("msg-2", "wr-unbound", "lisi", "催件 YT7514236985413")
            async with http.post(f"{url}/wecom/callback", params=query, data=body) as r:
                statuses["wecom unknown group"] = r.status
                assert "chat.groups" in (await r.json())["error"]
            text = "改址 75706890164395 杭州市西湖区文三路90号"
            headers, body = _dingtalk_callback("ding-1", "cid-1", "staff-7", text)
            async with http.post(f"{url}/dingtalk/callback", headers=headers, data=body) as r:
                statuses["dingtalk ok"] = r.status
            forged = body.replace("文三路90号".encode(), "文三路1号".encode())  # the sign does not cover the body
            assert forged != body
            async with http.post(f"{url}/dingtalk/callback", headers=headers, data=forged) as r:
                statuses["dingtalk replayed"] = r.status
            headers, body = _dingtalk_callback("ding-2", "cid-1", "staff-7", "查件", secret="wrong")
            async with http.post(f"{url}/dingtalk/callback", headers=headers, data=body) as r:
                statuses["dingtalk bad signature"] = r.status
            msg = {"id": "ext-1", "group": "api-1", "sender": "erp", "text": "JT0001234567890 破损"}
            async with http.post(f"{url}/api/messages", json=msg,
                                 headers={"Authorization": "Bearer api-secret-0123456789"}) as r:
                statuses["api ok"] = r.status
            async with http.post(f"{url}/api/messages", json=msg, headers={"Authorization": "Bearer no"}) as r:
                statuses["api bad token"] = r.status
            async with http.post(f"{url}/api/messages", data=b"{",
                                 headers={"Authorization": "Bearer api-secret-0123456789"}
                                 ) as r:
                statuses["api bad body"] = r.status
    assert statuses == {
        "wecom ok": 200, "wecom bad signature": 401, "wecom unknown group": 403, "dingtalk ok": 200,
        "dingtalk replayed": 401, "dingtalk bad signature": 401, "api ok": 200, "api bad token": 401,
        "api bad body": 400,
    }
    records = await kafkatools.read_topic(settings.kafka.bootstrap, settings.topics.requests, 3, timeout_s=10)
    got = {decode_as(m.value or b"", MerchantRequest).id: (m.key, decode_as(m.value or b"", MerchantRequest))
           for m in records}
    assert set(got) == {"wecom-msg-1", "dingtalk-ding-1", "api-5-api-1-ext-1"}  # accepted ones only, each once
    key, req = got["wecom-msg-1"]
    assert (key, req.merchant, req.group, req.sender, req.platform, req.text) == (
        b"m000", "m000", "wr-0", "zhangsan", "wecom", "YT7514236985412 拦截")
    key, req = got["dingtalk-ding-1"]
    assert (key, req.merchant, req.group, req.sender, req.platform) == (b"m101", "m101", "cid-1", "staff-7",
                                                                        "dingtalk")


async def _produce_replies(settings: Settings, replies: list[Reply]) -> None:
    await kafkatools.produce_all(settings.kafka.bootstrap, settings.topics.replies,
                                 [(r.merchant.encode(), encode(r)) for r in replies])


def _replies(groups: dict[str, dict[str, str]], per_group: int) -> list[Reply]:
    out = []
    for g, b in groups.items():
        if b["platform"] == "api":
            continue
        for i in range(per_group):
            text = f"运单 YT75142369{i:05d} 拦截已提交，结果出来第一时间告诉您（{g} 第{i}条）"
            if i == 7:  # one reply longer than a message: it must go out in pieces
                text = "\n".join(f"运单 YT75142369{j:05d} 轨迹：已到达杭州转运中心，正在派送" for j in range(80))
            out.append(Reply(id=f"{g}-{i}:reply", request_id=f"{g}-{i}", merchant=b["merchant"], group=g,
                             platform=b["platform"], mention=[f"user-{g}"], text=text))  # type: ignore[arg-type]
    return out


def _robot_text(sink: ChatSim) -> dict[str, str]:
    """Everything each robot sent, joined (a reply split in pieces reads whole again)."""
    text: dict[str, str] = defaultdict(str)
    for m in sink.messages:
        text[m.robot] += m.content.replace("\n", "")
    return text


def _robot_of(r: Reply) -> str:
    return ("key-" if r.platform == "wecom" else "tok-") + r.group.split("-")[1]


def _line(r: Reply) -> str:
    return f"@{r.mention[0]} {r.text}".replace("\n", "")


def _delivered_in_order(sink: ChatSim, replies: list[Reply]) -> dict[str, list[str]]:
    """For each group: the reply ids found in its robot's messages, each after the one before."""
    rest = _robot_text(sink)
    found: dict[str, list[str]] = defaultdict(list)
    for r in replies:
        pos = rest[_robot_of(r)].find(_line(r))
        if pos >= 0:
            found[r.group].append(r.id)
            rest[_robot_of(r)] = rest[_robot_of(r)][pos + len(_line(r)):]
    return found


def _delivered_at_all(sink: ChatSim, replies: list[Reply]) -> set[str]:
    """Reply ids found anywhere in their robot's messages (after a restart some may come twice)."""
    text = _robot_text(sink)
    return {r.id for r in replies if _line(r) in text[_robot_of(r)]}


async def test_replies_reach_every_group_coalesced_paced_and_retried_and_nothing_is_dropped(tmp_path: Path
                                                                                        ) -> None:
    sink = _sink(3, fail_rate=0.15)
    async with served(sink, sink.app()) as sink_url:
        settings = _settings(tmp_path, sink_url)
        await ensure_topics(settings)
        groups = _groups(sink_url, 3, 3)
        replies = _replies(groups, per_group=100)
        stray = Reply(id="x:reply", request_id="x", merchant="m999", group="nobody", platform="wecom", text="hi")
        await _produce_replies(settings, [*replies[:300], stray, *replies[300:]])
        async with gateway(settings) as (gw, _url):
            await _until(lambda: gw.egress.delivered >= len(replies), 90)
            await anyio.sleep(1.5)  # one more commit round
    found = _delivered_in_order(sink, replies)
    for g in (g for g, b in groups.items() if b["platform"] != "api"):
        assert found[g] == [r.id for r in replies if r.group == g], g  # all of them, in order
    assert sink.stats.violations == 0  # never over 20 per window per robot
    assert sink.stats.failed_on_purpose > 0  # the retries were exercised
    assert all(len(m.content.encode()) <= 2048 for m in sink.messages)
    assert len(sink.messages) < len(replies) / 3  # coalesced: many replies per message
    assert not sink.stats.rejected.get("format") and not sink.stats.rejected.get("mention")
    assert not sink.stats.rejected.get("sign")
    dead = [decode_as(m.value or b"", DeadLetter) for m in await kafkatools.read_topic(
        settings.kafka.bootstrap, settings.topics.dlq, 1, timeout_s=10)]
    assert [d.reason for d in dead] == ["no_robot"]
    committed = await kafkatools.committed_offsets(settings.kafka.bootstrap, settings.chat.group_id,
                                                   settings.topics.replies)
    ends = await kafkatools.end_offsets(settings.kafka.bootstrap, settings.topics.replies)
    assert {p: committed.get(p, 0) for p, e in ends.items() if e} == {p: e for p, e in ends.items() if e}


async def test_a_restarted_gateway_delivers_what_the_stopped_one_had_not(tmp_path: Path) -> None:
    sink = _sink(2)
    async with served(sink, sink.app()) as sink_url:
        settings = _settings(tmp_path, sink_url, n_wecom=2, n_ding=2)
        await ensure_topics(settings)
        groups = _groups(sink_url, 2, 2)
        replies = _replies(groups, per_group=150)
        await _produce_replies(settings, replies)
        async with gateway(settings) as (gw, _url):
            await _until(lambda: gw.egress.delivered >= 8, 30, 0.05)
        first = len(sink.messages)
        ids = {r.id for r in replies}
        doubts: set[str] = set()
        async with gateway(settings):
            # (a reply the first gateway was sending when it stopped may have reached its group or not: it is handed
            # to a person, never sent twice, and counts as answered)
            with anyio.move_on_after(90):
                for turn in range(10**6):
                    if turn % 8 == 7:
                        doubts = await _in_doubt(settings)
                    if _delivered_at_all(sink, replies) | doubts >= ids:
                        break
                    await anyio.sleep(0.3)
        doubts = await _in_doubt(settings)
    assert 0 < first < len(sink.messages)
    found = _delivered_at_all(sink, replies)
    assert found | doubts == ids, f"{len(ids - found - doubts)} replies neither delivered nor handed to a person"
    assert sink.stats.violations == 0


async def _in_doubt(settings: Settings) -> set[str]:
    """The ids of the replies a stopped gateway handed to a person, not knowing whether it had sent them."""
    records = await kafkatools.read_topic(settings.kafka.bootstrap, settings.topics.human, 10**9, timeout_s=1.0)
    tasks = [decode_as(m.value or b"", Escalation) for m in records]
    return {t.detail["reply_id"] for t in tasks if t.reason == "reply_in_doubt"}


async def test_the_gateway_rides_out_a_broker_restart_and_delivers_everything(tmp_path: Path) -> None:
    broker = OwnBroker(tmp_path / "broker").start()
    try:
        sink = _sink(2)
        async with served(sink, sink.app()) as sink_url:
            settings = _settings(tmp_path, sink_url, n_wecom=2, n_ding=2, kafka=broker.kafka,
                                 topics={"partitions": 4})
            await ensure_topics(settings)
            replies = _replies(_groups(sink_url, 2, 2), per_group=120)
            half = len(replies) // 2
            await _produce_replies(settings, replies[:half])
            async with gateway(settings) as (gw, _url):
                await _until(lambda: gw.egress.delivered >= 20, 60)
                await anyio.to_thread.run_sync(broker.stop)  # SIGTERM; its log stays on disk
                await anyio.sleep(3)
                await anyio.to_thread.run_sync(broker.start)
                await _produce_replies(settings, replies[half:])
                await _until(lambda: len(_delivered_at_all(sink, replies)) == len(replies), 120, 0.3)
        assert _delivered_at_all(sink, replies) == {r.id for r in replies}
        assert sink.stats.violations == 0
    finally:
        broker.stop()


async def test_two_gateways_share_the_replies_and_a_rebalance_never_breaks_a_robots_rate(tmp_path: Path) -> None:
    sink = _sink(3)
    async with served(sink, sink.app()) as sink_url:
        # 3 partitions: the six merchants' keys land on all of them, so either member owns some groups whichever
        # assignor splits them
        settings = _settings(tmp_path, sink_url, topics={"partitions": 3})
        await ensure_topics(settings)
        replies = _replies(_groups(sink_url, 3, 3), per_group=150)
        half = len(replies) // 2
        await _produce_replies(settings, replies[:half])
        async with gateway(settings) as (first, _url):
            await _until(lambda: first.egress.delivered >= 15, 30, 0.05)
            async with gateway(settings) as (second, _url2):  # joins: partitions, and robots, move to it
                await _until(lambda: bool(second.egress._assigned_at), 30, 0.05)
                await _produce_replies(settings, replies[half:])
                await _until(lambda: len(_delivered_at_all(sink, replies)) == len(replies), 120, 0.3)
                moved = second.egress.delivered
    assert _delivered_at_all(sink, replies) == {r.id for r in replies}
    assert moved > 0  # the second gateway did send for some robots
    assert sink.stats.violations == 0
