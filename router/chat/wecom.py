"""WeCom (企业微信): smart-robot callbacks in, group-robot webhook messages out.

Callbacks are encrypted as WeCom documents for its JSON callbacks (``WXBizJsonMsgCrypt``):

- signature: SHA-1 of the token, timestamp, nonce and ciphertext, sorted and concatenated (``msg_signature``);
- cipher: AES-256-CBC, key = base64-decode(EncodingAESKey + "="), IV = the key's first 16 bytes, PKCS#7 padding
  to 32-byte blocks;
- plaintext: 16 random bytes, the message length (4 bytes, big-endian), the message, the receive id (empty for a
  smart robot).

URL verification is a GET with ``msg_signature``, ``timestamp``, ``nonce`` and an encrypted ``echostr``: the answer
is the decrypted echostr, within a second. A message callback is a POST with the same query and a JSON body
``{"encrypt": "..."}``; the decrypted JSON has ``msgid``, ``chatid``, ``chattype``, ``from.userid``, ``msgtype`` and,
for text, ``text.content``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct

import msgspec
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from router.errors import KefuError

BLOCK = 32  # WeCom pads to 32 bytes, not AES's 16


class SignatureError(KefuError):
    """The callback is not signed with our token (or was altered)."""


class CryptoError(KefuError):
    """The ciphertext does not decrypt to a well-formed WeCom message."""


def signature(token: str, timestamp: str, nonce: str, encrypted: str) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, encrypted])).encode()).hexdigest()


class WeComCrypto:
    """Sign, verify, encrypt and decrypt as WeCom's callback library does. ``receive_id`` is empty for smart
    robots (the corp id for application callbacks)."""

    def __init__(self, token: str, aes_key: str, receive_id: str = "") -> None:
        key = base64.b64decode(aes_key + "=")
        if len(key) != 32:
            raise ValueError("EncodingAESKey must be 43 characters of base64 (a 32-byte key)")
        self._token = token
        self._key = key
        self._receive_id = receive_id.encode()

    def __repr__(self) -> str:
        return f"<WeComCrypto receive_id={self._receive_id.decode()!r}>"

    def _cipher(self) -> Cipher[modes.CBC]:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._key[:16]))

    def encrypt(self, message: str, random16: bytes | None = None) -> str:
        body = message.encode()
        plain = (random16 or os.urandom(16)) + struct.pack(">I", len(body)) + body + self._receive_id
        pad = BLOCK - len(plain) % BLOCK
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(plain + bytes([pad]) * pad) + enc.finalize()).decode()

    def decrypt(self, encrypted: str) -> str:
        try:
            data = base64.b64decode(encrypted, validate=True)
        except ValueError:
            raise CryptoError("ciphertext is not base64") from None
        if not data or len(data) % 16:
            raise CryptoError("ciphertext is not whole AES blocks")
        dec = self._cipher().decryptor()
        plain = dec.update(data) + dec.finalize()
        pad = plain[-1]
        if not 1 <= pad <= BLOCK or plain[-pad:] != bytes([pad]) * pad:
            raise CryptoError("bad padding (wrong EncodingAESKey?)")
        plain = plain[:-pad]
        if len(plain) < 20:
            raise CryptoError("plaintext too short")
        (length,) = struct.unpack(">I", plain[16:20])
        body, receive_id = plain[20 : 20 + length], plain[20 + length :]
        if len(body) != length or receive_id != self._receive_id:
            raise CryptoError("plaintext length or receive id does not match")
        try:
            return body.decode()
        except UnicodeDecodeError:
            raise CryptoError("message is not UTF-8") from None

    def sign(self, timestamp: str, nonce: str, encrypted: str) -> str:
        return signature(self._token, timestamp, nonce, encrypted)

    def verify(self, msg_signature: str, timestamp: str, nonce: str, encrypted: str) -> None:
        """Raises SignatureError unless ``msg_signature`` signs the rest; parameters that are not ASCII are
        refused as such."""
        if not all(x.isascii() for x in (msg_signature, timestamp, nonce, encrypted)) or not hmac.compare_digest(
                msg_signature, self.sign(timestamp, nonce, encrypted)):
            raise SignatureError("msg_signature does not match")

    def verify_url(self, msg_signature: str, timestamp: str, nonce: str, echostr: str) -> str:
        """URL verification: check the signature and return the plaintext echostr to answer with."""
        self.verify(msg_signature, timestamp, nonce, echostr)
        return self.decrypt(echostr)


class From(msgspec.Struct):
    userid: str


class Text(msgspec.Struct):
    content: str


class Callback(msgspec.Struct, kw_only=True):
    """A decrypted smart-robot message callback (fields we use; others are ignored)."""

    msgid: str
    msgtype: str
    chatid: str = ""  # absent in a one-to-one chat
    chattype: str = "single"
    aibotid: str = ""
    sender: From = msgspec.field(name="from")
    text: Text | None = None


class Envelope(msgspec.Struct):
    encrypt: str


callback_decoder = msgspec.json.Decoder(Callback)
envelope_decoder = msgspec.json.Decoder(Envelope)


class MessageBody(msgspec.Struct):
    content: str
    mentioned_list: list[str] = msgspec.field(default_factory=list)


class Message(msgspec.Struct):
    """The group robot's text message: ``POST …/cgi-bin/webhook/send?key=KEY``. Content ≤ 2048 bytes UTF-8."""

    text: MessageBody
    msgtype: str = "text"


def message(content: str, mentions: list[str]) -> Message:
    return Message(text=MessageBody(content=content, mentioned_list=mentions))


RATE_LIMITED = 45009  # errcode: "api freq out of limit"
