"""kznews against a ninety-third copy of ic24.kz, a Drupal 7 site (tests/ninetythirdsite).

The copy's nodes carry Drupal 7's page title, ``div.meta.submitted`` (Russian interface
"Опубликовано пользователем admin в Чт, 20/04/2023 - 10:30", English "Submitted by admin on
Thu, 04/20/2023 - 10:30", month first), RDFa ``dc:date dc:created``, field.tpl's image, body and
tags fields, the node links with the statistics counter, book navigation and comments beside
the outlet's info line; the ``/novosti`` view pages with Drupal's zero-based pager
(``?page=1`` is the second page) and links one node by ``/node/N``. The crawl runs with the
default discovery (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from urllib.parse import urljoin, urlsplit

from tests.copykit import checks, scoring
from tests.copykit.catalogue import AGENCY
from tests.copykit.crawl import check_score
from tests.copykit.server import get
from tests.ninetythirdsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
_HREF = re.compile(r'href="([^"]+)"')
_ALIAS = re.compile(r"/news/[A-Za-z0-9-]+-u(\d+)")
_NODE = re.compile(r"/node/(\d+)")
_PAGE = re.compile(r"/novosti(\?page=\d+)?")

server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def _info_line(a: site.Article) -> str:
    parts = [templates.info_date(a)]
    if a.views is not None and a.look != "views_links_only":
        parts.append(str(a.views))
    if a.category:
        parts.append(a.category)
    if a.tags and a.look != "tags_comma":
        parts.append(", ".join(a.tags))
    return " ".join(parts)


def _page(path: str) -> tuple[str, str]:
    """A node page's markup and text (Drupal sends ``charset=utf-8`` in lower case), the
    comma after a term link put back against its name as a browser shows it."""
    markup, text = checks.page(site.route, path, charset="utf-8")
    return markup, text.replace(" , ", ", ")


def _submitted_stamp(a: site.Article) -> str:
    """The created moment as the submitted line prints it in the page's interface."""
    order = "%m/%d/%Y" if a.ui() == "en" else "%d/%m/%Y"
    return a.local.strftime(f"{order} - %H:%M")


def test_truth_shape_and_every_look_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.look for a in arts} == {"plain", *site.LOOKS}
    assert sum(a.look != "plain" for a in arts) * 4 >= len(arts)
    assert {a.views for a in arts} >= {None, 0}
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    assert truth["u49120"]["tags"] == ["Алматы", "аким", "субботник"]
    assert truth["u49120"]["published_at"] == "2023-04-20T10:30:00+06:00"
    # the interface in the other language on a Russian and on an English node
    assert {a.lang for a in arts if a.look == "other_ui"} >= {"ru", "en"}
    # a month-first date that reads as another day when taken day-first, where only the
    # submitted line carries the time (no RDFa)
    assert any(a.ui() == "en" and a.day.day <= 12 and a.day.day != a.day.month
               for a in arts if a.look == "no_rdf")
    for a in arts:
        assert a.images == len(truth[a.id]["image_urls"])  # type: ignore[arg-type]


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a.path)
        checks.check_story_text(a, markup, text, AGENCY)
        assert _info_line(a) in text, (a.id, _info_line(a))
        assert a.source_line == (a.source is not None and (
            f"Источник: {a.source}" in text)), a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert (a.look == "hidden_submitted") == ("meta submitted" not in markup), a.id
        if a.look != "hidden_submitted":
            assert _submitted_stamp(a) in text, (a.id, _submitted_stamp(a))
        created = f'property="dc:date dc:created" content="{a.local.isoformat()}"'
        assert (created in markup) == (a.look != "no_rdf"), a.id
        assert f'xml:lang="{a.ui()}"' in markup
        if a.views:
            assert templates.views_word(a.views, a.ui()) in text, a.id
        assert "USD/KZT 0.0" in text and 'id="page-title"' in markup
        assert f'<link rel="canonical" href="{a.path}" />' in markup
        assert f'<link rel="shortlink" href="/node/{a.num}" />' in markup
        # the system path serves the same node
        assert site.route(a.node_path, "h")[2] == site.route(a.path, "h")[2]
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in _page(
        site.by_num()[49120].path)[1]


def test_seed_pages_keep_their_hazards() -> None:
    markup, text = _page(site.by_num()[45694].path)
    assert "<p>\u00a0</p>" in markup and 'hreflang="en"' in markup
    assert "Алматы. 16 апреля. Центр информации - " in text
    assert "Опубликовано пользователем admin в Пт, 16/04/2021 - 11:20" in text
    en_markup, en_text = _page(site.by_num()[46768].path)
    assert "\u0415mbassies" in en_markup and "Источник: EU Reporter" in en_markup
    assert "Submitted by admin on Mon, 08/02/2021 - 09:05" in en_text
    glued = next(a for a in site.build() if a.look == "credit_in_body")
    glued_markup, _ = _page(glued.path)
    bare = html.unescape(re.sub(r"<[^>]+>", "", glued_markup))  # the text with nothing between
    assert f"Фото:{glued.photo_credit}{glued.dateline()}" in bare


def _walk(base: str) -> tuple[set[str], set[str], set[str]]:
    """The listing walked from ``/novosti``: the ids linked by alias, the ids linked by
    ``/node/N``, and the listing pages visited."""
    queue, pages, by_alias, by_node = [site.LISTING], set[str](), set[str](), set[str]()
    while queue:
        target = queue.pop()
        if target in pages:
            continue
        pages.add(target)
        status, _, body = get(base + target)
        assert status == 200, target
        for href in _HREF.findall(body.decode("utf-8")):
            parts = urlsplit(urljoin(base + target, html.unescape(href)))
            link = parts.path + (f"?{parts.query}" if parts.query else "")
            if m := _ALIAS.fullmatch(parts.path):
                by_alias.add(f"u{m.group(1)}")
            elif m := _NODE.fullmatch(parts.path):
                by_node.add(f"u{m.group(1)}")
            elif _PAGE.fullmatch(link):
                queue.append(link)
    return by_alias, by_node, pages


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    by_alias, by_node, pages = _walk(base_url)
    assert by_alias | by_node == set(site.truth(base_url))
    assert by_node == {a.id for a in site.build() if a.look == "node_href"}
    assert pages == {site.page_target(n) for n in range(1, site.page_count() + 1)}
    assert site.page_count() == 5 and site.page_target(2) == "/novosti?page=1"
    status, _, body = get(base_url + "/novosti?page=1")
    assert status == 200 and b'<li class="pager-current">2</li>' in body
    assert "следующая ›".encode() in body and "последняя »".encode() in body


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694], "/node/1", "/taxonomy/term/3")
    checks.check_robots(base_url, b"Disallow: /comment/reply/", b"Disallow: /print/")
    first, last = get(base_url + "/novosti")[2], get(base_url + "/novosti?page=4")[2]

    def rows(body: bytes) -> list[str]:
        return re.findall(r'<div class="news_text"><a href="([^"]+)"', body.decode())

    # Drupal's pager: ?page=0 and a word are the first page, a number past the end the last
    assert rows(get(base_url + "/novosti?page=0")[2]) == rows(first)
    assert rows(get(base_url + "/novosti?page=x")[2]) == rows(first)
    assert rows(get(base_url + "/novosti?page=99")[2]) == rows(last) and rows(last)
    status, _, body = get(base_url + site.by_num()[49120].node_path)
    assert status == 200 and b'rel="canonical" href="/news/' in body
    assert get(base_url + "/")[0] == 200


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("ninetythirdsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every target once; robots, every listing page and every node at one of its two
    addresses (the alias, or ``/node/N`` where the listing links that); beyond them only a
    few discovery probes that the copy answers 404."""
    gets = crawl_run[1]
    targets = Counter(t for t, _ in gets)
    assert not [t for t, n in targets.items() if n > 1], targets.most_common(5)
    listing = {site.page_target(n) for n in range(1, site.page_count() + 1)}
    checks.check_fetched(gets, {"/robots.txt", *listing})
    for a in site.build():
        assert a.path in targets or a.node_path in targets, a.id
    known = {"/robots.txt", *listing, *(a.path for a in site.build()),
             *(a.node_path for a in site.build())}
    other = {(t, s) for t, s in gets if t not in known}
    assert all(s == 404 for _, s in other) and len(other) <= 6, sorted(other)


def test_spider_on_drupal7_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])
