"""What an outlet's knowledge base, stop-ship areas and workflow rules cost per request (issue 28): CPU time,
in-process, on one core.

The demo's evening (sample traffic with one plain message in ten a question or a statement) is read twice, the
runs taking turns, best of nine: once as the service read it before (the parser alone), once as it reads it now
(the parser; then, for a message with no command, the outlet's answers: its stop-ship areas and its knowledge base,
the starter's 20 entries; and for every understood request the workflow rules, eight of them, a decision each).
The difference per message is what they add. The knowledge base's cost per question (a message it is asked about)
is reported beside it. Target: ≤ 20 µs of CPU added per request.
Writes bench/results/knowledge.json and knowledge.md.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.report import Target, environment, write
from handlers import answers
from handlers.customer_service import ASKABLE
from kefu_dev import sample
from router.areas.stop_ship import StopArea, StopShipSettings
from router.knowledge.base import KnowledgeSettings
from router.outlets import DEFAULT_OUTLET, Network, policy
from router.parsing.lexicon import LEXICON
from router.parsing.parser import parse
from router.rules.engine import Rules
from router.rules.model import Rule, RuleSettings

STARTER = Path(__file__).parent.parent / "deploy" / "knowledge" / "express-outlet.toml"
TARGET_US = 20.0
RULES = RuleSettings(rules=[
    Rule(name="vip-address", mode="record", intents=["change_address"], tiers=["vip"]),
    Rule(name="night-irreversible", mode="confirm", intents=["intercept", "change_address"], hours="22:00-08:00"),
    Rule(name="holiday-cancel", mode="record", intents=["cancel"], days=["holiday"]),
    Rule(name="sf-weekend", mode="record", intents=["cancel"], carriers=["sf"], days=["weekend"]),
    Rule(name="big-merchant-claims", mode="record", intents=["claim"], tiers=["big"]),
    Rule(name="yto-night-urge", mode="record", intents=["urge"], carriers=["yto"], hours="23:00-06:00"),
    Rule(name="m00001-address", mode="confirm", intents=["change_address"], merchants=["m00001"]),
    Rule(name="weekend-intercept", mode="auto", intents=["intercept"], days=["weekend"]),
], holidays=["2027-01-01", "2027-02-06"])


def plain(texts: list[str]) -> int:
    n = 0
    for t in texts:
        n += len(parse(t).requests)
    return n


def with_policy(texts: list[str], outlet: Any, rules: Rules, at: datetime) -> int:
    n = 0
    for t in texts:
        result = parse(t)
        if not result.requests and not result.waybills and result.reason in ASKABLE:
            if answers.answer(outlet, t, at) is not None or answers.worth_a_person(t):
                n += 1
            continue
        for r in result.requests:
            rules.decide(r.intent, "m00007", "", r.carrier or "", at)
            n += 1
    return n


def main() -> int:
    texts = [line.text for line in sample.evening(20_000, 500, 60.0, styled=0.25, questions=0.10)]
    questions = [t for t in texts if not (p := parse(t)).requests and not p.waybills]
    knowledge, stops, _ = policy(KnowledgeSettings(path=str(STARTER)),
                                 StopShipSettings(areas=[StopArea(area="新疆"), StopArea(area="西藏自治区拉萨市")]),
                                 RuleSettings(), "")
    outlet = dataclasses.replace(Network.one().outlets[DEFAULT_OUTLET], knowledge=knowledge, stops=stops)
    rules = Rules(RULES, LEXICON)
    at = datetime(2026, 12, 6, 13, 0, tzinfo=UTC)
    best = {"parser": float("inf"), "parser+policy": float("inf"), "questions": float("inf")}
    for _ in range(9):
        for name, run in (("parser", lambda: plain(texts)), ("parser+policy", lambda: with_policy(texts, outlet, rules,
                                                                                                  at)),
                          ("questions", lambda: [outlet.knowledge.answer(q, at) for q in questions])):
            c = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - c)
    added = (best["parser+policy"] - best["parser"]) / len(texts) * 1e6
    per_question = best["questions"] / max(len(questions), 1) * 1e6
    targets = [Target("CPU added per request by rules and answers (µs)", f"<= {TARGET_US:g}", round(added, 2),
                      added <= TARGET_US)]
    data: dict[str, Any] = {
        "benchmark": "knowledge", "environment": environment(), "messages": len(texts), "questions": len(questions),
        "cpu_s": {k: round(v, 4) for k, v in best.items()}, "added_us_per_request": round(added, 2),
        "knowledge_us_per_question": round(per_question, 1), "targets": [t.as_dict() for t in targets],
    }
    md = (
        "# Knowledge base, stop-ship areas and workflow rules: CPU per request\n\n"
        f"{data['environment']['when']} · Python {data['environment']['python']} · one core, CPU time, best of 9 "
        f"interleaved runs · {len(texts):,} messages of the demo's evening, {len(questions):,} of them with no "
        "command (questions and statements) · the starter knowledge base (20 entries), 2 stop-ship areas, 8 rules\n\n"
        "| run | CPU s |\n|---|---:|\n" + "".join(f"| {k} | {v:.3f} |\n" for k, v in best.items())
        + f"\nAdded per request: **{added:.1f} µs**; the knowledge base per question it is asked: "
        f"{per_question:.0f} µs.\n\n| target | wanted | measured | met |\n|---|---|---:|---|\n"
        + "".join(f"| {t.name} | {t.target} | {t.measured:,} | {'yes' if t.met else '**no**'} |\n" for t in targets)
    )
    j, m = write("knowledge", data, md)
    print(f"added {added:.1f} µs per request; knowledge {per_question:.0f} µs per question; wrote {j} and {m}")
    return 0 if all(t.met for t in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
