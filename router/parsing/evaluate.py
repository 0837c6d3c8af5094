"""Accuracy of the parser on a labelled corpus: ``python -m router.parsing.evaluate tests/data/corpus.jsonl``.

A message is exactly right when its set of (intent, waybill) pairs equals the label's, nothing extra or missing.
Waybill recall: labelled waybills found in any request. Per intent: messages whose labels include it.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from router.parsing.parser import parse


@dataclass
class Report:
    messages: int = 0
    exact: int = 0
    waybills: int = 0
    waybills_found: int = 0
    human_agree: int = 0
    per_intent: Counter[str] = field(default_factory=Counter)
    per_intent_exact: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    @property
    def exact_rate(self) -> float:
        return self.exact / self.messages if self.messages else 0.0

    @property
    def recall(self) -> float:
        return self.waybills_found / self.waybills if self.waybills else 1.0


def evaluate(path: Path) -> Report:
    rep = Report()
    for raw in path.read_bytes().splitlines():
        if not raw.strip():
            continue
        item = orjson.loads(raw)
        result = parse(item["text"], item.get("carrier"))
        want = {(r["intent"], w) for r in item["expected"] for w in r["waybills"]}
        got = {(r.intent, w) for r in result.requests for w in r.waybills}
        labelled = {w for r in item["expected"] for w in r["waybills"]}
        found = {w for r in result.requests for w in r.waybills}
        rep.messages += 1
        rep.waybills += len(labelled)
        rep.waybills_found += len(labelled & found)
        rep.human_agree += result.needs_human == item.get("needs_human", False)
        ok = got == want
        rep.exact += ok
        for intent in {r["intent"] for r in item["expected"]} or {"chit-chat"}:
            rep.per_intent[intent] += 1
            rep.per_intent_exact[intent] += ok
        if not ok:
            rep.misses.append(f"{item['text']!r}: want {sorted(want)} got {sorted(got)}")
    return rep


def main(argv: list[str]) -> int:
    rep = evaluate(Path(argv[0] if argv else "tests/data/corpus.jsonl"))
    for intent in sorted(rep.per_intent):
        n, ok = rep.per_intent[intent], rep.per_intent_exact[intent]
        print(f"{intent:<16} {ok:>4}/{n:<4} {ok / n:7.1%}")
    print(f"{'overall':<16} {rep.exact:>4}/{rep.messages:<4} {rep.exact_rate:7.1%}  exactly right")
    print(f"{'waybill recall':<16} {rep.waybills_found:>4}/{rep.waybills:<4} {rep.recall:7.1%}")
    print(f"{'needs_human':<16} {rep.human_agree:>4}/{rep.messages:<4} {rep.human_agree / rep.messages:7.1%} agree")
    for miss in rep.misses:
        print("MISS", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
