"""Make labelled training pairs with the prover: ``python -m hybrid_nli.neural.augment``.

Sentences come from the training pool only (SICK rows of the TRAIN set, SNLI dev), never from a
split reported as a test result. Each sentence is edited with WordNet and a few structural edits:

- ``hypernym`` / ``hyponym``: a singular common noun replaced by a word one hypernym (hyponym)
  step away from its predominant sense ("dog" -> "canine" / "puppy");
- ``drop_adjective``: an adjective modifying a noun removed;
- ``antonym``: an adjective replaced by its WordNet antonym;
- ``no``: the first indefinite determiner made "no" ("A man is ..." -> "No man is ..."); the
  other edits are applied to this negative sentence as well, which gives downward-monotone pairs;
- ``negate``: "is/are" + participle made "is/are not".

Both directions of each (sentence, edit) pair are labelled by the symbolic reasoner (no gap
search, so only predominant senses are used). A proof gives ENTAILMENT or CONTRADICTION. A pair
the logic leaves open is kept as NEUTRAL only when both sentences are parsed in full and the
edit is a substitution whose WordNet relation the prover had (hypernym, hyponym, adjective
insertion): then the countermodel is a real one, not a gap in the lexicon. Every other open pair
is dropped. The output is JSONL with ``premise``, ``hypothesis``, ``label``, ``edit`` and
``source``, usable as ``--extra`` for ``python -m hybrid_nli.neural.train``.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import random
import sys
from collections import Counter
from pathlib import Path

log = logging.getLogger("hybrid_nli.augment")

# Edits whose open pairs are real neutrals (see the module docstring), by direction.
_NEUTRAL_OK = {("hyponym", "forward"), ("hypernym", "backward"), ("drop_adjective", "backward"),
               ("hyponym", "backward"), ("hypernym", "forward")}


def source_sentences(data: Path) -> list[tuple[str, str]]:
    """(sentence, source) from the training pool: SICK TRAIN rows and SNLI dev premises."""
    out: dict[str, str] = {}
    with (data / "sick" / "SICK_train_trial.tsv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["SemEval_set"] == "TRAIN":
                out.setdefault(r["sentence_A"].strip(), "SICK train")
                out.setdefault(r["sentence_B"].strip(), "SICK train")
    with (data / "snli" / "snli_dev_esnli_tokenized.tsv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            out.setdefault(r["sentence1"].strip(), "SNLI dev")
    return [(s, src) for s, src in out.items() if 4 <= len(s.split()) <= 14]


def _replace(doc, i: int, word: str | None) -> str:  # type: ignore[no-untyped-def]
    """The sentence with token ``i`` replaced by ``word`` (removed when None), keeping the
    capital of a first word and the a/an of the word before it."""
    words = [t.text for t in doc]
    ws = [t.whitespace_ for t in doc]
    if word is None:
        del words[i], ws[i]
    else:
        words[i] = word
    if i < len(words) and i > 0 and words[i - 1].lower() in ("a", "an"):
        an = words[i][:1].lower() in "aeiou"
        words[i - 1] = ("An" if an else "A") if words[i - 1][0].isupper() else ("an" if an else "a")
    if words:
        words[0] = words[0][:1].upper() + words[0][1:]
    return "".join(w + s for w, s in zip(words, ws)).strip()


def edits(doc, wn, rng: random.Random, common) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(edited sentence, edit name) for one parsed sentence; at most one per kind. ``common``
    says whether a word is frequent enough to use (rare hyponyms make odd sentences)."""
    out: list[tuple[str, str]] = []
    nouns = [t for t in doc if t.tag_ == "NN" and t.pos_ == "NOUN"]
    rng.shuffle(nouns)
    for kind, rel in (("hypernym", "@"), ("hyponym", "~")):
        for t in nouns:
            cands = [w for w in wn.neighbours(t.lemma_.lower(), "n", rel) if w.isascii() and w.islower() and common(w)]
            if cands:
                out.append((_replace(doc, t.i, rng.choice(cands[:4])), kind))
                break
    adjs = [t for t in doc if t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.pos_ == "NOUN"]
    if adjs:
        t = rng.choice(adjs)
        out.append((_replace(doc, t.i, None), "drop_adjective"))
        ants = wn.antonym_words(t.lemma_.lower())
        if ants and common(ants[0]):
            out.append((_replace(doc, t.i, ants[0]), "antonym"))
    for t in doc:
        if t.lower_ in ("is", "are") and t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("VBG", "VBN"):
            out.append((_replace(doc, t.i, f"{t.text} not"), "negate"))
            break
    return [(s, k) for s, k in out if s and s != doc.text]


def _no_variant(doc) -> str | None:  # type: ignore[no-untyped-def]
    """"A man is ..." -> "No man is ..."; "There is a ..." -> "There is no ..."."""
    for t in doc[:4]:
        if t.lower_ in ("a", "an") and t.dep_ == "det" and t.head.dep_ in ("nsubj", "nsubjpass", "attr"):
            return _replace(doc, t.i, "no" if t.i else "No")
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m hybrid_nli.neural.augment", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, help="shared data folder (default $HYBRID_NLI_DATA or ../shared/data)")
    ap.add_argument("--out", type=Path, default=Path("benchmarks/data/generated.jsonl"))
    ap.add_argument("--sentences", type=int, default=4000, help="source sentences to edit")
    ap.add_argument("--neutral-share", type=float, default=0.4, help="at most this share of the kept pairs is NEUTRAL")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    data = args.data_dir or Path(os.environ.get("HYBRID_NLI_DATA") or Path(__file__).resolve().parents[3] / "shared" / "data")
    rng = random.Random(args.seed)
    sents = source_sentences(data)
    rng.shuffle(sents)
    sents = sents[: args.sentences]
    log.info("editing %d sentences from the training pool", len(sents))

    from hybrid_nli.reasoner import Reasoner

    r = Reasoner(mode="symbolic", gap_search=False)
    wn = r.wordnet.wn
    nlp = r.parser.nlp
    from hybrid_nli.neural.classifier import build_model

    # A word is common enough when the classifier's tokenizer has it as one piece (a 30k
    # vocabulary from frequent text): a frequency list that ships with the base model.
    vocab = build_model()[0].get_vocab()

    def common(w: str) -> bool:
        return all(x in vocab for x in w.split())

    cand: list[tuple[str, str, str, str, str]] = []  # premise, hypothesis, edit, direction, source
    docs = list(nlp.pipe([s for s, _ in sents], batch_size=256))
    no_texts = {i: _no_variant(d) for i, d in enumerate(docs)}
    no_docs = dict(zip([i for i, t in no_texts.items() if t], nlp.pipe([t for t in no_texts.values() if t])))
    for i, (doc, (s, src)) in enumerate(zip(docs, sents)):
        for base, bdoc, tag in ((s, doc, ""), (no_texts[i], no_docs.get(i), "no+")):
            if bdoc is None:
                continue
            for new, kind in edits(bdoc, wn, rng, common):
                cand.append((base, new, tag + kind, "forward", src))
                cand.append((new, base, tag + kind, "backward", src))
        if no_texts[i]:
            cand.append((s, no_texts[i], "no", "forward", src))
            cand.append((no_texts[i], s, "no", "backward", src))
    log.info("labelling %d candidate pairs with the prover", len(cand))
    r.parser.preload([t for p, h, *_ in cand for t in (p, h)])
    it = cand
    if sys.stderr.isatty():
        from tqdm import tqdm

        it = tqdm(cand, desc="label", unit="pair")
    kept = []
    for p, h, kind, direction, src in it:
        result = r._stage([p], h, None)[0]
        if result.outcome in ("entailed", "contradicted"):
            label = "entailment" if result.outcome == "entailed" else "contradiction"
        elif result.outcome == "silent" and result.complete and (kind.removeprefix("no+"), direction) in _NEUTRAL_OK:
            label = "neutral"
        else:
            continue
        kept.append({"premise": p, "hypothesis": h, "label": label, "edit": kind, "source": src})
    # Open pairs are the commonest outcome; keep them to a fixed share so the generated data
    # does not pull the classifier towards NEUTRAL.
    neutral = [k for k in kept if k["label"] == "neutral"]
    decided = [k for k in kept if k["label"] != "neutral"]
    cap = int(len(decided) * args.neutral_share / (1 - args.neutral_share))
    if len(neutral) > cap:
        neutral = rng.sample(neutral, cap)
    kept = decided + neutral
    rng.shuffle(kept)
    counts = Counter((k["edit"], k["label"]) for k in kept)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in kept:
            fh.write(json.dumps(row) + "\n")
    by_label = Counter(k["label"] for k in kept)
    log.info("kept %d of %d pairs: %s", len(kept), len(cand), dict(by_label))
    for (kind, label), n in sorted(counts.items()):
        log.info("  %-22s %-13s %d", kind, label, n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
