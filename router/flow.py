"""Backpressure decisions: which partitions to pause and resume, from what is buffered.

Pausing (not just not-polling) keeps the consumer in its group: it goes on polling, heartbeating and
rebalancing while Kafka holds the waiting records, so memory stays flat however deep the topic is.
A partition pauses above its own high watermark (so one hot partition cannot fill the whole buffer) and
every partition pauses while the total is above the global one; each resumes below the low watermark.
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
    for tp in assigned:
        n = per_partition.get(tp, 0)
        if saturated or blocked or tp in held:
            want_paused.add(tp)
        elif tp in paused:
            if n > settings.partition_low_records:
                want_paused.add(tp)
        elif n >= settings.partition_high_records:
            want_paused.add(tp)
    return FlowDecision(
        pause=frozenset(want_paused - paused),
        resume=frozenset((paused & assigned) - want_paused),
        saturated=saturated,
    )
