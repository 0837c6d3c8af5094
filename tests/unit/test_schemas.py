"""docs/contracts/ against the Structs, and real records against docs/contracts/."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
import msgspec
import pytest

from kefu_dev import sample
from router.carrier.model import CarrierEvent
from router.contracts import Activity, DeadLetter, Escalation, HumanReply, StaffMessage, Ticket, encode, reply_to
from router.schemas import DOCS, TOPICS, asyncapi, documents, main


def test_the_published_files_are_the_contracts_as_they_are() -> None:
    assert main(["--check"]) == 0, "run: python -m router.schemas"
    assert {p.name for p in DOCS.iterdir()} == set(documents())


def test_a_changed_contract_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import router.schemas

    monkeypatch.setattr(router.schemas, "DOCS", tmp_path)
    assert main(["--check"]) == 1  # nothing written there yet
    assert main([]) == 0 and main(["--check"]) == 0


def _records() -> list[msgspec.Struct]:
    req = next(iter(sample.requests(1, 1, seed=3)))
    now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)
    return [
        req, reply_to(req, "YT7514236985412 拦截已提交"),
        Ticket(id="t1", request_id=req.id, merchant=req.merchant, group=req.group, sender=req.sender,
               platform=req.platform, intent="damaged", ticket_class=2, carrier="yto", waybill="YT7514236985412",
               text=req.text, requested_at=now),
        Escalation(id="e1", request_id=req.id, merchant=req.merchant, group=req.group, reason="question",
                   text=req.text, detail={"why": "asked"}),
        DeadLetter(reason="undecodable", detail="bad", topic="kefu.requests", partition=0, offset=1, key=b"m1",
                   value=b"\xff"),
        CarrierEvent(id="c1", carrier="yto", waybill="YT7514236985412", key="k1", op="intercept", event="succeeded"),
        HumanReply(id="h1", merchant=req.merchant, group=req.group, platform=req.platform, text="好的"),
        Activity(id=req.id, merchant=req.merchant, intents=["intercept"], outcome="answered", received_at=now),
        StaffMessage(id="wecom-s1", group="wr-staff", sender="u-zhang", platform="wecom", text="#K7Q2 已核实",
                     received_at=now),
    ]


def test_real_records_are_valid_by_their_published_schema() -> None:
    records = _records()
    assert {type(r).__name__ for r in records} == {kind.__name__ for _, kind, _, _ in TOPICS}
    for r in records:
        schema = json.loads((DOCS / f"{type(r).__name__}.schema.json").read_text())
        jsonschema.validate(json.loads(encode(r)), schema)


def test_a_record_without_a_required_field_is_not() -> None:
    schema = json.loads((DOCS / "Reply.schema.json").read_text())
    reply = json.loads(encode(_records()[1]))
    del reply["group"]
    with pytest.raises(jsonschema.ValidationError, match="'group' is a required property"):
        jsonschema.validate(reply, schema)


def test_every_topic_has_a_channel() -> None:
    doc = asyncapi()
    assert len(doc["channels"]) == len(TOPICS)
    for channel in doc["channels"].values():
        name = channel["subscribe"]["message"]["$ref"].rsplit("/", 1)[1]
        assert name in doc["components"]["messages"] and name in doc["components"]["schemas"]
