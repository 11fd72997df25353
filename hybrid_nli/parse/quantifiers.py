"""The quantifier table (``rules/quantifiers.toml``): words, kinds and the properties the logic may
assume. Loaded once; shared by the parser (which words open which quantifier) and the logic
(which axiom schemas hold)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hybrid_nli.errors import ConfigError
from hybrid_nli.resources import bundled_dir


@dataclass(frozen=True, slots=True)
class QuantifierSpec:
    name: str
    kind: str  # "fol" | "gq" | "alias"
    words: tuple[str, ...]
    left: str = "none"
    right: str = "none"
    intersective: bool = False
    existential_import: bool = False
    numeric: str | None = None
    alias: str | None = None
    offset: int = 0
    number: int | None = None  # an alias with a fixed number ("a few" is "at least 2")
    source: str = ""  # file:line of the table entry


@lru_cache(maxsize=4)
def load_quantifiers(path: Path | None = None) -> dict[str, QuantifierSpec]:
    path = path or bundled_dir("rules") / "quantifiers.toml"
    text = path.read_text(encoding="utf-8")
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    lines = text.splitlines()
    out: dict[str, QuantifierSpec] = {}
    for name, entry in table.items():
        lineno = next((i for i, ln in enumerate(lines, 1) if ln.strip() == f"[{name}]"), 0)
        kind = entry.get("kind")
        if kind not in {"fol", "gq", "alias"}:
            raise ConfigError(f"{path}:{lineno}: quantifier {name!r} has unknown kind {kind!r}")
        for side in ("left", "right"):
            if entry.get(side, "none") not in {"up", "down", "none"}:
                raise ConfigError(f"{path}:{lineno}: {name}.{side} must be up, down or none")
        out[name] = QuantifierSpec(
            name=name,
            kind=kind,
            words=tuple(entry.get("words", ())),
            left=entry.get("left", "none"),
            right=entry.get("right", "none"),
            intersective=bool(entry.get("intersective", False)),
            existential_import=bool(entry.get("import", False)),
            numeric=entry.get("numeric"),
            alias=entry.get("alias"),
            offset=int(entry.get("offset", 0)),
            number=int(entry["number"]) if "number" in entry else None,
            source=f"rules/{path.name}:{lineno}",
        )
    return out
