"""kuaidi100 快递100, the aggregator: one account speaking for carriers whose own platform an outlet has not
connected (Yunda's, say, which offers no intercept of its own that could be found).

Envelopes, all form-encoded, signs in upper-case hex MD5 (✅ kuaidi100-api java, python and go demos):
- track: ``POST {poll}/poll/query.do`` {customer, sign = MD5(param + key + customer), param {com, num}}, one
  number a call; answer ``{"message", "nu", "state", "data": [{context, time, ftime, status}], "result",
  "returnCode"}``, ``state`` 0 在途, 1 揽收, 2 疑难, 3 签收, 4 退签, 5 派件, 6 退回, 7 转投, 14 拒签; a failure is
  ``result: false`` with ``returnCode`` and ``message``;
- intercept and change of address: ``POST {api}/label/order`` method ``interceptOrder`` {key, method, t, sign =
  MD5(param + t + key + secret), param {kuaidicom, kuaidinum, interceptType RETURN_SEND_ADDR | MODIFY_ADDR,
  recManInfo {name, mobile, printAddr}, reason}}; its answer's shape beyond ``result``/``returnCode``/``message``
  is not confirmed (❓).
Its work orders (urges, delays) are not spoken: their ``secondType`` codes and idempotency are not confirmed (❓).
``Kuaidi100(carrier)`` speaks for one carrier (kuaidi100's code for it: ``COMS``); its calls go to two hosts:
``carrier.endpoints.kuaidi100`` (poll.kuaidi100.com) for tracking, ``carrier.endpoints."kuaidi100.api"``
(api.kuaidi100.com) for the rest (``Call.endpoint``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final
from urllib.parse import urlencode

import msgspec

from router.carrier.model import Item, ItemResult, Op, ParcelState
from router.carrier.wire import signatures
from router.carrier.wire.address import receiver
from router.carrier.wire.base import (
    NOT_SCANNED,
    Call,
    Credentials,
    each,
    http_errors,
    refusal_in_words,
    signature_refused,
    unreadable,
)
from router.errors import CarrierRejectedError

COMS: Final = {"zto": "zhongtong", "yto": "yuantong", "sto": "shentong", "yunda": "yunda", "jt": "jtexpress",
               "sf": "shunfeng", "ems": "ems", "jd": "jd", "deppon": "debangwuliu"}
STATES: Final = {"0": ParcelState.IN_TRANSIT, "1": ParcelState.PICKED_UP, "2": ParcelState.IN_TRANSIT,
                 "3": ParcelState.DELIVERED, "4": ParcelState.DELIVERED, "5": ParcelState.OUT_FOR_DELIVERY,
                 "6": ParcelState.IN_TRANSIT, "7": ParcelState.IN_TRANSIT, "14": ParcelState.OUT_FOR_DELIVERY}
RETURN, MODIFY = "RETURN_SEND_ADDR", "MODIFY_ADDR"


_encode = msgspec.json.Encoder().encode


class _Answer(msgspec.Struct):
    result: bool | None = None
    returnCode: str | int | None = None  # (kuaidi100's own field names)
    message: str | None = None
    state: str | int | None = None
    data: Any = None


_decode_answer = msgspec.json.Decoder(_Answer).decode


class Kuaidi100:
    NEEDS: Final = ("customer", "key", "secret")

    def __init__(self, carrier: str) -> None:
        if carrier not in COMS:
            raise ValueError(f"kuaidi100 does not speak for {carrier!r}")
        self.carrier = carrier
        self.com = COMS[carrier]

    def __repr__(self) -> str:
        return f"<Kuaidi100 {self.carrier}>"

    def supports(self, op: Op) -> bool:
        return op in (Op.TRACK, Op.INTERCEPT, Op.CHANGE_ADDRESS)

    def batch_limit(self, op: Op) -> int:
        return 1

    def resend_safe(self, op: Op) -> bool:
        # (a parcel takes one intercept at its carrier: sent again, it is refused as asked already; a change of
        # address carries no key of ours: router.carrier.ledger)
        return op is not Op.CHANGE_ADDRESS

    def request(self, op: Op, items: Sequence[Item], creds: Credentials, now: float) -> Call:
        (item,) = items
        headers = {"content-type": "application/x-www-form-urlencoded;charset=UTF-8"}
        if op is Op.TRACK:
            param = _encode({"com": self.com, "num": item.waybill}).decode()
            form = {"customer": creds["customer"], "param": param,
                    "sign": signatures.kuaidi100_query(param, creds["key"], creds["customer"])}
            return Call(path="/poll/query.do", body=urlencode(form).encode(), headers=headers)
        fields: dict[str, object] = {"kuaidicom": self.com, "kuaidinum": item.waybill, "interceptType": RETURN,
                                     "reason": "商户申请拦截"}
        if op is Op.CHANGE_ADDRESS:
            receiver(item.params)  # (kuaidi100 takes the address as one line: checked for its parts all the same)
            address = item.params["address"]
            fields |= {"interceptType": MODIFY, "reason": "商户申请改址", "recManInfo": {
                "name": item.params.get("name", ""), "mobile": item.params.get("phone", ""), "printAddr": address}}
        return self._signed("/label/order", "interceptOrder", fields, creds, now)

    @staticmethod
    def _signed(path: str, method: str, fields: Mapping[str, object], creds: Credentials, now: float) -> Call:
        """A call of kuaidi100's "method" APIs (its second host): key, method, t, param, sign."""
        param = _encode(fields).decode()
        t = str(int(now * 1000))
        form = {"key": creds["key"], "method": method, "t": t, "param": param,
                "sign": signatures.kuaidi100_method(param, t, creds["key"], creds["secret"])}
        return Call(path=path, body=urlencode(form).encode(),
                    headers={"content-type": "application/x-www-form-urlencoded;charset=UTF-8"}, endpoint="api")

    def results(self, op: Op, items: Sequence[Item], status: int, body: bytes) -> list[ItemResult]:
        http_errors(self.carrier, op, status, body)
        try:
            answer = _decode_answer(body)
        except msgspec.DecodeError:
            return unreadable(items, body[:200].decode("utf-8", "replace"))
        message = answer.message or ""
        if answer.result is False:
            words = f"{answer.returnCode or ''} {message}".strip()[:200]
            if signature_refused(message):  # a key or secret that is wrong: an operator's
                raise CarrierRejectedError(self.carrier, status, f"kuaidi100 {words}")
            return each(items, ItemResult(waybill="", key="", ok=False, code=refusal_in_words(message),
                                          message=f"kuaidi100 {words}"))
        if op is not Op.TRACK:
            # (the intercept answer's shape is not confirmed: only an explicit success is one; the rest a person
            # reads, rather than telling the merchant it was done)
            if answer.result is True or str(answer.returnCode) == "200":
                return each(items, ItemResult(waybill="", key="", ok=True))
            return unreadable(items, f"kuaidi100: {body[:160].decode('utf-8', 'replace')}")
        scans = [d for d in answer.data or [] if isinstance(d, dict)] if isinstance(answer.data, list) else []
        if not scans:
            return each(items, NOT_SCANNED)
        state = STATES.get(str(answer.state), ParcelState.IN_TRANSIT)
        return each(items, ItemResult(waybill="", key="", ok=True, data={
            "state": state.value, "scans": len(scans), "last_scan": str(scans[0].get("context", ""))[:200]}))
