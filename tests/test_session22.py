"""Conventions added in session 22 (issue 13), each seen in a batch of real documents scored blind first."""
from __future__ import annotations

from policykg.loaders.document import parse_document
from policykg.loaders.facts.amounts import parse_amounts
from policykg.loaders.facts.unit_lists import split_units
from policykg.loaders.gazetteers.agencies import AgencyResolver
from policykg.loaders.structure.doctype import classify
from policykg.loaders.structure.jurisdiction import Jurisdiction

AMENDED = ("# 某市保障残疾人合法权益的若干规定\n\n"
           "1994年8月19日 某市第十一届人民代表大会常务委员会第九次会议通过\n\n"
           "1994年10月13日 山东省第八届人民代表大会常务委员会第十次会议批准\n\n"
           "2013年7月19日 济南市第十五届人民代表大会常务委员会第九次会议第二次修订\n\n"
           "2013年9月29日 山东省第十二届人民代表大会常务委员会第四次会议批准\n\n"
           "第一条 为保障残疾人合法权益,制定本规定。\n\n"
           "第二条 市、县(市、区)人民政府应当加强对残疾人工作的领导。\n")


def test_a_regulation_is_issued_and_dated_by_its_own_congress_at_its_last_revision():
    """The city's congress that revised it last, not its first passage nor the province's approval."""
    doc = parse_document(AMENDED.replace("某市", "济南市"))
    assert doc.date == "2013-07-19"
    assert doc.issuer == ("济南市第十五届人民代表大会常务委员会",)
    assert doc.doc_type == "other"  # 若干规定 of rights, no support: a regulation


def test_a_revision_written_as_the_amending_decision_and_a_later_passage():
    text = ("# 某市科学技术进步条例\n\n"
            "2014年8月22日 洛阳市第十四届人民代表大会常务委员会第五次会议通过\n"
            "2014年9月26日 河南省第十二届人民代表大会常务委员会第十次会议批准\n"
            "2019年5月9日 洛阳市第十五届人民代表大会常务委员会第七次会议通过\n"
            "2019年7月26日 河南省第十三届人民代表大会常务委员会第十一次会议批准的《关于修改〈某条例〉的决定》修正\n\n"
            "第一条 为促进科学技术进步,制定本条例。\n第二条 市、县(市、区)人民政府应当将科学技术进步工作纳入规划。\n")
    doc = parse_document(text)
    assert (doc.date, doc.issuer) == ("2019-05-09", ("洛阳市第十五届人民代表大会常务委员会",))
    text = ("# 青岛市实施某法办法\n\n"
            "2008年12月26日 青岛市第十四届人民代表大会常务委员会第七次会议通过\n"
            "2017年10月27日 青岛市第十六届人民代表大会常务委员会第四次会议《关于修改〈青岛市古树名木保护管理办法〉等十二件地方性法规的决定》修正\n\n"
            "第一条 为实施某法,制定本办法。\n")
    assert parse_document(text).date == "2017-10-27"


def test_a_state_council_decree_line_in_brackets():
    text = ("乡镇煤矿管理条例\n"
            "(1994年12月20日以国务院令第169号发布实施 根据2013年7月18日国务院令第638号《国务院关于废止和修改部分行政法规的决定》修改)\n"
            "第一条 为了加强乡镇煤矿的行业管理,制定本条例。\n"
            "第七条 国务院煤炭工业主管部门和县级以上地方人民政府负责管理煤炭工业的部门是乡镇煤矿的行业管理部门(以下统称煤炭工业主管部门)。\n"
            "第八条 国务院煤炭工业主管部门和省、自治区、直辖市人民政府根据全国矿产资源规划编制行业开发规划和地区开发规划时,"
            "应当合理划定乡镇煤矿开采的煤炭资源范围。\n")
    doc = parse_document(text)
    assert (doc.issuer, doc.doc_number, doc.date, doc.doc_type) == (("国务院",), "国务院令第169号", "1994-12-20", "other")
    units = {m.id: [r.normalized for r in m.responsible] for m in doc.measures}
    assert not any("统称" in u for u in units["第七条"])  # a short name the text defines is no unit of its own
    assert "各省、自治区、直辖市人民政府" in units["第八条"]  # the tier after 和 is one collective


def test_a_notice_that_is_numbered_measures():
    assert classify("省工信厅:关于加快工业软件产业发展七条措施的通知", "对企业给予最高100万元奖励。") == "funding_measures"
    assert classify("某省人民政府关于推进某项工作十条措施的通知", "加强组织领导。") == "implementing_opinion"
    assert classify("某市人口与计划生育条例", "对违反规定的,处以5000元罚款,给予奖励。") == "other"
    assert classify("军人抚恤优待条例", "发给一次性抚恤金5000元。") == "funding_measures"  # the title says it pays


def test_a_province_prefecture_cities_tier():
    r = AgencyResolver(Jurisdiction("福建省", "province"))
    assert r.normalize("设区市政府") == "福建省各设区市人民政府"
    assert r.normalize("各设区市") == "福建省各设区市人民政府"


def test_a_collector_header_labels_the_title():
    text = ("产业类型:软件与互联网\n政策名:某区人力资源和社会保障局关于印发某区促进人力资源服务业发展若干措施的通知\n"
            "发布机构:广州市海珠区人力资源和社会保障局\n文号:海人社规字〔2025〕1号\n正文\n"
            "第一条 对新落户的人力资源服务企业,按其上年度营业收入给予最高30万元奖励。\n"
            "第二条 对获评国家级人力资源服务产业园的园区运营机构,给予一次性奖励50万元。\n"
            "第三条 本措施由区人力资源和社会保障局负责组织实施。\n")
    assert parse_document(text).title == "某区人力资源和社会保障局关于印发某区促进人力资源服务业发展若干措施的通知"


def test_ten_thousand_incidents_are_no_money():
    assert [a.text for a in parse_amounts("共查处交通违法2.5万起,给予奖励2万元。")] == ["2万元"]


def test_a_handling_record_answered_by_several_bureaus_point_by_point():
    text = ("标题: 关于提升小区治理能力的建议\n发布时间: 2025-12-31 11:00\n栏目: 政协提案\n"
            "==================== 正文 ====================\n"
            "18号提案案 由:关于提升小区治理能力的建议提 案 人:某委员分办单位:金井片区局、海坛片区局委员反馈:满意办复内容:"
            "(金井片区局)一是对辖区内的物业服务企业进行信用等级评价。二是制定加强物业管理的通知并印发实施。"
            "(海坛片区局)一是关于物业服务。我局将继续加强物业服务项目监督管理。二是关于业委会。我局将持续指导业主大会的筹备。"
            "三是关于议事室。我局将继续创建协商议事室。\n")
    doc = parse_document(text)
    assert doc.doc_type == "proposal_reply"
    assert [[r.name for r in m.responsible] for m in doc.measures] == [["金井片区局"]] * 2 + [["海坛片区局"]] * 3


def test_an_ocean_and_fisheries_department_in_full():
    """省海洋渔业厅 is the short form of the official 海洋与渔业厅 (局 since 2018)."""
    r = AgencyResolver(Jurisdiction("福建省", "province"))
    assert (r.normalize("省海洋渔业厅"), r.normalize("省海洋渔业局")) == ("福建省海洋与渔业厅", "福建省海洋与渔业局")


def test_an_unsigned_reply_speaks_for_its_publisher_and_a_county_governed_as_one_with_its_zone():
    """发布机构: the portal owner of a reply that signs nothing; 平潭县 and 平潭综合实验区 are one government (区县合一)."""
    body = ("==================== 正文 ====================\n事 由:关于建立完善老年健康服务体系的建议提 案 人:某代表承办单位:区社会事业局"
            "办理情况:通过出台老年健康相关文件,加强健康教育和健康管理,推动医养深度融合。下一步,将进一步健全老龄工作机制。\n")
    for publisher in ("平潭综合实验区管委会办公室", "平潭县人民代表大会常务委员会", "政协平潭县委员会"):
        doc = parse_document(f"标题: 关于建立完善老年健康服务体系的建议\n发布机构: {publisher}\n栏目: 人大议案\n" + body)
        assert doc.jurisdiction.name == "平潭综合实验区", publisher
    doc = parse_document("标题: 关于建立完善老年健康服务体系的建议\n发布机构: 闽侯县人民代表大会常务委员会\n" + body)
    assert doc.jurisdiction.name == "闽侯县"


def test_central_carriers_provincial_companies_by_their_registered_names():
    r = AgencyResolver(Jurisdiction("福建省", "province"))
    assert [r.normalize(x) for x in ("中国电信福建分公司", "中国移动福建公司", "中国联通福建省分公司", "中国铁塔公司福建省分公司",
                                     "民航福建监管局")] == [
        "中国电信股份有限公司福建分公司", "中国移动通信集团福建有限公司", "中国联合网络通信有限公司福建省分公司",
        "中国铁塔股份有限公司福建省分公司", "中国民用航空福建安全监督管理局"]
    assert r.normalize("国网福建省电力公司") == "国网福建省电力公司"  # named in full: as written


def test_a_chapter_of_conditions_and_award_standards_holds_measures():
    """第二章 申报条件与奖励标准: the awards are measures although the chapter also sets the conditions."""
    text = ("某区支持制造业数字化发展实施细则\n第一章 总则\n第一条 根据有关规定,制定本实施细则。\n"
            "第二章 申报条件与奖励标准\n第四条 数字化转型应用奖励。\n(一)申报本项奖励需使用区数字服务平台。\n"
            "(二)奖励标准:按照设备合同金额的30%给予支持,金额最高不超过50万元。\n"
            "第五条 数字化研发奖励。对首版次软件择优给予最高不超过100万元的奖励。\n第三章 附则\n第九条 本细则自印发之日起施行。\n")
    doc = parse_document(text)
    amounts = {m.id: {a.value_yuan for a in m.amounts} for m in doc.measures}
    assert 500000 in amounts.get("第四条.(二)", amounts.get("第四条", set())) and 1000000 in amounts["第五条"]


def test_a_loan_limit_raised_to_a_sum_is_a_cap():
    kinds = [(a.kind, a.value_yuan) for a in parse_amounts("支持居民购房,新建普通商品住房贷款额度提高至80万元,存量住房贷款额度为70万元。")]
    assert kinds == [("cap", 800000.0), ("cap", 700000.0)]
    assert [a.kind for a in parse_amounts("支持居民购房,住房公积金贷款额度可提高10万元。")] == ["fixed"]  # a raise by a sum


def test_a_regulations_body_in_charge_and_a_tier_pair_before_its_partners():
    """X主管本行政区域内…工作 names X; 市、区(市)X部门以及其他有关部门 is the city's and every district's X department."""
    text = ("# 某市实施某法办法\n\n2008年12月26日 青岛市第十四届人民代表大会常务委员会第七次会议通过\n\n"
            "第一条 为实施《中华人民共和国民办教育促进法》,制定本办法。\n\n"
            "第三条 市、区(市)教育行政部门主管本行政区域内民办教育工作。\n\n"
            "市、区(市)劳动和社会保障行政部门以及其他有关部门应当按照职责做好民办教育的有关工作。\n")
    units = {r.normalized for m in parse_document(text).measures for r in m.responsible}
    assert {"青岛市教育局", "青岛市各区(市)教育局"} <= units
    assert [f for _, _, f in split_units("市、区(市)民政部门以及其他有关部门")] == ["市民政部门", "各区(市)民政部门"]


def test_a_deadline_after_the_units_and_a_role_before_by_duty():
    """(X负责,完成时间:…): the deadline is no unit; …、证监会参与按职责分工负责: 参与 is a role, not a name."""
    text = ("关于印发降低企业杠杆率工作要点的通知\n一、深入推进市场化法治化债转股\n"
            "(一)提高债转股资金募集能力。将资管产品列入白名单。(银保监会负责,完成时间:2019 年 9 月底前)\n"
            "(二)加大政策支持力度。研究完善相关政策。(国家发展改革委牵头,人民银行、证监会参与按职责分工负责,完成时间:持续推进)\n")
    units = [[r.normalized for r in m.responsible] for m in parse_document(text).measures]
    assert units == [["中国银行保险监督管理委员会"], ["国家发展和改革委员会", "中国人民银行", "中国证券监督管理委员会"]]


def test_an_autonomous_regions_body_in_its_citys_text():
    r = AgencyResolver(Jurisdiction("银川市", "city", ("宁夏回族自治区",)))
    assert r.normalize("自治区发展改革委") == "宁夏回族自治区发展和改革委员会"


def test_a_proposers_field_that_opens_with_a_group():
    text = ("标题: 关于加快新产业发展的建议\n栏目: 政协提案\n==================== 正文 ====================\n"
            "3号提案案 由:关于加快新产业发展的建议提 案 人:民革平潭支部、林学凤、李兹钿分办单位:区经济发展局委员反馈:满意"
            "办复内容:我局将积极推动新产业发展,给予企业最高300万元奖励。\n")
    assert [p.name for p in parse_document(text).people] == ["林学凤", "李兹钿"]


def test_a_companys_branch_is_one_name():
    from policykg.loaders.entities.orgs import find_orgs
    names = [f.name for f in find_orgs("规模最大的为宁夏鹏洋绿能科技有限公司灵武分公司建设的项目,由陕西省地方电力(集团)有限公司县级分公司实施。")]
    assert "宁夏鹏洋绿能科技有限公司灵武分公司" in names and "陕西省地方电力(集团)有限公司县级分公司" not in names


def test_a_zones_area_bureau_in_full():
    """金井片区局 is the usual contraction of 金井片区管理局 (an area bureau of a zone)."""
    r = AgencyResolver(Jurisdiction("平潭综合实验区", "district"))
    assert r.normalize("金井片区局") == "平潭综合实验区金井片区管理局"


def test_a_portals_publisher_label_names_the_first_of_joint_signers():
    """发布机构: X over a notice signed by X and six others, one a line: all seven issue it."""
    signers = ["广州市天河区发展和改革局", "广州市天河中央商务区管理委员会", "广州市天河区科技工业和信息化局", "广州市天河区商务局",
               "广州市天河区文化广电旅游体育局", "广州市天河区市场监督管理局"]
    text = ("发布机构:广州市天河区发展和改革局\n文号:穗天发改规字〔2025〕2号\n正文\n"
            "关于印发广州市天河区加快培育个体工商户转型升级若干政策措施的通知\n各街道办事处:\n"
            "《若干政策措施》已经区政府同意,现印发实施,请认真贯彻执行。\n\n" + "\n\n".join(signers) + "\n\n2025年4月24日\n"
            "第一条 对首次达到规模的个体工商户给予2万元支持。\n")
    assert parse_document(text).issuer == tuple(signers)


def test_a_roster_by_name_and_unit_and_by_name_and_post_with_a_note():
    """成 员:巫振江(市府办) and bare names under a post; 王  欣  人大办主任(主持财政工作), 赵  杰  安监所所长."""
    text = ("临政办函[2013]89号\n临安市人民政府办公室关于成立临安市信用建设工作领导小组的通知\n"
            "组    长:李文钢\n副组长:冯 镭\n沈 慧\n何洪明(市纪委)\n成    员:巫振江(市府办)\n李红樱(市发改局)\n"
            "领导小组下设办公室,办公室设在市发改局。\n临安市人民政府办公室\n2013年10月10日\n")
    assert [p.name for p in parse_document(text).people] == ["李文钢", "冯镭", "沈慧", "何洪明", "巫振江", "李红樱"]
    text = ("吴泾镇房屋安全隐患排查整治工作方案\n一、工作目标\n开展排查整治,各居村负责落实。\n领导小组成员名单\n"
            "组  长:王学政  党委副书记、镇长\n成  员:周煜斌  党政办主任\n王  欣  人大办主任(主持财政工作)\n赵  杰  安监所所长\n"
            "各居、村行政主要负责人\n")
    assert [p.name for p in parse_document(text).people] == ["王学政", "周煜斌", "王欣", "赵杰"]


def test_a_provinces_own_office_by_its_short_name():
    """省数字办 in 福建's texts is 福建省数字福建建设领导小组办公室 (kept as a local body with its jurisdiction)."""
    for place in (Jurisdiction("福建省", "province"), Jurisdiction("福州市", "city", ("福建省",))):
        assert AgencyResolver(place).normalize("省数字办") == "福建省数字福建建设领导小组办公室"


def test_a_joint_meetings_member_units_in_an_article_and_who_submits():
    """第八条 …联席会议成员单位由A、B、C组成: each member acts; 由X提请联席会议审议: X acts; 区财政局负责…政府…: no unit
    is cut out of the duty's own words."""
    text = ("广州市花都区中小企业助保贷业务管理办法\n第一章 总则\n第一条 为规范助保贷业务,制定本办法。\n第二章 职责分工\n"
            "第八条 实行联席会议制度,对重大事项进行审议决定。联席会议成员单位由区科技工业信息化局、区发展改革局、区财政局组成,"
            "区科技工业信息化局负责联席会议的组织召集。\n"
            "第十一条 区财政局负责区助保贷业务所需政府风险补偿金的预算安排。\n"
            "第十八条 需要增加风险补偿金时,由区助保贷办公室提请联席会议审议。\n")
    units = {m.id: [r.name for r in m.responsible] for m in parse_document(text).measures}
    assert units["第八条"] == ["区科技工业信息化局", "区发展改革局", "区财政局"]
    assert units["第十一条"] == ["区财政局"] and units["第十八条"] == ["区助保贷办公室"]


def test_a_clauses_words_before_a_generic_name_make_no_platform():
    from policykg.loaders.entities.mentions import find_entities
    found = find_entities("数据汇聚至省平台,并与委应急信息平台对接,可由区疾控中心负责。")
    names = [f.name for fs in found.values() for f in fs]
    assert not any(n.startswith(("至", "与", "可由")) for n in names)


def test_an_article_that_pays_and_names_its_project_is_a_measure():
    """第三条 对…给予一次性扶持500万元(以下简称示范区扶持项目)。: support, not a definition."""
    text = ("广州市促进化妆品产业高质量发展扶持办法\n第一条 为促进化妆品产业发展,结合本市实际,制定本办法。\n"
            "第三条 对获批成为全国化妆品质量品牌提升示范区的,给予一次性扶持500万元(以下简称示范区扶持项目)。\n"
            "第四条 申报示范区扶持项目,应当提供扶持申报表。\n")
    amounts = {m.id: [a.value_yuan for a in m.amounts] for m in parse_document(text).measures}
    assert amounts.get("第三条") == [5000000.0]


def test_an_article_of_a_units_duties_and_a_general_article_that_assigns_the_work():
    """第五条 省财政厅职责如下:… names 省财政厅; 第三条 …由省科技厅、财政厅统一部署与监督,…组织实施 (in 总则) is a measure."""
    text = ("福建省科技创新券补助专项资金管理办法\n第一章 总则\n第一条 为规范创新券专项资金管理,制定本办法。\n"
            "第三条 创新券专项资金管理补助工作由省科技厅、财政厅统一部署与监督,省大仪办组织实施。\n第二章 职责分工\n"
            "第五条 省财政厅职责如下:\n(一)负责安排年度创新券专项资金预算;\n(二)负责对经费进行绩效管理。\n"
            "第六条 省科技厅职责如下:\n(一)实施绩效管理;\n(二)负责年度实施情况的监督检查。\n")
    units = {m.id: [r.normalized for r in m.responsible] for m in parse_document(text).measures}
    assert "福建省财政厅" in units.get("第五条", []) and "福建省科学技术厅" in units.get("第六条", [])
    assert "第三条" in units


def test_an_article_run_on_after_a_sentences_end():
    """…专项资金。第六条 省科技厅职责如下: the next article, glued to the last item of the one before, is cut off."""
    text = ("福建省科技创新券补助专项资金管理办法\n第一条 为规范资金管理,制定本办法。\n第五条 省财政厅职责如下:\n"
            "(一)负责安排年度专项资金预算;\n(二)鼓励设区市财政设立本级专项资金。第六条 省科技厅职责如下:\n"
            "(一)实施绩效管理;\n(二)负责年度实施情况的监督检查,依照本办法第九条处理。\n")
    units = {m.id: [r.normalized for r in m.responsible] for m in parse_document(text).measures}
    assert units.get("第五条") == ["福建省财政厅"] and units.get("第六条") == ["福建省科学技术厅"]
