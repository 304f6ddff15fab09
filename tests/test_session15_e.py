"""Session 15 rules from batches 25-27 (issue 13): a notice issuing two texts; a roster with spaced posts on CRLF
lines; units that 配合 in prose."""
from __future__ import annotations

import sys
from pathlib import Path

from policykg.loaders import parse_document

sys.path.insert(0, str(Path(__file__).parent))
from test_responsibility import Jurisdiction, resp  # noqa: E402

TWO_TEXTS = ("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划的通知\n"
             "各市人民政府,省政府各部门:\n《支持工业互联网发展若干政策》《安徽省工业互联网创新发展行动计划(2021-2023年)》已经省政府同意,"
             "现印发给你们,请认真贯彻执行。\n安徽省人民政府办公厅\n2021年9月2日\n支持工业互联网发展若干政策\n"
             "一、支持工业互联网平台建设\n培育各类工业互联网平台,对新认定的平台给予最高500万元奖励。\n"
             "二、支持企业上云\n对企业上云给予补助。\n本政策自2021年开始执行,由省经济和信息化厅负责解释。\n"
             "安徽省工业互联网创新发展行动计划(2021-2023年)\n为推动工业互联网赋能制造强省,制定本行动计划。\n"
             "一、重点任务\n(一)建设网络基础设施。加快5G网络部署。(责任单位:省通信管理局、省经济和信息化厅)\n"
             "(二)建设标识解析体系。推进二级节点建设。(责任单位:省经济和信息化厅)\n")


def test_a_notice_that_issues_two_texts_keeps_the_second_ones_measures():
    """本政策自…执行 closes the first text, but the title of the second (…行动计划(2021-2023年)) and its headings
    follow: its measures are measures too."""
    doc = parse_document(TWO_TEXTS)
    units = {r.normalized for m in doc.measures for r in m.responsible}
    assert {"安徽省通信管理局", "安徽省经济和信息化厅"} <= units
    assert len(doc.measures) >= 4


def test_a_roster_with_spaced_posts_on_crlf_lines():
    """附件 名单 / 组　长：王清宪 省长 / 副组长：… / 成　员：潘朝晖 省政府秘书长 / 罗　平 省科技厅厅长 (blank lines
    between, CRLF line ends): every official with the post and title."""
    text = ("安徽省关于推进工业互联网发展的通知\r\n各市人民政府:\r\n现就推进工业互联网发展通知如下。\r\n一、加强组织。成立专项工作组。\r\n"
            "附件\r\n省推进工业互联网创新发展专项工作组名单\r\n\r\n　　组　长：王清宪 省长\r\n\r\n　　副组长：何树山 副省长\r\n\r\n"
            "　　成　员：潘朝晖 省政府秘书长\r\n\r\n　　罗　平 省科技厅厅长\r\n")
    people = {p.name: p.role for p in parse_document(text).people}
    assert people["王清宪"] == "组长,省长"
    assert people["罗平"] == "成员,省科技厅厅长"
    assert {"何树山", "潘朝晖"} <= set(people)


def test_units_that_cooperate_in_prose():
    """区公安部门(各相关派出所)配合提供…;区民政部门配合提供…: each acts."""
    got = resp("区相关部门协同做好调查核查工作。区公安部门(各相关派出所)配合提供相关户籍信息;区民政部门配合提供相关婚姻登记信息。",
               Jurisdiction("崇明区", "district", ("上海市",)), ("上海市崇明区人民政府办公室",))
    assert {f for _, f, _ in got} >= {"上海市公安局崇明分局", "崇明区民政局"}
