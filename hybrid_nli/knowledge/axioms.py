"""Background axioms from user knowledge (ontologies, rule files), and which of them a problem needs.

An ``Axiom`` is a closed logical form over the same predicate names the parser produces
(``n:dog``, ``v:sell``, ``a:red``, roles ``agent``/``theme``/``p:to``), with the file and line (or
triple) it comes from. ``AxiomIndex.relevant`` picks what one problem needs: starting from the
problem's predicates, an axiom is taken when every predicate it *requires* is known, and then
what it *provides* becomes known (so chains ``aspirin ⊑ nsaid ⊑ drug`` are followed up, and
a disjointness between ``nsaid`` and ``antibiotic`` is found once both are reachable).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from hybrid_nli.parse.logical_form import Formula

AxiomKind = Literal["knowledge", "rule"]
MAX_AXIOMS_PER_PROBLEM = 2_000


@dataclass(eq=False)  # not frozen: a large ontology makes many, and frozen ones are slow to build
class Axiom:
    """One background assumption.

    Attributes:
        make: builds the closed logical form (``formula``); deferred, because a large ontology
            has many axioms and a problem needs few.
        requires: predicates that must occur (or be reachable) for the axiom to matter.
        provides: predicates it can make true (followed when chaining).
        kind: "knowledge" (ontology facts) or "rule" (rule files); the trace step's kind.
        source: ``file:line`` or ``file: <s> <p> <o> .``.
        text: a readable statement.
        equalities: constant names the axiom equates (exempt from the unique-names assumption).
    """

    make: Callable[[], Formula]
    requires: frozenset[str]
    provides: frozenset[str]
    kind: AxiomKind
    source: str
    text: str
    equalities: frozenset[str] = frozenset()

    @cached_property
    def formula(self) -> Formula:
        return self.make()


class AxiomIndex:
    """Axioms indexed by the predicates they require."""

    def __init__(self, axioms: Iterable[Axiom] = ()) -> None:
        self._by_pred: dict[str, list[Axiom]] = defaultdict(list)
        self._free: list[Axiom] = []  # axioms that require nothing (always relevant)
        self.size = 0
        for ax in axioms:
            self.add(ax)

    def add(self, ax: Axiom) -> None:
        self.size += 1
        if not ax.requires:
            self._free.append(ax)
        for p in ax.requires:
            self._by_pred[p].append(ax)

    def relevant(self, predicates: Iterable[str], constants: Iterable[str] = ()) -> list[Axiom]:
        """The axioms reachable from ``predicates`` (and constants, written ``const:NAME``)."""
        known = set(predicates) | {f"const:{c}" for c in constants}
        todo = list(known)
        chosen: dict[int, Axiom] = {}
        while todo and len(chosen) < MAX_AXIOMS_PER_PROBLEM:
            p = todo.pop()
            for ax in self._by_pred.get(p, ()):
                if id(ax) in chosen or not ax.requires <= known:
                    continue
                chosen[id(ax)] = ax
                for q in ax.provides - known:
                    known.add(q)
                    todo.append(q)
        out = list(chosen.values())
        # Free axioms only when they mention something the problem has.
        out += [ax for ax in self._free if ax.provides & known]
        return out
