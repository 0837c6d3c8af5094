"""The parser against the labelled corpus in tests/data (targets from issue 4)."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest

from kefu_dev.evaluate import evaluate
from router.parsing.parser import _parse

DATA = Path(__file__).parent.parent / "data"


@pytest.mark.parametrize(("name", "at_least"), [("corpus.jsonl", 200), ("variants.jsonl", 600)])
def test_corpus_accuracy_targets(name: str, at_least: int) -> None:
    rep = evaluate(DATA / name)
    assert rep.messages >= at_least
    assert rep.exact_rate >= 0.98, "\n".join(rep.misses[:20])
    assert rep.recall >= 0.995 and rep.in_requests >= 0.995
    assert len(rep.per_intent) == 14  # the 13 intents and chit-chat are all represented


WRITERS = sorted((DATA / "writers").glob("*.jsonl"))


@pytest.mark.parametrize(("split", "at_least", "floor", "in_requests_floor"),
                         # (dev: 96.5% and 98.7% in a request since round twenty-two added four writers aimed at
                         # what was weakest (parcels named by what they are, places in batches, long several-part
                         # messages), 1,876 messages read 87% at first; rounds nineteen to twenty-one had moved it
                         # to 96.7% and 98.8%; round twenty-three's ordinary groups read 95.5% at first)
                         [("dev", 7000, 0.965, 0.987), ("test", 2600, 0.955, 0.99)])
def test_independent_writers(split: str, at_least: int, floor: float, in_requests_floor: float) -> None:
    """Messages written apart from the parser (tests/data/writers, issue 22). The parser is tuned on the dev split
    only; the test split is measured. Never an irreversible action the merchant did not ask for, nor one they had
    not decided on carried out unasked, on either; the exactness floors keep what was reached (the target, 98% on
    the test split, is not: docs/parsing.md). Waybill recall is issue 22's target (99.5%); the share of
    labelled numbers that reach a request keeps what was reached."""
    rep = evaluate(WRITERS, split)
    shown = split == "dev"  # the test split's messages are never shown, so that nobody tunes on them
    # plain numbers in every assertion: pytest prints the operands, and the report holds the test split's messages
    messages, wrong, undecided = rep.messages, len(rep.wrong_irreversible), len(rep.acted_undecided)
    exact, recall, in_requests = rep.exact_rate, rep.recall, rep.in_requests
    assert messages >= at_least
    assert wrong == 0, "\n".join(rep.wrong_irreversible) if shown else f"{wrong} wrong irreversible actions"
    assert undecided == 0, "\n".join(rep.acted_undecided) if shown else f"{undecided} undecided acted on"
    assert exact >= floor, "\n".join(rep.misses[:30]) if shown else f"{exact:.1%}"
    assert recall >= 0.995, f"{recall:.2%}"
    assert in_requests >= in_requests_floor, f"{in_requests:.1%}"
    categories = set(rep.per_category)
    assert categories == {str(c) for c in range(9)}  # every category is measured on both splits


def test_the_split_keeps_the_test_writers_apart() -> None:
    styles = {split: set(evaluate(WRITERS, split).per_style) for split in ("dev", "test")}
    held_out = {"d", "e", "o", "p"}
    assert held_out <= styles["test"] and not held_out & styles["dev"]  # held out whole
    assert set("fghijklmn") & styles["dev"] and not set("fghijklmn") & styles["test"]  # written for tuning
    assert {"a", "b", "c"} <= styles["dev"] & styles["test"]  # split by the hash of each text


def test_the_fast_path_reads_every_message_as_the_full_reading() -> None:
    """shortcuts.lone_command on every labelled message of every corpus (whatever the labels say): where it reads
    a message, it reads it exactly as the full reading does (the result is compared, not printed)."""
    paths = [*WRITERS, DATA / "corpus.jsonl", DATA / "variants.jsonl"]
    differ = 0
    for path in paths:
        for raw in path.read_bytes().splitlines():
            item = json.loads(raw)
            text, carrier = str(item["text"]), item.get("carrier")
            group = carrier if isinstance(carrier, str) else None
            differ += msgspec.to_builtins(_parse(text, group)) != msgspec.to_builtins(_parse(text, group, fast=False))
    assert differ == 0, f"{differ} messages read differently by the fast path"
