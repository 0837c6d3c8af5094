"""The carriers' pushes (their scans of an outlet's parcels, posted to its callback URL), read and acknowledged
in each carrier's own format.

A push is verified with the outlet's credentials at that carrier (its signature, EMS's encryption; where the
carrier signs nothing, a token in the URL the outlet registered), read into ``Scan`` s, and answered with the body
the carrier counts as delivered (a push not so answered is sent again). Three kinds of scan matter to the
router: the parcel on its way back to the sender (``returned``: an intercept took effect), sent on to a new
address (``redirected``: a change of address did), and delivered to its receiver (``delivered``: an intercept
came too late), the last only where the carrier's word for it cannot also mean a returned parcel signed for by
its sender (kuaidi100's 3 beside 4). Every other scan is ``other``:
acknowledged and dropped. A push whose events cannot all be read is refused whole only when none can; an event
without its waybill is skipped.

Formats (../shared/CARRIERS.md; ✅ confirmed, 🟡 one source, ❓ not confirmed: the safe reading is taken, a scan not
surely one of the two kinds is ``other``, so that a ticket waits for its due time and a person rather than being
told a wrong outcome):
- ZTO: form ``data`` (JSON: one event or a list), ``data_digest = base64(md5(data + secret))``, ``msg_type``,
  ``company_id``; read and acknowledged, but no scan decides: ZTO's intercept status, asked for
  (router.tickets.results), is the authority (it knows an intercept cancelled, which a later SIGNED would tell as a
  failure; RETURN_SCAN is a return or a change of address by a ``returnType`` whose values are not known); answer
  ``{"status": true, …}`` (✅ ZtoTrackObj).
- YTO: form ``logistics_interface`` (XML ``<UpdateInfo>``), ``data_digest = base64(md5(xml + secret))`` (🟡),
  ``clientId``, ``type``; ``infoContent`` TMS_RETURN returned, FORWARDING redirected (❓); answer XML
  ``<Response>…<success>true</success>…`` (✅).
- STO: form ``content`` (JSON {waybillNo, linkCode, trace{scanType, opTime, outBizCode}}), ``data_digest`` as its
  requests' (❓ whether pushes carry one: required here); ``outBizCode`` the idempotency key (✅); scanType 退回件
  returned, 改地址件 redirected; answer ``{"success": "true", …}`` (❓ the body is not known).
- SF: JSON ``{"Body": {"WaybillRoute": [{mailno, acceptTime, remark, opCode, id}]}}`` (✅), not signed: the
  outlet's URL carries ``token`` = its ``push_token``; a remark of 退回 returned, 转寄 redirected (❓ the codes for
  those); answer ``{"return_code": "0000", "return_msg": "成功"}`` (✅).
- J&T: ``apiAccount``, ``digest = base64(md5(bizContent + privateKey))``, ``timestamp``, ``bizContent``, read from
  the headers or else the form (🟡; the timestamp is not signed, so it proves nothing); bizContent's fields are ❓:
  {billCode, details[{scanType, scanTime, desc}]}, scanType 退件 returned, 改址 redirected; answer ``{"code": "1",
  "msg": "success"}`` (❓).
- EMS: JSON {logitcsInterface: SM4-encrypted, method "040002", senderNo, serialNo} (🟡): decrypting with the
  account's key is the proof (ECB: no integrity beyond that); {waybillNo (❓), opCode, opTime, opName}: opName 退回
  returned, 改寄 redirected (❓ the codes); answer ``{"retCode": "00000", "retMsg": "成功"}`` (❓).
- kuaidi100: form ``param`` (JSON {status, lastResult{state, com, nu, data[]}}), ``sign = MD5(param + salt)``
  upper-case, the salt the outlet gave when subscribing (✅); state 4 退签/6 退回 returned, 3 签收 delivered; answer
  ``{"result": true, "returnCode": "200", "message": "成功"}`` (✅).
"""

from __future__ import annotations

import calendar
import hmac
import json
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import parse_qs

from router.carrier.wire import signatures
from router.carrier.wire.base import Credentials
from router.carrier.wire.kuaidi100 import COMS

RETURNED, REDIRECTED, DELIVERED, OTHER = "returned", "redirected", "delivered", "other"
CHINA: Final = 8 * 3600  # the carriers' clocks: "yyyy-MM-dd HH:mm:ss" in China's time


class PushRefused(Exception):
    """Not the carrier's push for this account (a signature that does not match, a credential missing)."""


class PushUnreadable(Exception):
    """Signed, but not in the carrier's format."""


@dataclass(frozen=True, slots=True)
class Scan:
    id: str  # the carrier's own for this scan (a push sent again is the same scan)
    carrier: str  # whose parcel (kuaidi100's pushes name it)
    waybill: str
    kind: str  # returned | redirected | delivered | other
    code: str  # the carrier's word for it
    at: float  # when it was scanned (0: not said in a form read here)


@dataclass(frozen=True, slots=True)
class Ack:
    body: bytes
    content_type: str = "application/json"


def carrier_time(value: object) -> float:
    """A carrier's "yyyy-MM-dd HH:mm:ss" (China's time) or milliseconds since the epoch, as seconds (0: neither,
    or not a time of this century)."""
    try:
        if isinstance(value, bool):
            return 0.0
        if isinstance(value, int | float) or (isinstance(value, str) and value.isascii() and value.isdigit()):
            seconds = float(value)
            seconds = seconds / 1000 if seconds > 1e11 else seconds
        elif isinstance(value, str):
            seconds = calendar.timegm(time.strptime(value.strip()[:19], "%Y-%m-%d %H:%M:%S")) - CHINA
        else:
            return 0.0
    except (ValueError, OverflowError):
        return 0.0
    return seconds if 946_684_800 <= seconds <= 4_102_444_800 else 0.0  # (2000 … 2100; NaN compares false)


def _form(body: bytes) -> dict[str, str]:
    try:
        return {k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
    except UnicodeDecodeError:
        raise PushUnreadable("the form is not UTF-8") from None


def _json(text: str | bytes, what: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise PushUnreadable(f"{what} is not JSON") from None


def _need(creds: Credentials, field: str, carrier: str) -> str:
    value = creds.get(field)
    if not value:
        raise PushRefused(f"{carrier} pushes need the account's {field}")
    return value


def _check(expected: str, given: str, carrier: str) -> None:
    if not given or not hmac.compare_digest(expected.encode(), given.encode()):
        raise PushRefused(f"{carrier}: the push's signature does not match the account's")


def _signed(body: bytes, field: str, digest: str, sign: Callable[[str], str], carrier: str) -> str:
    """The form's ``field``, once its ``digest`` field is what ``sign`` makes of it (the account's signature)."""
    f = _form(body)
    payload = f.get(field, "")
    _check(sign(payload), f.get(digest, ""), carrier)
    return payload


def _words(text: str, returned: tuple[str, ...], redirected: tuple[str, ...]) -> str:
    if any(w in text for w in redirected):
        return REDIRECTED
    if any(w in text for w in returned):
        return RETURNED
    return OTHER


def _dicts(value: Any, what: str) -> list[dict[str, Any]]:
    """The events of a push (one or a list); those that are no object are skipped, a push of none is refused."""
    items = value if isinstance(value, list) else [value]
    out = [i for i in items if isinstance(i, dict)]
    if not out:
        raise PushUnreadable(f"{what}: not the carrier's events")
    return out


def _text(d: Mapping[str, Any], key: str) -> str:
    v = d.get(key)
    return "" if v is None else str(v)


_WAYBILL: Final = re.compile(r"[A-Za-z0-9-]{6,40}")


def _waybill(d: Mapping[str, Any], key: str) -> str:
    """The event's waybill number if it looks like one ("": skipped; no carrier's number is anything else)."""
    text = _text(d, key).strip()
    return text if _WAYBILL.fullmatch(text) else ""


Reader = Callable[[Mapping[str, str], Mapping[str, str], bytes, Credentials], list[Scan]]


def _scans(carrier: str, events: list[dict[str, Any]], read: Callable[[dict[str, Any]], Scan | None]) -> list[Scan]:
    """Each event's scan; one without its waybill is skipped, a push of none such is unreadable."""
    out = [x for x in map(read, events) if x is not None]
    if not out:
        raise PushUnreadable(f"{carrier}: no event names its waybill")
    return out


def _zto(headers: Mapping[str, str], query: Mapping[str, str], body: bytes, creds: Credentials
         ) -> list[Scan]:
    data = _signed(body, "data", "data_digest", lambda p: signatures.md5_base64(p + _need(creds, "secret", "zto")),
                   "zto")

    def scan(e: dict[str, Any]) -> Scan | None:  # (every ZTO scan is "other": its status query decides)
        waybill, action, at = _waybill(e, "billCode"), _text(e, "action"), _text(e, "actionTime")
        return Scan(f"zto:{waybill}:{action}:{at}", "zto", waybill, OTHER, action, carrier_time(at)) \
            if waybill else None

    return _scans("zto", _dicts(_json(data, "zto data"), "zto data"), scan)


def _yto(headers: Mapping[str, str], query: Mapping[str, str], body: bytes, creds: Credentials
         ) -> list[Scan]:
    secret = creds.get("secret.push") or _need(creds, "secret", "yto")
    xml = _signed(body, "logistics_interface", "data_digest", lambda p: signatures.md5_base64(p + secret), "yto")
    if "<!DOCTYPE" in xml or "<!ENTITY" in xml:  # (no document type of ours: nothing for the parser to expand)
        raise PushUnreadable("yto: a document type in the push")
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        raise PushUnreadable("yto: logistics_interface is not XML") from None
    updates = [root] if root.tag == "UpdateInfo" else root.findall(".//UpdateInfo")
    kinds = {"TMS_RETURN": RETURNED, "FORWARDING": REDIRECTED}

    def scan(u: dict[str, Any]) -> Scan | None:
        waybill, info, at = _waybill(u, "mailNo"), u["infoContent"], u["acceptTime"]
        return Scan(f"yto:{waybill}:{info}:{at}", "yto", waybill, kinds.get(info, OTHER), info,
                    carrier_time(at)) if waybill else None

    return _scans("yto", [{k: u.findtext(k) or "" for k in ("mailNo", "infoContent", "acceptTime")}
                          for u in updates], scan)


def _sto(headers: Mapping[str, str], query: Mapping[str, str], body: bytes, creds: Credentials
         ) -> list[Scan]:
    content = _signed(body, "content", "data_digest", lambda p: signatures.sto(p, _need(creds, "secret", "sto")),
                      "sto")
    push = _json(content, "sto content")
    trace = push.get("trace") if isinstance(push, dict) else None
    waybill = _waybill(push, "waybillNo") if isinstance(push, dict) else ""
    if not waybill or not isinstance(trace, dict):
        raise PushUnreadable("sto content: no waybillNo and trace")
    scan = _text(trace, "scanType")
    kinds = {"退回件": RETURNED, "改地址件": REDIRECTED}
    ident = _text(trace, "outBizCode") or f"{waybill}:{scan}:{_text(trace, 'opTime')}"
    return [Scan(f"sto:{ident}", "sto", waybill, kinds.get(scan, OTHER), scan, carrier_time(trace.get("opTime")))]


def _sf(headers: Mapping[str, str], query: Mapping[str, str], body: bytes, creds: Credentials
         ) -> list[Scan]:
    _check(_need(creds, "push_token", "sf"), query.get("token", ""), "sf")
    push = _json(body, "the sf push")
    inner = push.get("Body") if isinstance(push, dict) else None
    routes = inner.get("WaybillRoute") if isinstance(inner, dict) else None

    def scan(r: dict[str, Any]) -> Scan | None:
        waybill, code, remark = _waybill(r, "mailno"), _text(r, "opCode"), _text(r, "remark")
        ident = _text(r, "id") or f"{waybill}:{code}:{_text(r, 'acceptTime')}"
        return Scan(f"sf:{ident}", "sf", waybill, _words(remark, ("退回",), ("转寄",)), code,
                    carrier_time(r.get("acceptTime"))) if waybill else None

    return _scans("sf", _dicts(routes, "sf WaybillRoute"), scan)


def _jt(headers: Mapping[str, str], query: Mapping[str, str], body: bytes, creds: Credentials
         ) -> list[Scan]:
    f = _form(body)

    def field(name: str) -> str:  # (a header, else a form field: where J&T puts them is not confirmed)
        return headers.get(name) or f.get(name, "")

    biz = field("bizContent")
    if field("apiAccount") != _need(creds, "api_account", "jt"):
        raise PushRefused("jt: the push names another apiAccount")
    _check(signatures.jt(biz, _need(creds, "private_key", "jt")), field("digest"), "jt")
    push = _json(biz, "jt bizContent")
    waybill = _waybill(push, "billCode") if isinstance(push, dict) else ""
    if not waybill:
        raise PushUnreadable("jt bizContent: no billCode")

    def scan(d: dict[str, Any]) -> Scan:
        code, at = _text(d, "scanType"), _text(d, "scanTime")
        return Scan(f"jt:{waybill}:{code}:{at}", "jt", waybill, _words(code, ("退件",), ("改址",)), code,
                    carrier_time(at))

    return _scans("jt", _dicts(push.get("details"), "jt details"), scan)


def _ems(headers: Mapping[str, str], query: Mapping[str, str], body: bytes, creds: Credentials
         ) -> list[Scan]:
    push = _json(body, "the ems push")
    if not isinstance(push, dict) or _text(push, "senderNo") != _need(creds, "sender_no", "ems"):
        raise PushRefused("ems: the push names another senderNo")
    try:
        plain = signatures.ems_decrypt(_text(push, "logitcsInterface"), _need(creds, "sm4_key", "ems"))
    except signatures.SignatureError:
        raise PushRefused("ems: the push does not decrypt with the account's key") from None
    if _text(push, "method") != "040002":
        raise PushUnreadable("ems: not a track push (method 040002)")

    def scan(e: dict[str, Any]) -> Scan | None:
        waybill, name, at = _waybill(e, "waybillNo"), _text(e, "opName"), _text(e, "opTime")
        return Scan(f"ems:{waybill}:{_text(e, 'opCode')}:{at}", "ems", waybill, _words(name, ("退回",), ("改寄",)),
                    _text(e, "opCode"), carrier_time(at)) if waybill else None

    events = _dicts(_json(plain, "ems logitcsInterface"), "ems logitcsInterface")
    return [x for x in map(scan, events) if x is not None]  # (an event without a waybill number: nothing of ours)


_BY_COM: Final = {com: carrier for carrier, com in COMS.items()}


def _kuaidi100(headers: Mapping[str, str], query: Mapping[str, str], body: bytes, creds: Credentials
         ) -> list[Scan]:
    param = _signed(body, "param", "sign", lambda p: signatures.kuaidi100_push(p, _need(creds, "salt", "kuaidi100")),
                    "kuaidi100")
    last = _json(param, "kuaidi100 param")
    last = last.get("lastResult") if isinstance(last, dict) else None
    waybill = _waybill(last, "nu") if isinstance(last, dict) else ""
    if not isinstance(last, dict) or not waybill:
        raise PushUnreadable("kuaidi100 param: no lastResult with its nu")
    carrier = _BY_COM.get(_text(last, "com"), "")
    if not carrier:
        raise PushUnreadable("kuaidi100 param: a carrier (com) not spoken here")
    state, data = _text(last, "state"), last.get("data")
    newest = data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else {}
    at = _text(newest, "ftime") or _text(newest, "time")
    kind = {"3": DELIVERED, "4": RETURNED, "6": RETURNED}.get(state, OTHER)
    return [Scan(f"kuaidi100:{waybill}:{state}:{at}", carrier, waybill, kind, f"state {state}", carrier_time(at))]


READERS: Final[Mapping[str, Reader]] = {"zto": _zto, "yto": _yto, "sto": _sto, "sf": _sf, "jt": _jt, "ems": _ems,
                                        "kuaidi100": _kuaidi100}


def _j(payload: object) -> Ack:
    return Ack(json.dumps(payload, ensure_ascii=False).encode())


def ack(carrier: str, ok: bool, reason: str = "") -> Ack:
    """The answer the carrier counts as delivered (``ok``), or as not (it sends the push again)."""
    why = reason or ("成功" if ok else "失败")
    if carrier == "yto":
        return Ack(("<Response><logisticProviderID>YTO</logisticProviderID><txLogisticID></txLogisticID>"
                    f"<success>{'true' if ok else 'false'}</success><reason>{'' if ok else 'error'}</reason>"
                    "</Response>").encode(), "application/xml")
    answers: dict[str, object] = {
        "zto": {"status": ok, "message": why, "result": None, "statusCode": "200" if ok else "500"},
        "sto": {"success": "true" if ok else "false", "errorCode": "" if ok else "S01", "errorMsg": "" if ok else why,
                "needRetry": "false" if ok else "true"},
        "sf": {"return_code": "0000" if ok else "1000", "return_msg": why},
        "jt": {"code": "1" if ok else "0", "msg": "success" if ok else why},
        "ems": {"retCode": "00000" if ok else "S0001", "retMsg": why},
        "kuaidi100": {"result": ok, "returnCode": "200" if ok else "500", "message": why},
    }
    return _j(answers.get(carrier, {"ok": ok}))


def read(carrier: str, headers: Mapping[str, str], query: Mapping[str, str], body: bytes, creds: Credentials
         ) -> list[Scan]:
    """The scans of one push to ``carrier``'s callback URL, verified with ``creds`` (raises ``PushRefused``,
    ``PushUnreadable``; KeyError for a carrier whose pushes are not read here)."""
    return READERS[carrier](headers, query, body, creds)
