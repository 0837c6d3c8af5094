"""Each carrier's real request signature (or, for EMS, encryption), as its open platform publishes it.

Pure functions over text: the adapters sign with them, the simulator checks with them, and ``kefu-router
carrier-sign`` prints them for an integrator whose carrier answers "signature invalid". Sources and confidence
for each are in docs/carriers.md (from ../shared/CARRIERS.md); tests pin every published and computed vector.

Text is UTF-8 throughout: the carriers' SDKs hash the bytes of the JSON string as sent.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Final
from urllib.parse import quote, quote_plus

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

EMS_PREFIX: Final = "|$4|"  # marks an SM4-encrypted logitcsInterface
JT_PASSWORD_SALT: Final = "jadada236t2"  # J&T's fixed salt for the customer password in its business digest


class SignatureError(ValueError):
    """Input a signature cannot be made from (an EMS key that is not 16 bytes of base64, a payload that does not
    decrypt)."""


def _md5(text: str) -> bytes:
    return hashlib.md5(text.encode(), usedforsecurity=False).digest()


def md5_base64(text: str) -> str:
    """base64 of the raw MD5 digest: the family most carriers use."""
    return base64.b64encode(_md5(text)).decode("ascii")


def zto(body: str, secret: str, timestamp: str = "") -> str:
    """ZTO ZOP ``x-datadigest``: base64(md5(timestamp + body + appSecret)); the timestamp only where the
    interface asks for ``x-timestamp``."""
    return md5_base64(timestamp + body + secret)


def zto_form(pairs: str, secret: str) -> str:
    """ZTO's form interfaces (and its track push's ``data_digest`` over ``data``): base64(md5("k1=v1&k2=v2…" +
    secret)), the pairs as sent, not URL-encoded."""
    return md5_base64(pairs + secret)


def yto(param: str, secret: str, method: str = "", version: str = "v1") -> str:
    """YTO ``sign``: base64(md5(param + method + version + secret)). Without a method: base64(md5(data +
    secret)), the digest of YTO's documentation example and of its push's ``data_digest``."""
    return md5_base64(param + (method + version if method else "") + secret)


def sto(content: str, secret: str) -> str:
    """STO LinkGateway ``data_digest``: base64(md5(content + secretKey))."""
    return md5_base64(content + secret)


def jt(biz_content: str, private_key: str) -> str:
    """J&T ``digest`` header: base64(md5(bizContent + privateKey))."""
    return md5_base64(biz_content + private_key)


def jt_business(customer_code: str, password: str, private_key: str) -> str:
    """The business digest J&T's order operations carry inside bizContent: base64(md5(customerCode +
    UPPER(hex md5(password + "jadada236t2")) + privateKey))."""
    hidden = hashlib.md5((password + JT_PASSWORD_SALT).encode(), usedforsecurity=False).hexdigest().upper()
    return md5_base64(customer_code + hidden + private_key)


def yunda(body: str, secret: str) -> str:
    """Yunda ``sign``: md5(jsonBody + "_" + appSecret), hex, lower case."""
    return _md5(body + "_" + secret).hex()


def sf(msg_data: str, timestamp: str, checkword: str) -> str:
    """SF 丰桥 ``msgDigest``: base64(md5(urlencode(msgData + timestamp + checkword))), URL-encoded as the
    official Python demo does (``quote_plus``: a space is "+", and ``!'()*~`` are escaped, unlike JavaScript's
    encodeURIComponent)."""
    return md5_base64(quote_plus(msg_data + timestamp + checkword))


def jd(param_json: str, secret: str, *, token: str, app_key: str, method: str, timestamp: str, version: str = "2.0",
       upper: bool = True) -> str:
    """JD LOP ``sign`` (algorithm md5-salt): md5(secret + "access_token" + token + "app_key" + appKey + "method" +
    path + "param_json" + body + "timestamp" + ts + "v" + version + secret), hex; upper case as JD's Java demo
    (its Python SDK writes lower case: ``upper=False``)."""
    text = (f"{secret}access_token{token}app_key{app_key}method{method}param_json{param_json}timestamp{timestamp}"
            f"v{version}{secret}")
    digest = _md5(text).hex()
    return digest.upper() if upper else digest


def kuaidi100_query(param: str, key: str, customer: str) -> str:
    """kuaidi100 real-time query ``sign``: MD5(param + key + customer), hex, upper case."""
    return _md5(param + key + customer).hex().upper()


def kuaidi100_method(param: str, t: str, key: str, secret: str) -> str:
    """kuaidi100 "method" APIs (label, interceptOrder, reachable, work orders) ``sign``: MD5(param + t + key +
    secret), hex, upper case."""
    return _md5(param + t + key + secret).hex().upper()


def kuaidi100_push(param: str, salt: str) -> str:
    """kuaidi100 subscription push ``sign``: MD5(param + salt), hex, upper case."""
    return _md5(param + salt).hex().upper()


def kdniao(request_data: str, api_key: str) -> str:
    """kdniao ``DataSign``: urlencode(base64(hex md5(RequestData + ApiKey))): the base64 of the hex text."""
    hex_digest = _md5(request_data + api_key).hex()
    return quote(base64.b64encode(hex_digest.encode()).decode("ascii"), safe="")


def _sm4_key(key_b64: str) -> bytes:
    try:
        key = base64.b64decode(key_b64, validate=True)
    except ValueError:
        raise SignatureError("the EMS key must be base64 (its 16-byte SM4 key as issued)") from None
    if len(key) != 16:
        raise SignatureError(f"the EMS key decodes to {len(key)} bytes; SM4 takes 16")
    return key


def ems_encrypt(business_json: str, key_b64: str) -> str:
    """EMS ``logitcsInterface``: "|$4|" + base64(SM4-ECB-PKCS7(businessJSON + the key's base64 text,
    key = base64decode(key))). EMS encrypts instead of signing."""
    padder = padding.PKCS7(128).padder()
    plain = padder.update((business_json + key_b64).encode()) + padder.finalize()
    enc = Cipher(algorithms.SM4(_sm4_key(key_b64)), modes.ECB()).encryptor()  # EMS's own choice
    return EMS_PREFIX + base64.b64encode(enc.update(plain) + enc.finalize()).decode("ascii")


def ems_decrypt(value: str, key_b64: str) -> str:
    """The business JSON of an EMS ``logitcsInterface`` (a push's, or to check one of ours): decrypted, unpadded,
    and the key's base64 text taken off its end."""
    if not value.startswith(EMS_PREFIX):
        raise SignatureError(f"an EMS payload begins with {EMS_PREFIX}")
    key = _sm4_key(key_b64)  # (its own error, before the decryption's)
    try:
        cipher = base64.b64decode(value[len(EMS_PREFIX):], validate=True)
        dec = Cipher(algorithms.SM4(key), modes.ECB()).decryptor()
        unpadder = padding.PKCS7(128).unpadder()
        plain = unpadder.update(dec.update(cipher) + dec.finalize()) + unpadder.finalize()
        text = plain.decode()
    except (ValueError, UnicodeDecodeError):
        raise SignatureError("the EMS payload does not decrypt with this key") from None
    if not text.endswith(key_b64):
        raise SignatureError("the EMS payload decrypts, but does not end with the key's text as EMS's do")
    return text[: -len(key_b64)]
