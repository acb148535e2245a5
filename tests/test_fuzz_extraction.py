"""Hypothesis fuzzing of extraction on mutated mirror pages: the article and listing parsers
never raise, and whatever article they build still passes the feed's JSON Schema."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from datetime import date
from functools import cache
from urllib.parse import urlsplit

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kznews.items import Article
from kznews.loaders import build_article, missing_fields
from kznews.mirror import Site, build_site
from kznews.pipelines.validate import problems
from kznews.sites.centerinform import extract_article
from kznews.sites.centerinform.listing import parse_listing
from kznews.sites.centerinform.outlet import article_id

BASE = "http://127.0.0.1:8000"
TODAY = date(2026, 11, 1)
FUZZ = settings(max_examples=300, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

JUNK = st.sampled_from([
    "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "&nbsp;", "</p>", "<p>", "</div>", "<div>",
    "<script>", "</script>", "<!--", "-->", "<![CDATA[", "\x00", "\ufeff", "\u200b", "\ufffd",
    "<h1>", "</h1>", '<a href="javascript:alert(1)">', '<a href="/news/x-u1">', "</html>",
    '<meta charset="cp1251">', "Источник:", "Фото:", "Алматы. 31 февраля. ", "USD/KZT 0.0",
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"x"}</script>',
    "<time datetime='9999-99-99'>", "\n\n", " ", "ё", "𝔘",
    # markup and bad text in fields
    "<xmp><b>", "</xmp>", "<plaintext>", "<noembed><i>", "<noframes>", "<listing>", "</body>",
    "&lt;script&gt;alert(1)&lt;/script&gt;", "\u202e", "\u2066", "\u200f", "\x07", "<div>" * 2100,
    '<meta property="og:title" content="&lt;b&gt;x&lt;/b&gt;\u202e">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"<b>\\ud800</b>",'
    '"articleBody":"<p>a</p><script>alert(1)<\\/script>","about":' + "[" * 3000 + "]" * 3000
    + "}</script>",
])
TAG_SHAPED = re.compile(r"<[A-Za-z/!?][^<>]*>|<!--")


def text_fields_are_clean(article: Article) -> bool:
    texts = [article.title, article.body, article.category or "", article.source or "",
             article.photo_credit or "", article.dateline_place or "", *article.tags,
             *(link["title"] for link in article.related)]
    return not any(TAG_SHAPED.search(t) or any(
        unicodedata.category(ch) in ("Cf", "Cs")
        or (unicodedata.category(ch) == "Cc" and ch != "\n") for ch in t) for t in texts)


@cache
def site() -> Site:
    return build_site(articles=40, seed=5)


def page(path: str) -> str:
    status, _, body = site().render(path, base=BASE)
    assert status == 200
    return body.decode("utf-8")


@st.composite
def mutated(draw: st.DrawFn, source: str) -> str:
    """``source`` with a few cuts, deletions, duplications and junk insertions."""
    text = source
    for _ in range(draw(st.integers(1, 6))):
        n = len(text)
        op = draw(st.sampled_from(["cut", "delete", "insert", "dup", "swap", "bytes"]))
        i = draw(st.integers(0, n))
        j = min(n, i + draw(st.integers(0, max(1, n // 4))))
        if op == "cut":
            text = text[:i]
        elif op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + "".join(draw(st.lists(JUNK, min_size=1, max_size=5))) + text[i:]
        elif op == "dup":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "swap":
            text = text[:i] + text[i:j].upper() + text[j:]
        else:
            raw = draw(st.binary(min_size=1, max_size=16))
            text = text[:i] + raw.decode("utf-8", "replace") + text[j:]
    return text


def article_page() -> st.SearchStrategy[tuple[str, str]]:
    return st.integers(0, 39).map(lambda i: site().plan(i).path).flatmap(
        lambda path: st.tuples(st.just(path), mutated(page(path))))


@FUZZ
@given(article_page(), st.sampled_from([(), (("listing", date(2021, 4, 16)),)]))
def test_mutated_article_never_raises_and_stays_valid(
        case: tuple[str, str], hints: tuple[tuple[str, date], ...]) -> None:
    path, html = case
    url = BASE + path
    ex = extract_article(html, url, hints, TODAY)
    if missing_fields(ex):
        return  # dropped by the spider as incomplete, with a counted reason
    article = build_article(ex, url)
    assert problems(article) == [], (path, problems(article))
    assert article.id == article_id(url)
    assert text_fields_are_clean(article), article


FIELD_TEXT = st.lists(st.one_of(JUNK, st.text(max_size=4), st.sampled_from(
    ["\ud800", "\udfff", "<b>", "</b>", "&amp;lt;", "&lt;i&gt;", "<p>", "\u202e", "\U000e0041"])),
    max_size=12).map("".join)


@FUZZ
@given(FIELD_TEXT, FIELD_TEXT, FIELD_TEXT, st.integers(0, 39))
def test_hostile_field_values_never_raise_nor_reach_the_feed(
        headline: str, body: str, meta_title: str, index: int) -> None:
    """Any string (markup, surrogates, controls) as JSON-LD headline/articleBody/keywords and
    as og:title: the article is built or dropped as incomplete, never raises, never dirty."""
    path = site().plan(index).path
    ld = json.dumps({"@type": "NewsArticle", "headline": headline, "articleBody": body,
                     "keywords": [headline, body], "datePublished": "2021-04-16"})
    head = ('<script type="application/ld+json">' + ld.replace("</", "<\\/") + "</script>"
            f'<meta property="og:title" content="{html.escape(meta_title)}">')
    url = BASE + path
    ex = extract_article(page(path).replace("</head>", head + "</head>", 1), url, (), TODAY)
    if missing_fields(ex):
        return
    article = build_article(ex, url)
    assert problems(article) == []
    assert text_fields_are_clean(article), article


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(["utf-8", "cp1251"]))
def test_arbitrary_bytes_never_raise(raw: bytes, encoding: str) -> None:
    ex = extract_article(raw, BASE + "/news/x-u40001", (), TODAY)
    if not missing_fields(ex):
        assert problems(build_article(ex, BASE + "/news/x-u40001")) == []
    parse_listing(raw.decode(encoding, "replace"), BASE + "/novosti")


@FUZZ
@given(st.integers(1, 2).flatmap(
    lambda n: st.tuples(st.just(n), mutated(page("/novosti" if n == 1 else f"/novosti?page={n}")))))
def test_mutated_listing_never_raises_and_keeps_to_the_host(case: tuple[int, str]) -> None:
    number, html = case
    url = BASE + ("/novosti" if number == 1 else f"/novosti?page={number}")
    entries, pages = parse_listing(html, url)
    host = urlsplit(BASE).netloc
    for entry in entries:
        assert urlsplit(entry.url).scheme in ("http", "https")
        assert urlsplit(entry.url).netloc == host
        assert entry.id == article_id(entry.url)
    for link, n in pages:
        assert urlsplit(link).netloc == host and n >= 1
