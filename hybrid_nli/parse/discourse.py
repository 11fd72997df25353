"""What one sentence leaves behind for the next: the state shared across a discourse.

Premises are read in order and the hypothesis last, as one discourse, so that an elided verb
phrase ("So did Bill.") or a pronoun ("She chaired it.") can find its antecedent in an earlier
sentence. The state is deliberately small: the last verb phrase, the last common noun, the names
mentioned so far with where they were mentioned, the indefinites earlier premises assert, and
their plural quantified noun phrases (for an E-type "they").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hybrid_nli.parse.logical_form import Term


@dataclass(frozen=True, slots=True)
class Referent:
    """A name a later pronoun may pick up, and where it was mentioned (text number among the
    premises and hypothesis, token index in that text), so that a pronoun only looks back."""

    term: Term
    text: int
    token: int
    # For an indefinite of an earlier premise ("Smith attended a meeting."): whether it is a
    # person, plural, and its gender ("m"/"f"/None), so that "it" finds the meeting and "she"
    # does not. None for names, which carry no such marks here.
    features: tuple[bool, bool, str | None] | None = None


@dataclass
class Discourse:
    """Mutable reading state; one per problem (premises then hypothesis)."""

    counter: int = 0
    # (builder, verb token) of the last clause with a verb phrase: the antecedent of VP ellipsis
    last_vp: tuple[Any, Any] | None = None
    # the predicate name of the last common noun heading a noun phrase: antecedent of "one"
    last_noun: str | None = None
    # its plain adjectives, (predicate, word): "a fast one" after "a red car" is a fast red car
    last_noun_adjectives: list[tuple[str, str]] = field(default_factory=list)
    referents: list[Referent] = field(default_factory=list)
    text_index: int = 0  # which text (premise 1, 2, ..., hypothesis) is being read
    # adjectives the problem uses in a comparison ("taller than", "as fast as"), with their
    # antonyms: on these scales the problem sets one standard, so their positive form is read
    # absolutely, not relative to the subject's noun
    compared: frozenset[str] = frozenset()
    # indefinites of earlier premises that a later pronoun picked up: constant name -> (text
    # index, the variable it replaces); ``Parser`` then reads that premise with the constant
    introduced: dict[str, tuple[int, str]] = field(default_factory=dict)
    # the hypothesis's text index: its pronouns do not take up premise indefinites (a "he" of
    # the hypothesis is the premise's "he", not "a farmer" of it)
    hypothesis: int = -1
    used: set[str] = field(default_factory=set)
    # plural quantified noun phrases earlier premises assert ("GFI owns several computers"):
    # (text index, variable, what the sentence says of it), for an E-type "they"/"them" in a
    # later premise ("ITEL maintains them": all the computers GFI owns)
    descriptions: list[tuple[int, Any, Any]] = field(default_factory=list)
    # singular indefinites earlier premises assert under a universal ("Each department has a
    # dedicated line"): (text index, variable, the noun and its modifiers), for a "paycheck" "it"
    kinds: list[tuple[int, Any, Any]] = field(default_factory=list)
    # coordinated subjects of premises ("John and his colleagues"): (text index, each member's
    # term: a name, or the variable the premise asserts it with), for a later "they"
    groups: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)
    # variables of plural noun phrases ("his colleagues"), for counting what "they" may take up
    plural_vars: set[str] = field(default_factory=set)
    # names a "he"/"she" has taken up: persons, so not an "it"
    persons: set[str] = field(default_factory=set)
    # how many plural noun phrases each premise mentions: "they" takes up a description only
    # when it is the one plural thing mentioned before it
    plural_mentions: dict[int, int] = field(default_factory=dict)

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"
