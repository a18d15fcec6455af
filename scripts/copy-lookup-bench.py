#!/usr/bin/env python3
"""How the copy finder's LSH lookup scales with the archive: 10k and 100k articles.

Builds the schema-v7 copy tables (the same DDL as Archive+Schema.swift) in a scratch SQLite file,
fills them with N articles of random band keys (20 bands, as CopySignature.bandCount), then times
what an import does per article: one `SELECT article_id FROM copy_band WHERE band = ? AND key = ?`
per band, plus fetching the signature of each candidate. Stdlib only; not a timed test.

  python3 scripts/copy-lookup-bench.py [--sizes 10000 100000] [--lookups 2000]
"""
import argparse
import os
import random
import sqlite3
import tempfile
import time

BANDS = 20
DDL = """
CREATE TABLE article (id INTEGER PRIMARY KEY);
CREATE TABLE copy_signature (
  article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
  minhash BLOB NOT NULL, copy_group INTEGER);
CREATE INDEX copy_signature_group ON copy_signature(copy_group);
CREATE TABLE copy_band (
  band INTEGER NOT NULL, key INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES copy_signature(article_id) ON DELETE CASCADE,
  PRIMARY KEY (band, key, article_id)) WITHOUT ROWID;
CREATE INDEX copy_band_article ON copy_band(article_id);
"""


def key(rng):
    return rng.getrandbits(64) - (1 << 63)


def run(size, lookups, rng):
    path = os.path.join(tempfile.mkdtemp(prefix="copy-bench-"), "bench.sqlite")
    con = sqlite3.connect(path)
    con.executescript(DDL)
    blob = bytes(480)
    keys = []
    with con:
        for article in range(1, size + 1):
            con.execute("INSERT INTO article (id) VALUES (?)", (article,))
            con.execute("INSERT INTO copy_signature VALUES (?, ?, ?)", (article, blob, article))
            row = [key(rng) for _ in range(BANDS)]
            con.executemany("INSERT INTO copy_band VALUES (?, ?, ?)", [(b, k, article) for b, k in enumerate(row)])
            if article % max(1, size // lookups) == 0:
                keys.append(row)
    lookup = "SELECT article_id FROM copy_band WHERE band = ? AND key = ?"
    load = "SELECT minhash, copy_group FROM copy_signature WHERE article_id = ? AND copy_group IS NOT NULL"

    def probe(rows):
        start = time.perf_counter()
        for row in rows:
            ids = set()
            for band, k in enumerate(row):
                ids.update(r[0] for r in con.execute(lookup, (band, k)))
            for i in ids:
                con.execute(load, (i,)).fetchone()
        return (time.perf_counter() - start) / len(rows) * 1e6

    new = probe([[key(rng) for _ in range(BANDS)] for _ in range(lookups)])
    copy = probe(keys[:lookups])
    size_mb = os.path.getsize(path) / 1e6
    con.close()
    print(f"{size:>7} articles: new story {new:7.1f} µs/article, a copy {copy:7.1f} µs/article; file {size_mb:.1f} MB")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--lookups", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(15)
    for size in args.sizes:
        run(size, args.lookups, rng)


if __name__ == "__main__":
    main()
