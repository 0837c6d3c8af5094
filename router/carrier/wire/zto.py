"""ZTO 中通 open platform (ZOP): a JSON body POSTed to ``{base}/{apiName}``, signed in headers.

Request: the business JSON itself, ``x-companyid: appKey``, ``x-datadigest: base64(md5(body + appSecret))``
(✅ zopsdk-java/php/node). Answer: ``{"status": true|false, "statusCode", "message", "result"}``, always HTTP 200;
a refusal is ``status: false`` with an E-code (the intercept codes: ✅ ZtoExpressManagerImpl's comment block).

Operations (one waybill a call: ZOP's track query takes one ``billCode``):
- track: ``zto.merchant.waybill.track.query`` {billCode[, mobilePhone: last four digits]} → the traces, the
  last ``action`` giving the parcel's state;
- intercept (back to the sender): ``thirdcenter.createIntercept`` {billCode, requestId, thirdBizNo,
  destinationType: 2}; change of address: the same with destinationType 3 and the receiver's fields; the
  request and business ids are the item's idempotency key, so a call sent again is the same request;
- cancel (not picked up): ``zto.open.cancelPreOrder`` {billCode, cancelType: "1"} (🟡);
- how an intercept or a change of address ended: ``thirdcenter.queryInterceptAndReturnStatus`` {billCode} →
  ``data.status`` (✅), asked by router.tickets.results for the open tickets (ZTO's pushes carry no result).
- an urge, a delay ticket, a parcel signed for but not received: an incident (工单),
  ``zto.open.merchant.incident.create`` {traceId, customer{type 4 网点人员[, siteCode, siteName]}, incident{type
  "event-urge" | "event-sign-not-receive", billCode, desc}} → ``result.bizNo``, ZTO's ticket number (🟡 one
  source, MerChantIncidentCreateRequest, which lists the types); a ticket is followed with
  ``zto.open.merchant.incident.query`` {bizNo, billCode} → ``incidentStatus`` created | processing | finished and
  ``handleRecords[]`` {handleTime, reply} (🟡): finished is its resolution, the last reply its answer. Whether ZTO
  takes ``traceId`` as an idempotency key is not known (❓): an incident call is never sent again after one that
  may have reached ZTO (``UNSURE_RESEND``; a person checks).
  ZTO's incidents file whatever the parcel's state: the handlers refuse an urge of a parcel delivered or not
  picked up before asking (handlers.operation ``refused_in``);
- whether it delivers to a new address now (a stop-ship check before a change of address):
  ``zto.open.areaUnobstructed`` {province, city, district, address} → ``isUnobstructed`` 0 | 1, ``forbidType``,
  ``forbidReason`` (🟡).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import msgspec

from router.carrier.model import Item, ItemResult, Op, ParcelState
from router.carrier.wire import signatures
from router.carrier.wire.address import receiver, split
from router.carrier.wire.base import (
    NOT_SCANNED,
    Adapter,
    Call,
    Credentials,
    each,
    http_errors,
    signature_refused,
    unreadable,
)
from router.errors import CarrierRejectedError

CARRIER: Final = "zto"
APIS: Final = {Op.TRACK: "zto.merchant.waybill.track.query", Op.INTERCEPT: "thirdcenter.createIntercept",
               Op.CHANGE_ADDRESS: "thirdcenter.createIntercept", Op.CANCEL: "zto.open.cancelPreOrder",
               Op.RESULT: "thirdcenter.queryInterceptAndReturnStatus", Op.URGE: "zto.open.merchant.incident.create",
               Op.TICKET: "zto.open.merchant.incident.create", Op.REACH: "zto.open.areaUnobstructed"}
INCIDENT_QUERY: Final = "zto.open.merchant.incident.query"
# areaUnobstructed's forbidType, in words, for an answer without its forbidReason (🟡 PRODUCTS.md A3)
FORBIDDEN: Final = {"A00": "省内停发", "A01": "市内停发", "A02": "区县停发", "A03": "网点停发", "A04": "该片区停发"}
# the incident's type and what it says, for the operations that are a request to ZTO's staff (🟡 PRODUCTS.md A6)
INCIDENTS: Final = {Op.URGE: ("event-urge", "商户催件，请尽快派送"),
                    Op.TICKET: ("event-urge", "物流延误，请核实并尽快派送")}
# a ticket's kind (the item's ``type``: the intent that filed it) → its incident type and what it says, where it is
# not a delay's (claims, which ask for an amount and the payee's account, are a person's to file)
TICKET_TYPES: Final = {"verify_delivery": ("event-sign-not-receive", "显示已签收但收件人未收到，请核实签收情况")}
REPLY_CHARS: Final = 200  # of ZTO's reply to an incident, told to the merchant
SITE_STAFF: Final = 4  # customer.type: 网点人员 (the outlet files it for its merchant)
# incident.query's incidentStatus → the ticket's outcome (finished: resolved; the rest asked again later)
INCIDENT_OUTCOMES: Final = {"finished": "resolved", "created": "pending", "processing": "pending"}
# queryInterceptAndReturnStatus's data.status → how the intercept (or the change of address) ended (✅)
# (cancelled or discontinued says not how it ended for the parcel: "ended", which no merchant is told as a failure)
OUTCOMES: Final = {"INTERCEPT_SUCCESS": "succeeded", "INTERCEPT_FAIL": "failed", "INTERCEPT_CANCEL": "ended",
                   "INTERCEPT_DISCONTINUE": "ended", "INTERCEPTING": "pending", "PACKAGE_DELIVERYING": "pending"}
RETURN_TO_SENDER: Final = 2
CHANGE_DELIVERY_ADDRESS: Final = 3

# E-codes → the gateway's refusal codes (handlers phrase them for the merchant); others keep ZTO's own reason
REFUSALS: Final = {
    "E23101": "delivered", "E23102": "not_found", "E23119": "not_picked_up", "E23120": "out_for_delivery",
    "E23121": "already_intercepted", "E23127": "already_intercepted", "E23151": "already_intercepted",
    "E23122": "stop_ship", "E23123": "already_intercepted", "E23137": "at_delivery_outlet",
    "E23140": "lost", "E23141": "abandoned", "E23153": "not_owner", "E23154": "not_owner",
}
# the last scan's action → the parcel's state (ZtoTrackObj.java's actions)
STATES: Final = {
    "GOT": ParcelState.PICKED_UP, "DEPARTURE": ParcelState.IN_TRANSIT, "ARRIVAL": ParcelState.IN_TRANSIT,
    "DISPATCH": ParcelState.OUT_FOR_DELIVERY, "INBOUND": ParcelState.OUT_FOR_DELIVERY,
    "SIGNED": ParcelState.DELIVERED, "HANDOVERSCAN_SIGNED": ParcelState.DELIVERED,
    "DEPARTURE_SIGNED": ParcelState.DELIVERED, "RETURN_SIGNED": ParcelState.DELIVERED,
    "RETURN_SCAN": ParcelState.IN_TRANSIT, "PROBLEM": ParcelState.IN_TRANSIT,
}

_encode = msgspec.json.Encoder().encode


class _Answer(msgspec.Struct):
    status: bool | None = None
    statusCode: str | int | None = None  # (ZTO's own field names)
    message: str | None = None
    result: Any = None
    data: Any = None


_decode_answer = msgspec.json.Decoder(_Answer).decode


class Zto(Adapter):
    carrier = CARRIER
    NEEDS: Final = ("app_key", "secret")
    OPS = APIS
    UNSURE_RESEND = frozenset(INCIDENTS)  # (whether ZTO dedupes incidents by traceId is not known)

    def request(self, op: Op, items: Sequence[Item], creds: Credentials, now: float) -> Call:
        (item,) = items
        body = _encode(self.fields(op, item, creds)).decode()
        return Call(path=f"/{api_of(op, item)}", body=body.encode(), headers={
            "content-type": "application/json; charset=utf-8", "x-companyid": creds["app_key"],
            "x-datadigest": signatures.zto(body, creds["secret"])})

    def fields(self, op: Op, item: Item, creds: Credentials) -> dict[str, object]:
        """The business JSON for ``op`` on ``item`` (ValueError for an address that cannot be split)."""
        if op in INCIDENTS or op is Op.REACH or asks_incident(op, item):
            return _other_fields(op, item, creds)
        if op is Op.TRACK:
            last4 = item.params.get("phone_last4", "")
            return {"billCode": item.waybill, **({"mobilePhone": last4} if last4 else {})}
        if op is Op.CANCEL:
            return {"billCode": item.waybill, "cancelType": "1"}
        if op is Op.RESULT:
            return {"billCode": item.waybill}
        out: dict[str, object] = {"billCode": item.waybill, "requestId": item.key, "thirdBizNo": item.key,
                                  "destinationType": RETURN_TO_SENDER}
        if op is Op.CHANGE_ADDRESS:
            address = receiver(item.params)
            out |= {"destinationType": CHANGE_DELIVERY_ADDRESS, "receiveUsername": item.params.get("name", ""),
                    "receivePhone": item.params.get("phone", ""), "receiveProvince": address.province,
                    "receiveCity": address.city, "receiveDistrict": address.district,
                    "receiveAddress": address.detail}
        return out

    def results(self, op: Op, items: Sequence[Item], status: int, body: bytes) -> list[ItemResult]:
        http_errors(CARRIER, op, status, body)
        try:
            answer = _decode_answer(body)
        except msgspec.DecodeError:
            return unreadable(items, body[:200].decode("utf-8", "replace"))
        status_code, message = str(answer.statusCode or ""), answer.message or ""
        if answer.status is not True:
            if signature_refused(message):  # a key or secret that is wrong: an operator's
                raise CarrierRejectedError(CARRIER, status, f"{status_code} {message}")
            code = REFUSALS.get(status_code, "rejected" if answer.status is False else "unreadable")
            return each(items, ItemResult(waybill="", key="", ok=False, code=code,
                                          message=f"{status_code} {message}".strip()[:200]))
        if op is Op.TRACK:
            return each(items, _tracked(answer.result))
        payload = answer.result if isinstance(answer.result, dict) else answer.data
        return each(items, _done(op, items[0], payload if isinstance(payload, dict) else {}))


def _done(op: Op, item: Item, payload: dict[str, Any]) -> ItemResult:
    """What ZTO's ``status: true`` says for ``op``: an outcome asked for, or the number of what it opened."""
    if asks_incident(op, item):
        return _incident(payload)
    if op is Op.REACH:
        return _reach(payload)
    if op is Op.RESULT:
        said = str(payload.get("status", ""))
        if said not in OUTCOMES:  # (a status not in ZTO's list: asked again later, never guessed)
            return ItemResult(waybill="", key="", ok=False, code="unreadable",
                              message=f"ZTO intercept status {said[:40]!r}")
        return ItemResult(waybill="", key="", ok=True, data={"outcome": OUTCOMES[said], "status": said})
    ref = str(payload.get("bizNo" if op in INCIDENTS else "centerBizNo", ""))
    if op in INCIDENTS and not ref:  # (filed or not, ZTO did not say in its words: a person reads it)
        return ItemResult(waybill="", key="", ok=False, code="unreadable", message="ZTO incident without its bizNo")
    return ItemResult(waybill="", key="", ok=True, data={"ticket_no": ref} if ref else {})


def _other_fields(op: Op, item: Item, creds: Credentials) -> dict[str, object]:
    """The business JSON of the interfaces beside a parcel's own: an incident filed or asked after, an area
    checked."""
    if op is Op.REACH:
        where = split(item.params.get("address", ""))
        if where is None:
            raise ValueError("the new address does not begin with its province, city and district")
        return {"province": where.province, "city": where.city, "district": where.district, "address": where.detail}
    if op is Op.RESULT:
        return {"bizNo": item.params["ticket_no"], "billCode": item.waybill}
    kind, desc = TICKET_TYPES.get(item.params.get("type", ""), INCIDENTS[op]) if op is Op.TICKET else INCIDENTS[op]
    site = {k: v for k, v in (("siteCode", creds.get("site_code")), ("siteName", creds.get("site_name"))) if v}
    return {"traceId": item.key, "customer": {"type": SITE_STAFF, **site},
            "incident": {"type": kind, "billCode": item.waybill, "desc": desc}}


def asks_incident(op: Op, item: Item) -> bool:
    """Whether ``op`` on ``item`` asks how an incident ended (by its number) rather than an intercept."""
    return op is Op.RESULT and bool(item.params.get("ticket_no"))


def api_of(op: Op, item: Item) -> str:
    """The apiName ``op`` on ``item`` is asked of (how an incident ended: incident.query, by its number)."""
    return INCIDENT_QUERY if asks_incident(op, item) else APIS[op]


def _reach(payload: dict[str, Any]) -> ItemResult:
    """areaUnobstructed's answer: ``isUnobstructed`` 0 passes, 1 is stopped with ``forbidType`` (A00 province, A01
    city, A02 district, A03 outlet, A04 sort code) and ``forbidReason`` (🟡 PRODUCTS.md A3); anything else is
    unreadable (the change then goes ahead: ZTO refuses a stopped area itself, E23122)."""
    said, kind = payload.get("isUnobstructed"), str(payload.get("forbidType") or "")
    if isinstance(said, bool) or str(said) not in ("0", "1") or (str(said) == "1" and kind.startswith("B")):
        # (not ZTO's shape, or stopped by a released type: never guessed; the change goes ahead, ZTO judges it)
        return ItemResult(waybill="", key="", ok=False, code="unreadable",
                          message=f"ZTO area check {str(said)[:20]!r} {kind[:8]!r}")
    reason = str(payload.get("forbidReason") or FORBIDDEN.get(kind, ""))[:100]
    return ItemResult(waybill="", key="", ok=True, data={"reachable": str(said) == "0", "reason": reason})


def _incident(payload: Any) -> ItemResult:
    """incident.query's answer: its status, and ZTO's last reply (``handleRecords``, the latest ``handleTime``)
    in one line, as the merchant is told it."""
    said = str(payload.get("incidentStatus", "")) if isinstance(payload, dict) else ""
    if said not in INCIDENT_OUTCOMES:
        return ItemResult(waybill="", key="", ok=False, code="unreadable", message=f"ZTO incident {said[:40]!r}")
    records = payload.get("handleRecords")
    replies = [r for r in records if isinstance(r, dict) and isinstance(r.get("reply"), str) and r["reply"].strip()
               ] if isinstance(records, list) else []
    last = max(replies, key=lambda r: str(r.get("handleTime", "")), default=None)
    reply = " ".join(last["reply"].split())[:REPLY_CHARS] if last is not None else ""
    return ItemResult(waybill="", key="", ok=True,
                      data={"outcome": INCIDENT_OUTCOMES[said], "status": said, **({"reply": reply} if reply else {})})


def _tracked(result: Any) -> ItemResult:
    """A track answer as the parcel's state: its last scan's action (the traces come oldest first)."""
    if not isinstance(result, list):  # (not the answer's shape: read by no one as "not picked up")
        return ItemResult(waybill="", key="", ok=False, code="unreadable", message="ZTO: traces not a list")
    traces = [t for t in result if isinstance(t, dict)]
    if not traces:
        return NOT_SCANNED
    last = max(traces, key=lambda t: str(t.get("actionTime", "")))
    state = STATES.get(str(last.get("action", "")), ParcelState.IN_TRANSIT)
    return ItemResult(waybill="", key="", ok=True, data={"state": state.value, "scans": len(traces),
                                                         "last_scan": str(last.get("desc", ""))[:200]})
