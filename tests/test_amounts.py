"""Funding amounts: the counting rules of the gold README, other styles, and properties of the parser."""
from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.loaders.context import DocContext
from policykg.loaders.facts.amounts import extract_amounts, parse_amounts, to_yuan
from policykg.loaders.normalize import normalize

SYNTHETIC = Path(__file__).parent / "data" / "synthetic"


def kinds(text: str) -> list[tuple]:
    return [(a.kind, a.value_yuan if a.kind != "ratio" else a.ratio, a.condition) for a in parse_amounts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the seed documents' forms
        ("对参与国家级、省级区块链标准制定的主要单位,分别给予50、30万元的奖励。",
         [("fixed", 500000, "国家级"), ("fixed", 300000, "省级")]),
        ("对获评国家级区块链发展先行示范区和省级区块链产业发展集聚区的园区,给予300、200万元奖励。",
         [("fixed", 3000000, "国家级"), ("fixed", 2000000, "省级")]),
        ("对区块链主营业务收入首超2000万、5000万、1亿、5亿的给予50、100、200、300万元的奖励(最高奖励300万,"
         "各分段不重复享受,且奖励额度不超过企业当年对地方财政贡献份额)。",
         [("fixed", 500000, "首超2000万"), ("fixed", 1000000, "首超5000万"), ("fixed", 2000000, "首超1亿"),
          ("fixed", 3000000, "首超5亿"), ("cap", 3000000, None)]),
        ("设立总规模不低于10亿元的区块链产业基金。", [("total", 1e9, "不低于")]),
        ("按国家级50万元,省级30万元、市级20万元、区级10万元,给予项目所属企业或机构资金支持。",
         [("fixed", 500000, "国家级"), ("fixed", 300000, "省级"), ("fixed", 200000, "市级"), ("fixed", 100000, "区级")]),
        ("按照实际经费投入的50%给予支持,同一机构单次培训支持最高20万元,全年累计支持最高40万元。",
         [("ratio", 0.5, None), ("cap", 200000, "单次"), ("cap", 400000, "全年累计")]),
        ("按实际发生的且不超过预算费用的50%给予支持。", [("ratio", 0.5, None)]),
        ("最高可获得创新载体政策支持2000万,发挥产业资金引领推动作用。", [("cap", 2e7, None)]),
        ("经认定,分档给予一般不超过200万元支持。", [("cap", 2e6, None)]),
        ("最高给予人才或团队450万元奖励。", [("cap", 4.5e6, None)]),
        # other styles
        ("对新认定的企业,一次性给予五十万元奖励。", [("fixed", 500000, "一次性")]),
        ("对参与国家级、省级标准制定的单位,分别给予五十、三十万元的奖励。",
         [("fixed", 500000, "国家级"), ("fixed", 300000, "省级")]),
        ("对获评国家级、省级示范的园区,分别给予二百、一百五十万元奖励。",
         [("fixed", 2000000, "国家级"), ("fixed", 1500000, "省级")]),
        ("对引进的顶尖人才团队给予最高1.5亿元资助。", [("cap", 1.5e8, None)]),
        ("对获得一、二、三等奖的项目,分别给予30万元、20万元、10万元奖励。",
         [("fixed", 300000, "一等奖"), ("fixed", 200000, "二等奖"), ("fixed", 100000, "三等奖")]),
        ("给予不超过项目总投资20%、最高500万元的补助。", [("ratio", 0.2, None), ("cap", 5e6, None)]),
        ("按贷款市场报价利率的50%给予贴息,单家企业每年贴息额度最高100万元。",
         [("ratio", 0.5, None), ("cap", 1e6, "每年")]),
        ("按每平方米每月30元的标准给予租金补贴,单家企业累计不超过200万元。",
         [("fixed", 30, "每平方米"), ("cap", 2e6, "累计")]),
        ("区财政每年安排不少于5亿元专项资金。", [("total", 5e8, "不少于")]),
        ("设立规模为20亿元的天使投资引导基金。", [("total", 2e9, None)]),
        ("对企业引进的高端人才,给予10万元至50万元的安家补贴。", [("fixed", 1e5, "range"), ("cap", 5e5, "不低于10万元")]),
        ("对注册资本5000万元以上的企业,给予一次性奖励200万元。", [("fixed", 2e6, "一次性")]),
        ("实缴注册资本5000万元(含)至1亿元的,给予100万元奖励。", [("fixed", 1e6, None)]),
    ],
)
def test_amount_forms(text: str, expected: list[tuple]) -> None:
    assert kinds(normalize(text).text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "力争实现全市区块链核心产业营业收入超10亿元,服务各领域企业规模超1000亿元。",
        "2019年全市七大战略性新兴产业实现增加值10155.51亿元,占全市GDP比重达37.7%。",
        "汇聚了全国80%的供应链企业。",
        "奖励额度不超过企业当年对地方财政贡献份额。",
        "引进和培育10位区块链产业顶尖人才、100名区块链产业领军人才、1000名区块链产业紧缺人才。",
        "苏府〔2020〕93号,联系电话:0755-83918888,(2021-2023年)。",
        "2022年,全市共兑现扶持资金3.2亿元,惠及企业1200家。",
        "人均GDP超过2万美元,户籍人口300万人。",
        "大众创业、万众创新,十万火急。",
        "",
    ],
)
def test_not_amounts(text: str) -> None:
    assert parse_amounts(normalize(text).text if text else text) == []


def test_spans_index_the_text() -> None:
    text = normalize("对上年度获得技术攻关立项的企业,按其获得资金支持的50%,给予最高100万元的配套支持。").text
    for a in parse_amounts(text):
        assert text[a.start:a.end] == a.text
    assert [a.text for a in parse_amounts(text)] == ["按其获得资金支持的50%", "最高100万元"]


def test_extract_amounts_evidence_in_original_offsets() -> None:
    original = "一、支持企业。\n对获奖企业最高给予 50 万元支持。（责任单位：区科技局）"
    ctx = DocContext("d", normalize(original))
    (amount,) = extract_amounts(ctx, 0, len(ctx.text))
    assert (amount.kind, amount.value_yuan) == ("cap", 500000.0)
    ev = amount.evidence
    assert original[ev.start:ev.end] == "最高给予 50 万元"
    assert amount.text == "最高给予 50 万元"


def test_synthetic_funding_measures_document() -> None:
    text = normalize((SYNTHETIC / "amounts-chengdu-hightech-measures.txt").read_text("utf-8")).text
    expected = json.loads((SYNTHETIC / "amounts-chengdu-hightech-measures.expected.json").read_text("utf-8"))
    got = parse_amounts(text)
    key = lambda kind, v: (kind, round(v, 4) if kind == "ratio" else round(v))  # noqa: E731
    assert Counter(key(a.kind, a.ratio if a.kind == "ratio" else a.value_yuan) for a in got) == Counter(
        key(k, v) for k, v in expected["amounts"])
    conds = {a.condition: a.value_yuan for a in got if a.condition}
    for cond, value in expected["conditions"].items():
        assert conds.get(cond) == value


# ---- properties -------------------------------------------------------------------------------------------


@given(st.integers(min_value=1, max_value=10**9))
def test_any_integer_wan_yuan(n: int) -> None:
    (a,) = parse_amounts(f"给予{n}万元奖励。")
    assert (a.kind, a.value_yuan) == ("fixed", n * 1e4)


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["万元", "万", "亿元", "亿", "元"]))
def test_units_and_caps(n: int, unit: str) -> None:
    factor = {"万元": 1e4, "万": 1e4, "亿元": 1e8, "亿": 1e8, "元": 1.0}[unit]
    (a,) = parse_amounts(f"对获奖企业给予最高{n}{unit}支持。")
    assert a.kind == "cap"
    assert math.isclose(a.value_yuan, n * factor)


@given(st.integers(min_value=1, max_value=100))
def test_any_percentage_is_a_ratio(p: int) -> None:
    (a,) = parse_amounts(f"按实际投资额的{p}%给予补助。")
    assert (a.kind, a.value_yuan) == ("ratio", None)
    assert math.isclose(a.ratio, p / 100)


@given(st.lists(st.integers(min_value=1, max_value=9999), min_size=2, max_size=5))
def test_enumerations_give_one_amount_per_value(values: list[int]) -> None:
    found = parse_amounts(f"分别给予{'、'.join(map(str, values))}万元奖励。")
    assert [a.value_yuan for a in found] == [v * 1e4 for v in values]
    assert len({a.text for a in found}) == 1


_ALPHABET = st.sampled_from(list("0123456789.,、%万亿元千百十一二三五两最高不超过给予按的分别级省市国家首超以上下至-~()") + ["万元", "亿元"])


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=80), st.lists(_ALPHABET, max_size=40).map("".join)))
def test_never_crashes_never_negative_or_nan(text: str) -> None:
    for a in parse_amounts(text):
        assert a.kind in ("cap", "fixed", "ratio", "total")
        assert 0 <= a.start <= a.end <= len(text)
        value = a.ratio if a.kind == "ratio" else a.value_yuan
        assert value is not None and not math.isnan(value) and value > 0
        if a.kind == "ratio":
            assert 0 < a.ratio <= 1 and a.value_yuan is None


def test_to_yuan_reads_numerals() -> None:
    assert to_yuan("1,000", "万") == 1e7
    assert to_yuan("一千五百", "万元") == 1.5e7
    assert to_yuan("abc", "万") is None


def test_per_mille_ratios() -> None:
    got = [(a.kind, a.ratio) for a in parse_amounts("引荐奖按项目注册资本实缴额的3‰予以奖励；其他项目按千分之三点三给予奖励。")]
    assert got == [("ratio", 0.003), ("ratio", 0.0033)]


def test_matching_ratio_with_words_between_and_rate_changes_are_not_sums() -> None:
    got = [(a.kind, a.value_yuan, a.ratio) for a in parse_amounts("对获得市级补贴的项目，给予不超过1:0.5的一次性区级资金匹配，最高不超过500万元。")]
    assert got == [("ratio", None, 0.5), ("cap", 5000000.0, None)]
    got = [(a.kind, a.value_yuan) for a in parse_amounts("补贴力度不超过0.90元/瓦，之后补贴分别下降0.05元/瓦、0.1元/瓦，最高不超过500万元。")]
    assert got == [("cap", 0.9), ("cap", 5000000.0)]


def test_ranges_give_both_ends_and_benefit_standards_are_amounts() -> None:
    got = [(a.kind, a.value_yuan, a.condition) for a in parse_amounts("对提供线索的，给予人民币1万元至3万元奖励。")]
    assert got == [("fixed", 10000.0, "range"), ("cap", 30000.0, "不低于1万元")]
    got = [(a.kind, a.value_yuan, a.ratio) for a in parse_amounts(
        "城乡最低生活保障标准为每人每月1309元。特困人员基本生活标准按最低生活保障标准的1.5倍确定。产值增长2倍。")]
    assert got == [("fixed", 1309.0, None), ("ratio", None, 1.5)]


def test_a_capped_fee_rate_is_a_ratio_a_stated_rate_is_not() -> None:
    from policykg.loaders.facts.amounts import parse_amounts
    got = parse_amounts("取消反担保要求,新发生融资担保业务收取的担保费率不超过1%;所有再担保业务减半收取再担保费。")
    assert [(a.kind, a.ratio) for a in got] == [("ratio", 0.01)]
    assert parse_amounts("一年期贷款利率为4.35%。") == []


def test_a_sum_that_names_what_it_pays_is_support() -> None:
    from policykg.loaders.context import DocContext
    from policykg.loaders.facts.amounts import extract_amounts
    from policykg.loaders.normalize import normalize

    def kinds(text: str):
        ctx = DocContext("d", normalize(text))
        return [(a.kind, a.value_yuan, a.ratio) for a in extract_amounts(ctx, 0, len(ctx.text))]

    assert kinds("区级社区养老服务设施每年每个分别不少于60万元、40万元运营经费。") == [("fixed", 600000, None),
                                                                                  ("fixed", 400000, None)]
    assert kinds("直接面向周边社区居民提供服务的区级设施增加60万元运营经费。") == [("fixed", 600000, None)]
    assert kinds("租金标准以市场租金参考价的50%计算和收取。") == [("ratio", None, 0.5)]
    assert kinds("营业收入增加500万元的企业。") == []  # a statistic, nothing paid


def test_shares_of_things_are_not_amounts_and_living_standards_are() -> None:
    from policykg.loaders.context import DocContext
    from policykg.loaders.facts.amounts import extract_amounts
    from policykg.loaders.normalize import normalize

    def kinds(text: str):
        ctx = DocContext("d", normalize(text))
        return [(a.kind, a.value_yuan, a.ratio) for a in extract_amounts(ctx, 0, len(ctx.text))]

    assert kinds("市级储备粮保管自然损耗定额为:原粮储存6个月以内的,不超过0.1%。") == []
    assert kinds("特困人员基本生活标准按本市最低生活保障标准的1.6倍确定。") == [("ratio", None, 1.6)]
    assert kinds("市财政供养的特困人员基本生活标准为每人每月2094.4元。") == [("fixed", 2094.4, None)]


def test_a_reward_standard_tables_cells_pay_without_saying_so() -> None:
    """序号⇥奖励对象⇥奖励方式⇥奖励标准: a row's wrapped lines and grade lists are sums given; a table of
    figures (年产值) is not a reward table."""
    text = ("表1 奖励标准\n序号\t奖励对象\t奖励方式\t奖励标准\n2\t试点项目\t建设奖励\t交流充电桩:150元/千瓦\n"
            "直流慢充桩:500元/千瓦\n年度奖励\t直流快充桩:A、B、C、D级分别为106元/千瓦·年、90元/千瓦·年、74元/千瓦·年\n")
    assert [a.value_yuan for a in parse_amounts(text)] == [150, 500, 106, 90, 74]
    assert parse_amounts("序号\t企业\t年产值\n1\t甲公司\t500万元\n") == []


def test_weights_of_a_score_are_not_shares_of_money() -> None:
    """分值…分别为40%、40%和20%比例形成考评结果: the weights that make an assessment, not amounts; a share of
    the budget in the same document is one."""
    weights = ("其中,街镇激励资金按照街镇考评分值、实效测评分值和满意度测评分值分别为40%、40%和20%比例形成街镇考评结果。")
    assert parse_amounts(weights) == []
    budget = "按80%和20%的比例将预算资金落实至各街镇和区房管局。"
    assert [(a.kind, a.ratio) for a in parse_amounts(budget)] == [("ratio", 0.8), ("ratio", 0.2)]


@pytest.mark.parametrize(("text", "ratios"), [
    ("工伤保险分别按一类至八类执行行业基准费率0.6%、1.0%、1.4%、1.8%。", []),  # rates, each of the list
    ("面积为90平方米及以下的,减按1%的税率征收契税。", []),  # 的税率: a rate
    ("大型企业按实际缴纳失业保险费的50%返还,中小微企业返还比例从60%最高提至90%。", [0.5, 0.9]),  # 60%: the old level
    ("首套住房商业性个人住房贷款最低首付款比例调整为不低于15%。", []),  # what a buyer pays
    ("对销售其收购的二手车,按照简易办法依3%征收率减按0.5%征收增值税。", []),  # a levy's rate
    ("完成网签备案的购房人,可享受已缴纳契税额80%的一次性购房补贴。", [0.8]),  # a share the subsidy names after it
])
def test_rates_and_old_levels_are_not_support(text: str, ratios: list) -> None:
    assert [r for k, r, _ in kinds(text) if k == "ratio"] == ratios


@pytest.mark.parametrize(("text", "expected"), [
    ("省人民政府授予荣誉称号,并给予二十万元以上奖励。", [("fixed", 200000.0, "不低于")]),
    ("部分丧失劳动能力的,颁发五十万元以上八十万元以下特别奖金。", [("fixed", 500000.0, "不低于"), ("cap", 800000.0, "range")]),
    ("对投资5000万元以上的项目给予支持。", []),  # …以上的: a threshold of eligibility, still
])
def test_an_award_at_least_this_large(text: str, expected: list) -> None:
    """给予X以上奖励: an award of at least X; X以上Y以下奖金: both ends of its range."""
    assert kinds(text) == expected
