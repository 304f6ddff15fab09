"""Generalisation: extraction on held-out development documents of other places, levels and topics.

``tests/data/heldout_dev`` holds 29 documents written in the genre's conventions (provinces, cities,
districts, counties, autonomous regions, national ministries; manufacturing, AI, talent, SMEs,
agriculture, culture ...) with gold annotated by hand in the schema of ``tests/data/gold/README.md``
(see ``tests/data/heldout_dev/README.md``).  The regression thresholds sit a little below the measured
scores so that a change cannot silently make the rules less general.  The unit tests below pin the
genre rules these documents exercise, with expectations from the conventions themselves.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from policykg.loaders import parse_document
from policykg.loaders.entities.mentions import find_entities
from policykg.loaders.facts.amounts import parse_amounts
from policykg.loaders.gazetteers.agencies import AgencyResolver, is_agency, lookup
from policykg.loaders.gazetteers.places import doc_number_place, place_alternatives, place_info, short_place_prefix
from policykg.schema.models import Jurisdiction

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import extract_and_score  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests/data/heldout_dev"

# measured 2026-11-23: overall 0.984; thresholds = measured - 0.03 (overall) and a floor per field
OVERALL_MIN = 0.95
FIELD_MIN = {"metadata": 0.95, "responsible": 0.95, "assignment": 0.95, "lead": 0.95, "amounts": 0.95,
             "cited_policies": 0.95, "people": 0.95, "enterprises": 0.90, "platforms": 0.85, "programs": 0.85}


@pytest.fixture(scope="module")
def heldout_scores(tmp_path_factory):
    return extract_and_score(HELDOUT / "corpus", HELDOUT / "gold", tmp_path_factory.mktemp("heldout-pred"))


def test_every_heldout_document_has_gold():
    corpus = {p.stem for p in (HELDOUT / "corpus").glob("*.txt")}
    gold = {p.name[: -len(".gold.json")] for p in (HELDOUT / "gold").glob("*.gold.json")}
    assert corpus == gold and len(corpus) >= 8


def test_heldout_overall_f1(heldout_scores):
    assert heldout_scores["documents"] >= 8
    assert heldout_scores["overall_f1"] >= OVERALL_MIN, json.dumps(heldout_scores["fields"], indent=1)


@pytest.mark.parametrize("field", sorted(FIELD_MIN))
def test_heldout_field_f1(heldout_scores, field):
    assert heldout_scores["fields"][field]["f1"] >= FIELD_MIN[field], heldout_scores["fields"][field]


# --- places and jurisdictions -------------------------------------------------------------------

def test_a_district_name_shared_by_two_cities_keeps_both():
    assert [chain[-1] for chain in place_alternatives("西湖区")] == ["杭州市", "南昌市"]
    assert place_info("西湖区", ("南昌市",)).parents == ("江西省", "南昌市")
    assert place_info("德清县").level == "county" and place_info("胶州市").level == "county"


def test_short_place_names_and_doc_number_prefixes():
    assert short_place_prefix("浙江银保监局") == "浙江省" and short_place_prefix("财政局") is None
    assert doc_number_place("浙政发") == "浙江省" and doc_number_place("成办发") == "成都市"
    assert doc_number_place("鲁政办字") == "山东省" and doc_number_place("国办发") == "全国"


def test_party_issuer_and_joint_signature_line():
    text = ("中共某某市委办公厅\n关于加强人才工作的实施意见\n一、主要举措\n(一)引进人才。对顶尖人才给予最高100万元补贴。\n"
            "广东省工业和信息化厅　　广东省财政厅\n2022年6月1日")
    doc = parse_document(text, source="t.txt")
    assert doc.title == "中共某某市委办公厅关于加强人才工作的实施意见"  # the issuer line opens a two-line title
    assert doc.issuer == ("广东省工业和信息化厅", "广东省财政厅")  # two issuers share the signature line
    assert doc.date == "2022-06-01"


def test_a_ministry_department_is_national():
    assert lookup("农业农村部办公厅") == "农业农村部办公厅"
    assert lookup("工业和信息化部中小企业局") == "工业和信息化部中小企业局"
    assert lookup("国家税务总局深圳市税务局") is None  # a local branch, not a department of the ministry
    doc = parse_document("农业农村部办公厅关于做好培训工作的通知\n一、重点工作\n(一)开展培训。\n农业农村部办公厅\n2023年4月20日",
                         source="n.txt")
    assert doc.jurisdiction.name == "全国"


# --- agencies -----------------------------------------------------------------------------------

REGION = Jurisdiction("广西壮族自治区", "province")
CITY = Jurisdiction("成都市", "city", ("四川省",))
NATION = Jurisdiction("全国", "national")


@pytest.mark.parametrize(
    ("where", "name", "full"),
    [
        (REGION, "自治区工业和信息化厅", "广西壮族自治区工业和信息化厅"),  # 自治区 stands for the region in its own texts
        (CITY, "各区(市)县政府", "成都市各区(市)县人民政府"),  # a collective keeps its form, governments are 人民政府
        (CITY, "相关县(市)区政府", "成都市相关县(市)区人民政府"),
        (CITY, "成都高新区管委会", "成都高新技术产业开发区管理委员会"),
        (CITY, "浙江银保监局", "中国银行保险监督管理委员会浙江监管局"),
        (CITY, "供电公司", "国网成都供电公司"),
        (NATION, "中央宣传部", "中共中央宣传部"),
        (NATION, "中央网信办", "中央网络安全和信息化委员会办公室"),
        (NATION, "人力资源社会保障部", "人力资源和社会保障部"),
        (Jurisdiction("杭州市", "city", ("浙江省",)), "市数据资源局", "杭州市数据资源管理局"),
    ],
)
def test_agency_rules(where, name, full):
    assert AgencyResolver(where).normalize(name) == full


def test_a_southern_grid_city_keeps_its_power_bureau_as_written():
    assert AgencyResolver(Jurisdiction("广州市", "city", ("广东省",))).normalize("供电公司") == "供电公司"


def test_institutions_are_not_agencies():
    assert is_agency("东湖高新区管委会") and not is_agency("国家开发银行")


# --- responsibility -----------------------------------------------------------------------------

def _measures(text: str):
    return parse_document(text, source="p.txt").measures


def test_lead_with_partners_and_shared_prefix_before_a_role_word():
    ms = _measures("浙江省推进数字经济发展实施意见\n一、重点任务\n"
                   "(一)开展评审。由工业和信息化部牵头,会同财政部组织专家评审。\n"
                   "(二)推动产业数字化。(省工业和信息化厅、发展改革委、商务厅按职责分工负责)\n"
                   "(三)加强统筹。领导小组办公室设在省经信厅,负责日常工作。")
    r1, r2, r3 = ([(r.normalized, r.role) for r in m.responsible] for m in ms)
    assert r1 == [("工业和信息化部", "lead"), ("财政部", "co")]
    assert [n for n, _ in r2] == ["浙江省工业和信息化厅", "浙江省发展和改革委员会", "浙江省商务厅"]
    assert [n for n, _ in r3] == ["浙江省经济和信息化厅"]


# --- amounts ------------------------------------------------------------------------------------

def test_matching_ratio_and_a_fund_named_in_the_clause_before():
    got = [(a.kind, a.ratio) for a in parse_amounts("按照国家资助金额给予1:1配套支持,最高不超过3000万元。")]
    assert got == [("ratio", 1.0), ("cap", None)]
    got = [(a.kind, a.value_yuan) for a in parse_amounts("统筹市级产业发展专项资金,每年安排不少于5亿元支持产业发展。")]
    assert got == [("total", 500000000.0)]
    assert parse_amounts("会议时间为9:30至12:00。") == []


# --- entities, people, citations ------------------------------------------------------------------

def _names(text: str) -> dict[str, list[str]]:
    return {k: [f.name for f in v] for k, v in find_entities(text).items()}


def test_platform_names_with_label_quotes_places_and_joining_words():
    got = _names("支持国家集成电路设计无锡产业化基地、无锡国家“芯火”双创基地提升服务能力。"
                 "依托武汉光谷联合产权交易所建设交易平台。建设国家智能网联汽车(合肥)创新中心。")["platforms"]
    assert got == ["国家集成电路设计无锡产业化基地", "无锡国家“芯火”双创基地", "武汉光谷联合产权交易所",
                   "国家智能网联汽车(合肥)创新中心"]


def test_company_lists_after_an_earlier_list_and_company_sites():
    got = _names("支持电子科技大学、四川大学等高校与华为、商汤科技等龙头企业联合攻关。"
                 "支持蔚来、比亚迪合肥基地等整车企业扩大产能。")
    assert got["enterprises"] == ["华为", "商汤科技", "蔚来", "比亚迪"]
    assert got["platforms"] == ["电子科技大学", "四川大学"]


def test_quoted_apps_products_and_designations():
    got = _names("依托“粤企政策通”平台推送政策。推出“科信贷”产品。把数字经济作为“一号工程”。深入实施“雄鹰行动”。")
    assert got["platforms"] == ["粤企政策通"]
    assert got["programs"] == ["科信贷", "雄鹰行动"]


def test_counted_categories_and_names_inside_cited_titles_are_not_platforms():
    got = _names("我市现有国家级科技企业孵化器22家。根据《浙江省全球先进制造业基地建设规划》,制定本意见。")
    assert got["platforms"] == []


def test_signing_officer_and_contact_after_a_unit():
    doc = parse_document("关于第12号建议的答复\n签发人:王建\n尊敬的周建华代表:\n现答复如下:\n一、对企业给予最高5万元补贴。\n"
                         "联系人:农业农村部科技教育司　刘洋　010-59193123", source="r.txt")
    assert [(p.name, p.role) for p in doc.people] == [("周建华", "代表"), ("王建", "签发人"), ("刘洋", "联系人")]
    assert all("59193123" not in p.name for p in doc.people)


def test_the_document_a_notice_transmits_is_not_cited():
    doc = parse_document("某省人民政府办公厅印发关于促进消费若干措施的通知\n"
                         "《关于促进消费的若干措施》已经省政府同意,现印发给你们。\n"
                         "一、发放消费券。根据《国务院办公厅关于进一步激发消费潜力的意见》(国办发〔2019〕41号),"
                         "对企业给予最高10万元奖励。", source="c.txt")
    assert [(c.title, c.doc_number) for c in doc.cited_policies] == [
        ("国务院办公厅关于进一步激发消费潜力的意见", "国办发〔2019〕41号")]
