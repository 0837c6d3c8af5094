"""Process-level tuning for a long-running router.

CPython's cyclic garbage collector runs a young-generation pass every 700 container allocations and a full
pass every 100 of those, each full pass walking every live object (the parser's tables, the carrier world, the
Kafka clients): at high rates a large share of the router's CPU (bench/results). The router frees almost
everything by reference counting (records, jobs, replies); cycles are rare (exception tracebacks), so collecting them
less often costs a little memory and no correctness.
"""

from __future__ import annotations

import gc

# A young pass every 100,000 net allocations, a middle one every 5 of those, a full one every 10 of those: far
# fewer passes for the same peak memory; longer full-pass intervals keep garbage cycles longer and cost memory
# (the measurements: docs/performance.md).
GC_THRESHOLDS = (100_000, 5, 10)


def tune_gc() -> None:
    """Call once start-up is done: objects alive now (modules, tables, clients) are moved out of the collector's
    reach for good, and later passes run at ``GC_THRESHOLDS``."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
