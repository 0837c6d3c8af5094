"""A small HTTP/1.1 client for the carriers' APIs: kept-alive connections to one origin, one request each at a time.

Why our own: a carrier call is a small signed POST answered by a small body, and a general client's own machinery
(sessions, middlewares, multidicts, tracing, cookie jars) cost more CPU per call than the rest of the call's path;
docs/performance.md has the comparison. What the carriers' open platforms need is all it does: POST or GET with a
body of bytes over http or https, responses framed by Content-Length, chunked encoding or the connection's end
(interim 1xx answers skipped). No redirects, cookies, proxies or compression (we never send Accept-Encoding).

Errors: anything that stops a complete, well-formed response arriving is ``HttpConnectionError``; running out of
time is ``TimeoutError``; a request that cannot be written (a line break or a character outside Latin-1 in its
method, path or headers) is ``ValueError``, raised before any connection is taken. Cancellation: a request
cancelled or timed out closes its connection, because the late response would otherwise be read as the answer to
the next request on it. A kept connection idle longer than ``idle_s`` is closed rather than used (servers close
theirs after a while); one the server closed before answering a word is tried once more on a fresh connection
(the carrier items carry idempotency keys, so sending again is safe); one that fails later fails the request.
Limits: a response's head and its body are each capped (``MAX_HEAD``, ``MAX_BODY``), chunk sizes included.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast
from urllib.parse import urlsplit

MAX_HEAD = 64 * 1024
MAX_BODY = 16 * 1024 * 1024
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,8}")  # hex digits only: no sign, no 0x, no underscores
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # a method or a header name (RFC 9110 token)


class HttpConnectionError(OSError):
    """No complete response: the connection failed, closed early, or the response broke HTTP/1.1."""


class HttpNotSentError(HttpConnectionError):
    """No connection was made (refused, or not made in time): nothing of the request was sent."""


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    headers: Mapping[str, str]  # names in lower case; a repeated header keeps its last value
    body: bytes


class _Framing:
    LENGTH, CHUNKED, UNTIL_CLOSE = range(3)


def _head(raw: bytes) -> tuple[int, dict[str, str], bool]:
    """Status, headers and whether the connection may be kept, from a response's head (without the blank line)."""
    lines = raw.decode("latin-1").split("\r\n")
    version, _, rest = lines[0].partition(" ")
    if not version.startswith("HTTP/1.") or not rest[:3].isdigit() or not rest[:3].isascii():
        raise HttpConnectionError(f"not an HTTP/1.x status line: {lines[0][:60]!r}")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon:
            raise HttpConnectionError(f"malformed header line: {line[:60]!r}")
        name, value = name.strip().lower(), value.strip()
        if name == "content-length" and headers.get(name, value) != value:
            raise HttpConnectionError("two different Content-Length headers")
        headers[name] = value
    keep = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
    return int(rest[:3]), headers, keep


class _Connection(asyncio.Protocol):
    """One TCP (or TLS) connection; ``response`` is the future of the request in flight, if any."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.response: asyncio.Future[Response] | None = None
        self.closed = False
        self.reusable = False
        self.received = 0  # bytes of the current response so far
        self.idle_since = 0.0
        self._buf = bytearray()
        self._head: tuple[int, dict[str, str], bool] | None = None
        self._body_at = 0
        self._framing = _Framing.LENGTH
        self._length = 0
        self._chunks = bytearray()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's stream transports are no subclasses

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        fut = self.response
        if fut is None or fut.done():
            return
        if exc is None and self._head is not None and self._framing == _Framing.UNTIL_CLOSE:
            status, headers, _ = self._head  # ended by the connection's clean end, not by an error
            self._finish(Response(status, headers, bytes(self._buf[self._body_at:])), keep=False)
        else:
            fut.set_exception(HttpConnectionError(f"connection closed before the response was complete: {exc}"))

    def send(self, data: bytes, response: asyncio.Future[Response]) -> None:
        assert self.transport is not None
        self.response = response
        self._buf.clear()
        self._head = None
        self._chunks.clear()
        self.reusable = False
        self.received = 0
        self.transport.write(data)

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        if self.response is None or self.response.done():
            self.close()  # bytes nobody asked for: the stream is out of step
            return
        self._buf += data
        self.received += len(data)
        try:
            if len(self._buf) > MAX_HEAD + MAX_BODY:
                raise HttpConnectionError("response too large")
            self._advance()
        except HttpConnectionError as e:
            self.response.set_exception(e)
            self.close()

    def _advance(self) -> None:
        if self._head is None and not self._read_head():
            return
        assert self._head is not None
        status, headers, keep = self._head
        if self._framing == _Framing.LENGTH:
            end = self._body_at + self._length
            if len(self._buf) >= end:  # bytes beyond the body: out of step, not kept
                self._finish(Response(status, headers, bytes(self._buf[self._body_at:end])), keep and
                             len(self._buf) == end)
        elif self._framing == _Framing.CHUNKED and self._read_chunks():
            self._finish(Response(status, headers, bytes(self._chunks)), keep)

    def _read_head(self) -> bool:
        """Reads the final response's head (interim 1xx ones are skipped); false until it has arrived."""
        while True:
            end = self._buf.find(b"\r\n\r\n")
            if end < 0:
                if len(self._buf) > MAX_HEAD:
                    raise HttpConnectionError("response head too large")
                return False
            status, headers, keep = _head(bytes(self._buf[:end]))
            if 100 <= status < 200:
                del self._buf[:end + 4]  # "100 Continue" and the like: the answer is still to come
                continue
            self._head = (status, headers, keep)
            break
        self._body_at = end + 4
        coding = headers.get("transfer-encoding", "").lower()
        if coding:  # chunked last: chunked framing; any other coding: until the connection ends
            self._framing = _Framing.CHUNKED if coding.rsplit(",", 1)[-1].strip() == "chunked" else _Framing.UNTIL_CLOSE
        elif "content-length" in headers:
            length = headers["content-length"]
            if not length.isdigit() or not length.isascii() or int(length) > MAX_BODY:
                raise HttpConnectionError(f"bad Content-Length {length[:20]!r}")
            self._framing, self._length = _Framing.LENGTH, int(length)
        elif status in (204, 304):
            self._framing, self._length = _Framing.LENGTH, 0
        else:
            self._framing = _Framing.UNTIL_CLOSE
        if self._framing == _Framing.UNTIL_CLOSE:
            self._head = (status, headers, False)
        return True

    def _read_chunks(self) -> bool:
        """Consumes whole chunks from the buffer; true once the last chunk and its trailer have arrived."""
        while True:
            line_end = self._buf.find(b"\r\n", self._body_at)
            if line_end < 0:
                if len(self._buf) - self._body_at > 1024:
                    raise HttpConnectionError("chunk size line too long")
                return False
            size = self._chunk_size(line_end)
            if size == 0:  # the last chunk: done once the (usually empty) trailer has ended
                if self._buf.find(b"\r\n\r\n", line_end) >= 0:
                    return True
                if len(self._buf) - line_end > MAX_HEAD:
                    raise HttpConnectionError("chunked trailer too large")
                return False
            start = line_end + 2
            if len(self._buf) < start + size + 2:
                return False
            if self._buf[start + size:start + size + 2] != b"\r\n":
                raise HttpConnectionError("chunk not ended by CRLF")
            self._chunks += self._buf[start:start + size]
            self._body_at = start + size + 2

    def _chunk_size(self, line_end: int) -> int:
        """The size on the chunk line ending at ``line_end`` (extensions after ";" ignored), within the limits."""
        size_text = bytes(self._buf[self._body_at:line_end]).split(b";", 1)[0].strip()
        if _CHUNK_SIZE.fullmatch(size_text) is None:
            raise HttpConnectionError(f"bad chunk size {size_text[:20]!r}")
        size = int(size_text, 16)
        if len(self._chunks) + size > MAX_BODY:
            raise HttpConnectionError("response body too large")
        return size

    def _finish(self, response: Response, keep: bool) -> None:
        self.reusable = keep and not self.closed
        assert self.response is not None
        self.response.set_result(response)


class HttpPool:
    """Connections to one origin (scheme, host, port). No limit of its own on how many are open at once: the
    carrier layer's concurrency limit is the limit; at most ``max_idle`` are kept between requests (size it to
    that limit, or calls open new connections, and over https new handshakes), each for at most ``idle_s``."""

    def __init__(self, base_url: str, *, max_idle: int = 32, idle_s: float = 15.0,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {base_url!r}")
        if parts.query or parts.username or parts.password:
            raise ValueError(f"a base URL takes no query or user: {base_url!r}")
        self.host = parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.prefix = parts.path.rstrip("/")
        self._ssl = (ssl_context or ssl.create_default_context()) if parts.scheme == "https" else None
        default_port = self.port == (443 if parts.scheme == "https" else 80)
        host = f"[{self.host}]" if ":" in self.host else self.host  # an IPv6 address in brackets
        self._host_header = host if default_port else f"{host}:{self.port}"
        self._idle: list[_Connection] = []
        self._max_idle = max_idle
        self._idle_s = idle_s

    def __repr__(self) -> str:
        return f"<HttpPool {self.host}:{self.port} idle={len(self._idle)}>"

    async def request(
        self, method: str, path: str, body: bytes = b"", headers: Mapping[str, str] | None = None,
        *, timeout_s: float = 10.0,
    ) -> Response:
        """``path`` is appended to the base URL's path (query string included, already encoded)."""
        data = self._encode(method, path, body, headers or {})  # before a connection is taken
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        conn, reused = await self._connection(loop, timeout_s)
        try:
            result = await self._exchange(loop, conn, data, deadline)
        except HttpConnectionError:
            if not (reused and conn.received == 0):
                raise
            # closed by the server as we sent, before a word of answer: once more on a fresh connection
            conn, _ = await self._connection(loop, max(0.0, deadline - loop.time()), fresh=True)
            result = await self._exchange(loop, conn, data, deadline)
        if conn.reusable and len(self._idle) < self._max_idle:
            conn.response = None
            conn.idle_since = loop.time()
            self._idle.append(conn)
        else:
            conn.close()
        return result

    def _encode(self, method: str, path: str, body: bytes, headers: Mapping[str, str]) -> bytes:
        if _TOKEN.fullmatch(method) is None or not path.startswith("/") or any(c in path for c in " \r\n\t"):
            raise ValueError(f"not a request line: {method!r} {path!r}")
        head = [f"{method} {self.prefix}{path} HTTP/1.1\r\nHost: {self._host_header}\r\n"
                f"Content-Length: {len(body)}\r\n"]
        for name, value in headers.items():
            if _TOKEN.fullmatch(name) is None or name.lower() in ("host", "content-length", "transfer-encoding"):
                raise ValueError(f"header name {name!r} is not one a caller may set")
            if "\r" in value or "\n" in value:
                raise ValueError(f"header {name!r} holds a line break")
            head.append(f"{name}: {value}\r\n")
        head.append("\r\n")
        try:
            return "".join(head).encode("latin-1") + body
        except UnicodeEncodeError:
            raise ValueError("a header holds a character outside Latin-1") from None

    @staticmethod
    async def _exchange(loop: asyncio.AbstractEventLoop, conn: _Connection, data: bytes, deadline: float) -> Response:
        response: asyncio.Future[Response] = loop.create_future()
        conn.send(data, response)
        timer = loop.call_at(deadline, _expire, response)
        try:
            return await response
        except BaseException:
            conn.close()
            raise
        finally:
            timer.cancel()

    async def _connection(self, loop: asyncio.AbstractEventLoop, timeout_s: float,
                          fresh: bool = False) -> tuple[_Connection, bool]:
        """A kept connection (and True), or a new one."""
        while self._idle and not fresh:
            conn = self._idle.pop()
            if not conn.closed and loop.time() - conn.idle_since < self._idle_s:
                return conn, True
            conn.close()
        try:
            _, conn = await asyncio.wait_for(
                loop.create_connection(_Connection, self.host, self.port, ssl=self._ssl), timeout_s)
        except TimeoutError:
            raise HttpNotSentError(f"no connection to {self.host}:{self.port} in time") from None
        except OSError as e:
            raise HttpNotSentError(f"cannot connect to {self.host}:{self.port}: {e}") from None
        return conn, False

    async def __aenter__(self) -> HttpPool:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the idle connections; requests in flight finish on theirs, which are then closed."""
        self._max_idle = 0
        while self._idle:
            self._idle.pop().close()


def _expire(response: asyncio.Future[Response]) -> None:
    if not response.done():
        response.set_exception(TimeoutError("no complete response in time"))
