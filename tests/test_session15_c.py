"""Session 15 rules from batch 25 (issue 13): a 国办函 letter as a crawler gives it (title and 文号 on one line, the
signature run into the last paragraph); a body defined with 简称 and its office; 查处 is no division; 政法委, 信访办."""
from __future__ import annotations

from policykg.loaders import parse_document
from policykg.loaders.gazetteers.agencies import AgencyResolver
from policykg.schema.models import Jurisdiction

LETTER = ("国务院办公厅关于修复贵州省生态环境问题的复函国办函〔2004〕20号\r\n \r\n"
          "钱正英同志:国务院领导同志对您《贵州省修复生态环境的转机和问题》一文非常重视,要求有关部门进行认真研究。有关部门对您的建议"
          "进行认真研究后,提出了具体落实意见。现将有关情况函复如下:一、关于巩固退耕还林成果问题。今后将结合有关规划继续给予支持。"
          "二、关于加强生态保护问题。继续加强岩溶石山地区生态环境治理的科研工作。对上述措施,我们将继续抓好有关督查工作,请有关部门继续抓好落实。"
          "国务院办公厅 \u00a0 \u00a0 \u00a0二〇〇四年二月二十二日\u00a0\u00a0\r\n")
FORWARD = ("国务院办公厅转发交通运输部等单位关于加强铁路沿线安全环境治理工作意见的通知国办函〔2021〕49号\r\n \r\n"
           "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:交通运输部、公安部《关于加强铁路沿线安全环境治理工作的意见》已经国务院同意,"
           "现转发给你们,请认真贯彻落实。国务院办公厅2021年5月19日(此件公开发布)\r\n \r\n"
           "关于加强铁路沿线安全环境治理工作的意见\r\n"
           "一、完善工作机制(一)发挥部际联席会议制度统筹协调作用。铁路沿线安全环境治理部际联席会议(简称部际联席会议)加强统筹。"
           "部际联席会议办公室要建立问题隐患排查清单和工作进展通报制度。(二)实施常态化持续整治行动。依法严厉查处在铁路线路安全保护区内"
           "未经批准擅自采石采矿的行为,开展联合执法。\r\n")


def test_a_state_council_letter_with_its_number_run_on_and_its_signature_in_the_last_paragraph():
    """…的复函国办函〔2004〕20号 / …请有关部门继续抓好落实。国务院办公厅 二〇〇四年二月二十二日: title, 文号, issuer and
    date; a 复函 to a person's article under a 国办函 number is a letter (notice), not a reply to a proposal."""
    doc = parse_document(LETTER)
    assert doc.title == "国务院办公厅关于修复贵州省生态环境问题的复函"
    assert doc.doc_number == "国办函〔2004〕20号"
    assert doc.date == "2004-02-22"
    assert doc.doc_type == "notice"
    doc = parse_document(FORWARD)
    assert doc.title == "国务院办公厅转发交通运输部等单位关于加强铁路沿线安全环境治理工作意见的通知"
    assert (doc.doc_number, doc.date, doc.issuer) == ("国办函〔2021〕49号", "2021-05-19", ("国务院办公厅",))


def test_a_body_defined_with_jiancheng_and_its_office_and_a_verb_ending_in_chu():
    """X联席会议(简称部际联席会议) then 部际联席会议办公室: that body's office; 依法严厉查处 is not the issuer's division."""
    doc = parse_document(FORWARD)
    units = [r.normalized for m in doc.measures for r in m.responsible]
    assert "铁路沿线安全环境治理部际联席会议办公室" in units
    assert not any(u.endswith("查处") for u in units)


def test_party_and_petition_offices_in_full():
    r = AgencyResolver(Jurisdiction("崇明区", "district", ("上海市",)))
    assert r.normalize("区委政法委") == "中共上海市崇明区委政法委员会"
    assert r.normalize("区信访办") == "崇明区信访办公室"
