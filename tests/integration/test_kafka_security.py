"""Kafka as a trust boundary: the suite's broker has a SASL_SSL listener (SCRAM users) and an mTLS one
(deploy/local/kafka.sh); the system under test reaches it over SASL_SSL (tests.harness.broker_env), and a client
without the right credentials is refused and told why."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import msgspec
import pytest

from kefu_dev import kafka_tools as kafkatools
from router.config import Settings
from router.errors import TransportError
from router.kafka import KafkaSink, KafkaSource, ensure_topics
from tests.harness import fresh_settings


def _kafka(s: Settings, **changes: object) -> Settings:
    return msgspec.structs.replace(s, kafka=msgspec.structs.replace(s.kafka, **changes))


def test_the_suite_reaches_its_broker_over_sasl_ssl() -> None:
    # with-kafka.sh (make test) always starts the broker with its secured listeners and says so
    assert os.environ.get("KAFKA_SASL_BOOTSTRAP"), "run the integration tests under deploy/local/with-kafka.sh"
    s = fresh_settings()
    assert s.kafka.security_protocol == "SASL_SSL"
    assert s.kafka.bootstrap == os.environ["KAFKA_SASL_BOOTSTRAP"]
    assert s.kafka.sasl_password.startswith("file:")  # a reference; the password is read when a client is built


async def test_a_wrong_password_is_refused_and_the_error_says_why(tmp_path: Path) -> None:
    wrong = tmp_path / "password"
    wrong.write_text("not-the-password-0123456789")
    s = _kafka(fresh_settings(), sasl_password=f"file:{wrong}")
    with pytest.raises(TransportError) as refused:
        async with KafkaSink(s):
            pass
    said = str(refused.value)
    assert "SaslAuthenticationFailed" in said and "invalid credentials" in said, said
    assert "kefu-router" in said and "SCRAM-SHA-512" in said  # who tried, and how
    assert "not-the-password" not in said
    source = KafkaSource(s, [s.topics.requests])
    with pytest.raises(TransportError, match="SaslAuthenticationFailed"):
        await source.start()


async def test_an_unknown_user_and_a_plaintext_client_are_refused() -> None:
    s = fresh_settings()
    with pytest.raises(TransportError, match="SaslAuthenticationFailed"):
        async with KafkaSink(_kafka(s, sasl_username="intruder")):
            pass
    with pytest.raises(TransportError, match=r"check kafka\.security_protocol"):  # no TLS: the listener hangs up
        async with KafkaSink(_kafka(s, security_protocol="PLAINTEXT", sasl_username="", sasl_password="",
                                    ssl_cafile="")):
            pass


@pytest.fixture
def other_ca(tmp_path: Path) -> Path:
    """A CA of its own, which signed nothing of the broker's."""
    ca = tmp_path / "other-ca.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=another CA",
                    "-keyout", str(tmp_path / "other-ca.key"), "-out", str(ca)], check=True, capture_output=True)
    return ca


async def test_a_broker_certificate_from_another_ca_is_not_trusted(other_ca: Path) -> None:
    with pytest.raises(TransportError, match=r"CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
        async with KafkaSink(_kafka(fresh_settings(), ssl_cafile=str(other_ca))):
            pass


async def test_mtls_with_the_client_certificate_carries_records_and_without_it_is_refused() -> None:
    s = _kafka(fresh_settings(), bootstrap=os.environ["KAFKA_SSL_BOOTSTRAP"], security_protocol="SSL",
               sasl_username="", sasl_password="", ssl_certfile=os.environ["KAFKA_CLIENT_CERT"],
               ssl_keyfile=os.environ["KAFKA_CLIENT_KEY"])
    await ensure_topics(s)
    async with KafkaSink(s) as sink:
        await (await sink.enqueue([(s.topics.replies, b"m1", b"over mTLS")]))
    got = await kafkatools.read_topic(os.environ["KAFKA_SSL_BOOTSTRAP"], s.topics.replies, 1, timeout_s=20)
    assert [m.value for m in got] == [b"over mTLS"]
    with pytest.raises(TransportError, match=r"a client certificate .*kafka\.ssl_certfile"):  # the broker hangs up
        async with KafkaSink(_kafka(s, ssl_certfile="", ssl_keyfile="")):
            pass
