"""Outlets as tenants (issue 24): the configuration, the group bindings that say which outlet a record belongs
to, every crossing refused, and each outlet acting through its own carrier account (over HTTP, against the
carrier simulator, which accepts each key only for its own account)."""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import msgspec
import pytest

from handlers.customer_service import build
from kefu_dev import world
from kefu_dev.carrier_sim import CarrierSim, SimAccount, SimConfig
from router.carrier.carriers import http_pool
from router.config import load_settings
from router.contracts import MerchantRequest, Reply, Ticket
from router.errors import ConfigError
from router.outlets import DEFAULT_OUTLET, CrossingError, Network
from tests.carrier_kit import served

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
    assert hz.staff_groups == {"staff-hz"} and sorted(net.bindings()) == ["g-hz-1", "g-hz-9", "g-sh-2", "g-sh-9"]
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
    ],
)
def test_a_network_configuration_that_cannot_work_says_what_to_fix(tmp_path: Path, extra: dict[str, str],
                                                                     env: Mapping[str, str], says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        Network.from_settings(load_settings(network_toml(tmp_path, **extra), env={}), env=env)


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
        ("g-hz-1", "m1", "sh", "outlet_mismatch"),  # the record names another outlet than its group's
    ],
)
def test_every_crossing_of_groups_merchants_and_outlets_is_refused(net: Network, group: str, merchant: str,
                                                                    claimed: str, reason: str) -> None:
    with pytest.raises(CrossingError) as e:
        net.resolve(group, merchant, claimed)
    assert e.value.reason == reason


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
