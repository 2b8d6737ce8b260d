"""Shared test helpers: real MkDocs builds in temp dirs and a local static server."""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import posixpath
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent


def mkdocs_build(
    config: Path, site_dir: Path, *, strict: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a real `mkdocs build` in a subprocess (as a user would) and return its result."""
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site_dir)]
    if strict:
        command.append("--strict")
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, env=full_env, check=False)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static files like a real host under `prefix`.

    Missing paths get the nearest 404.html (so /en/... gets /en/404.html, as the
    hosting guide's nginx example serves it), paths outside `prefix` a bare 404,
    and every response carries `extra_headers` (e.g. the security headers).
    """

    prefix = "/"
    extra_headers: ClassVar[dict[str, str]] = {}

    def log_message(self, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def _site_path(self) -> str | None:
        """The request path relative to the site root, or None outside the prefix."""
        path = urlsplit(self.path).path
        if self.prefix == "/":
            return path
        return "/" + path[len(self.prefix) :] if path.startswith(self.prefix) else None

    def send_head(self):  # type: ignore[no-untyped-def]
        if self.prefix != "/" and urlsplit(self.path).path == self.prefix.rstrip("/"):
            self.send_response(301)
            self.send_header("Location", self.prefix)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if self._site_path() is None:
            self.send_error(404)
            return None
        return super().send_head()

    def translate_path(self, path: str) -> str:
        if self.prefix != "/" and path.startswith(self.prefix):
            path = "/" + path[len(self.prefix) :]
        return super().translate_path(path)

    def _not_found_page(self) -> Path | None:
        site_path = self._site_path()
        if site_path is None:
            return None
        root = Path(self.directory)
        folder = posixpath.dirname(site_path if site_path.endswith("/") else site_path + "x")
        while True:
            candidate = root / folder.strip("/") / "404.html"
            if candidate.is_file():
                return candidate
            if folder in ("", "/"):
                return None
            folder = posixpath.dirname(folder.rstrip("/"))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        not_found = self._not_found_page() if code == 404 else None
        if not_found is not None:
            body = not_found.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@contextmanager
def serve(
    directory: Path, prefix: str = "/", headers: dict[str, str] | None = None, port: int = 0
) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 (`port`, 0: a free one) under `prefix`; yield the base URL."""
    handler_class = type(
        "Handler", (_QuietHandler,), {"prefix": prefix, "extra_headers": dict(headers or {})}
    )
    handler = functools.partial(handler_class, directory=str(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{prefix}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now, for a server whose URL a build needs in advance."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def head_alternates(html: str) -> dict[str, str]:
    """hreflang -> href of the <link rel="alternate"> tags in a page head."""
    pattern = r'<link rel="alternate" href="([^"]*)" hreflang="([^"]*)"'
    return {lang: href for href, lang in re.findall(pattern, html)}


NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").is_file() else None)


def nginx_available() -> str | None:
    """Path of Debian's nginx, or None. CI (.ci/run) installs it; a dev machine may not have it."""
    return NGINX


def nginx_config(workdir: Path, servers: str) -> Path:
    """A whole nginx.conf around `servers` (server blocks), runnable without root."""
    temp = workdir / "temp"
    temp.mkdir(parents=True, exist_ok=True)
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must read pytest's 0700 tmp dirs
    temps = "".join(
        f"    {kind}_temp_path {temp / kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    config = workdir / "nginx.conf"
    config.write_text(
        f"daemon off;\n{user}pid {workdir / 'nginx.pid'};\nerror_log stderr error;\n"
        "events {}\nhttp {\n    include /etc/nginx/mime.types;\n    access_log off;\n"
        f"{temps}{servers}}}\n",
        encoding="utf-8",
    )
    return config


def nginx_server(webroot: Path, port: int, snippet: str) -> str:
    """A server block on 127.0.0.1:port with `root webroot`, holding a site's snippet."""
    body = "".join(f"        {line}\n" if line else "\n" for line in snippet.splitlines())
    return (
        f"    server {{\n        listen 127.0.0.1:{port};\n        root {webroot};\n{body}    }}\n"
    )


def nginx_test(config: Path) -> subprocess.CompletedProcess[str]:
    """`nginx -t` on a config: syntax and directive check, as an admin would run it."""
    assert NGINX, "nginx is not installed"
    command = [NGINX, "-t", "-p", str(config.parent), "-c", str(config)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@contextmanager
def serve_nginx(config: Path, port: int) -> Iterator[None]:
    """Run nginx on `config` until the block ends; fail clearly when it does not start."""
    assert NGINX, "nginx is not installed"
    process = subprocess.Popen(
        [NGINX, "-p", str(config.parent), "-c", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(200):
            if process.poll() is not None:
                raise AssertionError(
                    f"nginx exited: {process.stderr.read() if process.stderr else ''}"
                )
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        else:
            raise AssertionError(f"nginx did not listen on 127.0.0.1:{port}")
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)
