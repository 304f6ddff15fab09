"""Session 15 metadata rules (issue 13): a text without a title says what it is (制定本实施意见, 提出如下实施意见);
a reply whose page heading was cut, with its heading run into the salutation."""
from __future__ import annotations

from policykg.loaders import parse_document


def test_a_text_without_its_title_names_itself_an_opinion():
    """各市、县(区)人民政府…: …结合我省实际,制定本实施意见 / 现就…提出如下实施意见: an implementing opinion."""
    for tail in ("结合我省实际,制定本实施意见。", "经省政府同意,现就推进普通高中育人方式改革提出如下实施意见。",
                 "现结合我省实际,提出以下意见。"):
        text = ("各市、县(区)人民政府,省政府各部门:\n为促进全省婴幼儿照护服务事业健康发展,根据国务院办公厅有关文件精神," + tail +
                "\n1.加强家庭健康育儿指导。家庭对婴幼儿照护负主体责任。\n2.大力发展社区照护服务。各级政府开展婴幼儿照护服务。\n")
        assert parse_document(text).doc_type == "implementing_opinion", tail


def test_a_reply_whose_cut_heading_is_given_whole_with_its_salutation_run_on():
    """# 关于…基地 ... (a cut page heading), ## 政策原文 (a field heading), then 关于…的建议 / 对省人大…会议 / 第768号建议的答复 / X代表: run into
    one line: the title is the whole heading without the salutation, and the text is a reply."""
    text = ("---\ntitle: 关于加快汽车产业发展的 ...\ntype: policy\n---\n\n# 关于加快汽车产业发展的 ...\n\n## 政策原文\n\n"
            "关于加快汽车产业发展的建议\n\n对省人大十三届二次会议\n\n第 768 号建议的答复\n\n张三、李四代表：\n\n"
            "您们提出的“关于加快汽车产业发展的建议”收悉。，经认真研究，现答复如下：\n\n一是推进汽车企业引进车型。\n\n"
            "二是推动充电设施建设。\n\n感谢您们的关心和支持!")
    doc = parse_document(text)
    assert doc.title == "关于加快汽车产业发展的建议对省人大十三届二次会议第 768 号建议的答复"
    assert doc.doc_type == "proposal_reply"


def test_a_reply_that_says_it_answers_a_numbered_suggestion():
    """A cut title without 答复, a text that answers 第N号建议 (现答复如下) without 收悉: a reply."""
    text = ("关于加快汽车产业发展\n对省人大十三届二次会议第768号建议,经认真研究,现答复如下:\n一是推进汽车企业引进车型。\n"
            "二是推动充电设施建设。\n感谢您们的关心和支持!")
    assert parse_document(text).doc_type == "proposal_reply"
