"""What one sentence leaves behind for the next: the state shared across a discourse.

Premises are read in order and the hypothesis last, as one discourse, so that an elided verb
phrase ("So did Bill.") or a pronoun ("She chaired it.") can find its antecedent in an earlier
sentence. The state is deliberately small: the last verb phrase, the last common noun, and the
entities mentioned so far, each with what agreement needs (number, gender when known).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hybrid_nli.parse.logical_form import Term


@dataclass(frozen=True, slots=True)
class Referent:
    """An entity a later pronoun may pick up.

    Attributes:
        term: the constant (a name, or a discourse referent's constant) that denotes it.
        plural: grammatical number of the mention.
        gender: "male", "female", "neuter" or None when unknown.
        person: whether the mention is of a person (names are; nouns when WordNet says so).
        text: the words of the mention, for explanations.
    """

    term: Term
    plural: bool
    gender: str | None
    person: bool | None
    text: str


@dataclass
class Discourse:
    """Mutable reading state; one per problem (premises then hypothesis)."""

    counter: int = 0
    # (builder, verb token) of the last clause with a verb phrase: the antecedent of VP ellipsis
    last_vp: tuple[Any, Any] | None = None
    # (builder, noun token) of the last common noun heading a noun phrase: antecedent of "one"
    last_noun: tuple[Any, Any] | None = None
    referents: list[Referent] = field(default_factory=list)
    # text index -> formulas to conjoin to that text (existential referents made definite)
    sentence_index: int = 0

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"
