"""Whether a host is on this machine: what nothing beyond it can reach (a loopback name or address)."""

from __future__ import annotations

import ipaddress


def on_this_machine(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
