"""Session 16 rules from batches 33-34 (issue 13): a joint red header, one body a line (文件 beside one of them), names
the issuers; an issuer line X等4部门 above the 关于… line opens the title."""
from __future__ import annotations

from policykg.loaders import parse_document
from policykg.loaders.reading.carriers import unwrap

MASTHEAD = ("# 山东省商务厅\n\n# 山东省发展和改革委员会\n\n# 山东省财政厅\n\n# 山东省市场监督管理局\n\n鲁商字 [2025] 1号\n\n"
            "# 山东省商务厅等4部门\n\n# 关于印发《山东省2025年家电以旧换新实施方案》的通知\n\n各市商务主管部门、发展改革委、财政局、市场监管局：\n\n"
            "现将《山东省2025年家电以旧换新实施方案》印发给你们，请认真抓好贯彻落实。\n\n一、补贴范围\n个人消费者购买家电给予补贴，每件最高不超过2000元。\n")


def test_a_joint_red_header_names_every_issuer_and_the_issuer_line_opens_the_title():
    doc = parse_document(unwrap(MASTHEAD, ".md")[0])
    assert doc.issuer == ("山东省商务厅", "山东省发展和改革委员会", "山东省财政厅", "山东省市场监督管理局")
    assert doc.title == "山东省商务厅等4部门关于印发《山东省2025年家电以旧换新实施方案》的通知"


def test_a_red_header_with_its_word_beside_one_body_keeps_the_bodies_apart():
    text = ("济南市商务局  \n济南市发展和改革委员会文件  \n济南市财政局  \n济南市市场监督管理局\n\n济商务字〔2025〕5号\n\n"
            "关于印发《济南市2025年家电以旧换新补贴实施细则》的通知\n\n各区县商务主管部门：\n\n现将实施细则印发给你们，请认真贯彻执行。\n\n"
            "第一条 个人消费者购买家电给予补贴，每件最高不超过2000元。\n")
    assert parse_document(text).issuer == ("济南市商务局", "济南市发展和改革委员会", "济南市财政局", "济南市市场监督管理局")



def test_a_sum_allocated_is_a_budget():
    doc = parse_document("某某措施\n五、激发需求促消费。统筹安排1.5亿元，深入开展系列活动。其中，安排8000万元发放汽车购新补贴。\n"
                         "六、对企业给予最高50万元奖励。")
    assert [(a.kind, a.value_yuan) for a in doc.measures[0].amounts] == [("total", 150000000), ("total", 80000000)]
    assert [(a.kind, a.value_yuan) for a in doc.measures[1].amounts] == [("cap", 500000)]


def test_a_grid_company_is_named_from_its_head():
    from policykg.loaders.entities.mentions import find_entities
    from policykg.loaders.gazetteers.agencies import is_agency
    from policykg.loaders.normalize import fold
    text = "省能源局将积极协调国网青海省电力公司加快电网建设。对于同意将国有林场自有电网电力资产无偿移交国网陕西省电力公司的林场，给予支持。"
    found = {f.name for f in find_entities(fold(text), is_agency)["enterprises"]}
    assert {"国网青海省电力公司", "国网陕西省电力公司"} <= found
    assert not any(n.startswith(("协调", "国有林场")) for n in found)


def test_a_crawled_row_of_tabs_in_a_csv_file_gives_its_title_field_and_a_bulletin_is_a_notice(tmp_path):
    from policykg.loaders import read_document
    row = ("006939748/2023-00278\t广东省人民政府办公厅\t广东省人民政府办公厅关于2023年第二季度全省政府网站检查情况的通报\t20230628\t"
           "广东省人民政府办公厅关于2023年第二季度全省政府网站检查情况的通报各地级以上市人民政府省政府各部门为贯彻落实有关要求"
           "省政府办公厅组织开展了检查工作现将有关情况通报如下一总体情况总体合格率为989二下一步工作要求各地各部门要始终把政治建设摆在首位"
           "广东省人民政府办公厅2023年6月26日\t无附件链接\n")
    path = tmp_path / "guangdong-notice-websites-2023.csv"
    path.write_text(row, encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "广东省人民政府办公厅关于2023年第二季度全省政府网站检查情况的通报"
    assert doc.doc_type == "notice" and doc.issuer == ("广东省人民政府办公厅",)


def test_the_members_of_a_joint_body_act_and_the_one_named_leads():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from test_responsibility import Jurisdiction, resp
    got = resp("二、成员单位联席会议由交通运输部、中央政法委、公安部、国家铁路局、中国国家铁路集团有限公司等5个部门和单位组成，"
               "交通运输部为牵头单位。", Jurisdiction("全国", "national", ()), ("国务院办公厅",))
    assert ("交通运输部", "交通运输部", "lead") in got
    assert {f for _, f, r in got if r == "co"} == {"中共中央政法委员会", "公安部", "国家铁路局", "中国国家铁路集团有限公司"}


def test_a_signature_run_onto_the_last_sentence_or_marked_for_publication_dates_the_text():
    approval = parse_document("国务院关于北京市环境污染控制规划的批复\n北京市人民政府：\n你市关于修改规划的请示收悉。现批复如下：\n"
                              "一、原则同意北京市环境污染控制规划。\n二、北京市要认真组织实施。有关部门要积极支持，共同努力。国务院一九九九年十月三十一日")
    assert approval.date == "1999-10-31" and approval.issuer == ("国务院",)
    letter = parse_document("国务院办公厅关于同意建立部际联席会议制度的函\n交通运输部：\n你部请示收悉。经国务院同意，现函复如下：\n"
                            "一、同意建立部际联席会议制度。联席会议不刻制印章，请认真组织实施。\n附件:部际联席会议制度国务院办公厅\n2021年1月26日（此件公开发布）\n")
    assert letter.date == "2021-01-26"
