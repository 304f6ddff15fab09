"""Session 17 rules (issue 13) found across the 256 real documents: a campaign named in quotes before its kind of
event (“跟着赛事去旅行”活动, “渝味360碗”评选推广活动) is a program; a route list (“进社区、进学校”) or a short
slogan (“七进”) is not."""
from __future__ import annotations

from policykg.loaders.entities.programs import find_programs


def _names(text: str) -> list[str]:
    return [f.name for f in find_programs(text)]


def test_a_quoted_campaign_before_its_event_is_a_program():
    text = ("深入开展“北京市民快乐冰雪季”系列活动，推出冰雪线路。深入开展“跟着赛事去旅行”活动，完善旅游服务。"
            "开展重庆美食“渝味360碗”评选推广活动。举办“体育赛事进景区、进街区、进商圈”等主题活动。")
    assert _names(text) == ["北京市民快乐冰雪季", "跟着赛事去旅行", "渝味360碗", "体育赛事进景区、进街区、进商圈"]


def test_a_route_list_or_a_short_slogan_before_an_event_is_no_program():
    text = "组织开展垃圾分类“七进”活动。开展“进社区、进学校、进医院”系列活动，普及法规知识。开展“2022”执法活动。"
    assert _names(text) == []


def test_a_kind_of_work_a_form_or_a_way_of_working_is_no_program():
    text = ("开展专项行动，实施大数据工程。建立“四位一体”的管理模式，按“四不两直”方式检查，落实“一点一方案”。"
            "深化“放管服”改革，推行“周调度”制度。深化“证照分离”改革，开展“治理欠薪冬季行动”。")
    assert _names(text) == ["“证照分离”改革", "治理欠薪冬季行动"]


def test_a_name_starts_after_an_address_or_a_preposition_glued_to_it():
    from policykg.loaders.entities.names import trim_left
    assert trim_left("广州市南沙区凤凰大道1号南沙政务服务中心").text == "南沙政务服务中心"
    assert trim_left("嘉汇路交叉口嘉祥县妇女儿童医院").text == "嘉祥县妇女儿童医院"
    assert trim_left("至市大数据平台").text == "市大数据平台"
    assert trim_left("建立健全行业协会").text == "行业协会"
    assert trim_left("大力发展高技术研发中心").text == "高技术研发中心"
    assert trim_left("平潭22号国际游艇码头").text == "平潭22号国际游艇码头"


def test_a_role_a_plan_gives_a_city_is_no_platform():
    from policykg.loaders.entities.names import is_named
    assert not is_named("广州南沙新区城市副中心", "中心")
    assert not is_named("桂中区域储能中心", "中心")
    assert not is_named("国际化创新型金融中心", "中心")
    assert is_named("南沙政务服务中心", "中心")


def test_a_plan_cited_in_its_title_marks_is_no_program():
    text = "更好落实《“大抓工业、抓大工业”三年行动计划(2018—2020年)》，开展“企业上云”行动。"
    assert _names(text) == ["“企业上云”行动"]
