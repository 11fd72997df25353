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
    Not,
    Top,
    Unsupported,
    Var,
    conj,
    key,
    render,
    substitute,
    unsupported_parts,
    weakened,
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


def test_weakened_leaves_out_separable_parts_only_where_that_weakens():
    x, y = Var("x"), Var("y")
    dog, tongue = Atom("n:dog", (x,)), Atom("n:tongue", (y,))
    its = Unsupported("possessive pronoun 'its'", separable=True)
    # positive: under conjunction and quantifiers, and in a consequent
    f = Exists(x, And((dog, Exists(y, And((tongue, its))))))
    assert weakened(f) == Exists(x, And((dog, Exists(y, tongue))))
    assert weakened(ForAll(x, Implies(dog, And((tongue, its))))) == ForAll(x, Implies(dog, tongue))
    # negative: under negation, in an antecedent, under a generalized quantifier
    assert weakened(Not(Exists(y, And((tongue, its))))) is None
    assert weakened(ForAll(y, Implies(And((tongue, its)), dog))) is None
    assert weakened(GQ("most", None, x, dog, And((tongue, its)))) is None
    # a part that is not separable (it may have changed how the rest was read) is never dropped
    assert weakened(And((dog, Unsupported("modifier 'almost' of adjective")))) is None
    assert weakened(And((dog, tongue))) == And((dog, tongue))
