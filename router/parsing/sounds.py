"""Command words heard rather than read: voice input writes a word with other characters of the same sound.

"腿回" is 退回, "众裁" 仲裁, "崔件" 催件, "里赔" 理赔, "该址" 改址: speech-to-text picks a character for its sound, and
a merchant dictating in a hurry does not correct it. ``SoundIndex`` matches the multi-character command words by
their toneless sounds, with the initials and finals that regional accents merge (zh/z, ch/c, sh/s, -ng/-n)
folded together. The parser asks for it only when a message names waybills and no command word was read: it is
a second reading, and what it finds is a guess (a morpheme's strength), so an irreversible action found by sound
is confirmed with the merchant first. Single characters are never matched by sound: too many words share them.
"""

from __future__ import annotations

from typing import Final

from router.parsing.sounds_table import TABLE

_FOLD: Final = (("zh", "z"), ("ch", "c"), ("sh", "s"))
# Everyday words that sound like a command word: "早该到了" is "should have arrived", not 改到; "补发" is a
# parcel sent again, not 不发; "大概几号能送到" asks when, it changes nothing; "上家" is the supplier; "看不懂" is
# not understanding, not 不动.
_EVERYDAY: Final = frozenset({"该到", "该送", "该派", "该寄", "补发", "补寄", "大概", "上家", "下家", "不懂"})


def _fold(sound: str) -> str:
    for a, b in _FOLD:
        if sound.startswith(a):
            sound = b + sound[2:]
            break
    return sound[:-1] if sound.endswith("ng") and sound not in ("ng",) else sound


SOUND: Final[dict[str, str]] = {}
for _line in TABLE.splitlines():
    _sound, _chars = _line.split(" ")
    for _ch in _chars:
        SOUND[_ch] = _fold(_sound)


class SoundIndex:
    """The command words of two or more characters, by the sounds of their characters."""

    __slots__ = ("_by_pair",)

    def __init__(self, words: list[tuple[str, str]]) -> None:
        # by the sounds of the first two characters, longest word first
        self._by_pair: dict[str, list[tuple[list[str], str]]] = {}
        seen: set[str] = set()
        for word, intent in sorted(words, key=lambda wi: -len(wi[0])):
            if len(word) < 2 or not all(ch in SOUND for ch in word):
                continue
            sounds = [SOUND[ch] for ch in word]
            key = " ".join(sounds)
            if key in seen:
                continue
            seen.add(key)
            self._by_pair.setdefault(sounds[0] + " " + sounds[1], []).append((sounds, intent))

    def find(self, text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Places in ``text[lo:hi]`` that sound like a command word: (start, end, intent), leftmost longest."""
        sounds = [SOUND.get(ch, "") for ch in text[lo:hi]]
        out: list[tuple[int, int, str]] = []
        n = len(sounds)
        i = 0
        while i < n - 1:
            a, b = sounds[i], sounds[i + 1]
            candidates = self._by_pair.get(a + " " + b) if a and b else None
            hit = None
            if candidates is not None and text[lo + i : lo + i + 2] not in _EVERYDAY:
                for word, intent in candidates:
                    k = len(word)
                    if i + k <= n and sounds[i + 2 : i + k] == word[2:]:
                        hit = (lo + i, lo + i + k, intent)
                        break
            if hit is None:
                i += 1
            else:
                out.append(hit)
                i = hit[1] - lo
        return out
