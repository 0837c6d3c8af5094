"""Which of the waybills a message names the merchant may act on: those shipped under the merchant's own customer
account, as the carrier's tracking says. The others get a clear reply and no operation is ever sent for them.

Every waybill is tracked at its carrier (batched with everyone else's). A parcel's account never changes, so an
owner once seen is remembered (a bounded cache) and that waybill is not tracked again unless its state is wanted.
"""

from __future__ import annotations

import logging

from handlers.base import Context, Outcome, Parcel, carrier_trouble, idempotency_key, results_of
from handlers.metrics import ServiceMetrics
from router.carrier.model import Item, ItemResult, Op
from router.contracts import MerchantRequest
from router.directory import MerchantEntry
from router.parsing.parser import ParsedRequest

log = logging.getLogger("kefu.service")

OWNER_CACHE = 200_000  # remembered parcel owners (a few MB)
NOT_YOURS = "{w} 不是您账户下的运单，无法操作，请核对单号"
NOT_FOUND = "{w} 未查到该运单，请核对单号"
NOT_CONNECTED = "{w} 暂不支持该快递公司自动处理，已转人工"


class Ownership:
    def __init__(self, ctx: Context, metrics: ServiceMetrics) -> None:
        self.ctx = ctx
        self.metrics = metrics
        self._owners: dict[tuple[str, str], str] = {}  # (carrier, waybill) → the account it was shipped under

    def __repr__(self) -> str:
        return f"<Ownership remembered={len(self._owners)}>"

    async def owned(
        self, request: MerchantRequest, entry: MerchantEntry, parsed: list[ParsedRequest], out: Outcome
    ) -> dict[str, Parcel]:
        """Track every waybill once; keep those shipped under the merchant's account, answer the others."""
        answers = await self._tracked(request, parsed, out)
        owned: dict[str, Parcel] = {}
        failed: list[tuple[Parcel, ItemResult]] = []
        foreign = 0
        for w, c, r in answers:
            if isinstance(r, ItemResult) and not r.ok:
                if r.code == "not_found":
                    out.say(NOT_FOUND, w)
                    self.metrics.by_refusal("not_found").inc()
                else:
                    failed.append((Parcel(w, c, ""), r))
                continue
            data = r.data if isinstance(r, ItemResult) else {"customer": r}
            owner = str(data.get("customer", ""))
            if isinstance(r, ItemResult):
                self._remember(c, w, owner)
            if owner == entry.customer:
                owned[w] = Parcel(w, c, str(data.get("state", "")), str(data.get("intercept", "")))
            else:
                foreign += 1
                out.say(NOT_YOURS, w)
                self.metrics.by_refusal("not_owner").inc()
        if foreign:  # worth an operator's eye: a merchant asking about parcels of another account
            log.warning("merchant %s named %d waybills of another customer account; refused", request.merchant,
                        foreign)
        carrier_trouble(self.ctx, request, "track", out, failed)
        return owned

    async def _tracked(self, request: MerchantRequest, parsed: list[ParsedRequest], out: Outcome
                       ) -> list[tuple[str, str, ItemResult | str]]:
        """(waybill, carrier, the carrier's answer or the remembered owner) for every waybill of a connected
        carrier; the others are answered here. A parcel's account never changes, so a waybill whose owner is
        remembered is not tracked again unless its state is wanted (a ``track`` request): one carrier round trip
        instead of two for parcels seen before."""
        wanted: dict[str, str] = {}
        need_state: set[str] = set()
        for pr in parsed:
            for w in pr.waybills:
                wanted.setdefault(w, pr.carrier or "")
                if pr.intent == "track":
                    need_state.add(w)
        unsupported = [w for w, c in wanted.items() if not self.ctx.carriers(request).supports(c)]
        if unsupported:
            for w in unsupported:
                out.say(NOT_CONNECTED, w)
                self.metrics.by_refusal("carrier_not_connected").inc()
            out.escalations.append(self.ctx.escalate(request, "carrier_not_connected", "carrier",
                                                     waybills=",".join(unsupported)))
        todo: list[tuple[str, str]] = []
        known: list[tuple[str, str, str]] = []  # (waybill, carrier, remembered owner)
        for w, c in wanted.items():
            if w in unsupported:
                continue
            owner = self._owners.get((c, w))
            if owner is not None and w not in need_state:
                known.append((w, c, owner))
            else:
                todo.append((w, c))
        since = request.received_at.timestamp()
        tracked = await results_of([
            self.ctx.accounts.submit(request.outlet, c, Op.TRACK,
                                     Item(key=idempotency_key(request.id, "track", w), waybill=w), since)
            for w, c in todo
        ])
        return [*((w, c, r) for (w, c), r in zip(todo, tracked, strict=True)), *known]

    def _remember(self, carrier: str, waybill: str, owner: str) -> None:
        if len(self._owners) >= OWNER_CACHE:  # bounded: forget the oldest half
            for k in list(self._owners)[: OWNER_CACHE // 2]:
                del self._owners[k]
        self._owners[(carrier, waybill)] = owner
