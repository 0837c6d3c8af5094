"""The records on every topic, published for code that is not ours: JSON Schema per record and one AsyncAPI
document (docs/contracts/). A chat connector or a reporting job in another language produces and consumes by
them without reading our Python.

Generated from the msgspec Structs that are the contracts (``python -m router.schemas`` writes them;
tests/unit/test_schemas.py fails when the files and the Structs disagree, and checks real records against them).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import msgspec

from router.carrier.model import CarrierEvent
from router.config import TopicSettings
from router.contracts import (
    SCHEMA_VERSION,
    Activity,
    DeadLetter,
    Escalation,
    HumanReply,
    MerchantRequest,
    Reply,
    StaffMessage,
    Ticket,
)

DOCS = Path(__file__).parent.parent / "docs" / "contracts"

# Each topic's setting, its record, who writes it and what its key is (the key decides the partition, and so the
# order records of one key are read in).
TOPICS: tuple[tuple[str, type[msgspec.Struct], str, str], ...] = (
    ("requests", MerchantRequest, "the chat gateway (or any connector)", "the merchant id"),
    ("replies", Reply, "the router and the follower (the staff desk's posts too, keyed by the staff group id)",
     "the merchant id"),
    ("tickets", Ticket, "the router", "the merchant id"),
    ("human", Escalation, "the router, the follower and the chat gateway", "the merchant id"),
    ("dlq", DeadLetter, "every consumer", "the key of the record that could not be handled"),
    ("carrier_events", CarrierEvent, "the carrier callback receiver", "the waybill"),
    ("human_replies", HumanReply, "the staff desk (the follower) and the staff's tools", "the merchant id"),
    ("activity", Activity, "the router", "the merchant id"),
    ("staff_messages", StaffMessage, "the chat gateway", "the staff group id"),
)


def record_schemas() -> dict[str, dict[str, Any]]:
    """A standalone JSON Schema (2020-12) for each record, by the record's name."""
    return {kind.__name__: {"$schema": "https://json-schema.org/draft/2020-12/schema", **msgspec.json.schema(kind)}
            for _, kind, _, _ in TOPICS}


def asyncapi() -> dict[str, Any]:
    """One AsyncAPI 2.6 document: a channel per topic (its default name), the record as its message."""
    names = TopicSettings()
    _, components = msgspec.json.schema_components([kind for _, kind, _, _ in TOPICS],
                                                   ref_template="#/components/schemas/{name}")
    channels = {
        getattr(names, setting): {
            "description": f"Written by {writer}; key: {key}. JSON, UTF-8, one record per message.",
            "subscribe": {"message": {"$ref": f"#/components/messages/{kind.__name__}"}},
        }
        for setting, kind, writer, key in TOPICS
    }
    messages = {
        kind.__name__: {"name": kind.__name__, "contentType": "application/json",
                        "payload": {"$ref": f"#/components/schemas/{kind.__name__}"}}
        for _, kind, _, _ in TOPICS
    }
    return {
        "asyncapi": "2.6.0",
        "info": {"title": "kefu-router topics", "version": str(SCHEMA_VERSION),
                 "description": "Every record carries its schema version in `v`; the router sends a request of a "
                                "version it does not read to the dead letters."},
        "defaultContentType": "application/json",
        "channels": channels,
        "components": {"messages": messages, "schemas": components},
    }


def documents() -> dict[str, bytes]:
    """Every file of docs/contracts/, by name."""
    out = {f"{name}.schema.json": _json(schema) for name, schema in record_schemas().items()}
    out["asyncapi.json"] = _json(asyncapi())
    return out


def _json(doc: dict[str, Any]) -> bytes:
    return msgspec.json.format(msgspec.json.encode(doc), indent=2) + b"\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m router.schemas", description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when docs/contracts/ differs from the Structs")
    args = ap.parse_args(argv)
    docs = documents()
    stale = [name for name, body in docs.items() if not (DOCS / name).is_file() or (DOCS / name).read_bytes() != body]
    if args.check:
        for name in stale:
            print(f"docs/contracts/{name} differs from the contracts: run python -m router.schemas", file=sys.stderr)
        return 1 if stale else 0
    DOCS.mkdir(parents=True, exist_ok=True)
    for name in stale:
        (DOCS / name).write_bytes(docs[name])
        print(f"wrote docs/contracts/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
