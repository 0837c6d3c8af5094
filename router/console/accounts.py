"""The console's people: accounts, sessions, failed log-ins and the audit log, in the ticket store.

Passwords are kept as Argon2id hashes (argon2-cffi's defaults). A session is a random token in an HttpOnly,
SameSite=Strict cookie; the store keeps its SHA-256 only, with the session's CSRF token (every form carries it)
and when it expires. Failed log-ins are counted per user name and address in this process (``Limiter``): past
``console.login_attempts`` within ``console.login_window_s`` the log-in is refused without checking the password.
Every log-in, answer, claim and log-out is written to ``console_audit``.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

import anyio
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from router.tickets.store import Db

Role = Literal["staff", "owner", "admin"]
EVERY_OUTLET: Final = "*"  # an admin's outlet: a network operator sees every outlet
_HASHER: Final = PasswordHasher()
# checked when the user name is unknown, so that a wrong name takes as long as a wrong password
_DUMMY: Final = _HASHER.hash("not a password of anyone")
_HASHING: Final = anyio.CapacityLimiter(2)


@dataclass(frozen=True, slots=True)
class User:
    username: str
    outlet: str
    role: Role
    name: str

    @property
    def owner(self) -> bool:
        return self.role in ("owner", "admin")


def _role(text: str) -> Role:
    return "owner" if text == "owner" else "admin" if text == "admin" else "staff"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Accounts:
    def __init__(self, db: Db, session_s: float, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._session_s = session_s
        self._clock = clock

    def __repr__(self) -> str:
        return "<Accounts>"

    async def add(self, username: str, outlet: str, role: Role, name: str, password: str) -> None:
        """Add a person, or set their outlet, role, name and password; their sessions end."""
        hashed = await anyio.to_thread.run_sync(_HASHER.hash, password, limiter=_HASHING)
        await self._db.execute(
            "INSERT INTO console_users VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET "
            "outlet = excluded.outlet, role = excluded.role, name = excluded.name, "
            "password_hash = excluded.password_hash",
            (username, outlet, role, name, hashed, self._clock()))
        await self._db.execute("DELETE FROM console_sessions WHERE username = ?", (username,))

    async def remove(self, username: str) -> bool:
        """Take a person out of the console, their sessions with them; whether there was one."""
        await self._db.execute("DELETE FROM console_sessions WHERE username = ?", (username,))
        found = await self._db.fetch("SELECT 1 FROM console_users WHERE username = ?", (username,))
        await self._db.execute("DELETE FROM console_users WHERE username = ?", (username,))
        return bool(found)

    async def check(self, username: str, password: str) -> User | None:
        """The person whose name and password these are; None for anyone else (in as long, whichever was
        wrong)."""
        rows = await self._db.fetch("SELECT username, outlet, role, name, password_hash FROM console_users "
                                    "WHERE username = ?", (username,))
        try:  # (off the event loop, a few at a time: each takes a tenth of a second and 64 MiB on purpose)
            await anyio.to_thread.run_sync(_HASHER.verify, str(rows[0][4]) if rows else _DUMMY, password,
                                           limiter=_HASHING)
        except (VerificationError, InvalidHashError):
            return None
        if not rows:
            return None
        r = rows[0]
        return User(str(r[0]), str(r[1]), _role(str(r[2])), str(r[3]))

    async def open_session(self, user: User) -> tuple[str, str]:
        """A new session for ``user``: its token (for the cookie) and its CSRF token (for the forms)."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        now = self._clock()
        await self._db.execute("DELETE FROM console_sessions WHERE expires_at < ?", (now,))
        await self._db.execute("INSERT INTO console_sessions VALUES (?, ?, ?, ?)",
                               (_digest(token), user.username, csrf, now + self._session_s))
        return token, csrf

    async def session(self, token: str) -> tuple[User, str] | None:
        """The person a session token belongs to and the session's CSRF token; None when it is no live
        session's."""
        if not token or len(token) > 128:
            return None
        rows = await self._db.fetch(
            "SELECT u.username, u.outlet, u.role, u.name, s.csrf FROM console_sessions s "
            "JOIN console_users u ON u.username = s.username WHERE s.token_hash = ? AND s.expires_at >= ?",
            (_digest(token), self._clock()))
        if not rows:
            return None
        r = rows[0]
        return User(str(r[0]), str(r[1]), _role(str(r[2])), str(r[3])), str(r[4])

    async def close_session(self, token: str) -> None:
        await self._db.execute("DELETE FROM console_sessions WHERE token_hash = ?", (_digest(token),))

    async def names(self, outlet: str) -> list[str]:
        """The names of the outlet's people in the console."""
        rows = await self._db.fetch("SELECT name FROM console_users WHERE outlet = ? ORDER BY name", (outlet,))
        return [str(r[0]) for r in rows]

    async def audit(self, who: str, outlet: str, action: str, detail: str) -> None:
        await self._db.execute("INSERT INTO console_audit VALUES (?, ?, ?, ?, ?)",
                               (self._clock(), who, outlet, action, detail[:500]))

    async def audit_log(self, limit: int = 100) -> list[tuple[float, str, str, str, str]]:
        rows = await self._db.fetch("SELECT at, username, outlet, action, detail FROM console_audit "
                                    "ORDER BY at DESC LIMIT ?", (limit,))
        return [(float(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]


class Limiter:
    """Failed log-ins, in the store: every console instance counts the same ones. A user name from an address is
    refused after ``attempts`` failures within ``window_s``; an address after ten times as many, whatever names
    it tried (a flood of names from one place)."""

    PER_ADDRESS = 10  # times ``attempts``

    def __init__(self, db: Db, attempts: int, window_s: float, clock: Callable[[], float] = time.time) -> None:
        self._db, self._attempts, self._window_s, self._clock = db, attempts, window_s, clock
        self._purged = -1e18

    def __repr__(self) -> str:
        return f"<Limiter {self._attempts} in {self._window_s:.0f}s>"

    async def allowed(self, username: str, address: str) -> bool:
        """Count this attempt, as a failure until it succeeds, and say whether its password may be checked:
        counted and judged in one transaction under the store's write lock, so that attempts made at once, at
        any instance, are all counted. One already over its limit is refused without being written (the table
        holds at most a window's allowed attempts per name and address)."""
        now = self._clock()
        since = now - self._window_s
        async with self._db.transaction():
            await self._db.lock_for_migrations()  # (the store's write lock: one attempt judged at a time)
            rows = await self._db.fetch(
                "SELECT (SELECT COUNT(*) FROM console_login_failures WHERE username = ? AND address = ? AND at > ?), "
                "(SELECT COUNT(*) FROM console_login_failures WHERE address = ? AND at > ?)",
                (username, address, since, address, since))
            by_name, by_address = int(rows[0][0]), int(rows[0][1])
            if by_name >= self._attempts or by_address >= self._attempts * self.PER_ADDRESS:
                return False
            await self._db.execute("INSERT INTO console_login_failures VALUES (?, ?, ?)", (username, address, now))
            if now - self._purged > self._window_s / 10:  # (what no window will count again, now and then)
                self._purged = now
                await self._db.execute("DELETE FROM console_login_failures WHERE at <= ?", (since,))
        return True

    async def succeeded(self, username: str, address: str) -> None:
        await self._db.execute("DELETE FROM console_login_failures WHERE username = ? AND address = ?",
                               (username, address))
