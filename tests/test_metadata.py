"""Document metadata: dev gold fields, synthetic documents of other genres and levels, edge cases."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg.loaders import parse_document
from policykg.loaders.context import DocContext
from policykg.loaders.normalize import normalize
from policykg.loaders.reading.files import read_text
from policykg.loaders.structure.metadata import extract_metadata

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parent / "data" / "corpus"
GOLD = ROOT / "data" / "gold"
SYNTH = ROOT / "data" / "synthetic"
STEMS = sorted(p.name[: -len(".gold.json")] for p in GOLD.glob("*.gold.json"))


def meta_of(text: str):
    return extract_metadata(DocContext("t", normalize(text)))


def meta_file(path: Path):
    text, _ = read_text(path)
    return meta_of(text)


def _norm(s: str | None) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKC", s or "") if not ch.isspace() and ch not in "“”《》")


@pytest.mark.parametrize("stem", STEMS)
def test_dev_metadata_matches_gold(stem: str) -> None:
    gold = json.loads((GOLD / f"{stem}.gold.json").read_text("utf-8"))
    m = meta_file(CORPUS / f"{stem}.txt")
    assert _norm(m.title) == _norm(gold["title"])
    assert m.doc_type == gold["doc_type"]
    assert list(m.issuer) == gold["issuer"]
    assert m.doc_number == gold["doc_number"]
    assert m.date == gold["date"]
    assert m.jurisdiction.name == gold["jurisdiction"]


def test_dev_jurisdiction_levels_and_parents() -> None:
    futian = meta_file(CORPUS / "futian-reply-20220098-regtech.txt")
    assert (futian.jurisdiction.level, futian.jurisdiction.parents) == ("district", ("广东省", "深圳市"))
    suzhou = meta_file(CORPUS / "suzhou-blockchain-opinions-2020-2022.txt")
    assert (suzhou.jurisdiction.level, suzhou.jurisdiction.parents) == ("city", ("江苏省",))
    assert (suzhou.validity.start, suzhou.validity.end) == ("2020", "2022")


def test_dev_proposals() -> None:
    p = meta_file(CORPUS / "futian-reply-20220098-regtech.txt").proposal
    assert (p.number, p.kind, p.session, p.proposers) == ("20220098", "提案", "六届二次会议", ("胡为民",))
    assert p.title.startswith("以监管科技助推福田高质量发展")
    p = meta_file(CORPUS / "futian-reply-20200003-blockchain-supply-chain.txt").proposal
    assert (p.number, p.kind) == ("20200003", "建议")
    assert len(p.proposers) == 14 and p.proposers[0] == "陈冰清"
    assert p.title == "关于大力发展区块链产业赋能供应链行业服务实体经济的建议"


def test_province_funding_measures() -> None:
    m = meta_file(SYNTH / "guangdong-province-funding-measures.txt")
    assert m.doc_type == "funding_measures"  # 关于印发《…若干措施》的通知 takes the type of what it transmits
    assert m.issuer == ("广东省人民政府办公厅",)
    assert m.doc_number == "粤府办〔2022〕15号"  # not the 工信部规〔2021〕180号 of a citation
    assert m.date == "2022-03-18"
    assert (m.jurisdiction.name, m.jurisdiction.level) == ("广东省", "province")
    assert m.validity.end == "2025-12-31"


def test_county_action_plan() -> None:
    m = meta_file(SYNTH / "deqing-county-action-plan.txt")
    assert m.doc_type == "action_plan"
    assert m.issuer == ("德清县人民政府办公室",)
    assert m.doc_number == "德政办发〔2023〕21号"
    assert m.date == "2023-05-10"  # 二〇二三年五月十日 in the signature block
    assert m.jurisdiction.name == "德清县"
    assert m.jurisdiction.level == "county"
    assert m.jurisdiction.parents[-1] == "湖州市"  # the text says 湖州市德清县
    assert (m.validity.start, m.validity.end) == ("2023", "2025")


def test_city_reply() -> None:
    m = meta_file(SYNTH / "hangzhou-reply-with-contact.txt")
    assert m.doc_type == "proposal_reply"
    assert m.issuer == ("杭州市经济和信息化局",)
    assert m.doc_number is None
    assert m.date == "2023-06-20"
    assert m.jurisdiction.name == "杭州市"
    assert (m.proposal.number, m.proposal.kind, m.proposal.session) == ("0156", "提案", "十三届二次会议")


def test_national_opinion() -> None:
    m = meta_file(SYNTH / "national-opinion.txt")
    assert m.doc_type == "implementing_opinion"
    assert m.doc_number == "国办发〔2019〕38号"
    assert m.jurisdiction.level == "national"
    assert m.issuer == ("国务院办公厅",)


def test_portal_chrome_and_labels() -> None:
    text = "政策详情\n《某市促进软件产业发展的若干政策》\n级别:某市级\n发文单位:南宁市人民政府\n文号:南府规[2021]7号\n发布日期:2021-03-09\n一、对软件企业给予最高50万元奖励。"
    m = meta_of(text)
    assert m.title == "某市促进软件产业发展的若干政策"
    assert m.doc_type == "funding_measures"
    assert m.issuer == ("南宁市人民政府",)
    assert m.doc_number == "南府规[2021]7号"
    assert m.date == "2021-03-09"
    assert m.jurisdiction.name == "南宁市" and m.jurisdiction.parents == ("广西壮族自治区",)


def test_body_dates_and_citation_numbers_are_not_metadata() -> None:
    text = ("关于加快发展数字经济的实施意见\n"
            "为贯彻落实《国务院关于加强数字政府建设的指导意见》(国发〔2022〕14号),2022年6月28日,市政府研究决定如下。\n"
            "一、加强组织领导。由市发展改革委牵头。")
    m = meta_of(text)
    assert m.doc_number is None
    assert m.date is None
    assert m.issuer == ()


def test_proposal_number_is_not_doc_number() -> None:
    text = "关于市人大代表建议第2021088号的答复\n尊敬的张三、李四代表:\n您提出的建议收悉,现答复如下:\n一、对企业给予支持。\n某市科学技术局\n2021年7月1日"
    m = meta_of(text)
    assert m.doc_number is None
    assert m.proposal.number == "2021088"
    assert m.proposal.proposers == ("张三", "李四")
    assert m.issuer == ("某市科学技术局",)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("某市推进人工智能产业发展行动方案(2021-2023年)", "action_plan"),
        ("关于推动制造业高质量发展的指导意见", "implementing_opinion"),
        ("某区支持总部经济发展若干措施", "funding_measures"),
        ("关于开展2023年度专精特新企业申报工作的通知", "notice"),
        ("关于对市政协十三届一次会议第0123号提案的答复", "proposal_reply"),
        ("关于公开征求意见的通知", "notice"),
    ],
)
def test_doc_type_from_title(title: str, kind: str) -> None:
    assert meta_of(title + "\n一、正文内容给予支持。").doc_type == kind


def test_a_page_titled_with_the_policy_it_carries_takes_the_issuing_notice_as_title():
    from policykg.loaders.document import parse_document
    text = ("武汉市氢能产业发展三年行动方案(2025—2027年)\n文号:武政规〔2025〕9号\n政策原文\n导航区\n"
            "市人民政府关于印发武汉市氢能产业发展三年行动方案(2025—2027年)的通知\n2025-09-29规范性文件\n"
            "各区人民政府,市人民政府各部门:\n现将《武汉市氢能产业发展三年行动方案(2025—2027年)》印发给你们,请认真组织实施。\n")
    assert parse_document(text).title == "市人民政府关于印发武汉市氢能产业发展三年行动方案(2025—2027年)的通知"
    plain = "深圳市区块链产业发展行动计划\n一、总体要求\n根据《关于印发某某方案的通知》要求,制定本计划。\n"
    assert parse_document(plain).title == "深圳市区块链产业发展行动计划"


def test_unit_cells_closing_a_task_table_are_not_a_signature() -> None:
    text = ("上海市交通委员会关于印发《上海市交通领域工作方案》的通知\n各相关部门：\n现予印发。\n上海市交通委员会\n2024年12月31日\n"
            "上海市交通领域工作方案\n一、主要任务\n（1）更新改造桥梁栏杆。\n设施养护处\n市道运中心\n市道运中心\n")
    assert meta_of(text).issuer == ("上海市交通委员会",)


def test_page_noise_around_a_title_and_issuers_written_in_it() -> None:
    crumbs = meta_of("首页 > 新闻动态 > 专题专栏 > 工作动态交通运输部 财政部关于印发《新能源城市公交车更新补贴实施细则》的通知\n"
                     "各省、自治区交通运输厅：\n现将细则印发给你们。")
    assert crumbs.title == "交通运输部 财政部关于印发《新能源城市公交车更新补贴实施细则》的通知"
    site = meta_of("国家发展改革委 国家能源局关于加快推动新型储能发展的指导意见_政府信息公开_政务公开-国家发展改革委\n"
                   "各省、自治区、直辖市发展改革委：\n现提出如下意见。")
    assert site.title == "国家发展改革委 国家能源局关于加快推动新型储能发展的指导意见"
    assert site.issuer == ("国家发展改革委", "国家能源局")
    assert meta_of("标题:关于印发工作方案的通知 | |\n正文。").title == "关于印发工作方案的通知"
    # 绿化和市容管理局 names no city 绿化和市
    district = meta_of("上海市松江区绿化和市容管理局关于印发《清水行动工作方案》的通知\n各街镇：\n现印发给你们。")
    assert district.jurisdiction.name == "松江区"


def test_a_text_that_opens_with_its_preamble_has_no_title() -> None:
    meta = meta_of("为落实《国务院关于扩大对外开放积极利用外资若干措施的通知》的有关精神，进一步营造营商环境，加快集聚高端要素资源，"
                   "促进我区商贸业快速发展，制定本办法。\n第一条 对总部企业给予最高500万元奖励。\n第二条 对新引进企业给予100万元补贴。")
    assert meta.title == ""
    assert meta.doc_type == "funding_measures"  # 制定本办法 and money: the text names itself


def test_markup_in_a_title_is_no_breadcrumb() -> None:
    meta = meta_of("关于支持区块链发展的若干措施<script>alert(1)</script>\n一、加强组织领导。对企业给予最高100万元奖励。")
    assert meta.title == "关于支持区块链发展的若干措施<script>alert(1)</script>"


def _md(tmp_path: Path, text: str):
    from policykg.loaders.document import read_document
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_a_cut_page_heading_gives_way_to_the_whole_title_below(tmp_path: Path) -> None:
    m = _md(tmp_path, "# 重庆市能源局关于市六届人大三次会议第0999号代表建议办理情况的 ...\n\n## 政策原文\n\n"
                "重庆市能源局关于市六届人大三次会议第0999号代表建议办理情况的答复函\n\n王鹏程代表:\n\n您提出的建议收悉。")
    assert m.title == "重庆市能源局关于市六届人大三次会议第0999号代表建议办理情况的答复函"
    m = meta_of("对省十四届人大二次会议关于支持在沈布局新能源基础设施的建议...\n\n您提出的建议收悉。现答复如下。")
    assert m.title == "对省十四届人大二次会议关于支持在沈布局新能源基础设施的建议"


def test_a_text_opening_with_its_first_article_has_no_title() -> None:
    m = meta_of("第一条 享受本办法的企业须是工商注册地在我区范围内的企业。\n\n第二条 【总部企业奖】\n\n给予奖励。")
    assert m.title == ""


def test_a_news_report_of_a_policy_names_its_title_and_issuer(tmp_path: Path) -> None:
    m = _md(tmp_path, "# 呼和浩特印发营商环境创优提质行动方案 - 低碳网\n\n来源:呼和浩特市人民政府\n\n"
                "2月24日,呼和浩特市人民政府印发《呼和浩特市营商环境创优提质行动方案(2026版)》,提出20条举措。")
    assert m.title == "呼和浩特市营商环境创优提质行动方案(2026版)"
    assert m.issuer == ("呼和浩特市人民政府",)


def test_doc_types_of_approvals_cut_reply_titles_and_untitled_texts() -> None:
    from policykg.loaders.structure.doctype import classify
    assert classify("内蒙古自治区人民政府关于根河市城市总体规划(2019—2030)的批复") == "notice"
    assert classify("对省十四届人大二次会议关于支持在沈布局新能源基础设施的建议") == "proposal_reply"
    assert classify("", "《关于金融支持防控疫情稳定经济增长的若干措施》已经省政府同意,现印发给你们,请认真贯彻执行。") == "funding_measures"
    assert classify("", "鹰潭市人民政府:\n你市《关于恳请批复鹰潭港总体规划的请示》收悉。现批复如下。") == "notice"


def test_addressees_and_a_preamble_are_no_title() -> None:
    assert meta_of("鹰潭市人民政府:\n你市《关于恳请批复鹰潭港总体规划的请示》收悉。现批复如下。\n一、原则同意。").title == ""
    assert meta_of("为深入贯彻落实省委、省政府决策部署,推动重大项目建设提速提质提效,现就有关事项通知如下:\n"
                   "一、加强调度。").title == ""


def test_a_date_over_its_publicity_note_and_untitled_task_notices() -> None:
    m = meta_of("各市、县(区)人民政府,省政府各部门:\n为促进照护服务发展,结合我省实际,制定本意见。\n一、加强指导。\n"
                "2020年2月21日\n(此件主动公开)\n附件:部门职责分工\n省教育厅负责人才培养。")
    assert m.date == "2020-02-21" and m.title == ""
    m = meta_of("省药监局,机关各处(室、局)、各直属单位:\n经省局领导同意,现将《江西省市场监管局落实2020年省政府工作报告"
                "重点任务分工方案》印发给你们,请认真贯彻落实。")
    assert m.title == "" and m.doc_type == "action_plan"
    assert meta_of("各\n《关于完善融资担保体系的若干措施》已经省政府同意,现印发给你们。\n一、加强支持。").title == ""


def test_a_label_block_before_the_title_and_a_task_division() -> None:
    m = meta_of("基本信息\n统一编号:\nGZ0320190014\n文号:\n穗残联规字〔2019〕2号\n发布机关:\n广州市残疾人联合会\n文件状态:\n"
                "广州市残疾人联合会关于印发广州市残疾人辅助器具适配工作管理办法的通知\n各区残联:\n现将办法印发给你们。")
    assert m.title == "广州市残疾人联合会关于印发广州市残疾人辅助器具适配工作管理办法的通知"
    from policykg.loaders.structure.doctype import classify
    assert classify("", "经省局领导同意,现将《江西省市场监管局落实2020年省政府工作报告重点工作责任分工》印发给你们,"
                        "并就有关事项通知如下:") == "action_plan"


def test_a_ministrys_rules_promulgated_by_decree() -> None:
    m = meta_of("公民举报危害国家安全行为奖励办法\n\n2022年6月6日 中华人民共和国国家安全部令第2号公布\n\n第一章 总 则\n"
                "第一条 为了鼓励公民举报危害国家安全行为,制定本办法。\n第二条 国家安全机关在法定职责范围内实施奖励。\n")
    assert (m.issuer, m.doc_number, m.date) == (("中华人民共和国国家安全部",), "中华人民共和国国家安全部令第2号", "2022-06-06")
    assert m.jurisdiction.name == "全国"


def test_an_information_table_names_the_sponsor_and_the_date_made() -> None:
    m = meta_of("发布日期:2025-08-26\n对十四届全国人大三次会议第1528号建议的答复\n公开事项名称:\t对第1528号建议的答复\n"
                "索引号:\t000019705/2025-000251\t主办单位:\t国家能源局\n制发日期:\t2025-06-25\n"
                "您提出的关于推动新型储能市场化发展的建议收悉,经研究,现答复如下。我们将持续完善新型储能发展政策体系。\n")
    assert (m.issuer, m.date) == (("国家能源局",), "2025-06-25")


def test_a_province_named_only_in_short() -> None:
    m = meta_of("关于开展餐饮服务食品安全线上培训的通知\n各设区市市场监管局:\n省局决定开展餐饮服务食品安全线上培训,全省餐饮服务单位"
                "从业人员参加“助力餐饮复工”线上答题江西站学习。江西餐饮协会协助组织。\n")
    assert m.jurisdiction.name == "江西省"


def test_a_government_decree_head_gives_the_rules_it_promulgates() -> None:
    """广州市人民政府令 | 第179号 | 《T》…现予公布 | 市长:温国辉 | date: title T, the government issues it, its
    number is the decree's, its date the decree's; the mayor who signed it is a person."""
    from policykg.loaders import parse_document

    text = ("广州市人民政府令\n第179号\n《广州市老年人优待办法》已经2021年1月8日市政府常务会议通过,现予公布,自2021年5月1日起施行。\n"
            "市　长:温国辉\n2021年1月29日\n广州市老年人优待办法\n第一条 为保障老年人合法权益,制定本办法。\n"
            "第二条 市卫生健康行政主管部门负责组织实施本办法。\n")
    doc = parse_document(text, doc_id="gz")
    assert (doc.title, doc.issuer, doc.doc_number, doc.date) == (
        "广州市老年人优待办法", ("广州市人民政府",), "广州市人民政府令第179号", "2021-01-29")
    assert [(p.name, p.role) for p in doc.people] == [("温国辉", "市长")]


def test_a_reply_page_headed_by_the_proposal_and_signed_jointly_on_one_line() -> None:
    """A reply whose page is headed by the proposal's subject is known by …的提案(第134号),我委已收悉; two
    bureaus signing on one line with the date are two issuers."""
    text = ("关于加强充电桩建设的几点建议\n马俊寅委员: 您好!您提出的《关于加强充电桩建设的几点建议》的提案(第134号),"
            "我委已收悉。感谢您的关注。\n一、推进建设\n我委将加快推进建设。\n"
            "苏州市吴中区发展和改革委员会 苏州市吴中区工业和信息化局 2023年4月24日\n")
    doc = parse_document(text, source="wz.txt")
    assert doc.doc_type == "proposal_reply"
    assert doc.issuer == ("苏州市吴中区发展和改革委员会", "苏州市吴中区工业和信息化局") and doc.date == "2023-04-24"


def test_a_new_area_one_district_carries_is_that_district():
    """广州南沙新区 is not a place of its own: 南沙区 (of 广州市, not 三沙市's namesake) governs it."""
    doc = parse_document("广州南沙新区(自贸片区)促进科技创新产业发展扶持办法\n第一条 区政府每年安排科技专项资金。\n"
                         "第二条 对新型研发机构给予最高200万元奖励。")
    assert (doc.jurisdiction.name, doc.jurisdiction.parents[-1]) == ("南沙区", "广州市")
    assert doc.measures[0].responsible[0].normalized == "南沙区人民政府"


def test_a_district_named_only_in_short_in_a_district_voice():
    """No full place name, but 区政府 and 南沙 three times (the city named once): 南沙区."""
    text = ("第一条 对在南沙注册的汽车贸易企业,给予最高50万元奖励。\n第二条 对南沙的跨境电商企业,由区政府给予补贴。\n"
            "第三条 支持企业利用南沙汽车口岸开展业务,广州海关给予支持。")
    assert parse_document(text).jurisdiction.name == "南沙区"


def test_a_reply_known_by_its_session_number_or_its_answer_formula():
    """省十三届人大五次会议第1548号《关于… (a cut title) and …建议收悉,现答复意见如下: a reply to a deputy's suggestion."""
    from policykg.loaders.structure.doctype import classify
    assert classify("省十三届人大五次会议第1548号《关于协调解决增量配电网与国网 ...") == "proposal_reply"
    assert classify("", "张春玉等代表:\n你们提出的关于协调解决结算价格问题的建议收悉,现答复意见如下:\n我委将继续沟通。") == "proposal_reply"


def test_an_autonomous_prefecture_named_short_is_under_its_official_name():
    doc = parse_document("德宏州人民政府关于促进房地产市场平稳健康发展的若干措施\n一、州住建局要加强商品房预售资金监管。")
    assert doc.jurisdiction.name == "德宏傣族景颇族自治州"
    assert doc.measures[0].responsible[0].normalized == "德宏傣族景颇族自治州住房和城乡建设局"


@pytest.mark.parametrize("signed", ["省政府办公厅\n2023年4月20日", "发布机构:\t省政府办公厅\t成文日期:\t2023年4月20日"])
def test_an_issuer_named_by_tier_only_takes_the_name_the_title_gives_it(signed):
    """A signature (or a portal's label) that says 省政府办公厅 signs for the 广东省人民政府办公厅 of the title."""
    text = f"广东省人民政府办公厅关于印发广东省进一步提振和扩大消费若干措施的通知\n各地级以上市人民政府:\n现印发给你们。\n{signed}"
    if signed.startswith("发布机构"):  # a portal's label above the document
        text = signed + "\n" + text.rsplit("\n", 1)[0]
    assert parse_document(text).issuer == ("广东省人民政府办公厅",)


@pytest.mark.parametrize("head", ["文\u3000\u3000号:\n穗府办规〔2021〕7号", "06.\\[发文字号\\]穗府办规〔2021〕7号"])
def test_a_labelled_doc_number_with_its_value_apart(head):
    """文  号: with its value on the next line; a Markdown field \\[发文字号\\] run into its value."""
    text = f"{head}\n广州市人民政府办公厅关于印发广州市特困人员救助供养办法的通知\n各区人民政府:\n现印发给你们。"
    assert parse_document(text).doc_number == "穗府办规〔2021〕7号"


def test_a_doc_number_beside_the_pages_content_box():
    from policykg.loaders.reading.html_text import html_to_text
    body = "".join(f"<p>第{n}条 对新出让的商住用地,按规定分期缴纳土地出让价款,缴款期限最长不超过一年。</p>" for n in "一二三四")
    page = ("<html><body><table class='info'><tr><td>文号</td><td>达市府办发〔2022〕25号</td></tr></table>"
            f"<div class='article_content'><p>达州市促进房地产业良性循环和健康发展十条措施</p>{body}</div></body></html>")
    assert "文号:达市府办发〔2022〕25号" in html_to_text(page).splitlines()[:3]


def test_a_regulation_passed_by_a_congress():
    """No signature: the congress whose session passed it issues it, on that day (a city's congress passes, the
    province's only approves); an announcement's number under a 发文字号 label."""
    text = ("潍坊市会展业促进条例\n2019年4月25日 潍坊市第十七届人民代表大会常务委员会第二十四次会议通过\n"
            "2019年5月31日 山东省第十三届人民代表大会常务委员会第十二次会议批准\n第一条 为了促进会展业发展,制定本条例。\n"
            "第二条 市人民政府设立会展业发展专项资金,对重点展会给予最高50万元补助。")
    doc = parse_document(text)
    assert (doc.issuer, doc.date) == (("潍坊市第十七届人民代表大会常务委员会",), "2019-04-25")
    assert doc.doc_type == "other"  # a regulation whose title names no support (the real golds of 条例, session 22)
    assert parse_document("发文字号安徽省人民代表大会常务委员会公告〔十四届〕第七十四号\n" + text).doc_number == (
        "安徽省人民代表大会常务委员会公告〔十四届〕第七十四号")


@pytest.mark.parametrize("heading", ["【稳经济大盘一揽子政策】关于印发进一步做好近期促进消费工作若干措施的通知",
                                     "关于印发进一步做好近期促进消费工作若干措施的通知 - 安徽省发改委"])
def test_a_pages_column_tag_or_site_name_is_no_part_of_the_title(heading):
    text = f"{heading}\n各市人民政府:\n现将《进一步做好近期促进消费工作若干措施》印发给你们。"
    assert parse_document(text).title == "关于印发进一步做好近期促进消费工作若干措施的通知"


def test_a_joint_conference_signing_with_another_bodys_seal():
    """省…联席会议(代章) over the date: the joint conference issues (联席会议 is a body; 代章 is no part of its name)."""
    text = ("关于印发进一步做好近期促进消费工作若干措施的通知\n各市人民政府,省有关单位:\n现将《若干措施》印发给你们,请认真组织实施。\n"
            "省完善促进消费体制机制厅际联席会议(代章)\n2022年1月26日\n一、加强民生商品保供稳价。")
    doc = parse_document(text)
    assert (doc.issuer, doc.date) == (("省完善促进消费体制机制厅际联席会议",), "2022-01-26")


def test_a_reply_to_a_national_deputy_is_a_central_bodys():
    """对十三届全国人大代表第BH035号建议的答复 with no body named: the answer of a central body (全国)."""
    doc = parse_document("对十三届全国人大代表第BH035号建议的答复\n部积极支持种业企业兼并重组、做大做强,推动企业兼并重组。")
    assert doc.jurisdiction.name == "全国"


def test_a_zone_its_committee_governs():
    """平潭综合实验区管委会办公室 issues: the zone is the jurisdiction, 区经发局 its bureau, 平潭海关 named by its
    place stays as written; the share bar's last word is no part of the 文号 (…QQ空间 岚综管办〔2019〕61号)."""
    text = ("平潭综合实验区管委会办公室关于印发任务分解方案的通知\n微信 微博 QQ空间 岚综管办〔2019〕61号\n各有关单位:\n"
            "一、支持口岸开放建设。支持平潭港建设。(牵头单位:区经发局;配合单位:平潭海关)\n平潭综合实验区管委会办公室\n2019年7月18日")
    doc = parse_document(text)
    assert (doc.jurisdiction.name, doc.doc_number) == ("平潭综合实验区", "岚综管办〔2019〕61号")
    assert [r.normalized for r in doc.measures[0].responsible] == ["平潭综合实验区经济发展局", "平潭海关"]


def test_the_body_a_title_names_issues_it():
    """国务院关于… (a three-character body); X印发《…》的通知 over a portal's 发布机构 label naming another body; the
    red head's …文件 is no part of the 文号; 关于将郑州地区… names no place."""
    doc = parse_document("国务院关于外商投资企业适用增值税有关问题的通知\n各省、自治区、直辖市人民政府:\n一、关于适用税种问题\n"
                         "外商投资企业适用增值税。")
    assert (doc.issuer, doc.jurisdiction.name) == (("国务院",), "全国")
    text = ("标题:平潭综合实验区管委会办公室印发《平潭综合实验区关于支持直播经济发展的若干措施》的通知\n"
            "发布机构:平潭综合实验区经济发展局\n管委会办公室文件岚综管办〔2020〕62号\n各有关单位:\n一、对直播企业给予最高10万元奖励。")
    doc = parse_document(text)
    assert (doc.issuer, doc.doc_number) == (("平潭综合实验区管委会办公室",), "岚综管办〔2020〕62号")
    reply = parse_document("关于将郑州地区为主打造汽车发展基地的建议\n王代表:\n您提出的建议收悉,现答复如下:\n我们将积极支持。")
    assert reply.jurisdiction.name != "将郑州地区"
