"""Realistic sample merchant traffic, seeded, for the demo, the tests and the benchmarks."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Literal

import msgspec

from router.carrier import world
from router.contracts import MerchantRequest, encode
from router.directory import Directory, MerchantEntry

_COMMANDS = [
    ("拦截", 0.18), ("拦截退回", 0.04), ("撤单", 0.06), ("改址", 0.12), ("催件", 0.12), ("查件", 0.16),
    ("核实签收", 0.05), ("破损", 0.04), ("遗失", 0.03), ("查重量", 0.03), ("延误", 0.06), ("理赔", 0.02),
    ("投诉", 0.02), ("好的谢谢", 0.07),
]
ADDRESSES = ["杭州市西湖区文三路90号", "上海市浦东新区张江路88号", "广东省深圳市南山区科技园南路18号"]
NAMES = ["张三", "李四", "王五"]


def waybill(rng: random.Random, owner: int = 0) -> str:
    """A waybill of the merchant with index ``owner``: the carrier simulator knows it as that merchant's parcel."""
    return world.waybill(rng, owner % world.MISSING_FROM)


def message_text(rng: random.Random, owner: int = 0) -> str:
    command = rng.choices([c for c, _ in _COMMANDS], weights=[w for _, w in _COMMANDS])[0]
    if command == "好的谢谢":
        return command
    numbers = [waybill(rng, owner) for _ in range(1 if rng.random() < 0.85 else rng.randint(2, 5))]
    if command == "改址":
        phone = "1" + rng.choice("3456789") + "".join(rng.choices("0123456789", k=9))
        return f"改址 {numbers[0]} {rng.choice(ADDRESSES)} {rng.choice(NAMES)} {phone}"
    sep = rng.choice([" ", "\n", "，"])
    return f"{sep.join(numbers)} {command}" if rng.random() < 0.6 else f"{command} {sep.join(numbers)}"


def merchants(n: int) -> list[str]:
    return [f"m{i:05d}" for i in range(n)]


def directory(n: int) -> Directory:
    """Merchant ``m<i>`` ships under customer account ``C<i>`` (the simulator's world agrees)."""
    return Directory({m: MerchantEntry(customer=world.customer(i)) for i, m in enumerate(merchants(n))})


def requests(
    count: int, n_merchants: int, seed: int = 7, zipf: float = 0.0, first_seq: int = 1
) -> Iterator[MerchantRequest]:
    """``count`` requests from ``n_merchants`` merchants; ``zipf`` > 0 skews volume towards a few merchants.

    Ids are ``<merchant>-<seq>`` with seq counting up per merchant from ``first_seq``, so order is checkable.
    """
    rng = random.Random(seed)
    names = merchants(n_merchants)
    weights = [1.0 / (i + 1) ** zipf for i in range(n_merchants)] if zipf else None
    seq: dict[str, int] = {}
    for i in range(count):
        index = rng.choices(range(n_merchants), weights=weights)[0] if weights else i % n_merchants
        m = names[index]
        seq[m] = seq.get(m, first_seq - 1) + 1
        yield MerchantRequest(
            id=f"{m}-{seq[m]:06d}",
            merchant=m,
            group=f"g-{m}",
            sender=f"u-{m}",
            platform="demo",
            text=message_text(rng, index),
            received_at=datetime.now(UTC),
        )


POISON: list[bytes] = [
    b"{not json",
    b'{"v":1,"id":"x","merchant":"m","group":"g","sender":"s","platform":"demo","text":123,"received_at":"x"}',
    b"\xff\xfe\x00binary",
    b'{"v":99,"id":"x","merchant":"m","group":"g","sender":"s","platform":"demo","text":"t",'
    b'"received_at":"2026-11-11T20:00:00Z"}',
    b"[]",
]


def encoded(req: MerchantRequest) -> tuple[bytes, bytes]:
    return req.merchant.encode(), encode(req)


class ChatLine(msgspec.Struct, frozen=True, kw_only=True):
    """One merchant message of a replayed evening, as it will be posted to the chat gateway."""

    at_s: float  # seconds into the replay
    clock: str  # the evening's time it stands for, "20:07"
    index: int  # the merchant's index (its waybills belong to customer account C<index>)
    merchant: str
    platform: Literal["wecom", "dingtalk"]
    group: str
    sender: str
    msgid: str
    text: str


# An outlet's evening, 18:00-22:00, in half hours: requests climb to the 20:00-21:00 sales peak (DOMAIN.md).
EVENING = (1.0, 1.3, 1.8, 2.4, 3.2, 3.0, 1.6, 0.8)
SURGE = (20.0, 20.25, 3.0)  # 20:00-20:15 a live-stream sale triples the rate (a Double-11 evening)


# Messages a bot must not guess at: contradictory, withdrawn, incomplete, or in words it does not know. The
# evening has a few, so the demo shows the hand-over to a person.
_UNCLEAR = (
    "{} 拦截 催件", "不用拦截了 {}", "改址 {}", "{} 这个件怎么回事啊，客户一直在问",
    "{} 客户说要退货又不退了，你们看着办吧",
)


def chat_group(index: int) -> tuple[Literal["wecom", "dingtalk"], str]:
    """Three merchants in five talk to the outlet on WeCom, the others on DingTalk."""
    return ("wecom", f"wr{index:05d}") if index % 5 < 3 else ("dingtalk", f"cid{index:05d}")


def evening(count: int, n_merchants: int, duration_s: float, seed: int = 11, zipf: float = 0.6) -> list[ChatLine]:
    """``count`` merchant messages of an evening compressed into ``duration_s`` seconds, in time order."""
    rng = random.Random(seed)
    steps = [(18 + i / 12, EVENING[i // 6] * (SURGE[2] if SURGE[0] <= 18 + i / 12 < SURGE[1] else 1.0))
             for i in range(48)]  # five-minute steps
    hours = sorted(h + rng.random() / 12 for h in rng.choices([h for h, _ in steps], [w for _, w in steps], k=count))
    weights = [1.0 / (i + 1) ** zipf for i in range(n_merchants)]
    names = merchants(n_merchants)
    seq: dict[int, int] = {}
    out = []
    for h in hours:
        index = rng.choices(range(n_merchants), weights=weights)[0]
        seq[index] = seq.get(index, 0) + 1
        platform, group = chat_group(index)
        minutes = int((h - int(h)) * 60)
        out.append(ChatLine(
            at_s=(h - 18) / 4 * duration_s, clock=f"{int(h):02d}:{minutes:02d}", index=index, merchant=names[index],
            platform=platform, group=group, sender=f"{names[index]}-staff{rng.randint(1, 2)}",
            msgid=f"{names[index]}-{seq[index]:06d}",
            text=rng.choice(_UNCLEAR).format(waybill(rng, index)) if rng.random() < 0.03 else message_text(rng, index),
        ))
    return out
