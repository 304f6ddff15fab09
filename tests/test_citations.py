"""Cited policies: 《》 titles, 文号, and what is not a citation."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from policykg.loaders.context import DocContext
from policykg.loaders.document import parse_document
from policykg.loaders.facts.citations import extract_citations, find_titles
from policykg.loaders.normalize import fold, normalize

SYNTHETIC = Path(__file__).parent / "data" / "synthetic"


@dataclass
class Meta:
    title: str = ""
    doc_type: str = "other"
    proposal: object = None


def cite(text: str, meta: Meta | None = None) -> list[tuple[str, str | None]]:
    ctx = DocContext("d", normalize(text))
    return [(c.title, c.doc_number) for c in extract_citations(ctx, meta)]


def test_title_with_doc_number() -> None:
    text = "我区根据工业和信息化部《关于推动区块链健康有序发展有关工作的通知》（工信软函〔2018〕1026号），制定措施。"
    assert cite(text) == [("关于推动区块链健康有序发展有关工作的通知", "工信软函〔2018〕1026号")]


def test_jurisdiction_prefix_stays_outside_and_nested_titles() -> None:
    text = "根据江苏省《关于加快推动区块链技术和产业创新发展的指导意见》和《关于印发《X办法》的通知》,制定本意见。"
    assert [t for t, _ in cite(text)] == ["关于加快推动区块链技术和产业创新发展的指导意见", "关于印发《X办法》的通知"]


def test_back_reference_is_not_a_citation_and_duplicates_merge() -> None:
    text = ("首次加入《深圳市福田区支持区块链产业发展若干措施》,《若干措施》从12个方面支持产业发展。"
            "我区将认真贯彻执行《福田区产业发展专项资金管理办法》《深圳市福田区支持区块链产业发展若干措施》等政策。")
    assert [t for t, _ in cite(text)] == ["深圳市福田区支持区块链产业发展若干措施", "福田区产业发展专项资金管理办法"]


def test_reply_excludes_the_proposal() -> None:
    text = ("关于区人大代表建议第20200003号的\n尊敬的陈冰清代表:\n"
            "《关于大力发展区块链产业赋能供应链行业服务实体经济的建议》已收悉,现答复如下:\n"
            "我区出台《福田区支持科技创新发展若干政策》。")
    assert cite(text, Meta(doc_type="proposal_reply")) == [("福田区支持科技创新发展若干政策", None)]


def test_reply_title_line_and_slogans_are_not_policies() -> None:
    text = ("关于区政协六届二次会议第20220098号《以监管科技助推福田高质量发展,打造中央活力区“城市新名片”》的答复\n"
            "您提出的提案第20220098号《以监管科技助推福田高质量发展,打造中央活力区“城市新名片”》已收悉。\n"
            "将推动《“福田英才荟”计划若干措施3.0》出台。目前已形成《河套人才评价认定办法(初稿)》。")
    assert [t for t, _ in cite(text)] == ["“福田英才荟”计划若干措施3.0", "河套人才评价认定办法(初稿)"]


def test_own_title_and_issued_document_are_excluded() -> None:
    text = ("政策详情\n《关于加快推动区块链技术和产业创新发展的实施意见(2020~2022)》\n苏府〔2020〕93号\n"
            "根据江苏省《关于加快推动区块链技术和产业创新发展的指导意见》,制定本实施意见。")
    assert cite(text) == [("关于加快推动区块链技术和产业创新发展的指导意见", None)]
    notice = "关于印发《德清县数字经济发展三年行动计划》的通知\n《德清县数字经济发展三年行动计划》已经县政府同意。"
    assert cite(notice, Meta(title="德清县人民政府办公室关于印发德清县数字经济发展三年行动计划的通知")) == []


def test_books_and_newspapers_are_not_policies() -> None:
    assert cite("《人民日报》报道了《求是》杂志的文章。") == []


@pytest.mark.parametrize("text", ["《未闭合的标题", "》《", "《》", "", "《" * 50 + "办法" + "》" * 3])
def test_malformed_brackets(text: str) -> None:
    assert isinstance(find_titles(text), list)
    cite(text)


@pytest.mark.parametrize("stem", ["entities-nanshan-reply-ai", "entities-hefei-quantum-plan"])
def test_synthetic_documents(stem: str) -> None:
    expected = json.loads((SYNTHETIC / f"{stem}.expected.json").read_text("utf-8"))
    doc = parse_document((SYNTHETIC / f"{stem}.txt").read_text("utf-8"), source=f"{stem}.txt")
    got = [(fold(c.title), c.doc_number) for c in doc.cited_policies]
    assert got == [(fold(c["title"]), c["doc_number"]) for c in expected["cited_policies"]]
