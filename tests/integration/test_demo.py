"""``make demo`` in small: the demo command end to end on the real broker, as a newcomer would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_demo_runs_end_to_end_passes_its_checks_and_ends_with_the_report_path(tmp_path: Path) -> None:
    # kefu_dev is not installed with the product: it runs from the source tree, as make demo runs it
    root = str(Path(__file__).parent.parent.parent)
    env = {**os.environ, "KAFKA_BOOTSTRAP": os.environ.get("KAFKA_BOOTSTRAP", "127.0.0.1:29092"),
           "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)}
    run = subprocess.run(
        [sys.executable, "-m", "kefu_dev", "demo", "--count", "400", "--merchants", "40", "--duration", "8"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    out = run.stdout
    assert run.returncode == 0, out[-3000:] + run.stderr[-3000:]
    assert "demo: OK" in out
    for check in ("every request that needed an answer was answered on Kafka", "… and its reply reached its chat group",
                  "no robot over 20 messages a minute, every message ≤ 2048 bytes"):
        assert f"ok  {check}\n" in out, check
    assert "机器人" in out  # a sample of the group conversation was printed
    assert "by protocol: " in out and "generic" not in out.split("by protocol: ")[1].splitlines()[0]
    assert "pushes acknowledged: " in out  # (the carriers' outcomes pushed in their own formats)
    last = out.strip().splitlines()[-1]
    assert last.startswith("report: ")
    report = Path(last.removeprefix("report: "))
    assert report.is_file() and report.is_relative_to(tmp_path)
    page = report.read_text(encoding="utf-8")
    assert page.count("data:image/png;base64,") == 3 and "auto-resolved" in page
