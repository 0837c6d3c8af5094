from __future__ import annotations

from pathlib import Path

import pytest

from router import settings_doc
from router.config import load_settings
from router.errors import ConfigError


def test_defaults() -> None:
    s = load_settings(env={"KEFU_CACHE": "/tmp/x", "KEFU_RUN": "/tmp/y"})  # script variables, not settings
    assert s.scheduler.max_inflight == 512
    assert (s.topics.requests, s.topics.replies, s.topics.tickets, s.topics.human, s.topics.dlq) == (
        "kefu.requests", "kefu.replies", "kefu.tickets", "kefu.human", "kefu.dlq",
    )


def test_file_then_env_then_kafka_bootstrap(tmp_path: Path) -> None:
    f = tmp_path / "kefu.toml"
    f.write_text('[scheduler]\nmax_inflight = 64\n[kafka]\nbootstrap = "a:1"\ngroup_id = "file"\n')
    s = load_settings(f, env={"KEFU_KAFKA__GROUP_ID": "env", "KAFKA_BOOTSTRAP": "b:2"})
    assert s.scheduler.max_inflight == 64
    assert s.kafka.group_id == "env"
    assert s.kafka.bootstrap == "b:2"
    s = load_settings(env={"KEFU_CONFIG": str(f), "KEFU_SCHEDULER__MAX_INFLIGHT": "8"})
    assert s.scheduler.max_inflight == 8


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"KEFU_SCHEDULER__MAX_INFLIGHT": "lots"}, "KEFU_SCHEDULER__MAX_INFLIGHT"),
        ({"KEFU_SCHEDULER__MAX_INFLIGHT": "0"}, "scheduler.max_inflight"),
        ({"KEFU_SCHEDULER__MAX_PER_KEY": "0"}, "scheduler.max_per_key"),
        ({"KEFU_KAFKA__FETCH_MIN_BYTES": "0"}, "kafka.fetch_min_bytes"),
        ({"KEFU_SCHEDULER__MAX_INFLIGT": "5"}, "unknown setting 'max_infligt'"),
        ({"KEFU_NOPE__X": "1"}, "KEFU_<SECTION>__<KEY>"),
        ({"KEFU_BACKPRESSURE__LOW_RECORDS": "50000"}, "low_records must be below"),
        ({"KAFKA_BOOTSTRAP": "no port here"}, "kafka.bootstrap"),
        ({"KEFU_TOPICS__REPLIES": "kefu.requests"}, "must all differ"),
        ({"KEFU_TOPICS__DLQ": "bad topic!"}, "topics.dlq"),
        ({"KEFU_KAFKA__SECURITY_PROTOCOL": "TLS"}, "KEFU_KAFKA__SECURITY_PROTOCOL"),
        ({"KEFU_KAFKA__SECURITY_PROTOCOL": "SASL_SSL"}, "needs kafka.sasl_username and kafka.sasl_password"),
        ({"KEFU_KAFKA__SECURITY_PROTOCOL": "SASL_SSL", "KEFU_KAFKA__SASL_USERNAME": "u",
          "KEFU_KAFKA__SASL_PASSWORD": "hunter2"}, "kafka.sasl_password must reference"),
        ({"KEFU_KAFKA__SASL_USERNAME": "u"}, "with kafka.security_protocol SASL_SSL only"),
        ({"KEFU_CHAT__DINGTALK_STREAM_CLIENT_ID": "ding"}, "dingtalk_stream_client_secret are set together"),
        ({"KEFU_CHAT__DINGTALK_STREAM_CLIENT_ID": "ding", "KEFU_CHAT__DINGTALK_STREAM_CLIENT_SECRET": "in-clear"},
         "must reference the AppSecret"),
        ({"KEFU_CHAT__DINGTALK_STREAM_URL": "ftp://x"}, "dingtalk_stream_url must be an http(s) URL"),
        ({"KEFU_KAFKA__SSL_CAFILE": "/etc/hostname"}, "with kafka.security_protocol SSL or SASL_SSL only"),
        ({"KEFU_KAFKA__SECURITY_PROTOCOL": "SSL", "KEFU_KAFKA__SSL_CERTFILE": "/etc/hostname"},
         "ssl_certfile and kafka.ssl_keyfile are set together"),
    ],
)
def test_errors_say_what_to_fix(env: dict[str, str], needle: str) -> None:
    with pytest.raises(ConfigError) as e:
        load_settings(env=env)
    assert needle in str(e.value)


def test_file_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "missing.toml", env={})
    bad = tmp_path / "bad.toml"
    bad.write_text("[scheduler\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(bad, env={})
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("[schedular]\nmax_inflight = 3\n")
    with pytest.raises(ConfigError, match="unknown setting 'schedular'"):
        load_settings(unknown, env={})


def test_a_sasl_password_is_never_echoed() -> None:
    with pytest.raises(ConfigError) as e:
        load_settings(env={"KEFU_KAFKA__SECURITY_PROTOCOL": "SASL_SSL", "KEFU_KAFKA__SASL_USERNAME": "u",
                           "KEFU_KAFKA__SASL_PASSWORD": "hunter2-in-clear"})
    assert "hunter2" not in str(e.value)


def test_as_env_round_trips() -> None:
    s = load_settings(env={"KEFU_SCHEDULER__MAX_INFLIGHT": "7", "KEFU_TOPICS__DLQ": "x.dlq"})
    from router.config import as_env

    assert load_settings(env=as_env(s)) == s


def test_carrier_settings_from_env_json_and_their_checks() -> None:
    s = load_settings(env={"KEFU_CARRIER__CARRIERS": '["zto", "yto"]',
                           "KEFU_CARRIER__MAX_BATCH_BY_CARRIER": '{"sf": 5}', "KEFU_CARRIER__BATCHING": "false"})
    assert s.carrier.carriers == ["zto", "yto"] and s.carrier.max_batch_by_carrier == {"sf": 5}
    assert s.carrier.batching is False
    with pytest.raises(ConfigError, match="looks like JSON"):
        load_settings(env={"KEFU_CARRIER__CARRIERS": "[zto"})
    with pytest.raises(ConfigError, match=r"item_deadline_s must be below scheduler\.handler_timeout_s"):
        load_settings(env={"KEFU_SCHEDULER__HANDLER_TIMEOUT_S": "60", "KEFU_CARRIER__ITEM_DEADLINE_S": "120"})
    with pytest.raises(ConfigError, match=r"carrier\.base_url"):
        load_settings(env={"KEFU_CARRIER__BASE_URL": "carrier.example.com"})


def test_the_old_name_of_the_carrier_section_still_reads_with_a_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    old = tmp_path / "old.toml"
    old.write_text('[gateway]\nbase_url = "https://carrier.example.com"\nenabled = false\n')
    s = load_settings(old, env={"KEFU_GATEWAY__LINGER_MS": "7"})
    assert s.carrier.base_url == "https://carrier.example.com" and s.carrier.enabled is False
    assert s.carrier.linger_ms == 7
    said = " ".join(r.getMessage() for r in caplog.records)
    assert "[gateway] is now [carrier]" in said and "KEFU_CARRIER__LINGER_MS" in said
    with pytest.raises(ConfigError, match="KEFU_GATEWAY__SECRET and KEFU_CARRIER__SECRET are both set"):
        load_settings(env={"KEFU_CARRIER__SECRET": "new", "KEFU_GATEWAY__SECRET": "old"})
    both = tmp_path / "both.toml"
    both.write_text('[gateway]\nenabled = false\n[carrier]\nenabled = true\n')
    with pytest.raises(ConfigError, match=r"both \[gateway\] and \[carrier\]"):
        load_settings(both, env={})


def test_the_example_file_is_valid() -> None:
    s = load_settings(Path(__file__).parents[2] / "deploy" / "kefu.example.toml", env={})
    assert s.carrier.max_batch_by_carrier == {"sf": 10} and s.directory.path == ""


def test_directory_file_errors(tmp_path: Path) -> None:
    from router.directory import Directory

    with pytest.raises(ConfigError, match="does not exist"):
        Directory.load(str(tmp_path / "nope.json"))
    bad = tmp_path / "bad.json"
    bad.write_text('{"m1": {"carrier": "zto"}}')
    with pytest.raises(ConfigError, match="not a merchant directory"):
        Directory.load(str(bad))
    good = tmp_path / "good.json"
    good.write_text('{"m1": {"customer": "C1", "carrier": "zto"}}')
    entry = Directory.load(str(good)).get("m1")
    assert entry is not None and entry.customer == "C1"


def test_the_configuration_reference_is_up_to_date() -> None:
    """docs/configuration.md is generated from the settings: a key added, renamed or re-defaulted shows here."""
    assert settings_doc.render() == settings_doc.DOC.read_text(encoding="utf-8"), (
        "docs/configuration.md is out of date: run python -m router.settings_doc")
    assert "| `linger_ms` | number ≥ 0 | `20.0` | `KEFU_CARRIER__LINGER_MS` |" in settings_doc.render()


def test_configuration_files_are_decoded_again_only_when_they_change(tmp_path: Path) -> None:
    """A network read again after a store change reads each outlet's directory and groups files again only if the
    file changed: the same file gives the same decoded value, a rewritten one the new content."""
    import os

    from router.config.files import decoded
    from router.directory import Directory, MerchantEntry

    p = tmp_path / "dir.json"
    p.write_text('{"m1": {"customer": "C1"}}')
    first = decoded(str(p), dict[str, MerchantEntry])
    assert decoded(str(p), dict[str, MerchantEntry]) is first  # unchanged: not read again
    p.write_text('{"m1": {"customer": "C2"}, "m2": {"customer": "C3"}}')
    os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 1_000_000))  # (a clock too coarse to see it)
    again = Directory.load(str(p))
    assert again.get("m1") == MerchantEntry(customer="C2") and len(again) == 2
    assert first["m1"].customer == "C1"  # what was handed out before is not changed under its holder


def test_a_file_rewritten_with_its_old_size_and_time_is_read_again(tmp_path: Path) -> None:
    """cp -p, rsync -t, tar x: the same size and modification time as before, new contents. The change time
    gives it away."""
    import os

    from router.config.files import decoded
    from router.config.sections import ChatGroup

    p = tmp_path / "groups.json"
    p.write_text('{"g1": {"merchant": "m1", "platform": "wecom", "secret": "BBBB"}}')
    before = p.stat()
    assert decoded(str(p), dict[str, ChatGroup])["g1"].secret == "BBBB"
    p.write_text('{"g1": {"merchant": "m1", "platform": "wecom", "secret": "CCCC"}}')
    os.utime(p, ns=(before.st_atime_ns, before.st_mtime_ns))  # the old time put back
    assert decoded(str(p), dict[str, ChatGroup])["g1"].secret == "CCCC"


def test_the_simulators_built_in_carrier_secret_is_refused_off_this_machine() -> None:
    remote = {"KEFU_CARRIER__BASE_URL": "https://open.zto.com"}
    with pytest.raises(ConfigError, match=r"built-in one and carrier\.base_url is not on this machine"):
        load_settings(env=remote)
    with pytest.raises(ConfigError, match=r"callback endpoint listens beyond this machine"):
        load_settings(env={"KEFU_CALLBACKS__PORT": "9109", "KEFU_CALLBACKS__HOST": "0.0.0.0"})
    load_settings(env={**remote, "KEFU_CARRIER__SECRET": "the-accounts-own"})
    for local in ("http://127.0.0.1:29300", "http://localhost:29300", "http://[::1]:29300"):
        load_settings(env={"KEFU_CARRIER__BASE_URL": local, "KEFU_CALLBACKS__PORT": "9109"})
    load_settings(env={**remote, "KEFU_CARRIER__ENABLED": "false"})  # acknowledge-only: no carrier is called
