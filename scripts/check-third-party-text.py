#!/usr/bin/env python3
"""make lint: no run of 8 words in fixtures/ or Tests/ may come from a corpus page.

The corpora (../shared/corpora) hold real, third-party news pages; fixtures and
tests are text we write ourselves. This check builds the set of 8-word shingles
(lower-cased `\\w+` tokens) of every text file under fixtures/ and Tests/ (HTML
reduced to its visible text, as on the corpus side), then reads every corpus:
the text values of truth.jsonl and the visible text of each page (scripts,
styles and comments dropped, tags stripped, entities decoded). Any shared
shingle fails the check, reported as the run of words in our file and the
corpus page it came from. Without the corpora it says so and passes.

Usage: scripts/check-third-party-text.py [CORPORA]   (default: ../shared/corpora
beside the clone, or beside the folder holding a git worktree)
Python 3 standard library only. About 20 s on the five corpora here.
"""

import html
import json
import os
import re
import sys

# 8 words: long enough that ordinary phrases ("one of the most ... in the
# world") do not collide by chance across 600 pages; short enough that a
# reworded sentence which keeps a clause of the original is still caught.
SHINGLE = 8
# Folders of our own text, relative to the repository root.
OURS = ("fixtures", "Tests")
# Truth keys that hold addresses or file names, not prose.
NOT_PROSE = {"id", "html", "url", "leadImage", "images", "truthKind", "published", "language"}

WORD = re.compile(r"\w+")
INVISIBLE = re.compile(r"<(script|style|template|svg)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
TAG = re.compile(r"<[^>]*>")


def tokens(text):
    return WORD.findall(text.lower())


def visible(markup):
    return html.unescape(TAG.sub(" ", INVISIBLE.sub(" ", markup)))


def prose(value, key=None):
    """Every string in a truth record that is text, not an address."""
    if key in NOT_PROSE:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from prose(item)
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from prose(item, name)


def our_shingles(root):
    """shingle → (file, first token index), and each file's tokens for reporting."""
    index, words = {}, {}
    for folder in OURS:
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                path = os.path.join(directory, name)
                with open(path, "rb") as handle:
                    data = handle.read()
                if b"\0" in data:
                    continue  # binary (gzip, JPEG)
                text = data.decode("utf-8", "replace")
                if name.endswith((".html", ".htm", ".mhtml", ".warc")):
                    text = visible(text)
                found = tokens(text)
                relative = os.path.relpath(path, root)
                words[relative] = found
                for start in range(len(found) - SHINGLE + 1):
                    index.setdefault(hash(tuple(found[start : start + SHINGLE])), (relative, start))
    return index, words


def corpus_texts(corpora):
    """(corpus page name, text) for every truth value and page of every corpus."""
    for corpus in sorted(os.listdir(corpora)):
        folder = os.path.join(corpora, corpus)
        truth = os.path.join(folder, "truth.jsonl")
        if os.path.isfile(truth):
            with open(truth, encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        record = json.loads(line)
                        yield f"{corpus}/truth.jsonl {record.get('id', '?')}", "\n".join(prose(record))
        pages = os.path.join(folder, "pages")
        if os.path.isdir(pages):
            for name in sorted(os.listdir(pages)):
                with open(os.path.join(pages, name), "rb") as handle:
                    markup = handle.read().decode("utf-8", "replace")
                yield f"{corpus}/pages/{name}", visible(markup)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if len(sys.argv) > 1:
        corpora = sys.argv[1]
    else:
        candidates = [os.path.join(root, "..", "shared", "corpora"), os.path.join(root, "..", "..", "shared", "corpora")]
        corpora = next((c for c in candidates if os.path.isdir(c)), candidates[0])
    if not os.path.isdir(corpora):
        print(f"third-party text: skipped, no corpora at {os.path.normpath(corpora)} to compare with")
        return 0
    index, words = our_shingles(root)
    # file → {token index: corpus page}, the first page each shingle was seen in
    hits = {}
    for page, text in corpus_texts(corpora):
        found = tokens(text)
        for start in range(len(found) - SHINGLE + 1):
            where = index.get(hash(tuple(found[start : start + SHINGLE])))
            if where and words[where[0]][where[1] : where[1] + SHINGLE] == found[start : start + SHINGLE]:
                hits.setdefault(where[0], {}).setdefault(where[1], page)
    if not hits:
        print(f"third-party text: ok, no run of {SHINGLE} words in {' or '.join(OURS)} is in {os.path.normpath(corpora)}")
        return 0
    runs = 0
    for path in sorted(hits):
        starts = sorted(hits[path])
        # Overlapping shingles make one run of shared words.
        run_start = previous = starts[0]
        for start in starts[1:] + [None]:
            if start is not None and start <= previous + SHINGLE:
                previous = start
                continue
            text = " ".join(words[path][run_start : previous + SHINGLE])
            print(f"{path}: \"{text}\" is in {hits[path][run_start]}")
            runs += 1
            if start is not None:
                run_start = previous = start
    print(f"third-party text: {runs} runs of {SHINGLE}+ words shared with corpus pages; rewrite them in our own words")
    return 1


if __name__ == "__main__":
    sys.exit(main())
