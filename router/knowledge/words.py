"""Chinese words as written: JioNLP's word list with its inverse document frequencies (``jionlp/dictionary/
idf.zip``, read from the installed package's files, the package never imported), so that a real word is never
taken for another misheard (失效 is no 时效, 接单 no 截单, 改制 no 改址).

Kept as one string of the common words (a few MB, read once per process, about 0.3 s): a word is looked up only
when the sound of a message's characters matches a known word they are not, which is rare."""

from __future__ import annotations

import threading
import zipfile
from typing import Final

from router.areas.divisions import data_dir

COMMON_IDF: Final = 12.5  # rarer than this, a "word" of the list is as likely a typo as a word
_loaded: list[str] = []
_lock = threading.Lock()


def _words() -> str:
    with _lock:
        if not _loaded:
            with zipfile.ZipFile(data_dir() / "idf.zip") as z:
                text = z.open("idf.txt").read().decode("utf-8")
            kept = []
            for line in text.splitlines():
                word, _, idf = line.partition("\t")
                try:
                    if 2 <= len(word) <= 4 and float(idf) <= COMMON_IDF:
                        kept.append(word)
                except ValueError:
                    continue
            _loaded.append("\n" + "\n".join(kept) + "\n")
        return _loaded[0]


def is_word(text: str) -> bool:
    """Whether ``text`` is a common word as written (blocking the first time: the list is read)."""
    return f"\n{text}\n" in _words()


def load() -> None:
    """Read the list now (from a worker thread at start, so that the first message does not wait)."""
    _words()
