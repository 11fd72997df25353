"""Instances of the generalized-quantifier axiom schemas (``rules/quantifiers.toml``) for the
quantified properties that occur in one problem.

For two occurrences ``Q1(A1, B1)`` and ``Q2(A2, B2)`` of the same quantifier (or of one numeric
family with numbers that allow it) the instance says when the first gives the second:

- intersective Q (depends on A∩B only): up: ``A1∩B1 ⊆ A2∩B2``; down: ``A2∩B2 ⊆ A1∩B1``;
  neither: ``A1∩B1 = A2∩B2``;
- other Q (most, many): ``A1 = A2`` and, by conservativity, on A1: up ``B1 ⊆ B2``, down
  ``B2 ⊆ B1``, none ``B1 = B2``.

Plus existential import (``Q(A,B) → ∃x. A(x) ∧ B(x)``) and numeric conflicts (at least M and
at most N with M > N over comparable properties). Every instance is an ordinary closed formula,
quantified over the free variables of its properties, so the prover treats it like any axiom.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hybrid_nli.parse.logical_form import (
    GQ,
    And,
    Eq,
    Exists,
    ForAll,
    Formula,
    Implies,
    Not,
    Var,
    conj,
    free_vars,
    key,
    substitute,
)
from hybrid_nli.parse.quantifiers import QuantifierSpec


@dataclass(frozen=True, slots=True)
class SchemaInstance:
    formula: Formula
    text: str
    source: str


def _closed(f: Formula, occs: list[GQ]) -> Formula:
    fv: list[str] = []
    for o in occs:
        for v in free_vars(o, frozenset()):
            if v not in fv:
                fv.append(v)
    for v in reversed(fv):
        f = ForAll(Var(v), f)
    return f


def _subset(a: GQ, fa: Formula, b: GQ, fb: Formula, z: Var) -> Formula:
    return ForAll(z, Implies(substitute(fa, a.var, z), substitute(fb, b.var, z)))


def _inter(o: GQ) -> Formula:
    return conj(o.restrictor, o.scope)


def _rename_apart(o1: GQ, o2: GQ) -> GQ:
    """Free variables of two occurrences may share names (x1 in two sentences are distinct
    bound variables, but inside one schema they would clash); rename o2's free ones."""
    clash = set(free_vars(o1, frozenset())) & set(free_vars(o2, frozenset()))
    out: Formula = o2
    for v in clash:
        out = substitute(out, Var(v), Var(v + "_b"))
    assert isinstance(out, GQ)
    return out


def _occurrence_key(o: GQ) -> str:
    return f"{o.quantifier}{o.number}|{key(o.var, o.restrictor)}|{key(o.var, o.scope)}"


def instances(occurrences: list[GQ], specs: dict[str, QuantifierSpec],
              hypothesis: Sequence[GQ] = ()) -> list[SchemaInstance]:
    """The schema instances for the occurrences of one problem; ``hypothesis``: those of the
    hypothesis, the only ones counted from their witnesses (``_counting_instances``)."""
    uniq: dict[str, GQ] = {}
    for o in occurrences:
        uniq.setdefault(_occurrence_key(o), o)
    occs = list(uniq.values())
    counted = {_occurrence_key(o) for o in hypothesis}
    out: list[SchemaInstance] = []
    z = Var("z")
    out += _more_instances(occs, specs)
    occs = [o for o in occs if o.quantifier not in (MORE, TIMES)]
    for o in occs:
        spec = specs[o.quantifier]
        if spec.existential_import and (o.number is None or o.number >= 1):
            f = Implies(o, Exists(z, substitute(_inter(o), o.var, z)))
            out.append(SchemaInstance(_closed(f, [o]), f"{_name(o)} has existential import: some {_A(o)} is {_B(o)}", spec.source))
    # (only the hypothesis's: a premise's "at least N" is given, never concluded, and each
    # instance quantifies over N variables, which costs the solver time)
    out += _counting_instances([o for o in occs if _occurrence_key(o) in counted], specs)
    for o1 in occs:
        for o2_ in occs:
            if o1 is o2_:
                continue
            o2 = _rename_apart(o1, o2_)
            s1, s2 = specs[o1.quantifier], specs[o2.quantifier]
            if s1.numeric == "at_least" and s2.numeric == "at_most" and o1.number is not None and o2.number is not None:
                if o1.number > o2.number:
                    cond = _subset(o1, _inter(o1), o2, _inter(o2), z)
                    f = Not(conj(o1, o2, cond))
                    out.append(SchemaInstance(_closed(f, [o1, o2]), f"at least {o1.number} and at most {o2.number} of the same things cannot both hold", s1.source))
                continue
            if o1.quantifier != o2.quantifier:
                continue
            if s1.numeric == "at_least" and not (o1.number >= o2.number):  # type: ignore[operator]
                continue
            if s1.numeric == "at_most" and not (o1.number <= o2.number):  # type: ignore[operator]
                continue
            if s1.intersective:
                direction = s1.right  # intersective quantifiers here are monotone alike on both sides
                if direction == "up":
                    cond = _subset(o1, _inter(o1), o2, _inter(o2), z)
                    why = "upward monotone"
                elif direction == "down":
                    cond = _subset(o2, _inter(o2), o1, _inter(o1), z)
                    why = "downward monotone"
                else:
                    cond = And((_subset(o1, _inter(o1), o2, _inter(o2), z), _subset(o2, _inter(o2), o1, _inter(o1), z)))
                    why = "extensional"
            else:
                same_a = And((_subset(o1, o1.restrictor, o2, o2.restrictor, z), _subset(o2, o2.restrictor, o1, o1.restrictor, z)))
                if s1.right == "up":
                    right = _subset(o1, _inter(o1), o2, o2.scope, z)
                    why = "conservative and upward monotone in its second argument"
                elif s1.right == "down":
                    right = _subset(o2, _inter(o2), o1, o1.scope, z)
                    why = "conservative and downward monotone in its second argument"
                else:
                    right = And((_subset(o1, _inter(o1), o2, o2.scope, z), _subset(o2, _inter(o2), o1, o1.scope, z)))
                    why = "conservative and extensional"
                cond = And((same_a, right))
            f = Implies(And((o1, cond)), o2)
            out.append(SchemaInstance(_closed(f, [o1, o2]), f"{_name(o1)} is {why}: {_name(o1)}({_A(o1)}, {_B(o1)}) gives {_name(o2)}({_A(o2)}, {_B(o2)})", s1.source))
    return out


# "more N than ...": more(A, B), |A| > |B|; "3000 more N than ...": more[3000](A, B), |A| ≥ |B| + 3000;
# "twice as many N as ...": times[2](A, B), |A| ≥ 2|B| (built by the parser, no words of their own)
MORE = "more"
TIMES = "times"
_MORE_SOURCE = "comparative determiner 'more N than' (hybrid_nli/logic/schemas.py)"


def _more_instances(occs: list[GQ], specs: dict[str, QuantifierSpec]) -> list[SchemaInstance]:
    """``more(A, B)`` says there are more A than B (``more[k]``: at least k more), ``times[k](A,
    B)`` at least k times as many. "more" gives some A (there are more than none; "twice as many"
    as none is none); with "at least N" of things inside B, at least N+k (or k·N) of A (k = 1
    for "more" alone), so "at least M" (M ≤ N+k, or k·N) of anything A is inside."""
    out: list[SchemaInstance] = []
    z = Var("z")
    least = [o for o in occs if o.quantifier in specs and specs[o.quantifier].numeric == "at_least" and o.number is not None]
    for m in (o for o in occs if o.quantifier in (MORE, TIMES)):
        if m.quantifier == MORE:
            f = Implies(m, Exists(z, substitute(m.restrictor, m.var, z)))
            out.append(SchemaInstance(_closed(f, [m]), f"more {_A(m)} than {_B(m)}: so some {_A(m)}", _MORE_SOURCE))
        for lo_ in least:
            lo = _rename_apart(m, lo_)
            into_b = ForAll(z, Implies(substitute(_inter(lo), lo.var, z), substitute(m.scope, m.var, z)))
            more = m.number or 1
            top = lo.number * more if m.quantifier == TIMES else lo.number + more  # type: ignore[operator]
            for hi_ in least:
                if hi_.number > top:  # type: ignore[operator]
                    continue
                hi = _rename_apart(m, _rename_apart(lo, hi_))
                from_a = ForAll(z, Implies(substitute(m.restrictor, m.var, z), substitute(_inter(hi), hi.var, z)))
                f = Implies(conj(m, lo, into_b, from_a), hi)
                out.append(SchemaInstance(
                    _closed(f, [m, lo, hi]),
                    (f"{m.number} times as many {_A(m)} as {_B(m)}" if m.quantifier == TIMES else
                     f"{'' if m.number is None else f'{m.number} '}more {_A(m)} than {_B(m)}")
                    + f", and at least {lo.number} of the latter: at least {top} of the former",
                    _MORE_SOURCE))
    return out


# The largest N for which "at least N" is given by N distinct things counted one by one: "a man
# and a woman are singing" (two things, distinct because no man is a woman) gives "two persons
# are singing". N universally quantified variables cost the solver more as N grows, and
# sentences rarely list more than three things.
_COUNTED = 3


def _counting_instances(occs: list[GQ], specs: dict[str, QuantifierSpec]) -> list[SchemaInstance]:
    """``∀z1..zN. (A∩B(z1) ∧ … ∧ A∩B(zN) ∧ the zi pairwise distinct) → at_least[N](A, B)``: at
    least N things are what N distinct ones are (N ≤ ``_COUNTED``; an occurrence with no free
    variable, not one inside another quantifier's scope). Only this direction: the
    converse would make the solver invent N witnesses for every "at least N" it meets."""
    out: list[SchemaInstance] = []
    for o in occs:
        spec = specs[o.quantifier]
        if spec.numeric != "at_least" or o.number is None or not 2 <= o.number <= _COUNTED:
            continue
        if free_vars(o, frozenset()):
            # inside another quantifier's scope ("a woman is beating two eggs"): counted per value
            # of the outer variable, a quantifier alternation the solver may not finish in time
            continue
        zs = [Var(f"z{i}") for i in range(1, o.number + 1)]
        parts: list[Formula] = [substitute(_inter(o), o.var, z) for z in zs]
        parts += [Not(Eq(a, b)) for i, a in enumerate(zs) for b in zs[i + 1:]]
        f: Formula = Implies(conj(*parts), o)
        for z in reversed(zs):
            f = ForAll(z, f)
        out.append(SchemaInstance(_closed(f, [o]), f"{o.number} distinct things that are {_A(o)} and {_B(o)} make "
                                  f"{_name(o)}({_A(o)}, {_B(o)})", spec.source))
    return out


def _name(o: GQ) -> str:
    return o.quantifier.replace("_", " ") + (f" {o.number}" if o.number is not None else "")


def _A(o: GQ) -> str:
    from hybrid_nli.parse.logical_form import render

    return render(o.restrictor)


def _B(o: GQ) -> str:
    from hybrid_nli.parse.logical_form import render

    return render(o.scope)
