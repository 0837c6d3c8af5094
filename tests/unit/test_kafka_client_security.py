"""The options every Kafka client is built with (router.kafka.security): what a bad reference or file says."""

from __future__ import annotations

from pathlib import Path

import pytest

from router.config import KafkaSettings
from router.errors import ConfigError
from router.kafka.security import client_security, described


def test_plaintext_adds_nothing_and_sasl_reads_its_password_from_the_reference(tmp_path: Path) -> None:
    assert client_security(KafkaSettings()) == {}
    password = tmp_path / "password"
    password.write_text("s3cret-from-a-file\n")
    k = KafkaSettings(security_protocol="SASL_SSL", sasl_username="kefu-router", sasl_password=f"file:{password}")
    options = client_security(k)
    assert options["sasl_plain_password"] == "s3cret-from-a-file"
    assert options["sasl_mechanism"] == "SCRAM-SHA-512" and options["security_protocol"] == "SASL_SSL"
    assert options["ssl_context"].check_hostname  # the broker's name is checked against its certificate
    assert "s3cret" not in described(k) and "kefu-router" in described(k)


def test_a_password_reference_that_reads_nothing_is_a_config_error(tmp_path: Path) -> None:
    k = KafkaSettings(security_protocol="SASL_SSL", sasl_username="u", sasl_password=f"file:{tmp_path / 'missing'}")
    with pytest.raises(ConfigError, match=r"kafka\.sasl_password .*cannot read the secrets file"):
        client_security(k)
    k = KafkaSettings(security_protocol="SASL_SSL", sasl_username="u", sasl_password="env:KEFU_TEST_UNSET")
    with pytest.raises(ConfigError, match="KEFU_TEST_UNSET is not set"):
        client_security(k, env={})


def test_a_tls_file_that_does_not_load_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"kafka\.ssl_\*: cannot load the TLS files"):
        client_security(KafkaSettings(security_protocol="SSL", ssl_cafile=str(tmp_path / "no-ca.pem")))
    not_pem = tmp_path / "ca.pem"
    not_pem.write_text("not a certificate")
    with pytest.raises(ConfigError, match="cannot load the TLS files"):
        client_security(KafkaSettings(security_protocol="SSL", ssl_cafile=str(not_pem)))
