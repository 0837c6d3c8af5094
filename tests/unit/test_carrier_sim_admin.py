"""The carrier simulator's admin endpoints take its token and show no secret; it posts callbacks only to its hosts."""

from __future__ import annotations

from aiohttp.test_utils import TestClient, TestServer

from kefu_dev.carrier_sim import CarrierSim, SimAccount, SimConfig


async def test_the_admin_endpoints_take_the_token_and_never_show_a_secret() -> None:
    other = SimAccount(customer="C2", app_key="k2", secret="s3cret-other")
    sim = CarrierSim(SimConfig(secret="s3cret-default", accounts=[other]))
    client = TestClient(TestServer(sim.app()))
    await client.start_server()
    try:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Bearer 令牌"}):
            async with client.get("/admin/stats", headers=headers) as r:
                assert r.status == 401
            async with client.post("/admin/config", json={"secret": "mine"}, headers=headers) as r:
                assert r.status == 401
        assert sim.config.secret == "s3cret-default"  # unchanged
        auth = {"Authorization": f"Bearer {sim.admin_token}"}
        async with client.post("/admin/config", json={"latency_ms": 1.0}, headers=auth) as r:
            assert r.status == 200
            shown = await r.text()
        assert "s3cret" not in shown and sim.admin_token not in shown and sim.config.latency_ms == 1.0
        # what is checked is set at start: a change would show in the config and not in the checks
        changes: list[dict[str, object]] = [{"admin_token": "mine-now"}, {"secret": "mine"}, {"accounts": []}]
        for change in changes:
            async with client.post("/admin/config", json=change, headers=auth) as r:
                assert r.status == 400 and "set when the simulator starts" in await r.text()
        for junk in (b"{", b"[1]", b'{"latency_ms": "fast"}', b"\xff"):  # refused, never a 500
            async with client.post("/admin/config", data=junk, headers=auth) as r:
                assert r.status == 400
        assert sim.config.secret == "s3cret-default" and sim.config.latency_ms == 1.0
    finally:
        await client.close()


async def test_callbacks_go_only_to_the_simulators_hosts() -> None:
    from kefu_dev import world
    from router.carrier.model import Item, Op

    sim = CarrierSim(SimConfig(callback_delay_s=0.0))
    waybill = world.waybill(__import__("random").Random(1), 1, "zto")
    parcel = sim.parcel(waybill)
    assert parcel is not None
    await sim._report("http://169.254.169.254/latest/meta-data", "zto", Op.INTERCEPT, Item(key="k", waybill=waybill),
                      parcel, "succeeded")
    assert (sim.stats.callbacks_refused, sim.stats.callbacks_sent, sim.stats.callbacks_failed) == (1, 0, 0)
