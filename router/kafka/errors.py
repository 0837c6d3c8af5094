"""aiokafka's errors mapped to the project's (router.errors), in one place."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

from aiokafka.errors import KafkaError

from router.errors import TransportError


class _Refusals(logging.Handler):
    """What aiokafka logged about a connection it could not make (a refused SCRAM user, a certificate it did not
    trust): its errors say only "Unable to bootstrap", the reason is in its log."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.last: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("Unable connect to"):
            self.last = message


@contextlib.contextmanager
def map_errors(what: str, to: type[TransportError] = TransportError) -> Iterator[None]:
    """Raise ``to`` for any aiokafka error inside the block, saying ``what`` was being done."""
    try:
        yield
    except KafkaError as e:
        raise to(f"{what}: {type(e).__name__}: {e}") from e


@contextlib.contextmanager
def connecting(what: str) -> Iterator[None]:
    """``map_errors`` for a client's start, saying also why the broker or the TLS handshake refused the
    connection (what aiokafka logged). Only where clients connect: the fetches and commits of a running client
    go through ``map_errors`` alone, without a log handler added and removed each time."""
    refusals = _Refusals()
    logger = logging.getLogger("aiokafka")
    logger.addHandler(refusals)
    try:
        yield
    except KafkaError as e:
        why = f" ({refusals.last})" if refusals.last else ""
        if refusals.last and refusals.last.endswith(" closed"):
            why += ("; a listener that expects TLS, a client certificate or a SASL user hangs up on a client "
                    "without: check kafka.security_protocol and kafka.ssl_certfile")
        raise TransportError(f"{what}: {type(e).__name__}: {e}{why}") from e
    finally:
        logger.removeHandler(refusals)
