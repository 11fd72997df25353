"""Write docs/traces.md from real verdicts: ``python scripts/traces_doc.py [--check]``.

Every example in the page is produced by the code at the time the page is written; ``--check``
(run by the tests) fails when the page no longer matches what the code prints.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "traces.md"
PHARMA = ROOT / "docs" / "examples" / "pharma"

HEAD = """# Proof traces

Every `Verdict` carries its trace: the steps it rests on, each with where it comes from. There
are four ways to look at it (the examples below are written by `python scripts/traces_doc.py`
from real runs, and a test checks that they still match what the code prints):

- `verdict.explain()`: a numbered derivation in plain text. Each step says what it states, where
  it comes from (premise words, WordNet synsets, ontology or rule `file:line`, the classifier's
  probabilities) and which numbered steps it follows from. Solver notes come last.
- `hybrid-nli infer PREMISE -H HYPOTHESIS`: the same as a coloured tree with the conclusion at
  the root (`--plain` prints `explain()`, `--json` the dict, `--html FILE` the picture).
- `hybrid_nli.display.render(verdict)`: a self-contained HTML page (inline CSS and SVG, no
  scripts, nothing fetched) with the proof drawn as a graph from premises and facts to the
  conclusion, and the words each step uses highlighted in the premise and hypothesis.
  In Jupyter a verdict shows itself that way (`Verdict._repr_html_`); `render_batch(verdicts)`
  makes one page for many.
- `verdict.to_dict()`: a JSON document valid against [`verdict.schema.json`](verdict.schema.json)
  (see [verdict-schema.md](verdict-schema.md)); `Verdict.from_dict(doc)` loads it back and
  `verify()` re-checks the proof from it alone.

![A rendered proof](images/proof.png)

The picture is `docs/images/proof.png`, taken in headless Chromium by
`python scripts/screenshot.py` (Debian's `chromium` package).

How to read a proof. The reasoner proves by refutation: for an entailment it assumes the
hypothesis is false and shows, with Z3, that this cannot hold together with the premises and the
knowledge steps; for a contradiction it assumes the hypothesis is true. The last step (`i`) lists
exactly the steps whose conjunction is unsatisfiable (Z3's unsat core), and the certificate is an
SMT-LIB 2 script with those assertions and nothing else, so any SMT solver can re-check it.
"""


def examples() -> list[tuple[str, str, object]]:
    from hybrid_nli import Reasoner

    sym = Reasoner(mode="symbolic")
    onto = Reasoner(mode="symbolic", knowledge_dir=PHARMA / "knowledge", rules_dir=PHARMA / "rules")
    hyb = Reasoner(mode="hybrid")
    return [
        ("An entailment by monotonicity",
         ('"No" is downward monotone in both its arguments, so a more specific noun (a hyponym, from '
         "WordNet) and an added adverb both keep the sentence true."),
         sym.infer(["No animal is running in the park."], "No dog is running quickly in the park.")),
        ("A contradiction by antonymy",
         ("WordNet lists the adjectives as antonyms, so nothing is both; the premise and the "
         "hypothesis (assumed true) cannot hold together."),
         sym.infer(["The soup is hot."], "The soup is cold.")),
        ("A proof that uses a user ontology",
         ("With the folders of `docs/examples/pharma` (see [knowledge.md](knowledge.md)) the "
         "ontology's class hierarchy supplies the step; its source is the file and line."),
         onto.infer(["Ann took a zorbicillin."], "Ann took an antibiotic.")),
        ("A verdict the classifier decided",
         ("The logic finds models both ways (it has no axiom linking sleeping and being asleep), so "
         "in hybrid mode the classifier decides; its probabilities are a step of the trace."),
         hyb.infer(["A man is sleeping in a bed."], "A man is asleep.")),
    ]


def page() -> str:
    parts = [HEAD]
    for title, why, v in examples():
        parts.append(f"\n## {title}\n\n{why}\n\n```text\n{v.explain()}\n```\n")  # type: ignore[attr-defined]
    last = examples()[0][2]
    doc = last.to_dict()  # type: ignore[attr-defined]
    doc["timings"] = {k: 0.0 for k in doc["timings"]}  # times differ run to run
    parts.append("\n## The JSON document of the first example\n\n(`timings` zeroed here; they differ run to run.)\n\n"
                 f"```json\n{json.dumps(doc, indent=2, ensure_ascii=False)}\n```\n")
    return "".join(parts)


def _masked(text: str) -> str:
    """The page with the classifier's probabilities masked: their last digit may differ between
    CPUs, and that is not the page going out of date."""
    import re

    return re.sub(r"\b0\.\d\d\b", "0.xx", text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if docs/traces.md is out of date")
    args = ap.parse_args(argv)
    import os

    os.chdir(ROOT)  # ontology sources are shown relative to the working directory
    text = page()
    if args.check:
        old = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if _masked(old) != _masked(text):
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), text.splitlines(True), "docs/traces.md", "now"))
            print("docs/traces.md is out of date: run python scripts/traces_doc.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
