"""Session 17 rules from batches 45-46 (issue 13): a cover notice's annexed plans (附件1 / X工作方案为贯彻…) are its
body and its list of annexes is no measure; tasks run into one line, each opened by its phrase and closed by its own
bracket, are one measure each; a standing note (以下均需相关乡镇配合,不再列出) adds its units below; 相关乡镇 are
the towns a task concerns; 配合实施 is a role; bare functions (规划资源, 人力社保, 监察) before a shared 部门."""
from __future__ import annotations

import sys
from pathlib import Path

from policykg.loaders import parse_document

sys.path.insert(0, str(Path(__file__).parent))
from test_responsibility import Jurisdiction, resp  # noqa: E402

_COVER = ("上海市奉贤区农业农村委员会关于印发《奉贤区优先保护类耕地集中区域土壤环境保护工作方案》等的通知\n各街镇、开发区、头桥集团：\n"
          "现将有关工作方案印发给你们，请认真贯彻执行。\n特此通知。\n附件：1、奉贤区优先保护类耕地集中区域土壤环境保护工作方案\n"
          "2、奉贤区受污染耕地安全利用工作方案\n上海市奉贤区农业农村委员会\n2020年10月19日\n"
          "附件1\n奉贤区优先保护类耕地集中区域土壤环境保护工作方案为贯彻落实土壤污染防治法，制定本方案。\n一、总体要求\n坚持保护优先。\n"
          "二、主要任务\n（一）建立保护清单。划定耕地土壤环境质量类别。（区农业农村委、区规划资源局牵头，各街镇、开发区、头桥集团配合实施）\n"
          "（二）提升耕地质量。推行耕地轮作休耕。（区农业农村委牵头，区规划资源局配合）\n"
          "附件2\n奉贤区受污染耕地安全利用工作方案为贯彻落实土壤污染防治法，制定本方案。\n一、主要任务\n"
          "（一）建立安全利用清单。划定安全利用类耕地。（区农业农村委牵头，区生态环境局配合）\n")


def test_a_cover_notice_s_annexed_plans_are_its_body():
    doc = parse_document(_COVER)
    assert [m.id for m in doc.measures] == ["二.(一)", "二.(二)", "一.(一)"]
    first = [(r.name, r.role) for r in doc.measures[0].responsible]
    assert ("头桥集团", "co") in first and ("区农业农村委", "lead") in first


_RUN_ON = ("某区水污染防治工作方案\n三、主要任务（一）全面控制污染物排放1．狠抓重点排污行业整治取缔“十小”企业。全面排查小型工业企业。"
           "（区环境与国土资源局牵头，区经济发展局等参与，相关乡镇配合。以下均需相关乡镇配合，不再列出）专项整治重点排污行业。推进重点排污行业专项治理。"
           "（区环境与国土资源局牵头，区经济发展局、社会事业局等参与）2．强化城镇生活污染治理加快城镇污水处理设施建设。建立污水处理系统。"
           "（区交通与建设局牵头，区经济发展局等参与）全面加强配套管网建设。强化污水截流。（区交通与建设局牵头）\n")


def test_tasks_run_into_one_line_are_one_measure_each_and_a_standing_note_adds_its_units():
    doc = parse_document(_RUN_ON)
    assert [m.id for m in doc.measures] == ["1.1", "1.2", "2.1", "2.2"]
    assert [m.title for m in doc.measures][1] == "专项整治重点排污行业"
    assert all("相关乡镇" in {r.name for r in m.responsible} for m in doc.measures[1:])
    assert [r.name for r in doc.measures[3].responsible if r.role == "lead"] == ["区交通与建设局"]


def test_the_towns_a_task_concerns_and_bare_functions_before_a_shared_department():
    j = Jurisdiction("奉贤区", "district", ("上海市",))
    got = resp("(一)明确职责分工。区农业农村、生态环境、规划资源等部门按照各自职责协调、指导本区工作。", j, (), "plan")
    assert [n for _, n, _ in got] == ["奉贤区农业农村局", "奉贤区生态环境局", "奉贤区规划和自然资源局"]
    got = resp("(二)加强监管。审计、财政、监察部门负责对资金使用情况进行监督检查。", j, (), "plan")
    assert [n for _, n, _ in got] == ["奉贤区审计局", "奉贤区财政局", "奉贤区监察局"]
    got = resp("(三)建立清单。划定耕地类别。(区财政局牵头,相关乡镇配合)", j, (), "plan")
    assert [n for _, n, _ in got] == ["奉贤区财政局", "奉贤区相关乡镇人民政府"]
