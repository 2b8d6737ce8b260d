"""The site as the hosting guide deploys it, in a real Chromium.

Built with SITE_URL set to where it is served, under a sub-path (/netralitas/) and at
a root, and served with the guide's security headers both by the Python test server
and by nginx with the snippet `sosialisasi deploy` writes (precompressed files
included). The autouse guard of tests/browser/conftest.py fails any test whose pages
break the Content-Security-Policy or another policy header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from sosialisasi.deploy.build import assemble, build_site, nginx_snippet, precompress_tree
from sosialisasi.deploy.headers import SECURITY_HEADERS
from sosialisasi.deploy.sites import Site, discover, plan, select
from sosialisasi.project import Project
from tests.deploy.test_hosting_docs import need_nginx
from tests.helpers import (
    REPO,
    free_port,
    mkdocs_build,
    nginx_config,
    nginx_server,
    serve,
    serve_nginx,
)

pytestmark = pytest.mark.browser

SUB_PATH = "/netralitas/"
CONTENT_PAGE = "panduan/hosting/"
REGION = "bali"  # an example region of the repository


@dataclass(frozen=True)
class Deployment:
    url: str  # the site_url it was built for, and where it is served
    site: Path
    server: str


@dataclass(frozen=True)
class Built:
    """A tree built once per test module, then served by each server in turn on its port."""

    port: int
    path: str
    url: str
    work: Path
    webroot: Path
    snippets: tuple[str, ...]

    @property
    def site(self) -> Path:
        return self.webroot / self.path.strip("/")


def build_repository_site(work: Path, webroot: Path, url: str, path: str) -> tuple[str, ...]:
    """The national site as `make deploy-dir GZIP=1` builds it (no example-host check)."""
    site = webroot / path.strip("/")
    result = mkdocs_build(REPO / "mkdocs.yml", site, env={"SITE_URL": url})
    assert result.returncode == 0, result.stderr[-3000:]
    precompress_tree(site)  # nginx's gzip_static serves them; the Python server ignores them
    languages = tuple(Project.load(REPO / "mkdocs.yml").languages)
    return (nginx_snippet(Site("base", REPO / "mkdocs.yml", url, languages)),)


def build_nation_and_region(work: Path, webroot: Path, url: str, path: str) -> tuple[str, ...]:
    """National site plus one region under one address, as the Pages CI publishes them."""
    sites = plan(REPO, select(discover(REPO), ["base", REGION]), url)
    for site in sites:
        build_site(site, work / "deploy", precompress=True)
    assemble(sites, work / "deploy", webroot / path.strip("/"))
    return tuple((work / "deploy" / f"{s.name}.nginx.conf").read_text() for s in sites)


def built(cache: dict, factory, key: str, path: str, builder) -> Built:
    if key not in cache:
        port = free_port()
        url = f"http://127.0.0.1:{port}{path}"
        work = factory.mktemp(key)
        snippets = builder(work, work / "www", url, path)
        cache[key] = Built(port, path, url, work, work / "www", snippets)
    return cache[key]


def serve_built(tree: Built, server: str) -> Iterator[Deployment]:
    if server == "python":
        with serve(tree.site, prefix=tree.path, headers=SECURITY_HEADERS, port=tree.port) as url:
            assert url == tree.url
            yield Deployment(tree.url, tree.site, server)
        return
    need_nginx()
    servers = nginx_server(tree.webroot, tree.port, "\n".join(tree.snippets))
    with serve_nginx(nginx_config(tree.work, servers), tree.port):
        yield Deployment(tree.url, tree.site, server)


@pytest.fixture(scope="module")
def trees() -> dict:
    return {}


@pytest.fixture(scope="module", params=["python", "nginx"])
def sub_path(request, trees, tmp_path_factory) -> Iterator[Deployment]:
    tree = built(trees, tmp_path_factory, "sub-path", SUB_PATH, build_repository_site)
    yield from serve_built(tree, request.param)


@pytest.fixture(scope="module", params=["python", "nginx"])
def at_root(request, trees, tmp_path_factory) -> Iterator[Deployment]:
    tree = built(trees, tmp_path_factory, "root", "/", build_repository_site)
    yield from serve_built(tree, request.param)


@pytest.fixture(scope="module", params=["python", "nginx"])
def with_region(request, trees, tmp_path_factory) -> Iterator[Deployment]:
    tree = built(trees, tmp_path_factory, "region", SUB_PATH, build_nation_and_region)
    yield from serve_built(tree, request.param)


def switch_language(page: Page, to: str) -> None:
    page.locator(".md-header .md-select button").click()
    page.get_by_role("link", name=to, exact=True).click()


def sitemap_urls(page: Page, url: str) -> list[str]:
    response = page.request.get(url + "sitemap.xml")
    assert response.status == 200
    return sorted(set(re.findall(r'(?:<loc>|href=")(https?://[^<"]+)', response.text())))


def test_the_switcher_keeps_the_reader_on_the_same_content_page(page: Page, sub_path):
    page.goto(sub_path.url + CONTENT_PAGE)
    switch_language(page, "English")
    expect(page).to_have_url(sub_path.url + "en/" + CONTENT_PAGE)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    switch_language(page, "Bahasa Indonesia")
    expect(page).to_have_url(sub_path.url + CONTENT_PAGE)
    expect(page.locator("html")).to_have_attribute("lang", "id")


def test_the_switcher_links_both_home_pages(page: Page, sub_path):
    page.goto(sub_path.url)
    switch_language(page, "English")
    expect(page).to_have_url(sub_path.url + "en/")
    switch_language(page, "Bahasa Indonesia")
    expect(page).to_have_url(sub_path.url)


@pytest.mark.parametrize(
    ("missing", "lang", "home_link", "home"),
    [
        ("en/missing/", "en", "Go to the home page (English)", "en/"),
        ("tidak-ada/", "id", "Kembali ke beranda (Bahasa Indonesia)", ""),
    ],
)
def test_a_missing_page_gets_the_404_of_its_language(
    page: Page, sub_path, missing, lang, home_link, home
):
    response = page.goto(sub_path.url + missing)
    assert response is not None and response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", lang)
    page.get_by_role("link", name=home_link).click()
    expect(page).to_have_url(sub_path.url + home)
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_canonical_and_hreflang_links_carry_the_sub_path(page: Page, sub_path):
    page.goto(sub_path.url + "en/" + CONTENT_PAGE)
    canonical = page.locator("link[rel=canonical]").get_attribute("href")
    assert canonical == sub_path.url + "en/" + CONTENT_PAGE
    alternates = {
        link.get_attribute("hreflang"): link.get_attribute("href")
        for link in page.locator("link[hreflang]").all()
    }
    assert alternates == {
        "id": sub_path.url + CONTENT_PAGE,
        "en": sub_path.url + "en/" + CONTENT_PAGE,
        "x-default": sub_path.url + CONTENT_PAGE,
    }
    for href in alternates.values():
        assert page.request.get(href).status == 200, href


def test_every_sitemap_url_carries_the_sub_path_and_answers(page: Page, sub_path):
    urls = sitemap_urls(page, sub_path.url)
    assert sub_path.url + "en/" + CONTENT_PAGE in urls
    assert all(url.startswith(sub_path.url) for url in urls), urls
    failing = [url for url in urls if page.request.get(url).status != 200]
    assert not failing, failing


def test_every_page_loads_under_the_headers_without_an_error(page: Page, sub_path):
    """Every page of the sitemap, and both 404 pages, with nothing blocked or failing."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    aborted: list[str] = []  # cancelled by Chromium itself (seen under load): re-fetched below

    def failed(request) -> None:
        if request.failure == "net::ERR_ABORTED":
            aborted.append(request.url)
        else:
            problems.append(f"{request.url}: {request.failure}")

    page.on("requestfailed", failed)
    page.on(
        "response",
        lambda r: (
            problems.append(f"{r.url}: {r.status}")
            if r.status >= 400 and r.request.resource_type != "document"
            else None
        ),
    )
    urls = sitemap_urls(page, sub_path.url)
    if sub_path.server == "nginx":  # same files, other server: headers and types are the point
        urls = [u for u in urls if u.endswith(("/netralitas/", "/en/", CONTENT_PAGE))]
    for url in [*urls, sub_path.url + "en/missing/"]:
        page.goto(url)
        page.wait_for_load_state("networkidle")
    problems += [
        f"{url}: {status}" for url in aborted if (status := page.request.get(url).status) != 200
    ]
    assert not [p for p in problems if "404 (Not Found)" not in p], problems


@pytest.mark.parametrize(
    ("path", "word", "found"),
    [(CONTENT_PAGE, "nginx", "ditemukan"), ("en/" + CONTENT_PAGE, "nginx", "matching")],
)
def test_search_finds_pages_in_the_reader_language(page: Page, sub_path, path, word, found):
    page.goto(sub_path.url + path)
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(word)
    expect(page.locator(".md-search-result__meta")).to_contain_text(found)
    first = page.locator(".md-search-result__item a").first
    expect(first).to_have_attribute("href", re.compile(r"panduan/hosting/"))


def test_the_policy_blocks_an_inline_script(browser: Browser, sub_path):
    """Control: the header is in force and the violation is seen (the guard would fail)."""
    page = browser.new_page()
    seen: list[str] = []
    page.on("console", lambda m: seen.append(m.text))
    page.goto(sub_path.url)
    page.evaluate(
        """() => { const s = document.createElement('script');
                   s.textContent = 'window.__inline = 1'; document.body.append(s); }"""
    )
    assert page.evaluate("window.__inline") is None
    assert any("Content Security Policy" in text for text in seen), seen
    page.close()


def test_another_site_cannot_show_the_site_in_a_frame(browser: Browser, sub_path, tmp_path):
    (tmp_path / "frame.html").write_text(
        f'<!doctype html><title>frame</title><iframe src="{sub_path.url}"></iframe>'
    )
    page = browser.new_page()
    seen: list[str] = []
    page.on("console", lambda m: seen.append(m.text))
    with serve(tmp_path) as other_origin:
        page.goto(other_origin + "frame.html")
        page.wait_for_load_state("networkidle")
        frame = page.frames[1]
        assert frame.url in ("chrome-error://chromewebdata/", "about:blank") or not (
            frame.locator("header").count()
        ), frame.url
    assert any("frame-ancestors" in text or "X-Frame-Options" in text for text in seen), seen
    page.close()


def test_no_referrer_leaves_a_page(page: Page, sub_path):
    referers: list[str | None] = []
    page.on(
        "request",
        lambda r: referers.append(r.headers.get("referer")) if r.is_navigation_request() else None,
    )
    page.goto(sub_path.url)
    page.locator(f'a.md-nav__link[href$="{CONTENT_PAGE}"]').first.click()
    expect(page).to_have_url(sub_path.url + CONTENT_PAGE)
    assert page.evaluate("document.referrer") == ""
    assert referers == [None, None]


@pytest.mark.parametrize("sub_path", ["nginx"], indirect=True)
def test_nginx_compresses_and_caches_as_the_guide_says(page: Page, sub_path):
    html = page.request.get(sub_path.url, headers={"Accept-Encoding": "gzip"})
    assert html.headers.get("content-encoding") == "gzip"
    assert html.headers.get("cache-control") == "no-cache"
    page.goto(sub_path.url)
    bundle = page.locator("script[src*='assets/javascripts/bundle.']").get_attribute("src")
    asset = page.request.get(sub_path.url + bundle, headers={"Accept-Encoding": "gzip"})
    assert asset.headers.get("cache-control") == "max-age=315360000"
    assert asset.headers.get("content-encoding") == "gzip"
    for name, value in SECURITY_HEADERS.items():
        assert asset.headers.get(name.lower()) == value, name


def test_a_root_deployment_links_and_404s_at_the_root(page: Page, at_root):
    page.goto(at_root.url + CONTENT_PAGE)
    switch_language(page, "English")
    expect(page).to_have_url(at_root.url + "en/" + CONTENT_PAGE)
    canonical = page.locator("link[rel=canonical]").get_attribute("href")
    assert canonical == at_root.url + "en/" + CONTENT_PAGE
    response = page.goto(at_root.url + "en/missing/")
    assert response is not None and response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("link", name="Go to the home page (English)").click()
    expect(page).to_have_url(at_root.url + "en/")
    urls = sitemap_urls(page, at_root.url)
    assert urls and all(url.startswith(at_root.url) for url in urls)


def test_a_region_published_below_the_nation_switches_within_itself(page: Page, with_region):
    region = with_region.url + REGION + "/"
    page.goto(region)
    switch_language(page, "English")
    expect(page).to_have_url(region + "en/")
    canonical = page.locator("link[rel=canonical]").get_attribute("href")
    assert canonical == region + "en/"
    switch_language(page, "Bahasa Indonesia")
    expect(page).to_have_url(region)


def test_a_region_s_missing_page_gets_the_region_s_404(page: Page, with_region):
    region = with_region.url + REGION + "/"
    response = page.goto(region + "en/missing/")
    assert response is not None and response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator(".md-header__title")).to_contain_text("Bali")
    page.get_by_role("link", name="Go to the home page (English)").click()
    expect(page).to_have_url(region + "en/")


def test_the_nation_s_pages_still_answer_beside_its_regions(page: Page, with_region):
    response = page.goto(with_region.url + "en/missing/")
    assert response is not None and response.status == 404
    expect(page.locator(".md-header__title")).not_to_contain_text("Bali")
    assert page.request.get(with_region.url + "en/" + CONTENT_PAGE).status == 200
    sitemap = page.request.get(with_region.url + REGION + "/sitemap.xml").text()
    locs = re.findall(r"<loc>([^<]*)</loc>", sitemap)
    assert locs and all(loc.startswith(with_region.url + REGION + "/") for loc in locs)


def test_a_region_runs_on_the_nation_s_shared_assets(page: Page, with_region):
    """The assembled tree keeps Material's scripts once; the region's quiz and search work."""
    region_dir = with_region.site / REGION
    assert not list(region_dir.glob("assets/javascripts/bundle.*.js"))
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    region = with_region.url + REGION + "/"
    page.goto(region + quiz_page(region_dir))
    urls = requests_urls(page)
    assert any("/netralitas/assets/javascripts/bundle." in u for u in urls), urls
    question = page.locator("fieldset.sq-q").first
    question.locator("li.sq-o[data-ok] input").first.check()
    question.locator("button.sq-check").click()
    expect(question.locator(".sq-res")).to_have_text("Benar!")
    page.goto(region)
    # Material starts its search worker from the page's config: the shared national copy.
    worker = page.evaluate(
        "new URL(JSON.parse(document.getElementById('__config').textContent).search,"
        " location.href).href"
    )
    assert worker.startswith(with_region.url + "assets/javascripts/workers/search."), worker
    assert page.request.get(worker).status == 200
    assert page.request.get(region + "search/search_index.json").status == 200
    assert not failed, failed


def requests_urls(page: Page) -> list[str]:
    return page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")


def quiz_page(site: Path) -> str:
    """Path (relative to the site root) of the first Indonesian page with an interactive quiz."""
    pages = sorted(p for p in site.rglob("index.html") if p.relative_to(site).parts[0] != "en")
    for page in pages:
        text = page.read_text("utf-8")
        trainer = 'data-kind="' in text  # presentation, exam, worksheet: not a reader's quiz
        if 'class="sq-form"' in text and 'class="sq-check"' in text and not trainer:
            return page.parent.relative_to(site).as_posix() + "/"
    raise AssertionError("no page of the site shows a quiz")


def test_a_quiz_checks_an_answer_under_the_headers(page: Page, sub_path):
    page.goto(sub_path.url + quiz_page(sub_path.site))
    question = page.locator("fieldset.sq-q").first
    question.locator("li.sq-o[data-ok] input").first.check()
    question.locator("button.sq-check").click()
    expect(question.locator(".sq-res")).to_have_text("Benar!")
    expect(question.locator("button.sq-retry")).to_be_visible()
