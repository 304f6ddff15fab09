"""The faster forms of extraction steps (issue 18) find exactly what the plain forms find.

Each test sets a step's plain form (a pattern as first written, a scan at every character, a reverse search
per call) beside the form extraction uses, on random strings made of the pieces that matter and on the
texts of the real development corpus.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from policykg.loaders.context import DocContext
from policykg.loaders.document import collect_paths
from policykg.loaders.facts import people, privacy
from policykg.loaders.facts import responsibility as resp
from policykg.loaders.facts import responsibility_prose as prose
from policykg.loaders.gazetteers.local_names import _FULL_END, full_names_in
from policykg.loaders.normalize import normalize
from policykg.loaders.prefilter import finditer, required
from policykg.loaders.reading.files import read_text
from policykg.loaders.structure.lifecycle_links import _DOCNO_RE, docnos

CORPUS = Path(__file__).resolve().parent / "data" / "real"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = [p for p in collect_paths(sorted(d for d in CORPUS.rglob("corpus") if d.is_dir())) if isinstance(p, Path)]
    assert len(found) > 100, "the real development corpus is missing"
    return [normalize(read_text(p)[0]).text for p in found[::3]]


def _fuzz(pieces: list[str], n: int, longest: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:  # noqa: ANN001 - an iterator of matches
    return [(m.span(), m.groupdict()) for m in matches]


# the privacy patterns as first written (a look-behind before the first character, no literal to skip to)
_BR = r"(?:[ \t]*\r?\n[ \t]*)"
_MOBILE = re.compile(rf"(?:(?:\+|(?<![\d.])00)?86[- ]?1|1(?<![\d.]1)){_BR}?[3-9]{_BR}?\d{privacy._GAP}"
                     rf"{privacy._digits(4)}{privacy._GAP}{privacy._digits(4)}(?!\d)")
_LANDLINE_86 = re.compile(r"(?:(?:\+|(?<![\d.])00)86[- ]?|(?<![\d.])86-)(?:\(0?[1-9]\d{1,2}\)|0?[1-9]\d{1,2}[- ])"
                          r"[- ]?\d{3,4}[- ]?\d{4}(?!\d)")


@pytest.mark.parametrize("plain, fast", [(_MOBILE, privacy.PERSONAL_DATA[2]), (_LANDLINE_86, privacy.PERSONAL_DATA[4])])
def test_privacy_patterns_match_as_first_written(plain, fast):  # noqa: ANN001
    strings = _fuzz(list("0123456789+-. \n\t()a") + ["86", "0086", "+86", "13", "138", "1380013"], 20000, 30, 1)
    strings += ["联系电话 +86 138 0013 8000", "0086-755-83918888", "x86-755-83918888", "1.13800138000", "手机13800138000"]
    found = 0
    for s in strings:
        for pos in (0, 1, 3):
            assert _spans(plain.finditer(s, pos)) == _spans(fast.finditer(s, pos)), (s, pos)
        found += len(_spans(fast.finditer(s)))
    assert found > 20  # the random strings do hold numbers


def test_full_names_as_findall_finds_them(texts):  # noqa: ANN001
    def plain(text: str, place: str) -> tuple[str, ...]:
        tail = rf"(?![各有相])[\u4e00-\u9fff]{{2,14}}?{_FULL_END}(?![\u4e00-\u9fff]{{0,2}}(?:局|部|中心))"
        return tuple(dict.fromkeys(re.findall(re.escape(place) + tail, text)))

    strings = _fuzz(list("市局区委员会办公室中心部有限公司各有相上海") + ["市市", "上海市"], 5000, 30, 2)
    for s in strings:
        for place in ("市市", "上海市", "市局", "区区区"):
            assert full_names_in(s, place) == plain(s, place), (s, place)
    found = [full_names_in(t, place) for t in texts for place in ("上海市", "北京市", "平潭综合实验区", "广州市")]
    assert found == [plain(t, place) for t in texts for place in ("上海市", "北京市", "平潭综合实验区", "广州市")]
    assert any(found)


def test_docnos_are_the_scan_at_every_character(texts):  # noqa: ANN001
    strings = _fuzz(list("深府办发文AbZ 　\t\n〔〕[]【】()12090号第") + ["2018", "〔2021〕", "深府", "19"], 20000, 40, 3)
    found = 0
    for s in strings:
        for limit in (len(s), len(s) // 2):
            assert [m.span() for m in docnos(s, limit)] == [m.span() for m in _DOCNO_RE.finditer(s, 0, limit)], s
        found += len(list(docnos(s, len(s))))
    assert found > 50
    for t in texts:
        assert [m.span() for m in docnos(t, len(t))] == [m.span() for m in _DOCNO_RE.finditer(t)]


def test_titled_leader_as_first_written(texts):  # noqa: ANN001
    plain = re.compile(r"(?P<role>(?:[省市区县州]委)?副?(?<!总)书记|(?:常务)?副?[省市区县州]长)"
                       r"(?P<name>(?![对在从向为与和及将把被由给让经等])[\u4e00-\u9fff]{2,3}?)"
                       r"(?=[,、。;]|提出|指出|强调|作出|批示|要求|主持|出席|在)")
    pieces = list("省市区县州委副总书记常务长对在张三李,、。;") + ["提出", "书记", "副书记", "常务副", "市委", "总书记", "区长"]
    found = 0
    for s in _fuzz(pieces, 30000, 16, 4) + texts:
        assert _spans(people._TITLED_LEADER.finditer(s)) == _spans(plain.finditer(s)), s
        found += len(_spans(plain.finditer(s)))
    assert found > 1000


def test_sentence_bounds_as_reverse_scans(texts):  # noqa: ANN001
    rnd = random.Random(5)
    for t in texts[:30] + ["无句末的一段话", "。", "\n甲。乙;丙!丁?"]:
        ctx = DocContext("d", normalize(t))
        text = ctx.text
        for start in {0, len(text)} | {rnd.randrange(len(text) + 1) for _ in range(50)}:
            a = max(text.rfind(ch, 0, start) for ch in "。!?;\n") + 1
            assert ctx.sentence_bounds(start)[0] == a, (t[:20], start)


def test_prefilter_words_are_in_every_match(texts):  # noqa: ANN001
    gated = [resp._LABEL_LINE, resp._SUBJ_WITH, resp._X_LEADS, resp._LEADS_OTHERS, resp._SEATED, resp._X_LEAD_Y_CO,
             resp._BY_DUTY, prose._MEMBERS, prose._UNIT_LABEL]
    for pattern in gated:
        words = required(pattern)
        assert words, pattern.pattern  # a call site gated by nothing would only cost
        matches = [m.group(0) for t in texts for m in pattern.finditer(t)]
        assert all(any(w in m for w in words) for m in matches), pattern.pattern
        assert [m.span() for t in texts for m in finditer(pattern, t)] == [
            m.span() for t in texts for m in pattern.finditer(t)]


def test_prefilter_reads_words_off_a_pattern():
    assert required(re.compile(r"(?:^|[,。])(?P<x>[^,。]{2,60}?)(?:负责|主责)(?!人)")) == ("主责", "负责")
    assert required(re.compile(r"牵头(?:单位|部门)?")) == ("牵头",)
    assert required(re.compile(r"(?:会同|联合)|协同")) == ("会同", "协同", "联合")
    assert required(re.compile(r"a?b?")) is None  # a match may be empty
    assert required(re.compile(r"(?:负责|)x?")) is None  # one way holds no word
    assert required(re.compile(r"(?i)abc")) is None  # case folded: no fixed word
    assert required(re.compile(r"(?:联系人){1,3}")) == ("联系人",)
    assert required(re.compile(r"(?:联系人){0,3}")) is None
    assert list(finditer(re.compile(r"负责"), "做好")) == []
