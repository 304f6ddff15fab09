"""Session 19 rules (issue 13), each from a convention seen in real documents of the development corpus."""
from __future__ import annotations

import sys

sys.path.insert(0, "tests")
from test_responsibility import Jurisdiction, resp  # noqa: E402

NATIONAL = Jurisdiction("全国", "national", ())
CHONGMING = Jurisdiction("崇明区", "district", ("上海市",))


def test_subjects_that_must_work_with_partners_all_act():
    got = resp("（二十二）总结推广经验。选择有条件的地区和行业。发展改革委、财政部要会同环境保护部、住房城乡建设部等部门，"
               "密切跟踪改革进展情况。", NATIONAL, ("国务院办公厅",), "opinion")
    assert [n for _, n, _ in got] == ["国家发展和改革委员会", "财政部", "环境保护部", "住房和城乡建设部"]
    assert {r for _, _, r in got} == {"co"}


def test_the_partner_list_ends_where_the_verb_phrase_begins():
    got = resp("（三）强化督查。区综治办要会同区公安分局结合贯彻落实中央办公厅、国务院办公厅印发的《健全落实社会治安综合治理"
               "领导责任制规定》,加强督查。", CHONGMING, ("上海市崇明区人民政府",), "plan")
    assert [w for w, _, _ in got] == ["区综治办", "区公安分局"]


def test_a_function_word_glued_before_a_located_platform_is_no_part_of_its_name():
    from policykg.loaders.entities.orgs import find_orgs
    from policykg.loaders.normalize import fold

    def platforms(text):
        return [f.name for f in find_orgs(fold(text)) if f.kind == "platforms"]
    assert platforms("各部门信息子平台接入区数据局,供青浦区土方管理平台调取使用。") == ["青浦区土方管理平台"]
    assert platforms("通过前以国家政务服务平台为总枢纽,实现数据共享。") == ["国家政务服务平台"]
    assert platforms("(含天河区港澳青年之家总部基地)") == ["天河区港澳青年之家总部基地"]


def test_a_tiers_trade_association_as_the_subject_of_a_duty():
    chuzhou = Jurisdiction("滁州市", "city", ("安徽省",))
    got = resp("（三）发挥行业协会桥梁作用。加强自律。市房地产行业协会要建立房地产经纪(中介)人员实名认证系统。", chuzhou,
               ("滁州市人民政府",), "funding_measures")
    assert [n for _, n, _ in got] == ["滁州市房地产行业协会"]


def test_a_share_followed_by_its_cap_is_money():
    from policykg.loaders.facts.amounts import parse_amounts
    from policykg.loaders.normalize import fold
    got = parse_amounts(fold("给予本科毕业生购房款10%最高20万元的购房补贴;给予大专(含高职院校)毕业生购房款8%最高20万元的购房补贴;"))
    assert [(a.kind, a.text) for a in got] == [("ratio", "10%"), ("cap", "最高20万元"), ("ratio", "8%"), ("cap", "最高20万元")]


def test_a_collective_that_regularly_does_a_task_is_its_subject():
    nanjing = Jurisdiction("南京市", "city", ("江苏省",))
    got = resp("（四）积极稳妥推动制度改革创新\n鼓励制度规则创新。优化市场准入环境,各市级部门定期评估本领域现行规则,结合新业态需要适时动态调整。",
               nanjing, ("南京市人民政府",), "plan")
    assert [w for w, _, _ in got] == ["各市级部门"]


def test_the_texts_own_court_and_procuratorate_by_tier():
    shanghai = Jurisdiction("上海市", "province", ())
    got = resp("（十六）加强法治宣传。纳入基层普法。（责任单位：市司法局、市高院、市检察院）", shanghai, (), "opinion")
    assert [n for _, n, _ in got] == ["上海市司法局", "上海市高级人民法院", "上海市人民检察院"]
    shenyang = Jurisdiction("沈阳市", "city", ("辽宁省",))
    got = resp("（三）联合惩戒。法院、检察院要依法打击拒不执行的违法行为。", shenyang, (), "plan")
    assert [n for _, n, _ in got] == ["沈阳市中级人民法院", "沈阳市人民检察院"]


def test_each_lower_tiers_bureau_is_a_collective_subject():
    shandong = Jurisdiction("山东省", "province", ())
    got = resp("（四）加强监管。各市财政局负责对补贴资金拨付进行监管。各市市场监督管理局负责加强换新家电产品质量和价格监管。",
               shandong, (), "plan")
    assert [n for _, n, _ in got] == ["山东省各市财政局", "山东省各市市场监督管理局"]


NATIONAL_TEXT = ("国务院办公厅",)


def test_provinces_regions_and_municipalities_are_one_collective_that_may_act():
    from policykg.loaders.facts.unit_lists import split_units
    assert [u[0] for u in split_units("各省、自治区、直辖市和新疆生产建设兵团")] == ["各省、自治区、直辖市和新疆生产建设兵团"]
    got = resp("二、动态调整。各省、自治区、直辖市可根据法律立改废释和地方实际调整。", NATIONAL, NATIONAL_TEXT, "notice")
    assert got == [("各省、自治区、直辖市", "各省、自治区、直辖市人民政府", "co")]
    got = resp("（一）完善机制。煤电容量电价提升。省级价格主管部门可对天然气发电建立容量电价机制。", NATIONAL, NATIONAL_TEXT, "notice")
    assert [w for w, _, _ in got] == ["省级价格主管部门"]


def test_a_verb_before_a_company_suffix_makes_a_common_noun():
    from policykg.loaders.entities.orgs import find_orgs
    from policykg.loaders.normalize import fold
    text = fold("实施差异化监管政策,努力实现银行保险机构全覆盖。将推进乡村振兴工作情况纳入公司年度分类评价依据。支持中国建设银行开展帮扶。")
    assert [f.name for f in find_orgs(text) if f.kind == "enterprises"] == ["中国建设银行"]


def test_a_leader_named_as_comrade_at_the_core_is_a_person():
    from policykg.loaders.context import DocContext
    from policykg.loaders.facts.people import extract_people
    from policykg.loaders.normalize import normalize
    ctx = DocContext("t", normalize("党的十八大以来,以习近平同志为核心的党中央把打赢脱贫攻坚战作为全面建成小康社会的底线任务。"))
    assert [p.name for p in extract_people(ctx, None)] == ["习近平"]


def test_a_program_word_inside_a_longer_word_ends_no_program():
    from policykg.loaders.entities.programs import find_programs
    from policykg.loaders.normalize import fold
    assert [f.name for f in find_programs(fold("深入实施数字技术工程师培育项目,培养一批人才。实施人才强市工程,建设。"))] == ["人才强市工程"]


def test_a_regulations_paired_tiers_name_each_tiers_government_or_department():
    from policykg.loaders.facts.unit_lists import split_units
    assert [u[2] for u in split_units("市和区、县(市)人民政府")] == ["市人民政府", "各区、县(市)人民政府"]
    assert [u[2] for u in split_units("市、区县(自治县)人民政府")] == ["市人民政府", "各区县(自治县)人民政府"]
    hangzhou = Jurisdiction("杭州市", "city", ("浙江省",))
    got = resp("第四条 市和区、县(市)人民政府科学技术行政部门负责科学技术进步工作的统筹协调。", hangzhou,
               ("杭州市人民代表大会常务委员会",), "regulation")
    assert [n for _, n, _ in got] == ["杭州市科学技术局", "杭州市各区、县(市)科学技术局"]


def test_a_patent_administration_is_the_intellectual_property_office():
    chongqing = Jurisdiction("重庆市", "province", ())
    got = resp("第八条 市专利管理部门应当建立知识产权公共信息平台,组建相关专利检索服务机构。", chongqing,
               ("重庆市人民代表大会常务委员会",), "regulation")
    assert [n for _, n, _ in got] == ["重庆市知识产权局"]


def test_a_municipalitys_education_and_science_bodies_are_commissions():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.loaders.gazetteers.places import Jurisdiction as Place
    shanghai, chongqing = AgencyResolver(Place("上海市", "province")), AgencyResolver(Place("重庆市", "province"))
    assert shanghai.normalize("教育部门") == "上海市教育委员会"
    assert shanghai.normalize("市科技部门") == "上海市科学技术委员会"
    assert chongqing.normalize("教育部门") == "重庆市教育委员会"
    assert AgencyResolver(Place("杭州市", "city", ("浙江省",))).normalize("教育部门") == "杭州市教育局"


def test_an_article_whose_government_leads_the_work_and_a_health_and_family_planning_department():
    from policykg.loaders.context import DocContext
    from policykg.loaders.facts.responsibility import extract_responsible
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.loaders.normalize import normalize
    from policykg.loaders.structure.spans import MeasureSpan
    text = "第三条 市、区人民政府领导本行政区域内的人口与计划生育工作。\n\n市、区卫生和计划生育行政部门负责本行政区域内的计划生育工作。"
    ctx = DocContext("t", normalize(text))
    span = MeasureSpan("第三条", "", 0, len(ctx.text), (), "regulation")
    got = [r.normalized for r in extract_responsible(ctx, span, AgencyResolver(Jurisdiction("北京市", "province", ())))]
    assert got == ["北京市人民政府", "北京市各区人民政府", "北京市卫生和计划生育委员会", "北京市各区卫生和计划生育委员会"]
    text = "第二十六条 申报材料经审核后报分管区领导审定。"
    ctx = DocContext("t", normalize(text))
    span = MeasureSpan("第二十六条", "", 0, len(ctx.text), (), "regulation")
    assert extract_responsible(ctx, span, AgencyResolver(Jurisdiction("光明区", "district", ("深圳市",)))) == ()


def test_districts_and_counties_departments_are_one_collective():
    from policykg.loaders.facts.unit_lists import split_units
    assert [u[2] for u in split_units("区、县司法行政部门")] == ["各区、县司法行政部门"]
    assert [u[2] for u in split_units("县(市、区)财政部门")] == ["各县(市、区)财政部门"]
    shanghai = Jurisdiction("上海市", "province", ())
    got = resp("第六条 区、县司法行政部门应当与监管场所建立信息沟通和工作联系机制。", shanghai, (), "regulation")
    assert [n for _, n, _ in got] == ["上海市各区、县司法局"]


def test_a_notice_that_names_support_and_sets_sums_is_a_funding_text():
    from policykg.loaders.structure.doctype import classify
    assert classify("北京市商务局关于征集2026年支持商场、商街、商圈品质提升项目的通知", "单个项目不超过500万元。") == "funding_measures"
    assert classify("关于调整住房公积金个人住房贷款业务有关规定的通知", "最高贷款额度调整为60万元。") == "funding_measures"
    assert classify("关于做好2026年春节假期安排的通知", "放假7天。") == "notice"
    assert classify("关于印发《福州海关支持平潭新一轮开放开发十二条措施任务分解方案》的通知", "") == "action_plan"


def test_joint_issuers_whose_names_ran_together_are_split():
    from policykg.loaders.structure.issuers import _run_together
    assert _run_together("国家发展改革委国家能源局") == ("国家发展改革委", "国家能源局")
    assert _run_together("龙岩市工业和信息化局中共龙岩市委文明办") == ("龙岩市工业和信息化局", "中共龙岩市委文明办")
    assert _run_together("苏州市吴中区发展和改革委员会苏州市吴中区工业和信息化局") == ("苏州市吴中区发展和改革委员会", "苏州市吴中区工业和信息化局")
    assert _run_together("上海市发展和改革委员会") == ("上海市发展和改革委员会",)
    assert _run_together("中共上海市委办公厅") == ("中共上海市委办公厅",)


def test_a_zone_named_in_an_unsigned_text_is_the_form_it_repeats():
    from policykg.loaders.structure.jurisdiction import _unsigned_place
    text = ("岚综管综〔2015〕59号平潭综合实验区管委会关于加快推进建设的实施意见。推进平潭综合实验区建设。实验区各部门要落实。"
            "实验区重点项目。实验区产业。实验区交通。")
    assert _unsigned_place(text, "").name == "平潭综合实验区"


def test_a_benefits_limit_is_a_cap_and_a_thousands_separator_is_inside_the_number():
    from policykg.loaders.facts.amounts import parse_amounts
    from policykg.loaders.normalize import fold
    got = parse_amounts(fold("(三)项目结算,基金最高支付限额为职工参保人员每人每月1,000元;费用限额标准为每人每天120元。"))
    assert [(a.kind, a.value_yuan) for a in got] == [("cap", 1000.0), ("cap", 120.0)]
    got = parse_amounts(fold("户籍家庭公共租赁住房保障收入准入限额基准为家庭年人均收入49952元。"))
    assert got == []


def test_a_department_named_by_the_work_it_manages():
    from policykg.loaders.context import DocContext
    from policykg.loaders.facts.responsibility import extract_responsible
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.loaders.normalize import normalize
    from policykg.loaders.structure.spans import MeasureSpan
    resolver = AgencyResolver(Jurisdiction("宁波市", "city", ("浙江省",)))
    text = "第四条 市和县(市)、区人民政府管理专利工作的部门负责本行政区域内的专利管理。"
    ctx = DocContext("t", normalize(text))
    got = [r.normalized for r in extract_responsible(ctx, MeasureSpan("第四条", "", 0, len(ctx.text), (), "regulation"), resolver)]
    assert got == ["宁波市知识产权局", "宁波市各县(市)、区知识产权局"]
    assert resolver.normalize("管理专利工作的部门") == "宁波市知识产权局"


def test_approval_service_and_natural_resources_planning_are_functions():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.loaders.gazetteers.places import Jurisdiction as Place
    binzhou = AgencyResolver(Place("滨州市", "city", ("山东省",)))
    assert binzhou.normalize("行政审批服务部门") == "滨州市行政审批服务局"
    assert binzhou.normalize("自然资源规划部门") == "滨州市自然资源和规划局"


def test_a_national_texts_ministry_by_function_and_its_tiers_bodies():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.loaders.gazetteers.places import Jurisdiction as Place
    national = AgencyResolver(Place("全国", "national"))
    assert national.is_agency("国务院民政部门") and national.normalize("国务院民政部门") == "民政部"
    assert national.normalize("国务院人力资源社会保障行政部门") == "人力资源和社会保障部"
    assert national.normalize("县级以上地方人民政府民政部门") == "县级以上地方各级人民政府民政部门"
    assert national.normalize("县级人民政府退役军人工作主管部门") == "各县级人民政府退役军人工作主管部门"
    assert AgencyResolver(Place("宁波市", "city", ("浙江省",))).normalize("县级人民政府") != "各县级人民政府"


def test_an_increase_by_a_share_and_a_multiple_of_an_income_are_money():
    from policykg.loaders.facts.amounts import parse_amounts
    from policykg.loaders.normalize import fold
    got = parse_amounts(fold("第十六条 获得勋章或者国家荣誉称号的,增发40%;获得中央军事委员会授予荣誉称号的,增发35%;"))
    assert [(a.kind, a.ratio) for a in got] == [("ratio", 0.4), ("ratio", 0.35)]
    got = parse_amounts(fold("按照烈士牺牲时上一年度全国城镇居民人均可支配收入30倍的标准发给其遗属。"))
    assert [(a.kind, a.ratio) for a in got] == [("ratio", 30.0)]


def test_units_that_label_their_own_tasks_in_a_run_on_list():
    shandong = Jurisdiction("山东省", "province", ())
    got = resp("二、提报资料的部门及相关内容\n省应急厅:地震易发区应急避难设施建设等相关工作迎查资料。省教育厅:地震易发区大中小学校舍加固"
               "等相关工作迎查资料。联系人:张三,电话:0531-1234567。", shandong, ("山东省发展和改革委员会",), "notice")
    assert [n for _, n, _ in got] == ["山东省应急管理厅", "山东省教育厅"]


def test_the_levels_before_the_departments_name_no_unit():
    shandong = Jurisdiction("山东省", "province", ())
    got = resp("一、提高政治站位,落实工作责任。黄河防凌事关大局,各级、各有关部门要深入学习贯彻重要论述精神。", shandong,
               ("山东省人民政府办公厅",), "notice")
    assert [n for _, n, _ in got] == ["山东省各有关部门"]


def test_leaders_named_after_their_post_or_sharing_a_title():
    from policykg.loaders.context import DocContext
    from policykg.loaders.facts.people import extract_people
    from policykg.loaders.normalize import normalize

    def people(text):
        return [(p.name, p.role) for p in extract_people(DocContext("t", normalize(text)), None)]
    assert people("省委、省政府高度重视,省委书记刘家义,省委副书记、省长李干杰提出明确要求。") == [("刘家义", "省委书记"), ("李干杰", "省长")]
    assert people("温家宝总理、曾培炎、回良玉副总理和陈至立国务委员都作出了重要批示。") == [
        ("温家宝", "总理"), ("曾培炎", "副总理"), ("回良玉", "副总理"), ("陈至立", "国务委员")]
    assert people("拨打市长热线,或写信到区长信箱。") == []


def test_a_body_given_a_departments_name_by_the_text():
    from policykg.loaders.facts.defined_names import defined_units
    assert defined_units("市住房保障办公室(以下称市住房保障部门)是具体实施机构。") == {"市住房保障部门": "市住房保障办公室"}
    assert defined_units("市和区、县(市)人民政府科学技术行政部门(以下简称科技行政部门)负责统筹。") == {}


def test_a_function_list_closed_by_the_governments_functional_departments():
    from policykg.loaders.facts.unit_lists import split_units
    got = [u[2] for u in split_units("发展改革、财政、公安、审计等政府相关职能部门")]
    assert got == ["发展改革部门", "财政部门", "公安部门", "审计部门"]


def test_a_body_asked_for_instructions_only_approves():
    guangzhou = Jurisdiction("广州市", "city", ("广东省",))
    got = resp("第六条 确需调整的,经专题请示市人民政府同意后实施。", guangzhou, ("广州市人民政府办公厅",), "regulation")
    assert got == []


def test_a_local_texts_public_security_organ_is_its_bureau():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.loaders.gazetteers.places import Jurisdiction as Place
    assert AgencyResolver(Place("广州市", "city", ("广东省",))).normalize("公安机关") == "广州市公安局"
    assert AgencyResolver(Place("上海市", "province")).normalize("公安机关") == "上海市公安局"
    assert AgencyResolver(Place("全国", "national")).normalize("公安机关") == "公安机关"
