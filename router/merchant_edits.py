"""Changes to a stored outlet's merchant directory: a merchant written (its customer account, usual carrier, chat
group and robot), imported from CSV, or removed. ``kefu-router merchant import`` and the console's merchant page
make the same changes, through ``OutletStore.change`` with ``checked``: nothing is written that the routers would
refuse, and every running router takes what was written within ``network.reload_s``.

A group belongs to one outlet: binding it here takes it from any other stored outlet (a merchant moved between
outlets).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final, cast

import msgspec

from router.config import ChatGroup, Settings
from router.config.loading import outlet_problems
from router.config.sections import ChatPlatform, OutletSettings
from router.errors import ConfigError
from router.parsing.waybills import CARRIERS

PLATFORMS: Final = ("wecom", "dingtalk", "api")
CSV_HEADER: Final = "merchant,customer,carrier,group,platform,webhook"
_ID: Final = re.compile(r"\S{1,256}")  # a merchant's or a group's id, as records carry them

Changed = dict[str, OutletSettings | None]  # the stored outlets a change writes (None: removed)


@dataclass(frozen=True, slots=True)
class MerchantRow:
    """One merchant of an outlet's directory, with the group it is bound to (if any)."""

    merchant: str
    customer: str
    carrier: str = ""
    group: str = ""
    platform: str = "wecom"
    webhook: str = ""

    def problem(self) -> str | None:
        """What is wrong with the row, in words for the person who wrote it; None when nothing is."""
        if not _ID.fullmatch(self.merchant):
            return "商户编号不能为空、不能有空格，最多 256 个字符 (merchant id: 1-256 characters, no blanks)"
        if not 0 < len(self.customer) <= 64 or self.customer.strip() != self.customer:
            return "客户编码不能为空，最多 64 个字符 (customer account: 1-64 characters)"
        if self.carrier and self.carrier not in CARRIERS:
            return f"快递公司 {self.carrier[:20]!r} 不认识，可用：{', '.join(CARRIERS)}"
        if self.group and not _ID.fullmatch(self.group):
            return "群编号不能有空格，最多 256 个字符 (group id: 1-256 characters, no blanks)"
        if self.platform not in PLATFORMS:
            return f"平台 {self.platform[:20]!r} 只能是 {', '.join(PLATFORMS)}"
        return None


def rows_of(outlet: OutletSettings) -> list[MerchantRow]:
    """The outlet's stored merchants, each with its groups (a merchant with several groups has a row for each;
    a group whose merchant has no entry has one too, without a customer account)."""
    out = []
    bound: dict[str, list[tuple[str, ChatGroup]]] = {}
    for gid, g in sorted(outlet.groups.items()):
        bound.setdefault(g.merchant, []).append((gid, g))
    for merchant in sorted(outlet.merchants.keys() | bound.keys()):
        entry = outlet.merchants.get(merchant, {})
        base = MerchantRow(merchant, entry.get("customer", ""), entry.get("carrier", ""))
        groups = bound.get(merchant, [])
        out += [MerchantRow(merchant, base.customer, base.carrier, gid, g.platform, g.webhook) for gid, g in groups]
        if not groups:
            out.append(base)
    return out


def read_csv(text: str, where: str) -> list[MerchantRow]:
    """The rows of a CSV with a header naming at least ``merchant`` and ``customer`` (and any of ``carrier``,
    ``group``, ``platform``, ``webhook``); ConfigError names the first line that is wrong (``where``:line)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))  # (a spreadsheet's export may begin with a BOM)
    if not reader.fieldnames or not {"merchant", "customer"} <= {f.strip() for f in reader.fieldnames}:
        raise ConfigError(f"{where}: the first line must name the columns: {CSV_HEADER} (merchant and customer "
                          "at least)")
    rows = []
    for n, raw in enumerate(reader, start=2):
        cell = {str(k).strip(): (v or "").strip() for k, v in raw.items() if k is not None and isinstance(v, str)}
        row = MerchantRow(cell.get("merchant", ""), cell.get("customer", ""), cell.get("carrier", "").lower(),
                          cell.get("group", ""), cell.get("platform", "").lower() or "wecom", cell.get("webhook", ""))
        if (why := row.problem()) is not None:
            raise ConfigError(f"{where}:{n}: {why}")
        rows.append(row)
    if not rows:
        raise ConfigError(f"{where}: no merchants in it, only the header")
    return rows


def written(stored: Mapping[str, OutletSettings], oid: str, rows: Iterable[MerchantRow], *,
            keep_webhooks: bool = False) -> Changed:
    """``rows`` written into stored outlet ``oid``: each merchant's account and carrier, each group bound to its
    merchant (and taken from any other stored outlet). ``keep_webhooks``: a row without a webhook keeps the one
    its group has (a form that does not show the robot's key back)."""
    target = stored.get(oid)
    if target is None:
        raise ConfigError(f"outlet {oid!r} is not in the store: add it first (kefu-router outlet set); an outlet "
                          "of the configuration file is changed in the file")
    merchants = dict(target.merchants)
    groups: dict[str, ChatGroup] = {}
    for r in rows:
        if r.customer:  # (a group bound alone, ``kefu-router outlet group``: the merchant's entry stays)
            merchants[r.merchant] = {"customer": r.customer, **({"carrier": r.carrier} if r.carrier else {})}
        if r.group:
            old = target.groups.get(r.group) or next(
                (o.groups[r.group] for o in stored.values() if r.group in o.groups), None)
            webhook = r.webhook or (old.webhook if keep_webhooks and old is not None else "")
            groups[r.group] = ChatGroup(merchant=r.merchant, platform=cast(ChatPlatform, r.platform),
                                        webhook=webhook, secret=old.secret if old is not None else "")
    out: Changed = {}
    for other_id, other in stored.items():
        if other_id != oid and not set(other.groups).isdisjoint(groups):
            out[other_id] = msgspec.structs.replace(
                other, groups={g: b for g, b in other.groups.items() if g not in groups})
    out[oid] = msgspec.structs.replace(target, groups={**target.groups, **groups}, merchants=merchants)
    return out


def removed(stored: Mapping[str, OutletSettings], oid: str, merchant: str) -> Changed:
    """Merchant ``merchant`` taken out of stored outlet ``oid``, with the groups bound to it (their messages are
    refused from then on: no outlet has them)."""
    target = stored.get(oid)
    if target is None or (merchant not in target.merchants
                          and all(g.merchant != merchant for g in target.groups.values())):
        raise ConfigError(f"merchant {merchant[:64]!r} is not in stored outlet {oid!r}")
    return {oid: msgspec.structs.replace(
        target, merchants={m: e for m, e in target.merchants.items() if m != merchant},
        groups={gid: g for gid, g in target.groups.items() if g.merchant != merchant})}


def checked(settings: Settings, stored: Mapping[str, OutletSettings], changed: Changed) -> Changed:
    """``changed`` if the network it makes (the file's outlets, the stored ones, the change) is one the routers
    will take; else ConfigError naming what is wrong, and nothing is to be written."""
    outlets = {**settings.outlets, **stored, **changed}
    merged = msgspec.structs.replace(settings, outlets={k: v for k, v in outlets.items() if v is not None})
    if problems := outlet_problems(merged):
        raise ConfigError("not written: " + "; ".join(problems))
    from router.outlets import policy  # (the knowledge, areas and rules as each router builds them)

    for oid, o in changed.items():
        if o is not None and o.knowledge.path:  # (a file the console's host has may be missing on a router's)
            raise ConfigError(f"not written: outlets.{oid}.knowledge.path: a stored outlet's knowledge is written "
                              "in it, entries and vars, not referenced as a file")
        if o is not None:
            try:
                policy(o.knowledge, o.stop_ship, o.rules, f"outlets.{oid}.")
            except ConfigError as e:
                raise ConfigError(f"not written: {e}") from None
    return changed

