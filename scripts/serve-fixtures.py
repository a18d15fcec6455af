#!/usr/bin/env python3
"""Serves fixtures/pages/<slug>/source.html on 127.0.0.1, for the tests that feed
newsgrab's readers with files made by real tools (scripts/make-real-inputs.sh).

Usage: serve-fixtures.py PAGES_DIR [PORT_FILE]
Listens on a free port (port 0) and writes the port, once bound, to PORT_FILE
(or stdout). Routes:
  /news/<slug>.html   the page as written, text/html; charset=utf-8
  /gz/<slug>.html     the same bytes with Content-Encoding: gzip (as many servers send)
  /moved/<slug>       301 to /news/<slug>.html (a redirect hop, as curl -L and wget follow)
Anything else is 404. Stops on SIGTERM/SIGINT.
"""
import gzip
import http.server
import os
import signal
import sys

PAGES = os.path.abspath(sys.argv[1])
# A fixed date so captures are reproducible where a tool copies it.
LAST_MODIFIED = "Sat, 14 Mar 2026 09:00:00 GMT"


def page_bytes(slug):
    if "/" in slug or slug.startswith("."):
        return None
    path = os.path.join(PAGES, slug, "source.html")
    if not os.path.isfile(path):
        return None
    with open(path, "rb") as handle:
        return handle.read()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet: the caller's output stays readable
        pass

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        parts = path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "moved" and page_bytes(parts[1]) is not None:
            self.send_response(301)
            self.send_header("Location", "/news/%s.html" % parts[1])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if len(parts) == 2 and parts[0] in ("news", "gz") and parts[1].endswith(".html"):
            body = page_bytes(parts[1][: -len(".html")])
            if body is not None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Last-Modified", LAST_MODIFIED)
                if parts[0] == "gz":
                    body = gzip.compress(body, mtime=0)
                    self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
        body = b"not found\n"
        self.send_response(404)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # A parent may start this with SIGTERM blocked (the mask is inherited):
    # unblock it, or `kill` would never stop the server.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    port = str(server.server_address[1])
    if len(sys.argv) > 2:
        with open(sys.argv[2] + ".tmp", "w") as handle:
            handle.write(port + "\n")
        os.rename(sys.argv[2] + ".tmp", sys.argv[2])
    else:
        print(port, flush=True)
    try:
        server.serve_forever()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
