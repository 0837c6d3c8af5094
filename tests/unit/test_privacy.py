"""Personal data is masked in dead letters (and nowhere else does it go)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import anyio
import anyio.lowlevel
import pytest
from hypothesis import given
from hypothesis import strategies as st

from router.contracts import DeadLetter, MerchantRequest, decode_as, decode_request, encode
from router.privacy import mask_record, mask_shapes, mask_text
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


FULL_WIDTH = str.maketrans("0123456789+", "０１２３４５６７８９＋")


@given(st.sampled_from("3456789"), st.text("0123456789", min_size=9, max_size=9),
       st.sampled_from(["", "+86", "+86 ", "86-", "0086", "0086 ", "+86-"]),
       st.sampled_from(["", " ", "-", "."]), st.booleans(),
       st.sampled_from(["", "电话", "打 ", "联系 ", "手机："]),
       st.sampled_from(["", " 谢谢", "，", " YT7514236985412"]))
def test_a_mobile_in_any_notation_is_masked(second: str, rest: str, code: str, sep: str, wide: bool, before: str,
                                            after: str) -> None:
    digits = "1" + second + rest
    phone = f"{code}{digits[:3]}{sep}{digits[3:7]}{sep}{digits[7:]}"
    shown = f"{code}{digits[:3]}{sep}****{sep}{digits[7:]}"  # the middle four hidden, the rest as written
    if wide:
        phone, shown = phone.translate(FULL_WIDTH), shown.translate(FULL_WIDTH)
    text = f"{before}{phone}{after}"
    assert phone not in mask_text(text) and shown in mask_text(text)
    record = mask_record(json.dumps({"id": "r1:reply", "text": text}, ensure_ascii=False).encode())
    assert record is not None and phone not in record.decode() and shown in record.decode()


def test_waybills_and_other_long_numbers_are_not_taken_for_phones() -> None:
    for text in ("YT7514236985412 拦截", "75706890164395 查件", "SF1381234567890 催", "订单 138123456789012"):
        assert mask_text(text) == text


@pytest.mark.parametrize("text,gone", [
    ("收件人：李小明 改一下电话", "李小明"),
    ("联系人 王芳 地址不变", "王芳"),
    ("改址到浙江省杭州市余杭区五常街道文一西路969号 谢谢", "文一西路969号"),
    ("新地址 江苏省苏州市工业园区星湖街328号创意产业园", "星湖街328号"),
    ("送到朝阳区望京街道阜通东大街6号院3号楼", "阜通东大街"),
])
def test_labelled_names_and_address_shaped_runs_are_masked_without_the_parser(text: str, gone: str) -> None:
    assert gone not in mask_shapes(text)
    assert gone.encode() not in (mask_record(f'{{"id": "r1:reply", "text": "{text}"}}'.encode()) or b"")


def test_plain_words_are_not_taken_for_addresses() -> None:
    for text in ("YT7514236985412 拦截退回", "这单号打错了 是75706890164395", "快递员电话打不通 催一下", "好的谢谢"):
        assert mask_shapes(text) == text


@pytest.mark.parametrize("phone", ["138  1234  5678", "138/1234/5678", "+86 (138) 1234 5678", "（138）1234-5678"])
def test_phones_with_wider_separators_are_masked(phone: str) -> None:
    masked = mask_text(f"电话 {phone} 改一下")
    assert "1234" not in masked and "****" in masked, masked


@pytest.mark.parametrize("ascii_only", [False, True])
def test_a_record_stays_json_and_escaped_text_is_masked_too(ascii_only: bool) -> None:
    reply = {"id": "r1:reply", "text": "张三 13812345678\n广东省深圳市南山区科技路1号", "to": "收件人：李小明"}
    raw = json.dumps(reply, ensure_ascii=ascii_only).encode()
    masked = mask_record(raw)
    assert masked is not None
    doc = json.loads(masked)  # still JSON
    assert "13812345678" not in doc["text"] and "科技路" not in doc["text"] and "李小明" not in doc["to"]
