"""One message to a group's robot: written down around it, POSTed, and its outcome told in the words the egress
retries by.

``Poster.attempt`` writes the send down as begun (``begin``, see ``Deliveries``) before the platform is asked, so a
gateway killed after the send leaves its successor a trace (its replies are in doubt, never sent twice); a send the
store would not take down is not made ("unwritten"). The outcome decides what the egress does next
(``router.chat.egress``): "ok" (its replies are delivered), "rate_limited" (the robot waits out its window),
"failed" (the platform cannot have taken it: retried with backoff for as long as it takes), "unsure" (it left and
no answer came: retried the same way, the one case in which the platform may already have shown it) and "refused"
(an error code for this message or robot: retried a few times, then dead-lettered); "taken" (another gateway
announced some of its replies first: nothing was sent, and those are in doubt). A send of any outcome but "ok"
and "unsure" is taken back (``abandon``): so a refused connection and a timeout are kept apart, the one never
shown, the other perhaps shown. Redirects are never followed (see ``router.chat.webhooks``). A POST is bounded by
``chat.timeout_s``; cancelled, it raises and leaves no outcome (the send stays begun).
"""

from __future__ import annotations

import logging
from itertools import islice
from typing import Literal

import aiohttp
import anyio
import msgspec

from router.chat import dingtalk, wecom
from router.chat.ledger import DeliveryLedger
from router.chat.metrics import ChatMetrics
from router.chat.robots import Hook, Robot
from router.config import ChatSettings

log = logging.getLogger("kefu.chat.egress")  # (the egress's own log: these are its sends)


class Poster:
    """Sends the egress's messages, each written down around it in the ledger (``attempt``)."""

    def __init__(self, session: aiohttp.ClientSession, chat: ChatSettings, ledger: DeliveryLedger,
                 metrics: ChatMetrics) -> None:
        self._session = session
        self._chat = chat
        self._ledger = ledger
        self.metrics = metrics

    def __repr__(self) -> str:
        return f"<Poster timeout_s={self._chat.timeout_s}>"

    async def attempt(self, robot: Robot, hook: Hook, content: str, mentions: list[str]) -> str:
        """Send the message carrying the first ``robot.in_flight`` queued replies, written down around it: its
        outcome (``_send``'s, or "unwritten": the store did not take the ``begin``, nothing was sent)."""
        ids = [p.reply.id for p in islice(robot.queue, robot.in_flight)]
        # Written before the platform is asked (see Deliveries): unwritten, a gateway killed after the send would
        # leave its successor no trace of it, and the successor would send it again.
        theirs = await self._ledger.claim(ids)
        if theirs is None:
            return "unwritten"
        if theirs:  # another gateway is sending (or sent) some of them: in doubt; the rest are sent later
            await self._ledger.keep("abandon", [i for i in ids if i not in theirs])
            robot.taken = theirs
            return "taken"
        hook.pacer.record()
        outcome = await self._send(robot, hook, content, mentions)
        self.metrics.sends.labels(robot.binding.platform, outcome).inc()
        # Not taken, for certain: sending them again is no copy; unless earlier parts of this reply were shown,
        # when a successor sending it whole would repeat them (announced, it is in doubt for a successor)
        if outcome not in ("ok", "unsure") and not robot.queue[0].sent_parts:
            await self._ledger.keep("abandon", ids)
        return outcome

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
