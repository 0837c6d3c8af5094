"""The real-protocol clients made from the configuration (``carrier.protocol = "open_platform"``): each carrier's
adapter (its own platform's, or kuaidi100's speaking for it: ``carrier.via``), its base URL
(``carrier.endpoints``, else the simulator's ``{carrier.base_url}/open/{carrier}``), kept connections per base URL
shared by every account, and an account's credentials at each carrier, their secrets read where they are
referenced (``env:NAME``, ``file:/path``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final

from router.carrier.client import CarrierClient
from router.carrier.http import HttpPool
from router.carrier.ledger import EffectLedger
from router.carrier.model import Op
from router.carrier.wire import WIRES
from router.carrier.wire.base import Credentials, Wire
from router.carrier.wire.client import WireClient
from router.carrier.wire.kuaidi100 import COMS, Kuaidi100
from router.config.secrets import is_reference, read_secret
from router.config.sections import CarrierSettings

# credential fields that are secrets: referenced in a network's configuration, never shown
SECRET_FIELDS: Final = frozenset({"secret", "checkword", "private_key", "sm4_key", "authorization", "password",
                                  "token", "key", "push_token", "salt"})


def wire_for(carrier: str, via: Mapping[str, str]) -> Wire | None:
    """The adapter that speaks for ``carrier``: kuaidi100's when the configuration says so, else its own (None:
    no adapter, its requests go to a person)."""
    if via.get(carrier) == "kuaidi100":
        return Kuaidi100(carrier) if carrier in COMS else None
    return WIRES.get(carrier)


def account_of(carrier: str, via: Mapping[str, str]) -> str:
    """Whose credentials a carrier's calls carry: its own platform's, or kuaidi100's."""
    return "kuaidi100" if via.get(carrier) == "kuaidi100" else carrier


def endpoint(settings: CarrierSettings, carrier: str, which: str = "") -> str:
    """The base URL of ``carrier``'s platform (``which``: one of its other hosts, kuaidi100's "api")."""
    name = account_of(carrier, settings.via)
    key = f"{name}.{which}" if which else name
    return settings.endpoints.get(key) or f"{settings.base_url.rstrip('/')}/open/{name}"


# what a platform's pushes are verified with beyond what its calls need (router.carrier.wire.pushes)
PUSH_NEEDS: Final = {"sf": ("push_token", "any long random string, also put in the push URL registered at SF"),
                     "kuaidi100": ("salt", "the salt its subscriptions give")}


def problems(settings: CarrierSettings, accounts: Mapping[str, Mapping[str, str]], where: str,
             references_only: bool, pushes: bool = False) -> list[str]:
    """What keeps an account's open-platform clients from being made, in words that say what to fix (``pushes``:
    the callback endpoint is served, so what the platforms' pushes are verified with is needed too)."""
    out = []
    if pushes:
        named = {account_of(c, settings.via) for c in settings.carriers if wire_for(c, settings.via) is not None}
        out += [f"{where}.{name}: {field} missing ({what}; without it its pushes are refused)"
                for name, (field, what) in PUSH_NEEDS.items()
                if name in named and not accounts.get(name, {}).get(field)]
    for carrier in settings.carriers:
        wire = wire_for(carrier, settings.via)
        if wire is None:
            continue  # (no adapter: its requests go to a person, as for a carrier not configured)
        name = account_of(carrier, settings.via)
        fields = accounts.get(name, {})
        missing = [f for f in wire.NEEDS if not fields.get(f)]
        if missing:
            out.append(f"{where}.{name}: {', '.join(missing)} missing (what {name}'s open platform issued; or take "
                       f"{carrier} out of carrier.carriers)")
        if references_only:
            out += [f"{where}.{name}.{f} must reference the secret (\"env:NAME\" or \"file:/path\"), not hold it"
                    for f, v in fields.items() if is_secret(f) and v and not is_reference(v)]
    if "kuaidi100" in settings.via.values() and "kuaidi100" in settings.endpoints \
            and "kuaidi100.api" not in settings.endpoints:
        out.append('carrier.endpoints: kuaidi100 answers on two hosts: set "kuaidi100.api" '
                   "(https://api.kuaidi100.com) beside kuaidi100 (https://poll.kuaidi100.com)")
    return sorted(set(out), key=out.index)


def is_secret(field: str) -> bool:
    return field in SECRET_FIELDS or field.startswith("secret.")  # (YTO's secret of one interface)


def credentials(fields: Mapping[str, str], where: str, env: Mapping[str, str] | None = None) -> Credentials:
    """``fields`` with every referenced secret read (ConfigError naming ``where`` when one cannot be)."""
    source = os.environ if env is None else env
    return Credentials({f: read_secret(v, f"{where}.{f}", source) if is_reference(v) else v
                        for f, v in fields.items()})


class Pools:
    """Kept connections, one pool per base URL, made on first use and closed together."""

    def __init__(self, max_idle: int) -> None:
        self._max_idle = max_idle
        self._pools: dict[str, HttpPool] = {}

    def __repr__(self) -> str:
        return f"<Pools {len(self._pools)}>"

    def get(self, base_url: str) -> HttpPool:
        pool = self._pools.get(base_url)
        if pool is None:
            pool = self._pools[base_url] = HttpPool(base_url, max_idle=self._max_idle)
        return pool

    def close(self) -> None:
        for pool in self._pools.values():
            pool.close()
        self._pools.clear()


def open_clients(settings: CarrierSettings, pools: Pools, accounts: Mapping[str, Credentials],
                 ledger: EffectLedger | None = None) -> dict[str, CarrierClient]:
    """A client per configured carrier that has an adapter and the account's credentials for it (``ledger``:
    where the effects a carrier would do twice are written before they are sent: router.carrier.ledger)."""
    out: dict[str, CarrierClient] = {}
    for carrier in settings.carriers:
        wire = wire_for(carrier, settings.via)
        creds = accounts.get(account_of(carrier, settings.via))
        if wire is None or creds is None:
            continue
        others = {"api": pools.get(endpoint(settings, carrier, "api"))} if isinstance(wire, Kuaidi100) else {}
        out[carrier] = WireClient(wire, pools.get(endpoint(settings, carrier)), creds, timeout_s=settings.timeout_s,
                                  endpoints=others, ledger=ledger)
    return out


def result_carriers(settings: CarrierSettings) -> list[str]:
    """The configured carriers whose adapter can be asked how an effect ended (``Op.RESULT``)."""
    return [c for c in settings.carriers if (w := wire_for(c, settings.via)) is not None and w.supports(Op.RESULT)]
