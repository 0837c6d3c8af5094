"""Signatures per carrier. Expected values were computed with openssl, not with the code under test:
printf '{"v":1}sim-secret' | openssl md5 -binary | base64, and the YTO and Yunda variants below."""

from router.carrier.signing import signer_for

BODY = b'{"v":1}'


def test_digest_family_is_base64_of_raw_md5_of_body_and_secret() -> None:
    for carrier, header in (("zto", "x-datadigest"), ("sto", "data_digest"), ("jt", "digest")):
        headers = signer_for(carrier, "k", "sim-secret").sign(BODY, "intercept")
        assert headers[header] == "c+QMc3aVIe28J05QO2Znzg==", carrier


def test_yto_signs_body_method_version_and_secret() -> None:
    # printf '{"v":1}trackv1sim-secret' | openssl md5 -binary | base64
    s = signer_for("yto", "k", "sim-secret")
    headers = s.sign(BODY, "track")
    assert headers["x-method"] == "track" and headers["x-version"] == "v1"
    assert headers["sign"] == "rWxklKKuIjyo51DtT1NOoQ=="
    assert not s.verify(BODY, {**headers, "x-method": "cancel"})


def test_yunda_is_hex_md5_with_underscore() -> None:
    headers = signer_for("yunda", "k", "sim-secret").sign(BODY, "track")
    assert headers["sign"] == "f6a81731e583f5a7c560a7a1775e5a88"


def test_verify_refuses_a_changed_body_or_secret_and_repr_hides_the_secret() -> None:
    s = signer_for("zto", "k", "sim-secret")
    headers = s.sign(BODY, "track")
    assert s.verify(BODY, headers)
    assert not s.verify(b'{"v":2}', headers)
    assert not signer_for("zto", "k", "other").verify(BODY, headers)
    assert not s.verify(BODY, {})
    assert "sim-secret" not in repr(s)
