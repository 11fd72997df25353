"""Classifier speed and int8 quantization, measured in one run on SNLI test (evaluation only).

    python -m benchmarks.neural_speed [--limit N] [--threads 2]

Reports: model load time (fresh process, median of 3), throughput at batch 64 with tokenization
included (pairs in file order; the classifier sorts by length inside each call), and the same
with PyTorch dynamic int8 quantization of the linear layers, with the accuracy of both on the
same pairs. int8 is not the default unless it costs at most 0.5 accuracy points.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import ROOT, data_dir, write_block
from benchmarks.suites import load_snli

LOAD_CODE = ("import time; t=time.perf_counter(); from hybrid_nli.neural.classifier import Classifier; "
             "c=Classifier(); c.predict([('A man sleeps.', 'A man is asleep.')]); print(time.perf_counter()-t)")


def run(clf, pairs, golds, per_call: int = 64) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Pairs per second and accuracy, giving the classifier ``per_call`` pairs per call (it
    sorts each call's pairs by length and runs batches of 64)."""
    t = time.perf_counter()
    probs = []
    for s in range(0, len(pairs), per_call):
        probs += clf.predict(pairs[s : s + per_call])
    wall = time.perf_counter() - t
    acc = sum(max(p, key=p.get).value == g for p, g in zip(probs, golds)) / len(golds)
    return len(pairs) / wall, acc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="classifier speed benchmark")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--data-dir")
    ap.add_argument("--results", default=str(ROOT / "docs" / "results.md"))
    args = ap.parse_args(argv)
    import torch

    from hybrid_nli.neural.classifier import Classifier

    items = list(load_snli(data_dir(args.data_dir)))
    if args.limit:
        items = items[: args.limit]
    pairs = [(it.premises[0], it.hypothesis) for it in items]
    golds = [it.gold for it in items]
    loads = [float(subprocess.run([sys.executable, "-c", LOAD_CODE], capture_output=True, text=True, check=True,
                                  cwd=ROOT).stdout.strip().splitlines()[-1]) for _ in range(3)]
    clf = Classifier(threads=args.threads, batch_size=64)
    clf.predict(pairs[:64])  # warm-up
    fp32 = run(clf, pairs, golds)
    fp32_all = run(clf, pairs, golds, per_call=len(pairs))  # as Reasoner.infer_batch calls it
    tok, model = clf._load()
    clf._loaded = (tok, torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8))
    clf.predict(pairs[:64])
    int8 = run(clf, pairs, golds)
    table = "\n".join([
        "## Classifier speed (SNLI test)",
        "",
        f"{len(pairs):,} SNLI test pairs, batches of 64 in file order, tokenization included, {args.threads} threads. "
        f"Command: `python -m benchmarks.neural_speed" + (f" --limit {args.limit}" if args.limit else "") + "`",
        "",
        "| variant | pairs/s | accuracy |",
        "|---|---|---|",
        f"| fp32 (default), 64 pairs per call in file order | {fp32[0]:.0f} | {100 * fp32[1]:.1f}% |",
        f"| fp32, all pairs in one call (sorted by length; `infer_batch`) | {fp32_all[0]:.0f} | {100 * fp32_all[1]:.1f}% |",
        f"| dynamic int8 (linear layers), 64 per call | {int8[0]:.0f} | {100 * int8[1]:.1f}% |",
        "",
        f"Model load to first prediction, fresh process: {statistics.median(loads):.2f} s (median of 3).",
        "",
    ])
    print(table)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "neural_speed.json").write_text(json.dumps({"fp32": fp32, "fp32_one_call": fp32_all, "int8": int8,
                                                       "load_s": loads}))
    if args.results and not args.limit:
        write_block(Path(args.results), "neural_speed", table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
