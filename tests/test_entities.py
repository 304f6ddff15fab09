"""Enterprises, platforms and programs: boundaries, genericness, document-level settling, other styles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg.loaders.context import DocContext
from policykg.loaders.document import parse_document
from policykg.loaders.entities.mentions import extract_entities, find_entities
from policykg.loaders.entities.names import is_named, trim_left
from policykg.loaders.gazetteers.agencies import is_agency
from policykg.loaders.normalize import fold, normalize

SYNTHETIC = Path(__file__).parent / "data" / "synthetic"


def names(text: str) -> dict[str, list[str]]:
    found = find_entities(fold(text), is_agency)
    return {k: [f.name for f in v] for k, v in found.items()}


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("目前已完成安恒信息", "安恒信息"),
        ("聚集了赢家", "赢家"),
        ("如深圳首个国际组织平台金砖国家未来网络研究院中国分院", "金砖国家未来网络研究院中国分院"),
        ("全球数字经济超算算力排名前50名的粤港澳大湾区数字经济研究院", "粤港澳大湾区数字经济研究院"),
        ("推动国有物业湾区时尚总部中心", "湾区时尚总部中心"),
        ("高标准规划建设香蜜湖国际消费街区", "香蜜湖国际消费街区"),
        ("量子国家实验室深圳基地", "量子国家实验室深圳基地"),
        ("建设国家超级计算深圳中心", "国家超级计算深圳中心"),
        ("建成了量子信息与量子科技创新研究院", "量子信息与量子科技创新研究院"),
        # a field verb (充电, 统计) inside a name that a place or 国家 opens; a listed verb still ends it
        ("投资方已按要求在广州市充电设施智能管理平台", "广州市充电设施智能管理平台"),
        ("已按国家统计联网直报平台", "国家统计联网直报平台"),
        ("深圳市支持建设区块链平台", "区块链平台"),
        # an item's number and an adverb-verb word the segmenter keeps whole start no name
        ("7.充分发挥江西省小微客户融资服务平台", "江西省小微客户融资服务平台"),
        ("10.江西联合股权交易中心", "江西联合股权交易中心"),
        ("加快推进省大数据中心", "省大数据中心"),
    ],
)
def test_left_boundary(phrase: str, name: str) -> None:
    assert trim_left(phrase).text == name


def test_instance_marker() -> None:
    t = trim_left("持续推进全市首个时尚产业物业联盟")
    assert (t.text, t.marker) == ("时尚产业物业联盟", "首个")


@pytest.mark.parametrize(
    ("name", "suffix", "named"),
    [
        ("苏州综合金融服务平台", "平台", True),
        ("乐信区块链实验室", "实验室", True),
        ("中洲湾商业中心", "商业中心", True),
        ("私募证券大厦", "大厦", True),
        ("世界无线局域网应用发展联盟", "联盟", True),
        ("区块链公共服务平台", "平台", False),
        ("全市商事主体区块链信用平台", "平台", False),
        ("区块链BaaS服务平台", "平台", False),
        ("软件人才实训基地", "基地", False),
        ("国家重大科研平台", "平台", False),
        ("全国信用信息共享平台", "平台", True),
        ("全国重点实验室", "重点实验室", False),
    ],
)
def test_named_or_generic(name: str, suffix: str, named: bool) -> None:
    assert is_named(name, suffix) is named


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("拥有腾讯、微众银行、平安科技等众多区块链技术研发和应用企业。", "enterprises", ["腾讯", "微众银行", "平安科技"]),
        ("吸引了以及谷歌、脸书、微软等世界顶尖研发企业的归国科技人才。", "enterprises", ["谷歌", "脸书", "微软"]),
        ("目前聚集了赢家、影儿、歌力思、Fashion Channel 等 7 家时装总部企业。", "enterprises",
         ["赢家", "影儿", "歌力思", "Fashion Channel"]),
        ("推动宁德时代、比亚迪、小鹏汽车等整车及电池企业加大研发投入。", "enterprises", ["宁德时代", "比亚迪", "小鹏汽车"]),
        ("支持深圳市投资控股有限公司设立产业基金。", "enterprises", ["深圳市投资控股有限公司"]),
        ("聚集了本源量子计算科技（合肥）股份有限公司等企业。", "enterprises", ["本源量子计算科技(合肥)股份有限公司"]),
        ("包括世界无线局域网应用发展联盟、赛能数字能源总部、精科生物技术有限公司总部等重大科研平台。", "enterprises",
         ["赛能数字能源", "精科生物技术有限公司"]),
        ("(责任单位:市公安局、市交通运输局、深圳供电局)", "enterprises", ["深圳供电局"]),
        # two names run together, a subsidiary named after its parent, a bracketed 集团 inside a name
        ("上海金山铁路有限公司上海铁路局集团有限公司负责", "enterprises", ["上海金山铁路有限公司", "上海铁路局集团有限公司"]),
        ("由市交投集团全资子公司苏州交投物产有限公司建设。", "enterprises", ["苏州交投物产有限公司"]),
        ("配合上海机场(集团)有限公司做好保障。", "enterprises", ["上海机场(集团)有限公司"]),
        ("市经济信息委、国网重庆电力等协办单位;督促省电力公司加强电网建设。", "enterprises", ["国网重庆电力", "省电力公司"]),
        ("通过电话、微信、上门走访、深i企、福i企等多方式联系企业。", "platforms", ["深i企", "福i企"]),
        ("鼓励区块链企业在科创板挂牌上市。", "platforms", ["科创板"]),
        ("已建成区块链研究院、乐信区块链实验室、深圳大学区块链技术研究中心等区块链技术研究机构。", "platforms",
         ["区块链研究院", "乐信区块链实验室", "深圳大学区块链技术研究中心"]),
        ("支持建设重点实验室、工程研究中心等创新载体。", "platforms", []),
        ("深圳市作为广东省供应链中心、全国供应链中心,汇聚了供应链企业。", "platforms", []),
        ("为大湾区国际科技创新中心建设提供有力支撑。", "platforms", []),
        ("区工信局联合区金融局、深圳市中小企业服务协会举办路演。", "platforms", ["深圳市中小企业服务协会"]),
        ("国家机关老干部科学健康协作中心副主任谭文贵为协会揭牌。", "platforms", []),
        ("依托“粤医保”移动公共服务平台,通过国家电网“e充电”APP查找充电站。", "platforms", ["粤医保", "e充电"]),
        ("通过“城乡道路客运燃料消耗信息申报与补贴管理系统”报送。", "platforms", ["城乡道路客运燃料消耗信息申报与补贴管理系统"]),
        ("搭建“企业+政府+金融机构”交流平台。", "platforms", []),
        ("与中科院和工程院联合发布研发计划,支持赣南2个省实验室建设。", "platforms", ["中科院", "工程院"]),
        ("运至泰和路环卫码头,进入浦东老港填埋场处置;新建充换电站。", "platforms", ["泰和路环卫码头", "浦东老港填埋场"]),
        ("开展“区块链赋能”行动。开展区块链“十百千”人才工程。", "programs", ["“区块链赋能”行动", "“十百千”人才工程"]),
        ("已出台科研“政策包”、产业“政策包”、“港澳青年支持计划”等系列支持政策。", "programs",
         ["科研政策包", "产业政策包", "港澳青年支持计划"]),
        ("一是优化实施“福田英才荟”政策。依托“福田英才荟 3.0”。", "programs", ["福田英才荟"]),
        ("为了加大人才输入支持力度,福田区出台了英才荟人才政策。", "programs", ["福田英才荟"]),
        ("推进科交中心承接私募股权和创业投资份额转让试点落地福田。", "programs", ["私募股权和创业投资份额转让试点"]),
        ("成为全国首批数字人民币试点城市。", "programs", ["数字人民币试点"]),
        ("遴选若干代表性区块链金融服务项目,开展沙盒监管试点。", "programs", []),
        ("鼓励“专精特新”企业上市。聚焦“双区驱动”战略。", "programs", []),
        ("(一)关键核心技术攻关行动\n1.加快区块链核心技术攻关突破。", "programs", []),
        # numbered slogans and reforms name programmes; counts, ways of working and political formulas do not
        ("落实“四好农村路”建设要求,深化“证照分离”改革,推进“一网通办”。", "programs",
         ["四好农村路", "“证照分离”改革", "一网通办"]),
        ("建设“四大中心”,实行“一企一策”,增强“四个意识”,编制“十四五”规划。", "programs", []),
    ],
)
def test_mentions(text: str, kind: str, expected: list[str]) -> None:
    assert names(text)[kind] == expected


def test_names_inside_names_and_back_references() -> None:
    text = ("其中,包括鹏城实验室异质异构光电子芯片工艺平台等平台。福田区正式启用香蜜湖国际风投创投街区综合服务平台。"
            "加快建设风投创投街区。持续与深交所、市金融局对接。助力深交所科交中心探索。推动科交中心能级提升。")
    plats = names(text)["platforms"]
    assert "鹏城实验室" not in plats  # only ever inside a longer name
    assert "香蜜湖国际风投创投街区" in plats  # also referred to on its own as 风投创投街区
    assert {"深交所", "深交所科交中心"} <= set(plats) and "科交中心" not in plats


def test_extract_entities_evidence_and_dedup() -> None:
    original = "拥有腾讯、招商银行等企业。\n腾讯、招商银行等公司已提供区块链服务。"
    ctx = DocContext("d", normalize(original))
    out = extract_entities(ctx, None)
    assert [m.name for m in out["enterprises"]] == ["腾讯", "招商银行"]
    ev = out["enterprises"][1].evidence
    assert original[ev.start:ev.end] == "招商银行" and ev.start == original.index("招商银行")


@pytest.mark.parametrize("stem", ["entities-nanshan-reply-ai", "entities-hefei-quantum-plan"])
def test_synthetic_documents(stem: str) -> None:
    expected = json.loads((SYNTHETIC / f"{stem}.expected.json").read_text("utf-8"))
    doc = parse_document((SYNTHETIC / f"{stem}.txt").read_text("utf-8"), source=f"{stem}.txt")
    for kind in ("enterprises", "platforms", "programs"):
        got = {fold(m.name) for m in getattr(doc, kind)}
        assert got == {fold(n) for n in expected[kind]}, kind


def test_kinds_of_business_and_acts_before_a_company_head_are_not_companies() -> None:
    def names(text: str) -> dict[str, list[str]]:
        return {k: [f.name for f in v] for k, v in find_entities(normalize(text).text, is_agency).items()}

    assert names("重点帮助信息技术、光电设备、食品及其相关产品等行业的小微企业提升质量。")["enterprises"] == []
    assert names("将一网通办延伸至变更、备案、注销等企业登记全过程。")["enterprises"] == []
    assert names("工业燃料生产企业将工业丙烷、醇基燃料、生物质燃油等产品非法售卖。")["enterprises"] == []
    assert names("其中普路通、信利康、朗华等供应链行业龙头企业均注册在福田。")["enterprises"] == ["普路通", "信利康", "朗华"]
    # a preposition or verb before a name is not part of it; a bare measurement is no program
    got = names("相关材料报至区养老机构管理中心备案。积水深度超过“二十厘米”时封闭下立交。")
    assert not any(n.startswith("报至") for n in got["platforms"])
    assert "二十厘米" not in got["programs"]


def test_trades_before_a_kind_of_business_are_no_companies() -> None:
    text = "对新落户的会计、律师、公证、评估、税务、建筑测量、检验检测、设计、咨询、监理等专业服务企业给予奖励。"
    assert find_entities(normalize(text).text, is_agency).get("enterprises", []) == []
    text = "引进华为、腾讯、比亚迪等龙头企业。"
    assert [f.name for f in find_entities(normalize(text).text, is_agency)["enterprises"]] == ["华为", "腾讯", "比亚迪"]


def test_a_role_word_before_a_company_is_no_part_of_its_name() -> None:
    doc = parse_document("某市储能产业联盟简介\n\n目前,盟主单位华电辽宁能源发展股份有限公司已成功制出样机。")
    assert "华电辽宁能源发展股份有限公司" in [e.name for e in doc.enterprises]


def test_kinds_of_business_and_departments_before_deng_are_no_companies() -> None:
    for text in ("省发展改革委会同商务、农业农村、国资、交通运输等部门梳理收集受疫情影响较大的企业融资需求。",
                 "重点支持小微企业、个体工商户、农户、新型农业经营主体等小微企业和“三农”主体。"):
        assert find_entities(normalize(text).text, is_agency).get("enterprises", []) == [], text


def test_a_clause_or_a_name_before_a_company_is_cut() -> None:
    from policykg.loaders.entities.mentions import _trimmed
    from policykg.loaders.entities.orgs import Found
    assert _trimmed(Found("enterprises", "规定时间内至长宁公租房公司", 0, 13)).name == "长宁公租房公司"
    assert _trimmed(Found("enterprises", "闵行区和城投集团", 0, 8)).name == "城投集团"
    assert _trimmed(Found("enterprises", "上海和辉光电股份有限公司", 0, 12)).name == "上海和辉光电股份有限公司"


def test_a_defined_short_name_is_the_same_company() -> None:
    doc = parse_document("某区公共租赁住房管理办法\n\n第三条 委托上海长宁公共租赁住房运营有限公司(以下简称“长宁公租房公司”)负责受理。"
                         "\n\n第九条 申请人向长宁公租房公司提交申请材料。")
    assert [e.name for e in doc.enterprises] == ["上海长宁公共租赁住房运营有限公司"]


def test_a_list_of_qualifications_and_trades_names_no_company() -> None:
    text = "对统计关系在我区范围内,具有独立法人资格、有健全的财务制度、实行独立核算的批发零售、住宿餐饮、进出口等商贸企业给予奖励。"
    assert find_entities(text)["enterprises"] == []
    # a list with one name among common words is a list of names (赢家 and 影儿 are brands)
    assert [f.name for f in find_entities("目前聚集了赢家、影儿、歌力思等时装企业。")["enterprises"]] == ["赢家", "影儿", "歌力思"]


def test_two_trades_before_their_businesses_are_no_companies() -> None:
    """委托家电回收、拆解等第三方企业: two kinds of work, and the firms that do them."""
    found = find_entities("引导家电生产企业通过自有逆向物流体系,或委托家电回收、拆解等第三方企业回收等方式,积极拓展废旧家电回收业务。")
    assert not [f.name for f in found["enterprises"]]


def test_a_table_cell_ends_a_name():
    """A tab between a table's cells is a boundary: the row number is no part of the unit's name."""
    text = ("丽水市人民政府关于下达安置任务的通知\n现将任务下达。\n序号\t安置单位名称\t任务\n"
            "7\t丽水学院\t1\t事业\n8\t莲都区退役军人服务中心\t1\t事业\n")
    doc = parse_document(text, source="table.txt")
    assert {p.name for p in doc.platforms} == {"丽水学院", "莲都区退役军人服务中心"}


@pytest.mark.parametrize(("text", "want"), [
    ("1.发生严重治安、消防等安全生产事故且属物业服务企业责任的。", []),  # events before 等, a clause before the head
    ("(十九)新城公司:按照五大新城建设要求,细化绿化环境建设目标任务。", ["新城公司"]),  # the heading's bracket is not the name's
    ("经认定的金融企业,包括财务公司,消费金融公司,汽车金融公司。", []),  # kinds of company, not companies
    ("对设立SPV公司、单船类项目子公司的给予奖励。", []),
])
def test_enterprise_names_end_where_the_clause_does(text: str, want: list) -> None:
    doc = parse_document(f"某区实施意见\n一、任务\n(一)加强管理\n{text}\n", source="x.txt")
    assert [e.name for e in doc.enterprises] == want


@pytest.mark.parametrize(("text", "want"), [
    ("优先作为市、区两级“119”消防奖、精神文明、见义勇为等表彰的推荐对象。", ["“119”消防奖"]),
    ("设立“南沙专才奖”、“南沙工匠奖”,给予一次性奖励。", ["南沙专才奖", "南沙工匠奖"]),
    ("完善“建管训用”和考评奖惩机制。", []),  # 和考评奖惩: no award's name
    ("开展“千县万镇”新能源汽车消费季、“全国家电消费季”等系列活动。", ["“千县万镇”新能源汽车消费季", "全国家电消费季"]),
    ("每年举办区块链创新大赛,吸引优秀项目落地。", []),  # a contest of a field, no name of its own
])
def test_an_award_or_a_named_season_is_a_program(text: str, want: list) -> None:
    from policykg.loaders.entities.programs import find_programs

    assert [f.name for f in find_programs(text)] == want


def test_a_counts_classifier_is_no_part_of_a_platform_name() -> None:
    doc = parse_document("某区实施意见\n一、任务\n(一)建设街区\n进一步加强空间的开放共享,提升完善建成12个“公园型”美丽街区。\n",
                         source="x.txt")
    assert all(not p.name.startswith("个") for p in doc.platforms), [p.name for p in doc.platforms]


def test_a_company_the_measures_make_responsible_is_an_enterprise():
    """久事集团 acting in a task (…,久事集团负责) is a company named short; a defined one keeps its full name;
    区属集团 (every company of the district) names none."""
    text = ("上海市交通精细化管理行动方案\n一、改善道路环境\n(一)提升公交服务。优化公交线路。(责任单位:市交通委、久事集团)\n"
            "(二)加强融资担保。江西省融资担保股份有限公司(以下简称省融资担保公司)要扩大担保规模。(责任单位:省融资担保公司)\n"
            "(三)盘活存量资产。(责任单位:区属集团)")
    names = [e.name for e in parse_document(text).enterprises]
    assert "久事集团" in names and "江西省融资担保股份有限公司" in names
    assert "区属集团" not in names and "省融资担保公司" not in names
