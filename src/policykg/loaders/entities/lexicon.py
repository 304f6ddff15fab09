"""Lexicons and the segmenter shared by the entity extractors.

The data files (``data/entity_*.txt``) are read once, on first use:

* ``entity_suffixes.txt``: endings of platform and institution names, with a class;
* ``entity_gazetteer.txt``: regions, naming elements and well-known platforms (exchanges, apps);
* ``entity_generic.txt``: generic policy vocabulary (never a proper name);
* ``entity_boundaries.txt``: words that end a name on its left.

The segmenter is a private :class:`jieba.Tokenizer` (the global one is left
alone) with the generic vocabulary, the gazetteer and the suffixes added as
words; it is built once and only ever run on short candidate phrases.

Examples
--------
>>> lex = lexicon()
>>> lex.is_place("粤港澳大湾区"), lex.is_place("全市")
(True, False)
>>> lex.tokens("目前已完成安恒信息")
['目前', '已', '完成', '安恒', '信息']
"""
from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

__all__ = ["Lexicon", "lexicon", "ending_re", "PROPER_TAGS", "BOUNDARY_TAGS", "TECH_LATIN"]

log = logging.getLogger(__name__)

PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz"})
# Parts of speech that end a name on its left when the token has two or more characters.
BOUNDARY_TAGS = frozenset({"v", "vd", "d", "ad", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "m", "mq", "q",
                           "t", "tg"})
# Latin technical words that do not make a name specific (区块链BaaS服务平台).
TECH_LATIN = frozenset(
    "baas saas paas iaas ai ict it iot api app apps vr ar xr mr 3d 5g 6g gdp b2b b2c o2o cbd erp crm "
    "fintech regtech gpu cpu ip nft dao web web3 sdk bim gis eda soc fpga asic mems cad cae cam plm mes "
    "scada rfid nfc led oled lcd npu tpu dram nand ic pcb ocr nlp llm aigc agi hpc cdn idc ipv6 oa bi ui ux "
    "cg ev sme smes esg".split()
)
_PLACE_SUFFIX = re.compile(r"(?:省|市|自治区|特别行政区|自治州|地区|新区|区|县)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Function characters the segmenter may glue into an unknown word (正以 in 目前我们正以河套合作区为试点).
FUNCTION_CHARS = frozenset("以在对与和及为由从将把被向于正已并也还再均都如等使让给经自至到")
_LATIN_STOP = frozenset("and or of the for in on at to by with".split())


def _read(name: str) -> list[str]:
    text = resources.files("policykg.loaders.gazetteers").joinpath(f"data/{name}").read_text("utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@dataclass
class Lexicon:
    """The entity lexicons and a private segmenter (build with :func:`lexicon`)."""

    suffix_class: dict[str, str] = field(default_factory=dict)
    gazetteer: dict[str, str] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()
    boundaries: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    _tok: object = None
    _tags: dict[str, str] = field(default_factory=dict)
    surnames: frozenset[str] = frozenset()
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _boundary: dict[str, bool] = field(default_factory=dict)  # is_boundary's answers (the lexicons never change)
    # every first character of eight or more of the dictionary's person names (黎, 覃, 邝 too): for a name a
    # context already marks as a person's (a contact line, a table's 姓名 column)
    all_surnames: frozenset[str] = frozenset()

    def tokens(self, text: str) -> list[str]:
        """Segment a short phrase (HMM on, so unknown names stay together)."""
        return _cut(self, text)

    def tag(self, token: str) -> str:
        """The dictionary part of speech of a token, ``"x"`` when the segmenter does not know it."""
        return self._tags.get(token, "x")

    def is_person_name(self, token: str) -> bool:
        """A token that reads as a person's name: two or three characters, a common surname first (from the
        dictionary's own person names), and no other part of speech in the dictionary."""
        return 2 <= len(token) <= 3 and token[0] in self.surnames and self.tag(token) in ("x", "nr", "nrfg", "nrt")

    def is_place(self, token: str) -> bool:
        """A place name: a region, a gazetteer place, or its short form (深圳 for 深圳市)."""
        return token in self.places or self.gazetteer.get(token) == "region"

    def is_proper(self, token: str) -> bool:
        """Whether a token makes a name specific (a place, a brand, an unknown word)."""
        if not token or token in self.generic or token in self.boundaries:
            return False
        if self.is_place(token) or self.gazetteer.get(token) in ("naming", "platform"):
            return True
        if token.isascii():  # Tencent, supET: a capital letter marks a Latin brand
            return (token.isalpha() and len(token) >= 2 and any(ch.isupper() for ch in token)
                    and token.lower() not in TECH_LATIN)
        if not _CJK.search(token) or len(token) < 2:
            return False
        return self.tag(token) in PROPER_TAGS

    def is_brand(self, token: str) -> bool:
        """An unknown word (乐信, 赛能): a brand when it leads a name, a gap in the dictionary elsewhere."""
        return (bool(_CJK.match(token)) and len(token) >= 2 and self.tag(token) == "x"
                and token not in self.generic and token not in self.boundaries)

    def is_boundary(self, token: str) -> bool:
        """Whether a token ends a name on its left (a verb, an adverb, a particle, a number)."""
        known = self._boundary.get(token)
        if known is None:
            known = self._boundary[token] = self._ends_name(token)
        return known

    def ending_of(self, name: str) -> str | None:
        """The longest name ending (:attr:`suffix_class`) that ``name`` ends with and is longer than, else None."""
        for n in self._suffix_lengths:
            if len(name) > n and name[-n:] in self.suffix_class:
                return name[-n:]
        return None

    def has_ending(self, name: str) -> bool:
        """Whether ``name`` ends with a name ending (:attr:`suffix_class`), or is one."""
        return any(n <= len(name) and name[-n:] in self.suffix_class for n in self._suffix_lengths)

    @cached_property
    def _suffix_lengths(self) -> tuple[int, ...]:
        return tuple(sorted({len(s) for s in self.suffix_class}, reverse=True))

    @cached_property
    def ending_pattern(self) -> re.Pattern[str]:
        """Any name ending (:attr:`suffix_class`), see :func:`ending_re`."""
        return ending_re(frozenset(self.suffix_class))

    def _ends_name(self, token: str) -> bool:
        if token in self.boundaries or token.lower() in _LATIN_STOP or token in _LIST_MARKS:
            return True
        if len(token) >= 3 and token[:2] in _ADVERBS and self.tag(token[2:]) in ("v", "vn"):
            return True  # 充分发挥, 加快推进, 大力发展: an adverb and a verb that the segmenter keeps as one word
        if len(token) == 4 and self.tag(token[:2]) == "v" and self.tag(token[2:]) in ("v", "a"):
            return True  # 建立健全: two verbs the segmenter keeps as one word (and tags as a name)
        if self.tag(token) == "x" and _CJK.match(token) and all(ch in FUNCTION_CHARS for ch in token):
            return True
        if token in self.generic or len(token) < 2 or self.gazetteer.get(token):
            return False
        if re.fullmatch(r"\d+(?:\.\d+)?[年月日个家名位]?|[一二三四五六七八九十]+[个家批项]", token):
            return True
        return self.tag(token) in BOUNDARY_TAGS


_LIST_MARKS = frozenset({".", "．", "、"})  # 7.充分发挥…, 10.江西联合…: an item's number and its mark
_ADVERBS = frozenset({"充分", "加快", "积极", "大力", "全面", "着力", "不断", "持续", "深入", "切实", "认真", "进一",
                      "努力", "统筹", "稳步", "有序", "依法", "主动"})


@lru_cache(maxsize=8)
def ending_re(suffixes: frozenset[str]) -> re.Pattern[str]:
    """Any of ``suffixes`` (the longest first) that does not run on into a longer word (…生, …企业, …公园)."""
    alt = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return re.compile(rf"(?:{alt})(?![生链型化式性级界区业]|企业|公司|经济|城区|公园)")


def _cut(lex: Lexicon, text: str) -> list[str]:
    return list(_cached_cut(text))


@lru_cache(maxsize=65536)
def _cached_cut(text: str) -> tuple[str, ...]:
    """Segment a short phrase once; phrases recur across the documents of a corpus."""
    lex = lexicon()
    with lex._lock:  # jieba tokenizers are not thread-safe while they initialise
        return tuple(lex._tok.cut(text, HMM=True))  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, built once per process."""
    import jieba.posseg

    from policykg._jieba import private_tokenizer

    jieba.setLogLevel(logging.WARNING)
    suffix_class = dict(ln.split("\t")[:2] for ln in _read("entity_suffixes.txt"))
    gazetteer = dict(ln.split("\t")[:2] for ln in _read("entity_gazetteer.txt"))
    generic = frozenset(w for ln in _read("entity_generic.txt") for w in ln.split())
    boundaries = frozenset(w for ln in _read("entity_boundaries.txt") for w in ln.split())
    places: set[str] = set()
    try:
        from policykg.loaders.gazetteers.places import known_places

        for p in known_places():
            places.add(p)
            short = _PLACE_SUFFIX.sub("", p)
            if len(short) >= 2:
                places.add(short)
    except ImportError:  # pragma: no cover - the place gazetteer belongs to the metadata module
        log.warning("place gazetteer unavailable; only regions are known")
    places.update(k for k, v in gazetteer.items() if v == "region")
    tok = private_tokenizer()
    tags = dict(jieba.posseg.dt.word_tag_tab)
    first = Counter(w[0] for w, t in tags.items() if t == "nr" and 2 <= len(w) <= 3)
    surnames = frozenset(ch for ch, _ in first.most_common(300))  # the dictionary's person names: their surnames
    all_surnames = frozenset(ch for ch, n in first.items() if n >= 8)
    # jieba's suggested frequency of a word depends on the words added before it: add them in a fixed
    # order, or extraction would change with the process's hash seed
    for w in sorted(generic):
        tok.add_word(w)
        tags.setdefault(w, "n")
    for w, kind in gazetteer.items():
        tok.add_word(w)
        tags[w] = "ns" if kind == "region" else "nz"
    for w in suffix_class:
        tok.add_word(w)
        tags[w] = "n"
    for w in sorted(places):
        if len(w) >= 2 and w not in tok.FREQ:
            tok.add_word(w)
            tags[w] = "ns"
    return Lexicon(suffix_class, gazetteer, generic, boundaries, frozenset(places), tok, tags, surnames,
                   all_surnames=all_surnames)
