"""The RDF projection and store: named graphs, reloads, removal, exports, escaping, vocabulary."""
from __future__ import annotations

import dataclasses
import json

import pytest
import rdflib

from policykg.errors import QueryError, StoreError
from policykg.graph import EDGE_TYPES, NODE_LABELS, build_graph
from policykg.graph.keys import graph_iri, iri_for_key, key_for
from policykg.schema import vocab as V
from policykg.schema.models import Amount, Measure, PolicyDocument, Responsibility
from policykg.stores.rdf import RDFStore

SKOS_LABEL = rdflib.URIRef(V.NAME_PROPERTY)
NASTY = ["'}) DETACH DELETE n //", 'say """hi"""', "back\\slash", "brace}", "angle>", "two\nlines",
         '"quoted" <tag> {x} ;.']


def quads(store: RDFStore) -> set[str]:
    return {str(q) for q in store.store}


def store_of(g) -> RDFStore:
    s = RDFStore()
    s.load_graph(g)
    return s


def _doc(doc_id: str, agencies: list[str], title: str = "关于支持区块链发展的若干措施", measure_title: str = "加强组织领导",
         amounts: tuple[Amount, ...] = ()) -> PolicyDocument:
    resp = tuple(Responsibility(a, a, "lead" if i == 0 else "co") for i, a in enumerate(agencies))
    return PolicyDocument(doc_id, f"{doc_id}.txt", "", title, "funding_measures", issuer=(agencies[0],),
                          measures=(Measure("一", measure_title, responsible=resp, amounts=amounts),))


# -- projection ---------------------------------------------------------------------------------


def test_every_document_has_its_named_graph_plus_common_and_derived(gold_graph, gold_docs):
    store = store_of(gold_graph)
    graphs = {str(g.value) for g in store.store.named_graphs()}
    expected = {graph_iri(d.doc_id) for d in gold_docs} | {graph_iri("common"), graph_iri("derived")}
    assert graphs == expected
    assert store.documents() == sorted(d.doc_id for d in gold_docs)


def test_projection_is_deterministic(gold_docs):
    assert quads(store_of(build_graph(gold_docs))) == quads(store_of(build_graph(list(reversed(gold_docs)))))


def test_same_agency_in_two_documents_is_one_node():
    store = store_of(build_graph([_doc("a", ["苏州市财政局"]), _doc("b", ["苏州市财政局", "苏州市科学技术局"])]))
    rows = store.query("SELECT ?a WHERE { ?a a <http://www.w3.org/ns/org#FormalOrganization> ; "
                       "<http://www.w3.org/2004/02/skos/core#prefLabel> ?n FILTER(?n = '苏州市财政局') }")
    assert rows == [{"a": iri_for_key(key_for("Agency", "苏州市财政局"))}]


def test_responsibility_is_a_qualified_association_with_role(gold_graph):
    store = store_of(gold_graph)
    rows = store.query("""
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?id ?role WHERE {
          ?m prov:qualifiedAssociation ?as ; dcterms:identifier ?id .
          ?as a prov:Association ; prov:agent/skos:prefLabel "苏州市工业和信息化局" ; prov:hadRole ?role .
          FILTER(?role = <https://w3id.org/policykg/concept/role/lead>) }""")
    assert rows == [{"id": "三.(一)", "role": "https://w3id.org/policykg/concept/role/lead"}]


def test_literals_are_typed(gold_graph):
    store = store_of(gold_graph)
    ds = store.to_rdflib(union=True)
    values = [o for o in ds.objects(None, rdflib.URIRef(V.SCHEMA + "value"))]
    assert values and all(o.datatype == rdflib.XSD.decimal for o in values)
    assert 1_000_000_000 in {int(o.toPython()) for o in values}  # 苏州 fund of 10亿元 (gold)
    dates = list(ds.objects(None, rdflib.URIRef(V.ELI + "date_document")))
    assert {str(d) for d in dates} == {"2022-08-23", "2023-10-08"} and all(d.datatype == rdflib.XSD.date for d in dates)


def test_evidence_is_a_prov_resource_with_span(corpus_graph, corpus_docs):
    store = store_of(corpus_graph)
    rows = store.query("""
        PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX pkg: <https://w3id.org/policykg/ontology#>
        SELECT ?doc ?start ?end ?text WHERE {
          ?as a prov:Association ; prov:wasDerivedFrom ?ev .
          ?ev a pkg:Evidence ; oa:start ?start ; oa:end ?end ; oa:exact ?text ; dcterms:source ?d .
          ?d dcterms:identifier ?doc }""")
    assert rows
    texts = {d.doc_id: d.text for d in corpus_docs}
    for r in rows:  # offsets index the original text
        assert "".join(texts[r["doc"]][r["start"]:r["end"]].split()) == "".join(r["text"].split())


# -- reloading and removing ------------------------------------------------------------------------


def test_loading_twice_gives_the_same_triples(gold_graph):
    store = store_of(gold_graph)
    first = quads(store)
    store.load_graph(gold_graph)
    assert quads(store) == first and len(store) == len(first)


def test_replacing_a_changed_document_leaves_no_stale_triples(gold_docs):
    changed = [dataclasses.replace(d, title=d.title + "(修订)", measures=d.measures[1:],
                                   issuer=("苏州市某某新局",)) if d.doc_id.startswith("suzhou") else d
               for d in gold_docs]
    store = store_of(build_graph(gold_docs))
    store.load_graph(build_graph(changed))
    assert quads(store) == quads(store_of(build_graph(changed)))
    names = {r["n"] for r in store.query("SELECT ?n WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?n }")}
    assert "苏州市某某新局" in names and "苏州市人民政府" not in names  # the old issuer only that document used


def test_remove_keeps_shared_agencies_used_elsewhere(gold_docs):
    removed = "futian-reply-20220098-regtech"
    rest = [d for d in gold_docs if d.doc_id != removed]
    store = store_of(build_graph(gold_docs))
    store.remove_document(removed, graph=build_graph(rest))
    assert removed not in store.documents()
    assert quads(store) == quads(store_of(build_graph(rest)))

    def agencies(docs):
        return {r.normalized for d in docs for m in d.measures for r in m.responsible} | {a for d in docs for a in d.issuer}

    names = {r["n"] for r in store.query("SELECT ?n WHERE { ?a a <http://www.w3.org/ns/org#FormalOrganization> ; "
                                         "<http://www.w3.org/2004/02/skos/core#prefLabel> ?n }")}
    assert "福田区科技创新局" in names  # also the issuer of 2023005 (gold)
    assert names == agencies(rest)
    only_removed = agencies([d for d in gold_docs if d.doc_id == removed]) - agencies(rest)
    assert only_removed and not (only_removed & names)


def test_remove_without_the_remaining_graph_prunes_derived_facts(gold_docs):
    removed = "suzhou-blockchain-opinions-2020-2022"
    store = store_of(build_graph(gold_docs))
    store.remove_document(removed)
    left = store.query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?s), 'suzhou') "
                       "|| CONTAINS(STR(?o), 'suzhou')) }")
    assert left == []


def test_remove_unknown_document_names_the_known_ones(gold_graph):
    with pytest.raises(StoreError, match="no document 'nope'.*futian-reply-2023005"):
        store_of(gold_graph).remove_document("nope")


# -- exports ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt,rdflib_format,named", [
    ("ttl", "turtle", False), ("nt", "nt", False), ("trig", "trig", True), ("nq", "nquads", True),
    ("jsonld", "json-ld", True)])
def test_every_export_parses_back_with_the_expected_count(gold_graph, fmt, rdflib_format, named, tmp_path):
    store = store_of(gold_graph)
    path = tmp_path / f"graph.{fmt}"
    store.dump(fmt, path)
    if named:
        ds = rdflib.Dataset()
        ds.parse(path, format=rdflib_format)
        assert len(list(ds.quads((None, None, None, None)))) == len(store)
        assert {str(c.identifier) for c in ds.graphs() if len(c)} >= {graph_iri("common"), graph_iri("derived")}
    else:
        g = rdflib.Graph()
        g.parse(path, format=rdflib_format)
        assert len(g) == store.counts()["triples"]


def _quad_set(ds: rdflib.Dataset) -> set[tuple[str, ...]]:
    return {tuple(t.n3() for t in q) for q in ds.quads((None, None, None, None))}


def test_jsonld_export_is_compacted_with_the_vocabulary_prefixes(gold_graph, tmp_path):
    """Issue 17: JSON-LD was written expanded (full IRIs everywhere, no @context)."""
    from policykg.stores.rdf_io import export_nquads

    store = store_of(gold_graph)
    store.dump("nq", tmp_path / "graph.nq")
    expected = rdflib.Dataset()
    expected.parse(tmp_path / "graph.nq", format="nquads")
    export_nquads(tmp_path / "graph.nq", {"jsonld": tmp_path / "built.jsonld"})  # what policykg build writes
    for path in (store.dump("jsonld", tmp_path / "dumped.jsonld") or tmp_path / "dumped.jsonld",
                 tmp_path / "built.jsonld"):
        doc = json.loads(path.read_text("utf-8"))
        assert doc["@context"] == V.PREFIXES and set(doc) == {"@context", "@graph"}
        graphs = {g["@id"]: g["@graph"] for g in doc["@graph"]}
        assert {graph_iri("common"), graph_iri("derived")} <= set(graphs)
        nodes = [n for ns in graphs.values() for n in ns]
        keys = {k for n in nodes for k in n}
        assert {"@id", "@type", "skos:prefLabel", "dcterms:title"} <= keys
        assert not any(k.startswith(tuple(V.PREFIXES.values())) for k in keys)  # every term compacted
        assert any(t == "eli:LegalResource" or "eli:LegalResource" in t for n in nodes for t in [n.get("@type", [])])
        back = rdflib.Dataset()
        back.parse(path, format="json-ld")
        assert _quad_set(back) == _quad_set(expected)  # the same quads, literal types and languages included


def test_unknown_export_format(gold_graph):
    with pytest.raises(StoreError, match="unknown RDF format 'xml'"):
        store_of(gold_graph).dump("xml")


def test_metacharacters_round_trip_through_store_and_exports(tmp_path):
    docs = [_doc(f"d{i}", [name, "苏州市财政局"], title=name, measure_title=name) for i, name in enumerate(NASTY)]
    g = build_graph(docs)
    store = store_of(g)
    for name in NASTY:  # bound as values, matched exactly
        rows = store.query("SELECT ?want ?a WHERE { ?a <http://www.w3.org/2004/02/skos/core#prefLabel> ?want }",
                           {"want": name})
        assert len(rows) == 3, name  # the agency, the policy and the measure
    for fmt, parse_as in (("ttl", "turtle"), ("nt", "nt"), ("trig", "trig"), ("jsonld", "json-ld")):
        path = tmp_path / f"g.{fmt}"
        store.dump(fmt, path)
        ds = rdflib.Dataset() if fmt in ("trig", "jsonld") else rdflib.Graph()
        ds.parse(path, format=parse_as)
        labels = {str(o) for _, _, o, *_ in (ds.quads((None, SKOS_LABEL, None, None)) if fmt in ("trig", "jsonld")
                                             else ds.triples((None, SKOS_LABEL, None)))}
        assert set(NASTY) <= labels, fmt
    import networkx as nx

    from policykg.graph.nx import write_graphml

    G = nx.read_graphml(write_graphml(g, tmp_path / "g.graphml"))
    assert set(NASTY) <= {d.get("name") for _, d in G.nodes(data=True)}


def test_bindings_are_values_not_query_text(gold_graph):
    store = store_of(gold_graph)
    rows = store.query("SELECT ?x ?s WHERE { ?s ?p ?x }", {"x": '" } ; DROP ALL ; #'})
    assert rows == [] and len(store) > 0
    with pytest.raises(QueryError, match="syntax"):
        store.query("SELECT WHERE {")


# -- on disk ---------------------------------------------------------------------------------------


def test_on_disk_store_locks_and_reopens(gold_graph, tmp_path):
    path = tmp_path / "rdf"
    with RDFStore(path) as store:
        store.load_graph(gold_graph)
        n = len(store)
        with pytest.raises(StoreError, match="another process holds it open"):
            RDFStore(path)
        with RDFStore(path, read_only=True) as reader:  # read-only handles do not lock
            assert len(reader) == n
    with RDFStore(path, read_only=True) as store:
        assert len(store) == n
        with pytest.raises(StoreError, match="read-only"):
            store.load_graph(gold_graph)
    with pytest.raises(StoreError, match="run policykg build first"):
        RDFStore(tmp_path / "missing", read_only=True)


# -- vocabulary ------------------------------------------------------------------------------------


def test_vocabulary_maps_every_label_and_edge_type():
    assert set(V.NODE_CLASSES) == set(NODE_LABELS)
    assert set(V.EDGE_PROPERTIES) == set(EDGE_TYPES)
    assert set(V.NODE_PROPERTIES) <= set(NODE_LABELS)


def test_ontology_declares_every_own_term():
    onto = rdflib.Graph()
    onto.parse(data=V.ontology_path().read_text("utf-8"), format="turtle")
    declared = {str(s) for s in onto.subjects()}
    used = set(V.NODE_CLASSES.values()) | set(V.EDGE_PROPERTIES.values()) | {V.EVIDENCE_CLASS}
    used |= {p for spec in V.NODE_PROPERTIES.values() for p, _ in spec.values()}
    used |= {p for p, _ in V.EDGE_PROPERTY_PREDICATES.values()}
    own = {iri for iri in used if iri.startswith(V.PKG)}
    assert own and own <= declared, sorted(own - declared)
    concepts = {V.concept(scheme, code) for scheme, codes in V.SCHEMES.items() for code in codes}
    assert concepts <= declared


def test_neo4j_constraints_file_matches_the_schema():
    text = V.neo4j_constraints_path().read_text("utf-8")
    assert text == V.neo4j_constraints()
    for label in NODE_LABELS:
        assert f"FOR (n:{label}) REQUIRE n.key IS UNIQUE" in text
    assert "'cjk'" in text and "IF NOT EXISTS" in text


def test_counts_by_graph_and_class(gold_graph, gold_docs):
    counts = store_of(gold_graph).counts()
    assert counts["documents"] == len(gold_docs)
    assert counts["classes"]["eli:LegalResource"] == len(gold_docs)
    assert counts["classes"]["eli:LegalResourceSubdivision"] == sum(len(d.measures) for d in gold_docs)
    assert sum(counts["graphs"].values()) == counts["quads"]
    json.dumps(counts)
