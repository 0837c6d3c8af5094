"""Compile the parser with mypyc: ``python -m kefu_dev.compile_parser`` (``make`` runs it when a source changes).

The extension modules land next to their sources (``router/parsing/*.so``, not in git); ``native.json`` records
the sources they were built from. Without a C compiler or mypyc the parser simply stays in Python: this exits 0
with a warning, since the compiled parser only makes it faster, never different.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

os.environ["KEFU_PARSER"] = "python"  # this replaces the build: no need to hear that the old one is out of date
from router.parsing.native import HERE, MANIFEST, MODULES, source_digests

ROOT = HERE.parent.parent


def main() -> int:
    for old in [*HERE.glob("*.so"), *HERE.glob("*.pyd")]:
        old.unlink()
    MANIFEST.unlink(missing_ok=True)
    try:
        from mypyc.build import mypycify
        from setuptools import setup  # type: ignore[import-untyped]
    except ImportError as e:
        print(f"parser stays in Python: {e}", file=sys.stderr)
        return 0
    sources = [str((HERE / f"{m}.py").relative_to(ROOT)) for m in MODULES]
    os.chdir(ROOT)  # mypyc names modules after their paths
    with tempfile.TemporaryDirectory() as build:
        try:
            # group_name puts mypyc's shared library inside the package, not at the top of sys.path
            extensions = mypycify(sources, opt_level="3", group_name="router.parsing.native", target_dir=build)
            setup(
                name="kefu-router-parser", ext_modules=extensions, script_name="compile.py",
                script_args=["-q", "build_ext", "--inplace", "--build-temp", build],
            )
        except (Exception, SystemExit) as e:
            for old in [*HERE.glob("*.so"), *HERE.glob("*.pyd")]:
                old.unlink()
            print(f"parser stays in Python: compiling failed ({e})", file=sys.stderr)
            return 0
    MANIFEST.write_text(json.dumps({"sources": source_digests()}, indent=1) + "\n")
    print(f"compiled parser: {', '.join(MODULES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
