"""The carriers' protocol adapters (router.carrier.wire): each request as the carrier's SDKs build it (path,
envelope, fields, a signature that checks), and each answer, in the shapes ../shared/CARRIERS.md records, read
into one result per item: the parcel's state, a refusal the merchant is told in words, or an error for the call
that no retry mends (a signature or a permission the carrier refuses)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

import pytest

from router.carrier.model import Item, Op
from router.carrier.wire import signatures
from router.carrier.wire.address import Address, split
from router.carrier.wire.base import Credentials
from router.carrier.wire.ems import Ems
from router.carrier.wire.jt import Jt
from router.carrier.wire.sf import Sf
from router.carrier.wire.yto import Yto
from router.carrier.wire.zto import Zto
from router.errors import CarrierRejectedError, CarrierRetryableError

NOW = 1_765_000_000.0  # 2025-12-06 05:46:40 UTC
NEW_ADDRESS = {"address": "浙江省杭州市西湖区文三路90号", "name": "张三", "phone": "13800000000"}


def item(waybill: str, key: str = "k1", **params: str) -> Item:
    return Item(key=key, waybill=waybill, params=params)


def form(body: bytes) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}


def answer(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode()


# -- addresses ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "parts"), [
    ("浙江省杭州市西湖区文三路90号", ("浙江省", "杭州市", "西湖区", "文三路90号")),
    ("江苏省 苏州市 昆山市 前进路5号", ("江苏省", "苏州市", "昆山市", "前进路5号")),
    ("上海市浦东新区世纪大道100号", ("上海市", "上海市", "浦东新区", "世纪大道100号")),
    ("北京朝阳区建国路1号", ("北京市", "北京市", "朝阳区", "建国路1号")),
    ("广西壮族自治区南宁市青秀区民族大道1号", ("广西壮族自治区", "南宁市", "青秀区", "民族大道1号")),
    ("湖北省恩施土家族苗族自治州恩施市舞阳大道1号", ("湖北省", "恩施土家族苗族自治州", "恩施市", "舞阳大道1号")),
])
def test_an_address_is_split_as_carriers_take_it(text: str, parts: tuple[str, str, str, str]) -> None:
    assert split(text) == Address(*parts)


@pytest.mark.parametrize("text", ["杭州市西湖区文三路90号", "广东省深圳市南山区", "文三路90号", ""])
def test_an_address_without_its_province_or_street_is_not_guessed(text: str) -> None:
    assert split(text) is None


# -- ZTO ----------------------------------------------------------------------------------------------------------

ZTO = Credentials({"app_key": "kfpttestCode", "secret": "kfpttestkey=="})


def test_zto_signs_the_json_body_in_its_headers() -> None:
    call = Zto().request(Op.TRACK, [item("73100130019486", phone_last4="1234")], ZTO, NOW)
    assert call.path == "/zto.merchant.waybill.track.query"
    assert json.loads(call.body) == {"billCode": "73100130019486", "mobilePhone": "1234"}
    assert call.headers["x-companyid"] == "kfpttestCode"
    assert call.headers["x-datadigest"] == signatures.zto(call.body.decode(), "kfpttestkey==")


def test_zto_intercepts_and_changes_the_address_in_one_idempotent_request() -> None:
    back = json.loads(Zto().request(Op.INTERCEPT, [item("73100130019486", "key-9")], ZTO, NOW).body)
    assert back == {"billCode": "73100130019486", "requestId": "key-9", "thirdBizNo": "key-9", "destinationType": 2}
    change = json.loads(Zto().request(Op.CHANGE_ADDRESS, [item("73100130019486", **NEW_ADDRESS)], ZTO, NOW).body)
    assert change["destinationType"] == 3
    assert {k: change[k] for k in ("receiveProvince", "receiveCity", "receiveDistrict", "receiveAddress",
                                   "receiveUsername")} == {
        "receiveProvince": "浙江省", "receiveCity": "杭州市", "receiveDistrict": "西湖区",
        "receiveAddress": "文三路90号", "receiveUsername": "张三"}
    with pytest.raises(ValueError, match="province"):
        Zto().request(Op.CHANGE_ADDRESS, [item("73100130019486", address="文三路90号")], ZTO, NOW)


@pytest.mark.parametrize(("code", "refusal"), [("E23101", "delivered"), ("E23102", "not_found"),
                                               ("E23121", "already_intercepted"), ("E23119", "not_picked_up"),
                                               ("E23122", "stop_ship"), ("E29999", "rejected")])
def test_zto_refusals_come_as_http_200_with_e_codes(code: str, refusal: str) -> None:
    (r,) = Zto().results(Op.INTERCEPT, [item("73100130019486")], 200,
                         answer({"status": False, "statusCode": code, "message": "已签收"}))
    assert (r.ok, r.code, r.waybill) == (False, refusal, "73100130019486") and code in r.message


def test_zto_answers_read_into_state_and_ticket_number() -> None:
    traces = [{"billCode": "7310", "action": "GOT", "actionTime": "2026-12-05 10:00:00", "desc": "已揽收"},
              {"billCode": "7310", "action": "DISPATCH", "actionTime": "2026-12-06 09:00:00", "desc": "派送中"}]
    (tracked,) = Zto().results(Op.TRACK, [item("7310")], 200, answer({"status": True, "result": traces}))
    assert tracked.ok and tracked.data["state"] == "out_for_delivery" and tracked.data["scans"] == 2
    (none,) = Zto().results(Op.TRACK, [item("7310")], 200, answer({"status": True, "result": []}))
    assert none.ok and none.data["state"] == "created"  # no scans: printed, not picked up
    (unknown,) = Zto().results(Op.TRACK, [item("7310")], 200, answer({"status": False, "statusCode": "E23102",
                                                                      "message": "订单不存在"}))
    assert (unknown.ok, unknown.code) == (False, "not_found")
    (done,) = Zto().results(Op.INTERCEPT, [item("7310")], 200,
                            answer({"status": True, "result": {"centerBizNo": "LJ123"}}))
    assert done.ok and done.data == {"ticket_no": "LJ123"}
    with pytest.raises(CarrierRejectedError, match="签名"):
        Zto().results(Op.TRACK, [item("7310")], 200, answer({"status": False, "statusCode": "S01",
                                                               "message": "签名错误"}))


# -- SF -----------------------------------------------------------------------------------------------------------

SF = Credentials({"partner_id": "PARTNER", "checkword": "test-checkword"})


def test_sf_tracks_up_to_ten_waybills_in_one_signed_form() -> None:
    waybills = [f"SF14000000000{n:02d}" for n in range(10)]
    call = Sf().request(Op.TRACK, [item(w, f"k{w}") for w in waybills], SF, 1_700_000_000.0)
    f = form(call.body)
    assert call.path == "/std/service" and f["serviceCode"] == "EXP_RECE_SEARCH_ROUTES"
    assert f["timestamp"] == "1700000000000" and f["partnerID"] == "PARTNER"
    assert json.loads(f["msgData"]) == {"trackingType": "1", "trackingNumber": waybills, "methodType": "1"}
    assert f["msgDigest"] == signatures.sf(f["msgData"], f["timestamp"], "test-checkword")
    again = form(Sf().request(Op.TRACK, [item(w, f"k{w}") for w in waybills], SF, 1_700_000_001.0).body)
    assert again["requestID"] == f["requestID"]  # the same items: the same request
    assert Sf().batch_limit(Op.TRACK) == 10 and Sf().batch_limit(Op.INTERCEPT) == 1


def _sf(code: str, data: dict[str, Any] | None = None) -> bytes:
    return answer({"apiResultCode": code, "apiErrorMsg": "", "apiResponseID": "x",
                   "apiResultData": json.dumps(data or {"success": True}, ensure_ascii=False)})


def test_sf_answers_by_waybill_and_refuses_a_bad_signature_for_good() -> None:
    items = [item("SF1400000000001", "a"), item("SF1400000000002", "b"), item("SF1400000000003", "c")]
    routes = {"success": True, "msgData": {"routeResps": [{"mailNo": "SF1400000000001", "routes": [
        {"acceptTime": "2026-12-05 10:00:00", "opCode": "50", "remark": "顺丰速运 已收取快件"},
        {"acceptTime": "2026-12-06 12:00:00", "opCode": "80", "remark": "已签收"}]},
        {"mailNo": "SF1400000000002", "routes": []}]}}
    got = Sf().results(Op.TRACK, items, 200, _sf("A1000", routes))
    assert [(r.waybill, r.ok, r.code, r.data.get("state")) for r in got] == [
        ("SF1400000000001", True, "ok", "delivered"), ("SF1400000000002", True, "ok", "created"),
        ("SF1400000000003", False, "unreadable", None)]  # (not answered for: no one's "not picked up")
    with pytest.raises(CarrierRejectedError, match="A1006"):
        Sf().results(Op.TRACK, items, 200, _sf("A1006"))
    with pytest.raises(CarrierRetryableError, match="A1011"):
        Sf().results(Op.TRACK, items, 200, _sf("A1011"))
    (refused,) = Sf().results(Op.INTERCEPT, items[:1], 200, _sf("A1000", {"success": False, "errorCode": "8019",
                                                                           "errorMsg": "运单已签收"}))
    assert (refused.ok, refused.code, refused.message) == (False, "delivered", "8019 运单已签收")


def test_sf_returns_to_the_sender_or_forwards_to_a_new_address() -> None:
    back = json.loads(form(Sf().request(Op.INTERCEPT, [item("SF1")], SF, NOW).body)["msgData"])
    assert back == {"waybillNo": "SF1", "serviceCode": "2", "role": "1"}
    forward = json.loads(form(Sf().request(Op.CHANGE_ADDRESS, [item("SF1", **NEW_ADDRESS)], SF, NOW).body)["msgData"])
    assert forward["serviceCode"] == "1" and forward["newDestAddress"]["county"] == "西湖区"
    assert not Sf().supports(Op.CANCEL)


# -- YTO ----------------------------------------------------------------------------------------------------------

YTO = Credentials({"user_id": "K21000119", "app_key": "TEST", "secret": "123456",
                   "secret.wanted_change_adapter": "change-secret"})


def test_yto_signs_param_with_the_interfaces_own_secret_on_a_path_of_its_own() -> None:
    call = Yto().request(Op.INTERCEPT, [item("YT0000000000000")], YTO, NOW)
    body = json.loads(call.body)
    assert call.path == "/open/wanted_report_adapter/v1/K21000119/TEST"
    assert json.loads(body["param"]) == {"waybillNo": "YT0000000000000", "wantedDesc": "拦截退回"}
    assert body["sign"] == signatures.yto(body["param"], "123456", "wanted_report_adapter")
    assert body["format"] == "JSON" and body["timestamp"] == int(NOW * 1000)
    change = json.loads(Yto().request(Op.CHANGE_ADDRESS, [item("YT0000000000000", **NEW_ADDRESS)], YTO, NOW).body)
    assert change["sign"] == signatures.yto(change["param"], "change-secret", "wanted_change_adapter")


def test_yto_track_success_is_an_array_and_failure_an_object() -> None:
    traces = [{"waybill_No": "YT1", "upload_Time": "2026-12-05 10:00:00", "processInfo": "【杭州】已收件"},
              {"waybill_No": "YT1", "upload_Time": "2026-12-06 10:00:00", "processInfo": "快件已签收，签收人：本人"}]
    (r,) = Yto().results(Op.TRACK, [item("YT1")], 200, answer(traces))
    assert r.ok and r.data["state"] == "delivered"
    (missing,) = Yto().results(Op.TRACK, [item("YT1")], 200, answer({"message": "运单不存在"}))
    assert (missing.ok, missing.code) == (False, "not_found")
    (ok,) = Yto().results(Op.INTERCEPT, [item("YT1")], 200, answer({"statusCode": 0, "statusMessage": "成功"}))
    (twice,) = Yto().results(Op.INTERCEPT, [item("YT1")], 200, answer({"statusCode": 1,
                                                                        "statusMessage": "该运单已存在拦截件"}))
    assert ok.ok and (twice.ok, twice.code) == (False, "already_intercepted")


# -- J&T ----------------------------------------------------------------------------------------------------------

JT = Credentials({"api_account": "178337126125932605", "private_key": "test-private-key"})


def test_jt_signs_biz_content_in_its_headers() -> None:
    call = Jt().request(Op.TRACK, [item("JT0000000000000")], JT, NOW)
    biz = form(call.body)["bizContent"]
    assert call.path == "/webopenplatformapi/api/logistics/trace"
    assert json.loads(biz) == {"billCodes": "JT0000000000000"}
    assert call.headers["digest"] == signatures.jt(biz, "test-private-key")
    assert call.headers["apiAccount"] == "178337126125932605" and call.headers["timestamp"] == str(int(NOW * 1000))
    change = json.loads(form(Jt().request(Op.CHANGE_ADDRESS, [item("JT1", **NEW_ADDRESS)], JT, NOW).body)[
        "bizContent"])
    assert change["applyTypeCode"] == "5" and change["receiveDistrict"] == "西湖区"


def test_jt_success_is_code_1() -> None:
    data = [{"billCode": "JT1", "details": [{"scanTime": "2026-12-05 10:00:00", "scanType": "快件揽收"},
                                            {"scanTime": "2026-12-06 08:00:00", "scanType": "出仓扫描"}]}]
    (r,) = Jt().results(Op.TRACK, [item("JT1")], 200, answer({"code": "1", "msg": "success", "data": data}))
    assert r.ok and r.data["state"] == "out_for_delivery"
    (refused,) = Jt().results(Op.INTERCEPT, [item("JT1")], 200, answer({"code": "0", "msg": "运单已签收"}))
    assert (refused.ok, refused.code) == (False, "delivered")


# -- EMS ----------------------------------------------------------------------------------------------------------

EMS = Credentials({"sender_no": "1100000000000", "authorization": "auth", "sm4_key": "MDEyMzQ1Njc4OWFiY2RlZg=="})


def test_ems_encrypts_the_business_json_and_dates_it_in_beijing_time() -> None:
    f = form(Ems().request(Op.TRACK, [item("1100000000000")], EMS, NOW).body)
    assert f["apiCode"] == "040001" and f["timeStamp"] == "2025-12-06 13:46:40" and f["version"] == "V1.0.0"
    assert json.loads(signatures.ems_decrypt(f["logitcsInterface"], EMS["sm4_key"])) == {
        "waybillNo": "1100000000000", "direction": "0"}
    assert not Ems().supports(Op.INTERCEPT) and not Ems().supports(Op.CANCEL)


def test_ems_answers_carry_their_body_as_a_json_string() -> None:
    body = json.dumps([{"opTime": "2026-12-05 10:00:00", "opName": "收寄", "opDesc": "已收寄"},
                       {"opTime": "2026-12-06 10:00:00", "opName": "投递结果反馈-妥投", "opDesc": "已妥投"}],
                      ensure_ascii=False)
    (r,) = Ems().results(Op.TRACK, [item("1100")], 200, answer({"retCode": "00000", "retMsg": "", "retBody": body}))
    assert r.ok and r.data["state"] == "delivered"
    (refused,) = Ems().results(Op.TRACK, [item("1100")], 200, answer({"retCode": "S0001", "retMsg": "运单不存在"}))
    assert (refused.ok, refused.code) == (False, "not_found")


# -- every carrier ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("wire", [Zto(), Sf(), Yto(), Jt(), Ems()], ids=repr)
def test_http_errors_are_the_calls_not_the_items(wire: Zto | Sf | Yto | Jt | Ems) -> None:
    items = [item("X1")]
    with pytest.raises(CarrierRetryableError) as throttled:
        wire.results(Op.TRACK, items, 429, b"")
    assert throttled.value.throttled
    with pytest.raises(CarrierRetryableError):
        wire.results(Op.TRACK, items, 502, b"bad gateway")
    with pytest.raises(CarrierRejectedError):
        wire.results(Op.TRACK, items, 403, b"forbidden")
    if isinstance(wire, Sf):  # (SF's gateway wraps every answer: one it cannot read is its gateway's trouble)
        with pytest.raises(CarrierRetryableError, match="unreadable"):
            wire.results(Op.TRACK, items, 200, b"<html>")
    else:
        garbled = wire.results(Op.TRACK, items, 200, b"<html>")
        assert [(r.waybill, r.ok, r.code) for r in garbled] in ([("X1", False, "unreadable")],
                                                                [("X1", False, "rejected")])
    assert all(wire.batch_limit(op) == 1 for op in (Op.INTERCEPT, Op.CHANGE_ADDRESS, Op.CANCEL))
    assert wire.supports(Op.TRACK)


# -- answers not in the shape the research recorded ---------------------------------------------------------------

@pytest.mark.parametrize(("wire", "body"), [
    (Zto(), {"status": None, "statusCode": None, "message": None}),
    (Zto(), {"status": True, "statusCode": 200, "result": None}),  # (the intercept's number is optional)
    (Jt(), {"code": None, "msg": None}),
    (Ems(), {"retCode": None, "retMsg": None}),
])
def test_null_and_numbers_in_an_answer_never_crash_and_never_read_as_a_refusal_by_words(
        wire: Zto | Jt | Ems, body: dict[str, Any]) -> None:
    (r,) = wire.results(Op.INTERCEPT if wire.supports(Op.INTERCEPT) else Op.TRACK, [item("X1")], 200, answer(body))
    assert (r.ok, r.code) in ((False, "unreadable"), (True, "ok"))


def test_an_sf_effect_answered_unreadably_goes_to_a_person_not_again_to_sf() -> None:
    for data in ({"success": None, "errorMsg": None}, "not json"):
        raw = json.dumps(data) if isinstance(data, dict) else data
        (r,) = Sf().results(Op.INTERCEPT, [item("SF1")], 200, answer({"apiResultCode": "A1000",
                                                                      "apiResultData": raw}))
        assert (r.ok, r.code) == (False, "unreadable")
    with pytest.raises(CarrierRetryableError):  # a track is asked again
        Sf().results(Op.TRACK, [item("SF1")], 200, answer({"apiResultCode": "A1000", "apiResultData": "x"}))
    with pytest.raises(CarrierRejectedError, match="A1006"):
        Sf().results(Op.TRACK, [item("SF1")], 200, answer({"apiResultCode": "A1006", "apiResultData": None}))


@pytest.mark.parametrize("body", [{"msgData": {"routeResps": None}}, {"msgData": {"routeResps": [{"mailNo": "SF1",
                                                                                                  "routes": 5}]}}])
def test_a_track_answer_of_the_wrong_types_is_unreadable_not_a_crash(body: dict[str, Any]) -> None:
    (r,) = Sf().results(Op.TRACK, [item("SF1")], 200, _sf("A1000", {"success": True, **body}))
    assert (r.ok, r.code) == (False, "unreadable")
    (z,) = Zto().results(Op.TRACK, [item("Z1")], 200, answer({"status": True, "result": {"a": 1}}))
    (j,) = Jt().results(Op.TRACK, [item("J1")], 200, answer({"code": "1", "data": [{"details": 7}]}))
    assert (z.code, j.data.get("state")) == ("unreadable", "created")


def test_a_change_of_address_without_its_receiver_is_not_sent() -> None:
    for wire in (Zto(), Sf(), Yto(), Jt()):
        with pytest.raises(ValueError, match="name and phone"):
            wire.request(Op.CHANGE_ADDRESS, [item("X1", address=NEW_ADDRESS["address"])], {
                Zto: ZTO, Sf: SF, Yto: YTO, Jt: JT}[type(wire)], NOW)


def test_not_delivered_in_words_is_not_delivered() -> None:
    (r,) = Jt().results(Op.INTERCEPT, [item("J1")], 200, answer({"code": "0", "msg": "运单未签收，请稍后再试"}))
    assert r.code == "rejected"
