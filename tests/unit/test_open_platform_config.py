"""Choosing the carriers' real protocols in the configuration: what is refused at start and says what to fix,
and an account's credentials read (secrets from their references) into the outlet's account, never shown."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from router.config import load_settings
from router.errors import ConfigError
from router.outlets import Network

ZTO_ONLY = {"KEFU_CARRIER__PROTOCOL": "open_platform", "KEFU_CARRIER__OWNERSHIP": "shipments",
            "KEFU_CARRIER__CARRIERS": '["zto", "sf"]'}


def env(**extra: Any) -> dict[str, str]:
    return {**ZTO_ONLY, **{k: v if isinstance(v, str) else json.dumps(v) for k, v in extra.items()}}


@pytest.mark.parametrize(("extra", "says"), [
    ({"KEFU_CARRIER__OWNERSHIP": "track"}, 'needs carrier.ownership = "shipments"'),
    ({"KEFU_CARRIER__ACCOUNTS": {"zto": {"app_key": "k"}}}, r"carrier.accounts.zto: secret missing"),
    ({"KEFU_CARRIER__ACCOUNTS": {"zto": {"app_key": "k", "secret": "s"}}},
     r"carrier.accounts.sf: partner_id, checkword missing .*take sf out of carrier.carriers"),
    ({"KEFU_CARRIER__ENDPOINTS": {"zto": "japi.zto.com"}}, "carrier.endpoints.zto 'japi.zto.com' must be"),
    ({"KEFU_CARRIER__ENDPOINTS": {"zto": "http://japi.zto.com"}}, "'http://japi.zto.com'.* over https"),
    ({"KEFU_CARRIER__BASE_URL": "http://gw.example.com"}, "'http://gw.example.com/open/sf'.* over https"),
    ({"KEFU_OUTLETS__HZ": {"customer": "OUTLET-HZ", "secret": "env:HZ", "carrier_accounts": {
        "zto": {"app_key": "k", "secret": "in-clear"}, "sf": {"partner_id": "p", "checkword": "env:SF"}}}},
     r"outlets.hz.carrier_accounts.zto.secret must reference the secret"),
    ({"KEFU_CARRIER__CARRIERS": '["yto"]', "KEFU_OUTLETS__HZ": {
        "customer": "OUTLET-HZ", "secret": "env:HZ", "carrier_accounts": {"yto": {
            "user_id": "U", "app_key": "K", "secret": "env:YTO", "secret.wanted_report_adapter": "in-clear"}}}},
     r"yto.secret.wanted_report_adapter must reference the secret"),
    ({"KEFU_CARRIER__CARRIERS": '["yunda"]', "KEFU_CARRIER__VIA": {"yunda": "kuaidi100"},
      "KEFU_CARRIER__ENDPOINTS": {"kuaidi100": "https://poll.kuaidi100.com"},
      "KEFU_CARRIER__ACCOUNTS": {"kuaidi100": {"customer": "C", "key": "k", "secret": "s"}}}, "kuaidi100.api"),
    # the callback endpoint served: what SF's pushes are verified with is needed too
    ({"KEFU_CALLBACKS__PORT": "8090", "KEFU_CARRIER__ACCOUNTS": {
        "zto": {"app_key": "k", "secret": "s"}, "sf": {"partner_id": "p", "checkword": "c"}}},
     r"carrier.accounts.sf: push_token missing .*its pushes are refused"),
])
def test_a_configuration_of_the_real_protocols_that_cannot_work_says_what_to_fix(extra: dict[str, Any],
                                                                                  says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        load_settings(env=env(**extra))


def test_without_the_callback_endpoint_no_push_credential_is_asked_for() -> None:
    load_settings(env=env(KEFU_CARRIER__ACCOUNTS={"zto": {"app_key": "k", "secret": "s"},
                                                  "sf": {"partner_id": "p", "checkword": "c"}}))


def test_an_outlets_credentials_are_read_from_their_references_and_never_shown() -> None:
    accounts = {"zto": {"app_key": "zto-key", "secret": "env:ZTO_SECRET"},
                "sf": {"partner_id": "PARTNER", "checkword": "env:SF_CHECKWORD"}}
    e = env(KEFU_CARRIER__ACCOUNTS=accounts, ZTO_SECRET="zto-s3cret", SF_CHECKWORD="sf-s3cret")
    net = Network.from_settings(load_settings(env=e), env=e)
    (outlet,) = net.outlets.values()
    creds = dict(outlet.account.open)
    assert creds["zto"]["secret"] == "zto-s3cret" and creds["sf"]["checkword"] == "sf-s3cret"
    assert "s3cret" not in repr(outlet) and "s3cret" not in repr(creds)
    with pytest.raises(ConfigError, match="SF_CHECKWORD is not set"):
        Network.from_settings(load_settings(env=e), env={**e, "SF_CHECKWORD": ""})


def test_check_config_masks_every_carriers_credentials() -> None:
    from tests.unit.test_cli import kefu

    accounts = {"zto": {"app_key": "zto-key", "secret": "clear-zto"},
                "sf": {"partner_id": "PARTNER", "checkword": "clear-sf"},
                "yto": {"user_id": "U", "app_key": "K", "secret": "clear-yto",
                        "secret.wanted_report_adapter": "clear-w"}}
    e = {"PATH": "/usr/bin:/bin", **env(KEFU_CARRIER__ACCOUNTS=accounts, KEFU_CARRIER__CARRIERS='["zto", "sf", "yto"]')}
    done = kefu("check-config", env=e)
    assert done.returncode == 0, done.stderr
    assert "clear-" not in done.stdout and "zto-key" in done.stdout and "PARTNER" in done.stdout


def test_a_stored_outlets_carrier_accounts_are_set_from_the_command_line(tmp_path: Path) -> None:
    from tests.unit.test_cli import kefu

    store = f"sqlite:///{tmp_path / 't.db'}"
    e = {"PATH": "/usr/bin:/bin", "KEFU_TICKETS__STORE": store, "KEFU_NETWORK__STORE": store,
         **env(KEFU_CARRIER__CARRIERS='["zto"]')}
    ok = kefu("outlet", "set", "hz", "--customer", "OUTLET-HZ", "--secret", "env:HZ", "--carrier-account",
              "zto.app_key=hz-key", "--carrier-account", "zto.secret=env:HZ_ZTO", env=e)
    assert ok.returncode == 0, ok.stderr
    clear = kefu("outlet", "set", "hz", "--carrier-account", "zto.secret=in-clear", env=e)
    assert clear.returncode == 2 and "outlets.hz.carrier_accounts.zto.secret must reference" in clear.stderr
    lacking = kefu("outlet", "set", "sh", "--customer", "OUTLET-SH", "--secret", "env:SH", env=e)
    assert lacking.returncode == 2 and "outlets.sh.carrier_accounts.zto: app_key, secret missing" in lacking.stderr
    pickups = tmp_path / "p.csv"
    pickups.write_text("waybill,carrier,customer\n75000000000001,zto,C00001\n", encoding="utf-8")
    done = kefu("shipments", "import", str(pickups), "--outlet", "hz", env=e)  # (a stored outlet: known)
    assert done.returncode == 0 and "for outlet hz" in done.stdout, done.stderr
