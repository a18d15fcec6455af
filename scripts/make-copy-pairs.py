#!/usr/bin/env python3
"""Builds the labelled set of copy pairs that CopyPairsTests scores.

Usage: make-copy-pairs.py --corpora ../shared/corpora [--fixtures fixtures/pages] --out pairs.jsonl

Built at test time from the bodies in each corpus's truth.jsonl and in the
project's own fixtures (expected.json); the output is never committed (third-
party text). One JSON object a line: {"a", "b", "same", "kind"}.

Same story ("same": true):
  cut        the last paragraph cut (or the last tenth of the words)
  added      a local paragraph added at the end (taken from an unrelated body)
  reworded   one word in forty replaced
  correction a correction note on top and one word changed
  wire       another outlet's template leftovers: a dateline, a credit line, a "read more" line
Different stories ("same": false):
  topic      the body sharing the most keywords with this one (same event or topic)
  quoted     a new story (another body) quoting this body's first paragraph
Bodies under MIN_WORDS words are left out: the copy finder does not group them by design. So are
placeholder texts (lorem ipsum: the readability test pages share one), and a "topic" partner is never
the same page as found in another corpus (newspaper and newspaper4k share pages; fundus has -v1/-v2
snapshots of one article): those are the same story, not a different one.
"""
import argparse
import json
import os
import random
import re

MIN_WORDS = 60  # a little over CopySignature.minimumWords, so every pair is signable
WORD = re.compile(r"\w+", re.UNICODE)
STOP = set("""the a an and or of to in on for with at by from as is was are were be been it its that this
these those he she they we you i his her their our not but has have had will would can could said says
who which what when where than then there also after before over more most about into up out new one two
der die das und den dem des ein eine ist im zu mit von auf für nicht sich le la les et des du un une est
el los las y en que por con para""".split())


def words(text):
    return WORD.findall(text)


def paragraphs(body):
    parts = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    if len(parts) >= 3:
        return parts
    sentences = re.split(r"(?<=[.!?])\s+", body.strip())
    if len(sentences) < 3:
        return parts
    size = max(1, len(sentences) // 5)
    return [" ".join(sentences[i:i + size]) for i in range(0, len(sentences), size)]


def keywords(body):
    return {w.lower() for w in words(body) if len(w) > 3 and w.lower() not in STOP and not w.isdigit()}


def load_bodies(corpora, fixtures):
    bodies = []
    for name in sorted(os.listdir(corpora)):
        truth = os.path.join(corpora, name, "truth.jsonl")
        if not os.path.isfile(truth):
            continue
        with open(truth, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                body = record.get("body")
                if body:
                    bodies.append((name + "/" + record["id"], body))
    if fixtures and os.path.isdir(fixtures):
        for slug in sorted(os.listdir(fixtures)):
            path = os.path.join(fixtures, slug, "expected.json")
            if os.path.isfile(path):
                with open(path, encoding="utf-8") as handle:
                    body = json.load(handle).get("body")
                if body:
                    bodies.append(("fixtures/" + slug, body))
    # Exact duplicates (one page in two corpora) would be "different" pairs that are the same.
    seen, unique = set(), []
    for key, body in bodies:
        norm = " ".join(words(body.lower()))
        if len(words(body)) >= MIN_WORDS and norm not in seen and "lorem ipsum" not in norm:
            seen.add(norm)
            unique.append((key, body))
    return unique


def page_stem(key):
    """The page a body comes from, whatever the corpus or snapshot: `cleveland.com1`, `de-taz`."""
    return re.sub(r"-v\d+$", "", key.split("/", 1)[1])


def reword(body, rng, every):
    tokens = re.split(r"(\s+)", body)
    indices = [i for i, t in enumerate(tokens) if t and not t.isspace()]
    for i in rng.sample(indices, min(len(indices), max(1, len(indices) // every))):
        tokens[i] = rng.choice(["however", "reportedly", "officials", "several", "recently", "local"])
    return "".join(tokens)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpora", required=True)
    parser.add_argument("--fixtures")
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    bodies = load_bodies(args.corpora, args.fixtures)
    keys = [keywords(b) for _, b in bodies]
    pairs = []

    def add(a, b, same, kind, key):
        pairs.append({"a": a, "b": b, "same": same, "kind": kind, "key": key})

    for index, (key, body) in enumerate(bodies):
        paras = paragraphs(body)
        other = bodies[(index * 7 + 3) % len(bodies)][1]
        if other == body:
            other = bodies[(index + 1) % len(bodies)][1]
        other_paras = paragraphs(other) or [other]
        # Same story.
        if len(paras) >= 4:
            add(body, "\n\n".join(paras[:-1]), True, "cut", key)
        else:
            tokens = body.split()
            add(body, " ".join(tokens[: len(tokens) * 9 // 10]), True, "cut", key)
        local = " ".join(min(other_paras, key=len).split()[:40])
        add(body, body + "\n\n" + local, True, "added", key)
        add(body, reword(body, rng, 40), True, "reworded", key)
        add(body, "Correction: an earlier version of this story gave a wrong date.\n\n" + reword(body, rng, 400),
            True, "correction", key)
        add(body, "WASHINGTON (Wire) — " + body + "\n\nReporting by staff; editing by the desk.\n\nRead more stories",
            True, "wire", key)
        # Different stories on the same topic: the body sharing most keywords.
        best, best_score = None, 0.0
        for j, other_keys in enumerate(keys):
            if j == index or not keys[index] or not other_keys or page_stem(bodies[j][0]) == page_stem(key):
                continue
            score = len(keys[index] & other_keys) / len(keys[index] | other_keys)
            if score > best_score:
                best, best_score = j, score
        if best is not None:
            add(body, bodies[best][1], False, "topic", key)
        # A follow-up quoting the opening (at most a quarter of the first story).
        quote = " ".join(paras[0].split()[: max(15, len(body.split()) // 4)]) if paras else ""
        follow = bodies[(index * 13 + 5) % len(bodies)][1]
        if follow != body and quote:
            fparas = paragraphs(follow) or [follow]
            middle = max(1, len(fparas) // 2)
            quoted = "\n\n".join(fparas[:middle] + ["As first reported: \"" + quote + "\""] + fparas[middle:])
            add(body, quoted, False, "quoted", key)
    with open(args.out, "w", encoding="utf-8") as handle:
        for pair in pairs:
            handle.write(json.dumps(pair, ensure_ascii=False) + "\n")
    print(f"{len(pairs)} pairs from {len(bodies)} bodies")


if __name__ == "__main__":
    main()
