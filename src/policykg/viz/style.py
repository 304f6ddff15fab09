"""How the views look: one colour and shape per node label, one line style per edge kind.

Everything visual that the legend explains lives here, so the legend, the
drawn network and the tests agree.  Colours follow the Tableau 10 palette
(distinguishable, print-safe); lead responsibility is a thick solid line,
co-responsibility a thin dashed one.

Examples
--------
>>> node_style("Measure")["shape"]
'ellipse'
>>> edge_style("RESPONSIBLE_FOR", {"role": "lead"})["dashes"]
False
>>> edge_style("RESPONSIBLE_FOR", {"role": "co"})["dashes"]
[6, 4]
"""
from __future__ import annotations

from typing import Any, Mapping

__all__ = [
    "FONT_STACK",
    "EDGE_FONT",
    "node_groups",
    "edge_options",
    "shared_style",
    "NODE_STYLES",
    "EDGE_STYLES",
    "LABEL_ZH",
    "EDGE_ZH",
    "node_style",
    "edge_style",
    "edge_kind",
    "short_label",
    "shade",
    "node_legend_svg",
    "edge_legend_svg",
]

#: CSS font-family of every text, the canvas labels included.
FONT_STACK = '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif'

#: label -> vis-network node options (shape, colour, size, font colour)
NODE_STYLES: dict[str, dict[str, Any]] = {
    "Policy": {"shape": "box", "color": "#1f4e79", "font": "#ffffff", "size": 30, "radius": 1, "fontSize": 18},
    "Measure": {"shape": "ellipse", "color": "#a9c6e8", "font": "#10243d", "size": 14},
    "Agency": {"shape": "box", "color": "#f6b26b", "font": "#3d2100", "size": 18, "radius": 14},
    "Funding": {"shape": "star", "color": "#59a14f", "font": "#1b1b1b", "size": 16},
    "Jurisdiction": {"shape": "hexagon", "color": "#9c755f", "font": "#1b1b1b", "size": 18},
    "Enterprise": {"shape": "square", "color": "#b07aa1", "font": "#1b1b1b", "size": 10},
    "Platform": {"shape": "triangle", "color": "#76b7b2", "font": "#1b1b1b", "size": 11},
    "Program": {"shape": "triangleDown", "color": "#edc948", "font": "#1b1b1b", "size": 11},
    "Person": {"shape": "circle", "color": "#ff9da7", "font": "#1b1b1b", "size": 10},
    "Proposal": {"shape": "database", "color": "#e15759", "font": "#ffffff", "size": 14},
    "Citation": {"shape": "dot", "color": "#d5cfcb", "font": "#4a4a4a", "size": 7, "dashed": True},
    "Document": {"shape": "box", "color": "#79706e", "font": "#ffffff", "size": 10, "dashed": True, "radius": 1},
}

#: Chinese names of the labels, shown next to the English ones in legends and tooltips.
LABEL_ZH: dict[str, str] = {
    "Policy": "政策", "Measure": "措施", "Agency": "部门", "Funding": "资金", "Jurisdiction": "行政区",
    "Enterprise": "企业", "Platform": "平台/机构", "Program": "项目/计划", "Person": "人员",
    "Proposal": "建议/提案", "Citation": "引用文件", "Document": "源文件",
}

#: edge kind (type, or type:role) -> vis-network edge options
EDGE_STYLES: dict[str, dict[str, Any]] = {
    "RESPONSIBLE_FOR:lead": {"color": "#c0392b", "width": 4, "dashes": False, "arrows": "to"},
    "RESPONSIBLE_FOR:co": {"color": "#e69f54", "width": 1.5, "dashes": [6, 4], "arrows": "to"},
    "HAS_MEASURE": {"color": "#8fa9c7", "width": 1.2, "dashes": False, "arrows": "to"},
    "HAS_FUNDING": {"color": "#59a14f", "width": 2, "dashes": False, "arrows": "to"},
    "ISSUED_BY": {"color": "#1f4e79", "width": 2, "dashes": [2, 3], "arrows": "to"},
    "OVERLAPS": {"color": "#9b59b6", "width": 3, "dashes": False, "arrows": ""},
    "CO_RESPONSIBLE": {"color": "#f28e2b", "width": 2, "dashes": False, "arrows": ""},
    "other": {"color": "#b8b8b8", "width": 1, "dashes": False, "arrows": "to"},
}

#: edge kind -> what the legend calls it
EDGE_ZH: dict[str, str] = {
    "RESPONSIBLE_FOR:lead": "牵头负责 (lead)",
    "RESPONSIBLE_FOR:co": "配合/责任单位 (co)",
    "HAS_MEASURE": "包含措施",
    "HAS_FUNDING": "资金支持",
    "ISSUED_BY": "发文机关",
    "OVERLAPS": "相似措施 (overlap)",
    "CO_RESPONSIBLE": "共同负责 (shared measures)",
    "other": "其他关系",
}


def node_style(label: str) -> dict[str, Any]:
    """The style of a node label (a neutral grey one for unknown labels)."""
    return NODE_STYLES.get(label, {"shape": "dot", "color": "#999999", "font": "#1b1b1b", "size": 10})


def edge_kind(type_: str, props: Mapping[str, Any]) -> str:
    """The legend entry of an edge: its type, split by role for responsibilities.

    >>> edge_kind("RESPONSIBLE_FOR", {"role": "lead"}), edge_kind("CITES", {})
    ('RESPONSIBLE_FOR:lead', 'other')
    """
    if type_ == "RESPONSIBLE_FOR":
        return "RESPONSIBLE_FOR:lead" if props.get("role") == "lead" else "RESPONSIBLE_FOR:co"
    return type_ if type_ in EDGE_STYLES else "other"


def edge_style(type_: str, props: Mapping[str, Any]) -> dict[str, Any]:
    """vis-network options of one edge (a copy, safe to modify)."""
    return dict(EDGE_STYLES[edge_kind(type_, props)])


def short_label(text: str, limit: int = 24) -> str:
    """A label for the canvas: at most ``limit`` characters, an ellipsis if cut.

    >>> short_label("关于加快推动区块链技术和产业创新发展的实施意见", 10)
    '关于加快推动区块链…'
    >>> short_label("  a\\n b ")
    'a b'
    """
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shade(color: str, factor: float) -> str:
    """A ``#rrggbb`` colour darkened (factor < 1) or lightened towards white (factor > 1).

    >>> shade("#808080", 0.5), shade("#808080", 2.0)
    ('#404040', '#ffffff')
    """
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    if factor <= 1:
        r, g, b = (round(c * factor) for c in (r, g, b))
    else:
        r, g, b = (round(c + (255 - c) * min(factor - 1, 1)) for c in (r, g, b))
    return f"#{r:02x}{g:02x}{b:02x}"


_SHAPES = {
    "box": '<rect x="2" y="5" width="20" height="14" rx="{rx}"/>',
    "ellipse": '<ellipse cx="12" cy="12" rx="10" ry="6.5"/>',
    "circle": '<circle cx="12" cy="12" r="8"/>',
    "dot": '<circle cx="12" cy="12" r="6"/>',
    "diamond": '<polygon points="12,2 22,12 12,22 2,12"/>',
    "square": '<rect x="5" y="5" width="14" height="14"/>',
    "triangle": '<polygon points="12,3 21,20 3,20"/>',
    "triangleDown": '<polygon points="3,4 21,4 12,21"/>',
    "hexagon": '<polygon points="7,3 17,3 22,12 17,21 7,21 2,12"/>',
    "star": '<polygon points="12,2 14.6,8.6 21.5,9 16.2,13.4 17.9,20.3 12,16.5 6.1,20.3 7.8,13.4 2.5,9 9.4,8.6"/>',
    "database": '<path d="M3 6 v12 a9 3 0 0 0 18 0 v-12 a9 3 0 0 0 -18 0 a9 3 0 0 0 18 0"/>',
}


def node_legend_svg(label: str) -> str:
    """A 24x24 inline SVG of a label's shape and colour (built from constants only).

    >>> node_legend_svg("Agency").startswith("<svg")
    True
    """
    st = node_style(label)
    body = _SHAPES.get(st["shape"], _SHAPES["dot"]).format(rx=min(st.get("radius", 3), 7))
    dash = ' stroke-dasharray="3 2"' if st.get("dashed") else ""
    return (f'<svg class="pk-glyph" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">'
            f'<g fill="{st["color"]}" stroke="{shade(st["color"], 0.6)}" stroke-width="1.5"{dash}>{body}</g></svg>')


def edge_legend_svg(kind: str) -> str:
    """A 40x14 inline SVG of an edge kind's line (colour, width, dashes).

    >>> 'stroke-dasharray="6 4"' in edge_legend_svg("RESPONSIBLE_FOR:co")
    True
    """
    st = EDGE_STYLES.get(kind, EDGE_STYLES["other"])
    dash = f' stroke-dasharray="{" ".join(map(str, st["dashes"]))}"' if st["dashes"] else ""
    return (f'<svg class="pk-glyph" width="40" height="14" viewBox="0 0 40 14" aria-hidden="true">'
            f'<line x1="2" y1="7" x2="38" y2="7" stroke="{st["color"]}" stroke-width="{st["width"]}"{dash}/></svg>')


#: the font of edge labels (overlap scores)
EDGE_FONT = {"face": FONT_STACK, "size": 12, "color": "#5b2c6f", "strokeWidth": 3, "strokeColor": "#ffffff"}


def shared_style() -> dict[str, Any]:
    """What every view page needs and none carries (in the shared script): node groups, edge styles, names,
    and the legend's glyphs in legend order."""
    return {"groups": node_groups(), "edgeStyles": edge_options(),
            "edgeFont": EDGE_FONT, "labelsZh": LABEL_ZH, "edgesZh": EDGE_ZH,
            "nodeGlyphs": [[label, node_legend_svg(label)] for label in NODE_STYLES],
            "edgeGlyphs": [[kind, edge_legend_svg(kind)] for kind in EDGE_STYLES]}


def node_groups() -> dict[str, dict[str, Any]]:
    """vis-network node groups, one per label: shape, colours, font (so nodes carry no style).

    No group sets a box width: a group's would win over the node's, which a hub's label needs to widen
    (the views' default width applies).
    """
    groups = {}
    for label, st in NODE_STYLES.items():
        color = st["color"]
        font: dict[str, Any] = {"color": st["font"], "face": FONT_STACK, "size": st.get("fontSize", 15)}
        if st["shape"] in ("box", "ellipse", "circle", "database"):
            font["strokeWidth"] = 0
        grp: dict[str, Any] = {
            "shape": st["shape"], "size": st["size"], "font": font,
            "color": {"background": color, "border": shade(color, 0.6),
                      "highlight": {"background": shade(color, 1.35), "border": "#111111"},
                      "hover": {"background": shade(color, 1.2), "border": "#111111"}},
        }
        shape_props: dict[str, Any] = {}
        if st.get("dashed"):
            shape_props["borderDashes"] = [4, 3]
        if "radius" in st:
            shape_props["borderRadius"] = st["radius"]
        if shape_props:
            grp["shapeProperties"] = shape_props
        if label == "Policy":
            grp["margin"] = 10
        groups[label] = grp
    return groups


def edge_options() -> dict[str, dict[str, Any]]:
    """Per edge kind, the vis-network options the page applies (edges carry only their kind)."""
    return {kind: {"width": st["width"], "dashes": st["dashes"], "arrows": st["arrows"],
                   "color": {"color": st["color"], "highlight": shade(st["color"], 0.7),
                             "hover": shade(st["color"], 0.7)}}
            for kind, st in EDGE_STYLES.items()}
