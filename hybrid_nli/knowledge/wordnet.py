"""WordNet 3.0, compiled into ``hybrid_nli/data/wordnet.sqlite.gz`` by ``scripts/build_wordnet.py``.

Word senses. WordNet lists a word's senses by frequency (from the SemCor tagged corpus). A
relation ``A is-a B`` holds when one of the *first* ``max_sense`` senses of ``A`` (default 1: the
predominant sense) has any sense of ``B`` among its hypernym ancestors (or is one), so that
"apple is-a fruit" holds but "man is-a piece" (a chess man) does not; an adjective satellite
is-a the head of its cluster ("huge" is-a "large"), not the converse. Antonymy is WordNet's
word-level antonym pointer, extended to the adjective satellites of each antonym ("similar to"),
again through the first ``max_sense`` senses. Licence: see ``data/WORDNET_LICENSE.txt``.
"""

from __future__ import annotations

import gzip
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from hybrid_nli.errors import ModelUnavailableError

POS = ("n", "v", "a", "r")
_POS_CODE = {"n": 1, "v": 2, "a": 3, "r": 4}


@dataclass(frozen=True, slots=True)
class WordNetPath:
    """Evidence for a relation: the synsets it goes through, readable (``dog.n.01``)."""

    relation: str  # "hypernym" | "synonym" | "antonym"
    chain: tuple[str, ...]

    def source(self) -> str:
        return "wordnet:" + " -> ".join(self.chain)


class WordNet:
    """Read-only queries on the compiled WordNet. Thread-safe; opened on first use."""

    def __init__(self, max_sense: int = 1) -> None:
        self.max_sense = max_sense
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            with self._lock:
                if self._db is None:
                    try:
                        raw = resources.files("hybrid_nli").joinpath("data/wordnet.sqlite.gz").read_bytes()
                    except FileNotFoundError as exc:  # pragma: no cover - broken install
                        raise ModelUnavailableError(
                            "hybrid_nli/data/wordnet.sqlite.gz is missing; rebuild it with "
                            "`python scripts/build_wordnet.py` or reinstall hybrid-nli"
                        ) from exc
                    db = sqlite3.connect(":memory:", check_same_thread=False)
                    db.deserialize(gzip.decompress(raw))
                    self._db = db
        return self._db

    @lru_cache(maxsize=200_000)  # noqa: B019 - one instance per process in practice
    def synsets(self, lemma: str, pos: str) -> tuple[int, ...]:
        """Synset ids of ``lemma`` in frequency order. Words of several parts are tried with
        spaces and then with hyphens ("t shirt", as a predicate name spells "t-shirt")."""
        key = lemma.lower().replace(" ", "_")
        for k in dict.fromkeys((key, key.replace("_", "-"))):
            rows = self._conn().execute("SELECT synset FROM sense WHERE lemma=? AND pos=? ORDER BY rank", (k, pos)).fetchall()
            if rows:
                ids = tuple(r[0] for r in rows)
                usual = _PREDOMINANT_SENSE.get((k, pos))
                if usual is not None:
                    first = self._synset_id(usual)
                    if first in ids:
                        ids = (first, *(i for i in ids if i != first))
                return ids
        return ()

    def _reach(self, lemma: str, pos: str, senses: int | None) -> int:
        """How many of ``lemma``'s senses a lookup reads: ``senses`` (the lexical-gap search
        reads further) or the predominant ones; only the everyday sense of a word in
        ``_PREDOMINANT_SENSE``, whose other senses are the ones a sentence rarely means."""
        if (lemma.lower().replace(" ", "_"), pos) in _PREDOMINANT_SENSE:
            return 1
        return senses or self.max_sense

    def knows(self, lemma: str, pos: str) -> bool:
        return bool(self.synsets(lemma, pos))

    @lru_cache(maxsize=20_000)  # noqa: B019
    def base_forms(self, form: str, pos: str) -> tuple[str, ...]:
        """Lemmas an irregular form inflects ("drunk" -> ("drink",)), from WordNet's exception
        lists; empty for regular forms."""
        rows = self._conn().execute("SELECT lemma FROM exc WHERE form=? AND pos=?", (form.lower(), pos)).fetchall()
        return tuple(r[0] for r in rows)

    def lemma(self, word: str, pos: str) -> str:
        """The base form of a noun or verb as WordNet lists it ("antibiotics" -> "antibiotic",
        "geese" -> "goose", "outranks" -> "outrank"); the word itself when it is one already or
        nothing fits. Irregular forms come from the exception lists, regular ones from suffixes."""
        w = word.lower()
        if self.knows(w, pos):
            return w
        for base in self.base_forms(w, pos):
            if self.knows(base, pos):
                return base
        rules = [("ies", "y"), ("es", ""), ("s", "")] if pos == "n" else \
            [("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")]
        for suffix, repl in rules:
            if w.endswith(suffix) and self.knows(w[: -len(suffix)] + repl, pos):
                return w[: -len(suffix)] + repl
        if pos == "n" and len(w) > 3:
            # a word WordNet does not know: the regular English plural, as a tagger would read it
            if w.endswith("ies"):
                return w[:-3] + "y"
            if w.endswith(("ses", "xes", "ches", "shes", "zes")):
                return w[:-2]
            if w.endswith("s") and not w.endswith(("ss", "us", "is")):
                return w[:-1]
        return w

    @lru_cache(maxsize=100_000)  # noqa: B019
    def name(self, synset: int) -> str:
        row = self._conn().execute("SELECT name FROM synset WHERE id=?", (synset,)).fetchone()
        return row[0] if row else str(synset)

    def _has_antonym_pointer(self, synset: int) -> bool:
        return self._conn().execute("SELECT 1 FROM ptr WHERE src=? AND rel='!' LIMIT 1", (synset,)).fetchone() is not None

    @lru_cache(maxsize=100_000)  # noqa: B019
    def _ancestors(self, synset: int) -> dict[int, int]:
        """Hypernym ancestors of ``synset`` (itself included), each mapped to its child on the
        path found first (breadth-first), to rebuild the chain. An adjective satellite's
        ancestor is the head of its cluster ("similar to" from a satellite: huge.s.01 ->
        large.a.01, so "huge" gives "large", "big"); never from a head to its satellites."""
        seen: dict[int, int] = {synset: synset}
        frontier = [synset]
        db = self._conn()
        # (the compiled file names satellites ".a." too; a cluster's head is the synset with the
        # direct antonym, a satellite one without)
        if ".a." in self.name(synset) and not self._has_antonym_pointer(synset):
            for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel='&'", (synset,)):
                if self._has_antonym_pointer(d):
                    seen[d] = synset
        while frontier:
            nxt = []
            for s in frontier:
                for variant in _VARIANTS_OF.get(self.name(s), ()):  # every woman is a lady
                    v = self._synset_id(variant)
                    if v is not None and v not in seen:
                        seen[v] = s
                parents = [d for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel IN ('@','@i')", (s,))]
                parents += [p for p in map(self._synset_id, _NAMED_CLASS.get(self.name(s), ())) if p is not None]
                for d in parents:
                    if d not in seen:
                        seen[d] = s
                        nxt.append(d)
            frontier = nxt
        return seen

    def _up_to(self, anc: dict[int, int], node: int) -> list[str]:
        """The synset names from where ``anc`` (an ``_ancestors`` map) starts up to ``node``."""
        chain = [node]
        while anc[node] != node:
            node = anc[node]
            chain.append(node)
        return [self.name(c) for c in reversed(chain)]

    @lru_cache(maxsize=200_000)  # noqa: B019 - asked again for the same word pairs problem after problem
    def hypernym_path(self, specific: str, general: str, pos: str, senses: int | None = None) -> WordNetPath | None:
        """Evidence that ``specific`` is-a ``general`` (see the module's note on senses);
        ``senses`` overrides ``max_sense`` (the lexical-gap search looks further)."""
        if specific == general:
            return None
        ranked = self.synsets(general, pos)
        targets = set(ranked)
        if not targets:
            return None
        # A shared synset (synonymy) must also be one of the general word's first senses:
        # "daughter" has "girl" in its synset, but that is girl's third sense, not "young woman";
        # "harmonica" has "harp", harp's second sense.
        near = set(ranked[: self.max_sense])  # also in the gap search: the hypothesis word in its usual sense
        for s in self.synsets(specific, pos)[: self._reach(specific, pos, senses)]:
            anc = self._ancestors(s)
            # a synonym, or a register variant (``_REGISTER_VARIANTS``), only in the general
            # word's usual sense: "cat" also names a guy (guy.n.01), but a man is no cat
            hits = [t for t in targets if t in anc and ((t != s and self.name(t) not in _REGISTER_VARIANTS) or t in near)]
            if hits:
                names = tuple(self._up_to(anc, hits[0]))
                # a step up to a register variant says why (WordNet has it the other way up)
                names = tuple(f"{n} ({_REGISTER_VARIANTS[n][1]})" if i and n in _REGISTER_VARIANTS
                              and _REGISTER_VARIANTS[n][0] == names[i - 1] else
                              f"{n} (a link WordNet leaves out)" if i and n in _NAMED_CLASS.get(names[i - 1], ()) else n
                              for i, n in enumerate(names))
                return WordNetPath("synonym" if len(names) == 1 else "hypernym", names)
        if pos == "n" and general in _EVERYDAY_SENSES:
            return self._everyday_path(specific, general, self._reach(specific, pos, senses))
        return None

    def kind_of(self, word: str, kinds: tuple[str, ...], pos: str = "n", senses: int = 3) -> bool:
        """Is one of the first ``senses`` senses of ``word`` (a hyponym of) one of ``kinds``
        (words, any of their senses)? For what a use implies rather than a word's first sense:
        "a glass of water" is glass's second sense, "a man in a sombrero" sombrero's third."""
        return any(self.hypernym_path(word, k, pos, senses=senses) is not None for k in kinds)

    @lru_cache(maxsize=10_000)  # noqa: B019
    def first_sense_under(self, lemma: str, pos: str, ancestors: tuple[str, ...],
                          skip_lexnames: frozenset[int] = frozenset()) -> str | None:
        """"field.n.01 < tract.n.01" when the first sense of ``lemma`` is (a hyponym of) one
        of ``ancestors`` (synset names), else None. Senses filed under ``skip_lexnames`` do not
        count as the first (a yard as a unit of length is no place to be in)."""
        senses = self.synsets(lemma, pos)
        if skip_lexnames:
            lex = self._conn().execute
            senses = tuple(s for s in senses
                           if lex("SELECT lexname FROM synset WHERE id=?", (s,)).fetchone()[0] not in skip_lexnames)
        if not senses:
            return None
        anc = self._ancestors(senses[0])
        for name in ancestors:
            target = self._synset_id(name)
            if target is not None and target in anc:
                return f"{self.name(senses[0])} < {name}" if target != senses[0] else name
        return None

    @lru_cache(maxsize=64)  # noqa: B019
    def _synset_id(self, name: str) -> int | None:
        row = self._conn().execute("SELECT id FROM synset WHERE name=?", (name,)).fetchone()
        return row[0] if row else None

    def _everyday_path(self, specific: str, general: str, senses: int) -> WordNetPath | None:
        """``general`` in its everyday sense (``_EVERYDAY_SENSES``): "a thing" is any physical
        object but a living one, which WordNet files under object.n.01, not under any sense of
        "thing" (thing.n.12, "a separate and self-contained entity", is object's sibling)."""
        cover_name, excluded_names, sense = _EVERYDAY_SENSES[general]
        cover, excluded = self._synset_id(cover_name), [self._synset_id(n) for n in excluded_names]
        if cover is None:
            return None
        for s in self.synsets(specific, pos="n")[:senses]:
            anc = self._ancestors(s)
            if cover in anc and not any(x in anc for x in excluded if x is not None):
                return WordNetPath("hypernym", (*self._up_to(anc, cover), sense))
        return None

    @lru_cache(maxsize=50_000)  # noqa: B019
    def has_antonym(self, lemma: str, pos: str) -> bool:
        """Whether the predominant sense has an antonym, directly or through its head cluster
        (the mark of a gradable adjective)."""
        db = self._conn()
        for s in self.synsets(lemma, pos)[: self.max_sense]:
            heads = [s] + [d for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel='&'", (s,))]
            for h in heads:
                if db.execute("SELECT 1 FROM ptr WHERE src=? AND rel='!' LIMIT 1", (h,)).fetchone():
                    return True
        return False

    def is_relative(self, lemma: str) -> bool:
        """Whether an adjective's standard depends on the noun it modifies ("a small elephant" is
        not small, "a clever politician" need not be clever): a gradable adjective (one with an
        antonym) unless WordNet says the attribute it values is not a scale property: colours
        and other visual properties ("green", "black", "dark"), bodily properties ("female", "male"), feelings and states
        ("happy"), conditions ("successful", "legal") are read intersectively, and so are the
        identity adjectives "same", "different", "other", which compare things, not degrees,
        and classifying adjectives whose only antonyms are "non-" words ("mechanical")."""
        if lemma in _IDENTITY_ADJECTIVES or not self.has_antonym(lemma, "a"):
            return False
        antonyms = self.antonym_words(lemma)
        if antonyms and all(a.startswith("non") for a in antonyms):
            # "mechanical" / "nonmechanical", "metal" / "nonmetal": "non-" makes the complement
            # of a class, not the other end of a scale; a mechanical bull is mechanical
            return False
        attrs = self._attributes(lemma)
        if not attrs and self.is_participle(lemma) and self.lexname(self.lemma(lemma, "v"), "v") not in _EXPERIENCER_VERBS:
            # "seated", "painted", "closed": a state the verb leaves, not a degree ("tired",
            # "bewildered", "excited" are: their verbs are of the body, cognition or emotion)
            return False
        return not attrs or any(self._scale(attr) for attr in attrs)

    def is_participle(self, word: str) -> bool:
        """Whether an adjective is a verb's past participle ("seated", "painted", "broken")."""
        if not word.endswith(("ed", "en")):
            return False
        base = self.lemma(word, "v")
        return base != word and self.knows(base, "v")

    def is_dimensional(self, lemma: str) -> bool:
        """Whether a relative adjective measures a magnitude WordNet names: size ("small",
        "big"), stature ("tall"), age ("old"), speed, weight. These are relative
        to their subject's class even after "is" ("the mouse is small" is small for a mouse);
        adjectives without such an attribute ("tired", "modest") are read absolutely there."""
        return self.has_antonym(lemma, "a") and any(self._scale(attr) for attr in self._attributes(lemma))

    def _attributes(self, lemma: str) -> list[int]:
        """The attribute synsets an adjective's predominant senses value (WordNet's '=')."""
        db = self._conn()
        attrs = []
        for s in self.synsets(lemma, "a")[: self.max_sense]:
            heads = [s] + [d for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel='&'", (s,))]
            for h in heads:
                attrs += [a for (a,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel='='", (h,))]
        return attrs

    def _scale(self, attr: int) -> bool:
        names = self._ancestor_names(attr)
        return self.name(attr) == "quality.n.01" or ("property.n.02" in names and not (names | {self.name(attr)}) & _NOT_SCALES)

    @lru_cache(maxsize=10_000)  # noqa: B019
    def _ancestor_names(self, synset: int) -> frozenset[str]:
        db = self._conn()
        seen: set[int] = set()
        todo = [synset]
        while todo:
            x = todo.pop()
            for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel IN ('@','@i')", (x,)):
                if d not in seen:
                    seen.add(d)
                    todo.append(d)
        return frozenset(self.name(a) for a in seen)

    def entailment_path(self, a: str, b: str, senses: int | None = None) -> WordNetPath | None:
        """Evidence that doing ``a`` entails doing ``b`` (WordNet verb entailment, "snore" ->
        "sleep"), from one of the first senses of ``a`` to any sense of ``b`` or its ancestors."""
        db = self._conn()
        targets = set(self.synsets(b, "v"))
        for s in self.synsets(a, "v")[: self._reach(a, "v", senses)]:
            for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel='*'", (s,)):
                anc = self._ancestors(d)
                hits = [t for t in targets if t in anc]
                if hits:
                    return WordNetPath("entailment", (self.name(s), self.name(d))
                                       + ((self.name(hits[0]),) if hits[0] != d else ()))
        return None

    @lru_cache(maxsize=50_000)  # noqa: B019
    def opposite_sex(self, a: str, b: str) -> WordNetPath | None:
        """Evidence that no ``a`` is a ``b`` because one is (a kind of) male.n.02, a male person,
        and the other of female.n.02, its antonym, in their predominant senses: a boy is no
        girl, a man no lady. Of WordNet's noun antonyms only these are inherited: most others
        between persons are roles one person can hold both of (employer and employee, parent
        and child, leader and follower), and adult.n.01 / juvenile.n.01 would make a girl
        (girl.n.01, "a young woman") no child, as SICK's girls mostly are."""
        sa, sb = self.synsets(a, "n")[: self._reach(a, "n", None)], self.synsets(b, "n")[: self._reach(b, "n", None)]
        male, female = self._synset_id("male.n.02"), self._synset_id("female.n.02")
        for x in sa:
            ax = self._ancestors(x)
            for y in sb:
                ay = self._ancestors(y)
                for one, other in ((male, female), (female, male)):
                    if one in ax and other in ay and other not in ax and one not in ay:
                        return WordNetPath("antonym", (*self._up_to(ax, one), *reversed(self._up_to(ay, other))))
        return None

    @lru_cache(maxsize=50_000)  # noqa: B019
    def usual_siblings(self, a: str, b: str, pos: str) -> bool:
        """Whether the predominant senses of ``a`` and ``b`` are two kinds of one thing (they
        share a direct hypernym with at most ``_SIBLING_CLASS`` kinds under it: boy.n.01 and
        man.n.01 are two of male.n.02's eleven). A later sense that links such words is a
        by-use ("boy" for a grown man, boy.n.02), not what a sentence about a boy says of a
        man. A broad class is no set of alternatives: person.n.01 has hundreds of kinds, and a
        friend may be a Roundhead."""
        sa, sb = self.synsets(a, pos), self.synsets(b, pos)
        if not sa or not sb or sa[0] == sb[0]:
            return False
        db = self._conn()

        def parents(s: int) -> set[int]:
            return {d for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel IN ('@','@i')", (s,))}

        return any(self._kinds(p) <= _SIBLING_CLASS for p in parents(sa[0]) & parents(sb[0]))

    @lru_cache(maxsize=10_000)  # noqa: B019 - a scan of the pointer table (no index on targets)
    def _kinds(self, synset: int) -> int:
        """How many synsets have ``synset`` as a direct hypernym."""
        return self._conn().execute("SELECT count(*) FROM ptr WHERE dst=? AND rel IN ('@','@i')", (synset,)).fetchone()[0]

    @lru_cache(maxsize=20_000)  # noqa: B019
    def opaque_compound(self, modifier: str, head: str) -> str | None:
        """The synset of "<modifier> <head>" when WordNet lists the phrase as a noun for a
        made thing or a food (one of its first three senses) while ``head`` is first a living
        thing, and no sense of the phrase is one ("a hot dog" is a sandwich, not a dog; "a teddy bear", "a rocking horse" are
        toys); else None. Read as modifier and head, "a man eats a hot dog" would say he eats a
        dog. (Other lexicalized phrases keep the usual reading: WordNet's "little dog" is a
        constellation and its "black cat" a marten, where the words mean a dog and a cat.)"""
        phrase = f"{modifier} {head}"
        senses = self.synsets(phrase, "n")
        if not senses or self.lexname(head, "n") not in _LIVING_LEXNAMES:
            return None
        db = self._conn()
        made = [s for s in senses[:3] if db.execute("SELECT lexname FROM synset WHERE id=?", (s,)).fetchone()[0]
                in _MADE_LEXNAMES]
        if not made or self.hypernym_path(phrase, head, "n", senses=len(senses)) is not None:
            return None
        return self.name(made[0])

    def lexname(self, lemma: str, pos: str) -> int | None:
        """The lexicographer file number of the predominant sense (13 noun.food, 20 noun.plant,
        27 noun.substance, ...), or None for an unknown word."""
        ss = self.synsets(lemma, pos)
        if not ss:
            return None
        row = self._conn().execute("SELECT lexname FROM synset WHERE id=?", (ss[0],)).fetchone()
        return row[0] if row else None

    @lru_cache(maxsize=20_000)  # noqa: B019
    def names_something(self, lemma: str) -> bool:
        """Whether some noun sense of ``lemma`` is an instance (a proper name in WordNet: "john"
        is also John the Apostle, "smith" Adam Smith); "garlic" has none."""
        db = self._conn()
        return any(db.execute("SELECT 1 FROM ptr WHERE src=? AND rel='@i' LIMIT 1", (s,)).fetchone()
                   for s in self.synsets(lemma, "n"))

    @lru_cache(maxsize=20_000)  # noqa: B019
    def event_noun(self, noun: str, senses: int | None = None) -> bool:
        """Whether ``noun`` names a bodily, motion, contact, creation or competition action that
        the verb of the same form does: one of its noun senses (the first eight: "jump" is first a
        sudden increase) is an act or event and is derivationally linked to one of the first two
        senses of that verb, which is a body, competition, contact, creation or motion verb ("a
        jump"/"jump", "a kiss"/"kiss", "a walk"/"walk", "a dance"/"dance";
        not "a trick"/"trick", whose verb is deceiving, a social verb). What "make a jump",
        "take a walk" say is then the verb's event. ``senses``: how many noun senses to look
        at (default eight)."""
        db = self._conn()
        verbs = self.synsets(noun, "v")[:2]
        if not verbs:
            return False
        lex = dict(db.execute(f"SELECT id, lexname FROM synset WHERE id IN ({','.join('?' * len(verbs))})", verbs).fetchall())
        physical = {v for v in verbs if lex.get(v) in _PHYSICAL_VERB_LEXNAMES}
        for n in self.synsets(noun, "n")[: senses or _EVENT_NOUN_SENSES]:
            row = db.execute("SELECT lexname FROM synset WHERE id=?", (n,)).fetchone()
            if row is None or row[0] not in (4, 11):  # noun.act, noun.event
                continue
            if any(d in physical for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel='+'", (n,))):
                return True
        return False

    def neighbours(self, lemma: str, pos: str, rel: str) -> tuple[str, ...]:
        """Lemmas (spaces for underscores) of the synsets one step away from the predominant
        sense: ``rel="@"`` hypernyms, ``rel="~"`` hyponyms (read backwards from the hypernym
        pointers, which are the only ones stored); most frequent synset members first."""
        db = self._conn()
        query = ("SELECT dst FROM ptr WHERE src=? AND rel IN ('@','@i')" if rel == "@"
                 else "SELECT src FROM ptr WHERE dst=? AND rel='@'")
        out: list[str] = []
        for s in self.synsets(lemma, pos)[: self.max_sense]:
            for (d,) in db.execute(query, (s,)):
                for (w,) in db.execute("SELECT lemma FROM sense WHERE synset=? ORDER BY rank", (d,)):
                    w = w.replace("_", " ")
                    if w not in out and w != lemma:
                        out.append(w)
        return tuple(out)

    @lru_cache(maxsize=10_000)  # noqa: B019
    def derived_nouns(self, adjective: str) -> tuple[str, ...]:
        """The nouns of the synsets WordNet derives an adjective's senses from (its derivation
        pointers, which the shipped file keeps per synset): "grassy" -> ("grass", ...), "rocky"
        -> ("rock", "stone", ...)."""
        db = self._conn()
        out: list[str] = []
        for s in self.synsets(adjective, "a"):
            for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel='+'", (s,)):
                for (w,) in db.execute("SELECT lemma FROM sense WHERE synset=? AND pos='n' ORDER BY rank", (d,)):
                    if w not in out:
                        out.append(w)
        return tuple(w.replace("_", " ") for w in out)

    def different_scales(self, a: str, b: str) -> bool:
        """Whether WordNet puts two adjectives on scales it names, and on different ones
        ("fast": speed, "red": hue)."""
        sa, sb = self._attributes(a), self._attributes(b)
        return bool(sa) and bool(sb) and not set(sa) & set(sb)

    @lru_cache(maxsize=10_000)  # noqa: B019
    def same_scale(self, a: str, b: str) -> bool:
        """Whether two adjectives say where a thing is on one scale or dimension: antonyms
        ("fast", "slow") or values of one WordNet attribute ("red", "blue": hue), so that a thing
        has at most one of them in the sense "one" anaphora contrasts them."""
        if a == b:
            return True
        if b in self.antonym_words(a) or a in self.antonym_words(b):
            return True
        return bool(set(self._attributes(a)) & set(self._attributes(b)))

    @lru_cache(maxsize=10_000)  # noqa: B019
    def antonym_words(self, adjective: str) -> tuple[str, ...]:
        """The words of the antonyms of an adjective's predominant sense ("fast" -> "slow"),
        through its cluster head for satellites."""
        db = self._conn()
        out: list[str] = []
        for s in self.synsets(adjective, "a")[: self.max_sense]:
            heads = [s] + [d for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel='&'", (s,))]
            for h in heads:
                for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel='!'", (h,)):
                    for (lemma,) in db.execute("SELECT lemma FROM sense WHERE synset=? ORDER BY rank", (d,)):
                        if lemma not in out and lemma != adjective and "_" not in lemma:
                            out.append(lemma)
        return tuple(out)

    def antonym_path(self, a: str, b: str, pos: str, senses: int | None = None) -> WordNetPath | None:
        """Evidence that ``a`` and ``b`` are antonyms (word-level pointers, through similar-to
        satellites for adjectives)."""
        db = self._conn()
        sa = self.synsets(a, pos)[: self._reach(a, pos, senses)]
        sb = set(self.synsets(b, pos)[: self._reach(b, pos, senses)])
        if not sa or not sb:
            return None
        for s in sa:
            heads = [s]
            if pos == "a":
                heads += [d for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel='&'", (s,))]
            for h in heads:
                for (d,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel='!'", (h,)):
                    cands = {d}
                    if pos == "a":
                        cands |= {x for (x,) in db.execute("SELECT dst FROM ptr WHERE src=? AND rel='&'", (d,))}
                    hit = cands & sb
                    if hit:
                        chain = [self.name(s)] + ([self.name(h)] if h != s else [])
                        chain += [self.name(d)]
                        t = next(iter(hit))
                        if t != d:
                            chain.append(self.name(t))
                        return WordNetPath("antonym", tuple(chain))
        return None


_shared: WordNet | None = None


# noun.animal, noun.person, noun.plant; noun.artifact, noun.food (``opaque_compound``)
_LIVING_LEXNAMES = frozenset({5, 18, 20})
_MADE_LEXNAMES = frozenset({6, 13})
# The most kinds a class may have for two of them to count as alternatives (``usual_siblings``).
_SIBLING_CLASS = 30
# Words whose everyday sense WordNet does not list first (its order comes from sense counts in
# SemCor, tagged texts of the 1960s), with the sense to read first. "Crying" is weeping
# (cry.v.02), not shouting (shout.v.02, WordNet's first): "There is no man screaming" says
# nothing of a man crying (SICK TRAIN pair 1399, neutral). A banana is the fruit (banana.n.02),
# not the plant (banana.n.01), so bananas are produce (MoNLI nmonli_train).
# A hot dog is the sausage in a bun (hotdog.n.02), not a show-off (hotdog.n.01).
_PREDOMINANT_SENSE = {("cry", "v"): "cry.v.02", ("banana", "n"): "banana.n.02", ("hot_dog", "n"): "hotdog.n.02",
                      ("hotdog", "n"): "hotdog.n.02"}
_IDENTITY_ADJECTIVES = frozenset({"same", "different", "other"})
# Names WordNet files under the class they name although its own gloss says they name every
# member of it, only in another register: lady.n.01 "a polite name for any woman", guy.n.01
# "an informal term for a youth or man", dad.n.01 "an informal term for a father", ma.n.01
# "informal terms for a mother". Every woman is a lady in this sense, so the class reaches its
# variant upwards too (``_ancestors``): "A woman is peeling a potato" contradicts "There is no
# lady peeling a potato" (SICK TRAIN 5359).
# Variant -> (the class it names, WordNet's gloss of the variant).
_REGISTER_VARIANTS = {"lady.n.01": ("woman.n.01", "a polite name for any woman"),
                      "guy.n.01": ("man.n.01", "an informal term for a youth or man"),
                      "dad.n.01": ("father.n.01", "an informal term for a father"),
                      "ma.n.01": ("mother.n.01", "informal terms for a mother")}
_VARIANTS_OF = {base: tuple(v for v, (b, _) in _REGISTER_VARIANTS.items() if b == base)
                for base, _ in _REGISTER_VARIANTS.values()}
# Links WordNet leaves out where the synset's own name or gloss says its class: male_child.n.01
# ("boy", "male child") is filed under male.n.02 alone, though a male child is a child; likewise
# the female child (girl.n.02) and the male and female sibling. Synset -> missing hypernyms.
# (Not person.n.01 under homo.n.02, "human": that synset also lists "man", and every woman
# would be a man; "human" is an everyday sense below instead.)
_NAMED_CLASS = {"male_child.n.01": ("child.n.01",), "female_child.n.01": ("child.n.01",),
                "male_sibling.n.01": ("sibling.n.01",), "female_sibling.n.01": ("sibling.n.01",)}
# General nouns whose everyday sense WordNet does not place above the words it covers: word ->
# (synset it covers, synsets under it it does not cover, the sense named in the evidence).
_EVERYDAY_SENSES = {"thing": ("object.n.01", ("living_thing.n.01",), "thing.n.12 (everyday sense: any physical object)"),
                    # WordNet's only "human" is homo.n.02, the species, which person.n.01 ("a
                    # human being") is not filed under
                    "human": ("person.n.01", (), "homo.n.02 (everyday sense: a person, 'a human being')")}
_EVENT_NOUN_SENSES = 8
# verb.body, verb.competition, verb.contact, verb.creation ("do a dance", "give a performance"),
# verb.motion
_PHYSICAL_VERB_LEXNAMES = frozenset({29, 33, 35, 36, 38})
# Attributes whose values are kinds, not degrees: an adjective valuing one of these says the
# same of a thing whatever noun it is under ("a female athlete" is a female individual).
# (Stature, also a bodily property, is a scale: "tall" stays relative.)
# WordNet verb lexicographer files (verb.body, verb.cognition, verb.emotion) whose participles
# are degrees of a feeling or condition ("very tired"), not states a verb leaves.
_EXPERIENCER_VERBS = frozenset({29, 31, 37})
# Attributes whose adjectives are read intersectively although they have antonyms. Visual
# properties (colour, and the light of a scene: "dark", "dim") are judged by what is seen, not
# against the noun's kind: a dark park is a dark place. Kennedy & McNally (2005) class "dark"
# with the absolute adjectives ("completely dark", not "completely tall").
_NOT_SCALES = frozenset({"visual_property.n.01", "sex.n.04", "animation.n.02", "animateness.n.01", "sentience.n.03"})


def shared_wordnet() -> WordNet:
    """The process-wide instance (the database is opened once)."""
    global _shared
    if _shared is None:
        _shared = WordNet()
    return _shared
