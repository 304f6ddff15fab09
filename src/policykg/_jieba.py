"""Private jieba tokenizers that share one load of jieba's dictionary per process.

Loading jieba's dictionary takes about 1.5 s; the entity lexicon and the
overlap tokenizer each need a tokenizer of their own (the words they add must
not change each other's, nor anybody else's, segmentation), so both start from
a copy of one loaded dictionary instead of loading it twice.  Every worker
process of ``policykg build --jobs`` pays this once.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

__all__ = ["private_tokenizer"]


@lru_cache(maxsize=1)
def _loaded() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
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
