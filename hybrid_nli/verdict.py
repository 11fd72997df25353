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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Verdict:
        """Rebuild a verdict from ``to_dict()`` output (e.g. a saved JSON trace), so that it can
        be shown or re-checked with ``verify()`` later.

        Raises:
            InputError: the dict is not a verdict of a schema version this code reads (the
                message names the field that is wrong).
        """
        from hybrid_nli.errors import InputError

        if not isinstance(data, dict):
            raise InputError(f"a verdict dict is expected, not {type(data).__name__}")
        version = str(data.get("schema_version", ""))
        if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise InputError(f"schema_version {version!r} cannot be read; this code reads {SCHEMA_VERSION}")
        try:
            trace = tuple(
                ProofStep(
                    id=str(st["id"]), kind=st["kind"], text=str(st["text"]), formula=st.get("formula"),
                    source=str(st.get("source", "")),
                    spans=tuple((int(a), int(b), int(c)) for a, b, c in st.get("spans", ())),
                    depends_on=tuple(str(d) for d in st.get("depends_on", ())),
                )
                for st in data["trace"]
            )
            bad = [st.kind for st in trace if st.kind not in _STEP_KINDS]
            if bad:
                raise InputError(f"trace: unknown step kind {bad[0]!r}")
            if data["decided_by"] not in ("proof", "model", "abstain"):
                raise InputError(f"decided_by: {data['decided_by']!r} is not proof, model or abstain")
            return cls(
                label=Label(data["label"]),
                confidence=float(data["confidence"]),
                probabilities={Label(k): float(v) for k, v in data["probabilities"].items()},
                decided_by=data["decided_by"],
                trace=trace,
                premises=tuple(str(p) for p in data["premises"]),
                hypothesis=str(data["hypothesis"]),
                mode=str(data["mode"]),
                certificate=data.get("certificate"),
                reason=str(data.get("reason", "")),
                timings={str(k): float(v) for k, v in data.get("timings", {}).items()},
            )
        except KeyError as exc:
            raise InputError(f"verdict dict lacks the field {exc.args[0]!r}") from exc
        except (TypeError, ValueError) as exc:
            raise InputError(f"verdict dict has a malformed field: {exc}") from exc

    def sentence(self, index: int) -> str:
        """Premise ``index`` (0-based), or the hypothesis for -1: the text spans point into."""
        return self.hypothesis if index == -1 else self.premises[index]

    def words(self, step: ProofStep) -> list[str]:
        """The words of the premises and hypothesis that ``step`` uses (its spans), in order."""
        out = []
        for idx, a, b in step.spans:
            try:
                w = self.sentence(idx)[a:b]
            except IndexError:
                continue
            if w and w not in out:
                out.append(w)
        return out

    def explain(self) -> str:
        """The verdict as a numbered derivation in plain English.

        Each step says what it states, where it comes from (premise words, WordNet synsets,
        ontology or rule ``file:line``, the model's probabilities) and which earlier steps it
        follows from. Solver notes come last.
        """
        lines = [f"{self.label.value.upper()}: {DECIDED[self.decided_by]} (confidence {self.confidence:.2f})"]
        for i, p in enumerate(self.premises, start=1):
            lines.append(f"  premise {i}: {p}")
        lines.append(f"  hypothesis: {self.hypothesis}")
        if self.reason:
            lines.append(f"  why: {self.reason}")
        steps = [s for s in self.trace if s.kind != "note"]
        notes = [s for s in self.trace if s.kind == "note"]
        number = {s.id: n for n, s in enumerate(steps, start=1)}
        if steps:
            lines.append("derivation:" if self.decided_by == "proof" else "steps:")
        for n, s in enumerate(steps, start=1):
            lines.append(f"{n:>4}. {s.text}")
            origin = describe_source(s)
            used = self.words(s)
            if used and s.kind in ("premise", "hypothesis", "presupposition", "knowledge", "rule"):
                origin += "; words: " + ", ".join(f'"{w}"' for w in used)
            lines.append(f"      [{s.id}] {origin}")
            if s.depends_on:
                lines.append("      follows from " + ", ".join(
                    f"{number[d]}" if d in number else d for d in s.depends_on))
        if notes:
            lines.append("notes:")
            lines.extend(f"   - {s.text}" for s in notes)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """Jupyter shows a verdict as its proof graph (see ``hybrid_nli.display``)."""
        from hybrid_nli.display import render

        return render(self, page=False)

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


_STEP_KINDS = ("premise", "presupposition", "hypothesis", "knowledge", "rule", "inference", "model", "note")

DECIDED = {
    "proof": "proved by the logic",
    "model": "decided by the classifier",
    "abstain": "no decision (the verdict abstains)",
}


def describe_source(step: ProofStep) -> str:
    """Where a step comes from, in words: ``"WordNet: dog.n.01 -> animal.n.01"``, ``"rule file
    rules/quantifiers.toml, line 38"``, ``"ontology knowledge/pharma.ttl, line 12"``."""
    src = step.source
    if step.kind == "premise":
        return src or "premise"
    if step.kind == "hypothesis":
        return "the hypothesis, assumed for refutation" if step.formula else "the hypothesis"
    if step.kind == "presupposition":
        return f"taken for granted by a definite description of the {src or 'hypothesis'}"
    if step.kind == "inference":
        return "Z3: the listed assertions are unsatisfiable together"
    if step.kind == "model":
        return f"classifier ({src})" if src else "classifier"
    if src.startswith("wordnet:"):
        return "WordNet: " + src[len("wordnet:"):]
    m = _FILE_LINE.match(src)
    if m:
        path, line, triple = m.groups()
        what = "rule file" if path.endswith((".rules", ".toml")) else "ontology"
        out = f"{what} {_short_path(path)}, line {line}"
        if triple:
            # "<http://ex.org/pharma#Zorbicillin> <...rdf-schema#subClassOf> <...>" -> local names
            out += " (" + " ".join(_local_name(t) for t in triple.rstrip(" .").split()) + ")"
        return out
    return src or step.kind


_FILE_LINE = re.compile(r"^(.+?):(\d+)(?::\s+(.*))?$")


def _short_path(path: str) -> str:
    """A path relative to the working directory when it lies under it (as traces are read)."""
    import os

    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return rel if not rel.startswith("..") else path


def _local_name(term: str) -> str:
    if term.startswith("<") and term.endswith(">"):
        iri = term[1:-1]
        return re.split(r"[#/]", iri.rstrip("#/"))[-1] or iri
    return term

# Each assertion of a certificate stands on one line of its own (see logic.certificate).
_ASSERT = re.compile(r"^\(assert .*\)$", re.MULTILINE)


def _norm(s: str) -> str:
    return " ".join(s.split())
