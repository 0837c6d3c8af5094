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


WRITERS = sorted((DATA / "writers").glob("*.jsonl"))


@pytest.mark.parametrize(("split", "at_least", "floor"), [("dev", 4000, 0.96), ("test", 1700, 0.94)])
def test_independent_writers(split: str, at_least: int, floor: float) -> None:
    """Messages written apart from the parser (tests/data/writers, issue 22). The parser is tuned on the dev split
    only; the test split is measured. Never an irreversible action the merchant did not ask for, nor one they had
    not decided on carried out unasked, on either; the exactness floors keep what was reached (the target, 98% on
    the test split, is not: docs/parsing.md)."""
    rep = evaluate(WRITERS, split)
    shown = split == "dev"  # the test split's messages are never shown, so that nobody tunes on them
    assert rep.messages >= at_least
    assert rep.wrong_irreversible == [], "\n".join(rep.wrong_irreversible) if shown else len(rep.wrong_irreversible)
    assert rep.acted_undecided == [], "\n".join(rep.acted_undecided) if shown else len(rep.acted_undecided)
    assert rep.exact_rate >= floor, "\n".join(rep.misses[:30]) if shown else f"{rep.exact_rate:.1%}"
    assert rep.recall >= 0.985
    assert set(rep.per_category) == {str(c) for c in range(9)}  # every category is measured on both splits


def test_the_split_keeps_the_test_writers_apart() -> None:
    styles = {split: set(evaluate(WRITERS, split).per_style) for split in ("dev", "test")}
    assert {"d", "e"} <= styles["test"] and not {"d", "e"} & styles["dev"]  # held out whole
    assert set("fghijklmn") & styles["dev"] and not set("fghijklmn") & styles["test"]  # written for tuning
    assert {"a", "b", "c"} <= styles["dev"] & styles["test"]  # split by the hash of each text
