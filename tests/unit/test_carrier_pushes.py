"""The carriers' pushes (router.carrier.wire.pushes, router.carrier.callbacks) against the simulator's, which are
written apart (kefu_dev.carrier_pushes): every carrier's scan read as the kind it is, its answer the one the
carrier counts as delivered; a push not signed with the outlet's credentials refused; a signed one not in the
carrier's format a 400; over HTTP, an intercept asked on each real protocol comes back as that carrier's push and
is published as a scan of the outlet whose URL it came to."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from typing import Any, Final
from urllib.parse import parse_qs, urlencode

import anyio
import msgspec
import pytest
from aiohttp import ClientSession

from kefu_dev import carrier_pushes
from kefu_dev.carrier_open import credentials
from kefu_dev.carrier_pushes import Push
from kefu_dev.carrier_sim import CarrierSim, SimAccount, SimConfig
from router.carrier.callbacks import CallbackReceiver
from router.carrier.model import CarrierEvent, Item, Op, ParcelState
from router.carrier.wire import pushes, signatures
from router.carrier.wire.base import Credentials
from router.carrier.wire.setup import Pools, open_clients
from router.config import isolated, load_settings
from tests.carrier_kit import served
from tests.unit.test_console import Recorded

ME = SimAccount(customer="OUTLET-001", app_key="kefu-router-test", secret="sim-secret")
OTHER = SimAccount(customer="OUTLET-002", app_key="other-outlet", secret="other-secret")
NUMBERS: Final = {"zto": "75123456789012", "yto": "YT7514236985412", "sto": "773012345678901",
                  "sf": "SF1234567890123", "jt": "JT0012345678901", "ems": "1100000000000"}
# what each platform's reader makes of the simulator's scans: no ZTO scan decides (its status query does),
# kuaidi100 has no state for a change of address, and only kuaidi100's word for a delivery cannot also be a
# returned parcel signed for by its sender
KINDS: Final = {
    "returned": {"zto": "other", "kuaidi100": "returned"}, "redirected": {"zto": "other", "kuaidi100": "other"},
    "delivered": {"kuaidi100": "delivered"}, "transit": {}}
DEFAULT: Final = {"returned": "returned", "redirected": "redirected", "delivered": "other", "transit": "other"}


def made(platform: str, account: SimAccount, what: str, at: float, carrier: str = "zto") -> Push:
    creds = credentials(platform, account)
    if platform == "kuaidi100":
        return carrier_pushes.kuaidi100(creds, NUMBERS[carrier], what, at, 7, carrier)
    return carrier_pushes.PUSHES[platform](creds, NUMBERS[platform], what, at, 7)


def query_of(p: Push) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(p.query).items()}


def read(platform: str, p: Push, account: SimAccount = ME) -> list[pushes.Scan]:
    return pushes.read(platform, p.headers, query_of(p), p.body, credentials(platform, account))


@pytest.mark.parametrize("platform", [*carrier_pushes.PUSHES, "kuaidi100"])
@pytest.mark.parametrize("what", list(KINDS))
def test_each_carriers_scan_is_read_as_what_it_says(platform: str, what: str) -> None:
    at = time.time()
    (scan,) = read(platform, made(platform, ME, what, at))
    assert scan.kind == KINDS[what].get(platform, DEFAULT[what])
    assert (scan.carrier, scan.waybill) == ("zto" if platform == "kuaidi100" else platform,
                                            NUMBERS["zto" if platform == "kuaidi100" else platform])
    assert abs(scan.at - int(at)) <= 1  # (the carriers' time of day, read back in China's time)
    assert scan.id.startswith(platform) and scan.code


@pytest.mark.parametrize("platform", [*carrier_pushes.PUSHES, "kuaidi100"])
def test_the_answers_are_what_each_carrier_counts_as_delivered_and_not(platform: str) -> None:
    yes, no = pushes.ack(platform, True), pushes.ack(platform, False, "验签失败")
    assert carrier_pushes.acked(platform, 200, yes.body)
    assert not carrier_pushes.acked(platform, 200, no.body)


def tampered(p: Push) -> Push:
    if p.query:  # (SF signs nothing: the outlet's URL carries its token)
        return Push(p.body, p.content_type, p.headers, p.query[:-1] + ("0" if p.query[-1] != "0" else "1"))
    sealed = p.body.find(b"|$4|")  # EMS seals its scans, and signs nothing else (serialNo may say anything)
    if sealed >= 0:  # (one character of the sealed part changed: a block that no longer decrypts)
        at = sealed + 12
        body = p.body[:at] + (b"B" if p.body[at:at + 1] == b"A" else b"A") + p.body[at + 1:]
    else:
        body = p.body.replace(b"7", b"8", 1) if b"7" in p.body else p.body + b"x"
    return Push(body, p.content_type, p.headers, p.query)


@pytest.mark.parametrize("platform", [*carrier_pushes.PUSHES, "kuaidi100"])
@pytest.mark.parametrize("how", ["another account's", "tampered"])
def test_a_push_not_signed_with_the_outlets_credentials_is_refused(platform: str, how: str) -> None:
    p = made(platform, OTHER if how == "another account's" else ME, "returned", time.time())
    with pytest.raises(pushes.PushRefused):  # (checked before anything is read)
        read(platform, tampered(p) if how == "tampered" else p)


def test_jt_fields_are_read_from_the_headers_or_else_the_form() -> None:
    p = made("jt", ME, "returned", time.time())
    fields = {k: v[0] for k, v in parse_qs(p.body.decode()).items()}
    as_form = urlencode({**fields, **p.headers}).encode()  # (every field in the form, none in the headers)
    (scan,) = pushes.read("jt", {}, {}, as_form, credentials("jt", ME))
    assert scan.kind == "returned"


def test_a_credential_a_carriers_pushes_need_is_named_when_missing() -> None:
    p = made("sf", ME, "delivered", time.time())
    creds = Credentials({k: v for k, v in credentials("sf", ME).values.items() if k != "push_token"})
    with pytest.raises(pushes.PushRefused, match="push_token"):
        pushes.read("sf", p.headers, query_of(p), p.body, creds)


def signed_form(fields: dict[str, str]) -> bytes:
    return urlencode(fields).encode()


@pytest.mark.parametrize("payload", ["not json", "[]", '{"billCode": ""}', "[1, 2]"])
def test_a_signed_zto_push_not_in_its_format_is_unreadable(payload: str) -> None:
    secret = credentials("zto", ME)["secret"]
    body = signed_form({"data": payload, "data_digest": signatures.md5_base64(payload + secret)})
    with pytest.raises(pushes.PushUnreadable):
        pushes.read("zto", {}, {}, body, credentials("zto", ME))


def test_a_yto_push_with_a_document_type_is_not_parsed() -> None:
    xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><UpdateInfo><mailNo>&a;</mailNo></UpdateInfo>'
    body = signed_form({"logistics_interface": xml,
                               "data_digest": signatures.md5_base64(xml + credentials("yto", ME)["secret"])})
    with pytest.raises(pushes.PushUnreadable, match="document type"):
        pushes.read("yto", {}, {}, body, credentials("yto", ME))


def test_the_carriers_time_of_day_is_read_in_chinas_time_and_anything_else_is_no_time() -> None:
    assert pushes.carrier_time("2026-12-06 08:00:00") == pushes.carrier_time(1796515200000)  # 00:00 UTC
    odd: object
    for odd in ("yesterday", "²", "1" * 400, 10**400, float("nan"), float("inf"), 1e400, True, None, [], "0"):
        assert pushes.carrier_time(odd) == 0.0, odd


# signed pushes of odd shapes: each a PushUnreadable (400), never another exception (a 500, pushed forever)
ODD_SF: Final = [b'{"Body": []}', b'{"Body": "x"}', b'{"Body": null}', b"[]", b'{"Body": {"WaybillRoute": [1]}}',
                 b'{"Body": {"WaybillRoute": [{"mailno": "SF1", "acceptTime": 1e400}]}}', b"null", b'"\\ud800"',
                 b"\xff\xfe{"]


@pytest.mark.parametrize("body", ODD_SF)
def test_an_odd_sf_push_is_unreadable_or_read_never_a_crash(body: bytes) -> None:
    creds = credentials("sf", ME)
    try:
        scans = pushes.read("sf", {}, {"token": creds["push_token"]}, body, creds)
    except pushes.PushUnreadable:
        return
    assert all(s.at == 0.0 for s in scans)  # (1e400 is no time)


@pytest.mark.parametrize("data", [
    '[{"billCode": "75123456", "actionTime": "²"}]', '[{"billCode": "75123456"}, 7, {"billCode": "75\\ud800"}]',
    '{"billCode": "75123456", "action": "SIGNED", "actionTime": 1e400}'])
def test_an_odd_zto_push_is_read_as_far_as_it_can_be(data: str) -> None:
    body = signed_form({"data": data, "data_digest": signatures.md5_base64(data + credentials("zto", ME)["secret"])})
    (scan,) = pushes.read("zto", {}, {}, body, credentials("zto", ME))
    assert scan.waybill == "75123456" and scan.at == 0.0


# -- over HTTP ------------------------------------------------------------------------------------------------------

Lookup = Callable[[str, str], Credentials | None]


def lookup(outlets: dict[str, SimAccount]) -> Lookup:
    def find(outlet: str, platform: str) -> Credentials | None:
        account = outlets.get(outlet)
        return credentials(platform, account) if account is not None else None
    return find


class Broken(Recorded):
    async def enqueue(self, records: Sequence[tuple[str, bytes | None, bytes]]) -> asyncio.Future[Any]:
        raise ConnectionError("broker away")


async def test_a_push_is_published_as_the_outlets_scan_and_answered_in_the_carriers_words() -> None:
    s = isolated(load_settings(env={}), "")
    sink = Recorded()
    receiver = CallbackReceiver(s, sink, lookup({"hz": ME}))
    async with served(CarrierSim(), receiver.app()) as url, ClientSession() as http:
        answers = []
        for platform, what, outlet in (("kuaidi100", "delivered", "hz"), ("sf", "returned", "hz"),
                                       ("yto", "transit", "hz"), ("zto", "returned", "sh"),
                                       ("jt", "returned", "hz")):
            p = made(platform, ME if platform != "jt" else OTHER, what, time.time())  # (J&T: another's)
            async with http.post(f"{url}/callbacks/{platform}/{outlet}" + (f"?{p.query}" if p.query else ""),
                                 data=p.body, headers={"Content-Type": p.content_type, **p.headers}) as r:
                answers.append((r.status, carrier_pushes.acked(platform, r.status, await r.read())))
        broken = CallbackReceiver(s, Broken(), lookup({"hz": ME}))
        async with served(CarrierSim(), broken.app()) as url2:
            p = made("kuaidi100", ME, "delivered", time.time())
            async with http.post(f"{url2}/callbacks/kuaidi100/hz", data=p.body,
                                 headers={"Content-Type": p.content_type}) as r:
                answers.append((r.status, carrier_pushes.acked("kuaidi100", r.status, await r.read())))
        for odd in (b'{"Body": []}', b'{"Body": {"WaybillRoute": [{"mailno": "SF1234567\\ud800", "opCode": "80"}]}}'):
            async with http.post(f"{url}/callbacks/sf/hz?token={credentials('sf', ME)['push_token']}",
                                 data=odd) as r:
                answers.append((r.status, carrier_pushes.acked("sf", r.status, await r.read())))
    events = [msgspec.json.decode(v, type=CarrierEvent) for _, _, v in sink.records]
    assert answers == [(200, True), (200, True), (200, True), (404, False), (401, False), (503, False),
                       (400, False), (400, False)]
    assert [(e.carrier, e.event, e.op, e.key, e.outlet) for e in events] == [
        ("zto", "delivered", "scan", "", "hz"), ("sf", "returned", "scan", "", "hz")]  # (in transit: dropped)
    assert (receiver.scans, receiver.dropped, receiver.refused) == (2, 1, 4)


async def test_the_generic_protocols_door_takes_no_scan() -> None:
    from router.carrier.signing import signer_for
    s = isolated(load_settings(env={}), "")
    sink = Recorded()
    receiver = CallbackReceiver(s, sink)
    forged = msgspec.json.encode(CarrierEvent(id="e1", carrier="zto", waybill=NUMBERS["zto"], key="", op="scan",
                                              event="returned", at=time.time(), outlet="hz"))
    headers = signer_for("zto", s.carrier.app_key, s.carrier.secret).sign(forged, "callback")
    async with served(CarrierSim(), receiver.app()) as url, ClientSession() as http, \
            http.post(f"{url}/callbacks/zto", data=forged, headers=headers) as r:
        status = r.status
    assert status == 400 and not sink.records


@pytest.mark.parametrize(("platform", "carrier", "op", "fails", "kind"), [
    ("zto", "zto", Op.INTERCEPT, True, ""), ("yto", "yto", Op.INTERCEPT, False, "returned"),
    ("sto", "sto", Op.CHANGE_ADDRESS, False, "redirected"), ("sf", "sf", Op.INTERCEPT, False, "returned"),
    ("jt", "jt", Op.CHANGE_ADDRESS, False, "redirected"), ("kuaidi100", "yto", Op.INTERCEPT, True, "delivered")])
async def test_an_effect_asked_on_a_real_protocol_comes_back_as_the_carriers_push(
        platform: str, carrier: str, op: Op, fails: bool, kind: str) -> None:
    s = isolated(load_settings(env={}), "")
    sink = Recorded()
    receiver = CallbackReceiver(s, sink, lookup({"": ME}))
    async with served(CarrierSim(), receiver.app()) as cb:
        sim = CarrierSim(SimConfig(app_key=ME.app_key, secret=ME.secret, customer=ME.customer,
                                   callback_delay_s=0.05, intercept_fail_rate=1.0,
                                   push_url=cb + "/callbacks/{carrier}"))
        number = NUMBERS[carrier]
        sim.put_parcel(number, carrier, ME.customer,
                       ParcelState.OUT_FOR_DELIVERY if fails else ParcelState.IN_TRANSIT)
        async with served(sim) as url:
            settings = isolated(load_settings(env={}), "", carrier={
                "base_url": url, "protocol": "open_platform", "carriers": [carrier],
                "via": {carrier: "kuaidi100"} if platform == "kuaidi100" else {}})
            pools = Pools(2)
            try:
                (client,) = open_clients(settings.carrier, pools, {platform: credentials(platform, ME)}).values()
                params = {"address": "浙江省杭州市西湖区文三路90号", "name": "张三", "phone": "13800000000"}
                (r,) = await client.call(op, [Item(key="K1", waybill=number,
                                                   params=params if op is Op.CHANGE_ADDRESS else {})])
                for _ in range(100):
                    if sim.stats.pushes_sent or sim.stats.pushes_failed:
                        break
                    await anyio.sleep(0.02)
            finally:
                pools.close()
    events = [msgspec.json.decode(v, type=CarrierEvent) for _, _, v in sink.records]
    assert r.ok, r
    assert dict(sim.stats.pushes_sent) == {platform: 1} and sim.stats.pushes_failed == 0
    assert [(e.carrier, e.waybill, e.event, e.outlet) for e in events] == ([(carrier, number, kind, "")] if kind
                                                                           else [])  # (ZTO's: asked for instead)
