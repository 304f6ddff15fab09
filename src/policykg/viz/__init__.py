"""Interactive HTML views of the graph: offline, light, and inert to document text.

:func:`write_views` writes an ``index.html`` summary plus an overview, an
overlap view, one view per policy and one per agency, and one document page
per policy (its text with the evidence of every fact highlighted, which the
views link to).  Each page holds its own
data and loads one shared script (vis-network, taken from the installed pyvis
package, and the page logic) and one style file from ``assets/`` beside the
pages, by a relative path; it loads nothing from the network and shows
document text only as text.

>>> from policykg.viz import write_views
>>> callable(write_views)
True
"""
from policykg.viz.documents import render_document, texts_from_store
from policykg.viz.index import render_index, summary
from policykg.viz.render import Links, build_network, render_view
from policykg.viz.views import LARGE_VIEW, View, agency_view, all_views, overlap_view, overview_view, policy_view
from policykg.viz.write import write_assets, write_views

__all__ = [
    "write_views",
    "write_assets",
    "texts_from_store",
    "render_document",
    "Links",
    "render_view",
    "render_index",
    "summary",
    "build_network",
    "View",
    "all_views",
    "overview_view",
    "policy_view",
    "agency_view",
    "overlap_view",
    "LARGE_VIEW",
]
