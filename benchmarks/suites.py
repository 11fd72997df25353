"""Benchmark runners for the NLI test suites in the shared data folder, in one style.

    python -m benchmarks.suites SUITE [SUITE ...] [--data-dir DIR] [--mode symbolic] [--limit N]
    python -m benchmarks.suites all

Suites (the split each number comes from is written next to it in docs/results.md):

- ``sick``: SICK **trial** rows (495 pairs; the development set; SICK test is not in the data
  folder). Groups: gold label. Also reports proof recall as ccg2lambda and LangPro do.
- ``snli``: SNLI test (9,824 pairs with a gold label; evaluation only).
- ``mnli_val``: the MNLI dev-matched rows the classifier holds out for validation (index % 5 == 0).
- ``monli``: MoNLI, both parts: PMoNLI (``pmonli.jsonl``) and NMoNLI (``nmonli_test.jsonl`` and
  ``nmonli_train.jsonl``, reported apart; nothing here is trained on either).
- ``help``: HELP's legacy 2019-04 test samples (upward, downward, conjunction, disjunction; 400
  pairs; the main HELP file is not obtainable).
- ``nan_nli``: NaN-NLI (258 pairs), grouped by its ``Construction`` column.
- ``negation``: the negation NLI benchmarks of Hossain et al. (SNLI, MNLI, RTE; 1,500 pairs each).
  RTE's ``not_entailment`` counts as right for neutral and contradiction.
- ``logicnli``: LogicNLI ``dev_language.json`` (100 problems x 20 statements); premises are the
  facts and rules. Its fourth label, ``self_contradiction`` ("paradox": the statement and its
  negation both follow), is reported as its own group; the reasoner never outputs it (premises
  that prove both sides are inconsistent, and then it abstains), so those rows count as wrong.

Each run writes ``benchmarks/out/<suite>_<mode>.jsonl`` (one row per pair), a summary JSON, and a
block in ``docs/results.md``. Speed is per pair (median, p90, max of the timings the verdicts
carry) and throughput over the whole suite, parsing included, in the same run.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import ROOT, data_dir, decide_all, median, quantile, score, score_table, write_block


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    group: str
    premises: tuple[str, ...]
    hypothesis: str
    gold: str


def _tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def load_sick(d: Path, part: str = "TRIAL") -> Iterator[Item]:
    for row in _tsv(d / "sick" / "SICK_train_trial.tsv"):
        if row["SemEval_set"] == part:
            gold = row["entailment_label"].lower()
            yield Item(row["pair_ID"], gold, (row["sentence_A"],), row["sentence_B"], gold)


def load_sick_train(d: Path) -> Iterator[Item]:
    return load_sick(d, "TRAIN")


def load_snli(d: Path) -> Iterator[Item]:
    for i, row in enumerate(_tsv(d / "snli" / "snli_test_esnli_tokenized.tsv")):
        if row["gold_label"] in ("entailment", "neutral", "contradiction"):
            yield Item(str(i), row["gold_label"], (row["sentence1"],), row["sentence2"], row["gold_label"])


def load_mnli_val(d: Path) -> Iterator[Item]:
    for row in _tsv(d / "mnli" / "mnli_dev_matched.tsv"):
        if int(row["index"]) % 5 == 0:
            yield Item(row["index"], row["gold_label"], (row["premise"],), row["hypothesis"], row["gold_label"])


def load_monli(d: Path) -> Iterator[Item]:
    for name in ("pmonli", "nmonli_test", "nmonli_train"):
        for i, line in enumerate((d / "monli" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()):
            r = json.loads(line)
            yield Item(f"{name}:{i}", name, (r["sentence1"],), r["sentence2"], r["gold_label"])


def load_help(d: Path) -> Iterator[Item]:
    folder = d / "help" / "legacy_2019-04_test_samples"
    for name in ("upward", "downward", "conj", "disj"):
        for row in _tsv(folder / f"{name}_test.tsv"):
            yield Item(f"{name}:{row['']}", name, (row["ori_sentence"],), row["new_sentence"], row["gold_label"])


def load_nan(d: Path) -> Iterator[Item]:
    with (d / "nan_nli" / "nan.csv").open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            yield Item(str(i), row["Construction"] or "other", (row["premise"],), row["hypothesis"], row["label"])


def load_negation(d: Path) -> Iterator[Item]:
    for name in ("SNLI", "MNLI", "RTE"):
        for row in _tsv(d / "negation_nli" / f"{name}.tsv"):
            yield Item(f"{name}:{row['index']}", name, (row["Text"],), row["Hypothesis"], row["gold_label"])


def load_logicnli(d: Path) -> Iterator[Item]:
    data = json.loads((d / "logicnli" / "dev_language.json").read_text(encoding="utf-8"))
    for pid, prob in data.items():
        premises = tuple(prob["facts"]) + tuple(prob["rules"])
        for j, (stmt, gold) in enumerate(zip(prob["statements"], prob["labels"])):
            yield Item(f"{pid}:{j}", gold, premises, stmt, gold)


# What the shipped classifier was trained on, where it touches a suite (so that a neural or
# hybrid number on those rows is not read as a test result).
TRAINED_ON = {
    "monli": "the classifier was trained on nmonli_train; only pmonli and nmonli_test are evaluation rows.",
    "help": "the classifier was trained on HELP's leskexppmb files, which these legacy samples may overlap; "
            "not a test result for the classifier.",
    "sick_train": "the classifier was trained on these rows; not a test result for it.",
}

SUITES: dict[str, tuple[Callable[[Path], Iterator[Item]], str]] = {
    "sick": (load_sick, "SICK trial rows (development set), original labels"),
    "sick_train": (load_sick_train, ("SICK TRAIN rows, original labels (a second, larger development set for "
                                     "the logic; training data for the classifier)")),
    "snli": (load_snli, "SNLI test (evaluation only)"),
    "mnli_val": (load_mnli_val, "MNLI dev-matched rows with index % 5 == 0 (the classifier's validation part)"),
    "monli": (load_monli, "MoNLI: pmonli, nmonli_test, nmonli_train (all evaluation only)"),
    "help": (load_help, "HELP legacy 2019-04 test samples"),
    "nan_nli": (load_nan, "NaN-NLI test suite, by construction"),
    "negation": (load_negation, "Hossain et al. negation benchmarks (SNLI, MNLI, RTE)"),
    "logicnli": (load_logicnli, "LogicNLI dev_language.json, by gold label"),
}


def run(name: str, args: argparse.Namespace) -> dict:
    from hybrid_nli import Reasoner

    loader, split = SUITES[name]
    items = list(loader(data_dir(args.data_dir)))
    if args.limit:
        items = items[: args.limit]
    reasoner = Reasoner(mode=args.mode, workers=args.workers or None)
    # a pair refused as bad input (e.g. over-long text) is reported and left out of the table
    verdicts, wall = decide_all(reasoner, items)
    errors = sum(v is None for v in verdicts)
    kept = [(it, v) for it, v in zip(items, verdicts) if v is not None]
    results = score((it.group, it.gold, v) for it, v in kept)
    if errors:
        results["all"]["n_input_errors"] = errors
    times = [v.timings.get("total", 0.0) for _, v in kept]
    from hybrid_nli.fusion import UNDECIDED

    # pairs the solver decided (proof or countermodels) vs pairs that ran into its time or step limit
    decided_times = [v.timings.get("total", 0.0) for _, v in kept if not v.reason.startswith(UNDECIDED)]
    certs = [v.verify() for _, v in kept if v.decided_by == "proof"]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with (out / f"{name}_{args.mode}.jsonl").open("w", encoding="utf-8") as fh:
        for it, v in kept:
            fh.write(json.dumps({"id": it.id, "group": it.group, "gold": it.gold, "label": v.label.value,
                                 "decided_by": v.decided_by, "reason": v.reason,
                                 "seconds": v.timings.get("total")}) + "\n")
    summary = {
        "suite": name, "split": split, "mode": args.mode, "groups": results, "limit": args.limit,
        "certificates_verified": f"{sum(certs)}/{len(certs)}",
        "speed": {"pairs_per_s": len(items) / wall if wall else None, "median_s": median(times),
                  "p90_s": quantile(times, 0.9), "max_s": max(times) if times else None,
                  "decided_max_s": max(decided_times) if decided_times else None,
                  "undecided": len(times) - len(decided_times), "time_limit_s": reasoner.timeout,
                  "step_limit": reasoner.prover.rlimit},
    }
    (out / f"{name}_{args.mode}.json").write_text(json.dumps(summary, indent=2))
    return summary


def render(s: dict) -> str:
    cmd = f"python -m benchmarks.suites {s['suite']} --mode {s['mode']}" + (f" --limit {s['limit']}" if s["limit"] else "")
    trained = TRAINED_ON.get(s["suite"]) if s["mode"] != "symbolic" else None
    lines = [
        f"## {s['suite']} ({s['mode']} mode)",
        "",
        f"Split: {s['split']}. Command: `{cmd}`" + (f" Note: {trained}" if trained else ""),
        "",
        *score_table(s["groups"], "group", recall=True),
    ]
    r = s["groups"]["all"]
    sp = s["speed"]
    lines += ["", (f"Certificates re-checked by an independent Z3 run: {s['certificates_verified']}. "
                   f"Speed (parsing included, one process): {sp['pairs_per_s']:.1f} pairs/s; per pair median "
                   f"{sp['median_s'] * 1000:.0f} ms, p90 {sp['p90_s'] * 1000:.0f} ms, max {sp['max_s']:.2f} s. "
                   f"The slowest pair the solver decided took {sp['decided_max_s']:.2f} s; "
                   f"{sp['undecided']} pairs ran into the solver's limits ({sp['time_limit_s']:g} s a problem"
                   + (f", {sp['step_limit']:,} steps a check" if sp.get("step_limit") else "") + ").")]
    if r.get("n_input_errors"):
        lines.append(f"{r['n_input_errors']} pairs were refused as bad input and are left out of the table.")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="NLI test-suite benchmarks")
    ap.add_argument("suites", nargs="+", help=f"{', '.join(SUITES)} or all")
    ap.add_argument("--data-dir")
    ap.add_argument("--mode", default="symbolic")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pairs of each suite")
    ap.add_argument("--workers", type=int, default=1, help="processes for the logic (0: one per CPU; default 1)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "out"))
    ap.add_argument("--results", default=str(ROOT / "docs" / "results.md"))
    args = ap.parse_args(argv)
    names = list(SUITES) if args.suites == ["all"] else args.suites
    for name in names:
        if name not in SUITES:
            ap.error(f"unknown suite {name!r}; choose from {', '.join(SUITES)} or all")
    for name in names:
        table = render(run(name, args))
        print(table, flush=True)
        if args.results and not args.limit:
            write_block(Path(args.results), f"{name}-{args.mode}", table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
