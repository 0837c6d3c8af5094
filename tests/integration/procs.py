"""Router processes (``python -m kefu run``) and a broker of a test's own, for crash, restart and rebalance
tests."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
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
        KEFU_CARRIER__ENABLED="false",  # acknowledge-only: these tests are about the core, not the carriers
    )
    env.update(extra)
    return env


class RouterProcess:
    """A ``python -m kefu <command>`` process: the router by default (``command="chat-gateway"``: a gateway)."""

    def __init__(self, settings: Settings, name: str, log_dir: Path, command: str = "run", **extra_env: str) -> None:
        self.name = name
        self.command = command
        self.env = router_env(settings, **extra_env)
        self.log_path = log_dir / f"{name}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def __repr__(self) -> str:
        return f"<RouterProcess {self.name} pid={self.proc.pid if self.proc else None}>"

    def start(self) -> RouterProcess:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kefu", self.command], env=self.env, stdout=log, stderr=subprocess.STDOUT
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


class OwnBroker:
    """A Kafka broker of the test's own (deploy/local/kafka.sh on a free port, its state under ``run_dir``), for
    scenarios that stop the broker: the suite's shared broker, or a cluster named by KAFKA_BOOTSTRAP, is left
    alone. The jars are those kafka.sh already fetched for the suite."""

    SCRIPT = Path(__file__).resolve().parents[2] / "deploy" / "local" / "kafka.sh"

    def __init__(self, run_dir: Path) -> None:
        self.port = _free_ports()
        self.env = {k: v for k, v in os.environ.items() if k != "KAFKA_BOOTSTRAP"}
        self.env.update(KAFKA_PORT=str(self.port), KEFU_RUN=str(run_dir))
        self.bootstrap = f"127.0.0.1:{self.port}"

    def __repr__(self) -> str:
        return f"<OwnBroker {self.bootstrap}>"

    @property
    def kafka(self) -> dict[str, object]:
        """The ``kafka`` settings that reach it: its plain-text listener (these tests are about its restarts; the
        suite's broker covers the secured listeners)."""
        return {"bootstrap": self.bootstrap, "security_protocol": "PLAINTEXT", "sasl_username": "",
                "sasl_password": "", "ssl_cafile": ""}

    def _run(self, action: str) -> None:
        done = subprocess.run(
            [str(self.SCRIPT), action], env=self.env, capture_output=True, text=True, timeout=180, check=False
        )
        if done.returncode:
            raise RuntimeError(f"kafka.sh {action} failed ({done.returncode}): {done.stdout}{done.stderr}")

    def start(self) -> OwnBroker:
        self._run("start")  # returns once the broker answers metadata requests
        return self

    def stop(self) -> None:
        self._run("stop")  # SIGTERM: a clean shutdown, its log stays on disk


def _free_ports(n: int = 4) -> int:
    """A port whose ``n - 1`` successors are free too (kafka.sh puts the KRaft controller on port + 1 and the
    secured listeners on port + 2 and + 3)."""
    for _ in range(50):
        with contextlib.ExitStack() as held:
            first = held.enter_context(socket.socket())
            first.bind(("127.0.0.1", 0))
            port = int(first.getsockname()[1])
            try:
                for k in range(1, n):
                    held.enter_context(socket.socket()).bind(("127.0.0.1", port + k))
            except OSError:
                continue
        return port
    raise RuntimeError(f"no {n} adjacent free ports found")
