"""Conventions added in session 24 (issue 13), each seen in a batch of real documents scored blind first."""
from __future__ import annotations

from policykg.loaders.document import parse_document


def _units(doc, k: int) -> list[str]:
    return [r.normalized for r in doc.measures[k].responsible]


def test_a_subject_named_with_its_role():
    """市教委作为行业主管部门,负责…: the subject is the unit; the role after 作为 is no part of its name."""
    text = ("北京市教育委员会关于印发《北京市属高校基本建设管理办法》的通知\n京教发〔2026〕1号\n"
            "第七条　市教委作为行业主管部门，负责统筹管理、协调指导和监督检查学校的基本建设工作。\n"
            "第八条　市财政局作为资金主管部门，负责资金拨付。\n")
    doc = parse_document(text)
    assert _units(doc, 0) == ["北京市教育委员会"]
    assert _units(doc, 1) == ["北京市财政局"]
