"""A local HTTP server for the load and CLI tests, so no test touches the internet.

Imported by tests/test_load.py and tests/test_cli_errors.py (pytest puts tests/ on sys.path,
since tests/ is not a package). `serve()` starts a `ThreadingHTTPServer` on 127.0.0.1, port 0,
and yields its base URL; on exit every handler thread is released and joined and the socket closed.
"""

from __future__ import annotations

import base64
import gzip
import http.server
import socket
import threading
import urllib.error
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

RUSSIAN = (
    "Президент России Владимир Путин провёл первый телефонный разговор с избранным президентом "
    "США Дональдом Трампом. Стороны обсудили ситуацию в Сирии и договорились о совместной борьбе "
    "с международным терроризмом. По словам пресс-секретаря Кремля, беседа была конструктивной и "
    "деловой. Лидеры условились поддерживать контакты по телефону и выразили намерение "
    "встретиться лично."
)
"""A real paragraph, long enough for charset detection to tell cp1251 from its neighbours."""

ARTICLE_PARAGRAPHS = (
    "Dock workers at the northern harbour walked off the job on Tuesday morning after talks over a "
    "new pay agreement collapsed late on Monday night.",
    "The union said about 1,200 members joined the strike, which halted the loading of container "
    "ships and left dozens of lorries queuing outside the gates.",
    "The port authority said it regretted the action and remained ready to return to the "
    "negotiating table at any time, according to a statement.",
    "Union leaders said the offer of a three percent rise did not keep pace with inflation and "
    "that the strike would continue until Friday.",
)

ARTICLE_HTML = (
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour workers strike over pay - The Coastline Report</title>
<meta property="og:site_name" content="The Coastline Report">
<meta property="og:title" content="Harbour workers strike over pay">
<meta name="author" content="Jane Marlow">
<meta property="article:published_time" content="2023-03-14T08:30:00Z">
<style>.banner { color: red; } body { font-family: StyleSheetFontXyz; }</style>
<script>var trackingPixel = "ScriptPayloadQwerty"; console.log(trackingPixel);</script>
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">NavWorldSection</a></li>
<li><a href="/sport">NavSportSection</a></li></ul></nav>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your
CookieBannerExperience. Accept all cookies?</p><button>Accept</button></div>
<main>
<article>
<h1>Harbour workers strike over pay</h1>
"""
    + "\n".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    + """
<script>document.write("InlineScriptQwerty");</script>
</article>
</main>
<footer><p>Copyright 2023 The Coastline Report. All rights reserved.</p></footer>
</body>
</html>
"""
)
"""A news page: metadata in <head>, a nav, a cookie banner, scripts, styles and four paragraphs."""

CP1252_LINE = "Le café « Chez Zoë » a rouvert lundi — après l’incendie de février, a déclaré le gérant."
"""French with a dash and a curly apostrophe: bytes cp1252 has and ISO-8859-1 reads as controls."""

BIG_BODY = b"All work and no play makes a dull article.\n" * 100
"""4,300 bytes: larger than the small `max_bytes` the size-cap tests use."""

SLOW_SECONDS = 2.0
"""How long /slow keeps a client waiting at most (released early when the server stops)."""


SLOW_ASKED = threading.Event()
"""Set when a client asks for /slow: a test that interrupts a download waits for it, where a fixed
pause interrupted a child still loading on a busy machine."""

DRIP_INTERVAL = 0.05
"""Seconds between two bytes of /drip (for at most SLOW_SECONDS)."""


def free_port() -> int:
    """A port on 127.0.0.1 nothing listens on: bound, then closed again."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = False  # so server_close() joins every handler thread
    block_on_close = True

    def __init__(self, stop: threading.Event) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.stop = stop

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (the timeout tests) is expected: stay quiet."""


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """No request log on stderr."""

    def _send(self, code: int, ctype: str, body: bytes, *, length: bool = True) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _encoded(self, encoding: str, body: bytes) -> None:
        """A body sent with a Content-Encoding, as servers and CDNs do whatever the client accepts."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path
        if path == "/article.html":
            self._send(200, "text/html; charset=utf-8", ARTICLE_HTML.encode("utf-8"))
        elif path == "/no-site-name.html":  # no og:site_name: the page names no outlet
            page = ARTICLE_HTML.replace('<meta property="og:site_name" content="The Coastline Report">\n', "")
            self._send(200, "text/html; charset=utf-8", page.replace(" - The Coastline Report", "").encode())
        elif path == "/plain.txt":
            self._send(200, "text/plain; charset=windows-1251", RUSSIAN.encode("cp1251"))
        elif path == "/plain-no-charset.txt":
            self._send(200, "text/plain", RUSSIAN.encode("cp1251"))
        elif path == "/404":
            self._send(404, "text/html", b"<html><body>not here</body></html>")
        elif path == "/500":
            self._send(500, "text/html", b"<html><body>broken</body></html>")
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/redirect":
            self._redirect("/article.html")
        elif path == "/redirect-no-location":
            self.send_response(302)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/redirect-to-file":
            self._redirect("file:///etc/passwd")
        elif path.startswith("/echo/"):  # what reached the server, as it reached it
            self._send(200, "text/plain; charset=utf-8", f"Asked for {path}\n".encode())
        elif path == "/latin1-labelled":
            self._send(200, "text/plain; charset=iso-8859-1", CP1252_LINE.encode("cp1252"))
        elif path == "/gzip":
            self._encoded("gzip", gzip.compress(RUSSIAN.encode("utf-8")))
        elif path == "/deflate":
            self._encoded("deflate", zlib.compress(RUSSIAN.encode("utf-8")))
        elif path == "/gzip-members":  # two gzip members one after the other, as RFC 1952 allows
            half = len(RUSSIAN) // 2
            members = (RUSSIAN[:half], RUSSIAN[half:])
            self._encoded("gzip", b"".join(gzip.compress(member.encode()) for member in members))
        elif path == "/gzip-corrupt":
            self._encoded("gzip", b"this was never gzip")
        elif path == "/gzip-big":  # BIG_BODY is 4,300 bytes; compressed, a few dozen
            self._encoded("gzip", gzip.compress(BIG_BODY))
        elif path == "/brotli":
            self._encoded("br", b"\x0b\x02\x80Gone with the wind\x03")
        elif path == "/redirect-to-ftp":
            self._redirect(f"ftp://127.0.0.1:{free_port()}/article.txt")
        elif path == "/big":
            self._send(200, "text/plain", BIG_BODY)
        elif path == "/big-no-length":
            self._send(200, "text/plain", BIG_BODY, length=False)
            self.close_connection = True
        elif path == "/truncated":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "5000")
            self.end_headers()
            self.wfile.write(b"Only the first sentence of the article arrived.\n")
            self.close_connection = True
        elif path == "/image":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        elif path == "/escape-reason":
            self.send_response(404, "Not \x1b]0;pwned\x07Found \x1b[31mred\x1b[0m")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/not-http":
            self.wfile.write(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")
            self.close_connection = True
        elif path == "/private":
            if self.headers.get("Authorization") == "Basic " + base64.b64encode(b"me:s3cret").decode():
                self._send(200, "text/plain", b"Only subscribers read this article.\n")
            else:
                self._send(401, "text/html", b"<html><body>log in</body></html>")
        elif path == "/drip":  # a byte every DRIP_INTERVAL: each read is quick, the whole is not
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(round(SLOW_SECONDS / DRIP_INTERVAL)):
                if self.server.stop.wait(DRIP_INTERVAL):
                    break
                self.wfile.write(b".")
                self.wfile.flush()
            self.close_connection = True
        elif path == "/drip-headers":  # the headers never end: a header line every DRIP_INTERVAL
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(round(SLOW_SECONDS / DRIP_INTERVAL)):
                if self.server.stop.wait(DRIP_INTERVAL):
                    break
                self.wfile.write(b"X-Wait: a\r\n")
                self.wfile.flush()
            self.close_connection = True
        elif path == "/slow":
            SLOW_ASKED.set()
            self.server.stop.wait(SLOW_SECONDS)
            self._send(200, "text/plain", b"Too late for the reader.\n")
        else:
            self._send(404, "text/plain", b"unknown test path\n")


@contextmanager
def serve() -> Iterator[str]:
    """Run the test server; yields its base URL, e.g. http://127.0.0.1:43817."""
    stop = threading.Event()
    server = _Server(stop)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        stop.set()
        server.shutdown()
        thread.join()
        server.server_close()


def close_http_errors(exc: BaseException | None) -> None:
    """Close every urllib HTTPError chained to `exc`.

    newsdiff closes the HTTPError (which holds the response socket) before raising its SourceError
    (test_load.py's test_url_http_error_does_not_leak_its_socket); this keeps a test that holds
    on to an error from leaking a socket into a later test's ResourceWarning should that regress.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, urllib.error.HTTPError):
            exc.close()
        exc = exc.__cause__ or exc.__context__
