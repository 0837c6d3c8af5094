"""Two outlets in one deployment, on real Kafka with the carrier simulator over HTTP (issue 24): each outlet's
requests act through its own carrier account, every record carries its outlet, the same merchant id in two
outlets is two merchants, and a record crossing groups, merchants or outlets is a dead letter and nothing else."""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import msgspec
import pytest

from kefu_dev import kafka_tools as kafkatools
from kefu_dev import world
from kefu_dev.carrier_sim import CarrierSim, SimAccount, SimConfig
from router.config import ChatGroup
from router.config.sections import OutletSettings
from router.contracts import DeadLetter, MerchantRequest, Reply, Ticket, decode_as, encode
from router.directory import Directory, MerchantEntry
from router.kafka import ensure_topics
from tests.carrier_kit import served
from tests.service_kit import running, settings_for

SECRETS = {"KEFU_TEST_HZ_SECRET": "hz-secret", "KEFU_TEST_SH_SECRET": "sh-secret"}


def outlet(tmp: Path, oid: str, customers: Mapping[str, int], groups: Mapping[str, str]) -> OutletSettings:
    path = tmp / f"{oid}.json"
    Directory({m: MerchantEntry(customer=world.customer(i)) for m, i in customers.items()}).dump(path)
    return OutletSettings(name=oid, customer=f"OUTLET-{oid.upper()}", app_key=f"key-{oid}",
                          secret=f"env:KEFU_TEST_{oid.upper()}_SECRET", directory=str(path),
                          groups={g: ChatGroup(merchant=m, platform="wecom") for g, m in groups.items()})


def req(rid: str, merchant: str, group: str, text: str, outlet: str = "") -> tuple[bytes, bytes]:
    r = MerchantRequest(id=rid, merchant=merchant, group=group, sender=f"u-{merchant}", platform="wecom", text=text,
                        received_at=datetime.now(UTC), outlet=outlet)
    return merchant.encode(), encode(r)


async def test_each_outlet_acts_as_itself_and_nothing_crosses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    for k, v in SECRETS.items():
        monkeypatch.setenv(k, v)
    # The simulator knows the two outlets' keys only, each for its own account.
    sim = CarrierSim(SimConfig(app_key="not-ours", secret="-", customer="NOBODY", latency_ms=2, accounts=[
        SimAccount(customer="OUTLET-HZ", app_key="key-hz", secret="hz-secret"),
        SimAccount(customer="OUTLET-SH", app_key="key-sh", secret="sh-secret"),
    ]))
    rng = random.Random(11)
    w1, w2 = world.waybill(rng, 1, "zto"), world.waybill(rng, 2, "zto")
    w9hz = world.waybill(rng, 9, "zto")
    async with served(sim) as url:
        s = settings_for(tmp_path, url)
        s = msgspec.structs.replace(s, directory=msgspec.structs.replace(s.directory, path=""), outlets={
            # "m9" is a merchant of both outlets: two merchants, each with its own customer account
            "hz": outlet(tmp_path, "hz", {"m1": 1, "m9": 9}, {"g-hz-1": "m1", "g-hz-9": "m9"}),
            "sh": outlet(tmp_path, "sh", {"m2": 2, "m9": 19}, {"g-sh-2": "m2", "g-sh-9": "m9"}),
        })
        await ensure_topics(s)
        records = [
            req("hz-1", "m1", "g-hz-1", f"{w1} 拦截"),
            req("sh-1", "m2", "g-sh-2", f"{w2} 拦截"),
            req("hz-9", "m9", "g-hz-9", f"{w9hz} 拦截"),
            req("sh-9", "m9", "g-sh-9", f"{w9hz} 拦截"),  # the other outlet's m9's parcel: not this merchant's
            req("x-merchant", "m2", "g-hz-1", f"{w1} 拦截"),  # m2's words as if from m1's group
            req("x-group", "m1", "g-nowhere", f"{w1} 拦截"),  # a group bound in no outlet
            # naming the other outlet, whose m9 owns the parcel: the group decides, so sh's m9 is refused the parcel
            req("x-outlet", "m9", "g-sh-9", f"{w9hz} 拦截", outlet="hz"),
        ]
        await kafkatools.produce_all(s.kafka.bootstrap, s.topics.requests, records)
        async with running(s):
            replies = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.replies, 5, 60)
            tickets = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.tickets, 3, 30)
            letters = await kafkatools.read_topic(s.kafka.bootstrap, s.topics.dlq, 2, 30)
    by_request = {r.request_id: r for r in (decode_as(m.value or b"", Reply) for m in replies)}
    assert {rid: (r.outlet, r.text) for rid, r in by_request.items()} == {
        "hz-1": ("hz", f"{w1} 拦截已提交，结果会第一时间通知您"),
        "sh-1": ("sh", f"{w2} 拦截已提交，结果会第一时间通知您"),
        "hz-9": ("hz", f"{w9hz} 拦截已提交，结果会第一时间通知您"),
        "sh-9": ("sh", f"{w9hz} 不是您账户下的运单，无法操作，请核对单号"),
        "x-outlet": ("sh", f"{w9hz} 不是您账户下的运单，无法操作，请核对单号"),
    }
    got = sorted((t.request_id, t.outlet, t.waybill) for t in (decode_as(m.value or b"", Ticket) for m in tickets))
    assert got == [("hz-1", "hz", w1), ("hz-9", "hz", w9hz), ("sh-1", "sh", w2)]
    dead = {decode_as(d.value or b"", MerchantRequest).id: d.reason
            for d in (decode_as(m.value or b"", DeadLetter) for m in letters)}
    assert dead == {"x-merchant": "group_merchant_mismatch", "x-group": "unknown_group"}
    assert sim.stats.effects["intercept"] == 3  # each outlet's own, nothing for the crossings
