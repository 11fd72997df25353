"""User ontologies: safe parsing with rdflib, and the facts the reasoner takes from them.

Formats by file extension: Turtle (``.ttl``), N-Triples (``.nt``), RDF/XML (``.rdf``, ``.owl``,
``.xml``) and JSON-LD (``.jsonld``, ``.json``). What is read (see docs/knowledge.md):

- classes: ``rdfs:subClassOf``, ``owl:equivalentClass``, ``owl:disjointWith``,
  ``owl:complementOf``; individuals: ``rdf:type``, ``owl:sameAs``, ``owl:differentFrom``;
  properties (read as verbs: subject = agent, object = theme): ``rdfs:subPropertyOf``,
  ``owl:inverseOf``, ``owl:TransitiveProperty``, ``owl:SymmetricProperty``;
- the ``hnli:`` vocabulary (``https://hybrid-nli.dev/ns#``): ``hnli:antonym`` (nothing is both),
  ``hnli:partOfSpeech`` ("noun", "verb", "adjective"; default noun for classes, verb for
  properties), ``hnli:isolated true`` (keep WordNet's senses of the word out of it);
- words: ``rdfs:label``, ``skos:prefLabel``, ``skos:altLabel`` (English or untagged), else the
  local name split at camel case and underscores ("MountainBike" -> "mountain bike").

Safety: nothing is fetched. ``owl:imports`` are not followed, except local files when
``follow_local_imports`` is set; RDF/XML with a DOCTYPE that declares entities, and JSON-LD with a
remote ``@context``, are refused before parsing; files over ``max_bytes`` are refused; and the
parse runs with sockets disabled, so a parser that tried to reach the network would fail.

The result is a list of ``Fact`` records, plain data, so that it can be cached as JSON.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import re
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from hybrid_nli.errors import OntologyParseError

FORMATS = {".ttl": "turtle", ".nt": "nt", ".rdf": "xml", ".owl": "xml", ".xml": "xml", ".jsonld": "json-ld",
           ".json": "json-ld"}
HNLI = "https://hybrid-nli.dev/ns#"
MAX_BYTES = 200_000_000

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"


class Fact(NamedTuple):
    """One statement taken from an ontology, with where it was written.

    ``kind`` is one of: ``label`` (args: node, word(s), part of speech), ``subclass``,
    ``equivalent``, ``disjoint``, ``complement``, ``antonym`` (args: two nodes), ``type``
    (individual, class), ``same``, ``different`` (two individuals), ``subproperty``, ``inverse``
    (two properties), ``transitive``, ``symmetric`` (one property), ``isolated`` (node),
    ``import`` (the imported IRI; not followed), ``individual`` (a node used as an individual).
    """

    kind: str
    args: tuple[str, ...]
    source: str


_net_lock = threading.Lock()


@contextlib.contextmanager
def no_network() -> Iterator[None]:
    """Make any socket connection attempt fail while parsing (defence in depth)."""

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise OSError("network access is disabled while parsing ontologies")

    with _net_lock:
        saved = (socket.socket.connect, socket.create_connection, socket.getaddrinfo)
        socket.socket.connect = refuse  # type: ignore[method-assign]
        socket.create_connection = refuse  # type: ignore[assignment]
        socket.getaddrinfo = refuse  # type: ignore[assignment]
        try:
            yield
        finally:
            socket.socket.connect, socket.create_connection, socket.getaddrinfo = saved  # type: ignore[method-assign]


def _precheck(path: Path, data: bytes, fmt: str) -> None:
    if fmt == "xml":
        head = data[:200_000].decode("utf-8", "replace")
        m = re.search(r"<!DOCTYPE[^\[>]*\[(.*?)\]\s*>", head, re.DOTALL)
        if m and re.search(r"<!ENTITY\s+%?\s*\S+\s+(SYSTEM|PUBLIC)", m.group(1)):
            line = head[: m.start()].count("\n") + 1
            raise OntologyParseError("declares an external entity (<!ENTITY ... SYSTEM/PUBLIC>); external entities are "
                                     "never resolved, remove the declaration", path=str(path), line=line)
        if m and "<!ENTITY" in m.group(1):
            line = head[: m.start()].count("\n") + 1
            raise OntologyParseError("declares XML entities in a DOCTYPE; they are not supported (entity expansion "
                                     "is refused for safety)", path=str(path), line=line)
    if fmt == "json-ld":
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            line = getattr(exc, "lineno", None)
            raise OntologyParseError(f"not valid JSON: {exc}", path=str(path), line=line) from exc
        for ctx in _contexts(doc):
            if isinstance(ctx, str):
                raise OntologyParseError(f"refers to a remote @context {ctx!r}; contexts are never fetched: put the "
                                         "context inline", path=str(path))


def _contexts(doc: Any) -> Iterator[Any]:
    if isinstance(doc, dict):
        for k, v in doc.items():
            if k == "@context":
                yield from (v if isinstance(v, list) else [v])
            else:
                yield from _contexts(v)
    elif isinstance(doc, list):
        for v in doc:
            yield from _contexts(v)


def parse_graph(path: Path, max_bytes: int = MAX_BYTES) -> Any:
    """Parse one ontology file into an rdflib Graph, safely (see the module notes)."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise OntologyParseError(f"unknown ontology format {path.suffix!r} (use one of {', '.join(sorted(FORMATS))})",
                                 path=str(path))
    size = path.stat().st_size
    if size > max_bytes:
        raise OntologyParseError(f"file has {size:,} bytes; the limit is {max_bytes:,}", path=str(path))
    data = path.read_bytes()
    _precheck(path, data, fmt)
    import rdflib

    g = rdflib.Graph()
    try:
        with no_network():
            g.parse(data=data, format=fmt, publicID=path.resolve().as_uri())
    except OntologyParseError:
        raise
    except Exception as exc:  # rdflib raises many types; all mean "this file is broken"
        line = _line_of(exc)
        msg = " ".join(str(exc).split())[:300] or type(exc).__name__
        raise OntologyParseError(f"cannot parse as {fmt}: {msg}", path=str(path), line=line) from exc
    return g


def _line_of(exc: BaseException) -> int | None:
    for attr in ("lineno", "line", "_linenumber"):
        v = getattr(exc, attr, None)
        if isinstance(v, int):
            return v
    getter = getattr(exc, "getLineNumber", None)
    if callable(getter):
        with contextlib.suppress(Exception):
            return int(getter())
    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else None


def _words(local: str) -> str:
    """ "MountainBike" / "mountain_bike" / "mountain-bike" -> "mountain bike"."""
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local)
    return " ".join(re.split(r"[\s_\-]+", s)).strip().lower()


def _local(iri: str) -> str:
    return re.split(r"[#/:]", iri.rstrip("/#"))[-1]


def extract_facts(path: Path, graph: Any) -> list[Fact]:
    """The facts of one parsed ontology, each with its provenance: ``file:line`` for
    N-Triples, else ``file: <s> <p> <o> .``."""
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import OWL as O
    from rdflib.namespace import RDF as R
    from rdflib.namespace import RDFS as S
    from rdflib.namespace import SKOS as K

    H = {n: URIRef(HNLI + n) for n in ("antonym", "partOfSpeech", "isolated")}
    lines = _nt_lines(path) if path.suffix.lower() == ".nt" else {}
    finder = _LineFinder(path) if not lines else None

    def n3(term: Any) -> str:
        # rdflib parses some IRIs it cannot write back ("http://example.org/a b", with a space
        # or a line break): the file is broken, said with the IRI, not rdflib's bare Exception
        try:
            return str(term.n3())
        except Exception as exc:  # rdflib raises a plain Exception here
            raise OntologyParseError(f"not a valid IRI: {str(term)!r}", path=str(path)) from exc

    def src(s: Any, p: Any, o: Any) -> str:
        nt = f"{n3(s)} {n3(p)} {n3(o)} ."
        if nt in lines:
            return f"{path}:{lines[nt]}"
        line = finder.find(str(s), str(p), str(o)) if finder else None
        return f"{path}:{line}: {nt}" if line else f"{path}: {nt}"

    facts: list[Fact] = []
    pair_kinds = {
        S.subClassOf: "subclass", O.equivalentClass: "equivalent", O.disjointWith: "disjoint",
        O.complementOf: "complement", O.sameAs: "same", O.differentFrom: "different",
        S.subPropertyOf: "subproperty", O.inverseOf: "inverse", H["antonym"]: "antonym",
        O.equivalentProperty: "equivalent",
    }
    labelled: set[str] = set()
    nodes: set[Any] = set()
    for s, p, o in graph:
        if isinstance(s, BNode) or isinstance(o, BNode):
            continue  # class expressions (restrictions, unions) are outside what is read
        if p in pair_kinds and isinstance(o, URIRef):
            facts.append(Fact(pair_kinds[p], (str(s), str(o)), src(s, p, o)))
            nodes |= {s, o}
        elif p == R.type and isinstance(o, URIRef):
            if o == O.TransitiveProperty:
                facts.append(Fact("transitive", (str(s),), src(s, p, o)))
                nodes.add(s)
            elif o == O.SymmetricProperty:
                facts.append(Fact("symmetric", (str(s),), src(s, p, o)))
                nodes.add(s)
            elif o in (O.ObjectProperty, O.DatatypeProperty, R.Property):
                facts.append(Fact("property", (str(s),), src(s, p, o)))
                nodes.add(s)
            elif o in (O.Class, S.Class, O.NamedIndividual, O.Ontology, S.Resource, O.Thing):
                if o == O.NamedIndividual:
                    facts.append(Fact("individual", (str(s),), src(s, p, o)))
                nodes.add(s)
            else:
                facts.append(Fact("type", (str(s), str(o)), src(s, p, o)))
                nodes |= {s, o}
        elif p in (S.label, K.prefLabel, K.altLabel) and isinstance(o, Literal):
            if o.language in (None, "") or str(o.language).lower().startswith("en"):
                rank = "alt" if p == K.altLabel else "pref"
                facts.append(Fact("label", (str(s), " ".join(str(o).split()).lower(), rank), src(s, p, o)))
                labelled.add(str(s))
        elif p == H["partOfSpeech"] and isinstance(o, Literal):
            facts.append(Fact("pos", (str(s), str(o).strip().lower()), src(s, p, o)))
        elif p == H["isolated"] and isinstance(o, Literal) and str(o).lower() in ("true", "1"):
            facts.append(Fact("isolated", (str(s),), src(s, p, o)))
        elif p == O.imports:
            facts.append(Fact("import", (str(o),), src(s, p, o)))
    for n in nodes:
        if isinstance(n, URIRef) and str(n) not in labelled and not str(n).startswith((OWL, RDFS, RDF)):
            facts.append(Fact("label", (str(n), _words(_local(str(n))), "local"), f"{path}: local name of <{n}>"))
    return facts


class _LineFinder:
    """Best-effort line numbers for formats whose parser reports none (Turtle, RDF/XML,
    JSON-LD): the first line that names both the predicate and the object, with the subject
    named on that line or an earlier one. The triple itself is always given as well."""

    _WORD = re.compile(r"[A-Za-z0-9_.\-]+")

    def __init__(self, path: Path) -> None:
        self.where: dict[str, list[int]] = {}
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        for i, line in enumerate(text.splitlines(), start=1):
            for w in set(self._WORD.findall(line)):
                self.where.setdefault(w, []).append(i)
        # rdf:type is written "a" in Turtle
        self.where["type"] = sorted(set(self.where.get("type", [])) | set(self.where.get("a", [])))

    def _lines(self, name: str) -> list[int]:
        words = self._WORD.findall(name)
        return self.where.get(words[0], []) if words else []

    def find(self, s: str, p: str, o: str) -> int | None:
        lo = _local(o) if "://" in o or o.startswith("urn:") else o
        ps, po = self._lines(_local(p)), self._lines(lo)
        subj = self._lines(_local(s))
        if not (ps and po and subj):
            return None
        small, big = (ps, po) if len(ps) < len(po) else (po, ps)
        # the first line at or after the subject's first mention that names both
        for line in small[bisect.bisect_left(small, subj[0]):]:
            j = bisect.bisect_left(big, line)
            if j < len(big) and big[j] == line:
                return line
        return None


def _nt_lines(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    with path.open(encoding="utf-8", errors="replace") as fh:
        for i, line in enumerate(fh, start=1):
            s = " ".join(line.split())
            if s and not s.startswith("#"):
                out.setdefault(s, i)
    return out
