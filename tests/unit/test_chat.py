"""Chat platforms' wire formats and the egress's pacing and coalescing, without a network."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from router.chat import dingtalk, wecom
from router.chat.egress import Egress, Hook, Robot, _Pending, render
from router.chat.pacing import Pacer, split_text, take_lines, utf8_len
from router.config import ChatGroup, load_settings
from router.contracts import Reply
from tests.clock import FakeClock

# Tencent's published test vector for its callback cipher (WXBizMsgCrypt's sample tests).
VECTOR_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
VECTOR_APPID = "wxb11529c136998cb6"
VECTOR_RANDOM = b"aaaabbbbccccdddd"
VECTOR_PLAIN = "我是中文abcd123"
VECTOR_CIPHER = "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg=="


def test_wecom_cipher_matches_tencents_published_vector() -> None:
    c = wecom.WeComCrypto("pamtest", VECTOR_KEY, VECTOR_APPID)
    assert c.encrypt(VECTOR_PLAIN, VECTOR_RANDOM) == VECTOR_CIPHER
    assert c.decrypt(VECTOR_CIPHER) == VECTOR_PLAIN


def test_wecom_refuses_another_receiver_a_wrong_key_and_junk() -> None:
    assert wecom.WeComCrypto("t", VECTOR_KEY, "").encrypt("x")  # smart robots: empty receive id
    with pytest.raises(wecom.CryptoError):
        wecom.WeComCrypto("pamtest", VECTOR_KEY, "someone-else").decrypt(VECTOR_CIPHER)
    other_key = "B" * 43
    with pytest.raises(wecom.CryptoError):
        wecom.WeComCrypto("pamtest", other_key, VECTOR_APPID).decrypt(VECTOR_CIPHER)
    for junk in ("", "not base64!", "QUJD"):
        with pytest.raises(wecom.CryptoError):
            wecom.WeComCrypto("pamtest", VECTOR_KEY).decrypt(junk)


def test_wecom_url_verification_checks_the_signature_and_answers_the_plain_echostr() -> None:
    c = wecom.WeComCrypto("token-1", VECTOR_KEY)
    echo = c.encrypt("1616140317555161061")
    sig = wecom.signature("token-1", "1409659589", "263014780", echo)
    assert c.verify_url(sig, "1409659589", "263014780", echo) == "1616140317555161061"
    with pytest.raises(wecom.SignatureError):
        c.verify_url(sig, "1409659590", "263014780", echo)  # timestamp altered
    with pytest.raises(wecom.SignatureError):
        wecom.WeComCrypto("token-2", VECTOR_KEY).verify_url(sig, "1409659589", "263014780", echo)


@given(st.text(max_size=3000))
@settings(max_examples=60, deadline=None)
def test_wecom_round_trips_any_text(text: str) -> None:
    c = wecom.WeComCrypto("t", VECTOR_KEY)
    try:
        text.encode()
    except UnicodeEncodeError:  # lone surrogates cannot be sent by anyone
        return
    assert c.decrypt(c.encrypt(text)) == text


def test_dingtalk_signature_accepts_its_own_and_refuses_stale_or_altered() -> None:
    secret = "SECabc123"
    ts = "1700000000000"
    assert dingtalk.sign(ts, secret) == dingtalk.sign(ts, secret)
    dingtalk.verify(ts, dingtalk.sign(ts, secret), secret, now_ms=1700000000000 + 5_000)
    with pytest.raises(dingtalk.SignatureError):
        dingtalk.verify(ts, dingtalk.sign(ts, secret), secret, now_ms=1700000000000 + 3_600_001)
    with pytest.raises(dingtalk.SignatureError):
        dingtalk.verify(ts, dingtalk.sign(ts, "SECother"), secret, now_ms=1700000000000)
    with pytest.raises(dingtalk.SignatureError):
        dingtalk.verify("", "x", secret)
    url = dingtalk.signed_url("https://oapi.dingtalk.com/robot/send?access_token=T", secret, now_ms=1700000000000)
    assert url.startswith("https://oapi.dingtalk.com/robot/send?access_token=T&timestamp=1700000000000&sign=")
    assert "+" not in url.split("sign=")[1] and "/" not in url.split("sign=")[1]  # URL-encoded base64


@given(st.text(alphabet=st.sampled_from("拦截改址YT0123456789 \n😀é"), max_size=6000), st.integers(4, 3000))
@settings(max_examples=200, deadline=None)
def test_split_text_keeps_every_character_in_order_within_the_limit(text: str, max_bytes: int) -> None:
    pieces = split_text(text, max_bytes)
    assert all(utf8_len(p) <= max_bytes for p in pieces)
    assert "".join(pieces).replace("\n", "") == text.replace("\n", "")


@given(st.lists(st.text(alphabet="催件好的😀a", min_size=1, max_size=400), min_size=1, max_size=40))
def test_take_lines_fills_a_message_without_passing_the_limit(lines: list[str]) -> None:
    n = take_lines(lines, 2048)
    assert 1 <= n <= len(lines)
    if n > 1 or utf8_len(lines[0]) <= 2048:
        assert utf8_len("\n".join(lines[:n])) <= 2048
    if n < len(lines):  # it stopped because the next line would not fit
        assert utf8_len("\n".join(lines[: n + 1])) > 2048


def test_a_quiet_robot_sends_at_once() -> None:
    clock = FakeClock(1000.0)
    w = Pacer(20, 60.0, clock)
    for _ in range(5):  # the burst
        assert w.wait_s() == 0.0
        w.record()
    assert w.wait_s() == pytest.approx(4.0)  # then one every 4 s
    clock.now += 60.0
    assert w.wait_s() == 0.0  # a quiet minute refills the burst


def test_pacing_never_allows_more_than_20_in_any_60_seconds_and_never_goes_silent() -> None:
    clock = FakeClock(1000.0)
    w = Pacer(20, 60.0, clock)
    sends: list[float] = []
    rng = random.Random(3)
    while clock.now < 1000.0 + 600:
        if rng.random() < 0.02:  # now and then the robot is idle for a while
            clock.now += rng.uniform(5, 90)
        wait = w.wait_s()
        if wait > 0:
            clock.now += wait
            continue
        w.record()
        sends.append(clock.now)
        clock.now += rng.choice([0.0, 0.01, 0.5])
    for i, t in enumerate(sends):
        assert sum(1 for u in sends[i:] if u < t + 60.0) <= 20
    busy_gaps = [b - a for a, b in itertools.pairwise(sends) if b - a < 5.0]
    assert max(busy_gaps) <= 4.0 + 0.51  # under pressure: a message every 4 s, never a silent minute
    assert len(sends) >= 10 * 15 * 0.6  # near the paced rate (15 a minute) through the busy stretches
    w.block()
    assert w.wait_s() == pytest.approx(60.0)


def _reply(i: int, text: str, group: str = "g1") -> Reply:
    return Reply(id=f"r{i}:reply", request_id=f"r{i}", merchant="m1", group=group, platform="wecom",
                 mention=[f"u{i % 3}"], text=text, created_at=datetime.now(UTC))


def _egress_with(replies: list[Reply]) -> tuple[Egress, Robot]:
    settings = load_settings(env={})
    binding = ChatGroup(merchant="m1", platform="wecom", webhook="http://127.0.0.1:1/cgi-bin/webhook/send?key=k")
    egress = Egress(settings, {"g1": binding}, None, None)  # type: ignore[arg-type]  # composing needs neither
    robot = Robot("g1", binding, [Hook(binding.webhook, "", Pacer(20, 60.0))], ("t", 0))
    for i, r in enumerate(replies):
        robot.queue.append(_Pending(r, render(r), ("t", 0), i, 0.0))
    return egress, robot


def test_replies_to_one_group_are_coalesced_into_messages_within_2048_bytes() -> None:
    replies = [_reply(i, f"运单 YT75142369854{i:02d} 已提交拦截，结果出来第一时间告诉您") for i in range(40)]
    egress, robot = _egress_with(replies)
    content, mentions, n = egress._compose(robot)
    assert 10 < n < 40
    assert utf8_len(content) <= 2048
    assert content.splitlines() == [render(r) for r in replies[:n]]
    assert mentions == ["u0", "u1", "u2"]


def test_a_reply_longer_than_one_message_goes_out_in_pieces() -> None:
    long = "\n".join(f"运单 YT75142369{i:05d} 已签收，签收人：本人" for i in range(120))  # ~6 KB
    egress, robot = _egress_with([_reply(0, long), _reply(1, "好的")])
    pieces = []
    while True:
        content, _, completes = egress._compose(robot)
        assert utf8_len(content) <= 2048
        pieces.append(content)
        egress._queued = len(robot.queue)
        egress._delivered_head(robot, completes)
        if completes:
            break
    assert len(pieces) >= 3
    assert "".join(pieces).replace("\n", "") == render(_reply(0, long)).replace("\n", "")
    assert [p.reply.text for p in robot.queue] == ["好的"]


def test_chat_settings_explain_what_to_fix() -> None:
    from router.errors import ConfigError

    with pytest.raises(ConfigError, match="43-character EncodingAESKey"):
        load_settings(env={"KEFU_CHAT__WECOM_TOKEN": "t", "KEFU_CHAT__WECOM_AES_KEY": "short"})
    with pytest.raises(ConfigError, match="set together"):
        load_settings(env={"KEFU_CHAT__WECOM_TOKEN": "t"})
    with pytest.raises(ConfigError, match="webhook"):
        load_settings(env={"KEFU_CHAT__GROUPS": '{"g": {"merchant": "m", "platform": "wecom", "webhook": "x"}}'})
    with pytest.raises(ConfigError, match="platform"):
        load_settings(env={"KEFU_CHAT__GROUPS": '{"g": {"merchant": "m", "platform": "qq"}}'})
