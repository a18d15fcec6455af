#!/usr/bin/env python3
"""The "done when" check of copy groups: corpus pages imported with their own re-saves.

  copy-resaves.py wrap --corpora ../shared/corpora --out DIR
      writes, for every corpus page, DIR/<corpus>-<page>.warc and DIR/<corpus>-<page>.mhtml: the same
      bytes in a WARC response record and in an MHTML snapshot (a re-save from another URL and day).
      With --strip-urls the pages lose their canonical URL marks first, so each re-save is stored as
      an article of its own (under its capture URL) and only the copy finder can join it to its original.
  copy-resaves.py check --db ARCHIVE --corpora ../shared/corpora --resaves DIR
      after `newsgrab import .../pages DIR --db ARCHIVE`: every re-save must share its original's
      article or copy group, and no copy group may hold two different corpus pages. Prints what fails.

Stdlib only; nothing it writes belongs in the repository (third-party pages).
"""
import argparse
import base64
import collections
import hashlib
import json
import os
import re
import sqlite3
import sys


# What names a page's canonical URL: without them, a re-save is a new article under its capture URL,
# so only the copy finder can tie it to its original (--strip-urls).
URL_MARKS = [
    re.compile(rb"<link[^>]*rel=[\"']?canonical[^>]*>", re.I),
    re.compile(rb"<meta[^>]*(?:og:url|twitter:url)[^>]*>", re.I),
    re.compile(rb"<base[^>]*>", re.I),
    re.compile(rb"\"(?:url|@id|mainEntityOfPage)\"\\s*:\\s*(?:\"[^\"]*\"|\\{[^{}]*\\})\\s*,?", re.I),
]


def wrap(corpora, out, strip_urls=False):
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
            if strip_urls:
                for mark in URL_MARKS:
                    data = mark.sub(b"", data)
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


# CopySignature's shortest grouped body, in words (README, "Copies of one story").
SHORTEST_GROUPED = 50


# Truth bodies at least this alike (Jaccard of 5-word shingles) are one text: the copy finder's own threshold.
SAME_TEXT = 0.5


def truth_bodies(corpora):
    """`<corpus>-<page>` -> the truth body, for every corpus page that has one."""
    bodies = {}
    for corpus in sorted(os.listdir(corpora)):
        path = os.path.join(corpora, corpus, "truth.jsonl")
        if not os.path.isfile(path):
            continue
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            page = os.path.basename(record.get("html", ""))[:-5]
            if record.get("body"):
                bodies[f"{corpus}-{page}"] = record["body"]
    return bodies


def shingles(text):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 5]) for i in range(max(0, len(words) - 4))}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def original_key(name):
    """The corpus page a stored page name stands for: `<corpus>-<page>` for both kinds."""
    base = os.path.basename(name)
    for suffix in (".warc", ".mhtml", ".html"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    return base


def check(db, corpora, resaves_dir):
    """Finds each original by its bytes' SHA-256 (a page in two corpora is stored once) and each
    re-save by its file name. A re-save without a page row of its own was not stored: its page's
    bytes or its content were already there, under the original's identity."""
    con = sqlite3.connect(db)
    by_hash = dict(con.execute(
        "SELECT p.sha256, v.article_id FROM page p JOIN article_version v ON v.id = p.version_id"))
    group_of = dict(con.execute("SELECT article_id, copy_group FROM copy_signature"))
    # The stored name is the path as given to import; its last three parts name the corpus page.
    by_path = {"/".join(n.split("/")[-3:]): a for n, a in con.execute(
        "SELECT p.name, v.article_id FROM page p JOIN article_version v ON v.id = p.version_id")}
    originals = {}
    for corpus in sorted(os.listdir(corpora)):
        pages = os.path.join(corpora, corpus, "pages")
        if not os.path.isdir(pages):
            continue
        for name in sorted(os.listdir(pages)):
            if name.endswith(".html"):
                digest = hashlib.sha256(open(os.path.join(pages, name), "rb").read()).hexdigest()
                stored = by_path.get(f"{corpus}/pages/{name}", by_hash.get(digest))
                originals[f"{corpus}-{name[:-5]}"] = stored
    by_name = {os.path.basename(n): a for n, a in con.execute(
        "SELECT p.name, v.article_id FROM page p JOIN article_version v ON v.id = p.version_id")}
    # A page byte-identical to one in another corpus was skipped: it is stored as that one.
    for key in [k for k, a in originals.items() if a is None]:
        page = key.split("-", 1)[1]
        originals[key] = next((a for k, a in originals.items() if a is not None and k.split("-", 1)[1] == page), None)
    # A page whose content was already stored under its identity (two corpus files of one article)
    # has no page row: it is the article its canonical URL names.
    link = re.compile(rb"<link[^>]*rel=[\"']?canonical[^>]*>", re.I)
    href = re.compile(rb"href=[\"']([^\"']+)", re.I)
    for key in [k for k, a in originals.items() if a is None]:
        corpus, page = key.split("-", 1)
        tag = link.search(open(os.path.join(corpora, corpus, "pages", page + ".html"), "rb").read())
        found = tag and href.search(tag.group(0))
        if found:
            row = con.execute("SELECT id FROM article WHERE url = ?", (found.group(1).decode("utf-8", "replace"),)).fetchone()
            originals[key] = row[0] if row else None
    words = dict(con.execute("SELECT id, word_count FROM article"))
    stored_as_original = unchanged = same_group = too_short = 0
    apart = []
    for name in sorted(os.listdir(resaves_dir)):
        key = original_key(name)
        article, original = by_name.get(name), originals.get(key)
        if article is None:
            unchanged += 1  # the import found its content already stored under the same identity
        elif article == original:
            stored_as_original += 1
        elif original is not None and group_of.get(article) is not None and group_of.get(article) == group_of.get(original):
            same_group += 1
        elif original is not None and words.get(original, 0) < SHORTEST_GROUPED and group_of.get(article) is None:
            too_short += 1  # briefs are never grouped: a brief shares its stock phrases with every other
        else:
            apart.append(f"{name}: article {article} (group {group_of.get(article)}), original {original} (group {group_of.get(original)})")
    for line in apart:
        print("re-save apart from its original:", line)
    groups = collections.defaultdict(set)
    for key, article in originals.items():
        if article is not None and group_of.get(article) is not None:
            groups[group_of[article]].add((article, key))
    # One page in two corpora (newspaper and newspaper4k share some), or two snapshots of one
    # article (fundus -v1/-v2), is the same story.
    stem = lambda key: re.sub(r"-v\d+$", "", key.split("-", 1)[1])
    # Two corpus files stored as one article (the second found unchanged) are one page here.
    label = {}
    for key, article in originals.items():
        label[article] = min(label.get(article, stem(key)), stem(key))
    mixed = {g: members for g, members in groups.items() if len({label[a] for a, _ in members}) > 1}
    # Pages the corpora's own truth gives the same text (test pages built on one filler) are the same
    # story by definition: grouping them is right. Compared by 5-word shingles, as the copy finder does.
    truths = truth_bodies(corpora)
    same_text = {}
    for group, members in list(mixed.items()):
        keys = sorted(k for _, k in members)
        first = shingles(truths.get(keys[0], ""))
        if first and all(jaccard(first, shingles(truths.get(k, ""))) >= SAME_TEXT for k in keys[1:]):
            same_text[group] = keys
            del mixed[group]
    for group, keys in sorted(same_text.items()):
        print(f"copy group {group} holds {len(keys)} corpus pages whose truth bodies are the same text: {', '.join(keys)}")
    for group, members in sorted(mixed.items()):
        print(f"different corpus pages in copy group {group}: {', '.join(sorted(k for _, k in members))}")
    print(
        f"re-saves: {unchanged} unchanged copies of their original's stored version, {stored_as_original} stored "
        f"as a version of it, {same_group} in its copy group, {too_short} ungrouped as briefs (original under "
        f"{SHORTEST_GROUPED} words), {len(apart)} apart; {len(same_text)} copy groups of corpus pages with the "
        f"same truth text, {len(mixed)} holding different corpus pages"
    )
    return 1 if apart or mixed else 0


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("wrap")
    w.add_argument("--corpora", required=True)
    w.add_argument("--out", required=True)
    w.add_argument("--strip-urls", action="store_true", help="drop canonical URLs so re-saves are new articles")
    c = sub.add_parser("check")
    c.add_argument("--db", required=True)
    c.add_argument("--corpora", required=True)
    c.add_argument("--resaves", required=True)
    args = parser.parse_args()
    if args.command == "wrap":
        wrap(args.corpora, args.out, args.strip_urls)
        return 0
    return check(args.db, args.corpora, args.resaves)


if __name__ == "__main__":
    sys.exit(main())
