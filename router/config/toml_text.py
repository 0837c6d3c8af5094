"""A section's settings as TOML text (the console shows an outlet's knowledge base, stop-ship areas and rules this
way, to be edited and read back with ``tomllib``).

Enough TOML for those sections: top-level keys of strings, numbers, booleans and lists of them, tables of such
keys (``[vars]``), and arrays of tables (``[[entries]]``). Keys that are not bare words are quoted; defaults are
left out (empty strings and lists), so what a person sees is what was written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, Final

_BARE: Final = re.compile(r"^[A-Za-z0-9_-]+$")


def dumps(data: Mapping[str, Any]) -> str:
    """``data`` (msgspec.to_builtins of a settings Struct) as TOML; empty strings and lists are left out (the
    sections' defaults)."""
    data = _kept(data)
    scalars = {k: v for k, v in data.items() if not isinstance(v, (dict, list)) or _plain_list(v)}
    tables = {k: v for k, v in data.items() if isinstance(v, dict)}
    arrays = {k: v for k, v in data.items() if isinstance(v, list) and not _plain_list(v)}
    lines = [f"{_key(k)} = {_value(v)}" for k, v in scalars.items()]
    for name, table in tables.items():
        lines += ["", f"[{_key(name)}]", *(f"{_key(k)} = {_value(v)}" for k, v in table.items())]
    for name, items in arrays.items():
        for item in items:
            lines += ["", f"[[{_key(name)}]]", *(f"{_key(k)} = {_value(v)}" for k, v in item.items())]
    return "\n".join(lines).strip() + "\n" if lines else ""


def _kept(data: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in data.items():
        if v in ("", [], {}):
            continue
        out[k] = [_kept(x) if isinstance(x, dict) else x for x in v] if isinstance(v, list) else v
    return out


def _plain_list(v: object) -> bool:
    return isinstance(v, list) and all(not isinstance(x, (dict, list)) for x in v) and bool(v)


def _key(k: str) -> str:
    return k if _BARE.match(k) else _value(k)


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, str):
        # (a JSON string is a TOML basic string, but for DEL, which TOML wants escaped)
        return json.dumps(v, ensure_ascii=False).replace("\x7f", "\\u007f")
    raise TypeError(f"no TOML for {type(v).__name__}")
