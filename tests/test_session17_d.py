"""Session 17 rules from batches 43-44 (issue 13): a note inside an item (本措施中…不重复享受) ends no body; a
reprint's 类别: line is page chrome, not the title."""
from __future__ import annotations

from policykg.loaders import parse_document

_ITEMS = ("十、继续开展鼓励农民、大学生购房工作\n农民、大学生购买首套新建商品住房的，政府每套补贴1万元。\n"
          "本措施中二、三孩家庭，农民、大学生等群体购房享受的优惠政策不重复享受。（责任部门：市住房和城乡建设局、市财政局）\n"
          "十一、积极支持二、三孩家庭购房\n自2023年1月1日起，二、三孩家庭购买新建商品住房的，政府每平方米补贴100元，最高补贴额不超过1.44万元。（责任部门：市住房和城乡建设局、市财政局）\n"
          "十二、支持自有住房换购\n对出售自有住房并重新购买住房的纳税人予以退税优惠。（责任部门：市税务局）\n"
          "上级文件另有规定或有新政策出台，按照有关规定执行。\n本措施适用吉林市各城区、开发区。\n")


def test_a_note_inside_an_item_ends_no_body():
    doc = parse_document("类别:房地产综合规定\n吉林市人民政府办公室关于印发吉林市进一步促进房地产消费若干措施的通知\n" + _ITEMS)
    assert doc.title == "吉林市人民政府办公室关于印发吉林市进一步促进房地产消费若干措施的通知"
    assert [m.id for m in doc.measures] == ["十", "十一", "十二"]
    assert [r.normalized for r in doc.measures[0].responsible] == ["吉林市住房和城乡建设局", "吉林市财政局"]


def test_one_bracket_after_a_section_s_items_makes_the_section_one_measure():
    text = ("沈阳市房产局等五部门关于进一步支持住房消费的通知\n一、取消限制性购售政策\n取消商品住房限售政策。（责任部门：市房产局）\n"
            "二、优化住房信贷政策\n（一）认房不认贷。居民家庭名下在本市无住房的，按首套住房执行。\n（二）降低最低首付比例要求。首套住房最低首付款比例调整为不低于20%。\n"
            "（责任部门：中国人民银行辽宁省分行营业管理部）\n三、提供公积金支持政策\n（一）支持高层次人才住房公积金贷款。贷款限额最高可放宽到4倍。\n"
            "（二）支持职工延长贷款偿还期限。放宽偿还贷款年龄限制。\n（责任部门：沈阳公积金中心）\n")
    doc = parse_document(text)
    assert [m.id for m in doc.measures] == ["一", "二", "三"]
    assert [r.normalized for r in doc.measures[2].responsible] == ["沈阳住房公积金管理中心"]


def test_a_section_whose_last_item_labels_its_units_is_one_measure():
    text = ("关于贯彻执行若干措施的实施细则\n一、 优化土地出让方式\n（一） 适用范围：热点区域的重点地块。\n（二） 办理流程：编制出让方案时采取拍卖方式出让。\n"
            "（三） 责任单位及承办科室：市自然资源局，储备中心。\n二、 延长土地出让金缴纳时间\n（一） 适用范围：新出让的经营性用地。\n"
            "（二） 办理流程：引导企业提出分期缴纳申请。\n（三） 责任单位及承办科室：市自然资源局，储备中心。\n")
    doc = parse_document(text)
    assert [m.id for m in doc.measures] == ["一", "二"]
    assert [r.name for r in doc.measures[0].responsible] == ["市自然资源局", "储备中心"]


def test_a_run_on_head_with_the_number_and_date_after_the_title():
    text = ("国务院关于进一步加强环境保护工作的决定国发〔1990〕65号（一九九〇年十二月五日）\u3000\u3000保护和改善生产环境与生态环境是我国的一项基本国策。"
            "经过长期努力，我国的环境保护工作取得了一定进展。但是，随着人口增长和现代工业的发展，向环境中排放的有害物质大量增加，"
            "致使环境质量逐步恶化。为促使经济持续发展，特作如下决定：\u3000\u3000一、严格执行环境保护法律法规\u3000\u3000"
            "各级人民政府必须严格执行环境保护法律。\n")
    doc = parse_document(text)
    assert (doc.title, doc.doc_number, doc.date) == ("国务院关于进一步加强环境保护工作的决定", "国发〔1990〕65号", "1990-12-05")
