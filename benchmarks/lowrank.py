"""Could the shipped classifier be a low-rank adapter? ``python -m benchmarks.lowrank``.

The classifier is shipped as its full fine-tuned layers (float16, 21.6 MB), not as a low-rank
adapter over the base weights. This measures what a low-rank form of the same classifier would
cost: each fine-tuned weight matrix of the six layers is replaced by base + the best rank-r
approximation of (fine-tuned - base) (truncated SVD; a LoRA adapter of rank r stores such a
change, though one trained as an adapter could find another), biases, LayerNorms, pooler and
head kept in full; then accuracy on the two
validation sets (SICK trial, MNLI validation; never test sets) and the size the adapter would
have in float16. Writes the block ``lowrank`` of docs/results.md.

    python -m benchmarks.lowrank [--ranks 32,64,128] [--classifier DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.common import ROOT, data_dir, write_block
from benchmarks.suites import load_mnli_val


def low_rank(fine: dict, base: dict, rank: int, feed_forward_only: bool) -> tuple[dict, int]:  # type: ignore[type-arg]
    """The weights with each layer matrix's fine-tuning change cut to ``rank``; and the number of
    stored parameters that form needs (two factors per cut matrix, the rest in full)."""
    import torch

    out, stored = {}, 0
    for k, v in fine.items():
        v = v.float()
        cut = (rank and v.ndim == 2 and "encoder.layer" in k
               and not (feed_forward_only and ".attention." in k))
        r = min(rank, *v.shape) if cut else 0
        if cut and r * (v.shape[0] + v.shape[1]) < v.numel():
            u, s, vh = torch.linalg.svd(v - base[k], full_matrices=False)
            out[k] = base[k] + (u[:, :r] * s[:r]) @ vh[:r]
            stored += r * (v.shape[0] + v.shape[1])
        else:
            out[k] = v
            stored += v.numel()
    return out, stored


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir")
    ap.add_argument("--classifier", type=Path, default=None, help="classifier folder (default: the shipped one)")
    ap.add_argument("--ranks", default="32,64,128", help="ranks to try on every layer matrix")
    ap.add_argument("--feed-forward-ranks", default="128,256",
                    help="ranks to try on the feed-forward matrices only (attention kept in full)")
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--results", default=str(ROOT / "docs" / "results.md"))
    args = ap.parse_args(argv)

    import torch
    from safetensors.torch import load_file

    from hybrid_nli.neural.classifier import WEIGHTS, Classifier, build_model, default_path
    from hybrid_nli.neural.train import LABEL_NAMES, evaluate, sick_trial

    if args.threads:
        torch.set_num_threads(args.threads)
    folder = args.classifier or default_path()
    d = data_dir(args.data_dir)
    sets = {"SICK trial": sick_trial(d),
            "MNLI validation": [(" ".join(it.premises), it.hypothesis, LABEL_NAMES.index(it.gold)) for it in load_mnli_val(d)]}
    tok, model = build_model(len(LABEL_NAMES), Classifier(folder).pooling)
    base = {k: v.detach().clone() for k, v in model.state_dict().items()}
    fine = load_file(str(folder / WEIGHTS))
    plan = [(0, False)] + [(int(r), False) for r in args.ranks.split(",") if r] + [
        (int(r), True) for r in args.feed_forward_ranks.split(",") if r]
    lines = ["## Low-rank form of the classifier (validation sets)", "",
             ("`python -m benchmarks.lowrank`: each fine-tuned layer matrix as base + a rank-r cut of its change "
              "(truncated SVD: the rank-r change closest to the full fine-tune's, the form a LoRA adapter of rank r "
              "stores; one trained as an adapter from the start could find a different one); biases, LayerNorms, "
              "pooler and head in full. Size: the stored parameters in float16."), "",
             "| form | stored parameters | float16 size | SICK trial | MNLI validation |", "|---|---|---|---|---|"]
    for rank, ffn in plan:
        weights, stored = low_rank(fine, base, rank, ffn)
        model.load_state_dict(weights, strict=False)
        accs = {name: evaluate(tok, model, pairs, 128) for name, pairs in sets.items()}
        form = "full layers (shipped)" if not rank else f"rank {rank}, {'feed-forward only' if ffn else 'every matrix'}"
        lines.append(f"| {form} | {stored / 1e6:.2f} M | {2 * stored / 1e6:.1f} MB | {100 * accs['SICK trial']:.1f}% | "
                     f"{100 * accs['MNLI validation']:.1f}% |")
        print(lines[-1], flush=True)
    table = "\n".join(lines) + "\n"
    if args.results:
        write_block(Path(args.results), "lowrank", table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
