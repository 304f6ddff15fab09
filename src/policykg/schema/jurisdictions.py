"""A small seed gazetteer: levels and parents of the places the corpus deals with.

Documents name their own jurisdiction (``福田区``) but rarely its parents; the
graph needs the hierarchy (福田区 ⊂ 深圳市 ⊂ 广东省) so that a question about
深圳市 also finds what its districts publish.  :func:`parents_of` fills the
chain when the extracted :class:`~policykg.schema.models.Jurisdiction` has
none.  Extend :data:`KNOWN` as the corpus grows (name -> (level, parent)).

>>> parents_of("福田区")
('广东省', '深圳市')
>>> level_of("深圳市"), level_of("不存在的地方")
('city', None)
"""
from __future__ import annotations

from typing import Final

__all__ = ["KNOWN", "parents_of", "level_of"]

_GD_SZ = ("福田区", "罗湖区", "南山区", "盐田区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区")
_JS_SZ = ("姑苏区", "虎丘区", "吴中区", "相城区", "吴江区", "常熟市", "张家港市", "昆山市", "太仓市")
_GD_GZ = ("越秀区", "海珠区", "荔湾区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区", "增城区")

#: name -> (level, parent name or None)
KNOWN: Final[dict[str, tuple[str, str | None]]] = {
    "广东省": ("province", None),
    "江苏省": ("province", None),
    "浙江省": ("province", None),
    "北京市": ("province", None),
    "上海市": ("province", None),
    "天津市": ("province", None),
    "重庆市": ("province", None),
    "深圳市": ("city", "广东省"),
    "广州市": ("city", "广东省"),
    "东莞市": ("city", "广东省"),
    "佛山市": ("city", "广东省"),
    "苏州市": ("city", "江苏省"),
    "南京市": ("city", "江苏省"),
    "无锡市": ("city", "江苏省"),
    "杭州市": ("city", "浙江省"),
    **{name: ("district", "深圳市") for name in _GD_SZ},
    **{name: ("district", "广州市") for name in _GD_GZ},
    **{name: ("county" if name.endswith("市") else "district", "苏州市") for name in _JS_SZ},
}


def parents_of(name: str) -> tuple[str, ...]:
    """The known parents of ``name``, outermost first (``()`` if unknown)."""
    chain: list[str] = []
    seen = {name}
    parent = KNOWN.get(name, ("", None))[1]
    while parent and parent not in seen:
        chain.append(parent)
        seen.add(parent)
        parent = KNOWN.get(parent, ("", None))[1]
    return tuple(reversed(chain))


def level_of(name: str) -> str | None:
    """The known level of ``name`` (one of :data:`~policykg.schema.models.LEVELS`), or None."""
    entry = KNOWN.get(name)
    return entry[0] if entry else None
