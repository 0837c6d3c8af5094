"""Router processes (``python -m router run``) for crash, restart and rebalance tests."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from router.config import Settings, child_env


def router_env(settings: Settings, **extra: str) -> dict[str, str]:
    env = child_env(settings)
    env.update(
        KEFU_KAFKA__SESSION_TIMEOUT_MS="6000",  # a killed member is replaced within seconds
        KEFU_KAFKA__HEARTBEAT_INTERVAL_MS="1000",
        KEFU_COMMIT__INTERVAL_S="0.5",
        KEFU_GATEWAY__ENABLED="false",  # acknowledge-only: these tests are about the core, not the carriers
    )
    env.update(extra)
    return env


class RouterProcess:
    def __init__(self, settings: Settings, name: str, log_dir: Path, **extra_env: str) -> None:
        self.name = name
        self.env = router_env(settings, **extra_env)
        self.log_path = log_dir / f"{name}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def __repr__(self) -> str:
        return f"<RouterProcess {self.name} pid={self.proc.pid if self.proc else None}>"

    def start(self) -> RouterProcess:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "router", "run"], env=self.env, stdout=log, stderr=subprocess.STDOUT
        )
        return self

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def terminate(self, timeout_s: float = 60.0) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout_s)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def ensure_stopped(self) -> None:
        if self.alive():
            assert self.proc is not None
            self.proc.kill()
            self.proc.wait(10)
