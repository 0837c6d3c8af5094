"""What the writers' sources share (writers n to ab): ``R`` records one hand-written message, ``Writer.main``
fills in the numbers (seeded, from ../waybill_numbers.py) and writes ``<style>.jsonl``.

Template placeholders in a message:
    {A} … {H}       a waybill (canonical); {A:sp} spaced, {A:dash} dashed, {A:nl} split over two lines,
                    {A:lc} lower case, {A:fw} full-width characters, {A:cut} one digit left out,
                    {A:typo} one digit mistyped, {A:x} one digit too many (prefixed numbers only)
    {P} {P2}        a mobile number as 11 plain digits; {PN} {PN2} the same number in a random notation
    {O} {O2}        an 18–19 digit platform order number
Labels: ``exp`` is "intent A B; intent C" over the placeholders; ``draw`` is the carrier the waybill placeholders
are drawn from (a str for all, or a dict per placeholder), the group's carrier by default.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import random
import re
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("waybill_numbers", HERE.parent / "waybill_numbers.py")
wn = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wn)

GROUPS = {"sf", "zto", "yto", "sto", "yunda", "jt", "jd", "ems", "deppon", "cainiao"}
INTENTS = {"intercept", "cancel", "change_address", "urge", "verify_delivery", "damaged", "lost", "weight",
           "track", "delay", "claim", "complaint", "arbitration"}
_PH = re.compile(r"\{([A-H]|PN2|PN|P2|P|O2|O)(?::(sp|dash|nl|lc|fw|cut|typo|x))?\}")
_S10 = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}")


def _spaced(w: str) -> str:
    if _S10.fullmatch(w):  # UPU S10
        return f"{w[:2]} {w[2:5]} {w[5:8]} {w[8:11]} {w[11:]}"
    m = re.fullmatch(r"([A-Z]*)(\d+)", w) or re.fullmatch(r"(JD[A-Z0-9]{2})(\d+)", w)
    head, digits = m.group(1), m.group(2)
    groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    return (head + " " if head else "") + " ".join(groups)


def _fmt(w: str, how: str | None) -> str:
    if how is None:
        return w
    if how == "sp":
        return _spaced(w)
    if how == "dash":
        return _spaced(w).replace(" ", "-")
    if how == "nl":
        cut = len(w) // 2 + 1
        return w[:cut] + "\n" + w[cut:]
    if how == "lc":
        return w.lower()
    if how == "fw":  # full-width letters and digits, as some input methods type them
        return "".join(chr(ord(c) + 0xFEE0) for c in w)
    if how == "cut":  # one digit left out ("少打一位")
        return w[:5] + w[6:] if _S10.fullmatch(w) else w[:-1]
    if how == "typo":  # one digit mistyped
        i = len(w) - 5
        return w[:i] + str((int(w[i]) + 3) % 10) + w[i + 1:]
    if how == "x":  # one digit too many: for a prefixed number, never another valid number
        assert w[:2] in ("YT", "JT", "SF"), w
        return w + "8"
    raise ValueError(how)


def _order(rng: random.Random) -> str:
    n = rng.choice([18, 19])
    return rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _norm(s: str) -> str:
    return re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", s)).upper()


class Writer:
    """One writer's messages (``R``) and how they become ``<style>.jsonl`` (``main``)."""

    def __init__(self, style: str, seed: int) -> None:
        self.style, self.seed = style, seed
        self.recs: list[dict] = []

    def R(self, text, carrier, exp="", nh=False, cf=False, cats=(0,), draw=None):
        """One hand-written message (see the module's docstring)."""
        self.recs.append({"text": text, "carrier": carrier, "exp": exp, "nh": nh, "cf": cf, "cats": list(cats),
                          "draw": draw})

    def build(self) -> list[dict]:
        rng = random.Random(self.seed)
        out = []
        for i, r in enumerate(self.recs, 1):
            car = r["carrier"]
            assert car is None or car in GROUPS, car
            draw = r["draw"]
            names = sorted({m.group(1) for m in _PH.finditer(r["text"])})
            vals: dict[str, str] = {}
            used: set[str] = set()
            for name in names:
                if name in ("PN", "PN2"):
                    continue
                while True:
                    if name in "ABCDEFGH":
                        c = draw.get(name, car) if isinstance(draw, dict) else (draw or car)
                        assert c is not None, (i, r["text"])
                        v = wn.waybill(rng, c)
                    elif name in ("P", "P2"):
                        v = wn.phone(rng)
                    elif name in ("O", "O2"):
                        v = _order(rng)
                    if v not in used:
                        break
                vals[name] = v
                used.add(v)
            for name in names:
                if name in ("PN", "PN2"):
                    p = wn.phone(rng)
                    vals[name] = wn.phone_notation(rng, p)
                    vals["_" + name] = p
            text = _PH.sub(lambda m: _fmt(vals[m.group(1)], m.group(2)), r["text"])
            # an all-digit number anywhere in the message needs the group carrier
            if any(v.isdigit() for k, v in vals.items() if not k.startswith("_")) or any(
                    k.startswith("PN") for k in vals):
                assert car is not None, (i, text)
            expected = []
            for part in filter(None, (p.strip() for p in r["exp"].split(";"))):
                intent, *ph = part.split()
                assert intent in INTENTS and ph, (i, part)
                expected.append({"intent": intent, "waybills": [vals[p] for p in ph]})
            assert not (r["nh"] and r["cf"]), i
            if r["cf"]:
                assert any(g["intent"] in ("intercept", "cancel", "change_address") for g in expected), i
            pairs = [(g["intent"], w) for g in expected for w in g["waybills"]]
            assert len(pairs) == len(set(pairs)), (i, text)  # one request per intent and number
            for _, w in pairs:
                assert w in _norm(text), (i, w, text)
            out.append({"id": f"{self.style}-{i:04d}", "text": text, "carrier": car, "expected": expected,
                        "needs_human": bool(r["nh"]), "confirm": bool(r["cf"]), "categories": r["cats"],
                        "style": self.style})
        return out

    def main(self) -> None:
        recs = self.build()
        with open(HERE / f"{self.style}.jsonl", "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(recs)} records to {HERE / (self.style + '.jsonl')}")
