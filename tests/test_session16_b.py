"""Session 16 rules from batch 33 (issue 13): an article whose heading is a unit (第九条 市商务局 / 负责…); a short
name defined after a verb (为规范X(以下简称Y)); a PDF converter's inline math ($15\\%$); a date in Chinese numerals
closing a text is a line of its own."""
from __future__ import annotations

from policykg.loaders import parse_document
from policykg.loaders.facts.defined_names import defined_units
from policykg.loaders.normalize import normalize
from policykg.loaders.reading.carriers import unwrap

RULES = ("济南市商务局 济南市财政局\n关于印发济南市购新补贴实施细则的通知\n\n第一条 补贴范围\n\n个人消费者购买手机给予补贴。\n\n"
         "第三章 组织实施\n\n第九条 市商务局\n\n负责组织实施购新补贴政策工作，并会同有关部门做好补贴资金审核、兑付。\n\n"
         "第十条 市工业和信息化局\n\n根据部门职能，推进购新补贴政策实施。\n\n第十一条 市财政局\n\n负责做好补贴资金保障。\n\n"
         "济南市商务局\n2025年3月1日\n")


def test_an_article_headed_by_a_unit_gives_that_unit_its_duties():
    doc = parse_document(RULES)
    got = {m.id: [r.normalized for r in m.responsible] for m in doc.measures}
    assert got["第九条"] == ["济南市商务局"]
    assert got["第十条"] == ["济南市工业和信息化局"]
    assert got["第十一条"] == ["济南市财政局"]
    assert got["第一条"] == []


def test_a_short_name_defined_after_a_verb_stands_for_the_body_without_the_verb():
    got = defined_units("为规范省委防灾减灾救灾领导小组(以下简称领导小组)机构设置、主要职责")
    assert got["领导小组"] == "省委防灾减灾救灾领导小组"


def test_inline_math_of_a_pdf_converter_is_read_as_the_number():
    text, carrier = unwrap("# 补贴标准\n\n最终销售价格的  $15\\%$  ，每件最高不超过$500$元。", ".md")
    assert carrier == "markdown" and "15%" in text and "500元" in text and "$" not in text


def test_a_date_in_chinese_numerals_closing_the_text_is_not_joined_to_the_annex_list():
    text = normalize("附件:1.骨干教师考核业绩量化表\n2.2011年温岭市名校长考核业绩量化表表格请在附件区下载\n二Ｏ一一年十二月十五日").text
    assert text.endswith("\n二O一一年十二月十五日")
    doc = parse_document("温岭市教育局关于做好考核工作的通知\n各学校:\n一、考核对象\n全体骨干教师参加考核。\n"
                         "附件:1.考核业绩量化表\n2.2011年温岭市名校长考核业绩量化表表格请在附件区下载\n二Ｏ一一年十二月十五日\n")
    assert doc.date == "2011-12-15"
