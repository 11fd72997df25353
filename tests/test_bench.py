"""The benchmark suite's quick mode runs end to end on a stratified sample (what CI can afford)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_quick_suite_writes_tables_json_and_plots(tmp_path):
    data = Path(os.environ.get("HYBRID_NLI_DATA") or ROOT.parent / "shared" / "data")
    if not (data / "sick").is_dir():
        pytest.skip("data folder not found (set HYBRID_NLI_DATA)")
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--per-label", "2", "--sets", "sick_trial,fracas",
         "--out", str(tmp_path), "--data-dir", str(data)],
        capture_output=True, text=True, cwd=ROOT, timeout=600, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    bench = json.loads((tmp_path / "bench.json").read_text())
    assert bench["quick"] and [s["name"] for s in bench["sets"]] == ["sick_trial", "fracas"]
    for s in bench["sets"]:
        assert s["n"] == 6  # two per gold label
        assert set(s["modes"]) == {"neural", "symbolic", "hybrid"}
        for m in s["modes"].values():
            assert 0 <= m["accuracy"] <= 1 and m["pairs_per_s"] > 0
        assert s["modes"]["neural"]["proof_coverage"] == 0  # the classifier alone proves nothing
    md = (tmp_path / "results.md").read_text()
    assert "| sick_trial (SICK trial" in md and "hybrid/neural speed" in md
    assert (tmp_path / "images" / "bench_accuracy.png").stat().st_size > 1000
    assert (tmp_path / "images" / "bench_selective.png").stat().st_size > 1000
