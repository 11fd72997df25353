"""From a spaCy dependency parse to a logical form (``logical_form``).

The construction is compositional over the dependency tree: a clause is its subject noun phrase
quantifying over the verb phrase; a verb phrase is an event (neo-Davidsonian: ``∃e. v:win(e) ∧
agent(e,x) ∧ theme(e,y) ∧ ...``) or a copular predication; a noun phrase is a quantifier, a
restrictor (noun, intersective adjectives, compounds, prepositional phrases, relative clauses)
and the scope it is given. Anything outside this fragment becomes ``Unsupported`` with a reason.

Choices made once and applied everywhere (so that premise and hypothesis are read alike):
- tense and aspect are dropped ("will", "used to", progressive "be"); other modals ("can",
  "may", ...) become part of the verb's predicate, so "can travel" does not entail "travels";
- existential and definite noun phrases in object position scope inside the event; universal,
  negative and non-monotone ones scope over it;
- a plural definite ("the tenors") means all of them, and that there are some (as a subject
  only under negation or with "all": otherwise some of them, see ``_np1``); a singular
  definite is unique (Russell: "the man" is the one man); bare nouns are existential;
- "any" is existential under negation and in conditionals, universal (free choice) elsewhere;
- complements of attitude and control verbs ("want to be a tenor") are opaque: one predicate
  named by the complement's lemmas, so only the same complement matches;
- prepositional phrases inside a verb phrase modify the event unless headed by "of".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hybrid_nli.parse.discourse import Discourse, Referent
from hybrid_nli.parse.logical_form import (
    GQ,
    And,
    Atom,
    Const,
    Eq,
    Exists,
    ForAll,
    Formula,
    Implies,
    Not,
    Or,
    Term,
    Top,
    Unsupported,
    Var,
    atoms,
    conj,
    free_vars,
    respan,
    substitute,
    unsupported_parts,
)
from hybrid_nli.parse.quantifiers import QuantifierSpec, load_quantifiers

Scope = Callable[[Term], Formula]

NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "thousand": 1000,
}
TENSE_AUX = {"will", "shall", "do", "does", "did", "have", "has", "had", "be", "'ll", "wo"}
# Every word spaCy may label "aux" that this builder knows how to read (tense, passive, "to").
KNOWN_AUX = TENSE_AUX | {"is", "are", "was", "were", "am", "been", "being", "'s", "'re", "'m", "'ve", "'d", "to",
                         "having", "doing", "done"}
MODALS = {"can", "could", "may", "might", "must", "should", "would", "ca", "need", "ought"}
# Verbs whose clausal complement is not asserted to hold (attitudes, desires, attempts, speech).
OPAQUE_VERBS = {
    "want", "wish", "hope", "try", "attempt", "believe", "think", "expect", "intend", "plan",
    "say", "claim", "doubt", "fear", "suspect", "suppose", "imagine", "dream", "promise",
    "decide", "refuse", "agree", "pretend", "seem", "appear", "hate", "prefer",
    "need", "ask", "tell", "allow", "order", "persuade", "force", "deserve", "aim", "seek",
    "offer", "threaten", "learn", "choose", "dare", "fail", "manage", "know", "forget",
    "remember", "regret", "deny", "report", "hear", "see", "watch", "feel", "consider",
}
# Two-way implicatives (Karttunen 1971): "managed to V" holds exactly when V does; "failed to V"
# exactly when V does not. Their to-infinitive complement is read as the main event.
IMPLICATIVES = {"manage": True, "remember": True, "bother": True, "fail": False, "forget": False,
                "neglect": False}
# Factive verbs presuppose their that-complement, also under negation ("did not know that S"
# still says S); wh-complements ("know why") presuppose nothing checkable here.
FACTIVES = {"know", "realize", "realise", "regret", "discover", "notice", "learn", "forget", "remember",
            "see", "recognize", "recognise", "resent", "reveal"}
# Perception verbs with a bare-infinitive or -ing clause ("saw Jones sign the contract") are
# veridical and transparent: the perceived event happened and is the theme of the perceiving.
PERCEPTION = {"see", "hear", "watch", "feel", "notice", "observe", "witness"}
# "It is true that S" asserts S, "it is false that S" denies it.
TRUTH_ADJECTIVES = {"true": True, "correct": True, "right": True, "false": False, "untrue": False,
                    "wrong": False}
# Verbs whose verbal complement is upward monotone ("likes eating apples" -> "likes eating fruit").
UPWARD_EMBEDDING = {"like", "love", "enjoy", "start", "begin", "keep", "continue"}
PERSON_WORDS = {
    "everyone": ("every", "person"), "everybody": ("every", "person"),
    "everything": ("every", "thing"), "someone": ("some", "person"), "somebody": ("some", "person"),
    "something": ("some", "thing"), "nobody": ("no", "person"), "nothing": ("no", "thing"),
    "anyone": ("any", "person"), "anybody": ("any", "person"), "anything": ("any", "thing"),
}
# Colour words: coordinated attributively ("a black and white dog") they describe parts of one
# thing, so the phrase is one predicate, not "black" and "white" (which exclude each other).
# Participles that, with a colour, say only that colour ("a shirt dyed purple", "a red painted
# wall", "a ball colored in blue"); without one they keep their own meaning ("a painted wall").
COLORED = {"colored", "coloured", "dyed", "painted"}
# The pronouns that take up a person: a place name is never their antecedent.
PERSONAL = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
# Adverbs that only strengthen a preposition of place ("very near", "high above", "right behind").
PLACE_DEGREE = {"very", "right", "directly", "immediately", "straight", "really", "quite", "far", "high", "low", "deep",
                "well", "way"}
COLOURS = {"black", "white", "red", "blue", "green", "yellow", "brown", "orange", "pink", "purple", "gray", "grey",
           "tan", "silver", "gold", "golden", "beige", "maroon", "violet", "turquoise", "navy", "blond", "blonde"}
# Adverbs that do not let the event they modify stand on its own ("John allegedly ran" does not
# say that John ran; "John hardly ran", "John almost ran" say he did not, or not quite).
NONVERIDICAL_ADVERBS = {"allegedly", "supposedly", "reportedly", "purportedly", "ostensibly", "apparently",
                        "seemingly", "possibly", "probably", "perhaps", "maybe", "likely", "presumably",
                        "conceivably", "hopefully", "hardly", "barely", "scarcely", "rarely", "seldom", "almost",
                        "nearly", "virtually", "practically", "falsely", "wrongly", "nowhere", "reputedly"}
# A year written as a number ("since 1992", "It is now 1996").
_YEAR = re.compile(r"^(1[0-9]|20)[0-9]{2}$")
# The time of speaking, and the predicate that says which year it is in ("It is now 1996"):
# ``t:now_year[1996](now)``; ``logic.temporal`` reads "since" with it.
NOW = "now"
NOW_YEAR = "t:now_year"
# Adverbs that say something of the whole clause or quantify ("all tired", "not dressed"),
# never the first half of a compound adjective like "dark skinned".
NOT_COMPOUNDING = {"all", "each", "both", "also", "just", "only", "not", "never", "still", "now", "then",
                   "already", "even", "always", "sometimes", "often"}
# Adverbs that say "at the time of speaking": with a verb in the present tense they add nothing
# the logic can see (tense is not represented; "is now" on a copula is read the same way).
NOW_ADVERBS = {"now", "currently", "presently", "nowadays"}
# Adverbs of place that a copula predicates of its subject ("the children are outside").
LOCATIVE_ADVERBS = {"outside", "inside", "outdoors", "indoors", "upstairs", "downstairs", "underwater", "underground",
                    "overseas", "abroad", "ashore", "offshore", "nearby", "home", "away", "downtown", "uptown",
                    "onstage", "offstage", "aboard", "overhead", "here", "there"}
# Place adverbs that name where a movement ends ("go home", "run away"), and verbs of movement
# toward a goal ("come inside"): with them the adverb does not say where the mover is.
GOAL_ADVERBS = {"home", "away", "ashore", "offshore", "downtown", "uptown", "overhead", "abroad", "overseas"}
GOAL_VERBS = frozenset({"go", "come", "return", "head", "get", "move", "walk_in", "run_in"})
INTENSIFIERS = {"very", "really", "extremely", "quite", "highly", "truly", "most", "so", "too"}
# Achievements (Vendler): events without duration, so "A left before B left" orders them. An
# activity ("Smith swam before Jones swam") or a state may overlap what follows it.
ACHIEVEMENT_VERBS = frozenset({"leave", "arrive", "depart", "die", "win", "lose", "reach", "find", "start", "begin",
                               "stop", "finish", "end", "discover", "notice", "recognize", "resign", "graduate",
                               "explode", "land", "enter", "exit", "quit", "retire", "marry", "wake"})
# Verbs of posture: the subject is where the event is ("sitting on a bench": on the bench).
POSTURE_VERBS = frozenset({"stand", "sit", "lie", "kneel", "crouch", "squat", "perch", "lean", "lounge", "recline",
                           "rest", "sleep", "wait", "pose", "stay", "hide", "sunbathe"})
# Prepositions of place (not "at": "looking at", "barking at" aim, they do not place).
# ("by" is left out: "went to Paris by train" is a means.)
LOCATIVE_PREPOSITIONS = frozenset({"in", "on", "inside", "outside", "near", "under", "behind", "beside", "above",
                                   "below", "beneath", "underneath", "atop", "among", "within", "upon", "far_from",
                                   "next_to", "close_to", "against", "alongside"})
# Two-word prepositions that say what one word says ("waiting outside of the store").
SAME_PREPOSITION = {"outside_of": "outside", "inside_of": "inside"}
# Prepositions that place a thing relative to another one, never to itself ("behind her" of
# someone standing is someone else).
IRREFLEXIVE_PLACES = frozenset({"behind", "beside", "near", "above", "below", "beneath", "underneath", "under",
                                "opposite"})
# Nouns that name the whole domain of people or things: no narrower comparison class.
GENERIC_NOUNS = frozenset({"person", "people", "individual", "thing", "someone", "somebody", "anyone"})
REL_PRONOUNS = {"who", "whom", "which", "that", "whose"}
NEG_WORDS = {"not", "n't", "never", "no"}
PERSONAL_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "us", "i", "me", "you",
                     "his", "its", "their", "this", "these", "those", "himself", "herself", "themselves",
                     "my", "your", "our", "myself", "yourself", "itself"}
GENDERED_PRONOUNS = {**dict.fromkeys(("he", "him", "his", "himself"), "a:male"),
                     **dict.fromkeys(("she", "her", "hers", "herself"), "a:female")}
SINGULAR_PRONOUNS = {"he", "she", "it", "him", "her", "his", "its", "himself", "herself", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
# Quantifiers whose plural witnesses a later "they" can take up (Evans' E-type pronouns): those
# that assert there are some ("no", "few", "at most" do not; "every" is read as a law).
E_TYPE_QUANTIFIERS = {"several", "many", "most", "a_few", "at_least", "more_than", "exactly", "both"}
REFLEXIVES = {"himself", "herself", "itself", "themselves"}
POSSESSIVES = {"his", "her", "its", "their"}
# Prepositions naming where an event is or where it goes: the place coordinated subjects share
PLACE_PREPOSITIONS = {"to", "in", "on", "at", "into", "onto", "inside", "near", "beside", "under", "across", "through"}
# Verbs of wanting and trying: "wanted to V, and he did" is about V (see ``_fulfilled``)
ASPIRATION_VERBS = {"want", "intend", "plan", "try", "hope", "wish", "decide", "attempt", "mean", "expect", "promise"}
# Words that make a context downward (or not upward) monotone, where saying less is not weaker.
DOWNWARD_WORDS = {"no", "not", "never", "nobody", "nothing", "none", "neither", "nor", "without", "few", "if",
                  "unless", "every", "each", "all", "any", "only", "fewer", "less", "before", "until"}
# First and second person pronouns are not anaphoric: they name the speaker and the addressee.
DEICTIC = {"i": "speaker", "me": "speaker", "you": "addressee", "we": "speakers", "us": "speakers"}
DEICTIC_POSSESSIVES = {"my": "speaker", "your": "addressee", "our": "speakers"}
EXOPHORIC_FIRST = {"my", "myself", "our", "ours", "ourselves", "your", "yours", "yourself", "yourselves"}
# Third-person pronouns with nothing to refer back to name whom the context supplies.
EXOPHORIC = {"he": "he", "him": "he", "his": "he", "himself": "he", "she": "she", "her": "she", "herself": "she",
             "it": "it", "its": "it", "itself": "it", "they": "they", "them": "they", "their": "they",
             "themselves": "they"}
# Privative and non-subsective adjectives: "a former student" is not a student.
PRIVATIVE = {"former", "fake", "alleged", "would-be", "potential", "false", "counterfeit", "imaginary", "mock",
             "pseudo", "so-called", "supposed", "fictional", "fictitious", "ex", "putative", "apparent",
             "possible", "likely", "future", "past", "artificial", "toy", "forged", "self-styled"}
# Privatives that deny the noun ("a former student", "a fake gun", "an imaginary friend" is
# not one); the others ("alleged", "potential", "toy") leave it open.
STRICT_PRIVATIVE = {"former", "ex", "fake", "counterfeit", "forged", "fictional", "fictitious", "imaginary"}
# Plurals whose lemma spaCy gets wrong or that WordNet files under the plural ("clothes" is not
# a plural of a noun "clothe"). "clothes" is the plural-only word for clothing: one predicate for
# both, WordNet's clothing, above every garment (WordNet files "clothes" under it as apparel,
# which would make "a pink jacket" not "pink clothes").
IRREGULAR_PLURALS = {"people": "person", "persons": "person", "clothe": "clothing", "clothes": "clothing"}
CLAUSE_COORD = {"and": And, "but": And, "or": Or}
# "a group of people is singing": the people are. The collective adds nothing checkable here.
COLLECTIVES = {"group", "bunch", "crowd", "couple", "pair", "handful", "herd", "flock", "pack", "gang", "swarm"}
# "of large size", "of young age": the dimension a bare adjective is said in.
DIMENSION_NOUNS = frozenset({"size", "age", "height", "build", "stature", "length", "weight"})
# Verbs of giving, which take a recipient either as a first object ("fed the snake a mouse") or
# with "to" ("fed a mouse to the snake"): both are the recipient role.
GIVING_VERBS = frozenset({"give", "hand", "feed", "pass", "throw", "toss", "send", "show", "offer", "sell", "lend",
                          "serve", "bring", "pay", "award", "grant", "deliver", "mail", "teach", "tell", "read"})
# Nouns for a portion of a substance: "a piece of bread" is bread, "a sheet of paper" paper
# (with a bare singular noun after "of": "a piece of the puzzle" is no puzzle).
PORTION_NOUNS = frozenset({"piece", "slice", "bit", "chunk", "lump", "hunk", "morsel", "scrap", "sheet", "strip",
                           "slab", "wedge", "sliver", "portion", "crumb", "shred", "loaf", "drop", "grain"})
# Nouns that quantify over their "of" complement ("a lot of", "a group of").
MEASURE_NOUNS = {"lot", "plenty", "deal"} | COLLECTIVES
# Words whose meaning the construction itself carries (articles, tense auxiliaries, "to", the
# complementiser "that", the "there" of existentials, discourse "also"/"too"/"then"/"so").
FUNCTION_WORDS = {"a", "an", "the", "to", "that", "if", "then", "also", "too", "so", "there", "and", "but", "or",
                  "do", "does", "did", "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m",
                  "have", "has", "had", "having", "will", "shall", "'ll", "wo", "'ve", "'d", "either", "both",
                  "neither", "nor", "just"}


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_") or "x"


class _Quantifier:
    __slots__ = ("name", "number", "tokens")

    def __init__(self, name: str, number: int | None, tokens: set[int]) -> None:
        self.name, self.number, self.tokens = name, number, tokens


class SentenceBuilder:
    """Builds the logical form of one spaCy sentence (``Span``)."""

    def __init__(  # type: ignore[no-untyped-def]
        self, sent, quantifiers: dict[str, QuantifierSpec] | None = None, gradable=None, dimensional=None,
        motion=None, clothing=None, animate=None,
        discourse: Discourse | None = None, person=None, measure=None, gender=None, event_noun=None,
        scene_negation: bool = True, adjective=None, noun=None, material=None, same_scale=None, place_name=None,
        opaque=None,
    ) -> None:
        self.sent = sent
        # is "<modifier> <noun>" one word for a made thing that is no such noun ("hot dog")?
        self.opaque = opaque or (lambda modifier, noun: False)
        # is a name first of all a place ("Italy", "Boston")? then no "he" or "she" takes it up
        self.place_name = place_name or (lambda name: False)
        # do two adjectives value one scale ("fast"/"slow", "red"/"blue")? (for "one" anaphora)
        self.same_scale = same_scale or (lambda a, b: a == b)
        self.adjective = adjective or (lambda word: False)  # does WordNet know the word as an adjective?
        self.known_noun = noun or (lambda word: True)  # does WordNet know the word as a noun?
        self.gradable = gradable or (lambda word: False)
        self.dimensional = dimensional or (lambda word: False)  # relative after "is" too ("is small")
        self.motion = motion or (lambda verb: False)  # a WordNet motion verb ("walk", "swim")?
        self.clothing = clothing or (lambda noun: False)  # something worn ("jersey", "boots")?
        self.animate = animate or (lambda noun: False)  # a person or an animal?
        self.person = person or (lambda noun: False)  # is a noun (lemma) a kind of person?
        self.measure = measure or (lambda noun: False)  # is a noun a unit ("dollar", "hour")?
        self.gender = gender or (lambda noun: None)  # "m" / "f" / None for a person noun
        # does "make a <noun>" mean "<noun>"? (with how many noun senses to look at)
        self.event_noun = event_noun or (lambda noun, senses=None: False)
        # may "<noun> made of <stuff>" be said "<stuff> <noun>" (a material; no container)?
        self.material = material or (lambda stuff, noun: False)
        # The scene reading of negation: "A dog is not running" says that no dog is running, as
        # people read a caption or a sentence set against another about the same scene, not
        # "some dog or other is not running" (which any scene with two dogs makes true).
        self.scene_negation = scene_negation
        self._wide_negation: set[int] = set()  # verbs whose "not" the clause put above the subject
        self._persons: set[str] = set()  # variables introduced by person nouns ("a woman")
        self._genders: dict[str, str] = {}  # variable -> "m" / "f" where the noun says
        self._described: list[Var] = []  # nouns whose modifiers are being read, innermost last
        self._plurals: set[str] = set()  # variables introduced by plural noun phrases
        self.q = quantifiers or load_quantifiers()
        self.discourse = discourse if discourse is not None else Discourse()
        # While this builder re-reads its verb phrase for a later elliptical sentence, spans point
        # at the elliptical auxiliary there (the only words of that sentence the VP stands for).
        self._span_override: tuple[int, int] | None = None
        # > 0 while an elided verb phrase is read again for another subject ("and so does Mary")
        self._rereading = 0
        self._used: set[int] = set()  # token indices the logical form accounts for
        self._bound: dict[int, Term] = {}  # token index -> term (relative pronouns)
        # possessive pronoun token index -> the earlier conjunct it refers to ("a man and his
        # dog"), when it agrees with it (see ``_owned_by_first``)
        self._pinned: dict[int, Term] = {}
        # the members a "they" of this sentence stands for (see ``_group``)
        self._group_members: set[Term] = set()
        self._consumed: set[int] = set()
        self._intensify: dict[int, object] = {}  # adjective index -> intensifier spaCy misattached
        # verb index -> formula of the event to conjoin to that verb's event (perception verbs)
        self._event_hook: dict[int, Callable[[Var], Formula]] = {}
        self._either_noun: dict[int, list] = {}  # noun token -> nouns "or" adds to its restrictor
        self._presup: dict[int, list[Formula]] = {}  # verb index -> presupposed complements
        # "the man": there is at most one man. The prover accommodates those of the hypothesis
        # (premises and hypothesis speak of the same scene, as SICK's annotators assume).
        self.presuppositions: list[Formula] = []
        self._subjects: list[Term] = []  # subjects of the clauses being read, innermost last
        # subjects of earlier clauses of a coordination whose scope the later clauses are read
        # in ("the girl is playing and a woman is watching her"), for their pronouns
        self._coordinated: list[Term] = []
        self._noun_alias: dict[int, str] = {}  # token index of "one" -> the noun it stands for
        # token index of "one" -> the antecedent's adjectives it keeps: (predicate, word)
        self._inherited: dict[int, list[tuple[str, str]]] = {}
        self._floating: set[int] = set()  # floated quantifier words, read on the subject
        self._force_definite: set[int] = set()  # plural subjects a floated "all" makes universal
        # (pattern tokens, quantifier name), longest first.
        pats: list[tuple[tuple[str, ...], str]] = []
        for spec in self.q.values():
            for w in spec.words:
                pats.append((tuple(w.split()), spec.name))
        self._patterns = sorted(pats, key=lambda p: -len(p[0]))

    # -- helpers -------------------------------------------------------------------------------
    def fresh(self, prefix: str = "x") -> Var:
        return Var(self.discourse.fresh(prefix))

    def use(self, *toks) -> None:  # type: ignore[no-untyped-def]
        """Record that these words were interpreted (see ``_uninterpreted``)."""
        for t in toks:
            self._used.add(t.i)

    def use_subtree(self, tok) -> None:  # type: ignore[no-untyped-def]
        self._used.update(t.i for t in tok.subtree)

    def span(self, tok) -> tuple[int, int]:  # type: ignore[no-untyped-def]
        """Character offsets of ``tok`` in its text; the word counts as interpreted."""
        self._used.add(tok.i)
        if self._span_override is not None:
            return self._span_override
        return (tok.idx, tok.idx + len(tok.text))

    def subtree_span(self, tok) -> tuple[int, int]:  # type: ignore[no-untyped-def]
        if self._span_override is not None:
            return self._span_override
        toks = list(tok.subtree)
        return (toks[0].idx, toks[-1].idx + len(toks[-1].text))

    @staticmethod
    def children(tok, *deps: str):  # type: ignore[no-untyped-def]
        return [c for c in tok.children if c.dep_ in deps]

    # -- sentence and clause ---------------------------------------------------------------------
    def build(self) -> Formula:
        root = self.sent.root
        if self.sent.text.rstrip().endswith("?"):
            f: Formula = Unsupported("question", self.span(root))
        elif (root.pos_ == "PROPN" and not any(t.pos_ in ("VERB", "AUX") for t in self.sent)
              and not (self.discourse.last_vp is not None and self._remnant_subject(root))):
            f = Unsupported("a name on its own says nothing", self.span(root))
        elif root.pos_ in ("NOUN", "PROPN", "NUM") and self._caption(root):
            # "Two dogs running through the snow.": a noun phrase said to exist (caption style).
            q = self.quantifier(root)
            if q is not None and q.name not in ("some", "the") and self.q.get(q.name) is not None and \
                    self.q[q.name].numeric != "at_least":
                f = Unsupported(f"a {q.name!r} noun phrase on its own says nothing", self.span(root))
            else:
                f = self.np(root, lambda t: Top(), role="subject")
        elif root.pos_ not in ("VERB", "AUX") and not any(t.pos_ in ("VERB", "AUX") for t in self.sent):
            f = self.fragment(root)
        elif self.children(root, "mark"):
            # "If you don't see smoke and the door is not hot then use ...": the parser made the
            # if-clause the main clause; read so, the condition would be asserted
            m = self.children(root, "mark")[0]
            f = Unsupported(f"main clause opened by {m.text!r}", self.span(m))
        else:
            f = self.clause(root)
        # The verb phrase a later elliptical sentence may stand for (questions included: "Has
        # John left? Bill has.").
        if root.pos_ in ("VERB", "AUX") and self.children(root, "nsubj", "nsubjpass") and not self._elliptical(root):
            self.discourse.last_vp = (self, root)
        missed = self._uninterpreted()
        # Reported when nothing else is, and always beside a separable part: a premise is read
        # without its separable parts only if no word was silently dropped.
        if missed and (not unsupported_parts(f) or any(u.separable for u in unsupported_parts(f))):
            return conj(f, *missed)
        return f

    def _uninterpreted(self) -> list[Unsupported]:
        """Words the logical form does not account for. A word silently dropped ("not even Ed",
        "statesman and inventor") would make a hypothesis weaker than what it says, and a proof of
        it wrong; so each such word makes the sentence unsupported instead."""
        out = []
        for t in self.sent:
            if t.i in self._used or t.is_punct or t.is_space or t.dep_ in ("punct", "cc", "case", "expl", "dep") and (
                t.lower_ in FUNCTION_WORDS or t.dep_ in ("punct", "case")
            ):
                continue
            if t.lower_ in FUNCTION_WORDS and t.dep_ in ("det", "aux", "auxpass", "cc", "mark", "expl", "advmod", "prt",
                                                        "case", "ROOT", "punct"):
                continue
            if t.dep_ in ("aux", "auxpass", "prt", "case") and t.head.i in self._used and (
                t.lower_ in KNOWN_AUX or t.lower_ in MODALS or t.dep_ in ("prt", "case")
            ):
                continue  # tense is dropped by design; modals and particles are part of the verb's predicate
            out.append(Unsupported(f"word {t.text!r} ({t.dep_}) not interpreted", (t.idx, t.idx + len(t.text))))
        return out

    def _caption(self, root) -> bool:  # type: ignore[no-untyped-def]
        """A verbless noun-phrase sentence that stands on its own, rather than a remnant of the
        previous clause ("And forty five women."): it opens with no conjunction and either
        nothing precedes it or it carries modifiers of its own (a participle, a PP)."""
        first = self.sent[0]
        if first.dep_ == "cc" or first.lower_ in ("and", "but", "or"):
            return False
        if self.discourse.last_vp is None:
            return True
        if self._remnant_subject(root):
            return False
        return bool(self.children(root, "acl", "relcl", "prep"))

    def _parallel_noun(self, root, builder, verb):  # type: ignore[no-untyped-def]
        """For a bare plural remnant ("And women.") after a clause whose subject is a name: the
        one bare plural noun of that clause it stands in for ("how many men work"), else None.
        (After a clause whose subject is itself a common noun, the remnant is a new subject.)"""
        if (root.tag_ != "NNS" or any(c.dep_ not in ("cc", "punct") for c in root.children)
                or self.sent[0].lower_ not in ("and", "or", "but")):
            return None
        subj = builder.children(verb, "nsubj", "nsubjpass")
        if len(subj) != 1 or subj[0].pos_ != "PROPN":
            return None
        found = [t for t in verb.subtree if t.tag_ == "NNS" and t.pos_ == "NOUN" and t.dep_ != "compound"
                 and not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in t.children)]
        if len(found) != 1 or self.person(found[0].lemma_.lower()) != self.person(root.lemma_.lower()):
            return None
        return found[0]

    def _remnant_subject(self, root) -> bool:  # type: ignore[no-untyped-def]
        """"John went to Paris by car. Bill by train.": a name (or a capitalised bare singular
        noun, which cannot be a subject on its own) whose phrases all use prepositions of the
        last clause's verb is a new subject for that verb phrase, with those phrases replaced."""
        verb = self.discourse.last_vp[1]  # type: ignore[index]
        preps = self.children(root, "prep")
        ante = {c.lower_ for c in verb.children if c.dep_ == "prep"}
        named = root.pos_ == "PROPN" or (root.tag_ == "NN" and root.is_title and not self.children(root, "det"))
        return (named and bool(preps) and all(p.lower_ in ante for p in preps)
                and not self.children(root, "acl", "relcl", "det", "amod", "compound", "poss"))

    # -- ellipsis ------------------------------------------------------------------------------
    def fragment(self, root) -> Formula:  # type: ignore[no-untyped-def]
        """A verbless sentence continuing the previous one: "On Friday." / "And to Sue." (a
        modifier for the last clause) or "And forty five women." (a new subject for its verb
        phrase). Without a previous clause it is left unsupported."""
        ante = self.discourse.last_vp
        if ante is None:
            return Unsupported("sentence without a verb", self.span(root))
        if root.pos_ == "ADP" and self.children(root, "pobj"):
            builder, verb = ante
            subj = builder.children(verb, "nsubj", "nsubjpass")
            if not subj or subj[0].pos_ != "PROPN" or builder.children(subj[0], "conj"):
                return Unsupported("modifier fragment after a clause whose subject is not a name", self.span(root))
            return self._reuse(builder, verb, [root], lambda skip: builder._simple_clause(verb, skip=skip), root)
        if root.pos_ in ("NOUN", "PROPN", "NUM") and not self.children(root, "relcl", "acl"):
            rem = self.children(root, "prep")
            for p in rem:
                self._consumed.add(p.i)
            builder, verb = ante
            parallel = self._parallel_noun(root, builder, verb)
            if parallel is not None:
                # "John wants to know how many men work part time. And women.": the clause again,
                # with "women" in place of "men"
                self.use(root, *self.children(root, "cc"))
                builder._noun_alias[parallel.i] = _norm(root.lemma_.lower())
                try:
                    return self._reuse(builder, verb, [], lambda skip: builder._simple_clause(verb, skip=skip), root)
                finally:
                    del builder._noun_alias[parallel.i]
            if self._remnant_subject(root):
                # "Bill by train.": the name (a capitalised bare noun is one) and its phrases
                name = self.name_of(root) if root.pos_ == "PROPN" else Const(_norm(root.text))
                if name is not None:
                    self.use(root)
                    self._mention(name, root)
                    return self._reuse(builder, verb, rem, lambda skip: builder.vp(verb, name, skip=skip), root)
            return self.np(root, lambda t: self._reuse(builder, verb, rem, lambda skip: builder.vp(verb, t, skip=skip), root),
                           role="subject")
        return Unsupported("sentence without a verb", self.span(root))

    def _focused_name(self, tok, scope: Scope, role: str) -> Formula | None:  # type: ignore[no-untyped-def]
        """A named subject under a focus particle. "Even Ed approved" says Ed approved (that the
        others did is presupposed, and a hypothesis's presuppositions are granted), "Not even Ed
        approved" that he did not; "Only Ed approved" says he did and nobody else did. Else
        None ("not only Ed", "only" on other phrases: left to the general rules)."""
        focus = [c for c in tok.children if c.dep_ == "advmod" and c.lower_ in ("only", "even") and c.i < tok.i
                 and not list(c.children)]
        if not focus or tok.pos_ != "PROPN" or role != "subject" or self.children(tok, "conj", "cc"):
            return None
        negs = self.children(tok, "neg")
        word = focus[0].lower_
        if word == "only" and negs:
            return None
        name = self.name_of(tok)
        if name is None:
            return None
        self.use(focus[0], *negs)
        self._mention(name, tok)
        said = scope(name)
        if word == "even":
            return Not(said, self.span(negs[0])) if negs else said
        y = self.fresh("x")
        return conj(said, ForAll(y, Implies(scope(y), Eq(y, name))))

    def _comment_adverb(self, adv) -> bool:  # type: ignore[no-untyped-def]
        """A fronted adverb set off by a comma that comments on the whole sentence ("Unexpectedly,
        Charles was late.", "Not surprisingly, they left."): an "-ly" adverb, not one that leaves
        the sentence's truth open ("Allegedly, ...", "Probably, ..."): what it comments on is
        said to be true."""
        toks = list(adv.subtree)
        after = adv.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(adv.doc) else None
        return (toks[0].i == self.sent.start and after is not None and after.text == ","
                and adv.lower_.endswith("ly") and adv.lower_ not in NONVERIDICAL_ADVERBS
                and all(t is adv or t.dep_ in ("neg", "advmod") for t in toks))

    def _comment(self, adv) -> Unsupported:  # type: ignore[no-untyped-def]
        """What a premise may leave out of a comment adverb: the comment (that it was unexpected),
        not the sentence it comments on. A hypothesis that says it stays unread."""
        self.use(*adv.subtree)
        return Unsupported(f"comment adverb {' '.join(t.text for t in adv.subtree)!r}", self.subtree_span(adv),
                           separable=True)

    def _elliptical(self, verb) -> bool:  # type: ignore[no-untyped-def]
        """An auxiliary standing for a verb phrase: "so did Bill", "Bill has too", "Bill didn't",
        "Bill can", "Bill is going to"."""
        deps = {c.dep_ for c in verb.children}
        if verb.lemma_ == "go" and verb.tag_ == "VBG":
            to = self.children(verb, "xcomp")
            return len(to) == 1 and to[0].tag_ == "TO" and not list(to[0].children) and "dobj" not in deps
        if not (verb.lemma_ in ("do", "have", "be") or verb.tag_ == "MD"):
            return False
        if verb.lemma_ == "have" and verb.tag_ == "VBN" and "aux" in deps:
            # "the opportunities you have had": a participle after an auxiliary is the verb
            # itself (its object the relative clause's gap), not an auxiliary left alone
            return False
        if deps & {"dobj", "xcomp", "ccomp", "attr", "acomp", "oprd", "dative", "agent", "expl", "prt"}:
            return False
        if verb.lemma_ == "be" and "prep" in deps:
            return False  # "Bill is in Paris" is a copula
        advs = [c for c in self.children(verb, "advmod") if c.lower_ not in ("so", "too", "also", "then", "either")]
        return not advs and bool(self.children(verb, "nsubj", "nsubjpass"))

    def _flatten_pp(self, pp, builder, ante_verb) -> list:  # type: ignore[no-untyped-def]
        """Remnant PPs spaCy nested ("by train to Berlin") are separate modifiers when the
        antecedent verb has one with the same preposition ("went to Paris")."""
        out = [pp]
        if pp.pos_ != "ADP":
            return out
        ante_heads = {c.lower_ for c in ante_verb.children if c.dep_ == "prep"}
        for obj in self.children(pp, "pobj"):
            for inner in self.children(obj, "prep"):
                if inner.lower_ in ante_heads and inner.lower_ != "of":
                    self._consumed.add(inner.i)
                    out.extend(self._flatten_pp(inner, builder, ante_verb))
        return out

    def _antecedent(self, verb):  # type: ignore[no-untyped-def]
        """(builder, verb) whose verb phrase an elliptical ``verb`` repeats: the clause it is
        coordinated with or subordinated to, else the last clause of the discourse."""
        head = verb.head
        if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX") and not self._elliptical(head):
            return self, head
        inner = [c for c in self.children(verb, "advcl") if c.pos_ in ("VERB", "AUX") and not self._elliptical(c)]
        if inner:
            return self, inner[0]
        return self.discourse.last_vp

    def ellipsis(self, verb, subj: Term) -> Formula:  # type: ignore[no-untyped-def]
        """The antecedent's verb phrase, said of ``subj``, with the remnant modifiers ("Bill did
        at five o'clock") in place of the antecedent's modifiers with the same preposition."""
        ante = self._antecedent(verb)
        if ante is None:
            return Unsupported(f"elided verb phrase ({verb.text!r}) without an antecedent", self.span(verb))
        builder, ante_verb = ante
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in ante_verb.children):
            # "John didn't leave, and Bill did": the remnant's polarity is its own, not the antecedent's.
            return Unsupported("elided negated verb phrase", self.span(verb))
        ante_verb = self._fulfilled(builder, ante_verb, verb, subj)
        self.use(verb, *[c for c in self.children(verb, "xcomp") if c.tag_ == "TO"])
        rem = self.children(verb, "prep", "npadvmod")
        return self._reuse(builder, ante_verb, rem, lambda skip: builder.vp(ante_verb, subj, skip=skip), verb)

    def _fulfilled(self, builder, ante_verb, verb, subj: Term):  # type: ignore[no-untyped-def]
        """The verb an elided "did" repeats after "wanted to V": "John wanted to buy a car, and
        he did" says he bought one (repeating "wanted to buy a car" would say nothing new), so
        for the same subject, named, with no "too"/"also"/"so" (which repeat the whole verb
        phrase for another subject: "and Mary did too"), the antecedent is the wanted verb."""
        comps = [c for c in builder.children(ante_verb, "xcomp")
                 if any(a.lower_ == "to" for a in builder.children(c, "aux"))]
        subjects = builder.children(ante_verb, "nsubj")
        if (ante_verb.lemma_ not in ASPIRATION_VERBS or len(comps) != 1 or len(subjects) != 1
                or not isinstance(subj, Const) or subjects[0].pos_ != "PROPN"
                or _norm(subjects[0].text) != subj.name
                or any(c.lower_ in ("too", "also", "so", "either") for c in verb.children)):
            return ante_verb
        return comps[0]

    def _reuse(self, builder, ante_verb, remnants: list, read: Callable[[set], Formula], at) -> Formula:  # type: ignore[no-untyped-def]
        """Re-read ``ante_verb``'s verb phrase (``read(skip)``) with ``remnants`` (prepositional
        phrases of this sentence) replacing its modifiers that use the same preposition."""
        remnants = [p for r in remnants for p in self._flatten_pp(r, builder, ante_verb)]
        heads = {r.lower_ for r in remnants if r.pos_ == "ADP"}
        skip = {c for c in ante_verb.children if (c.dep_ == "prep" and c.lower_ in heads) or c.dep_ == "npadvmod"
                and any(r.dep_ == "npadvmod" for r in remnants)}
        # The elliptical clause itself, and clauses coordinated with the antecedent, are not part
        # of the verb phrase it stands for.
        skip |= {c for c in ante_verb.children if c.dep_ in ("conj", "advcl") and (
            c.i == at.i or builder.children(c, "nsubj", "nsubjpass") or c.pos_ in ("NOUN", "PROPN"))}
        if remnants:
            def modifiers(e: Var) -> Formula:
                parts: list[Formula] = []
                outer: list = []
                for r in remnants:
                    if r.pos_ == "ADP" and self.children(r, "pobj"):
                        self._event_pp(r, e, parts, outer)
                    else:
                        self.use_subtree(r)
                        parts.append(Atom(f"r:{_norm(' '.join(t.lemma_.lower() for t in r.subtree))}", (e,), self.subtree_span(r)))
                if outer:
                    parts.append(Unsupported("quantified noun phrase in an elliptical remnant", self.span(at)))
                return conj(*parts)

            builder._add_hook(ante_verb.i, modifiers)
        saved = builder._span_override
        if builder is not self:
            builder._span_override = self.span(at)
        builder._rereading += 1
        try:
            return read(skip)
        finally:
            builder._rereading -= 1
            builder._span_override = saved
            builder._event_hook.pop(ante_verb.i, None)

    def clause(self, verb) -> Formula:  # type: ignore[no-untyped-def]
        # Sentence coordination: conjuncts that have a subject of their own.
        conjs = [c for c in self.children(verb, "conj") if self.children(c, "nsubj", "nsubjpass", "expl")]
        marked = [m for c in conjs for m in self.children(c, "mark")]
        if marked:
            # "A if and only if B", "A and if B ...": a subordinator inside the coordination
            # is not "and"
            return Unsupported(f"coordinated clause opened by {marked[0].text!r}", self.span(marked[0]))
        cc = next((c.lower_ for c in self.children(verb, "cc")), "and")
        # Conditionals: "If A, (then) B".
        cond = [c for c in self.children(verb, "advcl") if any(m.lower_ == "if" for m in self.children(c, "mark"))]
        # Gapping: "John went to Paris by car, and Bill by train": a conjoined noun with the
        # verb left out is a clause of its own, the verb phrase re-read with its remnants.
        gapped = [c for c in self.children(verb, "conj") if c.pos_ in ("NOUN", "PROPN") and verb.pos_ in ("VERB", "AUX")
                  and self.children(verb, "nsubj") and c.i > verb.i]
        # "If A then B, and vice versa": the converse holds too
        converse = [c for c in self.children(verb, "conj") if c.lower_ == "versa"
                    and [a.lower_ for a in c.children] == ["vice"] and not list(c.left_edge.children)] if cond else []
        if converse:
            self.use(converse[0], *converse[0].children)
        donkey = self._donkey(verb, cond, both_ways=bool(converse))
        if donkey is not None:
            main = donkey
        else:
            if conjs and not cond and not gapped and cc in ("and", "but") and self._carries_subject(verb, conjs):
                # "The girl is playing and a woman is watching her": the later clauses are read
                # in the scope of the first one's subject, for their pronouns to take it up
                def scope(t: Term, verb=verb, conjs=conjs) -> Formula:
                    first = self.vp(verb, t, skip=set(conjs))
                    self._coordinated.append(t)
                    try:
                        rest = [self.clause(c) for c in conjs]
                    finally:
                        self._coordinated.pop()
                    op = CLAUSE_COORD[cc]
                    return op((first, *rest))

                subj = self.children(verb, "nsubj", "nsubjpass")[0]
                return self.np(subj, scope, role="subject")
            main = self._simple_clause(verb, skip=set(conjs) | set(cond) | set(gapped))
            if cond and conjs and all(c.i > cond[0].i for c in conjs) and cond[0].i < verb.i and not gapped:
                # "If A, then B and C": both conjuncts are the consequent, not "(A → B) ∧ C"
                op = CLAUSE_COORD.get(cc)
                if op is None:
                    return Unsupported(f"clause coordination with {cc!r}", self.span(verb))
                return Implies(conj(*[self.clause(c) for c in cond]), op((main, *[self.clause(c) for c in conjs])))
            if cond:
                ante = conj(*[self.clause(c) for c in cond])
                main = And((Implies(ante, main), Implies(main, ante))) if converse else Implies(ante, main)
        gaps = [self._gapped(verb, g) for g in gapped]
        if conjs or gaps:
            op = CLAUSE_COORD.get(cc)
            if op is None:
                return Unsupported(f"clause coordination with {cc!r}", self.span(verb))
            return op((main, *[self.clause(c) for c in conjs], *gaps))
        return main

    def _donkey(self, verb, cond: list, both_ways: bool = False):  # type: ignore[no-untyped-def]
        """ "If someone is big, (then) he is kind." / "If a farmer owns a donkey, he beats it":
        an indefinite subject of the if-clause taken up by the main clause's subject pronoun is
        universal over the whole conditional: ∀x. (person(x) ∧ big(x) → kind(x)). With
        ``both_ways`` ("..., and vice versa") also ∀x. (person(x) ∧ kind(x) → big(x))."""
        if len(cond) != 1:
            return None
        c_subj = self.children(cond[0], "nsubj", "nsubjpass")
        m_subj = self.children(verb, "nsubj", "nsubjpass")
        if not c_subj or not m_subj or m_subj[0].lower_ not in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
            return None
        s = c_subj[0]
        q = self.quantifier(s)
        if not (s.lower_ in ("someone", "somebody", "something", "anyone", "anybody", "anything")
                or (q is not None and q.name == "some" and s.pos_ == "NOUN")):
            return None
        x = self.fresh("x")
        if s.lower_ in PERSON_WORDS:
            self.use(s)
            restr: Formula = Atom(f"n:{PERSON_WORDS[s.lower_][1]}", (x,), self.span(s))
        else:
            self.use(*[self.sent.doc[i] for i in q.tokens])  # type: ignore[union-attr]
            restr = self.restrictor(s, x, skip=q.tokens)  # type: ignore[union-attr]
        self._bound[s.i] = x
        self._bound[m_subj[0].i] = x
        self.use(m_subj[0])
        for m in self.children(cond[0], "mark"):
            self.use(m)
        antecedent = self.vp(cond[0], x)
        consequent = self.vp(verb, x, skip=set(cond) | set(self.children(verb, "conj")) if both_ways else set(cond))
        if both_ways:
            return ForAll(x, And((Implies(conj(restr, antecedent), consequent), Implies(conj(restr, consequent), antecedent))))
        return ForAll(x, Implies(conj(restr, antecedent), consequent))

    def _gapped(self, verb, remnant) -> Formula:  # type: ignore[no-untyped-def]
        rem = self.children(remnant, "prep")
        for p in rem:
            self._consumed.add(p.i)
        if self.children(remnant, "relcl", "acl", "appos"):
            return Unsupported("gapped clause", self.subtree_span(remnant))
        return self.np(remnant, lambda t: self._reuse(self, verb, rem, lambda skip: self.vp(verb, t, skip=skip), remnant),
                       role="subject")

    def _simple_clause(self, verb, skip: set) -> Formula:  # type: ignore[no-untyped-def]
        subj = next(iter(self.children(verb, "nsubj", "nsubjpass", "csubj")), None)
        expl = next(iter(self.children(verb, "expl")), None)
        if expl is not None and verb.lemma_ == "be":
            return self.there_be(verb)
        if subj is None:
            # A copular clause whose subject spaCy hung on the auxiliary.
            return Unsupported("clause without a subject", self.span(verb))
        if subj.dep_ == "csubj":
            return Unsupported("clausal subject", self.span(subj))
        if subj.lower_ == "it" and verb.lemma_ == "be":
            truth = self._truth_clause(verb)
            if truth is not None:
                return truth
            year = self._now_year(verb)
            if year is not None:
                # "It is now 1996": the year of the time of speaking
                self.use(*verb.subtree)
                return Atom(f"{NOW_YEAR}[{year}]", (Const(NOW),), self.span(verb))
        floating = self._floating_quantifier(verb)
        if floating is not None and subj.tag_ in ("NNS", "NNPS") and self.quantifier(subj) in (None,) or (
            floating is not None and self.quantifier(subj) is not None and self.quantifier(subj).name == "the"  # type: ignore[union-attr]
            and subj.tag_ in ("NNS", "NNPS")
        ):
            # "The Greeks were all philosophers", "Clients were all impressed": every one of them.
            self._floating.add(floating.i)
            self.use(floating)
            self._force_definite.add(subj.i)
        agent = self._counted_agent_over_bare_plural(verb, subj)
        if agent is not None:
            # "Motorbikes are being ridden by two people": a bare plural takes the narrowest
            # scope, so the counted agent is read first, as in "Two people are riding
            # motorbikes" (not one set of motorbikes that both ride)
            def under_agent(y: Term, agent=agent) -> Formula:
                self._bound[agent.i] = y
                return self.np(subj, lambda t: self.vp(verb, t, skip=skip), role="subject")

            return self.np(agent, under_agent, role="object")
        if self.scene_negation and self._indefinite_subject_negated(verb, subj):
            # "A dog is not running": no dog (of the scene) is running; see ``scene_negation``.
            negs = _negations(verb)
            self.use(*negs)
            self._wide_negation.add(verb.i)
            return Not(self.np(subj, lambda t: self.vp(verb, t, skip=skip), role="subject"), self.span(negs[0]))
        return self.np(subj, lambda t: self.vp(verb, t, skip=skip), role="subject")

    def _counted_agent_over_bare_plural(self, verb, subj):  # type: ignore[no-untyped-def]
        """The noun of a passive's by-agent with a quantifier of its own ("by two people", "by
        several men"; not "the", "some" or "no"), when the subject is a bare plural and nothing
        is negated; else None."""
        if (subj.dep_ != "nsubjpass" or subj.tag_ != "NNS" or self.quantifier(subj) is not None
                or any(c.dep_ in ("det", "nummod", "poss") for c in subj.children) or _negations(verb)):
            return None
        by = self.children(verb, "agent")
        pobj = self.children(by[0], "pobj") if len(by) == 1 else []
        if len(pobj) != 1:
            return None
        q = self.quantifier(pobj[0])
        if q is None or q.name in ("the", "some", "no"):
            return None
        return pobj[0]

    def _carries_subject(self, verb, conjs) -> bool:  # type: ignore[no-untyped-def]
        """Whether a clause coordination should be read in the scope of the first clause's
        subject: that subject is a singular "a/an/the N" (which scopes over nothing else), the
        first clause is a plain one (no "there", no scene negation, no floated quantifier), and
        a later clause has a singular third-person pronoun that is not its own subject."""
        subj = self.children(verb, "nsubj", "nsubjpass")
        if len(subj) != 1 or subj[0].pos_ != "NOUN" or subj[0].tag_ != "NN" or self.children(subj[0], "conj"):
            return False
        dets = [d.lower_ for d in self.children(subj[0], "det")]
        q = self.quantifier(subj[0])
        if dets not in (["a"], ["an"], ["the"]) or (q is not None and q.name not in ("some", "the")):
            return False
        if self.children(verb, "expl") or _negations(verb) or self._floating_quantifier(verb) is not None:
            return False
        return any(t.lower_ in SINGULAR_PRONOUNS and t.lower_ not in REFLEXIVES and t.dep_ not in ("nsubj", "nsubjpass")
                   and t.tag_ in ("PRP", "PRP$") for c in conjs for t in c.subtree)

    def _indefinite_subject_negated(self, verb, subj) -> bool:  # type: ignore[no-untyped-def]
        """A clause "a/an N ... not V", "someone does not V" or "Ns do not V" whose verb
        is negated by "not" and has no coordinated verb phrase (which the negation would not
        cover). A coordinated clause with a subject of its own is no such phrase: "a man is not
        climbing and a bay is in the background" negates the first clause alone."""
        negs = _negations(verb)
        if len(negs) != 1 or negs[0].lower_ not in ("not", "n't") or any(
                not self.children(c, "nsubj", "nsubjpass", "expl") for c in self.children(verb, "conj")):
            return False
        if subj.lower_ in ("someone", "somebody", "something"):
            return True
        conjs = self.children(subj, "conj")
        if conjs:
            # "A man and a woman are not driving": no man and woman (of the scene) are; only
            # for conjuncts that are each "a/an N" (or numbered, in a present progressive)
            progressive = self._present_progressive(verb)

            def plain(n) -> bool:  # type: ignore[no-untyped-def]
                # "a N", or "<number> N" in a present progressive ("two white dogs and one brown dog")
                dets = [d.lower_ for d in self.children(n, "det")]
                nums = self.children(n, "nummod")
                return (n.pos_ == "NOUN" and not self.children(n, "poss") and not (n is not subj and self.children(n, "conj"))
                        and ((n.tag_ == "NN" and dets in (["a"], ["an"]) and not nums)
                             or (progressive and not dets and len(nums) == 1 and nums[0].tag_ == "CD")))

            return all(plain(n) for n in [subj, *conjs])
        if subj.pos_ != "NOUN":
            return False
        q = self.quantifier(subj)
        dets = [d.lower_ for d in self.children(subj, "det")]
        if q is None:
            # (a bare singular is stuff, "Tofu isn't being sliced", or a headline's "a": "Woman
            # not fishing.")
            return (subj.tag_ == "NNS" or dets in (["a"], ["an"])
                    or (subj.tag_ == "NN" and not dets and not self.children(subj, "poss", "nummod")))
        # A numeral keeps its scope ("Twenty people did not support it" says there are twenty
        # who did not), except in a present progressive, which describes a scene as a caption
        # does: "Three boys are not fighting" says the scene has no three boys fighting. An
        # explicit "some" keeps its scope: "some dogs are not running" is the syllogism's
        # particular negative, not "no dog is running".
        if q.name == "at_least" and any(n.dep_ == "nummod" for n in subj.children) and not dets:
            return self._present_progressive(verb)
        # ... and so does "several", a number left vague ("Several people are not walking in
        # line": the scene has no several people walking in line; SICK TRAIN 8753)
        if q.name == "several" and subj.tag_ == "NNS" and not self.children(subj, "poss"):
            return self._present_progressive(verb)
        return q.name == "some" and dets in (["a"], ["an"]) and not self.children(subj, "poss")

    def _idle_adverb(self, verb, adv) -> bool:  # type: ignore[no-untyped-def]
        """An adverb that adds nothing the logic represents: "also", "too", "then", "so", and
        "now"/"currently" on a verb in the present tense ("ITEL currently has a factory": tense is
        not represented, and the present tense already speaks of now, as "is now" does on a
        copula)."""
        if adv.lower_ in ("also", "too", "then", "so"):
            return True
        return adv.lower_ in NOW_ADVERBS and not list(adv.children) and self._present_tense(verb)

    def _present_tense(self, verb) -> bool:  # type: ignore[no-untyped-def]
        """ "has", "runs", "is running", "has left": the verb or its first auxiliary is present."""
        finite = [a for a in self.children(verb, "aux", "auxpass") if a.tag_ in ("VBZ", "VBP", "VBD", "MD")]
        return (finite[0] if finite else verb).tag_ in ("VBZ", "VBP")

    def _present_progressive(self, verb) -> bool:  # type: ignore[no-untyped-def]
        """ "are fighting", "is running": the tense of a scene described as it happens."""
        return verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "'re", "'s") for a in self.children(verb, "aux"))

    def _floating_quantifier(self, verb):  # type: ignore[no-untyped-def]
        """ "all"/"each"/"both" floated off a plural subject into the verb phrase."""
        for s in self.children(verb, "nsubj", "nsubjpass"):
            for c in self.children(s, "appos"):
                if c.lower_ in ("all", "each", "both") and not list(c.children):
                    return c
        for c in verb.children:
            if c.lower_ in ("all", "each", "both") and c.dep_ in ("advmod", "dep", "appos", "npadvmod"):
                return c
            if verb.lemma_ == "be" and c.dep_ in ("attr", "acomp"):
                for d in self.children(c, "det", "predet", "advmod"):
                    if d.lower_ in ("all", "each", "both") and d.i == c.left_edge.i:
                        return d
        return None

    def _now_year(self, verb) -> str | None:  # type: ignore[no-untyped-def]
        """The year of "It is now 1996" / "It is 1996 now" (present tense), else None."""
        kids = [c for c in verb.children if c.dep_ not in ("nsubj", "punct")]
        attrs = [c for c in kids if c.dep_ == "attr"]
        if (verb.tag_ != "VBZ" or len(attrs) != 1 or list(attrs[0].children) or not _YEAR.match(attrs[0].text)
                or any(c.dep_ != "attr" and not (c.dep_ == "advmod" and c.lower_ == "now") for c in kids)):
            return None
        return attrs[0].text

    def _truth_clause(self, verb) -> Formula | None:  # type: ignore[no-untyped-def]
        """ "It is (not) true/false/the case that S": S or its negation."""
        preds = self.children(verb, "acomp", "attr")
        if len(preds) != 1:
            return None
        pred = preds[0]
        if pred.lower_ in TRUTH_ADJECTIVES:
            polarity = TRUTH_ADJECTIVES[pred.lower_]
        elif pred.lower_ == "case" and any(d.lower_ == "the" for d in self.children(pred, "det")):
            polarity = True
        else:
            return None
        comps = [c for c in self.children(verb, "ccomp") + self.children(pred, "ccomp")
                 if any(m.lower_ == "that" for m in self.children(c, "mark"))]
        if len(comps) != 1 or self._modal_prefix(verb) or len(list(pred.children)) > len(self.children(pred, "ccomp", "det")):
            return None
        if self.children(verb, "neg"):
            polarity = not polarity
        self.use(verb, pred, *self.children(verb, "nsubj", "neg"), *self.children(comps[0], "mark"))
        body = self.clause(comps[0])
        return body if polarity else Not(body, self.span(pred))

    def there_be(self, verb) -> Formula:  # type: ignore[no-untyped-def]
        pivots = self.children(verb, "attr", "nsubj", "dobj")
        if not pivots:
            return Unsupported("'there' without a noun phrase", self.span(verb))
        q = self.quantifier(pivots[0])
        if q is not None and q.name in ("every", "all", "each", "most", "both", "neither"):
            # "There is everybody ...": existential "there" does not take a universal (it would
            # read as an empty claim about everybody)
            return Unsupported(f"'there' with the quantifier {q.name!r}", self.span(pivots[0]))
        # "There is not a single sculptor": the "not" is part of the quantifier, not a second negation.
        neg = bool([c for c in self.children(verb, "neg") if not (q and c.i in q.tokens)])
        # PPs hung on "be" ("there is a dog in the garden") belong to the pivot.
        extra = [c for c in self.children(verb, "prep")]
        for c in self.children(verb, "advmod"):
            if c.lower_ in INTENSIFIERS and c.i + 1 < len(c.doc) and c.doc[c.i + 1].head == pivots[0]:
                self._intensify[c.doc[c.i + 1].i] = c
        # ... and so do place adverbs ("there is not a boat nearby"; not the "there" itself)
        places = [c for c in self.children(verb, "advmod") if c.lower_ in LOCATIVE_ADVERBS and c.lower_ != "there"
                  and not list(c.children)]
        self.use(*places)

        def scope(t: Term) -> Formula:
            return conj(*[self.pp(p, t) for p in extra], *[Atom(f"r:{c.lower_}", (t,), self.span(c)) for c in places])

        self.use(verb, *self.children(verb, "neg"))
        f = self.np(pivots[0], scope, role="there")
        return Not(f, self.span(verb)) if neg else f

    # -- verb phrases ------------------------------------------------------------------------
    def vp(self, verb, subj: Term, skip: set = frozenset()) -> Formula:  # type: ignore[no-untyped-def, assignment]
        negs = [] if verb.i in self._wide_negation else _negations(verb)
        conjs = [c for c in self.children(verb, "conj") if c not in skip and c.pos_ in ("VERB", "AUX", "ADJ")]
        self._subjects.append(subj)
        try:
            body = self._vp_core(verb, subj, skip)
        finally:
            self._subjects.pop()
        # "did not see or hear the dog", "are not singing and dancing": conjuncts that share the
        # negated auxiliary are inside the negation (none of them / not both); a conjunct with
        # an auxiliary of its own ("is not singing and is dancing") is a clause of its own.
        shared = bool(negs) and bool(conjs) and not any(
            self.children(c, "aux", "auxpass", "neg", "nsubj", "nsubjpass") for c in conjs)
        if negs and not shared:
            body = Not(body, self.span(negs[0]))
        presup = self._presup.pop(verb.i, [])
        if presup:
            body = conj(body, *presup)
        if conjs:
            body = self._coordinate(verb, [body, *[self.vp(c, subj) for c in conjs]])
        if shared:
            body = Not(body, self.span(negs[0]))
        return body

    def _own_words(self, tok) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
        """The lower-cased words of a conjunct's own phrase, without its article and without
        the conjuncts coordinated to it."""
        others = {t.i for c in self.children(tok, "conj") for t in c.subtree}
        own = [t for t in tok.subtree if t.i not in others]
        return tuple(t.lower_ for t in own if t.i == tok.i or t.dep_ not in ("det", "cc", "punct"))

    def _coordinate(self, tok, parts: list[Formula]) -> Formula:  # type: ignore[no-untyped-def]
        """Join coordinated parts by their conjunction: "and"/"but" (with "both"), "or" (with
        "either"), "neither ... nor" (none of them). Anything else is left unsupported."""
        ccs = {c.lower_ for c in self.children(tok, "cc")} or {"and"}
        pre = [c.lower_ for c in self.children(tok, "preconj")]
        self.use(*self.children(tok, "preconj"))
        if ccs <= {"and", "but"} and pre in ([], ["both"]):
            return And(tuple(parts))
        if ccs == {"or"} and not pre and tok.dep_ == "pobj" and tok.head.lower_ == "than":
            # "faster than the ITEL-ZX or the ITEL-ZY": the standard of a comparison takes "or"
            # as "each of them" (faster than either), as "than anyone" is than everyone
            return And(tuple(parts))
        if ccs == {"or"} and pre in ([], ["either"]):
            return Or(tuple(parts))
        if ccs == {"nor"} and pre == ["neither"]:
            return Not(Or(tuple(parts)), self.span(tok))
        return Unsupported(f"coordination with {', '.join(sorted(ccs | set(pre)))!r}", self.span(tok))

    def _modal_prefix(self, verb) -> str:  # type: ignore[no-untyped-def]
        mods = [a.lower_ for a in self.children(verb, "aux") if a.lower_ in MODALS]
        return "".join(f"{m}~" for m in mods)

    def _vp_core(self, verb, subj: Term, skip: set, embed: str = "") -> Formula:  # type: ignore[no-untyped-def]
        if not embed and self._elliptical(verb):
            return self.ellipsis(verb, subj)
        # "used to V" and "going to V" are tense: read the complement.
        if (verb.lemma_ == "use" and verb.tag_ == "VBD") or (verb.lemma_ == "go" and verb.tag_ == "VBG"):
            comp = [c for c in self.children(verb, "xcomp") if any(a.lower_ == "to" for a in self.children(c, "aux"))]
            if comp and not self.children(verb, "dobj"):
                self.use(verb, *self.children(comp[0], "aux"))
                return self.vp(comp[0], subj)
        if verb.lemma_ == "be" or (verb.pos_ in ("ADJ", "NOUN", "PROPN") and verb.dep_ == "ROOT"):
            return self.copula(verb, subj)
        if verb.pos_ not in ("VERB", "AUX"):
            return Unsupported(f"predicate of category {verb.pos_}", self.span(verb))
        dressed = None if embed else self._dressed_in(verb)
        if dressed is not None and self.children(verb, "auxpass"):
            # "A man is dressed in red": he is in red, wearing red clothes (as "a man in red")
            self.use(verb, *self.children(verb, "auxpass"))
            prep, noun = dressed
            return self._noun_pp(noun, prep, subj)
        if not embed and self._stative_participle(verb):
            # "a woman who is seated", "the door is closed": the state, as "a seated woman"
            self.use(verb, *self.children(verb, "auxpass"))
            return Atom(f"a:{verb.lower_}", (subj,), self.span(verb))
        prefix = embed + self._modal_prefix(verb)
        odd = [a for a in self.children(verb, "aux", "auxpass") if a.lower_ not in KNOWN_AUX and a.lower_ not in MODALS]
        if odd:
            # e.g. a misparse that hangs a main verb on another as its auxiliary
            return Unsupported(f"auxiliary {odd[0].text!r} not understood", self.span(odd[0]))
        if verb.tag_ == "VBG" and any(a.lower_ in ("was", "were") for a in self.children(verb, "aux")):
            prefix += "prog~"  # "was winning" does not say it was won
        elif self._unfinished_accomplishment(verb):
            prefix += "prog~"  # "wrote a report for two hours" does not say the report was written
        lemma = verb.lemma_.lower()
        prt = self.children(verb, "prt")
        if prt:
            lemma = f"{lemma}_{prt[0].lower_}"
        light = self._light_object(verb, lemma)
        if light is not None:
            # "making a jump", "taking a walk": the event is the noun's verb
            lemma = light.lemma_.lower()
        if lemma == "have" and not prefix and self._plain_possession(verb):
            # "Mary has a workstation" is what "Mary's workstation" presupposes: one relation.
            for c in self.children(verb, "advmod"):
                self.use(c)  # (only idle ones are allowed here)
            return self.np(self.children(verb, "dobj")[0], lambda y: Atom("poss", (y, subj), self.span(verb)),
                           role="object")
        e = self.fresh("e")
        passive = bool(self.children(verb, "nsubjpass", "auxpass"))
        parts: list[Formula] = []
        outer: list[Callable[[Formula], Formula]] = []
        adjuncts: list[Formula] = []
        comps = self.children(verb, "xcomp", "ccomp")
        special = self._transparent_complement(verb, lemma, comps, subj, prefix)
        if special is not None:
            return special
        if len(comps) == 1 and lemma in FACTIVES and self._that_clause(comps[0]):
            self._presup.setdefault(verb.i, []).append(self.clause(comps[0]))
        perceived = lemma in PERCEPTION and len(comps) == 1 and self._bare_clause(comps[0]) and not prefix
        if perceived:
            comps = []
        if (
            len(comps) == 1
            and lemma in UPWARD_EMBEDDING
            and comps[0].pos_ == "VERB"
            and not self.children(comps[0], "nsubj", "nsubjpass")
        ):
            # "like eating apples": the complement is an event of its own, compositional and
            # upward monotone, but marked (prefix "emb~") so it is not asserted to happen.
            if _negations(comps[0]):
                return Unsupported(f"negated complement of {verb.text!r}", self.span(comps[0]))
            inner = self._vp_core(comps[0], subj, skip=set(), embed="emb~")
            if isinstance(inner, Exists):
                parts.append(Exists(inner.var, conj(Atom("theme", (e, inner.var)), inner.body)))
            else:
                parts.append(inner)
            comps = []
        sluice = self._sluice(verb) if not comps else None
        if sluice is not None:
            # "Bill doesn't know why.": knowing why the last clause holds (sluicing), one opaque
            # predicate as "knows why John had his paper accepted" is
            wh, ante = sluice
            self.use(wh)
            pred = f"v:{prefix}{lemma}[{_norm(wh.lower_ + ' ' + ante)}]"
        elif comps:
            for c in comps:
                self.use_subtree(c)  # read as one opaque predicate
            # Opaque complement: the verb and its complement form one predicate.
            pred = f"v:{prefix}{lemma}[{_norm(self._opaque_words(comps))}]"
        else:
            pred = f"v:{prefix}{lemma}"
        parts.append(Atom(pred, (e,), self.span(verb)))
        # "was awarded a payrise", "was given a book": a passive with an object of its own is
        # said of the recipient, and the object is the theme (as in "awarded him a payrise")
        given = passive and bool(self.children(verb, "dobj"))
        objects = [c for c in self.children(verb, "dobj") if c.pos_ == "NOUN"]
        first_of_two = {objects[0].i} if len(objects) == 2 and not passive and verb.lemma_.lower() in GIVING_VERBS else set()
        # "a flower is being clung to by a bee", "a man is being looked at": the subject of a
        # passive whose preposition is left without an object is that preposition's object, as
        # in "a bee clings to a flower"
        stranded = [c for c in self.children(verb, "prep") if not list(c.children) and c.pos_ == "ADP"
                    and c.i > verb.i and all(t.dep_ == "advmod" for t in self.sent.doc[verb.i + 1 : c.i])
                    ] if passive and not given else []
        if len(stranded) == 1 and self.children(verb, "nsubjpass"):
            self.use(stranded[0])
            parts.append(Atom(f"p:{stranded[0].lower_}", (e, subj), self.span(stranded[0])))
        else:
            parts.append(Atom("recipient" if given else "theme" if passive else "agent", (e, subj)))
        # "holding a flute up to his mouth": spaCy hangs the PP on the particle; it is the verb's
        kids = list(verb.children) + [p for t in prt for p in self.children(t, "prep")]
        located = not prefix and self._located_agent(verb, lemma, passive, light)
        always = self._always(verb)
        if always is not None:
            self.use(always[0])
        for c in kids:
            if (always is not None and c.i == always[0].i) or (sluice is not None and c.i == sluice[0].i):
                continue
            if c in skip or c.dep_ in ("nsubj", "nsubjpass", "neg", "aux", "auxpass", "punct", "prt", "cc",
                                      "conj", "xcomp", "ccomp", "mark", "preconj"):
                continue
            if (c.dep_ == "advmod" and c.lower_ == "never") or c.i in self._floating:
                continue
            if light is not None and c.i == light.i:
                self.use(c)
                for m in c.children:
                    if m.dep_ == "det":
                        self.use(m)
                    elif m.dep_ == "amod":
                        # "a joyful dance": the manner of the event (a gradable one relative to
                        # the noun, as in front of it: "a big jump" is big for a jump)
                        self.use(m)
                        word = _adj_word(m)
                        if self.gradable(word):
                            word = f"{word}@{_norm(light.lemma_.lower())}"
                        parts.append(Atom(f"r:{word}", (e,), self.span(m)))
                    elif self.children(m, "pobj"):
                        self._event_pp(m, e, parts, outer)
                continue
            if c.dep_ == "dative" and c.pos_ == "ADP" and c.lower_ in ("to", "for"):
                pobj = self.children(c, "pobj")
                if pobj and c.lower_ == "to" and verb.lemma_.lower() in GIVING_VERBS:
                    # "gave a book to Mary": spaCy marks the preposition as the dative; its object
                    # is the recipient, as in "gave Mary a book" (and as "to" is with these verbs
                    # when spaCy calls it a preposition)
                    self.use(c)
                    self._object(pobj[0], e, "recipient", parts, outer)
                    continue
                if pobj:
                    # "took a taxi to the station", "cooked dinner for her": spaCy's dative label
                    # on a verb that gives nothing is a preposition like any other; read the
                    # same way whichever label spaCy chose in this sentence
                    self._event_pp(c, e, parts, outer)
                    continue
            if c.dep_ in ("dobj", "dative", "iobj", "attr", "oprd"):
                role = "theme" if c.dep_ in ("dobj", "attr", "oprd") else "recipient"
                if c.dep_ == "dobj" and c.i in first_of_two:
                    role = "recipient"  # "feeding a snake a mouse": the first of two objects
                if passive and role == "theme" and not given:
                    role = "theme2"
                self._object(c, e, role, parts, outer)
            elif (c.dep_ == "prep" and c.lower_ == "to" and verb.lemma_.lower() in GIVING_VERBS
                  and (self.children(verb, "dobj") or passive) and self.children(c, "pobj")):
                # "feeding a mouse to the snake" = "feeding the snake a mouse"
                self.use(c)
                self._object(self.children(c, "pobj")[0], e, "recipient", parts, outer)
            elif c.dep_ == "agent":
                pobj = self.children(c, "pobj")
                if pobj:
                    self._object(pobj[0], e, "agent", parts, outer, prep=c)
            elif c.dep_ == "prep":
                _rel, pobj = self._preposition(c)
                gerund = self._gerund_adjunct(c)
                if gerund is not None:
                    # "running after exiting a pool", "walking without looking": the subject's
                    # own other event, which happened (or, with "without", did not)
                    self.use(c)
                    inner = self.vp(gerund, subj)
                    adjuncts.append(Not(inner, self.span(c)) if c.lower_ == "without" else inner)
                elif c.lower_ == "of" or pobj is None:
                    if pobj is None and not self.children(c, "pcomp"):
                        continue  # stranded ("at" of "at most", read by the quantifier) or left uninterpreted
                    parts.append(self.pp(c, e))
                else:
                    self._event_pp(c, e, parts, outer, holder=subj if located else None)
            elif c.dep_ in ("advmod", "npadvmod", "acomp"):
                if self._idle_adverb(verb, c):
                    self.use(c)
                    continue
                if self._comment_adverb(c):
                    parts.append(self._comment(c))
                elif subj is not None and not passive and (lacking := self._lacks(c, subj)) is not None:
                    parts.append(lacking)  # "running barefoot": the runner has no shoes
                elif any(t.dep_ == "neg" for t in c.subtree):
                    parts.append(Unsupported(f"negated modifier {c.text!r}", self.span(c)))
                elif any(t.lower_ in NONVERIDICAL_ADVERBS for t in c.subtree):
                    # "allegedly", "hardly", "almost": the event need not have happened at all
                    parts.append(Unsupported(f"adverb {c.text!r} does not let the event stand", self.span(c)))
                elif list(c.children):
                    # "part time", "two years ago": the whole phrase is one modifier
                    self.use_subtree(c)
                    parts.append(Atom(f"r:{_norm(' '.join(t.lemma_.lower() for t in c.subtree))}", (e,), self.span(c)))
                else:
                    parts.append(Atom(f"r:{c.lemma_.lower()}", (e,), self.span(c)))
                    if located and c.lower_ in LOCATIVE_ADVERBS - GOAL_ADVERBS and lemma not in GOAL_VERBS:
                        # "a dog running outside" is outside, as "a dog running in the park" is in
                        # it ("going home", "coming inside" name where it ends up, not where it is)
                        parts.append(Atom(f"r:{c.lower_}", (subj,), self.span(c)))
            elif c.dep_ == "advcl" and any(m.lower_ == "if" for m in self.children(c, "mark")):
                continue  # handled by clause()
            elif c.dep_ == "advcl" and (order := self._temporal_order(verb, c)) is not None:
                # "A after B": some B is earlier than A (B happened); "A before B": every B, if
                # there is one, is later ("he left before he lost his temper" does not say he
                # lost it). Anscombe's reading, for events without duration only.
                owner, key = order
                after = self.children(c, "mark")[0].lower_ == "after"
                for m in self.children(c, "mark"):
                    self.use(m)
                span = self.span(self.children(c, "mark")[0])
                if after:
                    owner._add_hook(key.i, lambda e2, e=e, span=span: Atom("t:before", (e2, e), span))
                    parts.append(self.clause(c))
                else:
                    owner._add_hook(key.i, lambda e2, e=e, span=span: Not(Atom("t:before", (e, e2), span), span))
                    parts.append(Not(self.clause(c), span))
            elif c.dep_ == "advcl" and self._accompanying(c):
                # "holding a pot as she wades", "standing in a field looking at a flower": both hold.
                for m in self.children(c, "mark"):
                    self.use(m)
                if self.children(c, "nsubj", "nsubjpass"):
                    adjuncts.append(self.clause(c))
                else:
                    adjuncts.append(self.vp(c, subj))
            else:
                parts.append(Unsupported(f"dependency {c.dep_!r} on verb {verb.text!r}", self.span(c)))
        if verb.i in self._event_hook:
            parts.append(self._event_hook.pop(verb.i)(e))
        if perceived:
            return self._perceive(verb, e, parts, outer)
        if always is not None:
            # "ITEL always delivers reports late": every such event is late (the dual of "never")
            manner = always[1]
            nuclear = [p for p in parts if isinstance(p, Atom) and p.pred == f"r:{manner.lemma_.lower()}" and p.args == (e,)]
            rest = [p for p in parts if p not in nuclear]
            if len(nuclear) == 1:
                body: Formula = ForAll(e, Implies(conj(*rest), nuclear[0]))
                for wrap in reversed(outer):
                    body = wrap(body)
                return conj(body, *adjuncts) if adjuncts else body
            parts.append(Unsupported(f"'always' with {manner.text!r}", self.span(always[0])))
        body = Exists(e, conj(*parts))
        for wrap in reversed(outer):
            body = wrap(body)
        return conj(body, *adjuncts) if adjuncts else body

    def _opaque_words(self, comps) -> str:  # type: ignore[no-untyped-def]
        """The lemmas naming an opaque complement ("said Mary wrote a report": "mary write a
        report"), with an elided verb phrase in it spelt out ("Bill said Peter did too", after
        "John wrote a report": "peter write a report"), so that the complement compares with
        one that says it in full."""
        words = []
        for c in comps:
            for t in c.subtree:
                if t.is_punct or t.i in self._bound:
                    continue
                if t.dep_ == "advmod" and t.lower_ in ("too", "also", "so") and self._elliptical(t.head):
                    continue
                if _stressed_own(t):
                    continue  # "his own proposal" names what "his proposal" does
                if t.dep_ == "cc" and not any(k.dep_ == "conj" for k in t.head.children):
                    continue  # an "and" spaCy hung inside the complement, joining what follows it
                if t.pos_ in ("VERB", "AUX") and self._elliptical(t) and (spelt := self._elided_words(t)) is not None:
                    words.append(spelt)
                    continue
                words.append(self._noun_alias.get(t.i) or t.lemma_.lower())
        return " ".join(words)

    def _elided_words(self, verb) -> str | None:  # type: ignore[no-untyped-def]
        """The lemmas of the verb phrase an elliptical ``verb`` inside an opaque complement
        stands for: that of the clause the complement's clause is coordinated with ("John
        wrote a report, and Bill said Peter did too"), else of the discourse's last clause;
        without the antecedent's subject, coordinated clauses and negation (None if negated)."""
        ante = next((a.head for a in verb.ancestors if a.dep_ == "conj" and a.head.pos_ in ("VERB", "AUX")
                     and not self._elliptical(a.head)), None)
        if ante is None and self.discourse.last_vp is not None:
            ante = self.discourse.last_vp[1]
        if ante is None or _negations(ante):
            return None
        skip = {c.i for c in ante.children if c.dep_ in ("nsubj", "nsubjpass", "conj", "cc", "advcl", "punct")}
        kept = [t for t in ante.subtree if not t.is_punct and not any(a.i in skip for a in [t, *t.ancestors])]
        return " ".join(t.lemma_.lower() for t in kept)

    def _sluice(self, verb):  # type: ignore[no-untyped-def]
        """For a verb whose last word is a bare wh-word ("doesn't know why."), with a clause
        before it in the discourse: (the wh-word, the lemmas of that clause), else None."""
        whs = [c for c in self.children(verb, "advmod", "dobj") if c.tag_ in ("WRB", "WP") and not list(c.children)]
        ante = self.discourse.last_vp
        if len(whs) != 1 or ante is None or (ante[0] is self and ante[1].i == verb.i):
            return None
        wh = whs[0]
        if any(not t.is_punct for t in self.sent.doc[wh.i + 1:self.sent.end]):
            return None
        ante_verb = ante[1]
        skip = {c.i for c in ante_verb.children if c.dep_ in ("conj", "cc") or (c.dep_ == "advcl" and c.i > ante_verb.i)}
        words = [t for t in ante_verb.subtree if not t.is_punct and not any(a.i in skip for a in [t, *t.ancestors])]
        return wh, " ".join(t.lemma_.lower() for t in words)

    def _always(self, verb):  # type: ignore[no-untyped-def]
        """("always", the manner adverb) for a verb with "always" and exactly one other bare
        adverb ("always delivers reports late": what every such delivery is), not negated;
        else None. "always" without one is read as any other adverb."""
        advs = [c for c in self.children(verb, "advmod") if not list(c.children)]
        alw = [c for c in advs if c.lower_ == "always"]
        others = [c for c in advs if c.lower_ != "always" and c.lower_ not in ("also", "too", "then", "so", "never")
                  and c.lower_ not in NONVERIDICAL_ADVERBS and c.lower_ not in INTENSIFIERS]
        if len(alw) != 1 or len(others) != 1 or _negations(verb) or self.children(verb, "npadvmod", "advcl"):
            return None
        return alw[0], others[0]

    def _stative_participle(self, verb) -> bool:  # type: ignore[no-untyped-def]
        """A bare passive participle after a present "is/are" that WordNet also lists as an
        adjective ("who is seated", "the door is (not) closed"): no agent, object, modifier,
        "being" or "been", which make it the verb's event ("is being painted", "was painted by
        Ann")."""
        if verb.tag_ != "VBN" or not self.adjective(verb.lower_):
            return False
        aux = self.children(verb, "auxpass")
        return (len(aux) == 1 and aux[0].lower_ in ("is", "are", "am", "'s", "'re")  # "was used" is an event
                and all(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "punct", "neg", "mark", "advcl", "cc", "conj")
                        or (c.dep_ == "advmod" and c.lower_ in ("then", "also", "too"))
                        for c in verb.children))

    def _temporal_order(self, verb, clause):  # type: ignore[no-untyped-def]
        """For a "before"/"after" clause with a subject ("before Jones left", "after Smith did")
        on ``verb``, where both events are bounded (see ``_bounded``): (builder, verb token)
        whose event the clause speaks of (the antecedent's, for an elided verb phrase); else
        None."""
        marks = [m.lower_ for m in self.children(clause, "mark")]
        if marks not in (["before"], ["after"]) or not self.children(clause, "nsubj") or clause.pos_ not in ("VERB", "AUX"):
            return None
        target = self._antecedent(clause) if self._elliptical(clause) else (self, clause)
        if target is None or not (self._bounded(verb) and target[0]._bounded(target[1])):
            return None
        return target

    def _bounded(self, verb) -> bool:  # type: ignore[no-untyped-def]
        """Whether ``verb`` names an event without duration or with a built-in end: an
        achievement ("leave"), or an action with an object or a goal ("revise the contract",
        "swim to the shore"); not a state, a progressive, or a bare activity ("swim")."""
        if verb.pos_ != "VERB" or verb.lemma_ == "be" or any(
                a.lemma_ == "be" for a in self.children(verb, "aux")) or _negations(verb):
            return False
        return (verb.lemma_.lower() in ACHIEVEMENT_VERBS or bool(self.children(verb, "dobj"))
                or any(p.lower_ in ("to", "into", "onto") for p in self.children(verb, "prep")))

    def _add_hook(self, i: int, extra: Callable[[Var], Formula]) -> None:
        """Have the event of the verb at token ``i``, when it is read, also say ``extra(e)``."""
        old = self._event_hook.get(i)
        self._event_hook[i] = extra if old is None else (lambda e: conj(old(e), extra(e)))

    def _accompanying(self, clause) -> bool:  # type: ignore[no-untyped-def]
        """An adverbial clause that is simply asserted alongside: "while/as/when ..." or a bare
        participle ("... looking at a flower"). Others (because, after, although, ...) are not
        read."""
        marks = [m.lower_ for m in self.children(clause, "mark")]
        if marks:
            return marks in (["while"], ["as"], ["when"], ["whilst"]) and clause.pos_ in ("VERB", "AUX")
        return clause.tag_ in ("VBG", "VBN") and not self.children(clause, "nsubj", "nsubjpass", "aux")

    def _plain_possession(self, verb) -> bool:  # type: ignore[no-untyped-def]
        """ "X has/had a Y" with nothing else on the verb (no place, time, or complement)."""
        allowed = {"nsubj", "dobj", "aux", "neg", "punct", "cc", "conj"}
        if any(c.dep_ not in allowed and not (c.dep_ == "advmod" and self._idle_adverb(verb, c)) for c in verb.children):
            return False
        objs = self.children(verb, "dobj")
        return len(objs) == 1 and objs[0].pos_ in ("NOUN", "PROPN", "PRON")

    def _transparent_complement(self, verb, lemma: str, comps: list, subj: Term, prefix: str) -> Formula | None:  # type: ignore[no-untyped-def]
        """Two-way implicatives: "managed to win" is "won", "failed to win" is "did not win"."""
        if lemma not in IMPLICATIVES or prefix or len(comps) != 1:
            return None
        comp = comps[0]
        if comp.dep_ != "xcomp" or not any(a.lower_ == "to" for a in self.children(comp, "aux")):
            return None
        if self.children(comp, "nsubj", "nsubjpass") or self.children(verb, "dobj", "prep", "advmod", "npadvmod"):
            return None
        self.use(verb)
        body = self.vp(comp, subj)
        return body if IMPLICATIVES[lemma] else Not(body, self.span(verb))

    def _that_clause(self, comp) -> bool:  # type: ignore[no-untyped-def]
        """A finite declarative complement ("that S" or bare "S"), not a wh-question."""
        if any(t.tag_ in ("WRB", "WP", "WDT", "WP$") or t.lower_ in ("whether", "if") for t in comp.subtree):
            return False
        marks = [m.lower_ for m in self.children(comp, "mark")]
        return (comp.dep_ == "ccomp" and marks in ([], ["that"]) and bool(self.children(comp, "nsubj", "nsubjpass"))
                and not self._bare_clause(comp))

    def _bare_clause(self, comp) -> bool:  # type: ignore[no-untyped-def]
        """ "Jones sign the contract" / "Jones signing the contract" after a perception verb."""
        return (comp.tag_ in ("VB", "VBG") and not self.children(comp, "mark", "aux")
                and bool(self.children(comp, "nsubj")))

    def _perceive(self, verb, e: Var, parts: list, outer: list) -> Formula:  # type: ignore[no-untyped-def]
        """The perceived clause holds; its event is the theme of the perceiving event ``e``."""
        comp = self.children(verb, "xcomp", "ccomp")[0]

        def perceiving(e2: Var) -> Formula:
            body: Formula = Exists(e, conj(*parts, Atom("theme", (e, e2))))
            for wrap in reversed(outer):
                body = wrap(body)
            return body

        targets = [comp] + [c for c in self.children(comp, "conj") if c.pos_ in ("VERB", "AUX")]
        for t in targets:
            self._event_hook[t.i] = perceiving
        f = self.clause(comp)
        missed = [t for t in targets if t.i in self._event_hook]
        for t in missed:
            del self._event_hook[t.i]
        if missed:
            return Unsupported(f"complement of {verb.text!r} not read as an event", self.subtree_span(comp))
        return f

    def _event_pp(self, prep, e: Var, parts: list, outer: list, holder: Term | None = None) -> None:  # type: ignore[no-untyped-def]
        """A prepositional phrase modifying the event. A number with a unit inside it is a measure
        ("in two hours" is a duration, not a count of hours): one opaque modifier; with any other
        noun it counts ("with three dogs": at least three dogs). ``holder``: who is where the
        event is (see ``_located_agent``), said to be there too."""
        rel, pobj = self._preposition(prep)
        assert pobj is not None
        span = self._duration(rel, pobj)
        if self._since_year(prep) is not None and prep.i == prep.sent.start:
            # "Since 1992 ITEL has made a loss": fronted, it says how long the situation has
            # lasted (every year since); after the verb ("has developed an editor since 1992")
            # it may only date one event, and stays the plain preposition
            parts.append(self._since(prep, e))
        elif (years := self._year_span(prep)) is not None:
            # "from 1988 to 1992": when it began and when it ended (see ``logic.temporal``)
            start, end, until = years
            self.use(prep, until)
            parts.append(self.np(start, lambda y: Atom("t:from", (e, y), self.span(prep)), role="object"))
            parts.append(self.np(end, lambda y: Atom("t:until", (e, y), self.span(until)), role="object"))
        elif span is not None:
            # "for two years", "for an hour": how long it lasted (see ``logic.temporal``)
            self.use_subtree(prep)
            parts.append(Atom(f"r:for[{span}]", (e,), self.subtree_span(prep)))
        elif rel == "without":
            parts.append(self._without(prep, pobj, e))
        elif (mix := self._in_colour_mix(prep, e)) is not None:
            parts.append(mix)
        elif any(n.dep_ == "nummod" for n in pobj.children) and (
                self.measure(pobj.lemma_.lower()) or not self.known_noun(pobj.lemma_.lower())):
            words = " ".join(t.lemma_.lower() for t in pobj.subtree)
            self.use_subtree(prep)
            parts.append(Atom(f"r:{rel}[{_norm(words)}]", (e,), self.subtree_span(prep)))
        else:
            # ("at" places only with a verb of posture: "sitting at a table", not "looking at")
            placed = rel in LOCATIVE_PREPOSITIONS or (rel == "at" and prep.head.lemma_.lower() in POSTURE_VERBS)
            self._object(pobj, e, f"p:{rel}", parts, outer, prep=prep, holder=holder if placed else None)

    def _in_colour_mix(self, prep, t: Term) -> Formula | None:  # type: ignore[no-untyped-def]
        """"(dressed) in black and white", "in purple, white and black": ``p:in`` with one thing
        of that mix of colours, as "a black and white dog" is one colouring; None unless "in"
        takes two or more bare colours."""
        colours = self._in_colours(prep)
        if len(colours) < 2:
            return None
        self.use_subtree(prep)
        y = self.fresh()
        return Exists(y, conj(Atom("n:" + _mix(colours), (y,), self.subtree_span(prep)),
                              Atom("p:in", (t, y), self.span(prep))))

    def _since_year(self, prep):  # type: ignore[no-untyped-def]
        """The year of "since 1992" (a bare four-digit number), else None."""
        pobj = self.children(prep, "pobj")
        if prep.lower_ != "since" or len(pobj) != 1 or list(pobj[0].children) or not _YEAR.match(pobj[0].text):
            return None
        return pobj[0]

    def _year_span(self, prep):  # type: ignore[no-untyped-def]
        """(first year, last year, the "to" word) of "from 1988 to 1992" ("to", "until", "till",
        hung on "from", on its year or on the verb), else None."""
        if prep.lower_ != "from":
            return None
        pobj = self.children(prep, "pobj")
        if len(pobj) != 1 or not _YEAR.match(pobj[0].text):
            return None
        ends = [c for h in (prep, pobj[0], prep.head) for c in self.children(h, "prep")
                if c.lower_ in ("to", "until", "till") and c.i > pobj[0].i]
        if len(ends) != 1 or [k.dep_ for k in ends[0].children] != ["pobj"]:
            return None
        end = self.children(ends[0], "pobj")[0]
        if list(end.children) or list(pobj[0].children) or not _YEAR.match(end.text):
            return None
        if pobj[0].i in self._consumed or ends[0].i in self._consumed:
            return None
        self._consumed.add(ends[0].i)  # read here, not as a phrase of the verb of its own
        return pobj[0], end, ends[0]

    def _since(self, prep, x: Term) -> Formula:  # type: ignore[no-untyped-def]
        """``t:since(x, y)`` with y the year: the situation ``x`` has held from then until now
        (see ``logic.temporal``)."""
        self.use(prep)
        return self.np(self._since_year(prep), lambda y: Atom("t:since", (x, y), self.span(prep)), role="object")

    def _duration(self, rel: str, pobj) -> str | None:  # type: ignore[no-untyped-def]
        """"for two years" -> "2_year", "for an hour" -> "1_hour": a "for" phrase whose object
        is a number (or "a"/"an") and a unit, and nothing else; else None."""
        if rel != "for" or not self.measure(pobj.lemma_.lower()):
            return None
        return self._amount(pobj, article=True)

    def _amount(self, noun, article: bool):  # type: ignore[no-untyped-def]
        """"500 MIPS" -> "500_mip", "two years" -> "2_year" (and, with ``article``, "an hour" ->
        "1_hour"): a noun whose one dependent is a number, named as a measure; else None."""
        kids = list(noun.children)
        if len(kids) != 1 or noun.tag_ not in ("NN", "NNS", "NNPS"):
            return None
        k = kids[0]
        if k.dep_ == "nummod":
            n = _number_value(k.lower_)
        elif article and k.dep_ == "det" and k.lower_ in ("a", "an") and noun.tag_ == "NN":
            n = 1
        else:
            return None
        return None if n is None else f"{n}_{_norm(noun.lemma_.lower())}"

    def _noun_pp(self, noun, prep, x: Term) -> Formula:  # type: ignore[no-untyped-def]
        """A PP said of ``x`` (the noun ``noun``, or None): "a man in a black shirt" and "the
        man is in a black shirt" say that he is wearing one."""
        # A bare colour first: "in blue" is clothes that are blue, whether spaCy tags "blue" a noun
        # (which WordNet also lists as blue clothing) or an adjective, so both read alike.
        colour = self._dressed_in_colour(noun, prep) if noun is not None else None
        worn = self._worn(noun, prep) if noun is not None and colour is None else None
        if colour is not None:
            # "a girl in white": she is wearing clothes of that colour
            self.use_subtree(prep)
            e, y = self.fresh("e"), self.fresh()
            return Exists(y, conj(
                Atom("n:clothing", (y,), self.span(prep)),
                # "in black and white" as "a black and white dog": one predicate for the mix
                Atom("a:" + _mix(colour), (y,), self.subtree_span(prep)),
                Exists(e, conj(Atom("v:wear", (e,), self.span(prep)), Atom("agent", (e, x)), Atom("theme", (e, y))))))
        if worn is None:
            return self.pp(prep, x)
        self.use(prep)
        e = self.fresh("e")
        return self.np(worn, lambda y: Exists(e, conj(
            Atom("v:wear", (e,), self.span(prep)), Atom("agent", (e, x)), Atom("theme", (e, y)))), role="object")

    def _dressed_in(self, verb):  # type: ignore[no-untyped-def]
        """(the "in" phrase, the noun it is said of) for "dressed/clad in N" with nothing else
        on the participle (no agent, adverb or second phrase), said of a person or an animal
        (the participle's noun, or the passive's subject); else None."""
        if verb.tag_ != "VBN" or verb.lower_ not in ("dressed", "clad", "attired"):
            return None
        # (a clause's coordinated verb phrase is read on its own: "is dressed in red and is
        # smiling"; a participle's is read with it, as an event: "dressed in black and riding")
        free = ("punct", "auxpass", "nsubjpass") + (("cc", "conj") if verb.dep_ != "acl" else ())
        kids = [k for k in verb.children if k.dep_ not in free]
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if (not kids and verb.dep_ == "acl" and nxt is not None and nxt.lower_ == "in" and nxt.dep_ == "prep"
                and nxt.head.i == verb.head.i):
            # spaCy hung "in black" on the noun: "a skier dressed | in black"
            kids = [nxt]
        if len(kids) != 1 or kids[0].dep_ != "prep" or kids[0].lower_ != "in" or not self.children(kids[0], "pobj"):
            return None
        noun = verb.head if verb.dep_ == "acl" else (self.children(verb, "nsubjpass") or [None])[0]
        if noun is not None and noun.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
            noun = verb.head  # "a woman who is dressed in red"
        if noun is None or noun.pos_ != "NOUN" or not self._wears(noun):
            return None
        # only what is worn: a colour ("in black") or clothing ("in a suit"); "dressed in the
        # hall" is where someone got dressed
        if self._dressed_in_colour(noun, kids[0]) is None and self._worn(noun, kids[0]) is None:
            return None
        return kids[0], noun

    def _subject_noun(self, verb):  # type: ignore[no-untyped-def]
        """The common noun heading the subject of ``verb`` (the noun a relative pronoun
        stands for), or None."""
        subjects = self.children(verb, "nsubj")
        if len(subjects) != 1:
            return None
        noun = subjects[0]
        if noun.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
            noun = verb.head
        return noun if noun.pos_ == "NOUN" else None

    def _worn(self, noun, prep):  # type: ignore[no-untyped-def]
        """The object of "in" after a person or animal noun when WordNet calls it clothing,
        footwear or handwear ("a man in a black jersey", "a child in boots"), else None."""
        pobj = self.children(prep, "pobj")

        def common(t) -> bool:  # type: ignore[no-untyped-def]
            return t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_lower)  # "a black jersey" tagged a name

        if prep.lower_ != "in" or len(pobj) != 1 or not common(pobj[0]) or not self._wears(noun):
            return None
        # "in a red hat and beige shoes": each of them worn
        items = [pobj[0], *[c for c in pobj[0].subtree if c.dep_ == "conj" and c.head.i in (pobj[0].i,)]]
        return pobj[0] if all(common(t) and self.clothing(t.lemma_.lower()) for t in items) else None

    def _wears(self, noun) -> bool:  # type: ignore[no-untyped-def]
        """Whether ``noun`` names a person or an animal (who can be "in" clothes)."""
        who = "person" if noun.lower_ == "people" else noun.lemma_.lower()
        return noun.pos_ == "NOUN" and (self.animate(who) or self.person(who))

    def _person_word(self, tok, x: Var, kind: str | None, skip: set) -> Formula:  # type: ignore[no-untyped-def]
        """The restrictor of "everyone", "something", "no one" (``kind`` for the latter):
        a person or a thing, with the word's own modifiers ("everyone in the room")."""
        kind = kind or PERSON_WORDS[tok.lower_][1]
        return conj(Atom(f"n:{kind}", (x,), self.span(tok)), *self._noun_modifiers(tok, x, skip=skip))

    def _contained_ellipsis(self, tok):  # type: ignore[no-untyped-def]
        """For a universal object whose relative clause is only a name and an elided "did"
        ("everyone that John did", "every book Mary did"): (the clause's verb, the name), else
        None."""
        q = self.quantifier(tok)
        if q is None or q.name not in ("every", "all", "each"):
            return None
        rels = self.children(tok, "relcl")
        if len(rels) != 1 or rels[0].lemma_ != "do":
            return None
        rel = rels[0]
        subj = self.children(rel, "nsubj")
        rest = [c for c in rel.children if c.dep_ not in ("nsubj", "punct")]
        if len(subj) != 1 or any(c.dep_ not in ("dobj", "advmod") or (c.dep_ == "dobj" and c.lower_ not in REL_PRONOUNS)
                                 or (c.dep_ == "advmod" and c.lower_ != "too") for c in rest):
            return None
        name = self.name_of(subj[0])
        if name is None:
            return None
        self.use(rel, *rest, *[self.sent.doc[i] for i in q.tokens])
        return rel, name

    def _in_colours(self, prep) -> list:  # type: ignore[no-untyped-def]
        """The colour words of "in white", "in black and red": "in" with a bare colour (only
        colour words and "and"), else an empty list ("in a white room", "in white paint")."""
        pobj = self.children(prep, "pobj")
        if prep.lower_ != "in" or len(pobj) != 1:
            return []
        words = list(pobj[0].subtree)
        colours = [t for t in words if t.lower_ in COLOURS]
        if pobj[0] not in colours or not all(t.lower_ in COLOURS or t.lower_ in ("and", ",") for t in words):
            return []
        return colours

    def _colored_in(self, c) -> list:  # type: ignore[no-untyped-def]
        """The colour words of a participle "colored in blue", "coloured in red and white",
        "painted beige" after a noun, else an empty list."""
        kids = list(c.children)
        if c.dep_ != "acl" or c.lower_ not in COLORED or len(kids) != 1:
            return []
        if kids[0].lower_ in COLOURS and not list(kids[0].children):
            return kids  # "a room painted beige", "a shirt dyed purple"
        return self._in_colours(kids[0])

    def _dressed_in_colour(self, noun, prep):  # type: ignore[no-untyped-def]
        """The colour words of "in white", "in black and red" after a person or animal noun (the
        colour names what they wear), else None. Only a bare colour: "in a white room" is a
        place, "in white paint" is covered in it."""
        if not self._wears(noun):
            return None
        return self._in_colours(prep) or None

    def _beside_subject(self, pron) -> bool:  # type: ignore[no-untyped-def]
        """Whether ``pron`` is the object of a preposition that places the subject of its verb
        relative to something else (``IRREFLEXIVE_PLACES``, on a verb whose subject is where the
        event is: "standing behind her"), so that it cannot be that subject."""
        prep = pron.head
        if pron.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in IRREFLEXIVE_PLACES:
            return False
        verb = prep.head
        if verb.pos_ != "VERB":
            return False
        passive = bool(self.children(verb, "nsubjpass", "auxpass"))
        return self._located_agent(verb, verb.lemma_.lower(), passive)

    def _located_agent(self, verb, lemma: str, passive: bool, light=None) -> bool:  # type: ignore[no-untyped-def]
        """Whether the subject is where the event is: "a man standing on a boat" is on the boat,
        "a dog running in the grass" is in the grass. Said of posture verbs and of WordNet's
        motion verbs, used without an object (``light``, the noun of "take a walk", is none):
        "cutting an onion on a board" puts the onion there, not the cook, and "talking on the
        phone" is not a place."""
        if passive or [c for c in self.children(verb, "dobj", "dative", "xcomp", "ccomp") if light is None or c.i != light.i]:
            return False
        return lemma in POSTURE_VERBS or self.motion(lemma)

    def _indefinite_object(self, verb):  # type: ignore[no-untyped-def]
        """The verb's object when it is its only one and a singular "a/an N", else None."""
        objs = self.children(verb, "dobj")
        if len(objs) != 1 or objs[0].tag_ != "NN" or [d.lower_ for d in self.children(objs[0], "det")] not in (["a"], ["an"]):
            return None
        return objs[0]

    def _unfinished_accomplishment(self, verb) -> bool:  # type: ignore[no-untyped-def]
        """An accomplishment ("write a report": a verb with one singular indefinite object)
        measured by a duration with "for" ("for two hours"): like the progressive, it says the
        writing went on, not that a report got written."""
        obj = self._indefinite_object(verb)
        if obj is None:
            return False
        # (spaCy may hang "for two hours" on the object; the event takes it either way)
        for c in self.children(verb, "prep") + self.children(obj, "prep"):
            pobj = self.children(c, "pobj")
            if c.lower_ == "for" and pobj and self.measure(pobj[0].lemma_.lower()):
                return True
        return False

    def _light_object(self, verb, lemma: str):  # type: ignore[no-untyped-def]
        """The object of a light verb that carries the event ("make a jump", "take a walk", "do
        a flip", "do a joyful dance"), else None: a singular noun with "a"/"an", plain adjectives
        and prepositional phrases only, that WordNet says names the act of the verb of the same
        form."""
        if lemma not in LIGHT_VERBS or self.children(verb, "xcomp", "ccomp", "dative", "iobj", "nsubjpass", "auxpass"):
            return None
        d = self._indefinite_object(verb)
        if d is None:
            return None
        for m in d.children:
            if m.dep_ == "det":
                continue
            if m.dep_ == "amod" and m.pos_ == "ADJ" and not list(m.children):
                continue
            if m.dep_ == "prep" and len(self.children(m, "pobj")) == 1 and len(list(m.children)) == 1:
                continue
            return None
        # "have a gun" is owning one: with "have", whose first reading is possession, the act
        # must be the noun's first sense ("have a swim", "have a look")
        return d if self.event_noun(d.lemma_.lower(), 1 if lemma == "have" else None) else None

    def _quantified_pp(self, prep) -> bool:  # type: ignore[no-untyped-def]
        """Whether a prepositional phrase's object has a quantifier other than an existential
        or a definite ("at no time", "in every room", "on few days")."""
        pobj = self.children(prep, "pobj")
        q = self.quantifier(pobj[0]) if pobj else None
        return q is not None and q.name not in ("some", "the")

    def _gerund_adjunct(self, prep):  # type: ignore[no-untyped-def]
        """The gerund of "after/while/when/upon/by/without V-ing" with no subject of its own,
        else None. ("before V-ing" is left out: the later event need not happen.)"""
        if prep.lower_ not in GERUND_PREPOSITIONS or self.children(prep, "pobj"):
            return None
        comp = self.children(prep, "pcomp")
        if (len(comp) == 1 and comp[0].tag_ == "VBG" and not self.children(comp[0], "nsubj", "nsubjpass", "aux")
                and len(list(prep.children)) == 1):
            return comp[0]
        return None

    def _preposition(self, prep):  # type: ignore[no-untyped-def]
        """(relation name, object) of a prepositional phrase; "out of the cage" and "up to the
        hill" are one two-word preposition. The object is None when there is none."""
        pobj = self.children(prep, "pobj")
        if pobj:
            top = pobj[0]
            if prep.lower_ == "on" and top.lower_ == "top":
                of = self.children(top, "prep")
                if len(of) == 1 and of[0].lower_ == "of" and len(list(top.children)) == 1 and self.children(of[0], "pobj"):
                    # "on top of the box" (no article: "on the top of the box" is on its top part)
                    self.use(top, of[0])
                    return "atop", self.children(of[0], "pobj")[0]
            return prep.lower_, top
        inner = self.children(prep, "prep")
        if len(inner) == 1 and len(list(prep.children)) == 1 and self.children(inner[0], "pobj"):
            self.use(inner[0])
            name = f"{prep.lower_}_{inner[0].lower_}"
            return SAME_PREPOSITION.get(name, name), self.children(inner[0], "pobj")[0]
        other = self.children(prep, "conj")
        cc = self.children(prep, "cc")
        if (len(other) == 1 and len(cc) == 1 and cc[0].lower_ == "and" and other[0].pos_ == "ADP"
                and len(list(prep.children)) == 2):
            # "in and out of the waves", "up and down the street": one path of two parts, one
            # relation (not "in" and "out of" the waves at once)
            name, pobj = self._preposition(other[0])
            if pobj is not None:
                self.use(cc[0], other[0])
                return f"{prep.lower_}_and_{name}", pobj
        return prep.lower_, None

    def _object(self, tok, e: Var, role: str, parts: list, outer: list, prep=None,  # type: ignore[no-untyped-def]
                holder: Term | None = None) -> None:
        """Attach a noun-phrase argument of the event: existential ones inside, others outside.
        ``holder``: also in relation ``role`` to the object (the subject of "standing on it")."""
        if prep is not None:
            self.use(prep)
        contained = self._contained_ellipsis(tok) if holder is None else None
        if contained is not None:
            # "Bill spoke to everyone that John did": the elided verb phrase is the one this
            # object is in (antecedent-contained deletion): every x such that John spoke to x
            rel, other = contained
            obj_var = self.fresh("y")
            parts.append(Atom(role, (e, obj_var)))

            def every(body: Formula, tok=tok, obj_var=obj_var, e=e, rel=rel, other=other) -> Formula:
                subj = next((a.args[1] for a in atoms(body) if a.pred == "agent" and a.args[0] == e), None)
                if subj is None or subj == other:
                    return Unsupported("elided verb phrase without a subject to replace", self.span(rel))
                x = self.fresh("x")
                theirs = substitute(substitute(body, obj_var, x), subj, other)
                if tok.lower_ in PERSON_WORDS:
                    restr: Formula = self._person_word(tok, x, None, skip={rel.i})
                else:
                    restr = self.restrictor(tok, x, skip={rel.i} | self.quantifier(tok).tokens)
                return ForAll(x, Implies(conj(restr, theirs), substitute(body, obj_var, x)))

            outer.append(every)
            return
        more = self._more_than(tok) if prep is None and holder is None and role == "theme" else None
        if more is not None:
            # "ITEL won more orders than APCOM (did / lost)": more(λx. order x ITEL won,
            # λx. order x APCOM won/lost), over the whole event (see ``logic.schemas``)
            other, other_verb, used, by, kind = more
            obj_var = self.fresh("y")
            parts.append(Atom(role, (e, obj_var)))

            def compare(body: Formula, tok=tok, obj_var=obj_var, e=e) -> Formula:

                subj = next((a.args[1] for a in atoms(body) if a.pred in ("agent", "theme") and a.args[0] == e
                             and a.args[1] != obj_var), None)
                if subj is None:
                    return Unsupported("'more ... than' without a subject to compare", self.span(tok))
                x = self.fresh("x")
                theirs = substitute(substitute(body, obj_var, x), subj, other)
                if other_verb is not None:
                    theirs = _replace_event_predicate(theirs, e, f"v:{other_verb}")
                return GQ(kind, by, x, conj(self.restrictor(tok, x, skip=used), substitute(body, obj_var, x)),
                          conj(self.restrictor(tok, x, skip=used), theirs), self.subtree_span(tok))

            outer.append(compare)
            return
        q = self.quantifier(tok)
        inside = q is None or q.name in ("some", "the") or self.q.get(q.name, None) is None
        for c in self.children(tok, "prep"):
            if c.lower_ != "of" and self.children(c, "pobj") and prep is None:
                self._consumed.add(c.i)
                if (c.lower_ == "to" and role == "theme" and tok.dep_ == "dobj"
                        and tok.head.lemma_.lower() in GIVING_VERBS):
                    # "delivered a report to ITEL" with "to ITEL" hung on the report: the
                    # recipient, as when spaCy hangs it on the verb
                    self.use(c)
                    self._object(self.children(c, "pobj")[0], e, "recipient", parts, outer)
                elif (c.lower_ == "by" and tok.dep_ == "dobj" and self.children(tok.head, "auxpass")
                      and not self.children(tok.head, "agent") and self._animate_object(c)):
                    # "a woman is given a flower by a man", "by a man" hung on the flower: the
                    # passive's agent
                    self.use(c)
                    self._object(self.children(c, "pobj")[0], e, "agent", parts, outer)
                else:
                    self._event_pp(c, e, parts, outer)

        # a preposition is a word of the sentence: its relation points at it (for the trace)
        where = self.span(prep) if prep is not None and role.startswith("p:") else None

        def link(t: Term) -> Formula:
            return (Atom(role, (e, t), where) if holder is None
                    else conj(Atom(role, (e, t), where), Atom(role, (holder, t), where)))

        if inside:
            parts.append(self.np(tok, link, role="object"))
        else:
            # Close over e later: the wrapper receives the event formula and places the NP
            # quantifier above it, binding the object variable inside.
            obj_var = self.fresh("y")
            parts.append(link(obj_var))

            def wrap(body: Formula, tok=tok, obj_var=obj_var) -> Formula:

                return self.np(tok, lambda t: substitute(body, obj_var, t), role="object")

            outer.append(wrap)

    def _animate_object(self, prep) -> bool:  # type: ignore[no-untyped-def]
        """Whether the object of ``prep`` is a name or a person or an animal noun."""
        pobj = self.children(prep, "pobj")
        return len(pobj) == 1 and (pobj[0].pos_ == "PROPN" or self.animate(pobj[0].lemma_.lower()))

    def _more_than(self, noun):  # type: ignore[no-untyped-def]
        """For an object "more N than X", "more N than X did", "more N than X lost" (X a name),
        or "3000 more N than X": (X, the other verb's lemma or None for the same verb, the
        tokens read here, by how many more or None for "more" alone); else None."""
        if noun.tag_ not in ("NNS", "NNPS"):
            return None
        times = self._times_as_many(noun)
        if times is not None:
            return times
        more = [c for c in noun.children if c.dep_ == "amod" and c.lower_ == "more" and not list(c.children)]
        if len(more) != 1:
            return None
        counts = [c for c in noun.children if c.dep_ == "nummod" and c.i < more[0].i]
        by = _number_value(counts[0].lower_) if len(counts) == 1 and not list(counts[0].children) else None
        if counts and by is None:
            return None
        found = self._more_than_other(noun, more)
        if found is None:
            return None
        other, other_verb, used = found
        if counts:
            self.use(counts[0])
            used = used | {counts[0].i}
        return other, other_verb, used, by, "more"

    def _times_as_many(self, noun):  # type: ignore[no-untyped-def]
        """"twice as many N as X (did)" (or "than X", as FraCaS writes it): (X, the other verb or
        None, the tokens read, 2, "times"); else None."""
        many = [c for c in noun.children if c.dep_ == "amod" and c.lower_ == "many"]
        if len(many) != 1 or sorted(k.lower_ for k in many[0].children) != ["as", "twice"]:
            return None
        if any(k.dep_ != "advmod" or list(k.children) for k in many[0].children):
            return None
        found = self._more_than_other(noun, many, ("as", "than"))
        if found is None:
            return None
        other, other_verb, used = found
        self.use(*many[0].children)
        return other, other_verb, used | {k.i for k in many[0].children}, 2, "times"

    def _more_than_other(self, noun, more, words=("than",)):  # type: ignore[no-untyped-def]
        """(X, the other verb or None, the tokens read) of "more N than X (did / lost)" (the
        comparison word one of ``words``)."""
        for c in self.children(noun, "prep"):
            pobj = self.children(c, "pobj")
            if c.lower_ in words and len(pobj) == 1 and pobj[0].pos_ == "PROPN" and not list(pobj[0].children):
                other = self.name_of(pobj[0])
                if other is not None:
                    self.use(more[0], c)
                    return other, None, {more[0].i, c.i}
        for c in self.children(noun, "advcl"):
            marks, subj = self.children(c, "mark"), self.children(c, "nsubj")
            rest = [d for d in c.children if d.dep_ not in ("mark", "nsubj", "punct")]
            if (len(marks) == 1 and marks[0].lower_ in words and len(subj) == 1 and subj[0].pos_ == "PROPN"
                    and not rest and c.pos_ in ("VERB", "AUX")):
                other = self.name_of(subj[0])
                if other is not None:
                    self.use(more[0], c, *marks)
                    return other, (None if c.lemma_ == "do" else c.lemma_.lower()), {more[0].i, c.i}
        return None

    def copula(self, verb, subj: Term) -> Formula:  # type: ignore[no-untyped-def]
        self.use(verb)
        prefix = self._modal_prefix(verb)
        if prefix:
            # "A mistake would be costly": the modal is part of each predicate said of the
            # subject ("a:would~costly"), as "can travel" is "v:can~travel": only the same modal
            # statement matches, and "would be costly" does not give "is costly"
            return _modalized(self._copula_parts(verb, subj), subj, prefix)
        return self._copula_parts(verb, subj)

    def _copula_parts(self, verb, subj: Term) -> Formula:  # type: ignore[no-untyped-def]
        parts: list[Formula] = []
        if verb.lemma_ != "be":
            # spaCy sometimes roots the clause at the predicate adjective/noun.
            return self.predicate_word(verb, subj)
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "neg", "aux", "auxpass", "punct", "cc", "conj", "expl", "mark"):
                continue
            if c.dep_ in ("attr", "acomp") and (lacking := self._lacks(c, subj)) is not None:
                parts.append(lacking)  # "the man is shirtless": he has no shirt
            elif c.dep_ in ("attr", "acomp", "oprd"):
                parts.append(self.predicate_word(c, subj, cls=self._comparison_class(verb)))
            elif c.dep_ == "prep" and self._quantified_pp(c):
                # "We were friends at no time": the quantifier scopes over the whole clause, which
                # a copula's PP (said of the subject) cannot express
                parts.append(Unsupported(f"quantified phrase {c.text!r} ... on a copula", self.subtree_span(c)))
            elif c.dep_ == "prep" and self._since_year(c) is not None:
                # "ITEL has been in Birmingham since 1992": a state, so it held all along
                parts.append(self._since(c, subj))
            elif c.dep_ == "prep":
                parts.append(self._noun_pp(self._subject_noun(verb), c, subj))
            elif c.dep_ == "advmod" and c.lower_ in ("also", "too", "still", "now", "then"):
                self.use(c)  # tense and aspect are dropped
            elif c.dep_ == "advmod" and c.lower_ in LOCATIVE_ADVERBS and all(
                    k.dep_ == "prep" and self.children(k, "pobj") for k in c.children):
                # "The children are outside": where the subject is, said of the subject; a phrase
                # hung on the adverb ("outside in the park") is said of the subject too.
                self.use(c)
                parts.append(Atom(f"r:{c.lower_}", (subj,), self.span(c)))
                parts.extend(self._noun_pp(self._subject_noun(verb), k, subj) for k in c.children)
            elif c.dep_ == "advcl" and any(m.lower_ == "if" for m in self.children(c, "mark")):
                continue
            elif c.dep_ == "advmod" and self._comment_adverb(c):
                parts.append(self._comment(c))
            elif (c.dep_ == "advcl" and c.i > verb.i and self._accompanying(c) and not self.children(c, "mark")
                  and not self.children(verb, "neg")):
                # "Two people are in the snow, wearing coats": what the subject does meanwhile
                # (not under a negation, whose scope over it is unclear)
                parts.append(self.vp(c, subj))
            else:
                parts.append(Unsupported(f"dependency {c.dep_!r} on copula", self.span(c)))
        if not parts:
            return Unsupported("copula without a predicate", self.span(verb))
        return conj(*parts)

    def _comparison_class(self, verb):  # type: ignore[no-untyped-def]
        """The common noun a copula's subject is, when there is one and only one: "the girl is
        little", "a guinea pig, which is small" (the relative pronoun stands for its noun).
        None for names, pronouns and coordinated subjects."""
        noun = self._subject_noun(verb)
        if noun is None or noun.tag_ not in ("NN", "NNS") or self.children(noun, "conj"):
            return None
        if any(ch.isdigit() for ch in noun.text) or noun.text[1:] != noun.text[1:].lower():
            return None  # "the PC-6082": a model's name tagged as a noun names no class
        if noun.lemma_.lower() in GENERIC_NOUNS:
            return None  # "people who are drab": the default standard, the one names get
        return noun

    def _predicative(self, adj, cls, modifier: bool = False) -> str:  # type: ignore[no-untyped-def]
        """The predicate name of an adjective after "is": relative to the subject's noun ``cls``
        when it is dimensional and its scale is not compared in the problem, else absolute."""
        word = _adj_word(adj)
        if cls is not None and self.dimensional(word) and word not in self.discourse.compared:
            return self._attributive(adj, cls, modifier=modifier)
        return word

    def _compound_adjective(self, adj) -> str | None:  # type: ignore[no-untyped-def]
        """ "dark_skinned" for "dark skinned", "snow_covered", "long_sleeved": an "-ed" adjective
        or participle whose one modifier, a bare word right before it, makes one adjective with
        it (not a colour word's: "dark colored" says the colour, nor an intensifier's)."""
        kids = list(adj.children)
        if (not adj.lower_.endswith("ed") or adj.tag_ not in ("JJ", "VBN") or adj.lower_ in COLORED
                or len(kids) != 1):
            return None
        k = kids[0]
        if (k.i != adj.i - 1 or any(d.dep_ != "det" for d in k.children)  # (the noun's article, misattached)
                or k.dep_ not in ("advmod", "npadvmod", "amod", "compound") or k.pos_ not in ("ADJ", "NOUN", "ADV")
                or k.lower_ in INTENSIFIERS or k.lower_ in NOT_COMPOUNDING or k.i in self._floating
                or not k.is_alpha):
            return None
        return f"{k.lower_}_{adj.lower_}"

    def predicate_word(self, tok, subj: Term, cls=None) -> Formula:  # type: ignore[no-untyped-def]
        """The predicate of a copula: an adjective, a noun phrase, or a name (identity).

        A dimensional adjective (size, height, age, ...; see ``WordNet.is_dimensional``) with no
        complement of its own is relative to the subject's noun ``cls``, as it is in front of
        that noun: "the girl is little" says what "the little girl" says, and no more ("the mouse
        is small" does not make it a small animal). Other adjectives ("the guests were tired"),
        one with a complement ("resident in Europe"), one said of a name, and one on a scale the
        problem compares things on ("the oak is taller than the pine; the pine is tall": one
        standard for both) stay absolute."""
        comparative = self._comparative(tok, subj)
        if comparative is not None:
            return comparative
        if tok.pos_ in ("ADJ", "VERB") or tok.tag_ in ("JJ", "JJR", "JJS", "VBN", "VBG"):
            colours = _colour_list(tok) if tok.dep_ != "conj" else None
            if colours:
                # "the dog is black and white": one colouring, as in "the black and white dog"
                # (black all over and white all over at once is impossible)
                self.use(*tok.subtree)
                return Atom("a:" + _mix(colours), (subj,), self.subtree_span(tok))
            whole = self._compound_adjective(tok)
            if whole is not None:
                # "the male is dark skinned": one adjective, as in "the dark skinned male"
                self.use(tok, *tok.children)
                return Atom(f"a:{whole}", (subj,), self.subtree_span(tok))
            word = _adj_word(tok)
            if tok.tag_ not in ("JJR", "JJS") and not self.children(tok, "prep", "xcomp", "ccomp"):
                word = self._predicative(tok, cls)
            parts: list[Formula] = [Atom(f"a:{word}", (subj,), self.span(tok))]
            negated = None
            for c in tok.children:
                if c.i in self._floating:
                    continue
                if c.dep_ == "advmod" and c.lower_ in INTENSIFIERS:
                    parts.append(Atom(f"a:{c.lower_}_{tok.lemma_.lower()}", (subj,), self.span(c)))
                elif c.dep_ == "prep":
                    parts.append(self.pp(c, subj))
                elif c.dep_ == "amod" and c.i < tok.i and not list(c.children):
                    # "light colored": read as in front of a noun ("light colored clothing"),
                    # where both adjectives modify the noun
                    self.use(c)
                    parts.append(Atom(f"a:{self._predicative(c, cls, modifier=True)}", (subj,), self.span(c)))
                elif c.dep_ in ("punct", "cc", "conj", "preconj"):
                    continue  # coordination: read by _coordinate
                elif (c.dep_ == "neg" and tok.dep_ == "conj" and not self.children(tok, "conj") and negated is None
                      and not _negations(_first_conjunct(tok).head)):
                    # "both witty and not putrid": the "not" is this conjunct's own (not when the
                    # verb is negated too: "is not octagonal or not civil" is read with the verb's
                    # "not" over the whole coordination, which would be wrong)
                    self.use(c)
                    negated = c
                elif (c.dep_ == "neg" and tok.dep_ == "acomp" and tok.head.lemma_ == "be" and negated is None
                      and not self.children(tok, "conj") and not _negations(tok.head)):
                    # "The woman is not waterskiing" with the "not" hung on the adjective: the
                    # copula's negation, as in "is not happy"
                    self.use(c)
                    negated = c
                elif c.dep_ == "neg":
                    return Unsupported("negated adjective", self.span(c))
                else:
                    parts.append(Unsupported(f"dependency {c.dep_!r} on adjective", self.span(c)))
            f = conj(*parts) if negated is None else Not(conj(*parts), self.span(negated))
            conjs = self.children(tok, "conj")
            if conjs:
                f = self._coordinate(tok, [f, *[self.predicate_word(c, subj, cls) for c in conjs]])
            return f
        if tok.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            conjs = self.children(tok, "conj")
            if (conjs and tok.dep_ != "conj" and tok.tag_ == "NN"
                    and all(c.pos_ == "NOUN" and c.tag_ == "NN" for c in conjs)):
                # "He is a poet and (a) statesman", "John is a doctor or a lawyer": each noun
                # is said of the subject, joined as the words join them (singular only: "the
                # children are boys and girls" says each child is one or the other)
                self.use(*self.children(tok, "cc"))
                return self._coordinate(tok, [self._predicate_noun(tok, subj),
                                              *[self._predicate_noun(c, subj) for c in conjs]])
            return self._predicate_noun(tok, subj)
        return Unsupported(f"copula predicate of category {tok.pos_}", self.span(tok))

    def _predicate_noun(self, tok, subj: Term) -> Formula:  # type: ignore[no-untyped-def]
        """A noun phrase after a copula, said of ``subj`` (see ``predicate_word``)."""
        name = self.name_of(tok)
        if name is not None:
            return Eq(subj, name)
        q = self.quantifier(tok)
        if q is not None and q.tokens and q.tokens <= self._floating:
            return self.restrictor(tok, subj, skip=q.tokens)
        if q is not None and q.name not in ("some", "the"):
            # "X is one of the tenors", "X is every ..." : only the partitive some is a predicate.
            return Unsupported(f"quantified predicate noun ({q.name})", self.span(tok))
        restr = self.restrictor(tok, subj)
        if q is not None and q.name == "the" and tok.tag_ in ("NN", "NNP") and isinstance(subj, Const) \
                and not _has_unsupported(restr):
            # "Jones is the chairman of ITEL": Jones is the only one.

            y = self.fresh("x")
            return conj(restr, ForAll(y, Implies(substitute(restr, subj, y), Eq(y, subj))))
        return restr

    def _comparative(self, tok, subj: Term) -> Formula | None:  # type: ignore[no-untyped-def]
        """ "faster than Y" -> ``a:er~fast(subj, Y)``; "as fast as Y" -> ``a:eq~fast(subj, Y)``
        (their meaning: ``logic.degrees``). Other comparatives stay unsupported."""
        if tok.pos_ != "ADJ" and tok.tag_ not in ("JJ", "JJR"):
            return None
        preps = self.children(tok, "prep")
        than = [p for p in preps if p.lower_ == "than" and self.children(p, "pobj")]
        as_adv = [a for a in self.children(tok, "advmod") if a.lower_ == "as"]
        as_prep = [p for p in preps if p.lower_ == "as" and self.children(p, "pobj")]
        if tok.tag_ == "JJR" and len(than) == 1:
            rel, prep, extra = f"a:er~{_norm(tok.lemma_.lower())}", than[0], []
        elif tok.tag_ == "JJ" and len(as_adv) == 1 and len(as_prep) == 1:
            rel, prep, extra = f"a:eq~{_norm(tok.lemma_.lower())}", as_prep[0], as_adv
        else:
            return None
        others = [c for c in tok.children if c not in (prep, *extra) and c.dep_ not in ("punct",)]
        if others:
            return Unsupported(f"comparative with {others[0].text!r}", self.span(others[0]))
        self.use(tok, prep, *extra)
        pobj = self.children(prep, "pobj")[0]
        amount = self._amount(pobj, article=False)
        if amount is not None and (self.measure(pobj.lemma_.lower()) or not self.known_noun(pobj.lemma_.lower())):
            # "faster than 500 MIPS", "heavier than 20 kilograms": a measure (a unit, or a word
            # WordNet does not know), one point on the adjective's scale (the same words, the
            # same point), not a count of things ("taller than two men" is)
            self.use(pobj, *pobj.children)
            return Atom(rel, (subj, Const(amount)), self.span(tok))
        return self.np(pobj, lambda y: Atom(rel, (subj, y), self.span(tok)), role="object")

    def pp(self, prep, t: Term) -> Formula:  # type: ignore[no-untyped-def]
        name, pobj = self._preposition(prep)
        if pobj is None:
            absolute = self._with_absolute(prep, t)
            if absolute is not None:
                return absolute
            return Unsupported(f"preposition {prep.text!r} without object", self.span(prep))
        if name == "without":
            return self._without(prep, pobj, t)
        rel = f"p:{name}"
        mix = self._in_colour_mix(prep, t)
        if mix is not None:
            return mix
        f = self.np(pobj, lambda y: Atom(rel, (t, y), self.span(prep)), role="object")
        degree = [c for c in self.children(prep, "advmod", "npadvmod")
                  if c.i < prep.i and c.lower_ in PLACE_DEGREE and not list(c.children)]
        if degree:
            # "very near a barrel", "high above the trees": nearer or higher than "near" or
            # "above" alone says; a premise may leave the degree out (it then says less), a
            # hypothesis that says it stays unread
            self.use(*degree)
            return conj(f, *[Unsupported(f"degree {c.text!r} of the preposition {prep.text!r}", self.span(c),
                                         separable=True) for c in degree])
        return f

    def _with_absolute(self, prep, t: Term) -> Formula | None:  # type: ignore[no-untyped-def]
        """ "with his arms extended outward": "with" and a clause without a finite verb (spaCy:
        a "pcomp" participle with the noun as its subject). ``t`` is with the thing, which is in
        the state the rest of the phrase names, one predicate compared as a whole
        (``a:extended_outward``); else None."""
        comps = self.children(prep, "pcomp")
        if prep.lower_ != "with" or len(comps) != 1 or len(list(prep.children)) != 1:
            return None
        state = comps[0]
        subj = self.children(state, "nsubj")
        rest = [w for w in state.subtree if w.i not in {k.i for s in subj for k in s.subtree}]
        if (len(subj) != 1 or state.tag_ not in ("VBN", "VBD", "JJ") or subj[0].i > state.i
                or any(w.i != state.i and (w.dep_ not in ("advmod", "prt") or list(w.children)) for w in rest)):
            return None
        self.use(prep, *rest)
        words = _norm(" ".join(w.lower_ for w in rest))
        return self.np(subj[0], lambda y: conj(Atom("p:with", (t, y), self.span(prep)),
                                               Atom(f"a:{words}", (y,), self.span(state))), role="object")

    def _without(self, prep, pobj, t: Term) -> Formula:  # type: ignore[no-untyped-def]
        """"without a helmet" is "not with a helmet": no helmet is with ``t`` (a man, or an
        event). So it asserts no helmet, and it is downward monotone ("without a helmet" gives
        "without a red helmet") and contradicts "with a helmet"."""
        self.use(prep)
        return Not(self.np(pobj, lambda y: Atom("p:with", (t, y), self.span(prep)), role="object"), self.span(prep))

    def _bare_of(self, tok) -> str | None:  # type: ignore[no-untyped-def]
        """The garment a word says someone has none of: "shirtless" (a "-less" word whose stem
        WordNet files as clothing: "shirt"), "shoeless", "barefoot" (shoes); else None."""
        if list(tok.children) or not tok.is_alpha:
            return None
        low = tok.lower_
        if low in ("barefoot", "barefooted"):
            return "shoe"
        if low.endswith("less") and len(low) > 6 and self.clothing(low[:-4]):
            return low[:-4]
        return None

    def _lacks(self, tok, t: Term) -> Formula | None:  # type: ignore[no-untyped-def]
        """"a shirtless man", "the man is shirtless", "running barefoot": what "with no shirt"
        says (see ``_without``), so that either wording gives the other. None for other words."""
        garment = self._bare_of(tok)
        if garment is None:
            return None
        y = self.fresh()
        return Not(Exists(y, conj(Atom(f"n:{garment}", (y,), self.span(tok)), Atom("p:with", (t, y), self.span(tok)))),
                   self.span(tok))

    # -- anaphora -----------------------------------------------------------------------------
    def _mention(self, name: Const, tok) -> None:  # type: ignore[no-untyped-def]
        refs = self.discourse.referents
        if not any(r.term == name for r in refs):
            refs.append(Referent(name, self.discourse.text_index, tok.i))

    def resolve(self, pron) -> Term | None:  # type: ignore[no-untyped-def]
        """``_resolve``, or for a pronoun with nothing at all before it that it could refer
        to ("He spoke confidently." on its own) the person the context supplies: one constant
        per pronoun ("pron_he"), so that "he" of the premise and "he" of the hypothesis, both
        unanchored, are the same man, as readers of a premise and a hypothesis take them to be."""
        ref = self._resolve(pron)
        if ref is not None:
            low = pron.lower_
            if isinstance(ref, Const) and "~" not in ref.name and low in GENDERED_PRONOUNS and not self._rereading:
                # "Mary used her workstation": "her" takes Mary to be female. Not when an elided
                # verb phrase is read again: "John represents his company and so does Mary"
                # says nothing of Mary's gender by the "his" it copies
                self.presuppositions.append(Atom(GENDERED_PRONOUNS[low], (ref,), self.span(pron)))
                self.discourse.persons.add(ref.name)
            return ref
        name = EXOPHORIC.get(pron.lower_)
        if name is None or self._anchorable(pron):
            return None
        return Const(f"pron_{name}")

    def _anchorable(self, pron) -> bool:  # type: ignore[no-untyped-def]
        """Whether anything before ``pron`` could be its antecedent: a name mentioned earlier, or
        a noun phrase of this sentence that agrees in number (and, for he/she, is a person)."""
        here = self.discourse.text_index
        if any((r.text < here or r.token < pron.i) and self._fits(r, pron) for r in self.discourse.referents):
            return True
        plural = pron.lower_ in PLURAL_PRONOUNS
        for t in self.sent:
            if t.i >= pron.i:
                break
            if t.pos_ == "PRON" and (t.lower_ in PLURAL_PRONOUNS) != plural and t.lower_ in EXOPHORIC:
                continue  # "Two of them supported her": "them" is no antecedent for "her"
            if pron.dep_ == "pobj" and pron.head.lower_ == "of" and t.i == pron.head.head.i:
                continue  # "some" of "some of them" is the pronoun's own quantifier
            if t.pos_ == "PROPN" or (t.pos_ == "PRON" and t.lower_ not in DEICTIC and t.lower_ not in EXOPHORIC_FIRST):
                return True  # a name, or "someone", "everybody", "one", another pronoun
            if t.pos_ == "NOUN":
                if plural and t.tag_ in ("NNS", "NNPS"):
                    return True
                if not plural and t.tag_ in ("NN", "NNP") and (EXOPHORIC[pron.lower_] == "it" or self.person(t.lemma_.lower())):
                    return True
        return False

    def _resolve(self, pron) -> Term | None:  # type: ignore[no-untyped-def]
        """The antecedent of a third-person pronoun, or None when there is not exactly one
        candidate that agrees (number; person for he/she, not a person for it).

        - reflexives ("himself"), possessives ("his", "their") and pronouns inside a
          prepositional phrase ("a revolver beside him") take the subject of their own clause,
          even a quantified one ("every student used her workstation");
        - the subject of a while/as/and clause or of a relative clause takes the subject of the
          clause it hangs on ("a woman holds a pot as she wades", "a man holds a fish he caught");
        - other singular pronouns take the one name mentioned before. Names carry no gender
          here, so two names in play make "she" ambiguous and the logic abstains."""
        low = pron.lower_
        plural = low in PLURAL_PRONOUNS
        if low not in SINGULAR_PRONOUNS and not plural:
            return None
        own = self._subjects[-1] if self._subjects else None

        def agrees(t: Term | None) -> bool:
            if t is None:
                return False
            if isinstance(t, Const):
                # a name: a person or an organisation, not a place for "he"/"she"
                return not plural and not self._place_for(low, t)
            person = t.name in self._persons
            if plural:
                return t.name in self._plurals or person  # singular "they" of a person
            if t.name in self._plurals:
                return False
            if low in ("it", "its", "itself"):
                return not person
            g = self._genders.get(t.name)
            if g and low in ("he", "him", "his", "himself") and g != "m":
                return False
            if g and low in ("she", "her", "herself") and g != "f":
                return False
            return person

        if pron.i in self._pinned and agrees(self._pinned[pron.i]):
            return self._pinned[pron.i]
        earlier = [t for t in self._coordinated if t != own and agrees(t)]
        if len(earlier) == 1 and low not in REFLEXIVES and self._beside_subject(pron):
            # "a girl is swinging and a woman is standing behind her": nobody stands behind
            # herself, so "her" is the girl
            return earlier[0]
        if low in REFLEXIVES or (pron.dep_ == "poss" and low in POSSESSIVES) or pron.dep_ == "pobj":
            if agrees(own):
                # "a woman is putting a bag behind her", after "a girl is playing and": either one
                return own if not earlier or low in REFLEXIVES else None
            # "a man with his dog", "a woman talks to a man in his car": the noun whose
            # modifier holds the pronoun, when the clause's subject does not agree
            outer = self._described[:-1] if pron.dep_ == "poss" else self._described  # not "his" of "his dog"
            near = next((v for v in reversed(outer) if v.name in self._persons or v.name in self._plurals), None)
            if near is not None and near != own and agrees(near):
                return near
            # "a woman talks to the man who is seated beside her": the subject of a clause this
            # one is inside, when it is the one that agrees
            ups = {t for t in self._subjects[:-1] if t is not None and t != own and agrees(t)}
            if len(ups) == 1 and not any(v != own and v not in ups and agrees(v) for v in outer):
                return next(iter(ups))
            if pron.dep_ == "poss" and len(earlier) == 1 and not ups and not any(agrees(v) for v in outer):
                # "a dog is running and its tongue is hanging out": the one earlier coordinated
                # clause's subject that agrees, when nothing in this clause does
                return earlier[0]
            return None
        if (pron.dep_ in ("nsubj", "nsubjpass") and pron.head.dep_ in ("advcl", "conj", "relcl")
                and pron.head.head.i != pron.head.i and agrees(own)):
            return own
        if plural:
            return None
        here = self.discourse.text_index
        candidates = {r.term for r in self.discourse.referents
                      if r.term != own and r.term not in self._group_members
                      and (r.text < here or r.token < pron.i) and self._fits(r, pron)}  # only looking back
        candidates |= set(earlier)
        if len(candidates) != 1:
            return None
        ref = next(iter(candidates))
        if isinstance(ref, Const) and ref.name in self.discourse.introduced:
            self.discourse.used.add(ref.name)
        return ref

    def _place_for(self, pronoun: str, term: Term) -> bool:
        """Is ``term`` a name of a place, which "he" or "she" (``pronoun``) cannot take up?"""
        return pronoun in PERSONAL and isinstance(term, Const) and self.place_name(term.name.replace("_", " "))

    def _fits(self, r: Referent, pron) -> bool:  # type: ignore[no-untyped-def]
        """Whether a pronoun may refer to ``r``: any name (names carry no marks here), or an
        earlier premise's indefinite that agrees: singular, a non-person for "it", a person of
        the right gender (where the noun says) for "he"/"she". In the hypothesis only "it", with
        no noun of the hypothesis before it ("Smith wrote a novel in 1991." / "Smith wrote it in
        1992.": the novel); its "he" is the premise's "he", not "a farmer" of it."""
        pronoun = pron.lower_
        if r.features is None:
            # a name: anything, but not "it" once "he"/"she" has taken it up, nor "he"/"she" for
            # a place ("He went to Italy": not Italy)
            if self._place_for(pronoun, r.term):
                return False
            return not (pronoun in ("it", "its", "itself") and isinstance(r.term, Const)
                        and r.term.name in self.discourse.persons)
        if self.discourse.text_index == self.discourse.hypothesis and (
                pronoun not in ("it", "its") or any(t.pos_ == "NOUN" for t in self.sent if t.i < pron.i)):
            return False
        person, many, g = r.features
        if many or pronoun not in SINGULAR_PRONOUNS:
            return False
        if pronoun in ("it", "its", "itself"):
            return not person
        return person and not (g and g != ("m" if pronoun in ("he", "him", "his", "himself") else "f"))

    def _e_type(self, pron) -> tuple[Var, Formula] | None:  # type: ignore[no-untyped-def]
        """An E-type reading of a premise's "they"/"them" (Evans): the one plural quantified
        noun phrase an earlier premise asserts, with all that premise says of it. "GFI owns
        several computers. ITEL maintains them." -> ITEL maintains every computer GFI owns.
        Only when nothing in this sentence takes the pronoun first and that phrase is the one
        plural thing mentioned before it (else the logic abstains); never in the hypothesis."""
        d = self.discourse
        here = d.text_index
        if here == d.hypothesis or self._resolve(pron) is not None:
            return None
        earlier = [x for x in d.descriptions if x[0] < here]
        mentions = sum(n for t, n in d.plural_mentions.items() if t < here)
        if len(earlier) != 1 or mentions != 1:
            return None
        if any(t.i < pron.i and (t.tag_ in ("NNS", "NNPS") or (t.lower_ in PLURAL_PRONOUNS and t.pos_ == "PRON"))
               for t in self.sent):
            return None
        _, var, desc = earlier[0]
        y = self.fresh("x")
        # the description's words are the earlier sentence's: here "them" stands for them all
        return y, respan(substitute(desc, var, y), self.span(pron))

    def _group(self, pron) -> tuple[Term, ...] | None:  # type: ignore[no-untyped-def]
        """"John and his colleagues went to a meeting. They hated it.": a premise's "they" for
        the coordinated subject of an earlier premise, each of its members (names, or what that
        premise asserts outright, as constants), when that coordination is the one plural thing
        mentioned before it and nothing else takes the pronoun; never in the hypothesis."""
        d = self.discourse
        here = d.text_index
        earlier = [g for g in d.groups if g[0] < here]
        if here == d.hypothesis or len(earlier) != 1 or any(x[0] < here for x in d.descriptions):
            return None
        text, members = earlier[0]
        plural_members = sum(isinstance(m, Var) and m.name in d.plural_vars for m in members)
        mentions = sum(n for t, n in d.plural_mentions.items() if t < here)
        if mentions != 1 + plural_members:
            return None
        if any(t.i < pron.i and (t.tag_ in ("NNS", "NNPS") or (t.lower_ in PLURAL_PRONOUNS and t.pos_ == "PRON"))
               for t in self.sent):
            return None
        constants = {(i, v): name for name, (i, v) in d.introduced.items()}
        out: list[Term] = []
        for m in members:
            if isinstance(m, Const):
                out.append(m)
            elif (text, m.name) in constants:
                name = constants[(text, m.name)]
                d.used.add(name)
                out.append(Const(name))
            else:
                return None  # under a quantifier: no one thing to name
        return tuple(out)

    def _plural_mentions(self) -> int:
        """Plural noun phrases of this sentence: plural nouns heading a phrase, and coordinations
        of noun phrases ("John and his colleagues")."""
        n = 0
        for t in self.sent:
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound":
                n += t.tag_ in ("NNS", "NNPS") or (t.tag_ == "NN" and any(d.dep_ == "det" and d.lower_ in ("every", "each")
                                                                          for d in t.children))
                n += t.dep_ != "conj" and any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in t.children)
        return n

    def introduce_indefinites(self, f: Formula) -> None:
        """Offer the indefinites this premise sentence asserts outright ("Smith attended a
        meeting": the top-level ∃x, not under negation or any quantifier) to later sentences'
        pronouns, as constants; see ``Parser._read``, which reads the premise with the constant
        when one is used (existential instantiation: sound for a premise)."""
        self.discourse.plural_mentions[self.discourse.text_index] = (
            self.discourse.plural_mentions.get(self.discourse.text_index, 0) + self._plural_mentions())
        todo = [f]
        while todo:
            g = todo.pop()
            if isinstance(g, And):
                todo.extend(g.parts)
            elif (isinstance(g, GQ) and g.quantifier in E_TYPE_QUANTIFIERS and (g.number or 2) >= 2
                  and not unsupported_parts(g)):
                # "several computers", "two machines", "most reports": their witnesses, for "they";
                # only a closed description (not one inside the scope of an event or a thing
                # the sentence introduces: its variable would escape its quantifier)
                desc = conj(g.restrictor, g.scope)
                if free_vars(desc) == [g.var.name]:
                    self.discourse.descriptions.append((self.discourse.text_index, g.var, desc))
            elif isinstance(g, ForAll) and isinstance(g.body, Implies):
                # "Each department has a dedicated line": "they" may be all the departments, and
                # "it"/"them" a dedicated line (see ``_paycheck``)
                if free_vars(g.body.left) == [g.var.name] and not unsupported_parts(g):
                    self.discourse.descriptions.append((self.discourse.text_index, g.var, g.body.left))
                self._offer_kinds(g.body.right)
            elif isinstance(g, Exists):
                x, body = g.var, g.body
                nouns = [a.pred[2:] for a in (body.parts if isinstance(body, And) else (body,))
                         if isinstance(a, Atom) and a.pred.startswith("n:") and a.args == (x,)]
                # (not a year: "in 1991" is no thing a later "it" means)
                if x.name.startswith("x") and len(nouns) == 1 and not nouns[0].isdigit():
                    name = f"{nouns[0]}~{len(self.discourse.introduced) + 1}"
                    self.discourse.introduced[name] = (self.discourse.text_index, x.name)
                    self.discourse.referents.append(Referent(
                        Const(name), self.discourse.text_index, self.sent.end,
                        (x.name in self._persons, x.name in self._plurals, self._genders.get(x.name))))
                todo.append(body)

    def _offer_kinds(self, f: Formula) -> None:
        """The singular non-person indefinites asserted in the scope of a premise's universal
        ("Each department has a dedicated line": a dedicated line, one for each department), as
        descriptions for a later "it" (see ``_paycheck``): the noun and its own modifiers only."""
        for x, parts in _outright(f):
            own = [a for a in parts if isinstance(a, Atom) and a.args == (x,) and a.pred[:2] in ("n:", "a:", "c:")]
            if (x.name.startswith("x") and sum(a.pred.startswith("n:") for a in own) == 1
                    and x.name not in self._persons and x.name not in self._plurals):
                self.discourse.kinds.append((self.discourse.text_index, x, conj(*own)))

    def _paycheck(self, pron) -> tuple[Var, Formula] | None:  # type: ignore[no-untyped-def]
        """A "paycheck" reading of a premise's "it" (Karttunen): with nothing it could refer to
        but the indefinite an earlier premise asserts under "each"/"every" ("Each department
        has a dedicated line. The sales department rents it from BT."), "it" is one such thing:
        a dedicated line. That says less than "its own line" (the link to the department is
        left out), so it is read only where saying less is weaker: an object, in a sentence
        without negation, quantifier or condition; never in the hypothesis."""
        d = self.discourse
        here = d.text_index
        if (here == d.hypothesis or pron.lower_ not in ("it", "them") or pron.dep_ not in ("dobj", "pobj")
                or any(r.text < here and self._fits(r, pron) for r in d.referents)):
            return None
        if any(t.dep_ == "neg" or t.lower_ in DOWNWARD_WORDS or (t.lower_ == "most" and t.nbor(-1).lower_ == "at")
               for t in self.sent):
            return None
        earlier = [k for k in d.kinds if k[0] < here]
        if len(earlier) != 1:
            return None
        _, var, desc = earlier[0]
        y = self.fresh("x")
        return y, respan(substitute(desc, var, y), self.span(pron))

    # -- noun phrases ------------------------------------------------------------------------
    def name_of(self, tok) -> Const | None:  # type: ignore[no-untyped-def]
        """A proper name (with its compound and adjective parts) as a constant, else None."""
        if tok.pos_ != "PROPN" or self.children(tok, "det"):
            return None
        if tok.tag_ == "NNPS":
            return None
        parts = [c for c in tok.children if c.i < tok.i and (
            c.dep_ == "amod" or (c.dep_ in ("compound", "flat") and (c.pos_ in ("PROPN", "NUM") or c.is_title)))]
        words = [c.text for c in sorted(parts, key=lambda c: c.i)] + [tok.text]
        self.use(tok, *parts)
        return Const(_norm(" ".join(words)))

    def quantifier(self, tok) -> _Quantifier | None:  # type: ignore[no-untyped-def]
        """The quantifier opening the noun phrase headed by ``tok``, or None for a bare noun."""
        left = [c for c in tok.lefts if c.dep_ not in ("cc", "punct")]
        start = min([c.left_edge.i for c in left] + [tok.i])
        toks = list(self.sent.doc[start : tok.i])
        # Tokens spaCy hung elsewhere ("At most ten ...": 'at' on the verb) but that open the NP.
        doc = self.sent.doc
        j = start - 1
        while j >= self.sent.start and doc[j].lower_ in ("at", "not", "no", "than", "more", "fewer", "less") and not list(
            doc[j].children
        ):
            toks.insert(0, doc[j])
            j -= 1
        # Number words written as several tokens ("forty five", "1,000") count as one word.
        groups: list[list] = []
        for t in toks:
            if groups and _number_value(groups[-1][-1].lower_) is not None and _number_value(t.lower_) is not None:
                groups[-1].append(t)
            else:
                groups.append([t])
        words = [str(_number_value(" ".join(x.lower_ for x in g))) if len(g) > 1 else g[0].lower_ for g in groups]
        for name, number, n in self._match(words):
            if name == "some" and n == 1 and words[0] == "one" and tok.tag_ in ("NNS", "NNPS"):
                continue
            if number is not None and any(self._numbered_modifier(t, tok) is not None for g in groups[:n] for t in g):
                continue  # "the three wheeled scooter": the number is the modifier's
            if words[0] == "any":
                name = _any(tok)
            if number is not None and n == len(words) == 1 and self._exactly_coordination(tok):
                # "exactly two lawyers and three accountants": "exactly" counts both
                name = "exactly"
            return _Quantifier(name, number, {t.i for g in groups[:n] for t in g})
        if tok.lower_ in PERSON_WORDS:
            name = PERSON_WORDS[tok.lower_][0]
            return _Quantifier(_any(tok) if name == "any" else name, None, set())
        for c in tok.children:
            if c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"):
                return _Quantifier("the", None, {c.i})
            if c.dep_ == "poss":
                return _Quantifier("the", None, set())
        return None

    def np(self, tok, scope: Scope, role: str) -> Formula:  # type: ignore[no-untyped-def]
        if tok.i in self._bound:
            self.use(tok)
            return scope(self._bound[tok.i])
        focused = self._focused_name(tok, scope, role)
        if focused is not None:
            return focused
        if _reciprocal(tok):
            # "holding each other", "hugging one another": not "every other (thing)". One opaque
            # term stands for the reciprocal object, so that the same phrase on both sides (and
            # its negation) still compares, and nothing more is read into it.
            self.use(*tok.subtree)
            return scope(Const("each_other"))
        # Coordinated noun phrases distribute: "dogs and cats bark".
        conjs = self.children(tok, "conj")
        dets = self.children(tok, "det")
        if (conjs and tok.pos_ == "NOUN" and dets and all(c.pos_ == "NOUN" and not self.children(c, "det")
                                                          and not self.children(c, "conj") for c in conjs)
                and {c.lower_ for c in self.children(tok, "cc")} == {"or"} and not self.children(tok, "preconj")):
            # "every representative or client": one noun phrase over either noun
            self._either_noun[tok.i] = conjs
            return self._np1(tok, scope, role)
        if (conjs and tok.pos_ == "NOUN" and any(not self.children(c, "det") for c in conjs) and dets
                and dets[0].lower_ not in ("a", "an", "some", "the")):
            # "every representative and client": one person who is both, or each of either?
            # (Under "a"/"the" both readings say the same: "a shirt and boots".)
            return Unsupported("coordinated nouns under one determiner (ambiguous)", self.subtree_span(tok))
        if conjs and tok.pos_ == "NOUN" and len({self._own_words(c) for c in [tok, *conjs]}) == 1:
            # "a man and a man", "a man and man": two of them, not one said twice (read so, the
            # phrase would follow from "a man and a woman")
            return Unsupported("the same noun phrase coordinated with itself", self.subtree_span(tok))
        if conjs and tok.pos_ in ("NOUN", "PROPN", "PRON"):
            owned = self._owned_by_first(tok, conjs)
            if owned:
                # "a man and his dog", "John and his colleagues": the later conjuncts are said
                # inside the first one's scope, their "his" its term (∃x.(A(x) ∧ ∃y.B(y, x)) is
                # what "and" says, with the pronoun bound)
                def first(y: Term, scope: Scope = scope) -> Formula:
                    for p in owned:
                        self._pinned[p.i] = y
                    members: list[Term] = [y]
                    each = _collecting(scope, members)
                    parts = [scope(y), *[self.np(c, each, role) for c in conjs]]
                    self._note_group(members, parts, role)
                    return self._share_places(tok, parts, role)
                self.use(*self.children(tok, "cc"))
                return self._np1(tok, first, role)
            members: list[Term] = []
            each = _collecting(scope, members)
            parts = [self._np1(tok, each, role), *[self.np(c, each, role) for c in conjs]]
            if {c.lower_ for c in self.children(tok, "cc")} == {"and"} and not self.children(tok, "preconj"):
                self._note_group(members, parts, role)
                return self._share_places(tok, parts, role)
            return self._coordinate(tok, parts)
        of = [c for c in self.children(tok, "prep") if c.lower_ == "of"]
        members = self.children(of[0], "pobj") if tok.lemma_.lower() in MEASURE_NOUNS and of else []
        inner = self.children(members[0], "conj") if members else []
        if inner and members[0].pos_ == "NOUN":
            # "lots of feathers and beads", "a group of men and women": the measure or the group
            # is of each (lots of feathers and lots of beads; men and women in the group)
            if tok.lemma_.lower() in ("lot", "plenty", "deal"):
                def each(y: Term, scope: Scope = scope) -> Formula:
                    return conj(Atom("a:a_lot", (y,), self.span(tok)), scope(y))
            else:
                each = scope
            return self._coordinate(members[0], [self._np1(tok, scope, role), *[self.np(c, each, role) for c in inner]])
        return self._np1(tok, scope, role)

    def _note_group(self, members: list[Term], parts: list[Formula], role: str) -> None:
        """Record a coordinated subject whose every conjunct is one term (a name, or one thing
        its conjunct asserts), for a later "they" (see ``_group``)."""
        if role == "subject" and len(members) == len(parts):
            self.discourse.groups.append((self.discourse.text_index, tuple(members)))

    def _share_places(self, tok, parts: list[Formula], role: str) -> Formula:
        """"John and his colleagues went to a meeting": in a premise, the coordinated subjects
        of one verb went to one meeting, as a reader takes it (the distributive reading, each to
        a meeting, is what the parts say one by one). Only for the place a verb of the subjects
        names with a preposition of place or goal ("to a meeting", "on a bench"), never its
        object ("are wearing a hat" is a hat each), and only where every part asserts that
        place outright (not under a quantifier or negation). Else the plain conjunction."""
        d = self.discourse
        verb = tok.head
        if role != "subject" or d.text_index == d.hypothesis or len(parts) < 2 or verb.pos_ not in ("VERB", "AUX"):
            return And(tuple(parts))
        spans = {self.span(o) for p in self.children(verb, "prep") if p.lower_ in PLACE_PREPOSITIONS
                 for o in self.children(p, "pobj") if o.pos_ == "NOUN" and o.tag_ == "NN"}
        if not spans:
            return And(tuple(parts))
        shared: list[tuple[Var, Atom]] = []
        out = list(parts)
        for span in sorted(spans):
            found = [_asserted_thing(p, span) for p in out]
            if any(v is None for v in found):
                continue
            x = self.fresh("x")
            out = [substitute(_unquantify(p, v[0]), v[0], x) for p, v in zip(out, found)]  # type: ignore[index]
            shared.append((x, found[0][1]))  # type: ignore[index]
        f: Formula = And(tuple(out))
        for x, noun in reversed(shared):
            # the noun first, where a later pronoun looks for what the premise asserts
            f = Exists(x, And((Atom(noun.pred, (x,), noun.span), f)))
        return f

    def _generic_rule(self, tok, plural: bool, role: str) -> bool:  # type: ignore[no-untyped-def]
        """A bare plural subject restricted by a relative clause, of a present-tense "are" with
        an adjective or a noun ("Leading tenors who are excellent are indispensable."): a rule
        about every such thing, not a report of some. (The relative clause is what marks a
        rule: a caption says "People in a boat are happy", not "people who are in a boat".)"""
        verb = tok.head
        return (plural and role == "subject" and tok.dep_ == "nsubj" and bool(self.children(tok, "relcl"))
                and verb.lemma_ == "be" and verb.tag_ == "VBP" and bool(self.children(verb, "acomp", "attr"))
                and not _negations(verb) and not self.children(tok, "det", "poss", "nummod"))

    def _owned_by_first(self, tok, conjs) -> list:  # type: ignore[no-untyped-def]
        """The singular possessive pronouns ("his", "her", "its") opening later conjuncts of an
        "and" coordination headed by ``tok`` ("a man and his dog"), when the first conjunct is
        one singular thing they can refer to; else []. Under "both", "either", "or" or a
        plural first conjunct ("the men and their dogs") nothing is pinned."""
        ccs = {c.lower_ for c in self.children(tok, "cc")}
        if ccs != {"and"} or self.children(tok, "preconj") or tok.tag_ not in ("NN", "NNP"):
            return []
        return [p for c in conjs for p in self.children(c, "poss") if p.lower_ in ("his", "her", "its")]

    def _np1(self, tok, scope: Scope, role: str) -> Formula:  # type: ignore[no-untyped-def]
        low = tok.lower_
        if low in REL_PRONOUNS and tok.i not in self._bound:
            return Unsupported(f"unbound relative pronoun {tok.text!r}", self.span(tok))
        if low in DEICTIC:
            self.use(tok)
            return scope(Const(DEICTIC[low]))
        if tok.pos_ == "PRON" and low in PERSONAL_PRONOUNS:
            if low in ("they", "them"):
                described = self._e_type(tok)
                if described is not None:
                    y, desc = described
                    self.use(tok)
                    return ForAll(y, Implies(desc, scope(y)))
                group = self._group(tok)
                if group is not None:
                    self.use(tok)
                    # "They hated it": "it" is none of them (a pronoun is not its clause's subject)
                    self._group_members |= set(group)
                    return And(tuple(scope(m) for m in group))
            ref = self.resolve(tok)
            if ref is None and (kind := self._paycheck(tok)) is not None:
                y, desc = kind
                self.use(tok)
                return Exists(y, conj(desc, scope(y)))
            if ref is None:
                # Separable: as an object, one relation is left out; as a subject, the whole
                # clause ("Tom walked Mary to the door and she left": what is left still holds).
                # ``weakened`` drops it only where that can only weaken what is said (not under
                # a negation, an antecedent or a generalized quantifier), and the clause binds
                # nothing the rest of the sentence uses.
                if role == "subject" and tok.dep_ in ("nsubj", "nsubjpass"):
                    # the clause's words go with it (not a coordinated clause with a subject of
                    # its own: "she left and Tom stayed")
                    own = [c for c in tok.head.children if c.dep_ == "conj"
                           and any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children)]
                    hidden = {t.i for c in own for t in c.subtree}
                    self.use(*[t for t in tok.head.subtree if t.i not in hidden])
                return Unsupported(f"pronoun {tok.text!r}: no single antecedent", self.span(tok), separable=True)
            self.use(tok)
            return scope(ref)
        name = self.name_of(tok)
        if name is not None:
            self._mention(name, tok)
            return scope(name)
        of_phrase = any(c.lower_ == "of" for c in self.children(tok, "prep"))
        if (low == "one" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr") and not of_phrase
                and not any(c.lower_ in ("no", "every", "any", "each", "some") for c in tok.children)):
            # "Bill owns a blue one": the noun is the last common noun of the discourse.
            if self.discourse.last_noun is None:
                return Unsupported("'one' without an antecedent noun", self.span(tok))
            self._noun_alias[tok.i] = self.discourse.last_noun
            # "Bill owns a fast one" after "John owns a red car": a fast red car; "a blue one" is
            # not red (one colour), "a slow one" after "a fast red car" not fast
            own = [c.lemma_.lower() for c in tok.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
            self._inherited[tok.i] = [(pred, word) for pred, word in self.discourse.last_noun_adjectives
                                      if not any(self.same_scale(word, o) for o in own)]
        # "no one", "one of the tenors", "most of the tenors": the head is a quantifier word.
        head = tok
        q = self.quantifier(tok)
        no_one = False
        of = [c for c in self.children(tok, "prep") if c.lower_ == "of"]
        if (tok.lower_ in NUMBERS or tok.lower_ in ("some", "most", "many", "few", "several", "none", "each", "all",
                                                      "both", "neither", "any")) and of and self.children(of[0], "pobj"):
            head = self.children(of[0], "pobj")[0]
            words = (" ".join(t.lower_ for t in self.sent.doc[tok.left_edge.i : tok.i + 1]) + " of").split()
            q = self._partitive(words)
            if q is None:
                # a partitive the quantifier table does not know must not be read as "a ..."
                return Unsupported(f"partitive {' '.join(words)!r} not understood", self.span(tok))
            self._consumed.add(of[0].i)
            self.use(of[0], *self.sent.doc[tok.left_edge.i : tok.i + 1])
        elif tok.lemma_.lower() in MEASURE_NOUNS and of and self.children(of[0], "pobj"):
            head = self.children(of[0], "pobj")[0]
            neg = [t for t in self.sent.doc[tok.left_edge.i : tok.i] if t.dep_ == "neg" or t.lower_ in ("not", "no")]
            # "no group of people standing": no people standing, the negation of what "a group of
            # people standing" is read as (some people standing, below)
            plural_collective = (tok.lemma_.lower() in COLLECTIVES and head.tag_ in ("NNS", "NNPS")
                             and self.quantifier(head) is None)
            no_group = (plural_collective and len(neg) == 1 and neg[0].lower_ == "no" and neg[0].dep_ == "det"
                        and neg[0].head.i == tok.i)
            if neg and not no_group:
                # "not a lot of people": the words in front are taken with the noun below, so a
                # negation there would be lost
                return Unsupported(f"negated {tok.text!r} of ...", self.span(neg[0]))
            # "a group of people", "the crowd of fans": the members are what is talked about.
            # What else the collective carries would be lost that way: "no group of ..." is
            # "no ..." only in part, "a small group" says nothing of each member.
            own = q
            mods = [c for c in tok.children if c.dep_ in ("amod", "nummod", "compound", "advmod", "quantmod")]
            if mods:
                return Unsupported(f"modifier {mods[0].text!r} of the collective noun {tok.text!r}", self.span(mods[0]))
            if own is not None and own.name not in ("some", "the", "a") and not no_group:
                return Unsupported(f"{tok.text!r} with a quantifier of its own", self.span(tok))
            q = self.quantifier(head)
            if no_group:
                q = _Quantifier("no", None, set())
            if q is None and own is not None and own.name == "the" and head.tag_ == "NNS":
                # "the bunch of men": the men of that bunch, a plural definite
                q = _Quantifier("the", None, set())
            self._consumed.add(of[0].i)
            self.use(of[0], *self.sent.doc[tok.left_edge.i : tok.i + 1])
        elif tok.lower_ == "one" and any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
            # "no one" is nobody: the quantifier is "no" alone, the rest modifies the person
            # ("there is no one cutting a tomato")
            q = _Quantifier("no", None, {c.i for c in tok.children if c.lower_ == "no" and c.dep_ == "det"})
            no_one = True
        restr_noun = head
        if (q is not None and q.number is not None and head.pos_ == "NOUN"
                and self.measure(head.lemma_.lower())):
            # "twenty two dollars", "three hours": an amount, exact, not a count of things (which
            # "at least" would make "spent 22 dollars" entail "spent 10 dollars")
            self.use(*[self.sent.doc[i] for i in q.tokens], head)
            amount = self.fresh("x")
            others = [c for c in head.children if c.i not in q.tokens and c.dep_ not in ("det", "punct")]
            if others:
                return Unsupported(f"modifier {others[0].text!r} of an amount", self.span(others[0]))
            atom = Atom(f"n:amount[{q.number}_{_norm(head.lemma_.lower())}]", (amount,), self.subtree_span(tok))
            return Exists(amount, conj(atom, scope(amount)))
        if q is not None:
            self.use(*[self.sent.doc[i] for i in q.tokens])
        x = self.fresh("x")
        # Number and personhood first: a pronoun inside the noun's own modifiers ("families
        # waiting for their turn") refers back to it.
        plural = head.tag_ in ("NNS", "NNPS")
        if no_one or tok.lower_ in PERSON_WORDS and PERSON_WORDS[tok.lower_][1] == "person" or (
            head.pos_ == "NOUN" and self.person(head.lemma_.lower())
        ):
            self._persons.add(x.name)
            g = self.gender(head.lemma_.lower()) if head.pos_ == "NOUN" else None
            if g:
                self._genders[x.name] = g
        if plural:
            self._plurals.add(x.name)
            self.discourse.plural_vars.add(x.name)
        counted: list = []
        if tok.lower_ in PERSON_WORDS or no_one:
            self.use(tok)
            restr: Formula = self._person_word(tok, x, "person" if no_one else None, skip=set())
        else:
            # "the three children": all of them, and there are exactly three
            counted = [c for c in restr_noun.children if c.dep_ == "nummod" and _number_value(c.lower_) is not None
                       and not list(c.children) and self._numbered_modifier(c, restr_noun) is None
                       ] if q is not None and q.name == "the" else []
            self.use(*counted)
            restr = self.restrictor(restr_noun, x, skip=(q.tokens if q else set()) | {c.i for c in counted})
            if restr_noun.i in self._either_noun:
                # "every representative or client": whoever is either (the restrictor is the
                # disjunction; under "every" that is every representative and every client)
                ors = self._either_noun.pop(restr_noun.i)
                self.use(*self.children(restr_noun, "cc"))
                restr = Or((restr, *[self.restrictor(c, x) for c in ors]))
            if head is not tok and tok.lemma_.lower() in ("lot", "plenty", "deal"):
                restr = conj(restr, Atom("a:a_lot", (x,), self.span(tok)))
            if head is not tok and tok.lemma_.lower() in COLLECTIVES:
                # "a group of kids in a yard", "a group of people walking down a road": the kids
                # are in the yard, the people are walking
                restr = conj(restr, *[self.pp(p, x) for p in self.children(tok, "prep") if p.lower_ != "of"],
                             *[self.acl(c, x) for c in self.children(tok, "acl")],
                             *[self.relative(c, x) for c in self.children(tok, "relcl")])
        span = self.subtree_span(tok)
        if tok.i in self._force_definite:
            q = _Quantifier("the", None, q.tokens if q else set())
        if q is None:
            # Bare nouns are existential, plural subjects of the simple present too: "People in a
            # boat float down the street" describes some people (captions, reports); a generic
            # reading would license inferences into the restrictor that such texts do not.
            qname, number = ("every" if self._generic_rule(tok, plural, role) else "some"), None
        else:
            qname, number = q.name, q.number
        if (qname == "the" and plural and role == "subject" and tok.i not in self._force_definite and not counted
                and not _negations(tok.head)):
            # "The people at the meeting voted for a chairman": a plural definite subject need
            # not be every one of them (the group may have voted as one, or most did); only
            # "all", floated or not, makes it universal. There are some, and they did it.
            # Negated, it is none of them ("the children are not playing"): homogeneity.
            qname = "some"
        # "the shoulders of a man": the inner noun phrase takes scope over the description when
        # it has an article or is a name (a bare "of mail" may speak of the kind, not some mail)
        hoist = qname == "the" and plural and all(
            p.pos_ == "PROPN" or any(d.dep_ in ("det", "poss") for d in p.children)
            for c in self.children(restr_noun, "prep") for p in self.children(c, "pobj"))
        # "by the kittens" in a premise: all the kittens, and more than one (a plural says so)
        several = (qname == "the" and plural and not counted and self.discourse.text_index != self.discourse.hypothesis
                   and self._several(tok, restr_noun))
        f = self.quantify(qname, number, x, restr, scope(x), plural, span, hoist=hoist, several=several)
        if counted and plural:
            return conj(f, self.quantify("exactly", _number_value(counted[0].lower_), x, restr, Top(), plural, span))
        return f

    def _several(self, tok, noun) -> bool:  # type: ignore[no-untyped-def]
        """Whether a plural noun phrase speaks of more than one thing: not a plural-only noun,
        which may be one thing ("the sunglasses", "the jeans": WordNet lists the plural form as
        a noun of its own, or it is something worn), nor a pronoun or a name."""
        # (only an argument of a verb: inside another noun's description, "the food on the
        # trays", the count would be one more quantifier for the solver in every uniqueness;
        # and only in a sentence of plain articles, without negation or numbers: the count is
        # a presupposition, which a negation or another quantifier would wrongly take in)
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if any(t.dep_ in ("neg", "nummod", "quantmod", "predet", "preconj")
               or (t.dep_ == "det" and t.lower_ not in ("a", "an", "the", "this", "that", "these", "those"))
               or (t.pos_ == "PRON" and t.lower_ in ("nobody", "nothing", "none", "everyone", "everybody", "everything"))
               or t.lower_ in ("never", "without", "if", "unless", "few", "all", "each", "every", "most", "several", "many",
                               "some", "both", "any", "no", "much", "various", "numerous")
               for t in self.sent):
            return False
        return (noun.pos_ == "NOUN" and noun.tag_ == "NNS" and not self.known_noun(noun.lower_)
                and not self.clothing(noun.lemma_.lower()) and not self.children(tok, "conj")
                and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and verb.pos_ in ("VERB", "AUX"))

    def _exactly_coordination(self, tok) -> bool:  # type: ignore[no-untyped-def]
        """Whether ``tok`` is a later conjunct ("three accountants") of a coordination whose first
        noun phrase is counted exactly ("exactly two lawyers and ..."): the adverb is read over
        each bare number of the list, as in "exactly two dogs and three cats"."""
        if tok.dep_ != "conj" or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        first = tok.head
        nums = [c for c in first.children if c.dep_ == "nummod"]
        return len(nums) == 1 and any(a.dep_ == "advmod" and a.lower_ in ("exactly", "precisely")
                                      for a in nums[0].children)

    def _match(self, words: list[str]):  # type: ignore[no-untyped-def]
        """Quantifier patterns of rules/quantifiers.toml that open ``words``, longest first, as
        ``(name, number, words used)``; "#" in a pattern matches a number."""
        for pat, name in self._patterns:
            n = len(pat)
            if n > len(words):
                continue
            number = None
            for a, b in zip(pat, words[:n]):
                if a == "#":
                    number = _number_value(b)
                    if number is None:
                        break
                elif a != b:
                    break
            else:
                yield name, number, n

    def _partitive(self, words: list[str]) -> _Quantifier | None:
        """ "most of", "two of", "one of": the quantifier of a partitive noun phrase."""
        for name, number, _n in self._match(words):
            if name == "some" and words[0] == "one":
                return _Quantifier("some", None, set())
            return _Quantifier(name, number, set())
        return None

    def quantify(self, q: str, n: int | None, x: Var, restr: Formula, body: Formula, plural: bool, span,  # type: ignore[no-untyped-def]
                 hoist: bool = False, several: bool = False) -> Formula:
        spec = self.q.get(q)
        if q == "the" and not plural and not _has_unsupported(restr):
            # Russell: there is exactly one such thing, and it ... ("the man" in premise and
            # hypothesis is the same man).
            y = self.fresh("x")

            unique = ForAll(y, Implies(substitute(restr, x, y), Eq(y, x)))

            outer_vars = sorted(set(free_vars(restr)) - {x.name})
            if not outer_vars or self.discourse.text_index == self.discourse.hypothesis:
                # The uniqueness is presupposed ("there is at most one man in red"); that there
                # is such a thing, and what it does, stay to be proved. A restrictor that speaks
                # of an outer variable ("her father", "the dog of each man") presupposes it for
                # every value of that variable (each has at most one); only the hypothesis's is
                # accommodated so, as context: a premise asserts its own description, and so
                # general a presupposition among the premises could refute what they say elsewhere.
                z = self.fresh("x")
                pre: Formula = ForAll(y, ForAll(z, Implies(
                    conj(substitute(restr, x, y), substitute(restr, x, z)), Eq(y, z))))
                for v in reversed(outer_vars):
                    pre = ForAll(Var(v), pre)
                self.presuppositions.append(pre)
            return Exists(x, conj(restr, unique, body))
        if q in ("some",) or (q == "the" and not plural):
            return Exists(x, conj(restr, body))
        if q == "the":
            # Plural definite: there are such things and all of them ... With ``hoist``, the
            # noun phrases inside the description take scope over it: "the shoulders of a man"
            # are all the shoulders of one man, not of any man at all.
            outer, restr = _hoisted(restr, x) if hoist else ([], restr)
            # ``several``: there are at least two, and so at least two that ... ("the kittens
            # are eating" gives "two kittens are eating" by the at-least schema)
            some: Formula = conj(Exists(x, restr), GQ("at_least", 2, x, restr, body, span)) if several else Exists(x, restr)
            inner = And((some, ForAll(x, Implies(restr, body))))
            for y, own in reversed(outer):
                inner = Exists(y, conj(own, inner))
            return inner
        if q == "every":
            return ForAll(x, Implies(restr, body))
        if q == "no":
            return Not(Exists(x, conj(restr, body)), span)
        if q == "not_every":
            return Not(ForAll(x, Implies(restr, body)), span)
        if q in ("both", "neither"):
            y = self.fresh("x")

            two = Exists(x, Exists(y, conj(restr, substitute(restr, x, y), Not(Eq(x, y)))))
            scope_part = ForAll(x, Implies(restr, body if q == "both" else Not(body)))
            return And((two, scope_part))
        if spec is None:
            return Unsupported(f"quantifier {q!r}", span)
        if spec.kind == "alias":
            if spec.alias == "exactly":
                return And((GQ("at_least", n, x, restr, body, span), GQ("at_most", n, x, restr, body, span)))
            if n is None:
                n = spec.number
            if n is None or spec.alias is None:
                return Unsupported(f"quantifier {q!r} without a number", span)
            m = n + spec.offset
            if spec.alias == "at_most" and m < 0:
                return Unsupported("fewer than zero", span)
            return self.quantify(spec.alias, m, x, restr, body, plural, span)
        if spec.numeric == "at_least" and n is not None and n <= 1:
            if n == 0:
                return Top()
            return Exists(x, conj(restr, body))
        if spec.numeric == "at_most" and n == 0:
            return Not(Exists(x, conj(restr, body)), span)
        return GQ(q, n, x, restr, body, span)

    def restrictor(self, noun, x: Var, skip: set | None = None) -> Formula:  # type: ignore[no-untyped-def]
        skip = set(skip or ()) | self._consumed
        if (noun.pos_ == "PRON" and noun.lower_ == "them" and noun.dep_ == "pobj" and noun.head.lower_ == "of"
                and not self._anchorable(noun)):
            # "Two of them made the mistake", with nothing "them" could refer back to: members of
            # the group the context supplies (the one the exophoric "they", ``pron_they``, names)
            self.use(noun)
            return Atom("n:pron_they", (x,), self.span(noun))
        if noun.pos_ == "PRON" and noun.lower_ not in PERSON_WORDS and noun.i not in self._noun_alias:
            return Unsupported(f"pronoun {noun.text!r}", self.span(noun))
        lemma = noun.lemma_.lower() if noun.pos_ != "PROPN" else noun.text.lower()
        lemma = IRREGULAR_PLURALS.get(lemma, lemma)
        if noun.tag_ == "NNPS" and lemma.endswith("s"):
            lemma = noun.lemma_.lower().rstrip("s") if noun.lemma_ == noun.text else noun.lemma_.lower()
        noun_name = self._noun_alias.get(noun.i) or _norm(lemma)
        if noun.pos_ == "NOUN" and noun.i not in self._noun_alias:
            self.discourse.last_noun = noun_name
        priv = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in PRIVATIVE and c.i not in skip]
        if priv:
            # "former university student" is not a student: the noun and every modifier after the
            # privative adjective form one opaque predicate.
            p = priv[0]
            words = [t.lemma_.lower() for t in self.sent.doc[p.i : noun.i + 1]]
            self.use(*self.sent.doc[p.i : noun.i + 1])
            head = Atom(f"n:{_norm(' '.join(words))}", (x,), self.subtree_span(noun))
            parts = [head]
            if p.lower_ in STRICT_PRIVATIVE:
                # ... and a former (fake, ex-) university student is not a university student now;
                # "a former successful student" is not a successful student, but may be a student.
                # The phrase after the privative, read as usual:
                after = {c.i for c in noun.children if p.i < c.i < noun.i}
                mods = self._noun_modifiers(noun, x, skip | {c.i for c in noun.children if c.i not in after})
                plain = conj(Atom(f"n:{noun_name}", (x,), self.span(noun)), *mods)
                if not _has_unsupported(plain):  # if it cannot be said plainly, deny nothing
                    parts.append(Not(plain, self.span(p)))
            return conj(*parts, *self._noun_modifiers(noun, x, skip | {c.i for c in noun.children if p.i <= c.i < noun.i}))
        opaque = self._opaque_compound(noun, skip)
        if opaque is not None:
            # "a hot dog", "a teddy bear": one word for a made thing, not a kind of dog or bear
            self.use(opaque)
            skip = skip | {opaque.i}
            noun_name = _norm(f"{opaque.lower_} {lemma}")
        sp = self.span(noun)
        if opaque is not None and self._span_override is None:
            sp = (opaque.idx, sp[1])
        head = Atom(f"n:{noun_name}", (x,), sp)
        mods = self._noun_modifiers(noun, x, skip)
        if noun.pos_ == "NOUN" and noun.i not in self._noun_alias:
            # the plain adjectives of the last common noun, for a later "one"
            # (the spans looked up without ``self.span``, which would count every adjective as
            # interpreted, also one the modifiers left unread on purpose)
            spans = {self._span_override or (c.idx, c.idx + len(c.text)): c.lemma_.lower() for c in noun.children
                     if c.dep_ == "amod" and c.pos_ == "ADJ" and not list(c.children)}
            self.discourse.last_noun_adjectives = [(a.pred, spans[a.span]) for a in mods if isinstance(a, Atom)
                                                   and a.pred.startswith("a:") and a.args == (x,) and a.span in spans]
        inherited = [Atom(pred, (x,), self.span(noun)) for pred, _ in self._inherited.get(noun.i, [])]
        stuff = self._portion_of(noun)
        if stuff is not None:
            # "a piece of bread" is bread: a portion of a substance is that substance
            inherited.append(Atom(f"n:{_norm(stuff.lemma_.lower())}", (x,), self.span(stuff)))
        return conj(head, *inherited, *mods)

    def _portion_of(self, noun):  # type: ignore[no-untyped-def]
        """The substance of "<portion noun> of <substance>" ("a piece of bread", "slices of
        cheese"): a bare singular common noun, nothing else after "of", which makes it a mass
        noun; else None. "A piece of the puzzle" (a determiner: a part of one thing) and "a
        piece of fresh bread" (the noun has modifiers of its own) are left as "of" alone."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PORTION_NOUNS:
            return None
        of = [c for c in self.children(noun, "prep") if c.lower_ == "of"]
        if len(of) != 1 or len(list(of[0].children)) != 1:
            return None
        stuff = self.children(of[0], "pobj")
        if len(stuff) != 1 or stuff[0].tag_ != "NN" or stuff[0].pos_ != "NOUN" or list(stuff[0].children):
            return None
        return stuff[0]

    def _opaque_compound(self, noun, skip: set):  # type: ignore[no-untyped-def]
        """The modifier right before ``noun`` when the two are one WordNet noun for a made
        thing or a food that is no kind of the noun ("hot dog", "teddy bear";
        ``WordNet.opaque_compound``), else None."""
        if noun.pos_ != "NOUN" or noun.i in self._noun_alias or noun.i == 0:
            return None
        mod = noun.doc[noun.i - 1]
        if (mod.head.i != noun.i or mod.dep_ not in ("compound", "amod") or list(mod.children) or mod.i in skip
                or not mod.is_alpha):
            return None
        return mod if self.opaque(mod.lower_, noun.lemma_.lower()) else None

    def _noun_modifiers(self, noun, x: Var, skip: set) -> list[Formula]:  # type: ignore[no-untyped-def]
        self._described.append(x)
        try:
            return self._noun_modifiers_of(noun, x, skip)
        finally:
            self._described.pop()

    def _made_of(self, c, noun):  # type: ignore[no-untyped-def]
        """The material of "<noun> made of <material>" (``c`` the participle): a bare noun for
        a material WordNet knows, after "made of" or "made from" and nothing else; else None.
        Not for containers, whose compounds name what they hold ("a salt shaker")."""
        if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() != "make":
            return None
        kids = list(c.children)
        if len(kids) != 1 or kids[0].dep_ != "prep" or kids[0].lower_ not in ("of", "from"):
            return None
        objs = list(kids[0].children)
        if len(objs) != 1 or objs[0].dep_ != "pobj" or list(objs[0].children) or objs[0].tag_ not in ("NN", "NNS"):
            return None
        stuff = objs[0]
        return stuff if self.material(stuff.lemma_.lower(), noun.lemma_.lower()) else None

    @staticmethod
    def _numbered_modifier(num, noun):  # type: ignore[no-untyped-def]
        """The modifier right after ``num`` when ``num`` is a number (not "one") that spaCy hangs
        on a singular noun with "a", "an" or "the", which it cannot count: "a three wheeled
        scooter" ("three" and "wheeled" both on "scooter"). Else None."""
        if (num.dep_ != "nummod" or num.lower_ == "one" or list(num.children) or noun.tag_ != "NN"
                or not any(d.lower_ in ("a", "an", "the") for d in noun.children if d.dep_ == "det")
                or num.i + 1 >= noun.i):
            return None
        nxt = num.doc[num.i + 1]
        if nxt.head.i != noun.i or nxt.dep_ not in ("amod", "compound") or list(nxt.children) or not nxt.is_alpha:
            return None
        return nxt

    def _noun_modifiers_of(self, noun, x: Var, skip: set) -> list[Formula]:  # type: ignore[no-untyped-def]
        parts: list[Formula] = []
        joined: set[int] = set()  # modifiers read with the number before them
        for c in noun.children:
            if c.i in skip or c.i in joined or c.dep_ in ("det", "punct", "cc", "conj", "predet", "case", "preconj"):
                continue
            if c.dep_ in ("amod", "compound") and (lacking := self._lacks(c, x)) is not None:
                parts.append(lacking)  # "a shirtless man": a man with no shirt
                continue
            numbered = self._numbered_modifier(c, noun)
            if numbered is not None:
                # "a three wheeled scooter", "a two story house": one thing (a singular noun with
                # an article), so the number does not count it; it belongs to the word after it,
                # one modifier ("three-wheeled"), compared as a whole
                start, end = self.span(c)[0], self.span(numbered)[1]
                joined.add(numbered.i)
                kind = "a" if numbered.dep_ == "amod" else "c"
                parts.append(Atom(f"{kind}:{_norm(c.lower_ + ' ' + numbered.lower_)}", (x,), (start, end)))
                continue
            if (c.dep_ == "amod" and c.lower_ in ("same", "very") and not list(c.children)
                    and any(d.lower_ == "the" for d in self.children(noun, "det"))):
                # "the same stick", "the very stick": the one thing "the" already speaks of;
                # the word adds no property to check
                self.use(c)
                continue
            if _stressed_own(c):
                # "his own doubts", "the company's own lawyers": "own" stresses the possessor
                # the possessive already names; it adds no property
                self.use(c)
                continue
            stuff = self._made_of(c, noun)
            if stuff is not None:
                # "steps made of stone" are "stone steps": read as the compound, so that either
                # wording gives the other
                self.use_subtree(c)
                parts.append(Atom(f"c:{_norm(stuff.lemma_.lower())}", (x,), self.subtree_span(c)))
                continue
            than = [p for p in self.children(noun, "prep") if p.lower_ == "than" and self.children(p, "pobj")]
            if c.dep_ == "amod" and c.tag_ == "JJR" and len(than) == 1 and not list(c.children):
                # "a fatter politician than Bill": fatter than Bill (a measure: the same scale
                # whatever the noun); "a cleverer politician than Bill": cleverer as a politician
                word = _norm(c.lemma_.lower())
                scale = word if self.dimensional(word) else self._attributive(c, noun, modifier=True)
                self.use(c, than[0])
                self._consumed.add(than[0].i)
                parts.append(self.np(self.children(than[0], "pobj")[0],
                                     lambda y, scale=scale, c=c: Atom(f"a:er~{scale}", (x, y), self.span(c)), role="object"))
                continue
            if (c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > noun.i
                    and [a.dep_ for a in c.children] == ["prep"] and c.i not in self._intensify):
                # "a field full of mud", "a bowl full of fruit": the adjective with its complement
                # is one predicate, compared as a whole (full of mud is not plainly full)
                self.use_subtree(c)
                words = [t.lemma_.lower() for t in c.subtree if not t.is_punct]
                parts.append(Atom(f"a:{_norm(' '.join(words))}", (x,), self.subtree_span(c)))
                continue
            painted = self._colored_in(c)
            if painted:
                # "a leotard colored in blue": a blue leotard
                self.use_subtree(c)
                # ("colored in red and yellow": one colouring, as "a red and yellow car"; red
                # all over and yellow all over would contradict the colour disjointness)
                parts.append(Atom("a:" + _mix(painted), (x,), self.subtree_span(c)))
                continue
            if c.dep_ in ("amod", "nmod") and c.pos_ in ("ADJ", "VERB", "PROPN", "NOUN") or c.dep_ == "amod":
                colours = _colour_list(c)
                if colours:
                    self.use_subtree(c)
                    parts.append(Atom("a:" + _mix(colours), (x,), self.span(c)))
                    continue
                ccs = {t.lower_ for t in c.subtree if t.dep_ == "cc"}
                if any(t.dep_ == "conj" for t in c.subtree) and (ccs - {"and"} or noun.tag_ in ("NNS", "NNPS")):
                    # "issues, big or small" is not "big and small"; "internal and external
                    # auditors" may be two groups (the internal ones and the external ones)
                    self.use_subtree(c)
                    parts.append(Unsupported(f"coordinated adjectives {c.text!r} ... (ambiguous)", self.subtree_span(c)))
                    continue
                whole = self._compound_adjective(c)
                if whole is not None and not any(t.i in skip and t.dep_ != "det" for t in c.subtree):
                    # "a dark skinned male", "a snow covered hill", "a long sleeved shirt": one
                    # adjective, compared only as a whole
                    self.use(c, *c.children)
                    parts.append(Atom(f"a:{whole}", (x,), self.subtree_span(c)))
                    continue
                if (c.dep_ == "amod" and not list(c.children) and self.known_noun(c.lower_)
                        and not self.adjective(c.lower_)):
                    # "garlic bread", "karate costumes" with the noun taken for an adjective:
                    # WordNet has the word as a noun only, so it is the compound spaCy makes of
                    # it elsewhere
                    self.use(c)
                    parts.append(Atom(f"c:{_norm(c.lower_)}", (x,), self.span(c)))
                    continue
                negs = [a for a in c.children if a.lower_ == "not" and a.dep_ in ("neg", "advmod") and not list(a.children)]
                rest = [a for a in c.subtree if a not in negs]
                if len(negs) == 1 and c.pos_ == "ADJ" and all(
                        a.i == c.i or (a.dep_ == "advmod" and a.lower_ in INTENSIFIERS and a.head.i == c.i) for a in rest
                ) and all(negs[0].i < a.i for a in rest):  # "not" first: "very not amicable" is very un-amicable
                    # "a not elegant chair", "a not very friendly talk": it is not (very) so
                    self.use(*c.subtree)
                    said = [Atom(f"a:{self._attributive(c, noun)}", (x,), self.span(c))]
                    said += [Atom(f"a:{a.lower_}_{_adj_word(c)}", (x,), self.span(a)) for a in rest if a.i != c.i]
                    parts.append(Not(conj(*said), self.span(negs[0])))
                    continue
                for a in c.subtree:
                    if a.i in skip or a.is_punct:
                        continue
                    if a.i == c.i and a.lower_ in COLORED and any(k.dep_ in ("amod", "advmod", "compound") for k in a.children):
                        # "a green colored ball", "a dark colored shirt": the colour is what it says
                        self.use(a)
                        continue
                    if a.i == c.i or a.dep_ in ("amod", "conj") or (
                            a.dep_ == "advmod" and a.lower_ in COLOURS and a.head.lower_ in COLORED):
                        word = self._attributive(a, noun, modifier=a.i != c.i and a.dep_ == "amod")
                        parts.append(Atom(f"a:{word}", (x,), self.span(a)))
                        if a.i in self._intensify:
                            i = self._intensify[a.i]
                            parts.append(Atom(f"a:{i.lower_}_{_adj_word(a)}", (x,), self.span(i)))  # type: ignore[attr-defined]
                    elif a.dep_ == "advmod" and a.lower_ in INTENSIFIERS and a.head.i not in skip:
                        parts.append(Atom(f"a:{a.lower_}_{_adj_word(a.head)}", (x,), self.span(a)))
                    elif a.dep_ in ("cc",):
                        continue
                    else:
                        parts.append(Unsupported(f"modifier {a.text!r} of adjective", self.span(a)))
            elif c.dep_ == "compound" and self._adjective_compound(c, noun):
                # "a tan dog" where spaCy makes the colour a compound: the adjective it is ("the
                # dog is tan" follows), as when spaCy says amod
                self.use(c)
                parts.append(Atom(f"a:{self._attributive(c, noun, modifier=True)}", (x,), self.span(c)))
            elif c.dep_ == "compound":
                self.use_subtree(c)
                parts.append(Atom(f"c:{_norm(' '.join(t.lemma_ for t in c.subtree))}", (x,), self.span(c)))
            elif c.dep_ == "nummod":
                if ([k.lower_ for k in c.children] == ["out", "of"] and self.discourse.text_index != self.discourse.hypothesis
                        and any(k.dep_ == "nummod" and k.i < c.i for k in noun.children)):
                    # "two out of ten machines" in a premise: at least two machines; how many
                    # there are in all is left out (a premise that says less is still true)
                    self.use(c, *c.children)
                    continue
                parts.append(Unsupported(f"number {c.text!r} inside a noun phrase", self.span(c)))
            elif c.dep_ == "poss":
                if c.lower_ in DEICTIC_POSSESSIVES:
                    # "my grandfather": the speaker's, as "me" is the speaker
                    self.use(c)
                    parts.append(Atom("poss", (x, Const(DEICTIC_POSSESSIVES[c.lower_])), self.span(c)))
                elif c.lower_ in PERSONAL_PRONOUNS or c.pos_ == "PRON":
                    ref = self.resolve(c)
                    if ref is None:
                        parts.append(Unsupported(f"possessive pronoun {c.text!r}: no single antecedent", self.span(c), separable=True))
                    else:
                        parts.append(Atom("poss", (x, ref), self.span(c)))
                else:
                    parts.append(self.np(c, lambda y, c=c: Atom("poss", (x, y), self.span(c)), role="object"))
            elif c.dep_ == "prep":
                if c.i in self._consumed or c.i in skip:
                    continue
                adj = self._of_dimension(c)
                if adj is not None:
                    # "a dog of large size", "a boy of young age": a large dog, a young boy
                    self.use_subtree(c)
                    parts.append(Atom(f"a:{self._attributive(adj, noun)}", (x,), self.span(adj)))
                    continue
                parts.append(self._noun_pp(noun, c, x))
            elif c.dep_ == "relcl":
                parts.append(self.relative(c, x))
            elif c.dep_ == "acl":
                parts.append(self.acl(c, x))
            elif c.dep_ in ("advmod",) and c.lower_ in ("only", "just", "also"):
                parts.append(Unsupported(f"focus particle {c.text!r}", self.span(c)))
            elif c.dep_ == "quantmod" or c.dep_ == "nummod":
                parts.append(Unsupported(f"unhandled quantity {c.text!r}", self.span(c)))
            elif c.dep_ == "appos":
                continue
            elif c.dep_ == "advmod" and c.lower_ in LOCATIVE_ADVERBS and not list(c.children):
                # "a drink nearby": where the thing is, said of the thing (as "is nearby")
                self.use(c)
                parts.append(Atom(f"r:{c.lower_}", (x,), self.span(c)))
            else:
                parts.append(Unsupported(f"dependency {c.dep_!r} on noun {noun.text!r}", self.span(c)))
        return parts

    def _of_dimension(self, prep):  # type: ignore[no-untyped-def]
        """The adjective of "of <adjective> size/age/height" after a noun ("of large size",
        "of young age"): the phrase says what the adjective says of the noun; else None."""
        objs = self.children(prep, "pobj")
        if prep.lower_ != "of" or len(list(prep.children)) != 1 or len(objs) != 1:
            return None
        dim = objs[0]
        # (a stray "and" of a following coordination may hang on it)
        kids = [k for k in dim.children if k.dep_ not in ("cc", "punct")]
        if dim.lemma_.lower() not in DIMENSION_NOUNS or dim.tag_ != "NN" or len(kids) != 1:
            return None
        adj = kids[0]
        if adj.dep_ != "amod" or adj.pos_ != "ADJ" or list(adj.children):
            return None
        return adj

    def _adjective_compound(self, c, noun) -> bool:  # type: ignore[no-untyped-def]
        """Is the bare compound modifier ``c`` a colour adjective ("a tan dog")? Not where WordNet
        has the two words as one noun ("orange juice", "blue jeans"), nor for a colour that is
        also the thing's material ("a gold statue" is "a statue made of gold"). (Other adjectives
        spaCy calls compounds stay compounds: whether one is read relative to its noun, as
        gradable adjectives are, would then depend on the tag spaCy gave it, and "a leafy
        cabbage" would stop being "a leafy vegetable".)"""
        word = c.lower_
        return (not list(c.children) and word in COLOURS
                and not self.known_noun(f"{word} {noun.lemma_.lower()}")
                and not self.material(word, noun.lemma_.lower()))

    def _attributive(self, adj, noun, modifier: bool = False) -> str:  # type: ignore[no-untyped-def]
        """Gradable adjectives are relative to the noun ("a clever politician" need not be clever,
        "a small elephant" is not small): their predicate is indexed by the noun. Gradability is
        read off WordNet: an adjective with an antonym (directly or through its head cluster).
        ``modifier``: the word modifies an adjective ("light colored"), an adjective whatever
        its tag says."""
        word = _adj_word(adj)
        cls = self._noun_alias.get(noun.i) or _norm(noun.lemma_.lower())
        if cls in GENERIC_NOUNS or noun.lower_ == "people":
            return word  # "a clever person": clever by the standard for people, the one names get
        if (modifier or adj.pos_ == "ADJ" or adj.tag_ in ("JJ", "VBN")) and self.gradable(word):
            return f"{word}@{cls}"
        return word

    def relative(self, verb, x: Var) -> Formula:  # type: ignore[no-untyped-def]
        # the relative pronoun: the verb's own argument, a preposition's object ("on which"),
        # or the subject of a perception verb's complement ("whom Helen saw answer the phone")
        pron = [t for t in verb.subtree if t.lower_ in REL_PRONOUNS and t.head.i in (verb.i,) or (
            t.lower_ in REL_PRONOUNS and t.head.head.i == verb.i and t.dep_ == "pobj") or (
            t.lower_ in REL_PRONOUNS and t.head.head.i == verb.i and t.dep_ == "nsubj" and t.head.dep_ == "ccomp")]
        if pron:
            self._bound[pron[0].i] = x
            self.use(pron[0])
            if pron[0].dep_ in ("nsubj", "nsubjpass") and pron[0].head.i == verb.i:
                return self.vp(verb, x)
            return self.clause(verb)
        subj = self.children(verb, "nsubj", "nsubjpass")
        if not subj:
            return self.vp(verb, x)
        if (verb.pos_ == "VERB" and subj[0].dep_ == "nsubj" and verb.lemma_ != "be"
                and not self.children(verb, "dobj", "ccomp", "xcomp", "auxpass", "attr", "acomp")
                and all(self.children(c, "pobj", "pcomp") for c in self.children(verb, "prep"))
                and verb.head.lemma_.lower() not in GAP_ADVERBIAL_NOUNS):
            # "a trout he just caught": the noun fills the object gap of the clause.
            self._event_hook[verb.i] = lambda e: Atom("theme", (e, x))
            return self.clause(verb)
        return Unsupported("relative clause without relative pronoun", self.span(verb))

    def acl(self, verb, x: Var) -> Formula:  # type: ignore[no-untyped-def]
        """Participles ("results published in newspapers", "a man playing a guitar") are events
        with the noun as theme or agent; infinitives ("the right to live in Europe") are opaque."""
        if any(a.lower_ == "to" for a in self.children(verb, "aux")) or verb.tag_ == "VB":
            txt = " ".join(t.lemma_.lower() for t in verb.subtree if not t.is_punct)
            self.use_subtree(verb)
            return Atom(f"a:to[{_norm(txt)}]", (x,), self.subtree_span(verb))
        if verb.tag_ == "VBN":
            if _negations(verb):
                return Unsupported(f"negated participle {verb.text!r}", self.span(verb))
            dressed = self._dressed_in(verb)
            if dressed is not None:
                prep, noun = dressed
                self.use(verb)
                if prep.head.i == noun.i:
                    # the noun's own "in" phrase says it (see ``_noun_pp``)
                    return Top()
                # "a man dressed in red", "a girl dressed in a pink coat": what "a man in red",
                # "a girl in a pink coat" say, that they wear it (not an event of dressing)
                return self._noun_pp(noun, prep, x)
            body = self._vp_core(verb, x, skip=set())
            # The noun is what undergoes the event: swap the agent role the core assumed.
            body = _swap_first_agent(body, x)
            more = [c for c in self.children(verb, "conj") if c.tag_ in ("VBG", "VBN")]
            ccs = self.children(verb, "cc")
            if more and ccs and all(c.lower_ == "and" for c in ccs):
                # "a man dressed in black and riding a bike": the noun does (or undergoes) each
                self.use(*ccs)
                return conj(body, *[self.acl(c, x) for c in more])
            return body
        if verb.tag_ == "VBG":
            return self.vp(verb, x)  # "a man not wearing a hat": negation and coordination apply
        return Unsupported(f"clause modifying a noun ({verb.tag_})", self.span(verb))


def _colour_list(tok) -> list | None:  # type: ignore[no-untyped-def]
    """The colour words of a coordination of bare colours headed by ``tok`` ("black and white",
    "purple, white and black"): only colour words, "and" and commas ("a tiny brown and white
    dog" keeps "tiny"); None for anything else, and for one colour alone."""
    colours = [t for t in tok.subtree if t.i == tok.i or t.dep_ == "conj"]
    if len(colours) > 1 and all(t.lower_ in COLOURS for t in colours) and all(
            t.lower_ in COLOURS or t.lower_ in ("and", ",") for t in tok.subtree):
        return colours
    return None


def _mix(colours) -> str:  # type: ignore[no-untyped-def]
    """The one predicate name of a mix of colours: "black_and_white" (a black and white dog is
    black and white at once, not black all over and white all over)."""
    return "_and_".join(t.lower_ for t in colours)


def _modalized(f: Formula, subj: Term, prefix: str) -> Formula:
    """``f`` with the modal ``prefix`` ("would~") put into each predicate said of ``subj``
    ("a:costly(x)" -> "a:would~costly(x)", "p:in(x, y)" -> "p:would~in(x, y)")."""
    if isinstance(f, Atom):
        if f.args and f.args[0] == subj and f.pred[:2] in ("a:", "n:", "p:", "r:"):
            return Atom(f"{f.pred[:2]}{prefix}{f.pred[2:]}", f.args, f.span)
        return f
    if isinstance(f, (And, Or)):
        return type(f)(tuple(_modalized(p, subj, prefix) for p in f.parts))
    if isinstance(f, (Exists, ForAll)):
        return type(f)(f.var, _modalized(f.body, subj, prefix))
    if isinstance(f, Not):
        return Not(_modalized(f.body, subj, prefix), f.span)
    if isinstance(f, Implies):
        return Implies(_modalized(f.left, subj, prefix), _modalized(f.right, subj, prefix))
    return f


def _replace_event_predicate(f: Formula, e: Var, pred: str) -> Formula:
    """``f`` with the verb predicate of event ``e`` ("v:win(e)") replaced by ``pred``."""
    if isinstance(f, Atom):
        return Atom(pred, f.args, f.span) if f.args == (e,) and f.pred.startswith("v:") else f
    if isinstance(f, (And, Or)):
        return type(f)(tuple(_replace_event_predicate(p, e, pred) for p in f.parts))
    if isinstance(f, Exists):
        return Exists(f.var, _replace_event_predicate(f.body, e, pred))
    return f


def _hoisted(restr: Formula, x: Var) -> tuple[list[tuple[Var, Formula]], Formula]:
    """Split a description's restrictor into the noun phrases inside it, each ``(y, what it
    says of y alone)``, and what is left of ``x`` (the relation to each y included):
    ``shoulder(x) ∧ ∃y.(man(y) ∧ of(x,y))`` gives ``[(y, man(y))]`` and ``shoulder(x) ∧ of(x,y)``."""

    outer: list[tuple[Var, Formula]] = []
    kept: list[Formula] = []
    for part in (restr.parts if isinstance(restr, And) else (restr,)):
        if isinstance(part, Exists) and x.name in free_vars(part.body):
            body = part.body.parts if isinstance(part.body, And) else (part.body,)
            own = [b for b in body if x.name not in free_vars(b)]
            rel = [b for b in body if x.name in free_vars(b)]
            if own and all(isinstance(b, Atom) for b in rel):
                outer.append((part.var, conj(*own)))
                kept.extend(rel)
                continue
        kept.append(part)
    return outer, conj(*kept)


def _first_conjunct(tok):  # type: ignore[no-untyped-def]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _collecting(scope: Scope, members: list[Term]) -> Scope:
    """``scope``, noting each term it is said of in ``members`` (once)."""
    def each(t: Term) -> Formula:
        if t not in members:
            members.append(t)
        return scope(t)
    return each


def _stressed_own(t) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``t`` is the "own" of "his own doubts", "the company's own lawyers": it stresses
    the possessor the possessive already names and adds no property."""
    return (t.dep_ == "amod" and t.lower_ == "own" and not list(t.children)
            and any(p.tag_ == "PRP$" or p.dep_ == "poss" for p in t.head.children if p.i < t.i))


def _asserted_thing(f: Formula, span) -> tuple[Var, Atom] | None:  # type: ignore[no-untyped-def]
    """The variable and noun atom of the one individual ``f`` asserts outright (an ∃ reached
    through ∃ and ∧ only) whose noun is the word at ``span``, else None."""
    found: list[tuple[Var, Atom]] = []
    for var, parts in _outright(f):
        nouns = [a for a in parts if isinstance(a, Atom) and a.pred.startswith("n:") and a.args == (var,)
                 and a.span == span]
        if nouns:
            found.append((var, nouns[0]))
    return found[0] if len(found) == 1 else None


def _outright(f: Formula):  # type: ignore[no-untyped-def]
    """Each ∃ that ``f`` asserts outright (reached through ∧ and ∃ only, not under negation or
    another quantifier): its variable and the conjuncts of its body."""
    todo = [f]
    while todo:
        g = todo.pop()
        if isinstance(g, And):
            todo.extend(g.parts)
        elif isinstance(g, Exists):
            yield g.var, (g.body.parts if isinstance(g.body, And) else (g.body,))
            todo.append(g.body)


def _unquantify(f: Formula, var: Var) -> Formula:
    """``f`` without the ∃ that binds ``var`` (found by ``_asserted_thing``): its body in place."""
    if isinstance(f, And):
        return And(tuple(_unquantify(p, var) for p in f.parts))
    if isinstance(f, Exists):
        return _unquantify(f.body, var) if f.var == var else Exists(f.var, _unquantify(f.body, var))
    return f


def _negations(verb) -> list:  # type: ignore[no-untyped-def]
    return [c for c in verb.children if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")]


def _any(tok) -> str:  # type: ignore[no-untyped-def]
    """ "any" is existential where negative polarity items live ("did not catch any ball") and
    universal (free choice) elsewhere ("any dog can swim")."""
    return "some" if _negative_context(tok) else "every"


def _negative_context(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` stands where a negative polarity item is licensed: under a negated verb,
    "without", "if", or a negative subject ("nobody", "no one", "no N") of a clause above it."""
    t = tok
    while True:
        head = t.head
        if head.lower_ in ("without", "if", "before", "unless") or head.text.endswith("?"):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in head.children):
            return True
        if _negations(head):
            return True
        for s in head.children:
            if s.dep_ in ("nsubj", "nsubjpass") and s.i != t.i and (
                s.lower_ in ("nobody", "nothing", "none") or any(d.lower_ == "no" for d in s.children)
            ):
                return True
        if head.i == t.i:  # the root
            return False
        t = head


def _has_unsupported(f: Formula) -> bool:

    return bool(unsupported_parts(f))


def _number_value(words: str) -> int | None:
    """ "7", "1,000", "seven", "forty five", "twenty-one" -> int; anything else -> None."""
    w = words.replace(",", "")
    if w.isdigit():
        return int(w)
    parts = re.split(r"[\s-]+", w)
    if not parts or any(p not in NUMBERS for p in parts):
        return None
    if len(parts) == 1:
        return NUMBERS[parts[0]]
    # "forty five": tens then units only; other spellings are not guessed at
    if len(parts) == 2 and NUMBERS[parts[0]] % 10 == 0 and 20 <= NUMBERS[parts[0]] <= 90 and NUMBERS[parts[1]] < 10:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    return None


# Verbs whose object may carry the event ("make a jump" is jumping); see ``_light_object``.
LIGHT_VERBS = frozenset({"make", "do", "take", "give", "have", "perform"})


def _reciprocal(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` heads "each other" or "one another"."""
    kids = [c.lower_ for c in tok.children]
    return (tok.lower_ == "other" and kids == ["each"]) or (tok.lower_ == "one" and kids == ["another"]) or (
        tok.lower_ == "another" and kids == ["one"])
# Prepositions whose gerund complement is an event of the subject that happened ("without":
# that did not happen).
GERUND_PREPOSITIONS = frozenset({"after", "while", "when", "upon", "by", "without"})
# Nouns a bare relative clause modifies adverbially ("the day he left", "the way she sings"),
# not as the verb's object.
GAP_ADVERBIAL_NOUNS = frozenset({"way", "time", "day", "year", "reason", "place", "moment", "night", "morning",
                                 "evening", "week", "month", "minute", "hour", "second", "manner"})


def _adj_word(tok) -> str:  # type: ignore[no-untyped-def]
    """Adjectives by lemma, except comparatives/superlatives and participles, by form."""
    if tok.pos_ == "ADJ" and tok.tag_ not in ("JJR", "JJS"):
        return _norm(tok.lemma_)
    return _norm(tok.lower_)


def _swap_first_agent(f: Formula, x: Term) -> Formula:
    if isinstance(f, Exists) and isinstance(f.body, And):
        parts = tuple(
            Atom("theme", p.args, p.span) if isinstance(p, Atom) and p.pred == "agent" and p.args[1] == x else p
            for p in f.body.parts
        )
        return Exists(f.var, And(parts))
    return f
