"""Feed the symbolic reasoner mutated sentences and report anything that is not a clean answer.

    python -m benchmarks.fuzz [--seconds 600] [--seed 1] [--data-dir DIR]

Premises and hypotheses are SNLI dev sentences (development data), mutated at random: a word
dropped, a function word or quantifier inserted ("not", "every", "the same", "each other",
"nobody", ...), two words swapped, words of another sentence appended, words upper-cased. Each
pair goes through ``Reasoner(mode="symbolic").infer``. Counted:

- *typed errors*: the library's own ``HybridNLIError`` (bad input said so): fine;
- *crashes*: any other exception: a bug;
- *slow*: a pair that took more than three times the solver's one-second limit, twice in a
  row: a hang (*slow once*, fast when run again, is counted apart: the shared machine);
- *unverified*: a proof whose trace a fresh Z3 does not re-check (``Verdict.verify``): a bug.

Prints each crash, slow pair and unverified proof as it happens, and a summary line at the end;
exits 1 if any of the last three occurred.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
import traceback

from benchmarks.common import data_dir

_INSERTS = ("not", "no", "every", "the same", "and", "or", "who", "which", "n't", "all", "each other", "himself",
            "there is", "if", "than", "most", "at least two", "-", ",", "'s", "nobody", "never")


def mutate(rng: random.Random, sentence: str, others: list[str]) -> str:
    words = sentence.split()
    op = rng.random()
    if op < 0.25 and len(words) > 2:
        del words[rng.randrange(len(words))]
    elif op < 0.45:
        words.insert(rng.randrange(len(words) + 1), rng.choice(_INSERTS))
    elif op < 0.6 and len(words) > 3:
        i, j = sorted(rng.sample(range(len(words)), 2))
        words[i], words[j] = words[j], words[i]
    elif op < 0.7:
        words += rng.choice(others).split()[: rng.randint(1, 6)]
    elif op < 0.8:
        words = [w.upper() if rng.random() < 0.3 else w for w in words]
    return " ".join(words)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=600)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--data-dir")
    args = ap.parse_args(argv)

    from hybrid_nli import Reasoner
    from hybrid_nli.errors import HybridNLIError

    path = data_dir(args.data_dir) / "snli" / "snli_dev_esnli_tokenized.tsv"
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    sentences = [r["sentence1"] for r in rows] + [r["sentence2"] for r in rows]
    rng = random.Random(args.seed)
    reasoner = Reasoner(mode="symbolic")
    reasoner.infer("A dog runs.", "An animal runs.")  # loading spaCy, WordNet and Z3 is no pair's time
    counts = {"pairs": 0, "typed errors": 0, "proofs": 0, "crashes": 0, "slow": 0, "slow once": 0, "unverified": 0}
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        premise = rng.choice(sentences)
        hypothesis = mutate(rng, rng.choice([premise, rng.choice(sentences)]), sentences)
        if rng.random() < 0.5:
            premise = mutate(rng, premise, sentences)
        counts["pairs"] += 1
        t = time.perf_counter()
        try:
            v = reasoner.infer(premise, hypothesis)
        except HybridNLIError:
            counts["typed errors"] += 1
            continue
        except Exception as exc:  # noqa: BLE001 - the point of the exercise: anything untyped is a bug
            counts["crashes"] += 1
            print(f"CRASH {type(exc).__name__}: {exc} | {premise!r} | {hypothesis!r}", flush=True)
            traceback.print_exc(limit=3)
            continue
        seconds = time.perf_counter() - t
        if seconds > 3:
            # once more: on a shared machine one slow call can be the machine, not the pair
            t = time.perf_counter()
            reasoner.infer(premise, hypothesis)
            again = time.perf_counter() - t
            kind = "slow" if again > 3 else "slow once"
            counts[kind] += 1
            print(f"{kind.upper()} {seconds:.1f} s, then {again:.1f} s | {premise!r} | {hypothesis!r}", flush=True)
        if v.decided_by == "proof":
            counts["proofs"] += 1
            if not v.verify():
                counts["unverified"] += 1
                print(f"UNVERIFIED | {premise!r} | {hypothesis!r}", flush=True)
    print(", ".join(f"{k} {v}" for k, v in counts.items()))
    return 1 if counts["crashes"] or counts["slow"] or counts["unverified"] else 0


if __name__ == "__main__":
    sys.exit(main())
