"""Session 16 rules from batches 34-35 (issue 13): a 分工方案 whose items and their 主要措施 each carry a bracket (both
tiers are measures); an item's text that opens with a year (3.2018年…); 牵头/配合 labels in a text run into one line end
at the next item's label; 国务院审改办 in full."""
from __future__ import annotations

import sys
from pathlib import Path

from policykg.loaders import parse_document

sys.path.insert(0, str(Path(__file__).parent))
from test_responsibility import Jurisdiction, resp  # noqa: E402

PLAN = """国务院办公厅关于印发全国深化“放管服”改革重点任务分工方案的通知
一、重点任务
（一）为促进就业创业降门槛。
1.对现有审批和许可事项要逐一深入论证，能取消的坚决取消。（国务院审改办牵头，各地区、各部门负责）
主要措施：
（1）2018年第三季度对现有行政许可事项进行一次全面摸底清理。（国务院审改办牵头，各部门负责）
（2）持续精简行政许可事项，成熟一批、推出一批。（国务院审改办牵头，各部门负责）
2.进一步压缩企业开办时间，减并工商、税务、刻章、社保等流程。（市场监管总局牵头，公安部、税务总局等国务院相关部门按职责分工负责）
3.2018年要在全国推开“证照分离”改革，重点是“照后减证”。（市场监管总局、司法部牵头，国务院相关部门按职责分工负责）
"""


def test_both_tiers_of_a_task_division_are_measures_with_their_own_units():
    doc = parse_document(PLAN)
    got = {m.id: ([r.normalized for r in m.responsible], m.lead) for m in doc.measures}
    assert list(got) == ["1", "1.(1)", "1.(2)", "2", "3"]
    first, sub = doc.measures[0], doc.measures[1]
    assert first.lead == sub.lead == "国务院行政审批制度改革工作领导小组办公室"
    assert "各地区" in " ".join(r.normalized for r in first.responsible)
    assert "各地区" not in " ".join(r.normalized for r in sub.responsible)  # the sub-item's own bracket
    assert doc.measures[-1].title.startswith("2018年要在全国推开")  # 3.2018年…: item 3, not part of item 2


def test_labels_in_a_text_run_into_one_line_end_at_the_next_items_label():
    got = resp("（一）“互联网+”高技术产业1．行动目标。到2018年初步形成产业体系。2．主要任务鼓励新兴产业企业发展。"
               "牵头单位：区经发局经信处，配合单位：区社会事业局、数字办（二）“互联网+”现代农业1．行动目标。全面推进互联网与农业融合。",
               Jurisdiction("平潭综合实验区", "district", ("福建省",)), ("平潭综合实验区管委会",))
    assert len(got) == 3 and all(len(n) <= 10 for n, _, _ in got)


def test_a_roster_run_into_one_line_gives_each_official():
    text = ("国务院办公厅关于同意建立铁路沿线安全环境治理部际联席会议制度的函\n交通运输部：\n你部关于建立铁路沿线安全环境治理部际联席会议制度的请示收悉。"
            "经国务院同意，现函复如下：\n一、同意建立铁路沿线安全环境治理部际联席会议制度。联席会议不刻制印章，不正式行文。\n"
            "二、联席会议由交通运输部牵头，公安部、生态环境部等部门参加。\n国务院办公厅\n2021年1月26日\n"
            "召 集 人：杨传堂　　交通运输部党组书记　　　　　李小鹏　　交通运输部部长副召集人：刘振芳　　国家铁路局局长成　　员：杜航伟　　公安部副部长"
            "　　　　　刘　华　　生态环境部副部长\n")
    people = {p.name: p.role for p in parse_document(text).people}
    assert people["杨传堂"].startswith("召集人") and people["李小鹏"].startswith("召集人")
    assert people["刘振芳"].startswith("副召集人") and people["刘华"] == "成员,生态环境部副部长"


def test_a_division_written_after_its_bureau_is_that_bureaus():
    got = resp("1.推进数字经济。牵头单位：区经发局经信处，配合单位：区财政局",
               Jurisdiction("平潭综合实验区", "district", ("福建省",)), ("平潭综合实验区管委会",))
    assert got[0][1] == "平潭综合实验区经济发展局经信处"
