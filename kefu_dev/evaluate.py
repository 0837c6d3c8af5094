"""Accuracy of the parser on labelled corpora (tests/data/LABELLING.md):

    python -m kefu_dev.evaluate tests/data/corpus.jsonl
    python -m kefu_dev.evaluate --split test tests/data/writers/*.jsonl

A message is exactly right when its set of (intent, waybill) pairs equals the label's, nothing extra or missing.
**Waybill recall**: labelled waybills the parser recognised as waybills of the message (``ParseResult.waybills``:
every number it speaks of, whatever is then done with it). **Waybills in a request**: labelled waybills that reach
a request; a number recognised but handed to a person with the message (or left out of its requests) counts
against this one, and against exactness, not against recall. A **wrong irreversible action** is an intercept, cancel or
address change for a waybill the label does not ask it for, in a message the bot would act on: not handed to a
person (``needs_human``) and not asked to confirm. **Acted on undecided** counts messages labelled ``confirm`` (the
merchant has not decided) on which the bot would carry out an irreversible action asking nothing. **Dropped
unannounced** counts messages that ask for something on which the bot would neither act, ask, nor hand the message to a
person (the merchant would hear nothing; a reply "确认" to the bot's quoted question is answered by the confirmation
flow, not the parser, and counts here too). Per intent: messages
whose labels include it; per category and per writer's style likewise (when the records carry them).

The writers' corpora are split once, by rule, before any tuning: the messages of styles d and e (and of o and p,
fresh writers added later) are all in the test split (held-out writers), those of a, b and c (the first
measurement) are split by the SHA-256 of their text (even first byte: dev), so that relabelling or renumbering a
message never moves it between the splits, and every writer added since (f onwards, written to tune on) is all in
dev: a new writer is dev until it is named held out. The parser may be tuned on dev; test
measures it on messages it was not tuned on. Records without a style are in both.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from router.parsing.parser import IRREVERSIBLE, ParseResult, parse

HELD_OUT_STYLES = frozenset({"d", "e", "o", "p"})  # writers whose every message is in the test split
# the writers of the first measurement, split by the hash of each text; every writer added since is dev only
HASH_SPLIT_STYLES = frozenset({"a", "b", "c"})


def split_of(record: dict[str, object]) -> str:
    """``dev``, ``test`` or ``both`` (records without a writer's style: the hand-written corpus)."""
    style = record.get("style")
    if not isinstance(style, str):
        return "both"
    if style in HELD_OUT_STYLES:
        return "test"
    if style not in HASH_SPLIT_STYLES:
        return "dev"
    return "dev" if hashlib.sha256(str(record.get("text", "")).encode()).digest()[0] % 2 == 0 else "test"


@dataclass
class Report:
    messages: int = 0
    exact: int = 0
    waybills: int = 0
    waybills_found: int = 0  # labelled and in some request
    waybills_recognised: int = 0  # labelled and among the numbers the parser took for waybills
    human_agree: int = 0
    confirm_labelled: int = 0
    confirm_agree: int = 0
    acted: int = 0  # messages the bot would act on without asking anyone
    asked: int = 0  # messages with a request to confirm
    to_person: int = 0
    wrong_irreversible: list[str] = field(default_factory=list)
    acted_undecided: list[str] = field(default_factory=list)  # labelled undecided (confirm), carried out unasked
    # asked for something, and the bot would neither act, ask nor hand it to a person (the merchant hears nothing)
    dropped: list[str] = field(default_factory=list)
    per_intent: Counter[str] = field(default_factory=Counter)
    per_intent_exact: Counter[str] = field(default_factory=Counter)
    per_category: Counter[str] = field(default_factory=Counter)
    per_category_exact: Counter[str] = field(default_factory=Counter)
    per_style: Counter[str] = field(default_factory=Counter)
    per_style_exact: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    @property
    def exact_rate(self) -> float:
        return self.exact / self.messages if self.messages else 0.0

    @property
    def recall(self) -> float:
        return self.waybills_recognised / self.waybills if self.waybills else 1.0

    @property
    def in_requests(self) -> float:
        return self.waybills_found / self.waybills if self.waybills else 1.0


def wrong_irreversible(result: ParseResult, want: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Irreversible (intent, waybill) pairs the bot would carry out although the label does not ask for them."""
    if result.needs_human:
        return []
    return [(r.intent, w) for r in result.requests if r.intent in IRREVERSIBLE and not r.confirm
            for w in r.waybills if (r.intent, w) not in want]


def acted_unasked(result: ParseResult) -> list[tuple[str, str]]:
    """Irreversible (intent, waybill) pairs the bot would carry out without asking anyone."""
    if result.needs_human:
        return []
    return [(r.intent, w) for r in result.requests if r.intent in IRREVERSIBLE and not r.confirm for w in r.waybills]


def records(paths: Iterable[Path], split: str = "all") -> Iterable[dict[str, object]]:
    for path in paths:
        for raw in path.read_bytes().splitlines():
            if raw.strip():
                item = orjson.loads(raw)
                if split == "all" or split_of(item) in (split, "both"):
                    yield item


def evaluate(path: Path | Iterable[Path], split: str = "all") -> Report:
    rep = Report()
    for item in records([path] if isinstance(path, Path) else path, split):
        _score(rep, item)
    return rep


def _score(rep: Report, item: dict[str, object]) -> None:
    text, carrier = item["text"], item.get("carrier")
    assert isinstance(text, str) and (carrier is None or isinstance(carrier, str))
    expected = item["expected"]
    assert isinstance(expected, list)
    result = parse(text, carrier)
    want = {(r["intent"], w) for r in expected for w in r["waybills"]}
    got = {(r.intent, w) for r in result.requests for w in r.waybills}
    labelled = {w for r in expected for w in r["waybills"]}
    found = {w for r in result.requests for w in r.waybills}
    rep.messages += 1
    rep.waybills += len(labelled)
    rep.waybills_found += len(labelled & found)
    rep.waybills_recognised += len(labelled & (found | set(result.waybills)))
    rep.human_agree += result.needs_human == item.get("needs_human", False)
    asks = not result.needs_human and any(r.confirm for r in result.requests)
    if "confirm" in item:
        rep.confirm_labelled += 1
        rep.confirm_agree += asks == bool(item["confirm"])
    if result.needs_human:
        rep.to_person += 1
    elif asks:
        rep.asked += 1
    elif result.requests:
        rep.acted += 1
    ok = got == want
    rep.exact += ok
    _tally_groups(rep, item, {r["intent"] for r in expected} or {"chit-chat"}, ok)
    if wrong := wrong_irreversible(result, want):
        rep.wrong_irreversible.append(f"{text!r}: {sorted(wrong)}")
    if item.get("confirm") and not asks and (unasked := acted_unasked(result)):  # asked nothing at all
        rep.acted_undecided.append(f"{text!r}: {sorted(unasked)}")
    if want and not result.requests and not result.needs_human:
        rep.dropped.append(f"{text!r}: {sorted(want)}")
    if not ok:
        rep.misses.append(f"{item.get('id', '')} {text!r}: want {sorted(want)} got {sorted(got)}"
                          f"{' (person: ' + str(result.reason) + ')' if result.needs_human else ''}")


def _tally_groups(rep: Report, item: dict[str, object], intents: set[str], ok: bool) -> None:
    """The message counted, exact or not, under each of its intents, its categories and its writing style."""
    for intent in intents:
        rep.per_intent[intent] += 1
        rep.per_intent_exact[intent] += ok
    categories = item.get("categories")
    for cat in categories if isinstance(categories, list) else []:
        rep.per_category[str(cat)] += 1
        rep.per_category_exact[str(cat)] += ok
    if isinstance(style := item.get("style"), str):
        rep.per_style[style] += 1
        rep.per_style_exact[style] += ok


def _rows(title: str, counts: Counter[str], exact: Counter[str]) -> list[str]:
    return [f"{title} {k:<13} {exact[k]:>4}/{counts[k]:<4} {exact[k] / counts[k]:7.1%}" for k in sorted(counts)]


def render(rep: Report, show_misses: bool = True) -> str:
    n = rep.messages or 1
    lines = _rows("intent  ", rep.per_intent, rep.per_intent_exact)
    lines += _rows("category", rep.per_category, rep.per_category_exact)
    lines += _rows("style   ", rep.per_style, rep.per_style_exact)
    lines += [
        f"{'overall':<22} {rep.exact:>4}/{rep.messages:<4} {rep.exact_rate:7.1%}  exactly right",
        f"{'waybill recall':<22} {rep.waybills_recognised:>4}/{rep.waybills:<4} {rep.recall:7.2%}",
        f"{'waybills in a request':<22} {rep.waybills_found:>4}/{rep.waybills:<4} {rep.in_requests:7.1%}",
        f"{'wrong irreversible':<22} {len(rep.wrong_irreversible):>4}",
        f"{'acted on undecided':<22} {len(rep.acted_undecided):>4}",
        f"{'dropped unannounced':<22} {len(rep.dropped):>4}",
        f"{'needs_human agrees':<22} {rep.human_agree:>4}/{rep.messages:<4} {rep.human_agree / n:7.1%}",
    ]
    if rep.confirm_labelled:
        lines.append(f"{'confirm agrees':<22} {rep.confirm_agree:>4}/{rep.confirm_labelled:<4} "
                     f"{rep.confirm_agree / rep.confirm_labelled:7.1%}")
    lines.append(f"{'the bot would':<22} act on {rep.acted / n:.1%}, ask to confirm {rep.asked / n:.1%}, "
                 f"hand to a person {rep.to_person / n:.1%} (the rest ask nothing)")
    lines += [f"WRONG {w}" for w in rep.wrong_irreversible]
    lines += [f"UNDECIDED {w}" for w in rep.acted_undecided]
    if show_misses:
        lines += [f"DROPPED {d}" for d in rep.dropped]
        lines += [f"MISS {m}" for m in rep.misses]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m kefu_dev.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[Path("tests/data/corpus.jsonl")])
    ap.add_argument("--split", choices=["all", "dev", "test"], default="all")
    ap.add_argument("--no-misses", action="store_true", help="print the figures only")
    args = ap.parse_args(argv)
    rep = evaluate(args.paths, args.split)
    print(render(rep, not args.no_misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
