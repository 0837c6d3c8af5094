"""A deterministic world of parcels, shared by the carrier simulator and the sample traffic.

A waybill made here carries its owner's customer index in fixed digits, and its starting state and weight
follow from a hash of the number: the simulator and the load generator agree on every parcel without
sharing any state, and the same seed gives the same run.
"""

from __future__ import annotations

import random
import zlib

from router.carrier.model import ParcelState

# (carrier, prefix, digits after the owner index): every form matches the parser's pattern for its carrier
# China Post/EMS's thirteen digits: "11" (the parser reads 13 digits beginning 1, 8 or 9 as EMS)
_FORMS = (("yto", "YT", 8), ("zto", "75", 7), ("jt", "JT", 8), ("sf", "SF1", 7), ("ems", "11", 6))
_FORM_WEIGHTS = (0.34, 0.29, 0.14, 0.18, 0.05)
MISSING_FROM = 90_000  # owner indexes from here on have no parcels at the carrier (an unknown number)
_STATES = (
    (ParcelState.CREATED, 0.08),
    (ParcelState.PICKED_UP, 0.12),
    (ParcelState.IN_TRANSIT, 0.50),
    (ParcelState.OUT_FOR_DELIVERY, 0.15),
    (ParcelState.DELIVERED, 0.15),
)


def customer(index: int) -> str:
    return f"C{index:05d}"


def waybill(rng: random.Random, owner: int, carrier: str | None = None) -> str:
    if not 0 <= owner < 100_000:
        raise ValueError("owner index must be in 0..99999")
    if carrier is None:
        form = rng.choices(_FORMS, weights=_FORM_WEIGHTS)[0]
    else:
        form = next(f for f in _FORMS if f[0] == carrier)
    _, prefix, tail = form
    return f"{prefix}{owner:05d}" + "".join(rng.choices("0123456789", k=tail))


def carrier_of(number: str) -> str | None:
    for carrier, prefix, tail in _FORMS:
        if number.startswith(prefix) and len(number) == len(prefix) + 5 + tail and number[len(prefix):].isdigit():
            return carrier
    return None


def owner_of(number: str) -> str | None:
    """The customer account the parcel was shipped under, or None if the carrier has no such parcel."""
    carrier = carrier_of(number)
    if carrier is None:
        return None
    prefix = next(p for c, p, _ in _FORMS if c == carrier)
    index = int(number[len(prefix):len(prefix) + 5])
    return None if index >= MISSING_FROM else customer(index)


def _unit(number: str, salt: bytes) -> float:
    return zlib.crc32(salt + number.encode()) / 0xFFFFFFFF


def initial_state(number: str) -> ParcelState:
    u = _unit(number, b"state")
    acc = 0.0
    for state, p in _STATES:
        acc += p
        if u < acc:
            return state
    return ParcelState.DELIVERED


def weight_kg(number: str) -> float:
    return round(0.2 + 4.8 * _unit(number, b"weight"), 2)
