"""The egress's account of which replies were delivered: remembered in this process, and asked of and written down
in the store of deliveries (``Deliveries``) that outlives it.

Kept apart from the sending so that the store's rules stay in one place: nothing is sent while the store cannot say
which replies of a fetch were delivered (``delivered_before`` asks again, with backoff, for as long as it takes:
the replies wait in Kafka), and every write is bounded by ``chat.timeout_s``, so a store that hangs delays a
robot's sends instead of hanging them; a write that fails says so (``keep`` is False) and the caller decides. The
ids remembered in memory are bounded (``forget_oldest``): a copy read after its id was forgotten is caught by the
store, or, with none, sent again (at-least-once).
"""

from __future__ import annotations

import logging
import random
from collections import OrderedDict
from collections.abc import Sequence
from typing import Literal

import anyio
import msgspec

from router.chat.deliveries import Deliveries
from router.chat.metrics import ChatMetrics
from router.config import ChatSettings
from router.source import Record

log = logging.getLogger("kefu.chat.egress")  # (the egress's own log: these are its deliveries)

_DELIVERED_MEMORY = 200_000  # reply ids remembered as delivered, to skip redelivered copies


class _Id(msgspec.Struct):
    id: str


_id_decoder = msgspec.json.Decoder(_Id)  # a reply's id alone, to ask which of a fetch were delivered


class DeliveryLedger:
    """The replies delivered: ``memory`` (this process's, oldest first) and the store (None: memory only)."""

    def __init__(self, deliveries: Deliveries | None, chat: ChatSettings, metrics: ChatMetrics) -> None:
        self._deliveries = deliveries
        self._chat = chat
        self.metrics = metrics
        self.memory: OrderedDict[str, None] = OrderedDict()
        self.announced: set[str] = set()  # replies this process announced and has not recorded nor taken back

    def __repr__(self) -> str:
        return f"<DeliveryLedger remembered={len(self.memory)} store={self._deliveries!r}>"

    async def delivered_before(self, records: Sequence[Record]) -> tuple[set[str], set[str]]:
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
                continue  # (dead-lettered by the egress's _accept)
            if rid not in self.memory:
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

    async def claim(self, ids: list[str]) -> set[str] | None:
        """Announce a send of ``ids`` (``begin``): those another process announced first (theirs to send: none
        when there is no store), or None when the store did not take it (nothing may be sent)."""
        if self._deliveries is None or not ids:
            return set()
        try:
            with anyio.fail_after(self._chat.timeout_s):
                new = await self._deliveries.begin(ids)
        except Exception as e:  # (it may have been written all the same: taken as ours, never as another's)
            self.announced.update(ids)
            self.metrics.store_errors.labels("begin").inc()
            log.warning("could not write down %d replies (begin: %s)", len(ids), type(e).__name__)
            return None
        self.announced |= new
        return {i for i in ids if i not in new and i not in self.announced}

    async def keep(self, step: Literal["abandon", "record"], ids: list[str]) -> bool:
        """Write down beyond this process that a message carrying ``ids`` was not taken (``abandon``) or was
        delivered (``record``; before their offsets are finished, then committed). False when the store did not
        take it."""
        if self._deliveries is None or not ids:
            return True
        try:
            with anyio.fail_after(self._chat.timeout_s):  # a store that hangs must not hang the robot's sends
                await getattr(self._deliveries, step)(ids)
        except Exception as e:  # (still announced, and still ours: a retry of them is no other gateway's)
            self.metrics.store_errors.labels(step).inc()
            log.warning("could not write down %d replies (%s: %s)", len(ids), step, type(e).__name__)
            return False
        self.announced.difference_update(ids)  # (settled: a later announcement of them is a new one)
        return True

    def forget_oldest(self) -> None:
        """Keep ``memory`` within its bound, forgetting the replies delivered longest ago."""
        while len(self.memory) > _DELIVERED_MEMORY:
            self.memory.popitem(last=False)
