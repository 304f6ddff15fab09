"""Document type from the title's head noun (the type word nearest its end).

A Chinese title ends with what the document is: …的实施意见, …行动计划, …若干措施.
A 关于印发《X》的通知 transmits X, so it takes X's type.  A reply to a deputy's
建议 or a member's 提案 is a ``proposal_reply``.

Examples
--------
>>> classify("关于加快推动区块链技术和产业创新发展的实施意见(2020~2022)")
'implementing_opinion'
>>> classify("深圳市推进区块链产业发展行动计划(2021-2023年)")
'action_plan'
>>> classify("关于区人大代表建议第20200003号的")
'proposal_reply'
>>> classify("关于印发《某市支持软件产业发展若干措施》的通知")
'funding_measures'
>>> classify("关于开展2023年度申报工作的通知")
'notice'
>>> classify("某市专项资金管理办法", "对符合条件的项目给予最高50万元资助。")
'funding_measures'
>>> classify("某市档案管理办法", "档案应当妥善保管。")
'other'
>>> classify("关于印发《某区物业服务达标激励机制的实施意见》的通知"), classify("某市贷款贴息管理办法(试行)")
('funding_measures', 'funding_measures')
>>> classify("对省十四届人大一次会议关于抓紧出台实施", "左俊杰代表: 您提出的关于抓紧出台细则的建议收悉,现答复如下:")
'proposal_reply'
"""
from __future__ import annotations

import re

from policykg.loaders.facts.people import PROPOSER_LABEL

__all__ = ["classify", "TYPE_WORDS"]

_MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?元|\d+\s*万(?!人)")
# (pattern, type); the match nearest the end of the title wins
TYPE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"答复|复函|建议第|提案第|(?:建议|提案|议案)的?(?:办理|答复)|代表建议|委员提案|第\s*\d+\s*号.{0,60}(?:建议|提案)"
                r"|^对.{0,30}(?:人大|政协).{0,20}会议.{0,80}(?:建议|提案)$|(?:人大|政协).{0,12}会议第\s*\d+\s*号"), "proposal_reply"),
    (re.compile(r"行动计划|行动方案|工作方案|实施方案|分工方案|分解方案|责任分工|任务分工|三年计划|行动纲要|攻坚方案|推进方案|工作计划|工作要点|专项行动"), "action_plan"),
    (re.compile(r"实施意见|指导意见|意见"), "implementing_opinion"),
    (re.compile(r"若干措施|若干政策|支持政策|扶持政策|扶持办法|资助办法|奖励办法|补贴办法|补助办法|扶持措施|支持措施|激励措施|专项资金"
                r"|补贴措施|奖补措施|奖励措施|资助措施"),
     "funding_measures"),
    (re.compile(r"管理办法|实施细则|办法|细则|操作规程|条例|规定"), "_rules"),
    (re.compile(r"通知|通报|通告|公告|批复"), "notice"),
)
_MEASURES = re.compile(r"措施$")  # 十条措施, 调控措施 (no other kind named): funding when the text pays, else an opinion
_TRANSMIT = re.compile(r"(?:印发|转发|发布|颁布|修订|修改|重新印发)(?:《(?P<q>[^》]+)》|(?P<p>.+?))的?(?:通知|公告|函)")
_SELF_NAMED = re.compile(r"制定本(?:实施)?(办法|措施|方案|意见|细则|规定|政策)|提出(?:以下|如下)(?:实施)?(意见|措施)")
# 关于金融支持…的若干措施已经省政府同意,现印发给你们: a text without a title names what it issues
_ISSUED_HERE = re.compile(r"(?P<x>[^,。\n]{4,60})(?:已经|已|经)[^,。\n]{2,20}同意,现(?:予)?(?:印发|转发)"
                          r"|现将《(?P<x2>[^《》\n]{4,80})》(?:予以)?(?:印发|转发)")
_PROPOSAL = re.compile(r"建议|提案|议案|代表|委员")
_RECEIVED = re.compile(r"(?:建议|提案|议案)(?:已)?收悉[^。\n]{0,30}?(?:现)?(?:将有关情况)?答复(?:意见)?如下"
                       r"|的(?:建议|提案|议案)(?:[(][^()\n]{1,12}[)])?,?我[委局办厅部署](?:已)?收悉")  # …的提案(第134号),我委已收悉
_HANDLING_RECORD = re.compile(PROPOSER_LABEL + r"[^。]{0,120}(?:主办单位|承办单位|分办单位|会办单位)\s*:[^。]{0,200}"
                              r"(?:办复内容|答复内容|办理结果|办理情况|答复意见)")
_PAYS = re.compile(r"补贴|奖补|贴息|资助|奖励|补助|扶持|激励|优待")
_RULES_END = re.compile(r"(?:办法|规定|条例|细则|制度)(?:[(][^()]{1,6}[)])?$")
# a notice whose title names support and whose text sets sums is a funding text (征集…支持…项目的通知, 调整住房公积金贷款…的通知)
_FUNDING_NOTICE = re.compile(r"支持|补贴|奖补|贴息|资助|奖励|补助|扶持|激励|贷款|救助标准|保障标准|优惠政策|公积金")
_NUMBERED_MEASURES = re.compile(r"[一二三四五六七八九十百\d]+条(?:政策)?措施的?通知$")
_NOT_OPINION = re.compile(r"征求意见|意见稿|意见建议|意见反馈")


def _by_words(title: str, text: str) -> str | None:
    best: tuple[int, str] | None = None
    for pat, kind in TYPE_WORDS:
        for m in pat.finditer(title):
            if kind == "implementing_opinion" and _NOT_OPINION.search(title[max(0, m.start() - 2): m.end() + 1]):
                continue
            if kind == "proposal_reply":
                if _RULES_END.search(title):
                    continue  # 关于办理省人大代表建议、批评和意见的办法: rules for handling suggestions, not a reply
                if m.group(0) in ("答复", "复函") and not _PROPOSAL.search(title + text[:1500]):
                    return "notice"  # 复函 to a 请示: a letter, not the answer to a deputy's proposal
                return kind
            if best is None or m.end() > best[0]:
                best = (m.end(), kind)
    if best is None:
        if not _MEASURES.search(title):
            return None
        pays = _PAYS.search(text) and (_MONEY.search(text) or re.search(r"\d+(?:\.\d+)?%", text))
        return "funding_measures" if pays else "implementing_opinion"
    kind = best[1]
    numbered = _NUMBERED_MEASURES.search(title) if kind == "notice" else None
    if numbered:  # 关于加快…七条措施的通知: the notice is the measures
        return _by_words(title[: numbered.start() + 4], text) or kind
    if kind in ("_rules", "action_plan", "implementing_opinion") and _PAYS.search(title):
        return "funding_measures"  # …贷款贴息管理办法, …达标激励机制的实施意见, …扶持计划操作规程: the title says it pays
    if kind == "_rules" and re.search(r"条例(?:[(][^()]{1,6}[)])?$", title):
        return "other"  # a regulation (条例) whose title names no support: its fines and fees are not funding
    if kind == "_rules":
        return "funding_measures" if _MONEY.search(text) and re.search(r"资金|扶持|资助|奖励|补贴|补助|支持", title + text[:3000]) else "other"
    return kind


def classify(title: str, text: str = "") -> str:
    """The ``doc_type`` of a document from its title (and, for 管理办法, whether it sets money)."""
    t = re.sub(r"\s+", "", title)
    m = _TRANSMIT.search(t)
    if m:
        inner = _by_words(m.group("q") or m.group("p") or "", text)
        if inner and inner != "notice":
            return inner
    kind = _by_words(t, text)
    if kind == "notice" and _FUNDING_NOTICE.search(t) and _MONEY.search(text):
        return "funding_measures"
    if kind:
        return kind
    if not t:  # a text without a title names what it issues (《X》已经省政府同意,现印发) or itself (制定本办法)
        named = [m.group("x") or m.group("x2") for m in (_ISSUED_HERE.search(text[:800]),) if m]
        named += [m.group(1) or m.group(2) for m in (_SELF_NAMED.search(text[:1500]),) if m]
        for x in named:
            kind = _by_words(x, text)
            if kind:
                return kind
    if (_PAYS.search(t) or t.endswith("政策") and _PAYS.search(text[:3000])) and _MONEY.search(text):
        return "funding_measures"  # 农机购置与应用补贴实施操作要求; 高端领军人才政策 that pays: a text setting money
    head = text[:400]
    if not t and re.search(r"通知如下|特此通知|批复如下", text[:1500]):
        return "notice"  # a text without a title that says what it is
    if re.search(r"尊敬的[^\n]{1,80}(?:代表|委员)", head) and re.search(r"答复如下|现答复|现将.{0,10}答复", text[:1200]):
        return "proposal_reply"
    if _RECEIVED.search(text[:2000]) or _HANDLING_RECORD.search(text[:3000]):  # 您提出的关于…的建议收悉,现答复如下;
        return "proposal_reply"  # 案由:… 提案人:… 主办单位:… 办复内容: (a handling record), whatever the (cut) title says
    if re.search(r"(?:现|特)(?:将[^。\n]{0,12})?答复如下", text[:3000]) and re.search(r"(?:代表|委员)[^。\n]{0,20}(?:建议|提案)|第\s*\d+\s*号(?:建议|提案)", t + text[:1500]):
        return "proposal_reply"  # …第768号建议的答复 / 经认真研究,现答复如下: a reply whose (cut) title lost its last words
    return "other"
