"""How the packages may depend on each other, read from their import statements.

router (the streaming core and its parts) imports neither the customer service (handlers) nor the application
(kefu) nor the development tools (kefu_dev); handlers builds on router only; kefu puts both together; nothing
of the product imports kefu_dev. Only router/kafka/ imports the Kafka client (and, among the development tools,
kefu_dev/kafka_tools.py, which reads and writes whole topics for tests, benchmarks and the demo).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
MAY_NOT_IMPORT = {
    "router": {"handlers", "kefu", "kefu_dev"},
    "handlers": {"kefu", "kefu_dev"},
    "kefu": {"kefu_dev"},
}


def imports(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.add(node.module)
    return out


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(MAY_NOT_IMPORT))
def test_the_layers(package: str) -> None:
    wrong = {f"{path.relative_to(ROOT)}: {name}" for path in modules(package) for name in imports(path)
             if name.split(".")[0] in MAY_NOT_IMPORT[package]}
    assert not wrong, sorted(wrong)


def test_only_the_kafka_package_imports_the_kafka_client() -> None:
    kafka, tools = ROOT / "router" / "kafka", ROOT / "kefu_dev" / "kafka_tools.py"
    wrong = {str(path.relative_to(ROOT)) for package in ("router", "handlers", "kefu", "kefu_dev")
             for path in modules(package)
             if kafka not in path.parents and path != tools
             and any(n.split(".")[0] == "aiokafka" for n in imports(path))}
    assert not wrong, sorted(wrong)


def test_the_check_sees_an_import() -> None:
    assert "aiokafka" in imports(ROOT / "router" / "kafka" / "consumer.py")
    assert {"router", "handlers"} <= {n.split(".")[0] for n in imports(ROOT / "kefu" / "serve.py")}


MODULE_LINES = 400  # a module past this has grown past one job: split it by job (docs/architecture.md)
GENERATED = {"router/parsing/sounds_table.py"}  # data written by a script, not code to read


@pytest.mark.parametrize("package", ["router", "handlers", "kefu"])
def test_no_module_of_the_product_outgrows_one_job(package: str) -> None:
    long = {str(p.relative_to(ROOT)): n for p in modules(package)
            if str(p.relative_to(ROOT)) not in GENERATED
            and (n := len(p.read_text(encoding="utf-8").splitlines())) > MODULE_LINES}
    assert not long, f"modules over {MODULE_LINES} lines: {long}"
