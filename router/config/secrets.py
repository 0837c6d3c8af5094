"""Secrets are referenced in the configuration, never held: ``env:NAME`` (an environment variable) or
``file:/path`` (a mounted secrets file), read where they are used."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from router.errors import ConfigError

REFERENCE: Final = re.compile(r"(env:[A-Za-z_][A-Za-z0-9_]*|file:\S+)")


def is_reference(value: str) -> bool:
    """Whether ``value`` names where a secret is rather than holding it."""
    return REFERENCE.fullmatch(value) is not None


def read_secret(reference: str, where: str, env: Mapping[str, str]) -> str:
    """The secret a reference names: ``env:NAME`` or ``file:/path`` (its content, stripped)."""
    kind, _, name = reference.partition(":")
    if kind == "env" and name:
        value = env.get(name)
        if not value:
            raise ConfigError(f"{where} = {reference!r}: the environment variable {name} is not set")
        return value
    if kind == "file" and name:
        try:
            value = Path(name).read_text(encoding="utf-8").strip()
        except OSError as e:
            raise ConfigError(f"{where} = {reference!r}: cannot read the secrets file ({e.strerror})") from None
        if not value:
            raise ConfigError(f"{where} = {reference!r}: the secrets file is empty")
        return value
    raise ConfigError(f"{where} must reference the secret, \"env:NAME\" or \"file:/path\", not hold it")
