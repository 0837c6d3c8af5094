"""Every network entry point under hostile requests (issue 25): the chat ingress (WeCom and DingTalk callbacks, the
JSON API), the carrier callbacks (the generic protocol's events, and the carriers' own pushes) and the ops
endpoints, each served over real HTTP as in production, each sent requests that hypothesis builds byte by byte:
any method and path, query strings and signature headers with hostile values (non-ASCII, huge, "²", NaN), bodies
of random bytes, broken and deep JSON, wrong types.

Nothing may answer 5xx, nothing may crash (aiohttp logs an unhandled exception as "Error handling request"), and
every server still answers its health check at the end. Each entry point is fuzzed twice: as anyone may reach it
(mostly refused at the signature), and past its authentication (signed, encrypted or with the token, the bodies
shaped as it expects with hostile values) so that what follows is fuzzed too. `make test` sends 300 requests to
each, `make chaos` (KEFU_CHAOS=full) 10,000; the figures are printed."""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections.abc import Iterator
from contextlib import ExitStack, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from prometheus_client import CollectorRegistry, Counter

from kefu_dev.carrier_open import credentials
from kefu_dev.carrier_sim import SimAccount
from router import ops
from router.carrier.callbacks import CallbackReceiver
from router.carrier.signing import signer_for
from router.carrier.wire import signatures
from router.chat import dingtalk, wecom
from router.chat.ingress import Ingress
from router.chat.replays import ReplayGuard
from router.config import ChatGroup, load_settings
from router.config.sections import SIM_SECRET
from router.httpserve import served
from router.testing import MemoryBroker, MemorySink
from router.tickets.store import open_store

FULL = os.environ.get("KEFU_CHAOS") == "full"
PER_ENTRY = 10_000 if FULL else 300
AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"  # 43 characters, as WeCom's EncodingAESKey

ENTRIES: dict[str, tuple[str, list[tuple[str, str]]]] = {  # entry point: (server, [(method, path)])
    "wecom": ("chat", [("GET", "/wecom/callback"), ("POST", "/wecom/callback")]),
    "dingtalk": ("chat", [("POST", "/dingtalk/callback")]),
    "api": ("chat", [("POST", "/api/messages")]),
    "carrier": ("carrier", [("POST", "/callbacks/zto"), ("POST", "/callbacks/sf"), ("POST", "/callbacks/nope")]),
    "ops": ("ops", [("GET", "/metrics"), ("GET", "/healthz"), ("GET", "/readyz")]),
    # past authentication: signed or with the token, so what follows it (decrypting, decoding, binding) is fuzzed
    "wecom-signed": ("chat", [("POST", "/wecom/callback")]),
    "dingtalk-signed": ("chat", [("POST", "/dingtalk/callback")]),
    "api-with-token": ("chat", [("POST", "/api/messages")]),
    "carrier-signed": ("carrier", [("POST", "/callbacks/zto"), ("POST", "/callbacks/yto"),
                                   ("POST", "/callbacks/yunda")]),
    # the carriers' own pushes (the real protocols), each verified with outlet hz's credentials at that carrier
    "pushes": ("pushes", [("POST", f"/callbacks/{c}/hz") for c in ("zto", "yto", "sto", "sf", "jt", "ems",
                                                                   "kuaidi100", "nope")]
               + [("POST", "/callbacks/zto")]),
    "pushes-signed": ("pushes", [("POST", f"/callbacks/{c}/hz") for c in ("zto", "yto", "sto", "sf", "jt", "ems",
                                                                          "kuaidi100")]),
}
PUSHED = SimAccount(customer="OUTLET-HZ", app_key="hz-key", secret="hz-secret")  # outlet hz's account
WECOM_TOKEN, DING_SECRET, API_TOKEN = "fuzz-token", "fuzz-ding-secret", "api-secret-0123456789"
HEALTH = {"chat": "/healthz", "ops": "/healthz"}


class _Crashes(logging.Handler):
    """aiohttp's log of a handler that raised: a crash the client saw as 500."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(record.getMessage()[:200])


@dataclass
class Servers:
    ports: dict[str, int]
    crashes: _Crashes
    statuses: dict[str, dict[int, int]] = field(default_factory=dict)


@asynccontextmanager
async def _running(tmp: Path) -> Any:
    s = load_settings(env={
        "KEFU_CHAT__WECOM_TOKEN": WECOM_TOKEN, "KEFU_CHAT__WECOM_AES_KEY": AES_KEY,
        "KEFU_CHAT__DINGTALK_APP_SECRET": DING_SECRET, "KEFU_CHAT__API_TOKEN": API_TOKEN,
    })
    groups = {"g1": ChatGroup(merchant="m1", platform="wecom"), "d1": ChatGroup(merchant="m2", platform="dingtalk")}
    sink = MemorySink(MemoryBroker())
    store = await open_store(f"sqlite:///{tmp / 'fuzz.db'}")
    registry = CollectorRegistry()
    Counter("fuzz_requests", "a metric to render", registry=registry).inc()
    apps = {"chat": Ingress(s, groups, sink, replays=ReplayGuard(store.db, 300)).app(),
            "carrier": CallbackReceiver(s, sink).app(),
            "pushes": CallbackReceiver(s, sink, lambda outlet, platform: credentials(platform, PUSHED)
                                       if outlet == "hz" else None).app(),
            "ops": ops.app(registry, lambda: (True, []))}
    try:
        async with served(apps["chat"]) as chat, served(apps["carrier"]) as carrier, served(apps["ops"]) as op, \
                served(apps["pushes"]) as pushed:
            yield {name: int(url.rsplit(":", 1)[1]) for name, url in (("chat", chat), ("carrier", carrier),
                                                                        ("ops", op), ("pushes", pushed))}
    finally:
        await store.close()


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    crashes = _Crashes()
    for name in ("aiohttp.server", "aiohttp.web", "kefu"):
        logging.getLogger(name).addHandler(crashes)
    with ExitStack() as stack:
        portal: BlockingPortal = stack.enter_context(start_blocking_portal())
        ports = stack.enter_context(portal.wrap_async_context_manager(_running(tmp_path_factory.mktemp("fuzz"))))
        yield Servers(ports, crashes)
    for name in ("aiohttp.server", "aiohttp.web", "kefu"):
        logging.getLogger(name).removeHandler(crashes)


# -- hostile requests, byte by byte -------------------------------------------------------------------------------
_hostile_text = st.one_of(
    st.text(max_size=40), st.sampled_from(["²", "-1", "1e309", "NaN", "inf", "0x10", "9" * 400, "", " ", "\u00a0",
                                           "%00", "%ff%fe", "../../etc/passwd", "😀", "é", "1", str(int(time.time()))]),
)
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=20,
)
_bodies = st.one_of(
    st.binary(max_size=600),
    _json_values.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(st.sampled_from(["encrypt", "text", "content", "conversationId", "msgId", "senderStaffId",
                                     "group", "id", "sender", "waybill", "event", "status", "sign", "ticket"]),
                    _json_values, max_size=6).map(lambda d: json.dumps(d).encode()),
    st.integers(1, 3000).map(lambda n: b"[" * n + b"]" * n),  # deep
    st.sampled_from([b"{", b'{"text": {"content": 1}}', b'{"encrypt": "!!!"}', b"\xff\xfe\x00", b"null"]),
)
_headers = st.lists(
    st.tuples(st.sampled_from(["timestamp", "sign", "Content-Type", "Authorization", "X-Signature", "X-Timestamp",
                               "msg_signature", "X-Forwarded-For", "Accept", "X-Junk", "Transfer-Encoding"]),
              st.one_of(_hostile_text, st.sampled_from(["application/json", "text/plain", "Bearer ", "Bearer x",
                                                        "Bearer api-secret-0123456789", "multipart/form-data"]))),
    max_size=6,
)
_query = st.lists(st.tuples(st.sampled_from(["msg_signature", "timestamp", "nonce", "echostr", "sign", "x"]),
                            _hostile_text), max_size=5)


def _quote(text: str) -> str:
    return "".join(c if c.isascii() and (c.isalnum() or c in "-._~") else
                   "".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass")) for c in text)


def _signed(entry: str, body: bytes) -> tuple[str, bytes, list[tuple[str, str]]]:
    """A query string, the body and headers that pass the entry point's authentication, around ``body``."""
    if entry == "wecom-signed":
        crypto = wecom.WeComCrypto(WECOM_TOKEN, AES_KEY)
        enc = crypto.encrypt(body.decode("utf-8", "replace"))
        ts, nonce = str(int(time.time())), "n0nce"
        query = f"?msg_signature={crypto.sign(ts, nonce, enc)}&timestamp={ts}&nonce={nonce}"
        return query, json.dumps({"encrypt": enc}).encode(), []
    if entry == "dingtalk-signed":
        ts = str(int(time.time() * 1000))
        return "", body, [("timestamp", ts), ("sign", dingtalk.sign(ts, DING_SECRET))]
    if entry == "api-with-token":
        return "", body, [("Authorization", f"Bearer {API_TOKEN}"), ("Content-Type", "application/json")]
    return "", body, []  # carrier-signed: signed per carrier in _requests


@st.composite
def _requests(draw: st.DrawFn, entry: str) -> tuple[str, bytes]:
    if entry.endswith(("-signed", "-with-token")):
        return _authenticated(draw, entry)
    _server, routes = ENTRIES[entry]
    method, path = draw(st.sampled_from(routes))
    method = draw(st.sampled_from([method, method, method, "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]))
    if draw(st.booleans()):
        path += draw(st.sampled_from(["", "/", "/x", "%00", "/..", "?", "#"]))
    query = draw(_query)
    if query:
        path += "?" + "&".join(f"{_quote(k)}={_quote(v)}" for k, v in query)
    body = draw(_bodies)
    lines = [f"{method} {path} HTTP/1.1".encode(), b"Host: 127.0.0.1", b"Connection: close",
             f"Content-Length: {len(body)}".encode()]
    for name, value in draw(_headers):  # header values as raw bytes: non-ASCII ones too, as a hostile client sends
        lines.append(name.encode() + b": " + value.replace("\r", " ").replace("\n", " ").encode("utf-8",
                                                                                              "surrogatepass"))
    return entry, b"\r\n".join(lines) + b"\r\n\r\n" + body


# Bodies shaped as each entry point expects, with hostile values where its fields are: these get past decoding.
_words = st.one_of(_hostile_text, st.sampled_from(["YT4019283746501 拦截", "75706890164395 改址 杭州市西湖区文三路90号",
                                                   "拦截" * 500, "g1", "d1", "m1", "zto", "intercept"]))
_NEAR: dict[str, st.SearchStrategy[dict[str, Any]]] = {
    "wecom-signed": st.fixed_dictionaries({"msgid": _words, "chatid": _words, "chattype": _words, "msgtype": _words,
                                           "from": st.fixed_dictionaries({"userid": _words}),
                                           "text": st.fixed_dictionaries({"content": _words})}),
    "dingtalk-signed": st.fixed_dictionaries({
        "msgId": _words, "msgtype": _words, "conversationId": _words, "senderStaffId": _words,
        "text": st.fixed_dictionaries({"content": _words})}),
    "api-with-token": st.fixed_dictionaries({"group": _words, "id": _words, "sender": _words, "text": _words}),
    "carrier-signed": st.fixed_dictionaries({"id": _words, "carrier": _words, "waybill": _words, "key": _words,
                                             "op": _words, "event": _words}),
}
_NUMBERS = st.one_of(_words, st.sampled_from(["75123456789012", "YT7514236985412", "SF1234567890123",
                                              "JT0012345678901", "1100000000000", "773012345678901"]))
_TIMES = st.one_of(_hostile_text, st.sampled_from(["2026-12-06 08:00:00", "1796515200000", "1e400"]), st.integers())
_PUSHED_NEAR: dict[str, st.SearchStrategy[Any]] = {  # each carrier's push payload, hostile values in its fields
    "zto": st.lists(st.fixed_dictionaries({"billCode": _NUMBERS, "action": _words, "actionTime": _TIMES}),
                    max_size=3),
    "sto": st.fixed_dictionaries({"waybillNo": _NUMBERS, "trace": st.fixed_dictionaries(
        {"scanType": st.sampled_from(["退回件", "改地址件", "签收"]) | _words, "opTime": _TIMES,
         "outBizCode": _words})}),
    "sf": st.fixed_dictionaries({"Body": st.fixed_dictionaries({"WaybillRoute": st.lists(st.fixed_dictionaries(
        {"mailno": _NUMBERS, "opCode": _words, "remark": st.sampled_from(["已退回", "转寄"]) | _words,
         "acceptTime": _TIMES, "id": _words}), max_size=3)})}),
    "jt": st.fixed_dictionaries({"billCode": _NUMBERS, "details": st.lists(st.fixed_dictionaries(
        {"scanType": _words, "scanTime": _TIMES}), max_size=3)}),
    "ems": st.lists(st.fixed_dictionaries({"waybillNo": _NUMBERS, "opName": _words, "opTime": _TIMES}), max_size=3),
    "kuaidi100": st.fixed_dictionaries({"lastResult": st.fixed_dictionaries(
        {"nu": _NUMBERS, "com": st.sampled_from(["zhongtong", "yuantong", "x"]) | _words,
         "state": st.sampled_from(["3", "4", "6"]) | _words, "data": st.lists(st.fixed_dictionaries(
             {"ftime": _TIMES}), max_size=2)})}),
}


def _pushed(draw: st.DrawFn, platform: str) -> tuple[str, bytes, list[tuple[str, str]]]:
    """A query, body and headers that pass ``platform``'s push verification, around hostile content."""
    creds = credentials(platform, PUSHED)
    if platform == "yto":
        payload = draw(st.one_of(_hostile_text, st.builds(
            lambda n, i, t: f"<UpdateInfo><mailNo>{n}</mailNo><infoContent>{i}</infoContent><acceptTime>{t}"
                            "</acceptTime></UpdateInfo>", _NUMBERS, _words, _TIMES)))
    else:
        payload = draw(st.one_of(_bodies.map(lambda b: b.decode("utf-8", "replace")), _PUSHED_NEAR[platform].map(
            lambda d: json.dumps(d, ensure_ascii=False))))
    form = {"zto": lambda p: {"data": p, "data_digest": signatures.md5_base64(p + creds["secret"])},
            "yto": lambda p: {"logistics_interface": p, "data_digest": signatures.md5_base64(p + creds["secret"])},
            "sto": lambda p: {"content": p, "data_digest": signatures.sto(p, creds["secret"])},
            "kuaidi100": lambda p: {"param": p, "sign": signatures.kuaidi100_push(p, creds["salt"])},
            "jt": lambda p: {"bizContent": p}}
    if platform in form:
        body = urlencode(form[platform](payload)).encode("utf-8", "surrogatepass")
        headers = [("Content-Type", "application/x-www-form-urlencoded")]
        if platform == "jt":
            headers += [("apiAccount", creds["api_account"]), ("digest", signatures.jt(payload, creds["private_key"])),
                        ("timestamp", str(int(time.time() * 1000)))]
        return "", body, headers
    if platform == "sf":
        return f"?token={creds['push_token']}", payload.encode("utf-8", "surrogatepass"), []
    sealed = signatures.ems_encrypt(payload, creds["sm4_key"])  # ems
    return "", json.dumps({"logitcsInterface": sealed, "method": "040002", "senderNo": creds["sender_no"]}).encode(), []


def _authenticated(draw: st.DrawFn, entry: str) -> tuple[str, bytes]:
    method, path = draw(st.sampled_from(ENTRIES[entry][1]))
    if entry == "pushes-signed":
        query, body, headers = _pushed(draw, path.split("/")[2])
    else:
        body = draw(st.one_of(_bodies, _NEAR[entry].map(lambda d: json.dumps(d, ensure_ascii=False).encode())))
        query, body, headers = _signed(entry, body)
    if entry == "carrier-signed":
        carrier = path.rsplit("/", 1)[1]
        headers = list(signer_for(carrier, "", SIM_SECRET).sign(body, "event").items())
    lines = [f"{method} {path}{query} HTTP/1.1".encode(), b"Host: 127.0.0.1", b"Connection: close",
             f"Content-Length: {len(body)}".encode()]
    lines += [f"{name}: {value}".encode() for name, value in headers]
    return entry, b"\r\n".join(lines) + b"\r\n\r\n" + body


def _send(port: int, raw: bytes) -> int:
    """The status the server answered (0: it closed the connection without an answer)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(raw)
        head = b""
        while b"\r\n" not in head:
            chunk = sock.recv(4096)
            if not chunk:
                return 0
            head += chunk
    parts = head.split(b"\r\n", 1)[0].split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def _fuzz(servers: Servers, entry: str) -> None:
    server = ENTRIES[entry][0]
    tally = servers.statuses.setdefault(entry, {})

    @settings(max_examples=PER_ENTRY, deadline=None, database=None, derandomize=not FULL,
              suppress_health_check=list(HealthCheck))
    @given(_requests(entry))
    def run(request: tuple[str, bytes]) -> None:
        status = _send(servers.ports[server], request[1])
        tally[status] = tally.get(status, 0) + 1
        # (0: the server hung up without an answer, as it would on a crash)
        assert 0 < status < 500, f"{entry}: {status} for {request[1][:300]!r}"

    run()
    sent = sum(tally.values())
    print(f"\n{entry}: {sent} hostile requests, statuses {dict(sorted(tally.items()))}")
    assert sent >= PER_ENTRY * 0.9  # (hypothesis may stop a little short when it runs out of new inputs)
    assert not servers.crashes.seen, servers.crashes.seen[:5]
    if server in HEALTH:
        health = f"GET {HEALTH[server]} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
        assert _send(servers.ports[server], health) == 200  # still up and answering


@pytest.mark.parametrize("entry", list(ENTRIES))
def test_hostile_requests_get_no_5xx_and_crash_nothing(servers: Servers, entry: str) -> None:
    _fuzz(servers, entry)
