"""kuaidi100's adapter (router.carrier.wire.kuaidi100): speaking for a carrier through the aggregator, its query
and interceptOrder signed as its demos sign them, its state codes and failures read."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import pytest

from router.carrier.model import Item, Op
from router.carrier.wire import signatures
from router.carrier.wire.base import Credentials
from router.carrier.wire.kuaidi100 import Kuaidi100

K100 = Credentials({"customer": "TESTCUSTOMER", "key": "testkey", "secret": "testsecret"})


def form(body: bytes) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(body.decode()).items()}


def test_a_query_is_signed_with_key_and_customer_and_names_the_carrier_its_way() -> None:
    call = Kuaidi100("yunda").request(Op.TRACK, [Item(key="k", waybill="312006166679665")], K100, 0.0)
    f = form(call.body)
    assert call.path == "/poll/query.do" and json.loads(f["param"]) == {"com": "yunda", "num": "312006166679665"}
    assert f["sign"] == signatures.kuaidi100_query(f["param"], "testkey", "TESTCUSTOMER")


def test_an_intercept_order_is_signed_with_its_time_and_secret() -> None:
    item = Item(key="k", waybill="73100130019486", params={"address": "浙江省杭州市西湖区文三路90号", "name": "张三",
                                                           "phone": "13800000000"})
    f = form(Kuaidi100("zto").request(Op.CHANGE_ADDRESS, [item], K100, 1_700_000_000.0).body)
    param = json.loads(f["param"])
    assert (f["method"], f["t"]) == ("interceptOrder", "1700000000000")
    assert param["kuaidicom"] == "zhongtong" and param["interceptType"] == "MODIFY_ADDR"
    assert param["recManInfo"]["printAddr"] == "浙江省杭州市西湖区文三路90号"
    assert f["sign"] == signatures.kuaidi100_method(f["param"], f["t"], "testkey", "testsecret")
    back = json.loads(form(Kuaidi100("zto").request(Op.INTERCEPT, [Item(key="k", waybill="7310")], K100, 0.0)
                           .body)["param"])
    assert back["interceptType"] == "RETURN_SEND_ADDR"


@pytest.mark.parametrize(("answer", "expected"), [
    ({"message": "ok", "state": "5", "data": [{"context": "派件中", "time": "2026-12-06 09:00:00"}],
      "result": True, "returnCode": "200"}, (True, "out_for_delivery")),
    ({"message": "ok", "state": "3", "data": [{"context": "已签收"}]}, (True, "delivered")),
    ({"message": "ok", "state": "0", "data": []}, (True, "created")),
    ({"result": False, "returnCode": "500", "message": "查询无结果，请隔段时间再查"}, (False, None)),
])
def test_track_answers(answer: dict[str, object], expected: tuple[bool, str | None]) -> None:
    (r,) = Kuaidi100("yto").results(Op.TRACK, [Item(key="k", waybill="YT1")], 200,
                                    json.dumps(answer, ensure_ascii=False).encode())
    assert (r.ok, r.data.get("state")) == expected


def test_it_speaks_only_for_carriers_it_covers() -> None:
    with pytest.raises(ValueError, match="ups"):
        Kuaidi100("ups")
    assert not Kuaidi100("jd").supports(Op.CANCEL) and Kuaidi100("jd").batch_limit(Op.TRACK) == 1


@pytest.mark.parametrize(("answer", "expected"), [
    ({"result": True, "returnCode": "200", "message": "提交成功"}, (True, "ok")),
    ({"returnCode": "200"}, (True, "ok")),
    ({}, (False, "unreadable")),
    ({"success": False, "code": 30002, "message": "签名错误"}, (False, "unreadable")),
    ({"result": False, "returnCode": "500", "message": "该单号已签收"}, (False, "delivered")),
])
def test_only_an_explicit_success_of_an_intercept_is_one(answer: dict[str, object],
                                                        expected: tuple[bool, str]) -> None:
    (r,) = Kuaidi100("yunda").results(Op.INTERCEPT, [Item(key="k", waybill="312006166679665")], 200,
                                      json.dumps(answer, ensure_ascii=False).encode())
    assert (r.ok, r.code) == expected
