"""The Kafka users' ACLs (deploy/k8s/kafka/users.yaml) enforced by a real broker: the suite's broker runs
Kafka's StandardAuthorizer (deploy/local/kafka.sh), the lists of the chat gateway's and the follower's users are
granted with Kafka's AclCommand, and each user is tried over SASL_SSL at what its role does and at what it must
not: a follower that could write kefu.requests could speak for every merchant."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import GroupAuthorizationFailedError, KafkaError, TopicAuthorizationFailedError
from aiokafka.helpers import create_ssl_context

from router.config import load_settings
from router.kafka import ensure_topics

ROOT = Path(__file__).resolve().parents[2]
USERS = ROOT / "deploy" / "k8s" / "kafka" / "users.yaml"
ROLES = ("kefu-gateway", "kefu-follower")  # (kefu-router and kefu-tools run the suite: super users here)


def _grants(user: dict[str, Any]) -> Iterator[list[str]]:
    """AclCommand arguments for a KafkaUser's ACLs, one command per set of operations."""
    by_ops: dict[tuple[str, ...], list[str]] = {}
    for acl in user["spec"]["authorization"]["acls"]:
        r = acl["resource"]
        by_ops.setdefault(tuple(acl["operations"]), []).extend([f"--{r['type']}", r["name"]])
    for ops, resources in by_ops.items():
        yield ["--add", "--allow-principal", f"User:{user['metadata']['name']}",
               *[a for op in ops for a in ("--operation", op)], *resources]


@pytest.fixture(scope="module")
def granted() -> None:
    users = {u["metadata"]["name"]: u for u in yaml.safe_load_all(USERS.read_text()) if u}
    for role in ROLES:
        for args in _grants(users[role]):
            subprocess.run([str(ROOT / "deploy" / "local" / "kafka.sh"), "acl", *args], check=True,
                           capture_output=True, timeout=120)


def _as(user: str) -> dict[str, Any]:
    password = (Path(os.environ["KAFKA_USERS_DIR"]) / user).read_text().strip()
    return {"bootstrap_servers": os.environ["KAFKA_SASL_BOOTSTRAP"], "security_protocol": "SASL_SSL",
            "ssl_context": create_ssl_context(cafile=os.environ["KAFKA_CA_FILE"]), "sasl_mechanism": "SCRAM-SHA-512",
            "sasl_plain_username": user, "sasl_plain_password": password, "request_timeout_ms": 10_000}


async def _write(user: str, topic: str) -> None:
    producer = AIOKafkaProducer(**_as(user), enable_idempotence=True, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(topic, b"acl probe", key=b"m-acl")
    finally:
        await producer.stop()


async def _read(user: str, topic: str, group: str) -> None:
    consumer = AIOKafkaConsumer(topic, **_as(user), group_id=group, auto_offset_reset="earliest",
                                enable_auto_commit=False)
    await consumer.start()
    try:
        await consumer.getmany(timeout_ms=3000)
    finally:
        await consumer.stop()


async def test_each_role_may_do_what_it_does_and_nothing_it_must_not(granted: None) -> None:
    s = load_settings(env={"KAFKA_BOOTSTRAP": os.environ["KAFKA_BOOTSTRAP"]})  # the default (production) names
    await ensure_topics(s)
    t = s.topics
    await _write("kefu-gateway", t.requests)  # a merchant's message in
    await _read("kefu-gateway", t.replies, s.chat.group_id)  # the replies out
    await _write("kefu-gateway", t.human)  # a reply in doubt, for a person
    await _read("kefu-follower", t.tickets, s.tickets.group_id)
    await _write("kefu-follower", t.replies)  # a person's answer relayed
    for user, topic in (("kefu-follower", t.requests), ("kefu-gateway", t.tickets), ("kefu-gateway", t.activity)):
        with pytest.raises(TopicAuthorizationFailedError):
            await _write(user, topic)
    with pytest.raises(KafkaError) as denied:  # the follower reads no merchant's messages
        await _read("kefu-follower", t.requests, s.tickets.group_id)
    assert isinstance(denied.value, (TopicAuthorizationFailedError, GroupAuthorizationFailedError))
    with pytest.raises(GroupAuthorizationFailedError):  # nor another role's consumer group
        await _read("kefu-gateway", t.replies, s.tickets.group_id)
