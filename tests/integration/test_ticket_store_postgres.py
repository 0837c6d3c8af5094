from collections.abc import AsyncIterator

import pytest

from router.tickets.store import MIGRATIONS, TicketStore
from tests.store_contract import StoreContract, pg_dsn, pg_store, upgrade_from_version_1


class TestPostgresStore(StoreContract):
    @pytest.fixture
    async def store(self) -> AsyncIterator[TicketStore]:
        s = await pg_store()
        yield s
        await s.close()


async def test_a_version_1_store_is_upgraded_in_place() -> None:
    await upgrade_from_version_1(await pg_dsn())


async def test_routers_starting_together_migrate_one_after_another() -> None:
    import anyio

    from router.tickets.store import open_store

    dsn = await pg_dsn()
    stores: list[TicketStore] = []

    async def start() -> None:
        stores.append(await open_store(dsn))

    async with anyio.create_task_group() as tg:
        for _ in range(4):
            tg.start_soon(start)
    assert len(stores) == 4
    for s in stores:
        assert await s.migrate() == len(MIGRATIONS)
        await s.close()
