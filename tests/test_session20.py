"""Session 20 rules (issue 13), each from a convention seen in real documents of the development corpus."""
from __future__ import annotations

import sys

sys.path.insert(0, "tests")
from test_responsibility import Jurisdiction, resp  # noqa: E402, F401

NATIONAL = Jurisdiction("全国", "national", ())


def test_an_unsigned_rule_that_names_the_state_councils_departments_and_the_local_tiers_is_national():
    from policykg.loaders.structure.jurisdiction import _unsigned_place
    text = ("第五条 县级以上人民政府应当加强组织领导。第六条 国务院农业农村主管部门负责全国农作物病虫害防治的监督管理工作。"
            "县级以上地方人民政府农业农村主管部门负责本行政区域农作物病虫害防治的监督管理工作。"
            "第十二条 国务院农业农村主管部门负责编制全国农作物病虫害监测网络建设规划。")
    def place(text, title):
        got = _unsigned_place(text, title)
        return getattr(got, "name", got)
    assert place(text, "农作物病虫害防治条例") == "全国"
    local = "第三条 市人民政府负责全市工作。第九条 依照国务院有关部门的规定执行。杭州市人民政府组织实施。杭州市各区县。"
    assert place(local, "杭州市某条例") == "杭州市"


def test_a_unit_given_by_the_applicants_place_and_a_rule_made_with_a_partner():
    got = resp("（一）对符合条件的烈士遗属,由其户籍所在地县级人民政府退役军人工作主管部门依据其申请,发给定期抚恤金。"
               "具体标准及其调整办法,由国务院退役军人工作主管部门会同国务院财政部门规定。", NATIONAL, ("国务院",), "regulation")
    assert [n for _, n, _ in got] == ["各县级人民政府退役军人工作主管部门", "退役军人事务部", "财政部"]
    assert [w for w, _, _ in got][0] == "县级人民政府退役军人工作主管部门"


def test_the_provinces_regions_and_municipalities_of_a_national_rule_are_one_collective():
    got = resp("（六）营业税的退税问题由省、自治区、直辖市人民政府规定。", NATIONAL, ("国务院",), "opinion")
    assert [n for _, n, _ in got] == ["各省、自治区、直辖市人民政府"]
    got = resp("（二）省、自治区、直辖市人民政府农业农村主管部门负责编制本行政区域农作物病虫害监测网络建设规划。", NATIONAL,
               ("国务院",), "opinion")
    assert [n for _, n, _ in got] == ["各省、自治区、直辖市人民政府农业农村主管部门"]


def test_a_list_that_opens_with_the_state_councils_department_shares_its_tier():
    from policykg.loaders.facts.unit_lists import split_units
    assert [u[2] for u in split_units("国务院财政部门、教育部门")] == ["国务院财政部门", "国务院教育部门"]
    assert [u[2] for u in split_units("国务院有关部门、军队有关部门和地方人民政府")][2] == "地方人民政府"
    got = resp("（一）残疾等级的具体评定标准由国务院退役军人工作主管部门会同国务院人力资源社会保障部门、卫生健康部门和军队有关部门规定。",
               NATIONAL, ("国务院",), "regulation")
    assert [n for _, n, _ in got] == ["退役军人事务部", "人力资源和社会保障部", "国家卫生健康委员会"]


def test_a_page_run_into_one_line_is_opened_at_its_paragraph_indents():
    from policykg.loaders import parse_document
    body = ("二、重点任务\u3000\u3000（一）打造工业互联网平台\u3000\u3000加快建设一批基于工业互联网的智能研发设计、先进制造与工业设计公共服务等"
            "基础平台，推动传统制造业加快数字化转型。（责任单位：省工信厅、科技厅）\u3000\u3000支持具有工业互联网基础的龙头企业，"
            "构建推动上下游集聚的全产业生态链，形成新的增长点。（责任单位：省发改委）\u3000\u3000（二）做大做强电子商务平台"
            "\u3000\u3000推动传统优势产业垂直电商平台建设，深化区域化链条化试点，扶持特色电商平台进一步发展。（责任单位：省商务厅）")
    text = ("福建省人民政府关于加快平台经济发展的实施意见\n闽政〔2019〕4号\n各设区市人民政府：\n" + "一、总体要求\u3000\u3000"
            "（一）指导思想\u3000\u3000坚持新发展理念，推动经济发展质量变革、效率变革、动力变革，为高质量发展提供有力支撑。\u3000\u3000" + body)
    doc = parse_document(text, source="fujian.txt")
    got = [(m.id, [r.normalized for r in m.responsible]) for m in doc.measures if m.responsible]
    assert got == [("二.(一).1", ["福建省工业和信息化厅", "福建省科学技术厅"]), ("二.(一).2", ["福建省发展和改革委员会"]),
                   ("二.(二)", ["福建省商务厅"])]


def test_tasks_that_each_end_with_their_own_unit_line_are_measures_and_the_preamble_is_not():
    from policykg.loaders import parse_document
    text = ("福建省人民政府关于大力推进大众创业万众创新的若干措施\n闽政〔2015〕37号\n各设区市人民政府：\n"
            "二、加快构建各具特色的众创空间\n积极推进创业创新载体建设，2017年底前建成100家以上众创空间，不断满足大众创业创新需求。\n"
            "培育一批创业示范基地。各设区市要积极争取国家小微企业创业创新基地城市示范，打造示范创业创新中心。\n"
            "责任单位：省发改委、财政厅\n"
            "创建一批创业大本营。全省各普通高等学校要利用现有教育教学资源，设立公益性大学生创业创新场所。\n"
            "责任单位：省教育厅、人社厅\n"
            "三、降低创业创新门槛\n简政放权。全面清理、调整与创业创新相关的审批、认证、收费、评奖事项。\n责任单位：省工商局\n")
    doc = parse_document(text, source="fujian.txt")
    got = [(m.id, [r.normalized for r in m.responsible]) for m in doc.measures]
    assert got == [("二.1", ["福建省发展和改革委员会", "福建省财政厅"]), ("二.2", ["福建省教育厅", "福建省人力资源和社会保障厅"]),
                   ("三", ["福建省工商行政管理局"])]


FUJIAN = Jurisdiction("福建省", "province", ())


def test_a_provinces_cities_and_counties_are_one_collective_and_a_named_zones_committee_keeps_its_name():
    got = resp("（一）加强养老服务。（责任单位：省民政厅、发改委，市、县（区）人民政府，平潭综合实验区管委会）", FUJIAN,
               ("福建省人民政府",), "plan")
    assert [n for _, n, _ in got] == ["福建省民政厅", "福建省发展和改革委员会", "福建省各市、县(区)人民政府",
                                      "平潭综合实验区管理委员会"]


def test_a_zones_committee_as_issuer_is_not_the_home_of_its_bureaus():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    r = AgencyResolver(Jurisdiction("平潭综合实验区", "district", ("福建省",)), ("平潭综合实验区管委会",))
    assert [r.normalize(n) for n in ("交通与建设局", "平潭海事局", "区国资委")] == [
        "平潭综合实验区交通与建设局", "平潭海事局", "平潭综合实验区国有资产监督管理委员会"]


def test_a_citys_counties_and_districts_are_one_collective_and_finance_is_a_function():
    changzhou = Jurisdiction("常州市", "city", ("江苏省",))
    got = resp("（七）严格落实属地主体责任。各辖市、区政府和常州经开区管委会要切实履行主体责任。", changzhou,
               ("常州市人民政府办公室",), "plan")
    assert [n for _, n, _ in got][0] == "常州市各辖市、区人民政府"
    got = resp("（四）整顿规范房地产市场秩序。发改、自然资源和规划、金融等相关部门要加强联合执法。", changzhou,
               ("常州市人民政府办公室",), "plan")
    assert [n for _, n, _ in got] == ["常州市发展和改革委员会", "常州市自然资源和规划局", "常州市地方金融监督管理局"]


def test_a_share_written_as_a_fraction_is_a_ratio():
    from policykg.loaders.facts.amounts import parse_amounts
    from policykg.loaders.normalize import fold
    got = parse_amounts(fold("（三）设备补贴。市财政补贴设备购置费用的三分之一。"))
    assert [(a.kind, a.ratio) for a in got] == [("ratio", 0.3333)]
    assert parse_amounts(fold("经三分之二以上委员同意。")) == []


def test_the_party_centres_and_the_state_councils_offices_run_together_are_two_issuers():
    from policykg.loaders.structure.issuers import _run_together
    assert _run_together("中共中央办公厅国务院办公厅") == ("中共中央办公厅", "国务院办公厅")
    assert _run_together("国务院法制办公室秘书行政司") == ("国务院法制办公室秘书行政司",)


def test_a_csv_records_cut_short_title_is_the_title_when_the_text_has_none():
    from policykg.loaders.reading.carriers import unwrap
    record = '莆田市工信局关于印发2020年工业发展专...,"\n\n各县（区）工信局：\n\n根据市政府有关文件精神，现将申报2020年工业发展专项资金有关事项通知如下：\n\n一、申报要求"\n'
    text, carrier = unwrap(record, ".csv")
    assert carrier == "csv" and text.splitlines()[0] == "莆田市工信局关于印发2020年工业发展专"
    own = '三明市商务局：关于印发三明...,"\n各县（市、区）人民政府：\n现将《三明市招商引资项目引荐人奖励办法》印发你们，请认真遵照执行。\n三明市招商引资项目引荐人奖励办法\n第一条 为鼓励引荐。"\n'
    assert unwrap(own, ".csv")[0].splitlines()[0] == "各县（市、区）人民政府："


def test_a_js_template_literal_is_a_carrier():
    from policykg.loaders.reading.carriers import unwrap
    body = "第一条 为规范生产安全事故应急预案管理工作，制定本办法。" * 12
    text, carrier = unwrap("const article3 = `<p>生产安全事故应急预案管理办法</p>\n<p>" + body + "</p>`;\n", ".js")
    assert carrier == "assignments" and text.startswith("<p>生产安全事故应急预案管理办法</p>")


def test_a_decree_number_on_the_orders_line_and_zero_width_joiners_do_not_hide_the_decree():
    from policykg.loaders import parse_document
    text = ("国家安全生产监督管理总局令\u3000第88号\n\u200d修订后的《生产安全事故应急预案管理办法》已经2016年4月15日国家安全生产监督管理总局"
            "第13次局长办公会议审议通过，现予公布，自2016年7月1日起施行。\n局长 杨焕宁\n2016年6月3日\u200d\n生产安全事故应急预案管理办法\n"
            "第一章 总则\n第一条 为规范生产安全事故应急预案管理工作，制定本办法。\n第二条 国家安全生产监督管理总局负责全国应急预案的综合协调管理工作。\n")
    m = parse_document(text, source="saws.txt")
    assert (m.title, m.issuer, m.doc_number, m.date) == ("生产安全事故应急预案管理办法", ("国家安全生产监督管理总局",),
                                                         "国家安全生产监督管理总局令第88号", "2016-06-03")


def test_a_list_of_sums_goes_on_after_a_semicolon():
    from policykg.loaders.facts.amounts import parse_amounts
    from policykg.loaders.normalize import fold
    got = parse_amounts(fold("第四条 获奖成果由省人民政府颁发一次性奖金，标准为：一等奖著作5万元/项，论文3万元/项；二等奖著作3万元/项，"
                             "论文1.5万元/项；三等奖著作1万元/项。"))
    assert [a.value_yuan for a in got] == [50000.0, 30000.0, 30000.0, 15000.0, 10000.0]
    got = parse_amounts(fold("审定实际支出资金在1000万元以上，且不低于计划支出资金的70%;列入台账的项目实际支出资金下限可下浮至800万元;"))
    assert all(a.value_yuan != 8000000.0 for a in got)


def test_contacts_named_before_their_telephone_number_and_a_ministers_decree_signature_are_people():
    from policykg.loaders.context import DocContext
    from policykg.loaders.facts.people import extract_people
    from policykg.loaders.normalize import normalize
    text = ("六、联系方式\n1.指南业务咨询：金文敏、王  倩，020-87584786、87567870\n2.系统技术支持：黄培锟，020-83163338\n"
            "市商务局电商科：冯素萍 ，电话：8271016\n财务科：办公室，电话：8271017\n局长   杨焕宁\n")
    got = [(p.name, p.role) for p in extract_people(DocContext("d", normalize(text)), None)]
    assert sorted(got) == sorted([("金文敏", "联系人"), ("王倩", "联系人"), ("黄培锟", "联系人"), ("冯素萍", "联系人"),
                                  ("杨焕宁", "局长")])


def test_a_national_rules_tiers_of_a_department_are_each_tiers():
    from policykg.loaders.gazetteers.ministries import national_form
    assert national_form("县级以上地方市场监督管理部门") == "县级以上地方各级市场监督管理部门"
    assert national_form("县级以上地方各级安全生产监督管理部门") == "县级以上地方各级安全生产监督管理部门"
    assert national_form("省级市场监督管理部门") == "省级市场监督管理部门"  # GOLD-GUIDE: national collectives stay as written


def test_a_plan_numbered_by_decimals_has_its_sections_as_measures():
    from policykg.loaders import parse_document
    from policykg.loaders.structure.headings import parse_heading
    assert [(h.level, h.label, h.number) for h in map(lambda t: parse_heading(t, 0), ("2组织指挥体系", "2.1国家层面组织指挥机构",
                                                                                      "3.2.1预警分级"))] == [(1, "2", 2), (2, "2.1", 1), (3, "3.2.1", 1)]
    assert parse_heading("1.5万元以上的项目", 0) is None and parse_heading("4\t公用充电设施", 0) is None
    assert parse_heading("第一章总则", 0).level == 0
    from policykg.loaders.reading.files import read_text
    path = "tests/data/real/batch69/corpus/national-notice-environmental-emergency-plan-2014.txt"
    doc = parse_document(read_text(path)[0], source=path)
    assert [m.id for m in doc.measures][:6] == ["2.1", "2.2", "2.3", "3.1", "3.2.1", "3.2.2"]
    assert "环境保护部" in [r.normalized for r in doc.measures[0].responsible]


def test_a_zones_committee_and_its_office_go_by_the_committees_full_name():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    pingtan = Jurisdiction("平潭综合实验区", "district", ("福建省",))
    r = AgencyResolver(pingtan, ("平潭综合实验区管委会",))
    assert [r.normalize(n) for n in ("区管委会", "平潭综合实验区管委会办公室", "区管委会办公室")] == [
        "平潭综合实验区管理委员会", "平潭综合实验区管理委员会办公室", "平潭综合实验区管理委员会办公室"]
    r = AgencyResolver(Jurisdiction("上海市", "province", ()), ("上海市交通委员会",))
    assert r.normalize("设施养护处") == "上海市交通委员会设施养护处"


def test_a_bare_function_department_in_national_rules_is_every_county_and_higher_tiers():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    state = AgencyResolver(NATIONAL, ("国务院",), "中华人民共和国国务院令第685号")
    assert state.normalize("民政部门") == "县级以上各级人民政府民政部门"
    samr = AgencyResolver(NATIONAL, ("国家市场监督管理总局",), "国家市场监督管理总局令第49号")
    assert samr.normalize("市场监督管理部门") == "县级以上各级市场监督管理部门"
    assert samr.normalize("上级市场监督管理部门") != "县级以上各级上级市场监督管理部门"
    plain = AgencyResolver(NATIONAL, ("国务院办公厅",), "国办发〔2023〕17号")
    assert plain.normalize("民政部门") == "民政部门"


def test_a_national_body_named_by_its_port_takes_no_tier_from_the_list():
    from policykg.loaders.facts.unit_lists import split_units
    assert [u[2] for u in split_units("区交通与建设局、平潭海事局、平潭海关")] == ["区交通与建设局", "平潭海事局", "平潭海关"]
    assert [u[2] for u in split_units("市财政局、海关")] == ["市财政局", "市海关"]


def test_a_zone_titled_with_its_district_speaks_for_the_district_and_a_portals_fields_are_no_title():
    from policykg.loaders import parse_document
    text = ("政策文号：穗埔组通〔2024〕6号\n实施日期： 2024-02-08\n牵头单位：组织部\n失效日期：2025-06-27\n文件状态： 已失效\n正文\n"
            "穗埔组通〔2024〕6号\n\n广州开发区（黄埔区）促进人才高质量发展的政策措施\n为深入贯彻有关会议精神，大力建设国际人才自由港，制定本政策措施。\n"
            "一、实施企业家聚能行动\n1.遴选突出贡献企业家。每年遴选不超过20名企业家，给予最长3年免费居住权。（牵头单位：区工业和信息化局、区科技局）\n")
    doc = parse_document(text, source="huangpu.txt")
    assert (doc.title, doc.jurisdiction.name) == ("广州开发区（黄埔区）促进人才高质量发展的政策措施", "黄埔区")
    assert [r.normalized for r in doc.measures[0].responsible] == ["黄埔区工业和信息化局", "黄埔区科学技术局"]


def test_lead_units_that_share_the_work_by_their_duties_still_lead():
    got = resp("（一）落实减税降费政策。加大政策宣传力度。（牵头单位：省税务局、财政厅、发改委按职责分工负责）", FUJIAN,
               ("福建省工业和信息化厅",), "plan")
    assert [(n, r) for _, n, r in got][0] == ("国家税务总局福建省税务局", "lead")


def test_an_annexs_working_groups_led_by_one_body_with_others_taking_part_are_measures():
    got = resp("一、污染处置组。由环境保护部牵头,公安部、交通运输部、水利部等参加。主要职责:收集汇总相关数据。", NATIONAL,
               ("国务院办公厅",), "plan")
    assert [(n, r) for _, n, r in got] == [("环境保护部", "lead"), ("公安部", "co"), ("交通运输部", "co"), ("水利部", "co")]
    from policykg.loaders import parse_document
    from policykg.loaders.reading.files import read_text
    path = "tests/data/real/batch69/corpus/national-notice-environmental-emergency-plan-2014.txt"
    doc = parse_document(read_text(path)[0], source=path)
    assert sum(1 for m in doc.measures if m.lead) >= 7
