"""The fuse stage: the logic's ``ProofResult`` and the classifier's probabilities -> one ``Verdict``.

Policy: a proof decides (ENTAILMENT or CONTRADICTION, confidence 1), because a checked proof is
never overruled by a guess. Where the logic does not decide, hybrid mode takes the classifier's
most probable label; symbolic mode (or hybrid without a classifier) abstains with NEUTRAL and
uniform probabilities, and says why. Calibration of the classifier's confidence is not done yet.
"""

from __future__ import annotations

from hybrid_nli.logic.prover import ProofResult
from hybrid_nli.verdict import Label, ProofStep, Verdict

_UNIFORM = {Label.ENTAILMENT: 1 / 3, Label.NEUTRAL: 1 / 3, Label.CONTRADICTION: 1 / 3}


def fuse(
    result: ProofResult,
    *,
    premises: tuple[str, ...],
    hypothesis: str,
    mode: str,
    timings: dict[str, float],
    probabilities: dict[Label, float] | None = None,
    model_note: str | None = None,
) -> Verdict:
    """A proof decides (symbolic and hybrid modes). Otherwise, in hybrid and neural modes, the
    classifier's most probable label decides (``decided_by="model"``, confidence its
    probability); in symbolic mode, or when no classifier is available, the verdict abstains."""
    if result.outcome in ("entailed", "contradicted") and mode != "neural":
        label = Label.ENTAILMENT if result.outcome == "entailed" else Label.CONTRADICTION
        probs = {lab: (1.0 if lab == label else 0.0) for lab in Label}
        return Verdict(label, 1.0, probs, "proof", result.steps, premises, hypothesis, mode,
                       certificate=result.certificate, reason=f"proved: {result.reason}", timings=timings)
    trace = result.steps
    reason = {
        "silent": "the logic found countermodels both ways",
        "inconsistent": "the premises are inconsistent, so the logic concludes nothing",
        "hypothesis_inconsistent": "the hypothesis contradicts the background knowledge by itself",
        "unknown": "the solver did not decide",
        "unsupported": "the logic does not cover the hypothesis",
    }[result.outcome]
    if result.reason and result.outcome != "silent":
        reason += f" ({result.reason})"
    if mode == "neural":
        reason = "neural mode: the classifier decides"
    if probabilities is not None and mode in ("hybrid", "neural"):
        label = max(probabilities, key=lambda lab: probabilities[lab])
        conf = probabilities[label]
        text = ", ".join(f"{lab.value} {p:.2f}" for lab, p in probabilities.items())
        trace = trace + (ProofStep("f", "model", f"the classifier decides {label.value} ({text})",
                                   source="hybrid_nli.neural.classifier"),)
        return Verdict(label, conf, dict(probabilities), "model", trace, premises, hypothesis, mode,
                       reason=f"{reason}; the classifier decides", timings=timings)
    if mode == "hybrid":
        why = model_note or "no classifier available"
        reason += f"; no classifier available ({why}), so the verdict abstains"
        trace = trace + (ProofStep("f", "note", f"hybrid mode: no classifier available ({why}); the verdict abstains"),)
    return Verdict(Label.NEUTRAL, 1 / 3, dict(_UNIFORM), "abstain", trace, premises, hypothesis, mode,
                   reason=reason, timings=timings)
