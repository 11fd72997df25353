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


def score(rows: Iterable[tuple[str, Label, Verdict]]) -> dict[str, dict[str, Any]]:
    """Per group (and "all"): n, accuracy, proof coverage, proof precision."""
    groups: dict[str, list[tuple[Label, Verdict]]] = defaultdict(list)
    for group, gold, v in rows:
        groups[group].append((gold, v))
        groups["all"].append((gold, v))
    out = {}
    for g, items in groups.items():
        n = len(items)
        correct = sum(v.label == gold for gold, v in items)
        proofs = [(gold, v) for gold, v in items if v.decided_by == "proof"]
        out[g] = {
            "n": n,
            "accuracy": correct / n if n else 0.0,
            "proof_coverage": len(proofs) / n if n else 0.0,
            "proofs": len(proofs),
            "proof_precision": (sum(v.label == gold for gold, v in proofs) / len(proofs)) if proofs else None,
        }
    return out


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"
