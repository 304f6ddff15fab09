"""The schema layer: typed document models, the ontology, SHACL shapes and Neo4j constraints.

The names of :mod:`policykg.schema.models` are importable from here; the models are imported on first
use, so reading the vocabulary (:mod:`policykg.schema.vocab`, what a query of the store needs) does not
build them.

Examples
--------
>>> from policykg import schema
>>> from policykg.schema import models
>>> schema.__all__ == models.__all__ and schema.PolicyDocument is models.PolicyDocument
True
"""
from __future__ import annotations

from typing import Any

__all__ = [
    "DocType", "AmountKind", "Role", "JurisdictionLevel", "DOC_TYPES", "AMOUNT_KINDS", "ROLES", "LEVELS",
    "Evidence", "Responsibility", "Amount", "Measure", "Mention", "Citation", "Person", "Proposal", "Validity",
    "LifecycleStatement", "PolicyLink", "LIFECYCLE_KINDS", "LINK_KINDS", "period_bounds", "Jurisdiction",
    "PolicyDocument",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from policykg.schema import models

    value = getattr(models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
