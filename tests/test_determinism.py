"""Extraction does not depend on the process: the same text gives the same facts under any hash seed.

Python randomises ``str`` hashes per process, so iterating a set of words can differ between two
runs (and between the worker processes of ``policykg build --jobs``).  jieba's suggested frequency
of an added word depends on the words added before it, so the entity lexicon must add its words in
a fixed order; a regression here made a 1,000-document build give different platform counts from
run to run.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

TEXT = ("西安市鄠邑区加快集成电路产业发展行动计划\n"
        "一、支持集成电路前沿技术研究。对入驻鄠邑集成电路产业园的企业,给予3年租金补贴,每平方米每月最高80元。"
        "规划建设鄠邑集成电路创新中心,完善基础设施和配套服务。(责任单位:区科技局、区商务局)\n")

PROBE = r"""
import hashlib, json, sys
from policykg.loaders.entities.lexicon import lexicon
from policykg.loaders import parse_document
tok = lexicon()._tok
freq = hashlib.sha256(repr(sorted(tok.FREQ.items())).encode()).hexdigest()
doc = parse_document(sys.stdin.read(), doc_id="probe")
print(json.dumps({"freq": freq, "doc": doc.to_dict()}, ensure_ascii=False, sort_keys=True))
"""


def _run(seed: str) -> dict:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-c", PROBE], input=TEXT, env=env, capture_output=True,
                         text=True, encoding="utf-8", check=True, timeout=300)
    return json.loads(out.stdout)


def test_lexicon_and_extraction_do_not_depend_on_the_hash_seed():
    runs = [_run(seed) for seed in ("1", "2", "3", "6")]
    assert len({r["freq"] for r in runs}) == 1, "jieba's dictionary differs between processes"
    docs = [r["doc"] for r in runs]
    assert all(d == docs[0] for d in docs[1:])
    platforms = set(docs[0]["platforms"])
    assert {"鄠邑集成电路产业园", "鄠邑集成电路创新中心"} <= platforms
