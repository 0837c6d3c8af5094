"""The sections of the customer service's work: the carriers it acts through, the merchants it knows and what
they may ask, the carriers' callbacks, the tickets it follows and the questions it asks before acting.

Each a Struct that rejects unknown keys, with its defaults and bounds; ``router.config.sections`` gathers them
into ``Settings``. The comments beside each field are the configuration reference's notes
(``python -m router.settings_doc`` reads them from this file).
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

from router.config.bounds import NonNegativeFloat, Positive, PositiveFloat

SIM_SECRET = "sim-secret"  # the carrier simulator's built-in account secret (kefu_dev.carrier_sim)


class CarrierSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The carriers' head-office API. Defaults point at the local simulator (``python -m kefu_dev carrier-sim``)."""

    enabled: bool = True  # false: acknowledge-only mode (every request gets a receipt; nothing is acted on)
    base_url: str = "http://127.0.0.1:29300"
    customer: str = "OUTLET-001"  # the outlet's own account at the carrier
    app_key: str = "kefu-router"
    # set the real one in the TOML file or KEFU_CARRIER__SECRET, never in code; the simulator's built-in one is
    # refused unless the carriers' address and the callback endpoint are on this machine
    secret: str = SIM_SECRET
    carriers: list[str] = msgspec.field(
        default_factory=lambda: ["zto", "yto", "sto", "yunda", "jt", "sf", "ems", "jd", "deppon", "cainiao"]
    )
    callback_url: str = ""  # where the carrier posts asynchronous results; empty: no callbacks
    batching: bool = True  # false: one item per call (for comparison)
    max_batch: Positive = 50
    # SF takes at most 10 numbers a call
    max_batch_by_carrier: dict[str, Positive] = msgspec.field(default_factory=lambda: {"sf": 10})
    # fuller calls to the carrier, less CPU per request (docs/performance.md)
    linger_ms: Annotated[float, msgspec.Meta(ge=0)] = 20.0
    concurrency: Positive = 16  # calls in flight per carrier
    rate_per_s: PositiveFloat = 200.0  # calls a second per carrier (set to the carrier's published limit)
    burst: Positive = 20
    timeout_s: PositiveFloat = 10.0
    max_attempts: Positive = 6
    backoff_base_s: PositiveFloat = 0.2
    backoff_max_s: PositiveFloat = 10.0
    breaker_threshold: Positive = 5
    breaker_cooldown_s: PositiveFloat = 5.0
    # An item not done this long after the merchant asked (an outage the breaker could not wait out) goes to a person.
    item_deadline_s: PositiveFloat = 300.0
    # Whose a parcel is: "track", as the carrier's tracking answer says (the generic protocol's); "shipments", as
    # the outlet's pickup records say (router.shipments: the carriers' real open platforms do not say it), a
    # waybill without a record answered "未查到" if its carrier does not know it, else going to a person
    ownership: Literal["track", "shipments"] = "track"
    # How the carriers are spoken to: "generic", this project's own protocol (the simulator's /{carrier}/{op}; no
    # carrier speaks it: kept for comparison); "open_platform", each carrier's real one (router.carrier.wire,
    # docs/carriers.md), which needs ownership = "shipments"
    protocol: Literal["generic", "open_platform"] = "generic"
    # open_platform: each carrier's base URL (its open platform's host); a carrier not named here is looked for at
    # the simulator, {base_url}/open/{carrier}
    endpoints: dict[str, str] = msgspec.field(default_factory=dict)
    # open_platform: carriers spoken for by kuaidi100 instead of their own platform: {"yunda": "kuaidi100"}
    via: dict[str, Literal["kuaidi100"]] = msgspec.field(default_factory=dict)
    # open_platform: how often the router asks the carriers that tell an outcome only when asked (ZTO) how the
    # open intercepts, changes of address and tickets filed with them ended (router.tickets.results)
    result_poll_s: PositiveFloat = 60.0
    # open_platform, a deployment of one outlet: its credentials at each carrier (and at kuaidi100), the fields the
    # carrier issued (docs/carriers.md): {zto = {app_key = "…", secret = "env:ZTO_SECRET"}}
    accounts: dict[str, dict[str, str]] = msgspec.field(default_factory=dict)


class DirectorySettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Which merchant ships under which customer account (and with which carrier, for ambiguous numbers)."""

    path: str = ""  # a JSON file {"<merchant>": {"customer": "...", "carrier": "zto"}}; empty: nobody is known


class LimitSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """What one message and one merchant may ask; beyond it the merchant gets a clear reply and nothing is done."""

    max_waybills_per_message: Positive = 20
    merchant_per_minute: Positive = 60  # sustained requests a minute per merchant
    merchant_burst: Positive = 20  # how many may come at once


class CallbackSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The router's carrier callback endpoint: the generic protocol's signed events, or with the real protocols
    the carriers' own pushes at /callbacks/{carrier}[/{outlet}] (docs/carriers.md, "Pushes")."""

    port: Annotated[int, msgspec.Meta(ge=0, le=65535)] = 0  # 0: no callback endpoint in this process
    host: str = "127.0.0.1"


class TicketSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Following tickets to a result (``kefu-router follow``)."""

    # sqlite:///path/to/file.db (the embedded default) or postgresql://user@host:port/db (several routers)
    store: str = "sqlite:///kefu-tickets.db"
    group_id: str = "kefu-follower"
    # A ticket with no result by then goes to a person, once. Per intent; others use default_due_s.
    due_s: dict[str, PositiveFloat] = msgspec.field(
        default_factory=lambda: {"intercept": 4 * 3600.0, "change_address": 4 * 3600.0, "cancel": 3600.0,
                                 "urge": 24 * 3600.0, "delay": 24 * 3600.0}
    )
    default_due_s: PositiveFloat = 48 * 3600.0  # class 2: a person's ticket, followed for two days
    check_interval_s: PositiveFloat = 5.0
    # What merchants and people wrote on a ticket (its text, people's answers) is forgotten this many days after
    # the ticket's last change once it has a result; what was done stays for the figures. 0: kept for ever.
    text_retention_days: NonNegativeFloat = 90.0
    # A staff task (an escalation posted to the staff group) is to be answered within this long: its post says by
    # when.
    staff_answer_s: PositiveFloat = 1800.0
    # An escalation older than this when the staff desk reads it (a first start over a topic with history, a long
    # outage) is kept as a task, not posted: the staff group is not flooded with the past.
    staff_post_within_s: PositiveFloat = 86400.0


class ConfirmSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Asking the merchant before an irreversible action the parser was not sure of (router.confirm)."""

    # false: such requests go to a person instead of a question to the merchant
    enabled: bool = True
    ttl_s: PositiveFloat = 600.0  # how long a question waits for "确认"; then the merchant is told it lapsed
    check_interval_s: PositiveFloat = 5.0  # how often lapsed questions are looked for
    # answers are judged by when they were sent; one sent in time but still queued (a backlog) is read if it
    # arrives within this long after the question's time, before the merchant is told it lapsed
    grace_s: NonNegativeFloat = 120.0
    # settled questions (the merchant's words, names, addresses) are forgotten this long after
    keep_settled_s: PositiveFloat = 86400.0
    # where questions wait, shared by every router: empty means the ticket store (tickets.store)
    store: str = ""

