"""The parser compiled with mypyc, used only while it matches its source.

``python -m kefu_dev.compile_parser`` (run by ``make``) compiles the modules in ``MODULES`` into extension modules
next to their source and records each source's SHA-256 in ``native.json``. Python would import an extension in
preference to its ``.py`` file even after the source changed, so before any of them is imported, ``select``
compares the record with the sources and, on any difference, loads every one of them from source instead: an
edited parser is never shadowed by an old build. ``KEFU_PARSER=python`` forces the source as well (the test that
compares the two uses it).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).parent
# in import order: each imports only earlier ones
MODULES = ("trad_table", "dialect", "cantonese", "central", "minnan", "wu", "xiang", "hakka", "teochew", "asides",
           "earlier", "lexicon", "sentences", "normalize", "waybills", "sounds_table", "sounds", "words", "money",
           "later", "told", "polarity", "phrases", "withdrawals", "unasked", "overruled", "intents", "quotes", "refs",
           "result", "clauses", "events",
           "number_corrections", "clause_binding", "labels", "compared", "addresses", "implied", "binding",
           "folding", "swaps", "questions", "confirmation", "requests", "shortcuts", "resent", "parser")
MANIFEST = HERE / "native.json"


def source_digests() -> dict[str, str]:
    return {m: hashlib.sha256((HERE / f"{m}.py").read_bytes()).hexdigest() for m in MODULES}


def _built() -> bool:
    return any(HERE.glob("*.so")) or any(HERE.glob("*.pyd"))


def current() -> bool:
    """True when compiled modules exist and were built from the sources as they are now."""
    if not _built():
        return False
    try:
        recorded = json.loads(MANIFEST.read_text())
    except (OSError, ValueError):
        return False
    return bool(recorded.get("sources") == source_digests())


def select() -> str:
    """Load the parser from source unless the compiled build is current; returns ``"native"`` or ``"python"``."""
    forced = os.environ.get("KEFU_PARSER", "") == "python"
    built = _built()
    if not forced and (not built or current()):
        return "native" if built else "python"
    for name in MODULES:
        full = f"{__package__}.{name}"
        if full in sys.modules:
            continue
        spec = importlib.util.spec_from_file_location(full, HERE / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[full] = module
        spec.loader.exec_module(module)
    if not forced:
        print("kefu-router: the compiled parser is older than its source; using the source (run make)", file=sys.stderr)
    return "python"
