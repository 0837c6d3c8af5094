"""The mypyc-compiled parser (router/parsing/native.py): used only when current, and it parses exactly as the source.

``make test`` builds it first and sets KEFU_EXPECT_NATIVE=1, so there these tests compare the compiled parser with
its source; run directly with no build, they compare the source with itself and check the guard alone.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import msgspec
import orjson

import router.parsing
from kefu_dev import sample
from router.parsing import native

ROOT = Path(__file__).parent.parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus.jsonl"

_DUMP = """
import sys, msgspec, router.parsing
from router.parsing.parser import parse
items = msgspec.json.decode(sys.stdin.buffer.read())
sys.stdout.buffer.write(msgspec.json.encode(
    {"implementation": router.parsing.IMPLEMENTATION, "results": [parse(t, c) for t, c in items]}))
"""


_ENV = {k: v for k, v in os.environ.items() if k != "KEFU_PARSER"}  # the subprocesses choose for themselves


def _messages() -> list[tuple[str, str | None]]:
    rng = random.Random(4)
    items: list[tuple[str, str | None]] = [
        (r["text"], r.get("carrier")) for r in map(orjson.loads, CORPUS.read_bytes().splitlines()) if r
    ]
    items += [(sample.message_text(rng), rng.choice([None, "yto", "zto", "sf"])) for _ in range(3000)]
    junk = "拦截 催件改址不用了，。\n\r\t 　YT0123456789-@【】①ａｂ１２攔單\u200b😀٣abc,;；:：省市区路号张三"
    items += [("".join(rng.choice(junk) for _ in range(rng.randint(0, 80))), None) for _ in range(3000)]
    return items


def _run(items: list[tuple[str, str | None]], **env: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", _DUMP], input=msgspec.json.encode(items), capture_output=True, check=True,
        env={**_ENV, **env}, cwd=ROOT,
    )
    result: dict[str, Any] = msgspec.json.decode(out.stdout)
    return result


def test_the_parser_in_use_is_the_current_build_or_else_the_source() -> None:
    expected = "native" if native.current() and os.environ.get("KEFU_PARSER") != "python" else "python"
    assert expected == router.parsing.IMPLEMENTATION
    if os.environ.get("KEFU_EXPECT_NATIVE") == "1":  # make test: the build must exist and be current
        assert router.parsing.IMPLEMENTATION == "native", "run `make native`: the compiled parser is missing or old"


def test_the_compiled_parser_gives_exactly_the_results_of_its_source() -> None:
    items = _messages()
    default, source = _run(items), _run(items, KEFU_PARSER="python")
    assert source["implementation"] == "python"
    assert default["implementation"] == ("native" if native.current() else "python")
    assert len(default["results"]) == len(source["results"]) == len(items)
    differing = [
        items[i][0] for i, (a, b) in enumerate(zip(default["results"], source["results"], strict=True)) if a != b
    ]
    assert differing == []


def _copy_package(tmp: Path, *, build: bool) -> Path:
    """router/ copied to ``tmp`` without any real build, plus a fake compiled parser when ``build``."""
    shutil.copytree(ROOT / "router", tmp / "router", ignore=shutil.ignore_patterns("*.so", "*.pyd", "native.json"))
    here = tmp / "router" / "parsing"
    if build:
        # Not a loadable extension: importing it fails, so the test sees whether Python would have taken it.
        (here / f"parser{importlib.machinery.EXTENSION_SUFFIXES[0]}").write_bytes(b"not an extension module")
        digests = {m: hashlib.sha256((here / f"{m}.py").read_bytes()).hexdigest() for m in native.MODULES}
        (here / "native.json").write_text(json.dumps({"sources": digests}))
    return here


_WHICH = "import router, router.parsing.parser as p; print(router.__file__, router.parsing.IMPLEMENTATION, p.__file__)"


def test_an_extension_built_from_the_current_source_is_what_python_imports(tmp_path: Path) -> None:
    _copy_package(tmp_path, build=True)
    run = subprocess.run(
        [sys.executable, "-c", _WHICH], check=False, cwd=tmp_path, capture_output=True, text=True, env=_ENV
    )
    # The guard trusts a current build, so Python takes the extension (here a fake one, which cannot load).
    assert run.returncode != 0
    assert "parser" in run.stderr and "ImportError" in run.stderr


def test_a_build_older_than_its_source_is_never_imported(tmp_path: Path) -> None:
    here = _copy_package(tmp_path, build=True)
    with (here / "parser.py").open("a") as f:
        f.write("\n# edited after the build\n")
    run = subprocess.run(
        [sys.executable, "-c", _WHICH], cwd=tmp_path, capture_output=True, text=True, check=True, env=_ENV
    )
    package, implementation, module = run.stdout.split()
    assert package.startswith(str(tmp_path))
    assert implementation == "python"
    assert module.endswith("parser.py")
    assert "older than its source" in run.stderr
