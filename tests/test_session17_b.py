"""Session 17 rules from batches 39-40 (issue 13): a task division run into one line whose tasks carry their own
bracket and list 具体措施 (both tiers are measures); an item that opens with a year (3．2020年底前…) in a run-on
line; an enumeration of numerals (执行一、二、三星级…) is no heading; one street's office signs a text."""
from __future__ import annotations

from policykg.loaders import parse_document

_TASK = "为确保会议确定的重点任务落到实处，现制定如下分工方案。一、把宏观政策和改革结合起来（一）研究将财政资金直达机制制度化，落实减税降费政策。（财政部、国家发展改革委等国务院相关部门及各地区按职责分工负责）具体措施：1．及时总结财政资金直达基层的经验做法，优化直达资金监控系统功能。（财政部牵头，国务院相关部门及各地区按职责分工负责）2．简化税费优惠政策适用程序，精准推送优惠政策信息。（财政部、税务总局牵头，国务院相关部门及各地区按职责分工负责）3．2020年底前开展涉企收费专项治理，对公用事业等领域涉企收费开展检查。（市场监管总局牵头，国家发展改革委、海关总署等国务院相关部门及各地区按职责分工负责）（二）让中小微企业融资更加便利，推动银行创新信贷服务模式。（人民银行、银保监会牵头，财政部等国务院相关部门及各地区按职责分工负责）具体措施：1．鼓励商业银行运用大数据等技术建立风险定价模型。（人民银行、银保监会及各地区按职责分工负责）2．完善商业银行绩效评价。（财政部、人民银行、银保监会按职责分工负责）"  # noqa: E501


def test_a_task_division_run_into_one_line_keeps_both_tiers():
    doc = parse_document("重点任务分工方案\n\n" + _TASK + "\n")
    got = {m.id: [r.normalized for r in m.responsible] for m in doc.measures}
    assert list(got) == ["一.(一)", "一.(一).1", "一.(一).2", "一.(一).3", "一.(二)", "一.(二).1", "一.(二).2"]
    assert got["一.(一)"][:2] == ["财政部", "国家发展和改革委员会"]
    assert got["一.(一).3"][0] == "国家市场监督管理总局"
    assert [r.normalized for r in doc.measures[3].responsible if r.role == "lead"] == ["国家市场监督管理总局"]


def test_an_enumeration_of_numerals_inside_an_item_is_no_heading():
    item = ("10.支持绿色建筑发展。鼓励建设单位开发建设二星、三星等高星级绿色建筑，对获得二星、三星等高星级绿色建筑优先推荐奖励资金。"
            "执行一、二、三星级绿色建筑标准的房地产开发项目，在容积率计容上分别给予奖励。鼓励银行业金融机构创新探索金融产品。"
            "(责任单位:市住房和城乡建设局、市自然资源和规划局)\n")
    text = "某市若干措施\n四、支持绿色建筑发展\n" + item + "11.全力推进装配式建筑发展。(责任单位:市住房和城乡建设局)\n"
    assert [m.id for m in parse_document(text).measures] == ["四.10", "四.11"]


def test_one_street_office_signs_the_text():
    text = ("# 关于印发《古美路街道加强独居老人消防安全工作实施方案》的通知\n\n机关各部门、各居委会：\n现印发给你们，请认真组织实施。\n特此通知。\n\n"
            "闵行区古美路街道办事处\n2022年7月20日\n\n古美路街道加强独居老人消防安全工作实施方案\n\n一、工作目标\n对辖区内独居老人进行评估。\n")
    assert parse_document(text).issuer == ("闵行区古美路街道办事处",)
