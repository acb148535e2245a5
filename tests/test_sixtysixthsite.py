"""kznews against a sixty-sixth copy of ic24.kz, a legacy ASP.NET WebForms portal
(tests/sixtysixthsite).

The listing's pager is ``__doPostBack`` links, so only ``/sitemap.xml`` (named in robots.txt)
and the articles' previous/next links reach every article; the crawl runs with the default
discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, listing, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.copykit.text import normalise
from tests.sixtysixthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")

server, base_url = checks.serving(site.route)


def _page(art: site.Article) -> tuple[str, str, str]:
    """Markup, text with tags spaced out, text with tags dropped (normalised; the latter
    without the homoglyph repair, which would rewrite ``Фото:pixabayАлматы``)."""
    status, headers, body = site.route(art.path, "h")
    charset = "windows-1251" if art.dev == "cp1251" else "utf-8"
    assert status == 200 and headers["Content-Type"] == f"text/html; charset={charset}"
    markup = body.decode(charset)
    spaced = normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))
    glued = normalise(html.unescape(re.sub(r"<[^>]+>", "", markup)), homoglyphs=False)
    return markup, spaced, glued


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert {a.dev for a in arts} >= set(site.DEVIATIONS) - {"kk_like_ru"}
    assert 0.25 <= sum(a.dev is not None for a in arts) / len(arts) <= 0.4
    assert all(site.clean(a) for a in arts)
    raw = "".join("".join(a.raw_paragraphs or []) for a in arts)
    assert "\u00a0" in raw and "\u200b" in raw and re.search("[а-я]o[а-я]", raw)


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, spaced, glued = _page(a)
        for para in [a.title, *a.paragraphs]:
            assert para in spaced, (a.id, para[:60])
        label = templates.date_label(a, "ru" if a.dev == "kk_like_ru" else a.lang)
        info = " ".join([label, *([str(a.views)] if a.views is not None else []),
                         *([a.category] if a.category else []), ", ".join(a.tags)]).strip()
        assert info in glued, (a.id, info)
        assert (f"{templates.SITE_NAME[a.lang]} - " in spaced) == bool(a.place), a.id
        assert a.dateline() in glued, a.id
        if a.photo_credit:
            assert f"Фото:{a.photo_credit}" in glued
        if a.dev == "glued_photo":
            assert f"Фото:{a.photo_credit}{a.dateline()}" in glued, a.id
        if a.source and a.source_line:
            assert f"Источник: {a.source}" in spaced, a.id
        assert all(p in markup for p in a.image_paths())
        assert "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0" in spaced
        assert 'id="aspnetForm"' in markup and "__VIEWSTATE" in markup
        assert "<!-- Page generated in 0." in markup
    subbotnik, _, glued = _page(site.by_num()[49120])
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in glued
    assert "Фото:pixabay" in glued
    assert "Алматы. 16 апреля. Центр информации - " in _page(site.by_num()[45694])[1]
    assert "2 August 2021" in _page(site.by_num()[46768])[2]


def test_ways_in_reach_every_article(base_url: str) -> None:
    truth = site.truth(base_url)
    _, _, body = get(base_url + "/sitemap.xml")
    in_sitemap = set(re.findall(r"/news/[A-Za-z0-9-]+-(u\d+)</loc>", body.decode()))
    assert in_sitemap == set(truth)
    # the listing: 15 items, its pager only postbacks; ?page=2 is page 1 again
    ids, pages = listing.walk(base_url, "/novosti", re.compile(r"/novosti(\?.*)?"))
    assert ids == {a.id for a in site.build()[:site.PER_PAGE]} and pages == {"/novosti"}
    assert get(base_url + "/novosti?page=2")[2] == get(base_url + "/novosti")[2]
    assert "__doPostBack('ctl00$ContentPlaceHolder1$gvNews','Page$2')" in get(
        base_url + "/novosti")[2].decode()
    # previous/next links chain through every article
    chain, target = set(), site.build()[-1].path
    while target:
        markup = get(base_url + target)[2].decode("utf-8", errors="replace")
        chain.add(target)
        nxt = re.search(r'id="ctl00_ContentPlaceHolder1_hlNext" href="([^"]+)"', markup)
        target = nxt.group(1) if nxt else ""
    assert chain == {a.path for a in site.build()}
    day_page = get(base_url + "/novosti?date=2023-04-20")[2].decode()
    assert "/news/" in day_page and "u49120" in day_page
    assert b"<item>" in get(base_url + "/rss.aspx")[2]


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694], "/Error.aspx")
    checks.check_robots(base_url, b"Sitemap: ")
    checks.check_moved(base_url, "/", "/novosti", 302)
    checks.check_moved(base_url, "/Default.aspx", "/novosti", 302)
    checks.check_moved(base_url, "/news.aspx?id=49120", site.by_num()[49120].path, 302)
    checks.check_moved(base_url, "/novosti?date=2023-13-40",
                       "/Error.aspx?aspxerrorpath=/novosti", 302)
    status, headers, _ = get(base_url + "/novosti")
    assert status == 200 and headers["Set-Cookie"].startswith("ASP.NET_SessionId=")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("sixtysixthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_spider_on_webforms_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
