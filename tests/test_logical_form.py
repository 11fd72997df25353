"""The logical-form AST on its own: hand-built formulas, no spaCy."""

from __future__ import annotations

from hybrid_nli.parse.logical_form import (
    GQ,
    And,
    Atom,
    Const,
    Exists,
    ForAll,
    Implies,
    Top,
    Unsupported,
    Var,
    conj,
    key,
    render,
    substitute,
    unsupported_parts,
)


def test_key_is_invariant_under_renaming_bound_variables():
    x, y, e1, e2 = Var("x1"), Var("x7"), Var("e2"), Var("e9")
    f = Exists(e1, And((Atom("v:bark", (e1,)), Atom("agent", (e1, x)))))
    g = Exists(e2, And((Atom("agent", (e2, y)), Atom("v:bark", (e2,)))))
    assert key(x, f) == key(y, g)
    h = Exists(e2, And((Atom("agent", (e2, y)), Atom("v:run", (e2,)))))
    assert key(x, f) != key(y, h)


def test_substitute_respects_binding():
    x = Var("x")
    f = And((Atom("n:dog", (x,)), ForAll(x, Atom("n:cat", (x,)))))
    g = substitute(f, x, Const("fido"))
    assert render(g) == "(n:dog(fido) ∧ ∀x.n:cat(x))"


def test_conj_flattens_and_drops_top():
    a, b = Atom("n:a", (Var("x"),)), Atom("n:b", (Var("x"),))
    assert conj(Top(), a) == a
    assert conj(a, And((b, a))) == And((a, b, a))
    assert isinstance(conj(), Top)


def test_unsupported_parts_are_found_anywhere():
    x = Var("x")
    u = Unsupported("pronoun 'he'")
    f = ForAll(x, Implies(Atom("n:dog", (x,)), GQ("most", None, x, Atom("n:cat", (x,)), u)))
    assert unsupported_parts(f) == [u]
