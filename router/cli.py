"""``kefu-router``: run the router, manage topics, check configuration, run the demo."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Sequence

import anyio

from router.config import Settings, load_settings
from router.errors import ConfigError, KefuError
from router.registry import Handler
from router.service import Router

log = logging.getLogger("kefu.cli")


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("aiokafka").setLevel(logging.WARNING)


async def serve(settings: Settings, handler: Handler | None = None) -> None:
    """Create topics, run the router until SIGTERM/SIGINT, then drain, commit and return."""
    from handlers import default_registry
    from router.metrics import RouterMetrics
    from router.transport.kafka import KafkaSink, KafkaSource, ensure_topics

    created = await ensure_topics(settings)
    if created:
        log.info("created topics %s", created)
    metrics = RouterMetrics()
    if settings.metrics.port:
        from prometheus_client import start_http_server

        start_http_server(settings.metrics.port, settings.metrics.host, registry=metrics.registry)
    async with KafkaSink(settings) as sink:
        router = Router(settings, KafkaSource(settings), sink, handler or default_registry(), metrics)
        async with anyio.create_task_group() as tg:
            tg.start_soon(_stop_on_signal, router)
            await router.run()  # returns after a graceful stop
            tg.cancel_scope.cancel()


async def _stop_on_signal(router: Router) -> None:
    with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
        async for sig in signals:
            log.info("received %s: stopping intake and draining", signal.Signals(sig).name)
            router.request_stop()
            return


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kefu-router", description=__doc__)
    parser.add_argument("--config", help="TOML settings file (default: $KEFU_CONFIG)")
    parser.add_argument("--log-level", default="INFO")
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
    d = sub.add_parser("demo", help="produce sample traffic, run the router on it and print a summary")
    d.add_argument("--count", type=int, default=5000)
    d.add_argument("--merchants", type=int, default=300)
    args = parser.parse_args(argv)
    _setup_logging(args.log_level)
    if args.command == "parse":  # needs no settings: a pure function of its input
        from router.parsing.cli import parse_stream

        return parse_stream(sys.stdin.buffer, sys.stdout.buffer)
    try:
        settings = load_settings(args.config)
    except ConfigError as e:
        print(f"kefu-router: {e}", file=sys.stderr)
        return 2
    try:
        if args.command == "run":
            anyio.run(serve, settings, backend_options={"use_uvloop": True})
        elif args.command == "topics":
            from router.transport.kafka import ensure_topics

            print(anyio.run(ensure_topics, settings) or "topics already exist")
        elif args.command == "check-config":
            import msgspec

            print(msgspec.json.format(msgspec.json.encode(settings)).decode())
        elif args.command == "wait-kafka":
            from router.transport.kafka import wait_for_broker

            anyio.run(wait_for_broker, settings.kafka.bootstrap, args.timeout)
        elif args.command == "demo":
            from router.demo import run_demo

            return anyio.run(run_demo, settings, args.count, args.merchants, backend_options={"use_uvloop": True})
    except KefuError as e:
        print(f"kefu-router: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
