"""The command line's own habits: a version, settings and failures in one line each, logs as text or JSON."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kefu.cli import main
from router.config.sections import OutletSettings


def kefu(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kefu", *args], capture_output=True, text=True, timeout=60,
                          check=False, env=env)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("kefu-router ")


def test_an_unknown_log_level_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--log-level", "LOUD", "check-config"])
    assert done.value.code == 2 and "invalid choice: 'LOUD'" in capsys.readouterr().err
    ok = kefu("--log-level", "warning", "check-config")  # any case (in a process of its own: it sets up logging)
    assert ok.returncode == 0, ok.stderr


def test_a_ticket_store_that_cannot_be_opened_is_one_line_and_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    env = {"PATH": "/usr/bin:/bin", "KEFU_TICKETS__STORE": f"sqlite:///{blocker}/tickets.db"}
    for command in ("report", "tickets"):
        done = kefu(command, env=env)
        assert done.returncode == 1, done.stderr
        assert done.stderr.splitlines() == [
            f"kefu-router: cannot open the ticket store (tickets.store) at {blocker}/tickets.db: "
            f"FileExistsError: [Errno 17] File exists: '{blocker}'"]


def test_a_setting_that_does_not_exist_is_one_line_and_exit_2() -> None:
    done = kefu("check-config", env={"PATH": "/usr/bin:/bin", "KEFU_SCHEDULER__MAX_INFLIGT": "3"})
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1 and "MAX_INFLIGT" in done.stderr.upper()


def test_logs_as_json_lines() -> None:
    done = kefu("--log-format", "json", "wait-kafka", "--timeout", "0.5",
                env={"PATH": "/usr/bin:/bin", "KAFKA_BOOTSTRAP": "127.0.0.1:9"})
    assert done.returncode == 1
    *logged, last = done.stderr.splitlines()
    assert last.startswith("kefu-router: Kafka at 127.0.0.1:9 did not answer")
    entries = [json.loads(line) for line in logged]
    assert entries and all(set(e) >= {"time", "level", "logger", "message"} for e in entries)


def test_check_config_names_the_outlets_masks_secrets_and_fails_on_a_secret_that_reads_nothing(
        tmp_path: Path) -> None:
    toml = tmp_path / "net.toml"
    toml.write_text('[carrier]\nsecret = "carrier-secret-in-clear"\n'
                    '[outlets.hz]\nname = "文三路"\ncustomer = "OUTLET-HZ"\nsecret = "env:HZ_SECRET"\n'
                    '[outlets.hz.groups.g1]\nmerchant = "m1"\nplatform = "wecom"\n'
                    'webhook = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=robot-key"\n', encoding="utf-8")
    ok = kefu("--config", str(toml), "check-config", env={"PATH": "/usr/bin:/bin", "HZ_SECRET": "s3cr3t"})
    assert ok.returncode == 0, ok.stderr
    assert "outlet hz (文三路): account OUTLET-HZ, 0 merchants, 1 groups" in ok.stdout
    for secret in ("carrier-secret-in-clear", "s3cr3t", "robot-key"):
        assert secret not in ok.stdout + ok.stderr
    missing = kefu("--config", str(toml), "check-config", env={"PATH": "/usr/bin:/bin"})
    assert missing.returncode == 2 and "HZ_SECRET is not set" in missing.stderr


def test_check_config_reads_the_chat_gateways_secrets_too(tmp_path: Path) -> None:
    """The JSON API's tokens and DingTalk Stream's AppSecret are read like every other secret reference: one that
    reads nothing fails check-config, naming the setting, and a secret read is never printed."""
    env = {"PATH": "/usr/bin:/bin", "KEFU_CHAT__DINGTALK_STREAM_CLIENT_ID": "ding-app",
           "KEFU_CHAT__DINGTALK_STREAM_CLIENT_SECRET": "env:DING_SECRET"}
    missing = kefu("check-config", env=env)
    assert missing.returncode == 2 and "chat.dingtalk_stream_client_secret" in missing.stderr, missing.stderr
    ok = kefu("check-config", env={**env, "DING_SECRET": "ding-secret-value"})
    assert ok.returncode == 0, ok.stderr
    assert "ding-secret-value" not in ok.stdout + ok.stderr
    toml = tmp_path / "api.toml"
    toml.write_text('[chat.api_sources.shop]\ntoken = "file:/nonexistent/token"\ngroups = ["g1"]\n', encoding="utf-8")
    unread = kefu("--config", str(toml), "check-config", env={"PATH": "/usr/bin:/bin"})
    assert unread.returncode == 2 and "chat.api_sources.shop.token" in unread.stderr, unread.stderr


def test_check_config_masks_a_stores_password(tmp_path: Path) -> None:
    done = kefu("check-config", env={"PATH": "/usr/bin:/bin",
                                     "KEFU_TICKETS__STORE": "postgresql://kefu:pa55word@db:5432/kefu"})
    assert done.returncode == 0, done.stderr
    assert "pa55word" not in done.stdout and "postgresql://kefu:***@db:5432/kefu" in done.stdout


def test_outlets_are_added_moved_and_removed_from_the_command_line(tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 't.db'}"
    one_outlet = kefu("outlet", "set", "hz", "--customer", "X", "--secret", "env:X",
                      env={"PATH": "/usr/bin:/bin", "KEFU_TICKETS__STORE": store})
    assert one_outlet.returncode == 2 and "network.store" in one_outlet.stderr  # its routers would not read it
    env = {"PATH": "/usr/bin:/bin", "KEFU_TICKETS__STORE": store, "KEFU_NETWORK__STORE": store}
    csv_file = tmp_path / "merchants.csv"
    csv_file.write_text("merchant,customer,carrier,group,platform\nm1,C00001,zto,g-1,wecom\n"
                        "m2,C00002,,g-2,dingtalk\n", encoding="utf-8")
    steps = [
        (["outlet", "set", "hz", "--customer", "OUTLET-HZ", "--secret", "env:HZ", "--name", "杭州"], 0),
        (["outlet", "set", "sh", "--customer", "OUTLET-SH", "--secret", "env:SH"], 0),
        (["merchant", "import", "hz", str(csv_file)], 0),
        (["outlet", "group", "sh", "g-2", "--merchant", "m2", "--platform", "dingtalk"], 0),  # moved from hz
        (["outlet", "set", "hz", "--secret", "a-secret-in-clear"], 2),  # refused, nothing written
        (["outlet", "set", "nb", "--name", "no account"], 2),
        (["outlet", "set", "NB", "--customer", "N", "--secret", "env:N"], 2),  # not an outlet id
        (["outlet", "set", "nb", "--customer", "N"], 2),  # no secret: the routers would refuse it
    ]
    for args, code in steps:
        done = kefu(*args, env=env)
        assert done.returncode == code, (args, done.stdout, done.stderr)
    listed = kefu("outlet", "list", env=env).stdout.splitlines()
    assert listed == ["hz\t杭州\taccount OUTLET-HZ\t1 groups\t2 merchants inline\t(store)",
                      "sh\t-\taccount OUTLET-SH\t1 groups\t0 merchants inline\t(store)"]
    assert kefu("outlet", "remove", "sh", env=env).returncode == 0
    assert [line.split("\t")[0] for line in kefu("outlet", "list", env=env).stdout.splitlines()] == ["hz"]


def test_an_outlets_knowledge_areas_and_rules_are_imported_checked_as_the_routers_will_read_them(
        tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 't.db'}"
    env = {"PATH": "/usr/bin:/bin", "KEFU_TICKETS__STORE": store, "KEFU_NETWORK__STORE": store}
    starter = Path(__file__).parents[2] / "deploy" / "knowledge" / "express-outlet.toml"
    areas, bad_areas, rules = tmp_path / "areas.toml", tmp_path / "bad.toml", tmp_path / "rules.toml"
    areas.write_text('[[areas]]\narea = "新疆"\nreason = "疫情管控"\n', encoding="utf-8")
    bad_areas.write_text('[[areas]]\narea = "西湖区"\n', encoding="utf-8")
    rules.write_text('[[rules]]\nname = "vip"\nmode = "record"\ntiers = ["vip"]\n', encoding="utf-8")
    assert kefu("outlet", "set", "hz", "--customer", "OUTLET-HZ", "--secret", "env:HZ", env=env).returncode == 0
    done = kefu("outlet", "import", "hz", "--knowledge", str(starter), "--stop-ship", str(areas), "--rules",
                str(rules), env=env)
    assert done.returncode == 0, done.stderr
    refused = kefu("outlet", "import", "hz", "--stop-ship", str(bad_areas), env=env)
    assert refused.returncode == 2 and "area = '西湖区' names no province" in refused.stderr
    assert kefu("outlet", "import", "nb", "--rules", str(rules), env=env).returncode == 2  # (no such outlet)

    async def stored() -> OutletSettings:
        from router.outlet_store import OutletStore
        from router.tickets.store import open_store

        s = await open_store(store)
        try:
            return (await OutletStore(s.db).outlets())[1]["hz"]
        finally:
            await s.close()

    hz = asyncio.run(stored())
    assert (len(hz.knowledge.entries), hz.knowledge.vars["截单时间"]) == (20, "17:30")  # (inline, variables too)
    assert [a.area for a in hz.stop_ship.areas] == ["新疆"] and [r.name for r in hz.rules.rules] == ["vip"]
