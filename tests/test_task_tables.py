"""Task tables (任务分工表) read from web pages: merged cells, divisions' columns, rows kept apart."""
from __future__ import annotations

import pytest

from policykg.loaders import read_document
from policykg.loaders.normalize import normalize

_PAGE = """<!doctype html><html><head><script>var a = 1;
function f() { return { title: "x" }; }
var b = { title: "页面", name: "y" };</script></head><body><div class="content">
<p>广州市卫生健康委员会关于印发某市家庭医生签约服务实施方案的通知</p>
<p>二、主要任务</p>
<p><strong>1</strong><strong>.有序扩大</strong><strong>家庭医生来源。</strong>现阶段家庭医生包括全科医生。</p>
<p><strong>2.不断优化签约服务团队。</strong>家庭医生可以个人为签约主体。</p>
<p>附件2</p><p>任务分工表</p>
<table>
<tr><td>序号</td><td>工作事项</td><td>主要内容</td><td>牵头单位</td><td>配合单位</td><td>市卫健委内牵头处室</td></tr>
<tr><td rowspan="2">1</td><td rowspan="2">有序扩大家庭医生来源。</td><td>现阶段家庭医生包括全科医生。</td><td>各区政府</td><td>市卫生健康委</td><td>基层处</td></tr>
<tr><td>加大公开招聘力度。</td><td>各区政府</td><td>市人社局</td><td>人事处</td></tr>
<tr><td>2</td><td>不断优化签约服务团队。</td><td>家庭医生可以个人为签约主体。</td><td>各区政府</td><td>市疾控中心</td><td>医政处</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def page_doc(tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "gz.html"
    path.write_text(_PAGE, encoding="utf-8")
    return read_document(path)


def test_a_saved_page_with_scripts_is_read_as_a_page_and_bold_runs_stay_one_line(page_doc):
    doc = page_doc
    assert [m.title for m in doc.measures[:2]] == ["有序扩大家庭医生来源", "不断优化签约服务团队"]


def test_a_row_under_merged_cells_belongs_to_the_task_above(page_doc):
    doc = page_doc
    assert len(doc.measures) == 2  # the continuation row is no measure of its own
    first = doc.measures[0]
    assert {r.normalized for r in first.responsible} == {"广州市各区人民政府", "广州市卫生健康委员会",
                                                         "广州市人力资源和社会保障局"}
    assert [r.normalized for r in first.responsible if r.role == "lead"] == ["广州市各区人民政府"]


def test_a_column_of_one_bodys_divisions_gives_no_units(page_doc):
    names = {r.name for m in page_doc.measures for r in m.responsible}
    assert not names & {"基层处", "人事处", "医政处"}


def test_an_abbreviated_cdc_is_the_citys_disease_control_centre(page_doc):
    second = page_doc.measures[1]
    assert "广州市疾病预防控制中心" in {r.normalized for r in second.responsible}


def test_table_rows_are_not_joined_as_if_a_page_break_cut_them():
    text = "序号\t任务\t牵头单位\n1\t推进基层医疗卫生机构建设工作\t市卫生健康委\n紧密型医疗集团内实现统一药品供应目录。"
    assert normalize(text).text.splitlines()[-1] == "紧密型医疗集团内实现统一药品供应目录。"


def test_an_assessment_table_with_section_rows_gives_each_row_its_units() -> None:
    """考核细则: a score column, a 负责考核部门 column, section rows (一、⇥…⇥31) between the rows."""
    from policykg.loaders import parse_document

    text = ("石城县河长制工作乡镇考核细则\n序号\t考核项目\t各项分值\t考核指标\t负责考核部门\n总分\t100\n"
            "一、\t巩固成果,提升河长制工作实效(琴江镇)\t31\n"
            "1\t完善四个到位\t5\t进一步健全河长制组织体系。\t县河长办\n"
            "2\t深化河长制宣传\t7\t充分利用各类媒体开展河长制公益宣传。\t县委宣传部   县教育局   县河长办\n"
            "二、\t推进专项整治(人工湖)\t45\n"
            "3\t继续推进水质不达标河库治理\t4\t推进不达标河库治理。\t县环保局   县水文站\n")
    doc = parse_document(text, doc_id="sc")
    got = {m.id: [r.name for r in m.responsible] for m in doc.measures}
    assert got == {"表.1": ["县河长办"], "表.2": ["县委宣传部", "县教育局", "县河长办"], "表.3": ["县环保局", "县水文站"]}
    assert [r.normalized for r in doc.measures[0].responsible] == ["石城县河长制办公室"]


#: a plan's three tasks and an annex listing, per unit, the tasks it carries (its third row is each test's own)
UNIT_TASKS = ("静安区生活垃圾分类工作实施方案\n一、重点任务\n"
              "1.提升基层治理效能。强化党组织领导下的生活垃圾分类多方参与机制,将垃圾分类作为社区治理工作的标尺。\n"
              "2.拓展社会宣传内涵。在重要时间节点组织开展各类主题宣传活动,加强入户宣传引导。\n"
              "3.推动源头设施便利化改造。持续推进居住区投放点微更新和专项更新。\n"
              "附件\n任务清单\n序号\n任务内容\n责任单位\n"
              "1\n1.强化党组织领导下的生活垃圾分类多方参与机制,将垃圾分类作为社区治理工作的标尺。\n"
              "2.推进居住区投放点微更新和专项更新。\n区绿化市容局\n"
              "2\n1.紧扣重要时间节点组织开展各类主题宣传活动。\n2.加强入户宣传引导和志愿服务。\n区卫健委\n")


def test_a_table_of_each_units_tasks_gives_the_units_to_the_body_measures() -> None:
    """附件 任务清单: one row per unit, its tasks numbered; the tasks repeat the body's measures."""
    from policykg.loaders import parse_document

    text = UNIT_TASKS + "3\n将生活垃圾分类纳入基层党建和社区治理工作,强化多方参与机制。\n区社工部\n"
    doc = parse_document(text, doc_id="jn")
    got = {m.id: [r.name for r in m.responsible] for m in doc.measures}
    assert got == {"1": ["区绿化市容局", "区社工部"], "2": ["区卫健委"], "3": ["区绿化市容局"]}, got
    assert doc.measures[0].responsible[1].normalized == "中共上海市静安区委社会工作部"


def test_a_flattened_table_of_numbered_items_with_several_task_rows_each() -> None:
    """重点任务清单 read cell by cell: 类别, 项目 (1.做好规划配套), 主要任务, 牵头单位, 配合单位. A task row with no
    item cell is a further task of the item above; a unit cell wrapped after its 、 and an item title
    wrapped over two lines are one cell; 相关委、办、局 names no unit."""
    from policykg.loaders import parse_document

    text = ("杨浦区基层消防安全综合治理建设工作实施意见\n一、工作任务\n(一)完善机制。健全基层消防安全机制。\n"
            "附件:\n\n重点任务清单\n\n类别\n\n项目\n\n主要任务\n\n牵头单位\n\n配合单位\n\n"
            "一、做好政策保障\n\n1.做好规划配套\n\n将消防工作与市级消防专项规划同步规划、同步实施。\n\n区消防救援支队\n\n"
            "区应急局、区公安分局\n\n2.完善规章标准\n\n细化街道消防安全委员会的职责任务。\n\n区消防救援支队\n\n各街道\n\n"
            "贯彻执行本市基层消防综合治理重点检查事项。\n\n区考核办\n\n各街道、\n相关委、办、局\n\n"
            "3.实化运行消防\n安全委员会\n\n年底前,各街道成立消防安全委员会。\n\n区委编办、\n各街道\n\n区消防救援支队\n")
    doc = parse_document(text, doc_id="yp")
    got = {m.id: [r.name for r in m.responsible] for m in doc.measures if m.id.startswith("附件")}
    assert got == {"附件.1": ["区消防救援支队", "区应急局", "区公安分局"],
                   "附件.2": ["区消防救援支队", "各街道", "区考核办"],
                   "附件.3": ["区委编办", "各街道", "区消防救援支队"]}, got
    assert [m.title for m in doc.measures if m.id.startswith("附件")] == ["做好规划配套", "完善规章标准", "实化运行消防安全委员会"]


def test_a_row_of_a_units_task_list_that_repeats_no_body_measure_is_no_measure() -> None:
    """Once the table shows it lists each unit's tasks, its rows are no measures: a row's tasks fold on a weaker
    likeness, and a row whose one task repeats no body measure (对火车站开展专项监督检查) adds no measure."""
    from policykg.loaders import parse_document

    text = UNIT_TASKS + "3\n对上海火车站开展专项监督检查,提高公共区域生活垃圾分类实效。\n区站管委办\n"
    doc = parse_document(text, doc_id="jn")
    assert [m.id for m in doc.measures] == ["1", "2", "3"]
    assert [r.name for r in doc.measures[1].responsible] == ["区卫健委"]


def test_a_flattened_annex_table_with_a_work_column_gives_each_row_its_units() -> None:
    """任务分工表 read cell by cell under 序号/重点任务/具体工作/时间进度/责任部门: a 具体工作 column is a text
    column, a section row (一 / 推进…) opens no task, each numbered row is a measure with its unit cell."""
    from policykg.loaders import parse_document

    text = ("静安区2026年节能减排重点工作安排\n一、重点工作安排\n(一)推进综合管理\n全面实施双控制度。\n"
            "附件:2026年重点工作任务分工表\n\n附件\n\n重点工作任务分工表\n\n序号\n\n重点任务\n\n具体工作\n\n时间进度\n\n"
            "责任部门\n\n一\n\n推进碳达峰碳中和综合管理\n\n1\n\n全面实施碳排放总量和强度双控制度\n\n全年推进\n\n"
            "发展改革委、生态环境局、科技经济委等\n\n2\n\n做好节能减排降碳工作统筹推进\n\n全年推进\n\n发展改革委\n\n"
            "二\n\n持续推动节能降碳增效\n\n3\n\n推进工业企业开展能效诊断\n\n年内完成\n\n商务委、各街镇\n")
    doc = parse_document(text, doc_id="ja")
    rows = [m for m in doc.measures if m.id.startswith("附件")]
    assert [[r.name for r in m.responsible] for m in rows] == [
        ["发展改革委", "生态环境局", "科技经济委"], ["发展改革委"], ["商务委", "各街镇"]], [(m.id, m.responsible) for m in rows]


def test_a_markdown_table_goes_on_past_section_rows_and_wrapped_cells() -> None:
    """A 责任清单 converted from a PDF: section rows ((二)…) and a wrapped cell lost their empty cells, and a unit
    cell lost the separators between its units; the rows below still belong to the table and lead."""
    from policykg.loaders import parse_document

    head = "| 序号 | 任务内容 | 2024年目标 | 牵头单位 |\n| --- | --- | --- | --- |\n"
    text = ("盐都区行动方案\n一、重点任务\n(一)实施设备更新行动\n1.推动工业企业数字化改造。加快改造。\n"
            "2.推动老旧住宅电梯更新改造。加快更新。\n(二)实施消费品以旧换新行动\n3.开展汽车以旧换新。持续开展。\n"
            "附件:责任清单\n\n" + head + "| (一)实施设备更新行动 |  |  |  |\n| 1 | 推动工业企业数字化改造 | 创建智能工厂1家 | 区工信局 |\n"
            "| 2 | 推动老旧住宅电梯更新改造 | 更新电梯50台 | 区住建局区市场监管局 |\n| 到2027年更新电梯200台 |  |  |  |\n"
            "| (二)实施消费品以旧换新行动 |  |  |  |\n| 3 | 开展汽车以旧换新 | 开展汽车下乡活动 | 区商务局 |\n")
    from policykg.loaders import decode_bytes

    doc = parse_document(decode_bytes(text.encode("utf-8"), "yd.md")[0], doc_id="yd")
    leads = {m.title: m.lead for m in doc.measures if m.lead}
    assert leads == {"推动工业企业数字化改造": "盐都区工业和信息化局", "推动老旧住宅电梯更新改造": "盐都区住房和城乡建设局",
                     "开展汽车以旧换新": "盐都区商务局"}, leads
