"""VIP merchants go first (issue 28): the service names their requests to the router (router.registry.Prioritised),
which starts them before those waiting their turn (tests/unit/test_scheduler.py, tests/router_contract.py)."""

from __future__ import annotations

from handlers import intent_handlers
from handlers.base import Context
from handlers.customer_service import CustomerService
from handlers.vip import any_vip, sent_by_vip
from router.directory import Directory, MerchantEntry
from router.outlets import Network
from router.registry import Prioritised
from tests.unit.test_service import request


def _service(directory: Directory) -> CustomerService:
    return CustomerService(Context(None), directory, intent_handlers())  # type: ignore[arg-type]


def test_the_service_names_a_vip_merchants_requests_first_and_nobody_elses() -> None:
    svc = _service(Directory({"m1": MerchantEntry(customer="c1", tier="vip"),
                              "m2": MerchantEntry(customer="c2", tier="big")}))
    assert isinstance(svc, Prioritised) and svc.prioritised
    assert svc.first(request("YT7514236985412 拦截", merchant="m1"))
    assert not svc.first(request("YT7514236985412 拦截", merchant="m2"))
    assert not svc.first(request("YT7514236985412 拦截", merchant="stranger"))


def test_without_vip_merchants_nobody_goes_first_and_records_are_not_read_for_it() -> None:
    plain = Network.one(directory=Directory({"m1": MerchantEntry(customer="c1")}))
    assert not any_vip(plain) and not sent_by_vip(request("x", merchant="m1"), plain)
    svc = _service(Directory({"m1": MerchantEntry(customer="c1")}))
    assert not svc.prioritised
    # a network changed to one with a VIP (the outlet store's watch) is seen at once
    svc.network = Network.one(directory=Directory({"m1": MerchantEntry(customer="c1", tier="vip")}))
    assert svc.prioritised


def test_the_lane_needs_no_lanes() -> None:
    """A handler that names who goes first is asked whether lanes are used or not (scheduler.max_per_key 1)."""
    from router.handling import Handling
    from router.metrics import RouterMetrics
    from tests.harness import FirstHandler, fresh_settings

    handler = FirstHandler({"m1"}, delay_s=0.0)
    assert Handling(fresh_settings(scheduler={"max_per_key": 1}), handler, RouterMetrics(), None).prioritised
