"""Which policy is in force: lifecycle statements and links between policies, each with its evidence.

Real documents (tests/data/real) carry the 施行 / 有效期 / 同时废止 / 修订 / 转发 cases; the issue's
reproduction (a 2021 measures document that repeals a 2018 one) and a 废止和宣布失效 notice with its lists
in the text are written out here; real 延长有效期 and 废止 notices are in test_lifecycle_notices.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.loaders import parse_document, read_document
from policykg.loaders.context import DocContext
from policykg.loaders.normalize import normalize
from policykg.loaders.structure.lifecycle import extract_lifecycle

ROOT = Path(__file__).resolve().parent
REAL = ROOT / "data" / "real"

#: the issue's reproduction: the 2021 measures and the 2018 measures they repeal
MEASURES_2021 = """深圳市人民政府关于印发深圳市区块链产业发展若干措施的通知
深府〔2021〕3号
各区人民政府,市政府直属各单位:
现将《深圳市区块链产业发展若干措施》印发给你们,请认真贯彻执行。
深圳市区块链产业发展若干措施
一、对获评国家级示范项目的企业,给予最高100万元奖励。(责任单位:市工业和信息化局)
本措施自2021年2月1日起施行,有效期至2023年12月31日。《深圳市区块链产业扶持办法》(深府〔2018〕5号)同时废止。
深圳市人民政府
2021年1月15日
"""
MEASURES_2018 = """深圳市人民政府关于印发深圳市区块链产业扶持办法的通知
深府〔2018〕5号
各区人民政府,市政府直属各单位:
现将《深圳市区块链产业扶持办法》印发给你们,请认真贯彻执行。
深圳市区块链产业扶持办法
一、对区块链企业给予最高50万元奖励。(责任单位:市经济贸易和信息化委员会)
本办法自印发之日起施行,有效期5年。
深圳市人民政府
2018年3月1日
"""


def life(text: str, title: str = "", date: str | None = None, number: str | None = None):
    return extract_lifecycle(DocContext("t", normalize(text)), title, date, number)


def _real(rel: str):
    return read_document(REAL / rel)


def _ev_ok(doc, fact) -> None:
    """The evidence is a span of the original text that says the fact."""
    ev = fact.evidence
    assert ev is not None and ev.doc_id == doc.doc_id
    assert " ".join(doc.text[ev.start:ev.end].split()) == ev.text


# -- the reproduction ---------------------------------------------------------------------


def test_reproduction_entry_into_force_is_the_stated_date_not_the_document_date():
    doc = parse_document(MEASURES_2021, source="sz-2021.txt")
    assert doc.date == "2021-01-15"
    assert (doc.validity.start, doc.validity.end) == ("2021-02-01", "2023-12-31")  # was 2021-01-15
    kinds = {s.kind: s for s in doc.lifecycle}
    assert kinds["entry_into_force"].value == "2021-02-01"
    assert kinds["entry_into_force"].evidence.text == "自2021年2月1日起施行"
    assert kinds["expiry"].value == "2023-12-31"
    for s in doc.lifecycle:
        _ev_ok(doc, s)


def test_reproduction_repeal_is_a_link_by_title_and_doc_number():
    doc = parse_document(MEASURES_2021, source="sz-2021.txt")
    [link] = doc.links
    assert (link.kind, link.title, link.doc_number) == ("repeals", "深圳市区块链产业扶持办法", "深府〔2018〕5号")
    assert link.evidence.text == "《深圳市区块链产业扶持办法》(深府〔2018〕5号)同时废止"
    _ev_ok(doc, link)
    old = parse_document(MEASURES_2018, source="sz-2018.txt")
    assert (old.validity.start, old.validity.end) == ("2018-03-01", "2023-02-28")  # 有效期5年 from 印发之日
    assert [s.kind for s in old.lifecycle] == ["entry_into_force", "duration"]


def test_the_lifecycle_round_trips_through_json():
    from policykg.schema.models import PolicyDocument

    doc = parse_document(MEASURES_2021, source="sz-2021.txt")
    back = PolicyDocument.from_dict(doc.to_dict())
    assert back.lifecycle == doc.lifecycle and back.links == doc.links


# -- real documents -------------------------------------------------------------------------------


def test_real_plan_takes_force_on_its_stated_date_and_repeals_the_2007_plan():
    doc = _real("corpus/shanghai-plan-rural-road-maintenance-2020.md")
    assert doc.date == "2020-08-21" and doc.validity.start == "2020-09-01"
    [repeal] = [k for k in doc.links if k.kind == "repeals"]
    assert (repeal.title, repeal.doc_number) == ("上海市农村（郊区）公路管理养护体制改革实施方案", "沪府办〔2007〕50号")
    assert repeal.evidence.text.endswith("同时废止")
    _ev_ok(doc, repeal)


def test_real_district_plan_implements_the_city_plan_and_repeals_its_own_predecessor():
    doc = _real("corpus/chongming-plan-rural-road-maintenance-2021.md")
    assert doc.validity.start == "2022-01-01"
    links = {(k.kind, k.doc_number) for k in doc.links}
    assert {("implements", "国办发〔2019〕45号"), ("implements", "沪府办发〔2020〕3号"),
            ("repeals", "崇府办发〔2008〕28号")} <= links
    for k in doc.links:
        _ev_ok(doc, k)


def test_real_new_version_of_the_same_title_repeals_the_old_one_by_its_doc_number():
    doc = _real("corpus/pudong-measures-low-carbon-fund-2025.md")
    assert (doc.validity.start, doc.validity.end) == ("2025-03-01", "2027-12-31")
    [repeal] = [k for k in doc.links if k.kind == "repeals"]
    assert (repeal.title, repeal.doc_number) == ("浦东新区节能低碳专项资金管理办法", "沪浦发改规〔2023〕1号")
    assert repeal.title in doc.title and doc.doc_number != repeal.doc_number


@pytest.mark.parametrize("rel,start,end", [
    ("corpus/guangzhou-measures-ev-charging-subsidy-fund-2018.md", "2018-06-01", "2020-12-31"),  # 自印发之日起
    ("corpus/guangming-measures-energy-storage-fund-rules-2025.md", "2025-02-25", "2027-09-12"),
    ("corpus/hongkou-opinions-construction-waste-2022.md", "2023-01-26", "2027-12-31"),
    ("batch2/corpus/chongqing-measures-grain-report-reward-2023.html", "2023-12-31", "2028-12-30"),  # 有效期5年
    ("batch4/corpus/hunan-rules-ev-charging-infrastructure-2025.md", "2025-04-28", "2030-04-27"),
    ("batch4/corpus/wuhan-plan-hydrogen-industry-2025.md", "2025-10-25", "2027-12-31"),  # not the plan's 2025
])
def test_real_validity_from_stated_sentences(rel, start, end):
    doc = _real(rel)
    assert (doc.validity.start, doc.validity.end) == (start, end)
    for s in doc.lifecycle:
        _ev_ok(doc, s)


def test_real_plan_period_is_kept_when_nothing_else_is_said():
    doc = _real("batch3/corpus/state-council-plan-energy-saving-carbon-2024.md")
    assert (doc.validity.start, doc.validity.end) == ("2024", "2025")
    assert [(s.kind, s.value) for s in doc.lifecycle] == [("plan_period", "2024-2025")]


def test_real_revision_notice_amends_and_repeals_the_earlier_rules():
    doc = _real("batch4/corpus/innermongolia-measures-ev-taxi-subsidy-2024.md")
    kinds = {k.kind: k for k in doc.links}
    assert kinds["amends"].doc_number == kinds["repeals"].doc_number == "内交发〔2023〕607号"
    assert kinds["amends"].evidence.text.startswith("关于修订《")
    assert doc.validity.start == "2024-03-25"  # 本《细则》自发布之日起施行: 本《…》 is the document itself


def test_real_forwarding_notice_implements_what_it_forwards():
    doc = _real("batch2/corpus/yangpu-notice-planning-publicity-2024.md")
    assert ("implements", "上海市建设工程设计方案规划公示规定") in {(k.kind, k.title) for k in doc.links}
    assert (doc.validity.start, doc.validity.end) == ("2024-04-01", "2029-03-31")


def test_real_trial_rules_say_so():
    doc = _real("batch2/corpus/chongqing-measures-grain-report-reward-2023.html")
    [trial] = [s for s in doc.lifecycle if s.kind == "trial"]
    assert trial.value == "试行"
    _ev_ok(doc, trial)


# -- genres the real corpus lacks, and what is not a lifecycle fact -------------------------------------


def test_repeal_notice_lists_every_document_it_repeals():
    text = """深圳市人民政府关于废止和宣布失效部分市政府规范性文件的通知
深府〔2022〕10号
各区人民政府:
市政府决定对以下规范性文件予以废止或宣布失效。
一、决定废止的文件
1.深圳市人民政府关于印发深圳市区块链产业扶持办法的通知(深府〔2018〕5号)
2.《深圳市软件产业发展若干规定》(深府〔2015〕12号)
二、宣布失效的文件
1\t深圳市促进金融科技发展行动计划\t深府办〔2019〕7号
三、继续有效的文件
1.深圳市数字经济产业扶持办法(深府〔2020〕1号)
深圳市人民政府
2022年5月10日"""
    links = life(text, "深圳市人民政府关于废止和宣布失效部分市政府规范性文件的通知", "2022-05-10").links
    assert [(k.kind, k.title, k.doc_number) for k in links] == [
        ("repeals", "深圳市人民政府关于印发深圳市区块链产业扶持办法的通知", "深府〔2018〕5号"),
        ("repeals", "深圳市软件产业发展若干规定", "深府〔2015〕12号"),
        ("repeals", "深圳市促进金融科技发展行动计划", "深府办〔2019〕7号"),
    ]


def test_extension_notice_extends_to_the_new_date():
    text = """关于延长《深圳市区块链产业发展若干措施》有效期的通知
各有关单位:
经市政府同意,《深圳市区块链产业发展若干措施》(深府〔2021〕3号)有效期延长至2025年12月31日。
深圳市人民政府办公厅
2023年12月20日"""
    [link] = life(text, "关于延长《深圳市区块链产业发展若干措施》有效期的通知", "2023-12-20").links
    assert (link.kind, link.title, link.doc_number, link.until) == (
        "extends", "深圳市区块链产业发展若干措施", "深府〔2021〕3号", "2025-12-31")


def test_interim_precedence_and_a_repeal_by_doc_number_alone():
    text = ("苏州市数据资源管理暂行办法\n第一条 为规范数据资源管理,制定本办法。\n"
            "第九条 本市此前有关规定与本办法不一致的,以本办法为准。\n"
            "第十条 本办法自2022年7月1日起施行,有效期至2024年6月底。苏府规〔2019〕2号文件同时废止。")
    lf = life(text, "苏州市数据资源管理暂行办法", "2022-06-01")
    kinds = {s.kind: s.value for s in lf.statements}
    assert kinds == {"interim": "暂行", "precedence": "以本办法为准", "entry_into_force": "2022-07-01",
                     "expiry": "2024-06-30"}
    assert [(k.kind, k.title, k.doc_number) for k in lf.links] == [("repeals", None, "苏府规〔2019〕2号")]


@pytest.mark.parametrize("sentence", [
    "推动修订《广东省公共数据开放暂行办法》,编制公共数据授权运营制度文件。",   # a task, not an amendment
    "《深圳市区块链产业扶持办法》自2018年3月1日起施行,有效期5年。",         # another document's dates
    "按照《深圳市财政专项资金管理办法》规定给予奖励。",                       # a rule applied, not the basis
    "申报主体主导制定或修订的标准已公布生效并在有效期内。",
])
def test_not_lifecycle_facts_of_this_document(sentence):
    lf = life("关于支持产业发展的若干措施\n一、" + sentence, "关于支持产业发展的若干措施")
    assert lf.links == () and lf.validity is None, (lf.links, lf.validity)


def test_implementation_of_the_policy_a_document_carries_out():
    lf = life("关于加快发展数字经济的实施意见\n为贯彻落实《国务院关于加强数字政府建设的指导意见》(国发〔2022〕14号),"
              "结合我市实际,提出如下意见。", "关于加快发展数字经济的实施意见")
    [link] = lf.links
    assert (link.kind, link.doc_number) == ("implements", "国发〔2022〕14号")
    assert link.evidence.text.startswith("贯彻落实《国务院")
