"""The Markdown output contract under fuzzing: whatever attribute lists, raw HTML and links
an author writes, the page the build renders carries no event handler, no style other
than table alignment, no autofocus and no URL attribute with a scheme that could run code;
and `sosialisasi check` reports every refused attribute it would drop."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sosialisasi.mkdocs.check.markdown import SafeMarkdown
from sosialisasi.safe_markup import ALLOWED_VALUES, attribute_problem, unsafe_scheme
from sosialisasi.site.markdown import analyse

EXTENSIONS = ["attr_list", "tables", "toc", "admonition", "md_in_html", "def_list"]
NAMES = st.sampled_from(
    [
        "onclick",
        "OnFocus",
        "onmouseover",
        "style",
        "autofocus",
        "href",
        "src",
        "srcdoc",
        "formaction",
        "tabindex",
        "id",
        "class",
        "title",
        "width",
        "loading",
        "target",
        "dir",
        "xlink:href",
        "data",
        "poster",
        "contenteditable",
        "hidden",
        "popover",
    ]
)
VALUES = st.sampled_from(
    [
        "alert(1)",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " java\tscript:x",
        "data:text/html,x",
        "&#106;avascript:x",
        "position:fixed;inset:0",
        "text-align: left;",
        "300",
        "_blank",
        "lazy",
        "x",
        "__config",
        "https://example.org/",
        "rtl",
        "",
    ]
)
QUOTES = st.sampled_from(['"{}"', "'{}'", "{}"])


@st.composite
def attribute_lists(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(f"{draw(NAMES)}={draw(QUOTES).format(draw(VALUES))}")
        elif kind == 1:
            parts.append(draw(NAMES))
        elif kind == 2:
            parts.append("#" + draw(st.sampled_from(["a", "__drawer", "x-1"])))
        else:
            parts.append("." + draw(st.sampled_from(["md-button", "k", "a b"])))
    return "{" + draw(st.sampled_from(["", ":"])) + " " + " ".join(parts) + " }"


BLOCKS = st.sampled_from(
    [
        "# Judul {a}",
        "Teks biasa.\n{a}",
        "[tautan](https://example.org){a}",
        "![g](x.png){a}",
        "- butir {a}",
        "!!! note\n\n    isi\n    {a}",
        "| a | b |\n|:-|-:|\n| 1 | 2 {a} |",
        "*tebal*{a} kata",
        "<div markdown>\n\nx\n{a}\n\n</div>",
        "Istilah\n:   arti {a}",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1)){a}",
        "`kode {a}`",
    ]
)


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.attributes: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attributes += [(tag, name, value) for name, value in attrs]


def rendered_attributes(text: str) -> list[tuple[str, str, str | None]]:
    md = markdown.Markdown(extensions=[*EXTENSIONS, SafeMarkdown()])
    parser = _Attributes()
    parser.feed(md.convert(text))
    return parser.attributes


@st.composite
def pages(draw: st.DrawFn) -> str:
    blocks = draw(st.lists(BLOCKS, min_size=1, max_size=4))
    return "\n\n".join(block.replace("{a}", draw(attribute_lists())) for block in blocks)


@settings(
    max_examples=400,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(pages())
def test_the_rendered_page_carries_only_the_contract(text: str):
    for tag, name, value in rendered_attributes(text):
        key = name.lower()
        assert not key.startswith("on"), (tag, name, value)
        assert key not in {"autofocus", "srcdoc", "formaction", "tabindex", "contenteditable"}
        if key == "style":
            assert re.fullmatch(r"text-align: (left|right|center);", value or ""), value
        if key in {"href", "src", "data", "poster", "xlink:href"}:
            assert unsafe_scheme(value or "") is None, (tag, name, value)
        if key == "id":
            assert not (value or "").startswith("__"), value


@settings(max_examples=300, derandomize=True, database=None, deadline=None)
@given(attribute_lists())
def test_check_reports_what_the_build_drops(attrs: str):
    text = f"Teks biasa.\n{attrs}\n"
    kept = {name.lower() for _tag, name, _value in rendered_attributes(text)}
    reported = " ".join(r.written for r in analyse(text).refused_attributes)
    written = re.findall(r"([A-Za-z:]+)=", attrs)
    for name in written:
        if name.lower() not in kept and name.lower() in ALLOWED_VALUES:
            continue  # an allowed name with a refused value: reported below
        if attribute_problem(name, "x") is not None and attribute_problem(name, "300") is not None:
            assert name.lower() not in kept, (attrs, kept)
            assert name in reported, (attrs, reported)
