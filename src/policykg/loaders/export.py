"""Writing extracted documents as JSON in the gold schema (plus evidence)."""
from __future__ import annotations

import json
import os
from pathlib import Path

from policykg.errors import StoreError
from policykg.schema.models import PolicyDocument

__all__ = ["write_json"]


def write_json(doc: PolicyDocument, out_dir: str | Path) -> Path:
    """Write ``<doc_id>.json`` into ``out_dir`` atomically; return its path.

    Raises
    ------
    StoreError
        When the file cannot be written (naming it; no ``.tmp`` file is left).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{doc.doc_id}.json"
    tmp = path.with_suffix(".json.tmp")
    try:
        tmp.write_text(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:  # a full disk, a directory that cannot be written
        tmp.unlink(missing_ok=True)
        raise StoreError.cannot_write(path, exc) from exc
    return path
