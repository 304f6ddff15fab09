"""The schema layer: typed document models, the ontology, SHACL shapes and Neo4j constraints."""
from policykg.schema.models import *  # noqa: F401,F403
from policykg.schema.models import __all__ as _models_all

__all__ = list(_models_all)
