"""Signed callbacks taken once: a captured callback sent again is refused.

A platform's signature proves who sent a callback, not when nor how often. DingTalk's covers only its timestamp,
so any body posted beside a captured (timestamp, sign) pair passes it; WeCom's covers the body, but a captured
request can be sent again as it is. So a callback is taken only within ``chat.callback_window_s`` of its timestamp
(``fresh``), and each signature once (``ReplayGuard.first``): for WeCom the signature itself, for DingTalk the
sign with the message id, since two callbacks of one millisecond share a sign. (What remains for DingTalk: within
the window, a captured sign can carry a message with an id of the sender's choosing. Its Stream mode, with no
public endpoint, or the platform's callback encryption would close that; a short window narrows it.)

The signatures taken are kept in a table of the ticket store, not in process memory, so that a replay to another
gateway instance (they share the store on PostgreSQL) or after a restart is refused too; those older than twice
the window are purged now and then, as their timestamps are refused anyway.

A callback that could not be taken after all (the broker did not acknowledge it) is forgotten (``forget``): the
platform sends it again with the same signature, and that one must pass.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from router.config import Settings
from router.tickets.store import Db

_PURGE_EVERY_S = 60.0


def fresh(timestamp_s: float, window_s: float, now: float | None = None) -> bool:
    """Whether a callback signed at ``timestamp_s`` is within the window of now, either side (clocks differ)."""
    return abs((time.time() if now is None else now) - timestamp_s) <= window_s


class ReplayGuard:
    def __init__(self, db: Db, window_s: float, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self.window_s = window_s
        self._clock = clock
        self._purged = 0.0

    def __repr__(self) -> str:
        return f"<ReplayGuard window_s={self.window_s}>"

    async def first(self, platform: str, signature: str) -> bool:
        """True the first time ``signature`` of ``platform`` is presented, False for a replay. Raises the store's
        error when it cannot say (the caller answers 503: the platform tries again)."""
        now = self._clock()
        if now - self._purged >= _PURGE_EVERY_S:
            self._purged = now
            await self._db.execute("DELETE FROM callbacks_seen WHERE seen_at < ?", (now - 2 * self.window_s,))
        rows = await self._db.fetch(
            "INSERT INTO callbacks_seen (key, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING key",
            (f"{platform}:{signature}", now))
        return bool(rows)

    async def forget(self, platform: str, signature: str) -> None:
        """The callback was not taken after all: its repeat by the platform must pass."""
        await self._db.execute("DELETE FROM callbacks_seen WHERE key = ?", (f"{platform}:{signature}",))


def replay_guard(settings: Settings, db: Db) -> ReplayGuard | None:
    """The guard of a gateway that takes signed callbacks (WeCom or DingTalk configured), over ``db`` (the ticket
    store's); None when it takes none."""
    c = settings.chat
    if not c.port or not (c.wecom_aes_key or c.dingtalk_app_secret):
        return None
    return ReplayGuard(db, c.callback_window_s)

