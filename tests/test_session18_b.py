"""Session 18 rules from batches 51-52 (issue 13): national science and talent programs by their standing names
(国家科技支撑计划, 千人计划, 新世纪百千万人才工程) are programs wherever a text names them, outside a cited title; a
quoted label before 重点专项 names a national key special program (“数学与交叉科学”重点专项)."""
from __future__ import annotations

from policykg.loaders.entities.programs import find_programs
from policykg.loaders.normalize import fold


def _names(text):
    return [f.name for f in find_programs(fold(text))]


def test_national_programs_by_their_standing_names():
    text = ("项目负责人限申报1个项目;国家重点基础研究发展计划(973计划)、国家高技术研究发展计划(863计划)、国家科技支撑计划、"
            "国家国际科技合作专项的在研项目负责人不得申报。国家千人计划人选,新世纪百千万人才工程国家级人选,给予补助。")
    got = _names(text)
    for name in ("国家重点基础研究发展计划", "国家高技术研究发展计划", "国家科技支撑计划", "国家国际科技合作专项", "千人计划",
                 "新世纪百千万人才工程"):
        assert name in got
    assert "百千万人才工程" not in got  # the longer standing name wins


def test_a_program_named_inside_a_cited_title_is_no_program():
    assert _names("根据《国家重点研发计划管理暂行办法》,制定本细则。") == []


def test_a_quoted_label_before_key_special_program():
    got = _names("加大支持应用数学研究,在国家重点研发计划中设立“数学与交叉科学”重点专项,给予稳定支持。")
    assert "“数学与交叉科学”重点专项" in got or "数学与交叉科学重点专项" in got
    assert "国家重点研发计划" in got
