from collections.abc import AsyncIterator

import pytest

from router.tickets.store import TicketStore
from tests.store_contract import StoreContract, pg_dsn, pg_store, upgrade_from_version_1


class TestPostgresStore(StoreContract):
    @pytest.fixture
    async def store(self) -> AsyncIterator[TicketStore]:
        s = await pg_store()
        yield s
        await s.close()


async def test_a_version_1_store_is_upgraded_in_place() -> None:
    await upgrade_from_version_1(await pg_dsn())
