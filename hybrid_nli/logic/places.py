"""Places: where the doer of an event is, and what being in a field says, as axioms.

"Outdoors" and "outside" (``r:outdoors``, ``r:outside``) say where an event or a thing is: in the
open air. WordNet does not link them to the places that are in the open air, but its noun
hierarchy sorts those places: a tract of land ("field", "park", "garden", "lawn", "desert"), a
geological formation ("beach", "hill", "hillside", "shore", "mountain"), a body of water
("river", "lake", "sea"), a road ("street", "highway"), a walk ("sidewalk", "boardwalk"), a
trail, vegetation ("forest", "woods"), grass, a tree, the weather ("snow", "rain"), the soil
("sand", "dirt", "mud"), the sky, a paved surface, a street corner, a bridge, a rooftop and a
shrub are outdoors by what they are. (Not "way" or "path" in general: corridors, aisles and bowling
alleys are ways and paths too.) So for each such noun M of a problem whose
hypothesis says "outdoors" or "outside", and each preposition of containment or surface P the
problem uses:

    ∀t ∀y. p:P(t, y) ∧ n:M(y) → r:outdoors(t)

("A man is jumping rope in a field" => "A man is jumping rope outside"). Only the noun's first
WordNet sense counts (the lookup is ``outdoor_place`` in the reasoner), leaving out senses that
are units of measure (``NOT_PLACE_LEXNAMES``): "yard" is first a unit of length, which nothing is
in, and then a tract of land, so "in a yard" is outdoors. Rooms, buildings, corridors and pools are not under
these synsets and give nothing; nearness ("by the river") gives nothing either. Nothing is said
about "indoors".

Where the doer is, the deed is: for each preposition of place P (``LOCATIVE_PREPOSITIONS``:
"in", "on", "near", "behind", ...) that the hypothesis says of an event of a verb that no premise
places so, and a premise says of a thing,

    ∀e ∀x ∀y. agent(e, x) ∧ p:P(x, y) → p:P(e, y)

("A hiker is on top of the mountain and is dancing" => "A hiker is dancing on top of the
mountain"; "toddlers who are in a wagon are eating" => "toddlers are eating in a wagon"). A
sentence describes one moment, so the doer's place then is the event's. Only the agent's place:
a thing acted on may be elsewhere ("throwing a ball into a lake" is not done in the lake).

Near is not far: "far from" is one preposition (``p:far_from``), and what is near a thing is
not far from it, because WordNet makes the adjectives "near" and "far" antonyms:

    ∀t ∀y. ¬(p:near(t, y) ∧ p:far_from(t, y))

("The horse is near a barrel" contradicts "The horse is far from a barrel").

What is next to a thing, beside it, alongside it or against it is near it, and "close to" is
"near" (``adjacency_axioms``, for a problem that uses "near" or "close to"; "next to" and
"beside" are one):

    ∀t ∀y. p:next_to(t, y) → p:near(t, y)

("People are sitting against a wall" => "People are sitting near a wall"). Not "by" ("by car"
is a means) nor "in front of" (how far in front is not said). What is on top of a thing
("atop" it: the builder reads "on top of" so) is on it, not back: a picture is on a wall, not on
top of it:

    ∀t ∀y. p:atop(t, y) → p:on(t, y)

("A cat is sitting on top of a box" => "A cat is sitting on a box").

A preposition of relative place without its object ("a woman is standing behind") says the
event is placed so relative to something, as the full phrase does of one thing:

    ∀t ∀y. p:P(t, y) → r:P(t)

for P among ``IRREFLEXIVE_PLACES`` ("behind", "beside", "above", ...; not "on" or "in", which
alone mean other things: "the light is on"); and what is away from a thing is away
(``p:away_from``: "running away from a dog" => "running away").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from hybrid_nli.knowledge.axioms import Axiom
from hybrid_nli.parse.logical_form import And, Atom, ForAll, Formula, Implies, Not, Var, atoms

PLACE_SOURCE = "place schema (hybrid_nli.logic.places)"
SOURCE = "outdoor place schema (hybrid_nli.logic.places) over WordNet hypernymy"
# WordNet synsets whose hyponyms are places in the open air.
OUTDOOR_SYNSETS = ("tract.n.01", "geological_formation.n.01", "body_of_water.n.01", "road.n.01", "walk.n.05",
                   "trail.n.01", "vegetation.n.01", "grass.n.01", "tree.n.01", "weather.n.01",
                   # the ground's soil ("in the sand", "in the dirt", "in the mud"), the sky, a
                   # paved surface ("on the pavement"), a street corner, a bridge, a rooftop, shrubs
                   "soil.n.02", "sky.n.01", "paved_surface.n.01", "intersection.n.02", "bridge.n.01",
                   "rooftop.n.01", "shrub.n.01")
# Senses that are no place to be in, whatever else the word means: units of measure (noun.quantity:
# "a yard" is a unit of length before it is a lawn).
NOT_PLACE_LEXNAMES = frozenset({23})
# The adverbs that say "in the open air", as the parser writes them.
OUTDOOR_ADVERBS = ("r:outdoors", "r:outside", "r:outdoor")
# Prepositions that put something in or on a place (not near it).
CONTAINMENT = ("p:in", "p:on", "p:at", "p:through", "p:across", "p:along", "p:into", "p:onto", "p:within",
               "p:around", "p:down", "p:up", "p:over")


def agent_place_axioms(premises: Iterable[Formula], hypothesis: Formula) -> list[Axiom]:
    """The doer's place is the event's (see the module's note), for each preposition of place
    that the hypothesis says of an event and a premise of a thing but of no event: only there is
    it needed, and a universal axiom more costs the solver time on every other problem."""
    from hybrid_nli.parse.builder import LOCATIVE_PREPOSITIONS

    places = {f"p:{w}" for w in LOCATIVE_PREPOSITIONS}

    def is_event(t: object) -> bool:
        return isinstance(t, Var) and t.name.startswith("e")  # the parser names events e1, e2, ...

    def placed_events(fs: Iterable[Formula]) -> set[tuple[str, str]]:
        """(verb, preposition) for each event placed by a preposition of place."""
        out: set[tuple[str, str]] = set()
        for f in fs:
            found = atoms(f)
            verbs: dict[str, set[str]] = {}
            for a in found:
                if a.pred.startswith("v:") and len(a.args) == 1 and is_event(a.args[0]):
                    verbs.setdefault(a.args[0].name, set()).add(a.pred)  # type: ignore[union-attr]
            out |= {(v, a.pred) for a in found if a.pred in places and is_event(a.args[0])
                    for v in verbs.get(a.args[0].name, ())}  # type: ignore[union-attr]
        return out

    asked = placed_events([hypothesis])
    if not asked or "agent" not in {a.pred for a in atoms(hypothesis)}:
        return []  # (most problems: nothing more to look at)
    premises = list(premises)
    things = {a.pred for f in premises for a in atoms(f) if a.pred in places and not is_event(a.args[0])}
    # (not for an event a premise already places so: the builder gives "standing in a field"
    # both places, and the axiom would only slow the solver down there)
    wanted = {p for _, p in asked - placed_events(premises)} & things
    if not wanted:
        return []
    e, x, y = Var("Pe"), Var("Px"), Var("Py")
    out: list[Axiom] = []
    for prep in sorted(wanted):
        f: Formula = ForAll(e, ForAll(x, ForAll(y, Implies(And((Atom("agent", (e, x)), Atom(prep, (x, y)))),
                                                           Atom(prep, (e, y))))))
        out.append(Axiom(lambda f=f: f, frozenset({"agent", prep}), frozenset({prep}), "rule", PLACE_SOURCE,
                         f"what someone does {prep[2:]} a place, they do while {prep[2:]} it: the doer's place is the deed's"))
    return out


def outdoor_axioms(predicates: Iterable[str], outdoor_place: Callable[[str], str | None]) -> list[Axiom]:
    """The axioms above for the problem's predicates; ``outdoor_place(noun)`` names the WordNet
    synset that makes the noun an outdoor place, or returns None."""
    preds = set(predicates)
    adverbs = [a for a in OUTDOOR_ADVERBS if a in preds]
    preps = [p for p in CONTAINMENT if p in preds]
    if not adverbs or not preps:
        return []
    t, y = Var("Ot"), Var("Oy")
    out: list[Axiom] = []
    for noun in sorted(p for p in preds if p.startswith("n:") and "[" not in p):
        word = noun[2:].replace("_", " ")
        why = outdoor_place(word)
        if why is None:
            continue
        for prep in preps:
            for adverb in adverbs:
                f: Formula = ForAll(t, ForAll(y, Implies(And((Atom(prep, (t, y)), Atom(noun, (y,)))),
                                                         Atom(adverb, (t,)))))
                out.append(Axiom(lambda f=f: f, frozenset({prep, noun}), frozenset({adverb}), "knowledge", SOURCE,
                                 f"what is {prep[2:]} a {word} is {adverb[2:]} (WordNet: {why})"))
    return out


def outdoor_sense(wn, noun: str) -> str | None:  # type: ignore[no-untyped-def]
    """Why ``noun`` (a lemma) is a place outdoors, by its first WordNet sense that is not a unit
    of measure ("field.n.01 < tract.n.01"), or None. The reasoner's ``outdoor_place`` and the
    parser's path repair both ask this."""
    return wn.first_sense_under(noun, "n", OUTDOOR_SYNSETS, NOT_PLACE_LEXNAMES)


NEAR, FAR_FROM = "p:near", "p:far_from"


def distance_axioms(predicates: Iterable[str], antonyms: Callable[[str], list[str]]) -> list[Axiom]:
    """The axiom above, for a problem that uses both prepositions, when WordNet's ``antonyms``
    of "near" include "far"."""
    preds = set(predicates)
    if NEAR not in preds or FAR_FROM not in preds or "far" not in antonyms("near"):
        return []
    t, y = Var("Dt"), Var("Dy")
    f: Formula = ForAll(t, ForAll(y, Not(And((Atom(NEAR, (t, y)), Atom(FAR_FROM, (t, y)))))))
    return [Axiom(lambda f=f: f, frozenset({NEAR, FAR_FROM}), frozenset(), "knowledge",
                  "WordNet antonyms near.a.01 / far.a.01 (hybrid_nli.logic.places)",
                  "what is near a thing is not far from it (WordNet: 'near' and 'far' are antonyms)")]


# Prepositions of adjacency: what they relate is near; and words that mean the same.
ADJACENT = ("p:next_to", "p:beside", "p:alongside", "p:against", "p:close_to")
SAME_PLACE = (("p:next_to", "p:beside"), ("p:close_to", "p:near"))
# (narrower, wider): "on top of" (read "atop") a thing is on it; not back ("on the wall")
NARROWER_PLACES = (("p:atop", "p:on", "what is on top of a thing is on it"),)


def adjacency_axioms(predicates: Iterable[str]) -> list[Axiom]:
    """The axioms above, for the prepositions the problem uses."""
    preds = set(predicates)
    out: list[Axiom] = []
    t, y = Var("At"), Var("Ay")
    if NEAR in preds or "p:close_to" in preds:
        for p in ADJACENT:
            if p in preds:
                f: Formula = ForAll(t, ForAll(y, Implies(Atom(p, (t, y)), Atom(NEAR, (t, y)))))
                out.append(Axiom(lambda f=f: f, frozenset({p}), frozenset({NEAR}), "rule", PLACE_SOURCE,
                                 f"what is {p[2:].replace('_', ' ')} a thing is near it"))
    for a, b, text in NARROWER_PLACES:
        if a in preds and b in preds:
            f = ForAll(t, ForAll(y, Implies(Atom(a, (t, y)), Atom(b, (t, y)))))
            out.append(Axiom(lambda f=f: f, frozenset({a}), frozenset({b}), "rule", PLACE_SOURCE,
                             text))
    for a, b in SAME_PLACE:
        if a in preds and b in preds:
            f = ForAll(t, ForAll(y, And((Implies(Atom(a, (t, y)), Atom(b, (t, y))),
                                         Implies(Atom(b, (t, y)), Atom(a, (t, y)))))))
            out.append(Axiom(lambda f=f: f, frozenset({a, b}), frozenset({a, b}), "rule", PLACE_SOURCE,
                             f"'{a[2:].replace('_', ' ')}' and '{b[2:].replace('_', ' ')}' say the same"))
    return out


# Two-word prepositions whose first word alone is the adverb ("running away from a dog" is
# running away).
AWAY_FROM = {"away_from": "away"}


def bare_place_axioms(predicates: Iterable[str]) -> list[Axiom]:
    """The axiom above for each preposition the problem uses both with and without an object."""
    from hybrid_nli.parse.builder import IRREFLEXIVE_PLACES

    preds = set(predicates)
    out: list[Axiom] = []
    t, y = Var("Bt"), Var("By")
    for word, alone in [*((w, w) for w in sorted(IRREFLEXIVE_PLACES)), *AWAY_FROM.items()]:
        full, bare = f"p:{word}", f"r:{alone}"
        if full in preds and bare in preds:
            f: Formula = ForAll(t, ForAll(y, Implies(Atom(full, (t, y)), Atom(bare, (t,)))))
            out.append(Axiom(lambda f=f: f, frozenset({full}), frozenset({bare}), "rule", PLACE_SOURCE,
                             f"what is {word.replace('_', ' ')} something is {alone} (the adverb leaves the thing unsaid)"))
    return out
