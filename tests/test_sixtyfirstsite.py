"""kznews against a sixty-first copy of ic24.kz: SITE.md read again as a Hugo site.

Pretty URLs with a trailing slash behind a CDN (``/novosti`` and slash-less article addresses
answer 301), ``/novosti/page/N/`` pages, ``.news_text`` summaries, ``<time datetime>`` from the
front matter, Goldmark's typographer (``&laquo;``, ``&rsquo;``), taxonomy links, a view count
baked at build time, Hugo's ``article:section`` of "news", a default ``og:image``, footnotes,
figure shortcodes, and a third of the stories deviating in a way of their own. The crawl runs
with the default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field
by field.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.copykit.text import normalise
from tests.sixtyfirstsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
LISTING_TARGET = r"/novosti/(page/\d+/)?"


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_form_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.info_form for a in arts} == set(site.INFO_FORMS)
    assert {a.dev for a in arts} == {"", *site.DEVIATIONS}
    assert {a.markdown for a in arts} == {True, False}
    assert 0.25 <= sum(bool(a.dev) for a in arts) / len(arts) <= 0.45
    assert {a.views for a in arts} >= {None, 683}
    assert any(a.category is None for a in arts) and any(not a.images for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert truth["u46768"]["body"].count("\n\n") == 6


def _joined(markup: str) -> str:
    """The info line's text as a browser joins its inline elements (no space added)."""
    line = re.search(r'<div class="post-meta">.*?</div>', markup)
    assert line is not None
    return normalise(html.unescape(re.sub(r"<[^>]+>", "", line.group())))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path, charset="utf-8")
        checks.check_story_text(a, markup, text, site.AGENCY)
        assert "USD/KZT 0.0" in text and 'content="Hugo 0.1' in markup, a.id
        assert f'<link rel="canonical" href="http://h{a.path}">' in markup
        shown = "…" if a.views is None else a.views
        assert f'<span class="views-count">{shown}</span>' in markup, a.id
        if a.photo_credit:
            assert f"Фото:{a.photo_credit}" in text, a.id
        if a.source_line and a.source:
            assert f"Источник: {a.source}" in text, a.id
        if a.category and a.tags and a.dev in ("", "utc"):
            info = f"{templates.date_line(a)} {a.views or '…'} {a.category} {', '.join(a.tags)}"
            assert info in _joined(markup), (a.id, info)


def test_the_subbotnik_page_as_site_md_has_it() -> None:
    markup, text = checks.page(site.route, site.by_num()[49120].path, charset="utf-8")
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in _joined(markup)
    order = ["В Алматы прошёл общегородской субботник Фото:pixabay", "20 Апреля 2023 683",
             "Алматы. 20 апреля. Центр информации - "]
    assert [text.rindex(part) for part in order] == sorted(text.rindex(part) for part in order)
    assert '<time class="post-date" datetime="2023-04-20T00:00:00+06:00">' in markup
    _, ru = checks.page(site.route, site.by_num()[45694].path, charset="utf-8")
    assert "Алматы. 16 апреля. Центр информации - " in ru and "Источник: КазТАГ" in ru
    assert "ru " in ru
    _, en = checks.page(site.route, site.by_num()[46768].path, charset="utf-8")
    assert "Almaty. August 2. Information Center - " in en and "Источник: EU Reporter" in en


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    queue, pages, ids = ["/novosti/"], set[str](), set[str]()
    while queue:
        target = queue.pop()
        if target in pages:
            continue
        pages.add(target)
        status, _, body = get(base_url + target)
        assert status == 200, target
        for href in re.findall(r'href="([^"]+)"', body.decode("utf-8")):
            path = urlsplit(urljoin(base_url + target, html.unescape(href))).path
            found = re.fullmatch(r"/news/[A-Za-z0-9-]+-(u\d+)/", path)
            if found:
                ids.add(found.group(1))
            elif re.fullmatch(LISTING_TARGET, path):
                queue.append(path)
    assert ids == set(site.truth(base_url)), sorted(ids ^ set(site.truth(base_url)))
    assert pages == checks.paged("/novosti/", "/novosti/page/{}/",
                                 range(2, site.page_count() + 1))
    assert site.page_count() >= 4
    status, _, body = get(base_url + "/novosti/page/1/")
    assert status == 200 and b'http-equiv="refresh"' in body


def test_robots_redirects_and_404(base_url: str) -> None:
    art = site.by_num()[45694]
    checks.check_usual_answers(base_url, art, f"/novosti/page/{site.page_count() + 1}/",
                               "/novosti/page/0/")
    checks.check_moved(base_url, art.path.rstrip("/"), art.path)
    checks.check_moved(base_url, "/novosti", "/novosti/")
    checks.check_moved(base_url, "/novosti/page/2", "/novosti/page/2/")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("sixtyfirstsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_every_page_fetched_once(crawl_run: checks.Logged) -> None:
    """Every listing page and article once; beyond them only redirects (``/novosti``, an
    article's address without its slash), Hugo's sitemap and feed, and 404 probes."""
    gets = crawl_run[1]
    known = checks.copy_pages(site, "page/{}/")
    checks.check_fetched(gets, known)
    repeated = [t for t in known if sum(1 for g, _ in gets if g == t) > 1]
    assert not repeated, repeated
    other = {(t, s) for t, s in gets if t not in known and t != "/robots.txt"}
    assert all(s in (301, 404) or t in ("/sitemap.xml", "/novosti/index.xml")
               for t, s in other), sorted(other)


def test_spider_on_hugo_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
