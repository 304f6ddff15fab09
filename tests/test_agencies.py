"""Agency names: gazetteer, general rules by jurisdiction, is_agency, seen()."""
from __future__ import annotations

import pytest

from policykg.loaders.gazetteers.agencies import AgencyResolver, expand_body, is_agency, lookup
from policykg.schema.models import Jurisdiction

SUZHOU = Jurisdiction("苏州市", "city", ("江苏省",))
SHENZHEN = Jurisdiction("深圳市", "city", ("广东省",))
FUTIAN = Jurisdiction("福田区", "district", ("广东省", "深圳市"))
GUANGDONG = Jurisdiction("广东省", "province")
NATION = Jurisdiction("全国", "national")
COUNTY = Jurisdiction("德清县", "county", ("浙江省", "湖州市"))
BEIJING = Jurisdiction("北京市", "province", ())
CHONGQING = Jurisdiction("重庆市", "province", ())
DEHONG = Jurisdiction("德宏傣族景颇族自治州", "city", ("云南省",))
UNSEEN_CITY = Jurisdiction("南宁市", "city", ("广西壮族自治区",))


@pytest.mark.parametrize(
    ("where", "name", "full"),
    [
        # the development gold's normalisations
        (SUZHOU, "市科技局", "苏州市科学技术局"),
        (SUZHOU, "市工信局", "苏州市工业和信息化局"),
        (SUZHOU, "市大数据局", "苏州市大数据管理局"),
        (SUZHOU, "市金融监管局", "苏州市地方金融监督管理局"),
        (SUZHOU, "市人才办", "苏州市人才工作领导小组办公室"),
        (SUZHOU, "市人社局", "苏州市人力资源和社会保障局"),
        (SUZHOU, "市科协", "苏州市科学技术协会"),
        (SUZHOU, "市工业和信息化局", "苏州市工业和信息化局"),
        (SUZHOU, "各市、区人民政府", "苏州市各市、区人民政府"),
        (SUZHOU, "苏州工业园区", "苏州工业园区管理委员会"),
        (SUZHOU, "苏州高新区管委会", "苏州国家高新技术产业开发区管理委员会"),
        (SHENZHEN, "市科技创新委", "深圳市科技创新委员会"),
        (SHENZHEN, "市发展改革委", "深圳市发展和改革委员会"),
        (SHENZHEN, "市人力资源保障局", "深圳市人力资源和社会保障局"),
        (SHENZHEN, "市市场监管局", "深圳市市场监督管理局"),
        (SHENZHEN, "市卫生健康委", "深圳市卫生健康委员会"),
        (SHENZHEN, "市地方金融监管局", "深圳市地方金融监督管理局"),
        (SHENZHEN, "福田区", "深圳市福田区人民政府"),
        (SHENZHEN, "龙岗区", "深圳市龙岗区人民政府"),
        (SHENZHEN, "深圳市税务局", "国家税务总局深圳市税务局"),
        (SHENZHEN, "人民银行深圳市中心支行", "中国人民银行深圳市中心支行"),
        (SHENZHEN, "深圳供电局", "深圳供电局有限公司"),
        (FUTIAN, "区工信局", "福田区工业和信息化局"),
        (FUTIAN, "区金融局", "福田区金融工作局"),
        (FUTIAN, "区发改局", "福田区发展和改革局"),
        (FUTIAN, "区委组织部", "中共深圳市福田区委组织部"),
        (FUTIAN, "中共福田区委宣传部", "中共深圳市福田区委宣传部"),  # a city district's party organ: city in front
        (COUNTY, "县委组织部", "中共德清县委组织部"),  # a county's: officially without its city
        (COUNTY, "县生态环境分局", "湖州市生态环境局德清分局"),  # the city bureau's branch, named by its tier
        (FUTIAN, "区教科体局", "福田区教育科技和体育局"),
        (FUTIAN, "区国资局", "福田区国有资产监督管理局"),
        (FUTIAN, "区粮食和物资储备中心", "福田区粮食和物资储备中心"),  # an unknown centre written with its tier
        (FUTIAN, "区金融办", "福田区人民政府金融工作办公室"),  # the government's office, as 省政府金融办 is
        (DEHONG, "州住建局", "德宏傣族景颇族自治州住房和城乡建设局"),  # 州: the autonomous prefecture's tier
        (CHONGQING, "市住房城乡建委", "重庆市住房和城乡建设委员会"),  # a municipality's 委 (重庆's bodies)
        (CHONGQING, "市文化旅游委", "重庆市文化和旅游发展委员会"),
        (CHONGQING, "市国资委", "重庆市国有资产监督管理委员会"),
        (CHONGQING, "市政府口岸物流办", "重庆市人民政府口岸和物流办公室"),
        (CHONGQING, "市高法院", "重庆市高级人民法院"),
        (CHONGQING, "市贸促会", "中国国际贸易促进委员会重庆市委员会"),  # the CCPIT's committee of the place
        (BEIJING, "各区市场监管部门", "北京市各区市场监督管理局"),  # the tiers end where a function begins
        (BEIJING, "各区消防救援部门", "北京市各区消防救援支队"),  # a municipality's districts have a city's 支队
        (BEIJING, "市城管执法局", "北京市城市管理综合行政执法局"),
        (BEIJING, "应急部门", "北京市应急管理局"),
        (CHONGQING, "重庆邮政管理局", "重庆市邮政管理局"),  # the document's own place named short
        (CHONGQING, "市国防动员办", "重庆市国防动员办公室"),
        (GUANGDONG, "广东金融监管局", "国家金融监督管理总局广东监管局"),  # a regulator's office stays the regulator's
        (DEHONG, "德宏州财政局", "德宏傣族景颇族自治州财政局"),  # its short name, under the official one
        (SHENZHEN, "中共鼓楼区委", "中共鼓楼区委"),  # a district of another province: no city guessed
        (FUTIAN, "市科技创新委", "深圳市科技创新委员会"),  # 市 in a district's text is its city
        # places and levels the dev set does not have
        (GUANGDONG, "省工业和信息化厅", "广东省工业和信息化厅"),
        (GUANGDONG, "省人力资源社会保障厅", "广东省人力资源和社会保障厅"),
        (GUANGDONG, "省科技厅", "广东省科学技术厅"),
        (GUANGDONG, "广东银保监局", "中国银行保险监督管理委员会广东监管局"),
        (NATION, "国家发展改革委", "国家发展和改革委员会"),
        (NATION, "发展改革委", "国家发展和改革委员会"),
        (NATION, "工信部", "工业和信息化部"),
        (NATION, "人力资源社会保障部", "人力资源和社会保障部"),
        (NATION, "人民银行", "中国人民银行"),
        (NATION, "税务总局", "国家税务总局"),
        (NATION, "市场监管总局", "国家市场监督管理总局"),
        (COUNTY, "县发改局", "德清县发展和改革局"),
        (COUNTY, "县经信局", "德清县经济和信息化局"),
        (COUNTY, "县住建局", "德清县住房和城乡建设局"),
        (UNSEEN_CITY, "市工信局", "南宁市工业和信息化局"),
        (UNSEEN_CITY, "市政数局", "南宁市政务服务数据管理局"),
        (UNSEEN_CITY, "市国资委", "南宁市人民政府国有资产监督管理委员会"),
        (UNSEEN_CITY, "市税务局", "国家税务总局南宁市税务局"),
        (UNSEEN_CITY, "市委网信办", "中共南宁市委网络安全和信息化委员会办公室"),
        (UNSEEN_CITY, "市政府", "南宁市人民政府"),
        (UNSEEN_CITY, "自治区工业和信息化厅", "广西壮族自治区工业和信息化厅"),  # the region the city lies in (session 22: 银川's gold)
        # names a place gives its bodies (上海's districts), police branches, policy banks, detachments
        (Jurisdiction("松江区", "district", ("上海市",)), "区房管局", "松江区住房保障和房屋管理局"),
        (Jurisdiction("松江区", "district", ("上海市",)), "区建管委", "松江区建设和管理委员会"),
        (Jurisdiction("松江区", "district", ("上海市",)), "区公安分局", "上海市公安局松江分局"),
        (Jurisdiction("上海市", "city", ()), "浦东公安分局", "上海市公安局浦东分局"),
        (Jurisdiction("上海市", "city", ()), "市国资委", "上海市国有资产监督管理委员会"),
        (Jurisdiction("上海市", "city", ()), "市消防救援总队", "上海市消防救援总队"),
        (Jurisdiction("上海市", "city", ()), "市公安局交警总队", "上海市公安局交通警察总队"),
        (Jurisdiction("上海市", "city", ()), "市精神文明办", "上海市精神文明建设委员会办公室"),
        (UNSEEN_CITY, "市房管局", "南宁市房屋管理局"),  # only 上海's districts add 住房保障
        (Jurisdiction("安顺市", "city", ("贵州省",)), "农发行安顺分行", "中国农业发展银行安顺市分行"),
        (Jurisdiction("安顺市", "city", ("贵州省",)), "市粮油质量检验中心", "安顺市粮油质量检验中心"),
        # an office of the government, a 委 whose full name ends in 委员会, a gazetteer zone's committee
        (Jurisdiction("四川省", "province", ()), "省政府金融办", "四川省人民政府金融工作办公室"),
        (Jurisdiction("四川省", "province", ()), "省经济和信息化委", "四川省经济和信息化委员会"),
        (Jurisdiction("深圳市", "city", ("广东省",)), "深汕特别合作区管委会", "深圳市深汕特别合作区管理委员会"),
        (Jurisdiction("深圳市", "city", ("广东省",)), "市场监管局", "深圳市市场监督管理局"),
        (Jurisdiction("四川省", "province", ()), "各市(州)、县(市、区)", "四川省各市(州)、县(市、区)人民政府"),
        (Jurisdiction("辽宁省", "province", ()), "省电力公司", "国网辽宁省电力有限公司"),
        # 上海's districts: the bodies' own names, towns before streets, police branches written 公安X分局
        (Jurisdiction("青浦区", "district", ("上海市",)), "区房管局", "青浦区房屋管理局"),
        (Jurisdiction("长宁区", "district", ("上海市",)), "区房管局", "长宁区住房保障和房屋管理局"),
        (Jurisdiction("青浦区", "district", ("上海市",)), "公安青浦分局", "上海市公安局青浦分局"),
        (Jurisdiction("青浦区", "district", ("上海市",)), "区城运中心", "青浦区城市运行管理中心"),
        (Jurisdiction("青浦区", "district", ("上海市",)), "区国动办", "青浦区国防动员办公室"),
        (Jurisdiction("奉贤区", "district", ("上海市",)), "区民防办", "奉贤区民防办公室"),
        (Jurisdiction("青浦区", "district", ("上海市",)), "各街镇", "青浦区各镇人民政府、街道办事处"),
        (Jurisdiction("奉贤区", "district", ("上海市",)), "属地街镇", "奉贤区各镇人民政府、街道办事处"),
        # a central district with more street offices than towns names them first (jionlp's townships)
        (Jurisdiction("静安区", "district", ("上海市",)), "各街镇", "静安区各街道办事处、镇人民政府"),
        (Jurisdiction("长宁区", "district", ("上海市",)), "相关街镇", "长宁区各街道办事处、镇人民政府"),
        # a zone that names no zone, beside the towns (各镇、街道、开发区): every zone's committee
        (Jurisdiction("奉贤区", "district", ("上海市",)), "开发区", "奉贤区各开发区管理委员会"),
        (Jurisdiction("宝山区", "district", ("上海市",)), "园区管委会", "宝山区各园区管理委员会"),
        (Jurisdiction("奉贤区", "district", ("上海市",)), "区房管局", "奉贤区住房保障和房屋管理局"),
        (Jurisdiction("奉贤区", "district", ("上海市",)), "区城管局", "奉贤区城市管理行政执法局"),
        (Jurisdiction("奉贤区", "district", ("上海市",)), "区绿委办", "奉贤区绿化委员会办公室"),
        # one office with a second plate is named by its first
        (Jurisdiction("奉贤区", "district", ("上海市",)), "区财政局〈区金融办〉", "奉贤区财政局"),
        (Jurisdiction("静安区", "district", ("上海市",)), "建设管理委(交通委)", "静安区建设和管理委员会"),
        (Jurisdiction("奉贤区", "district", ("上海市",)), "区投资促进办", "奉贤区投资促进办公室"),
        # a city's bureau in a district named by the district's short name; a tier a list lent it is dropped
        (Jurisdiction("盐都区", "district", ("江苏省", "盐城市")), "盐都生态环境局", "盐城市盐都生态环境局"),
        (Jurisdiction("盐都区", "district", ("江苏省", "盐城市")), "区盐都公安分局", "盐城市公安局盐都分局"),
        (Jurisdiction("盐都区", "district", ("江苏省", "盐城市")), "区供销总社", "盐都区供销合作总社"),
        (Jurisdiction("盐都区", "district", ("江苏省", "盐城市")), "区消防救援大队", "盐都区消防救援大队"),
        (Jurisdiction("陵川县", "county", ("山西省", "晋城市")), "县直有关单位", "陵川县县直有关单位"),
        (Jurisdiction("重庆市", "province", ()), "国网市电力公司", "国网重庆市电力公司"),
        (Jurisdiction("广东省", "province", ()), "省电力公司", "省电力公司"),  # 南方电网's area: no rule
        # a unit written with its tier that no gazetteer holds still belongs to the text's place
        (Jurisdiction("杨浦区", "district", ("上海市",)), "区大数据中心", "杨浦区大数据中心"),
        (Jurisdiction("吉林省", "province", ()), "省地方电力有限公司", "吉林省地方电力有限公司"),
        (Jurisdiction("广东省", "province", ()), "省各有关单位", "广东省各有关单位"),
        # a district's tax bureau is named with its city; a county's without
        (Jurisdiction("平川区", "district", ("甘肃省", "白银市")), "区税务局", "国家税务总局白银市平川区税务局"),
        (Jurisdiction("宝山区", "district", ("上海市",)), "区税务分局", "国家税务总局上海市宝山区税务局"),
        (COUNTY, "县税务局", "国家税务总局德清县税务局"),
        (Jurisdiction("虹口区", "district", ("上海市",)), "区人武部", "虹口区人民武装部"),
        (Jurisdiction("嘉祥县", "county", ("山东省", "济宁市")), "县武装部", "嘉祥县人民武装部"),
    ],
)
def test_normalize(where: Jurisdiction, name: str, full: str) -> None:
    assert AgencyResolver(where).normalize(name) == full


def test_self_reference_is_the_issuer() -> None:
    r = AgencyResolver(FUTIAN, issuer=("福田区科技创新局",))
    assert r.normalize("我局") == "福田区科技创新局"
    assert AgencyResolver(FUTIAN).normalize("我局") == "我局"  # no issuer stated: nothing invented


def test_scoped_aliases_do_not_leak() -> None:
    # 高新区管委会 means Suzhou's only in a Suzhou document
    assert AgencyResolver(SUZHOU).normalize("高新区管委会") == "苏州国家高新技术产业开发区管理委员会"
    assert AgencyResolver(SHENZHEN).normalize("高新区管委会") != "苏州国家高新技术产业开发区管理委员会"
    # a national short form applies only in a national document
    assert AgencyResolver(NATION).normalize("统计局") == "国家统计局"
    assert AgencyResolver(SUZHOU).normalize("统计局") == "苏州市统计局"  # in a city's text a bare body is its own


def test_seen_lists_every_normalised_agency_once() -> None:
    r = AgencyResolver(SUZHOU, issuer=("苏州市人民政府",))
    r.normalize("市工信局")
    r.normalize("市工业和信息化局")
    r.normalize("市财政局")
    assert [a.normalized for a in r.seen()] == ["苏州市人民政府", "苏州市工业和信息化局", "苏州市财政局"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("市工信局", True), ("区金融局", True), ("我局", True), ("福田区", True), ("各市、区人民政府", True),
        ("工业和信息化部", True), ("人民银行深圳市中心支行", True), ("中共福田区委组织部", True),
        ("深圳市中小企业服务协会", False), ("区块链研究院", False), ("深交所", False), ("科创板", False),
        ("河套合作区", False), ("鹏城实验室", False), ("各相关部门", False), ("总部", False), ("粤港澳大湾区数字经济研究院", False),
    ],
)
def test_is_agency(name: str, expected: bool) -> None:
    assert is_agency(name) is expected
    assert AgencyResolver(SHENZHEN).is_agency(name) is expected


def test_lookup_and_expand() -> None:
    assert lookup("科技部") == "科学技术部"
    assert lookup("某某局") is None
    assert expand_body("卫健委") == "卫生健康委员会"
    assert expand_body("规划资源局") == "规划和自然资源局"
    assert expand_body("交通局") == "交通运输局"
    assert expand_body("金融局", "city") == "地方金融监督管理局"


def test_a_function_department_is_the_body_of_the_documents_level() -> None:
    assert AgencyResolver(Jurisdiction("德清县", "county", ("浙江省", "湖州市"))).normalize("县发展改革部门") == "德清县发展和改革委员会"
    assert AgencyResolver(Jurisdiction("江西省", "province", ())).normalize("商务部门") == "江西省商务厅"
    assert AgencyResolver(Jurisdiction("全国", "national", ())).normalize("市场监管部门") == "市场监督管理部门"


GUANGZHOU = Jurisdiction("广州市", "city", ("广东省",))


@pytest.mark.parametrize(
    ("where", "name", "full"),
    [
        # a district's body named in a city's rules is every district's (a collective of the city)
        (GUANGZHOU, "区民政部门", "广州市各区民政局"),
        (GUANGZHOU, "区人力资源社会保障部门", "广州市各区人力资源和社会保障局"),
        # towns and street offices named with no town: all of them, kept as a collective
        (GUANGZHOU, "镇人民政府(街道办事处)", "广州市各镇人民政府、街道办事处"),
        (GUANGZHOU, "街道办事处", "广州市各街道办事处"),
        (GUANGZHOU, "村(居)民委员会", "广州市各村民委员会、居民委员会"),
    ],
)
def test_units_named_without_a_place_in_a_citys_rules(where: Jurisdiction, name: str, full: str) -> None:
    r = AgencyResolver(where)
    assert r.is_agency(name)
    assert r.normalize(name) == full


def test_a_district_body_in_a_districts_own_text_stays_its_own() -> None:
    assert AgencyResolver(FUTIAN).normalize("区民政部门") == "福田区民政局"


@pytest.mark.parametrize(
    ("name", "full"),
    [("团市委", "共青团广州市委员会"), ("市团委", "共青团广州市委员会"), ("区团委", "共青团广州市各区委员会"),
     ("共青团广州市委员会", "共青团广州市委员会"), ("市工会", "广州市总工会")],
)
def test_youth_league_and_trade_union(name: str, full: str) -> None:
    assert AgencyResolver(GUANGZHOU).normalize(name) == full


def test_a_municipalitys_bureaus_are_its_own_and_its_districts() -> None:
    """上海市 is at a province's level, but its bureaus are 局 (not 厅) and its 区 bodies every district's."""
    shanghai = Jurisdiction("上海市", "province")
    assert AgencyResolver(shanghai).normalize("市规划管理部门") == "上海市规划和自然资源局"
    assert AgencyResolver(shanghai).normalize("区规划管理部门") == "上海市各区规划和自然资源局"
    assert AgencyResolver(GUANGDONG).normalize("省民政部门") == "广东省民政厅"


def test_local_names_expanded() -> None:
    wuhan = Jurisdiction("武汉市", "city", ("湖北省",))
    assert AgencyResolver(wuhan).normalize("市自然资源和城建局") == "武汉市自然资源和城乡建设局"
    assert AgencyResolver(wuhan).normalize("市园林林业局") == "武汉市园林和林业局"
    assert AgencyResolver(wuhan).normalize("市委人才局") == "中共武汉市委人才工作局"
    from policykg.loaders.facts.unit_lists import split_units
    assert [u[2] for u in split_units("区总工会、团区委、区妇联")] == ["区总工会", "团区委", "区妇联"]


@pytest.mark.parametrize("name", ["倒逼居住区", "居住区", "小区", "辖区", "郊区", "山区"])
def test_words_ending_in_qu_that_are_no_district(name: str) -> None:
    assert not is_agency(name)


def test_a_tiers_departments_by_function() -> None:
    hunan = Jurisdiction("湖南省", "province")
    assert AgencyResolver(hunan).normalize("市州发展改革部门") == "湖南省各市州发展改革部门"
    assert AgencyResolver(hunan).normalize("县级电力主管部门") == "湖南省各县级电力主管部门"
    assert AgencyResolver(GUANGZHOU).normalize("市级财政部门") != "广州市各市级财政部门"  # the city's own


def test_a_short_name_is_the_body_an_issuer_signs_for() -> None:
    """区房管局 in a notice that 上海市静安区房屋管理局 signs is that bureau, whatever a district's usual name is;
    a collective and the city's bureau of the same function stay what they are."""
    jingan = Jurisdiction("静安区", "district", ("上海市",))
    r = AgencyResolver(jingan, issuer=("上海市静安区房屋管理局",))
    assert r.normalize("区房管局") == "静安区房屋管理局"
    assert AgencyResolver(jingan).normalize("区房管局") == "静安区住房保障和房屋管理局"
    r = AgencyResolver(Jurisdiction("杨浦区", "district", ("上海市",)), issuer=("上海市杨浦区规划和自然资源局",))
    assert r.normalize("市规划资源局") == "上海市规划和自然资源局"
    r = AgencyResolver(Jurisdiction("武汉市", "city", ("湖北省",)), issuer=("武汉市人民政府",))
    assert r.normalize("各区人民政府") == "武汉市各区人民政府"
