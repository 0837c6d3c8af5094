"""SF 顺丰 丰桥: form fields POSTed to ``{base}/std/service``, the business JSON in ``msgData``.

Request fields: ``partnerID`` (顾客编码), ``requestID``, ``serviceCode``, ``timestamp`` (ms), ``msgDigest`` =
base64(md5(quote_plus(msgData + timestamp + checkword))), ``msgData`` (✅ XExpressDemo). Answer, always HTTP 200:
``{"apiResultCode": "A1000", "apiErrorMsg", "apiResponseID", "apiResultData": "<JSON string {success, errorCode,
errorMsg, msgData}>"}``; A1006 (数字签名无效) and A1004 (无对应服务权限) are confirmed, the other A-codes are not.

Operations:
- track, up to 10 waybills a call: ``EXP_RECE_SEARCH_ROUTES`` {trackingType "1", trackingNumber [...],
  methodType "1"} → ``msgData.routeResps[{mailNo, routes[{acceptTime, opCode, remark}]}]``; opCode 50 picked
  up, 44 out for delivery, 80 delivered (the route answer's shape: 🟡);
- intercept (back to the sender): ``EXP_RECE_WANTED_INTERCEPT`` {waybillNo, serviceCode "2" 退回, role "1"};
  change of address: serviceCode "1" 转寄 with ``newDestAddress`` (its fields: ❓, docs/carriers.md).
Cancelling an order needs SF's order id, which a merchant's message does not carry: not spoken.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, ClassVar, Final
from urllib.parse import urlencode

import msgspec

from router.carrier.model import Item, ItemResult, Op, ParcelState
from router.carrier.wire import signatures
from router.carrier.wire.address import receiver
from router.carrier.wire.base import (
    NOT_SCANNED,
    Adapter,
    Call,
    Credentials,
    each,
    http_errors,
    refusal_in_words,
    unreadable,
)
from router.errors import CarrierRejectedError, CarrierRetryableError

CARRIER: Final = "sf"
SERVICES: Final = {Op.TRACK: "EXP_RECE_SEARCH_ROUTES", Op.INTERCEPT: "EXP_RECE_WANTED_INTERCEPT",
                   Op.CHANGE_ADDRESS: "EXP_RECE_WANTED_INTERCEPT"}
TRACK_BATCH: Final = 10
OK: Final = "A1000"
REJECTED: Final = {"A1004": "no permission for this service (无对应服务权限)",
                   "A1006": "signature invalid (数字签名无效)"}
STATES: Final = {"50": ParcelState.PICKED_UP, "44": ParcelState.OUT_FOR_DELIVERY, "80": ParcelState.DELIVERED,
                 "8000": ParcelState.DELIVERED}
FORWARD, RETURN = "1", "2"  # EXP_RECE_WANTED_INTERCEPT's serviceCode: 转寄, 退回

_encode = msgspec.json.Encoder().encode


class _Answer(msgspec.Struct):
    apiResultCode: str | None = None  # (SF's own field names)
    apiErrorMsg: str | None = None
    apiResultData: str | None = None


class _Data(msgspec.Struct):
    success: bool | None = None
    errorCode: str | int | None = None
    errorMsg: str | None = None
    msgData: Any = None


_decode_answer = msgspec.json.Decoder(_Answer).decode
_decode_data = msgspec.json.Decoder(_Data).decode


class Sf(Adapter):
    carrier = CARRIER
    NEEDS: Final = ("partner_id", "checkword")
    UNSURE_RESEND = frozenset({Op.CHANGE_ADDRESS})  # (whether SF dedupes by requestID is ❓: router.carrier.ledger)
    OPS = SERVICES
    BATCH: ClassVar[Mapping[Op, int]] = MappingProxyType({Op.TRACK: TRACK_BATCH})

    def request(self, op: Op, items: Sequence[Item], creds: Credentials, now: float) -> Call:
        msg_data = _encode(self.fields(op, items)).decode()
        timestamp = str(int(now * 1000))
        # (the same items make the same request id: SF sees a call sent again as the same request)
        request_id = hashlib.sha256("\n".join(i.key for i in items).encode()).hexdigest()[:32]
        form = {"partnerID": creds["partner_id"], "requestID": request_id, "serviceCode": SERVICES[op],
                "timestamp": timestamp, "msgDigest": signatures.sf(msg_data, timestamp, creds["checkword"]),
                "msgData": msg_data}
        return Call(path="/std/service", body=urlencode(form).encode(),
                    headers={"content-type": "application/x-www-form-urlencoded;charset=UTF-8"})

    def fields(self, op: Op, items: Sequence[Item]) -> dict[str, object]:
        if op is Op.TRACK:
            return {"trackingType": "1", "trackingNumber": [i.waybill for i in items], "methodType": "1"}
        (item,) = items
        if op is Op.INTERCEPT:
            return {"waybillNo": item.waybill, "serviceCode": RETURN, "role": "1"}
        address = receiver(item.params)
        return {"waybillNo": item.waybill, "serviceCode": FORWARD, "role": "1", "newDestAddress": {
            "province": address.province, "city": address.city, "county": address.district,
            "address": address.detail, "contact": item.params.get("name", ""),
            "phone": item.params.get("phone", "")}}

    def results(self, op: Op, items: Sequence[Item], status: int, body: bytes) -> list[ItemResult]:
        http_errors(CARRIER, op, status, body)
        try:
            answer = _decode_answer(body)
        except msgspec.DecodeError:
            return _unreadable(op, items, "unreadable answer")
        code = answer.apiResultCode or ""
        if code in REJECTED:
            raise CarrierRejectedError(CARRIER, status, f"{code} {REJECTED[code]}")
        if code != OK:  # (flow control, a timeout at SF's gateway, codes not confirmed: SF did not act; try again)
            raise CarrierRetryableError(CARRIER, f"{op}: {code} {answer.apiErrorMsg or ''}"[:200])
        try:
            data = _decode_data(answer.apiResultData or "")
        except msgspec.DecodeError:
            return _unreadable(op, items, "unreadable apiResultData")
        if data.success is not True:
            words = data.errorMsg or ""
            return each(items, ItemResult(waybill="", key="", ok=False,
                                          code=refusal_in_words(words) if data.success is False else "unreadable",
                                          message=f"{data.errorCode or ''} {words}".strip()[:200]))
        if op is Op.TRACK:
            return _tracked(items, data.msgData)
        return each(items, ItemResult(waybill="", key="", ok=True))


def _unreadable(op: Op, items: Sequence[Item], why: str) -> list[ItemResult]:
    """An answer that cannot be read: a track is asked again; an effect may have been done, so it is not sent
    again but handed to a person."""
    if op is Op.TRACK:
        raise CarrierRetryableError(CARRIER, f"{op}: {why}")
    return unreadable(items, f"SF: {why}")


def _tracked(items: Sequence[Item], msg_data: Any) -> list[ItemResult]:
    routes: dict[str, list[dict[str, Any]]] = {}
    resps = msg_data.get("routeResps") if isinstance(msg_data, dict) else None
    for r in resps if isinstance(resps, list) else []:
        if isinstance(r, dict) and isinstance(r.get("routes") or [], list):
            routes[str(r.get("mailNo", ""))] = [x for x in r.get("routes") or [] if isinstance(x, dict)]
    out = []
    for i in items:
        if i.waybill not in routes:  # (SF answered for other numbers, or not in its shape: no one's "not picked up")
            out.append(ItemResult(waybill=i.waybill, key=i.key, ok=False, code="unreadable",
                                  message="SF: no route answer for this number"))
            continue
        scans = routes[i.waybill]
        if not scans:
            out.append(ItemResult(waybill=i.waybill, key=i.key, ok=True, data=NOT_SCANNED.data))
            continue
        last = max(scans, key=lambda x: str(x.get("acceptTime", "")))
        state = STATES.get(str(last.get("opCode", "")), ParcelState.IN_TRANSIT)
        out.append(ItemResult(waybill=i.waybill, key=i.key, ok=True, data={
            "state": state.value, "scans": len(scans), "last_scan": str(last.get("remark", ""))[:200]}))
    return out
