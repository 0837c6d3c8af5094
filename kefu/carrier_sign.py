"""``kefu-router carrier-sign CARRIER``: the signature a carrier expects for a payload (or, for EMS, the encrypted
payload), computed as the gateway computes it (``router.carrier.wire.signatures``): the tool for the day a
carrier answers "signature invalid".

The payload is read from stdin, exactly (one trailing line break, as ``echo`` adds, is taken off unless
``--keep-newline``). Secrets are given as the configuration gives them, ``env:NAME`` or ``file:/path`` (or, on a
machine of one's own, in clear); the output is the signature alone, on one line.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Final

from router.carrier.wire import signatures as sig
from router.config.secrets import is_reference, read_secret
from router.errors import ConfigError

_Sign = Callable[[str, argparse.Namespace], str]


def _secret(value: str, flag: str) -> str:
    return read_secret(value, flag, os.environ) if is_reference(value) else value


# carrier → (what stdin holds, the options it needs beyond --secret, the signer)
_CARRIERS: Final[dict[str, tuple[str, tuple[str, ...], _Sign]]] = {
    "zto": ("the JSON body", ("timestamp?",), lambda p, a: sig.zto(p, a.secret, a.timestamp or "")),
    "zto-form": ("k1=v1&k2=v2 as sent (and a track push's data)", (), lambda p, a: sig.zto_form(p, a.secret)),
    "yto": ("param (the business JSON string)", ("method?", "version?"),
            lambda p, a: sig.yto(p, a.secret, a.method or "", a.version or "v1")),
    "sto": ("content", (), lambda p, a: sig.sto(p, a.secret)),
    "jt": ("bizContent (--secret: the privateKey)", (), lambda p, a: sig.jt(p, a.secret)),
    "jt-business": ("the customer's password (--secret: the privateKey)", ("customer",),
                    lambda p, a: sig.jt_business(a.customer, p, a.secret)),
    "yunda": ("the JSON body", (), lambda p, a: sig.yunda(p, a.secret)),
    "sf": ("msgData (--secret: the checkword)", ("timestamp",), lambda p, a: sig.sf(p, a.timestamp, a.secret)),
    "jd": ("param_json", ("token", "app_key", "method", "timestamp", "version?", "lower?"),
           lambda p, a: sig.jd(p, a.secret, token=_secret(a.token, "--token"), app_key=a.app_key, method=a.method,
                               timestamp=a.timestamp, version=a.version or "2.0", upper=not a.lower)),
    "kuaidi100": ("param (--secret: the key)", ("customer",),
                  lambda p, a: sig.kuaidi100_query(p, a.secret, a.customer)),
    "kuaidi100-method": ("param (--secret: the secret)", ("key", "timestamp"),
                         lambda p, a: sig.kuaidi100_method(p, a.timestamp, _secret(a.key, "--key"), a.secret)),
    "kuaidi100-push": ("a push's param (--secret: the subscription's salt)", (),
                       lambda p, a: sig.kuaidi100_push(p, a.secret)),
    "ems": ("the business JSON (--secret: the SM4 key, base64); prints logitcsInterface", (),
            lambda p, a: sig.ems_encrypt(p, a.secret)),
    "ems-decrypt": ("a logitcsInterface (--secret: the SM4 key, base64); prints the JSON", (),
                    lambda p, a: sig.ems_decrypt(p, a.secret)),
    "kdniao": ("RequestData (--secret: the ApiKey)", (), lambda p, a: sig.kdniao(p, a.secret)),
}

_HELP: Final = {"timestamp": "the timestamp as sent (SF, kuaidi100: milliseconds; JD: yyyy-MM-dd HH:mm:ss)",
                "method": "YTO: the interface (e.g. wanted_report_adapter); JD: the path (e.g. /jd/tracking/query)",
                "version": "YTO: v1; JD: 2.0", "customer": "J&T: customerCode; kuaidi100: customer",
                "token": "JD: the merchant's access_token (or env:NAME, file:/path)", "app_key": "JD: app_key",
                "key": "kuaidi100: the key (or env:NAME, file:/path)", "lower": "JD: lower-case hex (its Python SDK)"}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("carrier-sign", help="print the signature a carrier expects for the payload on stdin (EMS: "
                                            "the encrypted payload)", description=__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    carriers = p.add_subparsers(dest="carrier", required=True, metavar="CARRIER")
    for name, (stdin, options, _) in _CARRIERS.items():
        c = carriers.add_parser(name, help=f"stdin: {stdin}")
        c.add_argument("--secret", required=True, help="the secret, key or checkword: in clear, env:NAME or "
                                                       "file:/path")
        c.add_argument("--keep-newline", action="store_true", help="sign a trailing line break too")
        for option in options:
            flag = option.rstrip("?")
            if flag == "lower":
                c.add_argument("--lower", action="store_true", help=_HELP[flag])
            else:
                c.add_argument(f"--{flag.replace('_', '-')}", dest=flag, required=not option.endswith("?"),
                               help=_HELP[flag])


def run(args: argparse.Namespace) -> int:
    try:
        payload = sys.stdin.buffer.read().decode()
    except UnicodeDecodeError:
        print("kefu-router: the payload on stdin is not UTF-8", file=sys.stderr)
        return 2
    if not args.keep_newline:
        payload = payload.removesuffix("\n").removesuffix("\r")
    try:
        args.secret = _secret(args.secret, "--secret")
        print(_CARRIERS[args.carrier][2](payload, args))
    except (ConfigError, sig.SignatureError) as e:
        print(f"kefu-router: {e}", file=sys.stderr)
        return 2
    return 0
