"""Session 16 rules from batch 34 (issue 13): a list's shared 管委会 is no suffix of a collective (市各有关部门); Beijing's
交通委 is its 交通委员会; 疾控局 and 规划自然资源委 in full."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_responsibility import Jurisdiction, resp  # noqa: E402

BEIJING = Jurisdiction("北京市", "province", ())


def test_a_collective_before_a_committee_keeps_its_own_name():
    got = resp("（十九）加强组织领导。落实各项措施。（责任单位：市各有关部门、各区政府、北京经济技术开发区管委会）", BEIJING,
               ("北京市人民政府办公厅",))
    assert [f for _, f, _ in got] == ["北京市各有关部门", "北京市各区人民政府", "北京经济技术开发区管理委员会"]


def test_beijing_bodies_in_full():
    got = resp("（九）提升配套服务。（责任单位：市交通委、市规划自然资源委、市疾控局）", BEIJING, ("北京市人民政府办公厅",))
    assert [f for _, f, _ in got] == ["北京市交通委员会", "北京市规划和自然资源委员会", "北京市疾病预防控制局"]


def test_an_article_that_names_its_unit_and_defines_a_short_name_is_a_duty_article():
    from policykg.loaders import parse_document
    doc = parse_document("平潭综合实验区知识产权发展专项资金管理办法\n第一条 为规范专项资金管理，制定本办法。\n"
                         "第二条 区市场监督管理局是专项资金的业务主管部门，职责如下：（一）受理企事业单位和个人(以下简称申请人)专项资金申请；"
                         "（二）负责组织项目验收。\n第三条 对获得发明专利授权的，每件资助5000元。\n")
    assert [m.id for m in doc.measures][:1] == ["第二条"]


GUIDE = """2017年度专利质押融资贴息办事指南
一、政策依据
1.《广州南沙新区促进科技创新产业发展扶持办法》第二十五条
二、申请条件
1.申报单位工商注册地在广州市南沙区范围内。
2.申报单位若为工业类企业，上年度营业收入不超过4亿元。
三、申请时间
2018年集中受理申请时间为6月27日-7月18日。
四、奖励标准
按申报单位申请当笔贷款基准利率的100%给予贴息补助，贴息金额不超过100万元。
五、申请材料
1.营业执照（复印件，加盖公章）。
六、受理部门
广州南沙开发区政策兑现窗口（窗口地址：南沙政务服务中心E栋3楼）
七、业务主管部门
广州市南沙区工业和科技信息化局
八、办理时限
42个工作日
"""


def test_a_guides_procedural_sections_are_no_measures():
    from policykg.loaders import parse_document
    doc = parse_document(GUIDE)
    titles = [m.title for m in doc.measures]
    assert not any(t.startswith(("广州南沙新区", "申报单位", "营业执照", "42个工作日", "受理部门", "业务主管部门")) for t in titles)
    assert any(a.value_yuan == 1000000 for m in doc.measures for a in m.amounts)
    assert not any(a.value_yuan == 400000000 for m in doc.measures for a in m.amounts)  # a condition, in 申请条件


def test_a_handling_records_bureau_labels_name_the_unit_of_each_part():
    from policykg.loaders import parse_document
    text = ("标题: 关于进一步促进民营企业平等准入和发展的建议\n栏目: 政协提案\n"
            "10号提案案 由：关于进一步促进民营企业平等准入和发展的建议提 案 人：陈兴分办单位：区经发局、区财金局委员反馈：满意"
            "办复内容：（区经发局）一是严格落实市场准入负面清单制度。全面落实负面清单，保障民营企业依法平等进入。"
            "二是加强融资协调服务。指导企业运用贷款码，给予贴息支持。（区财金局）一是关于政府出台相关政策的建议。"
            "我局出台金融支持海洋经济重点产业发展的指导意见，对符合条件的企业给予最高50万元奖励。")
    doc = parse_document(text)
    # each bureau's points are measures (session 22: a record answered point by point delimits its measures), each
    # done by its part's bureau
    assert [m.title for m in doc.measures][:2] == ["严格落实市场准入负面清单制度", "加强融资协调服务"]
    assert [[r.name for r in m.responsible] for m in doc.measures] == [["区经发局"], ["区经发局"], ["区财金局"]]


def test_a_guides_award_items_are_done_by_its_department_in_charge_and_its_receiving_office():
    from policykg.loaders import parse_document
    doc = parse_document(GUIDE)
    award = next(m for m in doc.measures if m.amounts)
    assert [r.normalized for r in award.responsible] == ["广州市南沙区工业和科技信息化局", "广州南沙开发区政策兑现窗口"]
    plain = parse_document(GUIDE.replace("办事指南", "实施细则"))  # not a guide: its sections are not read so
    assert not next(m for m in plain.measures if m.amounts).responsible
