"""Personal data is masked in dead letters (and nowhere else does it go)."""

from __future__ import annotations

from datetime import UTC, datetime

import anyio
import anyio.lowlevel

from router.contracts import DeadLetter, MerchantRequest, decode_as, decode_request, encode
from router.privacy import mask_record, mask_text
from tests.harness import MemoryHarness, ScriptedHandler, fresh_settings

PHONE = "13812345678"
TEXT = f"改址 75706890164395 杭州市西湖区文三路90号 张三 {PHONE}"


def test_phone_name_and_address_are_masked_but_the_waybill_stays() -> None:
    masked = mask_text(TEXT)
    assert PHONE not in masked and "138****5678" in masked
    assert "文三路" not in masked and "张三" not in masked
    assert "75706890164395" in masked and masked.startswith("改址")


def test_a_request_kept_as_it_came_has_phones_masked_in_every_field() -> None:
    """A request whose text holds nothing to mask is kept byte for byte, but for phones anywhere in it (a field
    this router does not know, written by a newer producer)."""
    raw = (b'{"v":1,"id":"x","merchant":"m","group":"g","sender":"s","platform":"demo","text":"\xe4\xbd\xa0\xe5'
           b'\xa5\xbd","received_at":"2026-11-11T20:00:00Z","note":"' + PHONE.encode() + b'"}')
    masked = mask_record(raw)
    assert masked is not None and PHONE.encode() not in masked and b'"note":"138****5678"' in masked
    assert masked.replace(b"138****5678", PHONE.encode()) == raw


def test_undecodable_bytes_have_their_phones_masked() -> None:
    assert mask_record(f'{{"text": "call {PHONE}"'.encode()) == b'{"text": "call 138****5678"'
    assert mask_record(b"\xff\xfe 19900001111 \x00") == b"\xff\xfe 199****1111 \x00"
    assert mask_record(None) is None


async def test_a_failed_request_reaches_the_dlq_masked() -> None:
    req = MerchantRequest(id="r1", merchant="m1", group="g", sender="u", platform="demo", text=TEXT,
                          received_at=datetime.now(UTC))
    h = MemoryHarness(fresh_settings(topics={"partitions": 1}))
    await h.setup()
    await h.produce([(b"m1", encode(req))])
    async with h.running(ScriptedHandler(fail={"r1"})):
        letters = await h.read(h.settings.topics.dlq, 1, timeout_s=10)
        await anyio.lowlevel.checkpoint()
    letter = decode_as(letters[0][1], DeadLetter)
    assert letter.reason == "handler_error" and letter.offset == 0
    assert letter.value is not None and PHONE.encode() not in letter.value
    assert decode_request(letter.value).text == mask_text(TEXT)
