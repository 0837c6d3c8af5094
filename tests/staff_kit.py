"""An outlet with its staff group, running end to end on Kafka for the people's-side tests: the carrier and chat
simulators over HTTP, the router, the chat gateway (WeCom callbacks in) and the follower with its staff desk.
Merchant group ``wr-m1`` (merchant m00001, robot ``key-m1``), staff group ``wr-staff`` (robot ``key-staff``), staff
member ``zhangsan`` (张三)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import anyio

from kefu_dev.carrier_sim import CarrierSim, SimConfig
from kefu_dev.chat_sim import ChatSim, Received
from router.config import Settings, StaffGroup, StaffMember
from router.kafka import KafkaSink, ensure_topics
from router.tickets.follower import Follower
from router.tickets.store import TicketStore, open_store
from tests.carrier_kit import served
from tests.integration.test_chat_gateway import AES_KEY, TOKEN, _wecom_callback, gateway
from tests.service_kit import running, settings_for


@dataclass
class StaffedOutlet:
    settings: Settings
    robots: ChatSim  # every robot's messages: the merchant's group's and the staff group's
    store: TicketStore
    sink: KafkaSink
    http: aiohttp.ClientSession
    ingress: str

    async def say(self, msgid: str, chatid: str, user: str, text: str) -> None:
        """A WeCom group message, as the platform's callback to the chat gateway."""
        query, body = _wecom_callback(msgid, chatid, user, text)
        async with self.http.post(f"{self.ingress}/wecom/callback", params=query, data=body) as r:
            assert r.status == 200, await r.text()

    async def messages(self, robot: str, n: int, timeout_s: float = 30.0) -> list[Received]:
        """The first ``n`` messages ``robot`` posted, once there are as many."""
        with anyio.fail_after(timeout_s):
            while len(got := [m for m in self.robots.messages if m.robot == robot]) < n:
                await anyio.sleep(0.05)
        return got[:n]


@asynccontextmanager
async def staffed_outlet(tmp_path: Path, **sections: Any) -> AsyncIterator[StaffedOutlet]:
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
            "staff": {"zhangsan": StaffMember(name="张三")}}, **sections)
        await ensure_topics(s)
        store = await open_store(s.tickets.store)
        try:
            async with running(s), gateway(s) as (_, ingress), KafkaSink(s) as sink, \
                    aiohttp.ClientSession() as http, anyio.create_task_group() as tg:
                await tg.start(Follower(s, store, sink).run)
                yield StaffedOutlet(s, robots, store, sink, http, ingress)
                tg.cancel_scope.cancel()
        finally:
            await store.close()
