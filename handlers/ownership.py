"""Which of the waybills a message names the merchant may act on: those shipped under the merchant's own customer
account, as the carrier's tracking says (the generic protocol) or as the outlet's pickup records say
(``carrier.ownership = "shipments"``, router.shipments: the carriers' real platforms do not say it; a waybill
without a record is tracked, so that a number the carrier does not know is answered "未查到" as a typing slip,
and one it knows goes to a person). The others get a clear reply and no operation is ever sent for them.

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

# the intents whose handler needs the parcel's state (tracked even when its owner is known): 查件; and with the
# pickup records (the real protocols), those filed as a carrier's ticket by the state: an urge, refused for a
# parcel delivered or not picked up (ZTO's incidents file whatever the state; the generic protocol's urge refuses
# itself), and a parcel signed for but not received, filed only when it was signed for (handlers.person)
STATE_WANTED = frozenset({"track"})
STATE_WANTED_WITH_RECORDS = frozenset({"track", "urge", "verify_delivery"})
OWNER_CACHE = 200_000  # remembered parcel owners (a few MB)
NOT_YOURS = "{w} 不是您账户下的运单，无法操作，请核对单号"
NOT_FOUND = "{w} 未查到该运单，请核对单号"
NOT_CONNECTED = "{w} 暂不支持该快递公司自动处理，已转人工"
OWNER_UNKNOWN = "{w} 暂未查到本网点的揽收记录，已转人工核实"


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
        """Track every waybill once (or look its owner up in the outlet's pickup records); keep those shipped
        under the merchant's account, answer the others."""
        answers = await self._tracked(request, parsed, out)
        owned: dict[str, Parcel] = {}
        failed: list[tuple[Parcel, ItemResult]] = []
        foreign = 0
        unknown: list[str] = []
        for w, c, r, recorded in answers:
            if r is not None and not r.ok:
                if r.code == "not_found":
                    out.say(NOT_FOUND, w)
                    self.metrics.by_refusal("not_found").inc()
                else:
                    failed.append((Parcel(w, c, ""), r))
                continue
            data = r.data if r is not None else {}
            owner = recorded
            if owner is None and self.ctx.owners is None:  # (the carrier's tracking answer says whose it is)
                owner = str(data.get("customer", ""))
                self._remember(c, w, owner)
            if owner is None:  # no pickup record: nobody can say it is the merchant's
                unknown.append(w)
            elif owner == entry.customer:
                owned[w] = Parcel(w, c, str(data.get("state", "")), str(data.get("intercept", "")))
            else:
                foreign += 1
                out.say(NOT_YOURS, w)
                self.metrics.by_refusal("not_owner").inc()
        if foreign:  # worth an operator's eye: a merchant asking about parcels of another account
            log.warning("merchant %s named %d waybills of another customer account; refused", request.merchant,
                        foreign)
        if unknown:
            for w in unknown:
                out.say(OWNER_UNKNOWN, w)
            self.metrics.by_refusal("owner_unknown").inc(len(unknown))
            out.escalations.append(self.ctx.escalate(request, "owner_unknown", "ownership",
                                                     waybills=",".join(unknown)))
        carrier_trouble(self.ctx, request, "track", out, failed)
        return owned

    async def _tracked(self, request: MerchantRequest, parsed: list[ParsedRequest], out: Outcome
                       ) -> list[tuple[str, str, ItemResult | None, str | None]]:
        """(waybill, carrier, the carrier's tracking answer if it was asked, the owner if known without it) for
        every waybill of a connected carrier; the others are answered here. The owner is known from the outlet's
        pickup records (``carrier.ownership = "shipments"``: None when it has none), or remembered from an
        earlier tracking answer (a parcel's account never changes); the carrier is then asked only when the
        parcel's state is wanted (``STATE_WANTED``, with records ``STATE_WANTED_WITH_RECORDS``): one round trip
        instead of two. A waybill whose owner is not known is always asked about: whether the carrier knows the
        number at all."""
        wanted: dict[str, str] = {}
        need_state: set[str] = set()
        state_wanted = STATE_WANTED if self.ctx.owners is None else STATE_WANTED_WITH_RECORDS
        for pr in parsed:
            for w in pr.waybills:
                wanted.setdefault(w, pr.carrier or "")
                if pr.intent in state_wanted:
                    need_state.add(w)
        unsupported = [w for w, c in wanted.items() if not self.ctx.carriers(request).supports(c)]
        if unsupported:
            for w in unsupported:
                out.say(NOT_CONNECTED, w)
                self.metrics.by_refusal("carrier_not_connected").inc()
            out.escalations.append(self.ctx.escalate(request, "carrier_not_connected", "carrier",
                                                     waybills=",".join(unsupported)))
        connected = {w: c for w, c in wanted.items() if w not in unsupported}
        # (a record of another carrier's parcel with the same number is no record of this one: a person decides)
        records = (None if self.ctx.owners is None else
                   {w: r.customer for w, r in (await self.ctx.owners.owners(request.outlet, list(connected))).items()
                    if r.carrier == connected[w]})
        todo: list[tuple[str, str, str | None]] = []
        known: list[tuple[str, str, ItemResult | None, str | None]] = []
        for w, c in connected.items():
            owner = records.get(w) if records is not None else self._owners.get((c, w))
            if owner is not None and w not in need_state:
                known.append((w, c, None, owner))
            else:
                todo.append((w, c, owner))
        since = request.received_at.timestamp()
        tracked = await results_of([
            self.ctx.accounts.submit(request.outlet, c, Op.TRACK,
                                     Item(key=idempotency_key(request.id, "track", w), waybill=w), since)
            for w, c, _ in todo
        ])
        return [*((w, c, r, owner) for (w, c, owner), r in zip(todo, tracked, strict=True)), *known]

    def _remember(self, carrier: str, waybill: str, owner: str) -> None:
        if len(self._owners) >= OWNER_CACHE:  # bounded: forget the oldest half
            for k in list(self._owners)[: OWNER_CACHE // 2]:
                del self._owners[k]
        self._owners[(carrier, waybill)] = owner
