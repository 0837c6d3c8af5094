"""Group messages over HTTP → merchant requests on Kafka (``topics.requests``, keyed by merchant).

Endpoints:

- ``GET /wecom/callback`` — WeCom URL verification: the decrypted ``echostr``, or 401.
- ``POST /wecom/callback`` — a WeCom smart-robot callback (encrypted JSON, ``msg_signature`` in the query).
- ``POST /dingtalk/callback`` — a DingTalk robot callback (``timestamp`` and ``sign`` headers).
- ``POST /api/messages`` — other sources: ``{"id", "group", "sender", "text"}`` with ``Authorization: Bearer
  <token>``, each integration's token limited to its groups (``router.chat.api_auth``; 404 while none is
  configured). The request id is ``api-<length of group>-<group>-<id>``: two groups' ids never meet;
  ``id`` at most 128 characters.
- ``GET /healthz``.

Answers: 200 only after the broker acknowledged the request, so nothing accepted is lost (a platform that gets no
200 sends again; the request id is the platform's message id, so a repeat is the same request to the router).
401: bad or missing signature, a timestamp outside ``chat.callback_window_s``, a signature taken already (a replay:
``router.chat.replays``), a DingTalk callback for another robot, an API token of no integration. 403: a group not
bound to a merchant (``chat.groups``), with what to add, or not among an API token's groups. 400: a body that is
not the platform's format, an API id over 128 characters. 413: a message over the size limit. 503: the broker did
not acknowledge, or the store of signatures taken could not be asked. Non-text messages (images, events) are
answered 200 and ignored. No message text is logged.
"""

from __future__ import annotations

import logging
import time

import anyio
import msgspec
from aiohttp import web

from router.chat import dingtalk, replays, wecom
from router.chat.api_auth import ApiAuth
from router.chat.metrics import ChatMetrics
from router.chat.replays import ReplayGuard
from router.config import ChatGroup, ChatPlatform, Settings
from router.contracts import MerchantRequest, StaffMessage, encode, utcnow
from router.outlets import Network
from router.source import Sink

log = logging.getLogger("kefu.chat.ingress")

MAX_TEXT = 64 * 1024  # the request contract's limit
MAX_API_ID = 128  # a JSON API source's message id (in the request id, at most 256 characters)


class ApiMessage(msgspec.Struct, kw_only=True):
    id: str = msgspec.field(default="")  # the source's message id; give one so a retry is not a second request
    group: str
    sender: str
    text: str


_api_decoder = msgspec.json.Decoder(ApiMessage)


class Ingress:
    def __init__(self, settings: Settings, groups: dict[str, ChatGroup], sink: Sink,
                 metrics: ChatMetrics | None = None, network: Network | None = None,
                 replays: ReplayGuard | None = None) -> None:
        """``network``: the outlets ``groups`` belong to (by default one outlet of them all); each request names
        its group's outlet. ``replays``: the signatures taken (the gateway's is in the ticket store); None checks
        timestamps only (tests of other things)."""
        c = settings.chat
        self._replays = replays
        self._in_flight: set[str] = set()  # signatures being taken now
        self._window_s = c.callback_window_s
        self._robot_code = c.dingtalk_robot_code
        self._network = network if network is not None else Network.one(
            groups=groups, staff_groups=c.staff_groups, staff=c.staff)
        self._topic = settings.topics.requests
        self._staff_topic = settings.topics.staff_messages
        self._groups = groups
        self._sink = sink
        self._api = ApiAuth.from_settings(c)
        self._dingtalk_secret = c.dingtalk_app_secret
        self._wecom = wecom.WeComCrypto(c.wecom_token, c.wecom_aes_key) if c.wecom_aes_key else None
        self.metrics = metrics or ChatMetrics()
        self._seq = 0

    def __repr__(self) -> str:
        return f"<Ingress topic={self._topic} groups={len(self._groups)} wecom={self._wecom is not None}>"

    def use_network(self, network: Network) -> None:
        """Outlets changed while it runs: messages from now on are bound by the new groups."""
        self._network, self._groups = network, network.bindings()

    def app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_TEXT * 4)
        app.router.add_get("/wecom/callback", self.wecom_verify)
        app.router.add_post("/wecom/callback", self.wecom_message)
        app.router.add_post("/dingtalk/callback", self.dingtalk_message)
        app.router.add_post("/api/messages", self.api_message)
        app.router.add_get("/healthz", self._health)
        return app

    async def _health(self, _request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    def _refuse(self, platform: str, outcome: str, status: int, error: str) -> web.Response:
        self.metrics.ingress.labels(platform, outcome).inc()
        return web.json_response({"error": error}, status=status)

    async def take_stream(self, body: bytes) -> int:
        """A robot message of DingTalk's Stream mode (the body DingTalk's HTTP callback would carry; the connection
        is authenticated by the AppSecret, the message has no signature of its own): read and published as a
        verified callback is, counted the same way; returns the status the callback path would answer (below 500:
        done with, whether taken or not)."""
        read = self._dingtalk_read(body)
        if isinstance(read, web.Response):
            return read.status
        return (await self._publish("dingtalk", *read)).status

    def _dingtalk_read(self, body: bytes) -> tuple[str, str, str, str] | web.Response:
        """A DingTalk robot message to take, as (message id, group, sender, text); or the answer to one not taken
        (counted): unreadable, another robot's, not text."""
        try:
            cb = dingtalk.callback_decoder.decode(body)
        except (msgspec.DecodeError, UnicodeDecodeError) as e:
            return self._refuse("dingtalk", "bad_request", 400, f"not a robot message: {e}")
        if self._robot_code and cb.robot_code != self._robot_code:
            return self._refuse("dingtalk", "other_robot", 401, "a message for another robot "
                                "(chat.dingtalk_robot_code)")
        if cb.msgtype != "text" or cb.text is None:
            self.metrics.ingress.labels("dingtalk", "ignored").inc()
            return web.json_response({})
        return cb.msg_id, cb.conversation_id, cb.sender_staff_id or cb.sender_id, cb.text.content

    async def _publish(self, platform: ChatPlatform, msg_id: str, group: str, sender: str, text: str
                       ) -> web.Response:
        if (staff := self._network.staff_group(group)) is not None:
            if platform == "api" or staff[1].platform not in ("api", platform):
                # (the JSON API names any sender it likes: it never speaks as staff)
                return self._refuse(platform, "not_staff_platform", 403,
                                    f"group {group!r} is a staff group: its messages come from its own platform")
            return await self._staff_message(platform, msg_id, group, sender, text, staff[0])
        binding = self._groups.get(group)
        if binding is None or binding.platform != platform:
            return self._refuse(platform, "unknown_group", 403,
                                f"group {group!r} is not bound to a merchant for {platform}: add it to "
                                "[chat.groups] (or the chat.groups_path file) with its merchant")
        if len(text) > MAX_TEXT:
            return self._refuse(platform, "too_large", 413, f"message over {MAX_TEXT} characters")
        # the JSON API's ids are its sources' own: two groups' "7" are two requests (the group's length first, so
        # that no group and id run into another's: "a-b" + "1" and "a" + "b-1")
        rid = f"{platform}-{len(group)}-{group}-{msg_id}" if platform == "api" else f"{platform}-{msg_id}"
        outlet = ""
        if not self._network.single:  # a network: ids of their own per outlet
            outlet = self._network.outlet_of_group(group) or ""
            rid = f"{outlet}:{rid}"
        request = MerchantRequest(
            id=rid[:256], merchant=binding.merchant, group=group, sender=sender[:256] or "unknown",
            platform=platform, text=text, received_at=utcnow(), outlet=outlet,
        )
        refused = await self._put(platform, self._topic, binding.merchant, encode(request))
        if refused is not None:
            return refused
        self.metrics.ingress.labels(platform, "accepted").inc()
        return web.json_response({"ok": True, "request_id": request.id})

    async def _put(self, platform: ChatPlatform, topic: str, key: str, value: bytes) -> web.Response | None:
        """Publish one record and wait for the broker; the 503 to answer when it did not take it (the platform
        sends the message again), else None."""
        try:
            acked = await self._sink.enqueue([(topic, key.encode(), value)])
            await acked
        except Exception as e:  # TransportError or the broker's own: the platform will send it again
            log.warning("could not publish a %s message to %s (%s); answering 503", platform, topic,
                        type(e).__name__)
            return self._refuse(platform, "unavailable", 503, "try again")
        return None

    async def _staff_message(self, platform: ChatPlatform, msg_id: str, group: str, sender: str, text: str,
                             outlet: str) -> web.Response:
        """A message of an outlet's staff group: for the staff desk (answers, claims, hand-ons), never a request."""
        if len(text) > MAX_TEXT:
            return self._refuse(platform, "too_large", 413, f"message over {MAX_TEXT} characters")
        mid = f"{platform}-{msg_id}" if self._network.single else f"{outlet}:{platform}-{msg_id}"
        message = StaffMessage(id=mid[:256], group=group, sender=sender[:256] or "unknown",
                               platform=platform, text=text, received_at=utcnow(),
                               outlet="" if self._network.single else outlet)
        refused = await self._put(platform, self._staff_topic, group, encode(message))
        if refused is not None:
            return refused
        self.metrics.ingress.labels(platform, "staff").inc()
        return web.json_response({"ok": True, "staff_message": message.id})

    async def _take(self, platform: ChatPlatform, signature: str, msg_id: str, group: str, sender: str, text: str
                    ) -> web.Response:
        """A verified callback: refused when its signature was taken already, else published. A repeat that
        comes while the first is still being published (the broker slow to acknowledge, the platform's retry
        quicker) is told to try again, not refused; a callback not taken after all (503, or cancelled) has its
        signature forgotten again, so that the platform's repeat passes."""
        if self._replays is None:
            return await self._publish(platform, msg_id, group, sender, text)
        key = f"{platform}:{signature}"
        if key in self._in_flight:
            return self._refuse(platform, "unavailable", 503, "the same callback is being taken: try again")
        self._in_flight.add(key)
        taken = False
        try:
            try:
                with anyio.fail_after(self._window_s / 10):  # a store that hangs: the platform tries again
                    first = await self._replays.first(platform, signature)
            except Exception as e:
                log.warning("could not check a %s callback for replay (%s); answering 503", platform,
                            type(e).__name__)
                taken = True  # (nothing to forget)
                return self._refuse(platform, "unavailable", 503, "try again")
            if not first:
                taken = True
                return self._refuse(platform, "replayed", 401, "this callback was taken already")
            response = await self._publish(platform, msg_id, group, sender, text)
            taken = response.status != 503
            return response
        finally:
            self._in_flight.discard(key)
            if not taken:
                await self._forget(platform, signature)

    async def _forget(self, platform: str, signature: str) -> None:
        assert self._replays is not None
        with anyio.CancelScope(shield=True):
            try:
                with anyio.fail_after(self._window_s / 10):
                    await self._replays.forget(platform, signature)
            except Exception as e:  # its repeat is refused as a replay: the message is lost unless sent again
                log.error("could not forget a %s callback not taken (%s)", platform, type(e).__name__)

    # -- WeCom ---------------------------------------------------------------------------------------------

    def _wecom_query(self, request: web.Request) -> tuple[str, str, str] | None:
        q = request.query
        sig, ts, nonce = q.get("msg_signature", ""), q.get("timestamp", ""), q.get("nonce", "")
        return (sig, ts, nonce) if sig and ts and nonce else None

    async def wecom_verify(self, request: web.Request) -> web.Response:
        query = self._wecom_query(request)
        echostr = request.query.get("echostr", "")
        if self._wecom is None:
            return self._refuse("wecom", "not_configured", 404, "WeCom is not configured (chat.wecom_token)")
        if query is None or not echostr:
            return self._refuse("wecom", "bad_signature", 401, "msg_signature, timestamp, nonce, echostr needed")
        try:
            plain = self._wecom.verify_url(*query, echostr)
        except (wecom.SignatureError, wecom.CryptoError) as e:
            return self._refuse("wecom", "bad_signature", 401, str(e))
        stale = self._wecom_stale(query[1])
        if stale is not None:
            return stale
        self.metrics.ingress.labels("wecom", "url_verified").inc()
        return web.Response(text=plain)

    async def wecom_message(self, request: web.Request) -> web.Response:
        if self._wecom is None:
            return self._refuse("wecom", "not_configured", 404, "WeCom is not configured (chat.wecom_token)")
        plain = await self._wecom_plain(request, self._wecom)
        if isinstance(plain, web.Response):
            return plain  # refused
        try:
            cb = wecom.callback_decoder.decode(plain)
        except (msgspec.DecodeError, UnicodeDecodeError) as e:
            return self._refuse("wecom", "bad_request", 400, f"not a smart-robot message: {e}")
        if cb.msgtype != "text" or cb.text is None:
            self.metrics.ingress.labels("wecom", "ignored").inc()
            return web.Response(text="")  # images, events: nothing for the router
        group = cb.chatid or f"user:{cb.sender.userid}"
        signature = self._wecom_query(request)
        assert signature is not None  # (verified above)
        return await self._take("wecom", signature[0], cb.msgid, group, cb.sender.userid, cb.text.content)

    def _wecom_stale(self, timestamp: str) -> web.Response | None:
        """The refusal of a callback signed too long ago (or ahead) for ``chat.callback_window_s``."""
        if timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12 and replays.fresh(
                int(timestamp), self._window_s):
            return None
        return self._refuse("wecom", "bad_signature", 401, f"timestamp more than {self._window_s:g} s away")

    async def _wecom_plain(self, request: web.Request, crypto: wecom.WeComCrypto) -> str | web.Response:
        """The callback's decrypted body, once its signature and timestamp are verified; else the refusal."""
        query = self._wecom_query(request)
        if query is None:
            return self._refuse("wecom", "bad_signature", 401, "msg_signature, timestamp and nonce are required")
        try:
            envelope = wecom.envelope_decoder.decode(await request.read())
        except (msgspec.DecodeError, UnicodeDecodeError):
            return self._refuse("wecom", "bad_request", 400, 'body must be {"encrypt": "..."}')
        try:
            crypto.verify(*query, envelope.encrypt)
        except wecom.SignatureError as e:
            return self._refuse("wecom", "bad_signature", 401, str(e))
        stale = self._wecom_stale(query[1])
        if stale is not None:
            return stale
        try:
            return crypto.decrypt(envelope.encrypt)
        except wecom.CryptoError as e:
            return self._refuse("wecom", "bad_signature", 401, str(e))

    # -- DingTalk ------------------------------------------------------------------------------------------

    async def dingtalk_message(self, request: web.Request) -> web.Response:
        if not self._dingtalk_secret:
            return self._refuse("dingtalk", "not_configured", 404, "DingTalk is not configured "
                                "(chat.dingtalk_app_secret)")
        signature = request.headers.get("sign", "")
        try:
            dingtalk.verify(request.headers.get("timestamp", ""), signature, self._dingtalk_secret,
                            window_ms=self._window_s * 1000)
        except dingtalk.SignatureError as e:
            return self._refuse("dingtalk", "bad_signature", 401, str(e))
        read = self._dingtalk_read(await request.read())
        if isinstance(read, web.Response):
            return read
        # The sign covers the timestamp alone, and two callbacks of one millisecond share it: each message id is
        # taken once with it (a captured sign can carry another message only within the window).
        return await self._take("dingtalk", f"{signature}:{read[0]}", *read)

    # -- plain JSON ----------------------------------------------------------------------------------------

    async def api_message(self, request: web.Request) -> web.Response:
        if not self._api.enabled:
            return self._refuse("api", "not_configured", 404, "the JSON API is off (set chat.api_sources)")
        source = self._api.source_of(request.headers.get("Authorization", ""))
        if source is None:
            return self._refuse("api", "bad_signature", 401, "Authorization: Bearer <the integration's token> "
                                "required")
        try:
            msg = _api_decoder.decode(await request.read())
        except (msgspec.DecodeError, UnicodeDecodeError) as e:
            return self._refuse("api", "bad_request", 400, f'body must be {{"id", "group", "sender", "text"}}: {e}')
        if len(msg.id) > MAX_API_ID:
            return self._refuse("api", "bad_request", 400, f"id over {MAX_API_ID} characters")
        if not self._api.may_post(source, msg.group):
            return self._refuse("api", "forbidden_group", 403, f"the token of {source!r} may not post for group "
                                f"{msg.group[:64]!r}: add it to chat.api_sources.{source}.groups")
        msg_id = msg.id
        if not msg_id:  # without the source's id a retry would be a second request
            self._seq += 1
            msg_id = f"{time.time_ns()}-{self._seq}"
        return await self._publish("api", msg_id, msg.group, msg.sender, msg.text)

