"""Classifiers side by side in neural mode: ``python -m benchmarks.ablation NAME=DIR [NAME=DIR ...]``.

Used for the model card's ablation (with and without the prover-generated training pairs): the
same evaluation sets, the same code, one run. Writes the block ``ablation`` of docs/results.md.
``--ensembles`` also scores every group of two or more of them as one classifier (the mean of
their probabilities), and counts the pairs every one of them gets wrong: how far combining the
runs could go.
"""

from __future__ import annotations

import argparse
import itertools
import shlex
import sys
from pathlib import Path

from benchmarks.__main__ import SETS
from benchmarks.common import ROOT, correct, data_dir, pct, write_block

DEFAULT_SETS = ("snli_test", "sick_trial", "mnli_val", "fracas", "pmonli", "nmonli_test", "nan_nli", "negation",
                "breaking_nli")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("classifiers", nargs="+", help="NAME=DIR")
    ap.add_argument("--data-dir")
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS))
    ap.add_argument("--results", default=str(ROOT / "docs" / "results.md"))
    ap.add_argument("--block", default="ablation", help="name of the docs/results.md block to write (one per comparison)")
    ap.add_argument("--title", default="Classifier ablation (neural mode)")
    ap.add_argument("--ensembles", action="store_true",
                    help="also score the mean probabilities of every group of two or more classifiers")
    args = ap.parse_args(argv)
    from hybrid_nli.neural.classifier import Classifier
    from hybrid_nli.verdict import Label

    d = data_dir(args.data_dir)
    names = args.sets.split(",")
    data = {n: list(SETS[n][0](d)) for n in names}
    rows = []
    probs_of: dict[str, dict[str, list[dict[Label, float]]]] = {}  # classifier -> set -> probabilities

    def right(items, probs) -> list[bool]:  # type: ignore[no-untyped-def]
        return [correct(it.gold, Label(max(p, key=lambda k: p[k]))) for it, p in zip(items, probs)]

    def accuracy(items, probs) -> float:  # type: ignore[no-untyped-def]
        return sum(right(items, probs)) / len(items)

    for spec in args.classifiers:
        label, _, folder = spec.partition("=")
        clf = Classifier(folder)
        accs = {}
        for n, items in data.items():
            probs = clf.predict([(list(it.premises), it.hypothesis) for it in items])
            probs_of.setdefault(label, {})[n] = probs
            accs[n] = accuracy(items, probs)
            print(f"{label} {n}: {pct(accs[n])}", file=sys.stderr, flush=True)
        rows.append((label, folder, clf.card.get("best_validation_accuracy"), accs))
    block = f" --block {args.block}" if args.block != "ablation" else ""
    block += " --sets " + args.sets if args.sets != ",".join(DEFAULT_SETS) else ""
    block += " --ensembles" if args.ensembles else ""
    lines = [f"## {args.title}", "",
             (f"Command: `python -m benchmarks.ablation {' '.join(map(shlex.quote, args.classifiers))}{block}`. Same code, same sets, one run; "
             "validation = MNLI dev-matched rows with index % 5 == 0 (used for early stopping)."), "",
             "| classifier | best validation | " + " | ".join(names) + " |",
             "|---|---|" + "---|" * len(names)]
    for label, _folder, val, accs in rows:
        lines.append(f"| {label} | {pct(val)} | " + " | ".join(pct(accs[n]) for n in names) + " |")
    if args.ensembles:
        lines += ["", "Ensembles (the mean of the members' probabilities):", "",
                  "| members | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
        labels = list(probs_of)
        for k in range(2, len(labels) + 1):
            for group in itertools.combinations(labels, k):
                accs = {n: accuracy(items, [{lab: sum(probs_of[m][n][i][lab] for m in group) / k for lab in Label}
                                            for i in range(len(items))]) for n, items in data.items()}
                lines.append(f"| {' + '.join(group)} | " + " | ".join(pct(accs[n]) for n in names) + " |")
        wrong = {n: sum(not any(rs) for rs in zip(*(right(items, probs_of[m][n]) for m in labels)))
                 for n, items in data.items()}
        lines += ["", "Pairs every classifier above gets wrong (no combination of them can get right): "
                  + "; ".join(f"{n} {wrong[n]} of {len(data[n])}" for n in names) + "."]
    table = "\n".join(lines) + "\n"
    print(table)
    if args.results:
        write_block(Path(args.results), args.block, table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
