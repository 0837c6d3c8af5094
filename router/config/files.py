"""JSON files of the configuration (merchant directories, chat groups), read once per version of the file.

A network reads its outlets again whenever the store changes, and every outlet of the file may name its own
directory and groups files: each is decoded again only when it changed (its size, modification or change time, inode),
so a change to one outlet does not re-read a thousand outlets' files. What is returned is shared between
reads: callers copy it before changing it.
"""

from __future__ import annotations

import os
import threading
from typing import Any, TypeVar

import msgspec

T = TypeVar("T")

_MAX_FILES = 4096  # decoded files kept; past it the cache starts again
_cache: dict[tuple[str, Any], tuple[tuple[int, int, int, int], Any]] = {}
_lock = threading.Lock()  # (a network is read in a worker thread as well as at start)


def decoded(path: str, kind: type[T]) -> T:
    """The JSON file ``path`` decoded as ``kind``, from memory when the file has not changed since it was last
    read. Raises OSError (the file cannot be read) or msgspec.DecodeError as reading it would."""
    st = os.stat(path)
    version = (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)  # (ctime: no tool can set it back)
    key = (path, kind)
    with _lock:
        got = _cache.get(key)
    if got is not None and got[0] == version:
        return got[1]  # type: ignore[no-any-return]
    with open(path, "rb") as f:
        value = msgspec.json.decode(f.read(), type=kind)
    with _lock:
        if len(_cache) >= _MAX_FILES:
            _cache.clear()
        _cache[key] = (version, value)
    return value
