"""Draw verdicts as self-contained HTML, the way spaCy's displaCy draws a parse.

``render(verdict)`` returns one HTML document (``page=False``: a fragment for a notebook cell)
with inline CSS and an inline SVG graph: the premises, knowledge and rules a proof uses on the
first row, what follows from them below, arrows from each step to the steps that use it. The
premise and hypothesis text is shown with the words each step uses highlighted in that step's
colour. Nothing is fetched from the network and there are no scripts.
``render_batch(verdicts)`` puts many on one page with a summary table. ``tree(verdict)`` is the
same derivation as a ``rich`` tree for terminals (the CLI prints it).

>>> from hybrid_nli.display import render  # doctest: +SKIP
>>> open("proof.html", "w").write(render(verdict))  # doctest: +SKIP
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from html import escape

from hybrid_nli.verdict import DECIDED, ProofStep, Verdict, describe_source

# One colour per step kind: the graph's boxes and the highlights in the text agree.
_COLOURS = {
    "premise": "#cfe3ff",
    "presupposition": "#e2d9f3",
    "hypothesis": "#ffd8b0",
    "knowledge": "#c9efd0",
    "rule": "#f7e3a1",
    "inference": "#f2c4c4",
    "model": "#d9d9d9",
}
_LABEL_COLOURS = {"entailment": "#1a7f37", "contradiction": "#cf222e", "neutral": "#6e7781"}

_CSS = """
.hnli{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;max-width:1100px;
 border:1px solid #d0d7de;border-radius:8px;padding:14px 18px;margin:12px 0;background:#fff}
.hnli h3{margin:0 0 6px 0;font-size:17px}
.hnli .badge{display:inline-block;color:#fff;border-radius:12px;padding:2px 10px;font-size:13px;
 font-weight:600;margin-right:8px;text-transform:uppercase;letter-spacing:.03em}
.hnli .meta{color:#57606a;font-size:13px}
.hnli .texts{margin:10px 0;line-height:1.9;font-size:15px}
.hnli .texts .who{display:inline-block;width:95px;color:#57606a;font-size:12px;text-transform:uppercase}
.hnli mark{border-radius:3px;padding:1px 2px;color:inherit}
.hnli mark sup{font-size:9px;color:#57606a;margin-left:1px}
.hnli table{border-collapse:collapse;font-size:13px;margin-top:8px;width:100%}
.hnli td,.hnli th{border-top:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
.hnli th{color:#57606a;font-weight:600}
.hnli .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}
.hnli pre{background:#f6f8fa;padding:8px;overflow-x:auto;font-size:12px}
.hnli .notes{color:#57606a;font-size:13px;margin:6px 0 0 0;padding-left:18px}
.hnli svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
"""

_BOX_W, _CHARS, _LINE_H, _GAP_X, _GAP_Y = 250, 38, 15, 24, 46


def _graph_steps(v: Verdict) -> list[ProofStep]:
    return [s for s in v.trace if s.kind != "note"]


def _layers(steps: list[ProofStep]) -> dict[str, int]:
    """Row of each step: 0 for what depends on nothing, else one below its lowest dependency."""
    ids = {s.id for s in steps}
    row: dict[str, int] = {}
    for s in steps:  # a trace lists what a step depends on before the step
        deps = [row[d] for d in s.depends_on if d in row and d in ids]
        row[s.id] = 1 + max(deps) if deps else 0
    return row


def _svg(v: Verdict) -> str:
    steps = _graph_steps(v)
    if not steps:
        return ""
    row = _layers(steps)
    rows: dict[int, list[ProofStep]] = {}
    for s in steps:
        rows.setdefault(row[s.id], []).append(s)
    wrapped = {s.id: textwrap.wrap(s.text, _CHARS)[:6] or [""] for s in steps}
    # Where a box's claim comes from, in small print under it (not for premises and the
    # hypothesis: their text is the source).
    origin = {s.id: textwrap.wrap(describe_source(s), _CHARS + 8)[:2]
              if s.kind in ("knowledge", "rule", "model") else [] for s in steps}
    heights = {s.id: 30 + _LINE_H * len(wrapped[s.id]) + 13 * len(origin[s.id]) for s in steps}
    width = max(len(r) for r in rows.values()) * (_BOX_W + _GAP_X) + _GAP_X
    pos: dict[str, tuple[float, float]] = {}
    y = 10.0
    for r in sorted(rows):
        members = rows[r]
        span = len(members) * (_BOX_W + _GAP_X) - _GAP_X
        x = (width - span) / 2
        for s in members:
            pos[s.id] = (x, y)
            x += _BOX_W + _GAP_X
        y += max(heights[s.id] for s in members) + _GAP_Y
    height = y - _GAP_Y + 10
    out = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
           f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label="proof graph">'),
           ('<defs><marker id="hnli-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
           'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/>'
           "</marker></defs>")]
    for s in steps:
        for d in s.depends_on:
            if d not in pos:
                continue
            x1, y1 = pos[d][0] + _BOX_W / 2, pos[d][1] + heights[d]
            x2, y2 = pos[s.id][0] + _BOX_W / 2, pos[s.id][1]
            my = (y1 + y2) / 2
            out.append(f'<path d="M{x1:.0f},{y1:.0f} C{x1:.0f},{my:.0f} {x2:.0f},{my:.0f} {x2:.0f},{y2 - 2:.0f}" '
                       'fill="none" stroke="#57606a" stroke-width="1.3" marker-end="url(#hnli-arrow)"/>')
    for s in steps:
        x, y = pos[s.id]
        colour = _COLOURS.get(s.kind, "#eeeeee")
        out.append(f'<g><title>{escape(s.id)}: {escape(describe_source(s))}</title>'
                   f'<rect x="{x:.0f}" y="{y:.0f}" width="{_BOX_W}" height="{heights[s.id]}" rx="7" '
                   f'fill="{colour}" stroke="#8c959f"/>')
        out.append(f'<text x="{x + 9:.0f}" y="{y + 15:.0f}" font-size="10" fill="#57606a">'
                   f'{escape(s.id)} · {escape(s.kind)}</text>')
        for k, line in enumerate(wrapped[s.id]):
            out.append(f'<text x="{x + 9:.0f}" y="{y + 31 + k * _LINE_H:.0f}" font-size="12">{escape(line)}</text>')
        base = y + 31 + len(wrapped[s.id]) * _LINE_H
        for k, line in enumerate(origin[s.id]):
            out.append(f'<text x="{x + 9:.0f}" y="{base + k * 13:.0f}" font-size="9.5" fill="#57606a">'
                       f"{escape(line)}</text>")
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def _highlighted(v: Verdict, index: int) -> str:
    """Sentence ``index`` with each step's words marked in the step's colour (first step wins
    where two overlap); the step ids follow as superscripts."""
    text = v.sentence(index)
    owners: list[list[ProofStep]] = [[] for _ in text]
    for s in _graph_steps(v):
        for idx, a, b in s.spans:
            if idx == index:
                for c in range(max(0, a), min(len(text), b)):
                    owners[c].append(s)
    out, c = [], 0
    while c < len(text):
        who = owners[c]
        e = c
        while e < len(text) and owners[e] == who:
            e += 1
        chunk = escape(text[c:e])
        if who:
            ids = ",".join(dict.fromkeys(s.id for s in who))
            out.append(f'<mark style="background:{_COLOURS.get(who[0].kind, "#eee")}" title="used by {escape(ids)}">'
                       f"{chunk}<sup>{escape(ids)}</sup></mark>")
        else:
            out.append(chunk)
        c = e
    return "".join(out)


def _fragment(v: Verdict) -> str:
    label = v.label.value
    probs = ", ".join(f"{k.value} {p:.2f}" for k, p in v.probabilities.items())
    parts = ['<div class="hnli">',
             (f'<h3><span class="badge" style="background:{_LABEL_COLOURS[label]}">{escape(label)}</span>'
             f"{escape(DECIDED[v.decided_by])}</h3>"),
             (f'<div class="meta">confidence {v.confidence:.2f} · probabilities {escape(probs)} · mode '
             f"{escape(v.mode)}{' · ' + escape(v.reason) if v.reason else ''}</div>"),
             '<div class="texts">']
    for i in range(len(v.premises)):
        parts.append(f'<div><span class="who">premise {i + 1}</span>{_highlighted(v, i)}</div>')
    parts.append(f'<div><span class="who">hypothesis</span>{_highlighted(v, -1)}</div></div>')
    parts.append(_svg(v))
    steps = _graph_steps(v)
    if steps:
        parts.append("<table><tr><th>step</th><th>says</th><th>from</th><th>source</th></tr>")
        for s in steps:
            parts.append(
                f'<tr><td><span class="swatch" style="background:{_COLOURS.get(s.kind, "#eee")}"></span>'
                f"{escape(s.id)}</td><td>{escape(s.text)}</td><td>{escape(', '.join(s.depends_on))}</td>"
                f"<td>{escape(describe_source(s))}</td></tr>")
        parts.append("</table>")
    notes = [s for s in v.trace if s.kind == "note"]
    if notes:
        parts.append('<ul class="notes">' + "".join(f"<li>{escape(s.text)}</li>" for s in notes) + "</ul>")
    if v.certificate:
        parts.append("<details><summary>certificate (SMT-LIB 2; any SMT solver answers unsat)</summary>"
                     f"<pre>{escape(v.certificate)}</pre></details>")
    parts.append("</div>")
    return "".join(parts)


def _page(body: str, title: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{_CSS}</style></head><body>{body}</body></html>")


def render(verdict: Verdict, *, page: bool = True) -> str:
    """One verdict as HTML: a whole document, or with ``page=False`` a ``<div>`` (with its own
    ``<style>``) to embed, as a notebook does."""
    if page:
        return _page(_fragment(verdict), f"hybrid_nli: {verdict.label.value}")
    return f"<style>{_CSS}</style>{_fragment(verdict)}"


def render_batch(verdicts: Iterable[Verdict], *, title: str = "hybrid_nli verdicts") -> str:
    """Many verdicts on one page, after a table with one row per verdict."""
    vs = list(verdicts)
    rows = "".join(
        f"<tr><td>{i}</td><td>{escape(v.hypothesis)}</td>"
        f'<td><span class="badge" style="background:{_LABEL_COLOURS[v.label.value]}">{v.label.value}</span></td>'
        f"<td>{escape(v.decided_by)}</td><td>{v.confidence:.2f}</td></tr>"
        for i, v in enumerate(vs, start=1))
    summary = (f'<div class="hnli"><h3>{escape(title)}</h3><table><tr><th>#</th><th>hypothesis</th><th>label</th>'
               f"<th>decided by</th><th>confidence</th></tr>{rows}</table></div>")
    return _page(summary + "".join(_fragment(v) for v in vs), title)


_RICH_STYLE = {"entailment": "bold green", "contradiction": "bold red", "neutral": "bold bright_black"}
_RICH_KIND = {"premise": "blue", "presupposition": "magenta", "hypothesis": "dark_orange", "knowledge": "green",
              "rule": "yellow", "inference": "red", "model": "bright_black"}


def tree(verdict: Verdict):  # type: ignore[no-untyped-def]
    """The verdict as a ``rich.tree.Tree``: the conclusion at the root, under each step the
    steps it follows from, each with where it comes from; notes last."""
    from rich.markup import escape as esc
    from rich.tree import Tree

    v = verdict
    root = Tree(f"[{_RICH_STYLE[v.label.value]}]{v.label.value.upper()}[/] {esc(DECIDED[v.decided_by])} "
                f"(confidence {v.confidence:.2f})")
    texts = root.add("[bold]problem[/]")
    for i, p in enumerate(v.premises, start=1):
        texts.add(f"[blue]premise {i}[/]  {esc(p)}")
    texts.add(f"[dark_orange]hypothesis[/]  {esc(v.hypothesis)}")
    steps = _graph_steps(v)
    by_id = {s.id: s for s in steps}
    used = {d for s in steps for d in s.depends_on}
    tops = [s for s in steps if s.id not in used]  # the conclusion(s): nothing depends on them

    def line(s: ProofStep) -> str:
        words = v.words(s)
        extra = f"  [dim]words: {esc(', '.join(words))}[/]" if words and s.kind != "inference" else ""
        return (f"[{_RICH_KIND.get(s.kind, 'white')}]{s.id}[/] {esc(s.text)}\n"
                f"[dim]{esc(describe_source(s))}[/]{extra}")

    def grow(node, s: ProofStep, seen: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
        branch = node.add(line(s))
        for d in s.depends_on:
            if d in by_id and d not in seen:
                grow(branch, by_id[d], seen | {d})

    if tops:
        derivation = root.add("[bold]derivation[/]" if v.decided_by == "proof" else "[bold]steps[/]")
        for s in tops:
            grow(derivation, s, frozenset({s.id}))
    notes = [s for s in v.trace if s.kind == "note"]
    if notes:
        n = root.add("[bold]notes[/]")
        for s in notes:
            n.add(f"[dim]{esc(s.text)}[/]")
    return root
