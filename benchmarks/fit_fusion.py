"""Fit the fusion policy on validation data: ``python -m benchmarks.fit_fusion``.

Validation data only (never a set reported as a test result): SICK **trial** rows and the MNLI
dev-matched rows the classifier holds out (index % 5 == 0). For each pair it runs the logic
(symbolic stage) and the classifier, then fits, by maximum likelihood (L-BFGS, small L2 priors),
a temperature per logic outcome and a bias vector for the ``closed`` outcome (see
``hybrid_nli.fusion`` and ``BIASED`` below), and scores the other candidate policies the same
way for comparison. The proof confidence is the proof precision on the
same rows, Laplace-smoothed.

Writes ``fusion.json`` into the classifier folder (default: the shipped one) and reports expected
calibration error (15 equal-width bins) before and after, in-sample and 5-fold cross-fitted (fit
on four folds, measure on the fifth), per validation set; the block ``fusion`` of
docs/results.md holds the table.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from benchmarks.common import ROOT, data_dir, write_block
from benchmarks.suites import load_mnli_val, load_sick
from hybrid_nli.fusion import GROUPS
from hybrid_nli.neural.classifier import LABELS as HEAD_ORDER

# the classifier head's label order, as the label strings the data sets use
LABELS = tuple(lab.value for lab in HEAD_ORDER)


def ece(conf: list[float], right: list[bool], bins: int = 15) -> float:
    """Expected calibration error: the size-weighted mean |accuracy - confidence| over bins."""
    if not conf:
        return float("nan")
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(conf) if (lo < c <= hi) or (b == 0 and c == 0)]
        if idx:
            acc = sum(right[i] for i in idx) / len(idx)
            avg = sum(conf[i] for i in idx) / len(idx)
            total += len(idx) / len(conf) * abs(acc - avg)
    return total


def collect(items, reasoner, classifier) -> list[dict]:  # type: ignore[no-untyped-def]
    from hybrid_nli.fusion import outcome_group

    reasoner.parser.preload([t for it in items for t in (*it.premises, it.hypothesis)])
    rows = []
    for it in items:
        result = reasoner._stage(list(it.premises), it.hypothesis, None)[0]
        rows.append({"gold": it.gold, "outcome": result.outcome,
                     "group": outcome_group(result, "hybrid"), "premises": it.premises, "hypothesis": it.hypothesis})
    probs = classifier.predict([(list(r["premises"]), r["hypothesis"]) for r in rows])
    for r, p in zip(rows, probs):
        r["probs"] = [p[k] for k in sorted(p, key=lambda lab: LABELS.index(lab.value))]
    return rows


# The logic outcomes whose calibration may move the classifier's answer (a bias), not only its
# confidence (a temperature). Only "closed" says something about the label itself: the logic
# read every sentence, knew every hypothesis word and still found countermodels both ways, a
# hint towards NEUTRAL. The other outcomes say only that the logic could not judge; a bias there
# mostly learns the label mix of the validation sets (SICK trial is 57% neutral, MNLI a third),
# and cross-fitted on them it cost accuracy on both (docs/fusion.md).
BIASED = ("closed", "restated")


def fit(rows: list[dict], groups: tuple[str, ...], l2: float = 1.0, biased: tuple[str, ...] = BIASED,
        one_temperature: bool = False, merge: bool = False) -> tuple[dict[str, float], dict[str, list[float]]]:
    """A temperature per group (or one for all), and a bias for the ``biased`` groups,
    maximising the likelihood of the gold labels of the pairs the logic did not prove
    (neural-mode rows use the ``neural`` group: all pairs), with Gaussian priors (``l2`` per
    squared unit, against the summed log-likelihood) on the biases and on each group's log
    temperature's distance from a shared one: a small group keeps no bias and the shared
    temperature unless its rows insist (three rows the classifier got right would otherwise
    drive their temperature towards 0). ``merge``: "restated" rows count as "closed" (the
    policy before the two were told apart), and "restated" gets "closed"'s numbers."""
    import torch

    if merge:
        temps, bias = fit([{**r, "group": "closed" if r["group"] == "restated" else r["group"]} for r in rows],
                          groups, l2, tuple(g for g in biased if g != "restated"), one_temperature)
        temps["restated"] = temps["closed"]
        if "closed" in bias:
            bias["restated"] = bias["closed"]
        return temps, bias
    data = [(r["probs"], r["group"], LABELS.index(r["gold"])) for r in rows if r["gold"] in LABELS]
    logp = torch.log(torch.tensor([d[0] for d in data]).clamp_min(1e-12))
    gidx = torch.tensor([groups.index(d[1]) for d in data])
    y = torch.tensor([d[2] for d in data])
    free = torch.tensor([[1.0] if g in biased else [0.0] for g in groups])
    shared = torch.zeros(1, requires_grad=True)  # the log temperature all groups start from
    own = torch.zeros(len(groups), requires_grad=not one_temperature)  # each group's step from it
    bias = torch.zeros(len(groups), 3, requires_grad=True)
    opt = torch.optim.LBFGS([shared, own, bias] if not one_temperature else [shared, bias], max_iter=200,
                            line_search_fn="strong_wolfe")

    def closure():  # type: ignore[no-untyped-def]
        opt.zero_grad()
        b = bias * free
        z = logp / (shared + own).exp()[gidx].unsqueeze(1) + b[gidx]
        loss = (torch.nn.functional.cross_entropy(z, y, reduction="sum") + l2 * (b ** 2).sum()
                + l2 * (own ** 2).sum())
        loss.backward()
        return loss

    opt.step(closure)
    b = (bias * free).detach()
    b = b - b.mean(dim=1, keepdim=True)  # only differences matter
    t = (shared + own).detach().exp()
    return ({g: round(float(t[i]), 4) for i, g in enumerate(groups)},
            {g: [round(float(x), 4) for x in b[i]] for i, g in enumerate(groups) if g in biased})


def policy_of(temps: dict[str, float], bias: dict[str, list[float]], proof_conf: float, source: str):  # type: ignore[no-untyped-def]
    """The ``FusionPolicy`` of fitted numbers (neural mode's temperature is the fallback)."""
    from hybrid_nli.fusion import FusionPolicy

    return FusionPolicy(temps["neural"], {g: tuple(b) for g, b in bias.items()}, proof_conf, source,  # type: ignore[misc]
                        temperatures=dict(temps))


def right_proofs(proofs: list[dict]) -> int:
    """How many proved rows agree with their gold label."""
    return sum((r["outcome"] == "entailed") == (r["gold"] == "entailment") and r["gold"] != "neutral" for r in proofs)


def proof_confidence(proofs: list[dict]) -> float:
    """The proof precision, Laplace-smoothed (never 0 or 1 on little data)."""
    return (right_proofs(proofs) + 1) / (len(proofs) + 2)


def fused(rows: list[dict], policy, mode: str) -> tuple[list[float], list[bool]]:  # type: ignore[no-untyped-def]
    """(confidence, right) of each pair's verdict under ``policy`` in ``mode``."""
    from hybrid_nli.fusion import decide
    from hybrid_nli.verdict import Label

    conf, right = [], []
    for r in rows:
        p = {Label(k): v for k, v in zip(LABELS, r["probs"])}
        decided = decide(r["outcome"], r["group"] if mode == "hybrid" else "neural", p, policy, mode)
        assert decided is not None  # the classifier's probabilities are always there
        label, probs = decided
        conf.append(probs[label])
        right.append(label.value == r["gold"])
    return conf, right


def cross_fitted(rows: dict[str, list[dict]], train_rows: list[dict], proofs: list[dict],
                 **how) -> dict[str, dict[str, tuple[list[float], list[bool]]]]:  # type: ignore[no-untyped-def]
    """5-fold cross-fitting: (confidence, right) per set and mode, each row's from a policy fitted
    (``fit(..., **how)``) without its fold."""
    cross: dict[str, dict[str, tuple[list[float], list[bool]]]] = {}
    for k in range(5):
        tk, bk = fit([r for r in train_rows if r["fold"] != k], GROUPS, **how)
        pk = policy_of(tk, bk, proof_confidence([r for r in proofs if r["fold"] != k]), "fold")
        for name, rs in rows.items():
            held = [r for r in rs if r["fold"] == k]
            for mode in ("hybrid", "neural"):
                c, ok = fused(held, pk, mode)
                acc = cross.setdefault(name, {}).setdefault(mode, ([], []))
                acc[0].extend(c)
                acc[1].extend(ok)
    return cross


# The policies ``main`` scores side by side in its table "Policies compared": (name, arguments
# of ``fit``; the shipped policy is fit's defaults).
POLICIES = (
    ("one temperature, a bias per outcome", {"one_temperature": True, "biased": GROUPS}),
    ("one temperature, no bias", {"one_temperature": True, "biased": ()}),
    ("one temperature, a bias for `closed` and for `restated`", {"one_temperature": True}),
    ("a temperature per outcome, a bias per outcome", {"biased": GROUPS}),
    ("a temperature per outcome, a bias for `closed` only, `restated` counted as `closed`", {"merge": True}),
    ("a temperature per outcome, a bias for `closed` and for `restated` (shipped)", {}),
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir")
    ap.add_argument("--classifier", type=Path, default=None, help="classifier folder (default: the shipped one)")
    ap.add_argument("--results", default=str(ROOT / "docs" / "results.md"))
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)

    from hybrid_nli import Reasoner
    from hybrid_nli.fusion import POLICY_FILE, FusionPolicy
    from hybrid_nli.neural.classifier import Classifier, default_path

    folder = args.classifier or default_path()
    d = data_dir(args.data_dir)
    sets = {"SICK trial": list(load_sick(d)), "MNLI validation": list(load_mnli_val(d))}
    reasoner = Reasoner(mode="symbolic")
    clf = Classifier(folder)
    rows = {name: collect(items, reasoner, clf) for name, items in sets.items()}
    for name, rs in rows.items():
        for r in rs:
            r["set"] = name
    everything = [r for rs in rows.values() for r in rs]
    rng = random.Random(args.seed)
    for r in everything:
        r["fold"] = rng.randrange(5)  # for cross-fitting below
    # Hybrid: the classifier decides the unproved pairs; neural: every pair, group "neural".
    train_rows = ([r for r in everything if r["outcome"] not in ("entailed", "contradicted")]
                  + [{**r, "group": "neural"} for r in everything])
    proofs = [r for r in everything if r["outcome"] in ("entailed", "contradicted")]
    n_right = right_proofs(proofs)
    proof_conf = proof_confidence(proofs)
    temps, bias = fit(train_rows, GROUPS)
    policy = policy_of(temps, bias, proof_conf, "fitted")
    before = FusionPolicy(1.0, {}, 1.0, "raw")

    cross = cross_fitted(rows, train_rows, proofs)

    report = {}
    lines = ["## Fusion policy and calibration", "",
             ("Fitted by `python -m benchmarks.fit_fusion` on validation rows only (SICK trial, MNLI dev-matched "
             "rows with index % 5 == 0); written to the classifier folder's `fusion.json`. Expected calibration "
             "error (ECE, 15 bins) of `confidence`, before (raw classifier probabilities, proof confidence 1) and "
             "after; *cross-fitted* = each row scored by a policy fitted on the other four of five folds."), "",
             "| validation set | mode | n | accuracy | ECE before | ECE after (in-sample) | ECE after (cross-fitted) |",
             "|---|---|---|---|---|---|---|"]
    for name, rs in rows.items():
        for mode in ("hybrid", "neural"):
            cb, okb = fused(rs, before, mode)
            ca, oka = fused(rs, policy, mode)
            cc, okc = cross[name][mode]
            e = {"before": ece(cb, okb), "after": ece(ca, oka), "cross_fitted": ece(cc, okc),
                 "accuracy": sum(oka) / len(oka), "n": len(rs)}
            report[f"{name} / {mode}"] = e
            lines.append(f"| {name} | {mode} | {len(rs)} | {100 * e['accuracy']:.1f}% | {e['before']:.3f} | "
                         f"{e['after']:.3f} | {e['cross_fitted']:.3f} |")
    lines += ["", f"Proof confidence {proof_conf:.4f} ({n_right}/{len(proofs)} proofs right, Laplace-smoothed); "
              "temperature per logic outcome: "
              + "; ".join(f"{g} {temps[g]:.3f} (n={sum(r['group'] == g for r in train_rows)})" for g in GROUPS)
              + "; bias (entailment, neutral, contradiction) of "
              + "; ".join(f"{g} ({', '.join(f'{x:+.2f}' for x in b)})" for g, b in bias.items())
              + ", the only outcomes with one."]
    # What each logic outcome's pairs turn out to be, per set: the evidence behind its bias.
    counts = []
    for name, rs in rows.items():
        for g in GROUPS[:-1]:
            grp = [r for r in rs if r["group"] == g and r["outcome"] not in ("entailed", "contradicted")]
            if grp:
                by = {lab: sum(r["gold"] == lab for r in grp) for lab in LABELS}
                counts.append(f"{name} {g}: {len(grp)} ({by['entailment']} entailment, {by['neutral']} neutral, "
                              f"{by['contradiction']} contradiction)")
    lines += ["", "Gold labels of the unproved pairs per logic outcome: " + "; ".join(counts) + "."]
    # Why this policy: the others it was chosen against, on the same rows and folds.
    lines += ["", "Policies compared, 5-fold cross-fitted on the same rows (accuracy; ECE):", "",
              "| policy | " + " | ".join(f"{name} {mode}" for name in rows for mode in ("hybrid", "neural")) + " |",
              "|---|" + "---|" * (2 * len(rows))]
    for label, how in POLICIES:
        cf = cross if not how else cross_fitted(rows, train_rows, proofs, **how)
        lines.append(f"| {label} | " + " | ".join(
            f"{100 * sum(cf[name][mode][1]) / len(cf[name][mode][1]):.1f}%; {ece(*cf[name][mode]):.3f}"
            for name in rows for mode in ("hybrid", "neural")) + " |")
    table = "\n".join(lines) + "\n"
    out = {"version": 2, "temperature": temps["neural"], "temperatures": temps, "bias": bias,
           "proof_confidence": proof_conf,
           "fitted_on": {name: len(rs) for name, rs in rows.items()}, "ece": report,
           "command": "python -m benchmarks.fit_fusion " + " ".join(argv if argv is not None else sys.argv[1:])}
    (Path(folder) / POLICY_FILE).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(table)
    if args.results:
        write_block(Path(args.results), "fusion", table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
