"""Temporal order: what ``t:before`` means, as axioms.

The parser reads "A before B" and "A after B" clauses as ``t:before(e1, e2)`` between the two
events (see docs/architecture.md: Anscombe's reading, only for bounded events). Precedence
in time is a strict order, so for a problem that uses ``t:before``:

- it is transitive: what came before something that came before ``e`` came before ``e``
  ("Smith left before Jones left; Jones left before Anderson left" => "Smith left before
  Anderson left");
- it is irreflexive: nothing comes before itself (with transitivity, also asymmetric).

Nothing is assumed about how many times an event of a kind happens: "Smith left after Jones
left" does not make Smith's leaving unique, so "Jones left before Smith left" (before *every*
leaving of Smith's, on Anscombe's reading) does not follow from it.
"""

from __future__ import annotations

from collections.abc import Iterable

from hybrid_nli.knowledge.axioms import Axiom
from hybrid_nli.parse.logical_form import And, Atom, ForAll, Formula, Implies, Not, Var

SOURCE = "temporal order schema (hybrid_nli.logic.temporal)"
BEFORE = "t:before"


def order_axioms(predicates: Iterable[str]) -> list[Axiom]:
    """The order axioms for ``t:before``, if the problem uses it."""
    if BEFORE not in set(predicates):
        return []
    x, y, z = Var("Tx"), Var("Ty"), Var("Tz")

    def b(p: Var, q: Var) -> Atom:
        return Atom(BEFORE, (p, q))

    transitive: Formula = ForAll(x, ForAll(y, ForAll(z, Implies(And((b(x, y), b(y, z))), b(x, z)))))
    irreflexive: Formula = ForAll(x, Not(b(x, x)))
    needs = frozenset({BEFORE})
    return [
        Axiom(lambda f=transitive: f, needs, needs, "rule", SOURCE,
              "what happened before something that happened before an event happened before that event"),
        Axiom(lambda f=irreflexive: f, needs, frozenset(), "rule", SOURCE, "no event happens before itself"),
    ]
