#!/usr/bin/env python3
"""Writes fixtures/inputs/* from fixtures/inputs/plain/article.html (an
invented article): the same page as WARC (one record chunked and gzip
encoded), WARC.gz, MHTML (quoted-printable HTML, base64 image), a "Save Page
As" folder, a SingleFile page and legacy-charset pages. Run once; the
outputs are committed so the fuzzer and docs can use them."""
import base64, gzip, os, quopri, pathlib, zlib

root = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "inputs"
html = (root / "plain" / "article.html").read_text("utf-8")
url = "https://www.lakeside-courier.example/news/2026/03/harbour-ferry-returns"
image_url = "https://cdn.lakeside-courier.example/img/2026/ferry-dock.jpg"
# A tiny JPEG-looking blob (SOI marker, JFIF header, padding, EOI).
# (3 KB of filler: an inlined copy counts as a picture, not a placeholder.)
jpeg = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes((i * 13) & 0xFF for i in range(3000)) + bytes([0xFF, 0xD9])

def write(rel, data):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)

# WARC: warcinfo, request, response (plain), response (chunked + gzip), a
# JPEG response, a 301, and a second HTML page.
second = html.replace("Harbour ferry returns after winter repairs", "Island school gets a new roof").replace(
    "harbour-ferry-returns", "island-school-roof")
record_ids = iter(range(1, 1000))
def record(kind, target, block, content_type, extra=b""):
    head = (b"WARC/1.0\r\nWARC-Type: " + kind.encode() + b"\r\nWARC-Target-URI: " + target.encode() +
            b"\r\nWARC-Date: 2026-03-14T09:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + ("%08x" % next(record_ids)).encode() +
            b">\r\nContent-Type: " + content_type.encode() + b"\r\n" + extra +
            b"Content-Length: " + str(len(block)).encode() + b"\r\n\r\n")
    return head + block + b"\r\n\r\n"
def http(body, headers):
    return b"HTTP/1.1 200 OK\r\n" + b"".join(h.encode() + b"\r\n" for h in headers) + b"\r\n" + body
def chunked(data, size=700):
    out = b""
    for i in range(0, len(data), size):
        piece = data[i:i + size]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n\r\n"
gz = gzip.compress(second.encode("utf-8"), mtime=0)
records = [
    record("warcinfo", "", b"software: newsgrab fixture writer\r\nformat: WARC File Format 1.0\r\n", "application/warc-fields"),
    record("request", url, b"GET /news/2026/03/harbour-ferry-returns HTTP/1.1\r\nHost: www.lakeside-courier.example\r\n\r\n", "application/http; msgtype=request"),
    record("response", url, http(html.encode("utf-8"), ["Content-Type: text/html; charset=utf-8"]), "application/http; msgtype=response"),
    record("response", image_url, http(jpeg, ["Content-Type: image/jpeg"]), "application/http; msgtype=response"),
    record("response", "https://www.lakeside-courier.example/school", b"HTTP/1.1 301 Moved Permanently\r\nLocation: /news/2026/03/island-school-roof\r\nContent-Type: text/html\r\n\r\n<html><body>Moved</body></html>", "application/http; msgtype=response"),
    record("response", url.replace("harbour-ferry-returns", "island-school-roof"),
           http(chunked(gz), ["Content-Type: text/html; charset=UTF-8", "Transfer-Encoding: chunked", "Content-Encoding: gzip"]),
           "application/http; msgtype=response"),
]
write("warc/two-articles.warc", b"".join(records))
write("warc/two-articles.warc.gz", b"".join(gzip.compress(r, mtime=0) for r in records))

# MHTML as Chrome writes it.
boundary = "----MultipartBoundary--fixtureBoundary0123456789----"
qp = quopri.encodestring(html.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
b64 = base64.encodebytes(jpeg).decode("ascii").replace("\n", "\r\n")
mhtml = (
    "From: <Saved by Blink>\r\n"
    f"Snapshot-Content-Location: {url}\r\n"
    "Subject: Harbour ferry returns after winter repairs | The Lakeside Courier\r\n"
    "Date: Sat, 14 Mar 2026 10:15:00 +0100\r\n"
    "MIME-Version: 1.0\r\n"
    f"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{boundary}\"\r\n\r\n\r\n"
    f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-0@mhtml.blink>\r\n"
    f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n{qp}\r\n"
    f"--{boundary}\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
    f"Content-Location: {image_url}\r\n\r\n{b64}\r\n"
    f"--{boundary}--\r\n")
write("mhtml/article.mhtml", mhtml.encode("ascii"))

# "Save Page As": Chrome's mark of the web, references rewritten to the folder.
saved = f"<!-- saved from url=({len(url):04d}){url} -->\n" + html
saved = saved.replace(f'<img src="{image_url}"', '<img src="./Harbour ferry returns_files/ferry-dock.jpg"')
write("save-page-as/Harbour ferry returns.html", saved.encode("utf-8"))
write("save-page-as/Harbour ferry returns_files/ferry-dock.jpg", jpeg)

# SingleFile: its comment after <html>, the image inlined as a data: URI.
data_uri = "data:image/jpeg;base64," + base64.b64encode(jpeg).decode("ascii")
single = html.replace('<html lang="en">', '<html lang="en"><!--\n Page saved with SingleFile \n url: ' + url +
                      ' \n saved date: Sat Mar 14 2026 10:15:00 GMT+0100 (Central European Standard Time)\n-->', 1)
single = single.replace(f'<img src="{image_url}"', f'<img src="{data_uri}"')
write("singlefile/article.html", single.encode("utf-8"))

# Legacy charsets: a windows-1252 page, a Shift_JIS page, and a lying one
# (declares iso-8859-1, is UTF-8).
win = html.replace("Øberg", "Oberg").replace("Šimić", "Simic").replace('charset="utf-8"', 'charset="windows-1252"')
write("charsets/windows-1252.html", win.encode("cp1252"))
ja = """<!DOCTYPE html><html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>港の渡し船、冬の修理を終えて運航再開</title></head><body><article><h1>港の渡し船、冬の修理を終えて運航再開</h1>
<p>港の渡し船「ソルヴィンド」は金曜日の朝、乾ドックでの四か月にわたる修理を終え、今季最初の運航を行った。船体は塗り直され、より静かなプロペラが取り付けられた。</p>
<p>船長によると、横断にかかった時間は十一分で、昨年より二分短くなった。「とても滑らかに進むようになった」と船長は話した。</p>
<p>市は修理費として百二十万ユーロを支払った。車両甲板の下のさびが調査よりひどかったため、予定より約十五パーセント多くかかった。</p>
</article></body></html>
"""
write("charsets/shift_jis.html", ja.encode("shift_jis"))
write("charsets/lying-latin1-is-utf8.html", html.replace('charset="utf-8"', 'charset="iso-8859-1"').encode("utf-8"))
