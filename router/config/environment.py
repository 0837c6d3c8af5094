"""The settings in the environment: ``KEFU_<SECTION>__<KEY>`` variables read over the TOML file's, under a
section's old name too, and the settings written back as such variables for a child process.

Apart from the reading of the TOML file (``router.config.loading``) because the variables are a format of their
own, used both ways: read here at start, and written here for a child router or gateway that must see the same
settings. The sections' old names (``RENAMED``) are here too; the file's reading looks them up from here.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Mapping
from typing import Any

import msgspec

from router.config.sections import Settings
from router.errors import ConfigError

log = logging.getLogger("kefu.config")

# Sections renamed since a release: the old name still reads, with a warning that says what to change.
RENAMED = {"gateway": "carrier"}

ENV_PREFIX = "KEFU_"
_ENV_KEY = re.compile(r"^KEFU_([A-Z0-9]+(?:_[A-Z0-9]+)*?)__([A-Z0-9_]+)$")


def _sections() -> dict[str, type[msgspec.Struct]]:
    return {f.name: f.type for f in msgspec.structs.fields(Settings)}


def env_overrides(env: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    sections = _sections()
    out: dict[str, dict[str, Any]] = {}
    for name, value in env.items():
        # Only KEFU_<SECTION>__<KEY> names settings; others (KEFU_CONFIG, the scripts' KEFU_CACHE) are not ours.
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        m = _ENV_KEY.match(name)
        section = m.group(1).lower() if m else ""
        if section in RENAMED:
            new = f"KEFU_{RENAMED[section].upper()}__{m.group(2) if m else ''}"
            if new in env:  # both names set: which one was meant cannot be told
                raise ConfigError(f"environment variables {name} and {new} are both set: {name} is the old name, "
                                  f"unset it")
            log.warning("environment variable %s: the [%s] settings are now [%s]; rename it %s", name, section,
                        RENAMED[section], new)
            section = RENAMED[section]
        if m is None or section not in sections:
            raise ConfigError(
                f"environment variable {name} is not a setting: use KEFU_<SECTION>__<KEY> with SECTION one of "
                f"{', '.join(s.upper() for s in sections)}"
            )
        # Lists and tables (carrier.carriers, carrier.max_batch_by_carrier) come as JSON.
        parsed: Any = value
        if value[:1] in ("[", "{"):
            try:
                parsed = json.loads(value)
            except ValueError:
                raise ConfigError(f"environment variable {name} looks like JSON but is not valid JSON") from None
        out.setdefault(section, {})[m.group(2).lower()] = parsed
    if bootstrap := env.get("KAFKA_BOOTSTRAP"):
        out.setdefault("kafka", {})["bootstrap"] = bootstrap
    return out


def as_env(settings: Settings) -> dict[str, str]:
    """The settings as KEFU_<SECTION>__<KEY> variables, to hand to a child process."""
    out: dict[str, str] = {}
    for section, values in msgspec.to_builtins(settings).items():
        for key, value in values.items():
            text = json.dumps(value) if isinstance(value, (list, dict, bool)) else str(value)
            out[f"KEFU_{section.upper()}__{key.upper()}"] = text
    return out


def child_env(settings: Settings) -> dict[str, str]:
    """This process's environment with its own settings variables replaced by ``settings``: for a child router."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(ENV_PREFIX) and k != "KAFKA_BOOTSTRAP"}
    env.update(as_env(settings))
    return env
