"""The typed logical form the parser produces and the logic compiles.

A first-order language with events, plus generalized quantifiers over two properties.
Every node may carry the token span ``(start, end)`` (character offsets into its sentence) it
comes from, so that a proof step can point back at the words it uses. Nodes are frozen and
hashable; ``key()`` gives a canonical string (bound variables renamed) used to recognise the same
property when it occurs in two sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Var:
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Const:
    """A proper name. ``name`` is normalised (lower case, underscores)."""

    name: str

    def __str__(self) -> str:
        return self.name


Term = Var | Const


@dataclass(frozen=True, slots=True)
class Atom:
    """``pred(args)``. Unary predicate names carry a part-of-speech prefix: ``n:dog``, ``v:bark``,
    ``a:small``; binary ones are roles (``agent``, ``theme``, ...) or prepositions (``p:in``)."""

    pred: str
    args: tuple[Term, ...]
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Eq:
    left: Term
    right: Term


@dataclass(frozen=True, slots=True)
class Not:
    body: Formula
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class And:
    parts: tuple[Formula, ...]


@dataclass(frozen=True, slots=True)
class Or:
    parts: tuple[Formula, ...]


@dataclass(frozen=True, slots=True)
class Implies:
    left: Formula
    right: Formula


@dataclass(frozen=True, slots=True)
class Exists:
    var: Var
    body: Formula


@dataclass(frozen=True, slots=True)
class ForAll:
    var: Var
    body: Formula


@dataclass(frozen=True, slots=True)
class GQ:
    """A generalized quantifier ``Q(λvar.restrictor, λvar.scope)`` that first-order logic cannot
    define (most, many, few, several, a few, at least/at most N). Its meaning comes from the
    axiom schemas in ``rules/quantifiers.toml`` (monotonicity, conservativity, existential
    import), instantiated for the properties that occur in a problem."""

    quantifier: str
    number: int | None
    var: Var
    restrictor: Formula
    scope: Formula
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Top:
    """The always-true formula (an empty conjunction)."""


@dataclass(frozen=True, slots=True)
class Unsupported:
    """A part of a sentence outside the covered fragment. The logic never guesses its meaning:
    a premise containing it is left out, a hypothesis containing it makes the logic abstain."""

    reason: str
    span: Span | None = field(default=None, compare=False)
    # True where the part stands in for one separate conjunct and nothing else was read
    # differently for its sake: an object pronoun with no antecedent, a possessive one (each
    # stands for one relation). Not a subject pronoun, which stands for its whole clause: how
    # that clause joins the rest may be misread with it ("A if and only if he is B"). In a positive position, leaving it out only weakens the sentence (see
    # ``weakened``). Not a preposition without object: that is mostly a misparse, and the rest of
    # the sentence is then misread too ("being neither strong nor gleaming is equivalent to being
    # putrid").
    separable: bool = field(default=False, compare=False)


Formula = Atom | Eq | Not | And | Or | Implies | Exists | ForAll | GQ | Top | Unsupported


def conj(*parts: Formula) -> Formula:
    """Flat conjunction that drops ``Top``; one part is returned as it is."""
    flat: list[Formula] = []
    for p in parts:
        if isinstance(p, Top):
            continue
        if isinstance(p, And):
            flat.extend(p.parts)
        else:
            flat.append(p)
    if not flat:
        return Top()
    if len(flat) == 1:
        return flat[0]
    return And(tuple(flat))


def unsupported_parts(f: Formula) -> list[Unsupported]:
    """All ``Unsupported`` nodes in ``f``."""
    out: list[Unsupported] = []
    _walk(f, lambda n: out.append(n) if isinstance(n, Unsupported) else None)
    return out


def weakened(f: Formula) -> Formula | None:
    """``f`` with its ``Unsupported`` parts left out, if that can only make it weaker: each is
    separable and stands in a positive position (under conjunction, disjunction, quantifiers and
    the consequent of an implication; not under negation, an antecedent or a generalized
    quantifier, where leaving a part out would make the sentence say more). None otherwise.
    A premise read so is still true whenever the sentence is, so a proof from it is sound."""

    def go(g: Formula) -> Formula | None:
        if isinstance(g, Unsupported):
            return Top() if g.separable else None
        if not unsupported_parts(g):
            return g
        if isinstance(g, And):
            parts = [go(x) for x in g.parts]
            return None if any(x is None for x in parts) else conj(*parts)  # type: ignore[arg-type]
        if isinstance(g, Or):
            parts = [go(x) for x in g.parts]
            # a disjunct that says nothing makes the whole disjunction say nothing
            if any(x is None for x in parts):
                return None
            return Top() if any(isinstance(x, Top) for x in parts) else Or(tuple(parts))  # type: ignore[arg-type]
        if isinstance(g, (Exists, ForAll)):
            body = go(g.body)
            return None if body is None else type(g)(g.var, body)
        if isinstance(g, Implies):
            right = go(g.right)
            return None if right is None or unsupported_parts(g.left) else Implies(g.left, right)
        return None  # Not, GQ: leaving a part out there would strengthen

    return go(f)


def gq_parts(f: Formula) -> list[GQ]:
    out: list[GQ] = []
    _walk(f, lambda n: out.append(n) if isinstance(n, GQ) else None)
    return out


def atoms(f: Formula) -> list[Atom]:
    out: list[Atom] = []
    _walk(f, lambda n: out.append(n) if isinstance(n, Atom) else None)
    return out


def subformulas(f: Formula) -> list[tuple[Formula, Var | None]]:
    """The immediate subformulas of ``f``, each with the variable ``f`` binds over it (or None)."""
    if isinstance(f, Not):
        return [(f.body, None)]
    if isinstance(f, (And, Or)):
        return [(p, None) for p in f.parts]
    if isinstance(f, Implies):
        return [(f.left, None), (f.right, None)]
    if isinstance(f, (Exists, ForAll)):
        return [(f.body, f.var)]
    if isinstance(f, GQ):
        return [(f.restrictor, f.var), (f.scope, f.var)]
    return []


def _walk(f: Formula, visit) -> None:  # type: ignore[no-untyped-def]
    """Visit ``f`` and every subformula, in pre-order. With an explicit stack and the fields read
    directly, not ``subformulas``' lists of pairs: the prover and the reasoner walk every logical
    form many times per pair, and this was a tenth of the logic's own time."""
    stack = [f]
    while stack:
        n = stack.pop()
        visit(n)
        if isinstance(n, (Not, Exists, ForAll)):
            stack.append(n.body)
        elif isinstance(n, (And, Or)):
            stack.extend(reversed(n.parts))
        elif isinstance(n, Implies):
            stack += (n.right, n.left)
        elif isinstance(n, GQ):
            stack += (n.scope, n.restrictor)


def free_vars(f: Formula, bound: frozenset[str] = frozenset()) -> list[str]:
    """Free variable names of ``f`` in order of first occurrence."""
    out: list[str] = []

    def add(name: str) -> None:
        if name not in out:
            out.append(name)

    def go(g: Formula, b: frozenset[str]) -> None:
        if isinstance(g, (Atom, Eq)):
            for a in g.args if isinstance(g, Atom) else (g.left, g.right):
                if isinstance(a, Var) and a.name not in b:
                    add(a.name)
        for sub, var in subformulas(g):
            go(sub, b | {var.name} if var is not None else b)

    go(f, bound)
    return out


def render(f: Formula) -> str:
    """A readable rendering, e.g. ``∀x.(n:dog(x) → ∃e.(v:bark(e) ∧ agent(e,x)))``."""
    if isinstance(f, Atom):
        return f"{f.pred}({','.join(map(str, f.args))})"
    if isinstance(f, Eq):
        return f"{f.left}={f.right}"
    if isinstance(f, Not):
        return f"¬{render(f.body)}"
    if isinstance(f, And):
        return "(" + " ∧ ".join(render(p) for p in f.parts) + ")"
    if isinstance(f, Or):
        return "(" + " ∨ ".join(render(p) for p in f.parts) + ")"
    if isinstance(f, Implies):
        return f"({render(f.left)} → {render(f.right)})"
    if isinstance(f, Exists):
        return f"∃{f.var}.{render(f.body)}"
    if isinstance(f, ForAll):
        return f"∀{f.var}.{render(f.body)}"
    if isinstance(f, GQ):
        q = f.quantifier + (f"[{f.number}]" if f.number is not None else "")
        return f"{q}({f.var}. {render(f.restrictor)}, {f.var}. {render(f.scope)})"
    if isinstance(f, Top):
        return "⊤"
    return f"UNSUPPORTED[{f.reason}]"


def substitute(f: Formula, old: Term, new: Term) -> Formula:
    """Replace free occurrences of ``old`` (a variable, or a name) by ``new``."""

    def t(x: Term) -> Term:
        return new if x == old else x

    if isinstance(f, Atom):
        return Atom(f.pred, tuple(t(a) for a in f.args), f.span)
    if isinstance(f, Eq):
        return Eq(t(f.left), t(f.right))
    if isinstance(f, Not):
        return Not(substitute(f.body, old, new), f.span)
    if isinstance(f, And):
        return And(tuple(substitute(p, old, new) for p in f.parts))
    if isinstance(f, Or):
        return Or(tuple(substitute(p, old, new) for p in f.parts))
    if isinstance(f, Implies):
        return Implies(substitute(f.left, old, new), substitute(f.right, old, new))
    if isinstance(f, (Exists, ForAll)):
        if f.var == old:
            return f
        return type(f)(f.var, substitute(f.body, old, new))
    if isinstance(f, GQ):
        if f.var == old:
            return f
        return GQ(f.quantifier, f.number, f.var, substitute(f.restrictor, old, new),
                  substitute(f.scope, old, new), f.span)
    return f


def respan(f: Formula, span: Span | None) -> Formula:
    """``f`` with every node's span set to ``span``: for a formula copied from another sentence
    (an E-type pronoun's description), whose own spans point into that sentence's text."""
    if isinstance(f, Atom):
        return Atom(f.pred, f.args, span)
    if isinstance(f, Not):
        return Not(respan(f.body, span), span)
    if isinstance(f, And):
        return And(tuple(respan(p, span) for p in f.parts))
    if isinstance(f, Or):
        return Or(tuple(respan(p, span) for p in f.parts))
    if isinstance(f, Implies):
        return Implies(respan(f.left, span), respan(f.right, span))
    if isinstance(f, (Exists, ForAll)):
        return type(f)(f.var, respan(f.body, span))
    if isinstance(f, GQ):
        return GQ(f.quantifier, f.number, f.var, respan(f.restrictor, span), respan(f.scope, span), span)
    return f


def key(var: Var, f: Formula) -> str:
    """Canonical text of the property ``λvar.f``: bound variables renamed in order of binding,
    so that the same property built in two sentences gets the same key."""
    names: dict[str, str] = {var.name: "_0"}
    counter = [0]

    def k(g: Formula) -> str:
        if isinstance(g, Atom):
            return f"{g.pred}({','.join(names.get(a.name, a.name) if isinstance(a, Var) else '#' + a.name for a in g.args)})"
        if isinstance(g, Eq):
            def tt(a: Term) -> str:
                return names.get(a.name, a.name) if isinstance(a, Var) else "#" + a.name
            return f"{tt(g.left)}={tt(g.right)}"
        if isinstance(g, Not):
            return f"~{k(g.body)}"
        if isinstance(g, And):
            return "&(" + ",".join(sorted(k(p) for p in g.parts)) + ")"
        if isinstance(g, Or):
            return "|(" + ",".join(sorted(k(p) for p in g.parts)) + ")"
        if isinstance(g, Implies):
            return f"({k(g.left)}>{k(g.right)})"
        if isinstance(g, (Exists, ForAll, GQ)):
            counter[0] += 1
            saved = names.get(g.var.name)
            names[g.var.name] = f"_{counter[0]}"
            if isinstance(g, GQ):
                body = f"{g.quantifier}{g.number}[{k(g.restrictor)};{k(g.scope)}]"
            else:
                body = ("E" if isinstance(g, Exists) else "A") + f"{names[g.var.name]}.{k(g.body)}"
            if saved is None:
                del names[g.var.name]
            else:
                names[g.var.name] = saved
            return body
        if isinstance(g, Top):
            return "T"
        return f"?{g.reason}"

    return k(f)
