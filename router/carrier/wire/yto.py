"""YTO 圆通 open platform: JSON POSTed to ``{base}/open/{method}/v1/{userId}/{appKey}``.

Body ``{"timestamp": ms, "param": "<business JSON string>", "format": "JSON", "sign"}`` with sign =
base64(md5(param + method + "v1" + secret)) (✅ YuantongApiUtil, YtoSignUtil's published vector). YTO issues a
client code and secret **per interface** (🟡): credentials ``secret`` for all, or ``secret.<method>`` for one.

Operations (one waybill a call):
- track: ``track_query_adapter`` {Number} → a JSON **array** of traces on success, an object on failure (✅);
- intercept (back to the sender): ``wanted_report_adapter`` {waybillNo, wantedDesc}, success ``statusCode == 0``
  (✅); change of address: ``wanted_change_adapter`` with the receiver's fields (🟡);
Cancelling (``korder_cancel_adapter``) takes YTO's order number (``logisticsNo``), which a merchant's message does
not carry: not spoken.
YTO's error codes were not found (❓): every refusal keeps YTO's own words for staff.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

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
)
from router.errors import CarrierRejectedError

CARRIER: Final = "yto"
METHODS: Final = {Op.TRACK: "track_query_adapter", Op.INTERCEPT: "wanted_report_adapter",
                  Op.CHANGE_ADDRESS: "wanted_change_adapter"}
VERSION: Final = "v1"
WANTED_RETURN: Final = "拦截退回"
WANTED_CHANGE: Final = "拦截改址"
# a trace's processInfo, in words: what it says of the parcel (YTO's traces carry no code in track_query)
_DELIVERED: Final = ("签收", "已签收", "妥投")
_OUT: Final = ("派件", "派送")
_PICKED_UP: Final = ("揽收", "已收件", "收件")

_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder().decode


def secret_for(creds: Credentials, method: str) -> str:
    """The interface's own secret (YTO issues one per interface), else the account's."""
    return creds.get(f"secret.{method}") or creds["secret"]


class Yto(Adapter):
    carrier = CARRIER
    NEEDS: Final = ("user_id", "app_key", "secret")
    UNSURE_RESEND = frozenset({Op.CHANGE_ADDRESS})  # (its request carries no key of ours: router.carrier.ledger)
    OPS = METHODS

    def request(self, op: Op, items: Sequence[Item], creds: Credentials, now: float) -> Call:
        (item,) = items
        method = METHODS[op]
        param = _encode(self.fields(op, item)).decode()
        body = {"timestamp": int(now * 1000), "param": param, "format": "JSON",
                "sign": signatures.yto(param, secret_for(creds, method), method, VERSION)}
        return Call(path=f"/open/{method}/{VERSION}/{creds['user_id']}/{creds['app_key']}", body=_encode(body),
                    headers={"content-type": "application/json; charset=utf-8"})

    def fields(self, op: Op, item: Item) -> dict[str, object]:
        if op is Op.TRACK:
            return {"Number": item.waybill}
        if op is Op.INTERCEPT:
            return {"waybillNo": item.waybill, "wantedDesc": WANTED_RETURN}
        address = receiver(item.params)
        return {"waybillNo": item.waybill, "wantedDesc": WANTED_CHANGE, "receiverName": item.params.get("name", ""),
                "receiverTel": item.params.get("phone", ""), "receiveProvName": address.province,
                "receiveCityName": address.city, "receiveCountyName": address.district,
                "receiveAddress": address.detail}

    def results(self, op: Op, items: Sequence[Item], status: int, body: bytes) -> list[ItemResult]:
        http_errors(CARRIER, op, status, body)
        try:
            answer: Any = _decode(body)
        except msgspec.DecodeError:
            return each(items, _refused("unreadable", body[:200].decode("utf-8", "replace")))
        if isinstance(answer, dict):
            said = str(answer.get("statusMessage") or answer.get("message") or "")
            if signature_refused(said):  # a secret that is wrong: an operator's, not the item's
                raise CarrierRejectedError(CARRIER, status, said[:200])
        if op is Op.TRACK:
            return each(items, _tracked(answer))
        if not isinstance(answer, dict):
            return each(items, _refused("unreadable", str(answer)[:200]))
        if str(answer.get("statusCode", "")) == "0":
            return each(items, ItemResult(waybill="", key="", ok=True))
        words = str(answer.get("statusMessage") or answer.get("message") or answer.get("reason") or answer)
        return each(items, _refused(refusal_in_words(words), words[:200]))


def _refused(code: str, message: str) -> ItemResult:
    return ItemResult(waybill="", key="", ok=False, code=code, message=message)


def _tracked(answer: Any) -> ItemResult:
    if not isinstance(answer, list):  # a failure is an object
        words = str(answer.get("message", answer) if isinstance(answer, dict) else answer)[:200]
        return _refused(refusal_in_words(words) if words else "not_found", words)
    traces = [t for t in answer if isinstance(t, dict)]
    if not traces:
        return NOT_SCANNED
    last = max(traces, key=lambda t: str(t.get("upload_Time", "")))
    info = str(last.get("processInfo", ""))
    state = (ParcelState.DELIVERED if any(w in info for w in _DELIVERED) else
             ParcelState.OUT_FOR_DELIVERY if any(w in info for w in _OUT) else
             ParcelState.PICKED_UP if len(traces) == 1 and any(w in info for w in _PICKED_UP) else
             ParcelState.IN_TRANSIT)
    return ItemResult(waybill="", key="", ok=True, data={"state": state.value, "scans": len(traces),
                                                         "last_scan": info[:200]})
