"""Dates written in policy documents: 2023年10月8日, 二〇二三年十月八日, 2023-10-08, 2023.10.08.

Chinese numerals are read with :mod:`cn2an`.

Examples
--------
>>> parse_date("二〇二三年十月八日")
'2023-10-08'
>>> parse_date("2022年8月23日")
'2022-08-23'
>>> parse_date("2020/9/28 10:00")
'2020-09-28'
>>> parse_date("二O二一年十二月三十一日")
'2021-12-31'
>>> parse_date("第20200003号") is None
True
"""
from __future__ import annotations

import datetime as _dt
import re

import cn2an

__all__ = ["DATE", "parse_date", "date_match_to_iso", "add_years"]

_CN_DIGITS = "〇零一二三四五六七八九"
_CN = "一二三四五六七八九十"
DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[年./-]\s*(?P<m>\d{1,2})\s*[月./-]\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    rf"|(?P<cy>[{_CN_DIGITS}Oo○Ｏ]{{4}})\s*年\s*(?P<cm>[{_CN}]{{1,2}})\s*月\s*(?P<cd>[{_CN}]{{1,3}})\s*日"
)
_ZERO = str.maketrans({"O": "〇", "o": "〇", "○": "〇", "Ｏ": "〇", "零": "〇"})


def _cn_int(s: str) -> int:
    return int(cn2an.cn2an(s.translate(_ZERO), "smart"))


def date_match_to_iso(m: re.Match[str]) -> str | None:
    """ISO date of a :data:`DATE` match, or None when it is not a real date."""
    try:
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        else:
            y, mo, d = _cn_int(m.group("cy")), _cn_int(m.group("cm")), _cn_int(m.group("cd"))
        return _dt.date(y, mo, d).isoformat()
    except (ValueError, TypeError):
        return None


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ``YYYY-MM-DD``, or None."""
    for m in DATE.finditer(text):
        iso = date_match_to_iso(m)
        if iso:
            return iso
    return None


def add_years(iso: str, years: int) -> str:
    """The day before the same date ``years`` later: the end of an N-year validity.

    >>> add_years("2020-09-28", 3)
    '2023-09-27'
    """
    d = _dt.date.fromisoformat(iso)
    try:
        later = d.replace(year=d.year + years)
    except ValueError:  # 29 February
        later = d.replace(year=d.year + years, day=28)
    return (later - _dt.timedelta(days=1)).isoformat()
