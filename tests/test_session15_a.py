"""Session 15 rules (issue 13): a flattened plan's nested numbering, a zone's units written short, a 职责分工
section's items that open with their unit, a city named only in short, a one-line text's title sentence."""
from __future__ import annotations

from policykg.loaders import parse_document

ZONE_PLAN = (
    "标题: 平潭综合实验区管委会办公室关于印发《平潭综合实验区非物质文化遗产振兴行动方案》的通知 "
    "发布机构: 平潭综合实验区旅游与文化体育局 正文 为保护传承好我区非物质文化遗产,现印发方案如下。"
    "一、工作内容 (一)非遗资源调查行动 1.开展非遗线索征集与课题研究。组织开展全区非遗资源线索摸排,形成课题调研成果。"
    "责任单位:区旅游文体局,各片区管理局,区旅游文化中心 2.开展非遗普查工作。组建非物质文化遗产普查调查工作小组,健全普查资料。 "
    "责任单位:区旅游文体局,区文联 (二)非遗保护管理行动 3.完善非遗名录体系。开展新一轮非遗项目推荐申报工作,规范名录体系建设。"
    "责任单位:区旅游文体局,宣传影视部,党群工作部 二、保障措施 (一)加强组织领导。各有关单位要高度重视,确保各项任务落到实处。"
    "(二)强化经费保障。区财政金融局要统筹安排经费。"
)


def test_a_flattened_plan_cuts_its_nested_numbering_and_labels_after_a_space():
    """(一) 1. 2. (二) 3. … 二、(一) (二): each level's numbering goes on or starts again under a higher item; a
    责任单位 label after 。 and a space closes its item."""
    doc = parse_document(ZONE_PLAN)
    got = {m.id: sorted(r.normalized for r in m.responsible) for m in doc.measures}
    assert set(got) >= {"1", "2", "3"}
    assert "平潭综合实验区旅游文化中心" in got["1"] and "平潭综合实验区各片区管理局" in got["1"]
    assert not any("文联" in x for x in got["1"])  # item 2's units stay in item 2
    assert any("文联" in x for x in got["2"])


def test_a_unit_written_short_beside_its_full_name_in_the_text():
    """区旅游文体局 in a text that names 平潭综合实验区旅游与文化体育局 in full is that bureau; a zone's 党群工作部 is
    its 党工委's department."""
    doc = parse_document(ZONE_PLAN)
    first = next(m for m in doc.measures if m.id == "1")
    assert "平潭综合实验区旅游与文化体育局" in [r.normalized for r in first.responsible]
    third = next(m for m in doc.measures if m.id == "3")
    assert "中共平潭综合实验区工作委员会党群工作部" in [r.normalized for r in third.responsible]


def test_items_of_a_duty_section_that_open_with_their_unit():
    """五、职责分工 (四)区旅游与文化体育局增加…: the unit an item opens with is responsible, the verb joined on."""
    text = ("上海市奉贤区儿童青少年近视防控行动方案\n一、工作措施\n(一)开展视力监测筛查行动。各中小学严格落实视力监测制度。\n"
            "(二)开展健康育人行动。普及防近知识。\n二、职责分工\n(一)区体育局增加适合儿童青少年户外活动的场地设施,推动公共体育设施开放。\n"
            "(二)区市场监督管理局严格监管验光配镜行业,加强眼视光产品监管。\n(三)区财政局全区近视防控专项经费列入年度部门预算。\n")
    doc = parse_document(text)
    units = {m.id: [r.normalized for r in m.responsible] for m in doc.measures}
    assert "奉贤区体育局" in units["二.(一)"]
    assert "奉贤区市场监督管理局" in units["二.(二)"]
    assert "奉贤区财政局" in units["二.(三)"]


def test_a_city_named_only_in_short_and_a_one_line_texts_title_sentence():
    """关于支持…的十条意见。为落实市委、市政府…结合莆田实际…: the opening sentence is the title and the city named in
    short three times (in a city's voice) is the jurisdiction."""
    text = ("关于支持“双招双引”的十条意见。为落实市委、市政府的部署,促进招商引资,为莆田落实高质量赶超提供人才保障,结合莆田实际,"
            "现提出以下意见。1.对来莆田创新创业和成果转化的国内外高层次创新创业团队,经认定,在人才计划补助的基础上,再给予100万元用于"
            "科学研究;对顶尖人才或携带具有国际先进水平技术成果产业化项目来莆落户的创业团队,通过一事一议方式报请市委、市政府研究同意,"
            "最高给予5000万元资助。责任单位:市委组织部、市科技局。"
            "2.对实际投资2亿元的招商项目,给予自主认定人才指标1名。责任单位:市发改委、市财政局。")
    doc = parse_document(text)
    assert doc.title == "关于支持“双招双引”的十条意见"
    assert doc.jurisdiction.name == "莆田市"
    assert "莆田市财政局" in [r.normalized for r in doc.measures[1].responsible]
