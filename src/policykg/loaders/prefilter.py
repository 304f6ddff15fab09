"""A cheap pre-check before a pattern scans a text: the words one of which every match of the pattern contains.

A pattern such as ``(?:^|[,。;\\n])(?P<x>[^,。;()]{2,60}?)(?:负责|主责)`` tries every clause start of a text, and
can only match where 负责 or 主责 is written: ``"负责" in text`` answers in a fraction of the time.
:func:`required` reads those words off the pattern itself (a pattern that is edited stays gated right);
:func:`finditer` skips the scan of a text that holds none of them and is otherwise the pattern's own
``finditer`` (same matches, same order).

>>> p = re.compile(r"(?:^|[,。])(?P<x>[^,。]{2,60}?)(?:负责|主责)(?!人)")
>>> required(p)
('主责', '负责')
>>> list(finditer(p, "市财政局做好保障。")), [m.group("x") for m in finditer(p, "市财政局负责保障。")]
([], ['市财政局'])
>>> required(re.compile(r"\\d+|[a-z]")) is None  # a match may hold no fixed word
True
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator

try:  # Python >= 3.11
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["required", "finditer", "sub", "matches_near", "first_chars"]

_MOST_WORDS = 8  # more words than this cost more to look for than they save
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
_UNKNOWN = object()
_GATES: dict[re.Pattern[str], tuple[str, ...] | None] = {}


def _words(items) -> frozenset[str] | None:  # noqa: ANN001 - a parsed (sub)pattern
    """Words one of which every match of ``items`` contains (the most selective choice), else None."""
    choices: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:  # consecutive characters are one word
            choices.append(frozenset(("".join(run),)))
            run = []
        found = _item_words(op, av)
        if found:
            choices.append(found)
    if run:
        choices.append(frozenset(("".join(run),)))
    if not choices:
        return None
    return max(choices, key=lambda ws: (min(map(len, ws)), -len(ws)))


def _item_words(op, av) -> frozenset[str] | None:  # noqa: ANN001 - one parsed item
    """Words one of which every match of one item contains, else None (the item may match without any)."""
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _words(sub)
    if op is _sre.BRANCH:
        ways = [_words(alt) for alt in av[1]]
        if any(w is None for w in ways):
            return None
        found = frozenset().union(*ways)  # type: ignore[arg-type]
        return found if len(found) <= _MOST_WORDS else None
    if op in _REPEATS:
        least, _most, sub = av
        return _words(sub) if least >= 1 else None
    if op is _sre.IN and all(o is _sre.LITERAL for o, _ in av) and len(av) <= _MOST_WORDS:
        return frozenset(chr(c) for _, c in av)
    return None  # an assertion, a class of characters, a back-reference: nothing fixed to look for


def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words (sorted) one of which every match of ``pattern`` contains, or None when there are none."""
    found = _GATES.get(pattern, _UNKNOWN)
    if found is _UNKNOWN:
        words = None
        if isinstance(pattern.pattern, str) and not pattern.flags & re.IGNORECASE:
            words = _words(_sre_parse.parse(pattern.pattern, pattern.flags))
        if words:  # a word that holds another is found only where that one is: the shorter suffices
            words = frozenset(w for w in words if not any(v != w and v in w for v in words))
        found = _GATES[pattern] = tuple(sorted(words)) if words else None
    return found  # type: ignore[return-value]


def finditer(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, without the scan when ``text`` holds none of :func:`required`."""
    words = _GATES.get(pattern, _UNKNOWN)
    if words is _UNKNOWN:
        words = required(pattern)
    if words is None:
        return pattern.finditer(text, pos, endpos)
    if pos or endpos < len(text):  # (a match lies inside the span: its words too)
        if any(text.find(w, pos, endpos) >= 0 for w in words):  # type: ignore[union-attr]
            return pattern.finditer(text, pos, endpos)
    elif any(w in text for w in words):  # type: ignore[union-attr]
        return pattern.finditer(text, pos, endpos)
    return iter(())


def sub(pattern: re.Pattern[str], repl, text: str) -> str:  # noqa: ANN001 - a string or a function, as re's
    """``pattern.sub(repl, text)``, without the scan when ``text`` holds none of :func:`required`."""
    words = _GATES.get(pattern, _UNKNOWN)
    if words is _UNKNOWN:
        words = required(pattern)
    if words is None or any(w in text for w in words):  # type: ignore[union-attr]
        return pattern.sub(repl, text)
    return text


def matches_near(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, lead: int) -> bool:
    """Whether ``pattern`` matches somewhere in ``text``, tried only at each match of ``anchor`` and the ``lead``
    characters before it: ``bool(pattern.search(text))`` for a pattern (without look-behinds) whose every
    match holds ``anchor`` at most ``lead`` characters from its start, without trying every position.

    >>> p = re.compile(r"(?:排在|列)?第一(?:单位|部门)")
    >>> matches_near(p, re.compile("第一"), "列第一单位", 2), matches_near(p, re.compile("第一"), "第一条", 2)
    (True, False)
    """
    return any(pattern.match(text, at) for m in anchor.finditer(text)
               for at in range(max(0, m.start() - lead), m.start() + 1))


def first_chars(alternation: str) -> str | None:
    """The characters a match of ``alternation`` (a pattern of words, look-arounds allowed before each) can start
    with, escaped for a character class; None when one of its ways in does not start with a fixed character.

    A ``(?=[…])`` of them before a long alternation fails at most positions with one test, not one per word.

    >>> first_chars("负责(?!人)|(?<=政府)领导|要"), first_chars(r"要|\\d+")
    ('要负领', None)
    """
    parsed = _sre_parse.parse(alternation)
    ways = parsed[0][1][1] if len(parsed) == 1 and parsed[0][0] is _sre.BRANCH else [list(parsed)]
    chars: list[str] = []
    for way in ways:
        items = [item for item in way if item[0] not in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)]
        if not items or items[0][0] is not _sre.LITERAL:
            return None
        chars.append(chr(items[0][1]))
    return "".join(re.escape(ch) for ch in sorted(set(chars)))
