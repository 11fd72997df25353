"""Compile WordNet 3.0 (Debian's ``wordnet-base``) into the SQLite file shipped in the package.

Usage::

    apt-get install -y --no-install-recommends wordnet-base
    python scripts/build_wordnet.py [--source /usr/share/wordnet] [--out hybrid_nli/data/wordnet.sqlite.gz]

Why gzipped SQLite: it is plain data (no pickle), needs no parsing at start-up (the library
decompresses it into an in-memory database, about 0.1 s, and queries by index), and both gzip and
sqlite3 are in the standard library. Only what the knowledge
layer uses is kept: senses in frequency order, and the pointer relations between synsets and
between words (hypernymy, instance hypernymy, antonymy, similar-to, verb entailment, derivation,
pertainym, also-see). Glosses are dropped to keep the file small.
"""

from __future__ import annotations

import argparse
import gzip
import sqlite3
from pathlib import Path

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
POS_CODE = {"n": 1, "v": 2, "a": 3, "s": 3, "r": 4}
# Pointer symbols kept (WordNet's wninput(5WN)); '@i' is instance hypernym, '=' attribute.
KEEP = {"@", "@i", "!", "&", "*", "+", "\\", "^", "$", "="}

LICENCE = """WordNet Release 3.0. This software and database is being provided to you, the LICENSEE,
by Princeton University under the following license. By obtaining, using and/or copying this
software and database, you agree that you have read, understood, and will comply with these terms
and conditions.: Permission to use, copy, modify and distribute this software and database and its
documentation for any purpose and without fee or royalty is hereby granted, provided that you agree
to comply with the following copyright notice and statements, including the disclaimer, and that
the same appear on ALL copies of the software, database and documentation, including modifications
that you make for internal use or for distribution. WordNet 3.0 Copyright 2006 by Princeton
University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT
LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR
FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The
name of Princeton University or Princeton may not be used in advertising or publicity pertaining
to distribution of the software and/or database. Title to copyright in this software, database and
any associated documentation shall at all times remain with Princeton University and LICENSEE
agrees to preserve same."""


def synset_id(pos: str, offset: str) -> int:
    return POS_CODE[pos] * 100_000_000 + int(offset)


def build(source: Path, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    db = sqlite3.connect(out)
    db.executescript(
        """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE sense(lemma TEXT, pos TEXT, rank INTEGER, synset INTEGER,
                           PRIMARY KEY(lemma, pos, rank)) WITHOUT ROWID;
        CREATE TABLE synset(id INTEGER PRIMARY KEY, lexname INTEGER, name TEXT);
        CREATE TABLE ptr(src INTEGER, rel TEXT, dst INTEGER, src_word INTEGER, dst_word INTEGER,
                         PRIMARY KEY(src, rel, dst, src_word, dst_word)) WITHOUT ROWID;
        CREATE TABLE exc(form TEXT, pos TEXT, lemma TEXT, PRIMARY KEY(form, pos, lemma)) WITHOUT ROWID;
        """
    )
    # Irregular inflections ("drunk" -> "drink", "geese" -> "goose"), from the *.exc lists.
    excs = set()
    for pos, fname in POS_FILES.items():
        path = source / f"{fname}.exc"
        if path.exists():
            for line in path.read_text(encoding="latin-1").splitlines():
                parts = line.split()
                excs.update((parts[0].lower(), pos, lem.lower()) for lem in parts[1:])
    db.executemany("INSERT INTO exc VALUES (?,?,?)", sorted(excs))
    senses: list[tuple[str, str, int, int]] = []
    for pos, fname in POS_FILES.items():
        for line in (source / f"index.{fname}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma, _pos, synset_cnt, p_cnt = parts[0], parts[1], int(parts[2]), int(parts[3])
            offsets = parts[6 + p_cnt : 6 + p_cnt + synset_cnt]
            for rank, off in enumerate(offsets, start=1):
                senses.append((lemma.lower(), pos, rank, 0 if not off else int(off)))
    # Resolve the synset ids (adjective satellites share the 'a' code, so the offset suffices).
    senses = [(lem, pos, rank, POS_CODE[pos] * 100_000_000 + off) for lem, pos, rank, off in senses]
    db.executemany("INSERT INTO sense VALUES (?,?,?,?)", senses)
    rank_of = {(lem, sid): rank for lem, _p, rank, sid in senses}

    synsets = []
    ptrs = []
    for pos, fname in POS_FILES.items():
        for line in (source / f"data.{fname}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            body = line.split(" | ", 1)[0].split()
            offset, lexname, ss_type = body[0], int(body[1]), body[2]
            w_cnt = int(body[3], 16)
            words = [body[4 + 2 * i] for i in range(w_cnt)]
            i = 4 + 2 * w_cnt
            p_cnt = int(body[i])
            i += 1
            sid = synset_id(ss_type, offset)
            for _ in range(p_cnt):
                sym, dst_off, dst_pos, srcdst = body[i : i + 4]
                i += 4
                if sym in KEEP:
                    ptrs.append((sid, sym, synset_id(dst_pos, dst_off), int(srcdst[:2], 16), int(srcdst[2:], 16)))  # noqa: FURB166
            first = words[0].lower()
            # Adjective markers like 'long(a)' are stripped from words.
            clean = [w.split("(")[0] for w in words]
            first = clean[0].lower()
            name = f"{first}.{'a' if ss_type == 's' else ss_type}.{rank_of.get((first, sid), 1):02d}"
            synsets.append((sid, lexname, name))
    db.executemany("INSERT INTO synset VALUES (?,?,?)", synsets)
    db.executemany("INSERT OR IGNORE INTO ptr VALUES (?,?,?,?,?)", ptrs)
    db.executescript(
        """
        CREATE INDEX sense_synset ON sense(synset);
        """
    )
    db.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [("source", "Princeton WordNet 3.0 (Debian wordnet-base)"), ("format", "1"), ("licence", LICENCE)],
    )
    db.commit()
    db.execute("VACUUM")
    raw = db.serialize()
    db.close()
    out.unlink()
    # gzip with a fixed mtime so that a rebuild from the same source gives the same bytes.
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(raw)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "hybrid_nli" / "data" / "wordnet.sqlite.gz"
    )
    args = ap.parse_args()
    if not (args.source / "data.noun").exists():
        raise SystemExit(
            f"WordNet not found in {args.source}: apt-get install -y --no-install-recommends wordnet-base"
        )
    build(args.source, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
