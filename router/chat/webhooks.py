"""Where robot webhooks may point: the platforms' own hosts, over https (``chat.webhook_hosts``).

A webhook URL is configuration an outlet's owner writes (a group's robot), and the gateway POSTs replies there with
whatever it is given: pointed at a cloud metadata address or a service inside the network, it would make the
gateway a proxy into places the owner cannot reach. So a webhook's host must be one of its platform's
(``qyapi.weixin.qq.com`` for WeCom, ``oapi.dingtalk.com`` and ``api.dingtalk.com`` for DingTalk, unless set
otherwise), those over https; a host listed besides them (a chat simulator) is the operator's choice. The check
runs where settings are loaded (``chat.groups``, an outlet's groups) and again before the first message to a
group, for groups that come from files or the store. Redirects are never followed
(``router.chat.posting.Poster._post``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

# the platforms' own hosts: https only (a host listed besides them, such as a local simulator, is the operator's)
_PUBLIC = frozenset({"qyapi.weixin.qq.com", "oapi.dingtalk.com", "api.dingtalk.com"})


def refusal(platform: str, webhook: str, hosts: Mapping[str, Sequence[str]]) -> str | None:
    """Why ``webhook`` may not be a ``platform`` robot's (never the URL itself: it holds the robot's key), or None."""
    try:
        parts = urlsplit(webhook)
        host = parts.hostname or ""
    except ValueError:
        return "not a URL"
    if parts.scheme not in ("https", "http") or not host:
        return "not an http(s) URL"
    if host not in hosts.get(platform, ()):
        return f"host {host} is not among chat.webhook_hosts.{platform}"
    if parts.scheme == "http" and host in _PUBLIC:
        return f"plain http to {host}: the robot's key would cross the internet in clear"
    if parts.username or parts.password:
        return "credentials in the URL"
    return None
