"""How a client proves itself to the brokers and checks them: the options every aiokafka client is built with.

``kafka.security_protocol`` PLAINTEXT adds nothing; SSL adds a TLS context (the brokers' CA, and with a client
certificate, mTLS); SASL_SSL adds the SCRAM user, its password read from its reference when the client is built
(so a rotated secrets file is read on the next start, and the password never sits in the settings).
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from typing import Any

from aiokafka.helpers import create_ssl_context

from router.config import KafkaSettings
from router.config.secrets import read_secret
from router.errors import ConfigError


def client_security(k: KafkaSettings, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Keyword arguments for an aiokafka producer, consumer or admin client. Raises ConfigError when a TLS file
    cannot be loaded or the password cannot be read."""
    if k.security_protocol == "PLAINTEXT":
        return {}
    try:
        context = create_ssl_context(cafile=k.ssl_cafile or None, certfile=k.ssl_certfile or None,
                                     keyfile=k.ssl_keyfile or None)
    except (OSError, ssl.SSLError) as e:  # (the files are named by the settings; their content is not echoed)
        raise ConfigError(f"kafka.ssl_*: cannot load the TLS files ({type(e).__name__}: {e})") from None
    options: dict[str, Any] = {"security_protocol": k.security_protocol, "ssl_context": context}
    if k.security_protocol == "SASL_SSL":
        options.update(
            sasl_mechanism=k.sasl_mechanism, sasl_plain_username=k.sasl_username,
            sasl_plain_password=read_secret(k.sasl_password, "kafka.sasl_password", os.environ if env is None else env),
        )
    return options


def described(k: KafkaSettings) -> str:
    """The brokers and how they are reached, for messages: "127.0.0.1:29094 (SASL_SSL as kefu-router)"."""
    if k.security_protocol == "SASL_SSL":
        return f"{k.bootstrap} (SASL_SSL {k.sasl_mechanism} as {k.sasl_username})"
    if k.security_protocol == "SSL":
        return f"{k.bootstrap} (SSL{' with a client certificate' if k.ssl_certfile else ''})"
    return k.bootstrap
