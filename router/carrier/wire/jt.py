"""J&T 极兔 open platform: the form field ``bizContent`` POSTed to ``{base}/webopenplatformapi/api/{path}``.

Headers ``apiAccount``, ``digest`` = base64(md5(bizContent + privateKey)), ``timestamp`` (ms) (✅ several
clients). Answer ``{"code": "1", "msg": "success", "data": {...}}``: success is ``code == "1"`` (✅).

Operations (one waybill a call):
- track: ``logistics/trace`` {billCodes} (one number: whether it takes a list is ❓) → ``data[{billCode,
  details[{scanTime, scanType, desc}]}]`` (the details' shape: 🟡);
- intercept (back to the sender): ``waybill/intercept`` {mailNo, applyTypeCode "4"}; change of address:
  applyTypeCode "5" with the receiver's fields (🟡).
Cancelling an order needs J&T's order id (txlogisticId), which a merchant's message does not carry: not spoken.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final
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
from router.errors import CarrierRejectedError

CARRIER: Final = "jt"
PATHS: Final = {Op.TRACK: "logistics/trace", Op.INTERCEPT: "waybill/intercept",
                Op.CHANGE_ADDRESS: "waybill/intercept"}
RETURN, CHANGE = "4", "5"  # applyTypeCode
STATES: Final = {"快件揽收": ParcelState.PICKED_UP, "揽收": ParcelState.PICKED_UP,
                 "出仓扫描": ParcelState.OUT_FOR_DELIVERY, "派件": ParcelState.OUT_FOR_DELIVERY,
                 "代理点收入": ParcelState.OUT_FOR_DELIVERY, "快件签收": ParcelState.DELIVERED,
                 "签收": ParcelState.DELIVERED}

_encode = msgspec.json.Encoder().encode


class _Answer(msgspec.Struct):
    code: str | int | None = None
    msg: str | None = None
    data: Any = None


_decode_answer = msgspec.json.Decoder(_Answer).decode


class Jt(Adapter):
    carrier = CARRIER
    NEEDS: Final = ("api_account", "private_key")
    UNSURE_RESEND = frozenset({Op.CHANGE_ADDRESS})  # (its request carries no key of ours: router.carrier.ledger)
    OPS = PATHS

    def request(self, op: Op, items: Sequence[Item], creds: Credentials, now: float) -> Call:
        (item,) = items
        biz = _encode(self.fields(op, item)).decode()
        return Call(path=f"/webopenplatformapi/api/{PATHS[op]}", body=urlencode({"bizContent": biz}).encode(),
                    headers={"content-type": "application/x-www-form-urlencoded;charset=UTF-8",
                             "apiAccount": creds["api_account"], "digest": signatures.jt(biz, creds["private_key"]),
                             "timestamp": str(int(now * 1000))})

    def fields(self, op: Op, item: Item) -> dict[str, object]:
        if op is Op.TRACK:
            return {"billCodes": item.waybill}
        if op is Op.INTERCEPT:
            return {"mailNo": item.waybill, "applyTypeCode": RETURN}
        address = receiver(item.params)
        return {"mailNo": item.waybill, "applyTypeCode": CHANGE, "receiveUsername": item.params.get("name", ""),
                "receivePhone": item.params.get("phone", ""), "receiveProvince": address.province,
                "receiveCity": address.city, "receiveDistrict": address.district, "receiveAddress": address.detail}

    def results(self, op: Op, items: Sequence[Item], status: int, body: bytes) -> list[ItemResult]:
        http_errors(CARRIER, op, status, body)
        try:
            answer = _decode_answer(body)
        except msgspec.DecodeError:
            return unreadable(items, body[:200].decode("utf-8", "replace"))
        code, msg = str(answer.code or ""), answer.msg or ""
        if code != "1" and signature_refused(msg):
            raise CarrierRejectedError(CARRIER, status, f"{code} {msg}")
        if code != "1":
            refusal = refusal_in_words(msg) if code else "unreadable"
            return each(items, ItemResult(waybill="", key="", ok=False, code=refusal,
                                          message=f"{code} {msg}".strip()[:200]))
        if op is Op.TRACK:
            return each(items, _tracked(answer.data))
        return each(items, ItemResult(waybill="", key="", ok=True))


def _tracked(data: Any) -> ItemResult:
    rows = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
    details = [d for r in rows if isinstance(r, dict) and isinstance(r.get("details"), list)
               for d in r["details"] if isinstance(d, dict)]
    if not details:
        return NOT_SCANNED
    last = max(details, key=lambda d: str(d.get("scanTime", "")))
    state = STATES.get(str(last.get("scanType", "")), ParcelState.IN_TRANSIT)
    return ItemResult(waybill="", key="", ok=True, data={"state": state.value, "scans": len(details),
                                                         "last_scan": str(last.get("desc", ""))[:200]})
