"""Vectorised pieces of the measure overlap (:mod:`policykg.graph.overlap`): pairwise
similarities of candidate pairs and the choice of the pairs kept.

Every function takes numpy index arrays ``a`` and ``b`` (the two measures of each
candidate pair, as row numbers) and works in chunks, so the cost grows with the
number of pairs.
"""
from __future__ import annotations

from typing import Mapping

__all__ = ["rowwise_dot", "agency_similarity", "policy_similarity", "best_in_policy", "best_neighbours"]


def rowwise_dot(m, a, b):  # -> numpy array
    """``m[a[i]] . m[b[i]]`` for every i, in chunks of about four million stored values."""
    import numpy as np

    out = np.empty(len(a), dtype=np.float64)
    step = max(1, min(200_000, 4_000_000 // max(1, m.nnz // max(1, m.shape[0]))))
    for lo in range(0, len(a), step):
        sl = slice(lo, lo + step)
        out[sl] = np.asarray(m[a[sl]].multiply(m[b[sl]]).sum(axis=1)).ravel()
    return out


def agency_similarity(keys: list[str], functions: Mapping[str, set[str]], a, b):  # -> numpy array
    """Jaccard similarity of the pairs' agency functions (0 when either measure names no unit)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    names = sorted({f for fs in functions.values() for f in fs})
    fcol = {f: i for i, f in enumerate(names)}
    frows = [(i, fcol[f]) for i, k in enumerate(keys) for f in sorted(functions.get(k, ()))]
    fmat = csr_matrix((np.ones(len(frows)), ([r for r, _ in frows], [c for _, c in frows])),
                      shape=(len(keys), max(1, len(names))))
    sizes = np.asarray(fmat.sum(axis=1)).ravel()
    inter = rowwise_dot(fmat, a, b)
    union = sizes[a] + sizes[b] - inter
    return np.where((sizes[a] > 0) & (sizes[b] > 0), inter / np.where(union > 0, union, 1), 0.0)


def policy_similarity(m, policy_ids, a, b, full: float):  # -> numpy array
    """How alike the pairs' policies are: the cosine of the sums of their measures' unit vectors
    over ``full``, at most 1."""
    import numpy as np
    from scipy.sparse import csr_matrix, diags

    n, k = m.shape[0], int(policy_ids.max()) + 1
    pm = (csr_matrix((np.ones(n), (policy_ids, np.arange(n))), shape=(k, n)) @ m).tocsr()
    norms = np.sqrt(np.asarray(pm.multiply(pm).sum(axis=1)).ravel())
    pm = (diags(1 / np.where(norms > 0, norms, 1)) @ pm).tocsr()
    pa, pb = np.minimum(policy_ids[a], policy_ids[b]), np.maximum(policy_ids[a], policy_ids[b])
    pairs, inverse = np.unique(pa * k + pb, return_inverse=True)
    return np.minimum(1.0, rowwise_dot(pm, pairs // k, pairs % k) / full)[inverse.ravel()]


def best_in_policy(a, b, score, policy_ids):  # -> boolean mask
    """Pairs where ``b`` is ``a``'s best match among the measures of ``b``'s policy, or the other way round."""
    import numpy as np

    k = int(policy_ids.max()) + 1
    ends = np.concatenate([a * k + policy_ids[b], b * k + policy_ids[a]])  # (measure, other policy)
    both = np.concatenate([score, score])
    groups, inverse = np.unique(ends, return_inverse=True)
    best = np.full(len(groups), -np.inf)
    np.maximum.at(best, inverse.ravel(), both)
    top = both >= best[inverse.ravel()]
    return top[:len(a)] | top[len(a):]


def best_neighbours(a, b, score, k: int):  # -> index array, in (a, b) order
    """The pairs among the ``k`` best of either end, sorted by measure index."""
    import numpy as np

    order = np.lexsort((b, a, -score))  # best first; measure index order is key order
    ends = np.empty(2 * len(a), dtype=np.int64)
    ends[0::2], ends[1::2] = a[order], b[order]
    seq = np.argsort(ends, kind="stable")  # how many better overlaps each end already has
    sorted_ends = ends[seq]
    occurrence = np.empty(len(ends), dtype=np.int64)
    occurrence[seq] = np.arange(len(ends)) - np.searchsorted(sorted_ends, sorted_ends, side="left")
    kept = order[(occurrence[0::2] < k) | (occurrence[1::2] < k)]
    return kept[np.lexsort((b[kept], a[kept]))]
