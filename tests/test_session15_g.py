"""Session 15 rules from batches 28-30 (issue 13): a CSV record as a carrier (and its id without .csv); a head run
into one line (OCR); 依职责办理; kinds of zones a collective includes."""
from __future__ import annotations

import sys
from pathlib import Path

from policykg.loaders import doc_id_for, read_document

sys.path.insert(0, str(Path(__file__).parent))
from test_responsibility import Jurisdiction, resp  # noqa: E402

RECORD = ('56,"龙岩市工业和信息化局文件龙工信能源〔2022〕4号龙岩市工业和信息化局关于加强龙岩电网并网用户侧电力设施管理的通知'
          '各县(市、区)工信科技局,国网龙岩供电公司,有关发电企业:为进一步维护我市供用电秩序,保障电网安全稳定运行,现就有关事项通知如下:'
          '一、加强并网管理。各县(市、区)工信科技局要督促并网用户落实设备运维责任。二、加强执法检查。国网龙岩供电公司要配合开展'
          '用户侧设施隐患排查,及时报告。龙岩市工业和信息化局2022年3月4日",通知\n')


def test_a_csv_record_is_read_and_named_without_its_suffix(tmp_path):
    """One CSV row (id, text, label): its longest field is the document; the head run into one line gives the
    title and the 文号 beside it; the output id drops .csv."""
    path = tmp_path / "longyan-notice-grid-2022.csv"
    path.write_text(RECORD, encoding="utf-8")
    doc = read_document(path)
    assert doc.doc_id == "longyan-notice-grid-2022" == doc_id_for(path)
    assert doc.title == "龙岩市工业和信息化局关于加强龙岩电网并网用户侧电力设施管理的通知"
    assert doc.doc_number == "龙工信能源〔2022〕4号"


def test_units_that_act_according_to_their_duties_and_zone_kinds_in_a_collective():
    """(责任单位:市发展改革委,各区政府(含新区、合作区管委会,下同)依职责办理): the units; the kinds of zones name none."""
    got = resp("推广燃料电池汽车。(责任单位:市交通运输局、发展改革委,各区政府(含新区、合作区管委会,下同)依职责办理)",
               Jurisdiction("深圳市", "city", ("广东省",)), ("深圳市发展和改革委员会",))
    assert [f for _, f, _ in got] == ["深圳市交通运输局", "深圳市发展和改革委员会", "深圳市各区人民政府"]
    named = resp("推广燃料电池汽车。(责任单位:市交通运输局,各区政府(含大鹏新区管委会、深汕特别合作区管委会)负责)",
                 Jurisdiction("深圳市", "city", ("广东省",)), ("深圳市发展和改革委员会",))
    assert "大鹏新区管理委员会" in [f for _, f, _ in named]


def test_a_heads_issuer_repeated_before_the_title_and_joint_issuers_run_together():
    """X公文稿纸X X关于…的函 (an OCR'd head): the title once, issued by X; 陕西省发展和改革委员会陕西省林业局关于…:
    two issuers."""
    from policykg.loaders import parse_document
    text = ("山东省发展和改革委员会公文稿纸山东省发展和改革委员会山东省发展和改革委员会关于商请会签《加强全省煤炭储备能力建设工作方案》的函"
            "省工业和信息化厅、省公安厅、省财政厅:按照省政府部署,我委牵头修改了《工作方案》。请于7月26日前反馈会签意见。"
            "附件:加强全省煤炭储备能力建设工作方案山东省发展和改革委员会2021年7月23日一、加强煤炭储备。建设储煤基地。")
    doc = parse_document(text)
    assert doc.title == "山东省发展和改革委员会关于商请会签《加强全省煤炭储备能力建设工作方案》的函"
    assert doc.issuer == ("山东省发展和改革委员会",)
    joint = parse_document("陕西省发展和改革委员会陕西省林业局关于印发国有林场电网升级改造实施方案的通知\n各设区市发展改革委、林业局:\n"
                           "现将实施方案印发给你们,请认真贯彻执行。\n一、升级电网。由国网陕西省电力公司负责实施。\n")
    assert joint.issuer == ("陕西省发展和改革委员会", "陕西省林业局")


def test_a_folder_scan_reads_a_one_record_csv_and_skips_a_dataset(tmp_path):
    """A CSV holding one document's record is read in a folder scan; a dataset of many rows is not a document."""
    from policykg.loaders import collect_paths
    (tmp_path / "one.csv").write_text(RECORD, encoding="utf-8")
    (tmp_path / "many.csv").write_text("".join(f'{k},"{RECORD[4:-5]}",通知\n' for k in range(5)), encoding="utf-8")
    (tmp_path / "table.csv").write_text("id,name\n1,a\n", encoding="utf-8")
    assert [p.name for p in collect_paths([tmp_path]) if isinstance(p, Path)] == ["one.csv"]


def test_an_articles_duty_items_run_into_one_line():
    """第四条…(一)…(六)…三、成员单位工作职责第五条…(一)省委办公厅:负责…(二)省公安厅:负责… on one line (OCR): each
    item of the duty article gives its unit."""
    from policykg.loaders import parse_document
    duties = "".join(f"({n})省{u}:负责全省防灾减灾救灾相关工作的组织协调和监督检查,参与灾害应急处置。"
                     for n, u in zip("一二三四", ("委办公厅", "公安厅", "财政厅", "水利厅")))
    text = ("山东省委防灾减灾救灾领导小组工作规则第一条为加强领导小组工作,制定本规则。第二条领导小组设组长1人,副组长4人,成员若干人。"
            "第三条领导小组下设办公室,办公室设在省应急厅,承担领导小组日常工作。第四条领导小组的主要职责:"
            "(一)研究制定防灾减灾救灾工作的规划和重大政策措施。(二)协调解决重大问题,审议应急预案。"
            "三、成员单位工作职责第五条领导小组成员单位依据职责承担防灾减灾救灾工作任务。" + duties +
            "第六条领导小组全体会议原则上每年召开一次,根据工作需要适时召开。")
    doc = parse_document(text)
    units = {r.normalized for m in doc.measures for r in m.responsible}
    assert {"山东省公安厅", "山东省财政厅", "山东省水利厅"} <= units
    one = [m for m in doc.measures if any(r.normalized == "山东省财政厅" for r in m.responsible)]
    assert len(one) == 1 and len(one[0].responsible) == 1


def test_a_signature_inside_a_head_run_into_one_line():
    """…请认真贯彻落实。附件:落实分工方案山东省防汛抗旱指挥部办公室2020年11月2日附件… (OCR, one line): the date;
    a date a deadline gives (于2020年11月4日前反馈) is none."""
    from policykg.loaders import parse_document
    text = ("关于印发落实省领导防汛工作批示分工方案的通知各市防指、省防指各成员单位:现将分工方案印发你们,请于2020年11月4日前反馈意见,"
            "请结合本地实际抓好贯彻落实。附件:落实省领导防汛工作批示分工方案山东省防汛抗旱指挥部办公室2020年11月2日附件落实省领导防汛工作"
            "批示分工方案一、持续加强水利工程建设1.加大水利工程建设投入。(责任单位:省水利厅牵头,省财政厅等部门分工负责)"
            "二、健全完善防汛工作机制1.总结汛期工作机制。(责任单位:省应急厅牵头,省水利厅等部门分工负责)")
    doc = parse_document(text)
    assert doc.date == "2020-11-02"
    assert doc.issuer == ("山东省防汛抗旱指挥部办公室",)  # from its place on, not …分工方案山东省…


def test_industries_and_activities_before_a_company_head_are_no_companies():
    """汽车、电子信息、家电、纺织服装…等重点行业龙头企业: industries; 醒狮表演、非遗体验…等文化活动走进企业: events;
    普路通、信利康、朗华等供应链行业龙头企业 still names three companies."""
    from policykg.loaders.entities.orgs import find_orgs
    text = ("鼓励支持汽车、电子信息、家电、装备、纺织服装、原材料、化工、食品、家居、新能源等重点行业龙头企业建设工业互联网平台。"
            "安排醒狮表演、非遗体验、春联进万家等文化活动走进企业、社区。其中普路通、信利康、朗华等供应链行业龙头企业均注册在福田。")
    names = {f.name for f in find_orgs(text) if f.kind == "enterprises"}
    assert not names & {"化工", "家电", "电子信息", "纺织服装", "非遗体验", "春联进万家"}
    assert {"普路通", "信利康", "朗华"} <= names


def test_measures_named_without_a_kind_word_are_funding_when_the_text_pays():
    """关于印发《德宏州优化调整房地产市场调控措施》的通知 over 购房补贴…5000元: funding; over no money: an opinion."""
    from policykg.loaders.structure.doctype import classify
    title = "德宏州人民政府办公室关于印发《德宏州优化调整房地产市场调控措施》的通知"
    assert classify(title, "一、对购买新建商品住房的给予购房补贴,每套补贴5000元。二、优化公积金贷款。") == "funding_measures"
    assert classify(title, "一、优化限购政策。二、加强市场监管。") == "implementing_opinion"
    assert classify("科技部印发《关于新时期支持科技型中小企业加快创新发展的若干政策措施》的通知", "给予奖励100万元。") == "funding_measures"


def test_a_districts_street_level_bodies_named_without_a_street():
    """街道消防安全委员会, 小区居委 in a district's opinion: every street's committee, every residents' committee."""
    got = resp("建立健全基层消防安全组织。街道消防安全委员会负责统筹辖区消防工作,小区居委要落实日常防火巡查。",
               Jurisdiction("杨浦区", "district", ("上海市",)), ("上海市杨浦区人民政府办公室",))
    assert {f for _, f, _ in got} >= {"杨浦区各街道消防安全委员会", "杨浦区各居民委员会"}
