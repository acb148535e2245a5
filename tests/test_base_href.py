"""A page's ``<base href>``: every relative URL kznews builds from it resolves against the
base, as a browser's would (images, related links, the canonical URL, listing links, feeds)."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.discovery.feeds import feed_links
from kznews.sites.centerinform.listing import parse_listing

SITE = "https://portal.example.kz"
URL = f"{SITE}/ru/press/sobytiya/news-u47120"
PARAS = [
    "Алматы. 3 марта. Центр информации - В городе завершили ремонт трёх школ, где теперь "
    "учатся более четырёх тысяч детей, сообщили в управлении образования.",
    "В каждой из школ обновили спортзалы, столовые и кабинеты физики и химии, а во дворах "
    "обустроили площадки для занятий на свежем воздухе.",
]


def _page(base: str) -> str:
    return f"""<html><head><meta charset="utf-8">{base}
<title>Ремонт трёх школ завершили в городе</title>
<link rel="canonical" href="ru/press/sobytiya/news-u47120"></head>
<body><div><div><h1>Ремонт трёх школ завершили в городе</h1><span>03.03.2022</span></div>
<div><img src="files/img/2022/03/school.jpg" alt=""></div>
{"".join(f"<p>{p}</p>" for p in PARAS)}
<div>Читайте также: <a href="ru/press/sobytiya/other-u47100">Новый парк открыли у реки</a></div>
</div></body></html>"""


@pytest.mark.parametrize("base, root", [
    (f'<base href="{SITE}/">', f"{SITE}/"),  # absolute
    ('<base href="/">', f"{SITE}/"),  # relative: resolved against the page's URL first
    ('<base target="_blank"><base href="//portal.example.kz/">', f"{SITE}/"),  # the first href
    ('<base href="javascript:void(0)">', f"{SITE}/ru/press/sobytiya/"),  # no http(s): ignored
    ("", f"{SITE}/ru/press/sobytiya/"),
])
def test_relative_urls_of_an_article_resolve_against_the_base(base: str, root: str) -> None:
    record = article_from_html(_page(base), URL)
    assert record is not None
    assert record["image_urls"] == [root + "files/img/2022/03/school.jpg"]
    assert [r["url"] for r in record["related"]] == [root + "ru/press/sobytiya/other-u47100"]
    assert record["canonical_url"] == root + "ru/press/sobytiya/news-u47120"


def test_listing_links_resolve_against_the_base() -> None:
    html = f"""<html><head><base href="{SITE}/"></head><body>
      <div><a href="news/school-u47120">Ремонт</a> <span>03.03.2022</span></div>
      <div><a href="news/park-u47100">Парк</a> <span>02.03.2022</span></div>
      <a href="novosti?page=2">2</a></body></html>"""
    entries, pages = parse_listing(html, f"{SITE}/novosti/")
    assert [e.url for e in entries] == [f"{SITE}/news/school-u47120", f"{SITE}/news/park-u47100"]
    assert pages == [(f"{SITE}/novosti?page=2", 2)]


def test_feed_links_resolve_against_the_base() -> None:
    html = f"""<html><head><base href="{SITE}/">
      <link rel="alternate" type="application/rss+xml" href="rss.xml"></head></html>"""
    assert feed_links(html, f"{SITE}/novosti/") == [f"{SITE}/rss.xml"]
