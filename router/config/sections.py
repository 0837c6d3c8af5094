"""The settings, section by section: each a Struct that rejects unknown keys, with its defaults and bounds.

The comments beside each field are the configuration reference's notes (``python -m router.settings_doc``).
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

from router.areas.stop_ship import StopShipSettings
from router.knowledge.base import KnowledgeSettings
from router.rules.model import RuleSettings

Positive = Annotated[int, msgspec.Meta(ge=1)]
SIM_SECRET = "sim-secret"  # the carrier simulator's built-in account secret (kefu_dev.carrier_sim)
NonNegative = Annotated[int, msgspec.Meta(ge=0)]
PositiveFloat = Annotated[float, msgspec.Meta(gt=0)]
NonNegativeFloat = Annotated[float, msgspec.Meta(ge=0)]
TopicName = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z0-9._-]{1,249}$")]


# The chat egress's and the ticket follower's consumers answer as soon as 1 byte is there; the wait only sets how
# often they poll when nothing comes (kafka.fetch_max_wait_ms is the router's, tuned with fetch_min_bytes).
QUIET_FETCH_WAIT_MS = 100


class KafkaSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    bootstrap: str = "127.0.0.1:29092"
    group_id: str = "kefu-router"
    client_id: str = "kefu-router"
    # Below max.poll.interval so a slow drain never gets the member evicted mid-rebalance.
    session_timeout_ms: Positive = 10_000
    heartbeat_interval_ms: Positive = 3_000
    max_poll_interval_ms: Positive = 300_000
    fetch_max_records: Positive = 2_000
    # The broker holds a fetch until it has this much data or fetch_max_wait_ms has passed, and the producer
    # gathers outputs for producer_linger_ms: tuned for the customer service, whose carrier calls take tens of
    # milliseconds, so fewer and fuller fetches and sends cost less CPU a request for a few ms of latency. A
    # trickle waits up to fetch_max_wait_ms. Where handling takes well under a millisecond and milliseconds
    # matter, use 1, 50 and 5 (the router benchmark does). The measurements: docs/performance.md.
    fetch_min_bytes: Positive = 65_536
    # How long the broker may hold a fetch for data: low, so a quiet partition never delays a reply (an idle
    # router fetches this often).
    fetch_max_wait_ms: Positive = 10
    producer_linger_ms: Annotated[int, msgspec.Meta(ge=0)] = 25
    # How every client of the brokers (router, chat gateway, follower, admin) authenticates: PLAINTEXT only where
    # the network itself is trusted; SSL is TLS, and with ssl_certfile and ssl_keyfile a client certificate (mTLS);
    # SASL_SSL is TLS and a SCRAM user. docs/security.md has the broker's side and the ACLs of each role.
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["SCRAM-SHA-512", "SCRAM-SHA-256"] = "SCRAM-SHA-512"
    sasl_username: str = ""
    # where the SCRAM user's password is, never the password itself: "env:NAME" or "file:/path"
    sasl_password: str = ""
    ssl_cafile: str = ""  # the CA (PEM) that signed the brokers' certificates; empty: the system's CAs
    ssl_certfile: str = ""  # this client's certificate (PEM), for mTLS
    ssl_keyfile: str = ""  # its private key (PEM, not encrypted: mount it as a secret)


class TopicSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    requests: TopicName = "kefu.requests"
    replies: TopicName = "kefu.replies"
    tickets: TopicName = "kefu.tickets"
    human: TopicName = "kefu.human"
    dlq: TopicName = "kefu.dlq"
    carrier_events: TopicName = "kefu.carrier-events"
    human_replies: TopicName = "kefu.human-replies"
    activity: TopicName = "kefu.activity"
    staff_messages: TopicName = "kefu.staff-messages"  # what staff write in the staff groups (router.staff)
    partitions: Positive = 12
    replication_factor: Positive = 1


class SchedulerSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    max_inflight: Positive = 512
    # One merchant's requests about different waybills handled at once (1: strictly one at a time).
    max_per_key: Positive = 16
    handler_timeout_s: PositiveFloat = 600.0
    # Slots one outlet of a network may hold at once (0: a quarter of max_inflight), so that one outlet's surge or
    # its carrier's outage leaves the others their share. A deployment of one outlet is not limited by it.
    max_inflight_per_outlet: NonNegative = 0


class BackpressureSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Buffered = received from Kafka and not yet finished (queued or in flight)."""

    high_records: Positive = 20_000
    low_records: Positive = 10_000
    high_bytes: Positive = 64 * 1024 * 1024
    low_bytes: Positive = 32 * 1024 * 1024
    partition_high_records: Positive = 4_000
    partition_low_records: Positive = 2_000
    # Records of one outlet of a network buffered at most (0: half of partition_high_records), so that one
    # outlet's surge or its carrier's outage fills neither the buffer nor a partition's share of it: past it, the
    # outlet's records are set aside and fetched again once half of its share is free. A deployment of one outlet
    # is not limited by it.
    max_records_per_outlet: NonNegative = 0
    # A partition with records set aside pauses once this many records past its commit point were received (and
    # resumes at half): the commit metadata names about that many finished records, a restart handles the rest
    # again. Past it, one outlet's backlog holds its partition's other outlets.
    max_span_aside: Positive = 30_000


class CommitSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    interval_s: PositiveFloat = 1.0
    # Kafka's offset.metadata.max.bytes defaults to 4096; stay under it.
    metadata_max_bytes: Annotated[int, msgspec.Meta(ge=0, le=4096)] = 3_800


class ShutdownSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    drain_timeout_s: PositiveFloat = 20.0
    revoke_timeout_s: PositiveFloat = 10.0


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


class MetricsSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    port: Annotated[int, msgspec.Meta(ge=0, le=65535)] = 0  # 0: no HTTP endpoint
    host: str = "127.0.0.1"


ChatPlatform = Literal["wecom", "dingtalk", "api"]


class ChatGroup(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """One chat group bound to its merchant, and the robot that speaks in it."""

    merchant: Annotated[str, msgspec.Meta(min_length=1, max_length=256)]
    platform: ChatPlatform
    # WeCom group robot: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY
    # DingTalk robot: https://oapi.dingtalk.com/robot/send?access_token=TOKEN. Empty: replies are not sent.
    webhook: str = ""
    secret: str = ""  # DingTalk robot signing secret (SEC…), when the robot has signing switched on


class MoreRobot(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Another robot in the same group (its own webhook, and signing secret on DingTalk)."""

    webhook: Annotated[str, msgspec.Meta(min_length=1)]
    secret: str = ""


class StaffGroup(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """An outlet's staff group (待人工处理群): the robot that posts the staff's tasks there. (Its messages reach the
    staff desk through the same callbacks as the merchant groups'.)"""

    platform: ChatPlatform
    webhook: str = ""  # as a chat group's; empty: tasks are kept, not posted
    secret: str = ""
    # more robots added to the same group: the platforms allow each 20 messages a minute, so a busy outlet's tasks
    # go out through all of them in turn, one message at a time and in order: [{webhook = "…", secret = "…"}]
    more_robots: list[MoreRobot] = msgspec.field(default_factory=list)


class StaffMember(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """One of an outlet's staff, by their id on the chat platform (WeCom userid, DingTalk staffId): only their
    messages in a staff group answer the merchants."""

    name: Annotated[str, msgspec.Meta(min_length=1, max_length=32)]  # as staff call them ("#K7Q2 转 李四")
    role: Literal["staff", "owner"] = "staff"


class ApiSource(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """One integration posting to the chat gateway's JSON API (``[chat.api_sources.<name>]``)."""

    # where its bearer token is, never the token itself: "env:NAME" or "file:/path" (16 characters at least)
    token: str
    groups: list[str]  # the groups (bound with platform "api") it may post for; ["*"]: every one


class ChatSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The chat gateway (``kefu-router chat-gateway``): group messages in, replies out.

    Groups come from ``groups`` (a TOML table keyed by group id) and ``groups_path`` (a JSON file of the same
    shape, for outlets with thousands of groups); a group in both takes the file's entry.
    """

    host: str = "127.0.0.1"
    port: Annotated[int, msgspec.Meta(ge=0, le=65535)] = 29400  # 0: no ingress in this process
    wecom_token: str = ""  # the smart robot's callback Token
    wecom_aes_key: str = ""  # its EncodingAESKey (43 characters)
    dingtalk_app_secret: str = ""  # the DingTalk robot's AppSecret: checks callback signatures
    # the robot's code (robotCode): when set, a callback for another robot of the same app is refused
    dingtalk_robot_code: str = ""
    # DingTalk Stream mode: the robot's messages over a connection the gateway opens (no public endpoint needed).
    # The robot application's AppKey, and where its AppSecret is ("env:NAME" or "file:/path"); both or neither.
    dingtalk_stream_client_id: str = ""
    dingtalk_stream_client_secret: str = ""
    # DingTalk's connection API for Stream mode (the simulator's in tests)
    dingtalk_stream_url: str = "https://api.dingtalk.com/v1.0/gateway/connections/open"
    # A signed callback is taken only this close to its timestamp, and each signature once (the signatures taken
    # are kept in the ticket store, shared by every gateway): a captured callback cannot be sent again.
    callback_window_s: Annotated[float, msgspec.Meta(gt=0, le=3600)] = 300.0
    # one integration's bearer token for the JSON API, for every group (16 characters at least); api_sources gives
    # each integration a token of its own and its groups. Neither: the API is off.
    api_token: str = ""
    api_sources: dict[str, ApiSource] = msgspec.field(default_factory=dict)
    groups: dict[str, ChatGroup] = msgspec.field(default_factory=dict)
    groups_path: str = ""
    # A deployment of one outlet: its staff groups and its staff (as [outlets.<id>]'s, router.staff)
    staff_groups: dict[str, StaffGroup] = msgspec.field(default_factory=dict)
    staff: dict[str, StaffMember] = msgspec.field(default_factory=dict)
    group_id: str = "kefu-chat"  # the egress's consumer group on the replies topic
    per_minute: Positive = 20  # messages per robot per window: both platforms allow 20 a minute
    window_s: PositiveFloat = 60.0
    # A restarted gateway waits one window before a robot's first message: the platform still counts what the
    # previous process sent. Off only where no process sent before (a fresh demo, a test's new robots).
    startup_hold: bool = True
    max_bytes: Annotated[int, msgspec.Meta(ge=64)] = 2048  # content per message, UTF-8
    linger_ms: Annotated[float, msgspec.Meta(ge=0)] = 300.0  # wait this long for more replies to the same group
    retry_base_s: PositiveFloat = 1.0
    retry_max_s: PositiveFloat = 60.0
    timeout_s: PositiveFloat = 10.0
    max_queued: Positive = 100_000  # replies waiting for their robot; beyond it the egress stops fetching
    # The hosts robot webhooks may point at, by platform (router/chat/webhooks.py); the platforms' own over https
    # only. Any other listed (a chat simulator) is the operator's choice.
    webhook_hosts: dict[str, list[str]] = msgspec.field(default_factory=lambda: {
        "wecom": ["qyapi.weixin.qq.com"], "dingtalk": ["oapi.dingtalk.com", "api.dingtalk.com"]})


OutletId = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9_]{1,64}$")]


class OutletSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """One outlet of a network (``[outlets.<id>]``): its carrier account, its merchants, its chat groups.

    With no ``[outlets]`` table the deployment is one outlet, "default", made of ``[carrier]``'s account,
    ``[directory]`` and ``[chat]``'s groups (router.outlets). The carrier's address, limits and retries stay in
    ``[carrier]``; each outlet has its own limits at the carrier, since each is its own account there.
    """

    name: str = ""  # shown to people (the console, reports); the id is what records carry
    customer: Annotated[str, msgspec.Meta(min_length=1, max_length=64)]  # the outlet's account at the carriers
    app_key: Annotated[str, msgspec.Meta(min_length=1, max_length=128)] = "kefu-router"
    # where the account's secret is, never the secret itself: "env:NAME" (an environment variable) or
    # "file:/run/secrets/NAME" (a mounted secrets file)
    secret: str = ""
    directory: str = ""  # the outlet's merchant directory (JSON, as directory.path)
    # merchants written here (or by `kefu-router merchant import`): {"<merchant>": {"customer": "…", "carrier": "…"}},
    # over the directory file's
    merchants: dict[str, dict[str, str]] = msgspec.field(default_factory=dict)
    groups: dict[str, ChatGroup] = msgspec.field(default_factory=dict)  # as chat.groups
    groups_path: str = ""  # as chat.groups_path
    # carrier.protocol = "open_platform": the outlet's credentials at each carrier, its secrets referenced
    # ("env:NAME", "file:/path"), as carrier.accounts
    carrier_accounts: dict[str, dict[str, str]] = msgspec.field(default_factory=dict)
    # the outlet's 待人工处理群: {"<group>": {platform, webhook}}, or a list of group ids (read, no robot to post)
    staff_groups: list[str] | dict[str, StaffGroup] = msgspec.field(default_factory=list)
    # its staff, by their id on the chat platform: {"<user id>": {name, role}}
    staff: dict[str, StaffMember] = msgspec.field(default_factory=dict)
    # the questions its merchants ask every day, answered in their groups (as [knowledge])
    knowledge: KnowledgeSettings = msgspec.field(default_factory=KnowledgeSettings)
    # where its parcels cannot go now (as [stop_ship])
    stop_ship: StopShipSettings = msgspec.field(default_factory=StopShipSettings)
    # how each kind of its requests is handled: by the bot, asked first, or by a person (as [rules])
    rules: RuleSettings = msgspec.field(default_factory=RuleSettings)


class NetworkSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Outlets kept in the store (``kefu-router outlet …``, ``merchant import``) beside those of ``[outlets]``:
    every router reads them again when they change, without a restart."""

    store: str = ""  # where they are kept: empty means the ticket store (tickets.store)
    reload_s: PositiveFloat = 2.0  # how often a router looks for a change


class ConsoleSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """The outlet console (``kefu-router console``): staff answer tasks, the owner sees the day's figures."""

    host: str = "127.0.0.1"
    port: Annotated[int, msgspec.Meta(ge=0, le=65535)] = 29500
    # Cookies sent over HTTPS only: set it when the console is served behind TLS (a proxy in front of it)
    secure_cookies: bool = False
    session_hours: PositiveFloat = 12.0
    # failed log-ins allowed per user name and address within the window, then refused until it passes
    login_attempts: Positive = 5
    login_window_s: PositiveFloat = 600.0
    refresh_s: PositiveFloat = 5.0  # how often an open queue page looks for new work
    # the reverse proxies in front of it (their addresses): a log-in through one is counted by the address it
    # forwarded for (X-Forwarded-For, the nearest address not of a proxy listed here), not by the proxy's
    trusted_proxies: list[str] = msgspec.field(default_factory=list)


class Settings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    kafka: KafkaSettings = msgspec.field(default_factory=KafkaSettings)
    topics: TopicSettings = msgspec.field(default_factory=TopicSettings)
    scheduler: SchedulerSettings = msgspec.field(default_factory=SchedulerSettings)
    backpressure: BackpressureSettings = msgspec.field(default_factory=BackpressureSettings)
    commit: CommitSettings = msgspec.field(default_factory=CommitSettings)
    shutdown: ShutdownSettings = msgspec.field(default_factory=ShutdownSettings)
    metrics: MetricsSettings = msgspec.field(default_factory=MetricsSettings)
    carrier: CarrierSettings = msgspec.field(default_factory=CarrierSettings)
    directory: DirectorySettings = msgspec.field(default_factory=DirectorySettings)
    callbacks: CallbackSettings = msgspec.field(default_factory=CallbackSettings)
    tickets: TicketSettings = msgspec.field(default_factory=TicketSettings)
    confirm: ConfirmSettings = msgspec.field(default_factory=ConfirmSettings)
    limits: LimitSettings = msgspec.field(default_factory=LimitSettings)
    chat: ChatSettings = msgspec.field(default_factory=ChatSettings)
    outlets: dict[OutletId, OutletSettings] = msgspec.field(default_factory=dict)
    network: NetworkSettings = msgspec.field(default_factory=NetworkSettings)
    console: ConsoleSettings = msgspec.field(default_factory=ConsoleSettings)
    knowledge: KnowledgeSettings = msgspec.field(default_factory=KnowledgeSettings)
    stop_ship: StopShipSettings = msgspec.field(default_factory=StopShipSettings)
    rules: RuleSettings = msgspec.field(default_factory=RuleSettings)
