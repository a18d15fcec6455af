#!/usr/bin/env python3
"""Copies corpora with their structured metadata removed, as older and smaller
sites publish pages: no JSON-LD, no OpenGraph/Twitter/article: meta tags, no
meta tags naming a date or an author. What a page shows (its <title>, headings,
bylines, <time> elements, microdata, meta description) stays.

    python3 scripts/strip-metadata.py ../shared/corpora /tmp/bare
    newsgrab eval /tmp/bare/*/          # scores from the visible page alone

Each CORPUS/pages/* file is rewritten byte for byte except the removed tags
(bytes, not text: pages with lying charsets stay as they were); truth.jsonl
is copied unchanged. Used by the bare-page quality floors (QualityFloorTests).
"""
import gzip
import os
import re
import shutil
import sys

LINKED_DATA = re.compile(rb"<script\b[^>]*application/ld\+json[^>]*>.*?</script\s*>", re.S | re.I)
# Meta keys that are structured data about the article rather than what a reader sees.
META_KEYS = (
    rb"og:|twitter:|article:|dc\.|dcterms\.|sailthru\.|parsely-|cxenseparse:|citation_|"
    rb"datepublished|datemodified|pubdate|publishdate|publish-date|publish_date|date|author|byl|"
    rb"lastmod|last-modified|timestamp"
)
META = re.compile(
    rb"<meta\b[^>]*?\b(?:property|name|itemprop)\s*=\s*[\"']?(?:" + META_KEYS + rb")[^>]*>", re.I
)


def strip(page: bytes) -> bytes:
    return META.sub(b"", LINKED_DATA.sub(b"", page))


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: strip-metadata.py CORPORA OUT", file=sys.stderr)
        return 2
    source, target = sys.argv[1], sys.argv[2]
    corpora = sorted(c for c in os.listdir(source) if os.path.isdir(os.path.join(source, c, "pages")))
    if not corpora:
        print(f"strip-metadata: no CORPUS/pages folder in {source}", file=sys.stderr)
        return 1
    for corpus in corpora:
        pages = os.path.join(target, corpus, "pages")
        os.makedirs(pages, exist_ok=True)
        shutil.copy(os.path.join(source, corpus, "truth.jsonl"), os.path.join(target, corpus, "truth.jsonl"))
        for name in sorted(os.listdir(os.path.join(source, corpus, "pages"))):
            with open(os.path.join(source, corpus, "pages", name), "rb") as file:
                data = file.read()
            if name.endswith(".gz"):
                data, name = gzip.decompress(data), name[: -len(".gz")]
            with open(os.path.join(pages, name), "wb") as file:
                file.write(strip(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
