"""The settings, section by section: each a Struct that rejects unknown keys, with its defaults and bounds.

This module holds the chat, staff and outlet sections (the ones a network of outlets is made of) and ``Settings``,
which gathers every section; the record pipeline's sections are in ``router.config.pipeline_sections``, the
customer service's (carriers, tickets, confirmations) in ``router.config.service_sections``, and the bounds they
share in ``router.config.bounds``. Every one is importable from here too, where the rest of the project looks.

``StaffGroup`` stays here, and with it the sections that hold it: the reference names its full path
(``router.config.sections.StaffGroup``) in the type of ``outlets.<id>.staff_groups``, so moving it would change
docs/configuration.md.

The comments beside each field are the configuration reference's notes (``python -m router.settings_doc``).
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

from router.areas.stop_ship import StopShipSettings
from router.config.bounds import NonNegative, NonNegativeFloat, Positive, PositiveFloat, TopicName
from router.config.pipeline_sections import (
    QUIET_FETCH_WAIT_MS,
    BackpressureSettings,
    CommitSettings,
    KafkaSettings,
    MetricsSettings,
    SchedulerSettings,
    ShutdownSettings,
    TopicSettings,
)
from router.config.service_sections import (
    SIM_SECRET,
    CallbackSettings,
    CarrierSettings,
    ConfirmSettings,
    DirectorySettings,
    LimitSettings,
    TicketSettings,
)
from router.knowledge.base import KnowledgeSettings
from router.rules.model import RuleSettings

__all__ = [
    "QUIET_FETCH_WAIT_MS",
    "SIM_SECRET",
    "ApiSource",
    "BackpressureSettings",
    "CallbackSettings",
    "CarrierSettings",
    "ChatGroup",
    "ChatPlatform",
    "ChatSettings",
    "CommitSettings",
    "ConfirmSettings",
    "ConsoleSettings",
    "DirectorySettings",
    "KafkaSettings",
    "LimitSettings",
    "MetricsSettings",
    "MoreRobot",
    "NetworkSettings",
    "NonNegative",
    "NonNegativeFloat",
    "OutletId",
    "OutletSettings",
    "Positive",
    "PositiveFloat",
    "SchedulerSettings",
    "Settings",
    "ShutdownSettings",
    "StaffGroup",
    "StaffMember",
    "TicketSettings",
    "TopicName",
    "TopicSettings",
]


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
