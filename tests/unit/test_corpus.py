"""The parser against the labelled corpus in tests/data (targets from issue 4)."""

from __future__ import annotations

from pathlib import Path

from router.parsing.evaluate import evaluate

CORPUS = Path(__file__).parent.parent / "data" / "corpus.jsonl"


def test_corpus_accuracy_targets() -> None:
    rep = evaluate(CORPUS)
    assert rep.messages >= 90
    assert rep.exact_rate >= 0.98, "\n".join(rep.misses[:20])
    assert rep.recall >= 0.995
    assert len(rep.per_intent) == 14  # the 13 intents and chit-chat are all represented
