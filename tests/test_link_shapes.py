"""Links in every legal shape: a path parameter after the article's id (a servlet's
``;jsessionid=…``), an image map's ``<area href>``; each still names its article, once."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.sites.centerinform.listing import parse_listing
from kznews.sites.centerinform.outlet import article_id, canonical_url

SITE = "https://portal.example.kz"


@pytest.mark.parametrize("href, aid", [
    ("/news/vybory-u31207;jsessionid=9AB01F?ref=top", "u31207"),
    ("https://portal.example.kz/news/vybory-u31207;JSESSIONID=9AB01F.node2", "u31207"),
    ("/news/vybory-u31207;PHPSESSID=abc;lang=ru/", "u31207"),
    ("/news/u31207;sid=1", "u31207"),
    ("/news/vybory-u31207.html;sessionid=x", "u31207"),
    ("/a;b=1/news/vybory-u31207", "u31207"),  # a parameter on another segment
    ("/news/vybory-u31207%3Bsid=1", None),  # an escaped ';' is part of the name
    ("/news/vybory;u31207", None),  # what follows ';' names no article
])
def test_article_id_is_read_past_path_parameters(href: str, aid: str | None) -> None:
    assert article_id(href) == aid


@pytest.mark.parametrize("url, canonical", [
    (f"{SITE}/news/vybory-u31207;jsessionid=9AB01F?ref=top", f"{SITE}/news/vybory-u31207?ref=top"),
    (f"{SITE}/news/vybory-u31207;PHPSESSID=abc;lang=ru", f"{SITE}/news/vybory-u31207;lang=ru"),
    (f"{SITE}/lenta/page/3/;Sess_Id=77", f"{SITE}/lenta/page/3/"),
    (f"{SITE}/lenta;CFID=1;CFTOKEN=2/page/3", f"{SITE}/lenta/page/3"),
    (f"{SITE}/news/vybory-u31207;v=2", f"{SITE}/news/vybory-u31207;v=2"),  # not a session
    (f"{SITE}/news/possession=1", f"{SITE}/news/possession=1"),  # no ';': a path as it is
])
def test_canonical_url_drops_session_ids_in_the_path(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_listing_reads_session_id_links_and_image_map_areas() -> None:
    html = f"""<html><body>
      <img src="/img/banner.png" usemap="#top"><map name="top">
        <area shape="poly" coords="0,0,10,10,0,10" href="{SITE}/news/parad-u31300?s=1"
              alt="Парад на площади">
        <area shape="default" nohref alt="ничего"></map>
      <ul class="lenta">
        <li><a href="/news/vybory-u31207;jsessionid=9AB01F?s=2">Выборы</a> 14.05.2023</li>
        <li><a href="/news/vybory-u31207?s=3">Выборы снова</a></li>
        <li><a href="/news/most-u31208;Sid=7/">Мост</a> 13.05.2023</li>
      </ul></body></html>"""
    entries, _ = parse_listing(html, f"{SITE}/lenta")
    got = [(e.id, e.url, e.title) for e in entries]
    assert got == [
        ("u31300", f"{SITE}/news/parad-u31300?s=1", "Парад на площади"),
        ("u31207", f"{SITE}/news/vybory-u31207?s=2", "Выборы"),
        ("u31208", f"{SITE}/news/most-u31208", "Мост"),
    ]


PARAS = [
    "Астана. 14 мая. Центр информации - В столице открыли новый мост через реку, по которому "
    "каждый день будут проезжать тысячи машин, сообщили в акимате города.",
    "Строительство моста заняло два года, а его длина составила почти полкилометра, добавили "
    "в управлении строительства.",
]


def test_related_links_include_image_map_areas() -> None:
    html = f"""<html><head><meta charset="utf-8"><title>Новый мост открыли в столице</title>
</head><body><div><h1>Новый мост открыли в столице</h1><span>14.05.2023</span>
{"".join(f"<p>{p}</p>" for p in PARAS)}</div>
<div class="more"><img src="/img/more.png" usemap="#p" alt=""><map name="p">
<area shape="rect" href="/news/parad-u31300;jsessionid=1A" alt="Парад на площади">
</map></div></body></html>"""
    record = article_from_html(html, f"{SITE}/news/most-u31208")
    assert record is not None
    assert [(r["id"], r["title"], r["url"]) for r in record["related"]] == [
        ("u31300", "Парад на площади", f"{SITE}/news/parad-u31300")]
