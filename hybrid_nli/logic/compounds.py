"""Noun compounds and "of": what a compound's modifier means, as axioms.

A compound's modifier is read as ``c:M(x)``: the thing relates to an M somehow ("a tea flow",
"ocean waves"), the relation left open (see ``knowledge.relations``). "N of the M" names one such
relation, so for a problem that has both an "of" phrase and a compound with the same noun:

    ∀x ∀y. p:of(x, y) ∧ n:M(y) → c:M(x)

("the waves of the ocean" => "the ocean waves", "the trunk of a tree" => "a tree trunk", "four
bottles of beer" => "four beer bottles"). Only that way: a compound does not say which
relation it is, so "a tree trunk" does not give "the trunk of a tree". A possessive is one of
the relations "of" names (``poss(x, y) → p:of(x, y)``: "the report's cover page" => "the cover
page of the report"), again only that way.

A compound that WordNet lists as one noun ("guinea pig", "table tennis") is that noun:

    ∀x. c:M(x) ∧ n:N(x) ↔ n:M_N(x)

so the noun's hypernyms and synonyms apply ("a guinea pig" => "a rodent", "table tennis" =>
"ping pong"), in premise and hypothesis alike (``whole_words`` names the nouns for the lookup).

What a thing is full of, or covered in, is what an adjective WordNet derives from that noun
says it abounds in: "an area full of grass" is a grassy area and back, "a hillside covered by
grass" a grassy hillside (only that way: grass on a hill need not cover it), "rocks" give
"rocky", "mud" "muddy" (``abundance_axioms``).

What is eaten or drunk from a container is its content: "eating a bowl of cereal" is eating
cereal, "drinking a glass of water" drinking water (``content_axioms``; a verb WordNet files
under verb.consumption, a noun with a sense under container or containerful). Only that way,
and only for such verbs: "carrying a bowl of cereal" is not carrying cereal by this rule.

What someone wears is with them: ``v:wear(e) ∧ agent(e, x) ∧ theme(e, y) → p:with(x, y)``
("A man is wearing a hard hat and dancing" => "A man with a hard hat is dancing";
``worn_with_axioms``). Only that way: a man with a hat may be holding it.
"""

from __future__ import annotations

from collections.abc import Iterable

from hybrid_nli.knowledge.axioms import Axiom
from hybrid_nli.parse.logical_form import And, Atom, ForAll, Formula, Implies, Var

SOURCE = "compound schema (hybrid_nli.logic.compounds)"
ABUNDANCE_SOURCE = "WordNet derivation (hybrid_nli.logic.compounds)"
OF = "p:of"
POSS = "poss"


def of_compound_axioms(predicates: Iterable[str]) -> list[Axiom]:
    """One axiom for each noun M the problem uses both as a noun and as a compound's
    modifier, when it also uses "of"."""
    preds = set(predicates)
    if OF not in preds:
        return []
    x, y = Var("Cx"), Var("Cy")
    out = []
    for c in sorted(p for p in preds if p.startswith("c:")):
        noun = "n:" + c[2:]
        if noun not in preds:
            continue
        f: Formula = ForAll(x, ForAll(y, Implies(And((Atom(OF, (x, y)), Atom(noun, (y,)))), Atom(c, (x,)))))
        word = c[2:].replace("_", " ")
        out.append(Axiom(lambda f=f: f, frozenset({OF, noun}), frozenset({c}), "rule", SOURCE,
                         f"anything of a {word} is a {word} something ('N of a {word}' gives '{word} N')"))
    return out


def poss_of_axioms(predicates: Iterable[str]) -> list[Axiom]:
    """A possessive is one of the relations "of" names: ``∀x ∀y. poss(x, y) → p:of(x, y)``
    ("R-95-103 has a cover page" or "R-95-103's cover page" => "the cover page of R-95-103"),
    for a problem that uses both. Only that way: "a bottle of beer" is not the beer's bottle."""
    preds = set(predicates)
    if OF not in preds or POSS not in preds:
        return []
    x, y = Var("Px"), Var("Py")
    f: Formula = ForAll(x, ForAll(y, Implies(Atom(POSS, (x, y)), Atom(OF, (x, y)))))
    return [Axiom(lambda f=f: f, frozenset({POSS}), frozenset({OF}), "rule", SOURCE,
                  "what someone has is of them ('X has a N', 'X's N' give 'the N of X')")]


def whole_words(predicates: Iterable[str], known_noun) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """``{"n:guinea_pig": ("c:guinea", "n:pig")}`` for each compound modifier and noun of the
    problem whose phrase WordNet knows as one noun (``known_noun("guinea pig")``), spelt open or
    closed ("eye liner" is WordNet's "eyeliner")."""
    preds = set(predicates)
    out: dict[str, tuple[str, str]] = {}
    for c in sorted(p for p in preds if p.startswith("c:") and "_" not in p[2:]):
        for n in sorted(p for p in preds if p.startswith("n:") and "_" not in p[2:] and "[" not in p):
            phrase = f"{c[2:]} {n[2:]}"
            if known_noun(phrase):
                out["n:" + phrase.replace(" ", "_")] = (c, n)
            elif known_noun(closed := c[2:] + n[2:]):
                out["n:" + closed] = (c, n)
    return out


def whole_word_axioms(words: dict[str, tuple[str, str]]) -> list[Axiom]:
    """The equivalence of each compound with WordNet's word for it (see the module's note)."""
    x = Var("Wx")
    out = []
    for whole, (c, n) in sorted(words.items()):
        f: Formula = ForAll(x, And((Implies(And((Atom(c, (x,)), Atom(n, (x,)))), Atom(whole, (x,))),
                                    Implies(Atom(whole, (x,)), And((Atom(c, (x,)), Atom(n, (x,))))))))
        phrase, word = f"{c[2:]} {n[2:]}".replace("_", " "), whole[2:].replace("_", " ")
        out.append(Axiom(lambda f=f: f, frozenset({c, n}), frozenset({whole}), "rule", SOURCE,
                         f"a {phrase} (compound) is what WordNet calls a {word}"))
    return out


FULL_OF = "a:full_of_"
COVER = "v:cover"
# How the parser hangs what covers a thing on "cover": "covered by grass" (the passive's agent),
# "covered in snow", "covered with mud".
COVERING_ROLES = ("agent", "p:in", "p:with")


def abundance_axioms(predicates: Iterable[str], derived_nouns) -> list[Axiom]:  # type: ignore[no-untyped-def]
    """For each adjective A of the problem derived (``derived_nouns(A)``, WordNet) from a noun M
    the problem uses after "full of" or as what covers something:

        ∀x. a:full_of_M(x) ↔ A(x)
        ∀e ∀x ∀y. v:cover(e) ∧ theme(e, x) ∧ R(e, y) ∧ n:M(y) → A(x)    (R: by, in, with)

    ``A`` is the adjective's predicate as the problem has it ("a:grassy@area": grassy by the
    standard for areas; only areas carry it)."""
    preds = set(predicates)
    fulls = {p[len(FULL_OF):]: p for p in preds if p.startswith(FULL_OF)}
    roles = [r for r in COVERING_ROLES if r in preds] if COVER in preds and "theme" in preds else []
    if not fulls and not roles:
        return []
    out: list[Axiom] = []
    x, y, e = Var("Ax"), Var("Ay"), Var("Ae")
    for adj in sorted(p for p in preds if p.startswith("a:") and not p.startswith(FULL_OF) and "~" not in p and "[" not in p):
        word = adj[2:].partition("@")[0]
        nouns = {n.replace(" ", "_") for n in derived_nouns(word.replace("_", " "))}
        if not nouns:
            continue
        shown = word.replace("_", " ")
        for m in sorted(nouns & fulls.keys()):
            full = fulls[m]
            for f, req, prov, text in (
                (ForAll(x, Implies(Atom(full, (x,)), Atom(adj, (x,)))), full, adj,
                 f"what is full of {m.replace('_', ' ')} is {shown}"),
                (ForAll(x, Implies(Atom(adj, (x,)), Atom(full, (x,)))), adj, full,
                 f"what is {shown} is full of {m.replace('_', ' ')}"),
            ):
                out.append(Axiom(lambda f=f: f, frozenset({req}), frozenset({prov}), "knowledge", ABUNDANCE_SOURCE,
                                 f"{text} (WordNet derives '{shown}' from '{m.replace('_', ' ')}')"))
        for m in sorted(n for n in nouns if f"n:{n}" in preds):
            for role in roles:
                body = And((Atom(COVER, (e,)), Atom("theme", (e, x)), Atom(role, (e, y)), Atom(f"n:{m}", (y,))))
                f = ForAll(e, ForAll(x, ForAll(y, Implies(body, Atom(adj, (x,))))))
                out.append(Axiom(lambda f=f: f, frozenset({COVER, f"n:{m}"}), frozenset({adj}), "knowledge",
                                 ABUNDANCE_SOURCE, f"what is covered {'by' if role == 'agent' else role[2:]} "
                                 f"{m.replace('_', ' ')} is {shown} (WordNet derives '{shown}' from "
                                 f"'{m.replace('_', ' ')}')"))
    return out


def content_axioms(predicates: Iterable[str], consumes, holds) -> list[Axiom]:  # type: ignore[no-untyped-def]
    """``∀e ∀c ∀x. V(e) ∧ theme(e, c) ∧ C(c) ∧ p:of(c, x) → theme(e, x)`` for each verb V of the
    problem that ``consumes`` says names eating or drinking and each noun C that ``holds`` says
    names a container or its content."""
    preds = set(predicates)
    if OF not in preds or "theme" not in preds:
        return []
    verbs = sorted(p for p in preds if p.startswith("v:") and "[" not in p and consumes(p[2:]))
    nouns = sorted(p for p in preds if p.startswith("n:") and "[" not in p and holds(p[2:].replace("_", " ")))
    e, c, x = Var("Ge"), Var("Gc"), Var("Gx")
    out = []
    for verb in verbs:
        for noun in nouns:
            f: Formula = ForAll(e, ForAll(c, ForAll(x, Implies(
                And((Atom(verb, (e,)), Atom("theme", (e, c)), Atom(noun, (c,)), Atom(OF, (c, x)))),
                Atom("theme", (e, x))))))
            out.append(Axiom(lambda f=f: f, frozenset({verb, "theme", noun, OF}), frozenset({"theme"}), "rule", SOURCE,
                             f"to {verb[2:]} a {noun[2:].replace('_', ' ')} of something is to {verb[2:]} "
                             "what it holds"))
    return out


WEAR, WITH = "v:wear", "p:with"


def worn_with_axioms(predicates: Iterable[str]) -> list[Axiom]:
    """``∀e ∀x ∀y. v:wear(e) ∧ agent(e, x) ∧ theme(e, y) → p:with(x, y)``, for a problem that
    uses both "wear" and "with"."""
    preds = set(predicates)
    if WEAR not in preds or WITH not in preds or "agent" not in preds or "theme" not in preds:
        return []
    e, x, y = Var("We"), Var("Wx"), Var("Wy")
    f: Formula = ForAll(e, ForAll(x, ForAll(y, Implies(
        And((Atom(WEAR, (e,)), Atom("agent", (e, x)), Atom("theme", (e, y)))), Atom(WITH, (x, y))))))
    return [Axiom(lambda f=f: f, frozenset({WEAR, "agent", "theme"}), frozenset({WITH}), "rule", SOURCE,
                  "what someone wears is with them ('X is wearing a Y' gives 'X with a Y')")]
