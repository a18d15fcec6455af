#!/usr/bin/env python3
"""Saves pages as MHTML with headless Chromium, the way a browser's "Save as
MHTML" does: DevTools `Page.captureSnapshot` over `--remote-debugging-pipe`
(fd 3 carries commands in, fd 4 replies out, each message JSON ended by NUL),
so no port is opened and no websocket library is needed.

Usage: chromium-mhtml.py CHROMIUM URL OUT.mhtml [URL OUT.mhtml ...]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

# Seconds one page may take to load and be captured before the run fails
# (a local page loads in well under a second; Chromium's start-up on a busy
# 2-core machine takes a few).
TIMEOUT = 60


class Pipe:
    def __init__(self, chromium, profile):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        # Chromium reads fd 3 and writes fd 4: move the pipe ends there (by
        # way of fresh copies, as either end may already sit on 3 or 4).
        def child():
            read_copy, write_copy = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(read_copy, 3)
            os.dup2(write_copy, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)
        self.process = subprocess.Popen(
            [chromium, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
             "--disable-dev-shm-usage", "--user-data-dir=" + profile, "about:blank"],
            preexec_fn=child, close_fds=False,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        return self.next_id

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None):
        wanted = self.send(method, params, session)
        while True:
            message = self.receive()
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message["result"]

    def wait_for(self, event, session):
        while True:
            message = self.receive()
            if message.get("method") == event and message.get("sessionId") == session:
                return message


def main():
    chromium, pairs = sys.argv[1], sys.argv[2:]
    if not pairs or len(pairs) % 2:
        sys.exit("usage: chromium-mhtml.py CHROMIUM URL OUT.mhtml [URL OUT.mhtml ...]")
    profile = tempfile.mkdtemp(prefix="newsgrab-chromium-")
    pipe = Pipe(chromium, profile)
    try:
        import signal
        signal.signal(signal.SIGALRM, lambda *_: sys.exit("chromium-mhtml: timed out"))
        for url, out in zip(pairs[0::2], pairs[1::2]):
            signal.alarm(TIMEOUT)
            target = pipe.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = pipe.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            pipe.call("Page.enable", session=session)
            pipe.send("Page.navigate", {"url": url}, session)
            pipe.wait_for("Page.loadEventFired", session)
            snapshot = pipe.call("Page.captureSnapshot", {"format": "mhtml"}, session)["data"]
            # The snapshot is text with CRLF line ends: write it byte for byte.
            with open(out, "w", encoding="utf-8", newline="") as handle:
                handle.write(snapshot)
            pipe.call("Target.closeTarget", {"targetId": target})
            signal.alarm(0)
        try:
            pipe.call("Browser.close")
        except RuntimeError:
            pass
    finally:
        try:
            pipe.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pipe.process.kill()
            pipe.process.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
