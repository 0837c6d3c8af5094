"""The carrier simulator's open-platform side: each carrier's real protocol on its own paths under
``/open/{carrier}`` (ZTO ``/open/zto/{apiName}``, SF ``/open/sf/std/service`` …), over the same parcels and logic
as the generic ``/{carrier}/{op}`` endpoints (kefu_dev.carrier_sim).

Each codec reads a request as the carrier does (its envelope, its signature or, for EMS, its encryption, the
account it names), hands the items to the simulator's logic, and answers in the carrier's format: HTTP 200 with
its business codes for refusals (ZTO's E-codes, SF's A-codes and ``apiResultData``, YTO's array-or-object, J&T's
``code``, EMS's ``retCode``). The formats are router.carrier.wire's, from ../shared/CARRIERS.md; where a fact there is
unconfirmed (a signature failure's code at ZTO, say) the simulator answers with the carrier's words only, which is
all the client relies on.

Credentials: each simulated account (a key, a secret, a customer) has credentials at every carrier derived from
them (``credentials``), so that tests, benchmarks and the demo configure the router with what the simulator checks.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol
from urllib.parse import parse_qs

from router.carrier.model import Item, ItemResult, Op, ParcelState
from router.carrier.wire import signatures
from router.carrier.wire.base import Credentials
from router.carrier.wire.ems import API_CODES as EMS_CODES
from router.carrier.wire.jt import PATHS as JT_PATHS
from router.carrier.wire.kuaidi100 import COMS
from router.carrier.wire.sf import SERVICES as SF_SERVICES
from router.carrier.wire.sto import APIS as STO_APIS
from router.carrier.wire.yto import METHODS as YTO_METHODS
from router.carrier.wire.yto import secret_for
from router.carrier.wire.zto import APIS as ZTO_APIS
from router.carrier.wire.zto import INCIDENT_QUERY as ZTO_INCIDENT_QUERY

CARRIERS: Final = ("zto", "yto", "sto", "sf", "jt", "ems", "kuaidi100")


class Account(Protocol):
    @property
    def customer(self) -> str: ...
    @property
    def app_key(self) -> str: ...
    @property
    def secret(self) -> str: ...


def credentials(carrier: str, account: Account) -> Credentials:
    """The credentials ``account`` has at ``carrier``'s open platform."""
    k, s, c = account.app_key, account.secret, account.customer
    fields: dict[str, dict[str, str]] = {
        "zto": {"app_key": k, "secret": s},
        "sf": {"partner_id": k, "checkword": s, "push_token": _derived(s, "sf-push")},
        "yto": {"user_id": c, "app_key": k, "secret": s},
        "jt": {"api_account": k, "private_key": s},
        "sto": {"from_appkey": k, "from_code": c, "secret": s},
        "kuaidi100": {"customer": c, "key": k, "secret": s, "salt": _derived(s, "kuaidi100-salt")},
        "ems": {"sender_no": k, "authorization": c,
                "sm4_key": base64.b64encode(hashlib.md5(s.encode(), usedforsecurity=False).digest()).decode()},
    }
    return Credentials(fields[carrier])


def _derived(secret: str, what: str) -> str:
    """A credential of its own for ``what``, from the account's secret (an SF push token, a kuaidi100 salt)."""
    return hashlib.sha256(f"{what}:{secret}".encode()).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Received:
    op: Op
    items: list[Item]
    account_key: str  # the account's app_key (its identity in the simulator)
    carrier: str = ""  # whose parcels (an aggregator's request names the carrier it speaks for)


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    body: bytes
    content_type: str = "application/json"


Accounts = Mapping[str, Account]  # by app_key


def _json(payload: Any, status: int = 200) -> Answer:
    return Answer(status, json.dumps(payload, ensure_ascii=False).encode())


def _form(body: bytes) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def _random_key() -> str:
    """For a carrier whose request carries no id of ours: each call is a request of its own (sent again, an
    intercept is answered "already exists", as the carrier would)."""
    return secrets.token_hex(8)


def new_address(fields: Mapping[str, Any], parts: tuple[str, str, str, str], name: str, phone: str
                ) -> dict[str, str]:
    """A change of address as the simulator's logic takes it, from a carrier's fields (its own names for the
    province, city, district, street, receiver and phone)."""
    return {"address": "".join(str(fields.get(k, "")) for k in parts), "name": str(fields.get(name, "")),
            "phone": str(fields.get(phone, ""))}


# each carrier's names for a new address's parts, its receiver and phone (ZTO's and J&T's are the same)
_RECEIVE: Final = (("receiveProvince", "receiveCity", "receiveDistrict", "receiveAddress"), "receiveUsername",
                   "receivePhone")
_YTO_RECEIVER: Final = (("receiveProvName", "receiveCityName", "receiveCountyName", "receiveAddress"), "receiverName",
                        "receiverTel")
_STO_RECEIVER: Final = (("receiverProvince", "receiverCity", "receiverArea", "receiverAddress"), "receiverName",
                        "receiverTel")


def traces(state: ParcelState) -> list[str]:
    """The scans a parcel in ``state`` has had, oldest first (as action words the codecs translate)."""
    order = ["picked_up", "in_transit", "out_for_delivery", "delivered"]
    if state is ParcelState.CREATED:
        return []
    return order[: order.index(state.value) + 1]


_TIMES: Final = ("2026-12-05 10:00:00", "2026-12-05 20:00:00", "2026-12-06 08:00:00", "2026-12-06 15:00:00")


class Codec(Protocol):
    carrier: str

    def read(self, path: str, headers: Mapping[str, str], body: bytes, accounts: Accounts) -> Received | Answer:
        ...

    def answer(self, got: Received, results: Sequence[ItemResult], state: Callable[[str], ParcelState | None]
               ) -> Answer:
        ...


# -- ZTO ----------------------------------------------------------------------------------------------------------

_ZTO_CODES: Final = {"delivered": ("E23101", "已签收"), "not_found": ("E23102", "订单不存在"),
                     "stop_ship": ("E23122", "目的地停发"),
                     "already_intercepted": ("E23121", "相同诉求已存在"), "not_picked_up": ("E23119", "无轨迹"),
                     "cancelled": ("E23102", "订单不存在（已取消）")}
_ZTO_INCIDENT_TYPES: Final = ("event-urge", "event-sign-not-receive", "damage-claim", "lose-claim",
                              "damage-compensation", "check_goods_weight")  # (PRODUCTS.md A6)
_ZTO_ACTIONS: Final = {"picked_up": "GOT", "in_transit": "DEPARTURE", "out_for_delivery": "DISPATCH",
                       "delivered": "SIGNED"}


class ZtoCodec:
    carrier = "zto"

    def read(self, path: str, headers: Mapping[str, str], body: bytes, accounts: Accounts) -> Received | Answer:
        api = path.lstrip("/")
        account = accounts.get(headers.get("x-companyid", ""))
        if account is None:
            return _json({"status": False, "statusCode": "", "message": "companyid 不存在"})
        digest = signatures.zto(body.decode(), credentials("zto", account)["secret"])
        if not _same(headers.get("x-datadigest", ""), digest):
            return _json({"status": False, "statusCode": "", "message": "签名错误（x-datadigest 不匹配）"})
        fields = json.loads(body)
        if not isinstance(fields, dict):
            return _json({"status": False, "statusCode": "", "message": "参数不对"})
        if api in (ZTO_APIS[Op.TICKET], ZTO_INCIDENT_QUERY, ZTO_APIS[Op.REACH]):
            return self._beside(api, fields, account)
        ops = [op for op, name in ZTO_APIS.items() if name == api]
        if not ops or not fields.get("billCode"):
            return _json({"status": False, "statusCode": "", "message": f"接口 {api[:60]} 或参数不对"})
        if api == ZTO_APIS[Op.INTERCEPT]:
            op = Op.CHANGE_ADDRESS if fields.get("destinationType") in (3, 4) else Op.INTERCEPT
        else:
            op = ops[0]
        params = {}
        if op is Op.CHANGE_ADDRESS:
            params = new_address(fields, *_RECEIVE)
        key = str(fields.get("requestId") or _random_key())
        return Received(op, [Item(key=key, waybill=str(fields["billCode"]), params=params)], account.app_key)

    @staticmethod
    def _beside(api: str, fields: Mapping[str, Any], account: Account) -> Received | Answer:
        """An incident (工单) filed, or asked after by its number (the simulator's tickets); an area checked."""
        if api == ZTO_APIS[Op.REACH]:
            if not all(fields.get(k) for k in ("province", "city", "district")):
                return _json({"status": False, "statusCode": "", "message": "省市区必填"})
            where = "".join(str(fields.get(k, "")) for k in ("province", "city", "district", "address"))
            return Received(Op.REACH, [Item(key=_random_key(), waybill="", params={"address": where})],
                            account.app_key)
        incident = fields.get("incident")
        if api == ZTO_INCIDENT_QUERY:
            if not fields.get("bizNo") or not fields.get("billCode"):
                return _json({"status": False, "statusCode": "", "message": "bizNo、billCode 必填"})
            return Received(Op.RESULT, [Item(key=_random_key(), waybill=str(fields["billCode"]),
                                             params={"ticket_no": str(fields["bizNo"])})], account.app_key)
        if not isinstance(incident, dict) or incident.get("type") not in _ZTO_INCIDENT_TYPES \
                or not incident.get("billCode") or not fields.get("traceId"):
            return _json({"status": False, "statusCode": "", "message": "工单类型或参数不对"})
        return Received(Op.TICKET, [Item(key=str(fields["traceId"]), waybill=str(incident["billCode"]),
                                         params={"type": str(incident["type"])})], account.app_key)

    def answer(self, got: Received, results: Sequence[ItemResult], state: Callable[[str], ParcelState | None]
               ) -> Answer:
        (r,) = results
        if not r.ok:
            code, words = _ZTO_CODES.get(r.code, ("", r.message))
            return _json({"status": False, "statusCode": code, "message": words})
        return _json({"status": True, "statusCode": "", "message": "", "result": _zto_result(got, r, state)})


def _zto_result(got: Received, r: ItemResult, state: Callable[[str], ParcelState | None]) -> Any:
    """What ZTO's ``result`` holds for an operation done."""
    if got.op is Op.RESULT and got.items[0].params.get("ticket_no"):
        reply = r.data.get("reply")
        return {"incidentStatus": r.data.get("status"),
                "handleRecords": [{"handleTime": "2026-12-06 10:00:00", "reply": reply}] if reply else []}
    if got.op is Op.TICKET:
        return {"bizNo": r.data["ticket_no"]}
    if got.op is Op.REACH:
        stopped = not r.data.get("reachable")
        return {"isUnobstructed": 1 if stopped else 0, "forbidType": "A00" if stopped else "B04",
                "forbidReason": r.data.get("reason", "")}
    if got.op is Op.RESULT:
        return {"status": {"succeeded": "INTERCEPT_SUCCESS", "failed": "INTERCEPT_FAIL"}.get(
            str(r.data.get("outcome")), "INTERCEPTING")}
    if got.op is Op.TRACK:
        s = state(r.waybill) or ParcelState.CREATED
        return [{"billCode": r.waybill, "action": _ZTO_ACTIONS[a], "actionTime": _TIMES[i], "desc": a}
                for i, a in enumerate(traces(s))]
    return {"centerBizNo": str(r.data.get("ticket_no")
                               or f"ZT{hashlib.sha1(r.key.encode(), usedforsecurity=False).hexdigest()[:10]}")}


# -- SF -----------------------------------------------------------------------------------------------------------

_SF_CODES: Final = {"50": "picked_up", "31": "in_transit", "44": "out_for_delivery", "80": "delivered"}


class SfCodec:
    carrier = "sf"

    def read(self, path: str, headers: Mapping[str, str], body: bytes, accounts: Accounts) -> Received | Answer:
        f = _form(body)
        account = accounts.get(f.get("partnerID", ""))
        if account is None:
            return _sf("A1004", "无对应服务权限")
        checkword = credentials("sf", account)["checkword"]
        if not _same(f.get("msgDigest", ""), signatures.sf(f.get("msgData", ""), f.get("timestamp", ""), checkword)):
            return _sf("A1006", "数字签名无效")
        ops = [op for op, code in SF_SERVICES.items() if code == f.get("serviceCode")]
        try:
            data = json.loads(f.get("msgData", ""))
        except ValueError:
            data = None
        if not ops or not isinstance(data, dict):
            return _sf("A1001", "必传参数不可为空")
        rid = f.get("requestID", "")
        if ops[0] is Op.TRACK:
            numbers = [str(n) for n in data.get("trackingNumber") or []]
            if not 1 <= len(numbers) <= 10:
                return _sf("A1001", "trackingNumber: 1 to 10 numbers")
            return Received(Op.TRACK, [Item(key=f"{rid}:{n}", waybill=n) for n in numbers], account.app_key)
        op = Op.CHANGE_ADDRESS if str(data.get("serviceCode")) == "1" else Op.INTERCEPT
        params = {}
        if op is Op.CHANGE_ADDRESS:
            a = data.get("newDestAddress") or {}
            params = new_address(a, ("province", "city", "county", "address"), "contact", "phone")
        return Received(op, [Item(key=f"{rid}:{data.get('waybillNo', '')}", waybill=str(data.get("waybillNo", "")),
                                  params=params)], account.app_key)

    def answer(self, got: Received, results: Sequence[ItemResult], state: Callable[[str], ParcelState | None]
               ) -> Answer:
        if got.op is Op.TRACK:
            by_code = {v: k for k, v in _SF_CODES.items()}
            resps = [{"mailNo": r.waybill, "routes": [
                {"acceptTime": _TIMES[i], "opCode": by_code[a], "remark": a}
                for i, a in enumerate(traces(state(r.waybill) or ParcelState.CREATED))] if r.ok else []}
                for r in results]
            return _sf("A1000", "", {"success": True, "errorCode": "S0000", "msgData": {"routeResps": resps}})
        (r,) = results
        if not r.ok:
            return _sf("A1000", "", {"success": False, "errorCode": "8000",
                                     "errorMsg": _WORDS.get(r.code, r.message)})
        return _sf("A1000", "", {"success": True, "errorCode": "S0000", "msgData": {"waybillNo": r.waybill}})


def _sf(code: str, message: str, data: dict[str, Any] | None = None) -> Answer:
    return _json({"apiResultCode": code, "apiErrorMsg": message, "apiResponseID": secrets.token_hex(8),
                  "apiResultData": json.dumps(data, ensure_ascii=False) if data is not None else ""})


# -- YTO ----------------------------------------------------------------------------------------------------------

_WORDS: Final = {"delivered": "该运单已签收", "not_found": "运单不存在",
                     "already_intercepted": "该运单已存在拦截件", "not_picked_up": "运单未揽收",
                     "picked_up": "运单已揽收，不能取消", "cancelled": "运单不存在（已取消）"}
_YTO_INFO: Final = {"picked_up": "【杭州转运中心】已收件", "in_transit": "快件已发往【上海转运中心】",
                    "out_for_delivery": "快件正在派送中", "delivered": "快件已签收，签收人：本人"}


class YtoCodec:
    carrier = "yto"

    def read(self, path: str, headers: Mapping[str, str], body: bytes, accounts: Accounts) -> Received | Answer:
        parts = path.strip("/").split("/")  # open/{method}/v1/{userId}/{appKey}
        if len(parts) != 5 or parts[0] != "open" or parts[2] != "v1":
            return _json({"statusCode": 404, "statusMessage": "path: /open/{method}/v1/{userId}/{appKey}"})
        method, user_id, app_key = parts[1], parts[3], parts[4]
        account = accounts.get(app_key)
        if account is None or credentials("yto", account)["user_id"] != user_id:
            return _json({"statusCode": 401, "statusMessage": "客户编码或 appKey 不存在"})
        try:
            envelope = json.loads(body)
            param = str(envelope["param"])
        except (ValueError, KeyError, TypeError):
            return _json({"statusCode": 400, "statusMessage": "请求格式不对"})
        expected = signatures.yto(param, secret_for(credentials("yto", account), method), method, "v1")
        if not _same(str(envelope.get("sign", "")), expected):
            return _json({"statusCode": 401, "statusMessage": "签名验证失败"})
        ops = [op for op, m in YTO_METHODS.items() if m == method]
        fields = json.loads(param)
        if not ops:
            return _json({"statusCode": 404, "statusMessage": f"接口 {method[:40]} 不存在"})
        op = ops[0]
        waybill = str(fields.get("Number") or fields.get("waybillNo") or fields.get("logisticsNo") or "")
        params = {}
        if op is Op.CHANGE_ADDRESS:
            params = new_address(fields, *_YTO_RECEIVER)
        return Received(op, [Item(key=_random_key(), waybill=waybill, params=params)], account.app_key)

    def answer(self, got: Received, results: Sequence[ItemResult], state: Callable[[str], ParcelState | None]
               ) -> Answer:
        (r,) = results
        if got.op is Op.TRACK:
            if not r.ok:
                return _json({"success": False, "message": _WORDS.get(r.code, r.message)})
            return _json([{"waybill_No": r.waybill, "upload_Time": _TIMES[i], "processInfo": _YTO_INFO[a]}
                          for i, a in enumerate(traces(state(r.waybill) or ParcelState.CREATED))])
        if got.op is Op.CANCEL:
            return _json({"logisticsNo": r.waybill} if r.ok else {"success": False,
                                                                 "reason": _WORDS.get(r.code, r.message)})
        return _json({"statusCode": 0, "statusMessage": "成功"} if r.ok else
                     {"statusCode": 1, "statusMessage": _WORDS.get(r.code, r.message)})


# -- J&T ----------------------------------------------------------------------------------------------------------

_JT_WORDS: Final = {"delivered": "运单已签收", "not_found": "运单不存在", "already_intercepted": "拦截申请已存在",
                    "not_picked_up": "运单未揽收"}
_JT_SCANS: Final = {"picked_up": "快件揽收", "in_transit": "发件扫描", "out_for_delivery": "出仓扫描",
                    "delivered": "快件签收"}


class JtCodec:
    carrier = "jt"

    def read(self, path: str, headers: Mapping[str, str], body: bytes, accounts: Accounts) -> Received | Answer:
        account = accounts.get(headers.get("apiaccount", ""))
        if account is None:
            return _json({"code": "0", "msg": "apiAccount 不存在"})
        biz = _form(body).get("bizContent", "")
        if not _same(headers.get("digest", ""), signatures.jt(biz, credentials("jt", account)["private_key"])):
            return _json({"code": "0", "msg": "签名验证失败"})
        ops = [op for op, p in JT_PATHS.items() if p == path.strip("/").removeprefix("webopenplatformapi/api/")]
        try:
            fields = json.loads(biz)
        except ValueError:
            fields = None
        if not ops or not isinstance(fields, dict):
            return _json({"code": "0", "msg": "接口或参数不对"})
        if ops[0] is Op.TRACK:
            return Received(Op.TRACK, [Item(key=_random_key(), waybill=str(fields.get("billCodes", "")))],
                            account.app_key)
        op = Op.CHANGE_ADDRESS if str(fields.get("applyTypeCode")) == "5" else Op.INTERCEPT
        params = {}
        if op is Op.CHANGE_ADDRESS:
            params = new_address(fields, *_RECEIVE)
        return Received(op, [Item(key=_random_key(), waybill=str(fields.get("mailNo", "")), params=params)],
                        account.app_key)

    def answer(self, got: Received, results: Sequence[ItemResult], state: Callable[[str], ParcelState | None]
               ) -> Answer:
        (r,) = results
        if not r.ok:
            return _json({"code": "0", "msg": _JT_WORDS.get(r.code, r.message)})
        if got.op is Op.TRACK:
            details = [{"scanTime": _TIMES[i], "scanType": _JT_SCANS[a], "desc": a}
                       for i, a in enumerate(traces(state(r.waybill) or ParcelState.CREATED))]
            return _json({"code": "1", "msg": "success", "data": [{"billCode": r.waybill, "details": details}]})
        return _json({"code": "1", "msg": "success", "data": {"mailNo": r.waybill}})


# -- EMS ----------------------------------------------------------------------------------------------------------

_EMS_NAMES: Final = {"picked_up": "收寄", "in_transit": "到达处理中心", "out_for_delivery": "安排投递",
                     "delivered": "投递结果反馈-妥投"}


class EmsCodec:
    carrier = "ems"

    def read(self, path: str, headers: Mapping[str, str], body: bytes, accounts: Accounts) -> Received | Answer:
        f = _form(body)
        account = accounts.get(f.get("senderNo", ""))
        if account is None or credentials("ems", account)["authorization"] != f.get("authorization"):
            return _json({"retCode": "S0002", "retMsg": "协议客户号或授权码不对"})
        try:
            business = json.loads(signatures.ems_decrypt(f.get("logitcsInterface", ""),
                                                         credentials("ems", account)["sm4_key"]))
        except (signatures.SignatureError, ValueError):
            return _json({"retCode": "S0003", "retMsg": "报文解密失败"})
        ops = [op for op, code in EMS_CODES.items() if code == f.get("apiCode")]
        if not ops or not isinstance(business, dict):
            return _json({"retCode": "S0004", "retMsg": "接口编码不存在"})
        return Received(ops[0], [Item(key=_random_key(), waybill=str(business.get("waybillNo", "")))],
                        account.app_key)

    def answer(self, got: Received, results: Sequence[ItemResult], state: Callable[[str], ParcelState | None]
               ) -> Answer:
        (r,) = results
        if not r.ok:
            return _json({"retCode": "B0001", "retMsg": "运单不存在" if r.code == "not_found" else r.message})
        rows = [{"waybillNo": r.waybill, "opTime": _TIMES[i], "opCode": str(100 + i), "opName": _EMS_NAMES[a],
                 "opDesc": _EMS_NAMES[a]} for i, a in enumerate(traces(state(r.waybill) or ParcelState.CREATED))]
        return _json({"retCode": "00000", "retMsg": "成功", "retBody": json.dumps(rows, ensure_ascii=False)})


# -- STO ----------------------------------------------------------------------------------------------------------

_STO_SCANS: Final = {"picked_up": "收件", "in_transit": "发件", "out_for_delivery": "派件", "delivered": "签收"}


class StoCodec:
    carrier = "sto"

    def read(self, path: str, headers: Mapping[str, str], body: bytes, accounts: Accounts) -> Received | Answer:
        if path.strip("/") != "gateway/link.do":
            return _json({"success": "false", "errorCode": "404", "errorMsg": "接口不存在", "needRetry": "false"})
        f = _form(body)
        account = accounts.get(f.get("from_appkey", ""))
        if account is None or credentials("sto", account)["from_code"] != f.get("from_code"):
            return _json({"success": "false", "errorCode": "S01", "errorMsg": "from_appkey 不存在",
                          "needRetry": "false"})
        content = f.get("content", "")
        if not _same(f.get("data_digest", ""), signatures.sto(content, credentials("sto", account)["secret"])):
            return Answer(200, "<response><success>false</success><errorMsg>签名校验失败</errorMsg></response>"
                          .encode(), "text/xml")
        ops = [op for op, (api, _to) in STO_APIS.items() if api == f.get("api_name")]
        try:
            fields = json.loads(content)
        except ValueError:
            fields = None
        if not ops or not isinstance(fields, dict):
            return _json({"success": "false", "errorCode": "S02", "errorMsg": "参数不对", "needRetry": "false"})
        if ops[0] is Op.TRACK:
            numbers = [str(n) for n in fields.get("waybillNoList") or []]
            return Received(Op.TRACK, [Item(key=_random_key(), waybill=n) for n in numbers], account.app_key)
        op = Op.CHANGE_ADDRESS if fields.get("receiverAddress") else Op.INTERCEPT
        params = {}
        if op is Op.CHANGE_ADDRESS:
            params = new_address(fields, *_STO_RECEIVER)
        return Received(op, [Item(key=_random_key(), waybill=str(fields.get("waybillNo", "")), params=params)],
                        account.app_key)

    def answer(self, got: Received, results: Sequence[ItemResult], state: Callable[[str], ParcelState | None]
               ) -> Answer:
        if got.op is Op.TRACK:
            data = {r.waybill: [{"opTime": _TIMES[i], "scanType": _STO_SCANS[a], "memo": a}
                                for i, a in enumerate(traces(state(r.waybill) or ParcelState.CREATED))]
                    for r in results if r.ok}
            return _json({"success": "true", "errorCode": "", "errorMsg": "", "needRetry": "false", "data": data})
        (r,) = results
        if not r.ok:
            return _json({"success": "false", "errorCode": "B01", "errorMsg": _WORDS.get(r.code, r.message),
                          "needRetry": "false"})
        return _json({"success": "true", "errorCode": "", "errorMsg": "", "needRetry": "false", "data": None})


# -- kuaidi100 ----------------------------------------------------------------------------------------------------

_K100_CARRIERS: Final = {com: carrier for carrier, com in COMS.items()}
_K100_STATES: Final = {"picked_up": "1", "in_transit": "0", "out_for_delivery": "5", "delivered": "3"}


class Kuaidi100Codec:
    """kuaidi100 speaking for the carriers it covers: which one, each request names (``com``, ``kuaidicom``)."""

    carrier = "kuaidi100"

    def read(self, path: str, headers: Mapping[str, str], body: bytes, accounts: Accounts) -> Received | Answer:
        f = _form(body)
        try:
            param = json.loads(f.get("param", ""))
        except ValueError:
            param = None
        if not isinstance(param, dict):
            return _json({"result": False, "returnCode": "400", "message": "param 不对"})
        if path == "/poll/query.do":
            return self._query(f, param, accounts)
        account = accounts.get(f.get("key", ""))
        if account is None or not _same(f.get("sign", ""), signatures.kuaidi100_method(
                f.get("param", ""), f.get("t", ""), f.get("key", ""), credentials("kuaidi100", account)["secret"])):
            return _json({"result": False, "returnCode": "601", "message": "签名错误"})
        return self._method(path, f.get("method", ""), param, account)

    @staticmethod
    def _query(f: Mapping[str, str], param: Mapping[str, Any], accounts: Accounts) -> Received | Answer:
        account = next((a for a in accounts.values()
                        if credentials("kuaidi100", a)["customer"] == f.get("customer")), None)
        if account is None or not _same(f.get("sign", ""), signatures.kuaidi100_query(
                f.get("param", ""), credentials("kuaidi100", account)["key"], account.customer)):
            return _json({"result": False, "returnCode": "601", "message": "签名错误"})
        return Received(Op.TRACK, [Item(key=_random_key(), waybill=str(param.get("num", "")))], account.app_key,
                        _K100_CARRIERS.get(str(param.get("com", "")), ""))

    @staticmethod
    def _method(path: str, method: str, param: Mapping[str, Any], account: Account) -> Received | Answer:
        waybill, carrier = str(param.get("kuaidinum", "")), _K100_CARRIERS.get(str(param.get("kuaidicom", "")), "")
        if path != "/label/order" or method != "interceptOrder":
            return _json({"result": False, "returnCode": "404", "message": "接口不存在"})
        if param.get("interceptType") != "MODIFY_ADDR":
            return Received(Op.INTERCEPT, [Item(key=_random_key(), waybill=waybill)], account.app_key, carrier)
        man = param.get("recManInfo") or {}
        return Received(Op.CHANGE_ADDRESS, [Item(key=_random_key(), waybill=waybill, params={
            "address": str(man.get("printAddr", "")), "name": str(man.get("name", "")),
            "phone": str(man.get("mobile", ""))})], account.app_key, carrier)

    def answer(self, got: Received, results: Sequence[ItemResult], state: Callable[[str], ParcelState | None]
               ) -> Answer:
        (r,) = results
        if not r.ok:
            return _json({"result": False, "returnCode": "500", "message": _WORDS.get(r.code, r.message)})
        if got.op is Op.TRACK:
            scans = traces(state(r.waybill) or ParcelState.CREATED)
            rows = [{"context": a, "time": _TIMES[i]} for i, a in reversed(list(enumerate(scans)))]
            return _json({"result": True, "returnCode": "200", "message": "ok", "nu": r.waybill,
                          "state": _K100_STATES[scans[-1]] if scans else "0", "data": rows})
        return _json({"result": True, "returnCode": "200", "message": "提交成功", "data": {}})


CODECS: Final[dict[str, Codec]] = {c.carrier: c for c in (ZtoCodec(), SfCodec(), YtoCodec(), JtCodec(), EmsCodec(),
                                                          StoCodec(), Kuaidi100Codec())}
