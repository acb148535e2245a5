"""Two shortcuts give what the plain reading gives: a class string's furniture verdict read
token by token (``layout.kind_of``), and a style sheet's hiding rules read one token per rule
(``hidden.style_names``). Each is checked against the plain reading, written out here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from kznews.extract import hidden, layout
from kznews.mirror import build_site

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"

# ------------------------------------------------------------------ class verdicts

CLASS_WORDS = ("footer", "related", "related-tags", "related_topics", "has-sidebar",
               "one-sidebar", "layout-two-col", "ad", "ads", "adv", "advert", "btn-ad", "share",
               "newsletter", "newsletter-post", "rating", "pull-quote", "a2a_kit", "read-also",
               "users-opinions", "latest", "article", "text", "head", "x", "-", "_", "2")
CLASS_STRINGS = st.lists(st.tuples(st.sampled_from(CLASS_WORDS),
                                   st.sampled_from(("", "-x", "_y", "Z", "-news", "2"))),
                         max_size=6).map(lambda parts: " ".join(a + b for a, b in parts))
SPACES = st.sampled_from((" ", "  ", "\t", "\n", " \n "))


def _plain_kind(tag: str, cls: str) -> str | None:
    """The verdict from the vocabulary's patterns over the whole class string at once."""
    if tag in {"header", "footer", "html", "body"} or tag in layout.NOISE_TAGS:
        return layout.kind_of(tag, cls)  # these tags do not read the string token by token
    cls = layout._as_content(cls)
    if "-" in cls:
        cls = layout.WITH_STATE.sub(" ", layout.LAYOUT_STATE.sub(" ", cls))
    if layout.BOUNDARY_CLASS.search(cls):
        return "boundary"
    return "noise" if layout.NOISE_CLASS.search(cls) else None


@settings(max_examples=3000, deadline=None)
@given(CLASS_STRINGS, SPACES, CLASS_STRINGS)
def test_token_verdicts_match_the_whole_string(cls: str, space: str, ident: str) -> None:
    joined = f"{cls}{space}{ident}"
    layout.TOKEN_KINDS.clear()
    assert layout.kind_of("div", joined) == _plain_kind("div", joined), repr(joined)
    assert layout.kind_of("div", joined) == _plain_kind("div", joined), repr(joined)  # memo


def _class_strings(html: str) -> Iterator[tuple[str, str]]:
    for el in lxml_html.fromstring(html).iter():
        if isinstance(el.tag, str):
            yield el.tag, f"{el.get('class') or ''} {el.get('id') or ''}"


def test_token_verdicts_match_on_every_element_of_the_fixtures_and_mirror() -> None:
    pages = [p.read_text("utf-8", "replace") for p in sorted(PAGES.glob("*/page.html"))]
    site = build_site(articles=40, seed=5, variant="mixed")
    pages += [site.render(f"/{a['path'].lstrip('/')}")[2].decode("utf-8") for a in site.articles]
    checked = {pair for page in pages for pair in _class_strings(page)}
    furniture = [pair for pair in checked if _plain_kind(*pair)]
    assert len(checked) > 150 and len(furniture) > 20
    for tag, cls in checked:
        assert layout.kind_of(tag, cls) == _plain_kind(tag, cls), (tag, cls)


# ------------------------------------------------------------------ style sheets

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def _plain_rules(css: str) -> Iterator[tuple[str, str, bool]]:
    """Every rule, brace by brace: (selectors, declarations, outside any block)."""
    css = _COMMENT.sub("", css)
    preludes: list[str] = []
    start = 0
    for brace in re.finditer(r"[{}]", css):
        if brace.group() == "{":
            preludes.append(css[start:brace.start()].strip())
        elif preludes:
            prelude = preludes.pop()
            if not prelude.startswith("@"):
                yield prelude, css[start:brace.start()], not preludes
        start = brace.end()


def _plain_style_names(css: str) -> frozenset[str]:
    hiding: set[str] = set()
    showing: set[str] = set()
    for selectors, decls, always in _plain_rules(css):
        verdict = hidden.declares_hidden(decls)
        if verdict is None:
            continue
        for selector in (s.strip() for s in selectors.split(",")):
            simple = re.fullmatch(r"(?:[a-z][a-z0-9]*)?([.#]-?[_a-z][\w-]*)", selector, re.I)
            if verdict and always and simple:
                hiding.add(simple.group(1).lower())
            elif not verdict or not always:
                showing.update(n.lower() for n in re.findall(r"[.#]-?[_a-z][\w-]*", selector,
                                                             re.I))
    return frozenset(hiding - showing)


CSS_PARTS = ("{", "}", "{", "}", ".a", "#b", ".hide", "p.c", "div", " ", ",", ";", "@media x",
             "@font-face", "display:none", "DISPLAY: NONE", "display:block;", "visibility:hidden",
             "clip:rect(0 0 0 0)", "width:1px;height:0px;overflow:hidden", "left:-9999px",
             "color:red", "/*", "*/", "\n")


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(CSS_PARTS), max_size=40).map("".join))
def test_style_sheet_tokens_match_brace_by_brace(css: str) -> None:
    hidden.style_names.cache_clear()
    assert hidden.style_names(css) == _plain_style_names(css), repr(css)
    deciding = [r for r in _plain_rules(css) if hidden.declares_hidden(r[1]) is not None]
    kept = [r for r in hidden._rules(css) if hidden.declares_hidden(r[1]) is not None]
    assert kept == deciding, repr(css)


def test_declaration_shortcut_matches_the_patterns() -> None:
    for decls in ("color:red", "display:none", "Display : Flex", "visibility:collapse",
                  "clip-path: inset(50%)", "text-indent:-99999px", "width:1PX;height:0px;hidden",
                  "margin:0 1px", ""):
        plain = hidden._DISPLAY.findall(decls) or hidden._VISIBILITY.findall(decls) or (
            hidden._CLIPPED.search(decls)
            or (len(hidden._PIXEL.findall(decls)) >= 2 and "hidden" in decls))
        assert (hidden.declares_hidden(decls) is None) == (not plain), decls
