"""The /admin/ editor in Chromium against decap-server, the local backend the test starts.

A region made by `sosialisasi new-region` is edited through the form: its name, a
circular's number, an official, and a new page in both languages. The files on disk
must change as expected, pass `sosialisasi check --region`, and show in a strict
build. Wrong values are refused in the form. No request leaves 127.0.0.1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, expect

from sosialisasi.deploy.headers import admin_headers
from sosialisasi.editor.decap import admin_csp
from sosialisasi.editor.settings import EditorSettings
from tests.browser.conftest import foreign
from tests.conftest import describe_violations
from tests.helpers import REPO, free_port, mkdocs_build, serve

pytestmark = pytest.mark.browser

SLUG = "kota-contoh"
REGION_YML = """\
name: "Pemerintah Kota Contoh"
short_name: Pemkot Contoh
level: kota
site_name:
  en: "ASN Neutrality: Contoh City"
head:
  name: Budi Santoso
  title: Wali Kota Contoh
  as_of: 2024-10-01
  source: S1
secretary:
  name:
  title:
contacts: []
circulars:
  - number: "800/1/2024"
    date: 2024-10-01
    title: "Netralitas Aparatur Sipil Negara"
    summary:
      id: "Seluruh ASN wajib netral."
      en: "Every civil servant must stay neutral."
    source: S1
sources:
  - key: S1
    title: "Contoh sumber"
    publisher: Pemerintah Kota Contoh
    url: https://example.go.id/berita
unknown: [contacts]
"""


@dataclass
class Editor:
    root: Path  # the region's repository (a copy of this project)
    site: Path
    url: str  # the editor's page
    site_url: str
    port: int

    @property
    def region(self) -> Path:
        return self.root / "regions" / SLUG

    def rebuild(self) -> None:
        shutil.rmtree(self.site)
        result = mkdocs_build(self.region / "mkdocs.yml", self.site)
        assert result.returncode == 0, result.stderr[-3000:]


def _wait_for(url: str) -> None:
    deadline = time.monotonic() + 20
    while True:
        try:
            request = urllib.request.Request(url, data=b'{"action":"info"}', method="POST")
            request.add_header("Content-Type", "application/json")
            urllib.request.urlopen(request, timeout=2).read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture
def editor(tmp_path: Path) -> Iterator[Editor]:
    root = tmp_path / "repo"
    root.mkdir()
    for name in ("mkdocs.yml", "content", "overrides", "quizzes"):
        source = REPO / name
        copy = shutil.copytree if source.is_dir() else shutil.copyfile
        copy(source, root / name)
    made = subprocess.run(
        [sys.executable, "-m", "sosialisasi.cli", "new-region", SLUG, "--name",
         "Pemerintah Kota Contoh", "--level", "kota", "--root", str(root)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    region = root / "regions" / SLUG
    (region / "region.yml").write_text(REGION_YML, encoding="utf-8")
    port = free_port()
    config = region / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  editor:\n" in text, "new-region must set the editor up"
    config.write_text(text + f"    local_port: {port}\n", encoding="utf-8")
    subprocess.run(["bash", str(REPO / "scripts/editor/setup.sh")], check=True)
    server = subprocess.Popen(
        ["node", str(REPO / "scripts/editor/node_modules/decap-server/dist/index.js")],
        env={**os.environ, "PORT": str(port), "BIND_HOST": "127.0.0.1", "MODE": "fs",
             "GIT_REPO_DIRECTORY": str(root), "LOG_LEVEL": "warn"},
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait_for(f"http://127.0.0.1:{port}/api/v1")
        site = tmp_path / "site"
        # Not strict yet: the secretary is still empty (the test fills it in).
        result = mkdocs_build(config, site, strict=False)
        assert result.returncode == 0, result.stderr[-3000:]
        # Served as the nginx snippet serves /admin/: the site's headers, the editor's CSP.
        headers = admin_headers(admin_csp(EditorSettings(local_port=port)))
        with serve(site, prefix=f"/{SLUG}/", headers=headers) as url:
            yield Editor(root, site, url + "admin/", url, port)
    finally:
        server.terminate()
        server.wait(timeout=10)


UNNAMED = """() => !document.querySelector(
  'iframe:not([title]), .cms-editor-raw [role="textbox"]:not([aria-label])')"""


def _serious(page: Page, axe) -> list:
    """axe's serious and critical findings once admin.js has named the CMS's controls.

    admin.js names them one animation frame after Decap renders them; axe must not run in
    between (it did once in the full suite: the Markdown box without its name).
    """
    page.wait_for_function(UNNAMED, timeout=10_000)
    return [v for v in axe(page) if v["impact"] in ("serious", "critical")]


def _log_in(page: Page, editor: Editor) -> None:
    page.goto(editor.url)
    page.get_by_role("button", name="Masuk").click()
    expect(page.get_by_role("link", name="Data daerah").first).to_be_visible()


def _field(page: Page, name: str, within: str = ""):
    scope = page.locator(f"[id^='{within}-field-']").first if within else page
    return scope.locator(f"[id^='{name}-field-']").first


def _wait_until_written(path: Path, text: str) -> None:
    """decap-server writes after the browser says "saved": wait for the file itself."""
    deadline = time.monotonic() + 30  # a loaded CI machine
    while not (path.is_file() and text in path.read_text(encoding="utf-8")):
        assert time.monotonic() < deadline, f"{path} was not written with {text!r}"
        time.sleep(0.2)


def _publish(page: Page) -> None:
    page.get_by_role("button", name="Terbitkan").first.click()
    page.get_by_text("Terbitkan sekarang").click()


def test_editor_changes_region_and_creates_page_in_both_languages(
    page: Page, editor: Editor, requests_seen, axe
):
    _log_in(page, editor)
    violations = _serious(page, axe)
    assert not violations, describe_violations(violations)

    page.goto(editor.url + "#/collections/daerah/entries/region")
    name = _field(page, "name")
    expect(name).to_have_value("Pemerintah Kota Contoh")
    violations = _serious(page, axe)
    assert not violations, describe_violations(violations)
    name.fill("Pemerintah Kota Contoh Raya")
    _field(page, "number", within="circulars").fill("800.1.6/77/BKPSDM/2024")
    _field(page, "name", within="secretary").fill("Siti Aminah")
    _field(page, "title", within="secretary").fill("Sekretaris Daerah Kota Contoh")
    _field(page, "as_of", within="secretary").fill("2024-10-07")
    _field(page, "source", within="secretary").fill("S1")
    # The preview shows what is still empty the way the site does.
    preview = page.frame_locator("iframe").first
    expect(preview.get_by_role("heading", level=1)).to_have_text("Pemerintah Kota Contoh Raya")
    expect(preview.locator(".sosialisasi-unfilled").first).to_have_text("belum diisi")
    _publish(page)
    _wait_until_written(editor.region / "region.yml", "Siti Aminah")

    # Decap may still hold the region entry as unsaved for a moment after decap-server wrote
    # it, and then asks before leaving (a dialog Playwright would dismiss, keeping the region
    # form on screen: seen in the full suite). The file is written: leaving is right.
    page.on("dialog", lambda dialog: dialog.accept())
    titles = page.locator("[id^='title-field-']:visible")
    for attempt in range(3):
        page.goto(editor.url + "#/collections/halaman/new")
        if attempt:
            page.reload()  # a fresh start of the CMS on the new-entry address
        try:
            expect(titles).to_have_count(2, timeout=15_000)  # both languages side by side
            break
        except AssertionError:
            if attempt == 2:
                raise
    # Both Markdown boxes rendered and named by admin.js before axe looks at them.
    named = page.locator('.cms-editor-raw [role="textbox"][aria-label]:visible')
    expect(named).to_have_count(2, timeout=30_000)
    violations = _serious(page, axe)
    assert not violations, describe_violations(violations)
    titles.nth(0).fill("Pengumuman netralitas 2024")
    titles.nth(1).fill("Neutrality notice 2024")
    descriptions = page.locator("[id^='description-field-']")
    descriptions.nth(0).fill("Pengumuman pemerintah kota tentang netralitas ASN.")
    descriptions.nth(1).fill("The city's notice on civil-servant neutrality.")
    page.locator("[id^='review_by-field-']").first.fill("2027-06-01")  # both languages
    bodies = page.locator("[data-slate-editor='true']")  # the raw Markdown editors
    expect(bodies).to_have_count(2)
    bodies.nth(0).fill(
        "# Pengumuman netralitas 2024\n\nASN {{ region.short_name }} wajib netral.\n"
    )
    bodies.nth(1).fill("# Neutrality notice 2024\n\nCivil servants must stay neutral.\n")
    _publish(page)
    pages = editor.region / "content" / "daerah"
    _wait_until_written(pages / "pengumuman-netralitas-2024.en.md", "Neutrality notice")

    data = yaml.safe_load((editor.region / "region.yml").read_text(encoding="utf-8"))
    assert data["name"] == "Pemerintah Kota Contoh Raya"
    assert data["circulars"][0]["number"] == "800.1.6/77/BKPSDM/2024"
    assert data["circulars"][0]["summary"]["en"] == "Every civil servant must stay neutral."
    assert data["secretary"]["name"] == "Siti Aminah"
    assert str(data["secretary"]["as_of"]) == "2024-10-07"
    assert data["sources"][0]["url"] == "https://example.go.id/berita"
    page_id = (pages / "pengumuman-netralitas-2024.id.md").read_text(encoding="utf-8")
    page_en = (pages / "pengumuman-netralitas-2024.en.md").read_text(encoding="utf-8")
    assert "title: Pengumuman netralitas 2024" in page_id
    assert "{{ region.short_name }}" in page_id
    assert "title: Neutrality notice 2024" in page_en
    assert "review_by: 2027-06-01" in page_en

    check = subprocess.run(
        [sys.executable, "-m", "sosialisasi.cli", "check", "--config",
         str(editor.root / "mkdocs.yml"), "--region", SLUG],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    editor.rebuild()
    home = (editor.site / "daerah" / "index.html").read_text(encoding="utf-8")
    assert "Pemerintah Kota Contoh Raya" in home
    circulars = (editor.site / "daerah" / "surat-edaran" / "index.html").read_text("utf-8")
    assert "800.1.6/77/BKPSDM/2024" in circulars
    new_id = editor.site / "daerah" / "pengumuman-netralitas-2024" / "index.html"
    new_en = editor.site / "en" / "daerah" / "pengumuman-netralitas-2024" / "index.html"
    assert "ASN Pemkot Contoh wajib netral." in new_id.read_text(encoding="utf-8")
    assert "Civil servants must stay neutral." in new_en.read_text(encoding="utf-8")
    assert not foreign(requests_seen), foreign(requests_seen)


def test_editor_refuses_wrong_values_in_the_form(page: Page, editor: Editor, requests_seen):
    before = (editor.region / "region.yml").read_text(encoding="utf-8")
    page.set_viewport_size({"width": 360, "height": 740})  # a phone: no sideways scrolling
    _log_in(page, editor)
    page.goto(editor.url + "#/collections/daerah/entries/region")
    expect(_field(page, "name")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    date = _field(page, "as_of", within="head")
    expect(date).to_have_attribute("type", "date")
    date.fill("2024-02-30")  # no such day: the native date field does not take it
    assert date.input_value() in ("", "2024-10-01"), date.input_value()
    _field(page, "name").fill("")
    _field(page, "link", within="circulars").fill("example.go.id/se tanpa https")
    _publish(page)
    expect(page.get_by_text("Nama resmi pemerintah daerah wajib diisi.")).to_be_visible()
    expect(page.get_by_text("http:// atau https://").first).to_be_visible()
    assert (editor.region / "region.yml").read_text(encoding="utf-8") == before
    assert not foreign(requests_seen), foreign(requests_seen)
