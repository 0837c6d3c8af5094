"""The ledger of effects sent (router.carrier.ledger) on PostgreSQL, where routers share it: of routers beginning
the same key at once exactly one sends it, the others are told it is in flight; an answer recorded is replayed."""

from __future__ import annotations

import anyio
import pytest

from router.carrier.ledger import EffectLedger, InFlight
from router.carrier.model import Item, ItemResult, Op
from tests.store_contract import pg_store


async def test_of_routers_beginning_one_key_at_once_exactly_one_sends_it() -> None:
    stores = [await pg_store()]
    try:
        ledger = EffectLedger(stores[0].db)
        item = Item(key="K1", waybill="YT7514236985412", params={})
        outcomes: list[str] = []

        async def begin() -> None:
            try:
                outcomes.append("send" if await ledger.begin("yto", Op.CHANGE_ADDRESS, item) is None else "replay")
            except InFlight:
                outcomes.append("in flight")

        async with anyio.create_task_group() as tg:
            for _ in range(8):
                tg.start_soon(begin)
        done = ItemResult(waybill=item.waybill, key=item.key, ok=True, data={"status": "registered"})
        await ledger.finish("yto", Op.CHANGE_ADDRESS, item, done)
        replayed = await ledger.begin("yto", Op.CHANGE_ADDRESS, item)
    finally:
        for s in stores:
            await s.close()
    assert sorted(outcomes) == ["in flight"] * 7 + ["send"]
    assert replayed == done


@pytest.mark.parametrize("abandoned", [True, False])
async def test_a_key_let_go_may_be_sent_again_one_answered_is_not(abandoned: bool) -> None:
    store = await pg_store()
    try:
        ledger = EffectLedger(store.db)
        item = Item(key="K2", waybill="JT0012345678901", params={})
        assert await ledger.begin("jt", Op.CHANGE_ADDRESS, item) is None
        if abandoned:
            await ledger.abandon("jt", Op.CHANGE_ADDRESS, item)
        else:
            await ledger.finish("jt", Op.CHANGE_ADDRESS, item, ItemResult(waybill=item.waybill, key="K2", ok=True))
        again = await ledger.begin("jt", Op.CHANGE_ADDRESS, item)
    finally:
        await store.close()
    assert (again is None) is abandoned
