"""Session 21 rules (issue 13), each from a convention seen in real documents of the development corpus."""
from __future__ import annotations

import sys

sys.path.insert(0, "tests")
from test_responsibility import Jurisdiction, resp  # noqa: E402, F401

NATIONAL = Jurisdiction("全国", "national", ())


def test_a_body_written_as_the_usual_contraction_of_its_full_name_in_the_same_text_is_that_body():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    pingtan = AgencyResolver(Jurisdiction("平潭综合实验区", "district", ("福建省",)))
    pingtan.know(("平潭综合实验区自然资源与生态环境局", "平潭综合实验区财政金融局"))
    assert pingtan.normalize("区资源生态局") == "平潭综合实验区自然资源与生态环境局"
    assert pingtan.normalize("区财金局") == "平潭综合实验区财政金融局"
    suzhou = AgencyResolver(Jurisdiction("宿州市", "city", ("安徽省",)))
    suzhou.know(("宿州市房产管理服务中心", "宿州市住房和城乡建设局"))
    assert suzhou.normalize("市房管中心") == "宿州市房产管理服务中心"
    # an ordinary function's body is its own body, even beside a longer name that holds its characters
    assert suzhou.normalize("市建设局") != "宿州市住房和城乡建设局"
    pingtan.know(("平潭综合实验区财政金融局", "平潭综合实验区教育与体育局"))
    assert pingtan.normalize("区财政局") != "平潭综合实验区财政金融局"


def test_a_long_function_department_of_a_municipality_is_the_citys_bureau():
    beijing = Jurisdiction("北京市", "province", ())
    got = resp("人力资源和社会保障行政部门应当根据要求制定相关政策。", beijing, ("北京市人民代表大会常务委员会",), "plan")
    assert [n for _, n, _ in got] == ["北京市人力资源和社会保障局"]


def test_a_list_of_functions_closed_by_its_administrative_departments():
    beijing = Jurisdiction("北京市", "province", ())
    got = resp("卫生和计划生育、发展改革、公安、民政、统计等行政部门应当建立信息通报制度。", beijing, ("北京市人民代表大会常务委员会",), "plan")
    assert [n for _, n, _ in got] == ["北京市卫生和计划生育委员会", "北京市发展和改革委员会", "北京市公安局", "北京市民政局", "北京市统计局"]


def test_a_lead_promoting_unit_label_opens_its_own_list_and_the_governments_a_task_concerns_are_one_collective():
    fujian = Jurisdiction("福建省", "province", ())
    got = resp("(四)城乡公共停车场工程包。牵头部门:省住建厅牵头推进单位:相关市、县(区)政府", fujian, (), "plan")
    assert [(n, r) for _, n, r in got] == [("福建省住房和城乡建设厅", "lead"), ("福建省相关市、县(区)人民政府", "co")]
    got = resp("(一)农村公路。牵头部门:省交通运输厅牵头推进单位:项目所在县(市)、乡(镇)人民政府", fujian, (), "plan")
    assert [w for w, _, _ in got] == ["省交通运输厅", "项目所在县(市)、乡(镇)人民政府"]


def test_a_roster_run_into_one_line_without_spaces_between_its_entries():
    from policykg.loaders.context import DocContext
    from policykg.loaders.facts.people import _roster
    from policykg.loaders.normalize import normalize
    text = ("决定成立领导小组。组 长：王进足 区党工委委员、管委会副主任副组长：赖德芳 区交通与建设局局长王 浩 区管委会办公室副主任"
            "成 员：丁雄生 澳前片区管理局局长林同璋 区交通与建设局副调研员陈江滔 区交通投资集团有限公司总经理吴正华 流水镇人民政府镇长。")
    got = [(p.name, p.role) for p in _roster(DocContext("d", normalize(text)))]
    assert [n for n, _ in got] == ["王进足", "赖德芳", "王浩", "丁雄生", "林同璋", "陈江滔"]
    assert got[2] == ("王浩", "副组长,区管委会办公室副主任") and got[5][1] == "成员,区交通投资集团有限公司总经理"


def test_the_departments_of_several_tiers_defined_short_are_one_collective():
    from policykg.loaders.facts.defined_names import defined_units
    got = defined_units("指导、监督区、县(市)房产主管部门(以下简称“区房产主管部门”)信用信息管理落实情况")
    assert got == {"区房产主管部门": "各区、县(市)房产主管部门", "各区房产主管部门": "各区、县(市)房产主管部门"}
    # the city's and the districts' departments, named short by function: no one body, as before
    assert defined_units("第四条市和区、县(市)人民政府科学技术行政部门(以下简称科技行政部门)具体负责") == {}


def test_a_department_named_by_the_issuers_own_function_is_the_issuer():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    shenyang = AgencyResolver(Jurisdiction("沈阳市", "city", ("辽宁省",)), ("沈阳市房产局",))
    assert shenyang.normalize("市房产主管部门") == "沈阳市房产局"
    assert shenyang.normalize("市财政部门") == "沈阳市财政局"


def test_a_town_or_street_office_speaks_for_its_township():
    from policykg.loaders.document import parse_document
    doc = parse_document("闵行区七宝镇人民政府关于加强小型建设工程管理的意见\n各村委会、居委会:\n一、加强管理。(一)镇规建办负责审批。\n"
                         "闵行区七宝镇人民政府\n2020年5月6日\n", source="qibao.txt")
    assert (doc.jurisdiction.name, doc.jurisdiction.level) == ("七宝镇", "township")
    assert doc.jurisdiction.parents[-1] == "闵行区"


def test_a_party_committees_general_office_run_together_with_the_governments_is_two_issuers():
    from policykg.loaders.structure.issuers import _run_together
    assert _run_together("中共山东省委办公厅山东省人民政府办公厅") == ("中共山东省委办公厅", "山东省人民政府办公厅")


def test_a_standing_note_is_no_unit_and_speaks_of_the_collective_the_list_before_it_names():
    from policykg.loaders.document import parse_document
    text = ("海关总署等关于进一步促进航空口岸通关便利化的若干措施\n一、提升效率\n"
            "(一)强化保障。提高效率。(交通运输部、海关总署、国家移民局和各地方人民政府按职责分工负责。以下均需地方人民政府负责,不再列出)\n"
            "(二)提高效率。加快通关。(交通运输部、海关总署按职责分工负责)\n")
    doc = parse_document(text, source="x.txt")
    assert [[r.normalized for r in m.responsible] for m in doc.measures] == [
        ["交通运输部", "海关总署", "国家移民管理局", "各地方人民政府"], ["各地方人民政府", "交通运输部", "海关总署"]]


def test_a_townships_own_offices_are_the_townships_and_its_street_office_signs_through_the_district_government():
    from policykg.loaders.document import parse_document
    doc = parse_document("关于印发《东明路街道老旧住宅小区物业达标补贴实施办法》的通知\n相关物业、居委:\n现将办法印发给你们。\n"
                         "上海市浦东新区人民政府东明路街道办事处\n2023年2月24日\n东明路街道老旧住宅小区物业达标补贴实施办法\n"
                         "一、考核\n(一)由社区管理办会同城运中心负责考核。\n(二)区房管局负责指导。\n", source="dongminglu.md")
    assert doc.issuer == ("上海市浦东新区人民政府东明路街道办事处",) and doc.jurisdiction.name == "东明路街道"
    units = {r.name: r.normalized for m in doc.measures for r in m.responsible}
    assert units["社区管理办"] == "浦东新区东明路街道社区管理办公室"
    assert units["区房管局"].startswith("浦东新区") and "东明路" not in units["区房管局"]


def test_a_schedule_label_ends_a_unit_list_and_a_square_bracket_is_read_once():
    fujian = Jurisdiction("福建省", "province", ())
    got = resp("(一)确定统一的执法信息公示平台。责任单位:各级人民政府,平潭综合实验区管委会进度安排:2019年12月底前", fujian, (), "plan")
    assert [w for w, _, _ in got] == ["各级人民政府", "平潭综合实验区管委会"]
    got = resp("(二)支持农机装备产业做优做强。[责任单位:省工信厅、发改委,各市、县(区)人民政府、平潭综合实验区管委会]", fujian, (), "plan")
    assert [w for w, _, _ in got] == ["省工信厅", "发改委", "各市、县(区)人民政府", "平潭综合实验区管委会"]


def test_a_national_rules_body_in_charge_named_as_an_institution_is_the_ministry():
    got = resp("第五条国务院气象主管机构负责全国气象设施的保护工作。地方各级气象主管机构在上级气象主管机构和本级人民政府的领导下,"
               "负责本行政区域内气象设施的保护工作。", NATIONAL, ("国务院",), "regulation")
    assert [n for _, n, _ in got] == ["中国气象局", "地方各级气象主管机构"]


def test_a_heading_that_ends_in_a_layout_is_no_bureau_and_the_housing_and_state_assets_functions_have_departments():
    from policykg.loaders.gazetteers.agency_names import is_agency
    assert not is_agency("统筹空间布局") and not is_agency("优化产业格局")
    assert is_agency("国家安全局") and is_agency("科技创新局")
    shanghai = Jurisdiction("上海市", "province", ())
    got = resp("市、区房屋管理部门认定的单位租赁房统一纳入管理。由区房屋管理部门统一认定后,纳入保障性租赁住房管理。"
               "对市、区国有企业参与的上述专项工作任务,由市、区国资监管部门按照管理权限,纳入考核范围。", shanghai, ("上海市人民政府办公厅",), "plan")
    assert {"上海市各区房屋管理局", "上海市各区国有资产监督管理委员会"} <= {n for _, n, _ in got}


def test_a_list_of_departments_set_off_by_a_comma_before_its_verb():
    beijing = Jurisdiction("北京市", "province", ())
    got = resp("第六条人力资源和社会保障部门负责一卡通服务管理工作。\n发展改革、教育、民政、财政、文物、园林绿化等有关部门,按照职责分工做好"
               "一卡通的业务应用工作。", beijing, ("北京市人民代表大会常务委员会",), "regulation")
    assert [n for _, n, _ in got] == ["北京市人力资源和社会保障局", "北京市发展和改革委员会", "北京市教育委员会", "北京市民政局",
                                      "北京市财政局"]


def test_a_clause_that_opens_with_a_verb_or_a_time_word_names_no_unit():
    from policykg.loaders.facts.unit_lists import _NOT_IN_NAME
    for clause in ("开展长三角政务服务一网通办", "建立健全政府", "落实山西省金融办", "其中旅游景区的公厕", "每年区党群工作部", "继续推进与市规划资源局"):
        assert _NOT_IN_NAME.search(clause), clause
    for name in ("开发区管委会", "建设局", "落户服务中心"):
        assert not _NOT_IN_NAME.search(name), name
