#!/usr/bin/env python3
"""Writes N synthetic news pages for the archive benchmarks, reproducibly.

Paragraphs are drawn from the corpora's body truth and recombined with a
fixed random seed, so the same N always gives the same pages. Output goes to
bench/work/ (ignored by git): the corpus text is never committed.

Usage: make_bench_pages.py CORPORA_DIR OUT_DIR N [--seed S] [--first K] [--queries FILE]
(--first K numbers the pages from K: story URLs no other set of that size uses.)
"""
import argparse
import html
import json
import os
import random
import re


def paragraphs_from(corpora):
    pool = []
    for corpus in sorted(os.listdir(corpora)):
        truth = os.path.join(corpora, corpus, "truth.jsonl")
        if not os.path.exists(truth):
            continue
        with open(truth, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                for paragraph in record.get("body", "").split("\n\n"):
                    paragraph = " ".join(paragraph.split())
                    if 80 <= len(paragraph) <= 1200 and re.search(r"[A-Za-z]{4}", paragraph):
                        pool.append(paragraph)
    return pool


SOURCES = ["Harbour Times", "Valley Courier", "Metro Ledger", "Northern Review", "Coastal Post",
           "Daily Meridian", "Continental Wire", "Lakeside Herald", "Fieldnotes", "Borough News"]
FIRST = ["Anna", "Ben", "Carla", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jon", "Kira", "Luis",
         "Maya", "Nils", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tara"]
LAST = ["Adler", "Brooks", "Costa", "Diaz", "Evans", "Fischer", "Garcia", "Hale", "Ito", "Jensen",
        "Khan", "Lopez", "Moreau", "Novak", "Okafor", "Price", "Quist", "Rossi", "Sato", "Tan"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpora")
    parser.add_argument("out")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--first", type=int, default=0, help="number of the first page (its URL and file name)")
    parser.add_argument("--queries", help="also write 200 realistic queries (JSON lines) here")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = paragraphs_from(args.corpora)
    if not pool:
        raise SystemExit("make_bench_pages: no body truth found under " + args.corpora)
    words = [w for p in pool[:3000] for w in re.findall(r"[A-Za-z]{5,}", p)]
    os.makedirs(args.out, exist_ok=True)
    for n in range(args.count):
        body = rng.sample(pool, rng.randint(4, 12))
        headline = " ".join(rng.choice(words) for _ in range(rng.randint(5, 10))).capitalize()
        source = rng.choice(SOURCES)
        authors = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.randint(1, 2))]
        date = f"{rng.randint(2012, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z"
        slug = f"{args.first + n:06d}"
        page = [
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
            f"<title>{html.escape(headline)} | {source}</title>",
            f"<link rel=\"canonical\" href=\"https://bench-{SOURCES.index(source)}.example/story/{slug}\">",
            f"<meta property=\"og:site_name\" content=\"{source}\">",
            f"<meta property=\"article:published_time\" content=\"{date}\">",
            f"<meta name=\"author\" content=\"{html.escape(', '.join(authors))}\">",
            "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>",
            f"<h1>{html.escape(headline)}</h1><p class=\"byline\">By {html.escape(' and '.join(authors))}</p>",
        ]
        page += [f"<p>{html.escape(p)}</p>" for p in body]
        page.append("</article><footer>Bench page</footer></body></html>")
        shard = os.path.join(args.out, slug[:3])
        os.makedirs(shard, exist_ok=True)
        with open(os.path.join(shard, slug + ".html"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(page))
    if args.queries:
        with open(args.queries, "w", encoding="utf-8") as handle:
            common = [w.lower() for w in words]
            for q in range(200):
                kind = q % 6
                if kind == 0:
                    query = {"query": rng.choice(common)}
                elif kind == 1:
                    query = {"query": f"{rng.choice(common)} {rng.choice(common)}"}
                elif kind == 2:
                    query = {"query": f"{rng.choice(common)} {rng.choice(common)} {rng.choice(common)}"}
                elif kind == 3:
                    text = re.findall(r"[A-Za-z]+", rng.choice(pool))
                    start = rng.randrange(max(1, len(text) - 2))
                    query = {"query": '"' + " ".join(text[start:start + 2]) + '"'}
                elif kind == 4:
                    query = {"query": rng.choice(common)[:4] + "*"}
                else:
                    query = {"query": rng.choice(common), "source": rng.choice(SOURCES), "since": "2018-01-01"}
                handle.write(json.dumps(query) + "\n")


if __name__ == "__main__":
    main()
