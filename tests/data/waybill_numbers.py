"""Valid waybill and phone numbers for writing labelled messages (the formats of ../shared/DOMAIN.md).

Corpus writers draw their numbers from here, so a message's numbers are always valid for the carrier it names and
never collide with phone numbers. Seed the ``random.Random`` you pass in: a corpus file must be reproducible.

    rng = random.Random(7)
    waybill(rng, "yto")         # 'YT4019283746501'
    waybill(rng, "ems_s10")     # 'EJ302993041CN', UPU S10 with its check digit
    phone(rng)                  # '13932747774'
    phone_notation(rng, phone(rng))  # '+86 139 3274 7774', '0086-13932747774', '139-3274-7774', full-width …
"""

from __future__ import annotations

import random

CARRIERS = ("sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "ems_s10", "deppon", "cainiao")
# The group carrier to pass with an all-digit number (``carrier`` of the record); prefixed numbers name their own.
GROUP_CARRIER = {"ems_s10": "ems"}
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def s10_check(serial: str) -> int:
    """UPU S10 check digit of the 8 serial digits."""
    c = 11 - sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(c, c)


def waybill(rng: random.Random, carrier: str) -> str:
    """A valid, current-format waybill number of ``carrier`` (one of ``CARRIERS``)."""
    if carrier == "yto":
        return "YT" + rng.choice("3456789") + _digits(rng, 12)
    if carrier == "jt":
        return "JT" + rng.choice("3456789") + _digits(rng, 12)
    if carrier == "sf":
        return "SF" + rng.choice("1234567890") + _digits(rng, 12)
    if carrier == "jd":
        return "JD" + rng.choice(["VA", "VB", "VC", "VD", "X0", "JD"]) + _digits(rng, 11)
    if carrier == "deppon":
        return "DPK" + rng.choice("3456789") + _digits(rng, 11)
    if carrier == "zto":  # 14 digits, 73-76 or 78
        return rng.choice(["73", "75", "76", "78"]) + _digits(rng, 12)
    if carrier == "sto":  # 77 + 13 digits
        return "77" + rng.choice("0123456789") + _digits(rng, 12)
    if carrier == "yunda":  # 15 digits from 3 or 46-49 (43… is also STO's), or 13 digits from 5
        if rng.random() < 0.7:
            return rng.choice(["31", "32", "33", "46", "46", "47"]) + _digits(rng, 13)
        return "5" + _digits(rng, 12)
    if carrier == "ems":  # 13 digits from 1, 8 or 9
        return rng.choice("189") + _digits(rng, 12)
    if carrier == "ems_s10":
        serial = _digits(rng, 8)
        return rng.choice(["EA", "EJ", "EE", "LK", "RB", "CP"]) + serial + str(s10_check(serial)) + "CN"
    if carrier == "cainiao":
        return "621" + _digits(rng, 12)
    raise ValueError(f"unknown carrier {carrier!r}; one of {CARRIERS}")


def phone(rng: random.Random) -> str:
    """A mainland mobile number: 11 digits, 1[3-9]…"""
    return "1" + rng.choice("3456789") + _digits(rng, 9)


def phone_notation(rng: random.Random, number: str) -> str:
    """The same mobile number as people write it: country codes, separators, full-width digits."""
    a, b, c = number[:3], number[3:7], number[7:]
    forms = [
        number, f"+86 {number}", f"+86{number}", f"+86 {a} {b} {c}", f"86-{number}", f"0086 {number}",
        f"0086-{number}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"({a}){b}-{c}", f"+86-{a}-{b}-{c}",
        "".join(chr(ord(d) + 0xFEE0) for d in number),
    ]
    return rng.choice(forms)
