"""Private jieba tokenizers that share one load of jieba's dictionary per process.

Loading jieba's dictionary takes about 1.5 s; the entity lexicon and the
overlap tokenizer each need a tokenizer of their own (the words they add must
not change each other's, nor anybody else's, segmentation), so both start from
a copy of one loaded dictionary instead of loading it twice.  Every worker
process of ``policykg build --jobs`` pays this once.

jieba caches the loaded dictionary as a ``marshal`` file and, left to itself,
reads it from the shared temp directory with no owner check (a planted file
changes every segmentation).  Here the cache lives in policykg's own cache
directory (:func:`cache_dir`), private to the user; when that directory cannot
be made private the dictionary is read without a cache (about 1 s more).
"""
from __future__ import annotations

import logging
import os
import shutil
import stat
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["private_tokenizer", "cache_dir"]

log = logging.getLogger(__name__)


def cache_dir() -> Path | None:
    """policykg's cache directory, created private (mode 0700): ``$POLICYKG_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/policykg``, else ``~/.cache/policykg``.

    None when it cannot be created, or is not owned by this user, or others may write to it.
    """
    root = os.environ.get("POLICYKG_CACHE_DIR") or ""
    if root:
        path = Path(root)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME") or ""
        path = (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "policykg"
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.lstat()
        if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            log.warning("%s is not a directory of this user; jieba's dictionary is read without a cache", path)
            return None
        if stat.S_IMODE(info.st_mode) & 0o022:
            log.warning("others may write to %s; jieba's dictionary is read without a cache", path)
            return None
    except (OSError, RuntimeError) as exc:
        log.warning("no cache directory (%s); jieba's dictionary is read without a cache", exc)
        return None
    return path


@lru_cache(maxsize=1)
def _loaded() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    own = cache_dir()
    scratch = None if own is not None else tempfile.mkdtemp(prefix="policykg-jieba-")  # private, then removed
    tk.tmp_dir = str(own if own is not None else scratch)
    try:
        tk.initialize()
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return tk


def private_tokenizer() -> Any:
    """A ``jieba.Tokenizer`` with jieba's default dictionary, of its own: words added to it change no other.

    Examples
    --------
    >>> a, b = private_tokenizer(), private_tokenizer()
    >>> a.add_word("鄠邑集成电路产业园")
    >>> a.lcut("鄠邑集成电路产业园") == ["鄠邑集成电路产业园"], b.lcut("鄠邑集成电路产业园") == ["鄠邑集成电路产业园"]
    (True, False)
    """
    import jieba

    base = _loaded()
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total, tk.initialized = dict(base.FREQ), base.total, True
    return tk
