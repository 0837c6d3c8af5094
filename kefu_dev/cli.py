"""``python -m kefu_dev``: the carrier simulator, the chat webhooks' stand-in and the demo."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import anyio

from kefu.cli import until_signal
from router import logs
from router.config import load_settings
from router.config.sections import SIM_SECRET
from router.errors import ConfigError, KefuError
from router.kafka import KAFKA_CLIENT_LOGGER


def _carrier_sim(args: argparse.Namespace) -> int:
    from kefu_dev.carrier_sim import SimAccount, SimConfig, serve_sim

    try:
        outages = [(float(a), float(b)) for a, b in (w.split(":") for w in args.outage)]
    except ValueError:
        print("kefu_dev carrier-sim: --outage takes START:END in seconds, e.g. 10:25", file=sys.stderr)
        return 2
    accounts = [a.split(":", 2) for a in args.account]
    if any(len(a) != 3 or not all(a) for a in accounts):
        print("kefu_dev carrier-sim: --account takes CUSTOMER:APP_KEY:SECRET, e.g. OUTLET-HZ:key-hz:hz-secret",
              file=sys.stderr)
        return 2
    hosts = {"callback_hosts": args.callback_host} if args.callback_host else {}
    config = SimConfig(seed=args.seed, secret=args.secret, admin_token=args.admin_token, **hosts,
                       latency_ms=args.latency_ms, error_rate=args.error_rate,
                       rate_429=args.rate_429, busy_rate=args.busy_rate, malformed_rate=args.malformed_rate,
                       callback_delay_s=args.callback_delay, outages=outages,
                       accounts=[SimAccount(customer=c, app_key=k, secret=x) for c, k, x in accounts])
    anyio.run(until_signal, serve_sim, config, args.host, args.port, backend_options={"use_uvloop": True})
    return 0


def _chat_sim(args: argparse.Namespace) -> int:
    from kefu_dev.chat_sim import ChatSim
    from router.httpserve import serve_app

    chat = ChatSim(args.per_minute, args.window_s, args.max_bytes, args.fail_rate)
    anyio.run(until_signal, serve_app, chat.app(), args.host, args.port, "chat simulator",
              backend_options={"use_uvloop": True})
    return 0


def _demo(args: argparse.Namespace) -> int:
    from kefu_dev.demo import run_demo

    try:
        settings = load_settings(args.config)
    except ConfigError as e:
        print(f"kefu_dev: {e}", file=sys.stderr)
        return 2
    return anyio.run(run_demo, settings, args.count, args.merchants, args.duration, args.serve, args.protocol,
                     backend_options={"use_uvloop": True})


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kefu_dev", description=__doc__)
    parser.add_argument("--log-level", default="INFO", type=str.upper, choices=logs.LEVELS)
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("carrier-sim", help="run the carrier head-office API simulator until SIGTERM/SIGINT")
    c.add_argument("--host", default="127.0.0.1")
    c.add_argument("--port", type=int, default=29300)
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--latency-ms", type=float, default=0.0, help="median call latency (log-normal)")
    c.add_argument("--error-rate", type=float, default=0.0, help="share of calls answered 500")
    c.add_argument("--rate-429", type=float, default=0.0, help="share of calls answered 429 with Retry-After")
    c.add_argument("--busy-rate", type=float, default=0.0, help="share of items answered busy (retryable)")
    c.add_argument("--malformed-rate", type=float, default=0.0,
                   help="share of calls answered with a cut-short body after they took effect")
    c.add_argument("--callback-delay", type=float, default=0.5, help="seconds until asynchronous results")
    c.add_argument("--secret", default=os.environ.get("KEFU_SIM_SECRET", SIM_SECRET),
                   help="the default account's secret (default: $KEFU_SIM_SECRET, else the built-in one)")
    c.add_argument("--admin-token", default=os.environ.get("KEFU_SIM_ADMIN_TOKEN", ""),
                   help="bearer token of the /admin endpoints (default: $KEFU_SIM_ADMIN_TOKEN, else a random one)")
    c.add_argument("--callback-host", action="append", default=[],
                   help="a host the simulator may post callbacks to (repeatable; default: this machine only)")
    c.add_argument("--account", action="append", default=[], metavar="CUSTOMER:APP_KEY:SECRET",
                   help="another caller's account (a network's outlet), beside the default one; repeatable")
    c.add_argument("--outage", action="append", default=[], metavar="START:END",
                   help="503 between these seconds after start (repeatable)")
    cs = sub.add_parser("chat-sim", help="a local stand-in for the WeCom and DingTalk robot webhooks (tests, demo)")
    cs.add_argument("--host", default="127.0.0.1")
    cs.add_argument("--port", type=int, default=29500)
    cs.add_argument("--per-minute", type=int, default=20, help="messages a robot may send per window")
    cs.add_argument("--window-s", type=float, default=60.0)
    cs.add_argument("--max-bytes", type=int, default=2048)
    cs.add_argument("--fail-rate", type=float, default=0.0, help="share of sends answered HTTP 500")
    d = sub.add_parser("demo", help="replay an outlet's evening through the chat gateway, the router and the "
                       "carrier simulator; live progress, a summary and an HTML report")
    d.add_argument("--config", help="TOML settings file (default: $KEFU_CONFIG)")
    d.add_argument("--count", type=int, default=3000, help="merchant messages")
    d.add_argument("--merchants", type=int, default=200)
    d.add_argument("--duration", type=float, default=45.0, help="seconds the evening (18:00-22:00) is replayed in")
    d.add_argument("--protocol", choices=("generic", "open_platform"), default="open_platform",
                   help="open_platform (the default): each carrier in its own protocol, owners from the outlet's "
                        "pickup records, outcomes asked for (ZTO) or pushed; generic: this project's own protocol, "
                        "for comparison")
    d.add_argument("--serve", action="store_true", help="after the report, keep the system and the outlet console up "
                   "with the demo's data for a person to explore, until Ctrl-C")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logs.setup(args.log_level, quiet=(KAFKA_CLIENT_LOGGER,))
    command = {"carrier-sim": _carrier_sim, "chat-sim": _chat_sim, "demo": _demo}[args.command]
    try:
        return command(args)
    except KefuError as e:
        print(f"kefu_dev: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
