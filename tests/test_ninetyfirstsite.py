"""kznews against a ninety-first copy of ic24.kz, a Liferay DXP 7.4 portal (tests/ninetyfirstsite).

The copy's web content articles carry a structure template's metadata row, ``h1`` (or the Asset
Publisher's ``h3.asset-title``), Adaptive Media pictures, the outlet's info line and rich text
inside ``div.journal-content-article``, with lower-cased tag links and categories of
vocabularies below; the listing is an Asset Publisher paged by portlet parameters, its links
in Liferay's many forms (``/news/…``, ``/-/…``, ``/web/guest/-/…``, ``/kk/-/…``, the
publisher's full-content view, a ``?redirect=`` back-link). The crawl runs with the default
discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from urllib.parse import urlsplit

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.ninetyfirstsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
PAGE = re.compile(r"/novosti(\?p_p_id=" + site.PORTLET + r"&p_p_lifecycle=0&p_p_state=normal"
                  r"&p_p_mode=view&" + site.NS + r"delta=20&" + site.NS + r"resetCur=false&"
                  + site.NS + r"cur=\d+)?")
# An article's address in any of the forms Liferay answers (group 1: the id).
ARTICLE = re.compile(r"(?:/(?:ru|en|kk))?(?:/news/|(?:/web/guest)?/-/|/novosti/-/asset_publisher/"
                     r"\w+/content/)[A-Za-z0-9-]*-(u\d+)/?")

server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def _ui(a: site.Article) -> str:
    return "kk" if a.look == "kk_prefix" else "ru"


def _info_line(a: site.Article, ui: str) -> str:
    parts = [templates.info_date(a, ui)]
    if a.views is not None and a.look != "views_meta_only":
        parts.append(str(a.views))
    if a.category:
        parts.append(a.category)
    if a.tags and a.look != "tags_links_only":
        parts.append(", ".join(a.tags))
    return " ".join(parts)


def test_truth_shape_and_every_look_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.look for a in arts} == {"plain", *site.LOOKS}
    assert sum(a.look != "plain" for a in arts) * 4 >= len(arts)
    assert {a.views for a in arts} >= {None, 0}
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    assert any(a.clock for a in arts) and any(not a.clock for a in arts)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]
    for a in arts:
        if a.look == "tags_links_only":
            assert a.tags and all(t == t.lower() for t in a.tags), a.id
        if a.look == "two_vocab":
            assert a.region and a.category, a.id


def test_pages_carry_the_truth() -> None:
    base = "http://h"
    targets = site.article_targets(base)
    for a in site.build():
        for target, ui in ((a.path, "ru"), (targets[a.id], _ui(a))):
            markup, text = checks.page(site.route, target)
            for para in [a.title, *a.paragraphs]:
                assert para in text, (a.id, target, para[:60])
            assert _info_line(a, ui) in text, (a.id, _info_line(a, ui))
            if a.look == "tags_links_only":
                assert "ic-news__tags" not in markup and 'class="asset-tags"' in markup
            assert all(t in text for t in a.tags), a.id
            assert (f"{templates.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
            assert a.source is None or a.source in text, a.id
            assert a.source_line == (f"Источник: {a.source}" in text), a.id
            assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
            assert all(templates.e(p) in markup for p in a.image_paths()), a.id
            assert f'lang="{templates.UI[ui]["lang"]}"' in markup, (a.id, target)
            assert "USD/KZT 0.0" in text and "journal-content-article" in markup
            assert f'<link data-senna-track="temporary" href="{base}{templates.prefix(ui)}' \
                   f'{a.path}" rel="canonical" />' in markup
            assert f'href="{base}/kk{a.path}" hreflang="kk-KZ"' in markup
            assert f"Liferay.authToken = '{templates.AUTH}'" in markup and "p_auth=" in markup
            full = target.startswith(site.LISTING)
            assert ('<h3 class="asset-title">' in markup) == full, (a.id, target)
            assert ('<h1 class="ic-news__title">' in markup) != full, (a.id, target)
            if a.look == "views_meta_only" and not full:
                assert f"Просмотров: {a.views}" in text
            if a.look == "two_vocab":
                assert text.index(f"Регион: {a.region}") < text.index(f"Рубрика: {a.category}")
            if a.look == "glued_credit":
                glued = html.unescape(re.sub(r"<[^>]+>", "", markup))  # no space between tags
                assert f"Фото:{a.photo_credit}{a.dateline()}" in glued
            if a.images and a.look != "dm_preview":
                assert "/Preview-1000x0/" in markup and "<picture" in markup
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in checks.page(
        site.route, site.by_num()[49120].path)[1]


def test_seed_pages_keep_their_hazards() -> None:
    ru, en = site.by_num()[45694], site.by_num()[46768]
    markup, text = checks.page(site.route, ru.path)
    assert "<p>&nbsp;</p>\n<p>Источник: КазТАГ</p>" in markup
    assert site.by_num()[45713].path in markup  # the English twin, a related asset
    assert "Алматы. 16 апреля. Центр информации - " in text
    en_markup, en_text = checks.page(site.route, en.path)
    assert "\u0415mbassies" in en_markup and "Источник: EU Reporter" in en_text
    # <html lang> and og:locale are the UI's, not the text's
    assert 'lang="ru-RU"' in en_markup and 'content="ru_RU"' in en_markup


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_listing(base_url, site.LISTING, PAGE, site.truth(base_url),
                         site.listing_targets(), article=ARTICLE)
    assert site.page_count() == 3
    status, _, body = get(base_url + site.page_target(99))  # past the end: the last page
    assert status == 200 and site.page_items(3)[0].title.encode() in body
    first = get(base_url + site.LISTING)[2].decode()
    assert "Следующий" in first and "Предыдущий" in first and 'class="news_text"' in first


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots(base_url, b"User-Agent: *", b"Disallow: /c/",
                        f"Sitemap: {base_url}/sitemap.xml".encode(), agent=False)
    a = site.by_num()[45694]
    checks.check_old_slug(base_url, a)
    checks.check_moved(base_url, f"/kk/-/old-slug-{a.id}", f"/kk/-/{a.url_title}")
    checks.check_moved(base_url, "/c/portal/update_language?p_l_id=38&redirect=%2Fnovosti"
                       "&languageId=kk_KZ", "/kk/novosti", 302)
    checks.check_404(base_url, "/news/whatever-u1", "/nothing", "/-/whatever-u1",
                     f"/novosti/-/asset_publisher/oThEr/content/{a.url_title}")
    for target in (f"/web/guest/-/{a.url_title}", f"/en/news/{a.url_title}", "/", "/kk/novosti"):
        assert get(base_url + target)[0] == 200, target


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("ninetyfirstsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every target once and every article by one of its addresses only (its twins under
    other forms and language prefixes are the same story); beyond robots, the sitemap, the
    home page and the listing's pages only a few discovery probes that the copy answers 404.
    The listing's ``hreflang`` alternates (``/en/novosti``, ``/kk/novosti``) may be read once
    each: nothing but reading one tells that it lists the same stories in another UI language
    rather than a language's own section; their further pages never."""
    gets = crawl_run[1]
    counts = Counter(t for t, _ in gets)
    assert not [t for t, n in counts.items() if n > 1], counts.most_common(5)
    by_id = Counter(m.group(1) for t, _ in gets if (m := ARTICLE.fullmatch(urlsplit(t).path)))
    assert set(by_id) == {a.id for a in site.build()}, sorted(set(by_id) ^ {a.id for a in
                                                                         site.build()})
    assert not [i for i, n in by_id.items() if n > 1], by_id.most_common(5)
    checks.check_fetched(gets, {"/robots.txt", site.LISTING, site.page_target(2),
                                site.page_target(3)})
    known = {"/robots.txt", "/sitemap.xml", "/", *site.listing_targets(),
             *(f"/{lang}{site.LISTING}" for lang in site.LOCALES)}
    other = {(t, s) for t, s in gets
             if t not in known and not ARTICLE.fullmatch(urlsplit(t).path)}
    assert all(s == 404 for _, s in other) and len(other) <= 6, sorted(other)


def test_spider_on_liferay_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
