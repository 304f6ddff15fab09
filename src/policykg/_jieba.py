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
import math
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
    base = _loaded()
    tk = _tokenizer_class()()
    tk.FREQ, tk.total, tk.initialized = dict(base.FREQ), base.total, True
    return tk


@lru_cache(maxsize=1)
def _tokenizer_class() -> type:
    """``jieba.Tokenizer`` with its word graph (``get_DAG``) and best route (``calc``) computed as jieba's own, the
    same numbers in the same order, faster: each word's log probability is remembered (until a word is added),
    the dictionary is read once per prefix, and a position with one word takes it without a ``max``."""
    import jieba

    class Tokenizer(jieba.Tokenizer):  # type: ignore[misc, valid-type]
        _LOGP_MOST = 200_000  # remembered words' log probabilities (a bound: forgotten all at once beyond it)

        def add_word(self, word, freq=None, tag=None):  # noqa: ANN001, ANN201 - jieba's signature
            self.__dict__.pop("_logp", None)
            return super().add_word(word, freq, tag)

        def get_DAG(self, sentence):  # noqa: ANN001, ANN201, N802 - jieba's name and signature
            self.check_initialized()
            freq = self.FREQ
            dag = {}
            n = len(sentence)
            for k in range(n):
                found = []
                i = k
                f = freq.get(sentence[k])
                while f is not None:  # (a prefix of a word: 0; a word: its count)
                    if f:
                        found.append(i)
                    i += 1
                    if i >= n:
                        break
                    f = freq.get(sentence[k:i + 1])
                dag[k] = found or [k]
            return dag

        def calc(self, sentence, DAG, route):  # noqa: ANN001, ANN201, N803 - jieba's names and signature
            n = len(sentence)
            route[n] = (0, 0)
            logp = self.__dict__.get("_logp")
            if logp is None or logp[None] != self.total or len(logp) > self._LOGP_MOST:
                logp = self.__dict__["_logp"] = {None: self.total}
            logtotal = math.log(self.total)
            freq = self.FREQ
            for idx in range(n - 1, -1, -1):
                best = None
                for x in DAG[idx]:
                    word = sentence[idx:x + 1]
                    p = logp.get(word)
                    if p is None:
                        p = logp[word] = math.log(freq.get(word) or 1) - logtotal
                    score = p + route[x + 1][0]
                    if best is None or score > best[0] or score == best[0] and x > best[1]:  # (max of (score, x))
                        best = (score, x)
                route[idx] = best

    return Tokenizer
