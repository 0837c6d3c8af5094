"""``kefu-router``: run the router, the chat gateway and the ticket follower; manage topics; check configuration;
read the ticket store. (The simulators and the demo are development tools: ``python -m kefu_dev``.)"""

from __future__ import annotations

import argparse
import logging
import os
import re
import signal
import sys
from collections.abc import Callable, Coroutine, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import anyio

from kefu import carrier_sign
from kefu.serve import serve
from router import logs
from router.carrier.wire.setup import SECRET_FIELDS
from router.config import Settings, load_settings
from router.errors import ConfigError, KefuError
from router.kafka import KAFKA_CLIENT_LOGGER
from router.shipments import Shipments

log = logging.getLogger("kefu.cli")


async def _outlets(settings: Settings, args: argparse.Namespace) -> int:
    from kefu import outlet_cli

    return await outlet_cli.run(settings, args)


async def until_signal(func: Callable[..., Coroutine[Any, Any, None]], *args: Any) -> None:
    """Run ``func(*args)`` until SIGTERM or SIGINT, then cancel it (its cleanup runs shielded)."""
    async with anyio.create_task_group() as tg:
        tg.start_soon(func, *args)
        with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
            async for _ in signals:
                tg.cancel_scope.cancel()
                return


async def _shipments(settings: Settings, args: argparse.Namespace) -> int:
    from router.outlet_store import network_store
    from router.outlets import Network
    from router.shipments import read_csv
    from router.tickets.store import open_store

    async with network_store(settings) as kept:
        stored = (await kept.outlets())[1] if kept is not None else None
    network = Network.from_settings(settings, accounts=False, directories=False, stored=stored)
    if bool(args.outlet) == network.single or (args.outlet and args.outlet not in network.outlets):
        print("kefu-router: --outlet names one of the network's outlets (and only in a network)", file=sys.stderr)
        return 2
    try:
        rows = read_csv(args.csv.read_text(encoding="utf-8"), str(args.csv))
    except (OSError, UnicodeDecodeError) as e:
        print(f"kefu-router: cannot read {args.csv}: {getattr(e, 'strerror', None) or e}", file=sys.stderr)
        return 2
    except ConfigError as e:
        print(f"kefu-router: {e}", file=sys.stderr)
        return 2
    store = await open_store(settings.tickets.store)
    try:
        written = await Shipments(store.db).record(args.outlet, rows)
    finally:
        await store.close()
    print(f"{written} pickup records written{f' for outlet {args.outlet}' if args.outlet else ''}")
    return 0


async def _report(settings: Settings, args: argparse.Namespace) -> int:
    import datetime as dt
    from zoneinfo import ZoneInfo

    from router.tickets.report import day_report
    from router.tickets.store import open_store

    try:
        day = dt.datetime.now(ZoneInfo(args.tz)).date() if args.day == "today" else dt.date.fromisoformat(args.day)
    except ValueError:
        print(f"kefu-router report: --day takes YYYY-MM-DD, not {args.day!r}", file=sys.stderr)
        return 2
    store = await open_store(settings.tickets.store)
    try:
        print(await day_report(store, day, args.tz, outlet=args.outlet), end="")
    finally:
        await store.close()
    return 0


async def _tickets(settings: Settings, args: argparse.Namespace) -> int:
    import datetime as dt

    from router.tickets.store import open_store

    store = await open_store(settings.tickets.store)
    try:
        if args.id:
            t = await store.get(args.id)
            if t is None:
                print(f"no ticket {args.id}", file=sys.stderr)
                return 1
            print(f"{t.id}  {t.intent} class {t.ticket_class}  {t.status}  {t.carrier} {t.waybill}  {t.merchant}")
            for h in t.history:
                print(f"  {dt.datetime.fromtimestamp(h.at):%Y-%m-%d %H:%M:%S}  {h.kind:<13} {h.detail}")
            return 0
        rows = await store.query(status=args.status, intent=args.intent, merchant=args.merchant, limit=args.limit)
        print(f"{'opened':<19}  {'status':<9}  {'class':<5}  {'intent':<15}  {'carrier':<7}  {'waybill':<16}  merchant")
        for t in rows:
            print(f"{dt.datetime.fromtimestamp(t.opened_at):%Y-%m-%d %H:%M:%S}  {t.status:<9}  {t.ticket_class:<5}  "
                  f"{t.intent:<15}  {t.carrier:<7}  {t.waybill:<16}  {t.merchant}")
        counts = await store.counts()
        print(f"{len(rows)} shown; in the store: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        return 0
    finally:
        await store.close()


def _version() -> str:
    try:
        return version("kefu-router")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kefu-router", description=__doc__)
    parser.add_argument("--config", help="TOML settings file (default: $KEFU_CONFIG)")
    parser.add_argument("--version", action="version", version=f"kefu-router {_version()}")
    parser.add_argument("--log-level", default="INFO", type=str.upper, choices=logs.LEVELS)
    parser.add_argument("--log-format", default="text", choices=logs.FORMATS,
                        help="text lines, or one JSON object a line (time, level, logger, message)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="consume merchant requests and handle them until SIGTERM/SIGINT")
    sub.add_parser("topics", help="create the router's topics with the configured partition counts")
    sub.add_parser("check-config", help="validate the settings and print them")
    w = sub.add_parser("wait-kafka", help="wait until the broker answers metadata requests")
    w.add_argument("--timeout", type=float, default=60.0)
    sub.add_parser(
        "parse",
        help='read JSON lines {"text": ..., "carrier": ...} on stdin, write one JSON line of requests per input',
    )
    sub.add_parser("chat-gateway", help="receive group messages (WeCom, DingTalk, JSON API) and send replies "
                   "through the groups' robots, until SIGTERM/SIGINT")
    sub.add_parser("follow", help="follow tickets: store them, tell merchants carrier results, escalate overdue ones")
    tk = sub.add_parser("tickets", help="list tickets from the ticket store")
    tk.add_argument("--status", help="open, done, succeeded, failed, resolved, closed")
    tk.add_argument("--intent")
    tk.add_argument("--merchant")
    tk.add_argument("--id", help="one ticket, with its history")
    tk.add_argument("--limit", type=int, default=50)
    from kefu import outlet_cli

    outlet_cli.add_parsers(sub)
    sub.add_parser("console", help="serve the outlet console (staff answer tasks, the owner's figures) until "
                   "SIGTERM/SIGINT")
    cu = sub.add_parser("console-user", help="add a person to the console, or change their outlet, role, name or "
                        "password (read from $KEFU_CONSOLE_PASSWORD, else asked for)")
    cu.add_argument("username")
    cu.add_argument("--outlet", default="",
                    help="their outlet's id (\"default\" for a deployment of one; \"*\": every outlet)")
    cu.add_argument("--role", choices=("staff", "owner", "admin"), default="staff")
    cu.add_argument("--name", help="as colleagues call them (default: the user name)")
    cu.add_argument("--remove", action="store_true", help="take them out of the console (their sessions end)")
    carrier_sign.add_parser(sub)
    dm = sub.add_parser("demo", help="replay an outlet's evening end to end on Kafka (a source checkout's kefu_dev: "
                        "the simulators); --serve keeps the console up with its data afterwards")
    dm.add_argument("--serve", action="store_true", help="keep the system and the console up until Ctrl-C")
    dm.add_argument("--count", type=int, default=3000, help="merchant messages")
    dm.add_argument("--merchants", type=int, default=200)
    dm.add_argument("--duration", type=float, default=45.0, help="seconds the evening is replayed in")
    sh = sub.add_parser("shipments", help="the outlet's pickup records: whose each waybill is (carrier.ownership = "
                                          "\"shipments\")")
    shs = sh.add_subparsers(dest="shipments_command", required=True)
    si = shs.add_parser("import", help="a pickup export, CSV with a header: waybill,carrier,customer")
    si.add_argument("csv", type=Path)
    si.add_argument("--outlet", default="", help="the outlet's id in a network (omitted: the deployment's one "
                                                 "outlet)")
    rp = sub.add_parser("report", help="the day's figures from the ticket store")
    rp.add_argument("--day", nargs="?", const="today", default="today", help="YYYY-MM-DD (default: today)")
    rp.add_argument("--tz", default="Asia/Shanghai", help="the outlet's time zone")
    rp.add_argument("--outlet", help="one outlet's figures (its id); by default the whole deployment's")
    return parser


def _parse(args: argparse.Namespace) -> int:
    from router.parsing.cli import parse_stream

    return parse_stream(sys.stdin.buffer, sys.stdout.buffer)


def _topics(settings: Settings, args: argparse.Namespace) -> int:
    from router.kafka import ensure_topics

    print(anyio.run(ensure_topics, settings) or "topics already exist")
    return 0


# Settings that hold a secret (or a URL with one in it): printed masked, never as they are
_SECRET_KEYS = frozenset({"secret", "api_token", "wecom_token", "wecom_aes_key", "dingtalk_app_secret", "webhook",
                          "token"}) | SECRET_FIELDS  # (and the carriers' own credentials)


def _secret_key(key: str) -> bool:
    return key in _SECRET_KEYS or key.startswith("secret.")  # (YTO's secret of one interface)


def _masked(value: object) -> object:
    if isinstance(value, dict):
        return {k: ("***" if _secret_key(k) and v and not str(v).startswith(("env:", "file:")) else _masked(v))
                for k, v in value.items()}
    if isinstance(value, str) and "://" in value and "@" in value:  # a store's address: its password masked
        return re.sub(r"(://[^/:@]*:)[^/@]*@", r"\1***@", value)
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def _check_config(settings: Settings, args: argparse.Namespace) -> int:
    """Print the settings, secrets masked, and the outlets they describe (reading every directory, groups file,
    secret reference (Kafka's, the outlets', the JSON API's and DingTalk Stream's) and Kafka TLS file: a missing
    one fails here, not at start)."""
    import msgspec

    from router.chat.api_auth import ApiAuth
    from router.chat.gateway import stream_secret
    from router.kafka.security import client_security
    from router.outlets import Network

    print(msgspec.json.format(msgspec.json.encode(_masked(msgspec.to_builtins(settings)))).decode())
    try:
        client_security(settings.kafka)  # the TLS files load and the SCRAM password reads
        ApiAuth.from_settings(settings.chat)  # the JSON API's tokens read
        stream_secret(settings.chat)  # and DingTalk Stream's AppSecret
        network = Network.from_settings(settings)
    except ConfigError as e:  # what only reading the files and references tells: the settings do not hold
        print(f"kefu-router: {e}", file=sys.stderr)
        return 2
    for oid, o in network.outlets.items():
        print(f"outlet {oid}{' (' + o.name + ')' if o.name else ''}: account {o.account.customer}, "
              f"{len(o.directory)} merchants, {len(o.groups)} groups, {len(o.staff_groups)} staff groups")
    return 0


def _wait_kafka(settings: Settings, args: argparse.Namespace) -> int:
    from router.kafka import wait_for_broker
    from router.kafka.security import client_security

    anyio.run(wait_for_broker, settings.kafka.bootstrap, args.timeout, client_security(settings.kafka))
    return 0


def _run(settings: Settings, args: argparse.Namespace) -> int:
    anyio.run(serve, settings, backend_options={"use_uvloop": True})
    return 0


def _chat_gateway(settings: Settings, args: argparse.Namespace) -> int:
    from router.chat.gateway import run_gateway

    anyio.run(until_signal, run_gateway, settings, backend_options={"use_uvloop": True})
    return 0


def _console(settings: Settings, args: argparse.Namespace) -> int:
    from router.console.app import run_console

    anyio.run(until_signal, run_console, settings, backend_options={"use_uvloop": True})
    return 0


async def _console_user(settings: Settings, args: argparse.Namespace) -> int:
    import getpass
    import os

    from router.console.accounts import EVERY_OUTLET, Accounts
    from router.tickets.store import open_store

    if args.remove:
        store = await open_store(settings.tickets.store)
        try:
            found = await Accounts(store.db, settings.console.session_hours * 3600).remove(args.username)
        finally:
            await store.close()
        print(f"console user {args.username}: {'removed' if found else 'there was none'}")
        return 0 if found else 1
    if not args.outlet:
        print("kefu-router: --outlet is needed (the outlet's id; \"*\" for an admin)", file=sys.stderr)
        return 2
    if (args.role == "admin") != (args.outlet == EVERY_OUTLET):
        print("kefu-router: an admin sees every outlet (--outlet '*'); everyone else one outlet", file=sys.stderr)
        return 2
    password = os.environ.get("KEFU_CONSOLE_PASSWORD") or getpass.getpass(f"password for {args.username}: ")
    if not 8 <= len(password) <= 256 or not 1 <= len(args.username) <= 64:
        print("kefu-router: a password has 8 to 256 characters, a user name 1 to 64", file=sys.stderr)
        return 2
    store = await open_store(settings.tickets.store)
    try:
        await Accounts(store.db, settings.console.session_hours * 3600).add(
            args.username, args.outlet, args.role, args.name or args.username, password)
    finally:
        await store.close()
    print(f"console user {args.username}: {args.role} of {args.outlet}")
    return 0


def _follow(settings: Settings, args: argparse.Namespace) -> int:
    from router.tickets.follower import follow

    anyio.run(until_signal, follow, settings, backend_options={"use_uvloop": True})
    return 0


# Commands that need no settings (a pure function of their input), and those that do.
def _demo(args: argparse.Namespace) -> int:
    """The checkout's demo (``python -m kefu_dev demo``) in this process's place: the product does not import the
    development tools, it hands over to them (signals, Ctrl-C included, go straight to the demo)."""
    checkout = Path(__file__).resolve().parent.parent  # (an editable install runs from the checkout)
    if not (checkout / "kefu_dev" / "__main__.py").is_file():
        print("kefu-router: the demo needs the simulators of a source checkout (kefu_dev): run it there, "
              "`make demo`", file=sys.stderr)
        return 2
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(checkout), os.environ.get("PYTHONPATH"))))}
    argv = [sys.executable, "-m", "kefu_dev", "demo", *(["--config", args.config] if args.config else []),
            "--count", str(args.count), "--merchants", str(args.merchants), "--duration", str(args.duration),
            *(["--serve"] if args.serve else [])]
    os.execve(sys.executable, argv, env)  # (our own interpreter, our own module)


_PLAIN: dict[str, Callable[[argparse.Namespace], int]] = {"parse": _parse, "demo": _demo,
                                                          "carrier-sign": carrier_sign.run}
_WITH_SETTINGS: dict[str, Callable[[Settings, argparse.Namespace], int]] = {
    "run": _run, "topics": _topics, "check-config": _check_config, "wait-kafka": _wait_kafka,
    "chat-gateway": _chat_gateway, "follow": _follow, "console": _console,
    "console-user": lambda settings, args: anyio.run(_console_user, settings, args),
    "shipments": lambda settings, args: anyio.run(_shipments, settings, args),
    "report": lambda settings, args: anyio.run(_report, settings, args),
    "tickets": lambda settings, args: anyio.run(_tickets, settings, args),
    "outlet": lambda settings, args: anyio.run(_outlets, settings, args),
    "merchant": lambda settings, args: anyio.run(_outlets, settings, args),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. An expected failure (a bad setting, the broker or a store out of reach) is one line on
    stderr and a non-zero exit: 2 when the settings do not validate, 1 for the rest (a store that cannot be
    opened included), 130 when interrupted."""
    args = _parser().parse_args(argv)
    logs.setup(args.log_level, args.log_format, quiet=(KAFKA_CLIENT_LOGGER,))  # its INFO tells of each rebalance
    if args.command in _PLAIN:
        return _PLAIN[args.command](args)
    try:
        settings = load_settings(args.config)
    except ConfigError as e:
        print(f"kefu-router: {e}", file=sys.stderr)
        return 2
    try:
        return _WITH_SETTINGS[args.command](settings, args)
    except KefuError as e:
        print(f"kefu-router: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
