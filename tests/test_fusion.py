"""Fusion: the calibrated combiner, proof confidence, selective prediction, the fused trace."""

from __future__ import annotations

import json
import shutil

import pytest

from hybrid_nli import ConfigError, Label, Reasoner
from hybrid_nli.fusion import GROUPS, FusionPolicy, fuse, outcome_group
from hybrid_nli.logic.prover import ProofResult
from hybrid_nli.neural.classifier import default_path

PROBS = {Label.ENTAILMENT: 0.7, Label.NEUTRAL: 0.2, Label.CONTRADICTION: 0.1}


def _silent(complete: bool = True, unlinked: tuple[str, ...] = (), restated: bool = False) -> ProofResult:
    return ProofResult("silent", (), None, "no proof either way", complete, 0.0, unlinked, restated)


def test_shipped_policy_is_fitted_and_sane():
    p = FusionPolicy.load(default_path())
    assert p.source.endswith("fusion.json")
    assert p.temperature > 0 and 0.9 < p.proof_confidence < 1.0
    # a temperature per logic outcome; a bias only where the logic's finding speaks of the label
    assert set(p.temperatures) == set(GROUPS) and set(p.bias) == {"closed", "restated"}
    for g in ("closed", "restated"):
        b = p.bias[g]
        assert b[1] > b[0]  # countermodels both ways on a fully read pair: towards NEUTRAL
    for group in GROUPS:
        cal = p.calibrate(PROBS, group)
        assert abs(sum(cal.values()) - 1) < 1e-9
        if group not in ("closed", "restated"):  # a temperature alone never changes the classifier's answer
            assert max(cal, key=cal.get) is Label.ENTAILMENT
    # the temperatures are above 1 (the raw classifier is over-confident on validation data), so a
    # confident prediction is softened
    assert all(t > 1 for t in p.temperatures.values()) and p.calibrate(PROBS, "neural")[Label.ENTAILMENT] < 0.7


def test_calibration_math():
    p = FusionPolicy(2.0, {"closed": (0.0, 1.0, 0.0)}, 0.98, "test")
    flat = p.calibrate(PROBS, "neural")  # no bias: only the temperature, which keeps the order
    assert flat[Label.ENTAILMENT] > flat[Label.NEUTRAL] > flat[Label.CONTRADICTION]
    assert flat[Label.ENTAILMENT] < 0.7
    shifted = p.calibrate(PROBS, "closed")
    assert shifted[Label.NEUTRAL] > flat[Label.NEUTRAL]
    # an outcome's own temperature: 1 leaves the probabilities as they are; others use the default
    own = FusionPolicy(2.0, {}, 0.98, "test", temperatures={"silent": 1.0})
    assert own.calibrate(PROBS, "silent") == pytest.approx(PROBS)
    assert own.calibrate(PROBS, "partial") == pytest.approx(flat)


def test_outcome_groups():
    assert outcome_group(_silent(), "hybrid") == "closed"
    assert outcome_group(_silent(restated=True), "hybrid") == "restated"
    assert outcome_group(_silent(unlinked=("n:woman",)), "hybrid") == "silent"
    assert outcome_group(_silent(complete=False), "hybrid") == "partial"
    assert outcome_group(ProofResult("unsupported", (), None, "", False, 0.0), "hybrid") == "unsupported"
    assert outcome_group(ProofResult("unknown", (), None, "", True, 0.0), "hybrid") == "other"
    assert outcome_group(_silent(), "neural") == "neural"


def test_disagreement_is_settled_and_said():
    # a bias strong enough to move the answer from the raw top label
    p = FusionPolicy(1.0, {"closed": (0.0, 3.0, 0.0)}, 0.98, "test")
    v = fuse(_silent(), premises=("P",), hypothesis="H", mode="hybrid", timings={}, probabilities=PROBS, policy=p)
    assert v.label is Label.NEUTRAL and v.decided_by == "model"
    step = v.trace[-1]
    assert step.kind == "model" and "raw classifier preferred entailment" in step.text
    assert "knew every word" in step.text


def test_proof_confidence_and_trace(reasoner):
    v = reasoner.infer(["No animal is running."], "No dog is running.")
    assert v.decided_by == "proof" and v.verify()
    shipped = FusionPolicy.load(default_path()).proof_confidence
    assert v.confidence == pytest.approx(shipped)
    assert v.probabilities[Label.ENTAILMENT] == pytest.approx(shipped)
    assert abs(sum(v.probabilities.values()) - 1) < 1e-9
    assert "a checked proof decides" in v.trace[-1].text


def test_abstain_below():
    with pytest.raises(ConfigError):
        Reasoner(mode="symbolic", abstain_below=1.5)
    r = Reasoner(mode="hybrid", abstain_below=0.995)
    v = r.infer(["A man is playing a guitar."], "A man is playing an instrument loudly.")
    assert v.decided_by == "abstain" and v.label is Label.NEUTRAL
    assert "below abstain_below=0.99" in v.reason or "below abstain_below=1.00" in v.reason
    assert "best guess" in v.trace[-1].text
    # the threshold applies to proofs too (their confidence is the measured proof precision)
    proof = r.infer(["No animal is running."], "No dog is running.")
    assert FusionPolicy.load(default_path()).proof_confidence < 0.995
    assert proof.decided_by == "abstain" and proof.certificate is None and "best guess was entailment" in proof.reason
    lenient = Reasoner(mode="hybrid", abstain_below=0.5)
    assert lenient.infer(["No animal is running."], "No dog is running.").decided_by == "proof"


def test_custom_classifier_without_policy_gets_identity_calibration(tmp_path):
    folder = tmp_path / "clf"
    folder.mkdir()
    for name in ("weights.safetensors", "card.json"):
        shutil.copy(default_path() / name, folder / name)
    r = Reasoner(mode="hybrid", classifier=folder)
    assert r.policy.temperature == 1.0 and not r.policy.bias
    assert r.policy.proof_confidence == FusionPolicy.load(default_path()).proof_confidence
    (folder / "fusion.json").write_text(json.dumps({"temperature": -1, "bias": {}, "proof_confidence": 0.9}))
    with pytest.raises(ConfigError, match="temperature"):
        FusionPolicy.load(folder)
    (folder / "fusion.json").write_text(json.dumps({"temperature": 1.5, "temperatures": {"closed": 0}, "bias": {},
                                                    "proof_confidence": 0.9}))
    with pytest.raises(ConfigError, match="temperatures must be > 0"):
        FusionPolicy.load(folder)
    (folder / "fusion.json").write_text("{not json")
    with pytest.raises(ConfigError, match="fusion policy"):
        FusionPolicy.load(folder)


def test_decide_is_the_policy_fuse_follows():
    from hybrid_nli.fusion import decide

    p = FusionPolicy(temperature=2.0, bias={g: (0.0, 0.5, 0.0) for g in GROUPS}, proof_confidence=0.95)
    label, probs = decide("contradicted", "other", PROBS, p, "hybrid")
    assert label is Label.CONTRADICTION and probs[label] == 0.95
    # neural mode never takes the proof; the classifier's calibrated answer stands
    label, probs = decide("contradicted", "neural", PROBS, p, "neural")
    assert probs == p.calibrate(PROBS, "neural") and label is max(probs, key=probs.get)
    assert decide("silent", "silent", None, p, "hybrid") is None
    # fuse gives exactly what decide gives
    v = fuse(_silent(), premises=("a",), hypothesis="b", mode="hybrid", timings={}, probabilities=PROBS, policy=p)
    d_label, d_probs = decide("silent", outcome_group(_silent(), "hybrid"), PROBS, p, "hybrid")
    assert (v.label, v.probabilities) == (d_label, d_probs)


def test_second_opinion_shows_a_disagreement_but_the_proof_stands():
    import jsonschema

    from hybrid_nli.fusion import decide
    from hybrid_nli.verdict import Verdict

    r = Reasoner(second_opinion=True)
    v = r.infer("A man is cutting a tomato.", "A man is cutting a vegetable.")
    assert v.decided_by == "proof" and v.verify()
    assert any(s.kind == "model" and "classifier agrees" in s.text for s in v.trace)
    # a disagreement, forced with probabilities that contradict the proof
    premise, hypothesis = r.parser.parse_discourse(["A dog runs.", "An animal runs."])
    proved = r.prover.prove([premise], hypothesis, r.wordnet.relations(["n:dog", "n:animal", "v:run"]), 2.0)
    assert proved.outcome == "entailed"
    against = {Label.ENTAILMENT: 0.05, Label.NEUTRAL: 0.05, Label.CONTRADICTION: 0.9}
    w = fuse(proved, premises=("A dog runs.",), hypothesis="An animal runs.", mode="hybrid", timings={},
             probabilities=against, policy=r.policy)
    assert w.label is Label.ENTAILMENT and w.confidence == r.policy.proof_confidence
    assert decide("entailed", "other", against, r.policy, "hybrid")[0] is Label.ENTAILMENT
    step = next(s for s in w.trace if s.kind == "model")
    assert "disagrees" in step.text and "contradiction" in step.text
    schema = json.loads((default_path().parents[2] / "docs" / "verdict.schema.json").read_text(encoding="utf-8"))
    doc = json.loads(json.dumps(w.to_dict()))
    jsonschema.validate(doc, schema)
    assert Verdict.from_dict(doc) == w


def test_fit_gives_every_outcome_a_temperature_and_only_fully_read_outcomes_a_bias():
    import random

    from benchmarks.fit_fusion import fit

    rng = random.Random(0)
    rows = []
    for _ in range(300):
        # an over-confident classifier: right 70% of the time, always 95% sure
        gold = rng.choice(("entailment", "neutral", "contradiction"))
        said = gold if rng.random() < 0.7 else rng.choice(("entailment", "neutral", "contradiction"))
        probs = [0.95 if lab == said else 0.025 for lab in ("entailment", "neutral", "contradiction")]
        rows.append({"probs": probs, "gold": gold, "group": rng.choice(("silent", "neural"))})
    # on closed pairs the answer is neutral whatever the classifier says
    rows += [{"probs": [0.9, 0.05, 0.05], "gold": "neutral", "group": "closed"} for _ in range(40)]
    # three rows the classifier got right, sure of itself: too few to move their own temperature far
    rows += [{"probs": [0.95, 0.025, 0.025], "gold": "entailment", "group": "other"} for _ in range(3)]
    temps, bias = fit(rows, GROUPS)
    assert set(temps) == set(GROUPS) and set(bias) == {"closed", "restated"}
    assert bias["restated"] == [0.0, 0.0, 0.0]  # no rows: no bias (the prior holds it at 0)
    assert temps["other"] > 1.0
    assert temps["silent"] > 1.5 and temps["neural"] > 1.5  # softened: 95% sure, 70% right
    assert bias["closed"][1] > bias["closed"][0]


def test_a_hypothesis_of_the_premise_words_put_together_otherwise_is_restated():
    # every content word of the hypothesis occurs in the premise: what differs is structure
    r = Reasoner(mode="symbolic")
    swapped = r._stage(["The monkey is brushing a dog."], "A dog is brushing the monkey.", None)[0]
    assert swapped.outcome == "silent" and swapped.restated
    assert outcome_group(swapped, "hybrid") == "restated"
    other = r._stage(["A man is singing."], "A woman is singing.", None)[0]
    assert other.outcome == "silent" and not other.restated
    assert outcome_group(other, "hybrid") == "closed"
