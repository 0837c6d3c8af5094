"""The scans' contract (tests/unit/test_ticket_scans.py) on PostgreSQL."""

from collections.abc import AsyncIterator

import pytest

from router.tickets.store import TicketStore
from tests.store_contract import pg_store
from tests.unit.test_ticket_scans import ScansContract


class TestScansPostgres(ScansContract):
    @pytest.fixture
    async def store(self) -> AsyncIterator[TicketStore]:
        s = await pg_store()
        try:
            yield s
        finally:
            await s.close()
