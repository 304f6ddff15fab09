"""Heading hierarchy and measures: dev gold ids, spans that hold every funding clause, other layouts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg.loaders import parse_document
from policykg.loaders.context import DocContext
from policykg.loaders.normalize import normalize
from policykg.loaders.reading.files import read_text
from policykg.loaders.structure.headings import parse_heading
from policykg.loaders.structure.measures import extract_measures, short_title
from policykg.loaders.structure.metadata import extract_metadata
from policykg.loaders.structure.reply_measures import classify_sentence

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parent / "data" / "corpus"
GOLD = ROOT / "data" / "gold"
SYNTH = ROOT / "data" / "synthetic"
STEMS = sorted(p.name[: -len(".gold.json")] for p in GOLD.glob("*.gold.json"))


def measures_of(text: str):
    ctx = DocContext("t", normalize(text))
    return ctx, extract_measures(ctx, extract_metadata(ctx))


def measures_file(path: Path):
    text, _ = read_text(path)
    return measures_of(text)


@pytest.mark.parametrize("stem", ["suzhou-blockchain-opinions-2020-2022", "shenzhen-blockchain-action-plan-2021-2023"])
def test_plan_ids_and_titles_match_gold(stem: str) -> None:
    gold = json.loads((GOLD / f"{stem}.gold.json").read_text("utf-8"))
    _, ms = measures_file(CORPUS / f"{stem}.txt")
    assert [m.id for m in ms] == [g["id"] for g in gold["measures"]]
    assert [m.title for m in ms] == [g["title"] for g in gold["measures"]]


@pytest.mark.parametrize("stem", [s for s in STEMS if "reply" in s])
def test_reply_measure_count_and_ids(stem: str) -> None:
    gold = json.loads((GOLD / f"{stem}.gold.json").read_text("utf-8"))
    _, ms = measures_file(CORPUS / f"{stem}.txt")
    assert [m.id for m in ms] == [g["id"] for g in gold["measures"]]
    assert all(m.genre == "reply" for m in ms)


@pytest.mark.parametrize("stem", STEMS)
def test_every_gold_amount_lies_inside_a_measure_span(stem: str) -> None:
    gold = json.loads((GOLD / f"{stem}.gold.json").read_text("utf-8"))
    ctx, ms = measures_file(CORPUS / f"{stem}.txt")
    for g in gold["measures"]:
        for a in g["amounts"]:
            needle = "".join(a["text"].split())
            hits = [m for m in ms if needle in ctx.text[m.start:m.end]]
            assert hits, f"{a['text']} is in no measure span"


@pytest.mark.parametrize("stem", STEMS)
def test_spans_are_ordered_and_disjoint(stem: str) -> None:
    _, ms = measures_file(CORPUS / f"{stem}.txt")
    for a, b in zip(ms, ms[1:]):
        assert a.start < a.end <= b.start


def test_plan_spans_exclude_closing_and_trailer() -> None:
    ctx, ms = measures_file(CORPUS / "suzhou-blockchain-opinions-2020-2022.txt")
    assert "有效期三年" not in ctx.text[ms[-1].start:ms[-1].end]
    ctx, ms = measures_file(CORPUS / "shenzhen-blockchain-action-plan-2021-2023.txt")
    assert "揭牌" not in ctx.text[ms[-1].start:ms[-1].end]  # web boilerplate after the last section


def test_reply_measures_skip_umbrella_achievements_and_promises() -> None:
    ctx, ms = measures_file(CORPUS / "futian-reply-20200003-blockchain-supply-chain.txt")
    texts = [ctx.text[m.start:m.end] for m in ms]
    assert not any("12个方面" in t for t in texts)  # umbrella adoption of the 若干措施
    assert not any("认真贯彻执行" in t for t in texts)  # promise
    assert ms[0].title == "科技立项及奖励配套支持"
    ctx, ms = measures_file(CORPUS / "futian-reply-2023005-modern-industry.txt")
    texts = [ctx.text[m.start:m.end] for m in ms]
    assert not any("已落户河套合作区" in t for t in texts)  # achievement / platforms placed
    assert not any("加快出台" in t for t in texts)  # the 下一步 paragraph


def test_articles_and_general_articles() -> None:
    _, ms = measures_file(SYNTH / "guangdong-province-funding-measures.txt")
    assert [m.id for m in ms] == ["第二条", "第三条", "第四条", "第五条"]  # 第一条 purpose, 第六条 validity dropped
    assert ms[0].title == "支持基础软件攻关"


def test_continuous_numbering_gives_item_ids() -> None:
    _, ms = measures_file(SYNTH / "deqing-county-action-plan.txt")
    assert [m.id for m in ms] == ["1", "2", "3", "三.(一)", "三.(二)"]


def test_restarting_numbering_gives_path_ids() -> None:
    text = ("某市行动方案\n一、主要任务\n(一)强化创新\n1.突破技术。(责任单位:市科技局)\n2.建设平台。(责任单位:市工信局)\n"
            "(二)壮大主体\n1.培育龙头。(责任单位:市工信局)\n二、发展目标\n到2025年产值翻番。")
    _, ms = measures_of(text)
    assert [m.id for m in ms] == ["一.(一).1", "一.(一).2", "一.(二).1"]


def test_top_level_items_without_sections() -> None:
    text = "关于支持区块链发展的若干措施\n一、对获评国家级示范项目的企业,给予最高100万元奖励。(责任单位:市工信局、市财政局)\n二、对新引进企业给予房租补贴。"
    _, ms = measures_of(text)
    assert [m.id for m in ms] == ["一", "二"]


def test_headings_and_titles() -> None:
    assert parse_heading("(三)营造良好氛围", 0).label == "(三)"
    assert parse_heading("第十二条 本办法自印发之日起施行。", 0).number == 12
    assert parse_heading("1.5亿元", 0) is None
    assert short_title("加强区块链人才引育。开展区块链人才工程") == "加强区块链人才引育"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("对经区政府备案的培训活动,按照实际经费投入的50%给予支持。", "support"),
        ("另外对企业引进高层次人才进行支持。", "support"),
        ("福田区面向已认定的“专精特新”企业制定各类产业扶持政策。", "umbrella"),
        ("为了加大人才输入支持力度,人才成长支持,福田区出台了英才荟人才政策,", "umbrella"),
        ("凭借良好的区位优势,吸引了数千名归国科技人才。", "achievement"),
        ("福田区将积极争取,在河套合作区布局一批国家级科技设施。", "future"),
        ("最后,再次感谢各位代表提出的宝贵建议!", "thanks"),
    ],
)
def test_reply_sentence_classes(sentence: str, kind: str) -> None:
    assert classify_sentence(sentence) == kind


def test_every_measure_has_its_own_id() -> None:
    """Numbering that restarts under lost headings is put in runs; a page's print copy is dropped."""
    body = ("关于促进婴幼儿照护服务发展的实施意见\n各市、县(区)人民政府:\n"
            "1.加强家庭健康育儿指导。通过入户指导为家长提供科学养育服务。\n"
            "2.大力发展社区照护服务。各级政府采取政府补贴方式开展婴幼儿照护服务。\n"
            "1.实行登记和备案制度。举办婴幼儿照护服务机构的应当登记。\n"
            "2.规范安全管理制度。婴幼儿照护服务机构要建立安全防范制度。\n")
    doc = parse_document(body)
    assert [m.id for m in doc.measures] == ["1.1", "1.2", "2.1", "2.2"]
    doubled = parse_document(body + "打印本页\n" + body[body.index("1."):])
    assert [m.id for m in doubled.measures] == ["1.1", "1.2", "2.1", "2.2"]


def test_duty_articles_of_the_general_chapter_are_measures() -> None:
    """第一章 总则: 市民政部门是…主管部门,负责… assigns duties (a measure); 本办法所称… does not."""
    text = ("广州市居家社区养老服务管理办法\n第一章 总则\n第一条 为了规范本市居家社区养老服务工作,制定本办法。\n"
            "第二条 本办法所称居家社区养老服务对象,是指60周岁及以上居家老年人。\n"
            "第三条 市民政部门是本市居家社区养老服务工作的主管部门,负责统筹、指导和监督工作。\n"
            "第四条 市、区财政部门负责居家社区养老服务财政资金保障工作。\n第二章 服务\n第五条 区民政部门应当组织评估。\n")
    doc = parse_document(text)
    assert [m.id for m in doc.measures] == ["第三条", "第四条", "第五条"]


def test_a_cover_notice_issues_the_plan_in_its_annex() -> None:
    """印发 notice, 附件:X方案, then the plan itself: its measures are read (the 附件 line ends nothing)."""
    text = ("上海市嘉定区人民政府关于印发《2026年嘉定区违法用地综合整治实施方案》的通知\n各镇人民政府,区政府各相关委、办、局:\n"
            "《2026年嘉定区违法用地综合整治实施方案》已经区政府同意,现印发给你们,请认真按照执行。\n"
            "附件:2026年嘉定区违法用地综合整治实施方案\n上海市嘉定区人民政府\n2026年2月12日\n附件\n"
            "2026年嘉定区违法用地综合整治实施方案\n一、工作要求\n(一)坚持应拆尽拆的原则\n各街镇围绕拆除还地开展整治。\n"
            "(二)加强通报督办\n区规划资源局视整治情况开展专项督办。\n")
    doc = parse_document(text)
    assert [(m.id, [r.name for r in m.responsible]) for m in doc.measures] == [
        ("一.(一)", ["各街镇"]), ("一.(二)", ["区规划资源局"])]


def test_a_lost_section_heading_and_a_numbered_closing_clause() -> None:
    """四.(一) 四.(二) then (一) (二) again before 六: the page lost 五、; 七、本通知自…施行 closes, its annexes follow."""
    text = ("关于调整公共租赁住房保障标准的通知\n各区住房保障部门:\n"
            "四、完善审核机制\n(一)街道办事处受理申请时,应当核实家庭收入。\n(二)保障期限内可不再审核收入。\n"
            "(一)领取住房租赁补贴的家庭不再符合资格的,给予6个月的过渡期。\n(二)承租公共租赁住房的家庭应当在1个月内腾退。\n"
            "六、完善期满审查机制\n区住房保障部门应当按期审查续签租赁合同。\n"
            "七、本通知自2024年3月4日起施行,有效期5年。\n附件:1.申请家庭收入及财产限额\n2.住房租赁补贴标准\n")
    doc = parse_document(text)
    assert [m.id for m in doc.measures] == ["四.(一)", "四.(二)", "五.(一)", "五.(二)", "六"]


def test_an_article_whose_items_give_units_their_duties_is_cut_into_those_items() -> None:
    """第六条 …(一)区应急局:… (二)区发改委:…: responsibility is assigned per item, so each item is a measure
    (第六条.(一)); an article enumerating conditions stays one measure."""
    text = ("某区应急避难场所管理办法\n第五条 本办法适用于本区。\n"
            "第六条 区有关部门按照职责分工,共同做好建设工作。\n(一)区应急局:统筹协调指导规划、建设和使用工作。\n"
            "(二)区发改委:在全区规划中纳入建设内容。\n(三)区规划资源局:配合做好专项规划编制。\n"
            "(四)区建管委、区房管局:负责协调启用后的交通运输保障。\n"
            "第七条 申请补贴应当符合下列条件:\n(一)在本区注册;\n(二)依法纳税;\n(三)信用良好。\n")
    doc = parse_document(text, doc_id="d")
    assert [m.id for m in doc.measures] == ["第六条.(一)", "第六条.(二)", "第六条.(三)", "第六条.(四)", "第七条"]
    assert [m.title for m in doc.measures[:2]] == ["区应急局", "区发改委"]
    units = [[r.name for r in m.responsible] for m in doc.measures]
    assert units[0] == ["区应急局"] and units[2] == ["区规划资源局"] and units[3] == ["区建管委", "区房管局"]


def test_numbered_fields_of_a_pages_metadata_are_no_measures() -> None:
    """1. \\[主题分类\\] 城乡建设 … (a saved page's field list) before the text; 第二条【总部企业奖】 stays an article."""
    text = ("1. \\[主题分类\\] 城乡建设\n2. \\[发文字号\\] 京管发〔2024〕9号\n3. \\[有效性\\] 失效\n"
            "某市充电设施奖励实施细则\n一、奖励对象\n(一)对单位内部充电设施给予建设奖励。\n(二)对移动充电设施给予投放奖励。\n")
    assert [m.id for m in parse_document(text, doc_id="bj").measures] == ["一.(一)", "一.(二)"]
    rules = "某区商贸业扶持办法\n第一条 为促进发展,制定本办法。\n第二条【总部企业奖】对总部企业给予奖励100万元。\n"
    assert [m.id for m in parse_document(rules, doc_id="ns").measures] == ["第二条"]


def test_lists_that_start_again_inside_one_section_are_that_sections_enumerations() -> None:
    """(五) lists 降级 cases 1-2, then 一票否决 cases 1-3: one measure 五.(五); the other measures keep their
    own ids (no 1./2. runs over the whole document)."""
    text = ("普陀区物业服务达标激励机制的实施意见\n五、考评办法\n(四)考评等级\n考评分为A、B、C三级。\n"
            "(五)降级权和一票否决权\n区房管局拥有降级权。发生以下情形的,按照降级处理:\n"
            "1.记分满12分的,降一级1次。\n2.记分满18分的,降一级2次。\n发生以下情形的,按照一票否决处理:\n"
            "1.发生严重安全事故的。\n2.发生被媒体曝光的。\n3.不接受行业监管的。\n"
            "六、激励办法\n(一)激励标准\n1.街镇激励资金\n按0.40元/m²·月发放。\n2.区级激励资金\n按0.04元/m²·月发放。\n")
    doc = parse_document(text, doc_id="pt")
    assert [(m.id, m.title) for m in doc.measures] == [
        ("五.(四)", "考评等级"), ("五.(五)", "降级权和一票否决权"), ("六.(一).1", "街镇激励资金"), ("六.(一).2", "区级激励资金")]


def test_a_period_clause_ends_nothing_and_a_numbered_interpretation_clause_is_no_measure():
    """本文件实施期内… states the budget of the period (the text goes on); (八)本文件…由县住建局负责解释 closes it."""
    text = ("明溪县促进房地产市场平稳健康发展若干措施\n一、居民住房消费补贴措施及标准\n(一)补贴总额度\n"
            "本文件实施期内购房消费补贴总额不超过1000万元。\n(二)补贴标准\n按所购商品住房面积予以每平方米150元的补贴。\n"
            "二、其他相关规定\n(一)各乡(镇)要加强宣传,积极引导鼓励辖区内人口进城购房。\n"
            "(二)本文件相关规定由县住建局负责解释,本县以往有关政策文件与本文件规定不一致的,以本文件为准。")
    doc = parse_document(text)
    assert [m.id for m in doc.measures] == ["一.(一)", "一.(二)", "二.(一)"]
    assert [r.normalized for r in doc.measures[2].responsible] == ["明溪县各乡(镇)人民政府"]


def test_a_plan_run_into_one_line_is_cut_at_its_numbered_items():
    """A crawler's export with the whole body on one line: items 一、 二、 … in sequence (not 一、二级) and their
    labelled lines (…。牵头单位:X配合单位:Y完成时限:…) are found."""
    items = "".join(f"{n}、支持第{n}项任务建设,推进一、二级市场协同发展。牵头单位:区经发局配合单位:区口岸办完成时限:2019年底"
                    for n in "一二三四")
    doc = parse_document("关于印发任务分解方案的通知 各有关单位:现将方案印发给你们。" + items)
    assert [m.id for m in doc.measures] == ["一", "二", "三", "四"]
    assert [(r.name, r.role) for r in doc.measures[1].responsible] == [("区经发局", "lead"), ("区口岸办", "co")]
