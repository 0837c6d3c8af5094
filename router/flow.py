"""Backpressure decisions: which partitions to pause and resume, from what is buffered.

Pausing (not just not-polling) keeps the consumer in its group: it goes on polling, heartbeating and
rebalancing while Kafka holds the waiting records, so memory stays flat however deep the topic is.
A partition pauses above its own high watermark (so one hot partition cannot fill the whole buffer) and
every partition pauses while the total is above the global one; each resumes below the low watermark. A
partition's watermarks are at most its even share of the global ones: with many partitions assigned, a few deep
ones do not fill the buffer while the others wait unfetched (their merchants would wait their turn behind a few
partitions' merchants, and fewer merchants in the buffer is less work that can run side by side).
Every partition also pauses while a gate (the carrier layer with an open circuit) says it is blocked.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass

from router.config import BackpressureSettings
from router.source import TP


@dataclass(frozen=True)
class FlowDecision:
    pause: frozenset[TP]
    resume: frozenset[TP]
    saturated: bool  # global watermark in force


def partition_marks(settings: BackpressureSettings, assigned: int) -> tuple[int, int]:
    """A partition's high and low watermarks: its own, or its even share of the global ones when that is less."""
    if assigned <= 1:
        return settings.partition_high_records, settings.partition_low_records
    high = min(settings.partition_high_records, max(2, settings.high_records // assigned))
    if high == settings.partition_high_records:
        return high, settings.partition_low_records
    return high, min(settings.partition_low_records, high // 2)


def decide(
    settings: BackpressureSettings,
    assigned: Set[TP],
    paused: Set[TP],
    per_partition: Mapping[TP, int],
    total_records: int,
    total_bytes: int,
    was_saturated: bool,
    blocked: bool = False,
    held: Set[TP] = frozenset(),
) -> FlowDecision:
    """``blocked``: a downstream dependency (a carrier whose circuit is open) cannot take work: pause all.
    ``held``: partitions to pause whatever their load (router/intake_shares.py: too far past their commit point)."""
    if was_saturated:
        saturated = total_records > settings.low_records or total_bytes > settings.low_bytes
    else:
        saturated = total_records >= settings.high_records or total_bytes >= settings.high_bytes
    want_paused: set[TP] = set()
    high, low = partition_marks(settings, len(assigned))
    for tp in assigned:
        n = per_partition.get(tp, 0)
        if saturated or blocked or tp in held:
            want_paused.add(tp)
        elif tp in paused:
            if n > low:
                want_paused.add(tp)
        elif n >= high:
            want_paused.add(tp)
    return FlowDecision(
        pause=frozenset(want_paused - paused),
        resume=frozenset((paused & assigned) - want_paused),
        saturated=saturated,
    )
