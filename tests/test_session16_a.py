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
