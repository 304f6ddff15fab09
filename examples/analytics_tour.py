"""A tour of the policykg Python API: three questions about the sample corpus.

1. Which agencies carry the most responsibility (lead / co) across policies,
   and which sit at the centre of the co-responsibility network?
2. Which measures of the 苏州 opinions and the 深圳 action plan overlap, and
   which agency functions do they share?
3. How much funding does each policy offer, by kind (caps, fixed awards,
   fund sizes, ratios)?

Run it from the repository root::

    .venv/bin/python examples/analytics_tour.py            # the sample corpus
    .venv/bin/python examples/analytics_tour.py MY_DOCS/   # any folder of documents, or a `policykg build` store

With pandas installed (``pip install 'policykg[analytics]'``) any result
becomes a DataFrame with ``policykg.to_frame(rows)``.
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import policykg
from policykg import analytics

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
SUZHOU = "suzhou-blockchain-opinions-2020-2022"
SHENZHEN = "shenzhen-blockchain-action-plan-2021-2023"


def yuan(value: float | None) -> str:
    """300万元, 10亿元: amounts as Chinese texts write them."""
    if value is None:
        return "-"
    if value >= 1e8:
        return f"{value / 1e8:g}亿元"
    if value >= 1e4:
        return f"{value / 1e4:g}万元"
    return f"{value:g}元"


def pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` columns, counting a Chinese character as two."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(width - used, 1)


def heading(text: str) -> None:
    print()
    print(text)
    print("=" * len(text))


def question_1(g: policykg.PolicyGraph) -> None:
    heading("1. Which agencies carry the most responsibility across policies?")
    for r in analytics.agency_responsibility(g)[:8]:
        print(f"  {pad(r['agency'], 36)}{r['total']:>3} measures  (lead {r['lead']}, co {r['co']})"
              f"  in {r['policies']} {'policy' if r['policies'] == 1 else 'policies'}")
    print("  Most central in the co-responsibility network (shared measures, betweenness):")
    for r in analytics.agency_centrality(g)[:5]:
        print(f"  {pad(r['agency'], 36)}partners {r['degree']:>2}  shared {r['weighted_degree']:>3}"
              f"  betweenness {r['betweenness']:.3f}")
    communities = [c for c in analytics.agency_communities(g) if c["size"] > 1]
    print(f"  {len(communities)} groups of agencies that work together, e.g.: {'、'.join(communities[0]['agencies'][:5])}"
          if communities else "  No agencies share measures.")


def question_2(g: policykg.PolicyGraph) -> None:
    heading("2. Which 苏州 and 深圳 measures overlap, and which agency functions do they share?")
    rows = analytics.overlapping_measures(g, policies=[SUZHOU, SHENZHEN])
    if not rows:
        print("  (the corpus has no 苏州 / 深圳 measures that overlap)")
        return
    print(f"  {len(rows)} overlapping pairs; the strongest:")
    for r in rows[:10]:
        shared = "、".join(r["shared_functions"]) or "no shared agency function"
        print(f"  {r['score']:.2f}  苏州 {r['measure_id_a']} {r['title_a']}  <->  深圳 {r['measure_id_b']} {r['title_b']}")
        print(f"        words: {' '.join(r['shared_words'][:5])};  functions: {shared}")
    print(f"  method: {rows[0]['method']}")


def question_3(g: policykg.PolicyGraph) -> None:
    heading("3. How much funding does each policy offer, by kind?")
    rows = analytics.funding_summary(g, by="policy")
    if not rows:
        print("  (no funding amounts found)")
        return
    for r in rows:
        print(f"  {r['policy_title'][:40]}")
        print(f"      caps {r['cap_count']} (largest {yuan(r['cap_max_yuan'])}, named {yuan(r['cap_sum_yuan'] or None)})"
              f"; fixed awards {r['fixed_count']} (largest {yuan(r['fixed_max_yuan'])})"
              f"; funds {r['total_count']} ({yuan(r['total_sum_yuan'] or None)})"
              f"; ratios {r['ratio_count']}"
              + (f" (up to {r['ratio_max']:.0%})" if r["ratio_max"] is not None else ""))
    gaps = analytics.unassigned_measures(g)
    print(f"  {len(gaps)} measures name no responsible unit, e.g. "
          + "、".join(f"{r['title']}" for r in gaps[:3]) if gaps else "  Every measure names a responsible unit.")


def main(argv: list[str]) -> int:
    source = argv[1] if len(argv) > 1 else CORPUS
    g = policykg.build(source, errors="collect")
    print(f"{g!r} from {source}")
    for err in g.errors:
        print(f"  skipped: {err}")
    question_1(g)
    question_2(g)
    question_3(g)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
