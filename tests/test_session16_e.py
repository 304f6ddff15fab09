"""Session 16 rules from batch 35 (issue 13): a 国办 opinion run into one line (title, 文号 after it, addressees with
full-width colons); a central body renamed later (农业部, 交通部) is named as written, never as its successor."""
from __future__ import annotations

import sys
from pathlib import Path

from policykg.loaders import parse_document

sys.path.insert(0, str(Path(__file__).parent))
from test_responsibility import Jurisdiction, resp  # noqa: E402

OPINION = ("国务院办公厅关于改善农村人居环境的指导意见国办发〔2014〕25号各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
           "　　为进一步改善农村人居环境，经国务院同意，现提出以下意见：　　一、总体要求　　（一）指导思想。坚持因地制宜。"
           "　　二、重点任务　　（一）加快编制村庄规划。编制和完善县域村镇体系规划。　　（二）加强组织领导。各地区、各部门要充分认识"
           "改善农村人居环境的重要意义。住房城乡建设部、环境保护部、农业部要组织开展监督检查。"
           "　　　　国务院办公厅　　　　2014年5月16日　　（此件公开发布）")


def test_an_opinion_run_into_one_line_gives_its_title_and_the_number_after_it():
    doc = parse_document(OPINION)
    assert doc.title == "国务院办公厅关于改善农村人居环境的指导意见"
    assert doc.doc_number == "国办发〔2014〕25号"
    assert doc.doc_type == "implementing_opinion"


def test_a_ministry_renamed_later_is_named_as_written():
    got = resp("（四）加强组织领导。住房城乡建设部、环境保护部、农业部、交通部要组织开展监督检查。",
               Jurisdiction("全国", "national", ()), ("国务院办公厅",))
    assert [f for _, f, _ in got] == ["住房和城乡建设部", "环境保护部", "农业部", "交通部"]
