"""aiokafka's errors mapped to the project's (router.errors), in one place."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from aiokafka.errors import KafkaError

from router.errors import TransportError


@contextlib.contextmanager
def map_errors(what: str, to: type[TransportError] = TransportError) -> Iterator[None]:
    """Raise ``to`` for any aiokafka error inside the block, saying ``what`` was being done."""
    try:
        yield
    except KafkaError as e:
        raise to(f"{what}: {type(e).__name__}: {e}") from e

