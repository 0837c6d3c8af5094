"""One ticket-store test class, run on SQLite (tests/unit) and on PostgreSQL (tests/integration)."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import anyio
import pytest

from router.carrier.model import CarrierEvent
from router.contracts import Ticket
from router.tickets.store import MIGRATIONS, TicketStore, open_store

DUE = {"intercept": 100.0}


def ticket(n: int, intent: str = "intercept", merchant: str = "m1") -> Ticket:
    return Ticket(id=f"r{n}:{intent}:W{n}", request_id=f"r{n}", merchant=merchant, group=f"g-{merchant}",
                  waybill=f"W{n}", carrier="zto", intent=intent, ticket_class=1 if intent == "intercept" else 2,
                  key=f"K{n}", platform="demo", sender="u1", text=f"W{n} 拦截")


def event(n: int, eid: str, kind: str = "succeeded") -> CarrierEvent:
    return CarrierEvent(id=eid, carrier="zto", waybill=f"W{n}", key=f"K{n}", op="intercept", event=kind)


async def pg_store() -> TicketStore:
    return await open_store(await pg_dsn())


async def pg_dsn() -> str:
    """A DSN of a fresh schema in the test PostgreSQL."""
    import asyncpg  # type: ignore[import-untyped]

    dsn = os.environ.get("KEFU_PG_DSN")
    if not dsn:
        raise RuntimeError("KEFU_PG_DSN is not set: run through `make test` (deploy/local/with-postgres.sh)")
    schema = f"t_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(f"CREATE SCHEMA {schema}")
    finally:
        await conn.close()
    return f"{dsn}?search_path={schema}"


class StoreContract:
    @pytest.fixture
    async def store(self) -> AsyncIterator[TicketStore]:
        raise NotImplementedError
        yield

    async def test_migrations_apply_once(self, store: TicketStore) -> None:
        assert await store.migrate() == await store.migrate() == len(MIGRATIONS)

    async def test_opening_is_idempotent(self, store: TicketStore) -> None:
        new, _ = await store.open([ticket(1), ticket(1), ticket(2)], DUE, 10.0, now=1000.0)
        again, _ = await store.open([ticket(1)], DUE, 10.0, now=2000.0)
        assert (new, again) == (2, 0)
        t = await store.get("r1:intercept:W1")
        assert t is not None and t.opened_at == 1000.0 and t.due_at == 1100.0 and t.status == "open"
        assert [h.kind for h in t.history] == ["opened"]

    async def test_events_applied_duplicate_late_and_orphan(self, store: TicketStore) -> None:
        await store.open([ticket(1)], DUE, 10.0)
        out = await store.apply_events([event(1, "e1"), event(1, "e1"), event(1, "e2", "failed"), event(9, "e9")])
        assert [a.outcome for a in out] == ["applied", "duplicate", "late", "orphan"]
        t = await store.get("r1:intercept:W1")
        assert t is not None and t.status == "succeeded"
        assert [h.detail for h in t.history if h.kind == "carrier_event"] == ["intercept succeeded", "intercept failed"]
        again = await store.apply_events([event(1, "e1")])  # a redelivered callback
        assert [a.outcome for a in again] == ["duplicate"]

    async def test_an_event_naming_a_ticket_of_another_carrier_or_waybill_changes_nothing(
            self, store: TicketStore) -> None:
        import msgspec

        await store.open([ticket(1)], DUE, 10.0)
        other_carrier = msgspec.structs.replace(event(1, "e1"), carrier="yto")
        other_waybill = msgspec.structs.replace(event(1, "e2"), waybill="W2")
        assert [a.outcome for a in await store.apply_events([other_carrier, other_waybill])] == [
            "mismatch", "mismatch"]
        t = await store.get("r1:intercept:W1")
        assert t is not None and t.status == "open" and [h.kind for h in t.history] == ["opened"]
        assert [a.outcome for a in await store.apply_events([event(1, "e3")])] == ["applied"]  # its own still does

    async def test_an_event_before_its_ticket_is_applied_when_the_ticket_opens(self, store: TicketStore) -> None:
        assert [a.outcome for a in await store.apply_events([event(3, "e3")])] == ["orphan"]
        new, early = await store.open([ticket(3)], DUE, 10.0)
        assert new == 1 and [(a.outcome, a.ticket.id if a.ticket else None) for a in early] == [
            ("applied", "r3:intercept:W3")]
        assert (await store.get("r3:intercept:W3")).status == "succeeded"  # type: ignore[union-attr]
        _, twice = await store.open([ticket(3)], DUE, 10.0)
        assert twice == []  # the orphan was consumed

    async def test_overdue_tickets_are_claimed_once(self, store: TicketStore) -> None:
        await store.open([ticket(1), ticket(2), ticket(3, "verify_delivery")], DUE, 10.0, now=1000.0)
        await store.apply_events([event(2, "e2")])  # has its result: never overdue
        due = await store.due(now=1050.0)
        assert [t.id for t in due] == ["r3:verify_delivery:W3"]  # class-2 default 10 s; intercept 100 s
        due = await store.due(now=1200.0)
        assert sorted(t.id for t in due) == ["r1:intercept:W1", "r3:verify_delivery:W3"]
        claims: list[list[str]] = []

        async def claim() -> None:
            claims.append(await store.mark_escalated([t.id for t in due], now=1200.0))

        async with anyio.create_task_group() as tg:  # two followers racing for the same tickets
            tg.start_soon(claim)
            tg.start_soon(claim)
        assert sorted(i for c in claims for i in c) == ["r1:intercept:W1", "r3:verify_delivery:W3"]
        assert await store.due(now=9999.0) == []

    async def test_human_reply_closes_and_query_filters(self, store: TicketStore) -> None:
        await store.open([ticket(1), ticket(2, "damaged", merchant="m2")], DUE, 10.0)
        t = await store.human_reply("r2:damaged:W2", "h1", "已赔付 20 元", close=True)
        assert t is not None and t.status == "closed"
        assert await store.human_reply("nope", "h2", "x", close=True) is None
        assert [r.id for r in await store.query(status="closed")] == ["r2:damaged:W2"]
        assert [r.id for r in await store.query(merchant="m1")] == ["r1:intercept:W1"]
        assert await store.counts() == {"open": 1, "closed": 1}

    async def test_the_days_report(self, store: TicketStore) -> None:
        from datetime import UTC, date, datetime

        from router.contracts import Activity
        from router.tickets.report import day_report

        day_start = datetime(2026, 11, 11, 0, 0, tzinfo=UTC).timestamp() - 8 * 3600  # 00:00 in Shanghai

        def at(s: float) -> datetime:
            return datetime.fromtimestamp(day_start + s, UTC)

        await store.record_requests([
            Activity(id="a1", merchant="m1", intents=["intercept"], outcome="answered", received_at=at(100),
                     answered_at=at(102)),
            Activity(id="a2", merchant="m1", intents=["intercept", "urge"], outcome="answered",
                     received_at=at(200), answered_at=at(204)),
            Activity(id="a3", merchant="m2", intents=["damaged"], outcome="to_human", received_at=at(300),
                     answered_at=at(301)),
            Activity(id="a4", merchant="m1", outcome="no_action", received_at=at(400), answered_at=at(400)),
            Activity(id="a5", merchant="m3", intents=["track"], outcome="answered", received_at=at(-60),
                     answered_at=at(-59)),  # the day before
            Activity(id="a6", merchant="m2", intents=["cancel"], outcome="asked", received_at=at(500),
                     answered_at=at(502)),
            # the merchant's "确认" to a6: an answer, not a request of its own
            Activity(id="a7", merchant="m2", intents=["cancel"], outcome="confirmation", received_at=at(560),
                     answered_at=at(561)),
        ])
        await store.record_requests([Activity(id="a1", merchant="m1", intents=["cancel"], outcome="to_human",
                                              received_at=at(100))])  # a redelivery changes nothing
        await store.open([ticket(1), ticket(2), ticket(3, "damaged")], DUE, 10.0, now=day_start + 3600)
        await store.open([ticket(5)], DUE, 10.0, now=day_start - 60)  # the day before
        await store.apply_events([event(1, "e1"), event(2, "e2", "failed")], now=day_start + 3660)
        await store.mark_escalated(["r3:damaged:W3"], now=day_start + 7200)
        text = await day_report(store, date(2026, 11, 11), now=day_start + 10 * 3600)
        assert "5 requests, 3 tickets opened" in text
        assert "  intercept    " in text and "  urge " in text and "(no action)" in text
        assert "  cancel             1" in text  # asked once; the answer does not count again
        assert "Resolved automatically (no person needed): 3 of 4 requests that asked for something (75%)" in text
        assert "Asked the merchant to confirm first: 1; answers to such questions: 1" in text
        assert "Median time to first reply: 2.0 s" in text  # 2 s, 4 s, 1 s and 2 s
        assert "class 1 2, class 2 1; carrier results: 1 succeeded or done, 1 failed" in text
        assert "Median time to result: 60.0 s" in text
        assert "Handed to a person when overdue: 1" in text
        assert "Open tickets by age (all days): 2" in text  # r3 (escalated, still open) and r5

    async def test_outlets_kept_in_the_store_move_the_networks_version(self, store: TicketStore) -> None:
        from router.config.sections import OutletSettings
        from router.outlet_store import OutletStore

        kept = OutletStore(store.db)
        assert await kept.version() == 0 and await kept.outlets() == (0, {})
        assert await kept.put({"hz": OutletSettings(customer="A"), "sh": OutletSettings(customer="B")}) == 1
        assert await kept.put({"hz": OutletSettings(customer="A2", name="杭州")}) == 2
        assert await kept.put({"sh": None}) == 3
        version, stored = await kept.outlets()
        assert version == await kept.version() == 3
        assert {k: (v.customer, v.name) for k, v in stored.items()} == {"hz": ("A2", "杭州")}

    async def test_each_outlets_own_report_and_the_networks_top_outlets(self, store: TicketStore) -> None:
        from datetime import UTC, date, datetime

        import msgspec

        from router.contracts import Activity
        from router.tickets.report import day_report

        day_start = datetime(2026, 11, 11, 0, 0, tzinfo=UTC).timestamp() - 8 * 3600
        at = datetime.fromtimestamp(day_start + 600, UTC)
        await store.record_requests(
            [Activity(id=f"hz-{n}", merchant="m9", intents=["intercept"], outcome="answered", received_at=at,
                      answered_at=at, outlet="hz") for n in range(3)]
            + [Activity(id="sh-1", merchant="m9", intents=["urge"], outcome="to_human", received_at=at,
                        answered_at=at, outlet="sh")])
        await store.open([msgspec.structs.replace(ticket(1), outlet="hz"), msgspec.structs.replace(ticket(2),
                          outlet="sh")], DUE, 10.0, now=day_start + 700)
        assert [r[0] for r in await store.requests_between(day_start, day_start + 86400, "sh")] == ["sh-1"]
        assert [t.outlet for t in await store.opened_between(day_start, day_start + 86400, "hz")] == ["hz"]
        hz = await day_report(store, date(2026, 11, 11), now=day_start + 3600, outlet="hz")
        assert "report for outlet hz for 2026-11-11 (Asia/Shanghai): 3 requests, 1 tickets opened" in hz
        assert "3 of 3 requests" in hz and "urge" not in hz and "Open tickets by age (all days): 1" in hz
        network = await day_report(store, date(2026, 11, 11), now=day_start + 3600)
        assert "Top outlets by requests (2 outlets; share of all requests)" in network
        assert "  hz 75%        3" in network and "  sh 25%        1" in network

    async def test_the_text_of_tickets_with_a_result_is_forgotten_after_its_retention(self, store: TicketStore) -> None:
        await store.open([ticket(1), ticket(2)], DUE, 10.0, now=1000.0)
        await store.apply_events([event(1, "e1")], now=1100.0)  # ticket 1 has its result; ticket 2 stays open
        await store.human_reply("r1:intercept:W1", "h1", "已联系 张三 13812345678", close=False, now=1200.0)
        assert await store.purge_text(before=1100.0) == 0  # not yet past it
        assert await store.purge_text(before=5000.0) == 1
        done, still = await store.get("r1:intercept:W1"), await store.get("r2:intercept:W2")
        assert done is not None and still is not None
        assert done.text == "" and still.text == "W2 拦截"  # an open ticket keeps what it needs
        assert [(h.kind, h.detail) for h in done.history] == [
            ("opened", "open"), ("carrier_event", "intercept succeeded"), ("human_reply", "")]
        assert done.status == "succeeded"  # what was done stays
        await store.human_reply("r1:intercept:W1", "h2", "后补：李四 13900001111", close=False, now=6000.0)
        await store.purge_text(before=5500.0)  # that answer is younger than the cut-off: kept
        kept = await store.get("r1:intercept:W1")
        assert kept is not None and kept.history[-1].detail.startswith("后补")
        await store.purge_text(before=6500.0)  # the ticket's text went long ago; the answer goes on its own clock
        gone = await store.get("r1:intercept:W1")
        assert gone is not None and gone.history[-1].detail == ""

    async def test_a_large_purge_goes_in_batches_and_forgets_everything_it_should(self, store: TicketStore) -> None:
        ns = range(1, 8)
        await store.open([ticket(n) for n in ns], DUE, 10.0, now=1000.0)
        await store.apply_events([event(n, f"e{n}") for n in ns if n != 7], now=1100.0)  # 7 stays open
        for n in ns:
            await store.human_reply(f"r{n}:intercept:W{n}", f"h{n}", f"已联系 13812345{n:03d}", close=False, now=1200.0)
        assert await store.purge_text(before=5000.0, batch=2) == 6  # three full batches and a short one
        rows = [await store.get(f"r{n}:intercept:W{n}") for n in ns]
        assert all(r is not None for r in rows)
        assert [r.text for r in rows if r is not None] == [""] * 6 + ["W7 拦截"]
        assert [h.detail for r in rows[:6] if r is not None for h in r.history if h.kind == "human_reply"] == [""] * 6
        assert await store.purge_text(before=5000.0, batch=2) == 0  # nothing left to forget

    async def test_a_callback_signature_is_taken_once_until_forgotten_or_purged(self, store: TicketStore) -> None:
        from router.chat.replays import ReplayGuard

        now = [1_000_000.0]
        guard = ReplayGuard(store.db, window_s=300, clock=lambda: now[0])
        assert await guard.first("dingtalk", "sig-a")
        assert not await guard.first("dingtalk", "sig-a")  # the replay
        assert await guard.first("wecom", "sig-a")  # another platform's signature space
        await guard.forget("dingtalk", "sig-a")  # not taken after all: its repeat passes once
        assert await guard.first("dingtalk", "sig-a") and not await guard.first("dingtalk", "sig-a")
        other = ReplayGuard(store.db, window_s=300, clock=lambda: now[0])  # another gateway on the same store
        assert not await other.first("dingtalk", "sig-a")
        now[0] += 601  # twice the window later: purged, as its timestamp is refused anyway
        assert await guard.first("dingtalk", "sig-b")
        assert [r[0] for r in await store.db.fetch("SELECT key FROM callbacks_seen ORDER BY key")] == [
            "dingtalk:sig-b"]

    async def test_a_statement_of_another_task_is_not_rolled_back_with_an_open_transaction(
            self, store: TicketStore) -> None:
        """A delivery written down (another task: the chat egress) while a transaction is open and then rolled
        back is kept: it never joins a transaction that is not its own."""
        from router.chat.deliveries import Deliveries

        deliveries = Deliveries(store.db)
        opened = anyio.Event()

        async def fails_after_a_while() -> None:
            with pytest.raises(LookupError):
                async with store.db.transaction():
                    await store.db.execute("INSERT INTO replies_sending VALUES (?, ?)", ("rolled-back", 1.0))
                    opened.set()
                    await anyio.sleep(0.2)  # the other task writes meanwhile
                    raise LookupError("rolled back")

        async with anyio.create_task_group() as tg:
            tg.start_soon(fails_after_a_while)
            await opened.wait()
            await deliveries.record(["kept"])
        assert await deliveries.states(["kept", "rolled-back"]) == ({"kept"}, set())


async def upgrade_from_version_1(dsn: str) -> None:
    """A store made by the first schema, with a ticket in it, then opened by this code: migrated in place."""
    from router.tickets import store as store_module

    first = store_module.TicketStore(await _db(dsn), dsn)
    saved = store_module.MIGRATIONS[:]
    store_module.MIGRATIONS[:] = saved[:1]
    try:
        assert await first.migrate() == 1
        await first._db.execute(
            "INSERT INTO tickets VALUES ('old', 'r0', 'm1', 'g', 'demo', 'u', 'W0', 'zto', 'urge', 1, 'done', 'K0', "
            "'', 't', 1.0, 1.0, 2.0, NULL)")
    finally:
        store_module.MIGRATIONS[:] = saved
        await first.close()
    upgraded = await open_store(dsn)
    try:
        old = await upgraded.get("old")
        assert old is not None and old.status == "done" and old.requested_at is None
        assert await upgraded.migrate() == len(MIGRATIONS)
    finally:
        await upgraded.close()


async def _db(dsn: str):  # type: ignore[no-untyped-def]
    if dsn.startswith("sqlite"):
        from router.tickets.sqlite import SqliteDb

        return await SqliteDb.connect(dsn.removeprefix("sqlite:///"))
    from router.tickets.postgres import PostgresDb

    return await PostgresDb.connect(dsn)
