"""Loading user knowledge: a generated ontology, cold (parsed by rdflib) and cached (read back
from the on-disk cache), in one run.

    python -m benchmarks.knowledge_load [--triples 100000] [--repeats 3] [--format turtle]

The ontology is a random taxonomy (each class: a label and one or two superclasses, some
disjointness axioms), written to a temporary folder; the cache lives in a temporary folder too,
so nothing of the user's is touched. Cold = an empty cache; cached = the second start with the
same folder. Both include building the reasoner's axiom index. Medians of ``--repeats`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT, write_block

WORDS = ["alpha", "bravo", "corvid", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper", "kelp",
         "lumen", "mistral", "nectar", "onyx", "prism", "quartz", "raven", "sorrel", "tundra", "umber", "vortex",
         "willow", "xenon", "yarrow", "zephyr"]


def generate(path: Path, triples: int, seed: int = 0) -> int:
    """Write a Turtle taxonomy with about ``triples`` triples; returns the exact count."""
    rng = random.Random(seed)
    lines = ["@prefix ex: <http://example.org/gen#> .", "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
             "@prefix owl: <http://www.w3.org/2002/07/owl#> .", ""]
    n = 0
    i = 0
    while n < triples:
        label = f"{WORDS[i % len(WORDS)]}{i}"
        lines.append(f'ex:C{i} a owl:Class ; rdfs:label "{label}" .')
        n += 2
        if i > 0:
            lines.append(f"ex:C{i} rdfs:subClassOf ex:C{rng.randrange(i)} .")
            n += 1
        if i > 10 and rng.random() < 0.1:
            lines.append(f"ex:C{i} owl:disjointWith ex:C{rng.randrange(i)} .")
            n += 1
        i += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def load_seconds(folder: Path) -> tuple[float, int, int]:
    from hybrid_nli.knowledge.user import UserKnowledge

    t = time.perf_counter()
    uk = UserKnowledge([folder])
    return time.perf_counter() - t, len(uk), len(uk.report.cached)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="knowledge loading benchmark")
    ap.add_argument("--triples", type=int, default=100_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--results", default=str(ROOT / "docs" / "results.md"))
    args = ap.parse_args(argv)
    cold, cached = [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "onto"
        folder.mkdir()
        count = generate(folder / "generated.ttl", args.triples)
        size = (folder / "generated.ttl").stat().st_size
        for r in range(args.repeats):
            os.environ["HYBRID_NLI_CACHE"] = str(Path(tmp) / f"cache{r}")
            s, axioms, from_cache = load_seconds(folder)
            assert from_cache == 0
            cold.append(s)
            s, axioms2, from_cache = load_seconds(folder)
            assert from_cache == 1 and axioms2 == axioms
            cached.append(s)
    c, w = statistics.median(cold), statistics.median(cached)
    table = "\n".join([
        "## Loading user knowledge",
        "",
        (f"A generated Turtle taxonomy of {count:,} triples ({size / 1e6:.1f} MB, {axioms:,} axioms), loaded by "
         "`UserKnowledge` (parse + axiom index). Command: "
         f"`python -m benchmarks.knowledge_load --triples {args.triples}`; medians of {args.repeats} runs."),
        "",
        "| start | seconds |",
        "|---|---|",
        f"| cold (rdflib parse, empty cache) | {c:.2f} |",
        f"| cached (same files, cache filled) | {w:.2f} |",
        f"| **speed-up** | **{c / w:.1f}x** |",
        "",
    ])
    print(table)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "knowledge_load.json").write_text(json.dumps({"triples": count, "cold_s": cold, "cached_s": cached}))
    if args.results:
        write_block(Path(args.results), "knowledge_load", table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
