"""STO 申通 LinkGateway: form fields POSTed to ``{base}/gateway/link.do``, the business JSON in ``content``.

Fields: ``api_name``, ``content``, ``data_digest`` = base64(md5(content + secretKey)), ``from_appkey``,
``from_code``, ``to_appkey``, ``to_code`` (✅ Go, PHP and Java clients). Answer ``{"success": "true"|"false",
"errorCode", "errorMsg", "needRetry": "true"|"false", "data"}``; ``needRetry`` says whether to try again (✅);
some errors come back as XML ``<response>…<errorMsg>`` (✅).

Operations:
- track, several waybills a call: ``STO_TRACE_QUERY_COMMON`` to ``sto_trace_query`` {order, waybillNoList} →
  ``data`` = {waybill: [trace {opTime, scanType, memo}]} (✅); how many a call takes is not published (❓:
  ``TRACK_BATCH``, kept small);
- intercept: ``INTERCEPT_CREATE_STANDARD`` to ``reverse-center`` {waybillNo, interceptForAct "DEFAULT"}; a change of
  address adds the receiver's fields (🟡).
"""

from __future__ import annotations

import re
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
    signature_refused,
    unreadable,
)
from router.errors import CarrierRejectedError, CarrierRetryableError

CARRIER: Final = "sto"
APIS: Final = {Op.TRACK: ("STO_TRACE_QUERY_COMMON", "sto_trace_query"),
               Op.INTERCEPT: ("INTERCEPT_CREATE_STANDARD", "reverse-center"),
               Op.CHANGE_ADDRESS: ("INTERCEPT_CREATE_STANDARD", "reverse-center")}
TRACK_BATCH: Final = 20
STATES: Final = {"收件": ParcelState.PICKED_UP, "发件": ParcelState.IN_TRANSIT, "到件": ParcelState.IN_TRANSIT,
                 "派件": ParcelState.OUT_FOR_DELIVERY, "第三方代派": ParcelState.OUT_FOR_DELIVERY,
                 "签收": ParcelState.DELIVERED, "驿站代收": ParcelState.DELIVERED, "第三方代收": ParcelState.DELIVERED,
                 "派件入柜": ParcelState.DELIVERED, "柜机代收": ParcelState.DELIVERED}
_XML_ERROR: Final = re.compile(r"<errorMsg>(.*?)</errorMsg>", re.S)

_encode = msgspec.json.Encoder().encode


class _Answer(msgspec.Struct):
    success: str | bool | None = None
    errorCode: str | int | None = None  # (STO's own field names)
    errorMsg: str | None = None
    needRetry: str | bool | None = None
    data: Any = None


_decode_answer = msgspec.json.Decoder(_Answer).decode


def _true(value: str | bool | None) -> bool:
    return value is True or str(value).lower() == "true"


class Sto(Adapter):
    carrier = CARRIER
    NEEDS: Final = ("from_appkey", "from_code", "secret")
    UNSURE_RESEND = frozenset({Op.CHANGE_ADDRESS})  # (its request carries no key of ours: router.carrier.ledger)
    OPS = APIS
    BATCH: ClassVar[Mapping[Op, int]] = MappingProxyType({Op.TRACK: TRACK_BATCH})

    def request(self, op: Op, items: Sequence[Item], creds: Credentials, now: float) -> Call:
        api, to = APIS[op]
        content = _encode(self.fields(op, items)).decode()
        form = {"api_name": api, "content": content, "data_digest": signatures.sto(content, creds["secret"]),
                "from_appkey": creds["from_appkey"], "from_code": creds["from_code"], "to_appkey": to,
                "to_code": to}
        return Call(path="/gateway/link.do", body=urlencode(form).encode(),
                    headers={"content-type": "application/x-www-form-urlencoded;charset=UTF-8"})

    def fields(self, op: Op, items: Sequence[Item]) -> dict[str, object]:
        if op is Op.TRACK:
            return {"order": "asc", "waybillNoList": [i.waybill for i in items]}
        (item,) = items
        out: dict[str, object] = {"waybillNo": item.waybill, "interceptForAct": "DEFAULT"}
        if op is Op.CHANGE_ADDRESS:
            address = receiver(item.params)
            out |= {"receiverName": item.params.get("name", ""), "receiverTel": item.params.get("phone", ""),
                    "receiverProvince": address.province, "receiverCity": address.city,
                    "receiverArea": address.district, "receiverAddress": address.detail}
        return out

    def results(self, op: Op, items: Sequence[Item], status: int, body: bytes) -> list[ItemResult]:
        http_errors(CARRIER, op, status, body)
        text = body.decode("utf-8", "replace")
        if text.lstrip().startswith("<"):  # an error of STO's gateway, in XML: it did not take the call
            words = (m.group(1) if (m := _XML_ERROR.search(text)) else text)[:200]
            if signature_refused(words):
                raise CarrierRejectedError(CARRIER, status, words)
            raise CarrierRetryableError(CARRIER, f"{op}: {words}", not_sent=True)
        try:
            answer = _decode_answer(body)
        except msgspec.DecodeError:
            answer = _Answer()
        if answer.success is None:  # not STO's answer: a track is asked again, an effect goes to a person
            if op is Op.TRACK:
                raise CarrierRetryableError(CARRIER, f"{op}: unreadable answer")
            return unreadable(items, f"STO: {text[:160]}")
        if not _true(answer.success):
            msg = answer.errorMsg or ""
            words = f"{answer.errorCode or ''} {msg}".strip()[:200]
            if signature_refused(msg):
                raise CarrierRejectedError(CARRIER, status, words)
            if _true(answer.needRetry):  # (STO says: not taken, try again)
                raise CarrierRetryableError(CARRIER, f"{op}: {words}", not_sent=True)
            return each(items, ItemResult(waybill="", key="", ok=False, code=refusal_in_words(msg), message=words))
        if op is Op.TRACK:
            return _tracked(items, answer.data)
        return each(items, ItemResult(waybill="", key="", ok=True))


def _tracked(items: Sequence[Item], data: Any) -> list[ItemResult]:
    by_waybill = data if isinstance(data, dict) else {}
    out = []
    for i in items:
        found = by_waybill.get(i.waybill) or []
        if not isinstance(found, list):
            out.append(ItemResult(waybill=i.waybill, key=i.key, ok=False, code="unreadable",
                                  message="STO: traces not a list"))
            continue
        scans = [t for t in found if isinstance(t, dict)]
        if not scans:
            out.append(ItemResult(waybill=i.waybill, key=i.key, ok=True, data=NOT_SCANNED.data))
            continue
        last = max(scans, key=lambda t: str(t.get("opTime", "")))
        state = STATES.get(str(last.get("scanType", "")), ParcelState.IN_TRANSIT)
        out.append(ItemResult(waybill=i.waybill, key=i.key, ok=True, data={
            "state": state.value, "scans": len(scans), "last_scan": str(last.get("memo", ""))[:200]}))
    return out
