"""Where the bundled ``knowledge/`` and ``rules/`` folders are.

In a wheel they are packed under ``hybrid_nli/_bundled/``; in a source checkout (editable
install) they are the repository's top-level folders.
"""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """The bundled folder ``name`` ("knowledge" or "rules")."""
    packed = _PKG / "_bundled" / name
    if packed.is_dir():
        return packed
    return _PKG.parent / name
