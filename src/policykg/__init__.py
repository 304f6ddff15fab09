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
import sys
import types
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


class _CallableBuild(types.ModuleType):
    """The submodule :mod:`policykg.build` (the ``policykg build`` pipeline), callable as :func:`policykg.api.build`.

    Importing a submodule sets the package attribute of its name, so once
    ``policykg.build`` (the module) is imported, ``policykg.build`` stops being
    the API function; calling the module keeps ``policykg.build(paths)`` working
    whatever was imported first.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from policykg.api import build

        return build(*args, **kwargs)


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        if name == "build" and type(value) is types.ModuleType:
            value.__class__ = _CallableBuild
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


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
