#!/usr/bin/env python3
"""The "done when" check of copy groups: corpus pages imported with their own re-saves.

  copy-resaves.py wrap --corpora ../shared/corpora --out DIR
      writes, for every corpus page, DIR/<corpus>-<page>.warc and DIR/<corpus>-<page>.mhtml: the same
      bytes in a WARC response record and in an MHTML snapshot (a re-save from another URL and day).
  copy-resaves.py check --db ARCHIVE
      after `newsgrab import .../pages DIR --db ARCHIVE`: every re-save must share its original's
      article or copy group, and no copy group may hold two different corpus pages. Prints what fails.

Stdlib only; nothing it writes belongs in the repository (third-party pages).
"""
import argparse
import base64
import collections
import os
import sqlite3
import sys


def wrap(corpora, out):
    os.makedirs(out, exist_ok=True)
    count = 0
    for corpus in sorted(os.listdir(corpora)):
        pages = os.path.join(corpora, corpus, "pages")
        if not os.path.isdir(pages):
            continue
        for name in sorted(os.listdir(pages)):
            if not name.endswith(".html"):
                continue
            data = open(os.path.join(pages, name), "rb").read()
            stem = f"{corpus}-{name[:-5]}"
            uri = f"https://resave.example/{corpus}/{name}"
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + data
            header = (
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
                "WARC-Target-URI: %s\r\nWARC-Date: 2026-11-30T12:00:00Z\r\n"
                "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            ) % (stem, uri, len(http))
            with open(os.path.join(out, stem + ".warc"), "wb") as handle:
                handle.write(header.encode() + http + b"\r\n\r\n")
            boundary = "----resave-boundary"
            body = base64.encodebytes(data)
            mhtml = (
                "From: <Saved by Blink>\r\nSnapshot-Content-Location: %s\r\nSubject: %s\r\n"
                "Date: Mon, 30 Nov 2026 12:00:00 -0000\r\nMIME-Version: 1.0\r\n"
                'Content-Type: multipart/related; type="text/html"; boundary="%s"\r\n\r\n'
                "--%s\r\nContent-Type: text/html\r\nContent-ID: <frame-0@mhtml.blink>\r\n"
                "Content-Transfer-Encoding: base64\r\nContent-Location: %s\r\n\r\n"
            ) % (uri + "?saved=mhtml", stem, boundary, boundary, uri + "?saved=mhtml")
            with open(os.path.join(out, stem + ".mhtml"), "wb") as handle:
                handle.write(mhtml.encode() + body + ("\r\n--%s--\r\n" % boundary).encode())
            count += 1
    print(f"wrapped {count} pages in WARC and MHTML")


def original_key(name):
    """The corpus page a stored page name stands for: `<corpus>-<page>` for both kinds."""
    base = os.path.basename(name)
    for suffix in (".warc", ".mhtml", ".html"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    return base


def check(db):
    con = sqlite3.connect(db)
    rows = con.execute(
        """SELECT p.name, v.article_id, s.copy_group FROM page p JOIN article_version v ON v.id = p.version_id
           LEFT JOIN copy_signature s ON s.article_id = v.article_id"""
    ).fetchall()
    originals, resaves = {}, collections.defaultdict(list)
    for name, article, group in rows:
        label = ("g", group) if group is not None else ("a", article)
        if name.endswith(".html"):
            parts = name.split("/")
            corpus = parts[-3] if len(parts) >= 3 else ""
            originals[f"{corpus}-{original_key(name)}"] = (article, label)
        else:
            resaves[original_key(name)].append((name, article, label))
    # Pages skipped as duplicates by sha256 never get a page row of their own; a re-save whose page
    # row is missing was stored as the original's version or skipped as unchanged.
    failures = 0
    same_article = same_group = 0
    for key, saves in sorted(resaves.items()):
        original = originals.get(key)
        for name, article, label in saves:
            if original is None:
                continue
            if article == original[0]:
                same_article += 1
            elif label == original[1] and label[0] == "g":
                same_group += 1
            else:
                failures += 1
                print(f"re-save apart from its original: {name} (article {article}, original {original[0]})")
    # Pages stored as versions of one article (one canonical URL) are the identity's doing, not
    # the copy finder's: a group is mixed when it holds two different articles' original pages.
    groups = collections.defaultdict(lambda: collections.defaultdict(set))
    for key, (article, label) in originals.items():
        if label[0] == "g":
            groups[label[1]][article].add(key)
    mixed = {group: articles for group, articles in groups.items() if len(articles) > 1}
    for group, articles in sorted(mixed.items()):
        pages = "; ".join(", ".join(sorted(keys)) for keys in articles.values())
        print(f"different corpus pages in copy group {group}: {pages}")
    print(f"{len(resaves)} pages have a stored re-save row; the others' re-saves were unchanged copies of a stored version")
    print(
        f"re-saves: {same_article} stored as their original's article, {same_group} in its copy group, "
        f"{failures} apart; {len(mixed)} groups holding two different corpus pages"
    )
    return 1 if failures or mixed else 0


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("wrap")
    w.add_argument("--corpora", required=True)
    w.add_argument("--out", required=True)
    c = sub.add_parser("check")
    c.add_argument("--db", required=True)
    args = parser.parse_args()
    if args.command == "wrap":
        wrap(args.corpora, args.out)
        return 0
    return check(args.db)


if __name__ == "__main__":
    sys.exit(main())
