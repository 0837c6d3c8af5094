"""The carrier simulator's pushes in each carrier's own format: a scan of a parcel (``returned`` or
``redirected``, after an intercept or a change of address took effect; ``delivered``, when an intercept came too
late; ``transit``), posted to the
URL the outlet registered, signed with its credentials, and the carrier's reading of the answer (delivered, or to
be sent again). Written from ../shared/CARRIERS.md, apart from the router's reader (router.carrier.wire.pushes),
so that the tests between the two check one against the other; the signatures are router.carrier.wire.signatures,
which the test vectors pin.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import urlencode

from router.carrier.wire import signatures
from router.carrier.wire.base import Credentials
from router.carrier.wire.kuaidi100 import COMS


@dataclass(frozen=True, slots=True)
class Push:
    body: bytes
    content_type: str
    headers: Mapping[str, str] = field(default_factory=dict)
    query: str = ""  # appended to the outlet's URL (SF's token)


def china_time(at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(at + 8 * 3600))


def _form(fields: Mapping[str, str]) -> Push:
    return Push(urlencode(fields).encode(), "application/x-www-form-urlencoded")


def _dumps(payload: object) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


# each carrier's word for a parcel turned back, sent to a new address, delivered, in transit (ZTO scans a return
# and a change of address alike: RETURN_SCAN, its returnType telling them apart; kuaidi100 has no state for a
# change of address: its parcel stays 在途)
_ZTO: Final = {"returned": "RETURN_SCAN", "redirected": "RETURN_SCAN", "delivered": "SIGNED", "transit": "ARRIVAL"}
_YTO: Final = {"returned": "TMS_RETURN", "redirected": "FORWARDING", "delivered": "SIGNED", "transit": "ARRIVAL"}
_STO: Final = {"returned": "退回件", "redirected": "改地址件", "delivered": "签收", "transit": "到件"}
_JT: Final = {"returned": "退件", "redirected": "改址", "delivered": "签收", "transit": "到件"}
_EMS: Final = {"returned": ("711", "退回"), "redirected": ("712", "改寄"), "delivered": ("704", "投递结果：妥投"),
               "transit": ("306", "到达处理中心")}
_K100: Final = {"returned": "6", "delivered": "3"}


def zto(creds: Credentials, waybill: str, what: str, at: float, seq: int) -> Push:
    data = _dumps([{"billCode": waybill, "action": _ZTO.get(what, "ARRIVAL"), "actionTime": china_time(at),
                    "desc": {"returned": "快件已退回", "redirected": "快件已改地址", "delivered": "快件已签收"}.get(
                        what, "快件已到达"), "facilityName": "杭州转运中心"}])
    return _form({"data": data, "data_digest": signatures.md5_base64(data + creds["secret"]), "msg_type": "Traces",
                  "company_id": creds["app_key"]})


def yto(creds: Credentials, waybill: str, what: str, at: float, seq: int) -> Push:
    xml = ("<UpdateInfo><logisticProviderID>YTO</logisticProviderID><clientID>" + creds["user_id"] + "</clientID>"
           f"<mailNo>{waybill}</mailNo><txLogisticID>{seq}</txLogisticID><infoType>STATUS</infoType>"
           f"<infoContent>{_YTO.get(what, 'ARRIVAL')}</infoContent><acceptTime>{china_time(at)}</acceptTime>"
           "<remark>杭州转运中心</remark></UpdateInfo>")
    secret = creds.get("secret.push") or creds["secret"]
    return _form({"logistics_interface": xml, "data_digest": signatures.md5_base64(xml + secret),
                  "clientId": creds["user_id"], "type": "online"})


def sto(creds: Credentials, waybill: str, what: str, at: float, seq: int) -> Push:
    content = _dumps({"waybillNo": waybill, "linkCode": "STO_TRACE_PLATFORM_PUSH", "trace": {
        "waybillNo": waybill, "scanType": _STO.get(what, "到件"), "opTime": china_time(at),
        "opOrgName": "杭州转运中心", "outBizCode": f"STO{seq:012d}"}})
    return _form({"content": content, "data_digest": signatures.sto(content, creds["secret"]),
                  "api_name": "STO_TRACE_PLATFORM_PUSH", "from_appkey": "sto_trace_platform",
                  "to_appkey": creds["from_appkey"]})


def sf(creds: Credentials, waybill: str, what: str, at: float, seq: int) -> Push:
    code, remark = {"delivered": ("80", "已签收"), "returned": ("99", "应客户要求，快件已退回"),
                    "redirected": ("99", "应客户要求，快件转寄新地址")}.get(what, ("30", "快件已到达杭州集散中心"))
    body = _dumps({"Body": {"WaybillRoute": [{"mailno": waybill, "orderid": "", "acceptTime": china_time(at),
                                              "acceptAddress": "杭州", "remark": remark, "opCode": code,
                                              "id": f"SFR{seq:012d}"}]}})
    return Push(body.encode(), "application/json", query=urlencode({"token": creds["push_token"]}))


def jt(creds: Credentials, waybill: str, what: str, at: float, seq: int) -> Push:
    biz = _dumps({"billCode": waybill, "details": [{"scanType": _JT.get(what, "到件"), "scanTime": china_time(at),
                                                    "desc": "杭州转运中心"}]})
    headers = {"apiAccount": creds["api_account"], "digest": signatures.jt(biz, creds["private_key"]),
               "timestamp": str(int(at * 1000))}
    p = _form({"bizContent": biz})
    return Push(p.body, p.content_type, headers)


def ems(creds: Credentials, waybill: str, what: str, at: float, seq: int) -> Push:
    code, name = _EMS.get(what, _EMS["transit"])
    plain = _dumps([{"waybillNo": waybill, "orderNo": "", "opCode": code, "opName": name, "opTime": china_time(at),
                     "opDesc": name, "operatorNo": "0001"}])
    body = _dumps({"logitcsInterface": signatures.ems_encrypt(plain, creds["sm4_key"]), "method": "040002",
                   "msgType": "0", "senderNo": creds["sender_no"], "serialNo": f"EMS{seq:012d}"})
    return Push(body.encode(), "application/json")


def kuaidi100(creds: Credentials, waybill: str, what: str, at: float, seq: int, carrier: str = "zto") -> Push:
    state = _K100.get(what, "0")
    param = _dumps({"status": "polling", "message": "", "lastResult": {
        "state": state, "ischeck": "1" if state == "3" else "0", "com": COMS[carrier], "nu": waybill,
        "data": [{"context": "快件状态更新", "time": china_time(at), "ftime": china_time(at)}]}})
    return _form({"param": param, "sign": signatures.kuaidi100_push(param, creds["salt"])})


PUSHES: Final[Mapping[str, Callable[[Credentials, str, str, float, int], Push]]] = {
    "zto": zto, "yto": yto, "sto": sto, "sf": sf, "jt": jt, "ems": ems}


def acked(platform: str, status: int, body: bytes) -> bool:
    """Whether the carrier counts its push as delivered from this answer (else it sends it again)."""
    if status != 200:
        return False
    if platform == "yto":
        return b"<success>true</success>" in body
    try:
        a = json.loads(body)
    except ValueError:
        return False
    if not isinstance(a, dict):
        return False
    checks: dict[str, Callable[[dict[str, object]], bool]] = {
        "zto": lambda d: d.get("status") is True, "sto": lambda d: d.get("success") == "true",
        "sf": lambda d: d.get("return_code") == "0000", "jt": lambda d: d.get("code") == "1",
        "ems": lambda d: d.get("retCode") == "00000", "kuaidi100": lambda d: d.get("result") is True}
    check = checks.get(platform)
    return check is not None and check(a)
