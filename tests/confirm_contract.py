"""The confirmation store's contract, checked on memory and SQLite (unit) and on PostgreSQL (integration)."""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec

from router.confirm.model import ConfirmationStore, Parcel, Pending


async def settles_each_question_once(store: ConfirmationStore) -> None:
    """Each question is settled once, only while waiting and in time; lapses are claimed once, reclaimed when a
    claim is not finished."""
    now = 1000.0
    p = Pending(id="q1", request_id="r1", merchant="m1", group="g", sender="u", platform="demo", text="t",
                received_at=datetime.now(UTC), intent="intercept", parcels=[Parcel("YT1", "yto")], reason="hedged",
                asked_at=now, expires_at=now + 60)
    assert await store.add([p, p]) == ["q1"]
    assert await store.add([p]) == []  # asked again (a redelivered request): nothing new
    assert [x.id for x in await store.open_for("m1")] == ["q1"]
    assert await store.open_for("m2") == []
    assert [x.id for x in await store.resolve(["q1"], "confirmed", "r2", now + 1)] == ["q1"]
    assert await store.resolve(["q1"], "declined", "r3", now + 2) == []  # settled already
    assert [(a.pending.id, a.status) for a in await store.answered_by("m1", "r2")] == [("q1", "confirmed")]
    assert await store.answered_by("m2", "r2") == []  # another merchant's request with the same id
    assert await store.open_for("m1") == []
    late = msgspec.structs.replace(p, id="q2", expires_at=now + 10)
    await store.add([late])
    assert await store.resolve(["q2"], "confirmed", "r4", now + 11) == []  # past its time
    assert [x.id for x in await store.lapse(now + 11)] == ["q2"]
    assert await store.lapse(now + 12) == []  # claimed
    assert [x.id for x in await store.lapse(now + 80)] == ["q2"]  # a claim not finished is claimed again
    await store.lapsed(["q2"], now + 80)
    assert await store.lapse(now + 200) == []
    taken = msgspec.structs.replace(p, id="q4", expires_at=now + 10)
    await store.add([taken])
    assert [x.id for x in await store.lapse(now + 11)] == ["q4"]
    # a late answer read while a keeper tells the merchant takes its claim over (both say the same, once)
    assert [x.id for x in await store.resolve(["q4"], "lapsed", "r5", now + 11, unexpired=False)] == ["q4"]
    assert [(a.pending.id, a.status) for a in await store.answered_by("m1", "r5")] == [("q4", "lapsed")]
    await store.lapsed(["q4"], now + 12)  # the keeper's word after the answer's: the answer's stays
    assert await store.lapse(now + 200) == []
    assert [(a.pending.id, a.status) for a in await store.answered_by("m1", "r5")] == [("q4", "lapsed")]
    waiting = msgspec.structs.replace(p, id="q3", expires_at=now + 10_000)
    await store.add([waiting])
    assert await store.purge(now + 50) == 2  # q1 and q4, settled at now + 1 and now + 11; q2 later, q3 waits
    assert await store.purge(now + 100) == 1  # q2
    assert [x.id for x in await store.open_for("m1")] == ["q3"]
    assert await store.answered_by("m1", "r2") == []  # forgotten
