"""The fuse stage: the logic's ``ProofResult`` and the classifier's probabilities -> one ``Verdict``.

Policy (fitted on validation data only; see docs/fusion.md and ``benchmarks/fit_fusion.py``):

- **A proof decides.** A checked proof is never overruled by a guess. Its confidence is the
  proof precision measured on the validation sets (Laplace-smoothed), not 1.0: the logic is sound,
  but a parse or a WordNet sense can still be wrong.
- **Otherwise the classifier decides, calibrated by what the logic found.** Its probabilities
  are scaled by a temperature per logic outcome: ``closed`` (every sentence parsed, every
  hypothesis word in a premise or linked to one by knowledge, and still countermodels both
  ways), ``silent`` (the same, but some hypothesis word is unknown to the logic: a lexical
  gap), ``partial`` (silent, but a premise was left out), ``unsupported`` (the hypothesis is
  outside the fragment), ``other`` (inconsistent premises, solver timeout) and ``neural``
  (neural mode, no logic). Only ``closed`` also gets a bias, since only there is the logic's
  finding evidence about the label (towards NEUTRAL); a temperature never changes the
  classifier's answer, only its confidence: ``p = softmax(log p_model / T[outcome] + b[outcome])``.
- **Selective prediction.** With ``abstain_below`` set, a verdict whose calibrated confidence is
  lower abstains (``decided_by="abstain"``, label NEUTRAL) and says what it would have answered.
- Symbolic mode, or hybrid mode without a classifier, abstains where there is no proof.

The fitted numbers live beside the classifier's weights (``fusion.json`` in the classifier
folder); a classifier folder without one gets the identity calibration and proof confidence 1.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from hybrid_nli.errors import ConfigError
from hybrid_nli.logic.prover import ProofResult
from hybrid_nli.verdict import Label, ProofStep, Verdict

_UNIFORM = {Label.ENTAILMENT: 1 / 3, Label.NEUTRAL: 1 / 3, Label.CONTRADICTION: 1 / 3}
ORDER = (Label.ENTAILMENT, Label.NEUTRAL, Label.CONTRADICTION)
GROUPS = ("closed", "restated", "silent", "partial", "unsupported", "other", "neural")
POLICY_FILE = "fusion.json"


# The reason a verdict gives when the solver ran out of time (benchmarks count these).
UNDECIDED = "the solver did not decide"

def outcome_group(result: ProofResult, mode: str) -> str:
    """Which calibration group a pair the logic did not prove belongs to."""
    if mode == "neural":
        return "neural"
    if result.outcome == "silent":
        if not result.complete:
            return "partial"
        if result.unlinked:
            return "silent"
        return "restated" if result.restated else "closed"
    if result.outcome == "unsupported":
        return "unsupported"
    return "other"


@dataclass(frozen=True, slots=True)
class FusionPolicy:
    """The fitted fusion parameters (see the module docstring)."""

    temperature: float = 1.0
    bias: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    proof_confidence: float = 1.0
    source: str = "identity calibration (no fusion.json)"
    # a temperature of its own per logic outcome; ``temperature`` for an outcome not listed
    temperatures: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: str | Path) -> FusionPolicy:
        path = Path(folder) / POLICY_FILE
        if not path.is_file():
            return cls()
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
            t = float(d["temperature"])
            bias = {g: tuple(float(x) for x in d["bias"][g]) for g in d["bias"]}
            conf = float(d["proof_confidence"])
            temps = {g: float(v) for g, v in d.get("temperatures", {}).items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ConfigError(f"{path}: not a fusion policy ({exc}); refit with python -m benchmarks.fit_fusion") from exc
        if not (t > 0 and 0 < conf <= 1 and all(v > 0 for v in temps.values())) or any(
                len(b) != 3 for b in bias.values()):
            raise ConfigError(f"{path}: temperatures must be > 0, proof_confidence in (0, 1], biases 3 numbers each")
        # named by its folder, not its absolute path: traces stay the same on every machine
        return cls(t, bias, conf, f"{path.parent.name}/{POLICY_FILE}", temps)  # type: ignore[arg-type]

    def calibrate(self, probabilities: dict[Label, float], group: str) -> dict[Label, float]:
        b = self.bias.get(group, (0.0, 0.0, 0.0))
        t = self.temperatures.get(group, self.temperature)
        z = [math.log(max(probabilities[lab], 1e-12)) / t + b[i] for i, lab in enumerate(ORDER)]
        m = max(z)
        e = [math.exp(v - m) for v in z]
        s = sum(e)
        return {lab: e[i] / s for i, lab in enumerate(ORDER)}


_WHY = {
    "closed": "the logic parsed every sentence, knew every word of the hypothesis and found countermodels both ways",
    "restated": "the logic parsed every sentence, found every word of the hypothesis in the premises, put together "
                "otherwise, and found countermodels both ways",
    "silent": "the logic parsed every sentence and found countermodels both ways, but some hypothesis word is unknown "
              "to it",
    "partial": "the logic found countermodels both ways, but left out a premise it could not read",
    "unsupported": "the logic does not cover the hypothesis",
    "other": "the logic reached no conclusion",
    "neural": "neural mode: the logic is not run",
}


def decide(outcome: str, group: str, probabilities: dict[Label, float] | None, policy: FusionPolicy,
           mode: str) -> tuple[Label, dict[Label, float]] | None:
    """The policy's answer, before any trace is written: (label, probabilities) from a proof
    (its label at the proof confidence) or from the calibrated classifier; None when neither
    speaks. ``fuse`` builds verdicts on it and ``benchmarks.fit_fusion`` scores policies with it."""
    if outcome in ("entailed", "contradicted") and mode != "neural":
        label = Label.ENTAILMENT if outcome == "entailed" else Label.CONTRADICTION
        c = policy.proof_confidence
        return label, {lab: (c if lab == label else (1 - c) / 2) for lab in Label}
    if probabilities is not None and mode in ("hybrid", "neural"):
        cal = policy.calibrate(probabilities, group)
        return max(cal, key=lambda lab: cal[lab]), cal
    return None


def fuse(
    result: ProofResult,
    *,
    premises: tuple[str, ...],
    hypothesis: str,
    mode: str,
    timings: dict[str, float],
    probabilities: dict[Label, float] | None = None,
    model_note: str | None = None,
    policy: FusionPolicy | None = None,
    abstain_below: float | None = None,
) -> Verdict:
    """One verdict from the logic's result and (in hybrid and neural modes) the classifier's
    raw probabilities; see the module docstring for the policy."""
    policy = policy or FusionPolicy()
    group = outcome_group(result, mode)
    decided = decide(result.outcome, group, probabilities, policy, mode)
    if result.outcome in ("entailed", "contradicted") and decided is not None and mode != "neural":
        label, probs = decided
        c = probs[label]
        steps = result.steps
        if probabilities is None:
            note = ProofStep("f", "note", f"a checked proof decides (confidence {c:.3f}: the proof precision measured "
                                          "on validation data); the classifier is not consulted")
        else:
            # A second opinion (Reasoner(second_opinion=True)): the classifier is asked, and a
            # disagreement is shown, but a checked proof is not overruled by a guess.
            model_label, cal = decide(result.outcome, "neural", probabilities, policy, "neural")  # type: ignore[misc]
            text = ", ".join(f"{lab.value} {p:.2f}" for lab, p in cal.items())
            if model_label == label:
                how = f"the classifier agrees ({text})"
            else:
                how = (f"the classifier disagrees: it would answer {model_label.value} ({text}); the proof stands, "
                       "since it is checked and its precision on validation data is far above the classifier's")
            steps = steps + (ProofStep("m", "model", how, source="hybrid_nli.neural.classifier; calibration: "
                                       + policy.source),)
            note = ProofStep("f", "note", f"a checked proof decides (confidence {c:.3f}: the proof precision measured "
                                          "on validation data)")
        return _gate(Verdict(label, c, probs, "proof", steps + (note,), premises, hypothesis, mode,
                             certificate=result.certificate, reason=f"proved: {result.reason}", timings=timings),
                     abstain_below)
    trace = result.steps
    reason = {
        "silent": "the logic found countermodels both ways",
        "inconsistent": "the premises are inconsistent, so the logic concludes nothing",
        "hypothesis_inconsistent": "the hypothesis contradicts the background knowledge by itself",
        "unknown": UNDECIDED,
        "unsupported": "the logic does not cover the hypothesis",
    }[result.outcome]
    if result.reason and result.outcome != "silent":
        reason += f" ({result.reason})"
    if mode == "neural":
        reason = "neural mode: the classifier decides"
    if decided is not None and probabilities is not None:
        label, cal = decided
        raw_label = max(probabilities, key=lambda lab: probabilities[lab])
        raw = ", ".join(f"{lab.value} {p:.2f}" for lab, p in probabilities.items())
        text = ", ".join(f"{lab.value} {p:.2f}" for lab, p in cal.items())
        how = f"{_WHY[group]}; the classifier decides {label.value} ({text}" + (f"; raw {raw})" if raw != text else ")")
        if raw_label != label:
            how += (f"; the raw classifier preferred {raw_label.value}, but on validation data this logic outcome "
                    f"shifts the odds, so {label.value}")
        trace = trace + (ProofStep("f", "model", how, source="hybrid_nli.neural.classifier; calibration: "
                                   + policy.source),)
        return _gate(Verdict(label, cal[label], cal, "model", trace, premises, hypothesis, mode,
                             reason=f"{reason}; the classifier decides", timings=timings), abstain_below)
    if mode == "hybrid":
        why = model_note or "no classifier available"
        reason += f"; no classifier available ({why}), so the verdict abstains"
        trace = trace + (ProofStep("f", "note", f"hybrid mode: no classifier available ({why}); the verdict abstains"),)
    return Verdict(Label.NEUTRAL, 1 / 3, dict(_UNIFORM), "abstain", trace, premises, hypothesis, mode,
                   reason=reason, timings=timings)


def _gate(v: Verdict, abstain_below: float | None) -> Verdict:
    """Selective prediction: below the threshold the verdict abstains, keeping its
    probabilities and saying what it would have answered."""
    if abstain_below is None or v.confidence >= abstain_below:
        return v
    from dataclasses import replace

    why = (f"confidence {v.confidence:.2f} is below abstain_below={abstain_below:.2f}; "
           f"the best guess was {v.label.value} ({v.decided_by})")
    step = ProofStep("g", "note", why)
    return replace(v, label=Label.NEUTRAL, decided_by="abstain", certificate=None, trace=v.trace + (step,),
                   reason=f"{v.reason}; abstained: {why}")
