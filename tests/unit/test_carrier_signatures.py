"""The carriers' signatures (router.carrier.wire.signatures) and ``kefu-router carrier-sign``: every vector of
../shared/CARRIERS.md (published by a carrier's SDK or computed from the published algorithm), and others computed
here independently, by OpenSSL's command line over hand-written inputs."""

from __future__ import annotations

import base64
import subprocess
import sys

import pytest

from router.carrier.wire import signatures as sig

EMS_KEY = "MDEyMzQ1Njc4OWFiY2RlZg=="
EMS_VECTOR = ("|$4|ImkUJUd6SVUDz3sP0NMBllVqRYXDs9WYa8iA8+EIlL3BEAzgMwF29by1oQ0/LbI3/vkPai/Ngto8XCYTZqKy1DJdUB/WoUhfa"
              "6ykyLZ7yWA=")

# (name, CLI arguments, stdin, expected), one per vector of CARRIERS.md
VECTORS = [
    ("YTO, published (YtoSignUtil.java)", ["yto", "--secret", "123456"], "opentest", "YLstCNa3x8ijQx16e/jqOA=="),
    ("YTO legacy XML, published", ["yto", "--secret", "123456"], "<order></order>", "LghTkEmsD2tbQ3fsIBRcBg=="),
    ("J&T business digest, published", ["jt-business", "--customer", "TEST-CUSTOMER", "--secret", "test-private-key"],
     "test-password", "70F1DdcaZ0H+ktQv4yDBdA=="),
    ("ZTO", ["zto", "--secret", "kfpttestkey=="], '{"billCode":"73100130019486"}', "EL8HDJou2vwh6YuUDeeEAg=="),
    ("ZTO legacy form", ["zto-form", "--secret", "kfpttestkey=="],
     "data=['728350000001']&company_id=kfpttestCode&msg_type=NEW_TRACES", "fFDY3Y/A+ULtn4queYZtmw=="),
    ("STO", ["sto", "--secret", "test-secret"], '{"order":"asc","waybillNoList":["777031922725111"]}',
     "SyEcE6iulX7XEboMuwEMyw=="),
    ("YTO", ["yto", "--secret", "123456", "--method", "wanted_report_adapter", "--version", "v1"],
     '{"waybillNo":"YT0000000000000","wantedDesc":"拦截退回"}', "LiZaGtIO6ilr3CY3JNAaSg=="),
    ("J&T header digest", ["jt", "--secret", "test-private-key"], '{"billCodes":"JT0000000000000"}',
     "8E1MNtPYHrtRjlg51zucqw=="),
    ("Yunda", ["yunda", "--secret", "test-secret"], '{"mailno":"312006166679665"}',
     "a514cab71b5f493fc9375372a1bfa0ca"),
    ("SF", ["sf", "--secret", "test-checkword", "--timestamp", "1700000000000"],
     '{"trackingType":"1","trackingNumber":["SF7444407228423"],"methodType":"1"}', "F+0V4/yNInXKD3gpYee1Rw=="),
    ("JD md5-salt", ["jd", "--secret", "secret", "--token", "token", "--app-key", "key", "--method",
                     "/jd/tracking/query", "--timestamp", "2024-01-01 12:00:00"],
     '[{"referenceNumber":"JDVA00000000000","referenceType":"20000"}]', "A0A3CB72946CEC2F625F684F83C3DDBC"),
    ("kuaidi100 query", ["kuaidi100", "--secret", "testkey", "--customer", "TESTCUSTOMER"],
     '{"com":"yuantong","num":"YT0000000000000"}', "98EDFC6C0349B3BC68A8A896AC95942E"),
    ("kuaidi100 label/order", ["kuaidi100-method", "--secret", "testsecret", "--key", "testkey", "--timestamp",
                               "1700000000000"],
     '{"kuaidicom":"zhongtong","kuaidinum":"73100130019486","interceptType":"RETURN_SEND_ADDR"}',
     "3F8CE1984B5A5CB2A25B7878A136758F"),
    ("EMS SM4", ["ems", "--secret", EMS_KEY], '{"waybillNo":"1100000000000","direction":"0"}', EMS_VECTOR),
    ("kdniao", ["kdniao", "--secret", "test-apikey"], '{"ShipperCode":"YTO","LogisticCode":"YT0000000000000"}',
     "YTlhZDExMzEyN2ZmM2M1YzA0OGM2MDI5MzdjOTY0ZTA%3D"),
]


def carrier_sign(*args: str, stdin: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kefu", "carrier-sign", *args], input=stdin, capture_output=True,
                          text=True, timeout=60, check=False, env=env)


@pytest.mark.parametrize(("name", "args", "stdin", "expected"), VECTORS, ids=[v[0] for v in VECTORS])
def test_the_command_prints_every_vector_of_carriers_md(name: str, args: list[str], stdin: str,
                                                        expected: str) -> None:
    done = carrier_sign(*args, stdin=stdin + "\n")  # (as `echo … |` gives it)
    assert (done.returncode, done.stdout, done.stderr) == (0, expected + "\n", ""), name


def _openssl_md5(data: bytes) -> bytes:
    return subprocess.run(["openssl", "dgst", "-md5", "-binary"], input=data, capture_output=True, check=True).stdout


# payloads with what trips encoders up: Chinese, spaces, quotes, +, /, =, &, %, and SF's !'()*~
PAYLOADS = ['{"waybillNo":"YT7514236985412","wantedDesc":"改址 杭州市西湖区文三路90号 张三"}',
            '{"a":"b c!\'()*~+/=&%"}', ""]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_digest_family_matches_openssl(payload: str) -> None:
    def b64(text: str) -> str:
        return base64.b64encode(_openssl_md5(text.encode())).decode()

    assert sig.zto(payload, "s3cr=t", "1700000000000") == b64("1700000000000" + payload + "s3cr=t")
    assert sig.sto(payload, "k") == b64(payload + "k")
    assert sig.jt(payload, "pk") == b64(payload + "pk")
    assert sig.yto(payload, "sec", "wanted_change_adapter") == b64(payload + "wanted_change_adapterv1sec")
    assert sig.yunda(payload, "s") == _openssl_md5((payload + "_s").encode()).hex()
    assert sig.kuaidi100_push(payload, "salt") == _openssl_md5((payload + "salt").encode()).hex().upper()


def test_sf_url_encodes_as_its_python_demo_before_hashing() -> None:
    """Written out by hand: a space is "+", and ! ' ( ) * are escaped (JavaScript's encodeURIComponent keeps
    them, so a Node client's digest differs for these characters)."""
    encoded = "%7B%22a%22%3A%22b+c%21%27%28%29%2A~%22%7D17000000000001234"
    expected = base64.b64encode(_openssl_md5(encoded.encode())).decode()
    assert sig.sf('{"a":"b c!\'()*~"}', "1700000000000", "1234") == expected


def test_ems_encrypts_as_openssl_sm4_does_and_decrypts_back() -> None:
    plain = '{"waybillNo":"1100000000000","direction":"0","remark":"改址 文三路"}'
    key = base64.b64decode(EMS_KEY)
    openssl = subprocess.run(["openssl", "enc", "-sm4-ecb", "-K", key.hex(), "-nosalt"],
                             input=(plain + EMS_KEY).encode(), capture_output=True, check=True).stdout
    ours = sig.ems_encrypt(plain, EMS_KEY)
    assert ours == "|$4|" + base64.b64encode(openssl).decode()
    assert sig.ems_decrypt(ours, EMS_KEY) == plain
    assert sig.ems_decrypt(EMS_VECTOR, EMS_KEY) == '{"waybillNo":"1100000000000","direction":"0"}'


@pytest.mark.parametrize(("value", "key", "says"), [
    (EMS_VECTOR, "c2hvcnQ=", "decodes to 5 bytes"),
    (EMS_VECTOR, "not base64!", "must be base64"),
    (EMS_VECTOR, base64.b64encode(b"fedcba9876543210").decode(), "does not decrypt|does not end"),
    ("ImkUJUd6", EMS_KEY, "begins with"),
])
def test_an_ems_payload_or_key_that_cannot_work_says_why(value: str, key: str, says: str) -> None:
    with pytest.raises(sig.SignatureError, match=says):
        sig.ems_decrypt(value, key)


def test_jd_hex_case_follows_the_sdk_asked_for() -> None:
    def jd(upper: bool) -> str:
        return sig.jd("[]", "s", token="t", app_key="k", method="/ecap/v1/orders/cancel",
                      timestamp="2026-12-06 08:00:00", upper=upper)

    upper, lower = jd(True), jd(False)
    assert upper == lower.upper() and upper != lower
    text = "saccess_tokentapp_keykmethod/ecap/v1/orders/cancelparam_json[]timestamp2026-12-06 08:00:00v2.0s"
    assert lower == _openssl_md5(text.encode()).hex()


def test_secrets_come_from_references_and_a_trailing_newline_is_kept_when_asked() -> None:
    env = {"PATH": "/usr/bin:/bin", "KEFU_TEST_STO": "test-secret"}
    content = '{"order":"asc","waybillNoList":["777031922725111"]}'
    by_env = carrier_sign("sto", "--secret", "env:KEFU_TEST_STO", stdin=content, env=env)
    assert by_env.stdout == "SyEcE6iulX7XEboMuwEMyw==\n"
    kept = carrier_sign("sto", "--secret", "env:KEFU_TEST_STO", "--keep-newline", stdin=content + "\n", env=env)
    assert kept.stdout.strip() == sig.sto(content + "\n", "test-secret") != by_env.stdout.strip()
    missing = carrier_sign("sto", "--secret", "env:KEFU_NOT_SET", stdin=content, env=env)
    assert missing.returncode == 2 and "KEFU_NOT_SET is not set" in missing.stderr and not missing.stdout
    no_flag = carrier_sign("sf", "--secret", "x", stdin=content, env=env)  # SF needs its timestamp
    assert no_flag.returncode == 2 and "--timestamp" in no_flag.stderr
    bad_key = carrier_sign("ems", "--secret", "c2hvcnQ=", stdin=content, env=env)
    assert bad_key.returncode == 2 and "16" in bad_key.stderr and "c2hvcnQ" not in bad_key.stderr
