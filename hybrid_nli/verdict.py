"""What the reasoner returns: ``Label``, ``ProofStep`` and ``Verdict``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal

SCHEMA_VERSION = "1.0"

DecidedBy = Literal["proof", "model", "abstain"]
StepKind = Literal["premise", "presupposition", "hypothesis", "knowledge", "rule", "inference", "model", "note"]


class Label(str, Enum):
    """The three NLI labels; a ``str`` enum, so ``Label.ENTAILMENT == "entailment"``."""

    ENTAILMENT = "entailment"
    NEUTRAL = "neutral"
    CONTRADICTION = "contradiction"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class ProofStep:
    """One step of a trace.

    Attributes:
        id: short name, e.g. ``"p1"``, ``"h"``, ``"k3"``; also the name the step's assertion was
            tracked under in the solver.
        kind: premise, presupposition, hypothesis, knowledge, rule, inference, model or note.
        text: what the step says, in words.
        formula: the step's SMT-LIB 2 assertion (``(assert ...)`` body) when it is one, else None.
        source: where it comes from: ``"premise 1"``, ``"wordnet:dog.n.01 -> animal.n.01"``,
            ``"rules/quantifiers.toml:43"``, ...
        spans: ``(sentence index, start char, end char)`` of the words it uses; the hypothesis is
            sentence index -1.
        depends_on: ids of the steps it follows from.
    """

    id: str
    kind: StepKind
    text: str
    formula: str | None = None
    source: str = ""
    spans: tuple[tuple[int, int, int], ...] = ()
    depends_on: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "formula": self.formula,
            "source": self.source,
            "spans": [list(s) for s in self.spans],
            "depends_on": list(self.depends_on),
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The answer for one problem.

    ``decided_by == "proof"`` means ``certificate`` is an SMT-LIB 2 script, made of exactly the
    assertions of the trace's steps, that any SMT solver answers ``unsat``; only ENTAILMENT and
    CONTRADICTION are ever decided by proof.

    >>> v.label, v.decided_by  # doctest: +SKIP
    (<Label.ENTAILMENT: 'entailment'>, 'proof')
    """

    label: Label
    confidence: float
    probabilities: dict[Label, float]
    decided_by: DecidedBy
    trace: tuple[ProofStep, ...]
    premises: tuple[str, ...]
    hypothesis: str
    mode: str
    certificate: str | None = None
    reason: str = ""
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; see ``docs/verdict-schema.md`` for the schema (``schema_version``)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "premises": list(self.premises),
            "hypothesis": self.hypothesis,
            "label": self.label.value,
            "confidence": self.confidence,
            "probabilities": {k.value: v for k, v in self.probabilities.items()},
            "decided_by": self.decided_by,
            "mode": self.mode,
            "reason": self.reason,
            "trace": [s.to_dict() for s in self.trace],
            "certificate": self.certificate,
            "timings": dict(self.timings),
        }

    def explain(self) -> str:
        """The verdict and its derivation as numbered lines of plain text."""
        head = f"{self.label.value.upper()} (decided by {self.decided_by}, confidence {self.confidence:.2f})"
        lines = [head]
        if self.reason:
            lines.append(f"  {self.reason}")
        for i, s in enumerate(self.trace, start=1):
            src = f"  [{s.source}]" if s.source else ""
            dep = f"  (from {', '.join(s.depends_on)})" if s.depends_on else ""
            lines.append(f"{i:>3}. {s.id:<5} {s.kind:<10} {s.text}{dep}{src}")
        return "\n".join(lines)

    def verify(self, timeout_ms: int = 10_000) -> bool:
        """Re-check the proof from the trace alone.

        Checks that the certificate asserts exactly the formulas of the trace's steps (no more,
        no fewer) and that a fresh Z3 solver answers ``unsat`` for it. Returns False for a
        verdict that was not decided by proof.
        """
        if self.decided_by != "proof" or self.certificate is None:
            return False
        import z3

        asserted = sorted(_ASSERT.findall(self.certificate))
        stepped = sorted(f"(assert {s.formula})" for s in self.trace if s.formula is not None)
        if [_norm(a) for a in asserted] != [_norm(a) for a in stepped]:
            return False
        solver = z3.Solver()
        solver.set("timeout", timeout_ms)
        solver.from_string(self.certificate)
        return solver.check() == z3.unsat


# Each assertion of a certificate stands on one line of its own (see logic.certificate).
_ASSERT = re.compile(r"^\(assert .*\)$", re.MULTILINE)


def _norm(s: str) -> str:
    return " ".join(s.split())
