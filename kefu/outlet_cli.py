"""``kefu-router outlet …`` and ``kefu-router merchant import``: a network's outlets, kept in the store
(``outlet import``: an outlet's knowledge base, stop-ship areas or workflow rules from TOML files).

Every change is validated as the routers will read it (the file's ``[outlets]`` and the stored ones together)
before it is written; running routers take it within ``network.reload_s``. Merchants and groups are changed as
the console changes them (``router.merchant_edits``).
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

import msgspec

from router import merchant_edits
from router.areas.stop_ship import StopShipSettings
from router.config import Settings
from router.config.sections import OutletSettings
from router.errors import ConfigError
from router.knowledge.base import KnowledgeSettings
from router.outlet_store import OutletStore, network_store
from router.rules.model import RuleSettings

_OUTLET_ID = re.compile(r"[a-z0-9_]{1,64}")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    o = sub.add_parser("outlet", help="a network's outlets kept in the store: list, set, group, remove")
    osub = o.add_subparsers(dest="outlet_command", required=True)
    osub.add_parser("list", help="every outlet, from the file and the store")
    s = osub.add_parser("set", help="add an outlet or change its account (only what is given changes)")
    s.add_argument("id")
    s.add_argument("--name")
    s.add_argument("--customer", help="its account at the carriers")
    s.add_argument("--app-key")
    s.add_argument("--secret", help='"env:NAME" or "file:/path": where the secret is, never the secret')
    s.add_argument("--staff-group", action="append", help="a staff group id (repeat for several)")
    s.add_argument("--carrier-account", action="append", metavar="CARRIER.FIELD=VALUE",
                   help='the outlet\'s credentials at a carrier\'s own platform (carrier.protocol = "open_platform"), '
                        "a field at a time, secrets referenced: zto.secret=file:/run/secrets/kefu-outlets/hz.zto")
    g = osub.add_parser("group", help="bind a chat group to a merchant of the outlet (taken from any other)")
    g.add_argument("id")
    g.add_argument("group")
    g.add_argument("--merchant", required=True)
    g.add_argument("--platform", choices=merchant_edits.PLATFORMS, default="wecom")
    g.add_argument("--webhook", default="", help="the group robot's webhook URL")
    r = osub.add_parser("remove", help="remove a stored outlet")
    r.add_argument("id")
    p = osub.add_parser("import", help="replace a stored outlet's knowledge base, stop-ship areas or workflow rules "
                                       "with a TOML file's (each file as its [section] is written; docs/knowledge.md, "
                                       "docs/rules.md)")
    p.add_argument("id")
    p.add_argument("--knowledge", type=Path, help="entries and vars (deploy/knowledge/express-outlet.toml)")
    p.add_argument("--stop-ship", type=Path, help="[[areas]]")
    p.add_argument("--rules", type=Path, help="[[rules]], holidays, workdays")
    m = sub.add_parser("merchant", help="merchants of a stored outlet")
    msub = m.add_subparsers(dest="merchant_command", required=True)
    i = msub.add_parser("import", help="CSV with a header: merchant,customer[,carrier][,group,platform[,webhook]]")
    i.add_argument("outlet")
    i.add_argument("csv", type=Path)


async def run(settings: Settings, args: argparse.Namespace) -> int:
    if not (settings.outlets or settings.network.store):
        print("kefu-router: this deployment is one outlet (no [outlets], no network.store): its routers read no "
              "stored outlets; set network.store (or [outlets]) first", file=sys.stderr)
        return 2
    async with network_store(settings) as opened:
        assert opened is not None  # (a network: checked above)
        return await _run(settings, args, opened)


async def _run(settings: Settings, args: argparse.Namespace, kept: OutletStore) -> int:
    if args.command == "outlet" and args.outlet_command == "list":
        _list(settings, (await kept.outlets())[1])
        return 0

    def edited(stored: dict[str, OutletSettings]) -> dict[str, OutletSettings | None]:
        return merchant_edits.checked(settings, stored, _changed(args, stored))  # as the routers will read it

    try:
        version, changed = await kept.change(edited)
    except ConfigError as e:
        print(f"kefu-router: {e}", file=sys.stderr)
        return 2
    print(f"outlets version {version}: " + ", ".join(f"{k} {'removed' if v is None else 'written'}"
                                                    for k, v in changed.items()))
    return 0


def _list(settings: Settings, stored: dict[str, OutletSettings]) -> None:
    for oid, o in sorted({**settings.outlets, **stored}.items()):
        where = "store" if oid in stored else "file"
        print(f"{oid}\t{o.name or '-'}\taccount {o.customer}\t{len(o.groups)} groups\t"
              f"{len(o.merchants)} merchants inline\t({where})")


def _carrier_accounts(current: dict[str, dict[str, str]], given: list[str]) -> dict[str, dict[str, str]]:
    """The outlet's carrier accounts with the ``CARRIER.FIELD=VALUE`` given over them (an empty value removes the
    field)."""
    out = {c: dict(f) for c, f in current.items()}
    for one in given:
        key, eq, value = one.partition("=")
        carrier, dot, field = key.partition(".")
        if not (eq and dot and carrier and field):
            raise ConfigError(f"--carrier-account {one.split('=')[0]!r}: write CARRIER.FIELD=VALUE "
                              "(zto.secret=file:/run/secrets/kefu-outlets/hz.zto)")
        if value:
            out.setdefault(carrier, {})[field] = value
        else:
            out.get(carrier, {}).pop(field, None)
    return {c: f for c, f in out.items() if f}


def _changed(args: argparse.Namespace, stored: dict[str, OutletSettings]) -> dict[str, OutletSettings | None]:
    """The stored outlets the command writes (None: removed)."""
    if args.command == "merchant":
        try:
            text = args.csv.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError(f"cannot read {args.csv}: {getattr(e, 'strerror', None) or e}") from None
        return merchant_edits.written(stored, args.outlet, merchant_edits.read_csv(text, str(args.csv)))
    oid = args.id
    if args.outlet_command == "remove":
        if oid not in stored:
            raise ConfigError(f"outlet {oid!r} is not in the store (outlets in the file are changed there)")
        return {oid: None}
    if args.outlet_command == "import":
        return {oid: _imported(args, stored.get(oid), oid)}
    if args.outlet_command == "group":
        row = merchant_edits.MerchantRow(args.merchant, "", group=args.group, platform=args.platform,
                                         webhook=args.webhook)  # (no account: the merchant's entry stays as it is)
        return merchant_edits.written(stored, oid, [row])
    return {oid: _set(args, stored.get(oid), oid)}


def _set(args: argparse.Namespace, current: OutletSettings | None, oid: str) -> OutletSettings:
    """``outlet set``: the outlet with what is given changed (a new one needs its account)."""
    if not _OUTLET_ID.fullmatch(oid):
        raise ConfigError(f"outlet id {oid!r}: lower-case letters, digits and _ only, at most 64")
    if current is None and not (args.customer and args.secret):
        raise ConfigError(f"outlet {oid!r} is new: give its --customer (its account at the carriers) and --secret")
    fields = {k: v for k, v in (("name", args.name), ("customer", args.customer), ("app_key", args.app_key),
                                ("secret", args.secret), ("staff_groups", args.staff_group)) if v is not None}
    base = msgspec.to_builtins(current) if current is not None else {}
    if args.carrier_account:
        fields["carrier_accounts"] = _carrier_accounts(base.get("carrier_accounts", {}), args.carrier_account)
    try:
        return msgspec.convert({**base, **fields}, OutletSettings)
    except msgspec.ValidationError as e:
        raise ConfigError(f"outlet {oid!r}: {e}") from None


def _imported(args: argparse.Namespace, current: OutletSettings | None, oid: str) -> OutletSettings:
    """The stored outlet with the sections the files give replaced (a knowledge base written inline, with its
    variables: the routers need not have the file)."""
    if current is None:
        raise ConfigError(f"outlet {oid!r} is not in the store (outlets in the file are changed there)")
    given = [(name, path, kind) for name, path, kind in (
        ("knowledge", args.knowledge, KnowledgeSettings), ("stop_ship", args.stop_ship, StopShipSettings),
        ("rules", args.rules, RuleSettings)) if path is not None]
    if not given:
        raise ConfigError("give --knowledge, --stop-ship or --rules: the file to import")
    fields: dict[str, object] = {}
    for name, path, kind in given:
        try:
            read = msgspec.convert(tomllib.loads(path.read_text(encoding="utf-8")), kind)
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError(f"cannot read {path}: {getattr(e, 'strerror', None) or e}") from None
        except (tomllib.TOMLDecodeError, msgspec.ValidationError) as e:
            raise ConfigError(f"{path} is no [{name}] section: {e}") from None
        fields[name] = read
    return msgspec.structs.replace(current, **fields)
