"""Neo4j exports for users without Python: a Cypher script and CSVs for ``neo4j-admin``.

Both are the same projection as the driver loader (:mod:`policykg.stores.neo4j`,
whose module docstring describes the mapping):

* ``load.cypher`` runs with ``cypher-shell -f load.cypher`` (Neo4j 5.23 or newer):
  the constraints and indexes, then ``UNWIND [literal rows] AS row MERGE ...``
  batches; shared entities, each document batch, the derived graph and the
  clean-up each inside ``:begin`` / ``:commit``.  Like the loader it is
  idempotent, and re-running it after a change replaces the documents it holds.
  All values are Cypher literals escaped by :func:`cypher_literal`.
* ``nodes/<Label>.csv`` and ``relationships/<TYPE>__<From>__<To>.csv`` with
  ``neo4j-admin database import full`` headers (``key:ID(<Label>)``, ``:LABEL``,
  ``:START_ID(<Label>)``, ``:END_ID(<Label>)``, ``:TYPE``, typed property columns),
  and ``import.sh`` holding the exact ``neo4j-admin`` command; ``schema.cypher``
  creates the constraints and indexes afterwards, the same as the loader's
  (:func:`~policykg.stores.neo4j_mapping.schema_statements`, read back by
  :func:`~policykg.stores.neo4j_mapping.cypher_statements`), and waits for them.  A CSV column has one type:
  a property whose values mix integers and floats becomes ``double``, other mixes
  become strings (JSON for lists).

This module does not import the driver.

Examples
--------
>>> print(cypher_literal("a'}) DETACH DELETE n //\\n\\\\"))
'a\\'}) DETACH DELETE n //\\n\\\\'
>>> cypher_literal({"key": "x", "n": [1, 2], "ok": True})
"{`key`: 'x', `n`: [1, 2], `ok`: true}"
>>> csv_field('say "hi"\\n'), csv_field(None), csv_field(2.5)
('"say ""hi""\\n"', '', '2.5')
"""
from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from policykg.errors import StoreError
from policykg.graph.model import COMMON, DERIVED, NODE_LABELS, PolicyGraph
from policykg.stores.neo4j_mapping import (
    delete_graphs_cypher,
    display_props,
    display_statements,
    edge_merge_cypher,
    edge_row,
    gc_cypher,
    node_merge_cypher,
    node_row,
    schema_statements,
)

__all__ = ["cypher_literal", "csv_field", "write_cypher_script", "write_import_csv", "export_neo4j",
           "ARRAY_DELIMITER"]

#: between list elements in CSV cells (``--array-delimiter=U+001F``): never in policy text
ARRAY_DELIMITER = "\x1f"

_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _string(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ch in "\x7f\u2028\u2029\u0085":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def _float(x: float) -> str:
    if math.isnan(x):
        return "(0.0/0.0)"
    if math.isinf(x):
        return "(1.0/0.0)" if x > 0 else "(-1.0/0.0)"
    text = repr(x).replace("e+", "e")
    return text if any(c in text for c in ".en") else text + ".0"


def cypher_literal(value: Any) -> str:
    """A Cypher literal for a property value (str, bool, int, float, list, dict; keys backtick-quoted)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join("`" + str(k).replace("`", "``") + "`: " + cypher_literal(v)
                               for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def _unwind(statement: str, rows: list[dict]) -> str:
    """``statement`` with ``$rows`` replaced by a literal list (the template is ours, the rows are literals)."""
    head, sep, tail = statement.partition("$rows")
    if not sep:
        raise ValueError("statement has no $rows")
    return head + "[\n  " + ",\n  ".join(cypher_literal(r) for r in rows) + "\n]" + tail


def _no_return(statement: str) -> str:
    return statement.removesuffix(" RETURN count(r) AS n")


def _chunks(rows: list[Any], size: int) -> Iterable[list[Any]]:
    for i in range(0, len(rows), max(1, size)):
        yield rows[i:i + size]


def _node_statements(nodes: list, batch_size: int) -> list[str]:
    by_label: dict[str, list] = defaultdict(list)
    for n in nodes:
        by_label[n.label].append(n)
    out = []
    for label in sorted(by_label):
        rows = [node_row(n) for n in sorted(by_label[label], key=lambda n: n.key)]
        out += [_unwind(node_merge_cypher(label), chunk) for chunk in _chunks(rows, batch_size)]
    return out


def _edge_statements(graph: PolicyGraph, edges: list, batch_size: int) -> list[str]:
    groups: dict[tuple[str, str, str], list] = defaultdict(list)
    for e in edges:
        groups[(e.type, graph.nodes[e.src].label, graph.nodes[e.dst].label)].append(e)
    out = []
    for key in sorted(groups):
        rows = [edge_row(e) for e in sorted(groups[key], key=lambda e: e.key)]
        out += [_unwind(_no_return(edge_merge_cypher(*key)), chunk) for chunk in _chunks(rows, batch_size)]
    return out


def _graphs(names: list[str], statement: str) -> str:
    return statement.replace("$graphs", cypher_literal(names))


def write_cypher_script(graph: PolicyGraph, path: str | Path, batch_size: int = 1000) -> Path:
    """Write ``graph`` as a script for ``cypher-shell -f`` (see the module docstring)."""
    path = Path(path)
    parts: dict[str, tuple[list, list]] = {d: ([], []) for d in graph.documents}
    for n in graph.nodes.values():
        parts.setdefault(n.graph, ([], []))[0].append(n)
    for e in graph.edges.values():
        parts.setdefault(e.graph, ([], []))[1].append(e)
    common_nodes, common_edges = parts.get(COMMON, ([], []))
    docs = sorted(k for k in parts if k not in (COMMON, DERIVED))

    def block(statements: list[str]) -> list[str]:
        return [":begin"] + [s + ";" for s in statements] + [":commit"]

    lines = ["// policykg graph for Neo4j 5.23+ (generated; do not edit).",
             "// Run: cypher-shell -a bolt://HOST:7687 -u neo4j -f load.cypher  (password from NEO4J_PASSWORD)",
             "// Idempotent: documents are replaced, shared entities upserted, derived edges replaced.",
             f"// {len(docs)} documents, {len(graph.nodes)} nodes, {len(graph.edges)} relationships."]
    lines += [s + ";" for s in schema_statements()] + ["CALL db.awaitIndexes(300);"]
    shared = _node_statements(common_nodes, batch_size)
    by_label: dict[str, list[str]] = defaultdict(list)
    for n in common_nodes:
        by_label[n.label].append(n.key)
    for label in sorted(by_label):
        for chunk in _chunks(sorted(by_label[label]), batch_size):
            shared.append(f"UNWIND {cypher_literal(chunk)} AS k MATCH (n:`{label}` {{key: k}})-[r]->() "
                          f"WHERE r.graph = {cypher_literal(COMMON)} DELETE r")
    shared += _edge_statements(graph, common_edges, batch_size)
    lines.append("// shared entities (graph 'common')")
    lines += block(shared)
    batch: list[str] = []
    rows = 0

    def flush() -> None:
        lines.append("// documents: " + ", ".join(batch).replace("\n", " "))
        statements = [_graphs(batch, delete_graphs_cypher())]
        statements += _node_statements([n for d in batch for n in parts[d][0]], batch_size)
        statements += _edge_statements(graph, [e for d in batch for e in parts[d][1]], batch_size)
        lines.extend(block(statements))

    for d in docs:
        size = len(parts[d][0]) + len(parts[d][1])
        if batch and rows + size > batch_size:
            flush()
            batch, rows = [], 0
        batch.append(d)
        rows += size
    if batch:
        flush()
    lines.append("// corpus-wide edges (graph 'derived')")
    lines += block([_graphs([DERIVED], delete_graphs_cypher())]
                   + _edge_statements(graph, parts.get(DERIVED, ([], []))[1], batch_size))
    lines.append("// shared entities no document uses any more")
    gc = gc_cypher().replace("$common", cypher_literal(COMMON)).replace("$fixed", cypher_literal([COMMON, DERIVED]))
    lines += block([gc])
    lines.append("// what the Browser shows and searches: agencies' names as written, documents' titles")
    lines += block(display_statements())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- CSV for neo4j-admin ------------------------------------------------------------------


def csv_field(value: Any) -> str:
    """One CSV cell for ``neo4j-admin import``: strings always quoted (``""`` inside), ``None`` empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ("NaN" if math.isnan(value) else
                                                       ("Infinity" if value > 0 else "-Infinity"))
    if isinstance(value, (list, tuple)):
        text = ARRAY_DELIMITER.join(v if isinstance(v, str) else csv_field(v) for v in value)
        return '"' + text.replace('"', '""') + '"'
    return '"' + str(value).replace('"', '""') + '"'


def _scalar_type(values: list[Any]) -> str:
    kinds = {type(v) for v in values}
    if kinds <= {bool}:
        return "boolean"
    if kinds <= {int}:
        return "long"
    if kinds <= {int, float}:
        return "double"
    return "string"


def _column_type(values: list[Any]) -> str:
    """The neo4j-admin type of a column: scalar, ``<type>[]`` for lists, else string."""
    lists = [v for v in values if isinstance(v, list)]
    if lists and len(lists) == len(values):
        inner = [x for v in lists for x in v]
        kind = _scalar_type(inner) if inner else "string"
        if kind != "string" or all(ARRAY_DELIMITER not in x for x in inner):
            return kind + "[]"
        return "string"
    if lists:
        return "string"
    return _scalar_type(values)


def _cell(value: Any, kind: str) -> Any:
    import json

    if value is None:
        return None
    if kind == "string" and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, list) else str(value)
    if kind == "double" and isinstance(value, int):
        return float(value)
    if kind == "double[]":
        return [float(v) for v in value]
    return value


def _columns(rows: list[dict[str, Any]], skip: set[str]) -> list[tuple[str, str]]:
    values: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        for k, v in r.items():
            if k not in skip:
                values[k].append(v)
    return [(k, _column_type(values[k])) for k in sorted(values)]


def _write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(header) + "\n")
        for row in rows:
            fh.write(",".join(csv_field(v) for v in row) + "\n")


def _check_name(name: str) -> str:
    if ":" in name or "," in name or '"' in name:
        raise StoreError(f"property name {name!r} cannot be a CSV header for neo4j-admin")
    return name


def write_import_csv(graph: PolicyGraph, out_dir: str | Path) -> tuple[list[Path], Path]:
    """Write the node and relationship CSVs and ``import.sh``; returns (csv paths, import.sh)."""
    out_dir = Path(out_dir)
    (out_dir / "nodes").mkdir(parents=True, exist_ok=True)
    (out_dir / "relationships").mkdir(parents=True, exist_ok=True)
    for stale in list((out_dir / "nodes").glob("*.csv")) + list((out_dir / "relationships").glob("*.csv")):
        stale.unlink()
    written: list[Path] = []
    node_files, rel_files = [], []
    display = display_props(graph)  # what the loader's display statements set (aliases, captions)
    for label in NODE_LABELS:
        nodes = graph.by_label(label)
        if not nodes:
            continue
        props = [{**node_row(n)["props"], **display.get(n.key, {})} for n in nodes]
        cols = _columns(props, {"key"})
        header = [f"key:ID({label})", ":LABEL"] + [f"{_check_name(k)}:{t}" for k, t in cols]
        path = out_dir / "nodes" / f"{label}.csv"
        _write_csv(path, header, ([p["key"], label] + [_cell(p.get(k), t) for k, t in cols] for p in props))
        written.append(path)
        node_files.append(path)
    groups: dict[tuple[str, str, str], list] = defaultdict(list)
    for e in graph.edges.values():
        groups[(e.type, graph.nodes[e.src].label, graph.nodes[e.dst].label)].append(e)
    for (type_, src, dst) in sorted(groups):
        edges = sorted(groups[(type_, src, dst)], key=lambda e: e.key)
        rows = [edge_row(e) for e in edges]
        cols = _columns([r["props"] for r in rows], set())
        header = [f":START_ID({src})", f":END_ID({dst})", ":TYPE"] + [f"{_check_name(k)}:{t}" for k, t in cols]
        path = out_dir / "relationships" / f"{type_}__{src}__{dst}.csv"
        _write_csv(path, header, ([r["src"], r["dst"], type_] + [_cell(r["props"].get(k), t) for k, t in cols]
                                  for r in rows))
        written.append(path)
        rel_files.append(path)
    (out_dir / "schema.cypher").write_text(  # the schema `policykg neo4j load` creates, awaited like the loader's
        "// Run after the import, once the server is up: cypher-shell -f schema.cypher\n"
        + "".join(s + ";\n" for s in schema_statements()) + "CALL db.awaitIndexes(300);\n", encoding="utf-8")
    args = [f'--nodes="$HERE/{p.relative_to(out_dir).as_posix()}"' for p in node_files]
    args += [f'--relationships="$HERE/{p.relative_to(out_dir).as_posix()}"' for p in rel_files]
    script = out_dir / "import.sh"
    script.write_text(
        "#!/bin/sh\n"
        "# Import these CSVs into an empty database with neo4j-admin (the database must be stopped):\n"
        "#   sh import.sh [DATABASE] [extra neo4j-admin options]   (NEO4J_ADMIN = path of neo4j-admin)\n"
        "# then start Neo4j and create the constraints: cypher-shell -f schema.cypher\n"
        "set -eu\n"
        'HERE=$(cd "$(dirname "$0")" && pwd)\n'
        'DB="${1:-neo4j}"\n'
        '[ $# -gt 0 ] && shift\n'
        'exec "${NEO4J_ADMIN:-neo4j-admin}" database import full "$DB" --overwrite-destination=true \\\n'
        "  --multiline-fields=true --array-delimiter=U+001F --id-type=string \\\n  "
        + " \\\n  ".join(args) + ' \\\n  "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    return written, script


def export_neo4j(graph: PolicyGraph, out_dir: str | Path, batch_size: int = 1000) -> dict[str, Any]:
    """Write ``load.cypher``, the CSVs, ``schema.cypher`` and ``import.sh`` into ``out_dir``.

    Returns ``{"script": Path, "csv": [Path], "import": Path, "schema": Path}``.
    """
    out_dir = Path(out_dir)
    try:
        script = write_cypher_script(graph, out_dir / "load.cypher", batch_size=batch_size)
        csvs, importer = write_import_csv(graph, out_dir)
    except OSError as exc:
        raise StoreError(f"{out_dir}: cannot write the Neo4j export ({exc.strerror or exc})") from None
    return {"script": script, "csv": csvs, "import": importer, "schema": out_dir / "schema.cypher"}
