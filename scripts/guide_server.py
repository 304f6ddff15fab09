#!/usr/bin/env python3
"""Tiny static file server for Neo4j Browser guides.

Serves a directory over HTTP on a loopback address and adds
``Access-Control-Allow-Origin: *`` to every response, so Neo4j Browser
(served from another port) may fetch the guide with
``:play http://127.0.0.1:7475/index.html``.

Standard library only. Started and stopped by ``scripts/neo4j-local``.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import re
import sys

#: the address the packaged guide names itself by (policykg.queries.browser_guide.guide_url())
DEFAULT_HOST = "127.0.0.1:7475"
_HOST = re.compile(r"(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):[0-9]{1,5}")


class CORSRequestHandler(http.server.SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler plus CORS and no-cache headers."""

    # Guides are often .md; make sure they are served as text.
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".md": "text/markdown; charset=utf-8",
        ".html": "text/html; charset=utf-8",
        ".htm": "text/html; charset=utf-8",
    }

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        self.send_header(
            "Access-Control-Allow-Headers", "Content-Type, Cache-Control, Pragma"
        )
        # Neo4j Browser sends pragma/cache-control headers; always serve fresh.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def do_OPTIONS(self) -> None:  # noqa: N802 (http.server naming)
        self.send_response(204)
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        """A guide page names its own address (its contents' links, the style sheet's URL) as
        http://127.0.0.1:7475/; served from another address, those links point here instead."""
        path = self.translate_path(self.path)
        host = self.headers.get("Host") or ""
        if not path.endswith(".html") or not os.path.isfile(path) or not _HOST.fullmatch(host) \
                or host == DEFAULT_HOST:
            super().do_GET()
            return
        with open(path, "rb") as f:
            body = f.read().replace(f"http://{DEFAULT_HOST}/".encode(), f"http://{host}/".encode())
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bind", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=7475, help="port (default 7475)")
    parser.add_argument("--directory", required=True, help="directory to serve")
    args = parser.parse_args(argv)

    handler = functools.partial(CORSRequestHandler, directory=args.directory)
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer((args.bind, args.port), handler) as httpd:
        print(
            f"serving {args.directory} on http://{args.bind}:{args.port}/",
            flush=True,
        )
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
