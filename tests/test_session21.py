"""Session 21 rules (issue 13), each from a convention seen in real documents of the development corpus."""
from __future__ import annotations

import sys

sys.path.insert(0, "tests")
from test_responsibility import Jurisdiction, resp  # noqa: E402, F401

NATIONAL = Jurisdiction("全国", "national", ())


def test_a_body_written_as_the_usual_contraction_of_its_full_name_in_the_same_text_is_that_body():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    pingtan = AgencyResolver(Jurisdiction("平潭综合实验区", "district", ("福建省",)))
    pingtan.know(("平潭综合实验区自然资源与生态环境局", "平潭综合实验区财政金融局"))
    assert pingtan.normalize("区资源生态局") == "平潭综合实验区自然资源与生态环境局"
    assert pingtan.normalize("区财金局") == "平潭综合实验区财政金融局"
    suzhou = AgencyResolver(Jurisdiction("宿州市", "city", ("安徽省",)))
    suzhou.know(("宿州市房产管理服务中心", "宿州市住房和城乡建设局"))
    assert suzhou.normalize("市房管中心") == "宿州市房产管理服务中心"
    # an ordinary function's body is its own body, even beside a longer name that holds its characters
    assert suzhou.normalize("市建设局") != "宿州市住房和城乡建设局"
    pingtan.know(("平潭综合实验区财政金融局", "平潭综合实验区教育与体育局"))
    assert pingtan.normalize("区财政局") != "平潭综合实验区财政金融局"


def test_a_long_function_department_of_a_municipality_is_the_citys_bureau():
    beijing = Jurisdiction("北京市", "province", ())
    got = resp("人力资源和社会保障行政部门应当根据要求制定相关政策。", beijing, ("北京市人民代表大会常务委员会",), "plan")
    assert [n for _, n, _ in got] == ["北京市人力资源和社会保障局"]


def test_a_list_of_functions_closed_by_its_administrative_departments():
    beijing = Jurisdiction("北京市", "province", ())
    got = resp("卫生和计划生育、发展改革、公安、民政、统计等行政部门应当建立信息通报制度。", beijing, ("北京市人民代表大会常务委员会",), "plan")
    assert [n for _, n, _ in got] == ["北京市卫生和计划生育委员会", "北京市发展和改革委员会", "北京市公安局", "北京市民政局", "北京市统计局"]


def test_a_lead_promoting_unit_label_opens_its_own_list_and_the_governments_a_task_concerns_are_one_collective():
    fujian = Jurisdiction("福建省", "province", ())
    got = resp("(四)城乡公共停车场工程包。牵头部门:省住建厅牵头推进单位:相关市、县(区)政府", fujian, (), "plan")
    assert [(n, r) for _, n, r in got] == [("福建省住房和城乡建设厅", "lead"), ("福建省相关市、县(区)人民政府", "co")]
    got = resp("(一)农村公路。牵头部门:省交通运输厅牵头推进单位:项目所在县(市)、乡(镇)人民政府", fujian, (), "plan")
    assert [w for w, _, _ in got] == ["省交通运输厅", "项目所在县(市)、乡(镇)人民政府"]
