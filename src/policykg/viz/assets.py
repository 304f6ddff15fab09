"""Inlined assets and the escaping rules that keep pages offline and inert.

* vis-network's JavaScript is read from the installed pyvis package (never the
  network) and made URL-free: ``://`` becomes ``:\\/\\/``, which JavaScript
  reads back as ``://`` inside strings, regular expressions and comments.
* Data goes into ``<script type="application/json">`` through
  :func:`script_json`, which escapes ``<``, ``>``, ``&`` and U+2028/U+2029 so
  no document text can close the element or start a comment.
* Every page carries a Content-Security-Policy that allows only its own
  inline scripts, by hash (:func:`csp`): an injected ``<script>`` or
  ``onerror=`` would be refused even if escaping failed, and no request can
  leave the page.

Examples
--------
>>> script_json({"name": "</script><script>alert(1)</script>"})
'{"name": "\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
>>> "://" in inline_js("var u = 'https://example.org';")
False
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["VIS_VERSION", "vis_network_js", "template_text", "script_json", "inline_js", "csp", "sha256_source"]

VIS_VERSION = "9.1.2"

_SURROGATE = re.compile("[\ud800-\udfff]")
_SOURCE_MAP = re.compile(r"^\s*//[#@]\s*source(Mapping)?URL=.*$", re.M)


def template_text(name: str) -> str:
    """A file of ``policykg/viz/templates`` (package data), as text."""
    return resources.files("policykg.viz").joinpath("templates", name).read_text("utf-8")


def inline_js(js: str) -> str:
    """JavaScript made safe to inline: no ``</script``, no ``<!--``, no URL, no source map.

    >>> inline_js("a='</script>'; b='<!--'")
    "a='<\\\\/script>'; b='<\\\\!--'"
    """
    js = _SOURCE_MAP.sub("", js)
    js = js.replace("://", ":\\/\\/")
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.I)
    return js.replace("<!--", "<\\!--")


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """vis-network's standalone build shipped inside pyvis, made inline-safe."""
    import pyvis

    base = Path(pyvis.__file__).parent
    for candidate in (base / "templates" / "lib" / f"vis-{VIS_VERSION}" / "vis-network.min.js",
                      base / "lib" / f"vis-{VIS_VERSION}" / "vis-network.min.js"):
        if candidate.is_file():
            return inline_js(candidate.read_text("utf-8"))
    raise FileNotFoundError(f"vis-network {VIS_VERSION} not found in the pyvis package at {base}")


def script_json(data: Any) -> str:
    """JSON to embed in a ``<script>`` element: readable Chinese, nothing HTML can act on.

    >>> script_json(["\\u2028", "&"])
    '["\\\\u2028", "\\\\u0026"]'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=False, allow_nan=False, default=str)
    text = (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def sha256_source(script: str) -> str:
    """The CSP source expression allowing one inline script (``'sha256-…'``)."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def csp(scripts: list[str]) -> str:
    """A Content-Security-Policy for a self-contained page running exactly ``scripts``.

    >>> csp([])
    "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
    """
    script_src = " ".join(sha256_source(s) for s in scripts) or "'none'"
    return (f"default-src 'none'; script-src {script_src}; style-src 'unsafe-inline'; img-src data:; "
            "font-src data:; base-uri 'none'; form-action 'none'")
