"""Session 15 rules from batch 28 (issue 13): an annex of indicators whose items carry the tasks and their units;
a policy item that pays; the place a longer phrase ends with; a province's text that names its cities more often."""
from __future__ import annotations

from policykg.loaders import parse_document

RULES = ("包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知\n包府办发〔2022〕43号\n"
         "各旗、县、区人民政府,市直有关部门:\n现将《包头市2022年数字政府建设考评办法》印发给你们,请认真贯彻执行。\n2022年4月14日\n"
         "包头市2022年数字政府建设考评办法\n一、考评对象\n各旗县区人民政府,参与数字政府建设工作的各部门。\n二、考评方式\n"
         "考评以日常监测、实地调研等方式进行。各牵头考核单位对各部门承担的任务进行考评。\n附件:\n包头市数字政府建设考评指标\n附件\n"
         "包头市数字政府建设考评指标\n一、政务服务一网通办(25分)\n(一)一体化政务服务平台建设(3分)\n"
         "1.各级政务服务事项全部开通全程网办。(5月底取得明显成效并持续推进,牵头考核单位:市审批服务局)\n"
         "2.不断完善数据分析功能,强化审批智能化。(5月底取得阶段性成效,牵头考核单位:市审批服务局、市大数据局)\n"
         "(二)政务服务便民热线升级(2分)\n3.全面提升12345政务热线服务水平。(6月底完成,牵头考核单位:市政府办公室、市公安局)\n")


def test_an_annex_of_indicators_whose_items_carry_the_units():
    """附件 考评指标 with 1.…(time note,牵头考核单位:X、Y): its items are measures; X leads, the note is no unit."""
    doc = parse_document(RULES)
    items = {m.title[:6]: m for m in doc.measures if m.responsible}
    assert len(items) == 3
    third = next(m for m in doc.measures if "12345" in m.text)
    assert [(r.normalized, r.role) for r in third.responsible] == [("包头市人民政府办公室", "lead"), ("包头市公安局", "co")]
    assert not any("月底" in r.name for m in doc.measures for r in m.responsible)


def test_a_policy_item_that_pays_and_the_place_a_phrase_ends_with():
    """高端领军人才政策 / 对符合衢江区产业发展导向的…给予200万元补助: funding measures of 衢江区."""
    text = ("高端领军人才政策\n支持高端领军人才来衢江创业。对符合衢江区产业发展导向或高新技术领域的高层次人才创业项目,经评审认定,"
            "按不同等次,给予200万元、400万元、600万元的创业启动补助。")
    doc = parse_document(text)
    assert doc.doc_type == "funding_measures"
    assert doc.jurisdiction.name == "衢江区"


def test_a_provinces_reply_that_names_its_city_more_often():
    """省委省政府十分重视…以郑州为主体…郑州市…郑州市: a province's voice; 河南省 over the city it names more."""
    text = ("关于加快汽车产业发展的建议的答复\n张三代表:\n您提出的建议收悉,现答复如下:\n省委省政府十分重视新能源汽车产业发展,"
            "先后印发《河南省新能源汽车发展三年行动计划》。下一步,郑州市要推进现有汽车企业引进车型;郑州市要建立监测平台,"
            "郑州市要启动测试场建设。\n感谢您对我省汽车产业的关心和支持!")
    assert parse_document(text).jurisdiction.name == "河南省"


def test_a_tiers_department_in_charge_of_a_function_the_gazetteer_lacks():
    """州数据资源主管部门负责… in a prefecture's rules: that place's department (kept as a category); 行业主管部门,
    业务主管部门, 当地…主管部门 and 一是主管部门 name none."""
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.schema.models import Jurisdiction
    r = AgencyResolver(Jurisdiction("阿坝藏族羌族自治州", "city", ("四川省",)))
    assert r.normalize("州数据资源主管部门") == "阿坝藏族羌族自治州数据资源主管部门"
    assert r.is_agency("州数据资源主管部门")
    assert not any(r.is_agency(n) for n in ("行业主管部门", "业务主管部门", "当地交通运输主管部门", "一是主管部门"))
