from __future__ import annotations

from datetime import UTC, datetime

import msgspec
import pytest

from kefu_dev.sample import POISON
from router.contracts import DeadLetter, MerchantRequest, Reply, decode_as, decode_request, encode
from router.errors import DecodeError

REQ = MerchantRequest(
    id="r1", merchant="m1", group="g1", sender="u1", platform="wecom", text="YT7514236985412 拦截",
    received_at=datetime(2026, 11, 11, 20, 0, tzinfo=UTC),
)


def test_round_trip_and_version_on_the_wire() -> None:
    raw = encode(REQ)
    assert msgspec.json.decode(raw)["v"] == 1
    assert decode_request(raw) == REQ
    reply = Reply(id="x", request_id="r1", merchant="m1", group="g1", platform="wecom", mention=["u1"], text="ok")
    assert decode_as(encode(reply), Reply) == reply


def test_unknown_fields_from_newer_producers_are_tolerated() -> None:
    data = msgspec.json.decode(encode(REQ))
    data["future_field"] = {"x": 1}
    assert decode_request(msgspec.json.encode(data)) == REQ


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (None, "empty_value"),
        (b"{not json", "undecodable"),
        (b"\xff\xfe\x00binary", "undecodable"),
        (b"[]", "invalid_request"),
        (POISON[1], "invalid_request"),
        (POISON[3], "unsupported_version"),
        (encode(REQ).replace(b'"wecom"', b'"telegram"'), "invalid_request"),
        (encode(REQ).replace(b'"merchant":"m1"', b'"merchant":""'), "invalid_request"),
    ],
)
def test_bad_records_get_a_reason(raw: bytes | None, reason: str) -> None:
    with pytest.raises(DecodeError) as e:
        decode_request(raw)
    assert e.value.reason == reason
    assert e.value.detail


def test_dead_letter_keeps_original_bytes() -> None:
    letter = DeadLetter(reason="undecodable", detail="d", topic="t", partition=1, offset=2, key=b"k", value=b"\xff\x00")
    assert decode_as(encode(letter), DeadLetter).value == b"\xff\x00"


def test_invalid_utf8_inside_a_json_string_is_undecodable_not_a_crash() -> None:
    import pytest

    from router.contracts import decode_request
    from router.errors import DecodeError

    raw = b'{"v":1,"id":"\xff\xfe","merchant":"m","group":"g","sender":"s","platform":"demo","text":"t",' \
          b'"received_at":"2026-11-11T20:00:00Z"}'
    with pytest.raises(DecodeError) as e:
        decode_request(raw)
    assert e.value.reason == "undecodable"
