"""People: salutation proposers, contacts without phone numbers, leaders; boilerplate ignored."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from policykg.loaders import parse_document
from policykg.loaders.context import DocContext
from policykg.loaders.facts.people import extract_people, parse_salutation
from policykg.loaders.normalize import normalize
from policykg.loaders.reading.files import read_text

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parent / "data" / "corpus"
GOLD = ROOT / "data" / "gold"
SYNTH = ROOT / "data" / "synthetic"
STEMS = sorted(p.name[: -len(".gold.json")] for p in GOLD.glob("*.gold.json"))


def people_of(text: str):
    return [(p.name, p.role) for p in extract_people(DocContext("t", normalize(text)), None)]


@pytest.mark.parametrize("stem", STEMS)
def test_dev_people_match_gold(stem: str) -> None:
    gold = json.loads((GOLD / f"{stem}.gold.json").read_text("utf-8"))
    text, _ = read_text(CORPUS / f"{stem}.txt")
    assert people_of(text) == [(p["name"], p["role"]) for p in gold["people"]]


def test_boilerplate_people_are_ignored() -> None:
    text, _ = read_text(CORPUS / "shenzhen-blockchain-action-plan-2021-2023.txt")
    names = {n for n, _ in people_of(text)}
    assert names == {"习近平"}
    assert not names & {"孙安民", "谭文贵", "王远辉", "郭建"}


def test_contact_without_phone() -> None:
    text, _ = read_text(SYNTH / "hangzhou-reply-with-contact.txt")
    ctx = DocContext("t", normalize(text))
    people = extract_people(ctx, None)
    assert [(p.name, p.role) for p in people] == [("王小明", "委员"), ("李华", "联系人")]
    for p in people:
        assert not re.search(r"\d{5,}", json.dumps(p.to_dict(), ensure_ascii=False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联系人:张三,电话:12345678", [("张三", "联系人")]),
        ("联系人:张三同志 联系电话:020-12345678", [("张三", "联系人")]),
        ("(联系人及电话:欧阳明明,13800138000)", [("欧阳明明", "联系人")]),
        ("深入贯彻习近平总书记重要讲话精神", [("习近平", "总书记")]),
        ("各位代表:\n现答复如下。", []),
        ("尊敬的王五等3位代表:\n现答复如下。", [("王五", "代表")]),
    ],
)
def test_patterns(text: str, expected: list) -> None:
    assert people_of(text) == expected


def test_parse_salutation() -> None:
    assert parse_salutation("尊敬的陈冰清、欧锐刚代表:") == (("陈冰清", "欧锐刚"), "代表")
    assert parse_salutation("尊敬的李涛委员:") == (("李涛",), "委员")
    assert parse_salutation("各区人民政府:") is None


def test_a_listed_proposer_closed_by_deng_and_a_signing_leader_with_a_spaced_name():
    from policykg.loaders.document import parse_document
    doc = parse_document("关于第1320号建议的答复\n韦涛等代表:\n你们的建议收悉,现答复如下:\n一、我委将会同有关单位推进。\n"
                         "福建省发展和改革委员会\n2024年4月20日\n领导署名:王 忠\n联 系 人:张直东\n")
    assert [(p.name, p.role) for p in doc.people] == [("韦涛", "代表"), ("王忠", "领导署名"), ("张直东", "联系人")]


def test_officials_named_with_their_post() -> None:
    from policykg.loaders.context import DocContext
    from policykg.loaders.facts.people import extract_people
    from policykg.loaders.normalize import normalize

    def people(text: str) -> list[tuple[str, str]]:
        return [(p.name, p.role) for p in extract_people(DocContext("d", normalize(text)), None)]

    assert people("成立工作专班，组长由政府副县长李龙同志担任，统筹协调农业农村工作。") == [("李龙", "副县长")]
    assert people("由局党委书记、局长周伟才同志任组长。") == [("周伟才", "局长")]
    assert people("此答复函已经王祖勋局长审签。对以上答复您有什么意见，请反馈。") == [("王祖勋", "局长")]
    assert people("现将审议结果报告如下。\n省数据资源局局长 王爱学\n") == [("王爱学", "局长")]
    assert people("各区要加强组织领导，主要负责同志要亲自抓，分管副主任及有关同志具体落实。") == []  # no name before 同志


def test_a_leading_groups_posts_given_to_officials_by_name() -> None:
    """由区委常委、区政府常务副区长龚锐任组长,区政府副区长陈贤、区政府副区长、区公安局局长徐勇任常务副组长,
    …局长姚敦文和…副局长胡建任副组长: every official named before 任…组长, a post without a name skipped."""
    from policykg.loaders.context import DocContext
    from policykg.loaders.facts.people import extract_people
    from policykg.loaders.normalize import normalize

    text = ("成立领导小组,由区委常委、区政府常务副区长龚锐任组长,区政府副区长陈贤、区政府副区长、区公安局局长徐勇任常务副组长,"
            "党委副书记、副局长姚敦文和党委委员、副局长胡建任副组长,区经济信息委等部门相关分管负责人为成员。")
    assert [p.name for p in extract_people(DocContext("d", normalize(text)), None)] == ["龚锐", "陈贤", "徐勇", "姚敦文", "胡建"]


def test_a_proposer_saluted_deep_in_a_page_is_a_person():
    """A reply page with its chrome first: 张群江委员: further down, addressed (您…收悉), is the proposer; a name
    with 委员 in a page's chrome that addresses no one is not."""
    chrome = "\n".join(f"栏目{k}|" for k in range(30))
    text = (f"对市政协第1540288号提案的分办意见\n{chrome}\n张群江委员:\n您提出的提议收悉。经研究,分办意见如下:\n"
            "我局将积极配合做好规划服务工作。\n济南市自然资源和规划局\n2025年7月31日\n")
    doc = parse_document(text, source="jn.txt")
    assert [(p.name, p.role) for p in doc.people] == [("张群江", "委员")]
    far = f"某区实施意见\n{chrome}\n王五委员:\n负责统筹协调。\n"
    assert not parse_document(far, source="x.txt").people


def test_a_leading_groups_roster_one_official_a_line():
    """组长:/成员: with a name and a title, and the lines right after it with a name and a title only (a name
    may be spaced out, 宋  涛, or run into its title, 冯汉颋市政府副市长); the roster's lines are not joined."""
    text = ("关于成立房地产市场工作领导小组的通知\n附件\n工作领导小组组成人员\n组长：张延保  市委副书记、市长\n副组长：冯汉颋市政府副市长\n"
            "成员：杨成谋  市政府副秘书长\n          高兴国  市委宣传部常务副部长\n宋  涛  市住建局局长\n"
            "领导小组负责总体任务部署\n何  清  市政府金融办主任\n")
    names = [p.name for p in parse_document(text).people]
    assert names == ["张延保", "冯汉颋", "杨成谋", "高兴国", "宋涛"]
