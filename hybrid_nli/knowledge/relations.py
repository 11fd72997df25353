"""The knowledge stage: lexical relations between the predicates of a problem, with provenance.

Predicates are named ``pos:lemma`` by the parser (``n:dog``, ``v:sprint``, ``a:hot``); modal
prefixes (``v:can~travel``) must match on both sides, and opaque predicates (``v:want[...]``) are
never related to others. Relations follow natural logic: ``forward`` (⊑, hyponym to hypernym),
``equivalent`` and ``alternation`` (disjoint; WordNet antonyms of adjectives).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, Protocol

from hybrid_nli.knowledge.wordnet import WordNet
from hybrid_nli.parse.logical_form import Formula, Var, atoms

RelationKind = Literal["forward", "equivalent", "alternation"]
# "c:" is a noun compound's modifier ("tea" of "a tea flow"): whatever relates a flow to tea
# relates it to a liquid, so a modifier's hypernyms hold of it too (never its antonyms or
# siblings: a flow can relate to tea and to coffee).
_WN_POS = {"n": "n", "v": "v", "a": "a", "c": "n"}


@dataclass(frozen=True, slots=True)
class Relation:
    """``left`` stands in ``kind`` to ``right``; ``source`` says where that is written."""

    kind: RelationKind
    left: str
    right: str
    source: str
    text: str


class KnowledgeSource(Protocol):
    name: str

    def relations(self, predicates: Iterable[str]) -> list[Relation]: ...


def _split(pred: str) -> tuple[str, str, str] | None:
    """``v:can~travel`` -> ("v", "can~", "travel"); None for predicates with no lexical meaning."""
    if ":" not in pred or "[" in pred:
        return None
    pos, rest = pred.split(":", 1)
    if pos not in _WN_POS:
        return None
    # "a:small@dog" (relative to dogs): the class goes with the prefix, which must match.
    rest, _, cls = rest.partition("@")
    prefix, _, lemma = rest.rpartition("~")
    return pos, prefix + ("@" + cls if cls else ""), lemma


class WordNetSource:
    """Hypernymy, synonymy and antonymy from WordNet 3.0 (see ``knowledge.wordnet``)."""

    name = "wordnet"

    def __init__(self, wordnet: WordNet) -> None:
        self.wn = wordnet

    def relations(self, predicates: Iterable[str]) -> list[Relation]:
        preds = sorted(set(predicates))
        parsed = {p: _split(p) for p in preds}
        out: list[Relation] = []
        for a in preds:
            pa = parsed[a]
            if pa is None:
                continue
            for b in preds:
                pb = parsed[b]
                if a < b and pb is not None and pa[0] == pb[0] == "a" and pa[2] == pb[2] and pa[1] != pb[1]:
                    same = self._same_class(pa[1], pb[1])
                    if same is not None:
                        out.append(Relation("equivalent", a, b, same.source(),
                                            f"{pa[2]} for a {pa[1].partition('@')[2]} is {pb[2]} for a "
                                            f"{pb[1].partition('@')[2]} (the same kind of thing)"))
                    continue
                if a == b or pb is None or pa[0] != pb[0] or pa[1] != pb[1] or pa[2] == pb[2]:
                    continue
                pos = _WN_POS[pa[0]]
                la, lb = pa[2].replace("_", " "), pb[2].replace("_", " ")
                path = self.wn.hypernym_path(la, lb, pos)
                if path is not None:
                    out.append(Relation("forward", a, b, path.source(),
                                        _forward_text(path.relation, la, lb, pos, compound=pa[0] == "c")))
                if pos == "a" and a < b:
                    ant = self.wn.antonym_path(la, lb, pos)
                    if ant is not None:
                        out.append(Relation("alternation", a, b, ant.source(), _alternation_text(la, lb)))
                if pa[0] == "n" and a < b and path is None:
                    sex = self.wn.opposite_sex(la, lb)
                    if sex is not None:
                        out.append(Relation("alternation", a, b, sex.source(),
                                            f"no {la} is a {lb} (male and female persons)"))
        return out

    def _same_class(self, prefix_a: str, prefix_b: str):  # type: ignore[no-untyped-def]
        """The WordNet evidence that two comparison classes are one ("young@kid",
        "young@child": kid and child share a synset), else None. Only synonyms: a small
        elephant is not a small animal, so a hypernym class would be wrong."""
        ma, _, ca = prefix_a.partition("@")
        mb, _, cb = prefix_b.partition("@")
        if ma != mb or not ca or not cb:
            return None
        path = self.wn.hypernym_path(ca.replace("_", " "), cb.replace("_", " "), "n")
        return path if path is not None and path.relation == "synonym" else None

    def gap_relations(
        self, premise_preds: Iterable[str], hypothesis_preds: Iterable[str], known: Iterable[Relation], senses: int = 3,
        budget: int = 8,
    ) -> list[Relation]:
        """Candidate axioms for a proof that failed: relations between a premise word and a
        hypothesis word that the strict lookup (predominant senses only) did not give, from the
        first ``senses`` senses of each word: hypernymy in either direction, synonymy, verb
        entailment and adjective antonymy. At most ``budget`` of them, marked as found by the
        lexical-gap search in their source so the trace shows how they were obtained."""
        have = {(r.left, r.right) for r in known} | {(r.right, r.left) for r in known}
        prem = sorted(set(premise_preds) - set(hypothesis_preds))
        hyp = sorted(set(hypothesis_preds) - set(premise_preds))
        out: list[Relation] = []

        def add(kind: RelationKind, left: str, right: str, path, text: str) -> None:  # type: ignore[no-untyped-def]
            if (left, right) not in have and len(out) < budget:
                have.add((left, right))
                have.add((right, left))
                out.append(Relation(kind, left, right, f"{path.source()} (lexical-gap search, first {senses} senses)", text))

        for a in prem:
            pa = _split(a)
            for b in hyp:
                pb = _split(b)
                if pa is None or pb is None or pa[:2] != pb[:2] or pa[2] == pb[2]:
                    continue
                pos = _WN_POS[pa[0]]
                la, lb = pa[2].replace("_", " "), pb[2].replace("_", " ")
                for x, y, lx, ly in ((a, b, la, lb), (b, a, lb, la)):
                    # two kinds of one thing in their usual senses ("boy", "man") are alternatives;
                    # a later sense linking them ("boy" for a grown man) is not what was said
                    if pos == "n" and self.wn.usual_siblings(lx, ly, pos):
                        continue
                    path = self.wn.hypernym_path(lx, ly, pos, senses=senses)
                    if path is None and pos == "v":
                        path = self.wn.entailment_path(lx, ly, senses=senses)
                    if path is not None:
                        add("forward", x, y, path, _forward_text(path.relation, lx, ly, pos, compound=pa[0] == "c"))
                if pos == "a":
                    ant = self.wn.antonym_path(la, lb, pos, senses=senses)
                    if ant is not None:
                        add("alternation", a, b, ant, _alternation_text(la, lb))
        return out


    def phrase_relations(
        self, premise_preds: Iterable[str], phrases: Iterable[tuple[str, str]], senses: int = 3, budget: int = 4,
    ) -> list[Relation]:
        """Candidate axioms for a hypothesis phrase that WordNet lists as one word: for a
        modifier and noun said of one thing (``("a:musical", "n:instrument")``, ``("c:ice",
        "n:cream")``) whose phrase is a WordNet noun ("musical instrument"), a premise noun
        below it ("guitar") is both: ``n:guitar ⊑ n:instrument`` and ``n:guitar ⊑ a:musical``.
        The hypothesis uses the phrase in the sense WordNet lists; nothing is said of the phrase
        where it is not in the hypothesis."""
        prem = sorted(p for p in set(premise_preds) if p.startswith("n:") and "[" not in p)
        out: list[Relation] = []
        for mod, head in sorted(set(phrases)):
            pm, ph = _split(mod), _split(head)
            # a relative adjective's class is its noun ("a:hot@dog"): the same phrase
            if (pm is None or ph is None or pm[1] not in ("", f"@{ph[2]}") or ph[1] or ph[0] != "n"
                    or pm[0] not in ("a", "c")):
                continue
            phrase = f"{pm[2]} {ph[2]}".replace("_", " ")
            if not self.wn.synsets(phrase, "n"):
                continue
            for a in prem:
                pa = _split(a)
                if pa is None or pa[1] or a == head:
                    continue
                la = pa[2].replace("_", " ")
                path = self.wn.hypernym_path(la, phrase, "n", senses=senses)
                if path is None or len(out) + 2 > budget:
                    continue
                source = f"{path.source()} (lexical-gap search: the phrase '{phrase}' is one WordNet noun)"
                text = f"every {la} is a {phrase}"
                out.append(Relation("forward", a, head, source, f"{text}, so it is a {ph[2].replace('_', ' ')}"))
                out.append(Relation("forward", a, mod, source, f"{text}, so it is {phrase.rsplit(' ', 1)[0]}"))
        return out


def phrases(f: Formula) -> list[tuple[str, str]]:
    """(modifier, noun) predicate pairs said of one variable in ``f``: "a musical instrument"
    gives ``("a:musical", "n:instrument")``."""
    by_var: dict[str, list[str]] = {}
    for a in atoms(f):
        if len(a.args) == 1 and isinstance(a.args[0], Var):
            by_var.setdefault(a.args[0].name, []).append(a.pred)
    return [(m, n) for preds in by_var.values() for n in preds if n.startswith("n:")
            for m in preds if m.startswith(("a:", "c:"))]


def _forward_text(relation: str, specific: str, general: str, pos: str, compound: bool = False) -> str:
    word = {"hypernym": "is a kind of", "entailment": "entails"}.get(relation, "means")
    if compound:
        return f"a {specific} compound is a {general} compound (every {specific} {word} {general})"
    return f"every {specific} {word} {general}" if pos == "n" else f"{specific} {word} {general}"


def _alternation_text(a: str, b: str) -> str:
    return f"nothing is both {a} and {b} (antonyms)"
