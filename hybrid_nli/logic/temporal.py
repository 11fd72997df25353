"""Temporal order: what ``t:before`` means, as axioms.

The parser reads "A before B" and "A after B" clauses as ``t:before(e1, e2)`` between the two
events (see docs/architecture.md: Anscombe's reading, only for bounded events). Precedence
in time is a strict order, so for a problem that uses ``t:before``:

- it is transitive: what came before something that came before ``e`` came before ``e``
  ("Smith left before Jones left; Jones left before Anderson left" => "Smith left before
  Anderson left");
- it is irreflexive: nothing comes before itself (with transitivity, also asymmetric).

Single occurrence: in a problem that orders events in time, a named individual's events of one
kind, done to the same thing (nothing said, one name, or things of one noun), are one event
("Smith left. Jones left. Smith left after Jones left" => "Jones left before Smith left",
before *every* leaving of Smith's on Anscombe's reading, which holds because there is one).
This is how a narrative is read: "Smith left" twice in one story, with no word of a return, is
the same leaving; "Tom put on his shirt" and "Tom put on his shoes" stay two events. It is
assumed only where ``t:before`` occurs (elsewhere event identity changes nothing the logic can
see), only for an agent named by a constant (never for "a man", who may be many men), and each
such assumption is a step of the trace.

"Since": a fronted "Since 1992" on a verb, or "since 1992" on a state ("has been in
Birmingham since 1992") is ``t:since(s, y)``: the situation has held from that year until now.
With the year of the time of speaking given ("It is now 1996": ``t:now_year[1996](now)``), it
held in every year between ("was in Birmingham in 1993"). "Since 1992" after an event verb
("has developed an editor since 1992") may date one event only, and stays ``p:since``.

"From 1988 to 1992" (``t:from``, ``t:until``) on a state ("owned APCOM from 1988 to 1992"):
it held in every year of the span that the problem names ("owned APCOM in 1990"). States are
the verbs WordNet files as stative (``verb.stative``: "live", "be", "hold") and having
("own", "have", "possess"); an event over a span ("built a house from 1988 to 1992") does not
say what was done in each year, and gets nothing.

One creation: what a verb of creation (WordNet's ``verb.creation``: "write", "build",
"compose") brings about, it brings about once, within the year it is dated to; so the same
thing was not written in 1991 and in 1992 ("Smith wrote his first novel in 1991" contradicts
"Smith wrote his first novel in 1992", as it does "wrote it in 1992" for "a novel"). Only for
problems that date events to two different years, and only for the same thing acted on.

Durations: "for two years" is ``r:for[2_year](e)``, read as "lasted at least two years", so for
two durations of one unit in a problem, the longer gives the shorter ("lived in Birmingham for
two years" => "for a year"). Units are not converted ("for two years" does not give "for a
month"), and "for exactly a year" is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from hybrid_nli.knowledge.axioms import Axiom
from hybrid_nli.parse.logical_form import And, Atom, Const, Eq, Exists, ForAll, Formula, Implies, Not, Term, Var, atoms

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


def single_occurrence_axioms(predicates: Iterable[str], formulas: Iterable[Formula]) -> list[Axiom]:
    """For each verb, named agent and description of what was acted on (none, a name, or a
    noun) of a problem that uses ``t:before``: one such event. "Tom put on his shoes" and "Tom
    put on his shirt" are two events; "Smith left" and "Smith left" one. ``predicates`` are the
    problem's (checked first, as ``order_axioms`` does, so that other problems pay nothing)."""
    if BEFORE not in set(predicates):
        return []
    found = [a for f in formulas for a in atoms(f)]
    if not any(a.pred == BEFORE for a in found):  # (only in a presupposition: orders nothing said)
        return []
    verbs: dict[str, set[str]] = {}  # event variable -> its verb predicates
    nouns: dict[str, set[str]] = {}  # thing variable -> its noun predicates
    themes: dict[str, list[Term]] = {}  # event variable -> what it acted on
    for a in found:
        if len(a.args) == 1 and isinstance(a.args[0], Var) and a.pred.startswith(("v:", "n:")):
            (verbs if a.pred.startswith("v:") else nouns).setdefault(a.args[0].name, set()).add(a.pred)
        elif a.pred == "theme" and isinstance(a.args[0], Var):
            themes.setdefault(a.args[0].name, []).append(a.args[1])
    keys: set[tuple[str, str, tuple[str, str]]] = set()
    for a in found:
        if a.pred != "agent" or not isinstance(a.args[0], Var) or not isinstance(a.args[1], Const):
            continue
        e, name = a.args[0].name, a.args[1].name
        acted = themes.get(e, [])
        if not acted:
            theme: tuple[str, str] | None = ("none", "")
        elif len(acted) == 1 and isinstance(acted[0], Const):
            theme = ("name", acted[0].name)
        elif len(acted) == 1 and nouns.get(acted[0].name):
            theme = ("noun", min(nouns[acted[0].name]))
        else:
            theme = None  # something the logic cannot name: no assumption
        if theme is not None:
            keys |= {(v, name, theme) for v in verbs.get(e, ())}
    # "Smith left" with nothing acted on: one leaving only if no event of the problem says what
    # Smith left (the logic cannot tell "nothing" from "not said" in a model)
    keys = {k for k in keys if k[2][0] != "none" or not any(o[:2] == k[:2] and o[2][0] != "none" for o in keys)}
    out: list[Axiom] = []
    e1, e2, y = Var("Te1"), Var("Te2"), Var("Ty")
    for verb, name, (kind, what) in sorted(keys):
        c = Const(name)

        def done(e: Var, verb: str = verb, c: Const = c, kind: str = kind, what: str = what) -> Formula:
            if kind == "none":
                return And((Atom(verb, (e,)), Atom("agent", (e, c))))
            if kind == "name":
                acted_on: Formula = Atom("theme", (e, Const(what)))
            else:
                acted_on = Exists(y, And((Atom("theme", (e, y)), Atom(what, (y,)))))
            return And((Atom(verb, (e,)), Atom("agent", (e, c)), acted_on))

        f: Formula = ForAll(e1, ForAll(e2, Implies(And((done(e1), done(e2))), Eq(e1, e2))))
        obj = "" if kind == "none" else f" {what.replace('_', ' ')}" if kind == "name" else f" a {what[2:].replace('_', ' ')}"
        out.append(Axiom(lambda f=f: f, frozenset({verb, "agent", BEFORE}), frozenset(), "rule", SOURCE,
                         f"in a story that orders events in time, {name.replace('_', ' ').title()} did "
                         f"'{verb[2:].replace('_', ' ')}{obj}' once: two such events are one"))
    return out


_YEAR_NOUN = re.compile(r"^n:(\d{4})$")
_NOW_YEAR = re.compile(r"^t:now_year\[(\d{4})\]$")


def since_axioms(predicates: Iterable[str]) -> list[Axiom]:
    """ "Since 1992" (``t:since``) with "It is now 1996" (``t:now_year[1996](now)``): what has
    held since a year held in every year from that one to now."""
    predicates = set(predicates)
    if "t:since" not in predicates:
        return []
    years = sorted({int(m.group(1)) for p in predicates if (m := _YEAR_NOUN.match(p))})
    out: list[Axiom] = []
    s, x, y = Var("Ts"), Var("Tx"), Var("Ty")
    for now_pred in sorted(p for p in predicates if _NOW_YEAR.match(p)):
        now = int(_NOW_YEAR.match(now_pred).group(1))  # type: ignore[union-attr]
        for start in years:
            for year in years:
                if not start <= year <= now:
                    continue
                held = And((Atom("t:since", (s, x)), Atom(f"n:{start}", (x,)), Atom(now_pred, (Const("now"),))))
                f: Formula = ForAll(s, ForAll(x, Implies(held, Exists(y, And((Atom(f"n:{year}", (y,)),
                                                                             Atom("p:in", (s, y))))))))
                out.append(Axiom(lambda f=f: f, frozenset({"t:since", f"n:{start}", now_pred}),
                                 frozenset({"p:in", f"n:{year}"}), "rule", SOURCE,
                                 f"what has held since {start}, when it is now {now}, held in {year}"))
    return out


def creation_axioms(predicates: Iterable[str], creates: Callable[[str], bool]) -> list[Axiom]:
    """For each verb of creation (``creates``) and each two years the problem dates events to
    ("in 1991", "in 1992": ``p:in`` with ``n:1991``): nothing was made by that verb in one
    year and again in the other (see the module's note)."""
    predicates = set(predicates)
    if "p:in" not in predicates or "theme" not in predicates:
        return []
    years = sorted({int(m.group(1)) for p in predicates if (m := _YEAR_NOUN.match(p))})
    if len(years) < 2:
        return []
    verbs = sorted(p for p in predicates if p.startswith("v:") and "[" not in p and creates(p[2:]))
    out: list[Axiom] = []
    e1, e2, x, a, b = Var("Te1"), Var("Te2"), Var("Tx"), Var("Ta"), Var("Tb")
    for verb in verbs:
        for i, first in enumerate(years):
            for second in years[i + 1:]:
                made = And((Atom(verb, (e1,)), Atom("theme", (e1, x)), Atom("p:in", (e1, a)), Atom(f"n:{first}", (a,)),
                            Atom(verb, (e2,)), Atom("theme", (e2, x)), Atom("p:in", (e2, b)), Atom(f"n:{second}", (b,))))
                f: Formula = ForAll(e1, ForAll(e2, ForAll(x, ForAll(a, ForAll(b, Not(made))))))
                out.append(Axiom(lambda f=f: f, frozenset({verb, "theme", "p:in", f"n:{first}", f"n:{second}"}),
                                 frozenset(), "rule", SOURCE,
                                 f"what is made by '{verb[2:]}' is made once: not in {first} and again in {second}"))
    return out


def span_axioms(predicates: Iterable[str], stative: Callable[[str], bool]) -> list[Axiom]:
    """ "from 1988 to 1992" (``t:from``, ``t:until``) on a state ("owned APCOM"): it held in
    every year of the span ("owned APCOM in 1990"). Only for a verb ``stative`` says names a
    state: "built a house from 1988 to 1992" did not build one in 1990."""
    predicates = set(predicates)
    if "t:from" not in predicates or "t:until" not in predicates:
        return []
    years = sorted({int(m.group(1)) for p in predicates if (m := _YEAR_NOUN.match(p))})
    states = sorted(p for p in predicates if p.startswith("v:") and "[" not in p and stative(p[2:]))
    out: list[Axiom] = []
    s, a, b, y = Var("Ts"), Var("Ta"), Var("Tb"), Var("Ty")
    for verb in states:
        for first in years:
            for last in years:
                for year in years:
                    if not first <= year <= last or first == last:
                        continue
                    held = And((Atom(verb, (s,)), Atom("t:from", (s, a)), Atom(f"n:{first}", (a,)),
                                Atom("t:until", (s, b)), Atom(f"n:{last}", (b,))))
                    f: Formula = ForAll(s, ForAll(a, ForAll(b, Implies(held, Exists(y, And((
                        Atom(f"n:{year}", (y,)), Atom("p:in", (s, y)))))))))
                    out.append(Axiom(lambda f=f: f, frozenset({verb, "t:from", "t:until", f"n:{first}", f"n:{last}"}),
                                     frozenset({"p:in", f"n:{year}"}), "rule", SOURCE,
                                     f"a state ('{verb[2:]}') that held from {first} to {last} held in {year}"))
    return out


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
