"""An outlet's knowledge base, stop-ship areas and workflow rules changed in the store while the router runs: taken
within seconds (network.reload_s), without a restart, and acting from the next request on."""

from __future__ import annotations

import functools
import random
import time
from pathlib import Path

import anyio
import msgspec
import pytest

from handlers.customer_service import build, keep_network
from handlers.workflow import RECORDED
from kefu_dev import world
from kefu_dev.carrier_sim import CarrierSim, SimAccount, SimConfig
from router.areas.stop_ship import StopArea, StopShipSettings
from router.carrier.carriers import http_pool
from router.carrier.model import ParcelState
from router.config import ChatGroup, load_settings
from router.config.sections import NetworkSettings, OutletSettings
from router.contracts import Activity, Escalation, Reply
from router.knowledge.base import KnowledgeEntry, KnowledgeSettings
from router.outlet_store import OutletStore
from router.rules.model import Rule, RuleSettings
from router.tickets.store import open_store
from tests.carrier_kit import served
from tests.unit.test_outlets import ENV, request


async def test_knowledge_areas_and_rules_changed_in_the_store_act_from_the_next_request(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sim = CarrierSim(SimConfig(app_key="not-ours", secret="-", customer="NOBODY", accounts=[
        SimAccount(customer="OUTLET-HZ", app_key="key-hz", secret="hz-secret")]))
    rng = random.Random(9)
    first, second = (world.waybill(rng, 1, "zto") for _ in range(2))
    for w in (first, second):
        p = sim.parcel(w)
        assert p is not None
        p.state = ParcelState.IN_TRANSIT
    for k, v in ENV.items():
        monkeypatch.setenv(k, v)
    store = await open_store(f"sqlite:///{tmp_path / 'outlets.db'}")
    kept = OutletStore(store.db)
    hz = OutletSettings(customer="OUTLET-HZ", app_key="key-hz", secret="env:SECRET_HZ",
                        merchants={"m1": {"customer": world.customer(1)}},
                        groups={"g-1": ChatGroup(merchant="m1", platform="wecom")})
    await kept.put({"hz": hz})
    try:
        async with served(sim) as url:
            base = load_settings(env={})
            settings = msgspec.structs.replace(base, carrier=msgspec.structs.replace(
                base.carrier, base_url=url, carriers=["zto"], linger_ms=1.0), network=NetworkSettings(reload_s=0.05))
            async with http_pool(settings.carrier) as pool:
                version, stored = await kept.outlets()
                service, carriers = build(settings, pool, stored=stored)
                async with anyio.create_task_group() as tg:
                    await tg.start(carriers.run)
                    await tg.start(functools.partial(keep_network, settings, kept, service, carriers,
                                                     since=version))
                    before = [await service.handle(request("g-1", "m1", t, f"b{i}"))
                              for i, t in enumerate((f"拦截 {first}", "几点来收件啊", "停发查询 新疆"))]
                    changed_at = time.monotonic()
                    await kept.put({"hz": msgspec.structs.replace(
                        hz, knowledge=KnowledgeSettings(entries=[KnowledgeEntry(
                            id="pickup", question="几点揽收", answer="每天 10 点、16 点", patterns=["揽收 + 几点"])]),
                        stop_ship=StopShipSettings(areas=[StopArea(area="新疆", reason="暂停派送")]),
                        rules=RuleSettings(rules=[Rule(name="intercept-person", mode="record",
                                                       intents=["intercept"])]))})
                    with anyio.fail_after(5):
                        while not service.network.outlets["hz"].rules:
                            await anyio.sleep(0.01)
                    taken_s = time.monotonic() - changed_at
                    after = [await service.handle(request("g-1", "m1", t, f"a{i}"))
                             for i, t in enumerate((f"拦截 {second}", "几点来收件啊", "停发查询 新疆"))]
                    tg.cancel_scope.cancel()
    finally:
        await store.close()

    def said(out: object) -> list[str]:
        return [o.text for o in out if isinstance(o, Reply)]  # type: ignore[attr-defined]

    assert taken_s < 5.0
    assert said(before[0]) == [f"{first} 拦截已提交，结果会第一时间通知您"]
    assert said(after[0]) == [RECORDED.format(w=second)]  # (the rule: recorded, never sent)
    assert [e.reason for e in after[0] if isinstance(e, Escalation)] == ["rule_record"]
    assert sim.stats.effects["intercept"] == 1
    assert [a.rules for a in after[0] if isinstance(a, Activity)] == [["intercept-person"]]
    assert said(after[1]) == ["每天 10 点、16 点"] and said(before[1]) != said(after[1])
    assert said(after[2])[0].startswith("新疆维吾尔自治区 目前暂停派送：暂停派送")
    assert said(before[2])[0].startswith("本网点暂未登记停发地区")
