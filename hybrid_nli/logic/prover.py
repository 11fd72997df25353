"""The logic stage: prove or refute a hypothesis from premises by refutation with Z3.

``B ∧ P ∧ ¬H`` unsat -> entailed; ``B ∧ P ∧ H`` unsat -> contradicted; a consistency check of
``B ∧ P`` comes first, so inconsistent premises are reported, never used to prove everything.
Every assertion is tracked under the id of a ``ProofStep``; the trace of a proof is the unsat
core, and its certificate is an SMT-LIB 2 script of exactly those assertions.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import z3

from hybrid_nli.knowledge.axioms import Axiom
from hybrid_nli.knowledge.relations import Relation
from hybrid_nli.logic import DEFAULT_TIMEOUT_S
from hybrid_nli.logic.compiler import Compiler
from hybrid_nli.logic.schemas import instances
from hybrid_nli.parse.logical_form import (
    And,
    Atom,
    Const,
    Eq,
    ForAll,
    Formula,
    Implies,
    Not,
    Var,
    atoms,
    gq_parts,
    render,
    unsupported_parts,
    weakened,
)
from hybrid_nli.parse.parser import Semantics
from hybrid_nli.parse.quantifiers import QuantifierSpec
from hybrid_nli.verdict import ProofStep

Outcome = Literal["entailed", "contradicted", "silent", "inconsistent", "hypothesis_inconsistent", "unknown", "unsupported"]


@dataclass(frozen=True, slots=True)
class ProofResult:
    """What the logic found.

    ``outcome``: entailed / contradicted (with ``steps`` the core and ``certificate``), silent
    (both H and ¬H are consistent with the premises), inconsistent premises, unknown (timeout
    or solver gave up; ``reason`` says why), unsupported (the hypothesis is outside the fragment).
    ``complete``: every sentence was parsed in full. ``unlinked``: for a silent result, the
    hypothesis's content words that neither occur in a premise nor are linked to one by a
    knowledge step (a lexical gap; none means the logic saw every word and still found a
    countermodel, which fusion reads as a strong sign of NEUTRAL).
    """

    outcome: Outcome
    steps: tuple[ProofStep, ...]
    certificate: str | None
    reason: str
    complete: bool
    seconds: float
    unlinked: tuple[str, ...] = ()
    # for a silent result: every content word of the hypothesis occurs in a premise (what differs
    # is how the words are put together: roles, scope, negation, quantity)
    restated: bool = False


def _nodes(f: Formula) -> list[Formula]:
    from hybrid_nli.parse.logical_form import subformulas

    out = [f]
    for g, _ in subformulas(f):
        out.extend(_nodes(g))
    return out


def _span_of(sem_index: int, f: Formula) -> tuple[tuple[int, int, int], ...]:
    spans = sorted({a.span for a in atoms(f) if a.span is not None})
    return tuple((sem_index, s, e) for s, e in spans)


CORE_MINIMIZE_MS = 100  # time Z3 may spend making an unsat core smaller
# Z3's resource budget for one satisfiability check, in its own deterministic steps ("rlimit").
# The time limit alone makes a hard problem's verdict depend on how busy the machine is: the same
# check finishes on a quiet machine and times out on a loaded one. A step budget that runs out
# well before the time limit makes a hard check give up at the same point everywhere. Counted
# with z3-solver 5.4 on 16,822 checks (SICK train, 3,000 SNLI test pairs, FraCaS, 400 LogicNLI
# problems): every proof (unsat) took at most 26,000 steps, and every countermodel (sat) but two
# (380,000 and 1.3 million) under 300,000; the checks that reached the 1 s limit had used 1.4 to
# 3.5 million. This machine does 2 to 5 million steps a second, so a hard check gives up after
# 0.06-0.15 s, leaving the time limit (still set, as the guarantee) for machines many times
# slower. (It was 1,000,000 until the few problems that give up were seen to take much of the
# logic's time on long texts: 3 of 400 MNLI validation pairs took a third of it, 7 of 60 ConTRoL
# problems six tenths; at 300,000 the logic runs 1.2 and 1.8 times as fast there. A problem that
# gives up is undecided either way.)
CHECK_RLIMIT = 300_000


class Prover:
    def __init__(self, specs: dict[str, QuantifierSpec], timeout_s: float = DEFAULT_TIMEOUT_S,
                 isolate: bool = False, rlimit: int = CHECK_RLIMIT) -> None:
        self.specs = specs
        self.timeout_s = timeout_s
        self.rlimit = rlimit  # Z3 steps per check (0: none, only the time limit)
        # A Z3 context of its own: Z3 contexts are not shared safely between threads, and a
        # time limit cancels the whole context it runs in, so two reasoners must not share one.
        # Z3 numbers terms per context, and its search follows that order, so a problem near
        # the time limit can time out after some problems and be decided after others;
        # ``isolate`` gives each problem a fresh context (about 2.5 ms) so that none does.
        self.isolate = isolate
        self._ctx = z3.Context()

    def prove(
        self,
        premises: list[Semantics],
        hypothesis: Semantics,
        relations: list[Relation],
        timeout_s: float | None = None,
        axioms: Sequence[Axiom] = (),
    ) -> ProofResult:
        t0 = time.perf_counter()
        budget = self.timeout_s if timeout_s is None else timeout_s
        complete = all(p.complete for p in premises) and hypothesis.complete
        notes: list[ProofStep] = []
        if not hypothesis.complete:
            reasons = "; ".join(u.reason for u in hypothesis.unsupported)
            return ProofResult("unsupported", (), None, f"hypothesis outside the covered fragment: {reasons}", False,
                               time.perf_counter() - t0)
        if not atoms(hypothesis.formula) and not any(isinstance(g, Eq) for g in _nodes(hypothesis.formula)):
            # A hypothesis read as saying nothing would be "entailed" by anything.
            return ProofResult("unsupported", (), None, "the hypothesis was read as saying nothing checkable", False,
                               time.perf_counter() - t0)
        ctx = z3.Context() if self.isolate else self._ctx
        comp = Compiler(ctx)
        pending: dict[str, tuple[ProofStep, Formula | z3.BoolRef]] = {}
        formulas: list[Formula] = []

        def add(step: ProofStep, f: Formula | z3.BoolRef) -> None:
            pending[step.id] = (step, f)  # compiled together below

        read: dict[int, Formula] = {}  # premise index -> the formula the proof may use
        for i, p in enumerate(premises):
            why = "; ".join(u.reason for u in p.unsupported)
            f = p.formula if p.complete else weakened(p.formula)
            if f is None:
                notes.append(ProofStep(f"n{i + 1}", "note", f"premise {i + 1} left out: " + why,
                                       source=f"premise {i + 1}"))
                continue
            if not p.complete:
                # Parts the logic cannot read that only add to what the premise says (an object
                # or possessive pronoun with no antecedent) are left out; the rest is still what
                # the premise says, only less of it.
                notes.append(ProofStep(f"n{i + 1}", "note", f"premise {i + 1} read without: {why} "
                                       "(leaving these out only weakens it)", source=f"premise {i + 1}"))
            read[i] = f
            formulas.append(f)
            add(ProofStep(f"p{i + 1}", "premise", p.text, source=f"premise {i + 1}", spans=_span_of(i, f)), f)
            # A premise's definite descriptions presuppose their uniqueness even under negation
            # ("the man is not slicing the potato": there is one potato).
            for j, pre in enumerate((q for q in p.presuppositions if not unsupported_parts(q)), start=1):
                formulas.append(pre)
                add(ProofStep(f"ps{i + 1}_{j}", "presupposition", f"premise {i + 1} presupposes: {render(pre)}",
                              source=f"premise {i + 1}", spans=_span_of(i, pre)), pre)
        # What the hypothesis's definite descriptions take for granted is accommodated as context.
        for j, pre in enumerate(hypothesis.presuppositions, start=1):
            formulas.append(pre)
            add(ProofStep(f"s{j}", "presupposition", f"the hypothesis presupposes: {render(pre)}", source="hypothesis",
                          spans=_span_of(-1, pre)), pre)
        all_f = formulas + [hypothesis.formula]
        # Where each predicate is used, so that a knowledge step points at the words it links.
        used: dict[str, set[tuple[int, int, int]]] = {}
        for idx, form in [*read.items(), (-1, hypothesis.formula)]:
            for a in atoms(form):
                if a.span is not None:
                    used.setdefault(a.pred, set()).add((idx, *a.span))

        def spans_of(preds: Iterable[str]) -> tuple[tuple[int, int, int], ...]:
            return tuple(sorted(set().union(*(used.get(q, set()) for q in preds))))

        # Knowledge: only relations between predicates that occur here.
        x = Var("x")
        # (axioms count: a rule may bring a predicate in, "n:guinea_pig" for "guinea pig")
        arities = {a.pred: len(a.args) for f in [*all_f, *(ax.formula for ax in axioms)] for a in atoms(f)}
        for j, r in enumerate(relations, start=1):
            if arities.get(r.left) != 1 or arities.get(r.right) != 1:
                continue
            a, b = Atom(r.left, (x,)), Atom(r.right, (x,))
            if r.kind == "forward":
                lf: Formula = ForAll(x, Implies(a, b))
            elif r.kind == "equivalent":
                lf = ForAll(x, And((Implies(a, b), Implies(b, a))))
            else:
                lf = ForAll(x, Not(And((a, b))))
            add(ProofStep(f"k{j}", "knowledge", r.text, source=r.source, spans=spans_of((r.left, r.right))), lf)
        for j, ax in enumerate(axioms, start=1):
            add(ProofStep(f"a{j}", ax.kind, ax.text, source=ax.source,
                          spans=spans_of(a.pred for a in atoms(ax.formula))), ax.formula)
        occ = [g for f in all_f for g in gq_parts(f)]
        for j, inst in enumerate(instances(occ, self.specs, gq_parts(hypothesis.formula)), start=1):
            add(ProofStep(f"q{j}", "rule", inst.text, source=inst.source,
                          spans=spans_of(a.pred for a in atoms(inst.formula))), inst.formula)
        # Names the user's knowledge equates (owl:sameAs) are not assumed distinct.
        equated = {n for ax in axioms for n in ax.equalities}
        # (a constant standing for a premise's indefinite, "meeting~1", is no name: it may be
        # anything, another name's bearer included)
        names = sorted({a.name for f in all_f for at in atoms(f) for a in at.args
                        if isinstance(a, Const) and "~" not in a.name} - equated)
        if len(names) > 1:
            add(ProofStep("u", "rule", "different names denote different individuals: " + ", ".join(names),
                          source="unique names assumption"), z3.Distinct(*[comp.const(n) for n in names]))
        lfs = [f for _, f in pending.values() if not isinstance(f, z3.ExprRef)]
        try:
            compiled = iter(comp.compile_many([*lfs, hypothesis.formula]))
        except ValueError as exc:
            # A logical form the compiler cannot take (a variable left free by a reading the
            # builder got wrong) is a reason to abstain, never a crash or a proof.
            return ProofResult("unsupported", (), None, f"the logical form could not be compiled ({exc})", False,
                               time.perf_counter() - t0)
        steps: dict[str, tuple[ProofStep, z3.BoolRef]] = {
            sid: (step, f if isinstance(f, z3.ExprRef) else next(compiled)) for sid, (step, f) in pending.items()}
        h = next(compiled)
        h_step = ProofStep("h", "hypothesis", hypothesis.text, source="hypothesis", spans=_span_of(-1, hypothesis.formula))

        deadline = t0 + budget
        solver = z3.Solver(ctx=ctx)
        solver.set("unsat_core", True)
        solver.set("core.minimize", True)
        solver.set("rlimit", self.rlimit)  # per check, not cumulative (see CHECK_RLIMIT)
        for sid, (_step, f) in steps.items():
            solver.assert_and_track(f, sid)

        cores: list[list[str]] = [[]]

        def timed_check() -> z3.CheckSatResult:
            solver.set("timeout", max(1, int((deadline - time.perf_counter()) * 1000)))
            return solver.check()

        def unsat_core() -> list[str]:
            # Z3 minimizes the core when it is asked for (core.minimize), under the solver's
            # time limit, and some cores take all of it: a smaller limit keeps the problem's
            # time for the rest (a core it could not minimize is still a core).
            left = max(1, int((deadline - time.perf_counter()) * 1000))
            solver.set("timeout", min(left, CORE_MINIMIZE_MS))
            return [str(c) for c in solver.unsat_core()]

        def check(extra: z3.BoolRef | None) -> z3.CheckSatResult:
            if extra is None:
                return timed_check()
            solver.push()
            solver.assert_and_track(extra, "h")
            try:
                r = timed_check()
                cores[0] = unsat_core() if r == z3.unsat else []
                return r
            finally:
                solver.pop()

        # The consistency of the premises is checked only when a proof is found: if the
        # premises with the hypothesis (or its negation) have a model, they have one on their
        # own, so a silent problem needs two solver calls, not three.
        base_state: list[z3.CheckSatResult] = []

        def limits() -> str:
            return f"within {budget:g} s" + (f" or {self.rlimit:,} steps a check" if self.rlimit else "")

        def base() -> z3.CheckSatResult:
            if not base_state:
                base_state.append(check(None))
            return base_state[0]

        def not_consistent() -> ProofResult | None:
            b = base()
            if b == z3.unsat:
                core = unsat_core()
                trace = tuple(notes) + tuple(steps[c][0] for c in core if c in steps) + (
                    ProofStep("i", "inference", "the premises and background knowledge contradict each other; nothing is concluded from them",
                              depends_on=tuple(core)),)
                return ProofResult("inconsistent", trace, None, "premises are inconsistent", complete, time.perf_counter() - t0)
            if b == z3.unknown:
                return ProofResult("unknown", tuple(notes), None,
                                   f"solver could not check the premises' consistency {limits()} "
                                   f"({solver.reason_unknown() or 'unknown'})", complete, time.perf_counter() - t0)
            return None

        consistent = ProofStep("c", "note", "the premises and background knowledge are consistent (Z3 found a model)")
        results = {}
        for label, extra in (("entailed", z3.Not(h)), ("contradicted", h)):
            r = check(extra)
            results[label] = r
            if r == z3.unsat:
                core = cores[0]
                bad = not_consistent()
                if bad is not None:
                    return bad
                if label == "contradicted" and not any(c.startswith("p") for c in core):
                    # The hypothesis clashes with background knowledge on its own ("a black and
                    # white dog" read as black and white): a misreading, not a contradiction of
                    # anything the premises say.
                    odd = ProofStep("m", "note", "the hypothesis is inconsistent with the background knowledge on its own "
                                    "(steps " + ", ".join(c for c in core if c != "h") + "); no conclusion is drawn")
                    return ProofResult("hypothesis_inconsistent", tuple(notes) + (consistent, odd), None,
                                       "the hypothesis alone is inconsistent with the background knowledge",
                                       complete, time.perf_counter() - t0)
                return self._proof(label, core, steps, h_step, extra, comp, notes, consistent, complete, t0)  # type: ignore[arg-type]
        if all(r == z3.unknown for r in results.values()):
            # no model found either way: whether the premises are consistent is still open
            bad = not_consistent()
            if bad is not None:
                return bad
        if any(r == z3.unknown for r in results.values()):
            return ProofResult("unknown", tuple(notes) + (consistent,), None,
                               f"solver could not decide {limits()} ({solver.reason_unknown() or 'unknown'})",
                               complete, time.perf_counter() - t0)
        # Hypothesis words the logic knows nothing about: neither in a premise nor linked to a
        # premise word by a knowledge or rule step.
        prem_preds = {a.pred for f in formulas for a in atoms(f)}
        linked = set(prem_preds)
        for sid, (_step, f) in pending.items():
            if sid[0] in "kaq" and not isinstance(f, z3.ExprRef):
                ps = {a.pred for a in atoms(f)}
                if ps & linked:
                    linked |= ps
        content = {a.pred for a in atoms(hypothesis.formula) if a.pred[:2] in ("n:", "v:", "a:", "r:")}
        unlinked = tuple(sorted(content - linked))
        silent = ProofStep("m", "note", "countermodels exist both for the hypothesis and for its negation"
                           + ("; every sentence was parsed in full" if complete else "; some sentences were only partly covered")
                           + (f"; no premise or knowledge mentions {', '.join(unlinked)}" if unlinked else ""))
        return ProofResult("silent", tuple(notes) + (consistent, silent), None, "no proof either way", complete,
                           time.perf_counter() - t0, unlinked, bool(content) and content <= prem_preds)

    def _proof(self, label, core, steps, h_step, extra, comp, notes, consistent, complete, t0) -> ProofResult:  # type: ignore[no-untyped-def]
        # In the order the steps were made (premises, presuppositions, knowledge, rules), not
        # Z3's core order, which varies from run to run.
        in_core = set(core)
        used = [c for c in steps if c in in_core]
        h_used = "h" in core
        h_formula = extra
        trace: list[ProofStep] = list(notes) + [consistent]
        if not any(steps[c][0].kind == "premise" for c in used):
            # Valid, but worth a reader's second look: a hypothesis true (or false) by the
            # background knowledge alone is often a misreading (an "or" read as "and").
            trace.append(ProofStep("n", "note", "no premise is used: the hypothesis is "
                                   + ("true" if label == "entailed" else "false")
                                   + " by the background knowledge (and presuppositions) alone"))
        assertions: list[tuple[ProofStep, z3.BoolRef]] = []
        for c in used:
            step, f = steps[c]
            assertions.append((step, f))
        if h_used:
            text = ("assume the hypothesis is false: " if label == "entailed" else "assume the hypothesis is true: ") + h_step.text
            assertions.append((ProofStep("h", "hypothesis", text, source=h_step.source, spans=h_step.spans), h_formula))
        cert_solver = z3.Solver(ctx=comp.ctx)
        for _s, f in assertions:
            cert_solver.add(f)
        decls = cert_solver.sexpr().split("(assert", 1)[0].strip()
        lines = [decls] if decls else []
        for step, f in assertions:
            sexpr = " ".join(f.sexpr().split())
            trace.append(ProofStep(step.id, step.kind, step.text, sexpr, step.source, step.spans, step.depends_on))
            lines.append(f"(assert {sexpr})")
        lines.append("(check-sat)")
        conclusion = ("so the hypothesis follows from the premises" if label == "entailed"
                      else "so the hypothesis contradicts the premises")
        trace.append(ProofStep("i", "inference", f"these assertions are unsatisfiable together (Z3: unsat); {conclusion}",
                               depends_on=tuple(s.id for s, _ in assertions)))
        return ProofResult(label, tuple(trace), "\n".join(lines) + "\n", conclusion, complete, time.perf_counter() - t0)
