"""Namespaces and the mapping of the graph model onto RDF vocabularies.

This module is the single source of how node labels, edge types and their
properties become classes and properties: the RDF projection
(:mod:`policykg.stores.rdf`) reads it, and so does the Neo4j loader (to check
labels and relationship types against the schema).  ``ontology.ttl`` beside
this file declares the terms of our own namespace :data:`PKG` and documents the
reused ones; ``shapes.ttl`` constrains the projected data.

Reused vocabularies: W3C ORG (agencies), ELI (policies and their measures),
PROV-O (evidence, qualified responsibility), DCTERMS, SKOS (labels and concept
schemes), schema.org (grants and amounts) and Web Annotation (text positions).

Examples
--------
>>> NODE_CLASSES["Agency"]
'http://www.w3.org/ns/org#FormalOrganization'
>>> edge_property("PART_OF", "Jurisdiction") == SKOS + "broader"
True
>>> concept("role", "lead")
'https://w3id.org/policykg/concept/role/lead'
>>> curie(ELI + "LegalResource")
'eli:LegalResource'
"""
from __future__ import annotations

from importlib import resources
from typing import Any, Final

__all__ = [
    "PKG", "ELI", "ORG", "PROV", "DCTERMS", "SKOS", "SCHEMA", "OA", "RDF", "RDFS", "OWL", "XSD",
    "CONCEPT", "PREFIXES", "NODE_CLASSES", "EXTRA_TYPES", "EDGE_PROPERTIES", "EDGE_PROPERTY_BY_SOURCE",
    "INVERSE_EDGES", "IN_FORCE", "EDGE_TARGET_FACTS", "NAME_PROPERTY", "NODE_PROPERTIES", "EDGE_PROPERTY_PREDICATES", "SCHEMES",
    "EVIDENCE_CLASS", "STATEMENT_CLASS", "ASSOCIATION_CLASS", "AMOUNT_CLASS", "JURISDICTION_SCHEME",
    "concept", "curie", "edge_property", "class_for", "ontology_path", "shapes_path",
    "neo4j_constraints_path", "neo4j_constraints",
]

PKG: Final = "https://w3id.org/policykg/ontology#"
ELI: Final = "http://data.europa.eu/eli/ontology#"
ORG: Final = "http://www.w3.org/ns/org#"
PROV: Final = "http://www.w3.org/ns/prov#"
DCTERMS: Final = "http://purl.org/dc/terms/"
SKOS: Final = "http://www.w3.org/2004/02/skos/core#"
SCHEMA: Final = "https://schema.org/"
OA: Final = "http://www.w3.org/ns/oa#"
RDF: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS: Final = "http://www.w3.org/2000/01/rdf-schema#"
OWL: Final = "http://www.w3.org/2002/07/owl#"
XSD: Final = "http://www.w3.org/2001/XMLSchema#"
#: concepts of our schemes: ``CONCEPT + scheme + "/" + code``
CONCEPT: Final = "https://w3id.org/policykg/concept/"

PREFIXES: Final[dict[str, str]] = {
    "pkg": PKG, "eli": ELI, "org": ORG, "prov": PROV, "dcterms": DCTERMS, "skos": SKOS,
    "schema": SCHEMA, "oa": OA, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD,
}

#: concept scheme -> its codes (the scheme IRI is ``CONCEPT + scheme``), read from
#: :mod:`policykg.schema.models` on first use (see :func:`__getattr__`)
SCHEMES: dict[str, tuple[str, ...]]


def __getattr__(name: str) -> Any:
    """``SCHEMES``: concept scheme -> its codes, from the models (imported on first use: a query needs no model)."""
    if name != "SCHEMES":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from policykg.schema.models import AMOUNT_KINDS, DOC_TYPES, LEVELS, ROLES

    value = globals()["SCHEMES"] = {"doc-type": DOC_TYPES, "role": ROLES, "amount-kind": AMOUNT_KINDS,
                                    "jurisdiction-level": LEVELS}
    return value


#: the scheme whose concepts are the jurisdictions themselves (skos:broader makes the hierarchy)
JURISDICTION_SCHEME: Final = CONCEPT + "jurisdiction"

#: node label -> its RDF class (one class per label)
NODE_CLASSES: Final[dict[str, str]] = {
    "Policy": ELI + "LegalResource",
    "Measure": ELI + "LegalResourceSubdivision",
    "Agency": ORG + "FormalOrganization",
    "Jurisdiction": DCTERMS + "Location",
    "Funding": SCHEMA + "MonetaryGrant",
    "Enterprise": SCHEMA + "Corporation",
    "Platform": PKG + "Platform",
    "Program": PKG + "Program",
    "Person": PROV + "Person",
    "Proposal": PKG + "Proposal",
    "Citation": PKG + "CitedPolicy",
    "Document": SCHEMA + "DigitalDocument",
}
#: further rdf:type of some labels
EXTRA_TYPES: Final[dict[str, tuple[str, ...]]] = {"Jurisdiction": (SKOS + "Concept",), "Policy": (PKG + "Policy",)}

EVIDENCE_CLASS: Final = PKG + "Evidence"
STATEMENT_CLASS: Final = RDF + "Statement"
ASSOCIATION_CLASS: Final = PROV + "Association"
AMOUNT_CLASS: Final = SCHEMA + "MonetaryAmount"

#: edge type -> the property of its direct triple ``src P dst``
EDGE_PROPERTIES: Final[dict[str, str]] = {
    "ISSUED_BY": ELI + "passed_by",
    "HAS_MEASURE": ELI + "has_part",
    "RESPONSIBLE_FOR": PROV + "wasAssociatedWith",  # inverse: measure -> agency, plus a prov:Association
    "HAS_FUNDING": PKG + "hasFunding",
    "MENTIONS": SCHEMA + "mentions",
    "CITES": ELI + "cites",
    "IN_JURISDICTION": DCTERMS + "spatial",
    "PART_OF": PKG + "partOf",
    "REPLIES_TO": PKG + "repliesTo",
    "PROPOSED_BY": DCTERMS + "creator",
    "NAMES_PERSON": PKG + "namesPerson",
    "DERIVED_FROM": PROV + "wasDerivedFrom",
    "OVERLAPS": PKG + "overlapsWith",
    "CO_RESPONSIBLE": PKG + "coResponsibleWith",
    "REPEALS": ELI + "repeals",
    "AMENDS": ELI + "amends",
    "EXTENDS": PKG + "extendsValidityOf",
    "IMPLEMENTS": ELI + "ensures_implementation_of",
}
#: the values of ``eli:in_force`` (the ELI in-force table)
IN_FORCE: Final[dict[str, str]] = {"in_force": ELI + "InForce-inForce", "not_in_force": ELI + "InForce-notInForce",
                                   "partially_in_force": ELI + "InForce-partiallyInForce"}
#: edge type -> (property, value) its resolved (derived) instances state of their target policy
EDGE_TARGET_FACTS: Final[dict[str, tuple[str, str]]] = {"REPEALS": (ELI + "in_force", IN_FORCE["not_in_force"])}
#: (edge type, source label) -> a more specific property than :data:`EDGE_PROPERTIES`
EDGE_PROPERTY_BY_SOURCE: Final[dict[tuple[str, str], str]] = {
    ("PART_OF", "Jurisdiction"): SKOS + "broader",
    ("PART_OF", "Agency"): ORG + "subOrganizationOf",
}
#: edge types projected as ``dst P src``
INVERSE_EDGES: Final = frozenset({"RESPONSIBLE_FOR"})

#: every node's ``name``
NAME_PROPERTY: Final = SKOS + "prefLabel"

# Property specs are (predicate, kind).  Kinds: string, integer, decimal, boolean,
# date (xsd:date, xsd:gYearMonth or xsd:gYear by the text's precision),
# concept:<scheme> (an IRI of that scheme), iri (a node key), iris (a tuple of node keys),
# skip (not projected: it is an edge, the name, or derivable).
_EVIDENCE_SKIP = {p: ("", "skip") for p in
                  ("evidence_doc", "evidence_start", "evidence_end", "evidence_text", "evidence_sentence")}
#: node label -> prop -> (predicate, kind); props not listed become ``pkg:<prop>`` plain literals
NODE_PROPERTIES: Final[dict[str, dict[str, tuple[str, str]]]] = {
    "Policy": {
        "title": (DCTERMS + "title", "string"),
        "doc_type": (ELI + "type_document", "concept:doc-type"),
        "doc_number": (ELI + "id_local", "string"),
        "date": (ELI + "date_document", "date"),
        "valid_from": (ELI + "first_date_entry_in_force", "date"),
        "valid_to": (ELI + "date_no_longer_in_force", "date"),
        "validity_text": (PKG + "validityText", "string"),
        "provisional": (PKG + "provisional", "string"),
        "doc_id": (DCTERMS + "identifier", "string"),
        "jurisdiction": ("", "skip"), "jurisdiction_level": ("", "skip"), "title_key": ("", "skip"),
    },
    "Measure": {
        "measure_id": (DCTERMS + "identifier", "string"),
        "title": (DCTERMS + "title", "string"),
        "text": (DCTERMS + "description", "string"),
        "order": (PKG + "order", "integer"),
        "path": (PKG + "path", "string"),
        "policy": ("", "skip"),
        **_EVIDENCE_SKIP,
    },
    "Agency": {"function": (PKG + "function", "string"), "collective": (PKG + "collective", "boolean")},
    "Jurisdiction": {"level": (PKG + "jurisdictionLevel", "concept:jurisdiction-level"),
                     "rank": (PKG + "rank", "integer")},
    "Funding": {
        "kind": (PKG + "amountKind", "concept:amount-kind"),
        "ratio": (PKG + "ratio", "decimal"),
        "condition": (PKG + "condition", "string"),
        # value_yuan and currency go on the schema:MonetaryAmount (see graph.rdf); text is the name
        "value_yuan": ("", "skip"), "currency": ("", "skip"), "text": ("", "skip"), "measure": ("", "skip"),
        **_EVIDENCE_SKIP,
    },
    "Person": {"role": (PKG + "role", "string")},
    "Proposal": {
        "number": (DCTERMS + "identifier", "string"),
        "kind": (PKG + "proposalKind", "string"),
        "session": (PKG + "session", "string"),
        "title": (DCTERMS + "title", "string"),
    },
    "Citation": {"doc_number": (ELI + "id_local", "string"), "title_key": ("", "skip")},
    "Document": {
        "doc_id": (DCTERMS + "identifier", "string"),
        "sha256": (PKG + "sha256", "string"),
        "source": (PKG + "sourcePath", "string"),
    },
}
#: props of edges (on their rdf:Statement or prov:Association); others become ``pkg:<prop>``
EDGE_PROPERTY_PREDICATES: Final[dict[str, tuple[str, str]]] = {
    "role": (PKG + "role", "string"),  # NAMES_PERSON; RESPONSIBLE_FOR uses prov:hadRole
    "as_written": (PKG + "asWritten", "string"),
    "doc_number": (ELI + "id_local", "string"),
    "resolved_from": (PKG + "resolvedFrom", "iri"),
    "score": (PKG + "score", "decimal"),
    "content": (PKG + "contentScore", "decimal"),
    "agencies": (PKG + "agencyScore", "decimal"),
    "method": (PKG + "method", "string"),
    "shared_words": (PKG + "sharedWords", "string"),
    "shared_functions": (PKG + "sharedFunctions", "string"),
    "weight": (PKG + "weight", "integer"),
    "until": (PKG + "validUntil", "date"),
    "measures": (PKG + "sharedMeasure", "iris"),
    "order": ("", "skip"),  # HAS_MEASURE order is the measure's pkg:order
    **_EVIDENCE_SKIP,
}


def concept(scheme: str, code: str) -> str:
    """The IRI of ``code`` in one of our concept :data:`SCHEMES`."""
    return f"{CONCEPT}{scheme}/{code}"


def curie(iri: str) -> str:
    """``iri`` shortened with :data:`PREFIXES` when one matches, else ``<iri>``."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and iri != ns:
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def edge_property(edge_type: str, src_label: str | None = None) -> str:
    """The property projecting ``edge_type`` (from a ``src_label`` node).

    Raises
    ------
    KeyError
        For an edge type the schema does not know.
    """
    if src_label and (edge_type, src_label) in EDGE_PROPERTY_BY_SOURCE:
        return EDGE_PROPERTY_BY_SOURCE[(edge_type, src_label)]
    return EDGE_PROPERTIES[edge_type]


def class_for(label: str) -> str:
    """The RDF class of a node label (KeyError naming the known labels if unknown)."""
    try:
        return NODE_CLASSES[label]
    except KeyError:
        raise KeyError(f"unknown node label {label!r}; known: {', '.join(NODE_CLASSES)}") from None


def _path(name: str):  # noqa: ANN202 - importlib Traversable
    return resources.files("policykg.schema").joinpath(name)


def ontology_path():  # noqa: ANN201
    """The packaged ``ontology.ttl``."""
    return _path("ontology.ttl")


def shapes_path():  # noqa: ANN201
    """The packaged ``shapes.ttl``."""
    return _path("shapes.ttl")


def neo4j_constraints_path():  # noqa: ANN201
    """The packaged ``neo4j_constraints.cypher``."""
    return _path("neo4j_constraints.cypher")


def neo4j_constraints() -> str:
    """The Cypher of ``neo4j_constraints.cypher``: key uniqueness per label, CJK full-text on names.

    >>> "FOR (n:Agency) REQUIRE n.key IS UNIQUE" in neo4j_constraints()
    True
    """
    lines = [
        "// Generated from policykg.schema.vocab.neo4j_constraints(); Neo4j 5 Community edition.",
        "// One uniqueness constraint on `key` per node label (keys are deterministic, see graph/keys.py).",
    ]
    for label in NODE_CLASSES:
        lines.append(f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS "
                     f"FOR (n:{label}) REQUIRE n.key IS UNIQUE;")
    lines += [
        "// Full-text search on names, titles and agencies' names as written (aliases) with the CJK analyzer",
        "// (bigrams of Chinese characters).",
        "CREATE FULLTEXT INDEX policykg_names IF NOT EXISTS",
        f"FOR (n:{'|'.join(NODE_CLASSES)}) ON EACH [n.name, n.title, n.aliases]",
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};",
    ]
    return "\n".join(lines) + "\n"
