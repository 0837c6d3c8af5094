"""The staff desk's task store on PostgreSQL (the same life cycle as on SQLite, tests/unit/test_staff.py)."""

from __future__ import annotations

from tests.desk_contract import exercise_tasks
from tests.store_contract import pg_store


async def test_the_task_store_on_postgresql() -> None:
    store = await pg_store()
    try:
        await exercise_tasks(store)
    finally:
        await store.close()
