"""The ticket database's schema, as versioned migrations: each applied once, in order, when a store opens
(``TicketStore.migrate``).

Kept apart from the store's code because every store sharing the database (confirmations, outlets, staff tasks,
the console, deliveries, the effect ledger) adds its tables here: one ordered list, so that a database is brought up
to date the same way by whichever router opens it first. Append only: a migration once released is never edited or
reordered (a database records the numbers it has applied).
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: tickets, their history, events waiting for their ticket
    """
    CREATE TABLE tickets (
        id TEXT PRIMARY KEY, request_id TEXT NOT NULL, merchant TEXT NOT NULL, grp TEXT NOT NULL,
        platform TEXT NOT NULL, sender TEXT NOT NULL, waybill TEXT NOT NULL, carrier TEXT NOT NULL,
        intent TEXT NOT NULL, ticket_class INTEGER NOT NULL, status TEXT NOT NULL, op_key TEXT NOT NULL,
        carrier_ref TEXT NOT NULL, text TEXT NOT NULL, opened_at DOUBLE PRECISION NOT NULL,
        updated_at DOUBLE PRECISION NOT NULL, due_at DOUBLE PRECISION NOT NULL, escalated_at DOUBLE PRECISION
    );
    CREATE INDEX tickets_by_key ON tickets (op_key);
    CREATE INDEX tickets_due ON tickets (due_at) WHERE status = 'open' AND escalated_at IS NULL;
    CREATE INDEX tickets_by_merchant ON tickets (merchant, opened_at);
    CREATE TABLE ticket_history (
        ticket_id TEXT NOT NULL, seq_key TEXT NOT NULL, at DOUBLE PRECISION NOT NULL, kind TEXT NOT NULL,
        detail TEXT NOT NULL, PRIMARY KEY (ticket_id, seq_key)
    );
    CREATE TABLE orphan_events (
        event_id TEXT PRIMARY KEY, op_key TEXT NOT NULL, body TEXT NOT NULL, received_at DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX orphans_by_key ON orphan_events (op_key);
    """,
    # 2: when the merchant asked and when the first answer went out, for the day's report
    """
    ALTER TABLE tickets ADD COLUMN requested_at DOUBLE PRECISION;
    ALTER TABLE tickets ADD COLUMN answered_at DOUBLE PRECISION;
    CREATE INDEX tickets_by_opened ON tickets (opened_at);
    """,
    # 3: every request's outcome (from the activity topic), for the day's figures
    """
    CREATE TABLE requests (
        id TEXT PRIMARY KEY, merchant TEXT NOT NULL, intents TEXT NOT NULL, outcome TEXT NOT NULL,
        received_at DOUBLE PRECISION NOT NULL, answered_at DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX requests_by_received ON requests (received_at);
    """,
    # 4: questions waiting for a merchant's confirmation (router.confirm), shared by every router
    """
    CREATE TABLE confirmations (
        id TEXT PRIMARY KEY, merchant TEXT NOT NULL, sender TEXT NOT NULL, body TEXT NOT NULL, status TEXT NOT NULL,
        asked_at DOUBLE PRECISION NOT NULL, expires_at DOUBLE PRECISION NOT NULL, resolved_by TEXT,
        resolved_at DOUBLE PRECISION
    );
    CREATE INDEX confirmations_waiting ON confirmations (merchant, asked_at) WHERE status = 'pending';
    CREATE INDEX confirmations_due ON confirmations (expires_at) WHERE status = 'pending';
    CREATE INDEX confirmations_by_answer ON confirmations (resolved_by);
    """,
    # 5: the outlet of each ticket (a network's tenants; '': the one outlet of a deployment without [outlets]).
    # Added with a default, so that a router of the release before, still writing its columns by name during an
    # upgrade, keeps working.
    """
    ALTER TABLE tickets ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
    CREATE INDEX tickets_by_outlet ON tickets (outlet, opened_at);
    """,
    # 6: each request's outlet, in a table of its own (an older router inserts into requests by position)
    """
    CREATE TABLE request_outlets (id TEXT PRIMARY KEY, outlet TEXT NOT NULL);
    """,
    # 7: outlets kept in the store (router.outlet_store); a removed one stays as an empty body, so that the
    # network's version (the highest) moves on
    """
    CREATE TABLE outlet_config (
        id TEXT PRIMARY KEY, body TEXT NOT NULL, version BIGINT NOT NULL, updated_at DOUBLE PRECISION NOT NULL
    );
    """,
    # 8: the signatures of chat callbacks taken, so that a replay is refused by every gateway (router.chat.replays)
    """
    CREATE TABLE callbacks_seen (key TEXT PRIMARY KEY, seen_at DOUBLE PRECISION NOT NULL);
    CREATE INDEX callbacks_seen_at ON callbacks_seen (seen_at);
    """,
    # 9: the replies delivered to their groups, so that no gateway sends one twice (router.chat.deliveries)
    """
    CREATE TABLE replies_delivered (reply_id TEXT PRIMARY KEY, delivered_at DOUBLE PRECISION NOT NULL);
    CREATE INDEX replies_delivered_at ON replies_delivered (delivered_at);
    """,
    # 10: the replies a gateway began to send, written before the platform is asked: one begun and never
    # delivered was on its way when its gateway died, and is handed to a person rather than sent again
    """
    CREATE TABLE replies_sending (reply_id TEXT PRIMARY KEY, started_at DOUBLE PRECISION NOT NULL);
    CREATE INDEX replies_sending_at ON replies_sending (started_at);
    """,
    # 11: the staff's tasks, one per escalation, each with its handle (router.staff.tasks)
    """
    CREATE TABLE staff_tasks (
        handle TEXT PRIMARY KEY, escalation_id TEXT NOT NULL UNIQUE, outlet TEXT NOT NULL, request_id TEXT NOT NULL,
        merchant TEXT NOT NULL, grp TEXT NOT NULL, platform TEXT NOT NULL, sender TEXT NOT NULL,
        reason TEXT NOT NULL, ticket_id TEXT NOT NULL, staff_group TEXT NOT NULL, status TEXT NOT NULL,
        claimed_by TEXT, answered_by TEXT, opened_at DOUBLE PRECISION NOT NULL, claimed_at DOUBLE PRECISION,
        answered_at DOUBLE PRECISION
    );
    CREATE INDEX staff_tasks_waiting ON staff_tasks (outlet, opened_at) WHERE status <> 'answered';
    """,
    # 12: when a task past its answer time was reminded in the staff group (once)
    """
    ALTER TABLE staff_tasks ADD COLUMN reminded_at DOUBLE PRECISION;
    """,
    # 13: what a task is about, for the people who read it elsewhere than in the group (the merchant's words, the
    # escalation's details as JSON; forgotten with the tickets' text)
    """
    ALTER TABLE staff_tasks ADD COLUMN text TEXT NOT NULL DEFAULT '';
    ALTER TABLE staff_tasks ADD COLUMN detail TEXT NOT NULL DEFAULT '{}';
    """,
    # 14: the console's accounts, sessions (kept by the SHA-256 of their token) and audit log (router.console)
    """
    CREATE TABLE console_users (
        username TEXT PRIMARY KEY, outlet TEXT NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL,
        password_hash TEXT NOT NULL, created_at DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE console_sessions (
        token_hash TEXT PRIMARY KEY, username TEXT NOT NULL, csrf TEXT NOT NULL,
        expires_at DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE console_audit (
        at DOUBLE PRECISION NOT NULL, username TEXT NOT NULL, outlet TEXT NOT NULL, action TEXT NOT NULL,
        detail TEXT NOT NULL
    );
    CREATE INDEX console_audit_at ON console_audit (at);
    """,
    # 15: tickets found by their waybill (the console's search)
    """
    CREATE INDEX tickets_by_waybill ON tickets (waybill);
    """,
    # 16: open tickets counted without reading the closed (the console's dashboard)
    """
    CREATE INDEX tickets_open_by_outlet ON tickets (outlet) WHERE status = 'open';
    """,
    # 17: the outlet's pickup records: which customer account shipped each waybill (router.shipments)
    """
    CREATE TABLE shipments (
        outlet TEXT NOT NULL, waybill TEXT NOT NULL, carrier TEXT NOT NULL, customer TEXT NOT NULL,
        recorded_at DOUBLE PRECISION NOT NULL, PRIMARY KEY (outlet, waybill)
    );
    """,
    # 18: failed console log-ins, counted by every console instance alike (router.console.accounts.Limiter)
    """
    CREATE TABLE console_login_failures (
        username TEXT NOT NULL, address TEXT NOT NULL, at DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX console_login_failures_by_name ON console_login_failures (username, address, at);
    CREATE INDEX console_login_failures_by_address ON console_login_failures (address, at);
    CREATE INDEX console_login_failures_by_time ON console_login_failures (at);
    """,
    # 19: when a ticket's outcome was last asked of its carrier (router.tickets.results: the least recently asked
    # first), open tickets by age without reading the closed, and the one router that asks this round
    """
    ALTER TABLE tickets ADD COLUMN result_asked_at DOUBLE PRECISION;
    CREATE INDEX tickets_open_by_asked ON tickets (result_asked_at, opened_at) WHERE status = 'open';
    CREATE TABLE result_poll_lease (id INTEGER PRIMARY KEY, holder TEXT NOT NULL,
                                    until DOUBLE PRECISION NOT NULL);
    """,
    # 20: the effects a carrier would do twice, sent at most once (router.carrier.ledger)
    """
    CREATE TABLE effects_sent (key TEXT PRIMARY KEY, carrier TEXT NOT NULL, op TEXT NOT NULL, waybill TEXT NOT NULL,
                               sent_at DOUBLE PRECISION NOT NULL, result TEXT);
    CREATE INDEX effects_sent_at ON effects_sent (sent_at);
    """,
]
