#!/usr/bin/env python3
"""Times peer extractors on the same pages as newsgrab-bench, single-threaded.

Usage: bench_peers.py [--rounds N] [--json FILE] PAGE_DIR...
Prints pages/s per tool (median of N rounds over pages held in memory).
"""
import argparse
import json
import os
import statistics
import sys
import time


def load_pages(directories):
    pages = []
    for directory in directories:
        for root, _, files in os.walk(directory):
            for name in sorted(files):
                if name.lower().endswith((".html", ".htm")):
                    with open(os.path.join(root, name), "rb") as handle:
                        pages.append(handle.read())
    return pages


def trafilatura_tool():
    import trafilatura

    def run(page):
        trafilatura.bare_extraction(page, with_metadata=True)

    return "trafilatura " + trafilatura.__version__, run


def resiliparse_tool():
    import resiliparse
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    def run(page):
        tree = HTMLTree.parse_from_bytes(page, detect_encoding(page))
        extract_plain_text(tree, main_content=True)

    version = getattr(resiliparse, "__version__", "2")
    return "resiliparse " + str(version), run


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json")
    parser.add_argument("directories", nargs="+")
    args = parser.parse_args()
    pages = load_pages(args.directories)
    if not pages:
        sys.exit("bench_peers: no pages found")
    results = []
    for make in (resiliparse_tool, trafilatura_tool):
        name, run = make()
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            for page in pages:
                try:
                    run(page)
                except Exception:  # a peer failing on a page still spent the time
                    pass
            times.append(time.perf_counter() - start)
        seconds = statistics.median(times)
        results.append({"name": name, "pages": len(pages), "seconds": seconds, "pagesPerSecond": len(pages) / seconds})
        print(f"{name:<40} {len(pages) / seconds:10.1f} pages/s", flush=True)
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(results, handle, indent=2, sort_keys=True)


if __name__ == "__main__":
    main()
