"""A merchant's question in the service: answered from the outlet's knowledge base, its stop-ship areas asked by
"停发查询" or in words, a question neither answers handed to a person, chit-chat left alone, a command never read
as a question; and a change of address into a stopped area refused before any carrier is asked."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import msgspec

from handlers.answers import OPEN, UNPLACED
from handlers.customer_service import CustomerService
from kefu_dev.carrier_sim import CarrierSim
from router.areas.stop_ship import StopArea, StopShipSettings
from router.carrier.model import ParcelState
from router.contracts import Activity, Output
from router.knowledge.base import KnowledgeEntry, KnowledgeSettings
from router.outlets import DEFAULT_OUTLET, Network, policy
from router.rules.model import RuleSettings
from tests.unit.test_service import DIRECTORY, parcel, request, service, split

KNOWLEDGE = KnowledgeSettings(entries=[
    KnowledgeEntry(id="pickup", question="每天几点来揽收", answer="揽收时间：{揽收时间}",
                   patterns=["揽收 + 几点|什么时候"]),
    KnowledgeEntry(id="fee", question="拦截收费吗", answer="拦截 3 元一单", patterns=["拦截 + 收费|多少钱|钱"]),
    KnowledgeEntry(id="cutoff", question="几点截单", answer="截单时间 17:30", patterns=["截单"]),
], vars={"揽收时间": "每天 10 点、16 点"})
STOPS = StopShipSettings(areas=[StopArea(area="新疆", reason="疫情管控，暂停派送", until="2099-12-31")])


def with_policy(svc: CustomerService) -> None:
    only = svc.network.outlets[DEFAULT_OUTLET]
    knowledge, stops, _ = policy(KNOWLEDGE, STOPS, RuleSettings(), "")
    network = Network.one(directory=DIRECTORY)
    network.outlets[DEFAULT_OUTLET] = dataclasses.replace(only, knowledge=knowledge, stops=stops)
    svc.network = network


def activity(outputs: Sequence[Output]) -> tuple[list[str], str]:
    (a,) = [o for o in outputs if isinstance(o, Activity)]
    return list(a.intents), a.outcome


async def test_questions_are_answered_from_the_outlet_and_what_it_cannot_answer_goes_to_a_person() -> None:
    sim = CarrierSim()
    w = parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim) as (svc, _):
        with_policy(svc)
        asked = {t: list(await svc.handle(request(t, rid=f"q{i}"))) for i, t in enumerate((
            "老板 你们几点来收件啊", "拦截要收钱不", "停发查询 新疆乌鲁木齐市天山区", "停发查询 杭州市西湖区",
            "停发查询 文三路", "西藏那边能发吗", "你们网点招不招打包工啊", "好的谢谢", f"{w} 拦截收费吗",
            "刚才那单帮我拦截一下，顺便问下截单几点", "从杭州发新疆能发吗"))}
    replies = {t: [r.text for r in split(o)[0]] for t, o in asked.items()}
    assert replies["老板 你们几点来收件啊"] == ["揽收时间：每天 10 点、16 点"]
    assert activity(asked["老板 你们几点来收件啊"]) == (["knowledge"], "answered")
    assert replies["拦截要收钱不"] == ["拦截 3 元一单"]
    assert replies["停发查询 新疆乌鲁木齐市天山区"] == [
        "新疆维吾尔自治区乌鲁木齐市天山区 目前暂停派送：疫情管控，暂停派送（预计至 12 月 31 日），请暂缓发往该地区"]
    assert replies["停发查询 杭州市西湖区"] == [OPEN.format(place="浙江省杭州市西湖区")]
    assert replies["停发查询 文三路"] == [UNPLACED]
    assert replies["西藏那边能发吗"] == [OPEN.format(place="西藏自治区")]
    assert activity(asked["西藏那边能发吗"]) == (["stop_ship_query"], "answered")
    people = split(asked["你们网点招不招打包工啊"])[2]
    assert [e.reason for e in people] == ["question"] and activity(asked["你们网点招不招打包工啊"])[1] == "to_human"
    assert asked["好的谢谢"] == [o for o in asked["好的谢谢"] if isinstance(o, Activity)]  # (no reply, no person)
    assert replies[f"{w} 拦截收费吗"] and "拦截 3 元一单" not in replies[f"{w} 拦截收费吗"]  # (a waybill: a command)
    # a command with no waybill that also asks: the answer, and the command to a person as before
    (said,) = replies["刚才那单帮我拦截一下，顺便问下截单几点"]
    assert said.startswith("截单时间 17:30\n") and said != "截单时间 17:30"
    assert [e.reason for e in split(asked["刚才那单帮我拦截一下，顺便问下截单几点"])[2]] == ["command_without_waybill"]
    assert replies["从杭州发新疆能发吗"] == [OPEN.format(place="浙江省杭州市") + "\n新疆维吾尔自治区 目前暂停派送："
                                           "疫情管控，暂停派送（预计至 12 月 31 日），请暂缓发往该地区"]
    counted = {s.labels["answered_by"]: s.value for m in svc.metrics.registry.collect() for s in m.samples
               if m.name == "kefu_knowledge_questions" and s.name.endswith("_total")}
    assert counted == {"knowledge": 3.0, "stop_ship": 5.0, "person": 1.0}


async def test_a_change_of_address_into_a_stopped_area_is_refused_before_any_carrier_is_asked() -> None:
    sim = CarrierSim()
    far, near = parcel(sim, 1, ParcelState.IN_TRANSIT), parcel(sim, 1, ParcelState.IN_TRANSIT)
    async with service(sim) as (svc, transports):
        with_policy(svc)
        refused = split(list(await svc.handle(request(
            f"改址 {far} 新疆维吾尔自治区乌鲁木齐市天山区解放北路1号 张三 13800000000", rid="a1"))))
        done = split(list(await svc.handle(request(
            f"改址 {near} 浙江省杭州市西湖区文三路90号 张三 13800000000", rid="a2"))))
    assert [r.text for r in refused[0]] == [
        f"{far} 新地址（新疆维吾尔自治区乌鲁木齐市天山区）疫情管控，暂停派送，无法改址，请更换地址；如需帮助请回复"]
    assert not refused[1] and not refused[2]  # (no ticket, no person: the merchant chooses another address)
    assert len(done[1]) == 1
    changed = [w for op, items in transports["zto"].calls if op.value == "change_address" for w in items]
    assert changed == [near]


def test_an_outlets_knowledge_and_stop_ship_areas_come_from_its_settings_and_are_checked() -> None:
    from router.config import load_settings
    from router.errors import ConfigError

    s = load_settings(env={})
    bad = msgspec.structs.replace(s, stop_ship=StopShipSettings(areas=[StopArea(area="西湖区")]))
    try:
        Network.from_settings(bad)
    except ConfigError as e:
        assert "stop_ship.areas[0].area = '西湖区' names no province" in str(e)
    else:
        raise AssertionError("an area several places share was taken")
    good = msgspec.structs.replace(s, knowledge=KNOWLEDGE, stop_ship=STOPS)
    outlet = Network.from_settings(good).outlets["default"]
    assert len(outlet.knowledge) == 3 and len(outlet.stops.stops) == 1
    gateway = Network.from_settings(good, accounts=False, directories=False)  # (gateways: no knowledge or areas)
    assert gateway.outlets["default"].stops.stops == []


def test_with_outlets_a_knowledge_base_or_areas_outside_them_is_refused() -> None:
    from router.config import load_settings
    from router.config.loading import outlet_problems
    from router.config.sections import OutletSettings

    s = msgspec.structs.replace(load_settings(env={}), outlets={"hz": OutletSettings(customer="C1", secret="env:X")},
                                knowledge=KNOWLEDGE)
    assert any("move [knowledge], [stop_ship] and [rules] into outlets" in p for p in outlet_problems(s))
