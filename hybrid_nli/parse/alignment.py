"""Read a premise and a hypothesis that differ by a few words with one syntactic analysis.

Many inference problems make the hypothesis by editing the premise: one word swapped for a
hypernym, an antonym or another determiner ("A boy looks at a moth under a microscope." / "A boy
looks at an insect under a microscope."), or a modifier dropped. The small English pipeline
parses each sentence on its own and often reads the two differently: here "under a microscope"
attaches to the verb in one and to the noun in the other, and "a mammal walking on the furniture"
becomes an adjective "mammal" on a noun "walking". The logic then compares two different
structures and proves nothing, though the edit is all that differs.

A reader takes the edited sentence with the structure of the original. ``derive`` does that: it
gives the shorter (or, at equal length, the second) sentence the dependency tree, tags and
morphology of the other, when

- the token sequences differ only by substitutions of single tokens and by the deletion of
  whole modifier subtrees from the source (an adjective, an adverb, a prepositional phrase, a
  relative clause, a compound noun, punctuation);
- every substituted word can take the source word's part of speech: WordNet knows it in that
  part of speech, or the pipeline gave it that part of speech in its own parse.

The derived sentence keeps its own words and spacing, so spans still point into its text. A
substituted word keeps the tag and lemma of its own parse when that parse agrees on the part of
speech; otherwise it takes the source's tag and is lemmatized again in that part of speech.
"""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher
from typing import Any

# Modifier relations whose whole subtree can be dropped and leave a sentence (and a reading)
# of the same shape.
DROPPABLE = frozenset({"amod", "advmod", "compound", "prep", "acl", "relcl", "npadvmod", "nmod", "appos", "punct"})
MAX_SUBSTITUTIONS = 3
_WORDNET_POS = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}


def derive(source: Any, target: Any, nlp: Any, known: Callable[[str, str], bool],
           lemma: Callable[[str, str], str] | None = None) -> Any | None:
    """A Doc with ``target``'s words and ``source``'s analysis, or None when the two do not
    align as described in the module's note. Both are single-sentence Docs; ``known(word,
    pos)`` says whether an inflected word is a WordNet word of that part of speech ("n", "v",
    "a", "r"); ``lemma(word, pos)`` gives a noun's or verb's base form for a word that takes
    a part of speech its own parse did not give it (else spaCy's rule lemmatizer does)."""
    from spacy.tokens import Doc

    src = [t.lower_ for t in source]
    tgt = [t.lower_ for t in target]
    if src == tgt or len(tgt) > len(src):
        return None
    keep: list[int] = []  # source index of each target token, in order
    dropped: set[int] = set()
    substituted: dict[int, int] = {}  # target index -> source index
    for op, i1, i2, j1, j2 in SequenceMatcher(None, src, tgt, autojunk=False).get_opcodes():
        if op == "equal":
            keep.extend(range(i1, i2))
        elif op == "delete":
            dropped.update(range(i1, i2))
        elif op == "replace" and i2 - i1 == j2 - j1:
            for k in range(i2 - i1):
                substituted[j1 + k] = i1 + k
            keep.extend(range(i1, i2))
        else:
            return None
    if not substituted and not dropped:
        return None
    if len(substituted) > MAX_SUBSTITUTIONS:
        return None
    # Deletions: only whole subtrees, each hanging from a kept token by a modifier relation.
    for i in dropped:
        tok = source[i]
        if tok.head.i not in dropped and (tok.dep_ not in DROPPABLE or tok.head.i == tok.i):
            return None
    if any(source[i].head.i in dropped for i in keep):
        return None  # a kept word hangs on a dropped one: not a whole subtree
    for j, i in substituted.items():
        s, t = source[i], target[j]
        if s.pos_ != t.pos_ and not (s.pos_ in _WORDNET_POS and known(t.lower_, _WORDNET_POS[s.pos_])):
            return None
        if s.pos_ == "PUNCT" or t.pos_ == "PUNCT":
            return None
        if "neg" in (s.dep_, t.dep_):
            # the builder reads negation off the relation, not the word: "hardly" must not
            # inherit the "neg" of the "never" it replaces
            return None
    where = {i: j for j, i in enumerate(keep)}
    words = [t.text for t in target]
    spaces = [bool(t.whitespace_) for t in target]
    tags, pos, morphs, lemmas, heads, deps = [], [], [], [], [], []
    relemma: list[int] = []
    for j, i in enumerate(keep):
        s = source[i]
        own = target[j]
        if j in substituted and own.pos_ == s.pos_:
            tags.append(own.tag_), pos.append(own.pos_), morphs.append(str(own.morph)), lemmas.append(own.lemma_)
        elif j in substituted:
            tags.append(s.tag_), pos.append(s.pos_), morphs.append(str(s.morph)), lemmas.append(own.lower_)
            relemma.append(j)
        else:
            # The same word (perhaps in another case): the source's reading of it.
            tags.append(s.tag_), pos.append(s.pos_), morphs.append(str(s.morph)), lemmas.append(s.lemma_)
        heads.append(where[s.head.i])
        deps.append(s.dep_)
    doc = Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas,
              heads=heads, deps=deps)
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    for j in relemma:
        wn_pos = {"NOUN": "n", "VERB": "v"}.get(doc[j].pos_)
        if lemma is not None and wn_pos is not None:
            doc[j].lemma_ = lemma(doc[j].lower_, wn_pos)
        elif lemmatizer is not None and hasattr(lemmatizer, "rule_lemmatize"):
            forms = lemmatizer.rule_lemmatize(doc[j])
            if forms:
                doc[j].lemma_ = forms[0]
    return doc


def harmonize_attachments(source: Any, target: Any) -> Any | None:
    """A copy of ``target`` whose prepositional phrases hang on the word their twin hangs on in
    ``source``, or None when nothing changes.

    A premise and a hypothesis often repeat a phrase word for word while differing elsewhere
    too much for ``derive`` ("A dog is jumping for a Frisbee in the snow" / "There is no dog
    jumping for a Frisbee in the snow"), and the pipeline may attach the repeated phrase to
    different words in the two ("in the snow" on the jumping in one, on the Frisbee in the
    other). A reader resolves one ambiguity one way in both. Only a phrase that occurs once in
    each sentence (same preposition, same object lemma), and only onto a word with the same
    lemma and part of speech (and, for a noun, the same relation to its head) that the target
    has once, before the phrase and outside it."""

    def phrases(doc: Any) -> dict[tuple[str, str], list[Any]]:
        out: dict[tuple[str, str], list[Any]] = {}
        for t in doc:
            objs = [c for c in t.children if c.dep_ == "pobj"]
            if t.dep_ == "prep" and len(objs) == 1 and t.head.i != t.i:
                out.setdefault((t.lower_, objs[0].lemma_.lower()), []).append(t)
        return out

    src = phrases(source)
    tgt_doc = target.copy()
    changed = False
    for key, tps in phrases(tgt_doc).items():
        sps = src.get(key, [])
        if len(tps) != 1 or len(sps) != 1:
            continue
        sp, tp = sps[0], tps[0]
        sh, th = sp.head, tp.head
        if sh.lemma_.lower() == th.lemma_.lower() and sh.pos_ == th.pos_:
            continue
        # (a noun in the same role only: the builder reads a phrase on a verb's object as the
        # event's, and on a subject as the noun's, so "with water" on the object of "filling"
        # and on the subject of "is being filled" already mean the same)
        same = [t for t in tgt_doc if t.lemma_.lower() == sh.lemma_.lower() and t.pos_ == sh.pos_
                and (sh.pos_ != "NOUN" or t.dep_ == sh.dep_)]
        if len(same) != 1:
            continue
        new = same[0]
        if new.i >= tp.i or new in tp.subtree or new.i == th.i:
            continue
        tp.head = new
        changed = True
    return tgt_doc if changed else None
