"""The ``extra.editor`` block of a site's mkdocs.yml: which Git host the editor commits to.

Set in ``extra`` (merged by MkDocs' INHERIT) so a region never copies the base
``plugins:`` list. Without the block no /admin/ is built: the national site opts in
by adding one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

BACKENDS = ("github", "gitlab")
REPO = re.compile(r"^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)+$")
BRANCH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")
FOLDER = re.compile(r"^[a-z0-9][a-z0-9_-]*(?:/[a-z0-9][a-z0-9_-]*)*$")
KNOWN = (
    "backend",
    "repo",
    "branch",
    "base_url",
    "api_root",
    "auth_endpoint",
    "app_id",
    "pages_folder",
    "local_port",
)


class SettingsError(ValueError):
    """``extra.editor`` cannot be used; the message names the key and the fix."""


@dataclass(frozen=True)
class EditorSettings:
    backend: str = "github"
    repo: str = ""  # owner/name (GitLab: group/subgroup/name); empty: local editing only
    branch: str = "main"
    base_url: str = ""  # GitHub: the OAuth proxy; GitLab: the server (https://gitlab.example.go.id)
    api_root: str = ""  # GitLab self-hosted: https://gitlab.example.go.id/api/v4
    auth_endpoint: str = ""  # the proxy's path when it is not "auth"
    app_id: str = ""  # GitLab: the OAuth application's id (PKCE, no secret)
    pages_folder: str = "daerah"  # the region's own pages, under its content/ folder
    local_port: int = 8081  # decap-server on this computer (make edit)

    @property
    def git_origins(self) -> tuple[str, ...]:
        """The only hosts /admin/ may talk to besides itself (its CSP connect-src)."""
        if self.backend == "gitlab":
            api = self.api_root or (
                f"{self.base_url.rstrip('/')}/api/v4" if self.base_url else "https://gitlab.com"
            )
            origins = [_origin(api)]
            if self.base_url:
                origins.append(_origin(self.base_url))
        else:
            origins = ["https://api.github.com"]
            if self.api_root:
                origins = [_origin(self.api_root)]
        return tuple(dict.fromkeys(origins))

    @property
    def image_origins(self) -> tuple[str, ...]:
        """Avatars of the signed-in user, served by the Git host itself."""
        if self.backend == "github" and not self.api_root:
            return ("https://avatars.githubusercontent.com",)
        return self.git_origins


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


# A host, an optional port and a plain path: nothing an nginx header or a CSP could read
# as syntax (quotes, ';', '$' variables, braces, spaces).
HTTPS_URL = re.compile(r"^https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~/-]*)?$")


def _https(value: str, key: str) -> str:
    if not HTTPS_URL.match(value):
        raise SettingsError(
            f"extra.editor.{key}: '{value}' must be a full https:// address "
            "(e.g. https://gitlab.example.go.id)"
        )
    return value.rstrip("/")


def parse_settings(raw: Any) -> EditorSettings | None:
    """Typed settings from ``extra.editor``; None when the site has no editor."""
    if raw is None or raw is False:
        return None
    if raw is True:
        raw = {}
    if not isinstance(raw, dict):
        raise SettingsError(
            "extra.editor must be a mapping (backend:, repo:, branch:) or true; "
            "see the guide 'Mengedit di peramban'"
        )
    unknown = [str(k) for k in raw if str(k) not in KNOWN]
    if unknown:
        raise SettingsError(
            f"extra.editor: unknown key(s) {', '.join(unknown)}; known: {', '.join(KNOWN)}"
        )
    text = {k: str(v).strip() for k, v in raw.items() if v is not None and k != "local_port"}
    backend = text.get("backend", "github").lower()
    if backend not in BACKENDS:
        raise SettingsError(f"extra.editor.backend: '{backend}' is not one of github, gitlab")
    repo = text.get("repo", "")
    if repo and not REPO.match(repo):
        raise SettingsError(
            f"extra.editor.repo: '{repo}' is not owner/name (e.g. pemkab-jembrana/netralitas)"
        )
    branch = text.get("branch", "main")
    if not BRANCH.match(branch):
        raise SettingsError(f"extra.editor.branch: '{branch}' is not a branch name")
    folder = text.get("pages_folder", "daerah")
    if not FOLDER.match(folder):
        raise SettingsError(
            f"extra.editor.pages_folder: '{folder}' must be a folder inside content/ "
            "(lowercase letters, digits, '-', '_'), e.g. daerah"
        )
    endpoint = text.get("auth_endpoint", "")
    if endpoint and not re.match(r"^[A-Za-z0-9/_.-]+$", endpoint):
        raise SettingsError(f"extra.editor.auth_endpoint: '{endpoint}' is not a URL path")
    app_id = text.get("app_id", "")
    if app_id and not re.match(r"^[A-Za-z0-9_-]+$", app_id):
        raise SettingsError(f"extra.editor.app_id: '{app_id}' is not an application id")
    port = raw.get("local_port", 8081)
    if isinstance(port, bool) or not isinstance(port, int) or not 1024 <= port <= 65535:
        raise SettingsError(f"extra.editor.local_port: '{port}' must be a port (1024-65535)")
    return EditorSettings(
        backend=backend,
        repo=repo,
        branch=branch,
        base_url=_https(text["base_url"], "base_url") if text.get("base_url") else "",
        api_root=_https(text["api_root"], "api_root") if text.get("api_root") else "",
        auth_endpoint=endpoint,
        app_id=app_id,
        pages_folder=folder,
        local_port=port,
    )
