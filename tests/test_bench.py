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


def test_low_rank_form_cuts_only_the_layer_matrices_change():
    import torch

    from benchmarks.lowrank import low_rank

    g = torch.Generator().manual_seed(0)
    base = {"bert.encoder.layer.0.attention.self.query.weight": torch.randn(8, 6, generator=g),
            "bert.encoder.layer.0.output.dense.weight": torch.randn(8, 6, generator=g),
            "bert.encoder.layer.0.output.dense.bias": torch.randn(8, generator=g),
            "classifier.weight": torch.randn(3, 8, generator=g)}
    fine = {k: v + torch.randn(v.shape, generator=g) for k, v in base.items()}
    cut, stored = low_rank(fine, base, 1, feed_forward_only=False)
    for k in ("bert.encoder.layer.0.attention.self.query.weight", "bert.encoder.layer.0.output.dense.weight"):
        assert torch.linalg.matrix_rank(cut[k] - base[k]) == 1
    # biases and the head are kept as they are; the count is two factors per cut matrix
    assert torch.equal(cut["classifier.weight"], fine["classifier.weight"])
    assert torch.equal(cut["bert.encoder.layer.0.output.dense.bias"], fine["bert.encoder.layer.0.output.dense.bias"])
    assert stored == 2 * (8 + 6) + 8 + 3 * 8
    # attention left in full when only the feed-forward matrices are cut
    cut, _ = low_rank(fine, base, 1, feed_forward_only=True)
    assert torch.equal(cut["bert.encoder.layer.0.attention.self.query.weight"],
                       fine["bert.encoder.layer.0.attention.self.query.weight"])
    # a rank that would store more than the matrix leaves it whole
    cut, stored = low_rank(fine, base, 5, feed_forward_only=False)
    assert torch.equal(cut["bert.encoder.layer.0.output.dense.weight"], fine["bert.encoder.layer.0.output.dense.weight"])


def test_ablation_ensembles_mean_the_members_probabilities(tmp_path):
    """Two copies of one classifier: their ensemble answers as each does, and the pairs "every
    classifier gets wrong" are exactly that classifier's errors."""
    from benchmarks.ablation import main
    from benchmarks.common import data_dir

    data = Path(os.environ.get("HYBRID_NLI_DATA") or ROOT.parent / "shared" / "data")
    if not (data / "sick").is_dir():
        pytest.skip("data folder not found (set HYBRID_NLI_DATA)")
    from benchmarks.suites import load_sick
    from hybrid_nli.neural.classifier import Classifier, default_path

    items = list(load_sick(data_dir(str(data))))
    probs = Classifier(default_path()).predict([(list(it.premises), it.hypothesis) for it in items])
    errors = sum(max(p, key=p.get).value != it.gold for it, p in zip(items, probs))
    results = tmp_path / "results.md"
    assert main([f"a={default_path()}", f"b={default_path()}", "--sets", "sick_trial", "--ensembles",
                 "--data-dir", str(data), "--results", str(results), "--block", "t"]) == 0
    table = results.read_text()
    acc = f"{100 * (len(items) - errors) / len(items):.1f}%"
    assert "| a | " in table and f"| a + b | {acc} |" in table
    assert f"sick_trial {errors} of {len(items)}" in table
    assert "--ensembles" in table and "<!-- t:begin -->" in table
