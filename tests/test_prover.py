"""The logic stage with hand-built logical forms (no spaCy)."""

from __future__ import annotations

import z3

from hybrid_nli.knowledge.relations import Relation
from hybrid_nli.logic.prover import CHECK_RLIMIT, Prover
from hybrid_nli.parse.logical_form import GQ, And, Atom, Const, Exists, ForAll, Implies, Not, Unsupported, Var
from hybrid_nli.parse.parser import Semantics
from hybrid_nli.parse.quantifiers import load_quantifiers

x, e = Var("x"), Var("e")


def sem(text, f):
    from hybrid_nli.parse.logical_form import unsupported_parts

    return Semantics(text, f, tuple(unsupported_parts(f)))


def barks(t):
    return Exists(e, And((Atom("v:bark", (e,)), Atom("agent", (e, t)))))


def every(n, scope):
    return ForAll(x, Implies(Atom(n, (x,)), scope(x)))


PROVER = Prover(load_quantifiers(), timeout_s=2.0)


def test_entailment_with_certificate_of_exactly_the_core():
    p1 = sem("Every dog barks.", every("n:dog", barks))
    p2 = sem("Fido is a dog.", Atom("n:dog", (Const("fido"),)))
    p3 = sem("Fido is old.", Atom("a:old", (Const("fido"),)))
    h = sem("Fido barks.", barks(Const("fido")))
    r = PROVER.prove([p1, p2, p3], h, [])
    assert r.outcome == "entailed"
    ids = {s.id for s in r.steps if s.formula}
    assert ids == {"p1", "p2", "h"}  # the irrelevant premise is not in the core
    s = z3.Solver()
    s.from_string(r.certificate)
    assert s.check() == z3.unsat
    assert r.certificate.count("(assert ") == 3


def test_knowledge_axiom_is_used_and_cited():
    p = sem("Every animal barks.", every("n:animal", barks))
    h = sem("Every dog barks.", every("n:dog", barks))
    assert PROVER.prove([p], h, []).outcome == "silent"
    rel = Relation("forward", "n:dog", "n:animal", "wordnet:dog.n.01 -> animal.n.01", "every dog is an animal")
    r = PROVER.prove([p], h, [rel])
    assert r.outcome == "entailed"
    assert any(s.kind == "knowledge" and s.source.startswith("wordnet:") for s in r.steps)


def test_contradiction_and_inconsistent_premises():
    some_dog_barks = Exists(x, And((Atom("n:dog", (x,)), barks(x))))
    no_dog_barks = Not(Exists(x, And((Atom("n:dog", (x,)), barks(x)))))
    r = PROVER.prove([sem("No dog barks.", no_dog_barks)], sem("A dog barks.", some_dog_barks), [])
    assert r.outcome == "contradicted"
    r = PROVER.prove([sem("No dog barks.", no_dog_barks), sem("A dog barks.", some_dog_barks)],
                     sem("Fido is a cat.", Atom("n:cat", (Const("fido"),))), [])
    assert r.outcome == "inconsistent" and r.certificate is None


def test_generalized_quantifier_monotonicity():
    most_dogs_bark_loudly = GQ("most", None, x, Atom("n:dog", (x,)),
                               Exists(e, And((Atom("v:bark", (e,)), Atom("agent", (e, x)), Atom("r:loudly", (e,))))))
    most_dogs_bark = GQ("most", None, x, Atom("n:dog", (x,)), barks(x))
    r = PROVER.prove([sem("Most dogs bark loudly.", most_dogs_bark_loudly)], sem("Most dogs bark.", most_dogs_bark), [])
    assert r.outcome == "entailed"
    assert any(s.kind == "rule" and "quantifiers.toml" in s.source for s in r.steps)
    # ... but not the other way round (right-upward only).
    r = PROVER.prove([sem("Most dogs bark.", most_dogs_bark)], sem("Most dogs bark loudly.", most_dogs_bark_loudly), [])
    assert r.outcome == "silent"
    # 'most' is not monotone in its first argument.
    most_small = GQ("most", None, x, And((Atom("n:dog", (x,)), Atom("a:small", (x,)))), barks(x))
    assert PROVER.prove([sem("", most_dogs_bark)], sem("Most small dogs bark.", most_small), []).outcome == "silent"


def test_unsupported_premise_is_left_out_and_hypothesis_abstains():
    u = sem("He barks.", Unsupported("pronoun 'he'"))
    r = PROVER.prove([u], sem("Fido barks.", barks(Const("fido"))), [])
    assert r.outcome == "silent" and any("left out" in s.text for s in r.steps)
    assert PROVER.prove([sem("Fido barks.", barks(Const("fido")))], u, []).outcome == "unsupported"


def test_a_proof_that_uses_no_premise_says_so():
    from hybrid_nli import Reasoner

    r = Reasoner(mode="symbolic")
    v = r.infer("The sky is blue.", "Every dog is an animal.")
    assert v.decided_by == "proof" and v.verify()
    assert any("no premise is used" in s.text for s in v.trace)
    w = r.infer("A dog runs.", "An animal runs.")
    assert not any("no premise is used" in s.text for s in w.trace)


def test_a_logical_form_with_a_free_variable_is_an_abstention_not_a_crash():
    bad = Semantics("A dog barks.", Atom("n:dog", (Var("x9"),)), (), (), ())
    good = Semantics("A dog barks.", Exists(Var("x1"), Atom("n:dog", (Var("x1"),))), (), (), ())
    result = Prover(load_quantifiers()).prove([bad], good, [], 1.0)
    assert result.outcome == "unsupported" and "free variable" in result.reason


def test_a_step_budget_ends_a_check_before_the_time_limit_the_same_way_every_time():
    # The time limit alone makes a hard check's outcome depend on the machine's load; the step
    # budget (Z3's rlimit, per check) ends it at the same point everywhere, well before the time
    # limit, which stays as the guarantee.
    import time

    p1 = sem("Every dog barks.", every("n:dog", barks))
    p2 = sem("Fido is a dog.", Atom("n:dog", (Const("fido"),)))
    h = sem("Fido barks.", barks(Const("fido")))
    starved = Prover(load_quantifiers(), timeout_s=30.0, rlimit=50)
    t = time.perf_counter()
    results = [starved.prove([p1, p2], h, []) for _ in range(3)]
    assert time.perf_counter() - t < 5  # the budget, not the 30 s limit, ended them
    assert {r.outcome for r in results} == {"unknown"}
    assert len({r.reason for r in results}) == 1 and "50 steps" in results[0].reason  # the same, saying why
    assert PROVER.rlimit == CHECK_RLIMIT > 0
    assert PROVER.prove([p1, p2], h, []).outcome == "entailed"  # the default budget is ample here
