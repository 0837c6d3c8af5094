"""One exception hierarchy for the project; library errors are mapped to it at the boundary."""

from __future__ import annotations


class KefuError(Exception):
    """Base of every error kefu-router raises on purpose."""


class ConfigError(KefuError):
    """The configuration is invalid; the message says which setting and how to fix it."""


class TransportError(KefuError):
    """The broker could not be reached or refused an operation."""


class CommitError(TransportError):
    """An offset commit failed (commonly: a rebalance is in progress); it is retried at the next interval."""


class DecodeError(KefuError):
    """A record could not be decoded into a wire contract. Carries a short machine-readable reason."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
