"""The carriers' HTTP client against a scripted server on 127.0.0.1: framing, keep-alive, timeouts and broken peers."""

from __future__ import annotations

import asyncio
import socket
import ssl
import struct
import subprocess
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from router.carrier.http import HttpConnectionError, HttpPool

Reply = Callable[[bytes], list[bytes] | None]  # the request's bytes -> the pieces to write (None: close at once)


class Scripted:
    """Answers each request with what ``reply`` returns, written piece by piece; counts connections and requests."""

    def __init__(self, reply: Reply, *, close_after: bool = False, reset_after: bool = False) -> None:
        self.reply = reply
        self.close_after = close_after
        self.reset_after = reset_after  # end the connection with a reset (RST), not a clean close
        self.connections = 0
        self.requests: list[bytes] = []

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), 0)
                request = head + await reader.readexactly(length)
                self.requests.append(request)
                pieces = self.reply(request)
                if pieces is None:
                    break
                for piece in pieces:
                    writer.write(piece)
                    await writer.drain()
                    await asyncio.sleep(0.001)  # so the client sees the pieces apart
                if self.close_after or self.reset_after:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            if self.reset_after:
                writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.close()


@asynccontextmanager
async def server(script: Scripted, tls: ssl.SSLContext | None = None) -> AsyncIterator[int]:
    srv = await asyncio.start_server(script.serve, "127.0.0.1", 0, ssl=tls)
    async with srv:
        yield srv.sockets[0].getsockname()[1]


def fixed(body: bytes, extra: bytes = b"") -> Reply:
    return lambda _req: [b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n%s\r\n" % (len(body), extra), body]


async def test_a_kept_alive_connection_serves_the_next_request() -> None:
    script = Scripted(fixed(b'{"ok":true}', b"Retry-After: 3\r\n"))
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}/api") as pool:
        first = await pool.request("POST", "/zto/track", b"{}", {"x-sign": "abc"})
        second = await pool.request("POST", "/zto/track", b"{}")
    assert (first.status, first.body, first.headers["retry-after"]) == (200, b'{"ok":true}', "3")
    assert second.body == b'{"ok":true}'
    assert script.connections == 1 and len(script.requests) == 2
    assert script.requests[0].startswith(b"POST /api/zto/track HTTP/1.1\r\nHost: 127.0.0.1:")
    assert b"\r\nx-sign: abc\r\n" in script.requests[0] and script.requests[0].endswith(b"\r\n\r\n{}")


async def test_a_chunked_body_arriving_in_pieces_is_joined() -> None:
    pieces = [b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", b"5\r\nhel", b"lo\r\n6;ext=1\r\n wor",
              b"ld\r\n0\r\n", b"\r\n"]
    script = Scripted(lambda _req: pieces)
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        got = [await pool.request("GET", "/") for _ in range(2)]
    assert [r.body for r in got] == [b"hello world"] * 2
    assert script.connections == 1


async def test_a_body_without_length_ends_with_the_connection_which_is_not_reused() -> None:
    script = Scripted(lambda _req: [b"HTTP/1.1 500 Oops\r\nContent-Type: text/plain\r\n\r\n", b"busy"],
                      close_after=True)
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        got = [await pool.request("POST", "/x") for _ in range(2)]
    assert [(r.status, r.body) for r in got] == [(500, b"busy")] * 2
    assert script.connections == 2


async def test_connection_close_and_http_1_0_are_not_reused() -> None:
    replies = iter([b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\na",
                    b"HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nb", b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nc"])
    script = Scripted(lambda _req: [next(replies)])
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        got = [(await pool.request("GET", "/")).body for _ in range(3)]
    assert got == [b"a", b"b", b"c"]
    assert script.connections == 3


async def test_a_connection_the_server_closed_while_idle_is_not_used() -> None:
    script = Scripted(fixed(b"ok"), close_after=True)  # closes after answering, though the answer said keep-alive
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        await pool.request("GET", "/")
        await asyncio.sleep(0.05)
        assert (await pool.request("GET", "/")).body == b"ok"
    assert script.connections == 2


async def test_a_slow_answer_times_out_and_its_connection_is_dropped() -> None:
    calls = 0

    def reply(_req: bytes) -> list[bytes]:
        nonlocal calls
        calls += 1
        return [b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nsl"] if calls == 1 else [
            b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nfast"]

    script = Scripted(reply)
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        with pytest.raises(TimeoutError):
            await pool.request("GET", "/", timeout_s=0.2)
        # the half-read answer must not be taken for the next request's
        assert (await pool.request("GET", "/")).body == b"fast"
    assert script.connections == 2


async def test_a_cancelled_request_drops_its_connection() -> None:
    script = Scripted(lambda _req: [b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nonly"])
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        task = asyncio.create_task(pool.request("GET", "/"))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert repr(pool).endswith("idle=0>")
    assert script.connections == 1


@pytest.mark.parametrize("answer", [
    b"SMTP ready\r\n\r\n",
    b"HTTP/1.1 2xx OK\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: \xef\xbc\x91\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
])
async def test_a_broken_answer_is_a_connection_error(answer: bytes) -> None:
    script = Scripted(lambda _req: [answer])
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        with pytest.raises(HttpConnectionError):
            await pool.request("GET", "/")


async def test_a_peer_that_hangs_up_mid_answer_or_is_not_there_is_a_connection_error() -> None:
    script = Scripted(lambda _req: [b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf"], close_after=True)
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        with pytest.raises(HttpConnectionError, match="before the response was complete"):
            await pool.request("GET", "/")
    with pytest.raises(HttpConnectionError, match="cannot connect"):
        await HttpPool(f"http://127.0.0.1:{port}").request("GET", "/")


async def test_a_header_value_with_a_line_break_is_refused() -> None:
    script = Scripted(fixed(b"ok"))
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        with pytest.raises(ValueError, match="line break"):
            await pool.request("GET", "/", headers={"x-sign": "a\r\nX-Injected: 1"})
    assert script.requests == []


@pytest.mark.parametrize("answer", [
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-6\r\nhello!\r\n0\r\n\r\n",  # (looped forever)
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffff\r\n",  # more than MAX_BODY, refused at once
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n",  # no CRLF after the data
    b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc",
])
async def test_a_chunked_or_length_framing_that_breaks_the_rules_is_refused_at_once(answer: bytes) -> None:
    script = Scripted(lambda _req: [answer])
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        with pytest.raises(HttpConnectionError):
            await pool.request("GET", "/", timeout_s=5)


async def test_trailers_interim_answers_and_empty_answers_are_read() -> None:
    replies = iter([
        [b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\nX-Check: 1\r\n\r\n"],
        [b"HTTP/1.1 100 Continue\r\n\r\n", b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfinal"],
        [b"HTTP/1.1 204 No Content\r\n\r\n"],
        [b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nz"],
    ])
    script = Scripted(lambda _req: next(replies))
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        got = [(r.status, r.body) for r in [await pool.request("GET", "/") for _ in range(4)]]
    assert got == [(200, b"ok"), (200, b"final"), (204, b""), (200, b"z")]
    assert script.connections == 1


async def test_a_body_ended_by_a_reset_is_no_answer() -> None:
    script = Scripted(lambda _req: [b"HTTP/1.1 200 OK\r\n\r\n", b'{"results":[{"ok":tr'], reset_after=True)
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        with pytest.raises(HttpConnectionError):
            await pool.request("GET", "/")


async def test_bytes_beyond_the_body_put_the_connection_out_of_use() -> None:
    script = Scripted(lambda _req: [b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokSTRAY"])
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        got = [(await pool.request("GET", "/")).body for _ in range(2)]
    assert got == [b"ok", b"ok"] and script.connections == 2


@pytest.mark.parametrize(("method", "path", "headers"), [
    ("POST", "/x", {"x-name": "张三"}),  # outside Latin-1
    ("POST", "/x", {"Host": "elsewhere"}),
    ("POST", "/x", {"Content-Length": "0"}),
    ("POST", "/x y", {}),
    ("GET\r\nX", "/x", {}),
])
async def test_a_request_that_cannot_be_written_is_refused_before_any_connection(
        method: str, path: str, headers: dict[str, str]) -> None:
    script = Scripted(fixed(b"ok"))
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        with pytest.raises(ValueError):
            await pool.request(method, path, b"", headers)
    assert script.connections == 0


async def test_a_connection_idle_too_long_is_not_used() -> None:
    script = Scripted(fixed(b"ok"))
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}", idle_s=0.05) as pool:
        await pool.request("GET", "/")
        await asyncio.sleep(0.1)
        await pool.request("GET", "/")
    assert script.connections == 2


async def test_a_kept_connection_closed_before_any_answer_is_tried_once_more_on_a_fresh_one() -> None:
    calls = 0

    def reply(_req: bytes) -> list[bytes] | None:
        nonlocal calls
        calls += 1
        return None if calls == 2 else [b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"]

    script = Scripted(reply)
    async with server(script) as port, HttpPool(f"http://127.0.0.1:{port}") as pool:
        got = [(await pool.request("POST", "/", b"{}")).body for _ in range(2)]
    assert got == [b"ok", b"ok"]
    assert script.connections == 2 and len(script.requests) == 3


def test_only_http_urls_make_a_pool() -> None:
    with pytest.raises(ValueError, match="not an http"):
        HttpPool("ftp://example.com")
    assert HttpPool("https://open.example.com/gw").port == 443
    with pytest.raises(ValueError, match="no query"):
        HttpPool("https://user:pw@open.example.com/gw")


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and its key."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


async def test_https_is_spoken_with_certificate_checks(certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    served = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    served.load_cert_chain(cert, key)
    script = Scripted(fixed(b"secure"))
    async with server(script, served) as port:
        trusting = ssl.create_default_context(cafile=str(cert))
        async with HttpPool(f"https://localhost:{port}", ssl_context=trusting) as pool:
            assert (await pool.request("GET", "/")).body == b"secure"
        with pytest.raises(HttpConnectionError, match="cannot connect"):  # an unknown certificate is refused
            await HttpPool(f"https://localhost:{port}").request("GET", "/")
        with pytest.raises(HttpConnectionError, match="cannot connect"):  # and one for another host
            await HttpPool(f"https://127.0.0.1:{port}", ssl_context=trusting).request("GET", "/")
