"""The whole Reasoner on real sentences."""

from __future__ import annotations

import dataclasses
import json

import pytest

from hybrid_nli import ConfigError, InputError, Label, Verdict

pytestmark = pytest.mark.spacy

CASES = [
    (["Every dog barks.", "Fido is a dog."], "Fido barks.", Label.ENTAILMENT),
    ("Every dog barks.", "Every small dog barks.", Label.ENTAILMENT),
    ("I like eating apples.", "I like eating fruit.", Label.ENTAILMENT),
    ("No delegate finished the report.", "Some delegate finished the report on time.", Label.CONTRADICTION),
    ("At most ten commissioners spend time at home.", "At most ten female commissioners spend time at home.", Label.ENTAILMENT),
    ("At least three commissioners spend a lot of time at home.", "At least three commissioners spend time at home.", Label.ENTAILMENT),
    ("Neither commissioner spends time at home.", "One of the commissioners spends a lot of time at home.", Label.CONTRADICTION),
    ("Several Portuguese delegates got the results published.", "Several delegates got the results published.", Label.ENTAILMENT),
]
NOT_PROVED = [
    ("Some delegates finished the survey.", "Some delegates finished the survey on time."),
    ("Every small dog barks.", "Every dog barks."),
    ("Most Europeans who are resident in Europe can travel.", "Most Europeans can travel."),
    ("Few female committee members are from Portugal.", "Few committee members are from Portugal."),
    ("I like eating fruit.", "I like eating apples."),
]


@pytest.mark.parametrize("premises,hypothesis,label", CASES)
def test_proofs(reasoner, premises, hypothesis, label):
    v = reasoner.infer(premises, hypothesis)
    assert (v.label, v.decided_by) == (label, "proof"), v.explain()
    # a proof's confidence is the proof precision measured on validation data (docs/fusion.md)
    assert 0.95 < v.confidence < 1.0 and v.probabilities[v.label] == v.confidence
    assert v.verify()
    assert v.certificate.rstrip().endswith("(check-sat)")


@pytest.mark.parametrize("premises,hypothesis", NOT_PROVED)
def test_no_proof_means_abstain(reasoner, premises, hypothesis):
    v = reasoner.infer(premises, hypothesis)
    assert v.decided_by == "abstain" and v.label == Label.NEUTRAL
    assert v.certificate is None and not v.verify()
    assert any(s.kind == "note" for s in v.trace)


def test_trace_cites_wordnet_and_explains(reasoner):
    v = reasoner.infer("I like eating apples.", "I like eating fruit.")
    k = [s for s in v.trace if s.kind == "knowledge"]
    assert k and "apple.n.01" in k[0].source and "fruit.n.01" in k[0].source
    text = v.explain()
    assert text.startswith("ENTAILMENT") and "apple" in text


def test_tampered_certificate_fails_verification(reasoner):
    v = reasoner.infer(["Every dog barks.", "Fido is a dog."], "Fido barks.")
    assert v.verify()
    # Drop a premise from the trace: the certificate no longer matches the trace.
    fewer = dataclasses.replace(v, trace=tuple(s for s in v.trace if s.id != "p2"))
    assert not fewer.verify()
    # Drop the same assertion from both: the script is no longer unsat.
    p2 = next(s for s in v.trace if s.id == "p2")
    cert = v.certificate.replace(f"(assert {p2.formula})\n", "")
    assert not dataclasses.replace(fewer, certificate=cert).verify()


def test_to_dict_is_json_with_schema_version(reasoner):
    v = reasoner.infer("Every dog barks.", "Every small dog barks.")
    d = json.loads(json.dumps(v.to_dict()))
    assert d["schema_version"] == "1.0" and d["label"] == "entailment" and d["decided_by"] == "proof"
    assert {s["kind"] for s in d["trace"]} >= {"premise", "hypothesis", "inference"}
    assert d["certificate"].count("(assert") == sum(1 for s in d["trace"] if s["formula"])


def test_hybrid_mode_without_a_classifier_abstains_and_says_why(tmp_path):
    from hybrid_nli import Reasoner

    r = Reasoner()
    r._classifier_path = tmp_path / "missing"  # as if the artifact were not installed
    v = r.infer("Some dogs bark.", "Some dogs bark loudly.")
    assert v.decided_by == "abstain" and "no classifier" in v.reason and "no trained classifier" in v.reason


def test_infer_batch_matches_infer(reasoner):
    pairs = [(c[0], c[1]) for c in CASES[:3]]
    batch = reasoner.infer_batch(pairs)
    assert [v.label for v in batch] == [reasoner.infer(p, h).label for p, h in pairs]
    assert all(isinstance(v, Verdict) for v in batch)


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="no fork here")
def test_worker_processes_give_the_verdicts_of_one_process():
    from hybrid_nli import Reasoner
    from hybrid_nli.reasoner import MIN_CHUNK

    pairs = [(c[0], c[1]) for c in CASES] + list(NOT_PROVED)
    assert len(pairs) >= 2 * MIN_CHUNK  # enough pairs for the work to be shared out
    one = Reasoner(mode="symbolic").infer_batch(pairs)
    forked = Reasoner(mode="symbolic", workers=2)
    two = forked.infer_batch(pairs)
    assert [(v.label, v.decided_by, v.hypothesis) for v in two] == [(v.label, v.decided_by, v.hypothesis) for v in one]
    assert [v.label for v in two[:len(CASES)]] == [c[2] for c in CASES]
    assert [s.formula for s in two[1].trace] == [s.formula for s in one[1].trace]
    assert two[1].certificate == one[1].certificate and two[1].verify()
    # bad input is refused before any worker starts, as in one process
    with pytest.raises(InputError, match="hypothesis"):
        forked.infer_batch(pairs + [("A dog barks.", "   ")])


def _fermat_check(ms: int):
    import time

    import z3

    s = z3.Solver()
    s.set("timeout", ms)
    x, y, z = z3.Ints("x y z")
    s.add(x > 0, y > 0, z > 0, x * x * x + y * y * y == z * z * z)  # runs until the time limit
    t = time.perf_counter()
    return str(s.check()), time.perf_counter() - t


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="no fork here")
def test_a_forked_worker_keeps_the_solver_time_limit():
    # Z3 runs its time limits on timer threads, which a forked child does not inherit: the
    # workers of Reasoner(workers=N) rely on Z3 starting new ones there.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    assert _fermat_check(100)[0] == "unknown"  # the parent's timer threads exist now
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        result, seconds = pool.submit(_fermat_check, 200).result(timeout=30)
    assert result == "unknown" and seconds < 5


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="no fork here")
def test_two_threads_with_workers_each_get_their_own_reasoner_and_never_hang(monkeypatch):
    # With other threads running, forking could hand a child a lock another thread holds
    # (SQLite's, seen hanging), so each batch is decided in its own thread instead; each with
    # its own reasoner: "baseball" is a ball only to the lexical-gap search.
    from concurrent.futures import ThreadPoolExecutor

    import hybrid_nli.reasoner as reasoner_module
    from hybrid_nli import Reasoner

    forked = []
    real = reasoner_module.Reasoner._stage_in_workers
    monkeypatch.setattr(reasoner_module.Reasoner, "_stage_in_workers",
                        lambda self, *a: forked.append(1) or real(self, *a))

    pairs = [("Two dogs play with a baseball.", "Two dogs play with a ball.")] * 8
    strict = Reasoner(mode="symbolic", gap_search=False, workers=2)
    searching = Reasoner(mode="symbolic", workers=2)
    with ThreadPoolExecutor(2) as threads:
        for _ in range(2):
            a, b = threads.submit(strict.infer_batch, pairs), threads.submit(searching.infer_batch, pairs)
            assert {v.decided_by for v in a.result()} == {"abstain"}
            assert {v.decided_by for v in b.result()} == {"proof"}, [v.reason for v in b.result()]
    assert not forked
    # alone in its thread, the same reasoner does use its workers
    assert {v.decided_by for v in searching.infer_batch(pairs)} == {"proof"} and forked


def _die(pairs):
    import os

    os._exit(3)  # a worker killed mid-run (out of memory, a crash in native code)


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="no fork here")
def test_a_dead_worker_is_a_clear_error_not_a_hang(monkeypatch):
    import hybrid_nli.reasoner as reasoner_module
    from hybrid_nli import HybridNLIError, Reasoner

    monkeypatch.setattr(reasoner_module, "_stage_chunk", _die)  # the forked workers inherit it
    pairs = [(c[0], c[1]) for c in CASES]
    with pytest.raises(HybridNLIError, match="worker process died"):
        Reasoner(mode="symbolic", workers=2).infer_batch(pairs)


@pytest.mark.parametrize("workers", [0, -1, 1.5])
def test_workers_must_be_a_positive_int(workers):
    from hybrid_nli import Reasoner

    with pytest.raises(ConfigError, match="workers"):
        Reasoner(mode="symbolic", workers=workers)


def test_a_proof_does_not_depend_on_the_problems_before_it(reasoner):
    # Reasoner(isolate=True): each problem in a Z3 context of its own, so what earlier problems
    # left in a shared one cannot change a verdict.
    from hybrid_nli.logic.prover import Prover
    from hybrid_nli.parse.quantifiers import load_quantifiers

    prover = Prover(load_quantifiers(), timeout_s=2.0, isolate=True)
    r = reasoner
    # (a SICK train pair; training data, not a test set)
    prem = "A woman is beating two eggs in a bowl and using a whisk made of wire"
    hyp = "One woman is beating two eggs in the bowl and using a whisk made of wire"
    sems = r.parser.parse_discourse([prem, hyp])
    first = prover.prove(sems[:1], sems[1], [])
    for p, h, _label in CASES[:4]:
        s = r.parser.parse_discourse([*([p] if isinstance(p, str) else p), h])
        prover.prove(s[:-1], s[-1], [])
    again = prover.prove(sems[:1], sems[1], [])
    assert first.outcome == again.outcome == "entailed"
    assert first.certificate == again.certificate


def test_verdict_is_frozen(reasoner):
    v = reasoner.infer("Every dog barks.", "Every small dog barks.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.label = Label.NEUTRAL  # type: ignore[misc]
