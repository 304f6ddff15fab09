"""jieba's dictionary cache (issue 15, item 11): read only from policykg's own private cache directory.

jieba caches its prefix dictionary as a ``marshal`` file in the shared temp directory and loads it with no
owner check: anybody on the machine could plant one and change the segmentation (and so the measure
overlaps) of every build.  The tokenizers of :mod:`policykg._jieba` keep their cache in policykg's cache
directory, created private to the user.
"""
from __future__ import annotations

import json
import marshal
import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = ("import json; from policykg._jieba import private_tokenizer, cache_dir; tk = private_tokenizer(); "
         "print(json.dumps({'words': len(tk.FREQ), 'planted': '植入词' in tk.FREQ, 'dir': str(cache_dir())}))")


def _probe(env: dict[str, str]) -> dict:
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, **env})
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_a_cache_planted_in_the_shared_temp_directory_is_not_read(tmp_path):
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    (shared / "jieba.cache").write_bytes(marshal.dumps(({"植入词": 100, "植": 1, "入": 1, "词": 1}, 103)))
    env = {"TMPDIR": str(shared), "XDG_CACHE_HOME": str(tmp_path / "cache"), "POLICYKG_CACHE_DIR": ""}
    first = _probe(env)
    assert not first["planted"] and first["words"] > 300_000, first
    own = Path(first["dir"])
    assert own == tmp_path / "cache" / "policykg"
    assert stat.S_IMODE(own.stat().st_mode) == 0o700 and (own / "jieba.cache").is_file()
    assert _probe(env) == first  # the second run reads our own cache and gets the same dictionary


def test_a_cache_directory_others_can_write_is_not_used(tmp_path):
    other = tmp_path / "open"
    other.mkdir()
    other.chmod(0o777)
    (other / "jieba.cache").write_bytes(marshal.dumps(({"植入词": 100}, 100)))
    result = _probe({"TMPDIR": str(tmp_path), "POLICYKG_CACHE_DIR": str(other)})
    assert not result["planted"] and result["words"] > 300_000 and result["dir"] == "None", result
    assert not list(tmp_path.glob("jieba*")) and not list(tmp_path.glob("tmp*"))  # nothing left behind either
