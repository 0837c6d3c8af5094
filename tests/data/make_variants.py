"""Label-preserving variants of the hand-written corpus: ``python tests/data/make_variants.py``.

Each message of corpus.jsonl yields three variants, the styles merchants actually type in:
- full-width: every ASCII letter, digit and sign in its full-width form (input methods in full-width mode);
- noisy: an @mention in front, emoji and thanks behind, and each waybill replaced by another valid number of the
  same carrier (so recognition is not tied to the digits written in the corpus);
- spaced: prefixed numbers typed in groups of four ("YT 7514 2369 8541 2").
Labels change only where the numbers do. Seeded, so the file is reproducible.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import orjson

HERE = Path(__file__).parent
PREFIXED = re.compile(r"^(YT|JT|SF|DPK|JD[A-Z0-9]{2})(\d+)$")


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


def other_number(number: str, rng: random.Random) -> str:
    """A different number of the same shape: same prefix and leading digits, fresh trailing digits."""
    if re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", number):  # S10: keep as is (its check digit binds the serial)
        return number
    m = PREFIXED.match(number)
    head, digits = (m.group(1), m.group(2)) if m else ("", number)
    keep = 3 if not m else 0  # all-digit numbers: the leading digits decide the carrier
    tail = "".join(rng.choice("0123456789") for _ in range(len(digits) - keep))
    return head + digits[:keep] + tail


def spaced(number: str) -> str:
    m = PREFIXED.match(number)
    if not m:
        return number
    digits = m.group(2)
    return m.group(1) + " " + " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def main() -> None:
    rng = random.Random(20261123)
    items = [orjson.loads(line) for line in (HERE / "corpus.jsonl").read_bytes().splitlines() if line.strip()]
    out = []
    for item in items:
        numbers = sorted({w for r in item["expected"] for w in r["waybills"]}, key=len, reverse=True)
        out.append({**item, "text": full_width(item["text"]), "variant": "full_width"})
        # Only numbers written verbatim can be swapped; others (full-width, spaced, split) keep their label.
        swap = {n: other_number(n, rng) if n in item["text"] else n for n in numbers}
        text = item["text"]
        for old, new in swap.items():
            text = text.replace(old, new)
        mention = rng.choice(["客服", "小王", "Kefu_01", "圆通小助手"])
        noisy = f"@{mention} {text} {rng.choice(['🙏', '谢谢', '辛苦了😊', ''])}"
        expected = [{**r, "waybills": [swap[w] for w in r["waybills"]]} for r in item["expected"]]
        out.append({**item, "text": noisy, "expected": expected, "variant": "noisy"})
        text = item["text"]
        for n in numbers:
            text = text.replace(n, spaced(n))
        out.append({**item, "text": text, "variant": "spaced"})
    (HERE / "variants.jsonl").write_bytes(b"".join(orjson.dumps(o) + b"\n" for o in out))
    print(f"{len(out)} variants of {len(items)} messages")


if __name__ == "__main__":
    main()
