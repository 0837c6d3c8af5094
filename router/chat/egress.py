"""Replies on Kafka → the merchants' chat groups, through each group's robot: coalesced, paced, never dropped.

Delivery: a reply's offset is committed only after the robot's platform accepted the message carrying it
(at-least-once: a crash before the commit reads it again). Never twice to the merchant: replies already
delivered, by this process or another (``Deliveries``), are not sent again, and a reply whose send a dead
gateway had begun without writing down its outcome is in doubt: it goes to a person (the human topic, reason
``reply_in_doubt``) instead of to the group a second time. So nothing is sent while that store cannot say which
replies were delivered, or cannot write down a send about to begin: the replies wait (in Kafka, or queued) and the
egress asks again (``kefu_chat_delivery_store_errors_total``). A failed send (network, HTTP 5xx, the platform busy)
is retried with exponential backoff and jitter for as long as it takes. A reply that cannot be delivered at all
goes to the dead-letter topic with the reason, so nothing disappears silently: undecodable, for a group with no
robot, or refused by the platform five times (a bad webhook key, a format it will not take), which also frees the
group's queue behind it.

Pacing: each robot sends at most ``chat.per_minute`` messages in any ``chat.window_s`` seconds, counting every
attempt. The platform also counts what a previous gateway process sent just before a restart, which this one
cannot see, and so does what another gateway in the group sent before a rebalance gave this one the robot's
partition: with ``chat.startup_hold`` (the default) a robot's first message waits until one window has passed
since this process was given the partition (one window of delay after a restart or a move, rather than
DingTalk's ten-minute throttle). So several gateways may share the consumer group.
A token bucket paces each robot (see ``Pacer``): a quiet group hears back at once, a busy one gets a
message every 4 s carrying the replies gathered since, instead of twenty at once and then a silent minute.
Replies waiting for a robot are joined, one per line, into messages of at most ``chat.max_bytes``; a pacing robot
lingers ``chat.linger_ms`` before composing, to gather more. A staff group may have more robots
(``more_robots``): each has its own budget, and each message goes through whichever may send soonest, still one
message at a time, in order.

Ordering: replies to one group go out in the order they were read (a group's replies come from one merchant's
partition). Each group drains in its own task, so a slow or failing robot holds only its own group.

Backpressure: beyond ``chat.max_queued`` waiting replies the egress stops fetching until half have gone.

Cancellation: cancelling ``run`` stops fetching and sending; what was delivered is committed on the way out.
"""

from __future__ import annotations

import logging
import random
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping, Sequence
from itertools import islice
from typing import Literal

import aiohttp
import anyio
import msgspec
from anyio.abc import TaskGroup, TaskStatus

from router.chat import dingtalk, wecom
from router.chat.deliveries import Deliveries
from router.chat.metrics import ChatMetrics
from router.chat.pacing import Pacer, split_text, take_lines, utf8_len
from router.chat.webhooks import refusal
from router.config import QUIET_FETCH_WAIT_MS, ChatGroup, Settings, StaffGroup
from router.contracts import Escalation, Reply, decode_as, encode, utcnow
from router.deadletters import dead_letter
from router.errors import CommitError, TransportError
from router.kafka import KafkaSource
from router.offsets import PartitionOffsets
from router.outlets import Network
from router.source import TP, Committed, Record, Sink, Source

log = logging.getLogger("kefu.chat.egress")

_SCAN = 200  # replies looked at when composing one message (a message holds far fewer)
_DELIVERED_MEMORY = 200_000  # reply ids remembered as delivered, to skip redelivered copies


class _Id(msgspec.Struct):
    id: str


_id_decoder = msgspec.json.Decoder(_Id)  # a reply's id alone, to ask which of a fetch were delivered
_REFUSALS = 5  # a message the platform refuses this many times (bad format, bad key) goes to the dead letters
_RECORD_TRIES = 3  # writing down a delivery, before leaving its replies begun (in doubt to a later reader)


class _Pending:
    __slots__ = ("line", "offset", "parts", "queued_at", "reply", "sent_parts", "tp")

    def __init__(self, reply: Reply, line: str, tp: TP, offset: int, queued_at: float) -> None:
        self.reply, self.line, self.tp, self.offset, self.queued_at = reply, line, tp, offset, queued_at
        self.parts: list[str] | None = None  # a reply longer than one message, in pieces
        self.sent_parts = 0


class Hook:
    """One robot of a group: where it posts, its signing secret, its own sending budget."""

    __slots__ = ("pacer", "secret", "webhook")

    def __init__(self, webhook: str, secret: str, pacer: Pacer) -> None:
        self.webhook, self.secret, self.pacer = webhook, secret, pacer

    def __repr__(self) -> str:  # (never the webhook's key)
        return f"<Hook {self.pacer!r}>"


class Robot:
    """One group's robots (one, or a staff group's several): its binding, its queue and their pacers. Messages go
    out one at a time, in order, each through whichever robot may send soonest."""

    def __init__(self, group: str, binding: ChatGroup | StaffGroup, hooks: list[Hook], tp: TP) -> None:
        self.group, self.binding, self.hooks = group, binding, hooks
        self.tp = tp  # the partition its replies come from (a group's replies are keyed by its merchant)
        self.queue: deque[_Pending] = deque()
        self.busy = False
        self.sent = 0
        self.sending: anyio.Event | None = None  # set once the message on its way is answered and written down
        self.in_flight = 0  # the queued replies (from the head) that message carries

    def __repr__(self) -> str:
        return f"<Robot {self.binding.platform} group={self.group} queued={len(self.queue)} {self.hooks!r}>"

    @property
    def full(self) -> bool:
        """Every robot of the group has used its window."""
        return all(h.pacer.full for h in self.hooks)

    def next_hook(self) -> Hook:
        """The robot that may send soonest (the first of those that may send now)."""
        return min(self.hooks, key=lambda h: h.pacer.wait_s())


def render(reply: Reply) -> str:
    """One reply as a line of a group message: who it is for, then the text."""
    who = " ".join(f"@{m}" for m in reply.mention)
    return f"{who} {reply.text}" if who else reply.text


def topics_read(settings: Settings) -> list[str]:
    """The topics the egress reads (its Kafka user may read these: deploy/k8s/kafka/users.yaml)."""
    return [settings.topics.replies]


class Egress:
    def __init__(
        self, settings: Settings, groups: dict[str, ChatGroup], session: aiohttp.ClientSession, sink: Sink,
        metrics: ChatMetrics | None = None, on_delivered: Callable[[Reply], None] | None = None,
        source: Source | None = None, network: Network | None = None, deliveries: Deliveries | None = None,
    ) -> None:
        """``source``: the replies to send (by default the chat group's own consumer on Kafka); ``network``: the
        outlets ``groups`` belong to (by default one outlet of them all). A reply goes only to a group bound to
        its merchant in its outlet, or, a post of the staff desk (no merchant), to a staff group of its outlet;
        any other is a dead letter. ``deliveries``: the replies delivered, kept
        beyond this process (the gateway's are in the ticket store); None remembers them in memory only."""
        self._deliveries = deliveries
        self._network = network if network is not None else Network.one(
            groups=groups, staff_groups=settings.chat.staff_groups, staff=settings.chat.staff)
        self._settings = settings
        self._on_delivered = on_delivered  # told of each reply the platform accepted (the demo times them)
        self._chat = settings.chat
        self._groups: dict[str, ChatGroup | StaffGroup] = {**self._network.robots(), **groups}
        self._session = session
        self._sink = sink
        self.metrics = metrics or ChatMetrics()
        self._robots: dict[str, Robot] = {}
        self._offsets: dict[TP, PartitionOffsets] = {}
        self._committed: dict[TP, int] = {}
        self._delivered: OrderedDict[str, None] = OrderedDict()
        self._queued = 0
        self.delivered = 0  # replies the platforms accepted, in this process
        self._room = anyio.Event()
        self._source = source
        self._consumer: Source | None = None
        self._tg: TaskGroup | None = None
        self._started = time.monotonic()
        self._assigned_at: dict[TP, float] = {}  # when this process was given each partition
        self.metrics.queued.set_function(lambda: self._queued)
        self.metrics.oldest.set_function(self._oldest)
        self.metrics.paced.set_function(lambda: sum(1 for r in self._robots.values() if r.queue and r.full))

    def __repr__(self) -> str:
        return f"<Egress robots={len(self._robots)} queued={self._queued} partitions={len(self._offsets)}>"

    def use_network(self, network: Network) -> None:
        """Outlets changed while it runs: replies read from now on go by the new bindings (a robot already
        holding replies keeps its webhook until its queue is empty)."""
        self._network, self._groups = network, network.robots()

    @property
    def queued(self) -> int:
        """Replies waiting for their robot."""
        return self._queued

    def _oldest(self) -> float:
        now = time.monotonic()
        return max((now - r.queue[0].queued_at for r in self._robots.values() if r.queue), default=0.0)

    # -- consuming -----------------------------------------------------------------------------------------

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        consumer = self._consumer = self._source or KafkaSource(
            self._settings, topics_read(self._settings), group_id=self._chat.group_id, client="chat",
            fetch_max_wait_ms=QUIET_FETCH_WAIT_MS, fetch_min_bytes=1, commit_metadata=False,
            rebalance_timeout_ms=self._settings.kafka.session_timeout_ms)
        await consumer.start(self)
        try:
            async with anyio.create_task_group() as tg:
                self._tg = tg
                tg.start_soon(self._commit_loop)
                task_status.started()
                while True:
                    if self._queued >= self._chat.max_queued:
                        self._room = anyio.Event()
                        await self._room.wait()
                    try:
                        records = await consumer.fetch(1000, 0.2)
                    except TransportError as e:  # the broker restarting: replies wait in Kafka, nothing is lost
                        log.warning("fetching replies failed (%s); trying again", e)
                        await anyio.sleep(1.0)
                        continue
                    done, doubt = await self._delivered_before(records)
                    for m in records:
                        await self._accept(m.topic, m.partition, m.offset, m.value, done, doubt)
        finally:
            with anyio.CancelScope(shield=True):
                try:
                    await self._commit()
                finally:
                    await consumer.stop()
                    self._consumer = None
                log.info("chat egress stopped: delivered replies committed, %d waiting left to the next start",
                         self._queued)

    async def _delivered_before(self, records: Sequence[Record]) -> tuple[set[str], set[str]]:
        """The ids of ``records``' replies delivered before, by this gateway or another (``deliveries``): a
        router's second reply to a request it handled again, a reply read again after a restart; and those in
        doubt (a gateway died sending them)."""
        if self._deliveries is None or not records:
            return set(), set()
        ids = []
        for m in records:
            try:
                rid = _id_decoder.decode(m.value or b"").id
            except (msgspec.DecodeError, UnicodeDecodeError):
                continue  # (dead-lettered by _accept)
            if rid not in self._delivered:
                ids.append(rid)
        delay = self._chat.retry_base_s
        while True:  # (a reply sent without asking could be one another gateway delivered: they wait in Kafka)
            try:
                with anyio.fail_after(self._chat.timeout_s):
                    return await self._deliveries.states(ids)
            except Exception as e:
                self.metrics.store_errors.labels("ask").inc()
                log.warning("could not ask which replies were delivered (%s); asking again before sending them",
                            type(e).__name__)
                await anyio.sleep(delay * random.uniform(0.5, 1.0))
                delay = min(delay * 2, self._chat.retry_max_s)

    async def _accept(self, topic: str, partition: int, offset: int, value: bytes | None,
                      done: set[str] | frozenset[str] = frozenset(),
                      doubt: set[str] | frozenset[str] = frozenset()) -> None:
        tp = (topic, partition)
        po = self._offsets.setdefault(tp, PartitionOffsets())
        if not po.receive(offset):
            return
        try:
            reply = decode_as(value or b"", Reply)
        except (msgspec.DecodeError, UnicodeDecodeError) as e:
            await self._dead(tp, offset, value, "undecodable_reply", str(e))
            return
        if self._repeated(reply, done):
            po.finish(offset)  # a copy of one delivered, or waiting for its robot (whose offset holds the commit)
            self.metrics.repeated.inc()
            return
        if reply.id in doubt:
            await self._in_doubt(tp, offset, reply)
            return
        refused = self._refusal(reply)
        if refused is not None:
            await self._dead(tp, offset, value, *refused)
            return
        binding = self._groups[reply.group]
        robot = self._robots.get(reply.group)
        if robot is None:
            more = binding.more_robots if isinstance(binding, StaffGroup) else []
            hooks = [Hook(w, secret, self._pacer(tp)) for w, secret in ((binding.webhook, binding.secret),
                                                                          *((m.webhook, m.secret) for m in more))]
            robot = self._robots[reply.group] = Robot(reply.group, binding, hooks, tp)
        robot.queue.append(_Pending(reply, render(reply), tp, offset, time.monotonic()))
        self._queued += 1
        if not robot.busy and self._tg is not None:
            robot.busy = True
            self._tg.start_soon(self._drain, robot)

    def _pacer(self, tp: TP) -> Pacer:
        pacer = Pacer(self._chat.per_minute, self._chat.window_s)
        if self._chat.startup_hold:
            # The platform still counts what the robot's previous sender sent: another process before this one
            # started, or before this one was given the partition in a rebalance.
            pacer.block(since=self._assigned_at.get(tp, self._started))
        return pacer

    def _repeated(self, reply: Reply, done: set[str] | frozenset[str]) -> bool:
        """A copy of a reply delivered (``done``: by another process) or still waiting for its robot: a producer's
        retry, a redelivery, a request handled again by a router that was killed."""
        if reply.id in self._delivered or reply.id in done:
            return True
        robot = self._robots.get(reply.group)
        return robot is not None and any(p.reply.id == reply.id for p in robot.queue)

    def _refusal(self, reply: Reply) -> tuple[str, str] | None:
        """Why ``reply`` goes to no robot (a dead letter's reason and detail), or None."""
        crossing = self._network.check_delivery(reply.outlet, reply.merchant, reply.group)
        if crossing is not None:  # never to another merchant's group, never across outlets
            return crossing, f"reply for group {reply.group!r} refused: {crossing}"
        binding = self._groups.get(reply.group)
        if binding is None or not binding.webhook:
            return "no_robot", f"group {reply.group!r} has no robot webhook"
        if reply.group not in self._robots and (why := refusal(
                binding.platform, binding.webhook, self._chat.webhook_hosts)) is not None:
            # (a group from a file or the store, checked before its first message; never the URL: it holds a key)
            return "webhook_not_allowed", f"group {reply.group!r}: {why}"
        return None

    async def _dead(self, tp: TP, offset: int, value: bytes | None, reason: str, detail: str) -> None:
        """Hand an undeliverable reply to the dead-letter topic, then let its offset be committed."""
        letter = dead_letter(reason, detail, topic=tp[0], partition=tp[1], offset=offset, key=None, value=value)
        await self._hand_on(tp, offset, self._settings.topics.dlq, None, encode(letter), "dead letter")
        self.metrics.dead.labels(reason).inc()

    async def _in_doubt(self, tp: TP, offset: int, reply: Reply) -> None:
        """A gateway died while sending ``reply``: the platform may have shown it, so a person looks (the group's
        history tells) and says it again if it is missing; the merchant never sees it twice. (A staff desk's post
        in doubt is let go: staff see their own group, and a task about it would be posted there again.)"""
        if not reply.merchant:
            po = self._offsets.get(tp)
            if po is not None:
                po.finish(offset)
            self._delivered[reply.id] = None
            self.metrics.in_doubt.inc()
            log.warning("a staff group post may have been sent by a gateway that died: not sent again")
            return
        task = Escalation(
            id=f"doubt-{reply.id}", request_id=reply.request_id, merchant=reply.merchant, group=reply.group,
            reason="reply_in_doubt", text=render(reply), outlet=reply.outlet, platform=reply.platform,
            sender=reply.mention[0] if reply.mention else "",
            detail={"reply_id": reply.id, "platform": reply.platform,
                    "why": "a chat gateway stopped while sending this reply: check the group, send it if missing"})
        await self._hand_on(tp, offset, self._settings.topics.human, reply.merchant.encode(), encode(task),
                            "reply in doubt")
        self._delivered[reply.id] = None  # (a further copy is one of it: not handed on twice)
        self.metrics.in_doubt.inc()
        log.warning("a reply to group %s may have been sent by a gateway that died: handed to a person", reply.group)

    async def _hand_on(self, tp: TP, offset: int, topic: str, key: bytes | None, value: bytes, what: str) -> None:
        """Write a record in a reply's stead, retrying while the broker is away, then let its offset be
        committed."""
        delay = self._chat.retry_base_s
        while True:
            try:
                await (await self._sink.enqueue([(topic, key, value)]))
                break
            except Exception as e:  # the broker is away: keep the offset uncommitted and try again
                log.warning("%s not written (%s); retrying", what, type(e).__name__)
                await anyio.sleep(delay)
                delay = min(delay * 2, self._chat.retry_max_s)
        po = self._offsets.get(tp)
        if po is not None:  # not revoked meanwhile (the new owner would write it again)
            po.finish(offset)

    # -- sending -------------------------------------------------------------------------------------------

    def _compose(self, robot: Robot) -> tuple[str, list[str], int]:
        """The next message for ``robot``: content, mentions, and how many queued replies it completes."""
        head = robot.queue[0]
        limit = self._chat.max_bytes
        if head.parts is not None or utf8_len(head.line) > limit:
            if head.parts is None:
                head.parts = split_text(head.line, limit)
            last = head.sent_parts + 1 == len(head.parts)
            mentions = list(head.reply.mention) if head.sent_parts == 0 else []  # the first piece carries the @
            return head.parts[head.sent_parts], mentions, 1 if last else 0
        lines: list[str] = []
        for i, p in enumerate(robot.queue):
            if i == _SCAN or utf8_len(p.line) > limit:
                break
            lines.append(p.line)
        n = take_lines(lines, limit)
        mentions = list(dict.fromkeys(m for i in range(n) for m in robot.queue[i].reply.mention))
        return "\n".join(lines[:n]), mentions, n

    async def _drain(self, robot: Robot) -> None:
        """Send ``robot``'s queue, message by message, until it is empty. Runs in the egress's task group."""
        chat = self._chat
        failures = refusals = 0
        try:
            while robot.queue:
                hook = robot.next_hook()
                wait = hook.pacer.wait_s()
                if wait > 0:
                    await anyio.sleep(wait)
                    continue
                if chat.linger_ms and hook.pacer.used >= hook.pacer.burst:  # past the burst
                    await anyio.sleep(chat.linger_ms / 1000)  # the robot is pacing: gather more per message
                content, mentions, completes = self._compose(robot)
                sending = robot.sending = anyio.Event()
                robot.in_flight = max(completes, 1)
                try:
                    outcome = await self._attempt(robot, hook, content, mentions)
                    if outcome == "ok":
                        failures = 0
                        await self._sent(robot, completes)
                        continue
                finally:
                    robot.sending, robot.in_flight = None, 0
                    sending.set()
                if outcome == "rate_limited":
                    hook.pacer.block()
                    continue
                if outcome == "refused":
                    refusals += 1
                    if refusals >= _REFUSALS:  # the platform will never take it: hand it on, free the group
                        refusals = 0
                        await self._refused(robot, max(completes, 1))
                        continue
                failures += 1
                delay = min(chat.retry_base_s * 2 ** (failures - 1), chat.retry_max_s)
                await anyio.sleep(delay * random.uniform(0.5, 1.0))
        finally:
            robot.busy = False
            if robot.tp not in self._offsets and self._robots.get(robot.group) is robot:
                del self._robots[robot.group]  # revoked while sending: if the partition returns, the robot holds

    async def _attempt(self, robot: Robot, hook: Hook, content: str, mentions: list[str]) -> str:
        """Send the message carrying the first ``robot.in_flight`` queued replies, written down around it: its
        outcome (``_send``'s, or "unwritten": the store did not take the ``begin``, nothing was sent)."""
        ids = [p.reply.id for p in islice(robot.queue, robot.in_flight)]
        # Written before the platform is asked (see Deliveries): unwritten, a gateway killed after the send would
        # leave its successor no trace of it, and the successor would send it again.
        if not await self._keep("begin", ids):
            return "unwritten"
        hook.pacer.record()
        outcome = await self._send(robot, hook, content, mentions)
        self.metrics.sends.labels(robot.binding.platform, outcome).inc()
        if outcome not in ("ok", "unsure"):  # not taken, for certain: sending them again is no copy
            await self._keep("abandon", ids)
        return outcome

    async def _sent(self, robot: Robot, completes: int) -> None:
        """A message went out: its replies are delivered, kept as such, then their offsets finished (committed)."""
        robot.sent += 1
        taken = self._delivered_head(robot, completes)
        ids = [p.reply.id for p in taken]
        for attempt in range(_RECORD_TRIES):  # (left begun, a copy read later goes to a person: never twice)
            if await self._keep("record", ids):
                break
            await anyio.sleep(self._chat.retry_base_s * 2 ** attempt)
        for p in taken:
            po = self._offsets.get(p.tp)
            if po is not None:
                po.finish(p.offset)

    async def _refused(self, robot: Robot, count: int) -> None:
        for _ in range(count):
            p = robot.queue.popleft()
            self._queued -= 1
            if p.tp in self._offsets:
                await self._dead(p.tp, p.offset, encode(p.reply), "robot_refused",
                                 f"the {robot.binding.platform} robot of group {robot.group} refused it {_REFUSALS} "
                                 "times")

    async def _keep(self, step: Literal["begin", "abandon", "record"], ids: list[str]) -> bool:
        """Write down beyond this process that a message carrying ``ids`` is about to go (``begin``), was not
        taken (``abandon``) or was delivered (``record``; before their offsets are finished, then committed).
        False when the store did not take it."""
        if self._deliveries is None or not ids:
            return True
        try:
            with anyio.fail_after(self._chat.timeout_s):  # a store that hangs must not hang the robot's sends
                await getattr(self._deliveries, step)(ids)
        except Exception as e:
            self.metrics.store_errors.labels(step).inc()
            log.warning("could not write down %d replies (%s: %s)", len(ids), step, type(e).__name__)
            return False
        return True

    def _delivered_head(self, robot: Robot, completes: int) -> list[_Pending]:
        """Take the replies a message completed off ``robot``'s queue (their offsets are the caller's to finish)."""
        if completes == 0:  # one piece of a long reply went out; more to come
            robot.queue[0].sent_parts += 1
            return []
        now = utcnow()
        taken = []
        for _ in range(completes):
            p = robot.queue.popleft()
            self._queued -= 1
            self._delivered[p.reply.id] = None
            taken.append(p)
            self.delivered += 1
            self.metrics.delivered.labels(robot.binding.platform).inc()
            self.metrics.latency.observe(max(0.0, (now - p.reply.created_at).total_seconds()))
            if self._on_delivered is not None:
                self._on_delivered(p.reply)
        while len(self._delivered) > _DELIVERED_MEMORY:
            self._delivered.popitem(last=False)
        if self._queued < self._chat.max_queued // 2:
            self._room.set()
        return taken

    async def _send(self, robot: Robot, hook: Hook, content: str, mentions: list[str]) -> str:
        """POST one message: "ok"; "rate_limited"; "failed" (no connection, HTTP error, system busy: retried for
        as long as it takes); "unsure" (no answer once the message had left: retried the same way, the one case
        in which the platform may already have shown it); "refused" (an error code the platform gives for this
        message or robot: retried a few times)."""
        if robot.binding.platform == "dingtalk":
            url = dingtalk.signed_url(hook.webhook, hook.secret)
            body = msgspec.json.encode(dingtalk.message(content, mentions))
            limited: frozenset[int] = dingtalk.RATE_LIMITED
        else:
            url = hook.webhook
            body = msgspec.json.encode(wecom.message(content, mentions))
            limited = frozenset({wecom.RATE_LIMITED})
        code = await self._post(robot, url, body)
        if isinstance(code, str):
            return code
        if code == 0:
            return "ok"
        if code in limited:
            log.warning("robot of group %s is over its platform's rate limit (errcode %d)", robot.group, code)
            return "rate_limited"
        if code == -1:  # "system busy": the platform's own trouble, worth waiting out
            return "failed"
        log.warning("robot of group %s refused the message (errcode %d)", robot.group, code)
        return "refused"

    async def _post(self, robot: Robot, url: str, body: bytes) -> int | Literal["failed", "unsure"]:
        """The platform's errcode for the message; "failed" when it cannot have taken it (no connection, an HTTP
        error), "unsure" when the message left and no answer came (a timeout, a dropped connection)."""
        try:
            with anyio.fail_after(self._chat.timeout_s):
                async with self._session.post(url, data=body, headers={"Content-Type": "application/json"},
                                              allow_redirects=False) as r:  # (a 3xx is a failure, not a hop)
                    status, data = r.status, await r.read()
        except (aiohttp.ClientConnectorError, ConnectionRefusedError) as e:
            log.warning("robot of group %s unreachable (%s)", robot.group, type(e).__name__)
            return "failed"
        except (aiohttp.ClientError, TimeoutError, OSError) as e:
            log.warning("robot of group %s did not answer (%s)", robot.group, type(e).__name__)
            return "unsure"
        if status != 200:
            log.warning("robot of group %s answered HTTP %d", robot.group, status)
            return "failed"
        try:
            return int(msgspec.json.decode(data).get("errcode", -1))
        except (msgspec.DecodeError, AttributeError, TypeError, ValueError):
            return "failed"

    # -- committing ----------------------------------------------------------------------------------------

    async def _commit_loop(self) -> None:
        while True:
            await anyio.sleep(1.0)
            try:
                await self._commit()
            except CommitError as e:  # a rebalance under way: the next round commits
                log.debug("commit skipped: %s", e)

    async def _commit(self, only: set[TP] | None = None) -> None:
        offsets: dict[TP, Committed] = {}
        for tp, po in self._offsets.items():
            if only is not None and tp not in only:
                continue
            point = po.commit_point()
            if point is not None and point > self._committed.get(tp, -1):
                offsets[tp] = Committed(point)
        if offsets and self._consumer is not None:
            await self._consumer.commit(offsets)
            for tp, c in offsets.items():
                self._committed[tp] = c.offset

    async def on_revoked(self, tps: set[TP]) -> None:
        """Partitions taken away: let the messages on their way finish and be written down (else their new owner
        reads them again while they go out, and sends them twice), commit what was delivered, and leave the rest
        to the new owner."""
        self._drop(tps)  # nothing of theirs is composed from now on, but for what is on its way
        on_the_way = [r.sending for r in self._robots.values() if r.tp in tps and r.sending is not None]
        # (within the group's rebalance timeout: past it, this member would be evicted and its commit refused)
        with anyio.move_on_after(min(self._chat.timeout_s, self._settings.kafka.session_timeout_ms / 2000)):
            for event in on_the_way:
                await event.wait()
        try:
            await self._commit(tps)
        except CommitError as e:
            log.warning("commit on revocation failed (%s): their replies may be sent again", e)
        for tp in tps:
            po = self._offsets.pop(tp, None)
            if po is not None:
                po.revoked = True
            self._committed.pop(tp, None)
        self._drop(tps)  # a message still on its way goes out anyway (at-least-once)
        for group, robot in list(self._robots.items()):
            if robot.tp in tps and not robot.busy:
                del self._robots[group]  # its sends from now on are the new owner's; if it comes back, it holds

    def _drop(self, tps: set[TP]) -> None:
        """Forget the queued replies of ``tps`` (their new owner reads them again from the committed offset), but
        for those a message on its way carries."""
        for robot in self._robots.values():
            keep = deque(p for i, p in enumerate(robot.queue) if p.tp not in tps or i < robot.in_flight)
            self._queued -= len(robot.queue) - len(keep)
            robot.queue = keep

    async def on_assigned(self, tps: set[TP], committed: Mapping[TP, Committed]) -> None:
        now = time.monotonic()
        for tp in tps:
            self._assigned_at[tp] = now
