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


def test_each_districts_body_written_short_is_a_collective_named_in_full():
    import sys
    sys.path.insert(0, "tests")
    from test_responsibility import Jurisdiction, resp
    beijing = Jurisdiction("北京市", "province", ())
    got = resp("（四）加强结果应用。市就业促进中心、各区教委要督促各学校组织新生按时完成筛查。", beijing, ("北京市疾病预防控制局",), "plan")
    assert [(w, n) for w, n, _ in got] == [("市就业促进中心", "北京市就业促进中心"), ("各区教委", "北京市各区教育委员会")]
    got = resp("（三）强化质量控制。各区疾控局要组织开展筛查登记等质量控制工作。", beijing, ("北京市疾病预防控制局",), "plan")
    assert [n for _, n, _ in got] == ["北京市各区疾病预防控制局"]


def test_a_quoted_label_with_a_long_tail_after_a_verb_of_selection_and_a_place():
    got = _names("对入选福建省“海纳百川”高端人才聚集计划的,给予一次性补助。")
    assert any(n.replace("“", "").replace("”", "") == "海纳百川高端人才聚集计划" for n in got)
    assert _names("平台“粤企政策通”聚集推送政策。") == []  # a verb inside prose after a quote: no program
