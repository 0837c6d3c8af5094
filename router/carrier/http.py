"""A small HTTP/1.1 client for the carriers' APIs: kept-alive connections to one origin, one request each at a time.

Why our own: a carrier call is a small signed POST answered by a small body, and a general client's own machinery
(sessions, middlewares, multidicts, tracing, cookie jars) cost more CPU per call than the rest of the call's path;
bench/results/service.md has the comparison. What the carriers' open platforms need is all it does: POST or GET
with a body of bytes over http or https, responses framed by Content-Length, chunked encoding or the connection's
end. No redirects, cookies, proxies or compression (we never send Accept-Encoding).

Errors: anything that stops a complete response arriving is ``HttpConnectionError``; running out of time is
``TimeoutError``. Cancellation: a request cancelled or timed out closes its connection, because the late response
would otherwise be read as the answer to the next request on it. Connections closed by the server while idle are
dropped before use; one closed while a request is in flight fails that request (the carrier items carry
idempotency keys, so the caller's retry is safe).
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast
from urllib.parse import urlsplit

MAX_HEAD = 64 * 1024
MAX_BODY = 16 * 1024 * 1024


class HttpConnectionError(OSError):
    """No complete response: the connection failed, closed early, or the response broke HTTP/1.1."""


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
        headers[name.strip().lower()] = value.strip()
    keep = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
    return int(rest[:3]), headers, keep


class _Connection(asyncio.Protocol):
    """One TCP (or TLS) connection; ``response`` is the future of the request in flight, if any."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.response: asyncio.Future[Response] | None = None
        self.closed = False
        self.reusable = False
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
        if self._head is not None and self._framing == _Framing.UNTIL_CLOSE:
            status, headers, _ = self._head
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
        try:
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
            if len(self._buf) - self._body_at >= self._length:
                end = self._body_at + self._length
                self._finish(Response(status, headers, bytes(self._buf[self._body_at:end])), keep)
        elif self._framing == _Framing.CHUNKED:
            if self._read_chunks():
                self._finish(Response(status, headers, bytes(self._chunks)), keep)
        elif len(self._buf) - self._body_at > MAX_BODY:
            raise HttpConnectionError("response body too large")

    def _read_head(self) -> bool:
        end = self._buf.find(b"\r\n\r\n")
        if end < 0:
            if len(self._buf) > MAX_HEAD:
                raise HttpConnectionError("response head too large")
            return False
        status, headers, _ = self._head = _head(bytes(self._buf[:end]))
        self._body_at = end + 4
        if headers.get("transfer-encoding", "").lower() == "chunked":
            self._framing = _Framing.CHUNKED
        elif "content-length" in headers:
            length = headers["content-length"]
            if not length.isdigit() or not length.isascii() or int(length) > MAX_BODY:
                raise HttpConnectionError(f"bad Content-Length {length[:20]!r}")
            self._framing, self._length = _Framing.LENGTH, int(length)
        elif status in (204, 304) or 100 <= status < 200:
            self._framing, self._length = _Framing.LENGTH, 0
        else:
            self._framing = _Framing.UNTIL_CLOSE
            self._head = (status, headers, False)
        return True

    def _read_chunks(self) -> bool:
        """Consumes whole chunks from the buffer; true once the last chunk and its trailer have arrived."""
        while True:
            line_end = self._buf.find(b"\r\n", self._body_at)
            if line_end < 0:
                return False
            size_text = bytes(self._buf[self._body_at:line_end]).split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise HttpConnectionError(f"bad chunk size {size_text[:20]!r}") from None
            if size == 0:  # the last chunk: done once the (usually empty) trailer has ended
                return self._buf.find(b"\r\n\r\n", line_end) >= 0
            start = line_end + 2
            if len(self._buf) < start + size + 2:
                return False
            self._chunks += self._buf[start:start + size]
            if len(self._chunks) > MAX_BODY:
                raise HttpConnectionError("response body too large")
            self._body_at = start + size + 2

    def _finish(self, response: Response, keep: bool) -> None:
        self.reusable = keep and not self.closed
        assert self.response is not None
        self.response.set_result(response)


class HttpPool:
    """Connections to one origin (scheme, host, port). No limit of its own on how many are open at once: the
    carrier layer's concurrency limit is the limit; at most ``max_idle`` are kept between requests."""

    def __init__(self, base_url: str, *, max_idle: int = 32, ssl_context: ssl.SSLContext | None = None) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {base_url!r}")
        self.host = parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.prefix = parts.path.rstrip("/")
        self._ssl = (ssl_context or ssl.create_default_context()) if parts.scheme == "https" else None
        default_port = self.port == (443 if parts.scheme == "https" else 80)
        self._host_header = self.host if default_port else f"{self.host}:{self.port}"
        self._idle: list[_Connection] = []
        self._max_idle = max_idle

    def __repr__(self) -> str:
        return f"<HttpPool {self.host}:{self.port} idle={len(self._idle)}>"

    async def request(
        self, method: str, path: str, body: bytes = b"", headers: Mapping[str, str] | None = None,
        *, timeout_s: float = 10.0,
    ) -> Response:
        """``path`` is appended to the base URL's path (query string included, already encoded)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        conn = await self._connection(loop, timeout_s)
        head = [f"{method} {self.prefix}{path} HTTP/1.1\r\nHost: {self._host_header}\r\n"
                f"Content-Length: {len(body)}\r\n"]
        for name, value in (headers or {}).items():
            if "\r" in value or "\n" in value or "\r" in name or "\n" in name:
                conn.close()
                raise ValueError(f"header {name!r} holds a line break")
            head.append(f"{name}: {value}\r\n")
        head.append("\r\n")
        response: asyncio.Future[Response] = loop.create_future()
        conn.send("".join(head).encode("latin-1") + body, response)
        timer = loop.call_at(deadline, _expire, response)
        try:
            result = await response
        except BaseException:
            conn.close()
            raise
        finally:
            timer.cancel()
        if conn.reusable and len(self._idle) < self._max_idle:
            conn.response = None
            self._idle.append(conn)
        else:
            conn.close()
        return result

    async def _connection(self, loop: asyncio.AbstractEventLoop, timeout_s: float) -> _Connection:
        while self._idle:
            conn = self._idle.pop()
            if not conn.closed:
                return conn
        try:
            _, conn = await asyncio.wait_for(
                loop.create_connection(_Connection, self.host, self.port, ssl=self._ssl,
                                       server_hostname=self.host if self._ssl else None),
                timeout_s,
            )
        except OSError as e:
            raise HttpConnectionError(f"cannot connect to {self.host}:{self.port}: {e}") from None
        return conn

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
