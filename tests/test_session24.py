"""Conventions added in session 24 (issue 13), each seen in a batch of real documents scored blind first."""
from __future__ import annotations

import json
from pathlib import Path

from policykg.loaders.document import parse_document, read_document


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


def test_a_crawler_header_labels_the_policy_title():
    """政策标题:X on a crawler's header line is the title, without its label."""
    text = ("政策标题：广州市天河区发展和改革局关于开展若干政策措施申报工作的通知\n发布日期：2025-08-25 16:54:40\n"
            "部门：发展和改革局\n正文\n区内各企业：\n　　为贯彻落实有关政策，现开展申报工作。\n一、政策条款\n本通知所涉政策条款。\n")
    doc = parse_document(text)
    assert doc.title == "广州市天河区发展和改革局关于开展若干政策措施申报工作的通知"


def test_a_run_on_text_signed_by_a_commission_written_short():
    """…传真:5178XXXX省发展改革委2021年7月9日 at the end of a text run into one line: the signature dates it."""
    body = ("山东省发展和改革委员会关于进一步征求意见的函各有关部门：省“十四五”规划纲要已于今年4月印发，为贯彻落实省委、省政府部署要求，"
            "明确责任分工，抓好规划实施，现再次印送贵单位，进一步征求意见。1.请各单位高度重视，逐项梳理分工中涉及部门职责事项。"
            "2.对本单位分工提出增加、调整或删除意见的，请充分说明理由。联系人:XXX 联系电话:1865310XXXX 传真:5178XXXX省发展改革委2021年7月9日\n")
    assert parse_document(body).date == "2021-07-09"


def test_a_record_number_field_without_a_number_is_no_doc_number(tmp_path: Path):
    """A JSON record whose doc_no is （年度通告）: no 文号, and not the title either."""
    rec = {"id": "doc_25", "title": "广州市社会保险基金管理中心关于开展2025年养老保险待遇领取资格认证的通告",
           "source": "广州市社会保险基金管理中心", "doc_no": "（年度通告）", "publish_date": "2025-03-31",
           "original_text": "广州市社会保险基金管理中心关于开展2025年养老保险待遇领取资格认证的通告\n根据国家和省有关规定，"
                            "现就有关事项通告如下：\n一、一年至少认证一次\n待遇领取人员应一年至少进行一次资格认证。\n"
                            "广州市社会保险基金管理中心\n2025年3月27日"}
    p = tmp_path / "rec.json"
    p.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    doc = read_document(p)
    assert doc.title == rec["title"]
    assert doc.doc_number is None


def test_a_public_institution_that_titles_and_signs_its_notice_issues_it():
    """广州市社会保险基金管理中心关于…的通告, signed 广州市社会保险基金管理中心: a public institution is the issuer
    (a centre the text only mentions is not)."""
    text = ("广州市社会保险基金管理中心关于开展2025年养老保险待遇领取资格认证的通告\n根据国家和省有关规定，现就有关事项通告如下：\n"
            "一、一年至少认证一次\n待遇领取人员应一年至少进行一次资格认证。\n广州市社会保险基金管理中心\n2025年3月27日")
    assert parse_document(text).issuer == ("广州市社会保险基金管理中心",)
    unsigned = text.replace("广州市社会保险基金管理中心\n2025", "2025")
    assert parse_document(unsigned).issuer == ()


def test_a_deployment_is_no_agency():
    """研究部署, 同步部署: 部署 (to deploy) ends no body's name, though 署 ends 审计署 and 海关总署."""
    from policykg.loaders.gazetteers.agencies import is_agency
    assert not is_agency("研究部署") and not is_agency("同步部署")
    assert is_agency("审计署") and is_agency("海关总署")
    text = ("福建省人民政府办公厅关于加强城市轨道交通运营安全管理的通知\n闽政办〔2018〕62号\n"
            "一、明确职责分工\n城市人民政府建立健全相应的安全运行工作联席会议制度，研究部署加强辖区安全运行监督管理。\n")
    assert all(not r.name.endswith("部署") for m in parse_document(text).measures for r in m.responsible)
