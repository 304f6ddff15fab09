"""The shared script and style file of the views, and the escaping rules that keep pages offline and inert.

* Every view page loads the same two files from ``assets/`` beside the pages
  (:data:`SCRIPT_FILE`, :data:`STYLE_FILE`, written once by
  :func:`policykg.viz.write_views`), by a relative path, so a page holds only
  its own data and a directory of views opened from ``file://`` works offline.
* vis-network's JavaScript is read from the installed pyvis package (never the
  network) and made URL-free: ``://`` becomes ``:\\/\\/``, which JavaScript
  reads back as ``://`` inside strings, regular expressions and comments.
* Data goes into ``<script type="application/json">`` through
  :func:`script_json`, which escapes ``<``, ``>``, ``&`` and U+2028/U+2029 so
  no document text can close the element or start a comment.
* Every page carries a Content-Security-Policy (:func:`csp`) that runs no
  inline script at all and loads scripts and styles only from the pages' own
  origin (for ``file://`` pages Chromium takes that as ``file:``): an injected
  ``<script>`` or ``onerror=`` would be refused even if escaping failed, and no
  request can leave the machine.

Examples
--------
>>> script_json({"name": "</script><script>alert(1)</script>"})
'{"name": "\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
>>> "://" in inline_js("var u = 'https://example.org';")
False
>>> sorted(asset_files())
['assets/policykg-view.css', 'assets/policykg-view.js']
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["VIS_VERSION", "ASSET_DIR", "SCRIPT_FILE", "STYLE_FILE", "asset_files", "vis_network_js", "view_script",
           "view_style", "template_text", "script_json", "inline_js", "csp"]

VIS_VERSION = "9.1.2"
#: folder of the shared files, beside index.html
ASSET_DIR = "assets"
#: vis-network and the page's own script, run by every view page
SCRIPT_FILE = "policykg-view.js"
#: the style of the view pages and the index
STYLE_FILE = "policykg-view.css"

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


def view_script() -> str:
    """The shared script of the view pages: vis-network, the styles every page uses
    (``window.policykgShared``, :func:`policykg.viz.style.shared_style`) and the vis-network options a
    page names (:func:`policykg.viz.render.option_presets`), then ``templates/view.js``."""
    from policykg.viz.render import option_presets
    from policykg.viz.style import shared_style

    shared = f"window.policykgShared = {script_json({**shared_style(), 'options': option_presets()})};\n"
    return vis_network_js().rstrip() + "\n;\n" + shared + inline_js(template_text("view.js"))


def view_style() -> str:
    """The shared style file: ``templates/view.css``, ``templates/index.css``, then ``templates/document.css``."""
    return template_text("view.css") + template_text("index.css") + template_text("document.css")


def asset_files() -> dict[str, str]:
    """The shared files, by path relative to the views' directory (``/`` separated)."""
    return {f"{ASSET_DIR}/{SCRIPT_FILE}": view_script(), f"{ASSET_DIR}/{STYLE_FILE}": view_style()}


def script_json(data: Any) -> str:
    """JSON to embed in a ``<script>`` element: readable Chinese, nothing HTML can act on.

    >>> script_json(["\\u2028", "&"])
    '["\\\\u2028", "\\\\u0026"]'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=False, allow_nan=False, default=str)
    text = (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def csp(scripts: bool) -> str:
    """A Content-Security-Policy for a page that runs the shared script (``scripts``) or none.

    No inline script runs either way; styles come from the shared file (and from vis-network's
    inline styles).

    >>> csp(False)
    "default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
    >>> csp(True).split("; ")[1]
    "script-src 'self'"
    """
    script_src = "'self'" if scripts else "'none'"
    return (f"default-src 'none'; script-src {script_src}; style-src 'self' 'unsafe-inline'; img-src data:; "
            "font-src data:; base-uri 'none'; form-action 'none'")
