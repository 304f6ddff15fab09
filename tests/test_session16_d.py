"""Session 16 rules from batch 31 (issue 13): a text of (1)-numbered items only (a talent policy's record) has them
as its measures; 区块 and 市场 end no place (海港区块, 上海市场); a district's text in its own voice (我区) named only
in short (南沙) is that district's; an allowance paid each year (每年发放12万元人才津贴) is an amount."""
from __future__ import annotations

from policykg.loaders import parse_document

TALENT = ("本土人才培养政策\n（1）入选顶尖人才的（A类），每人一次性400万元奖励，每年发放12万元人才津贴； \n"
          "（2）入选国家级领军人才的，每人一次性100万元奖励，每年发放6万元人才津贴； \n（3）入选省级领军人才的，每人一次性50万元奖励；")


def test_items_numbered_in_parentheses_alone_are_the_measures():
    doc = parse_document(TALENT)
    assert [m.id for m in doc.measures] == ["(1)", "(2)", "(3)"]
    assert [len(m.amounts) for m in doc.measures] == [2, 2, 1]


def test_a_block_or_a_market_is_no_place_and_our_district_speaks_for_its_short_name():
    text = ("为促进广州南沙新区航运物流业发展，制定本办法。\n第一条 享受本办法的企业须工商注册地在我区范围内。\n"
            "第二条 对注册在南沙保税港区和自贸区南沙片区海港区块范围内的企业，给予最高50万元奖励。\n"
            "第三条 对开拓上海市场的南沙企业给予10万元奖励。\n第四条 本办法由南沙开发区管委会负责解释。")
    assert parse_document(text).jurisdiction.name == "南沙区"


def test_a_document_without_contact_data_is_not_walked_again():
    """Issue 18: the scrub walks every string of a document only when its text holds contact data."""
    from policykg.loaders.facts.privacy import scrub_document
    clean = parse_document(TALENT)
    assert scrub_document(clean) is clean
    dirty = parse_document(TALENT.replace("每年发放12万元人才津贴；", "每年发放12万元人才津贴，咨询电话:13950375618；"))
    assert "13950375618" not in dirty.text and "13950375618" not in str(dirty.measures[0])
