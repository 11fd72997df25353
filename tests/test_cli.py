from __future__ import annotations

import json

import pytest

from hybrid_nli.cli import main

pytestmark = pytest.mark.spacy


def test_infer_json(capsys):
    assert main(["--mode", "symbolic", "infer", "Every dog barks.", "--hypothesis", "Every small dog barks.", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["label"] == "entailment" and d["decided_by"] == "proof"


def test_batch(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"premises": ["No dog barks."], "hypothesis": "A dog barks."}) + "\n"
                   + json.dumps({"premise": "Some dogs bark.", "hypothesis": "Some dogs bark loudly."}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["--mode", "symbolic", "batch", str(src), str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["label"] for r in rows] == ["contradiction", "neutral"]


def test_batch_with_worker_processes(tmp_path, capsys):
    pairs = [("No dog barks.", "A dog barks."), ("Some dogs bark.", "Some dogs bark loudly.")] * 4
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"premise": p, "hypothesis": h}) + "\n" for p, h in pairs))
    out = tmp_path / "out.jsonl"
    assert main(["--mode", "symbolic", "batch", str(src), str(out), "--workers", "2"]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["label"] for r in rows] == ["contradiction", "neutral"] * 4
    assert main(["--mode", "symbolic", "batch", str(src), str(out), "--workers", "-1"]) == 2
    assert "workers" in capsys.readouterr().err


def test_bad_batch_file_is_a_clear_error(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"hypothesis": "x"}\n')
    assert main(["batch", str(src), str(tmp_path / "o.jsonl")]) == 2
    assert "in.jsonl:1" in capsys.readouterr().err
    # a text the reasoner refuses names its line too, before any pair is decided
    src.write_text('{"premises": ["A dog runs."], "hypothesis": "An animal runs."}\n{"premise": "A dog runs.", "hypothesis": " "}\n')
    assert main(["--mode", "symbolic", "batch", str(src), str(tmp_path / "o.jsonl")]) == 2
    assert "in.jsonl:2: hypothesis is empty" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()


def test_demo_runs(capsys):
    assert main(["--mode", "symbolic", "demo"]) == 0
    out = capsys.readouterr().out
    assert "I like eating fruit." in out and "ENTAILMENT" in out and "FAILED" not in out
