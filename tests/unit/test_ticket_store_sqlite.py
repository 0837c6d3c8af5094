from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from router.tickets.store import TicketStore, open_store
from tests.store_contract import StoreContract, upgrade_from_version_1


class TestSqliteStore(StoreContract):
    @pytest.fixture
    async def store(self, tmp_path: Path) -> AsyncIterator[TicketStore]:
        s = await open_store(f"sqlite:///{tmp_path / 'tickets.db'}")
        yield s
        await s.close()


async def test_a_version_1_store_is_upgraded_in_place(tmp_path: Path) -> None:
    await upgrade_from_version_1(f"sqlite:///{tmp_path / 'old.db'}")
