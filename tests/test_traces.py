"""Proof traces: explain(), HTML rendering, the JSON Schema and from_dict()."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from hybrid_nli import Label, Verdict
from hybrid_nli.display import render, render_batch, tree
from hybrid_nli.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "verdict.schema.json").read_text(encoding="utf-8"))
VOID = {"meta", "br", "hr", "img", "input", "link", "area", "base", "col", "embed", "source", "track", "wbr"}


class _Checker(HTMLParser):
    """Well-formedness: every element closed in order; collects the text and tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and value and "://" in value:
                self.errors.append(f"external reference {value}")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append(tag)

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        self.text.append(data)


def _check(html: str) -> _Checker:
    c = _Checker()
    c.feed(html)
    c.close()
    assert not c.errors, c.errors[:5]
    assert not c.stack, f"unclosed: {c.stack}"
    assert "script" not in c.tags
    return c


@pytest.fixture(scope="module")
def verdicts(reasoner):
    proof = reasoner.infer(["No animal is running in the park."], "No dog is running quickly in the park.")
    contra = reasoner.infer(["John is tall."], "John is short.")
    abstain = reasoner.infer(["A man is sleeping in a bed."], "A man is asleep.")
    return proof, contra, abstain


@pytest.fixture(scope="module")
def model_verdict():
    from hybrid_nli import Reasoner

    v = Reasoner(mode="hybrid").infer(["A man is sleeping in a bed."], "A man is asleep.")
    assert v.decided_by == "model"
    return v


def test_explain_is_a_numbered_derivation_with_sources(verdicts):
    proof, contra, abstain = verdicts
    assert proof.decided_by == "proof"
    text = proof.explain()
    assert text.startswith("ENTAILMENT: proved by the logic")
    lines = text.splitlines()
    knowledge = next(i for i, ln in enumerate(lines) if "every dog is a kind of animal" in ln)
    assert lines[knowledge].strip().startswith(("1.", "2.", "3."))
    assert "WordNet: dog.n.01" in lines[knowledge + 1] and '"dog"' in lines[knowledge + 1]
    # the inference names the numbered steps it follows from
    n_steps = sum(1 for s in proof.trace if s.kind != "note")
    assert f"follows from {', '.join(str(i) for i in range(1, n_steps))}" in text
    assert "rule file" not in contra.explain() and "antonyms" in contra.explain()
    assert "no decision" in abstain.explain() and "derivation:" not in abstain.explain()


def test_html_for_proof_model_and_abstain_is_well_formed_and_has_every_step(verdicts, model_verdict):
    proof, contra, abstain = verdicts
    for v in (proof, contra, abstain, model_verdict):
        html = render(v)
        c = _check(html)
        text = unescape(" ".join(c.text))
        for s in v.trace:
            assert s.text[:30] in text, (s.id, s.text)
        assert v.hypothesis in text.replace("\n", " ") or all(w in text for w in v.hypothesis.split())
    # the proof is drawn: one box per non-note step, arrows for its dependencies, highlights
    html = render(proof)
    boxes = [s for s in proof.trace if s.kind != "note"]
    assert html.count("<rect ") == len(boxes)
    inference = next(s for s in proof.trace if s.kind == "inference")
    assert html.count("marker-end=") == len(inference.depends_on)
    assert html.count("<mark ") >= 3
    # a verdict shows itself in Jupyter, as a fragment
    frag = proof._repr_html_()
    _check(frag)
    assert "<html" not in frag and "<svg" in frag


def test_render_batch_is_one_page(verdicts, model_verdict):
    html = render_batch([*verdicts, model_verdict])
    c = _check(html)
    assert html.count('class="hnli"') == 5  # the summary and one per verdict
    assert c.tags.count("html") == 1


def test_tree_for_the_terminal(verdicts):
    from rich.console import Console

    console = Console(width=200, record=True, color_system=None)
    console.print(tree(verdicts[0]))
    out = console.export_text()
    assert "every dog is a kind of animal" in out and "WordNet" in out
    # the conclusion is the root of the derivation, its premises below it
    assert out.index("unsatisfiable") < out.index("every dog is a kind of animal")


def _validate(doc: dict) -> None:
    import jsonschema

    jsonschema.validate(doc, SCHEMA)


def test_schema_accepts_every_kind_of_verdict_and_rejects_broken_ones(verdicts, model_verdict):
    import jsonschema

    for v in (*verdicts, model_verdict):
        _validate(v.to_dict())
    d = verdicts[0].to_dict()
    for broken in (
        {**d, "label": "maybe"},
        {**d, "decided_by": "proof", "label": "neutral"},
        {**d, "certificate": None},
        {**d, "trace": [{**d["trace"][0], "kind": "guess"}]},
        {k: v for k, v in d.items() if k != "schema_version"},
    ):
        with pytest.raises(jsonschema.ValidationError):
            _validate(broken)


def _fracas_rows():
    data = Path(os.environ.get("HYBRID_NLI_DATA") or ROOT.parent / "shared" / "data") / "fracas" / "fracas.jsonl"
    if not data.is_file():
        pytest.skip("FraCaS data not found (set HYBRID_NLI_DATA)")
    rows = [json.loads(x) for x in data.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["fracas_answer"] in ("yes", "no", "unknown")]


def test_schema_validates_every_fracas_verdict_and_proofs_round_trip(reasoner):
    rows = _fracas_rows()
    verdicts = reasoner.infer_batch([(r["premises"], r["hypothesis"]) for r in rows])
    assert len(verdicts) == len(rows) > 300
    proofs = 0
    for v in verdicts:
        doc = json.loads(json.dumps(v.to_dict()))  # through real JSON text
        _validate(doc)
        back = Verdict.from_dict(doc)
        assert back == v
        if v.decided_by == "proof":
            proofs += 1
            assert back.verify()
    assert proofs > 50


def test_from_dict_round_trip_and_tampering(verdicts, model_verdict):
    proof = verdicts[0]
    back = Verdict.from_dict(json.loads(json.dumps(proof.to_dict())))
    assert back == proof and back.verify()
    assert back.label is Label.ENTAILMENT
    assert Verdict.from_dict(model_verdict.to_dict()) == model_verdict
    # a trace edited after saving no longer verifies
    d = proof.to_dict()
    d["trace"] = [s for s in d["trace"] if s["kind"] != "knowledge"]
    assert not Verdict.from_dict(d).verify()
    d = proof.to_dict()
    d["certificate"] = d["certificate"].replace("(check-sat)", "(assert true)\n(check-sat)")
    assert not Verdict.from_dict(d).verify()
    assert not replace(proof, certificate=None).verify()


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"schema_version": "2.0"}, "schema_version"),
        ("not a dict", "dict"),
        ({"schema_version": "1.0"}, "lacks the field"),
    ],
)
def test_from_dict_rejects_what_is_not_a_verdict(bad, message):
    with pytest.raises(InputError, match=message):
        Verdict.from_dict(bad)


def test_from_dict_names_a_bad_field(verdicts):
    d = verdicts[0].to_dict()
    with pytest.raises(InputError, match="malformed"):
        Verdict.from_dict({**d, "label": "maybe"})
    with pytest.raises(InputError, match="step kind"):
        Verdict.from_dict({**d, "trace": [{**d["trace"][0], "kind": "guess"}]})


def test_docs_traces_page_matches_what_the_code_prints():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "traces_doc.py"), "--check"],
                         capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
