"""Transport code runs on uvloop in the router and on asyncio's own loop in tools and tests, and the two differ
(uvloop's transports are not subclasses of asyncio's): every async test here runs once on each."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping

import pytest
import uvloop


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], asyncio.AbstractEventLoop]]:
    return {"asyncio": asyncio.new_event_loop, "uvloop": uvloop.new_event_loop}
