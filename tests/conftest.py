"""What every test shares: the ``integration`` marker, put on every test that needs a real server.

The tests under tests/integration run against Apache Kafka, PostgreSQL or the simulators over HTTP, started by
deploy/local/with-kafka.sh and with-postgres.sh (``make test``); each of them is marked ``integration`` here, so
``pytest -m "not integration"`` runs everything that needs no server. Async tests run under pytest-asyncio
(``asyncio_mode = "auto"``), the only async plugin: anyio's is switched off in pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

import pytest

_INTEGRATION = Path(__file__).parent / "integration"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _INTEGRATION in item.path.parents:
            item.add_marker(pytest.mark.integration)
