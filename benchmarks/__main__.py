"""Every data set, three modes side by side, one run: ``python -m benchmarks [--quick]``.

For each data set in the data folder it runs ``neural``, ``symbolic`` and ``hybrid`` (a fresh
parse cache for each, so no mode profits from another's parsing) and reports accuracy, proof
coverage and precision, expected calibration error of ``confidence``, throughput in pairs/s for
each mode and the hybrid/neural throughput ratio, all measured in this run. It writes:

- ``docs/results.md``, block ``suite``: the tables, with the split every number comes from;
- ``benchmarks/out/bench.json``: every number, plus the selective-prediction curves;
- ``docs/images/bench_accuracy.png`` (accuracy per mode per data set) and
  ``docs/images/bench_selective.png`` (hybrid accuracy against coverage when the least
  confident verdicts abstain, as ``Reasoner(abstain_below=...)`` does).

``--quick`` takes a stratified sample (``--per-label`` pairs per gold label and data set, seeded)
and writes to ``benchmarks/out/quick`` only, never to docs/: it is for CI and smoke tests.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.common import ROOT, correct, data_dir, decide_all, pct, score, write_block
from benchmarks.fit_fusion import ece
from benchmarks.suites import (
    Item,
    load_help,
    load_logicnli,
    load_mnli_val,
    load_monli,
    load_nan,
    load_negation,
    load_sick,
    load_snli,
)

MODES = ("neural", "symbolic", "hybrid")


def load_fracas(d: Path) -> Iterator[Item]:
    labels = {"yes": "entailment", "no": "contradiction", "unknown": "neutral"}
    for line in (d / "fracas" / "fracas.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["fracas_answer"] in labels:
            yield Item(str(r["id"]), r["section"].split()[0], tuple(r["premises"]), r["hypothesis"],
                       labels[r["fracas_answer"]])


def load_breaking(d: Path) -> Iterator[Item]:
    for line in (d / "breaking_nli" / "dataset.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        yield Item(str(r["pairID"]), r["category"], (r["sentence1"],), r["sentence2"], r["gold_label"])


def load_control(d: Path) -> Iterator[Item]:
    """ConTRoL passages are many sentences long: one premise per sentence (a text is limited to
    2,000 characters, a problem to 100 premises)."""
    import re

    labels = {"e": "entailment", "c": "contradiction", "n": "neutral"}
    for line in (d / "control" / "test.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        sents = tuple(s for s in re.split(r"(?<=[.!?])\s+|\n+", r["premise"]) if s.strip())
        yield Item(r["uid"], labels[r["label"]], sents, r["hypothesis"], labels[r["label"]])


def _part(loader: Callable[[Path], Iterator[Item]], group: str) -> Callable[[Path], Iterator[Item]]:
    return lambda d: (it for it in loader(d) if it.group == group)


# name -> (loader, split and role). "validation" sets tuned something; the rest are test-only
# for the whole system (see docs/model-card.md for what trained the classifier).
SETS: dict[str, tuple[Callable[[Path], Iterator[Item]], str]] = {
    "fracas": (load_fracas, "FraCaS, problems with yes/no/unknown answers (test only)"),
    "sick_trial": (load_sick, "SICK trial (validation: classifier model selection and fusion fit)"),
    "snli_test": (load_snli, "SNLI test (test only)"),
    "mnli_val": (load_mnli_val, "MNLI dev-matched, index % 5 == 0 (validation: early stopping, fusion fit)"),
    "pmonli": (_part(load_monli, "pmonli"), "MoNLI pmonli (test only)"),
    "nmonli_test": (_part(load_monli, "nmonli_test"), "MoNLI nmonli_test (test only)"),
    "help_legacy": (load_help, "HELP legacy test samples (the classifier trained on HELP's main files)"),
    "nan_nli": (load_nan, "NaN-NLI (test only)"),
    "negation": (load_negation, "negation NLI: SNLI, MNLI, RTE parts (test only)"),
    "breaking_nli": (load_breaking, "Breaking NLI (test only)"),
    "logicnli": (load_logicnli, "LogicNLI dev_language (test only; self_contradiction counts as wrong)"),
    "control": (load_control, "ConTRoL test (test only; long passages)"),
}


def stratified(items: list[Item], per_label: int, seed: int) -> list[Item]:
    by: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by[it.gold].append(it)
    rng = random.Random(seed)
    out: list[Item] = []
    for gold in sorted(by):
        xs = by[gold][:]
        rng.shuffle(xs)
        out.extend(xs[:per_label])
    return out


def selective_curve(conf: list[float], right: list[bool]) -> list[tuple[float, float, float]]:
    """(threshold, coverage, accuracy) when verdicts below the threshold abstain."""
    out = []
    for thr in (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99):
        kept = [r for c, r in zip(conf, right) if c >= thr]
        if kept:
            out.append((thr, len(kept) / len(conf), sum(kept) / len(kept)))
    return out


def run_set(name: str, items: list[Item], reasoners: dict, progress: bool) -> dict:
    res: dict = {"name": name, "split": SETS[name][1], "n": len(items), "modes": {}}
    for mode in MODES:
        r = reasoners[mode]
        r.parser._docs.clear()  # each mode parses for itself
        verdicts, wall = decide_all(r, items, progress)
        kept = [(it, v) for it, v in zip(items, verdicts) if v is not None]
        sc = score((it.group, it.gold, v) for it, v in kept)["all"]
        refused = len(items) - len(kept)
        if refused:  # a refused pair is a wrong answer, not a smaller denominator
            sc["accuracy"] = sc["accuracy"] * len(kept) / len(items)
        sc["n_refused"] = refused
        conf = [v.confidence for _, v in kept]
        right = [correct(it.gold, v.label) for it, v in kept]
        res["modes"][mode] = {
            **sc, "ece": ece(conf, right), "pairs_per_s": len(items) / wall if wall else None, "seconds": wall,
            "selective": selective_curve(conf, right) if mode != "symbolic" else None,
        }
    m = res["modes"]
    res["hybrid_vs_neural_speed"] = m["hybrid"]["pairs_per_s"] / m["neural"]["pairs_per_s"]
    return res


def table(results: list[dict], quick: bool, per_label: int, seconds: float, workers: int) -> str:
    cmd = "python -m benchmarks" + (f" --quick --per-label {per_label}" if quick else "")
    lines = ["## All data sets, three modes, one run", "",
             (f"Command: `{cmd}` ({seconds / 60:.1f} min on this machine). Accuracy per mode; the best of each row "
             "in bold. Proof coverage and precision are the symbolic side's (the hybrid's proofs are the same). "
             "ECE: expected calibration error of `confidence` (15 bins). Speed: pairs/s over the whole set, parsing "
             "and model included, each mode with a fresh parse cache; the logic of symbolic and hybrid mode in "
             f"{workers} worker process{'es' if workers != 1 else ''} (`Reasoner(workers=...)`), the classifier in "
             "torch's threads."), "",
             ("| data set (split) | n | neural | symbolic | hybrid | hybrid − best other | proof coverage | proof precision "
             "| ECE neural | ECE hybrid | pairs/s neural | pairs/s symbolic | pairs/s hybrid | hybrid/neural speed |"),
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        m = r["modes"]
        accs = {k: m[k]["accuracy"] for k in MODES}
        best = max(accs.values())
        cells = [f"**{pct(a)}**" if a == best else pct(a) for a in accs.values()]
        margin = accs["hybrid"] - max(accs["neural"], accs["symbolic"])
        s = m["symbolic"]
        lines.append(
            f"| {r['name']} ({r['split']}) | {r['n']} | " + " | ".join(cells)
            + f" | {100 * margin:+.1f} | {pct(s['proof_coverage'])} | {pct(s['proof_precision'])} | "
            f"{m['neural']['ece']:.3f} | {m['hybrid']['ece']:.3f} | {m['neural']['pairs_per_s']:.0f} | "
            f"{s['pairs_per_s']:.0f} | {m['hybrid']['pairs_per_s']:.0f} | {r['hybrid_vs_neural_speed']:.2f}x |")
    lines += ["", ("Selective prediction (hybrid): accuracy / coverage when verdicts with confidence below the "
              "threshold abstain (`Reasoner(abstain_below=t)`)."), "",
              "| data set | " + " | ".join(f"t={t:g}" for t in (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)) + " |",
              "|---" * 7 + "|"]
    for r in results:
        curve = {round(t, 2): (c, a) for t, c, a in r["modes"]["hybrid"]["selective"]}
        cells = [f"{pct(curve[t][1])} / {pct(curve[t][0])}" if t in curve else "n/a"
                 for t in (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)]
        lines.append(f"| {r['name']} | " + " | ".join(cells) + " |")
    lines += ["", "![accuracy per mode](images/bench_accuracy.png)", "",
              "![selective prediction](images/bench_selective.png)"]
    return "\n".join(lines) + "\n"


def plots(results: list[dict], folder: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    names = [r["name"] for r in results]
    fig, ax = plt.subplots(figsize=(max(8, len(names) * 0.9), 4.2))
    w = 0.27
    colours = {"neural": "#8c959f", "symbolic": "#54aeff", "hybrid": "#1a7f37"}
    for k, mode in enumerate(MODES):
        ax.bar([i + (k - 1) * w for i in range(len(names))], [100 * r["modes"][mode]["accuracy"] for r in results],
               w, label=mode, color=colours[mode])
    ax.set_xticks(range(len(names)), names, rotation=30, ha="right")
    ax.set_ylabel("accuracy (%)")
    ax.set_ylim(0, 100)
    ax.legend(ncols=3, loc="upper right")
    ax.set_title("Accuracy per data set and mode (python -m benchmarks)")
    fig.tight_layout()
    a = folder / "bench_accuracy.png"
    fig.savefig(a, dpi=110)
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for r in results:
        curve = r["modes"]["hybrid"]["selective"]
        ax.plot([100 * c for _, c, _ in curve], [100 * acc for _, _, acc in curve], marker="o", ms=3, label=r["name"])
    ax.set_xlabel("coverage (%): verdicts that do not abstain")
    ax.set_ylabel("accuracy on covered (%)")
    ax.set_title("Hybrid selective prediction (abstain_below)")
    ax.legend(fontsize=7, ncols=2)
    fig.tight_layout()
    b = folder / "bench_selective.png"
    fig.savefig(b, dpi=110)
    plt.close(fig)
    return [a, b]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir")
    ap.add_argument("--sets", help=f"comma-separated subset of {', '.join(SETS)}")
    ap.add_argument("--quick", action="store_true", help="a small stratified sample; writes under --out only")
    ap.add_argument("--per-label", type=int, default=20, help="pairs per gold label and set with --quick")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--results", type=Path, default=None)
    ap.add_argument("--no-plots", action="store_true")
    ap.add_argument("--workers", type=int, default=0,
                    help="processes for the logic of symbolic and hybrid mode (0, default: one per CPU; "
                         "the classifier uses torch's threads, also one per core)")
    args = ap.parse_args(argv)
    names = args.sets.split(",") if args.sets else list(SETS)
    for n in names:
        if n not in SETS:
            ap.error(f"unknown data set {n!r}; choose from {', '.join(SETS)}")
    out = args.out or (ROOT / "benchmarks" / "out" / ("quick" if args.quick else ""))
    results_md = args.results or (out / "results.md" if args.quick else ROOT / "docs" / "results.md")
    images = out / "images" if args.quick else ROOT / "docs" / "images"
    d = data_dir(args.data_dir)

    from hybrid_nli import Reasoner

    workers = args.workers or None
    reasoners = {m: Reasoner(mode=m, workers=workers) for m in MODES}
    for r in reasoners.values():  # load spaCy, WordNet, Z3 and the model before any clock starts
        r.infer_batch([(["A man is walking."], "A person is walking.")] * 4)
    progress = sys.stderr.isatty()
    t0 = time.perf_counter()
    results = []
    for name in names:
        items = list(SETS[name][0](d))
        if args.quick:
            items = stratified(items, args.per_label, args.seed)
        print(f"{name}: {len(items)} pairs", file=sys.stderr, flush=True)
        results.append(run_set(name, items, reasoners, progress))
    seconds = time.perf_counter() - t0
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps({"quick": args.quick, "seconds": seconds,
                                                     "workers": reasoners["hybrid"].workers, "sets": results}, indent=2))
    text = table(results, args.quick, args.per_label, seconds, reasoners["hybrid"].workers)
    if not args.no_plots:
        plots(results, images)
    write_block(results_md, "suite", text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
