"""Process-level tuning for a long-running router.

CPython's cyclic garbage collector runs a young-generation pass every 700 container allocations and a full
pass every 100 of those, each full pass walking every live object (the parser's tables, the carrier world, the
Kafka clients): at high rates a large share of the router's CPU (bench/results). The router frees almost
everything by reference counting (records, jobs, replies); cycles are rare (exception tracebacks), so collecting them
less often costs a little memory and no correctness.
"""

from __future__ import annotations

import gc

# A young pass every 100,000 net allocations, a middle one every 5 of those, a full one every 10 of those.
# Draining 60,000 records (bench/router_bench.py, three runs each): young and middle passes took 0.07 s in all
# against 0.25 s at (20_000, 5, 10) and about 1 s at Python's (700, 10, 10); peak RSS the same (105-110 MB).
# (20_000, 20, 100) cost 12 MB more: garbage cycles wait longer for a full pass.
GC_THRESHOLDS = (100_000, 5, 10)


def tune_gc() -> None:
    """Call once start-up is done: objects alive now (modules, tables, clients) are moved out of the collector's
    reach for good, and later passes run at ``GC_THRESHOLDS``."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
