"""The merchant directory: which customer account a merchant ships under, and its usual carrier.

A merchant may act only on parcels shipped under its own account; the directory is the router's side of that
check (the carrier's tracking answer is the other). Loaded once at start from a JSON file.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import msgspec

from router.config.files import decoded
from router.errors import ConfigError


class MerchantEntry(msgspec.Struct, frozen=True, kw_only=True):
    customer: str
    carrier: str | None = None  # decides all-digit numbers that fit several carriers
    tier: str = ""  # the merchant's tier in the outlet ("vip", "big" …), which workflow rules may name


class Directory:
    def __init__(self, entries: Mapping[str, MerchantEntry] | None = None) -> None:
        self._entries = dict(entries or {})
        self.tiers = frozenset(e.tier for e in self._entries.values())  # the tiers any merchant here has

    def __repr__(self) -> str:
        return f"<Directory merchants={len(self._entries)}>"

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, merchant: str) -> MerchantEntry | None:
        return self._entries.get(merchant)

    def with_entries(self, entries: Mapping[str, MerchantEntry]) -> Directory:
        """This directory with ``entries`` over it."""
        return Directory({**self._entries, **entries})

    @classmethod
    def load(cls, path: str, setting: str = "directory.path") -> Directory:
        """The directory in the JSON file ``path`` (empty: nobody is known); ``setting`` names it in errors."""
        if not path:
            return cls()
        p = Path(path)
        try:
            data = decoded(path, dict[str, MerchantEntry])
        except FileNotFoundError:
            raise ConfigError(f"{setting} {p} does not exist: point it at the merchant directory JSON") from None
        except msgspec.DecodeError as e:
            raise ConfigError(
                f"{setting} {p} is not a merchant directory ({e}); expected "
                '{"<merchant>": {"customer": "<account>", "carrier": "zto"}}'
            ) from None
        return cls(data)

    def dump(self, path: str | Path) -> None:
        Path(path).write_bytes(msgspec.json.encode(self._entries))
