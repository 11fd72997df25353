"""The fuse stage: the logic's ``ProofResult`` (and, later, the classifier's probabilities) ->
one ``Verdict``.

Policy today (no classifier yet): a proof decides (ENTAILMENT or CONTRADICTION, confidence 1);
anything else abstains with label NEUTRAL and uniform probabilities, and says why.
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
) -> Verdict:
    if result.outcome in ("entailed", "contradicted"):
        label = Label.ENTAILMENT if result.outcome == "entailed" else Label.CONTRADICTION
        probs = {lab: (1.0 if lab == label else 0.0) for lab in Label}
        return Verdict(label, 1.0, probs, "proof", result.steps, premises, hypothesis, mode,
                       certificate=result.certificate, reason=f"proved: {result.reason}", timings=timings)
    trace = result.steps
    reason = {
        "silent": "the logic found countermodels both ways",
        "inconsistent": "the premises are inconsistent, so the logic concludes nothing",
        "unknown": "the solver did not decide",
        "unsupported": "the logic does not cover the hypothesis",
        "hypothesis_inconsistent": "the hypothesis contradicts the background knowledge by itself",
    }[result.outcome]
    if result.reason and result.outcome != "silent":
        reason += f" ({result.reason})"
    if mode == "hybrid":
        reason += "; no classifier is trained yet, so hybrid mode abstains like symbolic mode"
        trace = trace + (ProofStep("f", "note", "hybrid mode: no classifier available yet; the verdict abstains"),)
    return Verdict(Label.NEUTRAL, 1 / 3, dict(_UNIFORM), "abstain", trace, premises, hypothesis, mode,
                   reason=reason, timings=timings)
