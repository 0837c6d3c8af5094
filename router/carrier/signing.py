"""Request signing, per carrier, as their head-office APIs define it.

- ZTO, STO, J&T, SF, EMS, JD, Deppon, Cainiao (the common family): ``base64(md5(body + secret))`` over the raw
  MD5 bytes, in the carrier's own header (ZTO ``x-datadigest``, STO ``data_digest``, J&T ``digest``).
- YTO: ``base64(md5(param + method + version + secret))`` in ``sign``, with method and version in headers.
- Yunda: hex ``md5(body + "_" + secret)`` in ``sign``.

The simulator verifies with the same functions, so a scheme change is one edit and both sides follow.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass


def md5_b64(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data, usedforsecurity=False).digest()).decode("ascii")


@dataclass(frozen=True)
class Signer:
    """Signs a request body into headers, and checks headers against a body (the simulator's side)."""

    scheme: str  # digest | yto | yunda
    header: str  # where the signature goes
    app_key: str
    secret: str

    def __repr__(self) -> str:  # never print the secret
        return f"Signer(scheme={self.scheme!r}, header={self.header!r}, app_key={self.app_key!r})"

    def sign(self, body: bytes, method: str) -> dict[str, str]:
        headers = {"x-appkey": self.app_key, "content-type": "application/json"}
        if self.scheme == "yto":
            headers["x-method"] = method
            headers["x-version"] = "v1"
        headers[self.header] = self._signature(body, headers)
        return headers

    def verify(self, body: bytes, headers: Mapping[str, str]) -> bool:
        got = headers.get(self.header)
        return got is not None and hmac.compare_digest(got, self._signature(body, headers))

    def _signature(self, body: bytes, headers: Mapping[str, str]) -> str:
        secret = self.secret.encode()
        if self.scheme == "digest":
            return md5_b64(body + secret)
        if self.scheme == "yto":
            method, version = headers.get("x-method", ""), headers.get("x-version", "")
            return md5_b64(body + method.encode() + version.encode() + secret)
        if self.scheme == "yunda":
            return hashlib.md5(body + b"_" + secret, usedforsecurity=False).hexdigest()
        raise ValueError(f"unknown signing scheme {self.scheme!r}")


# scheme and header per carrier code (the codes the parser gives)
SCHEMES: dict[str, tuple[str, str]] = {
    "zto": ("digest", "x-datadigest"),
    "sto": ("digest", "data_digest"),
    "jt": ("digest", "digest"),
    "sf": ("digest", "x-datadigest"),
    "ems": ("digest", "x-datadigest"),
    "jd": ("digest", "x-datadigest"),
    "deppon": ("digest", "x-datadigest"),
    "cainiao": ("digest", "x-datadigest"),
    "yto": ("yto", "sign"),
    "yunda": ("yunda", "sign"),
}


def signer_for(carrier: str, app_key: str, secret: str) -> Signer:
    scheme, header = SCHEMES.get(carrier, ("digest", "x-datadigest"))
    return Signer(scheme, header, app_key, secret)
