"""The demo (``make demo``): an outlet's evening replayed through the whole system, end to end.

Started here, on 127.0.0.1 (Kafka is started by ``make demo`` through deploy/local/with-kafka.sh): the carrier
simulator (HTTP), the carrier-callback receiver, the router with the customer service, the ticket follower
(SQLite), the chat gateway (ingress and egress) and a local chat simulator that stands in for the WeCom and DingTalk
robot webhooks and checks their limits. Merchants' messages are posted to the gateway as WeCom (encrypted,
signed) and DingTalk (signed) callbacks, at the pace of an evening from 18:00 to 22:00 with its 20:00 peak and
a live-stream surge, compressed into ``duration_s`` seconds; a few forged callbacks and a few broken records
written straight to Kafka show what happens to bad input. A quarter of the messages are written the other ways
merchants write (withdrawals, corrections, quotes, pinyin, positions …, ``sample.styled_text``); when the bot asks
a merchant to confirm an irreversible action, the merchant answers "确认" (seven in ten), "不用了" (one in ten)
or not at all (the question lapses, and the merchant is told). What the bot hands to a person is posted to the
outlet's staff group, where two staff members answer it from chat (``demo_staff``).

Progress is shown live (rich); at the end come a sample of two groups' conversations, a summary, the checks that
decide the exit status, and an HTML report with charts whose path is printed last. Everything started here is
stopped here. Each run uses its own topics and consumer groups.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import html
import io
import itertools
import json
import logging
import math
import secrets
import signal
import socket
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import anyio
import msgspec
from anyio.abc import TaskGroup
from rich.console import Console
from rich.live import Live
from rich.table import Table

from handlers import answers
from handlers.customer_service import ASKABLE, CustomerService, build
from kefu_dev import demo_staff, sample, world
from kefu_dev import kafka_tools as kafkatools
from kefu_dev.carrier_open import credentials
from kefu_dev.carrier_sim import CarrierSim, SimAccount, SimConfig
from kefu_dev.chat_sim import WEBHOOK_HOSTS, ChatSim
from router.areas.stop_ship import StopArea, StopShipSettings
from router.carrier.accounts import CarrierAccounts
from router.carrier.callbacks import CallbackReceiver, lookup_in
from router.carrier.carriers import http_pool
from router.carrier.http import HttpPool
from router.carrier.ledger import EffectLedger
from router.carrier.wire.base import Credentials
from router.carrier.wire.setup import Pools
from router.chat import dingtalk, wecom
from router.chat.gateway import Gateway, run_gateway
from router.config import Settings, isolated
from router.confirm.approved import as_records, keep_approved
from router.confirm.keeper import keep_lapses
from router.confirm.model import EXPIRED
from router.confirm.store import SqlConfirmations, open_confirmations
from router.console.app import Console as StaffConsole
from router.contracts import Activity, DeadLetter, Escalation, Reply, Ticket, decode_as
from router.dispatcher import Dispatcher
from router.httpserve import served
from router.kafka import KafkaSink, KafkaSource, ensure_topics
from router.knowledge.base import KnowledgeSettings
from router.outlets import DEFAULT_OUTLET, Network, policy
from router.parsing.parser import IRREVERSIBLE, parse
from router.rules.model import Rule, RuleSettings
from router.shipments import Shipment, Shipments
from router.tickets.follower import Follower
from router.tickets.results import poll_results
from router.tickets.store import TicketStore, open_store

AES_KEY = "kefuDemoEncodingAESKey0123456789abcdefghijk"  # 43 characters: the demo robot's EncodingAESKey
WECOM_TOKEN = "kefu-demo-token"
DING_SECRET = "kefu-demo-dingtalk-app-secret"
FORGED = 6  # callbacks with a wrong signature: refused, never reach Kafka
STYLED = 0.25  # the share of messages written the other ways merchants write
QUESTIONS = 0.10  # ... and of the rest, questions and statements with no waybill
KNOWLEDGE = Path(__file__).parents[1] / "deploy" / "knowledge" / "express-outlet.toml"  # the starter
STOPPED = [StopArea(area="新疆", reason="疫情管控，暂停派送")]  # (the simulator's ZTO stops 新疆 and 西藏 too)
# The outlet's rule: its big merchants' address changes wait for a person's approval (every fifth merchant is big)
APPROVE_RULE = "big-merchant-address-approve"
BIG_EVERY = 5
RULES = {"rules": [Rule(name=APPROVE_RULE, mode="approve", intents=["change_address"], tiers=["big"])],
         "approve_within_s": 900.0}  # (the staff group's robots post an evening's tasks in minutes)
_CRYPTO = wecom.WeComCrypto(WECOM_TOKEN, AES_KEY)  # the merchants' side of the WeCom robot, built once
REPORT_DIR = Path(".run") / "demo"
OPEN_CARRIERS = ["zto", "yto", "sf", "jt", "ems"]  # the evening's numbers' carriers, each in its own protocol


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Tally:
    """What the demo has seen so far, fed by the replay, the egress and a reader of the output topics."""

    started: float = field(default_factory=time.time)
    sent_at: dict[str, float] = field(default_factory=dict)  # request id → when the merchant posted it
    accepted_at: dict[str, float] = field(default_factory=dict)  # request id → when the gateway took it (200)
    ttl_s: float = 0.0  # the time a merchant has to answer a question
    on_kafka: dict[str, anyio.Event] = field(default_factory=dict)  # request id → its reply is on Kafka
    # question's request id → (asked at, its time) as the router kept them, for those an answer settled or found late
    deadlines: dict[str, tuple[float, float]] = field(default_factory=dict)
    posted: int = 0
    refused: Counter[int] = field(default_factory=Counter)  # HTTP status of refused posts
    answered_at: dict[str, float] = field(default_factory=dict)  # request id → reply on Kafka (created_at)
    delivered_at: dict[str, float] = field(default_factory=dict)  # request id → reply accepted by the chat platform
    results: int = 0  # carrier results told to merchants (":result" replies)
    activity: Counter[str] = field(default_factory=Counter)
    outcome: dict[str, str] = field(default_factory=dict)  # request id → what became of it
    questions: Counter[str] = field(default_factory=Counter)  # what answered a question: knowledge, stop_ship_query…
    lapsed: Counter[str] = field(default_factory=Counter)  # question id → "lapsed" replies seen
    lapsed_told: Counter[str] = field(default_factory=Counter)  # question id → "lapsed" replies in its group
    lapsed_told_at: dict[str, float] = field(default_factory=dict)  # question id → when its merchant was told
    # question → the answers told (in its own notice) that it had lapsed meanwhile
    late_answers_of: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    lapsed_in_reply: int = 0  # answers' replies that said a question lapsed in their own words, not its notice
    # the requests whose questions lapsed → when the keeper's "lapsed" was on Kafka
    lapsed_at: dict[str, float] = field(default_factory=dict)
    tickets: list[Ticket] = field(default_factory=list)
    escalations: list[Escalation] = field(default_factory=list)
    dead: list[DeadLetter] = field(default_factory=list)
    reply_order: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # merchant → request ids
    samples: list[tuple[float, int, int, int]] = field(default_factory=list)  # t, posted, delivered, queued
    rules: Counter[str] = field(default_factory=Counter)  # rule → requests it decided
    approved_replies: int = 0  # replies of requests staff approved (outside their merchant's order)

    def took(self, a: Activity) -> None:
        self.activity[a.outcome] += 1
        self.outcome[a.id] = a.outcome
        self.rules.update(a.rules)
        if a.intents and a.intents[0] in ("knowledge", "stop_ship_query", "question"):
            self.questions[a.intents[0]] += 1

    def replied(self, r: Reply) -> None:
        """A reply on Kafka."""
        if r.id.endswith(":approved:reply"):  # (acted on once staff approved: its own time)
            self.approved_replies += 1
        elif r.id.endswith(":reply"):
            self._answered(r)
            if EXPIRED.split("}", 1)[1] in r.text:
                self.lapsed_in_reply += 1
        elif r.id.endswith(":result"):
            self.results += 1
        elif r.id.endswith(":lapsed") and ":approve:" not in r.id:  # (a merchant's question; not staff's)
            question = r.id.removesuffix(":lapsed")
            self.lapsed[question] += 1
            if f":{r.request_id}:confirm:" in question:  # the keeper's: no answer came in time
                self.lapsed_at.setdefault(r.request_id, r.created_at.timestamp())
            else:  # the router's reply to an answer read too late: the same notice, by the same id
                self._answered_late(r, question)

    def _answered(self, r: Reply) -> None:
        """The reply to a merchant's message is on Kafka (in the merchant's order)."""
        self.answered_at.setdefault(r.request_id, r.created_at.timestamp())
        if r.request_id in self.on_kafka:
            self.on_kafka[r.request_id].set()
        self.reply_order[r.merchant].append(r.request_id)

    def _answered_late(self, r: Reply, question: str) -> None:
        self._answered(r)
        self.late_answers_of[question].add(r.request_id)
        if question in self.lapsed_told_at:  # (the keeper's notice, the same words, reached the group first)
            self.delivered_at.setdefault(r.request_id, self.lapsed_told_at[question])

    def delivered(self, reply: Reply) -> None:
        if reply.id.endswith(":approved:reply"):
            return
        if reply.id.endswith(":reply"):
            self.delivered_at.setdefault(reply.request_id, time.time())
        elif reply.id.endswith(":lapsed") and ":approve:" not in reply.id:  # (as on Kafka: the merchant's own)
            question, now = reply.id.removesuffix(":lapsed"), time.time()
            self.lapsed_told[question] += 1
            self.lapsed_told_at.setdefault(question, now)
            for answer in self.late_answers_of.get(question, ()):  # (what the late answer's reply said, told)
                self.delivered_at.setdefault(answer, now)


async def _read_outputs(settings: Settings, tally: Tally, *, task_status: Any = anyio.TASK_STATUS_IGNORED) -> None:
    """Follow the output topics from the start for the live figures and the summary."""
    t = settings.topics
    async with kafkatools.Tail(settings.kafka.bootstrap, [t.replies, t.activity, t.tickets, t.human, t.dlq]) as tail:
        task_status.started()
        while True:
            for m in await tail.read():
                value = m.value or b""
                if m.topic == t.replies:
                    tally.replied(decode_as(value, Reply))
                elif m.topic == t.activity:
                    tally.took(decode_as(value, Activity))
                elif m.topic == t.tickets:
                    tally.tickets.append(decode_as(value, Ticket))
                elif m.topic == t.human:
                    tally.escalations.append(decode_as(value, Escalation))
                else:
                    tally.dead.append(decode_as(value, DeadLetter))


def _wecom_post(line: sample.ChatLine, token: str = WECOM_TOKEN) -> tuple[dict[str, str], bytes]:
    plain = json.dumps({"msgid": line.msgid, "aibotid": "kefu-demo-bot", "chatid": line.group, "chattype": "group",
                        "from": {"userid": line.sender}, "msgtype": "text", "text": {"content": line.text}},
                       ensure_ascii=False)
    enc = _CRYPTO.encrypt(plain)
    ts, nonce = str(int(time.time())), str(abs(hash(line.msgid)) % 10**9)
    sig = wecom.signature(token, ts, nonce, enc)
    return {"msg_signature": sig, "timestamp": ts, "nonce": nonce}, json.dumps({"encrypt": enc}).encode()


def _dingtalk_post(line: sample.ChatLine, secret: str = DING_SECRET) -> tuple[dict[str, str], bytes]:
    ts = str(int(time.time() * 1000))
    body = {"msgId": line.msgid, "msgtype": "text", "conversationId": line.group, "conversationType": "2",
            "senderStaffId": line.sender, "senderId": "$:LWCP_v1:$" + line.sender, "text": {"content": line.text}}
    return {"timestamp": ts, "sign": dingtalk.sign(ts, secret)}, json.dumps(body, ensure_ascii=False).encode()


async def _post(http: aiohttp.ClientSession, url: str, line: sample.ChatLine, forged: bool = False) -> int:
    if line.platform == "wecom":
        query, body = _wecom_post(line, "not-the-token" if forged else WECOM_TOKEN)
        target, headers = f"{url}/wecom/callback", dict[str, str]()
    else:
        headers, body = _dingtalk_post(line, "not-the-secret" if forged else DING_SECRET)
        target, query = f"{url}/dingtalk/callback", {}
    for attempt in range(20):  # a platform sends again until it gets a 200 (503: the broker is busy)
        async with http.post(target, params=query, data=body, headers=headers) as r:
            if r.status != 503:
                return r.status
        await anyio.sleep(0.2 * (attempt + 1))
    return 503


async def _replay(url: str, plan: list[sample.ChatLine], tally: Tally) -> None:
    """Post the evening's messages on schedule; one merchant's in order (each after the previous was accepted)."""
    locks: dict[str, anyio.Lock] = defaultdict(anyio.Lock)
    start = time.monotonic()
    async with aiohttp.ClientSession() as http, anyio.create_task_group() as tg:

        async def one(line: sample.ChatLine) -> None:
            async with locks[line.merchant]:
                if line.answers:  # (one cannot answer a question before the bot has asked it)
                    await _asked_yet(tally, f"{line.platform}-{line.answers}", tally.ttl_s + 20.0)
                rid = f"{line.platform}-{line.msgid}"
                tally.sent_at[rid] = time.time()
                status = await _post(http, url, line)
                tally.posted += 1
                if status != 200:
                    tally.refused[status] += 1
                else:
                    tally.accepted_at[rid] = time.time()

        for i, line in enumerate(plan):
            delay = start + line.at_s - time.monotonic()
            if delay > 0:
                await anyio.sleep(delay)
            tg.start_soon(one, line)
            if i % max(1, len(plan) // FORGED) == 0:  # now and then someone forges a callback
                forged = sample.ChatLine(**{**_fields(line), "msgid": f"forged-{i}"})
                tg.start_soon(_forged, http, url, forged, tally)


async def _asked_yet(tally: Tally, question: str, within_s: float = 20.0) -> None:
    """Until the bot's question is on Kafka: a merchant planned to answer two seconds after asking waits for it
    when the router is slower than that (the answer's place in its merchant's order kept: the merchant's lock)."""
    if question not in tally.answered_at:
        with anyio.move_on_after(within_s):
            await tally.on_kafka.setdefault(question, anyio.Event()).wait()


async def _forged(http: aiohttp.ClientSession, url: str, line: sample.ChatLine, tally: Tally) -> None:
    tally.refused[await _post(http, url, line, forged=True)] += 1


def _fields(line: sample.ChatLine) -> dict[str, Any]:
    return {f: getattr(line, f) for f in line.__struct_fields__}


def _quantiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 2:
        return (values[0], values[0], values[0]) if values else (0.0, 0.0, 0.0)
    q = statistics.quantiles(values, n=100)
    return q[49], q[89], q[98]


def _progress(tally: Tally, plan: list[sample.ChatLine], expected: set[str], gw: Gateway,
              sink: ChatSim, sim: CarrierSim, duration_s: float) -> Table:
    elapsed = time.time() - tally.started
    hour = 18 + min(elapsed, duration_s) / duration_s * 4
    clock = f"{int(hour):02d}:{int((hour % 1) * 60):02d}"
    surge = sample.SURGE[0] <= hour < sample.SURGE[1]
    flag = "  [bold red]SURGE: live-stream sale[/]" if surge else ""
    table = Table(title=f"kefu-router demo · evening {clock}{flag}", show_header=False, expand=False)
    table.add_column(style="cyan", no_wrap=True)
    table.add_column(justify="right")
    delivered = len(expected & tally.delivered_at.keys())
    queued = gw.egress.queued
    table.add_row("merchant messages posted", f"{tally.posted:,} / {len(plan):,}")
    table.add_row("refused at the gateway (forged)", f"{sum(tally.refused.values()):,}")
    answered = len(expected & tally.answered_at.keys())
    table.add_row("answered by the router (on Kafka)", f"{answered:,} / {len(expected):,}")
    table.add_row("replies delivered to the groups", f"{delivered:,} / {len(expected):,}")
    table.add_row("chat messages sent (coalesced)", f"{sink.stats.accepted:,}")
    table.add_row("replies waiting for their robot", f"{queued:,}")
    table.add_row("carrier calls / items", f"{sum(sim.stats.calls.values()):,} / {sum(sim.stats.items.values()):,}")
    table.add_row("tickets / to a person", f"{len(tally.tickets):,} / {len(tally.escalations):,}")
    table.add_row("carrier results told", f"{tally.results:,}")
    return table


def _conversation(plan: list[sample.ChatLine], sink: ChatSim, tally: Tally, duration_s: float, group: str
                  ) -> list[tuple[str, str, str]]:
    """(clock, who, text) of one group, merchants' messages and the robot's, in time order."""
    robot = group  # the demo's webhook key / access token is the group id
    events: list[tuple[float, str, str]] = []
    for line in plan:
        if line.group == group:
            events.append((tally.sent_at.get(f"{line.platform}-{line.msgid}", 0.0), line.sender, line.text))
    events += [(m.at, "机器人", m.content) for m in sink.messages if m.robot == robot]
    out = []
    for at, who, text in sorted(events):
        hour = 18 + max(0.0, min(at - tally.started, duration_s)) / duration_s * 4
        out.append((f"{int(hour):02d}:{int((hour % 1) * 60):02d}", who, text))
    return out


def _max_per_window(sink: ChatSim, window_s: float) -> int:
    by_robot: dict[str, list[float]] = defaultdict(list)
    for m in sink.messages:
        by_robot[m.robot].append(m.at)
    best = 0
    for times in by_robot.values():
        j = 0
        for i, t in enumerate(times):
            while times[j] <= t - window_s:
                j += 1
            best = max(best, i - j + 1)
    return best


def _chart(draw: Callable[[Any], None]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 3.2), dpi=110)
    draw(ax)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def _report(path: Path, summary: list[tuple[str, str]], checks: list[tuple[str, bool]], tally: Tally,
            e2e: list[tuple[float, float]], conversations: dict[str, list[tuple[str, str, str]]],
            duration_s: float) -> None:
    def evening_hours(ts: list[float]) -> list[float]:
        return [18 + min(max(t, 0.0), duration_s) / duration_s * 4 for t in ts]

    t0 = tally.started
    s = tally.samples

    def throughput(ax: Any) -> None:
        ts = evening_hours([x[0] - t0 for x in s])
        pairs = list(itertools.pairwise(s))
        ax.plot(ts[1:], [(b[1] - a[1]) / max(b[0] - a[0], 1e-3) for a, b in pairs], label="posted /s")
        ax.plot(ts[1:], [(b[2] - a[2]) / max(b[0] - a[0], 1e-3) for a, b in pairs], label="replies delivered /s")
        ax.axvspan(sample.SURGE[0], sample.SURGE[1], color="red", alpha=0.1, label="surge")
        ax.set_xlabel("evening (hour)")
        ax.legend()

    def latency(ax: Any) -> None:
        buckets: dict[int, list[float]] = defaultdict(list)
        for sent, ms in e2e:
            buckets[int((sent - t0) / max(duration_s / 48, 0.5))].append(ms)
        xs = sorted(buckets)
        hours = evening_hours([x * max(duration_s / 48, 0.5) for x in xs])
        ax.plot(hours, [_quantiles(buckets[x])[0] / 1000 for x in xs], label="p50")
        ax.plot(hours, [_quantiles(buckets[x])[2] / 1000 for x in xs], label="p99")
        ax.axvspan(sample.SURGE[0], sample.SURGE[1], color="red", alpha=0.1)
        ax.set_ylabel("seconds, message → reply in group")
        ax.set_xlabel("evening (hour) the message was sent")
        ax.legend()

    def queue(ax: Any) -> None:
        ax.plot(evening_hours([x[0] - t0 for x in s]), [x[3] for x in s], color="purple")
        ax.set_ylabel("replies waiting for a robot")
        ax.set_xlabel("evening (hour)")

    charts = [("Throughput", _chart(throughput)), ("Latency, merchant message → bot reply in the group",
                                                   _chart(latency)), ("Chat pacing queue", _chart(queue))]
    rows = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in summary)
    check_rows = "".join(f"<tr><th>{html.escape(k)}</th><td class={'ok' if ok else 'bad'}>"
                         f"{'yes' if ok else 'NO'}</td></tr>" for k, ok in checks)
    convo = "".join(
        f"<h3>{html.escape(g)}</h3><div class=chat>"
        + "".join(f"<p class={'bot' if who == '机器人' else 'me'}><b>{html.escape(clock)} {html.escape(who)}</b><br>"
                  f"{html.escape(text).replace(chr(10), '<br>')}</p>" for clock, who, text in lines[:40])
        + "</div>" for g, lines in conversations.items())
    images = "".join(f"<h2>{html.escape(t)}</h2><img src='data:image/png;base64,{b}'>" for t, b in charts)
    path.write_text(f"""<!doctype html><html lang=zh><meta charset=utf-8><title>kefu-router demo</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}}table{{border-collapse:collapse}}
th,td{{text-align:left;padding:.2em .8em;border-bottom:1px solid #ddd}}.ok{{color:green}}.bad{{color:red}}
.chat p{{padding:.4em .7em;border-radius:.5em;margin:.3em 0;max-width:40em}}.me{{background:#eef}}
.bot{{background:#efe;margin-left:4em!important}}img{{max-width:100%}}</style>
<h1>kefu-router demo: an outlet's evening</h1><p>18:00–22:00 compressed into {duration_s:.0f} seconds, on Apache
Kafka with the carrier simulator, the chat gateway and a local chat simulator.</p>
<h2>Summary</h2><table>{rows}</table><h2>Checks</h2><table>{check_rows}</table>{images}
<h2>Sample conversations</h2>{convo}</html>""", encoding="utf-8")


async def run_demo(base: Settings, count: int, n_merchants: int, duration_s: float = 45.0, serve: bool = False,
                   protocol: str = "open_platform") -> int:
    console = Console(soft_wrap=True)  # a long line (the report path last) must stay one line in a log
    logging.getLogger("kefu").setLevel(logging.WARNING)  # the live table is the demo's output; warnings still show
    settings = isolated(base, f"demo-{time.strftime('%Y%m%d%H%M%S')}")
    await ensure_topics(settings)
    plan = sample.answers(sample.evening(count, n_merchants, duration_s, styled=STYLED, questions=QUESTIONS),
                          _asked, delay_s=min(2.0, duration_s / 20))
    expected = _expected(plan)
    await _intro(console, settings, plan, duration_s)
    sim = CarrierSim(SimConfig(latency_ms=20, callback_delay_s=0.5))
    sink = ChatSim()  # the platforms' real limits: 20 messages a minute per robot, 2048 bytes
    tally = Tally()
    async with AsyncExitStack() as running:  # everything started here is stopped on the way out, in reverse
        tmp = running.enter_context(tempfile.TemporaryDirectory())
        directory = Path(tmp) / "directory.json"
        sample.directory(n_merchants, BIG_EVERY).dump(directory)
        sim_url = await running.enter_async_context(served(sim.app()))
        sink_url = await running.enter_async_context(served(sink.app()))
        groups_path = Path(tmp) / "groups.json"
        groups_path.write_text(json.dumps(_chat_groups(plan, sink_url)))
        store, confirmations = await _stores(Path(tmp), running)
        ksink = await running.enter_async_context(KafkaSink(settings))
        cb_url, made = await _callbacks(running, settings, ksink, sim, protocol)
        settings = _evening_settings(settings, directory, sim_url, cb_url, groups_path, duration_s, sink_url,
                                     protocol)
        tally.ttl_s = settings.confirm.ttl_s
        pool, pools, owners, ledger = await _carrier_side(running, settings, store, plan)
        console.print(f"started: carrier simulator {sim_url} · callbacks {cb_url}/callbacks · chat simulator "
                      f"{sink_url} · chat gateway http://127.0.0.1:{settings.chat.port} · router and follower "
                      f"on Kafka {settings.kafka.bootstrap}")
        async with anyio.create_task_group() as tg:
            service, carriers = build(settings, pool, None, confirmations, owners=owners, pools=pools, ledger=ledger)
            made.append(carriers)
            await tg.start(carriers.run)
            await _keep_questions(tg, settings, confirmations, ksink, service)
            await _follow(tg, settings, store, ksink, carriers, confirmations)
            await tg.start(_read_outputs, settings, tally)
            gw = await tg.start(run_gateway, settings, tally.delivered)
            desk = await _console(settings, store, ksink, running, confirmations)
            staff = demo_staff.StaffTally()
            tg.start_soon(demo_staff.at_work, f"http://127.0.0.1:{gw.port}", sink, staff, _post,
                          demo_staff.ConsoleHand(desk.url, desk.password))
            router = Dispatcher(settings, KafkaSource(settings), ksink, service, gate=carriers)
            async with anyio.create_task_group() as inner:
                await inner.start(router.run)
                tally.started = time.time()
                inner.start_soon(_replay, f"http://127.0.0.1:{gw.port}", plan, tally)
                await _watch(console, plan, expected, tally, gw, sink, sim, duration_s, staff)
                await _looked_back(desk.console, confirmations, plan, tally, staff)
                finish = functools.partial(_finish, console, plan, expected, tally, sink, sim, duration_s, staff)
                code = finish() if serve else None
                if serve:
                    await _serve(console, desk)
                router.request_stop()
            tg.cancel_scope.cancel()
    console.print("\nstopped: router, follower, chat gateway, carrier simulator, chat simulator")
    return finish() if code is None else code


async def _callbacks(running: AsyncExitStack, settings: Settings, sink: KafkaSink, sim: CarrierSim, protocol: str
                     ) -> tuple[str, list[CarrierAccounts]]:
    """The router's callback endpoint, served until the demo ends, and the simulator's carriers pushing to it; with
    the real protocols the pushes are verified with the credentials of the router's carrier layer, put in the list
    returned once it is made."""
    made: list[CarrierAccounts] = []

    def pushed(outlet: str, platform: str) -> Credentials | None:
        return lookup_in(made[0])(outlet, platform) if made else None

    receiver = CallbackReceiver(settings, sink, pushed if protocol == "open_platform" else None)
    url = await running.enter_async_context(served(receiver.app()))
    sim.config = msgspec.structs.replace(sim.config, push_url=f"{url}/callbacks/{{carrier}}")
    return url, made


async def _intro(console: Console, settings: Settings, plan: list[sample.ChatLine], duration_s: float) -> None:
    """Say what the demo replays, and put the broken records a broken producer writes on the requests topic."""
    console.print(f"[bold]kefu-router demo[/]: {len(plan):,} messages from {len({x.merchant for x in plan})} merchants "
                  f"in {len({line.group for line in plan})} chat groups (WeCom and DingTalk), 18:00–22:00 in "
                  f"{duration_s:.0f} s")
    await kafkatools.produce_all(settings.kafka.bootstrap, settings.topics.requests,
                                 [(b"broken-producer", p) for p in sample.POISON])



async def _keep_questions(tg: TaskGroup, settings: Settings, confirmations: SqlConfirmations, sink: KafkaSink,
                          service: CustomerService) -> None:
    """The router's loops over its questions: the lapsed told to their merchants, those staff approved acted on."""
    c = settings.confirm
    await tg.start(keep_lapses, confirmations, sink, settings.topics.replies, c.check_interval_s, time.time,
                   c.keep_settled_s, c.grace_s)
    await tg.start(keep_approved, confirmations, as_records(settings, service.act_approved), sink,
                   c.check_interval_s)


async def _follow(tg: TaskGroup, settings: Settings, store: TicketStore, sink: KafkaSink,
                  carriers: CarrierAccounts, confirmations: SqlConfirmations) -> None:
    """The ticket follower (its staff desk approves in the questions' store), and with the real protocols the
    router's questions to ZTO about intercepts' outcomes."""
    await tg.start(Follower(settings, store, sink, confirmations=confirmations).run)
    if settings.carrier.protocol == "open_platform":
        await tg.start(poll_results, settings, store, carriers, sink)


async def _carrier_side(running: AsyncExitStack, settings: Settings, store: TicketStore,
                        plan: list[sample.ChatLine]
                        ) -> tuple[HttpPool, Pools, Shipments | None, EffectLedger | None]:
    """The connections to the carrier simulator (its generic protocol's, its open platforms'), and with the real
    protocols the outlet's pickup records and the ledger of effects sent; closed when ``running`` ends."""
    pool = await running.enter_async_context(http_pool(settings.carrier))
    pools = Pools(settings.carrier.concurrency)
    running.callback(pools.close)
    if settings.carrier.protocol != "open_platform":
        return pool, pools, None, None
    return pool, pools, await _pickups(store, plan), EffectLedger(store.db)


async def _pickups(store: TicketStore, plan: list[sample.ChatLine]) -> Shipments:
    """The outlet's pickup records of every parcel the evening names (the simulator's world says who shipped
    each; a number it has no parcel for has no record)."""
    rows = {w: Shipment(w, c, o) for line in plan for pr in parse(line.text).requests for w in pr.waybills
            if (o := world.owner_of(w)) is not None and (c := world.carrier_of(w)) is not None}
    kept = Shipments(store.db)
    await kept.record("", list(rows.values()))
    return kept


async def _stores(tmp: Path, running: AsyncExitStack) -> tuple[TicketStore, SqlConfirmations]:
    """The ticket store and the questions' store, each a file of its own (the follower writes the tickets' file in
    long batches at the evening's peak), closed when ``running`` ends."""
    store = await open_store(f"sqlite:///{tmp / 'tickets.db'}")
    running.push_async_callback(store.close)
    confirmations = await open_confirmations(f"sqlite:///{tmp / 'questions.db'}")
    running.push_async_callback(confirmations.close)
    return store, confirmations


@dataclass
class _Desk:
    console: StaffConsole
    url: str
    password: str  # the demo's people's password (this run's store only, kept in a temporary directory)


async def _console(settings: Settings, store: TicketStore, sink: KafkaSink, running: AsyncExitStack,
                   confirmations: SqlConfirmations) -> _Desk:
    """The outlet console over the demo's ticket store, served until the demo ends, with 王五 (staff) and the
    owner (``owner``) able to log in."""
    network = Network.from_settings(settings, accounts=False, directories=False)
    console = StaffConsole(settings, store, sink, lambda: network, confirmations=confirmations)
    password = secrets.token_urlsafe(12)
    await console.accounts.add(demo_staff.CONSOLE_STAFF[0], DEFAULT_OUTLET, "staff", demo_staff.CONSOLE_STAFF[1],
                               password)
    await console.accounts.add("owner", DEFAULT_OUTLET, "owner", "店长", password)
    return _Desk(console, await running.enter_async_context(served(console.app())), password)


async def _escalated_at(console: StaffConsole, tally: Tally) -> dict[str, float]:
    """Each task's handle → when the router handed its request to a person (the escalation's time)."""
    at = {e.id: e.created_at.timestamp() for e in tally.escalations}
    out = {}
    for t in await console.tasks.open_tasks(None) + await console.tasks.answered_between(0.0, time.time() + 1, None):
        if t.escalation_id in at:
            out[t.handle] = at[t.escalation_id]
    return out


async def _serve(console: Console, desk: _Desk) -> None:
    """Keep the system up with the demo's data for a person to explore, until Ctrl-C (or SIGTERM)."""
    console.print(f"\n[bold]the outlet console is up[/]: {desk.url}/ — log in as [cyan]owner[/] (the dashboard, "
                  f"merchants) or [cyan]{demo_staff.CONSOLE_STAFF[0]}[/] (staff), password [cyan]{desk.password}[/] "
                  "(this demo's own, in a temporary store); Ctrl-C ends it", highlight=False)
    with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        async for _ in signals:
            return


def _chat_groups(plan: list[sample.ChatLine], sink_url: str) -> dict[str, dict[str, str]]:
    """Each group of the evening bound to its merchant, its robot's webhook on the chat simulator."""
    groups = {}
    for line in plan:
        hook = (f"{sink_url}/cgi-bin/webhook/send?key={line.group}" if line.platform == "wecom"
                else f"{sink_url}/robot/send?access_token={line.group}")
        groups[line.group] = {"merchant": line.merchant, "platform": line.platform, "webhook": hook}
    return groups


def _evening_settings(settings: Settings, directory: Path, sim_url: str, cb_url: str, groups_path: Path,
                      duration_s: float, sink_url: str, protocol: str = "open_platform") -> Settings:
    """The demo's settings. The evening is compressed: per-merchant request limits would refuse most of it. The
    chat simulator is new, so no earlier process has used the robots' windows (no startup hold). ``protocol``
    "open_platform": each carrier spoken in its own protocol, with the simulator's account's credentials there,
    and the owners from the outlet's pickup records."""
    carrier: dict[str, object] = {"base_url": sim_url, "callback_url": f"{cb_url}/callbacks"}
    if protocol == "open_platform":
        sim = SimConfig()
        me = SimAccount(customer=sim.customer, app_key=sim.app_key, secret=sim.secret)
        carrier |= {"protocol": "open_platform", "ownership": "shipments", "carriers": OPEN_CARRIERS,
                    "accounts": {c: credentials(c, me).values for c in OPEN_CARRIERS}, "result_poll_s": 1.0,
                    "concurrency": 64, "rate_per_s": 1000.0, "burst": 100}
    return isolated(
        settings, settings.kafka.group_id, directory={"path": str(directory)},
        carrier=carrier,
        limits={"merchant_per_minute": 1_000_000, "merchant_burst": 1_000_000},
        knowledge={"path": str(KNOWLEDGE)}, stop_ship={"areas": STOPPED}, rules=RULES,
        # the chat gateway's store (the replies delivered, the callbacks taken) of this run alone: reply ids repeat
        # from run to run (the evening is seeded), and one run's deliveries would silence the next run's replies
        tickets={"store": f"sqlite:///{groups_path.parent / 'gateway.db'}"},
        # ten minutes to answer, in the compressed evening's time
        # (grace: the busiest merchants' answers wait behind their own traffic in their lane, and the store's
        # writes go one at a time: 4 s of question time stands for ten minutes, 5 s of grace for a backlog)
        confirm={"ttl_s": max(4.0, duration_s * 10 / 240), "check_interval_s": 0.5, "grace_s": 5.0},
        chat={"port": _free_port(), "wecom_token": WECOM_TOKEN, "wecom_aes_key": AES_KEY,
              "dingtalk_app_secret": DING_SECRET, "groups_path": str(groups_path), "startup_hold": False,
              "webhook_hosts": WEBHOOK_HOSTS, **demo_staff.settings(sink_url)},
    )


async def _watch(console: Console, plan: list[sample.ChatLine], expected: set[str], tally: Tally, gw: Gateway,
                 sink: ChatSim, sim: CarrierSim, duration_s: float, staff: demo_staff.StaffTally) -> None:
    """The live table until every reply is in its group, every unanswered question has lapsed and every staff
    answer given has reached its merchant (or time is up)."""
    live_for = duration_s + 240
    with Live(_progress(tally, plan, expected, gw, sink, sim, duration_s), console=console,
              refresh_per_second=4, transient=False) as live:
        while time.time() - tally.started < live_for:
            tally.samples.append((time.time(), tally.posted, len(tally.delivered_at), gw.egress.queued))
            live.update(_progress(tally, plan, expected, gw, sink, sim, duration_s))
            if not console.is_terminal and len(tally.samples) % 10 == 0:  # a log, not a screen
                console.print(f"progress: posted {tally.posted:,}/{len(plan):,}, replies in "
                              f"groups {len(expected & tally.delivered_at.keys()):,}/"
                              f"{len(expected):,}, waiting for robots {gw.egress.queued:,}")
            if (tally.posted >= len(plan) and expected <= tally.delivered_at.keys()
                    and _to_lapse(plan, tally)[0] <= tally.lapsed_at.keys() | _told_late(plan, tally)
                    and not staff.waiting()
                    and tally.lapsed_told.keys() >= tally.lapsed.keys()):
                break
            await anyio.sleep(0.5)
        staff.closing = True  # no new answers from the staff; those given reach their merchants first
        with anyio.move_on_after(max(0.0, live_for - (time.time() - tally.started))):
            while True:  # (the staff's answers are counted as they arrive: polled, as the table is)
                if not staff.waiting():
                    break
                await anyio.sleep(0.5)
        await anyio.sleep(2.0)  # the first asynchronous carrier results come back
        live.update(_progress(tally, plan, expected, gw, sink, sim, duration_s))


def _expected(plan: list[sample.ChatLine]) -> set[str]:
    """The messages that must get a reply: a request, one for a person, or a question the outlet answers or hands
    to a person (handlers.answers, with the demo outlet's knowledge base and areas)."""
    knowledge, stops, _ = policy(KnowledgeSettings(path=str(KNOWLEDGE)), StopShipSettings(areas=STOPPED),
                                 RuleSettings(), "")
    outlet = dataclasses.replace(Network.one().outlets[DEFAULT_OUTLET], knowledge=knowledge, stops=stops)

    def replied(text: str) -> bool:
        p = parse(text)
        if p.requests or p.waybills:
            return bool(p.requests or p.needs_human)
        return (answers.answer(outlet, text) is not None or answers.worth_a_person(text)
                or (p.needs_human and p.reason not in ASKABLE))
    return {f"{line.platform}-{line.msgid}" for line in plan if replied(line.text)}


def _asked(line: sample.ChatLine) -> list[str]:
    """The waybills the bot will ask the merchant to confirm an action on, in this message."""
    p = parse(line.text)
    return [] if p.needs_human else [w for r in p.requests if r.confirm for w in r.waybills]


def _unanswered(plan: list[sample.ChatLine]) -> set[str]:
    """The request ids of questions no merchant answers: each lapses."""
    answered = {line.answers for line in plan if line.answers}
    return {f"{x.platform}-{x.msgid}" for x in plan if _asked(x) and x.msgid not in answered}


async def _looked_back(console: StaffConsole, confirmations: SqlConfirmations, plan: list[sample.ChatLine],
                       tally: Tally, staff: demo_staff.StaffTally) -> None:
    """What the stores say once the evening is over: when each task reached the console, the questions' times."""
    staff.escalated_at = await _escalated_at(console, tally)
    tally.deadlines = await _deadlines(confirmations, plan)


async def _deadlines(confirmations: SqlConfirmations, plan: list[sample.ChatLine]) -> dict[str, tuple[float, float]]:
    """(asked at, its time) of each question an answer settled or found late, as the router kept it."""
    out: dict[str, tuple[float, float]] = {}
    for x in plan:
        if x.answers:
            for a in await confirmations.answered_by(x.merchant, f"{x.platform}-{x.msgid}"):
                out[a.pending.request_id] = (a.pending.asked_at, a.pending.expires_at)
    return out


def _to_lapse(plan: list[sample.ChatLine], tally: Tally) -> tuple[set[str], set[str]]:
    """(must, may): the questions that must lapse, never answered or answered only after their time; and those
    answered within a post's length of their time, where either is right (the router judges an answer by when it
    was sent, which is between the merchant's post and the gateway's 200). A question's time is the one the router
    kept (checked to run ``ttl_s`` from when it was asked, after its message was posted); one the keeper lapsed
    before its answer was read is bounded instead: asked after its message was posted, before its reply was on
    Kafka."""
    must, may = _unanswered(plan), set()
    for x in plan:
        question, answer = f"{x.platform}-{x.answers}", f"{x.platform}-{x.msgid}"
        if not x.answers or question not in tally.sent_at or answer not in tally.sent_at:
            continue
        sent, accepted = tally.sent_at[answer], tally.accepted_at.get(answer, math.inf)
        if question in tally.deadlines:
            earliest = latest = tally.deadlines[question][1]
        else:
            earliest = tally.sent_at[question] + tally.ttl_s
            latest = tally.answered_at.get(question, math.inf) + tally.ttl_s
        if sent >= latest:
            must.add(question)
        elif accepted >= earliest:
            may.add(question)
    return must, may


def _deadlines_kept(plan: list[sample.ChatLine], tally: Tally) -> bool:
    """Every question's time the router kept runs ``ttl_s`` from when it was asked, after its message was posted
    and before its reply was on Kafka (not from when the message arrived)."""
    return all(abs(expires - asked - tally.ttl_s) < 1e-3 and tally.sent_at.get(q, 0.0) <= asked
               <= tally.answered_at.get(q, math.inf) + 1e-3 for q, (asked, expires) in tally.deadlines.items())


def _with(name: str, detail: str) -> str:
    return f"{name} ({detail})" if detail else name


def _described(plan: list[sample.ChatLine], request_id: str) -> str:
    """A request by its id, with the (made-up) words of the line that sent it: what a failed check names."""
    line = next((x for x in plan if f"{x.platform}-{x.msgid}" == request_id), None)
    return f"{request_id} {line.text!r} in {line.group}" if line is not None else request_id


def _lapse_faults(plan: list[sample.ChatLine], tally: Tally, must: set[str], may: set[str], told: set[str]
                  ) -> list[str]:
    """What is wrong with the questions' lapses, each with how many: none when all is right."""
    faults = [
        (len(must - told), "should have lapsed, merchant not told"),
        (len(told - must - may), "told it lapsed, but answered in time"),
        (tally.lapsed_in_reply, "told in an answer's reply, not in the question's own notice (may be told twice)"),
        (int(not _deadlines_kept(plan, tally)), "a question's time not counted from when it was asked"),
        (len(tally.lapsed.keys() ^ tally.lapsed_told.keys()), "lapsed and told differ"),
        (sum(1 for n in tally.lapsed_told.values() if n != 1), "told more than once"),
    ]
    return [f"{n} {what}" for n, what in faults if n]


def _told_late(plan: list[sample.ChatLine], tally: Tally) -> set[str]:
    """The questions whose merchant was told they lapsed in the reply to an answer that came after their time."""
    late = {a for answers in tally.late_answers_of.values() for a in answers}
    return {f"{x.platform}-{x.answers}" for x in plan if f"{x.platform}-{x.msgid}" in late}


def _not_to_act(plan: list[sample.ChatLine]) -> set[str]:
    """Waybills of questions declined or never answered, that no other message asks to act on."""
    answers = {line.answers: line.text.split()[0] for line in plan if line.answers}
    held, acted = set(), set()
    for line in plan:
        for r in parse(line.text).requests:
            if r.intent not in IRREVERSIBLE:
                continue
            if r.confirm and answers.get(line.msgid) != "确认":
                held |= set(r.waybills)
            else:
                acted |= set(r.waybills)
    return held - acted


def _staff_line(tally: Tally, staff: demo_staff.StaffTally) -> str:
    """The people's side in one line: tasks seen in the console and posted, answered from chat and the console,
    and how soon each step came."""
    def since(then: dict[str, float], now: dict[str, float]) -> str:
        p50, _, p99 = _quantiles([now[h] - then[h] for h in now.keys() & then.keys()])
        return f"p50 {p50:.2f} s · p99 {p99:.2f} s"

    chat = len(staff.answered_at.keys() - staff.by_console)
    return (f"{len(tally.escalations):,} handed to a person: in the console's queue {len(staff.seen_at):,} "
            f"(escalation → queue {since(staff.escalated_at, staff.seen_at)}); posted in the staff group "
            f"{len(staff.posted_at):,} while the demo ran (escalation → group "
            f"{since(staff.escalated_at, staff.posted_at)}; {len(demo_staff.ROBOTS)} robots, each 20 messages a "
            "minute); answered from chat "
            f"{chat:,}, from the console {len(staff.by_console):,}, reached the merchant {len(staff.relayed_at):,} "
            f"(answer → merchant's group {since(staff.answered_at, staff.relayed_at)})")


def _finish(console: Console, plan: list[sample.ChatLine], expected: set[str], tally: Tally, sink: ChatSim,
            sim: CarrierSim, duration_s: float, staff: demo_staff.StaffTally) -> int:
    e2e = [(tally.sent_at[r], (tally.delivered_at[r] - tally.sent_at[r]) * 1000)
           for r in expected & tally.delivered_at.keys() if r in tally.sent_at]
    router_ms = [(tally.answered_at[r] - tally.sent_at[r]) * 1000 for r in expected & tally.answered_at.keys()
                 if r in tally.sent_at]
    p50, p90, p99 = _quantiles([ms for _, ms in e2e])
    r50, _, r99 = _quantiles(router_ms)
    answers = {f"{x.platform}-{x.msgid}" for x in plan if x.answers}
    shares = Counter(o for rid, o in tally.outcome.items() if rid not in answers and o in ("answered", "asked",
                                                                                          "to_human"))
    acted = sum(shares.values())
    auto = shares["answered"] / acted if acted else 0.0
    asked, to_person = shares["asked"] / (acted or 1), shares["to_human"] / (acted or 1)
    effects = Counter((op, w) for op, w, _ in sim.acted() if op in IRREVERSIBLE)
    twice = {k: n for k, n in effects.items() if n > 1}
    held = _not_to_act(plan)
    unconfirmed = {w for (_, w) in effects} & held
    refused = {staff.approvals[h] for h, v in staff.decided.items() if v == "拒绝" and h in staff.approvals}
    unanswered = _unanswered(plan)
    must_lapse, may_lapse = _to_lapse(plan, tally)
    # told by the keeper (the question's "lapsed" reply), or in the reply to an answer that came after its time
    told_late = _told_late(plan, tally)
    told = tally.lapsed_at.keys() | told_late
    confirmed = sum(1 for x in plan if x.answers and x.text.startswith("确认"))
    classes = Counter(tk.ticket_class for tk in tally.tickets)
    reasons = Counter(e.reason for e in tally.escalations).most_common(4)
    per_window = _max_per_window(sink, 60.0)
    replies = len(tally.delivered_at)
    in_order = all(ids == sorted(ids) for ids in tally.reply_order.values())
    summary = [
        ("merchant messages", f"{len(plan):,} from {len({x.merchant for x in plan})} merchants, "
                              f"{len({x.group for x in plan})} groups"),
        ("refused at the gateway", ", ".join(f"HTTP {k}: {v}" for k, v in sorted(tally.refused.items())) or "none"),
        ("requests needing an answer", f"{len(expected):,} (the rest is chit-chat: 好的, 谢谢)"),
        ("auto-resolved by the bot", f"{auto:.1%} of {acted:,} requests that asked for something; asked to confirm "
                                     f"{asked:.1%}; handed to a person {to_person:.1%}"),
        ("questions to merchants", f"{shares['asked']:,} messages asked about; {confirmed:,} answered 确认, "
                                   f"{sum(1 for x in plan if x.answers and x.text.startswith('不用了')):,} 不用了, "
                                   f"{len(unanswered):,} never answered, {len(must_lapse - unanswered):,} answered "
                                   f"too late ({len(told):,} told it lapsed; the router's own time of "
                                   f"{len(tally.deadlines):,} answered questions checked)"),
        ("latency, message → reply in the group", f"p50 {p50 / 1000:.2f} s · p90 {p90 / 1000:.2f} s · "
                                                  f"p99 {p99 / 1000:.2f} s"),
        ("latency, message → reply on Kafka", f"p50 {r50:.0f} ms · p99 {r99:.0f} ms"),
        ("tickets", f"{len(tally.tickets):,} (class 1, the carrier resolves: {classes[1]:,}; class 2, a person "
                    f"follows: {classes[2]:,}, of them filed with the carrier too: "
                    f"{sum(1 for tk in tally.tickets if tk.ticket_class == 2 and tk.carrier_ref):,}); carrier "
                    f"results told so far: {tally.results:,}"),
        ("questions without a waybill", f"{sum(tally.questions.values()):,}: answered from the knowledge base "
                                        f"{tally.questions['knowledge']:,}, from the stop-ship areas "
                                        f"{tally.questions['stop_ship_query']:,}, handed to a person "
                                        f"{tally.questions['question']:,}"),
        ("to a person", f"{len(tally.escalations):,} ({', '.join(f'{k} {v}' for k, v in reasons)})"),
        ("rules", "decided by " + ", ".join(f"{k} {v:,}" for k, v in tally.rules.most_common())
                  + f"; held for approval {len(staff.approvals):,}: approved "
                  f"{sum(1 for v in staff.decided.values() if v == '同意'):,}, refused "
                  f"{sum(1 for v in staff.decided.values() if v == '拒绝'):,}; acted on once approved "
                  f"{tally.approved_replies:,}"),
        ("staff group", _staff_line(tally, staff)),
        ("chat", f"{replies:,} replies in {sink.stats.accepted:,} messages; at most {per_window} messages a minute "
                 "from one robot (limit 20)"),
        ("carrier API", f"{sum(sim.stats.calls.values()):,} calls for {sum(sim.stats.items.values()):,} items; by "
                        "protocol: " + ", ".join(f"{k} {v:,}" for k, v in sorted(sim.stats.protocols.items()))
                        + ("; pushes acknowledged: " + ", ".join(f"{k} {v:,}" for k, v in
                                                                  sorted(sim.stats.pushes_sent.items()))
                           + f" (not: {sim.stats.pushes_failed})" if sim.stats.pushes_sent else "")),
        ("dead letters", f"{len(tally.dead)} ({', '.join(sorted({d.reason for d in tally.dead}))})"),
    ]
    not_answered = sorted(expected - tally.answered_at.keys())
    lapse_faults = _lapse_faults(plan, tally, must_lapse, may_lapse, told)
    checks = [  # (a check that fails names what failed, on the console and in the report)
        (_with("every request that needed an answer was answered on Kafka",
               "not answered: " + "; ".join(_described(plan, r) for r in not_answered[:5]) if not_answered else ""),
         not not_answered),
        ("… and its reply reached its chat group", expected <= tally.delivered_at.keys()),
        ("each merchant's replies in the order of its messages", in_order),
        ("no robot over 20 messages a minute, every message ≤ 2048 bytes",
         sink.stats.violations == 0 and per_window <= 20 and all(len(m.content.encode()) <= 2048
                                                                  for m in sink.messages)),
        ("every forged callback refused", sum(tally.refused.values()) >= FORGED and set(tally.refused) <= {401}),
        ("every broken record dead-lettered with its reason", len(tally.dead) == len(sample.POISON)),
        ("tickets opened", bool(tally.tickets)),
        ("tasks reached the console and the staff group, and every answer its merchant's group",
         bool(staff.posted_at) and bool(staff.seen_at) and staff.answered_at.keys() <= staff.relayed_at.keys()
         and not staff.refused),
        ("staff answered from chat and from the console", bool(staff.by_console)
         and bool(staff.answered_at.keys() - staff.by_console)),
        ("no parcel intercepted, cancelled or redirected twice", not twice),
        ("requests held for approval: each approved one acted on, none refused reached a carrier",
         bool(staff.decided) and tally.approved_replies >= sum(1 for v in staff.decided.values() if v == "同意")
         and not refused & {w for (op, w) in effects if op == "change_address"}),
        ("nothing acted on that the merchant declined or never confirmed", not unconfirmed),
        (_with("every question unanswered in time lapsed and its merchant was told once", "; ".join(lapse_faults)),
         not lapse_faults),
    ]
    by_size = Counter(x.group for x in plan).most_common()
    picks = [g for g, _ in by_size if g.startswith("wr")][3:4] + [g for g, _ in by_size if g.startswith("cid")][3:4]
    conversations = {g: _conversation(plan, sink, tally, duration_s, g) for g in picks}
    for g, lines in conversations.items():
        console.rule(f"group {g} ({'WeCom' if g.startswith('wr') else 'DingTalk'}), first messages")
        for clock, who, text in lines[:10]:
            style = "green" if who == "机器人" else "white"
            console.print(f"[dim]{clock}[/] [{style}]{who}[/]: {text}", highlight=False)
    console.rule("summary")
    for k, v in summary:
        console.print(f"[cyan]{k}[/]: {v}", highlight=False)
    console.rule("checks")
    for k, ok in checks:
        console.print(f"{'[green]ok[/]' if ok else '[bold red]FAILED[/]'}  {k}")
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    path = (REPORT_DIR / f"kefu-demo-{time.strftime('%Y%m%d-%H%M%S')}.html").resolve()
    _report(path, summary, checks, tally, e2e, conversations, duration_s)
    ok = all(c for _, c in checks)
    console.print("demo: OK" if ok else "demo: FAILED")
    console.print(f"report: {path}")
    return 0 if ok else 1
