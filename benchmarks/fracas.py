"""FraCaS benchmark: accuracy per section, proof coverage and precision, and speed.

    python -m benchmarks.fracas [--data-dir DIR] [--mode symbolic] [--out benchmarks/out]
                                [--results docs/results.md] [--sections 1,2]

Uses every problem whose answer is yes / no / unknown (``fracas_answer``; "undef" problems are
left out). FraCaS has no train/test split and is used for evaluation only. Writes per-problem
predictions as JSONL and a table into ``docs/results.md``. Speed: ``import hybrid_nli`` time and
time to the first verdict (each in a fresh interpreter, median of 3), and throughput over the
whole run (median of 3 passes after a warm-up pass).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import ROOT, data_dir, median, score, score_table, write_block

LABELS = {"yes": "entailment", "no": "contradiction", "unknown": "neutral"}


def load(path: Path, sections: set[str] | None) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["fracas_answer"] not in LABELS:
            continue
        sec = d["section"].split()[0]
        if sections and sec not in sections:
            continue
        rows.append(d)
    return rows


def fresh_process_seconds(code: str, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return median(times)


IMPORT_CODE = "import time; t=time.perf_counter(); import hybrid_nli; print(time.perf_counter()-t)"
FIRST_CODE = (
    "import time; t=time.perf_counter(); import hybrid_nli; "
    "r=hybrid_nli.Reasoner(mode='symbolic'); r.infer('Every dog barks.', 'Every small dog barks.'); "
    "print(time.perf_counter()-t)"
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="FraCaS benchmark")
    ap.add_argument("--data-dir")
    ap.add_argument("--mode", default="symbolic")
    ap.add_argument("--sections", help="comma-separated section numbers (default: all)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "out"))
    ap.add_argument("--results", default=str(ROOT / "docs" / "results.md"))
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--no-speed", action="store_true", help="skip the speed measurements")
    args = ap.parse_args(argv)

    from hybrid_nli import Reasoner

    path = data_dir(args.data_dir) / "fracas" / "fracas.jsonl"
    rows = load(path, set(args.sections.split(",")) if args.sections else None)
    reasoner = Reasoner(mode=args.mode)
    pairs = [(d["premises"], d["hypothesis"]) for d in rows]
    t = time.perf_counter()
    verdicts = reasoner.infer_batch(pairs, progress=sys.stderr.isatty())
    first_pass = time.perf_counter() - t
    results = score((d["section"], LABELS[d["fracas_answer"]], v) for d, v in zip(rows, verdicts))

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with (out / f"fracas_{args.mode}.jsonl").open("w", encoding="utf-8") as fh:
        for d, v in zip(rows, verdicts):
            fh.write(json.dumps({"id": d["id"], "section": d["section"], "gold": LABELS[d["fracas_answer"]],
                                 "label": v.label.value, "decided_by": v.decided_by, "reason": v.reason,
                                 "certificate_ok": v.verify() if v.decided_by == "proof" else None,
                                 "seconds": v.timings.get("total")}) + "\n")
    certs = [v.verify() for v in verdicts if v.decided_by == "proof"]

    speed = {}
    if not args.no_speed:
        passes = []
        for _ in range(args.repeats):
            reasoner.parser._docs.clear()  # measure parsing too, not just the cache
            t = time.perf_counter()
            reasoner.infer_batch(pairs)
            passes.append(time.perf_counter() - t)
        speed = {
            "import_s": fresh_process_seconds(IMPORT_CODE, args.repeats),
            "first_verdict_s": fresh_process_seconds(FIRST_CODE, args.repeats),
            "throughput_pairs_per_s": len(pairs) / median(passes),
            "first_pass_s": first_pass,
        }
    per_pair = sorted(v.timings.get("total", 0.0) for v in verdicts)

    summary = {"mode": args.mode, "sections": results, "certificates_verified": f"{sum(certs)}/{len(certs)}",
               "speed": speed, "max_pair_s": per_pair[-1] if per_pair else None}
    (out / f"fracas_{args.mode}.json").write_text(json.dumps(summary, indent=2))
    table = render(summary, args)
    print(table)
    if args.results:
        write_block(Path(args.results), "fracas" if args.mode == "symbolic" else f"fracas-{args.mode}", table)
    return 0


def render(summary: dict, args: argparse.Namespace) -> str:
    lines = [
        f"## FraCaS ({summary['mode']} mode)",
        "",
        "Split: all FraCaS problems with a yes/no/unknown answer (evaluation only; never trained or tuned on).",
        f"Command: `python -m benchmarks.fracas --mode {summary['mode']}`"
        + (f" --sections {args.sections}" if args.sections else ""),
        "",
        *score_table(summary["sections"], "section", recall=False),
    ]
    lines.append("")
    lines.append(f"Certificates re-checked by an independent Z3 run: {summary['certificates_verified']}.")
    sp = summary["speed"]
    if sp:
        lines += [
            "",
            "| speed (median of repeated runs) | value |",
            "|---|---|",
            f"| `import hybrid_nli` | {sp['import_s'] * 1000:.0f} ms |",
            f"| `Reasoner()` to first verdict, cold process | {sp['first_verdict_s']:.2f} s |",
            f"| symbolic throughput on these problems (parsing included) | {sp['throughput_pairs_per_s']:.1f} pairs/s |",
            f"| slowest single problem | {summary['max_pair_s']:.2f} s |",
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
