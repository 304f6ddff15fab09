"""Session 16 rules (issue 13): a tier's public centre (省信息中心); 各有关部门 beside 各地 as the subject of a duty
(a collective, kept); the two Shaanxi zones every provincial list names (杨凌示范区, 西咸新区管委会)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_responsibility import Jurisdiction, resp  # noqa: E402

SHAANXI = Jurisdiction("陕西省", "province", ())
OFFICE = ("陕西省人民政府办公厅",)


def test_a_tiers_centre_belongs_to_its_place():
    got = resp("1．推进事项。\n\n牵头单位：省政府办公厅\n\n参与单位：省信息中心、省公安厅\n", SHAANXI, OFFICE)
    assert [f for _, f, _ in got] == ["陕西省人民政府办公厅", "陕西省信息中心", "陕西省公安厅"]
    downtown = resp("1．推进事项。\n\n牵头单位：市中心、市财政局\n", Jurisdiction("某市", "city", ("某省",)))
    assert "某市中心" not in [f for _, f, _ in downtown]  # 市中心 is downtown, no institution


def test_every_relevant_department_beside_every_place_is_a_collective_entry():
    got = resp("（二）抓好工作落实。各地、各有关部门要高度重视清理规范涉企收费工作，狠抓落实。", SHAANXI, OFFICE)
    assert [f for _, f, _ in got] == ["陕西省各地人民政府", "陕西省各有关部门"]
    unnamed = resp("（二）加强宣传。区政府相关部门、各镇政府要加强宣传。", Jurisdiction("某区", "district", ("某省", "某市")))
    assert [n for n, _, _ in unnamed] == ["各镇政府"]  # a relevant department without 各 names none


def test_the_shaanxi_zones_in_a_provincial_list_are_their_committees():
    got = resp("1．推进事项。\n\n牵头单位：省发展改革委\n\n参与单位：各设区市政府、韩城市政府，杨凌示范区、西咸新区管委会\n",
               SHAANXI, OFFICE)
    assert [f for _, f, _ in got][-2:] == ["杨凌农业高新技术产业示范区管理委员会", "陕西省西咸新区开发建设管理委员会"]


def test_systems_portals_and_fairs_named_by_a_place_or_the_nation_are_platforms():
    from policykg.loaders.entities.names import is_named
    assert is_named("广东省残疾人两项补贴管理系统", "管理系统")
    assert is_named("国家企业信用信息公示系统", "公示系统")
    assert is_named("北京市政务服务网", "政务服务网")
    assert is_named("中国国际进口博览会", "博览会")
    assert not is_named("业务管理系统", "管理系统")
    assert not is_named("人社部门门户网站", "门户网站")
    assert not is_named("网红直播品牌交易会", "交易会")


def test_a_fair_and_a_portal_in_a_text_are_found_as_platforms():
    from policykg.loaders.entities.mentions import find_entities
    from policykg.loaders.gazetteers.agencies import is_agency
    from policykg.loaders.normalize import fold
    text = "积极参加中国进出口商品交易会、中国-东盟博览会。申报材料通过北京市政务服务网提交，完善网签备案系统。"
    found = {f.name for v in find_entities(fold(text), is_agency).values() for f in v}
    assert {"中国进出口商品交易会", "中国-东盟博览会", "北京市政务服务网"} <= found
    assert "网签备案系统" not in found
