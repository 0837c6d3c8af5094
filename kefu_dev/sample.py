"""Realistic sample merchant traffic, seeded, for the demo, the tests and the benchmarks."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Literal

import msgspec

from kefu_dev import world
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


def directory(n: int, big_every: int = 0) -> Directory:
    """Merchant ``m<i>`` ships under customer account ``C<i>`` (the simulator's world agrees); with ``big_every``,
    every such merchant from the first is of tier "big" (an outlet's rules may name it)."""
    return Directory({m: MerchantEntry(customer=world.customer(i),
                                       tier="big" if big_every and i % big_every == 0 else "")
                      for i, m in enumerate(merchants(n))})


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
    answers: str = ""  # the msgid of the message whose question this answers ("确认"), if it is an answer


# An outlet's evening, 18:00-22:00, in half hours: requests climb to the 20:00-21:00 sales peak (DOMAIN.md).
EVENING = (1.0, 1.3, 1.8, 2.4, 3.2, 3.0, 1.6, 0.8)
SURGE = (20.0, 20.25, 3.0)  # 20:00-20:15 a live-stream sale triples the rate (a Double-11 evening)


# Messages a bot must not guess at: contradictory, withdrawn, incomplete, or in words it does not know. The
# evening has a few, so the demo shows the hand-over to a person.
_UNCLEAR = (
    "{} 拦截 催件", "不用拦截了 {}", "改址 {}", "{} 这个件怎么回事啊，客户一直在问",
    "{} 客户说要退货又不退了，你们看着办吧",
)


# How merchants also write (issue 22): withdrawals and corrections, quotes, phones in any notation, pinyin and
# English, colloquial words, numbers broken by the chat client, positions, tables, compound and hedged requests.
# "{a}", "{b}", "{c}": the merchant's waybills; "{addr}", "{name}", "{phone}": a new address; "{typo}": {a} with a
# digit mistyped.
_STYLED = (
    "{a} 拦截 {b} 不用拦", "{a} 拦截\n{b} 拦截\n{b} 算了不拦了", "{a} 不是不拦，是现在就拦",
    "{a} 不要退回，改派到 {addr} {name} {phone}", "{a} 撤单。哦不对 已经揽收了 那就拦截", "{a} 改址取消，还是拦截吧",
    "{typo} 拦截 ——更正—— 单号打错了 是 {a}",
    "「@{name} {a} 拦截已提交，结果会第一时间通知您」\n- - - - - - - - -\n好的谢谢",
    "「{name}：{a} 外箱破了」\n- - - - - - - - -\n这个登记破损", "改址 {a} {addr} {name} {phone}", "{a} lanjie",
    "{a} cuijian", "{a} where is it", "{a} intercept pls", "{a} 东西烂了", "{a} 咋还不到 催催", "{a} 三天没动了",
    "{a} 件没了 哪都找不着", "{split} 查件", "{a} {b} {c}\n这三单 第一单拦截 后两单催一下",
    "{a}\t拦截\n{b}\t催件", "{a} 丢了 要赔偿", "{a} 破损了 快递员态度也很差 投诉", "{a} 要不拦截吧 我再问问客户",
    "{a} 可能要退回", "{a} 好像得改个地址 {addr} {name} {phone}", "{a}\n{b}\n{c}\n除了最后一个 其他都催一下",
)
_PHONE_FORMS = ("+86 {p3} {p4} {p5}", "86-{p}", "0086 {p}", "{p3}-{p4}-{p5}", "{p}")


# What merchants ask rather than command (issue 28): the outlet's everyday questions, areas asked about, questions
# only a person can answer, and statements that answer nothing. The demo's outlet has the starter knowledge base
# (deploy/knowledge/express-outlet.toml) and stops 新疆.
_QUESTIONS = (
    "老板 今天几点来收件", "运费怎么算", "发乌鲁木齐多少钱一公斤", "拦截要收费吗", "改地址收钱不",
    "停发查询 新疆喀什市", "停发查询 浙江省杭州市余杭区", "发西藏运费多少", "春节停发吗", "几点截单啊",
    "充电宝能寄吗", "保价怎么收费", "面单没了", "账单几号出", "能开专票吗", "网点电话多少", "机器人怎么用",
    "退回件运费谁出", "发成都几天到", "易碎品怎么包装", "丢件了咋赔", "抛货怎么算重量", "新疆那边现在能发吗",
    "你们招不招打包工", "能帮忙代发吗", "运费已经转过去了", "今天的件都打包好了",
)


def styled_text(rng: random.Random, owner: int) -> str:
    """A message in one of the other ways merchants write (``_STYLED``), about the merchant's own parcels."""
    a, b, c = (waybill(rng, owner) for _ in range(3))
    p = "1" + rng.choice("3456789") + "".join(rng.choices("0123456789", k=9))
    i = rng.randrange(len(a) - 4, len(a))
    typo = a[:i] + str((int(a[i]) + 1) % 10) + a[i + 1 :]
    return rng.choice(_STYLED).format(
        a=a, b=b, c=c, typo=typo, split=f"{a[:8]}\n{a[8:]}", addr=rng.choice(ADDRESSES), name=rng.choice(NAMES),
        phone=rng.choice(_PHONE_FORMS).format(p=p, p3=p[:3], p4=p[3:7], p5=p[7:]))


def chat_group(index: int) -> tuple[Literal["wecom", "dingtalk"], str]:
    """Three merchants in five talk to the outlet on WeCom, the others on DingTalk."""
    return ("wecom", f"wr{index:05d}") if index % 5 < 3 else ("dingtalk", f"cid{index:05d}")


def evening(count: int, n_merchants: int, duration_s: float, seed: int = 11, zipf: float = 0.6,
            styled: float = 0.0, questions: float = 0.0) -> list[ChatLine]:
    """``count`` merchant messages of an evening compressed into ``duration_s`` seconds, in time order; a share
    ``styled`` of them written the other ways merchants write (``styled_text``), a share ``questions`` questions
    and statements with no waybill (``_QUESTIONS``)."""
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
            text=_text(rng, index, styled, questions),
        ))
    return out


def _text(rng: random.Random, index: int, styled: float, questions: float) -> str:
    roll = rng.random()
    if roll < 0.03:
        return rng.choice(_UNCLEAR).format(waybill(rng, index))
    if roll < 0.03 + styled:
        return styled_text(rng, index)
    if questions and rng.random() < questions:  # (a roll of its own: the evenings without questions are as before)
        return rng.choice(_QUESTIONS)
    return message_text(rng, index)


def answers(plan: list[ChatLine], asked: Callable[[ChatLine], list[str]], seed: int = 13, delay_s: float = 2.0
            ) -> list[ChatLine]:
    """The merchants' answers to the bot's questions (``asked``: the waybills the bot will ask about): seven in
    ten "确认", one in ten "不用了", the rest never answered (the question lapses), each ``delay_s`` after. A bare
    answer settles the latest question: when the same sender was asked again meanwhile, the answer names the
    numbers ("确认 YT…")."""
    rng = random.Random(seed)
    questions = [(line, w) for line in plan if (w := asked(line))]
    out = []
    for line, waybills in questions:
        roll = rng.random()
        if roll >= 0.8:
            continue
        word = "确认" if roll < 0.7 else "不用了"
        crossed = any(other.sender == line.sender and line.at_s < other.at_s <= line.at_s + delay_s
                      for other, _ in questions)
        out.append(msgspec.structs.replace(line, at_s=line.at_s + delay_s, answers=line.msgid,
                                           text=f"{word} {' '.join(waybills)}" if crossed else word))
    # message ids count up per merchant in the order the messages are sent, answers included
    merged = sorted(plan + out, key=lambda x: x.at_s)
    ids: dict[str, str] = {}
    seq: dict[str, int] = {}
    renumbered = []
    for line in merged:
        seq[line.merchant] = seq.get(line.merchant, 0) + 1
        msgid = f"{line.merchant}-{seq[line.merchant]:06d}"
        if not line.answers:
            ids[line.msgid] = msgid
        renumbered.append(msgspec.structs.replace(line, msgid=msgid))
    return [msgspec.structs.replace(x, answers=ids[x.answers]) if x.answers else x for x in renumbered]
