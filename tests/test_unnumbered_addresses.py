"""An outlet whose article addresses name no id (a platform's ``/p/<slug>``).

The page names its own id (its canonical, ``og:url`` or JSON-LD address keeps the old
``…-u<N>`` one): that is the record's id. A crawl that meets no address with an id reads the
sitemap's and feed's entries for it; a crawl that does meet them never fetches the id-less
entries (a site's rubrics and static pages).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kznews.sites.centerinform.article import extract_article
from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl

TEXT = ("Алматы. 20 апреля. Центр информации - В Алматы прошёл общегородской весенний "
        "субботник, в котором приняли участие более 60 тысяч жителей.",
        "В мероприятии приняли участие представители государственных органов, бизнеса и "
        "общественных организаций.",
        "Контроль за ходом работ возложен на профильное управление акимата города.")


def page(title: str, *, ld_id: str | None = None, canonical: str | None = None,
         day: str = "2023-04-20") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": f"{day}T04:30:00Z"}
    if ld_id:
        ld["@id"] = ld_id
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paras = "".join(f"<p>{p}</p>" for p in TEXT)
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title>'
            f'{link}<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}'
            f'</script></head><body><article><h1>{title}</h1><div class="text">{paras}</div>'
            "</article></body></html>")


# ------------------------------------------------------------------ the id a page names


@pytest.mark.parametrize("kw, want", [
    ({"ld_id": "http://h/news/v-almaty-subbotnik-u49120"}, "u49120"),
    ({"canonical": "/news/v-almaty-subbotnik-u49121"}, "u49121"),
    # the canonical names no id: the JSON-LD's address still does
    ({"canonical": "http://h/p/subbotnik", "ld_id": "/news/subbotnik-u49122#article"}, "u49122"),
])
def test_an_address_without_id_takes_the_id_the_page_names(kw: dict[str, str],
                                                            want: str) -> None:
    ex = extract_article(page("В Алматы прошёл общегородской субботник", **kw),
                         "http://h/p/subbotnik")
    assert ex.id == want and ex.refusal is None


@pytest.mark.parametrize("url, kw, want", [
    # the address's own id stands, whatever the JSON-LD says
    ("http://h/news/subbotnik-u49120", {"ld_id": "http://h/news/other-u5"}, "u49120"),
    # an id named on another server, or nowhere, is none
    ("http://h/p/subbotnik", {"ld_id": "https://example.org/news/x-u77"}, ""),
    ("http://h/p/subbotnik", {}, ""),
])
def test_the_address_id_stands_and_no_other_site_names_one(url: str, kw: dict[str, str],
                                                            want: str) -> None:
    assert extract_article(page("В Алматы прошёл общегородской субботник", **kw), url).id == want


# ------------------------------------------------------------------ the crawl


def _site(with_numbered: bool) -> dict[str, str]:
    """Path -> page: a sitemap of slug addresses (two stories, one page naming no id, one
    naming a story's id again), and, ``with_numbered``, one more story at an address with
    its id."""
    pages = {
        "/p/subbotnik": page("В Алматы прошёл общегородской субботник",
                             ld_id="/news/subbotnik-u49120"),
        "/p/forum": page("В Астане открылся форум молодых предпринимателей",
                         ld_id="/news/forum-u49130", day="2023-05-02"),
        "/p/about": page("О нас и о нашей редакции в Алматы"),
        "/p/subbotnik-copy": page("В Алматы прошёл общегородской субботник",
                                  ld_id="/news/subbotnik-u49120"),
    }
    if with_numbered:
        pages["/news/vystavka-u49140"] = page("В Алматы открылась выставка детских рисунков",
                                              day="2023-05-10")
    return pages


def _serve(pages: dict[str, str]) -> CopyServer:
    def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        base = f"http://{host}"
        if target == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, f"Sitemap: {base}/sitemap.xml\n".encode()
        if target == "/sitemap.xml":
            locs = "".join(f"<url><loc>{base}{p}</loc></url>" for p in pages)
            return 200, {"Content-Type": "application/xml"}, (
                f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9">{locs}</urlset>').encode()
        if target in pages:
            return 200, {"Content-Type": "text/html; charset=utf-8"}, pages[target].encode()
        return 404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>"

    return CopyServer(route)


def test_a_site_without_ids_is_read_from_its_sitemap(tmp_path: Path) -> None:
    with _serve(_site(with_numbered=False)) as srv:
        result = run_crawl(srv.url, tmp_path, "-a", "max_pages=3",
                           settings={"KZNEWS_RENDER": "never"})
        gets = [t for m, t, _ in srv.requests if m == "GET"]
    assert sorted(it["id"] for it in result.items) == ["u49120", "u49130"]
    # the two addresses of one story: whichever answered first is its record
    assert {it["url"].rsplit("/", 1)[1] for it in result.items} < {
        "subbotnik", "subbotnik-copy", "forum"}
    for path in _site(with_numbered=False):
        assert gets.count(path) == 1, path
    assert "names no article id" in result.stderr  # /p/about


def test_id_less_entries_stay_unread_where_addresses_have_ids(tmp_path: Path) -> None:
    with _serve(_site(with_numbered=True)) as srv:
        result = run_crawl(srv.url, tmp_path, "-a", "max_pages=3",
                           settings={"KZNEWS_RENDER": "never"})
        gets = [t for m, t, _ in srv.requests if m == "GET"]
    assert [it["id"] for it in result.items] == ["u49140"]
    assert not [t for t in gets if t.startswith("/p/")]
