"""Bytes a reader downloads for one page, by resource type, measured in Chromium.

Each page loads in a fresh browser context (empty cache, as a first visit on a phone)
until the network is idle, so the search worker and its index count too. For every
finished request Playwright reports Chromium's own sizes (``request.sizes()``): the
encoded (gzip) body and the response headers, whose sum is what crossed the wire.

Quiz bytes are counted two ways: assets (not pages) whose URL names the quiz (the quiz
plugin's CSS/JS/data), and quiz markup inside the HTML (the quiz plugin's section, elements
whose class, id or data attribute names the quiz, inline scripts/styles that mention it).
A page without a quiz must carry zero of both.

Search is then opened once and a word of the page's own title typed: what that first search
downloads (the index of the reader's language, which pages load only on demand) and how
many results it shows are recorded beside the cold weight, so a lighter page is never
bought with a broken search.
"""

from __future__ import annotations

import gzip
from dataclasses import asdict, dataclass, field
from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
QUIZ_MARK = "quiz"
# Quiz markup: the quiz plugin's section (`section.sq`, its form carries data-bank; see the
# contract at the top of sosialisasi/quiz/templates/quiz.html), or any element whose class,
# id or data-* attribute says quiz.
QUIZ_SELECTOR = "section.sq, form[data-bank]"

_TYPES = {
    "document": "html",
    "stylesheet": "css",
    "script": "js",
    "image": "img",
    "font": "font",
    "fetch": "data",
    "xhr": "data",
}

# Top-level quiz elements (not nested in another), inline quiz scripts and styles: their
# UTF-8 size in the delivered HTML.
_QUIZ_MARKUP_JS = """(selector) => {
  const marked = (el) => {
    if (el.matches(selector)) return true;
    const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class') || '';
    return [el.id, cls, ...Object.keys(el.dataset || {})].join(' ').toLowerCase().includes('quiz');
  };
  const insideQuiz = (el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (marked(p)) return true;
    return false;
  };
  const all = [...document.querySelectorAll('body *')];
  const tops = all.filter((el) => marked(el) && !insideQuiz(el));
  const inline = [...document.querySelectorAll('script:not([src]), style')].filter(
    (el) => el.textContent.toLowerCase().includes('quiz') && !marked(el) && !insideQuiz(el));
  const html = [...tops, ...inline].map((el) => el.outerHTML).join('');
  return {elements: tops.length, inline: inline.length, html};
}"""


@dataclass
class Resource:
    url: str
    kind: str
    status: int
    encoding: str
    body_bytes: int  # encoded body as received (gzip when compressed)
    header_bytes: int
    refetched: bool = False  # body size taken from a direct GET (see _fill_in_worker_bodies)
    from_cache: bool = False  # a repeat of a URL already downloaded on this load

    @property
    def transfer_bytes(self) -> int:
        return self.body_bytes + self.header_bytes

    @property
    def is_quiz(self) -> bool:
        """An asset of the quiz; the page itself (whose URL may say quiz) never is: quiz
        content inside a page is counted as markup."""
        return self.kind != "html" and QUIZ_MARK in urlsplit(self.url).path.lower()


@dataclass
class PageWeight:
    label: str
    url: str
    resources: list[Resource] = field(default_factory=list)
    quiz_markup: dict = field(default_factory=dict)
    # first search: {"word", "hits", "bytes", "urls"}; empty when the page has no search box
    search: dict = field(default_factory=dict)

    @property
    def by_kind(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for resource in self.resources:
            totals[resource.kind] = totals.get(resource.kind, 0) + resource.transfer_bytes
        return dict(sorted(totals.items(), key=lambda item: -item[1]))

    @property
    def total_bytes(self) -> int:
        return sum(r.transfer_bytes for r in self.resources)

    @property
    def quiz_asset_bytes(self) -> int:
        return sum(r.transfer_bytes for r in self.resources if r.is_quiz)

    def to_json(self) -> dict:
        return {
            "label": self.label,
            "url": self.url,
            "total_bytes": self.total_bytes,
            "by_type": self.by_kind,
            "requests": len(self.resources),
            "uncompressed_text_responses": [
                r.url
                for r in self.resources
                if r.kind in ("html", "css", "js", "data")
                and r.encoding != "gzip"
                and r.body_bytes >= 256
            ],
            "quiz_asset_bytes": self.quiz_asset_bytes,
            "quiz_assets": [r.url for r in self.resources if r.is_quiz],
            "quiz_markup_bytes": self.quiz_markup.get("bytes", 0),
            "quiz_markup_gzip_bytes": self.quiz_markup.get("gzip_bytes", 0),
            "quiz_markup_elements": self.quiz_markup.get("elements", 0),
            "search_on_open": self.search,
            "resources": [
                {**asdict(r), "transfer_bytes": r.transfer_bytes, "quiz": r.is_quiz}
                for r in self.resources
            ],
        }


def _kind(request, response) -> str:
    kind = _TYPES.get(request.resource_type)
    if kind:
        return kind
    ctype = (response.headers.get("content-type", "") if response else "").lower()
    if "javascript" in ctype:
        return "js"  # e.g. the search worker script
    if "json" in ctype:
        return "data"
    if "css" in ctype:
        return "css"
    if ctype.startswith("image/"):
        return "img"
    return "other"


def _resources(requests: list) -> list[Resource]:
    """Finished http(s) requests with their wire sizes as Chromium reports them."""
    resources = []
    for request in requests:
        if urlsplit(request.url).scheme not in ("http", "https"):
            continue
        response = request.response()
        sizes = request.sizes()
        resources.append(
            Resource(
                url=request.url,
                kind=_kind(request, response),
                status=response.status if response else 0,
                encoding=(response.headers.get("content-encoding", "") if response else ""),
                body_bytes=sizes["responseBodySize"],
                header_bytes=sizes["responseHeadersSize"],
            )
        )
    return resources


def measure(browser, label: str, url: str) -> PageWeight:
    """Load `url` cold in a new context; every finished request with its wire size."""
    context = browser.new_context()
    page = context.new_page()
    finished: list = []
    page.on("requestfinished", lambda request: finished.append(request))
    try:
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        markup = page.evaluate(_QUIZ_MARKUP_JS, QUIZ_SELECTOR)
        html = markup.pop("html").encode()
        markup["bytes"] = len(html)
        # what the markup adds to the gzip page, roughly: compressed on its own
        markup["gzip_bytes"] = len(gzip.compress(html, 6)) if html else 0
        result = PageWeight(label=label, url=url, quiz_markup=markup)
        result.resources = _resources(finished)
        _fill_in_worker_bodies(result.resources)
        result.search = _first_search(page, finished, len(finished), result.resources)
        return result
    finally:
        context.close()


# The longest word of the page's title (h1, else <title>): it is in the page, so a search of
# the reader's language must find it.
_TITLE_WORD_JS = """() => {
  const h1 = document.querySelector('.md-content h1, h1');
  const text = (h1 ? h1.textContent : document.title.split(' - ')[0]) || '';
  const words = text.split(/[^\\p{L}\\p{N}]+/u).filter((w) => w.length > 2);
  return words.sort((a, b) => b.length - a.length)[0] || '';
}"""


def _first_search(page, finished: list, loaded: int, cold: list[Resource]) -> dict:
    """Open search, type a word of the title; bytes fetched for it and results shown."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.locator("input.md-search__input")
    if not box.count():
        return {}
    word = page.evaluate(_TITLE_WORD_JS)
    box.first.click()
    box.first.press_sequentially(word)
    try:
        page.wait_for_selector(".md-search-result__item", timeout=20_000)
        hits = page.locator(".md-search-result__item").count()
    except PlaywrightTimeout:  # no result in time: recorded as 0 hits
        hits = 0
    page.wait_for_load_state("networkidle")
    later = _resources(finished[loaded:])
    _fill_in_worker_bodies(cold + later)  # what the cold load already fetched is cached
    return {
        "word": word,
        "hits": hits,
        "bytes": sum(r.transfer_bytes for r in later),
        "urls": [r.url for r in later],
    }


def _fill_in_worker_bodies(resources: list[Resource]) -> None:
    """Chromium reports a body of 0 bytes for scripts a worker fetched (Material's search
    worker): Lighthouse under-counts it the same way. Fetch those once more, gzip
    accepted, and take the size the server sends. A URL already downloaded on this page
    load (a favicon reusing the logo) came from the browser cache: it counts 0 bytes."""
    import urllib.request

    downloaded = {r.url for r in resources if r.body_bytes > 0}
    for resource in resources:
        if resource.body_bytes > 0 or resource.status != 200:
            continue
        if resource.url in downloaded:
            resource.body_bytes = resource.header_bytes = 0
            resource.from_cache = True
            continue
        request = urllib.request.Request(resource.url, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=30) as response:
            resource.body_bytes = len(response.read())
            resource.encoding = response.headers.get("Content-Encoding", "")
        resource.refetched = True
        downloaded.add(resource.url)


def measure_pages(pages: list[tuple[str, str]], chromium: str = CHROMIUM) -> list[PageWeight]:
    """(label, url) pairs -> their weights, one Chromium for all."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            return [measure(browser, label, url) for label, url in pages]
        finally:
            browser.close()


def chromium_version(chromium: str = CHROMIUM) -> str | None:
    import subprocess

    try:
        out = subprocess.run(
            [chromium, "--version"], capture_output=True, text=True, timeout=30, check=False
        )
    except OSError:
        return None
    return out.stdout.strip() or None
