"""Responsible units: dev gold per measure, list conventions, lead rules, replies' subjects."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg.loaders import parse_document
from policykg.loaders.context import DocContext
from policykg.loaders.facts.responsibility import extract_responsible, split_units
from policykg.loaders.gazetteers.agencies import AgencyResolver
from policykg.loaders.normalize import normalize
from policykg.loaders.reading.files import read_text
from policykg.loaders.structure.measures import MeasureSpan
from policykg.schema.models import Jurisdiction

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parent / "data" / "corpus"
GOLD = ROOT / "data" / "gold"
SYNTH = ROOT / "data" / "synthetic"
STEMS = sorted(p.name[: -len(".gold.json")] for p in GOLD.glob("*.gold.json"))
CITY = Jurisdiction("某市", "city", ("某省",))


def doc_of(path: Path):
    text, _ = read_text(path)
    return parse_document(text, source=str(path))


def resp(text: str, where: Jurisdiction = CITY, issuer: tuple[str, ...] = (), genre: str = "plan"):
    ctx = DocContext("t", normalize(text))
    span = MeasureSpan("1", "", 0, len(ctx.text), (), genre)
    return [(r.name, r.normalized, r.role) for r in extract_responsible(ctx, span, AgencyResolver(where, issuer))]


@pytest.mark.parametrize("stem", STEMS)
def test_dev_measures_match_gold(stem: str) -> None:
    gold = json.loads((GOLD / f"{stem}.gold.json").read_text("utf-8"))
    doc = doc_of(CORPUS / f"{stem}.txt")
    got = [(m.id, [r.name for r in m.responsible], [r.normalized for r in m.responsible], m.lead) for m in doc.measures]
    want = [(g["id"], g["responsible"], g["responsible_normalized"], g["lead"]) for g in gold["measures"]]
    assert got == want


def test_first_listed_is_lead_only_when_the_document_says_so() -> None:
    with_rule = resp("1.培育产业。\n责任单位:市发改局、市财政局(排在第一位的为牵头单位)")
    assert with_rule == [("市发改局", "某市发展和改革局", "lead"), ("市财政局", "某市财政局", "co")]
    without = resp("1.培育产业。(责任单位:市发改局、市财政局)")
    assert [r[2] for r in without] == ["co", "co"]


def test_county_plan_convention_stated_once() -> None:
    doc = doc_of(SYNTH / "deqing-county-action-plan.txt")
    leads = {m.id: m.lead for m in doc.measures}
    assert leads == {"1": "德清县发展和改革局", "2": "德清县经济和信息化局", "3": "德清县经济和信息化局",
                     "三.(一)": "德清县发展和改革局", "三.(二)": None}
    assert [r.normalized for r in doc.measures[4].responsible] == ["德清县财政局"]  # 县财政局负责…


def test_labelled_lead_and_co() -> None:
    doc = doc_of(SYNTH / "guangdong-province-funding-measures.txt")
    first = doc.measures[0]
    assert [(r.normalized, r.role) for r in first.responsible] == [
        ("广东省工业和信息化厅", "lead"), ("广东省财政厅", "co"), ("广东省科学技术厅", "co")]
    assert doc.measures[2].lead == "广东省人力资源和社会保障厅"  # 由…牵头,会同… (the consulted one is not listed)
    assert [r.name for r in doc.measures[3].responsible] == ["人民银行广州分行", "省地方金融监管局", "广东银保监局"]


@pytest.mark.parametrize(("bracket", "want"), [
    ("（执行单位：区经委）", [("松江区经济委员会", "co")]),
    ("（实施部门：区建设管理委）", [("松江区建设和管理委员会", "co")]),
    ("（主责部门：区经委；协同部门：区财政局）", [("松江区经济委员会", "lead"), ("松江区财政局", "co")]),
    ("（承办单位：区发展改革委）", [("松江区发展和改革委员会", "co")]),
    ("（牵头责任单位：区经委；责任单位：区财政局）", [("松江区经济委员会", "lead"), ("松江区财政局", "co")]),
])
def test_other_labels_of_responsibility_brackets(bracket: str, want: list) -> None:
    """执行单位, 实施部门, 承办单位, 主责部门/协同部门 label a bracket's units as 责任单位 and 牵头/配合 do."""
    where = Jurisdiction("松江区", "district", ("上海市",))
    got = resp(f"对取得节能成效的技术改造项目给予一次性补贴。{bracket}", where)
    assert [(full, role) for _, full, role in got] == want


def test_a_prose_subject_before_a_preposition_or_an_adverb() -> None:
    """区政府按照…,建立… / 各街镇全面梳理…: the unit opening the clause acts, though a phrase or an adverb
    stands between it and its verb."""
    where = Jurisdiction("奉贤区", "district", ("上海市",))
    got = resp("区政府按照市里的统一规定,建立区级停车资源共享协调制度;各街镇全面梳理停车供需状况,研究制定解决方案。", where)
    assert [full for _, full, _ in got] == ["奉贤区人民政府", "奉贤区各镇人民政府、街道办事处"]


def test_the_towns_and_the_countys_own_units_are_two_collectives() -> None:
    """各乡镇、县直有关单位要…: the towns' governments (and the county's own units), not one body."""
    where = Jurisdiction("陵川县", "county", ("山西省", "晋城市"))
    got = resp("各乡镇、县直有关单位要下大力气对已出台的改革文件抓落实。", where)
    assert [full for _, full, _ in got][:1] == ["陵川县各乡镇人民政府"], got


def test_national_division_of_labour() -> None:
    doc = doc_of(SYNTH / "national-opinion.txt")
    assert [r.normalized for r in doc.measures[0].responsible] == ["国家发展和改革委员会", "中国人民银行", "国家市场监督管理总局"]
    assert doc.measures[0].lead is None
    # 各有关部门 is a collective: kept as written (a national one has no place to put in front)
    assert [(r.normalized, r.role) for r in doc.measures[1].responsible] == [("国家发展和改革委员会", "lead"),
                                                                               ("各有关部门", "co")]


def test_x_lead_y_co() -> None:
    got = resp("加强统筹。(市工信局牵头,市发展改革委、市科技局等配合)")
    assert got == [("市工信局", "某市工业和信息化局", "lead"), ("市发展改革委", "某市发展和改革委员会", "co"),
                   ("市科技局", "某市科学技术局", "co")]


def test_shared_affixes() -> None:
    assert [u[2] for u in split_units("市工信局、财政局")] == ["市工信局", "市财政局"]
    assert [u[0] for u in split_units("各县(市、区)人民政府,市工信局")] == ["各县(市、区)人民政府", "市工信局"]


def test_unlabelled_parenthesis_must_hold_agencies() -> None:
    assert resp("引导平台企业重点发展区块链即服务平台(BaaS平台)") == []
    assert resp("建设产业园区(2020~2022)。") == []


def test_plan_without_markers_has_no_responsible() -> None:
    assert resp("建立市区联合工作推进机制,各相关部门形成合力。各责任单位制定任务细化落实方案。") == []


def test_reply_subjects() -> None:
    issuer = ("某市科学技术局",)
    got = resp("同时,区工信局联合区金融局、某市中小企业服务协会举办路演活动。",
               Jurisdiction("某区", "district", ("某省", "某市")), issuer, "reply")
    assert got == [("区工信局", "某区工业和信息化局", "co"), ("区金融局", "某区金融工作局", "co"),
                   ("某市中小企业服务协会", "某市中小企业服务协会", "co")]
    assert resp("我局率先启动规划编制。", CITY, issuer, "reply") == [("我局", "某市科学技术局", "co")]
    assert resp("我区鼓励企业上市。福田区对企业给予支持。我们正以河套为试点。", CITY, issuer, "reply") == []
    assert resp("一是持续与深交所、市金融局对接。", CITY, issuer, "reply") == []  # objects, not subjects


def test_reply_consulted_bureaus_are_not_responsible() -> None:
    doc = doc_of(CORPUS / "futian-reply-2023005-modern-industry.txt")
    names = {r.name for m in doc.measures for r in m.responsible}
    assert names == {"我局"}  # 会同区委组织部、区发改局… in the opening is drafting, not a measure


def test_city_reply_with_agencies() -> None:
    doc = doc_of(SYNTH / "hangzhou-reply-with-contact.txt")
    assert [[r.normalized for r in m.responsible] for m in doc.measures] == [
        ["杭州市经济和信息化局", "杭州市财政局"],
        ["杭州市地方金融监督管理局", "中国人民银行杭州中心支行"],
        [],
    ]
    assert all(m.lead is None for m in doc.measures)


SONGJIANG = Jurisdiction("松江区", "district", ("上海市",))


def test_duty_heading_lists_units_and_a_sentence_names_the_units_led() -> None:
    text = "（二）区建管委、区交通委、区公安分局（交管）等建设主管部门\n压实建设单位责任。"
    names = {n for _, n, _ in resp_span(text, SONGJIANG)}
    assert names == {"松江区建设和管理委员会", "松江区交通委员会", "上海市公安局松江分局"}
    led = resp("开展行业部署。牵头区建管委、区公安分局（交管），每周开展联合执法检查。", SONGJIANG)
    assert [n for _, n, _ in led] == ["松江区建设和管理委员会", "上海市公安局松江分局"]
    assert resp("（一）加强源头管控\n压实责任。", SONGJIANG) == []  # a task heading names no unit


def resp_span(text: str, where: Jurisdiction):
    ctx = DocContext("t", normalize(text))
    title = ctx.text.split("\n", 1)[0][3:]
    span = MeasureSpan("1", title, 0, len(ctx.text))
    return [(r.name, r.normalized, r.role) for r in extract_responsible(ctx, span, AgencyResolver(where))]


def test_approvals_second_plates_and_paired_collectives() -> None:
    where = Jurisdiction("安顺市", "city", ("贵州省",))
    got = resp("第二十五条 因客观原因需要延长的，经市发展改革委（市粮食和物资储备局）、市财政局和农发行安顺分行联合批准，"
               "最多可延长2个月。", where)
    assert [n for _, n, _ in got] == ["安顺市发展和改革委员会", "安顺市财政局", "中国农业发展银行安顺市分行"]
    assert all(r == "co" for _, _, r in got)
    got = resp("第二十四条 必要时经市发展改革委会同市财政局批准后，可采取直接收购方式。", where)
    assert [n for _, n, _ in got] == ["安顺市发展和改革委员会", "安顺市财政局"]  # 必要时 is no part of a name
    got = resp("一、推进就业\n各地各高校要围绕战略性新兴产业开拓岗位。", Jurisdiction("全国", "national", ()))
    assert [x for x, _, _ in got] == ["各地", "各高校"]


def test_a_unit_that_leads_at_a_clause_start() -> None:
    got = resp("区建交委牵头负责区域内下立交设施的防汛防台管理工作的指导和监督协调。", Jurisdiction("嘉定区", "district", ("上海市",)))
    assert got == [("区建交委", "嘉定区建设和交通委员会", "lead")]
    got = resp("加强组织领导工作。国家发展改革委、国家能源局负责牵头构建储能高质量发展体制机制。", Jurisdiction("全国", "national", ()))
    assert [(n, r) for _, n, r in got] == [("国家发展和改革委员会", "lead"), ("国家能源局", "co")]


def test_prose_subjects_after_an_item_number_or_a_counting_word() -> None:
    where = Jurisdiction("奉贤区", "district", ("上海市",))
    got = resp("（一）明确职责分工\n1.区静态交通领导小组办公室建立涉及停车共享管理各方的协调机制。", where)
    assert [n for _, n, _ in got] == ["奉贤区静态交通领导小组办公室"]
    got = resp("（二）完善政策\n四是区财政局、区发展改革委等部门制定低价值可回收物补贴政策。", where)
    assert [x for x, _, _ in got] == ["区财政局", "区发展改革委"]


def test_collectives_named_by_tier_and_function() -> None:
    nation = Jurisdiction("全国", "national", ())
    got = resp("（十六）落实主体发展责任\n各省级能源主管部门应分解落实新型储能发展目标。国家能源局各派出机构应加强事中事后监管。", nation)
    assert [x for x, _, _ in got] == ["各省级能源主管部门", "国家能源局各派出机构"]
    got = resp("（一）统筹开展储能专项规划\n省级能源主管部门应开展新型储能专项规划研究。", nation)
    assert [x for x, _, _ in got] == ["省级能源主管部门"]


def test_towns_streets_and_zones_as_subjects_beside_a_lead() -> None:
    where = Jurisdiction("嘉定区", "district", ("上海市",))
    got = resp("（一）明确管理主体\n区建交委牵头负责下立交设施的防汛防台管理工作。下立交的排水由设施的原产权单位负责，"
               "各镇、街道、嘉定新城（马陆镇）、嘉定工业区、菊园新区是其辖区范围内下立交设施的行政主管部门。", where)
    assert [(n, r) for _, n, r in got] == [
        ("嘉定区建设和交通委员会", "lead"), ("嘉定区各镇人民政府、街道办事处", "co"), ("嘉定新城管理委员会", "co"),
        ("嘉定工业区管理委员会", "co"), ("菊园新区管理委员会", "co")]


SHENZHEN = Jurisdiction("深圳市", "city", ("广东省",))


def test_square_bracket_lists_and_included_units() -> None:
    got = resp("加快改造。[市发展改革委、市场监管局、各区政府(含大鹏新区管委会、深汕特别合作区管委会)负责]", SHENZHEN)
    assert [n for _, n, _ in got] == ["深圳市发展和改革委员会", "深圳市市场监督管理局", "深圳市各区人民政府",
                                      "大鹏新区管理委员会", "深圳市深汕特别合作区管理委员会"]
    assert [n for _, n, _ in resp("开展培训。【市发展改革委、市场监管局】", SHENZHEN)] == [
        "深圳市发展和改革委员会", "深圳市市场监督管理局"]


def test_units_included_with_same_below_recur_with_the_collective() -> None:
    text = ("一、加快改造。[市发展改革委、各区政府(含大鹏新区管委会,下同)负责]\n"
            "二、加强监管。定期检查。[市发展改革委、各区政府负责]")
    ctx = DocContext("t", normalize(text))
    second = text.index("二")
    span = MeasureSpan("2", "", second, len(ctx.text), (), "plan")
    got = [r.normalized for r in extract_responsible(ctx, span, AgencyResolver(SHENZHEN))]
    assert sorted(got) == sorted(["深圳市发展和改革委员会", "深圳市各区人民政府", "大鹏新区管理委员会"])


def test_unresolved_self_reference_is_no_unit() -> None:
    assert resp("我委将会同相关单位完善相关政策措施。", genre="reply") == []
    assert [n for _, n, _ in resp("我委将会同相关单位完善相关政策措施。", issuer=("某市发展和改革委员会",), genre="reply")] == [
        "某市发展和改革委员会"]


def test_a_central_body_as_a_replys_subject() -> None:
    got = resp("国家能源局支持加大农村地区充电基础设施建设。财政部将会同交通运输部研究完善政策。",
               Jurisdiction("全国", "national", ()), genre="reply")
    assert [n for _, n, _ in got] == ["国家能源局", "财政部", "交通运输部"]


def test_a_tier_collective_as_subject_and_a_long_led_list() -> None:
    sc = Jurisdiction("四川省", "province", ())
    assert [n for _, n, _ in resp("各市(州)、县(市、区)要按照督查的内容和重点,开展逐项自查。", sc)] == [
        "四川省各市(州)、县(市、区)人民政府"]
    got = resp("19个方面督查重点,由所涉及的省政府办公厅、住房城乡建设厅、省发展改革委、环境保护厅、民政厅、"
               "省经济和信息化委、文化厅、省政府金融办、商务厅、科技厅、农业厅等省级主管部门(单位)牵头完成自查报告。", sc)
    assert got[0] == ("省政府办公厅", "四川省人民政府办公厅", "lead")
    assert len(got) == 11 and all(r == "co" for _, _, r in got[1:])


def test_departments_named_by_function_in_a_list_ending_with_bumen() -> None:
    jx = Jurisdiction("江西省", "province", ())
    got = resp("1.实行名单制管理,由省发展改革、工业和信息化部门牵头,会同商务、国资、交通运输等相关部门,精准收集企业名单。", jx)
    assert got == [("省发展改革", "江西省发展和改革委员会", "lead"), ("工业和信息化部门", "江西省工业和信息化厅", "co"),
                   ("商务", "江西省商务厅", "co"), ("国资", "江西省人民政府国有资产监督管理委员会", "co"),
                   ("交通运输", "江西省交通运输厅", "co")]
    got = resp("5.省发展改革委会同工业和信息化、商务等部门梳理收集企业融资需求。", jx)
    assert [n for _, n, _ in got] == ["江西省发展和改革委员会", "江西省工业和信息化厅", "江西省商务厅"]
    # a function alone, outside a list that ends with 部门, is no unit
    assert resp("5.省发展改革委会同商务研究。", jx) == [("省发展改革委", "江西省发展和改革委员会", "co")]


def test_you_in_an_approval_is_the_body_the_letter_answers() -> None:
    text = "鹰潭市人民政府:\n你市《关于恳请批复鹰潭港总体规划的请示》收悉。现批复如下。\n九、你市要加强对《规划》实施的组织领导。"
    ctx = DocContext("t", normalize(text))
    at = ctx.text.index("九")
    span = MeasureSpan("九", "", at, len(ctx.text), (), "plan")
    got = extract_responsible(ctx, span, AgencyResolver(Jurisdiction("江西省", "province", ())))
    assert [(r.name, r.normalized) for r in got] == [("你市", "鹰潭市人民政府")]
    # without one addressee (各市、县(区)人民政府,省政府各部门:) 你市 names no unit
    text2 = "各市、县(区)人民政府,省政府各部门:\n九、你市要加强组织领导。"
    ctx2 = DocContext("t", normalize(text2))
    at2 = ctx2.text.index("九")
    span2 = MeasureSpan("九", "", at2, len(ctx2.text), (), "plan")
    assert extract_responsible(ctx2, span2, AgencyResolver(Jurisdiction("江西省", "province", ()))) == ()


def test_collectives_of_a_government_and_of_pilot_cities_as_subjects() -> None:
    nation = Jurisdiction("全国", "national", ())
    got = resp("(一)高度重视。各地区要将复制推广作为重要举措。国务院各有关部门要结合自身职责出台配套政策。各试点城市要加大先行先试力度。", nation)
    assert [n for _, n, _ in got] == ["各地区", "国务院各有关部门", "各试点城市"]
    assert [n for _, n, _ in resp("省政府各部门要加强协调。", Jurisdiction("江西省", "province", ()))] == ["江西省人民政府各部门"]


def test_a_short_name_the_text_defines_stands_for_the_unit(tmp_path: Path) -> None:
    doc = parse_document(
        "某区公共租赁住房管理办法\n\n第三条(职责分工) 区房管局委托上海长宁公共租赁住房运营有限公司(以下简称“长宁公租房公司”)"
        "负责申请受理。\n\n第八条(供应方案) 长宁公租房公司应当提出具体供应方案,报区房管局备案。")
    eighth = [m for m in doc.measures if m.id == "第八条"][0]
    assert [(r.name, r.normalized) for r in eighth.responsible][0] == ("长宁公租房公司", "上海长宁公共租赁住房运营有限公司")


def test_duties_of_an_annex_go_to_the_measures_they_serve() -> None:
    doc = parse_document(
        "某省关于促进照护服务发展的实施意见\n\n1.加强人才培养。扩大照护专业人才的培养规模,开展从业人员职业技能培训。\n"
        "2.加强用地保障。优先保障照护机构和设施建设用地。\n3.规范安全管理。定期开展照护场所的消防安全检查。\n"
        "附件:促进照护服务发展工作部门职责分工\n省教育厅负责各类照护人才培养。\n省自然资源厅负责优先保障照护机构和设施建设的土地供应。\n"
        "省应急厅负责依法开展照护场所的安全检查。")
    got = {m.id: [r.name for r in m.responsible] for m in doc.measures}
    assert got["1"] == ["省教育厅"] and got["2"] == ["省自然资源厅"] and got["3"] == ["省应急厅"]


def test_collectives_of_kinds_are_no_units_long_collectives_are() -> None:
    jx = Jurisdiction("江西省", "province", ())
    assert resp("各类婴幼儿照护服务机构要加强安全管理。", jx) == []
    assert [n for _, n, _ in resp("各级妇幼保健、疾病预防控制、卫生监督机构要按照职责加强业务指导。", jx)] == [
        "江西省各级妇幼保健、疾病预防控制、卫生监督机构"]


def test_a_defined_short_name_after_a_verb_and_with_a_tier() -> None:
    doc = parse_document(
        "江西省关于完善融资担保体系的若干措施\n\n一、做强省级机构。整合组建后将省融资担保股份有限公司(以下简称“省融资担保公司”)打造为龙头。\n\n"
        "二、加强合作。省融资担保公司要积极与国家融资担保基金加强业务合作。")
    second = [m for m in doc.measures if m.id == "二"][0]
    assert [r.normalized for r in second.responsible] == ["江西省融资担保股份有限公司"]


def test_subjects_that_act_according_to_or_take_measures() -> None:
    jx = Jurisdiction("江西省", "province", ())
    assert [n for _, n, _ in resp("各级财政部门根据本级政府授权,履行出资人职责。", jx)] == ["江西省各级财政部门"]
    assert [n for _, n, _ in resp("各级政府采取政府补贴等方式,发展社区照护服务。", jx)] == ["江西省各级人民政府"]


def test_a_joint_lead_gives_one_lead_the_first() -> None:
    got = resp("加快推进。(牵头单位:市数据局、市政务服务局;配合单位:市财政局)")
    assert [r for _, _, r in got] == ["lead", "co", "co"]
    got = resp("加快整治。(市应急管理局、市住房城乡建设管理委、市市场监管局牵头负责,各区政府组织落实)")
    assert [r for _, _, r in got][:3] == ["lead", "co", "co"]


def test_duty_lines_with_a_colon_and_lists_joined_by_or() -> None:
    fx = Jurisdiction("奉贤区", "district", ("上海市",))
    ctx = DocContext("t", normalize("五、职责分工\n区民防办:负责制定区级专业规划。\n区经委(商务委):负责指导大型商超场所建设。"))
    span = MeasureSpan("五", "职责分工", 0, len(ctx.text), (), "plan")
    got = [r.normalized for r in extract_responsible(ctx, span, AgencyResolver(fx))]
    assert got == ["奉贤区民防办公室", "奉贤区经济委员会"]
    got = resp("(一)科学规划。各镇政府、街道(开发区)办事处、头桥集团或区政府相关部门(单位)应按照规划要求梳理场所。", fx)
    assert [n for _, n, _ in got] == ["奉贤区各镇人民政府", "奉贤区各街道(开发区)办事处", "头桥集团"]


def test_clause_openers_are_no_names_and_a_tiered_police_branch() -> None:
    hp = Jurisdiction("黄浦区", "district", ("上海市",))
    assert all(not n.startswith(("根据", "指导")) for n, _, _ in resp("根据区消防委要求,街道消防委负责组织检查。", hp))
    got = resp("(责任单位:区建管委、公安青浦分局、区人社局)", Jurisdiction("青浦区", "district", ("上海市",)))
    assert "上海市公安局青浦分局" in [n for _, n, _ in got]


def test_a_collective_that_sets_up_a_body() -> None:
    hp = Jurisdiction("黄浦区", "district", ("上海市",))
    assert [n for _, n, _ in resp("各街道在社区平安办设立消防安全管理办公室,明确专职工作人员。", hp)] == ["黄浦区各街道办事处"]
    assert [n for _, n, _ in resp("各街道设立消防安全委员会,全面统筹协调基层消防综合治理工作。", hp)] == ["黄浦区各街道办事处"]


def test_township_and_village_bodies_named_generically_in_a_citys_rules() -> None:
    where = Jurisdiction("广州市", "city", ("广东省",))
    got = resp("镇人民政府(街道办事处)负责辖区内临时救助的受理、审核工作。", where, genre="rules")
    assert got[0][1] == "广州市各镇人民政府、街道办事处"
    got = resp("(区民政部门、区财政部门以及村(居)民委员会按职责分工负责)", where)
    assert [g[1] for g in got] == ["广州市各区民政局", "广州市各区财政局", "广州市各村民委员会、居民委员会"]


def _article(text: str, where: Jurisdiction):
    ctx = DocContext("t", normalize(text))
    span = MeasureSpan(text.split(" ", 1)[0], "", 0, len(ctx.text), (), "rules")
    return [(r.name, r.normalized) for r in extract_responsible(ctx, span, AgencyResolver(where))]


def test_tiers_before_one_body_each_get_that_body() -> None:
    assert [u[2] for u in split_units("市、区民政部门")] == ["市民政部门", "区民政部门"]
    assert [u[2] for u in split_units("市、区两级财政")] == ["市财政部门", "区财政部门"]
    assert [u[2] for u in split_units("区、镇人民政府和街道办事处")] == ["区人民政府", "镇人民政府和街道办事处"]
    where = Jurisdiction("广州市", "city", ("广东省",))
    assert _article("第二十一条 市、区民政部门应通过购买专项服务等方式丰富居家社区养老服务供给。", where) == [
        ("市", "广州市民政局"), ("区民政部门", "广州市各区民政局")]


def test_the_township_level_named_as_a_pair_is_one_collective() -> None:
    assert [u[0] for u in split_units("市民政局、镇人民政府、街道办事处")] == ["市民政局", "镇人民政府、街道办事处"]
    # a pair with a bracket of its own is two units, as written
    assert [u[0] for u in split_units("各镇政府、街道(开发区)办事处")] == ["各镇政府", "街道(开发区)办事处"]
    where = Jurisdiction("广州市", "city", ("广东省",))
    assert _article("第十二条 社区养老服务设施应当由区、镇人民政府和街道办事处负责建设。", where) == [
        ("区", "广州市各区人民政府"), ("镇人民政府和街道办事处", "广州市各镇人民政府、街道办事处")]


def test_a_unit_named_by_you_acts_in_an_article() -> None:
    where = Jurisdiction("广州市", "city", ("广东省",))
    assert _article("第三十八条 所需资金由市民政部门列入年度部门预算。", where) == [("市民政部门", "广州市民政局")]
    assert _article("第三十九条 所需资金由市民政部门的预算安排。", where) == []  # 由X的: no act


def test_functions_closed_by_their_units_are_the_documents_departments() -> None:
    where = Jurisdiction("广州市", "city", ("广东省",))
    got = _article("第二十三条 民政、公安、人力资源和社会保障、住房城乡建设、卫生健康、市场监管、医疗保障、残联等相关单位"
                   "应当按照职责做好工作。", where)
    assert [g[1] for g in got] == ["广州市民政局", "广州市公安局", "广州市人力资源和社会保障局", "广州市住房和城乡建设局",
                                   "广州市卫生健康委员会", "广州市市场监督管理局", "广州市医疗保障局", "广州市残疾人联合会"]


def test_duties_listed_after_the_signature_without_a_heading_reach_their_measures() -> None:
    from policykg.loaders.facts.duty_annex import annex_duties

    text = ("1.加强人才培养。扩大照护专业人才的培养规模。\n2.加强用地保障。优先保障照护机构建设用地。\n"
            "2020年2月21日\n(此件主动公开)\n省教育厅负责各类照护人才培养。\n省自然资源厅负责优先保障照护机构的土地供应。\n"
            "省财政厅负责利用现有资金渠道予以支持。\n")
    ctx = DocContext("d", normalize(text))
    spans = [(0, text.index("2.")), (text.index("2."), text.index("2020"))]
    assert [(d.name, d.measures) for d in annex_duties(ctx, spans)][:2] == [("省教育厅", (0,)), ("省自然资源厅", (1,))]
    # two such lines are no annex
    assert annex_duties(DocContext("d", normalize(text[: text.index("省财政厅")])), spans) == []


def test_departments_joined_by_he_are_two_units_but_departments_and_units_one_collective() -> None:
    assert [u[2] for u in split_units("市、区民政部门和镇人民政府、街道办事处")] == [
        "市民政部门", "区民政部门", "镇人民政府、街道办事处"]
    assert [u[0] for u in split_units("各相关部门和单位")] == ["各相关部门和单位"]


def test_tiers_before_a_list_of_functions_reach_every_function() -> None:
    """市、区教育、公安…、工会、团委等单位: each function once per tier (a function the gazetteer lacks is left out)."""
    where = Jurisdiction("广州市", "city", ("广东省",))
    got = _article("第三条 市、区教育、公安、应急管理、来穗人员服务管理、工会、团委等单位按照各自职责主动配合,做好相关工作。", where)
    assert [g[1] for g in got] == ["广州市教育局", "广州市各区教育局", "广州市公安局", "广州市各区公安分局",
                                   "广州市应急管理局", "广州市各区应急管理局", "广州市总工会", "广州市各区总工会",
                                   "共青团广州市委员会", "共青团广州市各区委员会"]


def test_a_measure_renumbered_in_a_run_is_still_an_article() -> None:
    where = Jurisdiction("广州市", "city", ("广东省",))
    ctx = DocContext("t", normalize("第三条 市民政部门负责统筹开展全市临时救助工作。"))
    span = MeasureSpan("2.第三条", "", 0, len(ctx.text), (), "rules")
    assert [r.normalized for r in extract_responsible(ctx, span, AgencyResolver(where))] == ["广州市民政局"]


def test_a_long_list_of_functions_in_a_provinces_article() -> None:
    where = Jurisdiction("安徽省", "province")
    got = _article("第三条 发展改革、教育、科技、工业和信息化、公安、民政、司法行政、财政、人力资源社会保障、自然资源、生态环境、"
                   "住房城乡建设、交通运输、农业农村、水行政、商务、文化和旅游、卫生健康、知识产权、档案管理、人才、税务等部门"
                   "应当根据各自职责,做好相关工作。", where)
    names = [g[1] for g in got]
    assert len(names) == 21 and "人才" not in names  # 人才: a function the gazetteer does not know
    assert names[:2] == ["安徽省发展和改革委员会", "安徽省教育厅"] and names[-1] == "国家税务总局安徽省税务局"
    assert "安徽省水利厅" in names and "安徽省档案局" in names


def test_a_subject_whose_name_holds_a_verb() -> None:
    """市养老服务指导单位负责…: 指导 is part of the name, the subject ends at 负责."""
    where = Jurisdiction("广州市", "city", ("广东省",))
    got = _article("第七条 区民政部门、区养老服务指导单位应当建立巡访制度。市养老服务指导单位负责全市业务指导。", where)
    assert [g[1] for g in got] == ["广州市各区民政局", "广州市各区养老服务指导单位", "广州市养老服务指导单位"]


def test_a_report_upward_names_the_reporting_unit_not_the_approver() -> None:
    where = Jurisdiction("宝山区", "district", ("上海市",))
    assert resp("经上报区政府同意后可采取协议收储方式进行盘活利用。", where) == []
    assert [r[1] for r in resp("闲置土地经区规划资源局调查认定报区政府批准后,解除出让合同。", where)] == ["宝山区规划和自然资源局"]


def test_by_a_unit_that_decides() -> None:
    where = Jurisdiction("宝山区", "district", ("上海市",))
    got = resp("溢价不超过20%的,由镇政府或园区管委会集体决策后直接操作。", where)
    assert [g[0] for g in got] == ["镇政府", "园区管委会"]


def test_a_list_closed_by_he_xiangguan_bumen_and_the_joint_committee() -> None:
    assert [u[2] for u in split_units("民政、市场监督管理、社会组织管理和相关部门")][:2] == ["民政部门", "市场监督管理部门"]
    assert [u[0] for u in split_units("卫生健康部门和市残疾人联合会")] == ["卫生健康部门", "市残疾人联合会"]


def test_the_heads_of_regulated_bodies_are_no_unit() -> None:
    where = Jurisdiction("奉贤区", "district", ("上海市",))
    assert resp("各养老服务机构负责人要按照谁主管、谁负责的原则,扎实组织开展排查整改工作。", where) == []


def test_an_articles_later_clauses_and_timed_or_permitted_acts_name_their_units() -> None:
    """市财政部门按规定…, 市养老服务指导单位于5月底前…, 镇人民政府(街道办事处)可依托…: a subject after a comma,
    before a date or a permission, acts as much as one opening the article."""
    where = Jurisdiction("广州市", "city", ("广东省",))
    got = _article("第二十九条 市民政部门每年8月按规定将资金纳入部门预算,市财政部门按规定及时将资金转移支付至各区。"
                   "市养老服务指导单位于5月底前完成全市的清算。\n镇人民政府(街道办事处)可依托社区养老服务设施设置长者饭堂。", where)
    assert [g[1] for g in got] == ["广州市民政局", "广州市财政局", "广州市养老服务指导单位", "广州市各镇人民政府、街道办事处"]


def test_by_units_joined_by_or_that_act_with_a_partner() -> None:
    """由区民政部门或镇人民政府(街道办事处)与运营机构…确定: both units act, the partner is no unit."""
    where = Jurisdiction("广州市", "city", ("广东省",))
    got = _article("第十五条 收费价格由区民政部门或镇人民政府(街道办事处)与长者饭堂运营机构通过协议方式确定。", where)
    assert [g[1] for g in got] == ["广州市各区民政局", "广州市各镇人民政府、街道办事处"]
    got = _article("第三十四条 发现的问题,由区民政部门、镇人民政府(街道办事处)督促运营机构整改。", where)
    assert [g[1] for g in got] == ["广州市各区民政局", "广州市各镇人民政府、街道办事处"]


def test_clauses_that_open_with_a_verb_name_no_unit() -> None:
    """并提请区民政部门…, 移送区城管执法部门…, 需提交市…服务中心…, 按现行市对区…: the unit is an object."""
    where = Jurisdiction("广州市", "city", ("广东省",))
    assert _article("第十三条 镇人民政府应当在审核意见中进行说明,并提请区民政部门组织入户调查。", where) == [
        ("镇人民政府", "广州市各镇人民政府")]
    assert _article("第二十一条 今后中央分担支出的,按现行市对区财政体制由市区分别负担。", where) == []
    assert _article("第十五条 适配对象办理申请手续时,需提交广州市残疾人辅助器具服务中心出具的评估报告。", where) == []


def test_role_brackets_inside_a_measure_and_the_charged_unit_against_its_helpers() -> None:
    """(省交通运输厅负责)加快…: a bracket that says what its units do counts mid-paragraph; (X负责,Y配合): X,
    charged against the units that assist, leads; (X负责) alone marks no lead; companies charged in a
    bracket are units too."""
    where = Jurisdiction("吉林省", "province")
    got = resp("1.加快建设。强化服务。(省交通运输厅负责)加快设施建设。(省自然资源厅负责,各市、县级政府配合)", where)
    assert [(g[1], g[2]) for g in got] == [("吉林省交通运输厅", "co"), ("吉林省自然资源厅", "lead"),
                                           ("吉林省各市、县级人民政府", "co")]
    got = resp("1.加快建设。强化服务。(国网省电力公司、省地方电力有限公司负责)", where)
    assert [g[0] for g in got] == ["国网省电力公司", "省地方电力有限公司"]
    assert resp("1.加快建设。推进服务(企业自主负责)的模式。", where) == []


def test_partners_at_the_subjects_own_tier_and_tiers_written_with_ji() -> None:
    """市、区民政部门…会同本级财政部门: the finance department of each tier; 市级民政部门 in a city's text is the
    city's bureau, 县级发展改革部门 in a province's stays the counties' collective; 由X另行制定, 由X进行 act."""
    city = Jurisdiction("广州市", "city", ("广东省",))
    got = _article("第八条 市、区民政部门应当建立工作机制,会同本级财政部门将所需经费列入年度预算。", city)
    assert [g[1] for g in got] == ["广州市民政局", "广州市各区民政局", "广州市财政局", "广州市各区财政局"]
    got = _article("第三十四条 示范中心由市养老服务指导单位进行服务评估,所需经费由市级民政部门列入年度部门预算,"
                   "具体办法由市民政部门另行制定。", city)
    assert [g[1] for g in got] == ["广州市养老服务指导单位", "广州市民政局"]
    province = Jurisdiction("湖南省", "province")
    got = _article("第二十七条 县级发展改革部门要定期开展长期失效桩治理。", province)
    assert [g[1] for g in got] == ["湖南省各县级发展改革部门"]


def test_fire_and_police_departments_by_function_in_a_municipalitys_district() -> None:
    """区公安、消防部门 in a 上海 district: the city police bureau's branch and the district's fire rescue 支队
    (a province's is a 总队, a city's a 支队, an ordinary district's a 大队); 相关职能部门 names no unit."""
    where = Jurisdiction("黄浦区", "district", ("上海市",))
    got = resp("(一)加强组织领导。相关职能部门和各街道要加强组织领导。区公安、消防部门要充分发挥作用。", where)
    assert [g[1] for g in got] == ["黄浦区各街道办事处", "上海市公安局黄浦分局", "黄浦区消防救援支队"]
    assert [g[1] for g in resp("1.加强检查。省消防部门要加强检查。", Jurisdiction("吉林省", "province"))] == ["吉林省消防救援总队"]


def test_a_chongqing_districts_police_and_a_bracket_closed_by_fengong_fuze() -> None:
    """区公安局 in a 重庆 district is the city bureau's branch, named with the district's 区 (重庆市公安局綦江区分局);
    (领导小组成员单位分工负责): 分工负责 is the role, not part of the collective's name."""
    where = Jurisdiction("綦江区", "district", ("重庆市",))
    got = resp("1.严格管控。查处违法行为。(区公安局、区交通局按职责牵头,区市场监管局等部门配合)", where)
    assert got[0][1] == "重庆市公安局綦江区分局" and got[0][2] == "lead"
    got = resp("4.建立长效机制。出台相关管理规定。(领导小组成员单位分工负责)", where)
    assert [g[0] for g in got] == ["领导小组成员单位"]


def test_units_that_lead_and_the_long_list_they_work_with() -> None:
    """商务部、财政部、工业和信息化部牵头,会同国家发展改革委、公安部…等部门建立…: the first leads, the partners act."""
    where = Jurisdiction("全国", "national")
    got = resp("(十八)完善组织领导。商务部、财政部、工业和信息化部牵头,会同国家发展改革委、公安部、民政部、自然资源部、"
               "生态环境部、住房城乡建设部、交通运输部、中国人民银行、税务总局、市场监管总局、金融监管总局等部门建立工作协调机制。", where)
    assert got[0][1:] == ("商务部", "lead") and len(got) == 14 and got[-1][1] == "国家金融监督管理总局"


def test_the_local_street_office_acts_as_every_street_office() -> None:
    """第八条 区房管局、属地街道应严格落实…: 属地街道 (whichever street office the case lies in) is the collective."""
    where = Jurisdiction("虹口区", "district", ("上海市",))
    got = _article("第八条 区房管局、属地街道应严格落实应急处置项目的认定管理。", where)
    assert [g[1] for g in got] == ["虹口区住房保障和房屋管理局", "虹口区各街道办事处"]


def test_the_article_naming_who_carries_the_rules_out_and_benshi_collectives() -> None:
    """第三条 本办法由市卫生健康行政主管部门负责组织实施: a measure (not a closing clause like 负责解释);
    本市各级人民政府 in 广州's text is 广州市各级人民政府."""
    from policykg.loaders import parse_document

    text = ("广州市老年人优待办法\n第一条 为保障老年人合法权益,制定本办法。\n"
            "第二条 本办法由市卫生健康行政主管部门负责组织实施。各有关部门应当在各自职责范围内协同实施本办法。\n"
            "第三条 本市各级人民政府应当在政务服务等方面给予老年人优待。\n第四条 本办法由市卫生健康行政主管部门负责解释。\n")
    doc = parse_document(text, doc_id="gz")
    assert [m.id for m in doc.measures] == ["第二条", "第三条"]
    assert doc.measures[0].responsible[0].normalized == "广州市卫生健康委员会"
    assert [r.normalized for r in doc.measures[1].responsible] == ["广州市各级人民政府"]


@pytest.mark.parametrize(("field", "want"), [
    ("2.实施机构\t嘉祥县卫生健康局、嘉祥县公安局、嘉祥县医疗保障局3.适用范围\t嘉祥县内的新生儿",
     [("嘉祥县卫生健康局", "co"), ("嘉祥县公安局", "co"), ("嘉祥县医疗保障局", "co")]),
    ("2.实施机构县退役军人事务局牵头,县公安局、县司法局等部门配合。3.适用范围当年度退出现役的退役军人",
     [("嘉祥县退役军人事务局", "lead"), ("嘉祥县公安局", "co"), ("嘉祥县司法局", "co")]),
])
def test_a_service_guides_implementing_bodies(field: str, want: list) -> None:
    """A service guide (办事指南) names who acts in a field, 实施机构, whose carrier lost its separators."""
    where = Jurisdiction("嘉祥县", "county", ("山东省", "济宁市"))
    got = resp(f"1.涉及事项\t出生医学证明办理;预防接种证办理。{field}", where)
    assert [(full, role) for _, full, role in got] == want


def test_kinds_of_bodies_a_national_text_gives_duties_to():
    """A national opinion assigns duties to kinds of bodies (电力调度机构或电力负荷管理中心要…, 电网企业要…); a city's
    text does not make 电网企业 a unit, and 相关主管部门 names no kind."""
    text = ("电力调度机构或电力负荷管理中心要根据虚拟电厂发展需要优化工作机制,做好系统接入服务。"
            "电网企业要做好配套电网建设。通报相关主管部门。")
    national = Jurisdiction("全国", "national")
    assert [full for _, full, _ in resp(text, national)] == ["电力调度机构", "电力负荷管理中心", "电网企业"]
    assert resp(text) == []
    assert [full for _, full, _ in resp("税务机关应当按照规定办理退税。各级国库要做好退库工作。", national)] == [
        "税务机关", "各级国库"]


@pytest.mark.parametrize(("text", "where", "want"), [
    ("宣传、公安、发改、住建、自然资源、市场监管、金融办、税务、公积金等部门要各司其职,持续开展专项整治。",
     Jurisdiction("白银市", "city", ("甘肃省",)),
     {"白银市发展和改革委员会", "白银市住房和城乡建设局", "白银市人民政府金融工作办公室", "白银市住房公积金管理中心"}),
    ("教育、文广影视、卫生计生、经委、交通、旅游、邮政等行业主管部门落实相关综合治理工作职责。",
     Jurisdiction("崇明区", "district", ("上海市",)),
     {"崇明区教育局", "崇明区卫生和计划生育委员会", "崇明区经济委员会", "崇明区交通委员会", "崇明区旅游局"}),
    ("区规划资源局视整治情况开展专项督办,督促各街镇落实主体责任。", Jurisdiction("嘉定区", "district", ("上海市",)),
     {"嘉定区规划和自然资源局"}),
    ("公安、城市管理、市场监管等部门应当加强对会展活动的巡查。", Jurisdiction("潍坊市", "city", ("山东省",)),
     {"潍坊市公安局", "潍坊市城市管理局", "潍坊市市场监督管理局"}),
])
def test_departments_a_list_names_by_their_function(text: str, where: Jurisdiction, want: set) -> None:
    """发改、住建、公积金…等部门 and 交通、卫生计生…等行业主管部门: each function's body at the text's tier (the
    functions it does not know are left out); 视 opens a clause only as 视…情况, not inside 文广影视."""
    assert want <= {full for _, full, _ in resp(text, where)}


def test_a_function_named_alone_and_a_collective_beside_unnamed_units():
    """由市财政落实… is the finance bureau; 各县区和相关部门单位要… is the counties' and districts' governments
    (the departments beside them are not named)."""
    where = Jurisdiction("白银市", "city", ("甘肃省",))
    got = resp("由市财政落实土地储备基金。各县区和相关部门单位要充分认识此项工作的重要性。", where)
    assert [full for _, full, _ in got] == ["白银市财政局", "白银市各县区人民政府"]


def test_every_committee_office_and_bureau_is_one_collective():
    """各有关委、办、局 / 各委办局: the government's departments, one collective (not 委, 办 and 局)."""
    where = Jurisdiction("崇明区", "district", ("上海市",))
    assert [full for _, full, _ in resp("各有关委、办、局组织开展对高层建筑消防安全隐患的排查。", where)] == [
        "崇明区各有关委、办、局"]


@pytest.mark.parametrize(("text", "where", "want"), [
    ("市、县(市、区)人民政府应当将会展业发展纳入国民经济和社会发展规划。", Jurisdiction("潍坊市", "city", ("山东省",)),
     ["潍坊市人民政府", "潍坊市各县(市、区)人民政府"]),
    ("市和区、县人力资源和社会保障行政部门负责就业援助工作。", Jurisdiction("北京市", "province", ()),
     ["北京市人力资源和社会保障局", "北京市各区、县人力资源和社会保障局"]),
    ("县级以上人民政府负责见义勇为人员的奖励和保障工作。", Jurisdiction("河南省", "province", ()), ["河南省县级以上人民政府"]),
])
def test_a_regulations_tiers_named_together(text: str, where: Jurisdiction, want: list) -> None:
    """市和区、县… / 市、县(市、区)…: the city's body and every district's and county's; 县级以上人民政府: a collective
    of the province."""
    assert [full for _, full, _ in resp(text, where)] == want


def test_a_bracket_note_that_names_units_for_every_later_item():
    """(…,各市、县人民政府负责落实。以下均需各市、县人民政府落实,不再一一列出): the note is no unit of its own, and every
    later item has 各市、县人民政府 as well; a joint conference's member units written with their tier."""
    text = ("安徽省进一步做好近期促进消费工作若干措施\n一、加强保供稳价。加强价格监测。(省发展改革委、省商务厅等按职责分工负责,各市、县人民政府负责落实。以下均需各市、县人民政府落实,不再一一列出)\n"
            "二、开展购物季活动。开展促销活动。(省商务厅负责)\n"
            "三、完善机制。建立工作调度机制。(省完善促进消费体制机制厅际联席会议成员单位按职责分工负责)")
    doc = parse_document(text)
    units = [sorted(r.normalized for r in m.responsible) for m in doc.measures]
    assert units == [sorted(["安徽省发展和改革委员会", "安徽省商务厅", "安徽省各市、县人民政府"]),
                     sorted(["安徽省商务厅", "安徽省各市、县人民政府"]),
                     sorted(["安徽省完善促进消费体制机制厅际联席会议成员单位", "安徽省各市、县人民政府"])]


def test_a_tier_with_its_alternatives_and_a_trades_department():
    """县(市、区)人民政府 is one collective, not 县(市 and 区)人民政府; 市会展业主管部门 is the city's department
    in charge of a trade, while 相关行业主管部门 names none."""
    where = Jurisdiction("潍坊市", "city", ("山东省",))
    assert [f for _, f, _ in resp("县(市、区)人民政府应当结合实际扶持会展业发展。", where)] == ["潍坊市各县(市、区)人民政府"]
    assert [f for _, f, _ in resp("市财政部门会同市会展业主管部门制定扶持资金使用管理办法。", where)] == [
        "潍坊市财政局", "潍坊市会展业主管部门"]
    assert resp("相关行业主管部门要加强监管。", where) == []


def test_a_subject_that_leads():
    """省级主管部门牵头建立… in a national opinion; 我委多次牵头联系… in a reply: the subject leads."""
    national = Jurisdiction("全国", "national")
    assert resp("省级主管部门牵头建立完善虚拟电厂发展工作机制,协调解决推进过程中的问题。", national) == [
        ("省级主管部门", "省级主管部门", "lead")]
    liaoning = Jurisdiction("辽宁省", "province")
    got = resp("我委多次牵头联系省电力公司召开专题协调会议。", liaoning, ("辽宁省发展和改革委员会",), genre="reply")
    assert got[0][1:] == ("辽宁省发展和改革委员会", "lead")


def test_labels_after_a_bracket_in_a_plan_run_into_one_line():
    """(六)金融产业链 链长:吴礼源(区党工委委员) 牵头单位:区财金局 配合单位:区审批局: labels after a closing bracket."""
    text = ("平潭综合实验区管委会办公室关于印发产业链链长制工作方案的通知 一、链长及牵头单位 "
            "(一)金融产业链 链长:吴礼源(区党工委委员、管委会副主任) 牵头单位:区财金局 配合单位:区审批局、区税务局 "
            "(二)旅游文体产业链 链长:吴礼源(区党工委委员、管委会副主任) 牵头单位:区旅游文体局 配合单位:区招商产业中心 "
            "二、工作职责 按照一产业一专班的原则,每个产业由一位链长总负责,一个牵头部门抓落实,相关部门配合。" * 2)
    doc = parse_document(text)
    first = next(m for m in doc.measures if "金融" in m.title)
    assert [(r.name, r.role) for r in first.responsible][:2] == [("区财金局", "lead"), ("区审批局", "co")]
