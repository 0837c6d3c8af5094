"""Each outlet's carriers, made from its carrier account: what ``router.carrier.accounts.CarrierAccounts`` calls to
make an outlet's ``Carriers`` on its first request, and the accounts of a network's outlets by the name requests
carry. The customer service's ``build`` and ``keep_network`` (``handlers.customer_service``) use both, at start and
whenever the stored outlets change.
"""

from __future__ import annotations

import msgspec

from router.carrier.accounts import Make
from router.carrier.carriers import CarrierMetrics, Carriers, http_clients
from router.carrier.http import HttpPool
from router.carrier.ledger import EffectLedger
from router.carrier.wire.setup import Pools, open_clients
from router.config import Settings
from router.outlets import Account, Network


def account_carriers(settings: Settings, pool: HttpPool, metrics: CarrierMetrics, network: Network,
                     pools: Pools | None = None, ledger: EffectLedger | None = None) -> Make:
    """What makes an outlet's carriers from its account: its key and secret, ``[carrier]``'s address and limits;
    with ``carrier.protocol = "open_platform"``, its credentials at each carrier's own platform, over ``pools``."""

    def make(a: Account) -> Carriers:
        if settings.carrier.protocol == "open_platform":
            if pools is None:
                raise ValueError("the real protocols need their connection pools")
            clients = open_clients(settings.carrier, pools, dict(a.open), ledger)
        else:
            account = msgspec.structs.replace(settings.carrier, customer=a.customer, app_key=a.app_key,
                                              secret=a.secret)
            clients = http_clients(account, pool)
        return Carriers(clients, settings.carrier, metrics, state_gauge=network.single)

    return make


def outlet_accounts(network: Network) -> dict[str, Account]:
    """The carrier account of each outlet of ``network``, by the outlet's name as its requests carry it."""
    return {network.record_outlet(o): o.account for o in network.outlets.values()}
