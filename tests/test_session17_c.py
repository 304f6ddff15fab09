"""Session 17 rules from batches 41-42 (issue 13): an empty contact label is no person; a sum changed from one level to
another (由50万元调整为60万元) gives the new level only; a share of a developer's escrow (重点监管资金的70%) is no
support; the last article keeps its numbered items (第五条 扶持内容 1.…2.…) when the articles before it have none."""
from __future__ import annotations

from policykg.loaders import parse_document
from policykg.loaders.facts.amounts import parse_amounts
from policykg.loaders.normalize import fold


def test_an_empty_contact_label_is_no_person():
    doc = parse_document("某区办事指南\n一、受理部门\n区工业和信息化局。\n二、咨询方式\n联系人：\n联系电话：\n")
    assert doc.people == ()


def test_a_sum_changed_to_a_new_level_gives_the_new_level():
    got = parse_amounts(fold("住房公积金最高贷款额度由50万元调整为60万元，购买首套住房的家庭最高贷款额度由60万元调整为70万元。"))
    assert [(a.kind, a.value_yuan) for a in got] == [("cap", 600000), ("cap", 700000)]


def test_a_share_of_escrow_funds_is_no_support():
    text = "预售资金拨付节点可提前，但累计拨付不得超过重点监管资金的70%。对购房者给予已缴契税50%的购房补贴。"
    assert [(a.kind, a.ratio) for a in parse_amounts(fold(text))] == [("ratio", 0.5)]


def test_the_last_article_keeps_its_numbered_items():
    text = ("某区扶持措施实施细则\n第一条 为促进交易市场繁荣，制定本细则。\n第二条 本细则适用于交易市场经营主体。\n"
            "第三条 本细则第四条涉及的补贴资金由区财政支付。\n第四条 扶持内容及申请条件\n"
            "1.进口运费补贴。给予进口货物收货人每吨300 元的运费补贴，试行一年。\n"
            "2.会展补助。综合性会展展位数量超过200个的，给予主办方一次性补助100万元。\n"
            "3.电费补贴。经营生鲜冷冻水产品的商户，补贴标准为0.5元/月/度。\n")
    doc = parse_document(text)
    last = doc.measures[-1]
    assert last.id == "第四条"
    assert [(a.kind, a.value_yuan) for a in last.amounts] == [("fixed", 300), ("fixed", 1000000), ("fixed", 0.5)]


def test_a_company_ending_followed_by_its_trade_is_no_company():
    from policykg.loaders.entities.mentions import find_entities
    from policykg.loaders.gazetteers.agencies import is_agency
    text = "加强银行服务项目和收费公示，建立健全银行业违规收费投诉举报机制。支持腾讯、微众银行等企业参与。"
    found = {f.name for f in find_entities(fold(text), is_agency)["enterprises"]}
    assert "微众银行" in found and not any(n.endswith("健全银行") for n in found)


def test_the_closing_paragraph_after_the_last_item_is_no_part_of_it():
    text = ("国务院关于加强环境保护重点工作的意见\n一、全面提高环境保护监督管理水平\n（一）严格执行环境影响评价制度。环境保护部要加强审批管理。\n"
            "（二）强化对环境保护工作的领导和考核。地方各级人民政府要切实把环境保护放在全局工作的突出位置。\u3000\u3000"
            "各地区、各部门要加强协调配合，认真落实本意见。环境保护部要会同有关部门加强对本意见落实情况的监督检查。\n")
    doc = parse_document(text)
    assert [r.normalized for r in doc.measures[-1].responsible] == ["地方各级人民政府"]
