"""Reading the settings: the TOML file under the sections' current and old names, merged with the environment,
validated into ``Settings`` with a message that says what to fix; the groups files; and settings made apart for an
isolated run.

The environment's variables are read in ``router.config.environment`` and the checks across sections are in
``router.config.checks``; the names other modules take from here (``outlet_problems``, ``as_env`` …) are
re-exported.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec

from router.config.checks import check_relations, outlet_problems
from router.config.environment import ENV_PREFIX, RENAMED, as_env, child_env, env_overrides
from router.config.files import decoded
from router.config.sections import ChatGroup, ChatSettings, Settings
from router.errors import ConfigError

__all__ = [
    "ENV_PREFIX",
    "RENAMED",
    "as_env",
    "bound_groups",
    "chat_groups",
    "child_env",
    "isolated",
    "load_settings",
    "outlet_problems",
]

log = logging.getLogger("kefu.config")


def _merge(base: dict[str, Any], over: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    merged = {k: dict(v) if isinstance(v, dict) else v for k, v in base.items()}
    for section, values in over.items():
        current = merged.get(section)
        merged[section] = {**(current if isinstance(current, dict) else {}), **values}
    return merged


def _explain(err: msgspec.ValidationError) -> str:
    text = str(err)
    m = re.search(r"at `\$\.([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)`", text)
    if m:
        section, key = m.groups()
        problem = text.split(" - at ", maxsplit=1)[0]
        return (
            f"invalid setting {section}.{key}: {problem}. Fix [{section}] {key} in the TOML "
            f"file or the environment variable KEFU_{section.upper()}__{key.upper()}"
        )
    m = re.search(r"Object contains unknown field `([^`]+)`(?: - at `\$(?:\.([A-Za-z0-9_]+))?`)?", text)
    if m:
        field, section = m.groups()
        where = f"[{section}]" if section else "the top level"
        return f"unknown setting {field!r} in {where}: remove it or check its spelling"
    return f"invalid configuration: {text}"


def chat_groups(c: ChatSettings) -> dict[str, ChatGroup]:
    """Every bound group: the ``groups`` table, then ``groups_path`` over it. Raises ConfigError if the file is bad."""
    return bound_groups(c.groups, c.groups_path, "chat.groups_path")


def bound_groups(groups: Mapping[str, ChatGroup], path: str, setting: str) -> dict[str, ChatGroup]:
    """``groups``, then the groups file ``path`` over them (``setting`` names it in errors)."""
    out = dict(groups)
    if path:
        try:
            out.update(decoded(path, dict[str, ChatGroup]))
        except (OSError, msgspec.DecodeError) as e:
            raise ConfigError(f"{setting} {path}: {e}; expected {{group id: {{merchant, platform, webhook, "
                              "secret}}}}") from None
    return out


def load_settings(path: str | Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Read, merge and validate settings. Raises ConfigError with a message that says what to fix."""
    env = os.environ if env is None else env
    path = path or env.get("KEFU_CONFIG") or None
    data: dict[str, Any] = {}
    if path is not None:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(
                f"config file {p} does not exist: pass an existing file or unset KEFU_CONFIG"
            ) from None
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"config file {p} is not valid TOML: {e}") from None
    merged = _merge(_renamed(data, path), env_overrides(env))
    try:
        settings = msgspec.convert(merged, Settings, strict=False)
    except msgspec.ValidationError as e:
        raise ConfigError(_explain(e)) from None
    check_relations(settings)
    return settings


def _renamed(data: dict[str, Any], path: str | Path | None) -> dict[str, Any]:
    """The TOML tables under their current names; a file with both the old and the new name is refused."""
    for old, new in RENAMED.items():
        if old not in data:
            continue
        if new in data:
            raise ConfigError(f"config file {path} has both [{old}] and [{new}]: [{old}] is the old name of "
                              f"[{new}], keep only [{new}]")
        log.warning("config file %s: [%s] is now [%s]; rename the table", path, old, new)
        data = {**{k: v for k, v in data.items() if k != old}, new: data[old]}
    return data


def isolated(settings: Settings, prefix: str, **sections: Mapping[str, Any]) -> Settings:
    """The settings with topics and consumer groups of their own (``<prefix>.requests`` …, the router's group
    ``<prefix>``, the chat egress's ``<prefix>-chat``), and any section values replaced: so a demo run, a test or a
    benchmark never sees another's records."""
    topics = msgspec.structs.replace(
        settings.topics,
        requests=f"{prefix}.requests",
        replies=f"{prefix}.replies",
        tickets=f"{prefix}.tickets",
        human=f"{prefix}.human",
        dlq=f"{prefix}.dlq",
        carrier_events=f"{prefix}.carrier-events",
        human_replies=f"{prefix}.human-replies",
        activity=f"{prefix}.activity",
        staff_messages=f"{prefix}.staff-messages",
    )
    s = msgspec.structs.replace(settings, topics=topics, kafka=msgspec.structs.replace(settings.kafka, group_id=prefix),
                                chat=msgspec.structs.replace(settings.chat, group_id=f"{prefix}-chat"))
    for name, values in sections.items():
        s = msgspec.structs.replace(s, **{name: msgspec.structs.replace(getattr(s, name), **values)})
    return s

