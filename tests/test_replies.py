"""Replies that answer a proposal point by point with what the replying body does (provincial style)."""
from policykg.loaders.context import DocContext
from policykg.loaders.document import parse_document
from policykg.loaders.normalize import normalize
from policykg.loaders.structure.reply_measures import reply_measures

REPLY = """湖南省发展和改革委员会关于省政协十二届五次会议第0003号提案的答复
张三委员:
您提出的关于大力发展新型储能产业的提案收悉。现答复如下:
一、我省储能产业发展情况
新型储能是构建新型电力系统的重要支撑,我省产业规模快速增长。
二、关于几项具体建议的办理意见
(一)关于出台新型储能产业政策。我委编制了战略性新兴产业发展规划,明确把储能纳入重点发展领域。
(二)关于开展储能市场交易。我委将会同相关单位完善储能参与电力市场的交易机制。
(三)关于加大宣传。储能产业的社会认知度有待提高。
感谢您对发展改革工作的关心和支持。
湖南省发展和改革委员会
2022年5月10日"""


def test_each_point_where_the_replying_body_acts_is_a_measure():
    spans = reply_measures(DocContext("d", normalize(REPLY)))
    texts = [REPLY and normalize(REPLY).text[s.start:s.end] for s in spans]
    assert len(spans) == 2
    assert "我委编制了" in texts[0] and "我委将会同" in texts[1]


def test_the_replying_body_is_responsible_for_its_points():
    doc = parse_document(REPLY)
    names = [r.normalized for m in doc.measures for r in m.responsible]
    assert names == ["湖南省发展和改革委员会", "湖南省发展和改革委员会"]


def test_a_reply_with_support_clauses_keeps_only_them():
    text = REPLY.replace("(三)关于加大宣传。储能产业的社会认知度有待提高。",
                         "(三)关于资金支持。对新建储能项目给予最高100万元补贴。\n(四)关于人才。对引进的人才给予每人10万元奖励。")
    spans = reply_measures(DocContext("d", normalize(text)))
    assert len(spans) == 2 and all("给予" in normalize(text).text[s.start:s.end] for s in spans)


def test_duty_articles_of_a_general_chapter_are_measures_with_their_public_bodies():
    text = ("某市就业见习基地管理办法\n第一章 总则\n第一条 为加强就业见习基地管理,制定本办法。\n"
            "第二条 本办法适用于本市就业见习基地。\n"
            "第三条 市人力资源社会保障局是本市就业见习基地管理工作行政主管部门,负责本办法组织实施。"
            "市高校毕业生公共就业服务机构是日常管理机构,负责申请材料受理。市财政局按照职责做好资金保障。\n"
            "第二章 认定\n第四条 市高校毕业生公共就业服务机构收到申请材料后5个工作日内核实。\n")
    doc = parse_document(text)
    by_id = {m.id: m for m in doc.measures}
    assert "第一条" not in by_id and "第二条" not in by_id
    assert [r.name for r in by_id["第三条"].responsible] == ["市人力资源社会保障局", "市高校毕业生公共就业服务机构", "市财政局"]
    assert [r.name for r in by_id["第四条"].responsible] == ["市高校毕业生公共就业服务机构"]


def test_a_plan_without_unit_parentheses_names_its_actors_in_prose():
    text = ("关于开展代理行业整治的行动方案\n一、重点任务\n(一)从严打击违法行为。\n"
            "1.广泛摸排违法线索。各级知识产权管理部门要畅通举报投诉渠道,及时移送查处。\n"
            "2.严格审批备案。国家知识产权局将与有关部门建立信息共享机制。\n"
            "3.加强宣传。通过多种渠道宣传典型案例。\n")
    doc = parse_document(text)
    got = {m.title[:6]: [r.name for r in m.responsible] for m in doc.measures}
    assert got["广泛摸排违法"] == ["各级知识产权管理部门"]
    assert got["严格审批备案"] == ["国家知识产权局"]
    assert got["加强宣传"] == []


def test_the_issuers_divisions_beside_it_in_a_task_row_are_not_units():
    text = ("广州市卫生健康委员会关于印发家庭医生签约服务实施方案的通知\n"
            "一、重点任务\n1.提升服务能力。加强基层医疗卫生机构建设。(责任单位:各区政府、市卫生健康委、基层处、医政处)\n"
            "2.优化就诊流程。(责任单位:基层处、医政处)\n")
    doc = parse_document(text)
    units = [[r.name for r in m.responsible] for m in doc.measures]
    assert units[0] == ["各区政府", "市卫生健康委"]
    assert units[1] == ["基层处", "医政处"]  # alone, the divisions are what the row names


def test_enumerated_tasks_under_their_own_headings_are_measures_with_their_commitments():
    """一是推动规模化发展。…二是构建创新体系。…六是争取支持政策。我委将继续…: each enumerated task is a measure,
    its own commitment (我委将…) inside it; 四是健全市场化机制 keeps its title (市场 is no place)."""
    text = ("河北省发展和改革委员会关于省政协第536号提案的答复\n李四委员:\n您提出的关于新型储能的提案收悉,现答复如下:\n"
            "我委高度重视新型储能发展。\n一是推动规模化发展。积极支持清洁能源电站配建新型储能设施。\n"
            "二是构建创新体系。积极开展储能关键技术研发,提升创新能力。\n四是健全市场化机制。研究建立新型储能价格机制。\n"
            "六是争取支持政策。我委将继续加强与国家能源局沟通对接,配合完善电价机制。\n"
            "感谢您对发展改革工作的关心和支持。\n河北省发展和改革委员会\n2024年5月10日")
    doc = parse_document(text)
    assert [m.title for m in doc.measures] == ["推动规模化发展", "构建创新体系", "健全市场化机制", "争取支持政策"]
    assert "我委将继续" in doc.measures[-1].text
    assert [r.normalized for r in doc.measures[-1].responsible][:1] == ["河北省发展和改革委员会"]


def test_a_reply_whose_title_was_cut_is_known_by_its_salutation():
    text = ("对省十四届人大一次会议关于抓紧出台辽宁省源网荷储一体化实施\n左俊杰代表:\n"
            "您提出的关于抓紧出台实施细则的建议收悉,现答复如下:\n我委将会同有关部门研究编制实施意见。\n辽宁省发展和改革委员会\n2023年6月14日")
    assert parse_document(text).doc_type == "proposal_reply"


def test_an_example_the_reply_gives_names_the_body_that_acts() -> None:
    """如我局在…中要求…: the replying bureau acts in the example it gives."""
    text = ("重庆市能源局关于市六届人大三次会议第0999号建议办理情况的答复函\n张三代表:\n您提出的建议收悉,现答复如下:\n"
            "我市积极营造良好政策环境,支持项目通过市场化方式提高经济效益。如我局在新能源开发建设中要求开发企业配置一定比例储能,"
            "给予项目容量租赁收益支持。\n重庆市能源局\n2025年6月10日")
    names = [r.normalized for m in parse_document(text).measures for r in m.responsible]
    assert "重庆市能源局" in names


def test_a_page_that_quotes_the_proposal_first_takes_measures_from_the_reply_only():
    """A proposal's own items (1、加快…2、…) quoted on the page above the reply are not the reply's measures."""
    quoted = "".join(f"{k}、建议加快推进第{k}项充电设施建设,完善配套。" for k in range(1, 6))
    lines = ["关于加强充电桩建设的几点建议", "代表姓名", "马俊寅", "提案号", "134", "事由:关于加强充电桩建设的几点建议",
             quoted, "承办单位", "苏州市吴中区发展和改革委员会", "备注", "", "", "", "", "",
             "马俊寅委员:您好!您提出的提案(第134号),我委已收悉。经研究,现答复如下:",
             "一、推进公共充电设施建设", "我委将会同区工信局加快公共充电桩布局,2023年新建充电桩500个。",
             "苏州市吴中区发展和改革委员会", "2023年4月24日"]
    doc = parse_document("\n".join(lines), source="wz.txt")
    assert doc.measures and all("建议加快推进" not in m.text for m in doc.measures), [m.text[:30] for m in doc.measures]


def test_a_bureau_acting_after_a_background_sentence_is_a_measure():
    """分办意见如下 opens the reply; a paragraph whose second sentence says 我局在…预留了… is the bureau's act."""
    text = ("对市政协十五届四次会议第1540288号提案的分办意见\n张群江委员:\n"
            "您提出的“关于推动加油站向新能源充电站转型的提议”收悉。经研究,分办意见如下:\n"
            "根据用地分类指南,新能源充电站用地属于公用设施营业网点用地。我局在控制性详细规划编制过程中,预留了大量公用设施营业网点用地。\n"
            "感谢您对我市自然资源和规划工作的大力支持!\n济南市自然资源和规划局\n2025年7月31日\n")
    doc = parse_document(text, source="jn.txt")
    assert [[r.normalized for r in m.responsible] for m in doc.measures] == [["济南市自然资源和规划局"]]


def test_a_transmitting_notice_and_the_preamble_of_a_text_without_headings_are_no_measures():
    """A 印发 notice above a text whose numbering the carrier lost: the notice, its date and the preamble
    (…现提出如下措施。) are not the text's measures."""
    text = ("各\n《关于完善融资担保体系切实支持小微企业发展的若干措施》已经省政府同意,现印发给你们,请认真贯彻执行。\n"
            "2020年3月16日\n(此件主动公开)\n为贯彻落实国务院有关精神,进一步完善我省政府性融资担保体系,现提出如下措施。\n"
            "通过政府注资、兼并重组等方式,将省融资担保股份有限公司做强做大为省融资担保集团。\n"
            "支持通过重组、增资、整合等方式,加快培育市级政府性融资担保机构。\n"
            "省融资担保公司要积极与国家融资担保基金加强业务合作,构建完善四级融资担保体系。")
    doc = parse_document(text)
    spans = [doc.text[m.evidence.start:m.evidence.end] for m in doc.measures]
    assert spans and not [s for s in spans if "印发给你们" in s or "提出如下" in s or "省政府同意" in s]
    assert not [r for m in doc.measures for r in m.responsible if r.normalized.endswith("人民政府")]


def test_acting_paragraphs_opened_by_a_date_or_an_adverb():
    """2020年5月,我委汇总… / 我委多次牵头联系…: the replying body acts though a date or an adverb opens the clause."""
    text = ("辽宁省发展和改革委员会关于省人大代表建议的答复\n张三代表:\n你们提出的关于增量配电网结算价格的建议收悉,现答复意见如下:\n"
            "增量配电网试点项目得到社会各界的广泛关注。我委多次牵头联系省电力公司召开专题协调会议,探讨解决办法。\n"
            "按照相关规定,结算价格定价权限在国家。2020年5月,我委汇总企业遇到的问题,书面上报国家发展改革委。\n"
            "辽宁省发展和改革委员会\n2021年5月21日")
    doc = parse_document(text)
    acting = [m for m in doc.measures if "辽宁省发展和改革委员会" in {r.normalized for r in m.responsible}]
    assert len(acting) == 2


def test_an_acting_clause_after_a_purpose_clause():
    """为拓展新能源发展空间,…,我委正在会同有关部门开展…: the replying body acts, though a purpose opens the sentence."""
    text = ("辽宁省发展和改革委员会关于省人大代表建议的答复\n刘延辉代表:\n您提出的关于推动大规模共享储能发展的建议收悉,现答复如下:\n"
            "推动储能应用是加快构建清洁能源强省的重要举措,近年来,我省持续加大对储能技术的支持。\n"
            "为拓展新能源发展空间,在充分调查研究的基础上,我委正在会同有关部门开展共享储能发展模式研究。\n"
            "辽宁省发展和改革委员会\n2023年6月1日")
    doc = parse_document(text)
    acting = [m for m in doc.measures if "辽宁省发展和改革委员会" in {r.normalized for r in m.responsible}]
    assert acting and "我委正在会同" in doc.text[acting[0].evidence.start:acting[0].evidence.end]
