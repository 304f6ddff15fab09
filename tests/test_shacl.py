"""SHACL shapes: the sample corpus conforms; deliberately broken graphs are reported clearly."""
from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from policykg.graph import Edge, build_graph
from policykg.graph.keys import graph_iri, iri_for_key, key_for
from policykg.schema import vocab as V
from policykg.schema.models import Amount, Measure, PolicyDocument, Responsibility
from policykg.stores.rdf import RDFStore
from policykg.stores.shacl import validate


def test_gold_graph_conforms(gold_graph):
    report = validate(gold_graph)
    assert report.conforms, [v.describe() for v in report.violations]
    assert report.triples > 1000


def test_extracted_sample_corpus_conforms(corpus_graph):
    report = validate(corpus_graph)
    assert report.conforms, [v.describe() for v in report.violations]


def _store(g) -> RDFStore:
    s = RDFStore()
    s.load_graph(g)
    return s


def test_a_second_title_is_a_violation(gold_graph):
    store = _store(gold_graph)
    policy = iri_for_key(key_for("Policy", "suzhou-blockchain-opinions-2020-2022"))
    store.store.add(Quad(NamedNode(policy), NamedNode(V.DCTERMS + "title"), Literal("另一个标题"),
                         NamedNode(graph_iri("suzhou-blockchain-opinions-2020-2022"))))
    report = validate(store)
    assert not report.conforms
    [v] = report.violations
    assert v.focus == "policy:suzhou-blockchain-opinions-2020-2022" and v.path == "dcterms:title"
    assert "exactly one title" in v.message
    assert report.to_dict()["violations"][0]["focus"] == v.focus


def test_bad_role_two_leads_and_a_cap_without_value_are_violations():
    resp = (Responsibility("市工信局", "苏州市工业和信息化局", "lead"), Responsibility("市财政局", "苏州市财政局", "lead"))
    doc = PolicyDocument("d1", "d1.txt", "", "关于支持区块链发展的若干措施", "funding_measures",
                         measures=(Measure("一", "加强组织领导", responsible=resp,
                                           amounts=(Amount("最高100万元", "cap", 1_000_000.0),)),))
    g = build_graph([doc])
    # a responsibility whose role is not in the role scheme
    g.add_edge(Edge(key_for("Agency", "苏州市财政局"), "RESPONSIBLE_FOR", key_for("Measure", "d1", "一"),
                    {"role": "boss"}, "other-graph"))
    store = _store(g)
    # a cap that lost its value
    amount = iri_for_key(key_for("Funding", "d1", "一", "0")) + "#amount"
    for q in list(store.store.quads_for_pattern(NamedNode(amount), NamedNode(V.SCHEMA + "maxValue"), None, None)):
        store.store.remove(q)
    report = validate(store)
    messages = "\n".join(v.describe() for v in report.violations)
    assert "at most one lead agency" in messages
    assert "exactly one role from the role scheme" in messages and "concept/role/boss" in messages
    assert "exactly one numeric value" in messages
    assert not report.conforms


# -- the RDFS closure validate() runs is what pyshacl's inference="rdfs" entails, for the shapes ----------


def _both_closures(g):
    """The data of ``g`` expanded by pyshacl's own RDFS inference and by :func:`rdfs_closure`."""
    from pyshacl import validate as run

    from policykg.stores.shacl import ontology_graph, rdfs_closure, shapes_graph

    theirs, ours = _store(g).to_rdflib(union=True), _store(g).to_rdflib(union=True)
    run(theirs, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="rdfs", inplace=True,
        abort_on_first=False, allow_warnings=True)
    rdfs_closure(ours, ontology_graph())
    return theirs, ours


def _entailed(graph):
    """Its triples apart from those saying only that something is a resource, class or property."""
    import rdflib

    meta = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#")
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    return {(s, p, o) for s, p, o in graph
            if not isinstance(s, rdflib.Literal)  # pyshacl also types literals, which no shape targets
            and not (str(p) == rdf_type and str(o).startswith(meta))
            and not (str(p).startswith(meta) and str(p) != rdf_type)}


def test_rdfs_closure_entails_what_pyshacl_rdfs_does_on_the_sample_corpus(corpus_graph):
    theirs, ours = _both_closures(corpus_graph)
    a, b = _entailed(theirs), _entailed(ours)
    assert a == b, (sorted(map(str, a - b))[:5], sorted(map(str, b - a))[:5])
    assert len(b) > len(_entailed(_store(corpus_graph).to_rdflib(union=True)))  # it did entail something


def test_validate_reports_what_pyshacl_rdfs_reports_on_a_broken_graph():
    from pyshacl import validate as run

    from policykg.stores.shacl import ontology_graph, shapes_graph

    resp = (Responsibility("市工信局", "苏州市工业和信息化局", "lead"), Responsibility("市财政局", "苏州市财政局", "lead"))
    doc = PolicyDocument("d1", "d1.txt", "", "", "funding_measures",
                         measures=(Measure("一", "加强组织领导", responsible=resp),))
    g = build_graph([doc])
    ours = validate(g)
    conforms, results, _ = run(_store(g).to_rdflib(union=True), shacl_graph=shapes_graph(),
                               ont_graph=ontology_graph(), inference="rdfs", abort_on_first=False,
                               allow_warnings=True)
    sh = "http://www.w3.org/ns/shacl#"
    import rdflib

    messages = sorted(str(results.value(r, rdflib.URIRef(sh + "resultMessage")))
                      for r in results.subjects(rdflib.RDF.type, rdflib.URIRef(sh + "ValidationResult")))
    assert not conforms and not ours.conforms
    assert sorted(v.message for v in ours.violations) == messages


def test_the_store_as_rdflib_is_its_n_triples_parsed(corpus_graph):
    import rdflib

    store = _store(corpus_graph)
    parsed = rdflib.Graph().parse(data=store.dump("nt"), format="nt")
    built = store.to_rdflib(union=True)  # term by term, plain xsd:string literals as the parser gives them
    assert set(built) == set(parsed) and len(built) > 1000
