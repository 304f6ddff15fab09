"""Session 16 rules from batch 32 (issue 13): a crawler's page whose body is run into one line after its label
block (标题:/发布时间:/栏目:) gives the title with its issuer, the signature's date and issuer; a verb phrase
(积极争取国家部委…) is no subject."""
from __future__ import annotations

import sys
from pathlib import Path

from policykg.loaders import parse_document
from policykg.loaders.structure.titles import run_on_title

sys.path.insert(0, str(Path(__file__).parent))
from test_responsibility import Jurisdiction, resp  # noqa: E402

PAGE = ("标题: 关于印发《某某区开展交通专项整治工作方案》的通知\n发布时间: 2015-04-17 10:19\n文号: \n发布机构: 中国平潭\n"
        "栏目: 区管委会办公室文件\n原文链接: https://www.example.gov.cn/t20151113_2616.htm\n==================== 正文 ====================\n"
        "当前位置： 首页政务公开最新文件区管委会办公室文件 关于印发《某某区开展交通专项整治工作方案》的通知 时间：2015-04-17 10:19 "
        "微信 微博 QQ空间 岚综管办〔2015〕66号平潭综合实验区管委会办公室关于印发《某某区开展交通专项整治工作方案》的通知"
        "区直各相关单位、各乡镇人民政府：经区管委会领导同意，现将《某某区开展交通专项整治工作方案》印发给你们，请认真贯彻执行。"
        "平潭综合实验区管委会办公室2015年4月15日某某区开展交通专项整治工作方案一、工作措施（一）加强巡查。区公安局负责学校周边巡查。"
        "（二）加强宣传。区教育局负责交通安全宣传。")


def test_a_page_run_into_one_line_after_its_labels_gives_the_bodys_head():
    doc = parse_document(PAGE)
    assert doc.title == "平潭综合实验区管委会办公室关于印发《某某区开展交通专项整治工作方案》的通知"
    assert doc.issuer == ("平潭综合实验区管委会办公室",)  # not the 栏目: label
    assert doc.date == "2015-04-15"  # the signature's, not the page's 发布时间
    assert doc.jurisdiction.name == "平潭综合实验区"


def test_a_breadcrumbs_title_before_the_pages_time_label_is_not_the_run_on_head():
    line = ("当前位置:首页最新文件关于印发《某方案》的通知时间:2015-04-17 10:19微信岚综管办〔2015〕66号平潭综合实验区管委会办公室"
            "关于印发《某方案》的通知区直各相关单位:经区管委会领导同意，现将《某方案》印发给你们，请认真贯彻执行。" + "为进一步加强管理。" * 6)
    assert run_on_title(line) == ("平潭综合实验区管委会办公室关于印发《某方案》的通知", "岚综管办〔2015〕66号")


def test_a_verb_phrase_before_a_ministry_is_no_subject():
    got = resp("（一）加强组织领导\n充分利用北京推进科技创新中心建设办公室协调机制，积极争取国家部委指导支持。",
               Jurisdiction("北京市", "province", ()), ("北京市人民政府",))
    assert got == []


def test_a_handling_record_with_its_dispatched_units_is_a_reply_and_names_its_proposer():
    doc = parse_document("标题: 关于推动发展游艇产业的建议\n发布时间: 2025-12-31 11:00\n栏目: 政协提案\n"
                         "5号提案案 由：关于推动发展游艇产业的建议提 案 人：欧阳桢分办单位：区旅文局、区交建局委员反馈：满意"
                         "办复内容：（区旅文局）一是工作推进情况。我局起草了实施方案。二是下一步工作计划。继续完善政策措施。")
    assert doc.doc_type == "proposal_reply"
    assert [p.name for p in doc.people] == ["欧阳桢"]
