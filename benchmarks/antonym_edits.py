"""How SICK's annotators label a sentence edited by one word, by the WordNet relation of the word.

    python -m benchmarks.antonym_edits [--data-dir DIR] [--part TRAIN]

Counts the pairs whose hypothesis is the premise with one word swapped for another of the same
part of speech (and perhaps words left out), by the WordNet relation between the two words
(antonyms through their first senses, hypernymy or synonymy, neither) and the gold label. It is
the evidence behind a design choice: the logic does not read premise and hypothesis as one scene
(which would make "a man" and "a woman" in one picture a contradiction), because SICK's
annotators mostly do not either. Development data only (SICK TRAIN by default); prints a table,
writes nothing.
"""

from __future__ import annotations

import argparse
from collections import Counter
from difflib import SequenceMatcher

from benchmarks.common import data_dir
from benchmarks.suites import load_sick

_POS = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}


def one_word_edit(nlp, premise: str, hypothesis: str):  # type: ignore[no-untyped-def]
    """(the premise token, the hypothesis token) of a one-word substitution, else None."""
    a, b = nlp(premise), nlp(hypothesis)
    ops = [o for o in SequenceMatcher(None, [t.lower_ for t in a], [t.lower_ for t in b], autojunk=False).get_opcodes()
           if o[0] != "equal"]
    reps = [o for o in ops if o[0] == "replace"]
    if len(reps) != 1 or any(o[0] == "insert" for o in ops):
        return None
    _, i1, i2, j1, j2 = reps[0]
    if i2 - i1 != 1 or j2 - j1 != 1:
        return None
    s, t = a[i1], b[j1]
    return (s, t) if s.pos_ == t.pos_ and s.pos_ in _POS else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir")
    ap.add_argument("--part", default="TRAIN", help="SICK part: TRAIN (default) or TRIAL")
    args = ap.parse_args(argv)

    from hybrid_nli.knowledge.wordnet import shared_wordnet
    from hybrid_nli.parse.parser import Parser

    nlp, wn = Parser().nlp, shared_wordnet()
    counts: Counter[tuple[str, str, str]] = Counter()
    for item in load_sick(data_dir(args.data_dir), args.part):
        edit = one_word_edit(nlp, item.premises[0], item.hypothesis)
        if edit is None:
            continue
        s, t = edit
        pos = _POS[s.pos_]
        if wn.antonym_path(s.lemma_, t.lemma_, pos, senses=1):
            rel = "antonyms"
        elif wn.hypernym_path(s.lemma_, t.lemma_, pos) or wn.hypernym_path(t.lemma_, s.lemma_, pos):
            rel = "hypernymy or synonymy"
        else:
            rel = "neither"
        counts[(rel, s.pos_, item.gold)] += 1
    labels = ("entailment", "neutral", "contradiction")
    print(f"SICK {args.part}: one-word edits by WordNet relation and gold label")
    print("| relation | part of speech | " + " | ".join(labels) + " |")
    print("|---|---|" + "---|" * len(labels))
    for rel, pos in sorted({(r, p) for r, p, _ in counts}):
        print(f"| {rel} | {pos} | " + " | ".join(str(counts[(rel, pos, g)]) for g in labels) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
