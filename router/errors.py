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


class StoreError(KefuError):
    """The database of tickets and questions could not do an operation for now (unreachable, locked, failing)."""


class DecodeError(KefuError):
    """A record could not be decoded into a wire contract. Carries a short machine-readable reason."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class CarrierError(KefuError):
    """A carrier head-office call failed as a whole (not one item of it)."""

    retryable = False

    def __init__(self, carrier: str, message: str) -> None:
        super().__init__(f"{carrier}: {message}")
        self.carrier = carrier


class CarrierRetryableError(CarrierError):
    """A timeout, a connection failure, a 5xx or a 429: the same call may succeed later."""

    retryable = True

    def __init__(self, carrier: str, message: str, retry_after_s: float | None = None, throttled: bool = False,
                 not_sent: bool = False) -> None:
        super().__init__(carrier, message)
        self.retry_after_s = retry_after_s
        self.throttled = throttled  # a 429: the carrier's rate limit, not its health
        # surely not taken (no connection made, the gateway's own refusal before the carrier): safe to send again
        self.not_sent = not_sent or throttled


class CarrierRejectedError(CarrierError):
    """A 4xx: the carrier refused the call itself; sending it again would be refused again."""

    def __init__(self, carrier: str, status: int, message: str) -> None:
        super().__init__(carrier, f"HTTP {status}: {message}")
        self.status = status
