"""The same-scene reading: the hypothesis's things and events taken to be the premises' own.

Read in first-order logic, "A surfer is riding a big wave" and "The surfer is riding a small
wave" do not contradict each other: there may be two waves. Data sets annotated by people
(SICK, SNLI, Breaking NLI) mostly read such a pair as describing one scene, and call it a
contradiction. That reading is not logic, and the prover never calls it a proof; but whether
the hypothesis clashes with the premises *once its things are identified with theirs* is
evidence fusion can weigh (its own calibration group, ``conflict``, fitted on validation data).

``scene_reading`` builds that identification from the logical forms alone: the hypothesis's
positive existentials (the things and events it asserts, not those under a negation, a
universal or a generalized quantifier) are matched with the premises' positive existentials,
first by a shared noun or verb predicate ("wave" with "wave", "ride" with "ride") where that
match is unique, then through roles of already matched events and things (the theme of the
matched riding event is the premise's theme). Only unique matches are made: where two premise
waves could be meant, none is. The result is one formula, the premises' assertions with the
hypothesis's conjoined under the identification; the prover checks it for satisfiability.
"""

from __future__ import annotations

from dataclasses import dataclass

from hybrid_nli.parse.logical_form import (
    And,
    Atom,
    Exists,
    Formula,
    Var,
    conj,
    substitute,
)


@dataclass(frozen=True, slots=True)
class Scene:
    """The identification and the formula it gives.

    ``formula``: ∃(premise things).(premises ∧ hypothesis with its matched things replaced);
    ``matches``: (hypothesis word, premise word) per identified thing or event, for the trace."""

    formula: Formula
    matches: tuple[tuple[str, str], ...]


def _open(f: Formula, into_vars: list[Var], into_parts: list[Formula]) -> None:
    """Strip the positive existential prefix of ``f``: its variables into ``into_vars``, the
    conjuncts under it into ``into_parts``. Stops at anything but ∃ and ∧."""
    if isinstance(f, Exists):
        into_vars.append(f.var)
        _open(f.body, into_vars, into_parts)
    elif isinstance(f, And):
        for p in f.parts:
            _open(p, into_vars, into_parts)
    else:
        into_parts.append(f)


def _sorts(parts: list[Formula], names: set[str]) -> dict[str, set[str]]:
    """Noun and verb predicates each variable of ``names`` carries among ``parts``."""
    out: dict[str, set[str]] = {n: set() for n in names}
    for a in parts:
        if isinstance(a, Atom) and len(a.args) == 1 and a.pred[:2] in ("n:", "v:"):
            x = a.args[0]
            if isinstance(x, Var) and x.name in names:
                out[x.name].add(a.pred)
    return out


def _roles(parts: list[Formula], names: set[str]) -> list[tuple[str, str, str]]:
    """(role, first, second) for the binary atoms among ``parts`` relating two of ``names``."""
    return [(a.pred, a.args[0].name, a.args[1].name) for a in parts
            if isinstance(a, Atom) and len(a.args) == 2 and all(isinstance(x, Var) and x.name in names for x in a.args)]


def _word(pred_names: set[str]) -> str:
    return "/".join(sorted(p.split(":", 1)[1].replace("_", " ") for p in pred_names)) or "thing"


def scene_reading(premises: list[Formula], hypothesis: Formula) -> Scene | None:
    """The same-scene reading of ``hypothesis`` against ``premises`` (see the module docstring);
    None when nothing of the hypothesis can be matched with a premise's thing or event."""
    p_vars: list[Var] = []
    p_parts: list[Formula] = []
    for f in premises:
        _open(f, p_vars, p_parts)
    h_vars: list[Var] = []
    h_parts: list[Formula] = []
    _open(hypothesis, h_vars, h_parts)
    if not p_vars or not h_vars:
        return None
    # The hypothesis's variables get names of their own, so that none can be captured by a
    # premise variable of the same name (sentences parsed apart may reuse names).
    p_names = {v.name for v in p_vars}
    fresh = {v.name: Var(f"h_{v.name}") for v in h_vars}
    h_parts = [_rename(p, fresh) for p in h_parts]
    h_names = {v.name for v in fresh.values()}
    p_sorts, h_sorts = _sorts(p_parts, p_names), _sorts(h_parts, h_names)
    match: dict[str, str] = {}

    def bind(h: str, p: str) -> bool:
        if h in match or p in match.values():
            return False
        match[h] = p
        return True

    # 1. A shared noun or verb, where only one premise thing has it.
    for h in sorted(h_names):
        cands = {p for p in p_names if h_sorts[h] & p_sorts[p]}
        if len(cands) == 1:
            bind(h, cands.pop())
    # 2. Through roles: the theme of a matched event is the premise event's theme, the event
    #    whose agent is a matched thing is that thing's event, when there is only one.
    p_roles, h_roles = _roles(p_parts, p_names), _roles(h_parts, h_names)
    changed = True
    while changed:
        changed = False
        for role, a, b in h_roles:
            if a in match and b not in match:
                cands = {y for r, x, y in p_roles if r == role and x == match[a]}
                if len(cands) == 1:
                    changed |= bind(b, cands.pop())
            elif b in match and a not in match:
                cands = {x for r, x, y in p_roles if r == role and y == match[b]}
                if len(cands) == 1:
                    changed |= bind(a, cands.pop())
    if not match:
        return None
    body: Formula = conj(*h_parts)
    for h, p in match.items():
        body = substitute(body, Var(h), Var(p))
    for v in reversed([v for v in fresh.values() if v.name not in match]):
        body = Exists(v, body)
    formula: Formula = conj(*p_parts, body)
    for v in reversed(p_vars):
        formula = Exists(v, formula)
    matches = tuple(sorted((_word(h_sorts[h]), _word(p_sorts[p])) for h, p in match.items()))
    return Scene(formula, matches)


def _rename(f: Formula, fresh: dict[str, Var]) -> Formula:
    for old, new in fresh.items():
        f = substitute(f, Var(old), new)
    return f
