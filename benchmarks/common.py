"""Shared helpers for the benchmark runners: where the data is, and how results are summarised."""

from __future__ import annotations

import os
import statistics
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hybrid_nli import Label, Verdict

ROOT = Path(__file__).resolve().parents[1]


def data_dir(arg: str | None) -> Path:
    """``--data-dir``, else ``$HYBRID_NLI_DATA``, else ``../shared/data`` beside the checkout."""
    for cand in (arg, os.environ.get("HYBRID_NLI_DATA"), str(ROOT.parent / "shared" / "data")):
        if cand and Path(cand).is_dir():
            return Path(cand)
    raise SystemExit("no data directory: pass --data-dir or set HYBRID_NLI_DATA")


def correct(gold: str, label: Label) -> bool:
    """Gold labels are the data's own: "not_entailment" (RTE) is right for neutral and
    contradiction; a label the reasoner never gives ("self_contradiction") is never right."""
    if gold == "not_entailment":
        return label != Label.ENTAILMENT
    return label.value == gold


def score(rows: Iterable[tuple[str, str, Verdict]]) -> dict[str, dict[str, Any]]:
    """Per group (and "all"): n, accuracy, proof coverage, proof precision, proof recall.

    Proof recall follows ccg2lambda and LangPro: right proof verdicts / pairs whose gold label is
    entailment or contradiction."""
    groups: dict[str, list[tuple[str, Verdict]]] = defaultdict(list)
    for group, gold, v in rows:
        groups[group].append((str(gold.value if isinstance(gold, Label) else gold), v))
        groups["all"].append((str(gold.value if isinstance(gold, Label) else gold), v))
    out = {}
    for g, items in groups.items():
        n = len(items)
        proofs = [(gold, v) for gold, v in items if v.decided_by == "proof"]
        right_proofs = sum(correct(gold, v.label) for gold, v in proofs)
        decidable = sum(gold in ("entailment", "contradiction") for gold, _ in items)
        out[g] = {
            "n": n,
            "accuracy": sum(correct(gold, v.label) for gold, v in items) / n if n else 0.0,
            "proof_coverage": len(proofs) / n if n else 0.0,
            "proofs": len(proofs),
            "proof_precision": right_proofs / len(proofs) if proofs else None,
            "proof_recall": right_proofs / decidable if decidable else None,
        }
    return out


def score_table(groups: dict[str, dict[str, Any]], group_name: str, recall: bool) -> list[str]:
    """Markdown rows of a ``score`` result: one per group, then the total in bold."""
    cols = ["accuracy", "proof_coverage", "proof_precision"] + (["proof_recall"] if recall else [])
    head = f"| {group_name} | n | " + " | ".join(c.replace("_", " ") for c in cols) + " |"
    lines = [head, "|---" * (len(cols) + 2) + "|"]
    for g in sorted(k for k in groups if k != "all") + ["all"]:
        r = groups[g]
        vals = [pct(r[c]) for c in cols]
        if g == "all":
            vals[0] = f"**{vals[0]}**"
        lines.append(f"| {'**all**' if g == 'all' else g} | {r['n']} | " + " | ".join(vals) + " |")
    return lines


def quantile(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def decide_all(reasoner, items, progress: bool = False) -> tuple[list, float]:  # type: ignore[no-untyped-def]
    """Verdicts for ``items`` (objects with ``premises`` and ``hypothesis``) in one batch, and
    the wall time; ``None`` where the input is refused as bad (a typed ``HybridNLIError``, e.g.
    over 100 premises), so that a caller can say how it counts those."""
    import time

    from hybrid_nli.errors import HybridNLIError

    t0 = time.perf_counter()
    ok = []
    for i, it in enumerate(items):
        try:
            reasoner._clean(list(it.premises), it.hypothesis)
            ok.append(i)
        except HybridNLIError:
            pass
    decided = reasoner.infer_batch([(list(items[i].premises), items[i].hypothesis) for i in ok], progress=progress)
    verdicts: list = [None] * len(items)
    for i, v in zip(ok, decided):
        verdicts[i] = v
    return verdicts, time.perf_counter() - t0


def write_block(path: Path, name: str, table: str) -> None:
    """Replace the ``name`` block of docs/results.md (between HTML comment markers), keeping the rest."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Results\n\nProduced by the benchmark commands; not edited by hand.\n\n"
    block = f"{begin}\n{table}{end}"
    if begin in text and end in text:
        text = text.split(begin)[0] + block + text.split(end, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
