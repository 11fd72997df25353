"""Render a proof and take its screenshot in headless Chromium: ``python scripts/screenshot.py``.

Writes ``docs/images/proof.html`` and ``docs/images/proof.png`` (shown in the README). Needs
Debian's ``chromium`` package (``apt-get install chromium``); the library itself never does.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "images" / "proof.png")
    ap.add_argument("--width", type=int, default=1000)
    ap.add_argument("--height", type=int, default=610)
    args = ap.parse_args(argv)
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        print("no chromium found: apt-get install -y chromium", file=sys.stderr)
        return 2
    from hybrid_nli import Reasoner
    from hybrid_nli.display import render

    # An entailment in a downward context: the hypernym link comes from WordNet.
    v = Reasoner(mode="symbolic").infer(["No animal is running in the park."], "No dog is running quickly in the park.")
    if v.decided_by != "proof" or not v.verify():
        print(f"expected a checked proof, got {v.decided_by}: {v.reason}", file=sys.stderr)
        return 1
    html = render(v)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".html").write_text(html, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "proof.html"
        page.write_text(html, encoding="utf-8")
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               f"--user-data-dir={tmp}/profile", f"--window-size={args.width},{args.height}",
               f"--screenshot={args.out}", page.as_uri()]
        subprocess.run(cmd, check=True, timeout=120, capture_output=True)
    print(f"wrote {args.out} and {args.out.with_suffix('.html')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
