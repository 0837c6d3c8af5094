"""deploy/ validated offline: Kubernetes manifests against the Kubernetes schemas, docker-compose against the
Compose Specification schema, and the configuration they carry against the router's own settings."""

from __future__ import annotations

import json
import os
import re
import tomllib
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import kubernetes_validate  # type: ignore[import-untyped]
import pytest
import yaml  # type: ignore[import-untyped]

from router.config import load_settings

DEPLOY = Path(__file__).parents[2] / "deploy"
K8S_VERSION = "1.30.0"


def manifests() -> list[dict]:  # type: ignore[type-arg]
    return [doc for f in sorted((DEPLOY / "k8s").glob("*.yaml")) for doc in yaml.safe_load_all(f.read_text()) if doc]


def test_kubernetes_manifests_match_the_schemas() -> None:
    docs = manifests()
    assert {d["kind"] for d in docs} >= {"Deployment", "Service", "ConfigMap", "PodDisruptionBudget",
                                          "HorizontalPodAutoscaler"}
    for doc in docs:
        kubernetes_validate.validate(doc, K8S_VERSION, strict=True)  # raises on any schema violation


def from_secrets(deployment: dict[str, Any]) -> dict[str, str]:
    """The environment a Deployment's containers set: the values it names, and for those taken from Kubernetes
    Secrets a stand-in value each (the configuration is valid only with them, as the carrier secret is never in
    the ConfigMap)."""
    env = [e for c in deployment["spec"]["template"]["spec"]["containers"] for e in c.get("env", [])]
    return {e["name"]: e["value"] if "value" in e else f"from-secret-{e['valueFrom']['secretKeyRef']['key']}"
            for e in env if "value" in e or "secretKeyRef" in e.get("valueFrom", {})}


def test_a_broken_manifest_is_refused() -> None:
    deployment = next(d for d in manifests() if d["kind"] == "Deployment")
    deployment["spec"]["replicas"] = "two"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, K8S_VERSION, strict=True)


def test_router_pods_drain_before_they_are_killed_and_probe_health() -> None:
    docs = manifests()
    config = next(d for d in docs if d["kind"] == "ConfigMap")["data"]["kefu.toml"]
    tmp = DEPLOY.parent / ".run" / "k8s-kefu.toml"
    tmp.parent.mkdir(exist_ok=True)
    tmp.write_text(config)
    router = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "kefu-router")
    settings = load_settings(tmp, env=from_secrets(router))  # the ConfigMap is a valid router configuration
    pod = router["spec"]["template"]["spec"]
    assert pod["terminationGracePeriodSeconds"] > settings.shutdown.drain_timeout_s + 5
    container = pod["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert pod["securityContext"]["runAsNonRoot"] is True
    hpa = next(d for d in docs if d["kind"] == "HorizontalPodAutoscaler")
    assert hpa["spec"]["maxReplicas"] <= settings.topics.partitions  # more routers than partitions idle


def test_compose_matches_the_compose_specification() -> None:
    schema = json.loads((DEPLOY / "schemas" / "compose_spec.json").read_text())
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    validator = jsonschema.Draft201909Validator(schema)
    validator.validate(compose)
    assert {"kafka", "router-1", "router-2", "carrier-sim", "prometheus", "grafana"} <= set(compose["services"])
    broken = {**compose, "services": {**compose["services"], "kafka": {**compose["services"]["kafka"],
                                                                        "ports": "9092"}}}
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)


def test_the_image_runs_as_a_non_root_user() -> None:
    lines = [ln.strip() for ln in (DEPLOY / "Dockerfile").read_text().splitlines()]
    users = [ln.split()[1] for ln in lines if ln.startswith("USER ")]
    assert users and users[-1] not in ("root", "0")
    assert lines.index(f"USER {users[-1]}") > max(i for i, ln in enumerate(lines) if ln.startswith("RUN "))


def test_grafana_provisioning_points_the_dashboard_at_the_provisioned_datasource() -> None:
    ds = yaml.safe_load((DEPLOY / "grafana" / "provisioning" / "datasources" / "prometheus.yml").read_text())
    uid = ds["datasources"][0]["uid"]
    dash = json.loads((DEPLOY / "grafana" / "dashboards" / "kefu-router.json").read_text())
    targets = [t for p in dash["panels"] for t in p["targets"]]
    assert targets and all(p["datasource"]["uid"] == uid for p in dash["panels"])
    assert all(t["datasource"]["uid"] == uid and t["expr"] for t in targets)
    provider = yaml.safe_load((DEPLOY / "grafana" / "provisioning" / "dashboards" / "kefu.yml").read_text())
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    mounted = compose["services"]["grafana"]["volumes"]
    assert f"./grafana/dashboards:{provider['providers'][0]['options']['path']}:ro" in mounted


def _pins(lock: Path) -> dict[str, str]:
    """Package → version of a pip-compile lock file; every entry must carry hashes."""
    text = lock.read_text()
    entries = re.findall(r"^([A-Za-z0-9_.-]+)==([^\s;]+)(?: ;[^\\\n]*)?((?: \\\n\s+--hash=sha256:[0-9a-f]{64})+)", text,
                         re.M)
    named = re.findall(r"^([A-Za-z0-9_.-]+)[=<>!~ ]", text, re.M)
    assert len(entries) == len(named), f"{lock.name}: an entry without an exact version and hashes"
    return {name.lower().replace("_", "-"): version for name, version, _ in entries}


def test_installs_use_the_lock_files_with_their_hashes() -> None:
    root = DEPLOY.parent
    prod, dev = _pins(root / "requirements" / "prod.txt"), _pins(root / "requirements" / "dev.txt")
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    wanted = {re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0].lower() for d in project["dependencies"]}
    assert wanted <= set(prod), sorted(wanted - set(prod))
    assert all(dev[name] == version for name, version in prod.items())  # the image runs what the tests ran
    build = _pins(root / "requirements" / "build.txt")  # the image's parser is compiled by the mypy of the tests
    assert all(dev[name] == version for name, version in build.items()), sorted(set(build.items()) - set(dev.items()))
    assert {"ruff", "mypy", "pytest"} <= set(dev)  # the lint tools are pinned with everything else
    make = (root / "Makefile").read_text()
    assert "pip install -q --require-hashes -r requirements/dev.txt" in make
    docker = (DEPLOY / "Dockerfile").read_text()
    assert "--require-hashes -r /tmp/prod.txt" in docker and "--require-hashes -r requirements/build.txt" in docker
    assert "pip install --no-cache-dir --no-deps /wheels/*.whl" in docker  # nothing beyond the lock


def test_the_network_manifests_describe_a_network_deployment() -> None:
    """deploy/k8s/network/: valid Kubernetes, a valid network configuration whose outlets live in the shared store,
    each outlet's secret mounted as a file, and no more routers than partitions."""
    files = sorted((DEPLOY / "k8s" / "network").glob("*.yaml"))
    docs = [doc for f in files for doc in yaml.safe_load_all(f.read_text()) if doc]
    for doc in docs:
        kubernetes_validate.validate(doc, K8S_VERSION, strict=True)
    config = next(d for d in docs if d["kind"] == "ConfigMap")["data"]["kefu.toml"]
    tmp = DEPLOY.parent / ".run" / "k8s-network.toml"
    tmp.parent.mkdir(exist_ok=True)
    tmp.write_text(config)
    router = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "kefu-network-router")
    settings = load_settings(tmp, env=from_secrets(router))
    assert settings.network.store.startswith("postgresql://")  # shared by every router, gateway and follower
    assert not settings.outlets and not settings.directory.path  # the outlets are the store's
    assert 0 < settings.scheduler.max_inflight_per_outlet < settings.scheduler.max_inflight
    # each carrier in its own protocol, on its own https host, owners from the outlets' pickup records
    assert (settings.carrier.protocol, settings.carrier.ownership) == ("open_platform", "shipments")
    assert all(url.startswith("https://") for url in settings.carrier.endpoints.values())
    assert set(settings.carrier.carriers) - set(settings.carrier.via) <= set(settings.carrier.endpoints)
    router = next(d for d in docs if d["kind"] == "Deployment")
    pod = router["spec"]["template"]["spec"]
    mounts = {m["mountPath"] for m in pod["containers"][0]["volumeMounts"]}
    assert "/run/secrets/kefu-outlets" in mounts  # "file:/run/secrets/kefu-outlets/<id>" in each outlet
    assert pod["terminationGracePeriodSeconds"] > settings.shutdown.drain_timeout_s + 5
    hpa = next(d for d in docs if d["kind"] == "HorizontalPodAutoscaler")
    assert hpa["spec"]["scaleTargetRef"]["name"] == router["metadata"]["name"]
    assert hpa["spec"]["maxReplicas"] <= settings.topics.partitions


def _interpolated(value: object) -> str:
    """A compose value with its ${NAME:-default} taken at its default (as `docker compose up` with nothing set)."""
    return re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", str(value))


def test_the_compose_routers_start_and_sign_as_the_carrier_simulator_does() -> None:
    """The routers' environment is a valid configuration (the simulator's built-in secret would be refused: the
    carriers' address is another container), and the simulator's account secret is the routers'."""
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    env = {k: _interpolated(v) for k, v in compose["services"]["router-1"]["environment"].items()}
    settings = load_settings(env=env)
    sim_env = {k: _interpolated(v) for k, v in compose["services"]["carrier-sim"]["environment"].items()}
    assert settings.carrier.secret == sim_env["KEFU_SIM_SECRET"] != "sim-secret"


def test_the_compose_gateway_may_send_to_every_robot_of_its_groups() -> None:
    from router.chat.webhooks import refusal

    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    env = {k: _interpolated(v) for k, v in compose["services"]["chat-gateway"]["environment"].items()}
    env.pop("KEFU_CHAT__GROUPS_PATH")  # mounted from deploy/local, read below
    hosts = load_settings(env=env).chat.webhook_hosts
    groups = json.loads((DEPLOY / "local" / "chat-groups.example.json").read_text())
    assert groups and all(refusal(g["platform"], g["webhook"], hosts) is None for g in groups.values())


def test_the_compose_network_override_sets_up_two_outlets_that_hold(tmp_path: Path) -> None:
    """deploy/docker-compose.network.yml: valid Compose; its `outlets` commands, run here against a SQLite store
    in place of the PostgreSQL one, make a network every process can read: two outlets, each its own account, the
    same merchant id in both as two merchants."""
    import shlex
    import subprocess
    import sys

    schema = json.loads((DEPLOY / "schemas" / "compose_spec.json").read_text())
    override = yaml.safe_load((DEPLOY / "docker-compose.network.yml").read_text())
    jsonschema.Draft201909Validator(schema).validate(override)
    env = {k: str(v) for k, v in override["services"]["router-1"]["environment"].items()}
    env["KEFU_NETWORK__STORE"] = f"sqlite:///{tmp_path / 'net.db'}"
    script = override["services"]["outlets"]["command"][0]
    for mount in override["services"]["outlets"]["volumes"]:
        local, inside, _ = mount.split(":")
        script = script.replace(inside, str((DEPLOY / local).resolve()))
    for step in script.split("&&"):
        argv = shlex.split(step)
        assert argv[0] == "kefu-router"
        done = subprocess.run([sys.executable, "-m", "kefu", *argv[1:]], env={**os.environ, **env},
                              capture_output=True, text=True, check=False, timeout=60)
        assert done.returncode == 0, (step, done.stderr)
    import anyio

    from router.outlet_store import OutletStore
    from router.outlets import Network
    from router.tickets.store import open_store

    async def stored() -> dict[str, Any]:
        store = await open_store(env["KEFU_NETWORK__STORE"])
        try:
            return (await OutletStore(store.db).outlets())[1]
        finally:
            await store.close()

    settings = load_settings(env=env)
    net = Network.from_settings(settings, env=env, stored=anyio.run(stored))
    assert sorted(net.outlets) == ["hz", "sh"]
    hz, hz_entry = net.resolve("wrGroupHz0000", "m00000")
    sh, sh_entry = net.resolve("wrGroupSh0000", "m00000")
    assert (hz.account.customer, sh.account.customer) == ("OUTLET-HZ", "OUTLET-SH")
    assert hz_entry is not None and sh_entry is not None and hz_entry.customer != sh_entry.customer
    sim = override["services"]["carrier-sim"]["command"]
    assert "OUTLET-HZ:key-hz:hz-secret" in sim and "OUTLET-SH:key-sh:sh-secret" in sim  # the carrier knows both


def test_robot_webhooks_and_secrets_come_from_kubernetes_secrets() -> None:
    """The chat groups file holds each robot's webhook key (and a DingTalk robot's secret): a Secret, never a
    ConfigMap; the platforms' callback secrets come from a Secret too."""
    gateway = next(d for d in manifests() if d["kind"] == "Deployment" and d["metadata"]["name"] == "kefu-chat-gateway")
    pod = gateway["spec"]["template"]["spec"]
    groups = next(v for v in pod["volumes"] if v["name"] == "groups")
    assert "secret" in groups and "configMap" not in groups
    assert pod["securityContext"]["fsGroup"] == pod["securityContext"]["runAsGroup"]  # a 0400 Secret it can read
    secret_env = from_secrets(gateway)
    assert {"KEFU_CHAT__WECOM_TOKEN", "KEFU_CHAT__WECOM_AES_KEY", "KEFU_CHAT__DINGTALK_APP_SECRET"} <= set(secret_env)


def _acls(user: dict) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    """(resource type, name, operation) a KafkaUser is allowed."""
    return {(a["resource"]["type"], a["resource"]["name"], op)
            for a in user["spec"]["authorization"]["acls"] for op in a["operations"]}


def _group_ids(path: Path) -> dict[str, str]:
    """The consumer group ids a ConfigMap's kefu.toml sets, as the environment would set them."""
    doc = next(d for d in yaml.safe_load_all(path.read_text()) if d and d["kind"] == "ConfigMap")
    data = tomllib.loads(doc["data"]["kefu.toml"])
    return {f"KEFU_{section.upper()}__GROUP_ID": data[section]["group_id"] for section in ("kafka", "chat", "tickets")
            if "group_id" in data.get(section, {})}


def test_each_role_has_a_kafka_user_allowed_exactly_what_it_reads_and_writes() -> None:
    """Reads and groups come from the code (the topics each consumer subscribes to) and from every ConfigMap (its
    group ids); writes from the table of who writes each topic (router.schemas). Every topic is Describe-able by
    the router, which checks at start that they all exist; nothing beyond Read, Write and Describe is granted."""
    from router.chat.egress import topics_read as gateway_reads
    from router.kafka.admin import topic_names
    from router.tickets.follower import topics_read as follower_reads

    users = {u["metadata"]["name"]: u for u in yaml.safe_load_all((DEPLOY / "k8s" / "kafka" / "users.yaml").read_text())
             if u}
    for path in (DEPLOY / "k8s" / "configmap.yaml", DEPLOY / "k8s" / "network" / "configmap.yaml"):
        s = load_settings(env=_group_ids(path))
        t = s.topics
        needs = {
            "kefu-router": ({t.requests}, s.kafka.group_id,
                            {t.replies, t.tickets, t.human, t.dlq, t.activity, t.carrier_events}, set(topic_names(s))),
            "kefu-gateway": (set(gateway_reads(s)), s.chat.group_id, {t.requests, t.human, t.dlq, t.staff_messages},
                             set()),
            "kefu-follower": (set(follower_reads(s)), s.tickets.group_id, {t.replies, t.human, t.dlq, t.human_replies},
                              set()),
        }
        for name, (reads, group, writes, described) in needs.items():
            allowed = _acls(users[name])
            assert {op for _, _, op in allowed} <= {"Read", "Write", "Describe"}, (name, allowed)
            wanted = ({("topic", x, "Read") for x in reads} | {("topic", x, "Write") for x in writes}
                      | {("group", group, "Read")} | {("topic", x, "Describe") for x in described | reads | writes})
            assert wanted <= allowed, (path.name, name, wanted - allowed)
            granted = {(kind, x, op) for kind, x, op in allowed if op in ("Read", "Write") and kind == "topic"}
            assert granted <= wanted, (name, granted - wanted)  # no topic beyond what the role uses
    deployments = [d for f in [*sorted((DEPLOY / "k8s").glob("*.yaml")), *sorted((DEPLOY / "k8s" / "network").glob(
        "*.yaml"))] for d in yaml.safe_load_all(f.read_text()) if d and d["kind"] == "Deployment"]
    assert len(deployments) >= 4
    for d in deployments:  # each pod signs in as its own role's user, with that user's password mounted
        user = from_secrets(d)["KEFU_KAFKA__SASL_USERNAME"]
        mounted = [src["secret"]["name"] for v in d["spec"]["template"]["spec"]["volumes"] if v["name"] == "kafka"
                   for src in v["projected"]["sources"]]
        assert user in users and user in mounted, (d["metadata"]["name"], user, mounted)


def test_the_console_runs_as_the_staffs_kafka_user_behind_tls_on_a_valid_configuration() -> None:
    docs = manifests()
    console = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "kefu-console")
    container = console["spec"]["template"]["spec"]["containers"][0]
    assert container["args"][-1] == "console" and container["readinessProbe"]["httpGet"]["path"] == "/healthz"
    config = next(d for d in docs if d["kind"] == "ConfigMap")["data"]["kefu.toml"]
    tmp = DEPLOY.parent / ".run" / "k8s-console.toml"
    tmp.parent.mkdir(exist_ok=True)
    tmp.write_text(config)
    settings = load_settings(tmp, env=from_secrets(console))
    assert settings.kafka.sasl_username == "kefu-staff" and settings.console.secure_cookies
    assert settings.console.host == "0.0.0.0" and settings.tickets.store.startswith("postgresql://")
    service = next(d for d in docs if d["kind"] == "Service" and d["metadata"]["name"] == "kefu-console")
    assert service["spec"]["selector"] == console["spec"]["selector"]["matchLabels"]
    users = {u["metadata"]["name"]: u for u in yaml.safe_load_all((DEPLOY / "k8s" / "kafka" / "users.yaml").read_text())
             if u}
    assert {("topic", settings.topics.human_replies, "Write"), ("topic", settings.topics.replies, "Write")} <= _acls(
        users["kefu-staff"])


def test_every_deployment_starts_on_the_configmap_with_its_own_environment() -> None:
    """Each process validates the whole configuration at start: the ConfigMap with a Deployment's environment (its
    Secrets stood in for) must be valid for every one of them, not only the router."""
    docs = manifests()
    config = next(d for d in docs if d["kind"] == "ConfigMap")["data"]["kefu.toml"]
    tmp = DEPLOY.parent / ".run" / "k8s-each.toml"
    tmp.parent.mkdir(exist_ok=True)
    tmp.write_text(config)
    deployments = [d for d in docs if d["kind"] == "Deployment"]
    assert {d["metadata"]["name"] for d in deployments} == {"kefu-router", "kefu-follower", "kefu-chat-gateway",
                                                             "kefu-console"}
    for d in deployments:
        # (a Secret's stand-in shaped as the real one must be; files only the pod mounts are left out)
        env = {k: "A" * 43 if k.endswith("AES_KEY") else v for k, v in from_secrets(d).items()
               if not k.endswith("_PATH")}
        load_settings(tmp, env=env)  # raises ConfigError saying what is wrong
