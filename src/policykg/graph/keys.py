"""Deterministic keys and IRIs for graph nodes.

A key is ``label:part|part``; the IRI is the key under :data:`BASE` with every
character that IRIs forbid percent-encoded (Chinese characters stay readable).

>>> key_for("Agency", "苏州市财政局")
'agency:苏州市财政局'
>>> iri_for_key("agency:a b<c>")
'https://w3id.org/policykg/id/agency/a%20b%3Cc%3E'
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["key_for", "iri_for_key", "key_for_iri", "BASE", "GRAPH_BASE", "graph_iri"]

BASE = "https://w3id.org/policykg/id/"
GRAPH_BASE = "https://w3id.org/policykg/graph/"
_SAFE_ASCII = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/")


def key_for(label: str, *parts: str | None) -> str:
    """The key of a node: its label in lower case, then its identifying parts."""
    return label.lower() + ":" + "|".join("" if p is None else str(p) for p in parts)


def _encode_slow(text: str) -> str:
    out = []
    for ch in text:
        if ch in _SAFE_ASCII and ch not in "'()*!$&+,;=":
            out.append(ch)
        elif ord(ch) > 0x9F and not ch.isspace() and ch not in "\u2028\u2029\ufeff" and not (0xD800 <= ord(ch) <= 0xDFFF) \
                and not (0xE000 <= ord(ch) <= 0xF8FF) and not (0xFFF0 <= ord(ch)):
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
    return "".join(out)


#: the characters :func:`_encode_slow` keeps, as one class (checked against it over every code point);
#: compiled on first use (~5 ms: reading a store to answer a question never encodes a key)
_KEPT_CLASS = ("[^\\-./0-9:@-Z_a-z~\u00a1-\u167f\u1681-\u1fff\u200b-\u2027\u202a-\u202e\u2030-\u205e"
               "\u2060-\u2fff\u3001-\ud7ff\uf900-\ufefe\uff00-\uffef]")
_KEPT: re.Pattern[str] | None = None


def _kept() -> re.Pattern[str]:
    global _KEPT
    _KEPT = re.compile(_KEPT_CLASS)
    return _KEPT


def _encode(text: str) -> str:
    """``text`` with every character IRIs forbid percent-encoded (the same as :func:`_encode_slow`, faster)."""
    kept = _KEPT or _kept()
    if not kept.search(text):
        return text
    return kept.sub(_percent, text)


@lru_cache(maxsize=4096)
def _percent_char(ch: str) -> str:
    return _encode_slow(ch)


def _percent(match: re.Match[str]) -> str:
    return _percent_char(match.group())


@lru_cache(maxsize=1 << 16)
def iri_for_key(key: str) -> str:
    """The IRI of a node key (``label:rest`` -> ``BASE/label/rest``)."""
    label, _, rest = key.partition(":")
    return f"{BASE}{label}/{_encode(rest)}"


def key_for_iri(iri: str) -> str:
    """Inverse of :func:`iri_for_key`."""
    from urllib.parse import unquote

    if not iri.startswith(BASE):
        raise ValueError(f"not a policykg IRI: {iri}")
    label, _, rest = iri[len(BASE):].partition("/")
    return f"{label}:{unquote(rest)}"


def graph_iri(name: str) -> str:
    """The IRI of a named graph (a document id, ``common`` or ``derived``)."""
    return GRAPH_BASE + _encode(name)
