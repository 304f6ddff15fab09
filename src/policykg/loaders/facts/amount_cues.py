"""Regular expressions for :mod:`policykg.loaders.facts.amounts`: money tokens and the cue words around them.

Everything here is compiled once at import.  The patterns run on normalised
text (:func:`policykg.loaders.normalize.normalize`): ASCII punctuation, no
spaces between Chinese characters, but a stray space next to a digit is
tolerated.

>>> MONEY.search("给予50、30万元的奖励").group("enum")
'50、30万元'
>>> bool(CAP_LEFT.search("单次培训支持最高"))
True
"""
from __future__ import annotations

import re

__all__ = [
    "MONEY", "ACHIEVED", "AWARD_AFTER", "FUND_ANY", "NUM_AR", "NUM_CN", "UNIT_FACTOR", "CAP_LEFT", "CAP_RIGHT", "FLOOR_LEFT", "TOTAL_LEFT",
    "FUND_NOUN", "STAT_LEFT", "STAT_RIGHT", "SUPPORT", "RATIO_LEFT", "RATIO_RIGHT", "RATIO_STAT",
    "QUALIFIER", "LABEL", "LABEL_GROUP", "THRESHOLD_PREFIX", "CLAUSE_END", "SENTENCE_END", "NOT_CAP",
]

# Arabic numbers (1,000 / 1.5) and Chinese numerals (五十, 一千二百, 贰拾).
NUM_AR = r"(?<![\d.A-Za-z])\d+(?:,\d{3})*(?:\.\d+)?"
NUM_CN = r"(?<![数几多零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟])[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]{2,}"
_NUM = rf"(?:{NUM_AR}|{NUM_CN})"
# A bare 万/亿 is money unless a measure word or another currency follows (万人, 万家, 万美元 ...).
_NOT_MONEY_AFTER = (
    r"(?![人家个名位次台套件吨亩户平千立公辆册条张笔美港欧日英韩澳卢株只头份间栋座字首部场批所枚架艘倍余多度年步亿起例]"
    r"|项(?!目)|\d)"
)
_UNIT = rf"(?:万亿元?|[千百]?[万亿]元|[千百]?元|[千百十]?[万亿]{_NOT_MONEY_AFTER})"
_RANGE_SEP = r"\s*(?:-|~|至|到)\s*"

MONEY = re.compile(
    rf"(?P<range>(?P<lo>{_NUM})\s*(?P<lo_unit>{_UNIT})?(?:\(含\))?{_RANGE_SEP}(?P<hi>{_NUM})\s*(?P<hi_unit>{_UNIT}))"
    rf"|(?P<enum>{_NUM}(?:\s*、\s*{_NUM})+\s*{_UNIT})"
    rf"|(?P<single>{_NUM}\s*{_UNIT})"
    rf"|(?P<pct>(?P<pnum>{NUM_AR})\s*(?P<per>%|‰)|百分之(?P<pcn>[零〇一二两三四五六七八九十百点]+)|千分之(?P<pmil>[零〇一二两三四五六七八九十百点]+))"
    # 设备购置费用的三分之一: a share written as a fraction
    r"|(?P<frac>(?<![一二三四五六七八九十百])(?P<fden>[二三四五六七八九十])分之(?P<fnum>[一二三四五六七八九])(?![十百]))"
    # 按最低生活保障标准的1.5倍确定: a multiple of a named standard
    r"|(?P<times>(?:(?<=标准的)|(?<=收入的)|(?<=收入)|(?<=工资的)|(?<=工资))(?P<tnum>\d+(?:\.\d+)?)\s*倍)"
    # 1:1配套, 按1:0.5的比例匹配: a matching ratio
    r"|(?P<match>(?<![\d.:])(?P<m1>\d+(?:\.\d+)?)\s*:\s*(?P<m2>\d+(?:\.\d+)?)(?![\d:])(?=\s*(?:的)?(?:比例)?\s*(?:[^,。;:\d]{0,8}?)(?:配套|匹配|比例|给予)))"
)

UNIT_FACTOR = {"元": 1.0, "百元": 100.0, "千元": 1e3, "万": 1e4, "万元": 1e4, "十万": 1e5, "百万": 1e6,
               "百万元": 1e6, "千万": 1e7, "千万元": 1e7, "亿": 1e8, "亿元": 1e8, "十亿": 1e9, "百亿": 1e10,
               "千亿": 1e11, "万亿": 1e12, "万亿元": 1e12}

CLAUSE_END = re.compile(r"[,;。!?:\n()]")
SENTENCE_END = re.compile(r"[;。!?\n]")

# 最高 as an upper limit, not 国家最高科学技术奖 / 最高人民法院.
CAP_LEFT = re.compile(r"最高(?!科学|科技|人民|法院|检察|水平|层次|荣誉|奖项)|不超过|不高于|最多|至多|上限|封顶|原则上不超|单笔不超|(?<![入产])限额"
                      r"|额度(?:由[^,。;]{1,14}?)?(?:提高|调整|上调|提升)?(?:至|为|到)\s*$")  # 贷款额度提高至80万元: a limit
NOT_CAP = re.compile(r"最高(?:科学|科技)")
CAP_RIGHT = re.compile(r"^\s*(?:以内|封顶|为限|为上限)")
FLOOR_LEFT = re.compile(r"(不低于|不少于|不小于)[^,;。]{0,6}$")
# The size of a fund or a budget.
TOTAL_LEFT = re.compile(
    r"(?:总规模|基金规模|资金规模|规模|总额|总量|预算|资金池)$"
)
FUND_NOUN = re.compile(r"基金|资金池|风险池|风险补偿金|专项资金|引导资金|财政资金|资金规模|预算|经费|资金总额")
FUND_ANY = re.compile(r"基金|资金|预算|经费|风险池|资金池|风险补偿金")
# Targets, statistics and thresholds: 营业收入超10亿元, 增加值10155.51亿元, 首超2000万.
STAT_LEFT = re.compile(
    r"(?:(?<!不)(?<!不得)超过?|首超|首次突破|突破|达到?|逾|近|约|增长|增加|实现|完成|累计(?:发放|兑现|拨付|投入|完成|支持)?"
    r"|营业收入|主营业务收入|营收|收入|产值|增加值|销售额|交易额|成交额|税收|纳税|利润|市值|估值|规模|总投资|投资额"
    r"|融资额?|注册资本|资产|GDP|兑现|(?<!每年)(?<!每月)(?<!按月)(?<!按年)发放了?|拨付了?|带动|撬动|吸引|争取)"  # 每年发放: a rate
    r"[^,;。、]{0,4}$"
)
# …1亿元以上的, 5000万元(含)至1亿元的, 超过1亿元的: a threshold, then the award.
STAT_RIGHT = re.compile(r"^\s*(?:\(含\)|及?以上|及?以下|左右|多|余|级|的$)")
# A sentence that grants support (a bare 资金 or 投资 does not: 项目总投资1亿元,其中财政资金3000万元).
SUPPORT = re.compile(r"给予|奖励|奖补|补贴|补助|资助|支持|扶持|配套|贴息|按|最高|不超过|一次性|予以|享受|安家费|租金减免|津贴"
                     r"|(?:保障|救助|供养|补贴|发放|生活|护理|补助)标准|(?<![入产])限额")  # 最低生活保障标准为每人每月1309元: a benefit's rate
# What was done, not what is offered: 共支持项目56个,支持金额3200万元; 累计拨付扶持资金2.3亿元.
ACHIEVED = re.compile(
    r"(?:已经?|共计?|累计|先后|合计|截至目前|近年来)(?:为|向|对)?[^,;。]{0,10}?"
    r"(?:支持|资助|奖励|扶持|补贴|补助|发放|兑现|拨付|落实|争取|投入|获得)"
)
AWARD_AFTER = re.compile(r"给予|按照?|予以|再给予|可获得|可享受")
RATIO_LEFT = re.compile(r"按|给予|增发|加发|补贴|补助|资助|奖励|贴息|不超过|不高于|最高|配套|扶持|比例|承担|报销|减免|返还|费用|投入|总额|金额|额的"
                        r"|租金")  # 租金标准以市场租金参考价的50%计算: a preferential rent
RATIO_RIGHT = re.compile(r"^\s*(?:的)?(?:给予|予以|补贴|补助|资助|奖励|支持|配套|贴息|扶持|奖补|比例|返还|减免|的?(?:补贴|资助)"
                         r"|一次性[\u4e00-\u9fff]{0,4}?(?:补贴|补助|奖励)"  # 契税额80%的一次性购房补贴
                         r"|[,、]?最高(?:不超过)?[\d.]+[万亿千百]?元)")  # 购房款8%最高20万元: a share its cap makes money
RATIO_STAT = re.compile(
    r"(?:比重|占比?|增长|增速|提高|提升|下降|降低|(?<!不)超过|达到?|约|近"
    r"|(?:增长|覆盖|占有|渗透|达标|使用|普及|利用|转化|贡献|合格|完成)率)[^,;。、]{0,3}$"
    r"|(?:首付款?|首次缴纳|竞买保证金)比例[^,;。]{0,12}$"  # 首付款比例下调至20%: what a buyer pays, no support
    r"|监管资金[^,;。]{0,8}$"  # 不得超过重点监管资金的70%: a developer's escrow, no support
    r"|(?:利率|费率|税率|征收率|收益率|年化)(?!不超过|不高于|原则上不超过|降至|降低至|下调至|控制在)[^,;。、的]{0,4}"
    r"(?:\d+(?:\.\d+)?%、)*$"  # 费率不超过1%: a cap; 基准费率0.6%、1.0%、1.4%: rates, each of them
)
# 单次 / 全年累计 / 每家 ... restrict a cap or a fixed amount.
QUALIFIER = re.compile(r"单次|每次|全年累计|年度累计|累计|每年|每家|每个|每人|每项|每户|每月|每平方米|一次性")
# Levels and grades paired with values: 国家级、省级 ...
LABEL = re.compile(
    r"国家级|国际级|省部级|部级|省级|市级|区级|县级|镇级|(?:特|一|二|三|四|五)等奖|金奖|银奖|铜奖|优秀奖"
    r"|[一二三四五六七ABCDE]类|第[一二三四五六七八九十]档|[一二三四五]档|[一二三四五]星级?"
)
# A shared suffix: 国家、省、市级 / 一、二、三等奖.
LABEL_GROUP = re.compile(r"((?:[国家省市区县一二三四五特金银铜]{1,2}、)+[国家省市区县一二三四五特金银铜]{1,2})(级|等奖|奖|档|类)")
THRESHOLD_PREFIX = re.compile(r"(首超|首次突破|首次超过|超过|突破|达到|达|超)$")
