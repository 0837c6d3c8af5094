"""Who may post to the plain JSON API, and for which groups: one bearer token per integration.

Each integration (an ERP, a shop system, a bridge from another chat) has a token of its own, referenced in the
configuration (``chat.api_sources.<name>.token = "env:NAME"`` or ``"file:/path"``) and limited to the groups it
lists: a leaked token speaks for those groups only, and a token is revoked by removing its integration. The
older ``chat.api_token`` is one integration, ``default``, for every group bound to the API.

A presented token is compared with every integration's in constant time (``hmac.compare_digest`` over each, no
early exit), so the answer's timing tells nothing about how much of a token was right.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Mapping

from router.config import ChatSettings
from router.config.secrets import read_secret
from router.errors import ConfigError

MIN_TOKEN = 16  # characters: a token guessable in a day of requests is no token
EVERY_GROUP = "*"


class ApiAuth:
    def __init__(self, sources: Mapping[str, tuple[str, frozenset[str]]]) -> None:
        """``sources``: each integration's token and the groups it may post for (``*``: every one)."""
        self._sources = {name: (token.encode(), groups) for name, (token, groups) in sources.items()}

    def __repr__(self) -> str:
        return f"<ApiAuth sources={sorted(self._sources)}>"

    @classmethod
    def from_settings(cls, chat: ChatSettings, env: Mapping[str, str] | None = None) -> ApiAuth:
        """The integrations of ``chat``, their tokens read; raises ConfigError saying what to fix."""
        env = os.environ if env is None else env
        sources: dict[str, tuple[str, frozenset[str]]] = {}
        if chat.api_token:
            sources["default"] = (chat.api_token, frozenset({EVERY_GROUP}))
        for name, s in chat.api_sources.items():
            where = f"chat.api_sources.{name}"
            if not s.groups:
                raise ConfigError(f"{where}.groups is empty: list the groups it may post for (\"*\" for every one)")
            sources[name] = (read_secret(s.token, f"{where}.token", env), frozenset(s.groups))
        seen: dict[str, str] = {}
        for name, (token, _) in sources.items():
            where = "chat.api_token" if name == "default" else f"chat.api_sources.{name}.token"
            if len(token) < MIN_TOKEN or not token.isascii() or not token.isprintable():
                raise ConfigError(f"{where}: a token must be at least {MIN_TOKEN} printable ASCII characters")
            if token in seen:
                raise ConfigError(f"{where} is the same token as {seen[token]}'s: give each integration its own")
            seen[token] = name
        return cls(sources)

    @property
    def enabled(self) -> bool:
        return bool(self._sources)

    def source_of(self, authorization: str) -> str | None:
        """The integration whose token an ``Authorization: Bearer <token>`` header carries; None for no one's."""
        scheme, _, token = authorization.partition(" ")
        if scheme != "Bearer" or not token.isascii():
            return None
        presented = token.encode()
        found = None
        for name, (expected, _) in self._sources.items():  # every one, whatever matched: constant time
            if hmac.compare_digest(presented, expected):
                found = name
        return found

    def may_post(self, source: str, group: str) -> bool:
        groups = self._sources[source][1]
        return group in groups or EVERY_GROUP in groups
