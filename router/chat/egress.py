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

Here: consuming, each group's sending loop, committing and rebalances. A group's queue and composing its messages
are in ``robots``, one message's send in ``posting``, the replies delivered in ``ledger``, and the replies written
elsewhere in their stead (dead letters, replies in doubt) in ``diversions``.
"""

from __future__ import annotations

import logging
import random
import time
from collections import deque
from collections.abc import Callable, Mapping

import aiohttp
import anyio
import msgspec
from anyio.abc import TaskGroup, TaskStatus

from router.chat.deliveries import Deliveries
from router.chat.diversions import Diversions, refusal_of
from router.chat.ledger import DeliveryLedger
from router.chat.metrics import ChatMetrics
from router.chat.pacing import Pacer
from router.chat.posting import Poster
from router.chat.robots import Hook, Robot, _Pending, compose, render
from router.config import QUIET_FETCH_WAIT_MS, ChatGroup, Settings, StaffGroup
from router.contracts import Reply, decode_as, encode, utcnow
from router.errors import CommitError, TransportError
from router.kafka import KafkaSource
from router.offsets import PartitionOffsets
from router.outlets import Network
from router.source import TP, Committed, Sink, Source

# (Hook, Robot, _Pending and render live in robots; importable from here too, where callers and tests find them)
__all__ = ["Egress", "Hook", "Robot", "_Pending", "render", "topics_read"]

log = logging.getLogger("kefu.chat.egress")

_REFUSALS = 5  # a message the platform refuses this many times (bad format, bad key) goes to the dead letters
_RECORD_TRIES = 3  # writing down a delivery, before leaving its replies begun (in doubt to a later reader)


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
        self._network = network if network is not None else Network.one(
            groups=groups, staff_groups=settings.chat.staff_groups, staff=settings.chat.staff)
        self._settings = settings
        self._on_delivered = on_delivered  # told of each reply the platform accepted (the demo times them)
        self._chat = settings.chat
        self._groups: dict[str, ChatGroup | StaffGroup] = {**self._network.robots(), **groups}
        self.metrics = metrics or ChatMetrics()
        self._robots: dict[str, Robot] = {}
        self._offsets: dict[TP, PartitionOffsets] = {}
        self._committed: dict[TP, int] = {}
        self._ledger = DeliveryLedger(deliveries, self._chat, self.metrics)
        # (given the offsets themselves: it finishes those of the records it writes in a reply's stead)
        self._diversions = Diversions(settings, sink, self.metrics, self._offsets, self._ledger)
        self._poster = Poster(session, self._chat, self._ledger, self.metrics)
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
                    done, doubt = await self._ledger.delivered_before(records)
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
            await self._diversions.dead(tp, offset, value, "undecodable_reply", str(e))
            return
        if self._repeated(reply, done):
            po.finish(offset)  # a copy of one delivered, or waiting for its robot (whose offset holds the commit)
            self.metrics.repeated.inc()
            return
        if reply.id in doubt:
            await self._diversions.in_doubt(tp, offset, reply)
            return
        refused = refusal_of(reply, self._network, self._groups, self._robots, self._chat.webhook_hosts)
        if refused is not None:
            await self._diversions.dead(tp, offset, value, *refused)
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
        if reply.id in self._ledger.memory or reply.id in done:
            return True
        robot = self._robots.get(reply.group)
        return robot is not None and any(p.reply.id == reply.id for p in robot.queue)

    # -- sending -------------------------------------------------------------------------------------------

    def _compose(self, robot: Robot) -> tuple[str, list[str], int]:
        """The next message for ``robot``: content, mentions, and how many queued replies it completes."""
        return compose(robot, self._chat.max_bytes)

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
                    outcome = await self._poster.attempt(robot, hook, content, mentions)
                    if outcome == "ok":
                        failures = 0
                        await self._sent(robot, completes)
                        continue
                    if outcome == "taken":
                        await self._leave(robot)
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

    async def _sent(self, robot: Robot, completes: int) -> None:
        """A message went out: its replies are delivered, kept as such, then their offsets finished (committed)."""
        robot.sent += 1
        taken = self._delivered_head(robot, completes)
        ids = [p.reply.id for p in taken]
        for attempt in range(_RECORD_TRIES):  # (left begun, a copy read later goes to a person: never twice)
            if await self._ledger.keep("record", ids):
                break
            await anyio.sleep(self._chat.retry_base_s * 2 ** attempt)
        for p in taken:
            po = self._offsets.get(p.tp)
            if po is not None:
                po.finish(p.offset)

    async def _leave(self, robot: Robot) -> None:
        """Replies another gateway announced first (``robot.taken``): it held them too (evicted from the group and
        not told yet, or the partition's new owner). Which of the two sends them cannot be known from here (the
        other may fail, or die), so they are in doubt: a person looks, as for a gateway that died sending them;
        sent again from here, the merchant could see them twice."""
        taken, robot.taken = robot.taken, set()
        left = [p for p in robot.queue if p.reply.id in taken]
        robot.queue = deque(p for p in robot.queue if p.reply.id not in taken)
        self._queued -= len(left)
        log.warning("%d replies to group %s were announced by another gateway first: handed to a person",
                    len(left), robot.group)
        for p in left:
            await self._diversions.in_doubt(p.tp, p.offset, p.reply)

    async def _refused(self, robot: Robot, count: int) -> None:
        for _ in range(count):
            p = robot.queue.popleft()
            self._queued -= 1
            if p.tp in self._offsets:
                await self._diversions.dead(
                    p.tp, p.offset, encode(p.reply), "robot_refused",
                    f"the {robot.binding.platform} robot of group {robot.group} refused it {_REFUSALS} times")

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
            self._ledger.memory[p.reply.id] = None
            taken.append(p)
            self.delivered += 1
            self.metrics.delivered.labels(robot.binding.platform).inc()
            self.metrics.latency.observe(max(0.0, (now - p.reply.created_at).total_seconds()))
            if self._on_delivered is not None:
                self._on_delivered(p.reply)
        self._ledger.forget_oldest()
        if self._queued < self._chat.max_queued // 2:
            self._room.set()
        return taken

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
