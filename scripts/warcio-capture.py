#!/usr/bin/env python3
"""Writes WARC files with warcio (PyPI), the Webrecorder library many crawlers
use, so newsgrab's WARC reader is checked against a writer that is not ours.
Run with the tools venv's python (scripts/install-deps.sh makes .venv-tools).

Usage: warcio-capture.py capture OUT.warc.gz URL [URL ...]
         fetches each URL through warcio's capture_http (request + response
         records, gzip per record, redirects recorded as their own responses)
       warcio-capture.py resource OUT.warc URI FILE [URI FILE ...]
         stores each FILE as a `resource` record for URI (uncompressed WARC)
"""
import io
import sys

from warcio.capture_http import capture_http  # must be imported before the HTTP client it patches
import urllib.request  # noqa: E402

from warcio.warcwriter import WARCWriter  # noqa: E402


def capture(out, urls):
    with capture_http(out):
        for url in urls:
            with urllib.request.urlopen(url) as response:
                response.read()


def resource(out, pairs):
    with open(out, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        for uri, path in zip(pairs[0::2], pairs[1::2]):
            with open(path, "rb") as page:
                data = page.read()
            record = writer.create_warc_record(
                uri, "resource", payload=io.BytesIO(data), length=len(data),
                warc_content_type="text/html; charset=utf-8")
            writer.write_record(record)


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "capture":
        capture(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) >= 5 and sys.argv[1] == "resource" and len(sys.argv[3:]) % 2 == 0:
        resource(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
