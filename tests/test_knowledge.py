"""User knowledge: ontologies in four formats and rule files, with provenance and safety."""

from __future__ import annotations

import shutil
import socket
import warnings
from pathlib import Path

import pytest

from hybrid_nli import Label, Reasoner
from hybrid_nli.errors import ConfigError, OntologyParseError, RuleSyntaxError
from hybrid_nli.knowledge.ontology import no_network
from hybrid_nli.logic.rules import parse_rule, parse_rules

pytestmark = pytest.mark.spacy

DATA = Path(__file__).parent / "data" / "knowledge"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("HYBRID_NLI_CACHE", str(tmp_path / "cache"))


def knowing(folder=None, rules=None, **kw):
    return Reasoner(mode="symbolic", knowledge_dir=DATA / folder if folder else None,
                    rules_dir=DATA / rules if rules else None, **kw)


CASES = [
    # folder, premises, hypothesis, label, file the proof must cite
    ("turtle", ["Ann prescribed a zorbicillin."], "Ann prescribed an antibiotic.", Label.ENTAILMENT, "drugs.ttl:"),
    ("turtle", ["The pill is a zorbicillin."], "The pill is an antiviral.", Label.CONTRADICTION, "drugs.ttl:14"),
    ("ntriples", ["Zed sleeps."], "A flumbler sleeps.", Label.ENTAILMENT, "people.nt:1"),
    ("ntriples", ["Kowalski sings."], "Miller sings.", Label.ENTAILMENT, "people.nt:4"),
    ("rdfxml", ["A vexon arrived."], "An officer arrived.", Label.ENTAILMENT, "ranks.owl:"),
    ("rdfxml", ["Smith outranks Miller.", "Miller outranks Kowalski."], "Smith outranks Kowalski.", Label.ENTAILMENT,
     "ranks.owl:"),
    ("jsonld", ["Tom bought a quibbler."], "Tom bought a gadget.", Label.ENTAILMENT, "gadgets.jsonld:"),
    ("jsonld", ["The thing is a quibbler."], "The thing is a vehicle.", Label.CONTRADICTION, "gadgets.jsonld:"),
    ("hnli", ["The towel is soggy."], "The towel is crunchy.", Label.CONTRADICTION, "fruit.ttl:"),
]


@pytest.mark.parametrize("folder,premises,hypothesis,label,cited", CASES)
def test_ontology_decides_what_wordnet_alone_cannot(reasoner, folder, premises, hypothesis, label, cited):
    assert reasoner.infer(premises, hypothesis).decided_by == "abstain"
    v = knowing(folder).infer(premises, hypothesis)
    assert (v.label, v.decided_by) == (label, "proof"), v.explain()
    assert any(s.kind == "knowledge" and cited in s.source for s in v.trace), [s.source for s in v.trace]
    assert v.verify()


def test_isolated_concept_keeps_wordnet_out(reasoner):
    p, h = "Ann bought an apple.", "Ann bought a fruit."
    assert reasoner.infer(p, h).label == Label.ENTAILMENT  # WordNet: an apple is a fruit
    r = knowing("hnli")
    assert r.infer(p, h).decided_by == "abstain"
    assert r.infer(p, "Ann bought a computer.").label == Label.ENTAILMENT


def test_rules_file_gives_verdicts_with_file_and_line(reasoner):
    p, h = "Smith sold a car to Jones.", "Jones bought a car from Smith."
    assert reasoner.infer(p, h).decided_by == "abstain"
    v = knowing(rules="rules").infer(p, h)
    assert (v.label, v.decided_by) == (Label.ENTAILMENT, "proof"), v.explain()
    step = next(s for s in v.trace if s.kind == "rule")
    assert step.source.endswith("commerce.rules:2") and "sell_buy" in step.text
    assert v.verify()
    # the converse is not a rule
    assert knowing(rules="rules").infer(h, p).decided_by == "abstain"


def test_rule_syntax_errors_name_file_line_and_column():
    with pytest.raises(RuleSyntaxError) as e:
        parse_rules("noun:dog(X) -> noun:animal(X)\nsell(agnt: X) -> buy(agent: X)\n", "shop.rules")
    assert (e.value.path, e.value.line, e.value.column) == ("shop.rules", 2, 6)
    for bad, col in [("dog(X) => animal(X)", 8), ("dog(X) -> ", 11), ("Dog(X) -> animal(X)", 1),
                     ("noun:dog(X, Y) -> animal(X)", 6), ("a:red(agent: X) -> b(X)", 3)]:
        with pytest.raises(RuleSyntaxError) as e:
            parse_rule(bad, path="r.rules", line=7)
        assert e.value.line == 7 and e.value.column == col, (bad, e.value)
    with pytest.raises(RuleSyntaxError, match="same variables"):
        parse_rule("dog(X) <-> owner(Y)", path="r.rules")


def test_broken_files_are_skipped_with_clear_errors_unless_strict():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = knowing("bad", rules="badrules")
    errors = {f"{type(e).__name__}:{Path(e.path).name}:{e.line}:" + str(e).split(": ", 1)[1]
              for e in r.knowledge_report.errors}
    assert any(e.startswith("OntologyParseError:broken.ttl:3:") for e in errors), errors
    assert any(e.startswith("OntologyParseError:xxe.owl:2:") and "external entity" in e for e in errors), errors
    assert any(e.startswith("OntologyParseError:remote_context.jsonld:None:") and "remote @context" in e
               for e in errors), errors
    assert any(e.startswith("RuleSyntaxError:broken.rules:3:") and "unknown role 'agnt'" in e for e in errors), errors
    assert len(caught) >= 5
    # the good file in the same folder still loads; its remote import is reported, not fetched
    assert r.infer("Ann bought a blicket.", "Ann bought a toy.").label == Label.ENTAILMENT
    assert any("owl:imports <http://example.org/remote/ontology.owl> not followed" in n for n in r.knowledge_report.notes)
    with pytest.raises(OntologyParseError):
        knowing("bad", strict=True)


def test_an_iri_rdflib_reads_but_cannot_write_is_a_broken_file(tmp_path):
    # A space and a line break inside <...>: rdflib parses the triple, then raised a plain
    # Exception when the trace wrote it out (found by fuzzing the example ontology).
    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "odd.ttl").write_text(
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<http://example.org/pharm .\na#Zorbicillin> rdfs:subClassOf <http://example.org/pharma#Antibiotic> .\n")
    with pytest.raises(OntologyParseError, match=r"odd.ttl: not a valid IRI: 'http://example.org/pharm"):
        Reasoner(mode="symbolic", knowledge_dir=tmp_path / "k", strict=True, cache=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = Reasoner(mode="symbolic", knowledge_dir=tmp_path / "k", cache=False)
    assert [type(e).__name__ for e in r.knowledge_report.errors] == ["OntologyParseError"]
    assert r.infer("A dog runs.", "An animal runs.").label == Label.ENTAILMENT


def test_external_entity_content_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "x.rdf").write_text((DATA / "bad" / "xxe.owl").read_text().replace("/etc/passwd", str(secret)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = Reasoner(mode="symbolic", knowledge_dir=tmp_path / "k")
    assert r.knowledge_report.errors and "external entity" in str(r.knowledge_report.errors[0])
    assert not any("topsecret" in ax.text.lower() for ax in r.user.index._free)


def test_no_network_while_parsing():
    with no_network(), pytest.raises(OSError, match="network access is disabled"):
        socket.create_connection(("example.org", 80), timeout=1)
    # and it is restored afterwards
    assert socket.create_connection is not None and "refuse" not in socket.create_connection.__name__


def test_cache_is_used_and_a_changed_file_is_reparsed(tmp_path):
    folder = tmp_path / "k"
    shutil.copytree(DATA / "turtle", folder)
    first = Reasoner(mode="symbolic", knowledge_dir=folder)
    assert first.knowledge_report.cached == []
    second = Reasoner(mode="symbolic", knowledge_dir=folder)
    assert [p.split("/")[-1] for p in second.knowledge_report.cached] == ["drugs.ttl"]
    assert second.infer("Ann prescribed a zorbicillin.", "Ann prescribed an antibiotic.").label == Label.ENTAILMENT
    ttl = folder / "drugs.ttl"
    ttl.write_text(ttl.read_text().replace("rdfs:subClassOf ex:Antibiotic", "rdfs:subClassOf ex:Antiviral"))
    report = second.reload_knowledge()
    assert report.cached == []
    assert second.infer("Ann prescribed a zorbicillin.", "Ann prescribed an antibiotic.").decided_by == "abstain"
    assert second.infer("Ann prescribed a zorbicillin.", "Ann prescribed an antiviral.").label == Label.ENTAILMENT


def test_knowledge_dir_must_exist(tmp_path):
    with pytest.raises(ConfigError, match="not a folder"):
        Reasoner(mode="symbolic", knowledge_dir=tmp_path / "missing")


def test_oversized_file_is_refused(tmp_path):
    from hybrid_nli.knowledge.user import UserKnowledge

    (tmp_path / "big.ttl").write_text("# " + "x" * 2000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        uk = UserKnowledge([tmp_path], max_bytes=1000)
    assert "limit" in str(uk.report.errors[0]) or "bytes" in str(uk.report.errors[0])


def test_labels_written_as_plurals_and_third_persons_still_match(tmp_path):
    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "user.ttl").write_text("""
@prefix : <http://example.org/u#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:Zorbicillins rdfs:label "Zorbicillins" ; rdfs:subClassOf :Antibiotics .
:Antibiotics rdfs:label "Antibiotics" .
:outranks a owl:ObjectProperty, owl:TransitiveProperty ; rdfs:label "outranks" .
:GlorpTablet rdfs:subClassOf :Antibiotics .
""")
    r = Reasoner(mode="symbolic", knowledge_dir=tmp_path / "k")
    assert r.infer("Ann prescribed a zorbicillin.", "Ann prescribed an antibiotic.").label == Label.ENTAILMENT
    assert r.infer("Ann bought a glorp tablet.", "Ann bought an antibiotic.").label == Label.ENTAILMENT
    v = r.infer(["Smith outranks Miller.", "Miller outranks Kowalski."], "Smith outranks Kowalski.")
    assert v.label == Label.ENTAILMENT, v.explain()


def test_rules_compile_to_the_formulas_the_docs_describe():
    from hybrid_nli.logic.rules import describe

    sell = describe(parse_rule("sell(agent: X, theme: Y, to: Z) -> buy(agent: Z, theme: Y, from: X)"))
    assert sell.startswith("∀R_X.∀R_Y.∀R_Z.∀E0_1.((v:sell(E0_1)") and "∃F0_1.(v:buy(F0_1)" in sell
    # "to" on a verb of giving is the recipient, as the parser reads "sold a car to Jones"
    assert "recipient(E0_1,R_Z)" in sell and "p:from(F0_1,R_X)" in sell
    assert describe(parse_rule("noun:penguin(X) -> not verb:fly(agent: X)")) == \
        "∀R_X.(n:penguin(R_X) → ¬∃F0_1.(v:fly(F0_1) ∧ agent(F0_1,R_X)))"
    both = describe(parse_rule("adj:alive(X) <-> not adj:dead(X)"))
    assert both == "∀R_X.(a:alive(R_X) → ¬a:dead(R_X)) ; ∀R_X.(¬a:dead(R_X) → a:alive(R_X))"
