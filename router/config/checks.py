"""The checks across sections: settings each valid alone that disagree with one another, or that are valid as
values but not usable (a URL that is none, a secret held instead of referenced, a group bound in two outlets).

Apart from the reading (``router.config.loading``) because they judge settings already read: ``outlet_problems``
is also asked of a network's outlets kept in the store (router.outlets, router.merchant_edits), which never pass
through a file or the environment. Every problem is collected before any is raised, so one start names them all.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import urlsplit

from router.chat.webhooks import refusal
from router.config.secrets import is_reference
from router.config.sections import (
    SIM_SECRET,
    BackpressureSettings,
    ChatSettings,
    KafkaSettings,
    OutletSettings,
    Settings,
    StaffGroup,
    StaffMember,
)
from router.errors import ConfigError
from router.hosts import on_this_machine


def check_relations(s: Settings) -> None:
    problems = [*_backpressure_problems(s.backpressure), *_kafka_problems(s), *_carrier_problems(s),
                *_store_problems(s), *_chat_problems(s.chat), *outlet_problems(s), *_proxy_problems(s)]
    if problems:
        raise ConfigError("invalid configuration: " + "; ".join(problems))


def _backpressure_problems(bp: BackpressureSettings) -> list[str]:
    problems = []
    if bp.low_records >= bp.high_records:
        problems.append("backpressure.low_records must be below backpressure.high_records")
    if bp.low_bytes >= bp.high_bytes:
        problems.append("backpressure.low_bytes must be below backpressure.high_bytes")
    if bp.partition_low_records >= bp.partition_high_records:
        problems.append("backpressure.partition_low_records must be below backpressure.partition_high_records")
    if bp.partition_high_records > bp.high_records:
        problems.append("backpressure.partition_high_records must not exceed backpressure.high_records")
    return problems


def _kafka_problems(s: Settings) -> list[str]:
    problems = []
    if s.kafka.heartbeat_interval_ms * 3 > s.kafka.session_timeout_ms:
        problems.append("kafka.heartbeat_interval_ms should be at most a third of kafka.session_timeout_ms")
    if not re.fullmatch(r"[^,\s]+:\d+(,[^,\s]+:\d+)*", s.kafka.bootstrap):
        problems.append(f"kafka.bootstrap {s.kafka.bootstrap!r} must be host:port[,host:port...]")
    problems += _kafka_security_problems(s.kafka)
    names = [s.topics.requests, s.topics.replies, s.topics.tickets, s.topics.human, s.topics.dlq,
             s.topics.carrier_events, s.topics.human_replies, s.topics.activity]
    if len(set(names)) != len(names):
        problems.append("topics.* names must all differ")
    return problems


def _kafka_security_problems(k: KafkaSettings) -> list[str]:
    """A SCRAM user where SASL_SSL is asked for, its password referenced; TLS files only with TLS. (Whether the
    files and the password can be read is found when a client is built, and by check-config: security.py.)"""
    problems = []
    sasl = k.security_protocol == "SASL_SSL"
    if sasl and not (k.sasl_username and k.sasl_password):
        problems.append("kafka.security_protocol SASL_SSL needs kafka.sasl_username and kafka.sasl_password (a "
                        "reference: \"env:NAME\" or \"file:/path\")")
    if not sasl and (k.sasl_username or k.sasl_password):
        problems.append("kafka.sasl_username and kafka.sasl_password are used with kafka.security_protocol SASL_SSL "
                        "only: set it, or remove them")
    if k.sasl_password and not is_reference(k.sasl_password):
        problems.append("kafka.sasl_password must reference the password (\"env:NAME\" or \"file:/path\"), not "
                        "hold it")
    tls_files = {"ssl_cafile": k.ssl_cafile, "ssl_certfile": k.ssl_certfile, "ssl_keyfile": k.ssl_keyfile}
    if k.security_protocol == "PLAINTEXT" and any(tls_files.values()):
        problems.append("kafka.ssl_* files are used with kafka.security_protocol SSL or SASL_SSL only: set it, or "
                        "remove them")
    if bool(k.ssl_certfile) != bool(k.ssl_keyfile):
        problems.append("kafka.ssl_certfile and kafka.ssl_keyfile are set together (the client's certificate and "
                        "its key)")
    return problems


def _carrier_problems(s: Settings) -> list[str]:
    problems = []
    if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", s.carrier.base_url):
        problems.append(f"carrier.base_url {s.carrier.base_url!r} must be an http(s) URL")
    if s.carrier.callback_url and not re.fullmatch(r"https?://\S+", s.carrier.callback_url):
        problems.append(f"carrier.callback_url {s.carrier.callback_url!r} must be an http(s) URL or empty")
    if s.carrier.secret == SIM_SECRET:
        if s.carrier.enabled and not on_this_machine(urlsplit(s.carrier.base_url).hostname or ""):
            problems.append("carrier.secret is the carrier simulator's built-in one and carrier.base_url is not on "
                            "this machine: set the account's secret (KEFU_CARRIER__SECRET)")
        if s.callbacks.port and not on_this_machine(s.callbacks.host) and s.carrier.protocol == "generic":
            problems.append("carrier.secret is the carrier simulator's built-in one and the callback endpoint "
                            "listens beyond this machine (callbacks.host): anyone could sign carrier events with "
                            "it; set the account's secret (KEFU_CARRIER__SECRET)")
    if s.carrier.item_deadline_s >= s.scheduler.handler_timeout_s:
        problems.append(
            "carrier.item_deadline_s must be below scheduler.handler_timeout_s, so a carrier outage hands "
            "requests to a person instead of timing their handler out"
        )
    return problems + _open_platform_problems(s)


def _open_platform_problems(s: Settings) -> list[str]:
    """The real protocols' endpoints and credentials: each outlet's (secrets referenced), or the one outlet's."""
    from router.carrier.wire import setup  # (the carrier layer imports the settings: read it when it is asked)

    c = s.carrier
    problems = [f"carrier.endpoints.{name} {url!r} must be an http(s) URL" for name, url in c.endpoints.items()
                if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", url)]
    if c.protocol != "open_platform" or not c.enabled:
        return problems
    # (EMS's authorization and kuaidi100's key travel in the request itself: never in clear beyond this machine;
    # an endpoint not named is {base_url}/open/<carrier>, and is checked as well)
    used = {setup.endpoint(c, carrier, which) for carrier in c.carriers if setup.wire_for(carrier, c.via)
            for which in ("", "api")}
    problems += [f"carrier endpoint {url!r}: a carrier's platform is reached over https (its credentials travel "
                 "in the request; set carrier.endpoints or carrier.base_url)" for url in sorted(used)
                 if url.startswith("http://") and not on_this_machine(urlsplit(url).hostname or "")]
    if c.ownership != "shipments":
        problems.append('carrier.protocol = "open_platform" needs carrier.ownership = "shipments": no carrier\'s '
                        "tracking answer says whose a parcel is (docs/carriers.md)")
    if not (s.outlets or s.network.store):  # (a network's outlets are checked with them: outlet_problems)
        return problems + setup.problems(c, c.accounts, "carrier.accounts", references_only=False,
                                         pushes=bool(s.callbacks.port))
    if c.accounts:
        problems.append("with [outlets], each outlet has its own carrier accounts: move carrier.accounts into "
                        "outlets.<id>.carrier_accounts")
    return problems


def _outlet_accounts_problems(s: Settings, oid: str, o: OutletSettings) -> list[str]:
    """An outlet's credentials at the carriers' own platforms (when they are spoken), its secrets referenced."""
    from router.carrier.wire import setup

    if s.carrier.protocol != "open_platform" or not s.carrier.enabled:
        return []
    return setup.problems(s.carrier, o.carrier_accounts, f"outlets.{oid}.carrier_accounts", references_only=True,
                          pushes=bool(s.callbacks.port))


def _proxy_problems(s: Settings) -> list[str]:
    problems = []
    for p in s.console.trusted_proxies:
        try:
            ipaddress.ip_network(p, strict=False)
        except ValueError:
            problems.append(f"console.trusted_proxies: {p!r} is no address or network (10.0.0.2, 10.0.0.0/8)")
    return problems


def _store_problems(s: Settings) -> list[str]:
    problems = []
    if not re.fullmatch(r"(sqlite:///\S+|postgres(ql)?://\S+)", s.tickets.store):
        # (the value not echoed: a DSN may hold a password)
        problems.append(f"tickets.store {s.tickets.store.split(':', 1)[0]}:… must be sqlite:///<file> or "
                        "postgresql://<dsn>")
    if s.confirm.store and not re.fullmatch(r"(sqlite:///\S+|postgres(ql)?://\S+)", s.confirm.store):
        problems.append(f"confirm.store {s.confirm.store.split(':', 1)[0]}:… must be sqlite:///<file>, "
                        "postgresql://<dsn> or empty (the ticket store)")
    return problems


def _chat_problems(c: ChatSettings) -> list[str]:
    problems = []
    if c.wecom_aes_key and not re.fullmatch(r"[A-Za-z0-9+/]{43}", c.wecom_aes_key):
        problems.append("chat.wecom_aes_key must be the robot's 43-character EncodingAESKey")
    if bool(c.dingtalk_stream_client_id) != bool(c.dingtalk_stream_client_secret):
        problems.append("chat.dingtalk_stream_client_id and chat.dingtalk_stream_client_secret are set together (the "
                        "robot application's AppKey and a reference to its AppSecret)")
    if c.dingtalk_stream_client_secret and not is_reference(c.dingtalk_stream_client_secret):
        problems.append("chat.dingtalk_stream_client_secret must reference the AppSecret (\"env:NAME\" or "
                        "\"file:/path\"), not hold it")
    if not re.fullmatch(r"https?://\S+", c.dingtalk_stream_url):
        problems.append("chat.dingtalk_stream_url must be an http(s) URL (DingTalk's connection API: "
                        "https://api.dingtalk.com/v1.0/gateway/connections/open)")
    if bool(c.wecom_token) != bool(c.wecom_aes_key):
        problems.append("chat.wecom_token and chat.wecom_aes_key are set together (both from the robot's page)")
    if c.groups_path and not Path(c.groups_path).is_file():
        problems.append(f"chat.groups_path {c.groups_path!r} is not a file: point it at the groups JSON file")
    for gid, g in c.groups.items():
        if g.webhook and (why := refusal(g.platform, g.webhook, c.webhook_hosts)) is not None:
            # (the URL not echoed: it holds the robot's key)
            problems.append(f"chat.groups.{gid}.webhook: {why}")
    problems += _staff_problems("chat", c.staff_groups, set(c.groups), c.webhook_hosts)
    problems += _staff_named_twice("chat", c.staff)
    return problems


def _staff_problems(where: str, staff_groups: list[str] | dict[str, StaffGroup], merchant_groups: set[str],
                    hosts: dict[str, list[str]]) -> list[str]:
    problems = [f"{where}.staff_groups: {gid!r} is a merchant group; staff groups are the outlet's own"
                for gid in staff_groups if gid in merchant_groups]
    if isinstance(staff_groups, dict) and any(g.platform == "api" for g in staff_groups.values()):
        problems.append(f"{where}.staff_groups: a staff group is a WeCom or DingTalk group (platform \"api\" "
                        "cannot say who wrote)")
    if isinstance(staff_groups, dict):
        for gid, g in staff_groups.items():
            if g.webhook and (why := refusal(g.platform, g.webhook, hosts)) is not None:
                problems.append(f"{where}.staff_groups.{gid}.webhook: {why}")
            if g.more_robots and not g.webhook:
                problems.append(f"{where}.staff_groups.{gid}.more_robots: give the group's webhook first")
            hooks = [g.webhook, *(m.webhook for m in g.more_robots)]
            if len(set(hooks)) < len(hooks):  # (one robot listed twice would send at twice its limit)
                problems.append(f"{where}.staff_groups.{gid}.more_robots: a robot is listed twice")
            for i, more in enumerate(g.more_robots):
                if (why := refusal(g.platform, more.webhook, hosts)) is not None:
                    problems.append(f"{where}.staff_groups.{gid}.more_robots[{i}].webhook: {why}")
    return problems


def outlet_problems(s: Settings) -> list[str]:
    """A network's outlets: each its own account, groups bound once, secrets referenced, nothing left outside."""
    if not s.outlets:
        return []
    problems = []
    if s.directory.path or s.chat.groups or s.chat.groups_path or s.chat.staff_groups or s.chat.staff:
        problems.append("with [outlets], each outlet has its own directory, groups and staff: move directory.path, "
                        "chat.groups, chat.groups_path, chat.staff_groups and chat.staff into the outlets they "
                        "belong to")
    if s.knowledge.entries or s.knowledge.path or s.knowledge.vars or s.stop_ship.areas or s.rules.rules:
        problems.append("with [outlets], each outlet has its own knowledge base, stop-ship areas and rules: move "
                        "[knowledge], [stop_ship] and [rules] into outlets.<id>.knowledge, .stop_ship and .rules")
    merchant_groups = {gid for o in s.outlets.values() for gid in o.groups}
    problems += _bound_twice(s)
    for oid, o in s.outlets.items():
        if o.secret and not is_reference(o.secret):
            problems.append(f"outlets.{oid}.secret must reference the secret (\"env:NAME\" or \"file:/path\"), "
                            "not hold it")
        if o.groups_path and not Path(o.groups_path).is_file():
            problems.append(f"outlets.{oid}.groups_path {o.groups_path!r} is not a file")
        for gid, g in o.groups.items():
            if g.webhook and (why := refusal(g.platform, g.webhook, s.chat.webhook_hosts)) is not None:
                problems.append(f"outlets.{oid}.groups.{gid}.webhook: {why}")
        problems += _staff_problems(f"outlets.{oid}", o.staff_groups, merchant_groups, s.chat.webhook_hosts)
        problems += _staff_named_twice(f"outlets.{oid}", o.staff)
        problems += _outlet_accounts_problems(s, oid, o)
    return problems + _staffed_twice(s)


def _staff_named_twice(where: str, staff: Mapping[str, StaffMember]) -> list[str]:
    names: dict[str, str] = {}
    problems = []
    for uid, member in staff.items():
        if member.name in names:
            problems.append(f"{where}.staff: {uid!r} and {names[member.name]!r} are both called {member.name!r}: "
                            "staff hand tasks on by name (\"#K7Q2 转 <name>\")")
        names[member.name] = uid
    return problems


def _staffed_twice(s: Settings) -> list[str]:
    return _twice(((oid, o.staff_groups) for oid, o in s.outlets.items()),
                  "staff group {gid!r} is in outlets {first!r} and {oid!r}: each outlet's staff group is its own")


def _bound_twice(s: Settings) -> list[str]:
    return _twice(((oid, o.groups) for oid, o in s.outlets.items()),
                  "group {gid!r} is bound in outlets {first!r} and {oid!r}: a group belongs to one outlet")


def _twice(groups_of: Iterable[tuple[str, Iterable[str]]], problem: str) -> list[str]:
    """A problem for each group that stands in a second outlet (``problem`` names it: gid, first, oid)."""
    first_of: dict[str, str] = {}
    problems = []
    for oid, groups in groups_of:
        for gid in groups:
            if gid in first_of:
                problems.append(problem.format(gid=gid, first=first_of[gid], oid=oid))
            first_of.setdefault(gid, oid)
    return problems
