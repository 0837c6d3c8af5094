"""Outlets as tenants (issue 24): the configuration, the group bindings that say which outlet a record belongs
to, every crossing refused, and each outlet acting through its own carrier account (over HTTP, against the
carrier simulator, which accepts each key only for its own account)."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
import random
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import msgspec
import pytest

from handlers.customer_service import build, keep_network
from kefu_dev import world
from kefu_dev.carrier_sim import CarrierSim, SimAccount, SimConfig
from router.carrier.carriers import http_pool
from router.carrier.model import ParcelState
from router.chat.ingress import Ingress
from router.config import ChatGroup, LimitSettings, Settings, load_settings
from router.config.sections import NetworkSettings, OutletSettings
from router.confirm.memory import MemoryConfirmations
from router.contracts import DeadLetter, HumanReply, MerchantRequest, Reply, Ticket, decode_as, encode
from router.errors import ConfigError
from router.outlet_store import OutletStore, followed_network
from router.outlets import DEFAULT_OUTLET, CrossingError, Network
from router.source import Record
from router.tickets.follower import Follower
from router.tickets.store import open_store
from tests.carrier_kit import served
from tests.harness import fresh_settings

ENV = {"SECRET_HZ": "hz-secret", "SECRET_SH": "sh-secret"}


def write(tmp: Path, name: str, data: Any) -> str:
    p = tmp / name
    p.write_text(json.dumps(data), encoding="utf-8")
    return str(p)


def network_toml(tmp: Path, **extra: str) -> Path:
    """Two outlets; merchant m1 in Hangzhou, m2 in Shanghai, and "m9" a merchant id both outlets have."""
    hz_dir = write(tmp, "hz.json", {"m1": {"customer": world.customer(1)}, "m9": {"customer": world.customer(9)}})
    sh_dir = write(tmp, "sh.json", {"m2": {"customer": world.customer(2)}, "m9": {"customer": world.customer(19)}})
    toml = tmp / "network.toml"
    toml.write_text(f"""
[outlets.hz]
name = "杭州文三路网点"
customer = "OUTLET-HZ"
app_key = "key-hz"
secret = "env:SECRET_HZ"
directory = "{hz_dir}"
staff_groups = ["staff-hz"]
[outlets.hz.groups.g-hz-1]
merchant = "m1"
platform = "wecom"
[outlets.hz.groups.g-hz-9]
merchant = "m9"
platform = "wecom"

[outlets.sh]
customer = "OUTLET-SH"
app_key = "key-sh"
secret = "env:SECRET_SH"
directory = "{sh_dir}"
[outlets.sh.groups.g-sh-2]
merchant = "m2"
platform = "dingtalk"
[outlets.sh.groups.g-sh-9]
merchant = "m9"
platform = "dingtalk"
""" + "".join(f"\n{v}\n" for v in extra.values()), encoding="utf-8")
    return toml


def request(group: str, merchant: str, text: str, rid: str = "r1", outlet: str = "") -> MerchantRequest:
    return MerchantRequest(id=rid, merchant=merchant, group=group, sender="u1", platform="wecom", text=text,
                           received_at=datetime.now(UTC), outlet=outlet)


class RequestsSink:
    """Takes the chat ingress's records at once, keeping the requests."""

    def __init__(self, sent: list[MerchantRequest]) -> None:
        self.sent = sent

    async def enqueue(self, items: list[tuple[str, bytes | None, bytes]]) -> Any:
        self.sent.extend(decode_as(v, MerchantRequest) for _, _, v in items)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


# -- configuration ---------------------------------------------------------------------------------------------


def test_a_configuration_without_outlets_is_one_outlet_whose_groups_the_router_does_not_check(tmp_path: Path
                                                                                               ) -> None:
    directory = write(tmp_path, "d.json", {"m1": {"customer": "C1"}})
    toml = tmp_path / "k.toml"
    toml.write_text(f'[carrier]\ncustomer = "OUT-1"\n[directory]\npath = "{directory}"\n'
                    '[chat.groups.g1]\nmerchant = "m1"\nplatform = "api"\n', encoding="utf-8")
    net = Network.from_settings(load_settings(toml, env={}), env={})
    assert net.single and list(net.outlets) == [DEFAULT_OUTLET]
    assert net.outlets[DEFAULT_OUTLET].account.customer == "OUT-1"
    outlet, entry = net.resolve("any-group", "m1")  # as before outlets: the router checked no groups
    assert outlet.id == DEFAULT_OUTLET and entry is not None and entry.customer == "C1"
    assert net.check_delivery("", "m2", "g1") == "group_merchant_mismatch"  # but never to another's group
    assert net.check_delivery("", "m1", "g1") is None


def test_outlets_are_read_with_their_accounts_directories_and_groups(tmp_path: Path) -> None:
    net = Network.from_settings(load_settings(network_toml(tmp_path), env={}), env=ENV)
    assert not net.single and sorted(net.outlets) == ["hz", "sh"]
    hz = net.outlets["hz"]
    assert (hz.name, hz.account.customer, hz.account.app_key, hz.account.secret) == (
        "杭州文三路网点", "OUTLET-HZ", "key-hz", "hz-secret")
    assert "hz-secret" not in repr(hz.account) and "hz-secret" not in repr(net)
    assert set(hz.staff_groups) == {"staff-hz"} and sorted(net.bindings()) == ["g-hz-1", "g-hz-9", "g-sh-2", "g-sh-9"]
    assert net.outlet_of_group("g-sh-2") == "sh" and net.outlet_of_group("nobody") is None


def test_an_outlet_from_the_environment(tmp_path: Path) -> None:
    env = {"KEFU_OUTLETS__NB": json.dumps({"customer": "OUTLET-NB", "secret": "file:" + write(tmp_path, "s", "x"),
                                           "groups": {"g-nb": {"merchant": "m5", "platform": "api"}}})}
    s = load_settings(env=env)
    net = Network.from_settings(s, env=env)
    assert net.outlets["nb"].account.secret == '"x"' and net.outlet_of_group("g-nb") == "nb"


@pytest.mark.parametrize(
    ("extra", "env", "says"),
    [
        ({"x": '[outlets.hz.groups.g-sh-2]\nmerchant = "m1"\nplatform = "wecom"'}, ENV, "bound in outlets"),
        ({}, {"SECRET_HZ": "hz-secret"}, "SECRET_SH is not set"),
        ({"x": '[directory]\npath = "x.json"'}, ENV, "move directory.path"),
        ({"x": '[outlets.nb]\ncustomer = "N"\nsecret = "plain-secret-in-the-file"'}, ENV, "must reference the secret"),
        ({"x": '[outlets.nb]\ncustomer = "N"\nstaff_groups = ["g-hz-1"]'}, ENV, "is a merchant group"),
        ({"x": '[outlets.NB]\ncustomer = "N"'}, ENV, "outlets"),
        ({"x": '[outlets.sh.staff_groups.staff-hz]\nplatform = "wecom"'}, ENV, "is in outlets 'hz' and 'sh'"),
        ({"x": '[outlets.sh.staff_groups.st]\nplatform = "wecom"\nwebhook = "http://169.254.169.254/x"'}, ENV,
         "outlets.sh.staff_groups.st.webhook"),
        ({"x": '[chat.staff.u1]\nname = "张三"'}, ENV, "move .*chat.staff "),
        ({"x": '[outlets.sh.staff.u1]\nname = "张三"\n[outlets.sh.staff.u2]\nname = "张三"'}, ENV, "both called"),
        ({"x": '[outlets.sh.staff_groups.st]\nplatform = "api"'}, ENV, "cannot say who wrote"),
        ({"x": '[outlets.sh.staff_groups.st]\nplatform = "wecom"\nmore_robots = [{webhook = "https://qyapi.weixin.qq'
               '.com/cgi-bin/webhook/send?key=K"}]'}, ENV, "give the group's webhook first"),
        ({"x": '[outlets.sh.staff_groups.st]\nplatform = "wecom"\nwebhook = "https://qyapi.weixin.qq.com/cgi-bin/'
               'webhook/send?key=K"\nmore_robots = [{webhook = "http://169.254.169.254/x"}]'}, ENV,
         r"staff_groups.st.more_robots\[0\].webhook"),
        ({"x": '[outlets.sh.staff_groups.st]\nplatform = "wecom"\nwebhook = "https://qyapi.weixin.qq.com/cgi-bin/'
               'webhook/send?key=K"\nmore_robots = [{webhook = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send'
               '?key=K"}]'}, ENV, "listed twice"),
    ],
)
def test_a_network_configuration_that_cannot_work_says_what_to_fix(tmp_path: Path, extra: dict[str, str],
                                                                     env: Mapping[str, str], says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        Network.from_settings(load_settings(network_toml(tmp_path, **extra), env={}), env=env)


def test_staff_groups_and_staff_are_read_and_staff_posts_go_to_their_own_outlets_staff_group_only(
        tmp_path: Path) -> None:
    toml = network_toml(tmp_path, x='[outlets.sh.staff_groups.staff-sh]\nplatform = "dingtalk"\n'
                                    'webhook = "https://oapi.dingtalk.com/robot/send?access_token=t"\n'
                                    '[outlets.sh.staff.u-li]\nname = "李四"\nrole = "owner"')
    net = Network.from_settings(load_settings(toml, env={}), env=ENV)
    hz_staff = net.outlets["hz"].staff_groups
    assert set(hz_staff) == {"staff-hz"} and not hz_staff["staff-hz"].webhook  # (listed by id: no robot)
    assert net.outlets["sh"].staff["u-li"].role == "owner"
    assert net.staff_group("staff-sh") is not None and net.staff_group("g-sh-2") is None
    assert net.check_delivery("sh", "", "staff-sh") is None  # the desk's post, in its outlet
    assert net.check_delivery("hz", "", "staff-sh") == "outlet_mismatch"
    assert net.check_delivery("sh", "m2", "staff-sh") == "staff_group"  # no merchant's reply to the staff
    assert net.check_delivery("sh", "", "g-sh-2") == "not_a_staff_group"  # no staff post to a merchant
    assert "staff-sh" in net.robots() and "staff-hz" not in net.bindings()


# -- isolation -------------------------------------------------------------------------------------------------


@pytest.fixture
def net(tmp_path: Path) -> Network:
    return Network.from_settings(load_settings(network_toml(tmp_path), env={}), env=ENV)


def test_a_request_belongs_to_its_groups_outlet_and_the_merchant_is_looked_up_there(net: Network) -> None:
    hz, entry = net.resolve("g-hz-9", "m9")
    sh, entry_sh = net.resolve("g-sh-9", "m9")  # the same merchant id in two outlets: two merchants
    assert (hz.id, sh.id) == ("hz", "sh")
    assert entry is not None and entry_sh is not None and entry.customer != entry_sh.customer
    _, unknown = net.resolve("g-hz-1", "m1")
    assert unknown is not None
    assert net.resolve("g-sh-2", "m2")[1] is not None and net.outlets["hz"].directory.get("m2") is None


@pytest.mark.parametrize(
    ("group", "merchant", "claimed", "reason"),
    [
        ("g-unbound", "m1", "", "unknown_group"),
        ("g-sh-2", "m1", "", "group_merchant_mismatch"),  # m1's words posted as if from m2's group
        ("g-hz-1", "m2", "", "group_merchant_mismatch"),
        ("g-hz-1", "m9", "hz", "group_merchant_mismatch"),  # a claimed outlet changes nothing
    ],
)
def test_every_crossing_of_groups_merchants_and_outlets_is_refused(net: Network, group: str, merchant: str,
                                                                    claimed: str, reason: str) -> None:
    with pytest.raises(CrossingError) as e:
        net.resolve(group, merchant, claimed)
    assert e.value.reason == reason


def test_the_group_decides_the_outlet_whatever_the_record_names(net: Network) -> None:
    """A record naming another outlet (a gateway that had not yet seen a merchant move) is its group's: sh's m9
    writing from sh's group is sh's m9, never hz's m9, whatever the record says."""
    for claimed in ("hz", "sh", "", "default", "nowhere"):
        outlet, entry = net.resolve("g-sh-9", "m9", claimed)
        assert outlet.id == "sh" and entry == net.outlets["sh"].directory.get("m9")


@pytest.mark.parametrize(
    ("outlet", "merchant", "group", "reason"),
    [
        ("hz", "m1", "g-hz-1", None),
        ("", "m1", "g-hz-1", None),  # a record naming no outlet: its group's
        ("sh", "m1", "g-hz-1", "outlet_mismatch"),
        ("hz", "m2", "g-hz-1", "group_merchant_mismatch"),
        ("sh", "m2", "g-unbound", "unknown_group"),
        ("hz", "m9", "g-sh-9", "outlet_mismatch"),  # the same merchant id, the other outlet's group
    ],
)
def test_a_message_goes_only_to_its_merchants_group_in_its_outlet(net: Network, outlet: str, merchant: str,
                                                                  group: str, reason: str | None) -> None:
    assert net.check_delivery(outlet, merchant, group) == reason


# -- each outlet's own carrier account -----------------------------------------------------------------------


async def test_each_outlet_acts_through_its_own_carrier_account(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    """The simulator knows only the two outlets' keys, each for its own account (the plain [carrier] key is
    unknown to it): an intercept from each outlet's group succeeds only if it went out signed as that outlet."""
    sim = CarrierSim(SimConfig(app_key="not-ours", secret="-", customer="NOBODY", accounts=[
        SimAccount(customer="OUTLET-HZ", app_key="key-hz", secret="hz-secret"),
        SimAccount(customer="OUTLET-SH", app_key="key-sh", secret="sh-secret"),
    ]))
    rng = random.Random(3)
    w1, w2 = world.waybill(rng, 1, "zto"), world.waybill(rng, 2, "zto")
    for k, v in ENV.items():
        monkeypatch.setenv(k, v)
    async with served(sim) as url:
        settings = load_settings(network_toml(tmp_path), env={})
        settings = msgspec.structs.replace(settings, carrier=msgspec.structs.replace(
            settings.carrier, base_url=url, carriers=["zto"], linger_ms=1.0, item_deadline_s=20.0))
        async with http_pool(settings.carrier) as pool:
            service, carriers = build(settings, pool)
            async with anyio.create_task_group() as tg:
                await tg.start(carriers.run)
                out1 = await service.handle(request("g-hz-1", "m1", f"{w1} 拦截", "r-hz"))
                out2 = await service.handle(request("g-sh-2", "m2", f"{w2} 拦截", "r-sh"))
                with pytest.raises(CrossingError):
                    await service.handle(request("g-hz-1", "m2", f"{w2} 拦截", "r-x"))
                tg.cancel_scope.cancel()
    for out, outlet, waybill in ((out1, "hz", w1), (out2, "sh", w2)):
        tickets = [o for o in out if isinstance(o, Ticket)]
        replies = [o for o in out if isinstance(o, Reply)]
        assert [(t.waybill, t.intent, t.outlet) for t in tickets] == [(waybill, "intercept", outlet)]
        assert replies and all(r.outlet == outlet for r in replies)
        assert "拦截已提交" in replies[0].text, replies[0].text
    assert sim.stats.calls  # both went out over HTTP, each accepted only under its own key


# -- what a cold review of the first version found ------------------------------------------------------------


def network_settings(tmp_path: Path, url: str, limits: LimitSettings | None = None) -> Settings:
    settings = load_settings(network_toml(tmp_path), env={})
    return msgspec.structs.replace(settings, carrier=msgspec.structs.replace(
        settings.carrier, base_url=url, carriers=["zto"], linger_ms=1.0, item_deadline_s=20.0),
        limits=limits or settings.limits)


async def test_a_question_is_answered_only_by_its_own_merchant_in_its_own_outlet(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """m9 of Hangzhou is asked before an intercept; m9 of Shanghai (another merchant with the same id and even the
    same sender id) saying "确认" settles nothing; Hangzhou's m9 saying it acts once, through Hangzhou's account."""
    sim = CarrierSim(SimConfig(app_key="not-ours", secret="-", customer="NOBODY", accounts=[
        SimAccount(customer="OUTLET-HZ", app_key="key-hz", secret="hz-secret"),
        SimAccount(customer="OUTLET-SH", app_key="key-sh", secret="sh-secret")]))
    w = world.waybill(random.Random(4), 9, "zto")
    parcel = sim.parcel(w)
    assert parcel is not None
    parcel.state = ParcelState.IN_TRANSIT
    for k, v in ENV.items():
        monkeypatch.setenv(k, v)
    async with served(sim) as url:
        settings = network_settings(tmp_path, url)
        async with http_pool(settings.carrier) as pool:
            service, carriers = build(settings, pool, None, MemoryConfirmations())
            async with anyio.create_task_group() as tg:
                await tg.start(carriers.run)
                asked = await service.handle(request("g-hz-9", "m9", f"{w} 要不拦截吧", "q-1"))
                other = await service.handle(request("g-sh-9", "m9", "确认", "sh-yes"))
                mine = await service.handle(request("g-hz-9", "m9", "确认", "hz-yes"))
                tg.cancel_scope.cancel()
    assert "请确认" in next(o for o in asked if isinstance(o, Reply)).text
    assert not any(isinstance(o, Ticket) for o in other)
    [ticket] = [o for o in mine if isinstance(o, Ticket)]
    assert (ticket.waybill, ticket.outlet, ticket.group) == (w, "hz", "g-hz-9")
    assert sim.stats.effects["intercept"] == 1


async def test_the_same_merchant_id_in_two_outlets_has_a_rate_limit_each(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    for k, v in ENV.items():
        monkeypatch.setenv(k, v)
    settings = network_settings(tmp_path, "http://127.0.0.1:9", LimitSettings(merchant_burst=1))
    async with http_pool(settings.carrier) as pool:
        service, _carriers = build(settings, pool)
        first = await service.handle(request("g-hz-9", "m9", "你好", "a"))
        second = await service.handle(request("g-sh-9", "m9", "你好", "b"))  # another merchant: its own bucket
        third = await service.handle(request("g-hz-9", "m9", "你好", "c"))
    refused = [any(isinstance(o, Reply) and "频繁" in o.text for o in out) for out in (first, second, third)]
    assert refused == [False, False, True]


def test_a_gateway_and_a_follower_need_neither_secrets_nor_directories(tmp_path: Path) -> None:
    settings = load_settings(network_toml(tmp_path), env={})
    for f in tmp_path.glob("*.json"):
        f.unlink()  # the directories are not mounted where the gateway runs
    net = Network.from_settings(settings, env={}, accounts=False, directories=False)
    assert net.outlet_of_group("g-sh-2") == "sh"
    with pytest.raises(ConfigError):
        Network.from_settings(settings, env=ENV)  # the router needs them


def test_records_written_before_outlets_stay_valid_in_a_network(net: Network) -> None:
    assert net.resolve("g-hz-1", "m1", "default")[0].id == "hz"
    assert net.check_delivery("default", "m1", "g-hz-1") is None
    single = Network.one(groups={"g1": ChatGroup(merchant="m1", platform="api")})
    outlet, _ = single.resolve("g1", "m1", "hz")  # one outlet: whatever a record names, it is that one
    assert single.record_outlet(outlet) == ""


@pytest.mark.parametrize("secret", ["env:EMPTY", "file:EMPTYFILE"])
def test_an_empty_secret_is_refused(tmp_path: Path, secret: str) -> None:
    empty = tmp_path / "empty"
    empty.write_text("\n")
    toml = tmp_path / "o.toml"
    toml.write_text(f'[outlets.nb]\ncustomer = "N"\nsecret = "{secret.replace("EMPTYFILE", str(empty))}"\n',
                    encoding="utf-8")
    with pytest.raises(ConfigError, match=r"empty|not set"):
        Network.from_settings(load_settings(toml, env={}), env={"EMPTY": ""})
    toml.write_text('[outlets.nb]\ncustomer = "N"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="secret is empty"):
        Network.from_settings(load_settings(toml, env={}), env={})


def test_no_repr_shows_a_robots_key_or_a_secret(net: Network) -> None:
    robot = {"g-x": ChatGroup(merchant="m", platform="wecom", webhook="https://x/send?key=ROBOTKEY", secret="SECsig")}
    for o in net.outlets.values():
        shown = repr(dataclasses.replace(o, groups=robot)) + repr(Network({o.id: o}))
        assert "ROBOTKEY" not in shown and "SECsig" not in shown and o.account.secret not in shown


async def test_a_persons_answer_in_a_network_names_its_outlet(tmp_path: Path, net: Network) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 't.db'}")
    s = fresh_settings()
    try:
        follower = Follower(s, store, None, network=net)  # type: ignore[arg-type]  # no sending

        def record(h: HumanReply) -> Record:
            return Record(topic="human", partition=0, offset=1, key=b"m1", value=encode(h))

        unnamed = HumanReply(id="h1", merchant="m1", group="g-hz-1", text="已处理")
        named = msgspec.structs.replace(unnamed, id="h2", outlet="hz")
        other = msgspec.structs.replace(unnamed, id="h3", outlet="sh")
        outs = [await follower._relay(record(h), h) for h in (unnamed, named, other)]
    finally:
        await store.close()
    topics = [[t for t, _, _ in out] for out in outs]
    assert topics == [[s.topics.dlq], [s.topics.replies], [s.topics.dlq]]
    assert decode_as(outs[0][0][2], DeadLetter).reason == "outlet_missing"
    assert decode_as(outs[2][0][2], DeadLetter).reason == "outlet_mismatch"


async def test_a_networks_ingress_names_request_ids_per_outlet_and_api_ids_per_group(net: Network) -> None:
    sent: list[MerchantRequest] = []
    ingress = Ingress(fresh_settings(), net.bindings(), RequestsSink(sent), network=net)  # type: ignore[arg-type]
    await ingress._publish("wecom", "7", "g-hz-1", "u1", "拦截")
    await ingress._publish("dingtalk", "7", "g-sh-2", "u2", "拦截")
    await ingress._publish("wecom", "8", "g-hz-9", "u1", "拦截")
    assert [(r.id, r.outlet) for r in sent] == [("hz:wecom-7", "hz"), ("sh:dingtalk-7", "sh"), ("hz:wecom-8", "hz")]


# -- outlets kept in the store, taken by a running router ----------------------------------------------------


async def test_an_outlet_added_and_a_group_moved_while_the_router_runs_are_taken_within_seconds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The router starts with Hangzhou alone; Shanghai is added to the store, then m1's group moves to it: each
    is taken within network.reload_s, and from then on acts through its own account (the simulator knows each key
    for its own account only)."""
    sim = CarrierSim(SimConfig(app_key="not-ours", secret="-", customer="NOBODY", accounts=[
        SimAccount(customer="OUTLET-HZ", app_key="key-hz", secret="hz-secret"),
        SimAccount(customer="OUTLET-SH", app_key="key-sh", secret="sh-secret")]))
    rng = random.Random(8)
    waybills = [world.waybill(rng, 1, "zto") for _ in range(3)]
    for w in waybills:
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
            settings = msgspec.structs.replace(load_settings(env={}), carrier=msgspec.structs.replace(
                load_settings(env={}).carrier, base_url=url, carriers=["zto"], linger_ms=1.0, item_deadline_s=20.0),
                network=NetworkSettings(reload_s=0.05))
            async with http_pool(settings.carrier) as pool:
                version, stored = await kept.outlets()
                service, carriers = build(settings, pool, stored=stored)
                async with anyio.create_task_group() as tg:
                    await tg.start(carriers.run)
                    await tg.start(functools.partial(keep_network, settings, kept, service, carriers,
                                                     since=version))
                    first = await service.handle(request("g-1", "m1", f"{waybills[0]} 拦截", "r1"))
                    sh = OutletSettings(customer="OUTLET-SH", app_key="key-sh", secret="env:SECRET_SH",
                                        merchants={"m1": {"customer": world.customer(1)}})
                    await kept.put({"sh": sh})
                    await kept.put({"hz": msgspec.structs.replace(hz, groups={}), "sh": msgspec.structs.replace(
                        sh, groups={"g-1": ChatGroup(merchant="m1", platform="wecom")})})
                    with anyio.fail_after(5):
                        while service.network.outlet_of_group("g-1") != "sh":
                            await anyio.sleep(0.02)
                    moved = await service.handle(request("g-1", "m1", f"{waybills[1]} 拦截", "r2"))
                    tg.cancel_scope.cancel()
    finally:
        await store.close()
    tickets = [[(t.outlet, t.waybill) for t in out if isinstance(t, Ticket)] for out in (first, moved)]
    assert tickets == [[("hz", waybills[0])], [("sh", waybills[1])]]
    assert sim.stats.effects["intercept"] == 2


async def test_a_stored_network_that_does_not_validate_leaves_the_one_before(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'o.db'}")
    try:
        kept = OutletStore(store.db)
        assert await kept.version() == 0
        v1 = await kept.put({"hz": OutletSettings(customer="A", secret="env:NOT_SET_ANYWHERE")})
        version, stored = await kept.outlets()
        assert version == v1 == 1 and stored["hz"].customer == "A"
        with pytest.raises(ConfigError, match="NOT_SET_ANYWHERE is not set"):
            Network.from_settings(load_settings(env={}), env={}, stored=stored)
        v2 = await kept.put({"hz": None})
        assert v2 == 2 and (await kept.outlets())[1] == {}
    finally:
        await store.close()


async def test_a_gateway_takes_a_group_added_to_the_store_while_it_runs(tmp_path: Path) -> None:
    sent: list[MerchantRequest] = []
    store = await open_store(f"sqlite:///{tmp_path / 'g.db'}")
    try:
        kept = OutletStore(store.db)
        await kept.put({"hz": OutletSettings(customer="A", groups={"g-1": ChatGroup(merchant="m1", platform="api")})})
        settings = msgspec.structs.replace(fresh_settings(), network=NetworkSettings(reload_s=0.05))
        async with anyio.create_task_group() as tg:

            async def take(new: Network) -> None:
                ingress.use_network(new)

            network = await followed_network(settings, kept, tg, take)  # as run_gateway does
            ingress = Ingress(settings, network.bindings(), RequestsSink(sent), network=network)  # type: ignore[arg-type]
            before = await ingress._publish("api", "1", "g-2", "u", "拦截")
            await kept.put({"sh": OutletSettings(customer="B", groups={"g-2": ChatGroup(merchant="m2",
                                                                                        platform="api")})})
            with anyio.fail_after(5):
                while (after := await ingress._publish("api", "2", "g-2", "u", "拦截")).status != 200:
                    await anyio.sleep(0.02)
            tg.cancel_scope.cancel()
    finally:
        await store.close()
    assert before.status == 403 and after.status == 200
    assert [(r.id, r.outlet, r.merchant) for r in sent] == [("sh:api-3-g-2-2", "sh", "m2")]


async def test_two_writers_at_once_lose_nothing_and_never_share_a_version(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'w.db'}")
    try:
        kept = OutletStore(store.db)
        await kept.put({"hz": OutletSettings(customer="A", secret="env:A")})

        def bind(group: str) -> Any:
            def edit(stored: dict[str, OutletSettings]) -> dict[str, OutletSettings | None]:
                hz = stored["hz"]
                return {"hz": msgspec.structs.replace(hz, groups={**hz.groups, group: ChatGroup(
                    merchant=group, platform="api")})}
            return edit

        versions: list[int] = []

        async def write(group: str) -> None:
            versions.append((await kept.change(bind(group)))[0])

        async with anyio.create_task_group() as tg:
            for g in ("g-1", "g-2", "g-3"):
                tg.start_soon(write, g)
        assert sorted(versions) == [2, 3, 4]
        assert sorted((await kept.outlets())[1]["hz"].groups) == ["g-1", "g-2", "g-3"]
    finally:
        await store.close()


async def test_an_outlet_removed_or_changed_stops_using_its_old_account(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A router that started as one outlet and becomes a network, an outlet removed, and one whose account
    changed: each request acts through the account its outlet has now."""
    for k, v in ENV.items():
        monkeypatch.setenv(k, v)
    store = await open_store(f"sqlite:///{tmp_path / 'a.db'}")
    try:
        kept = OutletStore(store.db)
        settings = msgspec.structs.replace(load_settings(env={}), network=NetworkSettings(reload_s=0.02))
        async with http_pool(settings.carrier) as pool:
            service, carriers = build(settings, pool, stored={})
            assert carriers.outlets() == [""]  # one outlet, as its records name it
            async with anyio.create_task_group() as tg:
                await tg.start(carriers.run)
                await tg.start(functools.partial(keep_network, settings, kept, service, carriers, since=0))

                async def until(holds: Callable[[], bool]) -> None:
                    with anyio.fail_after(5):
                        while not holds():
                            await anyio.sleep(0.02)

                def customer(outlet: str) -> str | None:
                    return getattr(carriers.account_of(outlet), "customer", None)

                await kept.put({"hz": OutletSettings(customer="HZ-1", secret="env:SECRET_HZ")})
                await until(lambda: customer("hz") == "HZ-1")
                assert carriers.outlets() == ["hz"]  # a network now: no request falls back on the first account
                with pytest.raises(KeyError):
                    carriers.of("")
                first = carriers.of("hz")
                await kept.put({"hz": OutletSettings(customer="HZ-2", secret="env:SECRET_HZ")})
                await until(lambda: customer("hz") == "HZ-2")
                assert carriers.of("hz") is not first  # a new account: new carriers
                await kept.put({"sh": OutletSettings(customer="SH", secret="env:SECRET_SH"), "hz": None})
                await until(lambda: "hz" not in carriers.outlets())
                assert customer("sh") == "SH"
                with pytest.raises(KeyError):
                    carriers.of("hz")
                tg.cancel_scope.cancel()
    finally:
        await store.close()


def test_per_outlet_request_series_are_bounded() -> None:
    from handlers import metrics as service_metrics

    m = service_metrics.ServiceMetrics()
    for i in range(service_metrics.OUTLET_SERIES + 50):
        m.by_outlet(f"o{i}").inc()
    m.by_outlet("").inc()  # a deployment's one outlet, if it came late, counts as "other" too
    labels = {s.labels["outlet"] for metric in m.outlet_requests.collect() for s in metric.samples
              if s.name.endswith("_total")}
    assert len(labels) == service_metrics.OUTLET_SERIES + 1 and "other" in labels
    assert m.outlet_requests.labels("other")._value.get() == 51


async def test_a_new_outlets_first_message_is_not_refused_for_the_routers_next_look(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An outlet added to the store a moment before its first message: the router meets a group no outlet has,
    looks at the store at once (its next regular look is a minute away) and answers as the new outlet; a group
    bound nowhere is still refused."""
    for k, v in ENV.items():
        monkeypatch.setenv(k, v)
    store = await open_store(f"sqlite:///{tmp_path / 'a.db'}")
    try:
        kept = OutletStore(store.db)
        await kept.put({"hz": OutletSettings(customer="HZ", secret="env:SECRET_HZ", merchants={
            "m1": {"customer": world.customer(1)}}, groups={"g-hz-1": ChatGroup(merchant="m1", platform="wecom")})})
        settings = msgspec.structs.replace(load_settings(env={}), network=NetworkSettings(reload_s=60.0))
        version, stored = await kept.outlets()
        async with http_pool(settings.carrier) as pool:
            service, carriers = build(settings, pool, stored=stored)
            async with anyio.create_task_group() as tg:
                await tg.start(carriers.run)
                await tg.start(functools.partial(keep_network, settings, kept, service, carriers, since=version))
                await kept.put({"sh": OutletSettings(customer="SH", secret="env:SECRET_SH", merchants={
                    "m2": {"customer": world.customer(2)}},
                    groups={"g-sh-2": ChatGroup(merchant="m2", platform="wecom")})})
                with anyio.fail_after(5):  # well before the minute
                    out = await service.handle(request("g-sh-2", "m2", "你好", "r-sh"))
                assert all(getattr(o, "outlet", "sh") == "sh" for o in out) and out
                with pytest.raises(CrossingError) as e:
                    await service.handle(request("g-nowhere", "m2", "你好", "r-x"))
                assert e.value.reason == "unknown_group"
                tg.cancel_scope.cancel()
    finally:
        await store.close()


async def test_a_request_waiting_across_a_change_is_read_again_and_an_unknown_group_runs_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A request prepared before its outlet was removed is not acted on as that outlet when its turn comes: it is
    read in the network as it is now (here: its group is no outlet's). And a request from a group no outlet has,
    while the router can look for it in the store, runs alone for its merchant (nothing known of its parcels)
    and shares one outlet's slots with every other such request."""
    from handlers.customer_service import UNKNOWN_OUTLET

    for k, v in ENV.items():
        monkeypatch.setenv(k, v)
    settings = load_settings(network_toml(tmp_path), env={})
    async with http_pool(settings.carrier) as pool:
        service, _carriers = build(settings, pool)
        r = request("g-hz-1", "m1", "YT1234567890123 拦截", "r-1")
        prepared = service.prepare(r)
        assert service.outlet_of(r) == "hz" and prepared.lanes
        service.network = Network({"sh": service.network.outlets["sh"]})  # hz removed meanwhile
        with pytest.raises(CrossingError) as e:
            await service.handle(r, prepared)
        assert e.value.reason == "unknown_group"

        async def look(_received_at: float) -> None:
            pass

        service.look_again = look
        r2 = request("g-hz-1", "m1", "YT1234567890123 拦截", "r-2")
        assert service.prepare(r2).lanes is None and service.outlet_of(r2) == UNKNOWN_OUTLET


async def test_a_look_asked_while_another_runs_returns_only_once_that_one_has_handed_its_change_over() -> None:
    """Two backlogged messages of a new outlet's groups: the second asks while the first's look is still reading
    the store. It must not go on with the old network (and be refused) before that look has handed over."""
    from router.outlet_store import NetworkWatch

    handed: list[int] = []

    class SlowStore:
        async def version(self) -> int:
            await anyio.sleep(0.2)  # the store's round trip
            return 2

        async def outlets(self) -> tuple[int, dict[str, OutletSettings]]:
            return 2, {}

    async def on_change(_network: Network) -> None:
        handed.append(2)

    settings = msgspec.structs.replace(load_settings(env={}), network=NetworkSettings(reload_s=600.0))
    watch = NetworkWatch(settings, SlowStore(), on_change, since=1,  # type: ignore[arg-type]
                         accounts=False, directories=False)
    watch._last_look_wall = time.time() - 100  # the router's last look was long ago (it ran for a while)
    received = time.time() - 5  # both sent five seconds ago: after that look, before the one they start
    saw: dict[str, bool] = {}

    async def ask(name: str) -> None:
        await watch.look_now(received)
        saw[name] = bool(handed)

    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            tg.start_soon(ask, "first")
            await anyio.sleep(0.05)
            tg.start_soon(ask, "second")
    assert saw == {"first": True, "second": True}
