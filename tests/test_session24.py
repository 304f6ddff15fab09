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


_HANGZHOU = ("杭州市打造创业新高地行动计划\n一、主要任务\n"
             "1.加快区域空间布局。推动各区建设社区。（责任单位：市科技局、市发改委、市经信局，各区、县（市）政府。"
             "以下均需各区、县（市）政府落实，不再列出]\n"
             "2.建设高品质社区。打造社区。（责任单位：市科技局、市经信局）\n")


def test_a_bracket_closed_by_another_bracket_and_its_standing_note():
    """(责任单位:…,各区、县(市)政府。以下均需各区、县(市)政府落实,不再列出]: the bracket is read though its closer
    differs, its note is no unit, and the collective the note names (with its bracketed tier) joins every item."""
    doc = parse_document(_HANGZHOU)
    each = "杭州市各区、县(市)人民政府"
    assert _units(doc, 0) == ["杭州市科学技术局", "杭州市发展和改革委员会", "杭州市经济和信息化局", each]
    assert set(_units(doc, 1)) == {"杭州市科学技术局", "杭州市经济和信息化局", each}


def test_a_standing_note_in_lenticular_brackets_counts_from_its_own_item():
    """以下均需各区〔县、市〕政府、开发园区管委会落实: 〔〕 bracket the tiers as () would; 各 reaches the kind of zone
    after it; the item that holds the note is one of those it speaks for."""
    text = ("宁波市人民政府办公厅关于加快创业的若干意见\n甬政办发〔2026〕7号\n一、主要任务\n"
            "（一）加快区域空间布局。推动建设。（责任单位：市科技局、市发改委。列第一位的为牵头单位，下同。"
            "以下均需各区〔县、市〕政府、开发园区管委会落实，不再列出）\n"
            "（二）建设高品质社区。打造社区。（责任单位：市科技局、市经信局）\n")
    doc = parse_document(text)
    both = {"宁波市各区(县、市)人民政府", "宁波市各开发园区管理委员会"}
    assert both <= set(_units(doc, 0)) and both <= set(_units(doc, 1))
    assert [r.normalized for r in doc.measures[1].responsible if r.role == "lead"] == ["宁波市科学技术局"]


def test_units_before_the_first_comma_lead():
    """第一个逗号前为牵头单位,…,下同: a lead rule stated once, as 列第一位的为牵头单位 is."""
    text = ("南充市人工智能行动计划\n一、主要任务\n"
            "1.加大算力资源支持。扩容算力券。（责任单位：市科技局、市数据局，市委网信办；第一个逗号前为牵头单位，"
            "多个牵头部门的按照职责分工负责，下同）\n2.畅通数据要素供给。（责任单位：市数据局，市科技局）\n")
    doc = parse_document(text)
    assert [[r.normalized for r in m.responsible if r.role == "lead"] for m in doc.measures] == [
        ["南充市科学技术局"], ["南充市数据局"]]


def test_a_city_branch_of_china_mobile():
    """中国移动南充分公司: the city's branch of the provincial company, by its registered name (not 南充分有限公司)."""
    from policykg.loaders.gazetteers.state_grid import soe_branch
    assert soe_branch("中国移动南充分公司") == "中国移动通信集团四川有限公司南充分公司"
    assert soe_branch("中国移动福建公司") == "中国移动通信集团福建有限公司"


def test_a_static_page_titled_in_its_front_matter_and_signed_in_a_closing_line(tmp_path: Path):
    """---\\ntitle: X\\n--- before a page's markup titles it; 杭州市科学技术局2026年5月25日发布,征求意见截止… signs it
    (a 版记's X2021年7月6日印发 does not: that is the office that printed it)."""
    page = ("---\nlayout: default\ntitle: 杭州市打造全国创业新高地行动计划（2026—2028年）（征求意见稿）\n---\n"
            "<style>p{margin:0}</style><article><div class=\"policy-body\"><p>为贯彻落实国家行动，特制定本方案。</p>"
            "<p>一、总体目标</p><p>到2028年，建成社区100个以上，培育企业100家以上，汇聚创新创业人才30000名以上。</p>"
            "<p>二、重点举措</p><p>1.加快区域空间布局。推动建设。（责任单位：市科技局、市经信局）</p>"
            "<p>杭州市科学技术局2026年5月25日发布，征求意见截止2026年6月24日。</p></div></article>")
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    doc = read_document(p)
    assert doc.title == "杭州市打造全国创业新高地行动计划（2026—2028年）（征求意见稿）"
    assert (doc.issuer, doc.date) == (("杭州市科学技术局",), "2026-05-25")


def test_a_short_name_defined_for_a_body_whose_name_holds_he():
    """区规划和土地管理局(以下简称区规土局): the short name stands for the whole name, not for what follows 和."""
    from policykg.loaders.facts.defined_names import defined_units
    assert defined_units("区规划和土地管理局(以下简称区规土局)等部门发挥条线指导作用") == {"区规土局": "区规划和土地管理局"}
    assert defined_units("并委托上海长宁区科技服务中心(以下简称服务中心)负责") == {"服务中心": "上海长宁区科技服务中心"}


def test_a_partner_named_after_cooperate_in_a_duty_section():
    """(一)区党群工作部 核定…。…,配合区财政金融局做好…: the partner is a unit (not 配合区财政金融局)."""
    text = ("平潭综合实验区管委会办公室关于印发实施意见的通知\n三、部门职责\n"
            "（一）区党群工作部 按照标准核定我区教育系统人员控制数总量。按照文件要求，配合区财政金融局做好奖励性绩效工资总量追加工作。\n")
    assert _units(parse_document(text), 0) == ["中共平潭综合实验区工作委员会党群工作部", "平潭综合实验区财政金融局"]


def test_a_date_before_the_publicity_note_in_a_text_run_into_one_line():
    """…中国铁路南昌局集团有限公司　　2020年12月31日(此件主动公开)福建省…实施方案: the date of issue, though no
    agency's name ends right before it."""
    text = ("福建省发展和改革委员会等十七部门关于印发福建省促进砂石行业健康有序发展实施方案的通知,\"各市、县（区）人民政府，"
            "平潭综合实验区管委会：　　经省政府同意，现将《福建省促进砂石行业健康有序发展实施方案》印发给你们，请认真贯彻落实。"
            "　　福建省发展和改革委员会    福建省工业和信息化厅　　中国铁路南昌局集团有限公司　　2020年12月31日（此件主动公开）"
            "福建省促进砂石行业健康有序发展实施方案　　为深入贯彻习近平新时代中国特色社会主义思想，提出以下实施方案。"
            "　　一、推动机制砂石产业高质量发展　　（一）大力发展和推广应用机制砂石。［责任单位：省工信厅］\"\n")
    assert parse_document(text).date == "2020-12-31"


def test_a_roster_run_into_one_line_with_one_space_between_entries():
    """成 员:唐佳佳 区党群工作部副部长 朱 鹏 区宣传与影视发展部副部长 … 林 华 平潭银保监组四级主任科员: one space parts
    an entry's title from the next name (spaced two-character names too); 主任科员 is one title, not 主任 + a name."""
    text = ("平潭综合实验区管委会办公室关于成立工作领导小组的通知\n为做好工作，成立领导小组。组 长：郑晓东 区管委会副主任副组长：曾海方 "
            "区社会事业局党组书记、局长成 员：唐佳佳 区党群工作部副部长 朱 鹏 区宣传与影视发展部副部长 李 云 区政法工作部副部长 "
            "郭 云 人民银行平潭综合实验区支行副行长 林 华 平潭银保监组四级主任科员 魏 清 区妇联党组成员、副主席领导小组下设办公室。\n")
    people = parse_document(text).people
    assert [p.name for p in people] == ["郑晓东", "曾海方", "唐佳佳", "朱鹏", "李云", "郭云", "林华"]
    assert people[-1].role == "成员,平潭银保监组四级主任科员"


def test_a_body_with_its_office_or_remit_in_brackets_is_the_body():
    """市委组织部(人才办), 市委宣传部(网信办), 市政府办(金融): the body named, not its office or remit; a second
    bureau in brackets (区住房城乡建设委(房管局)) and a township's alternatives (各街镇(园区)) are left alone."""
    text = ("市政府办公室关于印发《太仓市人工智能OPC培育发展行动计划》的通知\n一、主要任务\n"
            "（一）集聚人才。（牵头单位：市委组织部（人才办），责任单位：市教育局、市政府办（金融）、市委宣传部（网信办））\n")
    doc = parse_document(text)
    assert _units(doc, 0) == ["中共太仓市委组织部", "太仓市教育局", "太仓市人民政府办公室", "中共太仓市委宣传部"]
    from policykg.loaders.gazetteers.local_names import own_form
    from policykg.schema.models import Jurisdiction
    taicang = Jurisdiction("太仓市", "county", ("江苏省", "苏州市"))
    assert own_form("各街镇(园区)", taicang) == "各街镇(园区)"


def test_a_starred_unit_leads():
    """(责任单位:*县人力社保局、县科技局): the star marks the lead and is no part of the name."""
    text = ("苍南县支持人工智能OPC创业的若干措施\n一、创业空间零成本。入驻首年免收场地租金。（责任单位：*县人力社保局、县科技局）\n")
    units = parse_document(text).measures[0].responsible
    assert [(r.name, r.normalized, r.role) for r in units] == [
        ("县人力社保局", "苍南县人力资源和社会保障局", "lead"), ("县科技局", "苍南县科学技术局", "co")]


def test_a_housing_and_construction_bureau_and_a_signature_with_its_second_plate():
    """区住房建设局 is the 住房和建设局 (深圳's districts name theirs so); 罗湖区科技和工业信息化局(乡村振兴和协作交流局)
    2026年4月24日发布 signs the text with the bureau's second plate."""
    from policykg.loaders.gazetteers.agency_names import expand_body
    assert expand_body("住房建设局") == "住房和建设局" and expand_body("住房城乡建设局") == "住房和城乡建设局"
    text = ("罗湖区支持人工智能OPC发展若干措施\n第一条 办公空间支持。对经认定的OPC给予支持。（责任单位：区科技和工业信息化局）\n"
            "第二条 安居支持。认定OPC纳入人才安居。（责任单位：区住房建设局）\n"
            "罗湖区科技和工业信息化局（乡村振兴和协作交流局）2026年4月24日发布。\n")
    doc = parse_document(text)
    assert doc.issuer == ("罗湖区科技和工业信息化局(乡村振兴和协作交流局)",) and doc.date == "2026-04-24"
    assert _units(doc, 1) == ["罗湖区住房和建设局"]


def test_joint_signers_named_by_their_short_official_names():
    """中国证监会  国资委  全国工商联 over the date: three issuers (名 the gazetteer knows, not only 局/厅/委 endings),
    and a national text."""
    text = ("关于进一步支持上市公司健康发展的通知\n证监发〔2022〕36号\n一、营造环境\n1.坚持一视同仁。\n"
            "中国证监会  国资委  全国工商联\n2022年4月11日")
    doc = parse_document(text)
    assert doc.issuer == ("中国证监会", "国资委", "全国工商联") and doc.jurisdiction.name == "全国"


def test_joint_signers_run_into_one_line_with_the_text():
    """…促进资金使用的公开、公平、公正。　　　　福建省财政厅　　福建省发展和改革委员会　　中国人民银行福州中心支行　　福建省审计厅
    　　2020年2月11日: the signers as the text spaces them apart (not 中国人民银行福州中心 / 支行福建省审计厅), the first too."""
    text = ("关于强化疫情防控重点保障企业资金支持的紧急通知,闽财金〔2020〕3号　　各设区市财政局：　　为深入贯彻落实党中央决策部署，"
            "现就有关事项通知如下。　　一、加强资金支持。各级财政部门要及时拨付贴息资金，加强监管。　　二、审计部门要加强对重点保障企业"
            "贴息贷款的跟踪审计监督，促进资金使用的公开、公平、公正。　　　　福建省财政厅　　福建省发展和改革委员会　　"
            "中国人民银行福州中心支行　　福建省审计厅　　2020年2月11日\n")
    doc = parse_document(text)
    assert doc.issuer == ("福建省财政厅", "福建省发展和改革委员会", "中国人民银行福州中心支行", "福建省审计厅")
    assert doc.date == "2020-02-11"


def test_the_doc_number_after_a_run_on_title():
    """…2019年7月17日(此件主动公开)2019年全省…改革工作要点闽审改办〔2019〕6号　　2019年,…: the plan's own 文号, though the
    text runs on (a citation in brackets or after 《》 is not)."""
    text = ("福建省审改办关于印发2019年全省推进政府职能转变深化放管服改革工作要点的通知,\"各设区市人民政府：　　现将工作要点印发给你们，"
            "请认真贯彻落实。　　福建省行政审批制度改革工作小组办公室　　2019年7月17日（此件主动公开）"
            "2019年全省推进政府职能转变深化“放管服”改革工作要点闽审改办〔2019〕6号　　2019年，全省各级各部门要坚持以习近平新时代"
            "中国特色社会主义思想为指导。　　1.深化行政审批制度改革。（责任单位：省审改办）\"\n")
    assert parse_document(text).doc_number == "闽审改办〔2019〕6号"


_REPLY = ("对省十四届人大三次会议关于加快推进和规范充电桩建设的建议（第 ...\n朱丽红代表：\n"
          "您提出的关于加快推进和规范充电桩建设的建议收悉，现答复如下：\n"
          "** 一、电动汽车充电设施建设方面**\n我省全力推动电动汽车充电基础设施建设。\n"
          "** （一）注重规划衔接，强化充电设施用地保障**\n各地市编制布局规划。省自然资源部门指导地方自然资源部门统筹安排用地。\n"
          "** （二）推进公共场所充电设施建设**\n优化城市公共充电设施布局。交通主管部门出台落实细则。\n"
          "** （三）规范电动自行车充电收费行为**\n省发展改革委按照国家相关要求，会同省市场监管局印发通知。\n"
          "下一步，将充分吸纳您的建议。\n辽宁省发展和改革委员会\n2025年5月30日")


def test_a_reply_with_bold_headings_and_a_partner_opening_a_clause():
    """** 一、…** (a space inside the Markdown bold marks) is a heading, not text with asterisks; …,会同省市场监管局印发通知
    names a unit that acts with the clause's subject."""
    from policykg.loaders.document import read_text
    path = Path(__file__).parent / "data" / "real" / "batch106" / "corpus" / "liaoning-reply-npc-ev-charging-piles-regulation-2025.md"
    assert "**" not in read_text(path)[0]
    doc = parse_document(_REPLY)
    assert {"辽宁省发展和改革委员会", "辽宁省市场监督管理局"} <= {r.normalized for m in doc.measures for r in m.responsible}


def test_units_a_clause_steers_are_no_subject():
    """我市…,统筹市发展改革委、市住建局…等多个部门,加快推进…: the departments steered are no subject (统筹市发展改革委
    is no name), nor is 城管局等多个部."""
    text = ("新郑市发展和改革委员会关于市政协提案的答复\n樊伯巍委员：\n您提出的提案收悉，现答复如下：\n一、充电桩建设基本情况\n"
            "我市印发《专案》，统筹市发展改革委、市住建局、市交通局、市城管局等多个部门，对充电站建设给予补贴支持。\n"
            "二、现行政策支持情况\n鼓励民营资本参与充电站建设。\n新郑市发展和改革委员会\n2022年8月22日")
    doc = parse_document(text)
    assert doc.measures and _units(doc, 0) == []


def test_a_range_from_zero_is_a_cap():
    """给予0至10万元补助: up to 10万元, no 0-yuan award and no floor (Hypothesis found 0至1万 giving a 0-yuan amount)."""
    from policykg.loaders.facts.amounts import parse_amounts
    assert [(a.kind, a.value_yuan, a.condition) for a in parse_amounts("给予0至10万元补助")] == [("cap", 100000.0, None)]
    assert [(a.kind, a.value_yuan) for a in parse_amounts("给予1至10万元补助")] == [("fixed", 10000.0), ("cap", 100000.0)]


def test_the_unit_a_plan_is_sent_to_for_review_acts():
    """…落实具体地块,报区绿化市容局审核; 由建设单位编制项目实施方案报区绿化市容局审核: the bureau that reviews is the unit
    (not 报区绿化市容局, not 建设单位编制项目实施方案报区绿化市容局)."""
    text = ("上海市金山区绿化和市容管理局关于印发《金山区生态公益林建设管理办法》的通知\n金绿容规〔2023〕1号\n"
            "第三条 各镇人民政府根据下达的计划，落实具体地块，报区绿化市容局审核。\n"
            "第四条 取得审核表后，由建设单位编制项目实施方案报区绿化市容局审核。\n")
    doc = parse_document(text)
    assert "金山区绿化和市容管理局" in _units(doc, 0)
    assert _units(doc, 1) == ["金山区绿化和市容管理局"]


def test_a_municipality_names_its_housing_body_a_commission():
    """住房城乡建设部门 in 北京's (天津's, 重庆's) texts is the 住房和城乡建设委员会, in 上海's the 住房和城乡建设管理委员会
    (a city's elsewhere is a 局); 市规划委 is the 规划委员会."""
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.schema.models import Jurisdiction
    beijing = AgencyResolver(Jurisdiction("北京市", "province"))
    assert beijing.normalize("住房城乡建设部门") == "北京市住房和城乡建设委员会"
    assert beijing.normalize("市规划委") == "北京市规划委员会"
    assert AgencyResolver(Jurisdiction("上海市", "province")).normalize("市住房城乡建设部门") == "上海市住房和城乡建设管理委员会"
    assert AgencyResolver(Jurisdiction("苏州市", "city", ("江苏省",))).normalize("市住房城乡建设部门") == "苏州市住房和城乡建设局"


def test_a_one_tier_bracket_in_lenticular_brackets():
    """(责任单位:省工业和信息化厅,各市、县〔区〕政府): 县〔区〕 as 县(区), the name the scorer and the golds compare."""
    text = ("江西省人民政府关于做好疫情防控的实施意见\n赣府发〔2020〕6号\n一、加快复工\n"
            "（一）推动企业复工。（责任单位：省工业和信息化厅，各市、县〔区〕政府）\n")
    assert _units(parse_document(text), 0) == ["江西省工业和信息化厅", "江西省各市、县(区)人民政府"]


def test_a_responsibility_bracket_in_lenticular_brackets():
    """〔责任单位:市科技局,…、各县(市、区)政府〕: a bracket in 〔〕 is read as one in (), and its closer is no part of a
    name (was 各县(市、区)政府〕)."""
    text = ("南充市人工智能行动计划\n一、主要任务\n"
            "4.高水平建设社区。打造社区。〔责任单位：市科技局，市经信局、各县（市、区）政府〕\n"
            "5.提供服务。（责任单位：市科技局、市司法局）\n")
    assert _units(parse_document(text), 0) == ["南充市科学技术局", "南充市经济和信息化局", "南充市各县(市、区)人民政府"]


def test_a_body_named_with_its_offices_is_the_body():
    """市总工会机关, 团市委机关: the body (南充市总工会, 共青团南充市委员会); 行政机关 is no body's name."""
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.schema.models import Jurisdiction
    r = AgencyResolver(Jurisdiction("南充市", "city", ("四川省",)))
    assert [r.normalize(n) for n in ("市总工会机关", "团市委机关", "行政机关")] == ["南充市总工会", "共青团南充市委员会", "行政机关"]


def test_an_article_whose_items_each_open_with_a_unit():
    """第十一条 区政府工作部门按照职责分工依法履行消防工作职责。(一)区应急管理局负责… (二)区发展和改革委员会应当…: each
    item gives its unit duties, so each is a measure (第十一条.(一) …), as items titled by a unit are."""
    items = "".join(f"（{n}）区{u}负责本行业消防安全工作。\n" for n, u in zip("一二三四", ("应急管理局", "教育局", "民政局", "财政局")))
    text = ("上海市徐汇区人民政府办公室关于印发《徐汇区消防安全责任制实施细则》的通知\n"
            "第十条 区政府工作部门应当在各自职责范围内履行消防工作职责。\n"
            "第十一条 区政府工作部门按照职责分工依法履行消防工作职责。\n" + items)
    doc = parse_document(text)
    assert [m.id for m in doc.measures][-4:] == ["第十一条.(一)", "第十一条.(二)", "第十一条.(三)", "第十一条.(四)"]
    assert _units(doc, len(doc.measures) - 1) == ["徐汇区财政局"]


def test_a_letter_answers_its_addressee_as_you():
    """…的批复区自然资源服务中心:你中心呈报的…; 同意由你中心负责…, 你中心要抓紧…: 你中心 is the centre the 批复 answers (its
    salutation may run inline after the title, and a centre or company may be addressed)."""
    text = ("平潭综合实验区管委会关于启动SC202100012地块土地收储前期工作的批复区自然资源服务中心：你中心呈报的《关于启动地块土地收储"
            "前期工作的请示》收悉。经研究，现批复如下：\n一、同意由你中心负责SC202100012地块土地收储前期工作。\n"
            "二、按区自然资源与生态环境局出具的地块红线图实施收储。\n三、你中心要抓紧对该项目用地进行收储。\n"
            "平潭综合实验区管理委员会\n2021年6月15日")
    doc = parse_document(text)
    assert _units(doc, 0) == ["平潭综合实验区自然资源服务中心"] and _units(doc, 2) == ["平潭综合实验区自然资源服务中心"]


def test_a_run_on_head_with_its_issuer_twice_and_a_short_prefix_after_a_full_name():
    """山东省自然资源厅山东省自然资源厅关于商请会签鲁政发〔2017〕36号文件清理意见的函省教育厅…: the title runs from the repeated
    issuer (a cited 文号 inside it is no start); …沐河水利管理局沐河局防办函〔2019〕12号…: the 文号's prefix is the short one."""
    from policykg.loaders.structure.titles import run_on_title
    assert run_on_title("山东省自然资源厅山东省自然资源厅关于商请会签鲁政发〔2017〕36号文件清理意见的函省教育厅、省财政厅:按照要求，"
                        "由我厅负责进行评估并提出清理意见。") == ("山东省自然资源厅关于商请会签鲁政发〔2017〕36号文件清理意见的函", None)
    assert run_on_title("沂沐河局沐河水利管理局沐河局防办函〔2019〕12号沐河水利管理局关于落实工程安全度汛措施的函国网山东省电力公司:"
                        "根据审查意见") == ("沐河水利管理局关于落实工程安全度汛措施的函", "沐河局防办函〔2019〕12号")


def test_a_short_name_defined_with_a_note_and_through_another_short_name():
    """市审定委办公室(以下简称“市审定办”,设在市市场监管局): the note after the short name does not hide the definition, and
    市审定办 → 市审定委办公室 → 上海市政府质量奖审定委员会办公室 (an award's name keeps its 政府)."""
    text = ("上海市人民政府办公厅关于印发《上海市政府质量奖管理办法》的通知\n沪府办规〔2022〕9号\n"
            "第八条（审定机构及职能）\n上海市政府质量奖审定委员会（以下简称“市审定委”）负责指导、推动、监督市政府质量奖评审工作的开展。\n"
            "第九条（管理机构及职能）\n市审定委办公室（以下简称“市审定办”，设在市市场监管局）负责组织开展市政府质量奖日常管理工作。\n"
            "第十条（评审组及职责）\n市审定办组织成立评审组，负责资料评审。\n")
    doc = parse_document(text)
    assert _units(doc, 2) == ["上海市政府质量奖审定委员会办公室"] == _units(doc, 1)


def test_a_government_order_numbered_in_brackets():
    """广东省人民政府令 / (第290号) / 《…》已经…现予公布 / 省长 马兴瑞 / 2021年10月18日: the order issues it, numbered as
    written, and dated."""
    text = ("广东省公共数据管理办法\n广东省人民政府令\n\n（第290号）\n　　《广东省公共数据管理办法》已经2021年9月22日十三届广东省人民政府"
            "第162次常务会议审议通过，现予公布，自2021年11月25日起施行。\n省长　马兴瑞\n\n\n2021年10月18日\n广东省公共数据管理办法\n"
            "第一章　总则\n　　第一条　为了规范公共数据采集、使用、管理，制定本办法。\n　　第二条　省人民政府数据主管部门负责全省公共数据管理工作。\n")
    doc = parse_document(text)
    assert (doc.issuer, doc.doc_number, doc.date) == (("广东省人民政府",), "广东省人民政府令(第290号)", "2021-10-18")


def test_angle_brackets_nested_in_a_responsibility_bracket():
    """(责任单位:市数据局、市经信局,各区人民政府〈含开发区、长江新区、风景区管委会,下同〉): 〈〉 nest as () do; the collective
    is 各区人民政府, not 各区人民政府〈含开发区管理委员会."""
    text = ("武汉市支持人工智能OPC创新发展若干措施\n一、强化算力服务支撑。发放算力券。（责任单位：市数据局、市经信局，"
            "各区人民政府〈含开发区、长江新区、风景区管委会,下同〉）\n二、支持研发。（责任单位：市科技创新局、各区人民政府）\n")
    units = _units(parse_document(text), 0)
    assert units[:3] == ["武汉市数据局", "武汉市经济和信息化局", "武汉市各区人民政府"]
    assert not any("〈" in u or "(" in u for u in units)


def test_a_party_committee_financial_office():
    """市委金融办 is the party committee's 金融委员会办公室 (since the 2023 reform), as every gold names it."""
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.schema.models import Jurisdiction
    r = AgencyResolver(Jurisdiction("武汉市", "city", ("湖北省",)))
    assert r.normalize("市委金融办") == "中共武汉市委金融委员会办公室"
    assert r.normalize("市委网信办") == "中共武汉市委网络安全和信息化委员会办公室"


def test_a_crawled_title_that_names_its_issuers():
    """福建省财政厅 福建省人力资源和社会保障厅:关于印发《…》的通知 with no signature or header naming anyone: the title's
    prefix names the issuers (only then: a signature or a header wins)."""
    text = ("福建省财政厅 福建省人力资源和社会保障厅：关于印发《福建省就业补助资金管理实施办法》的通知,\"　　第一章 总则　　"
            "第一条 为加强就业补助资金管理，制定本办法。　　第二条 就业补助资金由县级以上人民政府设立。　　第三条 省级财政部门负责资金管理。\"\n")
    assert parse_document(text).issuer == ("福建省财政厅", "福建省人力资源和社会保障厅")


def test_the_unit_that_pays_according_to_a_list():
    """新车商业保险补贴由济南市商务局按公示结果发放: the bureau pays (按… before the act is no part of its name)."""
    text = ("济南市2025年下半年第一轮汽车消费补贴活动公告\n四、申领流程\n（四）补贴发放流程\n统一审核结束后，审核通过名单将在官方网站"
            "进行集中公示，公示期满且无异议的，新车商业保险补贴由济南市商务局按公示结果发放补贴至个人消费者提供的银行卡。\n")
    assert _units(parse_document(text), 0) == ["济南市商务局"]


def test_a_subject_that_keeps_to_or_performs_its_duties():
    """证监会及派出机构坚持监管与服务并举…, 中国上市公司协会履行自律规范职责: subjects of 坚持 and 履行 act."""
    text = ("证监会 国资委 全国工商联关于进一步支持上市公司健康发展的通知\n证监发〔2022〕36号\n三、加强服务保障\n"
            "10.证监会及派出机构坚持监管与服务并举，密切跟踪上市公司情况。中国上市公司协会履行自律规范职责。\n"
            "11.国资委按照便利企业的原则，给予积极指导支持。\n中国证监会  国资委  全国工商联\n2022年4月11日")
    assert {"中国证券监督管理委员会", "中国上市公司协会"} <= set(_units(parse_document(text), 0))
