#!/usr/bin/env python3
"""Test server for tests/fetch/run.sh: serves articles, redirects, slow, huge,
broken and oEmbed answers on a loopback address, and counts the requests it
gets so that the tests can assert that a refused URL sent nothing.

usage: server.py BIND_ADDR PORTFILE [REDIRECT_TARGET]
Writes the chosen port to PORTFILE. Stops by itself after 300 seconds.
"""
import gzip
import http.server
import json
import socket
import socketserver
import struct
import sys
import threading
import time
import urllib.parse

BIND = sys.argv[1]
PORTFILE = sys.argv[2]
PRIVATE_TARGET = sys.argv[3] if len(sys.argv) > 3 else "http://10.0.0.1/article"
LIFETIME = 300

POSTS = {
    # status id -> live text served by the oEmbed endpoint
    "111": "Five warships left Qingdao this morning for joint drills in the Sea of Japan",
    "222": "Seven warships left Qingdao this morning for joint drills in the Sea of Japan",
    "444": "Helicopters took off from the carrier at dawn &amp; headed north",
}
ARTICLE_COPY = {
    "111": "Five warships left Qingdao this morning for joint drills in the Sea of Japan",
    "222": "Five warships left Qingdao this morning for joint drills in the Sea of Japan",
    "333": "Four helicopters departed from the port this morning",
    "444": "Helicopters took off from the carrier at dawn & headed north",
}

count_lock = threading.Lock()
counts = {"total": 0}
tries = {}


def embed(sid):
    return ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">%s</p>'
            '&mdash; Fleet Watch (@fleetwatch) '
            '<a href="https://twitter.com/fleetwatch/status/%s">July 17, 2023</a>'
            '</blockquote>\n' % (ARTICLE_COPY[sid].replace("&", "&amp;"), sid))


def article(ids=("111",), title="Drills at sea"):
    body = "".join("<p>The ministry said the drills went on as planned.</p>\n" + embed(i)
                   for i in ids)
    return ("<!DOCTYPE html><html><head><title>%s</title></head><body><article>"
            "<h1>%s</h1><p>By Staff Writer</p>\n%s"
            "<p>Officials declined to comment further on Sunday.</p></article></body></html>"
            % (title, title, body)).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        path, query = url.path, urllib.parse.parse_qs(url.query)
        if path == "/__count":
            with count_lock:
                return self.send(200, str(counts["total"]).encode(), "text/plain")
        with count_lock:
            counts["total"] += 1
            counts[path] = counts.get(path, 0) + 1
        port = self.server.server_address[1]
        if path == "/article":
            return self.send(200, article())
        if path == "/article-all":
            return self.send(200, article(("111", "222", "333")))
        if path == "/article-retry":
            return self.send(200, article(("444",)))
        if path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            if n <= 0:
                return self.send(200, article())
            return self.send(302, headers=[("Location", "/redirect/%d" % (n - 1))])
        if path == "/to-loopback":
            return self.send(302, headers=[("Location", "http://127.0.0.1:%d/article" % port)])
        if path == "/to-private":
            return self.send(302, headers=[("Location", PRIVATE_TARGET)])
        if path == "/to-file":
            return self.send(302, headers=[("Location", "file:///etc/passwd")])
        if path == "/slow":
            time.sleep(4)
            return self.send(200, article())
        if path == "/never":
            time.sleep(20)
            return self.close_connection
        if path == "/big":
            size = 30 * 1024 * 1024
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            chunk = b"<p>" + b"x" * 65529 + b"</p>\n"
            try:
                for _ in range(size // len(chunk)):
                    self.wfile.write(chunk)
            except OSError:
                pass
            return
        if path == "/big-unsized":  # no Content-Length: the cap must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"y" * 65529 + b"</p>\n"
            try:
                for _ in range(30 * 16):
                    self.wfile.write(chunk)
            except OSError:
                pass
            self.close_connection = True
            return
        if path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            end = time.time() + 30
            try:
                while time.time() < end:
                    self.wfile.write(b"<p>more</p>\n" * 100)
                    time.sleep(0.01)
            except OSError:
                pass
            self.close_connection = True
            return
        if path == "/latin1":
            body = ("<html><head><title>Caf\u00e9 3 \u20ac \u2013 na\u00efve</title></head>"
                    "<body><p>Le caf\u00e9 "
                    "co\u00fbte 3 \u20ac \u2013 na\u00efve.</p></body></html>")
            return self.send(200, body.encode("cp1252"), "text/html; charset=ISO-8859-1")
        if path == "/latin1-meta":  # the page's own charset wins over the header
            body = ('<html><head><meta charset="utf-8"><title>Caf\u00e9 cr\u00e8me</title></head><body>'
                    "<p>Caf\u00e9 cr\u00e8me</p></body></html>")
            return self.send(200, body.encode("utf-8"), "text/html; charset=iso-8859-1")
        if path == "/koi8":
            return self.send(200, "<p>\u043f\u0440\u0438\u0432\u0435\u0442</p>".encode("koi8-r"),
                             "text/html; charset=koi8-r")
        if path == "/gzip":
            if "gzip" not in self.headers.get("Accept-Encoding", ""):
                return self.send(406, b"want gzip", "text/plain")
            return self.send(200, gzip.compress(article(title="Compressed drills")),
                             headers=[("Content-Encoding", "gzip")])
        if path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[1])
            return self.send(code, b"<p>error page</p>")
        if path == "/image":
            return self.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        if path == "/reset":
            linger = struct.pack("ii", 1, 0)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
            self.connection.close()
            self.close_connection = True
            return
        if path == "/cached":
            return self.send(200, article(title="Cached drills"),
                             headers=[("Cache-Control", "public, max-age=600")])
        if path == "/agent":
            agent = self.headers.get("User-Agent", "").replace("<", "")
            return self.send(200, ("<html><head><title>%s</title></head><body><p>agent</p>"
                                   "</body></html>" % agent).encode())
        if path == "/oembed":
            post = query.get("url", [""])[0]
            sid = post.rstrip("/").rsplit("/", 1)[-1]
            if sid == "333":
                return self.send(404, b'{"error":"gone"}', "application/json")
            if sid == "444":
                tries[sid] = tries.get(sid, 0) + 1
                if tries[sid] == 1:
                    return self.send(429, b"slow down", "text/plain",
                                     headers=[("Retry-After", "1")])
            if sid not in POSTS:
                return self.send(404, b"{}", "application/json")
            html = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">%s '
                    '<a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Fleet '
                    'Watch (@fleetwatch) <a href="%s">July 17, 2023</a></blockquote>'
                    % (POSTS[sid], post))
            return self.send(200, json.dumps({"version": "1.0", "type": "rich",
                                              "author_name": "Fleet Watch",
                                              "html": html}).encode(), "application/json")
        return self.send(404, b"<p>not found</p>")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    address_family = socket.AF_INET6 if ":" in BIND else socket.AF_INET


def main():
    srv = Server((BIND, 0), Handler)
    with open(PORTFILE + ".tmp", "w") as f:
        f.write(str(srv.server_address[1]))
    import os
    os.rename(PORTFILE + ".tmp", PORTFILE)
    threading.Timer(LIFETIME, srv.shutdown).start()
    srv.serve_forever()


if __name__ == "__main__":
    main()
