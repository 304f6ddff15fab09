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
import sys


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
