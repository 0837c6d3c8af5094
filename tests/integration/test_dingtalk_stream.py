"""DingTalk Stream mode (issue 25): the robot's messages over a connection the gateway opens, through DingTalk's
official SDK, against a Stream gateway simulator speaking its protocol (kefu_dev.dingtalk_stream_sim)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import anyio
import pytest

from kefu_dev import kafka_tools as kafkatools
from kefu_dev.dingtalk_stream_sim import TOPIC, StreamSim
from router.chat.dingtalk_stream import run_stream
from router.chat.gateway import run_gateway
from router.chat.ingress import Ingress
from router.config import ChatGroup, isolated, load_settings
from router.contracts import decode_request
from router.errors import ConfigError
from router.httpserve import served
from router.kafka import ensure_topics
from tests.harness import fresh_settings
from tests.router_contract import wait_until

APP, SECRET = "ding-stream-app", "ding-stream-secret-0123456789"


def _message(msg_id: str, cid: str, text: str, robot: str = "") -> dict[str, Any]:
    return {"msgId": msg_id, "msgtype": "text", "conversationId": cid, "conversationType": "2",
            "senderStaffId": "staff-1", "senderId": "$:LWCP_v1:$x", "robotCode": robot, "text": {"content": text}}


async def test_stream_messages_reach_kafka_once_acknowledged_after_the_broker(tmp_path: Path) -> None:
    sim = StreamSim(APP, SECRET)
    secret = tmp_path / "stream-secret"
    secret.write_text(SECRET)
    groups = {f"cid-{n}": {"merchant": f"m-{n}", "platform": "dingtalk"} for n in (1, 2)}
    (tmp_path / "groups.json").write_text(json.dumps(groups))
    async with served(sim.app()) as url:
        s = fresh_settings(chat={"dingtalk_stream_client_id": APP, "dingtalk_stream_client_secret": f"file:{secret}",
                                 "dingtalk_stream_url": f"{url}/v1.0/gateway/connections/open",
                                 "groups_path": str(tmp_path / "groups.json")},
                           tickets={"store": f"sqlite:///{tmp_path / 'tickets.db'}"})
        await ensure_topics(s)
        frames = [sim.push(_message("msg-1", "cid-1", "YT4019283746501 拦截")),
                  sim.push(_message("msg-2", "cid-2", "YT3311220099887 催一下")),
                  sim.push(_message("msg-1", "cid-1", "YT4019283746501 拦截")),  # delivered twice by DingTalk
                  sim.push(_message("msg-3", "cid-unbound", "YT5566778899001 拦截")),
                  sim.push({"msgId": "msg-4", "msgtype": "picture", "conversationId": "cid-1", "content": {}})]
        async with anyio.create_task_group() as tg:
            gateway = await tg.start(run_gateway, isolated(s, s.kafka.group_id))
            await wait_until(lambda: all(sim.acks.get(f) for f in frames), 30)
            tg.cancel_scope.cancel()
    assert sim.opens == 1 and sim.refused_opens == 0
    counted = gateway.ingress.metrics.ingress  # counted as the callbacks are
    assert [counted.labels("dingtalk", o)._value.get() for o in ("accepted", "unknown_group", "ignored")] == [3, 1, 1]
    assert all(sim.acks[f] == [200] for f in frames), dict(sim.acks)
    # (one more than expected asked for: a message of the unbound group or the picture would be read too)
    got = [decode_request(m.value or b"") for m in await kafkatools.read_topic(s.kafka.bootstrap, s.topics.requests,
                                                                                 4, timeout_s=5)]
    assert len(got) == 3, got
    assert sorted((r.group, r.text) for r in got) == sorted([("cid-1", "YT4019283746501 拦截"),
                                                             ("cid-2", "YT3311220099887 催一下"),
                                                             ("cid-1", "YT4019283746501 拦截")])
    assert len({r.id for r in got}) == 2  # the message delivered twice is one request (its id, from the msgId)
    assert {r.merchant for r in got} == {"m-1", "m-2"}  # bound by the group; the unbound group's message is not


class _FlakySink:
    """A broker that refuses the first ``fail`` records, then takes all."""

    def __init__(self, fail: int) -> None:
        self.fail = fail
        self.taken: list[tuple[str, bytes | None, bytes]] = []

    async def enqueue(self, records: Sequence[tuple[str, bytes | None, bytes]]) -> asyncio.Future[Any]:
        if self.fail:
            self.fail -= 1
            raise RuntimeError("broker unavailable")
        self.taken += list(records)
        done: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done

    async def flush(self) -> None:
        return None


def _ingress(sink: _FlakySink, robot_code: str = "") -> Ingress:
    settings = load_settings(env={"KEFU_CHAT__DINGTALK_ROBOT_CODE": robot_code})
    return Ingress(settings, {"cid-1": ChatGroup(merchant="m-1", platform="dingtalk")}, sink)


async def test_a_message_the_broker_refused_is_tried_again_then_failed_and_delivered_again() -> None:
    sim = StreamSim(APP, SECRET, redeliver_s=0.2)
    sink = _FlakySink(fail=5)  # four tries of the first delivery fail; the second delivery's second try is taken
    ingress = _ingress(sink, robot_code="our-robot")
    async with served(sim.app()) as url:
        frame = sim.push(_message("msg-9", "cid-1", "YT4019283746501 拦截", robot="our-robot"))
        other = sim.push(_message("msg-10", "cid-1", "YT4019283746501 拦截", robot="another-robot"))
        async with anyio.create_task_group() as tg:
            await tg.start(lambda **kw: run_stream(APP, SECRET, ingress.take_stream,
                                                   open_url=f"{url}/v1.0/gateway/connections/open", **kw))
            await wait_until(lambda: sim.acks.get(frame, []) == [500, 200] and bool(sim.acks.get(other)), 30)
            tg.cancel_scope.cancel()
    assert len(sink.taken) == 1  # once, after the broker came back
    assert sim.acks[other] == [200]  # another robot's: acknowledged (or DingTalk sends it for ever), never published
    counted = ingress.metrics.ingress
    assert [counted.labels("dingtalk", o)._value.get() for o in ("accepted", "other_robot", "unavailable")] == [1, 1, 5]


async def test_unreadable_frames_pings_and_a_disconnect_end_nothing() -> None:
    sim = StreamSim(APP, SECRET)
    sink = _FlakySink(fail=0)
    ingress = _ingress(sink)
    async with served(sim.app()) as url:
        sim.push_raw("[1, 2]")
        sim.push_raw('{"type": "CALLBACK", "headers": []}')
        sim.push_raw(json.dumps({"type": "CALLBACK", "headers": {"messageId": "bad-1", "topic": TOPIC},
                                 "data": "not json"}), "bad-1")
        sim.push_raw(json.dumps({"type": "CALLBACK", "headers": {"messageId": "bad-2", "topic": TOPIC, "time": None},
                                 "data": {"a": 1}}), "bad-2")
        ping = sim.system("ping")
        first = sim.push(_message("msg-20", "cid-1", "YT4019283746501 拦截"))
        sim.system("disconnect")  # DingTalk moves the connection: the client opens another
        second = sim.push(_message("msg-21", "cid-1", "YT4019283746501 催一下"))
        async with anyio.create_task_group() as tg:
            await tg.start(lambda **kw: run_stream(APP, SECRET, ingress.take_stream,
                                                   open_url=f"{url}/v1.0/gateway/connections/open", **kw))
            await wait_until(lambda: sim.acks.get(first) == [200] and sim.acks.get(second) == [200], 30)
            tg.cancel_scope.cancel()
    assert sim.opens == 2
    assert [json.loads(r[2])["text"] for r in sink.taken] == ["YT4019283746501 拦截", "YT4019283746501 催一下"]
    assert sim.acks["bad-1"] == [200] and sim.acks["bad-2"] == [200]  # acknowledged and dropped
    assert sim.system_acks[ping] == [200]


async def test_a_wrong_secret_is_refused_at_start_and_says_so() -> None:
    sim = StreamSim(APP, SECRET)
    async with served(sim.app()) as url:

        async def take(_: bytes) -> int:
            return 200

        with pytest.raises(ConfigError, match="refused"):
            await run_stream(APP, "wrong-secret-0123456789", take, open_url=f"{url}/v1.0/gateway/connections/open")
    assert sim.refused_opens == 1
