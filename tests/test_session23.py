"""Conventions added in session 23 (issue 13), each seen in a batch of real documents scored blind first."""
from __future__ import annotations

from policykg.loaders.document import parse_document


def _units(doc, k: int) -> list[str]:
    return [r.normalized for r in doc.measures[k].responsible]


def test_a_heading_line_that_carries_its_responsibility_labels():
    """一、X 责任单位:A、B 责任单位:C: the labels on a heading's own line assign the measure (their union),
    and the label is no part of its title (a task list whose task texts were lost keeps only the labels)."""
    text = ("某省降低企业杠杆率工作要点\n\n"
            "一、进一步降低国有企业杠杆率 责任单位：省国资委、经信委    责任单位：省经信委、国资委、工商局\n\n"
            "二、深入推进市场化法治化债转股  责任单位：省财政厅、发改委\n\n"
            "三、大力发展股权融资\n（一）推动企业上市。责任单位：省发改委\n")
    doc = parse_document(text)
    assert doc.measures[0].title == "进一步降低国有企业杠杆率"
    assert set(_units(doc, 0)) == {"省人民政府国有资产监督管理委员会", "省经济和信息化委员会", "省工商行政管理局"}
    assert set(_units(doc, 1)) == {"省财政厅", "省发展和改革委员会"}
    assert _units(doc, 2) == ["省发展和改革委员会"]


def test_a_contact_line_that_names_two_people_after_the_unit():
    """联 系 人:市经信局企业促进科 王国伟 黎晓红: both are contacts (spaces part them in the text as written);
    联系人:各区科技局 names no one."""
    head = "东莞市人民政府办公室关于开展倍增计划预申报的通知\n\n六、联系方式\n"
    doc = parse_document(head + "联 系 人：市经信局企业促进科 王国伟 黎晓红\n联系电话：22220117，22220109\n")
    assert [(p.name, p.role) for p in doc.people] == [("王国伟", "联系人"), ("黎晓红", "联系人")]
    assert parse_document(head + "联系人：各区科技局 \n联系电话：22220117\n").people == ()


def test_a_reply_subject_list_keeps_names_that_hold_he():
    """省财政厅会同省工业和信息化厅、省交通运输厅…; 工业和信息化部从…开展: 和 inside a body's name joins no list."""
    text = ("辽宁省发展和改革委员会关于省十四届人大三次会议第1040号建议的答复\n\n徐斌代表：\n\n您提出的建议收悉。现答复如下：\n\n"
            "一、完善补贴政策。省财政厅会同省工业和信息化厅、省交通运输厅争取到我省新宾县入选国家县域充换电设施补短板试点。\n\n"
            "二、开展推广。工业和信息化部从规划引导、财税支持等方面开展换电模式推广工作。\n")
    doc = parse_document(text)
    assert set(_units(doc, 0)) == {"辽宁省财政厅", "辽宁省工业和信息化厅", "辽宁省交通运输厅"}
    assert _units(doc, 1) == ["工业和信息化部"]


def test_an_autonomous_county_names_its_own_bodies_by_its_tier():
    """自治县人民政府 / 自治县农业农村局 in a 景宁畲族自治县 text: the county's own (as 自治区X in a region's)."""
    text = ("景宁畲族自治县惠明茶产业发展条例\n\n第三条 自治县人民政府应当加强对惠明茶产业发展工作的领导。\n\n"
            "第四条 自治县农业农村局负责惠明茶产业发展工作。\n")
    doc = parse_document(text)
    assert _units(doc, 0) == ["景宁畲族自治县人民政府"]
    assert _units(doc, 1) == ["景宁畲族自治县农业农村局"]


def test_a_regulations_tier_list_subjects_with_a_bracketed_tier():
    """市、县(市)、区人民政府分级负责…; 市、县(市)、区教育行政主管部门应当会同自然资源和规划、发展改革等有关部门…:
    the city's body and the lower tiers' collective act, and so do the departments 会同 names."""
    head = "郑州市中小学校幼儿园规划建设条例\n\n第六条 "
    tail = "\n\n第七条 本条例自2006年3月1日起施行。\n"
    doc = parse_document(head + "市、县（市）、区人民政府分级负责中小学校、幼儿园的规划建设。" + tail)
    assert _units(doc, 0) == ["郑州市人民政府", "郑州市各县(市)、区人民政府"]
    doc = parse_document(head + "市、县（市）、区教育行政主管部门应当会同自然资源和规划、发展改革等有关部门，编制布局专项规划。" + tail)
    assert set(_units(doc, 0)) == {"郑州市教育局", "郑州市各县(市)、区教育局", "郑州市自然资源和规划局", "郑州市发展和改革委员会"}


_PAGE = """<html><head><title>国务院部门文件</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/gk/">公开</a></div>
<table>
<tr><td class="hui"><p>名称</p></td><td colspan="3"><!--名称开始-->某部关于协同做好不动产登记便民利企服务的通知<!--名称结束--></td></tr>
<tr><td><p>发文字号</p></td><td>自然资发〔2023〕29号</td><td><p>发布机构</p></td><td>部委联合发文</td></tr>
<tr><td><p>生成日期</p></td><td>2023年03月03日</td><td><p>体裁</p></td><td>通知</td></tr>
</table>
<div class="content"><p>某部关于协同做好不动产登记便民利企服务的通知</p>
<p>各省、自治区、直辖市自然资源主管部门：</p>
<p>为进一步提升便利化服务水平，降低制度性交易成本，现通知如下：</p>
<p>一、以点带面，积极做好登记工作。各地要在已有工作的基础上，深入探索，以点带面，积极做好相关工作，实现地域范围全覆盖。</p>
<p>二、因地制宜，确定办理模式。各地要结合本地实际，确定适宜的办理模式，并结合实践不断丰富发展，维护各方当事人合法权益。</p>
<p>自然资源部</p><p>2023年3月1日</p></div>
<div class="footer">版权所有 网站标识码</div>
</body></html>"""


def test_a_pages_metadata_table_gives_its_number_and_no_title_line():
    """The cells of a metadata table outside the content box run together (发文字号自然资发〔2023〕29号发布机构…):
    the labelled 文号 is read; a 生成日期 … 体裁 通知 line is the page's, never the title."""
    from policykg.loaders.reading.html_text import html_to_text
    text = html_to_text(_PAGE)
    doc = parse_document(text)
    assert doc.doc_number == "自然资发〔2023〕29号"
    assert doc.title == "某部关于协同做好不动产登记便民利企服务的通知"
    doc = parse_document("生成日期 2023年03月03日 体裁 通知\n" + text)
    assert doc.title == "某部关于协同做好不动产登记便民利企服务的通知"


def test_a_folder_scan_reads_a_saved_page_with_a_short_notice(tmp_path):
    """A .jsp page holding a 200-character notice is a document (a page is a page); a script of that size
    in a web app's folder is still left alone."""
    from policykg.loaders.document import collect_paths
    notice = ("<html><body><h2>某区科技局关于开展2017年度新经济企业入库工作的通知</h2><p>"
              + "为尽快摸清新经济企业发展现状，加强新经济企业培育，现将有关事项通知如下。" * 6 + "</p></body></html>")
    (tmp_path / "notice.jsp").write_text(notice, encoding="utf-8")
    (tmp_path / "app.js").write_text("const tips = '" + "请先登录后再提交申请材料，谢谢合作。" * 12 + "';", encoding="utf-8")
    assert [p.name for p in collect_paths([tmp_path])] == ["notice.jsp"]


def test_a_bracket_with_a_duty_note_and_a_province_collective_of_prefectures():
    """(责任单位:省发展改革委、各电网企业。按职责分工,下同。以下均需各市州、县市区人民政府落实,不再列出): the note is no
    part of a name, and 各市州、县市区人民政府 (a 湖南 province's prefectures and counties) is one collective; since session 24
    the item that holds the note counts it too (its gold does)."""
    text = ("湖南省进一步构建高质量充电基础设施体系的实施意见\n\n"
            "（一）科学编制规划。加强规划衔接。（责任单位：省发展改革委、省自然资源厅、各电网企业。按职责分工，下同。"
            "以下均需各市州、县市区人民政府落实，不再列出）\n\n"
            "（二）优化城市网络。加快建设公共充电设施。（责任单位：省发展改革委、省机关事务局）\n\n"
            "（三）压实主体责任。各地要落实属地责任。（责任单位：各相关职能部门按职责分工）\n")
    doc = parse_document(text)
    assert _units(doc, 0) == ["湖南省发展和改革委员会", "湖南省自然资源厅", "湖南省各电网企业", "湖南省各市州、县市区人民政府"]
    assert "湖南省各市州、县市区人民政府" in _units(doc, 1)
    assert _units(doc, 2)[-1] == "湖南省各相关职能部门"


def test_a_rate_per_student_and_year_is_a_benefit():
    """普通高中(1900元/生·年), 助学金标准为1000元/生·年: a rate per head and period pays; 平均工资4000元/人·月 and
    人均纯收入3000元/人·年 are statistics."""
    from policykg.loaders.facts.amounts import parse_amounts
    assert [(a.kind, a.value_yuan) for a in parse_amounts("普通高中(1900元/生·年)")] == [("fixed", 1900.0)]
    assert [(a.kind, a.value_yuan) for a in parse_amounts("扶贫专项助学金标准为1000元/生•年。")] == [("fixed", 1000.0)]
    assert parse_amounts("平均工资4000元/人·月。") == []
    assert parse_amounts("人均纯收入3000元/人·年以上的农户") == []


def test_a_publicity_notice_of_names_is_a_document():
    """A 公示 (a list of people who passed a review, with the bureau that takes objections) is read, not refused."""
    text = ("关于常州市建设专业初级技术职务评委会评审通过人员的公示\n\n"
            "常州市建设专业初级技术职务评委会于2011年10月12日召开了评审会议，共有120人参加评审，通过114人。现将评审通过人员名单进行"
            "公示，如有情况反映，请及时联系市城乡建设局组织人事处职称办。\n二○一一年十月十三日\n")
    doc = parse_document(text)
    assert doc.title.startswith("关于常州市建设专业初级技术职务评委会")


def test_the_people_of_a_table_with_a_name_column():
    """序号 姓 名 工作单位 拟评职称: each row's name is a person, the title column its role; a row of another
    shape ends the table."""
    text = ("关于某市建设专业初级技术职务评委会评审通过人员的公示\n\n现将评审通过人员名单进行公示。\n\n"
            "序号\t姓 名\t工作单位\t拟评职称\t评审结果\n1\t陈志皓\t某建筑设计研究院有限公司\t助理建筑师\t通过\n"
            "2\t刘德富\t某建筑设计研究院有限公司\t助理工程师\t通过\n二○一一年十月十三日\n")
    doc = parse_document(text)
    assert [(p.name, p.role) for p in doc.people] == [("陈志皓", "助理建筑师"), ("刘德富", "助理工程师")]
    assert doc.people[0].evidence.text == "陈志皓"


def test_a_company_alone_in_a_tables_cell_is_the_whole_cell():
    """常州第一建筑集团有限公司 and 常州城建设备安装有限公司 in a table's cells: no cut at 第一 or 城建."""
    text = ("关于某市建设专业初级技术职务评委会评审通过人员的公示\n\n现将评审通过人员名单进行公示。\n\n"
            "序号\t姓 名\t工作单位\t拟评职称\n1\t陈明\t常州城建设备安装有限公司\t助理工程师\n"
            "2\t周钰乾\t常州第一建筑集团有限公司\t助理工程师\n")
    names = {e.name for e in parse_document(text).enterprises}
    assert {"常州城建设备安装有限公司", "常州第一建筑集团有限公司"} <= names


def test_a_listings_date_before_the_title():
    """2021年08月27日    关于…提案答复的函 (a listing's line): the date is the document's, the title starts at 关于."""
    text = ("2021年08月27日    关于政协十三届全国委员会第四次会议第2529号（农业水利类442号）提案答复的函\n"
            "农业农村部表示下一步将会同科技、工信等有关部门，继续在国家重点研发计划中加大对电动农机的研究。\n")
    doc = parse_document(text)
    assert doc.date == "2021-08-27"
    assert doc.title == "关于政协十三届全国委员会第四次会议第2529号（农业水利类442号）提案答复的函"


def test_a_public_items_name_label_before_the_title():
    """公开事项名称:	关于…的答复摘要 (a disclosure page's field): the label is no part of the title."""
    text = ("公开事项名称:\t关于十四届全国人大二次会议第2895号建议的答复摘要\n\n"
            "国家能源局会同相关部门推进集中式充电场站建设，现答复如下。\n")
    assert parse_document(text).title == "关于十四届全国人大二次会议第2895号建议的答复摘要"


def test_unnumbered_paragraphs_that_each_end_with_their_units():
    """A record's paragraphs (opened up at their two-space indents), none numbered, each ending with
    (责任单位:…): a task each."""
    body = ["积极开展道路运输业务网上办理，简化办理流程。（责任单位：省交通运输厅、省公安厅）",
            "支持交通运输现代服务业企业享受金融扶持政策。（责任单位：省交通运输厅、省财政厅）",
            "认真落实国家对交通运输、快递等物流业的阶段性减税降费政策。（责任单位：省交通运输厅、省税务局）",
            "支持建设快递电商产业园区，在用地指标上予以优先保障。（责任单位：省自然资源厅、省交通运输厅）"]
    text = ("福建省人民政府办公厅关于应对新冠肺炎疫情支持交通运输现代服务业发展若干措施的通知\n"
            "各市、县（区）人民政府，省人民政府各部门：　　为全力支持我省交通运输现代服务业恢复生产，制定以下措施：　　"
            + "　　".join(body) + "　　福建省人民政府办公厅　　2020年3月6日\n")
    doc = parse_document(text)
    assert [m.id for m in doc.measures] == ["1", "2", "3", "4"]
    assert _units(doc, 3) == ["福建省自然资源厅", "福建省交通运输厅"]


def test_a_json_field_holding_markdown_articles():
    """A parsed PDF's JSON whose text is Markdown (## 第四条 【预算管理】): the marks go, the articles are read."""
    import json

    from policykg.loaders.reading.carriers import unwrap
    body = ("坪山区人民政府办公室关于印发《深圳市坪山区经济发展专项资金管理办法》的通知\n\n## 第一章 总 则\n\n"
            "## 第一条 【目的与依据】\n\n为规范专项资金管理，制定本办法。\n\n## 第二条 【主管部门】\n\n"
            "区工业和信息化局是专项资金的主管部门，负责专项资金的日常管理。\n\n## 第三条 【财政部门职责】\n\n"
            "区财政局负责保障专项资金需求。\n")
    text, carrier = unwrap(json.dumps({"title": "管理办法", "full_text": body}, ensure_ascii=False), ".json")
    assert carrier == "json" and "## " not in text
    doc = parse_document(text)
    assert [m.id for m in doc.measures][-2:] == ["第二条", "第三条"]


def test_a_page_whose_menus_come_before_the_title():
    """热搜: … and the site's links, then its fields, then 关于印发…的通知: the notice line is the title."""
    text = ("中国政府网 | 重庆市人民政府网\n无障碍 | 关怀版登录注销注册\n热搜： 政策文件 政策咨询问答库 意见征集\n"
            "首页 政务公开 政务服务 互动交流 经信数据\n[ 索引号 ]\n11500000009276281J/2024-01017\n[ 发文字号 ]\n"
            "渝经信发〔2024〕86号\n[ 发布机构 ]\n市经济信息委\n[ 成文日期 ]\n2024-10-30\n"
            "关于印发《重庆市新能源汽车与电网融合互动工作方案》的通知\n\n各区县（自治县）经济信息委：\n"
            "现将《重庆市新能源汽车与电网融合互动工作方案》印发给你们，请认真贯彻执行。\n")
    assert parse_document(text).title == "关于印发《重庆市新能源汽车与电网融合互动工作方案》的通知"


def test_unnamed_companies_in_a_bracket_are_no_unit():
    """(责任单位:市经济信息委、市能源局、有关企业): 有关企业 names no one (各相关企业 stays a collective)."""
    text = ("重庆市新能源汽车与电网融合互动工作方案\n\n一、推进车网互动\n（一）开展试点。建设车网互动示范项目。"
            "（责任单位：市经济信息委、市能源局、有关企业）\n")
    assert _units(parse_document(text), 0) == ["重庆市经济和信息化委员会", "重庆市能源局"]


def test_a_commissioned_body_starts_after_the_commissioning_verb():
    """我委委托中华医学会组织专家…: the institution is 中华医学会, not the clause that commissions it."""
    from policykg.loaders.entities.names import trim_left
    assert trim_left("我委委托中华医学会").text == "中华医学会"
