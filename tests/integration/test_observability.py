"""Observability against the real parts: promtool checks and tests the alert rules; a real Prometheus (Debian's
package) scrapes a running router, follower and chat gateway under load, and every PromQL expression of the
Grafana dashboard and of the alert rules returns data from it."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import anyio
import msgspec
import yaml  # type: ignore[import-untyped]

from kefu_dev import kafka_tools as kafkatools
from kefu_dev import sample
from kefu_dev.carrier_sim import CarrierSim, SimConfig
from kefu_dev.chat_sim import ChatSim
from router.config import Settings, child_env, isolated
from router.kafka import ensure_topics
from tests.carrier_kit import served
from tests.service_kit import req, settings_for

DEPLOY = Path(__file__).parents[2] / "deploy"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def test_promtool_checks_and_tests_the_rules() -> None:
    for args in (["check", "rules", "kefu-rules.yml"], ["test", "rules", "kefu-rules.test.yml"],
                 ["check", "config", "prometheus.yml"]):
        done = subprocess.run(["promtool", *args], check=False, cwd=DEPLOY / "prometheus", capture_output=True,
                              text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "SUCCESS" in done.stdout


def expressions() -> dict[str, str]:
    """Every query the dashboard draws and every quantity an alert watches."""
    out: dict[str, str] = {}
    dash = json.loads((DEPLOY / "grafana" / "dashboards" / "kefu-router.json").read_text())
    for p in dash["panels"]:
        for t in p["targets"]:
            out[f"panel '{p['title']}' {t['refId']}"] = t["expr"]
    rules = yaml.safe_load((DEPLOY / "prometheus" / "kefu-rules.yml").read_text())
    for g in rules["groups"]:
        for r in g["rules"]:
            out[f"alert {r['alert']}"] = " ".join(r["annotations"]["base"].split())
    return out


def _post_json(url: str, token: str, body: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST", headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as r:
            return int(r.status)
    except urllib.error.HTTPError as e:
        return int(e.code)
    except OSError:
        return -1


def query(prom: str, expr: str) -> list[Any]:
    status, body = get(f"{prom}/api/v1/query?" + urllib.parse.urlencode({"query": expr}))
    assert status == 200, body
    data: list[Any] = json.loads(body)["data"]["result"]
    return data


class Proc:
    def __init__(self, argv: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        with log.open("wb") as f:
            self.p = subprocess.Popen(argv, env=env, stdout=f, stderr=subprocess.STDOUT)

    def stop(self) -> None:
        self.p.terminate()
        try:
            self.p.wait(30)
        except subprocess.TimeoutExpired:
            self.p.kill()


async def test_prometheus_scrapes_a_live_router_and_every_expression_has_data(tmp_path: Path) -> None:
    sim = CarrierSim(SimConfig(latency_ms=5, callback_delay_s=0.3))
    r_port, f_port, cb_port, p_port = free_port(), free_port(), free_port(), free_port()
    g_port, c_port = free_port(), free_port()
    chat_sim = ChatSim()
    async with served(sim) as url, served(sim, chat_sim.app()) as sink_url:
        s: Settings = settings_for(tmp_path, url, callback_url=f"http://127.0.0.1:{cb_port}/callbacks",
                                   callbacks={"port": cb_port}, metrics={"port": r_port},
                                   tickets={"store": f"sqlite:///{tmp_path / 'tickets.db'}"})
        await ensure_topics(s)
        follower_settings = msgspec.structs.replace(s, metrics=msgspec.structs.replace(s.metrics, port=f_port))
        groups = {f"g-m{i:05d}": {"merchant": f"m{i:05d}", "platform": "wecom",
                                  "webhook": f"{sink_url}/cgi-bin/webhook/send?key=k{i}"} for i in range(40)}
        groups["api-1"] = {"merchant": "m00001", "platform": "api"}
        (tmp_path / "groups.json").write_text(json.dumps(groups))
        chat_settings = isolated(s, s.kafka.group_id, metrics={"port": g_port}, chat={
            "port": c_port, "groups_path": str(tmp_path / "groups.json"), "api_token": "obs-token-0123456789",
            "startup_hold": False})
        gateway = Proc([sys.executable, "-m", "kefu", "chat-gateway"], child_env(chat_settings),
                       tmp_path / "chat-gateway.log")
        router = Proc([sys.executable, "-m", "kefu", "run"], child_env(s), tmp_path / "router.log")
        follower = Proc([sys.executable, "-m", "kefu", "follow"], child_env(follower_settings),
                        tmp_path / "follower.log")
        config = {
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": [str(DEPLOY / "prometheus" / "kefu-rules.yml")],
            "scrape_configs": [
                {"job_name": "kefu-router", "static_configs": [{"targets": [f"127.0.0.1:{r_port}"]}]},
                {"job_name": "kefu-follower", "static_configs": [{"targets": [f"127.0.0.1:{f_port}"]}]},
                {"job_name": "kefu-chat", "static_configs": [{"targets": [f"127.0.0.1:{g_port}"]}]},
            ],
        }
        (tmp_path / "prometheus.yml").write_text(yaml.safe_dump(config))
        prometheus = Proc(["prometheus", f"--config.file={tmp_path / 'prometheus.yml'}",
                           f"--storage.tsdb.path={tmp_path / 'tsdb'}", f"--web.listen-address=127.0.0.1:{p_port}"],
                          dict(child_env(s)), tmp_path / "prometheus.log")
        prom = f"http://127.0.0.1:{p_port}"
        try:
            unsure = [req(f"m00003-9{i}", "m00003", "YT0000312345678 不用拦截了") for i in range(3)]
            for wave in range(6):  # traffic over several scrapes, with bad and unsure messages among it
                reqs = list(sample.requests(300, 40, seed=100 + wave, first_seq=wave * 1000 + 1))
                items = [sample.encoded(r) for r in reqs] + [(b"m00001", sample.POISON[wave % 5])] + unsure
                await kafkatools.produce_all(s.kafka.bootstrap, s.topics.requests, items)
                posted = _post_json(f"http://127.0.0.1:{c_port}/api/messages", "obs-token-0123456789", {
                    "id": f"obs-{wave}", "group": "api-1", "sender": "erp", "text": "YT0000112345678 查件 13812345678"})
                assert posted in (200, -1)  # -1: the gateway is still starting
                await anyio.sleep(2)
            assert get(f"http://127.0.0.1:{r_port}/healthz")[0] == 200
            metrics_text = "".join(get(f"http://127.0.0.1:{port}/metrics")[1] for port in (r_port, f_port, g_port))
            status, why = get(f"http://127.0.0.1:{r_port}/readyz")
            assert status == 200, why
            missing: dict[str, str] = {}
            with anyio.move_on_after(30):
                while True:
                    missing = {name: e for name, e in expressions().items() if not query(prom, e)}
                    if not missing:
                        break
                    await anyio.sleep(2)
            assert not missing, f"no data for: {json.dumps(missing, ensure_ascii=False, indent=1)}"
            status, body = get(f"{prom}/api/v1/rules")
            loaded = {r["name"] for g in json.loads(body)["data"]["groups"] for r in g["rules"]}
            rules = yaml.safe_load((DEPLOY / "prometheus" / "kefu-rules.yml").read_text())
            assert loaded == {r["alert"] for g in rules["groups"] for r in g["rules"]}  # Prometheus loaded every rule
            assert chat_sim.stats.accepted > 0 and chat_sim.stats.violations == 0
        finally:
            for p in (prometheus, gateway, follower, router):
                p.stop()
    # The traffic carried phone numbers, names and addresses (改址 messages): none may reach a log or a metric.
    phone = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
    for name in ("router.log", "follower.log", "chat-gateway.log"):
        log_text = (tmp_path / name).read_text(errors="replace")
        assert {"router.log": "drained and committed", "follower.log": "",
                "chat-gateway.log": "chat egress stopped"}[name] in log_text
        assert not phone.search(log_text), f"a phone number in {name}"
        assert not any(a in log_text for a in sample.ADDRESSES + sample.NAMES), f"personal data in {name}"
        assert s.carrier.secret not in log_text, f"the carrier secret in {name}"
    assert not phone.search(metrics_text) and "m00001" not in metrics_text  # nor merchant ids in labels
    assert s.carrier.secret not in metrics_text
