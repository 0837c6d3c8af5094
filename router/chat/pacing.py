"""Pacing and coalescing for chat robots: pure functions and a clock-driven window, so they test without time.

A robot may send ``limit`` messages in any ``window_s`` seconds (both WeCom and DingTalk: 20 a minute); past a
small burst, sends are spaced, more as the window fills. Replies
to one group are joined, one per line, into messages of at most ``max_bytes`` of UTF-8 (2048 for both); a reply
longer than that alone is split, at line breaks where it can be, else between characters (never inside one).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


def utf8_len(text: str) -> int:
    return len(text.encode())


def split_text(text: str, max_bytes: int) -> list[str]:
    """``text`` in pieces of at most ``max_bytes`` UTF-8 bytes that join back (with line breaks where it was
    cut at one) into ``text``."""
    if utf8_len(text) <= max_bytes:
        return [text]
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if utf8_len(candidate) <= max_bytes:
            current = candidate
            continue
        if current:
            pieces.append(current)
        rest = line
        while utf8_len(rest) > max_bytes:  # one line longer than a message: cut between characters
            cut = rest.encode()[:max_bytes].decode(errors="ignore") or rest[0]  # max_bytes < one character
            pieces.append(cut)
            rest = rest[len(cut) :]
        current = rest
    if current:
        pieces.append(current)
    return pieces


def take_lines(lines: list[str], max_bytes: int) -> int:
    """How many of ``lines`` (at least one) go into the next message when joined by line breaks."""
    size = 0
    for i, line in enumerate(lines):
        size += utf8_len(line) + (1 if i else 0)
        if size > max_bytes:
            return max(i, 1)
    return len(lines)


class Pacer:
    """A robot's sending budget: at most ``limit`` sends in any ``window_s`` seconds, paced by a token bucket.
    ``record`` every attempt: the platform counts the requests it receives, failed or not.

    The bucket holds ``burst`` tokens and refills at ``(limit - burst) / window_s``: a token bucket never lets
    more than ``burst + rate × T`` through in any ``T`` seconds, so never more than ``limit`` in a window. A
    quiet group hears back at once (the burst); a busy robot sends one message every ``window_s / (limit -
    burst)`` (4 s at 20 a minute with a burst of 5), each carrying the replies gathered since, instead of twenty
    at once and then a silent minute. The send times are kept as well, as a second, independent check."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic,
                 burst: int | None = None) -> None:
        self.limit = limit
        self.window_s = window_s
        self.burst = min(max(1, limit // 4) if burst is None else burst, limit)
        self.rate = (limit - self.burst) / window_s if limit > self.burst else limit / window_s
        self._clock = clock
        self._sent: deque[float] = deque()
        self._tokens = float(self.burst)
        self._filled_at = clock()

    def __repr__(self) -> str:
        return f"<Pacer sent={len(self._sent)}/{self.limit} per {self.window_s}s tokens={self._tokens:.2f}>"

    def _expire(self, now: float) -> None:
        while self._sent and self._sent[0] <= now - self.window_s:
            self._sent.popleft()

    def _refill(self, now: float) -> None:
        if now > self._filled_at:  # after a block, nothing refills before the window has passed
            self._tokens = min(float(self.burst), self._tokens + (now - self._filled_at) * self.rate)
            self._filled_at = now

    def wait_s(self) -> float:
        """Seconds until a send is allowed (0: now)."""
        now = self._clock()
        self._expire(now)
        self._refill(now)
        hard = self._sent[0] + self.window_s - now if len(self._sent) >= self.limit else 0.0
        bucket = 0.0 if self._tokens >= 1.0 else (1.0 - self._tokens) / self.rate
        return max(hard, bucket)

    def record(self) -> None:
        now = self._clock()
        self._expire(now)
        self._refill(now)
        self._tokens -= 1.0
        self._sent.append(now)

    def block(self, since: float | None = None) -> None:
        """Count the window as full from ``since`` (default: now): the platform said we are over its limit, or
        sends we cannot see (another process's) may fill it."""
        at = self._clock() if since is None else since
        self._sent = deque([at] * self.limit)
        self._tokens = 1.0  # one message when the window has passed, then the paced rate
        self._filled_at = at + self.window_s

    @property
    def used(self) -> int:
        """Sends counted in the current window."""
        self._expire(self._clock())
        return len(self._sent)

    @property
    def pacing(self) -> bool:
        """Past the burst: sends are being spaced."""
        self._refill(self._clock())
        return self._tokens < 1.0

    @property
    def full(self) -> bool:
        return self.wait_s() > 0
