"""User knowledge: the ontologies and rule files of ``knowledge_dir`` / ``rules_dir`` folders.

``UserKnowledge.load`` reads every ontology (``.ttl .nt .rdf .owl .xml .jsonld .json``) and rule
file (``.rules``) in the folders, turns them into ``Axiom``s, and indexes them so that a problem
gets only what it needs. Parsed ontology facts are cached on disk as JSON, keyed by the file's
path and content, so a second start does not parse again and a changed file is re-read.

How words meet concepts: a class is the noun phrase of its label ("mountain bike" is
``n:bike ∧ c:mountain``, as the parser reads it; a modifier that WordNet knows only as an
adjective is ``a:``), a property is the verb of its label (subject = agent, object = theme), an
individual is the name of its label. The same word is the same predicate as in WordNet, so
WordNet's facts about the word still apply; mark a concept ``hnli:isolated true`` to keep them out.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
import warnings
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hybrid_nli.errors import ConfigError, HybridNLIError, OntologyParseError, RuleSyntaxError
from hybrid_nli.knowledge.axioms import Axiom, AxiomIndex
from hybrid_nli.knowledge.ontology import FORMATS, MAX_BYTES, Fact, extract_facts, parse_graph
from hybrid_nli.parse.logical_form import Atom, Const, Eq, Exists, ForAll, Formula, Implies, Not, Var, conj

CACHE_VERSION = "3"  # bump when what is extracted from a file changes
RULE_SUFFIXES = {".rules"}


def cache_dir() -> Path:
    base = os.environ.get("HYBRID_NLI_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "hybrid_nli")
    return Path(base) / "knowledge"


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_") or "x"


@dataclass
class LoadReport:
    """What a load did: files read, from cache or parsed, and the problems met."""

    files: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    errors: list[HybridNLIError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class UserKnowledge:
    """Axioms from user folders. ``strict=True`` raises on the first broken file; otherwise
    broken files are skipped, reported in ``report.errors`` and warned about."""

    def __init__(
        self,
        knowledge_dirs: Sequence[Path] = (),
        rules_dirs: Sequence[Path] = (),
        *,
        strict: bool = False,
        use_cache: bool = True,
        follow_local_imports: bool = False,
        max_bytes: int = MAX_BYTES,
        adjective=None,  # type: ignore[no-untyped-def]
        lemma=None,  # type: ignore[no-untyped-def]
    ) -> None:
        self.knowledge_dirs = [Path(d) for d in knowledge_dirs]
        self.rules_dirs = [Path(d) for d in rules_dirs]
        for d in self.knowledge_dirs + self.rules_dirs:
            if not d.is_dir():
                raise ConfigError(f"{d}: not a folder")
        self.strict = strict
        self.use_cache = use_cache
        self.follow_local_imports = follow_local_imports
        self.max_bytes = max_bytes
        # word -> (is an adjective only, is a relative adjective): from WordNet, injectable
        self.adjective = adjective or (lambda word: (False, False))
        # (word, "n" | "v") -> lemma: "antibiotics" -> "antibiotic", "outranks" -> "outrank", as the
        # parser lemmatizes text, so that labels written as plurals or third persons still match
        self.lemma = lemma or (lambda word, pos: word)
        self.index = AxiomIndex()
        self.isolated: set[str] = set()  # predicates WordNet must not speak about
        self.report = LoadReport()
        self.load()

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> LoadReport:
        # Loading builds many small objects at once; the cyclic garbage collector would walk the
        # growing heap again and again (it doubles the time of a cached 100k-triple load).
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._load()
        finally:
            if enabled:
                gc.enable()

    def _load(self) -> LoadReport:
        self.index = AxiomIndex()
        self.isolated = set()
        self.report = LoadReport()
        facts: list[Fact] = []
        for d in self.knowledge_dirs:
            for path in sorted(p for p in d.rglob("*") if p.suffix.lower() in FORMATS and p.is_file()):
                facts += self._ontology_facts(path, seen=set())
        for ax in self._compile(facts):
            self.index.add(ax)
        from hybrid_nli.logic.rules import load_rule_file, rule_axioms

        for d in self.rules_dirs:
            for path in sorted(p for p in d.rglob("*") if p.suffix.lower() in RULE_SUFFIXES and p.is_file()):
                self.report.files.append(str(path))
                try:
                    for rule in load_rule_file(path):
                        for ax in rule_axioms(rule):
                            self.index.add(ax)
                except RuleSyntaxError as exc:
                    self._fail(exc)
        return self.report

    def _fail(self, exc: HybridNLIError) -> None:
        if self.strict:
            raise exc
        self.report.errors.append(exc)
        warnings.warn(f"hybrid_nli: skipped a knowledge file: {exc}", stacklevel=3)

    def _ontology_facts(self, path: Path, seen: set[Path]) -> list[Fact]:
        shown = path  # as the user named it, for messages and provenance
        path = path.resolve()
        if path in seen:
            return []
        seen.add(path)
        self.report.files.append(str(shown))
        try:
            data = path.read_bytes() if path.stat().st_size <= self.max_bytes else b""
        except OSError as exc:
            self._fail(OntologyParseError(f"cannot read: {exc.strerror}", path=str(path)))
            return []
        key = hashlib.sha256(f"{CACHE_VERSION}\0{shown}\0".encode() + data).hexdigest()
        cached = self._cache_get(key)
        if cached is not None:
            self.report.cached.append(str(path))
            facts = cached
        else:
            try:
                graph = parse_graph(shown, self.max_bytes)
                facts = extract_facts(shown, graph)
            except OntologyParseError as exc:
                self._fail(exc)
                return []
            self._cache_put(key, facts)
        out = []
        for f in facts:
            if f.kind != "import":
                out.append(f)
                continue
            iri = f.args[0]
            local = Path(iri[7:]) if iri.startswith("file://") else None
            if local is not None and self.follow_local_imports and local.is_file():
                out += self._ontology_facts(local, seen)
            else:
                why = ("a remote IRI; nothing is fetched" if local is None
                       else "a local file; pass follow_local_imports=True to read it")
                note = f"{f.source.split(': <')[0]}: owl:imports <{iri}> not followed ({why})"
                self.report.notes.append(note)
                warnings.warn(f"hybrid_nli: {note}", stacklevel=3)
        return out

    def _cache_get(self, key: str) -> list[Fact] | None:
        if not self.use_cache:
            return None
        p = cache_dir() / f"{key}.json"
        try:
            rows = json.loads(p.read_text(encoding="utf-8"))
            return [Fact(k, tuple(args), src) for k, args, src in rows]
        except (OSError, ValueError, IndexError, TypeError):
            return None

    def _cache_put(self, key: str, facts: list[Fact]) -> None:
        if not self.use_cache:
            return
        d = cache_dir()
        try:
            d.mkdir(parents=True, exist_ok=True)
            tmp = d / f"{key}.{os.getpid()}.tmp"
            tmp.write_text(json.dumps([[f.kind, list(f.args), f.source] for f in facts]), encoding="utf-8")
            tmp.replace(d / f"{key}.json")
        except OSError:
            pass  # a read-only home: no cache, still correct

    # -- facts -> axioms -------------------------------------------------------------------------
    def _compile(self, facts: Iterable[Fact]) -> list[Axiom]:
        facts = list(facts)
        labels: dict[str, list[str]] = defaultdict(list)
        pos: dict[str, str] = {}
        properties: set[str] = set()
        individuals: set[str] = set()
        # A concept's first label is its preferred one (rdfs:label / skos:prefLabel), then the
        # alternative ones, then the local name when it has no label at all.
        order = {"pref": 0, "alt": 1, "local": 2}
        for f in sorted((f for f in facts if f.kind == "label"), key=lambda f: order.get(f.args[2], 3)):
            if f.args[1] not in labels[f.args[0]]:
                labels[f.args[0]].append(f.args[1])
        for f in facts:
            if f.kind == "label":
                continue
            if f.kind == "pos":
                pos[f.args[0]] = {"adj": "adjective", "a": "adjective", "v": "verb", "n": "noun"}.get(f.args[1], f.args[1])
            elif f.kind in ("property", "transitive", "symmetric", "subproperty", "inverse"):
                properties.update(f.args)
            elif f.kind in ("same", "different", "individual"):
                individuals.update(f.args)
            elif f.kind == "type":
                individuals.add(f.args[0])
        x = Var("K_x")

        kinds: dict[str, str] = {}

        def kind_of(node: str) -> str:
            k = kinds.get(node)
            if k is None:
                k = "individual" if node in individuals else pos.get(node) or ("verb" if node in properties else "noun")
                kinds[node] = k
            return k

        specs: dict[tuple[str, str], tuple[str, ...]] = {}

        def spec(node: str, label: str) -> tuple[str, ...]:
            """The predicates a concept's label stands for, as the parser would name them."""
            key = (node, label)
            if key not in specs:
                k = kind_of(node)
                if k == "adjective":
                    specs[key] = (f"a:{_norm(label)}",)
                elif k == "verb":
                    words = label.split()
                    specs[key] = (f"v:{_norm(' '.join([self.lemma(words[0], 'v'), *words[1:]]))}",)
                else:
                    words = label.split()
                    head = _norm(self.lemma(words[-1], "n"))
                    names = [f"n:{head}"]
                    for w in words[:-1]:
                        only_adj, relative = self.adjective(w)
                        names.append((f"a:{_norm(w)}@{head}" if relative else f"a:{_norm(w)}") if only_adj
                                     else f"c:{_norm(w)}")
                    specs[key] = tuple(names)
            return specs[key]

        def formula(names: tuple[str, ...]) -> Formula:
            return conj(*[Atom(n, (x,)) for n in names])

        def main(node: str) -> tuple[str, ...] | None:
            ls = labels.get(node)
            return spec(node, ls[0]) if ls else None

        def const(node: str) -> str:
            ls = labels.get(node)
            return _norm(ls[0]) if ls else _norm(node)

        out: list[Axiom] = []

        def add(make, requires: frozenset[str], provides: frozenset[str], source: str, text: str,  # type: ignore[no-untyped-def]
                equalities: frozenset[str] = frozenset()) -> None:
            out.append(Axiom(make, requires, provides, "knowledge", source, text, equalities))

        def implication(a: tuple[str, ...], b: tuple[str, ...], negate: str = ""):  # type: ignore[no-untyped-def]
            # built on demand: a problem needs few of a large ontology's axioms
            if negate == "left":
                return lambda: ForAll(x, Implies(Not(formula(a)), formula(b)))
            if negate == "right":
                return lambda: ForAll(x, Implies(formula(a), Not(formula(b))))
            return lambda: ForAll(x, Implies(formula(a), formula(b)))

        label_src: dict[tuple[str, ...], str] = {}
        # Several labels of one concept are synonyms of its first label.
        for node, ls in labels.items():
            if node in individuals or len(ls) < 2:
                continue
            if not label_src:
                label_src = {f.args[:2]: f.source for f in facts if f.kind == "label"}
            a = spec(node, ls[0])
            for other in ls[1:]:
                b = spec(node, other)
                if b != a:
                    src = label_src.get((node, other), node)
                    add(implication(a, b), frozenset(a), frozenset(b), src, f"{ls[0]} means {other}")
                    add(implication(b, a), frozenset(b), frozenset(a), src, f"{other} means {ls[0]}")
        for f in facts:
            k = f.kind
            if k in ("subclass", "equivalent", "disjoint", "antonym", "complement"):
                a_node, b_node = f.args
                if kind_of(a_node) == "individual" or kind_of(b_node) == "individual":
                    continue
                sa, sb = main(a_node), main(b_node)
                if sa is None or sb is None:
                    continue
                pa, pb = frozenset(sa), frozenset(sb)
                la, lb = labels[a_node][0], labels[b_node][0]
                if k == "subclass" or k == "equivalent":
                    word = "is a kind of" if k == "subclass" else "means"
                    if kind_of(a_node) == "verb" and kind_of(b_node) == "verb":
                        word = "implies" if k == "subclass" else "means"
                    add(implication(sa, sb), pa, pb, f.source, f"every {la} {word} {lb}")
                    if k == "equivalent":
                        add(implication(sb, sa), pb, pa, f.source, f"every {lb} means {la}")
                elif k in ("disjoint", "antonym"):
                    add(lambda sa=sa, sb=sb: ForAll(x, Not(conj(formula(sa), formula(sb)))), pa | pb, frozenset(),
                        f.source, f"nothing is both {la} and {lb}")
                else:  # complement
                    add(implication(sa, sb, "right"), pa, pb, f.source, f"what is {la} is not {lb}")
                    add(implication(sb, sa, "left"), pb, pa, f.source, f"what is not {lb} is {la}")
            elif k == "type":
                i_node, c_node = f.args
                sc = main(c_node)
                if sc is None:
                    continue
                c = Const(const(i_node))
                add(lambda sc=sc, c=c: conj(*[Atom(n, (c,)) for n in sc]), frozenset({f"const:{c.name}"}),
                    frozenset(sc), f.source, f"{labels.get(i_node, [c.name])[0]} is a {labels[c_node][0]}")
            elif k in ("same", "different"):
                a, b = Const(const(f.args[0])), Const(const(f.args[1]))
                if a == b:
                    continue
                if k == "same":
                    for p, q in ((a, b), (b, a)):
                        add(lambda p=p, q=q: Eq(p, q), frozenset({f"const:{p.name}"}), frozenset({f"const:{q.name}"}),
                            f.source, f"{p.name} is {q.name}", frozenset({a.name, b.name}))
                else:
                    add(lambda a=a, b=b: Not(Eq(a, b)), frozenset({f"const:{a.name}", f"const:{b.name}"}), frozenset(),
                        f.source, f"{a.name} is not {b.name}")
            elif k in ("subproperty", "inverse", "transitive", "symmetric"):
                out.extend(self._property_axioms(f, labels, kind_of, self.lemma))
            elif k == "isolated":
                snode = main(f.args[0])
                if snode is not None:
                    self.isolated |= set(snode)
        return out

    @staticmethod
    def _property_axioms(f: Fact, labels: dict[str, list[str]], kind_of, lemma) -> list[Axiom]:  # type: ignore[no-untyped-def]
        def verb(node: str) -> str | None:
            ls = labels.get(node)
            if not ls:
                return None
            words = ls[0].split()
            return f"v:{_norm(' '.join([lemma(words[0], 'v'), *words[1:]]))}"

        e, g, h = Var("K_e"), Var("K_f"), Var("K_g")
        x, y, z = Var("K_x"), Var("K_y"), Var("K_z")

        def event(p: str, ev: Var, a: Var, t: Var) -> Formula:
            return conj(Atom(p, (ev,)), Atom("agent", (ev, a)), Atom("theme", (ev, t)))

        out: list[Axiom] = []
        if f.kind == "subproperty":
            p, q = verb(f.args[0]), verb(f.args[1])
            if p and q and kind_of(f.args[0]) == "verb":
                out.append(Axiom(lambda: ForAll(e, Implies(Atom(p, (e,)), Atom(q, (e,)))), frozenset({p}), frozenset({q}),
                                 "knowledge", f.source, f"{p[2:]} implies {q[2:]}"))
            return out
        if f.kind == "inverse":
            p, q = verb(f.args[0]), verb(f.args[1])
            if p and q:
                for a, b in ((p, q), (q, p)):
                    out.append(Axiom(
                        lambda a=a, b=b: ForAll(x, ForAll(y, ForAll(e, Implies(event(a, e, x, y), Exists(g, event(b, g, y, x)))))),
                        frozenset({a}), frozenset({b}), "knowledge", f.source,
                        f"if X {a[2:]}s Y then Y {b[2:]}s X"))
            return out
        p = verb(f.args[0])
        if p is None:
            return out
        if f.kind == "symmetric":
            out.append(Axiom(lambda: ForAll(x, ForAll(y, ForAll(e, Implies(event(p, e, x, y), Exists(g, event(p, g, y, x)))))),
                             frozenset({p}), frozenset({p}), "knowledge", f.source,
                             f"if X {p[2:]}s Y then Y {p[2:]}s X (symmetric)"))
        else:
            body = Implies(conj(event(p, e, x, y), event(p, g, y, z)), Exists(h, event(p, h, x, z)))
            out.append(Axiom(lambda: ForAll(x, ForAll(y, ForAll(z, ForAll(e, ForAll(g, body))))), frozenset({p}),
                             frozenset({p}), "knowledge", f.source,
                             f"if X {p[2:]}s Y and Y {p[2:]}s Z then X {p[2:]}s Z (transitive)"))
        return out

    # -- per problem -----------------------------------------------------------------------------
    def axioms(self, predicates: Iterable[str], constants: Iterable[str]) -> list[Axiom]:
        return self.index.relevant(predicates, constants)

    def __len__(self) -> int:
        return self.index.size
