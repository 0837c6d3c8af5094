from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from router.tickets.store import TicketStore, open_store
from tests.store_contract import StoreContract


class TestSqliteStore(StoreContract):
    @pytest.fixture
    async def store(self, tmp_path: Path) -> AsyncIterator[TicketStore]:
        s = await open_store(f"sqlite:///{tmp_path / 'tickets.db'}")
        yield s
        await s.close()
