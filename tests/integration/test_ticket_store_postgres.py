from collections.abc import AsyncIterator

import pytest

from router.tickets.store import TicketStore
from tests.store_contract import StoreContract, pg_store


class TestPostgresStore(StoreContract):
    @pytest.fixture
    async def store(self) -> AsyncIterator[TicketStore]:
        s = await pg_store()
        yield s
        await s.close()
