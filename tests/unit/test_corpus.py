"""The parser against the labelled corpus in tests/data (targets from issue 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from router.parsing.evaluate import evaluate

DATA = Path(__file__).parent.parent / "data"


@pytest.mark.parametrize(("name", "at_least"), [("corpus.jsonl", 200), ("variants.jsonl", 600)])
def test_corpus_accuracy_targets(name: str, at_least: int) -> None:
    rep = evaluate(DATA / name)
    assert rep.messages >= at_least
    assert rep.exact_rate >= 0.98, "\n".join(rep.misses[:20])
    assert rep.recall >= 0.995
    assert len(rep.per_intent) == 14  # the 13 intents and chit-chat are all represented
