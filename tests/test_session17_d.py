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
