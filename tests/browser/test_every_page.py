"""Every page of the site in both languages, and each example region's own pages, in a real
Chromium under the site's security headers: axe-core (WCAG 2.0/2.1 A and AA plus
best-practice) finds no violation, quiz pages also after answering, and no request
leaves 127.0.0.1.

Pages are enumerated from the built files (every ``*.html``), cross-checked against
the content sources and the sitemap, so a page cannot silently escape the audit.
One browser context per site and language keeps the run short on two cores.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import pytest
from playwright.sync_api import Browser, Page

from sosialisasi.check.site import load_site
from sosialisasi.deploy.headers import SECURITY_HEADERS
from sosialisasi.project import Project
from tests.browser.conftest import POLICY_ERRORS, foreign
from tests.conftest import describe_violations
from tests.helpers import REPO, mkdocs_build, serve

pytestmark = pytest.mark.browser

REGIONS = sorted(path.parent.name for path in (REPO / "regions").glob("*/mkdocs.yml"))


def built_pages(site: Path) -> list[str]:
    """Every HTML page of a built site, as paths under its root ('', 'en/materi/x/', '404.html')."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        pages.append(relative[: -len("index.html")] if path.name == "index.html" else relative)
    return pages


def page_url(doc: str, locale: str, default: str) -> str:
    """'materi/larangan.md' in 'en' -> 'en/materi/larangan/'; 'index.md' -> ''."""
    stem = doc[: -len(".md")]
    stem = "" if stem == "index" else stem.removesuffix("/index") + "/"
    return ("" if locale == default else f"{locale}/") + stem


def source_pages(config: Path, *, own_only: bool) -> list[str]:
    """The URL of every content page in every language (own pages only for a region)."""
    site = load_site(Project.load(config))
    pages = site.checked if own_only else site.pages
    return sorted(
        {page_url(page.doc, locale, site.default) for page in pages for locale in site.locales}
    )


def sitemap_pages(site: Path, base: str) -> list[str]:
    tree = ElementTree.parse(site / "sitemap.xml")
    urls = [node.text or "" for node in tree.iter() if node.tag.endswith("loc")]
    return [url.removeprefix(base) for url in urls]


@dataclass
class Audit:
    """What one browser context saw over a list of pages."""

    pages: int = 0
    axe_runs: int = 0
    requests: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def report(self) -> str:
        return (
            f"{self.pages} pages, {self.axe_runs} axe runs, {len(self.requests)} requests "
            f"({len(foreign(self.requests))} to other hosts)"
        )


def settle(page: Page) -> None:
    """Let CSS transitions end: axe measures colours, not halfway through a fade."""
    page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")


def answer_every_question(page: Page) -> int:
    """Answer each open question (one the reader answered on another page is restored)."""
    questions = page.locator("fieldset.sq-q").all()
    for fieldset in questions:
        check = fieldset.locator(".sq-check")
        if check.is_visible():
            fieldset.locator("input").first.check()
            check.click()
    return len(questions)


def audit(browser: Browser, base: str, paths: list[str], axe) -> Audit:
    result = Audit()
    context = browser.new_context()
    page = context.new_page()
    page.on("request", lambda request: result.requests.append(request.url))
    page.on("pageerror", lambda error: result.errors.append(f"{page.url}: {error}"))
    page.on(
        "console",
        lambda message: (
            result.errors.append(f"{page.url}: {message.text}")
            if (message.type == "error" and "404 (Not Found)" not in message.text)
            or any(policy in message.text for policy in POLICY_ERRORS)
            else None
        ),
    )
    try:
        for path in paths:
            page.goto(base + path)
            page.wait_for_load_state("load")
            result.pages += 1
            states = [("", axe(page))]
            if answer_every_question(page):
                settle(page)
                states.append((" (answered)", axe(page)))
            result.axe_runs += len(states)
            for state, violations in states:
                if violations:
                    result.violations.append(f"{path}{state}:\n{describe_violations(violations)}")
    finally:
        context.close()
    return result


def assert_clean(result: Audit, record_property) -> None:
    record_property("audit", result.report())
    print(f"\n{result.report()}")
    assert result.pages > 0
    assert not result.violations, "\n".join(result.violations)
    assert result.requests, "no request was recorded"
    assert not foreign(result.requests), foreign(result.requests)
    assert not result.errors, "\n".join(result.errors)


def test_the_audit_covers_every_source_page_and_the_sitemap(built_site: Path):
    built = set(built_pages(built_site))
    missing = set(source_pages(REPO / "mkdocs.yml", own_only=False)) - built
    assert not missing, f"content pages with no built page: {sorted(missing)}"
    base = "https://netralitas.example.org/"
    assert set(sitemap_pages(built_site, base)) <= built
    assert {"404.html", "en/404.html"} <= built


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_page_of_the_site_is_accessible_and_local(
    browser: Browser, built_site: Path, site_server: str, axe, lang: str, record_property
):
    pages = [p for p in built_pages(built_site) if p.startswith("en/") == (lang == "en")]
    assert len(pages) >= 16, pages  # the site has ~15 pages + its 404 per language
    assert_clean(audit(browser, site_server, pages, axe), record_property)


@pytest.fixture(scope="module", params=REGIONS)
def region_site(request, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    slug = request.param
    site = tmp_path_factory.mktemp(f"region-{slug}")
    config = REPO / "regions" / slug / "mkdocs.yml"
    result = mkdocs_build(config, site)
    assert result.returncode == 0, result.stderr[-3000:]
    with serve(site, headers=SECURITY_HEADERS) as url:
        yield slug, url


def test_each_region_s_own_pages_are_accessible_and_local(
    browser: Browser, region_site: tuple[str, str], axe, record_property
):
    slug, base = region_site
    own = source_pages(REPO / "regions" / slug / "mkdocs.yml", own_only=True)
    assert any(posixpath.basename(p.rstrip("/")) == "daerah" for p in own), own
    assert_clean(audit(browser, base, ["", "en/", *own], axe), record_property)
