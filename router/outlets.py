"""The outlets a deployment serves, and which outlet every group, merchant and record belongs to.

An outlet is a tenant: its own carrier account, merchants, chat groups and staff groups, none able to see or
touch another's. Which outlet a request belongs to is read from the chat group it came from (the group's
binding in the configuration), never from the message: a group speaks only for the merchant it is bound to, and
a record whose group, merchant and outlet do not agree is refused (``CrossingError``, a dead letter).

A configuration without ``[outlets]`` is one outlet, ``default``, made of ``[carrier]``'s account,
``[directory]`` and ``[chat]``'s groups, and the router checks no groups: a deployment that worked before works
the same. With ``[outlets]``, every group must be bound in exactly one outlet.

Secrets are referenced, never written in the configuration: ``env:NAME`` or ``file:/path``, read at start.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

import msgspec

from router.areas import divisions
from router.areas.stop_ship import EMPTY as NO_STOPS
from router.areas.stop_ship import StopList, StopShipSettings
from router.carrier.wire.base import Credentials
from router.carrier.wire.setup import credentials
from router.config import ChatGroup, Settings, StaffGroup, StaffMember, chat_groups
from router.config.loading import bound_groups, outlet_problems
from router.config.secrets import read_secret
from router.config.sections import OutletSettings
from router.directory import Directory, MerchantEntry
from router.errors import ConfigError, DecodeError
from router.knowledge.base import EMPTY as NO_KNOWLEDGE
from router.knowledge.base import KnowledgeBase, KnowledgeSettings
from router.knowledge.words import is_word
from router.knowledge.words import load as load_words
from router.parsing.lexicon import LEXICON
from router.rules.engine import NO_RULES, Rules
from router.rules.model import RuleSettings

log = logging.getLogger("kefu.outlets")

DEFAULT_OUTLET = "default"


class CrossingError(DecodeError):
    """A record whose group, merchant and outlet do not agree: never acted on, never delivered (a dead letter)."""


@dataclass(frozen=True, slots=True)
class Account:
    """An outlet's account at the carriers: the generic protocol's key and secret, and (``carrier.protocol =
    "open_platform"``) its credentials at each carrier's own platform, secrets read."""

    customer: str
    app_key: str
    secret: str
    open: tuple[tuple[str, Credentials], ...] = ()

    def __repr__(self) -> str:  # never the secret
        return f"Account(customer={self.customer!r}, app_key={self.app_key!r})"


@dataclass(frozen=True, slots=True)
class Outlet:
    id: str
    name: str
    account: Account
    directory: Directory
    groups: Mapping[str, ChatGroup]  # (their robots' webhooks and signing secrets: never in a repr)
    staff_groups: Mapping[str, StaffGroup]  # the 待人工处理群, and the robots that post tasks there
    staff: Mapping[str, StaffMember]  # by their id on the chat platform
    knowledge: KnowledgeBase = NO_KNOWLEDGE  # its merchants' everyday questions, answered (router.knowledge)
    stops: StopList = NO_STOPS  # where its parcels cannot go now (router.areas.stop_ship)
    rules: Rules = NO_RULES  # how each kind of its requests is handled (router.rules)

    def __repr__(self) -> str:
        return f"Outlet({self.id!r}, groups={len(self.groups)}, {self.account!r})"


class Network:
    """Every outlet, and the group bindings that say which outlet a group's messages belong to."""

    def __init__(self, outlets: Mapping[str, Outlet], single: bool = False) -> None:
        self.outlets = dict(outlets)
        self.single = single  # one outlet from the plain sections: groups are not checked by the router
        # (a group bound in two outlets is refused where settings are checked, config.loading.outlet_problems)
        self._group: dict[str, tuple[str, ChatGroup]] = {
            gid: (oid, g) for oid, o in self.outlets.items() for gid, g in o.groups.items()}
        self._staff: dict[str, tuple[str, StaffGroup]] = {
            gid: (oid, g) for oid, o in self.outlets.items() for gid, g in o.staff_groups.items()}
        # the merchants' tiers of every outlet (asked for each record received: handlers.vip.any_vip)
        self.tiers: frozenset[str] = frozenset().union(*(o.directory.tiers for o in self.outlets.values()))

    def __repr__(self) -> str:
        return f"<Network outlets={len(self.outlets)} groups={len(self._group)} single={self.single}>"

    @classmethod
    def from_settings(cls, settings: Settings, env: Mapping[str, str] | None = None, *, accounts: bool = True,
                      directories: bool = True, stored: Mapping[str, OutletSettings] | None = None) -> Network:
        """The network the settings describe, with the outlets kept in the store (``stored``, over the file's of
        the same id). Raises ConfigError saying what to fix (a secret reference that reads nothing, a directory or
        groups file that is missing). ``accounts`` and ``directories`` false: the groups alone, for a process that
        neither calls carriers nor looks merchants up (the chat gateway, the ticket follower), which then needs
        neither the secrets nor the directories."""
        env = os.environ if env is None else env
        if stored:
            settings = msgspec.structs.replace(settings, outlets={**settings.outlets, **stored})
            if problems := outlet_problems(settings):
                raise ConfigError("invalid outlets: " + "; ".join(problems))
        if not settings.outlets:
            c = settings.carrier
            referenced = accounts and c.secret.startswith(("env:", "file:"))
            secret = read_secret(c.secret, "carrier.secret", env) if referenced else c.secret
            groups = chat_groups(settings.chat)
            _apart("chat", settings.chat.staff_groups, groups)
            one = cls.one(Account(c.customer, c.app_key, secret, _open(settings, c.accounts, "carrier.accounts", env,
                                                                      accounts)),
                          Directory.load(settings.directory.path) if directories else None, groups,
                          settings.chat.staff_groups, settings.chat.staff)
            if directories:
                only = one.outlets[DEFAULT_OUTLET]
                knowledge, stops, rules = policy(settings.knowledge, settings.stop_ship, settings.rules, "")
                one.outlets[DEFAULT_OUTLET] = dataclasses.replace(only, knowledge=knowledge, stops=stops,
                                                                  rules=rules)
            return one
        return cls({oid: _outlet(settings, oid, o, env, accounts, directories)
                    for oid, o in settings.outlets.items()})

    def outlet(self, named: str) -> Outlet | None:
        """The outlet a record names (``record_outlet``: none in a deployment of one outlet); None when it is gone
        (a request of an outlet removed meanwhile: refused where it is resolved)."""
        return self.outlets.get(named or DEFAULT_OUTLET)

    def bindings(self) -> dict[str, ChatGroup]:
        """Every merchant group of every outlet, by group id (the chat gateway's table)."""
        return {gid: g for gid, (_, g) in self._group.items()}

    def robots(self) -> dict[str, ChatGroup | StaffGroup]:
        """Every group the bot may post to, merchants' and staff's, by group id (the chat egress's table)."""
        return {**{gid: g for gid, (_, g) in self._staff.items()}, **self.bindings()}

    def staff_group(self, group: str) -> tuple[str, StaffGroup] | None:
        """The outlet ``group`` is a staff group of, and its robot; None when it is no staff group."""
        return self._staff.get(group)

    def outlet_of_group(self, group: str) -> str | None:
        """The id of the outlet ``group`` is bound in (a deployment of one outlet: its own); None when no outlet
        has it."""
        if self.single:
            return DEFAULT_OUTLET
        bound = self._group.get(group)
        return bound[0] if bound is not None else None

    def record_outlet(self, outlet: Outlet) -> str:
        """The outlet as records name it: none in a deployment of one outlet (so that its records, stored
        tickets and questions stay valid when it becomes one outlet of a network)."""
        return "" if self.single else outlet.id

    def resolve(self, group: str, merchant: str, claimed: str = "") -> tuple[Outlet, MerchantEntry | None]:
        """The outlet of a request from ``group`` by ``merchant``, and the merchant's entry in that outlet's
        directory (None: not known there). The group decides, never the record: ``claimed``, the outlet the record
        names (the chat gateway's view when it wrote it, which a merchant moved between outlets since may have
        overtaken), only shows in the log when it disagrees. Raises CrossingError when the group is bound in no
        outlet or speaks for another merchant."""
        if self.single:
            only = self.outlets[DEFAULT_OUTLET]
            return only, only.directory.get(merchant)
        bound = self._group.get(group)
        if bound is None:
            raise CrossingError("unknown_group", f"group {group!r} is bound in no outlet")
        oid, binding = bound
        if binding.merchant != merchant:
            raise CrossingError("group_merchant_mismatch", f"group {group!r} of outlet {oid!r} speaks for another "
                                                           "merchant")
        if claimed not in ("", DEFAULT_OUTLET, oid):
            log.info("a record of group %r names outlet %r; the group is outlet %r's now", group, claimed, oid)
        outlet = self.outlets[oid]
        return outlet, outlet.directory.get(merchant)

    def check_delivery(self, outlet: str, merchant: str, group: str) -> str | None:
        """Why a message for ``merchant`` of ``outlet`` may not go to ``group`` (a reason word), or None. An
        empty ``outlet`` (a record that names none) is the group's own; the merchant must still be its. A staff
        group takes only the staff desk's posts (no merchant), of its own outlet."""
        if group in self._staff or not merchant:
            return self._check_staff_post(outlet, merchant, group)
        bound = self._group.get(group)
        if bound is None:
            return None if self.single else "unknown_group"
        oid, binding = bound
        if outlet not in ("", DEFAULT_OUTLET, oid) and not self.single:
            return "outlet_mismatch"
        if binding.merchant != merchant:
            return "group_merchant_mismatch"
        return None

    def _check_staff_post(self, outlet: str, merchant: str, group: str) -> str | None:
        staff = self._staff.get(group)
        if staff is None:
            return "not_a_staff_group"  # (a post of the staff desk, for a group that is none)
        if merchant:
            return "staff_group"  # a merchant's reply never goes to the staff
        return None if self.single or outlet in ("", DEFAULT_OUTLET, staff[0]) else "outlet_mismatch"

    @classmethod
    def one(cls, account: Account = Account("", "", ""), directory: Directory | None = None,
            groups: Mapping[str, ChatGroup] | None = None, staff_groups: Mapping[str, StaffGroup] | None = None,
            staff: Mapping[str, StaffMember] | None = None) -> Network:
        """A deployment of one outlet (no ``[outlets]``): its groups are not checked by the router."""
        only = Outlet(DEFAULT_OUTLET, "", account, directory or Directory(), groups or {}, staff_groups or {},
                      staff or {})
        return cls({DEFAULT_OUTLET: only}, single=True)


def _outlet(settings: Settings, oid: str, o: OutletSettings, env: Mapping[str, str], accounts: bool,
            directories: bool) -> Outlet:
    groups = bound_groups(o.groups, o.groups_path, f"outlets.{oid}.groups_path")
    if accounts and not o.secret:
        raise ConfigError(f"outlets.{oid}.secret is empty: reference the account's secret (\"env:NAME\" or "
                          "\"file:/path\")")
    secret = read_secret(o.secret, f"outlets.{oid}.secret", env) if accounts else ""
    directory = Directory.load(o.directory, f"outlets.{oid}.directory") if directories else Directory()
    if directories and o.merchants:
        try:
            inline = msgspec.convert(o.merchants, dict[str, MerchantEntry])
        except msgspec.ValidationError as e:
            raise ConfigError(f"outlets.{oid}.merchants: {e}") from None
        directory = directory.with_entries(inline)
    # (a staff group listed by id alone has no robot and no platform said: its messages are read, from either
    # platform, its tasks kept, not posted)
    staff_groups = o.staff_groups if isinstance(o.staff_groups, dict) else {
        gid: StaffGroup(platform="api") for gid in o.staff_groups}
    _apart(f"outlets.{oid}", staff_groups, groups)
    account = Account(o.customer, o.app_key, secret,
                      _open(settings, o.carrier_accounts, f"outlets.{oid}.carrier_accounts", env, accounts))
    knowledge, stops, rules = (policy(o.knowledge, o.stop_ship, o.rules, f"outlets.{oid}.") if directories
                               else (NO_KNOWLEDGE, NO_STOPS, NO_RULES))
    return Outlet(oid, o.name, account, directory, groups, staff_groups, dict(o.staff), knowledge, stops, rules)


def preload(settings: Settings, stored: Mapping[str, OutletSettings] | None = None) -> None:
    """Read what outlets' knowledge and stop-ship areas need (the divisions, the word list) now, blocking: from a
    worker thread at start, so that building the network (on the event loop) finds them read. Nothing when no
    outlet has either."""
    every = [settings.knowledge, *(o.knowledge for o in (*settings.outlets.values(), *(stored or {}).values()))]
    areas = [settings.stop_ship, *(o.stop_ship for o in (*settings.outlets.values(), *(stored or {}).values()))]
    asked = any(k.entries or k.path for k in every)
    if asked or any(a.areas for a in areas):
        divisions.load()
    if asked:
        load_words()


_built: dict[bytes, KnowledgeBase] = {}  # (outlets with the same knowledge share one: most start from the starter)


def policy(knowledge: KnowledgeSettings, stop_ship: StopShipSettings, rules: RuleSettings, where: str
           ) -> tuple[KnowledgeBase, StopList, Rules]:
    """An outlet's knowledge base, stop-ship areas and workflow rules, checked (ConfigError saying what to fix).
    The divisions are read (once per process) when the first two need them: areas to place, questions naming
    places."""
    asked = bool(knowledge.entries or knowledge.path)
    known = divisions.load() if asked or stop_ship.areas else None
    locate = known.locate if known is not None else None
    # (one built per distinct knowledge, whichever outlet has it; a file's is built again when the file changes)
    key = msgspec.json.encode(knowledge) + (_stamp(knowledge.path) if knowledge.path else b"")
    kb = _built.get(key, NO_KNOWLEDGE) if asked else NO_KNOWLEDGE
    if asked and kb is NO_KNOWLEDGE:
        if len(_built) > 100:  # (a network whose outlets each have their own: built again as they change)
            _built.clear()
        kb = _built[key] = KnowledgeBase(knowledge, f"{where}knowledge", places=locate, is_word=is_word)
    stops = StopList(stop_ship, known, f"{where}stop_ship") if stop_ship.areas else NO_STOPS
    return kb, stops, Rules(rules, LEXICON, f"{where}rules") if rules != RuleSettings() else NO_RULES


def _open(settings: Settings, fields: Mapping[str, Mapping[str, str]], where: str, env: Mapping[str, str],
          accounts: bool) -> tuple[tuple[str, Credentials], ...]:
    """An account's credentials at the carriers' own platforms, secrets read (none unless they are spoken)."""
    if not accounts or settings.carrier.protocol != "open_platform":
        return ()
    return tuple((name, credentials(f, f"{where}.{name}", env)) for name, f in sorted(fields.items()))


def _apart(where: str, staff_groups: Mapping[str, StaffGroup], groups: Mapping[str, ChatGroup]) -> None:
    """A staff group is no merchant group (a groups file is read only here, so the settings' check cannot see it)."""
    if crossed := sorted(set(staff_groups) & set(groups)):
        raise ConfigError(f"{where}: {crossed[0]!r} is both a merchant group and a staff group: a staff group is the "
                          "outlet's own")


def _stamp(path: str) -> bytes:
    try:
        st = os.stat(path)
    except OSError:
        return b"?"  # (KnowledgeBase says the file is missing)
    return f"{st.st_mtime_ns}:{st.st_size}".encode()
