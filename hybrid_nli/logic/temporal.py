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

Durations: "for two years" is ``r:for[2_year](e)``, read as "lasted at least two years", so for
two durations of one unit in a problem, the longer gives the shorter ("lived in Birmingham for
two years" => "for a year"). Units are not converted ("for two years" does not give "for a
month"), and "for exactly a year" is not read.
"""

from __future__ import annotations

import re
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


_DURATION = re.compile(r"^r:for\[(\d+)_(\w+)\]$")


def duration_axioms(predicates: Iterable[str]) -> list[Axiom]:
    """For each two durations of one unit the problem uses, the longer gives the shorter."""
    spans: dict[str, list[tuple[int, str]]] = {}
    for p in set(predicates):
        m = _DURATION.match(p)
        if m:
            spans.setdefault(m.group(2), []).append((int(m.group(1)), p))
    out: list[Axiom] = []
    e = Var("Te")
    for unit, found in spans.items():
        for n, longer in found:
            for m, shorter in found:
                if m < n:
                    f: Formula = ForAll(e, Implies(Atom(longer, (e,)), Atom(shorter, (e,))))
                    out.append(Axiom(lambda f=f: f, frozenset({longer}), frozenset({shorter}), "rule", SOURCE,
                                     f"what lasted {n} {unit}s lasted {m} {unit}{'s' if m != 1 else ''}"))
    return out
