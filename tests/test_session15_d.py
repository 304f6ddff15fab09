"""Session 15 rules from batch 26 (issue 13): a proposal's handling record; rules for handling suggestions are
rules; a regulation's last revision; a national text reposted by a district; plans' 参与部门/落实部门 lines; a
province's own tier named for all its bodies."""
from __future__ import annotations

from policykg.loaders import parse_document
from policykg.loaders.gazetteers.agencies import AgencyResolver
from policykg.schema.models import Jurisdiction

RECORD = ("标题: 关于进一步加强人才引进工作的建议\n发布时间: 2022-01-31 17:10\n发布机构: 政协平潭县委员会\n栏目: 政协提案\n"
          "==================== 正文 ====================\n当前位置: 首页政务公开议案提案政协提案 关于进一步加强人才引进工作的建议 "
          "案 由:关于进一步加强人才引进工作的建议提 案 人:陈苏、李桂妹、游旭龙委员主办单位:区党工委党群工作部协办单位:区创新研究院"
          "委员反馈:满意办复内容: 一、关于夯实引才载体平台方面。一是加强引才聚才平台建设,推动高端科研平台落地平潭。"
          "二是依托实验区人才发展集团等平台引才。实验区将进一步完善人才政策,实验区各部门加强协作,实验区持续优化服务。"
          "二、关于人才政策方面。落实《平潭综合实验区关于加快人才集聚的若干措施》,推动制定企业自主认定人才机制。")


def test_a_proposals_handling_record():
    """案由/提案人/主办单位/办复内容: a reply; its proposers are people; 发布机构 (the CPPCC) and 主办单位 sign
    nothing; a zone named once in full and then 实验区 throughout is the jurisdiction."""
    doc = parse_document(RECORD)
    assert doc.doc_type == "proposal_reply"
    assert [p.name for p in doc.people] == ["陈苏", "李桂妹", "游旭龙"]
    assert doc.issuer == ()
    assert doc.jurisdiction.name == "平潭综合实验区"


RULES = ("河南省人民代表大会常务委员会关于办理省人大代表建议、批评和意见的办法\n\n"
         "1988年3月13日 河南省第七届人民代表大会常务委员会第二次会议通过\n\n"
         "2000年5月27日 河南省第九届人民代表大会常务委员会第十六次会议修订\n\n"
         "第一条 为了做好省人大代表提出的建议、批评和意见的办理工作,制定本办法。\n\n"
         "第二条 承办单位必须认真办理,及时向代表作出负责的答复。\n\n"
         "第三条 代表提出建议,可以由一名代表或数名代表联名提出。\n\n第四条 本办法自通过之日起施行。\n")


def test_rules_for_handling_suggestions_and_a_regulations_last_revision():
    """…关于办理…建议、批评和意见的办法: rules, not a reply; dated by the last revision; the title's body issues it."""
    doc = parse_document(RULES)
    assert doc.doc_type != "proposal_reply"
    assert doc.date == "2000-05-27"
    assert doc.issuer == ("河南省人民代表大会常务委员会",)
    assert "第二条" in [m.id for m in doc.measures]


def test_a_central_text_reposted_by_a_district_and_a_subsidy_title():
    """No issuer, 中央财政资金…各省根据…全国统一: a central text; a title naming a subsidy over money: funding."""
    text = ("# 2024—2026年农机购置与应用补贴实施操作要求_实施情况_乌达区人民政府\n\n## 政策原文\n\n一、补贴范围\n\n"
            "中央财政资金全国农机购置与应用补贴机具种类范围为25大类。各省根据农业生产需要选取补贴机具品目。\n\n二、补贴标准\n\n"
            "各省(自治区、直辖市)可按规定确定补贴额,单机补贴限额原则上不超过15万元,中央预算内资金统筹安排,全国统一实行。\n")
    doc = parse_document(text)
    assert doc.jurisdiction.name == "全国"
    assert doc.doc_type == "funding_measures"


def test_participating_and_implementing_units_on_their_own_lines():
    """牵头部门:… / 参与部门:… / 落实部门:… lines under an item: lead, then co-responsible units."""
    text = ("陕西省规范中介服务专项行动方案\n一、主要措施\n(一)全面规范中介服务。\n"
            "1.建立全省中介服务机构名录。由省市场监管局予以公示。\n牵头部门:省市场监管局\n参与部门:省级有关部门,各设区市政府、韩城市政府\n"
            "完成时限:2019年12月底前\n2.探索组建中介联合体。打包提供多类中介服务。\n牵头部门:省审改办\n落实部门:省财政厅\n完成时限:持续推进\n")
    doc = parse_document(text)
    first, second = doc.measures[0], doc.measures[1]
    assert ("陕西省市场监督管理局", "lead") in [(r.normalized, r.role) for r in first.responsible]
    assert {"陕西省各设区市人民政府", "韩城市人民政府"} <= {r.normalized for r in first.responsible}
    assert [(r.normalized, r.role) for r in second.responsible] == [
        ("陕西省行政审批制度改革工作领导小组办公室", "lead"), ("陕西省财政厅", "co")]


def test_a_provinces_own_tier_named_for_its_bodies():
    r = AgencyResolver(Jurisdiction("陕西省", "province"))
    assert r.normalize("省级各部门") == "陕西省省级各部门"
    assert r.normalize("全省各级政府") == "陕西省各级人民政府"
    assert r.normalize("省法院") == "陕西省高级人民法院"
    assert r.normalize("各地") == "陕西省各地人民政府"
    assert AgencyResolver(Jurisdiction("全国", "national")).normalize("各地") == "各地"
