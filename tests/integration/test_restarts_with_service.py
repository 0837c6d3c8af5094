"""Restarts with the whole service: two router processes (parser, handlers, carrier layer against the simulator
over HTTP), each stopped and started again in turn while merchants keep sending — with SIGTERM (a rolling upgrade)
and with kill -9 (a crash) — and five kill -9 at random moments (issue 9, scenarios 1 and 2). Reports sent,
answered, lost (must be 0), duplicate replies (counted) and parcels acted on twice (must be 0: a redelivered record
reuses its idempotency key). pytest -s prints the figures."""

from __future__ import annotations

import json
import random
import re
import time
from collections import Counter
from pathlib import Path

import anyio
import pytest

from kefu_dev import kafka_tools as kafkatools
from kefu_dev import sample
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from kefu_dev.chat_sim import ChatSim
from router.chat.egress import render
from router.contracts import Escalation, Reply, decode_as
from router.kafka import ensure_topics
from router.parsing.parser import parse
from router.privacy import mask_shapes
from tests.carrier_kit import served
from tests.integration.procs import RouterProcess
from tests.integration.test_router_processes import produce_paced, read_replies
from tests.service_kit import CHAOS_SCALE, Tally, real_protocols, record_pickups, settings_for


@pytest.mark.parametrize(("plan", "protocol"), [
    ("sigterm", "generic"), ("kill9", "generic"), ("kill9_random_x5", "generic"),
    ("kill9_random_x5", "open_platform")])  # (the crashes on the real protocols too: five, at random moments)
async def test_restarts_during_load_lose_nothing_and_act_once(tmp_path: Path, plan: str, protocol: str) -> None:
    """sigterm / kill9: each of the two routers in turn, 3 s apart (a rolling upgrade; a crash). kill9_random_x5:
    five kill -9 of a live router picked at random, at random moments, each restarted at once. On the generic
    protocol, and on the carriers' real ones (each router then also asks ZTO for outcomes, under one lease)."""
    rng = random.Random(65)
    if plan == "kill9_random_x5":
        load_s = 20.0 * CHAOS_SCALE
        waits = [rng.uniform(1.0, 2 * load_s / 5 - 1.0) for _ in range(5)]
    else:
        load_s, waits = 12.0 * CHAOS_SCALE, [3.0 * CHAOS_SCALE] * 2
    sim = CarrierSim(SimConfig(latency_ms=10, callback_delay_s=60))
    async with served(sim) as url:
        carrier = real_protocols(sim) if protocol == "open_platform" else {}
        s = settings_for(tmp_path, url, merchants=200, topics={"partitions": 6}, carrier=carrier)
        await ensure_topics(s)
        reqs = list(sample.requests(int(4000 * load_s / 12), 200, seed=61))
        if protocol == "open_platform":
            await record_pickups(s, (r.text for r in reqs))
        env = {"KEFU_CARRIER__ENABLED": "true"}  # procs' default is acknowledge-only
        routers = [RouterProcess(s, name, tmp_path, **env).start() for name in ("a", "b")]
        expected = {r.id for r in reqs if (p := parse(r.text)).requests or p.needs_human}
        started = time.monotonic()
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(produce_paced, s.kafka.bootstrap, s.topics.requests,
                              [sample.encoded(r) for r in reqs], load_s)
                for i, wait in enumerate(waits):  # while traffic flows
                    await anyio.sleep(wait)
                    live = [r for r in routers if r.alive()]
                    old = rng.choice(live) if plan == "kill9_random_x5" else live[0]
                    if plan == "sigterm":  # a rolling upgrade
                        assert old.terminate(60) == 0, old.log()[-2000:]
                    else:  # a crash or a power cut
                        old.kill9()
                    last_stop = time.monotonic()
                    routers.append(RouterProcess(s, f"{old.name}{i}", tmp_path, **env).start())
            load_ended = time.monotonic()
            replies = await read_replies(s.kafka.bootstrap, s.topics.replies, expected, 180)
            answered_at = time.monotonic()
        finally:
            for r in routers:
                r.ensure_stopped()
    t = Tally(expected, replies, sim)
    if protocol == "open_platform":
        assert not sim.stats.protocols["generic"] and {"zto", "yto", "sf", "jt"} <= set(sim.stats.protocols)
    print(f"\n{plan} ({protocol}; {len(waits)} stops during {load_s:.0f} s of load): sent {len(reqs)}, {t!r}; "
          "recovery: every "
          f"request answered {answered_at - last_stop:.1f} s after the last stop ({answered_at - load_ended:.1f} s "
          f"after the load ended); {answered_at - started:.1f} s in all")
    t.check()


async def test_killed_routers_and_gateways_lose_no_reply_and_repeat_none(tmp_path: Path) -> None:
    """Two routers and two chat gateways (their egress) over the chat simulator, five kill -9 of each at random
    moments under load, each restarted at once. A killed router handles its requests in flight again and
    produces their replies once more; a killed gateway reads again what it sent but had not committed. No reply
    reaches its group twice: the gateways keep what they delivered in the shared store, a revocation waits for
    the messages on their way, and a reply a killed gateway was sending (the platform may have taken it: the robot
    APIs take no idempotency key) goes to a person instead of again to the group. Every other reply reaches its
    group (the egress tests check the store and the revocation deterministically)."""
    rng = random.Random(66)
    load_s = 20.0 * CHAOS_SCALE
    sim = CarrierSim(SimConfig(latency_ms=10, callback_delay_s=60))
    chat = ChatSim(per_minute=10_000, window_s=1.0, seed=66)
    async with served(sim) as url, served(chat, chat.app()) as chat_url:
        groups = {f"g-{m}": {"merchant": m, "platform": "wecom",
                             "webhook": f"{chat_url}/cgi-bin/webhook/send?key=g-{m}"} for m in sample.merchants(200)}
        (tmp_path / "groups.json").write_text(json.dumps(groups))
        s = settings_for(tmp_path, url, merchants=200, topics={"partitions": 6},
                         chat={"port": 0, "groups_path": str(tmp_path / "groups.json"), "per_minute": 10_000,
                               "window_s": 1.0, "linger_ms": 20.0, "startup_hold": False,
                               "retry_base_s": 0.05, "retry_max_s": 0.5})
        await ensure_topics(s)
        env = {"KEFU_CARRIER__ENABLED": "true"}
        procs = {"router": [RouterProcess(s, f"router-{n}", tmp_path, **env).start() for n in "ab"],
                 "gateway": [RouterProcess(s, f"gateway-{n}", tmp_path, "chat-gateway").start() for n in "ab"]}
        reqs = list(sample.requests(int(4000 * load_s / 12), 200, seed=66))
        expected = {r.id for r in reqs if (p := parse(r.text)).requests or p.needs_human}
        kills = sorted((rng.uniform(1.0, load_s - 1.0), kind) for kind in ("router", "gateway") for _ in range(5))
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(produce_paced, s.kafka.bootstrap, s.topics.requests,
                              [sample.encoded(r) for r in reqs], load_s)
                begun = time.monotonic()
                for i, (at, kind) in enumerate(kills):
                    await anyio.sleep(max(0.0, at - (time.monotonic() - begun)))
                    old = rng.choice([proc for proc in procs[kind] if proc.alive()])
                    old.kill9()
                    command = "run" if kind == "router" else "chat-gateway"
                    procs[kind].append(RouterProcess(s, f"{old.name}-{i}", tmp_path, command,
                                                     **(env if kind == "router" else {})).start())
            replies = await read_replies(s.kafka.bootstrap, s.topics.replies, expected, 180)
            ids = {r.id for r in replies}
            with anyio.move_on_after(120):
                while len(_delivered(chat, replies)[0]) < len(ids):
                    await anyio.sleep(0.5)
            await anyio.sleep(3.0)  # (time for a copy to arrive, were one sent)
        finally:
            for proc in procs["router"] + procs["gateway"]:
                proc.ensure_stopped()
    doubts = {t.detail["reply_id"] for t in await _in_doubt(s.kafka.bootstrap, s.topics.human)}
    times, unsure = _delivered(chat, replies)
    twice = sum(n - 1 for n in times.values() if n > 1)
    missing = len(ids - set(times) - unsure - doubts)
    t = Tally(expected, replies, sim)
    print(f"\nkill -9 x5 routers and x5 gateways during {load_s:.0f} s: sent {len(reqs)}, {t!r}; chat: "
          f"{len(ids)} replies to deliver, delivered {sum(times.values())} (and {len(unsure)} whose text another "
          f"reply shares), twice {twice}, in doubt and handed to a person {len(doubts)} (of which delivered "
          f"{len(doubts & set(times))}), missing {missing}")
    t.check()
    leaks = _leaks(tmp_path)
    assert not leaks, f"{len(leaks)} log lines with personal data, e.g. {[mask_shapes(x) for x in leaks[:3]]}"
    lacking = [r for r in replies if r.id in ids - set(times) - unsure - doubts][:3]
    assert missing == 0, f"replies that never reached their group, e.g. {lacking}; the robots refused {chat.stats}"
    assert twice == 0, [(i, n) for i, n in times.items() if n > 1][:5]


async def _in_doubt(bootstrap: str, topic: str) -> list[Escalation]:
    """The replies the gateways handed to a person: a gateway was killed while sending them."""
    records = await kafkatools.read_topic(bootstrap, topic, 10**9, timeout_s=2.0)
    tasks = [decode_as(m.value or b"", Escalation) for m in records]
    return [t for t in tasks if t.reason == "reply_in_doubt"]


def _leaks(logs: Path) -> list[str]:
    """The log lines holding personal data: a phone in any notation, a labelled name, an address."""
    return [line for log in logs.glob("*.log") for line in log.read_text(errors="replace").splitlines()
            if mask_shapes(line) != line]


def _delivered(chat: ChatSim, replies: list[Reply]) -> tuple[Counter[str], set[str]]:
    """How often each reply (by id) reached its group, and the ids that cannot be told apart by their text. A
    request handled twice may have produced two texts under one id (the first "拦截已提交", the second "已拦截"):
    either counts for it."""
    texts: dict[str, set[str]] = {}
    for r in replies:
        texts.setdefault(render(r), set()).add(r.id)
    unsure = {i for ids in texts.values() if len(ids) > 1 for i in ids}
    times: Counter[str] = Counter()
    for m in chat.messages:
        # one reply per "@who text" (a reply's own text may run over several lines; only its first has the @)
        for chunk in re.split(r"\n(?=@)", m.content):
            owners = texts.get(chunk, set())
            if len(owners) == 1:
                times[next(iter(owners))] += 1
    return times, unsure

