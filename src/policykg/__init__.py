"""policykg: Chinese policy documents -> a knowledge graph of policies, agencies, measures and funding.

The Python API in four lines::

    import policykg
    g = policykg.build("data/corpus")                 # files, directories, or a `policykg build` store
    g.query("agency_workload")                        # canned questions, as rows (list of dicts)
    policykg.analytics.agency_responsibility(g)       # analytics: plain functions, plain rows

Names are imported on first use, so ``import policykg`` stays fast.

Examples
--------
>>> import policykg
>>> "build" in policykg.__all__ and callable(policykg.build)
True
"""
from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "__version__",
    "extract",
    "build",
    "PolicyGraph",
    "Documents",
    "PolicyDocument",
    "analytics",
    "to_frame",
    "PolicyKGError",
    "InputError",
    "QueryError",
    "StoreError",
    "MissingExtraError",
]

_LAZY: dict[str, tuple[str, str | None]] = {
    "extract": ("policykg.api", "extract"),
    "build": ("policykg.api", "build"),
    "PolicyGraph": ("policykg.api", "PolicyGraph"),
    "Documents": ("policykg.api", "Documents"),
    "PolicyDocument": ("policykg.schema.models", "PolicyDocument"),
    "analytics": ("policykg.analytics", None),
    "to_frame": ("policykg._optional", "to_frame"),
    "MissingExtraError": ("policykg._optional", "MissingExtraError"),
    "PolicyKGError": ("policykg.errors", "PolicyKGError"),
    "InputError": ("policykg.errors", "InputError"),
    "QueryError": ("policykg.errors", "QueryError"),
    "StoreError": ("policykg.errors", "StoreError"),
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("policykg")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            value = "0+unknown"
    elif name in _LAZY:
        module, attr = _LAZY[name]
        mod = importlib.import_module(module)
        value = mod if attr is None else getattr(mod, attr)
    else:
        raise AttributeError(f"module 'policykg' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
