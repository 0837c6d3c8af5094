"""China Post / EMS (国内协议客户 API): form fields POSTed to ``{base}/amp-prod-api/f/amp/api/open``, the business
JSON **encrypted** with SM4 instead of signed.

Fields: ``apiCode``, ``senderNo`` (协议客户号), ``authorization`` (授权码), ``msgType`` "0", ``timeStamp``
("yyyy-MM-dd HH:mm:ss", Beijing time), ``version`` "V1.0.0", ``logitcsInterface`` = "|$4|" + base64(SM4-ECB(JSON
+ the key's base64 text)) (✅ Node, C#, PHP clients). Answer: ``{"retCode": "00000", "retMsg", "retBody": "<JSON
string>"}``, success ``retCode == "00000"`` (✅); EMS's other codes are not known (❓).

Operations (one waybill a call):
- track: ``040001`` {waybillNo, direction "0"} → traces {opTime, opCode, opName, opDesc} (✅).
Cancelling (``020006``) needs the order number the parcel was ordered with, which a merchant's message does not
carry; EMS's API has no intercept or change of address that could be found (❓): those go to a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Final
from urllib.parse import urlencode

import msgspec

from router.carrier.model import Item, ItemResult, Op, ParcelState
from router.carrier.wire import signatures
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

CARRIER: Final = "ems"
API_CODES: Final = {Op.TRACK: "040001"}
OK: Final = "00000"
_BEIJING: Final = timedelta(hours=8)
# opName, in words (EMS's opCodes are not confirmed: ❓)
_DELIVERED: Final = ("妥投", "签收")
_OUT: Final = ("投递", "派送", "派件")
_PICKED_UP: Final = ("收寄", "揽收")

_encode = msgspec.json.Encoder().encode


class _Answer(msgspec.Struct):
    retCode: str | int | None = None  # (EMS's own field names)
    retMsg: str | None = None
    retBody: Any = None


_decode_answer = msgspec.json.Decoder(_Answer).decode
_decode = msgspec.json.Decoder().decode


def beijing_time(now: float) -> str:
    return (datetime.fromtimestamp(now, UTC) + _BEIJING).strftime("%Y-%m-%d %H:%M:%S")


class Ems(Adapter):
    carrier = CARRIER
    NEEDS: Final = ("sender_no", "authorization", "sm4_key")
    OPS = API_CODES

    def request(self, op: Op, items: Sequence[Item], creds: Credentials, now: float) -> Call:
        (item,) = items
        business = _encode(self.fields(op, item)).decode()
        form = {"apiCode": API_CODES[op], "senderNo": creds["sender_no"], "authorization": creds["authorization"],
                "msgType": "0", "timeStamp": beijing_time(now), "version": "V1.0.0",
                "logitcsInterface": signatures.ems_encrypt(business, creds["sm4_key"])}
        return Call(path="/amp-prod-api/f/amp/api/open", body=urlencode(form).encode(),
                    headers={"content-type": "application/x-www-form-urlencoded;charset=UTF-8"})

    def fields(self, op: Op, item: Item) -> dict[str, object]:
        return {"waybillNo": item.waybill, "direction": "0"}

    def results(self, op: Op, items: Sequence[Item], status: int, body: bytes) -> list[ItemResult]:
        http_errors(CARRIER, op, status, body)
        try:
            answer = _decode_answer(body)
        except msgspec.DecodeError:
            return unreadable(items, body[:200].decode("utf-8", "replace"))
        code, msg = str(answer.retCode or ""), answer.retMsg or ""
        if code != OK:
            return each(items, ItemResult(waybill="", key="", ok=False,
                                          code=refusal_in_words(msg) if code else "unreadable",
                                          message=f"{code} {msg}".strip()[:200]))
        if op is Op.TRACK:
            return each(items, _tracked(answer.retBody))
        return each(items, ItemResult(waybill="", key="", ok=True))


def _tracked(ret_body: Any) -> ItemResult:
    try:
        traces = _decode(ret_body) if isinstance(ret_body, str) else ret_body
    except msgspec.DecodeError:
        traces = None
    if not isinstance(traces, list):
        return ItemResult(waybill="", key="", ok=False, code="unreadable", message="EMS: retBody not a list")
    rows = [t for t in traces if isinstance(t, dict)]
    if not rows:
        return NOT_SCANNED
    last = max(rows, key=lambda t: str(t.get("opTime", "")))
    name = f"{last.get('opName', '')}{last.get('opDesc', '')}"
    state = (ParcelState.DELIVERED if any(w in name for w in _DELIVERED) else
             ParcelState.OUT_FOR_DELIVERY if any(w in name for w in _OUT) else
             ParcelState.PICKED_UP if len(rows) == 1 and any(w in name for w in _PICKED_UP) else
             ParcelState.IN_TRANSIT)
    return ItemResult(waybill="", key="", ok=True, data={"state": state.value, "scans": len(rows),
                                                         "last_scan": str(last.get("opDesc", ""))[:200]})
