"""The configuration reference (docs/configuration.md), generated from the settings Structs in ``router.config``.

Every key with its type, default and environment variable, and the comments written beside it in the code, so
the reference cannot drift from what the router accepts: ``python -m router.settings_doc`` writes it and
tests/unit/test_config.py fails when the file and the Structs disagree.
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
import typing
from pathlib import Path
from typing import Any

import msgspec

from router import config

DOC = Path(__file__).parent.parent / "docs" / "configuration.md"

# A field line ("    name: Type = default  # comment") and the comment lines right above it.
_FIELD = re.compile(r"^    ([a-z_]+): [^=]+?(?:=.*?)?(?:  # (.*))?$")
_COMMENT = re.compile(r"^    # (.*)$")


def _comments(cls: type[msgspec.Struct]) -> dict[str, str]:
    """Each field's comment in the class source: the lines above it, then the one beside it."""
    out: dict[str, str] = {}
    above: list[str] = []
    for line in inspect.getsource(cls).splitlines():
        if m := _COMMENT.match(line):
            above.append(m.group(1))
            continue
        if (m := _FIELD.match(line)) is not None:
            out[m.group(1)] = " ".join([*above, *([m.group(2)] if m.group(2) else [])])
        above = []
    return out


def _default(field: msgspec.structs.FieldInfo) -> str:
    value: Any = field.default
    if value is msgspec.NODEFAULT and field.default_factory is not msgspec.NODEFAULT:
        value = field.default_factory()
    if value is msgspec.NODEFAULT:
        return "(required)"
    text = msgspec.json.encode(value).decode()
    return "`" + text.replace("|", "\\|") + "`" if text not in ('""', "{}", "[]") else f"`{text}` (empty)"


_NAMES = {str: "text", int: "integer", float: "number", bool: "true/false"}
_BOUNDS = (("ge", "≥"), ("gt", ">"), ("le", "≤"), ("lt", "<"), ("min_length", "length ≥"),
           ("max_length", "length ≤"))


def _type(kind: Any) -> str:
    """The type in words, with what an ``Annotated`` Meta allows ("integer ≥ 1")."""
    if typing.get_origin(kind) is typing.Annotated:
        base, *metas = typing.get_args(kind)
        limits = [f"{word} {getattr(m, attr)}" for m in metas if isinstance(m, msgspec.Meta)
                  for attr, word in _BOUNDS if getattr(m, attr, None) is not None]
        return " ".join([_type(base), *limits])
    if typing.get_origin(kind) is typing.Literal:
        return " or ".join(f"`{a}`" for a in typing.get_args(kind))
    if typing.get_origin(kind) in (list, dict):
        return f"{typing.get_origin(kind).__name__} of " + ", ".join(_type(a) for a in typing.get_args(kind))
    return _NAMES.get(kind, getattr(kind, "__name__", str(kind)))


def render() -> str:
    out = [
        "# Configuration reference",
        "",
        "Generated from the settings Structs and their comments by `python -m router.settings_doc`; do not edit by "
        "hand.",
        "",
        "Settings come from built-in defaults, then a TOML file (`--config` or `KEFU_CONFIG`), then environment "
        "variables `KEFU_<SECTION>__<KEY>` (lists and tables as JSON), then `KAFKA_BOOTSTRAP` for "
        "`kafka.bootstrap`. They are checked once at start: an unknown key, a value of the wrong type or two "
        "settings that disagree stop the process with a line that says what to fix (`kefu-router check-config`). "
        "`deploy/kefu.example.toml` is a commented example.",
        "",
        "Renamed sections still read under their old name, with a warning: "
        + ", ".join(f"`[{old}]` is now `[{new}]`" for old, new in config.RENAMED.items()) + ".",
    ]
    for section in msgspec.structs.fields(config.Settings):
        cls = section.type
        table = typing.get_origin(cls) is dict  # [outlets.<id>]: a table of sections, one per key
        if table:
            cls = typing.get_args(cls)[1]
        out += ["", f"## [{section.name}.<id>]" if table else f"## [{section.name}]", ""]
        if cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("):
            out += [inspect.cleandoc(cls.__doc__), ""]
        if table:
            out += [f"From the environment, one variable per {section.name[:-1]}: `KEFU_{section.name.upper()}__<ID>` "
                    "holding its table as JSON.", ""]
        out += ["| key | type | default | environment | notes |", "|---|---|---|---|---|"]
        comments = _comments(cls)
        for f in msgspec.structs.fields(cls):
            env = "(in the JSON)" if table else f"`KEFU_{section.name.upper()}__{f.name.upper()}`"
            out.append(f"| `{f.name}` | {_type(f.type)} | {_default(f)} | {env} | {comments.get(f.name, '')} |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m router.settings_doc", description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when docs/configuration.md is out of date")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
            print(f"{DOC} is out of date: run python -m router.settings_doc", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
