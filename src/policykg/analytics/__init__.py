"""Graph analytics as plain functions: graphs in, rows (lists of dicts) out.

===========================  ==========================================================
:func:`responsibility_matrix`  agency x policy: measures led / co-handled
:func:`agency_responsibility`  each agency's workload across policies
:func:`co_responsibility`      agency pairs sharing measures (count, Jaccard)
:func:`unassigned_measures`    measures without a responsible unit
:func:`overlapping_measures`   similar measures of different policies (``OVERLAPS`` edges)
:func:`policy_overlap`         overlap summarised per pair of policies
:func:`agency_centrality`      degree, betweenness, PageRank (needs scipy)
:func:`agency_communities`     groups of agencies (Louvain / greedy modularity)
:func:`funding_items`          every amount with its measure and agencies
:func:`funding_summary`        amounts by policy, agency, jurisdiction or kind
===========================  ==========================================================

:func:`policykg.to_frame` turns any result into a pandas DataFrame (with the
``analytics`` extra).

Examples
--------
>>> from policykg.graph.model import PolicyGraph
>>> agency_responsibility(PolicyGraph())
[]
"""
from policykg.analytics.funding import FUNDING_GROUPS, funding_items, funding_summary
from policykg.analytics.network import COMMUNITY_METHODS, agency_centrality, agency_communities
from policykg.analytics.overlaps import overlapping_measures, policy_overlap
from policykg.analytics.responsibility import (
    agency_responsibility,
    co_responsibility,
    responsibility_matrix,
    unassigned_measures,
)

__all__ = [
    "responsibility_matrix", "agency_responsibility", "co_responsibility", "unassigned_measures",
    "overlapping_measures", "policy_overlap", "agency_centrality", "agency_communities", "COMMUNITY_METHODS",
    "funding_items", "funding_summary", "FUNDING_GROUPS",
]
