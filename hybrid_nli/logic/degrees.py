"""Comparatives: what "faster than" and "as fast as" mean, as axiom schemas.

The parser reads "X is faster than Y" as ``a:er~fast(X, Y)`` and "X is as fast as Y" as
``a:eq~fast(X, Y)``; "X is fast" stays ``a:fast(X)``. For each adjective ``A`` compared in a problem
these hold (``>`` for er~A, ``≥`` for eq~A, on the scale of A):

- ``>`` is transitive and asymmetric; ``≥`` is transitive and reflexive; ``x > y`` gives
  ``x ≥ y``, and ``x ≥ y`` excludes ``y > x``;
- the positive form is upward closed: ``A(y) ∧ x ≥ y → A(x)`` (what is as fast as something fast
  is fast), and so is its antonym downward: ``B(x) ∧ x ≥ y → B(y)`` for an antonym ``B`` of ``A``
  (WordNet), which also excludes ``A``;
- the comparative of the antonym is the converse: ``er~B(x, y) ↔ er~A(y, x)``.

Nothing is assumed about how far a comparison reaches: "faster than a slow thing" says nothing
about being fast. Each instance is an ``Axiom`` whose source names this schema.

A relative adjective read against a class (``a:small@animal``, "a small animal") sits on the
same scale, with that class's standards: for a class ``N`` the problem uses with both ``A`` and
its antonym ``B``, what is ``A`` for an ``N`` is more ``A`` than what is ``B`` for an ``N`` ("a
small animal" is smaller than "a large animal": the one is below the standard for animals, the
other above it), and so for the plain ``A`` and ``B`` (one standard); and an ``N`` as ``A`` as
an ``A`` ``N`` is an ``A`` ``N``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from hybrid_nli.knowledge.axioms import Axiom
from hybrid_nli.parse.logical_form import And, Atom, ForAll, Formula, Implies, Not, Var

SOURCE = "comparative schema (hybrid_nli.logic.degrees)"


def _all(vs: str, body: Formula) -> Formula:
    for v in reversed(vs):
        body = ForAll(Var(f"D{v}"), body)
    return body


def _a(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def degree_axioms(predicates: Iterable[str], antonyms: Callable[[str], list[str]]) -> list[Axiom]:
    preds = set(predicates)
    adjectives = sorted({p.split("~", 1)[1] for p in preds if p.startswith(("a:er~", "a:eq~"))})
    words = {p[2:].split("@", 1)[0] for p in preds if p.startswith("a:") and "~" not in p}

    def opposites(a: str) -> list[str]:
        # WordNet lists antonyms per sense: "short" (length) has "long", "tall" has "short";
        # an adjective of the problem that names ``a`` as its antonym is one too
        own = list(antonyms(a))
        return own + sorted(w for w in words if w not in own and a in antonyms(w))

    x, y, z = Var("Dx"), Var("Dy"), Var("Dz")
    out: list[Axiom] = []

    def add(f: Formula, text: str, needs: set[str], gives: set[str]) -> None:
        out.append(Axiom(lambda f=f: f, frozenset(needs), frozenset(gives), "rule", SOURCE, text))

    seen_pairs: set[frozenset[str]] = set()
    for a in adjectives:
        gt, ge, pos = f"a:er~{a}", f"a:eq~{a}", f"a:{a}"

        def G(p: Var, q: Var, gt: str = gt) -> Atom:
            return Atom(gt, (p, q))

        def E(p: Var, q: Var, ge: str = ge) -> Atom:
            return Atom(ge, (p, q))

        both = {gt, ge}
        add(_all("xyz", Implies(And((G(x, y), G(y, z))), G(x, z))), f"'more {a}' is transitive", {gt}, {gt})
        add(_all("xy", Implies(G(x, y), Not(G(y, x)))), f"if x is more {a} than y, y is not more {a} than x", {gt}, set())
        add(_all("xyz", Implies(And((E(x, y), E(y, z))), E(x, z))), f"'as {a} as' is transitive", {ge}, {ge})
        add(_all("x", E(x, x)), f"everything is as {a} as itself", {ge}, {ge})
        add(_all("xy", Implies(G(x, y), E(x, y))), f"more {a} than y is at least as {a} as y", {gt}, {ge})
        add(_all("xy", Implies(E(x, y), Not(G(y, x)))), f"if x is as {a} as y, y is not more {a} than x", {ge}, both)
        add(_all("xy", Implies(And((Atom(pos, (y,)), E(x, y))), Atom(pos, (x,)))),
            f"what is as {a} as something {a} is {a}", {ge, pos}, {pos})
        for b in opposites(a):
            neg, gtb = f"a:{b}", f"a:er~{b}"
            add(_all("xy", Implies(And((Atom(neg, (x,)), E(x, y))), Atom(neg, (y,)))),
                f"if x is {b} and at least as {a} as y, y is {b}", {ge, neg}, {neg})
            key = frozenset({a, b})
            if key in seen_pairs:
                continue
            seen_pairs.add(key)
            add(_all("x", Not(And((Atom(pos, (x,)), Atom(neg, (x,)))))), f"nothing is both {a} and {b}",
                {pos, neg}, set())
            add(_all("xy", And((Implies(Atom(gtb, (x, y)), G(y, x)), Implies(G(y, x), Atom(gtb, (x, y)))))),
                f"more {b} than y means y is more {a}", {gtb} if gtb in preds else {gt}, {gt, gtb})
        for b in opposites(a):
            if pos in preds and f"a:{b}" in preds:
                add(_all("xy", Implies(And((Atom(pos, (x,)), Atom(f"a:{b}", (y,)))), G(x, y))),
                    f"what is {a} is more {a} than what is {b}", {pos, f"a:{b}"}, {gt})
        classes = sorted({p.split("@", 1)[1] for p in preds if p.startswith(f"a:{a}@")})
        for n in classes:
            pos_n, noun = f"a:{a}@{n}", f"n:{n}"
            add(_all("xy", Implies(And((Atom(pos_n, (y,)), E(x, y), Atom(noun, (x,)))), Atom(pos_n, (x,)))),
                f"{_a(n)} as {a} as {_a(a)} {n} is {_a(a)} {n}", {ge, pos_n}, {pos_n})
            for b in opposites(a):
                neg_n = f"a:{b}@{n}"
                if neg_n in preds:
                    add(_all("xy", Implies(And((Atom(pos_n, (x,)), Atom(neg_n, (y,)))), G(x, y))),
                        f"what is {a} for {_a(n)} is more {a} than what is {b} for {_a(n)}", {pos_n, neg_n}, {gt})
    return out
