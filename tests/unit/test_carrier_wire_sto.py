"""STO's LinkGateway adapter (router.carrier.wire.sto): a batch of numbers in one signed form, needRetry read as
STO means it, its XML errors understood."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import pytest

from router.carrier.model import Item, Op
from router.carrier.wire import signatures
from router.carrier.wire.base import Credentials
from router.carrier.wire.sto import Sto
from router.errors import CarrierRejectedError, CarrierRetryableError

STO = Credentials({"from_appkey": "CAKmUFmjKmOkNdwUxjlL", "from_code": "CAKmUFmjKmOkNdwUxjlL",
                   "secret": "test-secret"})


def form(body: bytes) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(body.decode()).items()}


def test_sto_tracks_a_list_in_one_signed_form() -> None:
    items = [Item(key=f"k{n}", waybill=w) for n, w in enumerate(("777031922725111", "772011975782987"))]
    call = Sto().request(Op.TRACK, items, STO, 0.0)
    f = form(call.body)
    assert call.path == "/gateway/link.do"
    assert (f["api_name"], f["to_appkey"], f["to_code"]) == ("STO_TRACE_QUERY_COMMON",) + ("sto_trace_query",) * 2
    assert json.loads(f["content"]) == {"order": "asc", "waybillNoList": ["777031922725111", "772011975782987"]}
    assert f["data_digest"] == signatures.sto(f["content"], "test-secret")
    data = {"777031922725111": [{"opTime": "2026-12-05 10:00:00", "scanType": "收件"},
                                {"opTime": "2026-12-06 09:00:00", "scanType": "派件", "memo": "派件中"}]}
    got = Sto().results(Op.TRACK, items, 200, json.dumps({"success": "true", "data": data}).encode())
    assert [(r.waybill, r.data["state"]) for r in got] == [("777031922725111", "out_for_delivery"),
                                                          ("772011975782987", "created")]
    assert Sto().batch_limit(Op.TRACK) > 1 and Sto().batch_limit(Op.INTERCEPT) == 1


def test_sto_intercepts_and_changes_an_address_at_its_reverse_center() -> None:
    change = form(Sto().request(Op.CHANGE_ADDRESS, [Item(key="k", waybill="777031922725111", params={
        "address": "浙江省杭州市西湖区文三路90号", "name": "张三", "phone": "13800000000"})], STO, 0.0).body)
    assert (change["api_name"], change["to_code"]) == ("INTERCEPT_CREATE_STANDARD", "reverse-center")
    content = json.loads(change["content"])
    assert content["interceptForAct"] == "DEFAULT" and content["receiverArea"] == "西湖区"


@pytest.mark.parametrize(("answer", "outcome"), [
    ({"success": "false", "errorCode": "S01", "errorMsg": "系统繁忙", "needRetry": "true"}, CarrierRetryableError),
    ({"success": "false", "errorCode": "B01", "errorMsg": "运单已签收", "needRetry": "false"}, "delivered"),
    ({"success": "false", "errorCode": "S02", "errorMsg": "签名校验失败", "needRetry": "false"}, CarrierRejectedError),
    ({"success": "true", "data": None}, "ok"),
])
def test_sto_reads_need_retry_and_its_words(answer: dict[str, str], outcome: object) -> None:
    items = [Item(key="k", waybill="777031922725111")]
    body = json.dumps(answer, ensure_ascii=False).encode()
    if isinstance(outcome, type):
        with pytest.raises(outcome):
            Sto().results(Op.INTERCEPT, items, 200, body)
        return
    (r,) = Sto().results(Op.INTERCEPT, items, 200, body)
    assert (r.ok, r.code) == (outcome == "ok", outcome)


def test_sto_xml_errors_are_the_gateways() -> None:
    items = [Item(key="k", waybill="777031922725111")]
    with pytest.raises(CarrierRetryableError, match="服务暂不可用"):
        Sto().results(Op.TRACK, items, 200, "<response><errorMsg>服务暂不可用</errorMsg></response>".encode())
    with pytest.raises(CarrierRejectedError, match="签名"):
        Sto().results(Op.TRACK, items, 200, "<response><errorMsg>签名错误</errorMsg></response>".encode())
