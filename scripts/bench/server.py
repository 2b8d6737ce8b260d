"""Local static servers that compress like a real host.

Page weight means bytes on the wire, so the server must gzip the way a static host does
(GitHub Pages, Netlify and most nginx setups gzip HTML, CSS, JS, JSON, SVG and XML).
``nginx`` is Debian's nginx with ``gzip_comp_level 6`` (the setup installs it); ``python``
is a small stand-in with the same rules for the smoke test, where nginx may be missing.
Both listen on 127.0.0.1 only and serve ``404.html`` for missing paths.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

GZIP_LEVEL = 6
GZIP_MIN_LENGTH = 256
GZIP_TYPES = (
    "text/html",
    "text/css",
    "text/plain",
    "text/xml",
    "application/javascript",
    "text/javascript",
    "application/json",
    "application/xml",
    "application/manifest+json",
    "image/svg+xml",
)

NGINX_CONF = """\
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 256; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path {tmp}/client_body;
  proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fastcgi;
  uwsgi_temp_path {tmp}/uwsgi;
  scgi_temp_path {tmp}/scgi;
  gzip on;
  gzip_comp_level {level};
  gzip_min_length {min_length};
  gzip_vary on;
  gzip_types {types};
  server {{
    listen 127.0.0.1:{port};
    root {root};
{location}
  }}
}}
"""
DEFAULT_LOCATION = """\
index index.html;
error_page 404 /404.html;
location / { try_files $uri $uri/ =404; }
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, process: subprocess.Popen | None = None, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with code {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


def nginx_version() -> str | None:
    nginx = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if not nginx:
        return None
    result = subprocess.run([nginx, "-v"], capture_output=True, text=True, check=False)
    return (result.stderr or result.stdout).strip().removeprefix("nginx version: ")


@contextmanager
def nginx(root: Path, port: int, location: str | None = None) -> Iterator[str]:
    """Debian's nginx serving `root` with gzip; stopped (only this process) on exit.

    `location` is the nginx config inside the server block (default: static files and
    404.html), e.g. the deploy snippet of ``sosialisasi deploy``."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        raise RuntimeError(
            "nginx is missing: run scripts/bench/setup.sh (apt-get install nginx-light)"
        )
    with tempfile.TemporaryDirectory(prefix="bench-nginx-") as tmp:
        conf = Path(tmp) / "nginx.conf"
        conf.write_text(
            NGINX_CONF.format(
                tmp=tmp,
                port=port,
                root=root.resolve(),
                level=GZIP_LEVEL,
                min_length=GZIP_MIN_LENGTH,
                types=" ".join(t for t in GZIP_TYPES if t != "text/html"),  # html is implied
                location="\n".join(
                    "    " + line if line else line
                    for line in (location or DEFAULT_LOCATION).splitlines()
                ),
            ),
            "utf-8",
        )
        process = subprocess.Popen(
            [binary, "-p", tmp, "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            try:
                _wait_for_port(port, process)
            except RuntimeError as error:
                log = Path(tmp) / "error.log"
                problems = log.read_text("utf-8", errors="replace") if log.exists() else ""
                stderr = process.stderr.read().decode() if process.poll() is not None else ""
                raise RuntimeError(f"nginx did not start: {error}\n{stderr}{problems}") from None
            yield f"http://127.0.0.1:{port}/"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip for text types when the client accepts it, 404.html."""

    def log_message(self, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the stock 301 to the slash URL
            path = path / "index.html"
        status = 200
        if not path.is_file():
            status, path = 404, Path(self.directory) / "404.html"
            if not path.is_file():
                self.send_error(404)
                return None
        body = path.read_bytes()
        ctype = self.guess_type(str(path))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        base_type = ctype.split(";")[0].strip()
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if base_type in GZIP_TYPES:
            self.send_header("Vary", "Accept-Encoding")
            if accepts and len(body) >= GZIP_MIN_LENGTH:
                body = gzip.compress(body, compresslevel=GZIP_LEVEL)
                self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def python_gzip(root: Path, port: int) -> Iterator[str]:
    handler = functools.partial(_GzipHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def serve(kind: str, root: Path, port: int, location: str | None = None):
    """A context manager serving `root` on `port` with the named server (`location`: nginx
    config for the site, ignored by the Python stand-in)."""
    if kind == "nginx":
        return nginx(root, port, location)
    if kind == "python":
        return python_gzip(root, port)
    raise ValueError(f"unknown server {kind!r}: use nginx or python")


def describe(kind: str) -> str:
    if kind == "nginx":
        return (
            f"{nginx_version() or 'nginx'} with the location block of `sosialisasi deploy` "
            f"(gzip, security headers, caching) and gzip_comp_level {GZIP_LEVEL}"
        )
    return f"Python http.server with gzip level {GZIP_LEVEL} for text types (smoke-test stand-in)"
