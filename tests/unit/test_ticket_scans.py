"""A carrier's scans decide the outlet's open intercept or change of address for the waybill
(router.tickets.scans): returned is an intercept's success, redirected a change of address's, delivered an
intercept's failure (never a change of address's), told once whatever repeats; a scan without a time, from before
the merchant asked, of another outlet or carrier, or of a ticket already decided changes nothing; a returned scan
that comes before its ticket waits for it."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import msgspec
import pytest

from router.carrier.model import CarrierEvent
from router.contracts import Ticket
from router.tickets.scans import SLACK_S, WAIT_S, apply_scans, forget_waiting
from router.tickets.store import TicketStore, open_store

W = "YT7514236985412"


def ticket(name: str, intent: str = "intercept", waybill: str = W, outlet: str = "hz", asked: float | None = None
           ) -> Ticket:
    at = datetime.fromtimestamp(asked if asked is not None else time.time() - 60, UTC)
    return Ticket(id=f"r-{name}:{intent}:{waybill}", request_id=f"r-{name}", merchant="m1", group="g-m1",
                  waybill=waybill, carrier="yto", intent=intent, ticket_class=1, key=f"K-{name}", platform="demo",
                  sender="u1", text=f"{waybill} 拦截", outlet=outlet, requested_at=at)


def scan(kind: str, n: int = 1, outlet: str = "hz", carrier: str = "yto", at: float | None = None,
         waybill: str = W) -> CarrierEvent:
    return CarrierEvent(id=f"push:{carrier}:{waybill}:{n}", carrier=carrier, waybill=waybill, key="", op="scan",
                        event=kind, detail={"returned": "TMS_RETURN", "redirected": "FORWARDING"}.get(kind, "SIGNED"),
                        at=time.time() if at is None else at, outlet=outlet)


class ScansContract:
    """The scans' contract, on each store (SQLite here; PostgreSQL in
    tests/integration/test_ticket_scans_postgres.py)."""

    async def test_returned_is_an_intercepts_success_and_told_once_whatever_repeats(self, store: TicketStore) -> None:
        await store.open([ticket("a")], {}, 3600.0)
        first = await apply_scans(store, [scan("returned", 1), scan("returned", 1), scan("returned", 2)])
        again = await apply_scans(store, [scan("delivered", 4)])
        row = await store.get("r-a:intercept:" + W)
        assert [a.outcome for a in first] == ["applied", "duplicate", "duplicate"]
        assert [a.outcome for a in again] == ["unmatched"]  # (decided: recorded nowhere, told no one)
        assert row is not None and row.status == "succeeded"
        assert first[0].event.key == "K-a" and first[0].event.op == "intercept" and first[0].event.event == "succeeded"

    async def test_each_scan_decides_only_the_intent_it_speaks_of(self, store: TicketStore) -> None:
        await store.open([ticket("b", "change_address"), ticket("b2")], {}, 3600.0)  # (two asks on one parcel)
        delivered = await apply_scans(store, [scan("delivered", 1)])  # the intercept failed; the change: no word
        redirected = await apply_scans(store, [scan("redirected", 2)])
        rows = [await store.get(f"r-{n}:{i}:{W}") for n, i in (("b", "change_address"), ("b2", "intercept"))]
        assert [(a.outcome, a.event.op, a.event.event) for a in delivered] == [("applied", "intercept", "failed")]
        assert [(a.outcome, a.event.op, a.event.event) for a in redirected] == [
            ("applied", "change_address", "succeeded")]
        assert [r.status if r else None for r in rows] == ["succeeded", "failed"]

    async def test_a_delivery_never_fails_a_change_of_address(self, store: TicketStore) -> None:
        await store.open([ticket("c2", "change_address")], {}, 3600.0)
        (a,) = await apply_scans(store, [scan("delivered")])  # (at its new address, perhaps: not a failure)
        row = await store.get(f"r-c2:change_address:{W}")
        assert a.outcome == "unmatched" and row is not None and row.status == "open"

    async def test_a_scan_of_another_outlet_carrier_or_from_before_the_request_decides_nothing(
                self, store: TicketStore) -> None:
        await store.open([ticket("c")], {}, 3600.0)
        asked = time.time() - 60
        out = await apply_scans(store, [scan("delivered", 1, outlet="sh"), scan("delivered", 2, carrier="zto"),
                                        scan("delivered", 3, at=asked - SLACK_S - 1), scan("delivered", 4, at=0.0)])
        row = await store.get("r-c:intercept:" + W)
        assert [a.outcome for a in out] == ["unmatched"] * 4
        assert row is not None and row.status == "open"

    async def test_a_returned_scan_before_its_ticket_waits_for_it_and_a_delivered_one_does_not(
                self, store: TicketStore) -> None:
        early = await apply_scans(store, [scan("returned", 1), scan("delivered", 2, waybill="YT7514236985413")])
        new, applied = await store.open([ticket("d"), ticket("e", waybill="YT7514236985413")], {}, 3600.0)
        again, _ = await store.open([ticket("f", outlet="sh")], {}, 3600.0)  # (another outlet's: not its scan)
        rows = [await store.get(f"r-{n}:intercept:{w}") for n, w in (("d", W), ("e", "YT7514236985413"), ("f", W))]
        assert [a.outcome for a in early] == ["orphan", "unmatched"]
        assert (new, [(a.outcome, a.event.key) for a in applied]) == (2, [("applied", "K-d")])
        assert again == 1 and [r.status if r else None for r in rows] == ["succeeded", "open", "open"]

    async def test_a_scan_no_ticket_claims_waits_an_hour_at_most(self, store: TicketStore) -> None:
        await apply_scans(store, [scan("returned", 1, waybill="YT7514236985414")], now=time.time() - 2 * WAIT_S)
        await apply_scans(store, [scan("returned", 2)])
        forgotten = await forget_waiting(store, time.time())
        _, applied = await store.open([ticket("h", waybill="YT7514236985414"), ticket("i")], {}, 3600.0)
        assert forgotten == 1 and [a.event.key for a in applied] == ["K-i"]

    async def test_a_scan_and_an_answer_asked_for_tell_the_merchant_once(self, store: TicketStore) -> None:
        await store.open([ticket("g")], {}, 3600.0)
        asked = CarrierEvent(id="asked:r-g:intercept:" + W + ":succeeded", carrier="yto", waybill=W, key="K-g",
                             op="intercept", event="succeeded")
        first = await store.apply_events([asked])
        then = await apply_scans(store, [scan("returned")])
        row = await store.get(f"r-g:intercept:{W}")
        assert [a.outcome for a in first] == ["applied"]
        assert [a.outcome for a in then] == ["orphan"]  # (no open ticket: waits, told no one)
        assert row is not None and row.status == "succeeded"

    async def test_a_scan_for_a_new_ask_waits_even_when_an_older_one_was_decided(self, store: TicketStore) -> None:
        await store.open([ticket("old", asked=time.time() - 7200)], {}, 3600.0)
        await apply_scans(store, [scan("returned", 1, at=time.time() - 3600)])  # (decides the old one)
        early = await apply_scans(store, [scan("returned", 2)])  # for a new ask the follower has not stored yet
        _, applied = await store.open([ticket("new", asked=time.time() - 30)], {}, 3600.0)
        assert [a.outcome for a in early] == ["orphan"]
        assert [(a.outcome, a.event.key) for a in applied] == [("applied", "K-new")]


    async def test_a_scan_that_decides_lets_go_of_no_other_waiting_scan(self, store: TicketStore) -> None:
        early = await apply_scans(store, [scan("returned", 1), scan("redirected", 2)])  # (two asks, not stored yet)
        _, first = await store.open([ticket("i1")], {}, 3600.0)
        _, second = await store.open([ticket("c1", "change_address")], {}, 3600.0)
        assert [a.outcome for a in early] == ["orphan", "orphan"]
        assert [(a.outcome, a.event.op, a.event.event) for a in first] == [
            ("orphan", "scan", "redirected"), ("applied", "intercept", "succeeded")]  # (the other still waits)
        assert [(a.outcome, a.event.op, a.event.event) for a in second] == [
            ("applied", "change_address", "succeeded")]

    async def test_what_waited_is_applied_when_a_batch_of_stored_tickets_is_read_again(
            self, store: TicketStore) -> None:
        await store.open([ticket("r1")], {}, 3600.0)
        await apply_scans(store, [scan("returned", 1, outlet="zz")])  # (waits: no ticket of outlet zz)
        await store.db.execute("UPDATE tickets SET outlet = 'zz'")  # (as if stored before a crash, not applied)
        _, applied = await store.open([msgspec.structs.replace(ticket("r1"), outlet="zz")], {}, 3600.0)
        assert [(a.outcome, a.event.key) for a in applied] == [("applied", "K-r1")]

class TestScansSqlite(ScansContract):
    @pytest.fixture
    async def store(self, tmp_path: Path) -> AsyncIterator[TicketStore]:
        s = await open_store(f"sqlite:///{tmp_path / 't.db'}")
        try:
            yield s
        finally:
            await s.close()
