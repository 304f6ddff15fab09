"""Session 17 rules from batches 47-48 (issue 13): a list of trades or products before 等企业 names no company, even
when one of its words reads as a name (汽车、建材、装备、机械、家电、纺织等企业; 小造纸、小化工…等企业)."""
from __future__ import annotations

from policykg.loaders.entities.mentions import find_entities
from policykg.loaders.gazetteers.agencies import is_agency
from policykg.loaders.normalize import fold


def _companies(text: str) -> list[str]:
    return [f.name for f in find_entities(fold(text), is_agency)["enterprises"]]


def test_a_list_of_trades_before_its_firms_names_no_company():
    assert _companies("支持汽车、建材、装备、机械、家电、纺织等企业“走出去”，开拓RCEP市场。") == []
    assert _companies("坚决取缔小造纸、小化工、小印染、土硫磺等污染严重的企业。") == []
    assert _companies("鼓励发展移动支付、网络信贷、众筹股权融资等新兴金融企业。") == []


def test_a_list_of_brands_stays_a_list_of_companies():
    assert _companies("目前聚集了赢家、影儿、歌力思、汇洁、杨子、嘉人等时装总部企业。") == ["赢家", "影儿", "歌力思", "汇洁", "杨子", "嘉人"]


def test_a_deadline_inside_the_bracket_is_no_unit():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from test_responsibility import Jurisdiction, resp
    j = Jurisdiction("平潭综合实验区", "district", ("福建省",))
    got = resp("1.开展隐患排查。全面排查危化品企业。（区安监局牵头，区公安局、区交建局等按职责分工负责，2018年3月底前取得阶段性成果，"
               "2018年4月至2019年10月深化提升）", j, ("平潭综合实验区管委会",), "plan")
    assert [(w, r) for w, _, r in got] == [("区安监局", "lead"), ("区公安局", "co"), ("区交建局", "co")]
    got = resp("4.建设交易平台。（区财政金融局，2016年底前完成）", j, ("平潭综合实验区管委会",), "plan")
    assert [w for w, _, _ in got] == ["区财政金融局"]


def test_a_bare_bracket_may_open_with_a_collective_and_name_centres_short():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from test_responsibility import Jurisdiction, resp
    j = Jurisdiction("嘉定区", "district", ("上海市",))
    got = resp("1.开展收储出让。条件适宜的地块可采用收储入库再招拍挂出让方式供应。（各街镇、区规划资源局、区土储中心）", j, (), "plan")
    assert [n for _, n, _ in got][1:] == ["嘉定区规划和自然资源局", "嘉定区土地储备中心"]


def test_a_record_with_one_funding_clause_is_one_measure_and_a_status_mark_is_no_title():
    from policykg.loaders import parse_document
    doc = parse_document("B类人才政策\n国家级领军人才，给予为期五年每人每年40万元的购房补贴，一次性安家补助60万元，每年发放6万元人才津贴；")
    assert [(a.kind, a.value_yuan) for m in doc.measures for a in m.amounts] == [
        ("fixed", 400000), ("fixed", 600000), ("fixed", 60000)]
    doc = parse_document("[已废止]大连市人民政府办公室关于进一步加强房地产市场调控和监管工作的通知\n一、加强监管。(责任单位:市住建局)\n")
    assert doc.title == "大连市人民政府办公室关于进一步加强房地产市场调控和监管工作的通知"


def test_brand_events_a_firms_district_and_every_bank_of_a_kind_name_no_company():
    assert _companies("做强上海国际广告节、上海人力资源服务业创新发展大会、上海国际仲裁论坛等品牌活动。") == []
    assert _companies("做强南虹桥、张江、市北高新等民营企业总部集聚区。") == []
    assert _companies("由各受委托银行按规定审批贷款。") == []


def test_items_past_twenty_cut_a_run_on_line():
    from policykg.loaders import parse_document
    numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六",
                "十七", "十八", "十九", "二十", "二十一", "二十二"]
    items = "".join(f"（{n}）第{n}项任务。加强环境监管工作，落实各项责任。（环境保护部负责）" for n in numerals)
    doc = parse_document("国务院关于落实科学发展观加强环境保护的决定\n六、切实加强环境监管" + items + "\n")
    assert [m.id for m in doc.measures][-3:] == ["六.(二十)", "六.(二十一)", "六.(二十二)"]


def test_a_fund_centre_signs_beside_a_bureau_on_one_line():
    from policykg.loaders import parse_document
    text = ("关于印发《关于进一步加强住房公积金支持退役军人保障工作的实施意见》的通知\n各辖市、区退役军人事务部门：\n现将实施意见印发给你们，请认真遵照执行。\n"
            "常州市住房公积金管理中心           常州市退役军人事务局\n2024年1月22日\n关于进一步加强住房公积金支持退役军人保障工作的实施意见\n"
            "一、工作任务\n（一）畅通缴存渠道。公积金中心为退役军人办理缴存手续。\n")
    assert parse_document(text).issuer == ("常州市住房公积金管理中心", "常州市退役军人事务局")


def test_a_unit_named_the_overall_lead_leads():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from test_responsibility import Jurisdiction, resp
    got = resp("一、工业招商引资管理模式。市商务局是招商引资工作的总牵头单位，其中市发改委侧重负责央企对接。",
               Jurisdiction("漳州市", "city", ("福建省",)), ("漳州市人民政府",), "plan")
    assert ("市商务局", "漳州市商务局", "lead") in got
    got = resp("六、组织保障。省发展改革委和省林业局为全省国有林场电网改造的总牵头单位。", Jurisdiction("陕西省", "province", ()),
               ("陕西省发展和改革委员会",), "plan")
    assert [(n, r) for _, n, r in got][:2] == [("陕西省发展和改革委员会", "lead"), ("陕西省林业局", "co")]


def test_a_district_fire_brigade_written_short_is_its_fire_and_rescue_brigade():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.schema.models import Jurisdiction
    r = AgencyResolver(Jurisdiction("静安区", "district", ("上海市",)))
    assert r.normalize("区消防支队") == "静安区消防救援支队"
    assert r.normalize("区公安消防支队") == "静安区公安消防支队"  # the name before the 2018 reform, as written


def test_a_long_list_of_bureaus_before_its_verb_is_the_subject():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from test_responsibility import Jurisdiction, resp
    got = resp("（三）保障服务供给。市发展和改革局、市财政局、市自然资源局、市教育局、市人力资源和社会保障局、市卫生健康局、市民政局、"
               "市住房和城乡建设局等部门要加强协同配合，结合各自职能，抓紧完善相关政策。", Jurisdiction("东莞市", "city", ("广东省",)),
               ("东莞市人民政府办公室",), "plan")
    assert len(got) == 8 and got[-1][1] == "东莞市住房和城乡建设局"
