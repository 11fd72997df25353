"""The ``hybrid-nli`` command: ``infer``, ``batch`` and ``demo``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hybrid_nli.logic import DEFAULT_TIMEOUT_S

DEMO = [
    (["I like eating apples."], "I like eating fruit."),
    (["Every dog barks.", "Fido is a dog."], "Fido barks."),
    (["Every dog barks."], "Every small dog barks."),
    (["No delegate finished the report."], "Some delegate finished the report on time."),
    (["At most ten commissioners spend time at home."], "At most ten female commissioners spend time at home."),
    (["Most Europeans are resident in Europe.", "All Europeans are people.",
      "All people who are resident in Europe can travel freely within Europe."],
     "Most Europeans can travel freely within Europe."),
    (["Some delegates finished the survey."], "Some delegates finished the survey on time."),
    (["John spoke to Mary.", "So did Bill."], "Bill spoke to Mary."),
    (["The oak is taller than the pine.", "The oak is short."], "The pine is tall."),
    # outside what the logic proves: in hybrid mode the classifier answers, and says so
    (["A man is sleeping in a bed."], "A man is asleep."),
]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["train"]:  # all options belong to the trainer
        from hybrid_nli.errors import HybridNLIError
        from hybrid_nli.neural.train import main as train

        try:
            return train(argv[1:])
        except HybridNLIError as exc:
            print(f"hybrid-nli: error: {exc}", file=sys.stderr)
            return 2
    ap = argparse.ArgumentParser(prog="hybrid-nli", description="Natural-language inference with proofs.")
    ap.add_argument("--mode", default="hybrid", choices=["hybrid", "symbolic", "neural"])
    ap.add_argument("--classifier", type=Path, help="a classifier folder (default: the shipped one)")
    ap.add_argument("--knowledge-dir", type=Path, action="append", help="ontology folder (repeatable)")
    ap.add_argument("--rules-dir", type=Path, action="append", help="rule folder (repeatable)")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, help="solver seconds per problem")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p_inf = sub.add_parser("infer", help="decide one problem")
    p_inf.add_argument("premise", nargs="+")
    p_inf.add_argument("--hypothesis", "-H", required=True)
    p_inf.add_argument("--json", action="store_true", help="print the verdict as JSON (the to_dict() document)")
    p_inf.add_argument("--html", type=Path, help="also write the verdict as an HTML page with its proof graph")
    p_inf.add_argument("--plain", action="store_true", help="plain text (Verdict.explain()) instead of a coloured tree")
    p_batch = sub.add_parser("batch", help="decide the problems of a JSONL file")
    p_batch.add_argument("infile", type=Path, help='one {"premises": [...] or "premise": "...", "hypothesis": "..."} per line')
    p_batch.add_argument("outfile", type=Path)
    p_batch.add_argument("--workers", type=int, default=1,
                         help="processes that run the logic side by side (0: one per CPU; default 1)")
    sub.add_parser("demo", help="run a handful of examples with their explanations")
    sub.add_parser("train", help="train a classifier (python -m hybrid_nli.neural.train --help)")
    args = ap.parse_args(argv)

    from hybrid_nli import HybridNLIError, Reasoner

    try:
        workers = getattr(args, "workers", 1)
        reasoner = Reasoner(mode=args.mode, timeout=args.timeout, classifier=args.classifier,
                            knowledge_dir=args.knowledge_dir, rules_dir=args.rules_dir,
                            workers=None if workers == 0 else workers)
        if args.cmd == "infer":
            v = reasoner.infer(args.premise, args.hypothesis)
            if args.html:
                from hybrid_nli.display import render

                args.html.write_text(render(v), encoding="utf-8")
            if args.json:
                print(json.dumps(v.to_dict(), indent=2, ensure_ascii=False))
            elif args.plain:
                print(v.explain())
            else:
                _print_tree(v)
        elif args.cmd == "batch":
            return _batch(reasoner, args.infile, args.outfile)
        else:
            for premises, hyp in DEMO:
                v = reasoner.infer(premises, hyp)
                _print_tree(v)
                if v.decided_by == "proof":
                    print(f"  certificate re-checked by a fresh Z3 solver: {'ok' if v.verify() else 'FAILED'}")
                print()
    except HybridNLIError as exc:
        print(f"hybrid-nli: error: {exc}", file=sys.stderr)
        return 2
    return 0


def _print_tree(v) -> None:  # type: ignore[no-untyped-def]
    """The verdict as a coloured tree (plain when stdout is not a terminal or NO_COLOR is set)."""
    from rich.console import Console

    from hybrid_nli.display import tree

    Console(highlight=False, soft_wrap=False).print(tree(v))


def _batch(reasoner, infile: Path, outfile: Path) -> int:  # type: ignore[no-untyped-def]
    from hybrid_nli.errors import InputError

    pairs = []
    for n, line in enumerate(infile.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            prem = d["premises"] if "premises" in d else d["premise"]
            pairs.append((prem, d["hypothesis"]))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{infile}:{n}: expected a JSON object with 'premises' (or 'premise') and 'hypothesis' ({exc})") from exc
        try:
            # the texts checked here, so that the error names the line, before any work is done
            reasoner._clean(*pairs[-1])
        except InputError as exc:
            raise InputError(f"{infile}:{n}: {exc}") from exc
    verdicts = reasoner.infer_batch(pairs, progress=True)
    with outfile.open("w", encoding="utf-8") as fh:
        for v in verdicts:
            fh.write(json.dumps(v.to_dict(), ensure_ascii=False) + "\n")
    print(f"wrote {len(verdicts)} verdicts to {outfile}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
