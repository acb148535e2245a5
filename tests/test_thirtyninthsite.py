"""kznews against a thirty-ninth copy of ic24.kz about the links between articles
(tests/thirtyninthsite).

A third of the stories are on no listing page: each is linked from one listed article page,
in one form (a badged headline block entry, a "Читайте также" line, previous/next navigation,
a related card clickable as a row, JSON-LD ``mentions``), often written on the outlet's other
host names with tracking queries or fragments. A few more sit one hop further, behind those
pages: the default related-link bound (``related_depth=1``) must not reach them. The crawl runs
with the default arguments (``max_pages=50`` > the four listing pages); it is scored field by
field, its ``related`` field per article, and its requests against the distinct pages.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from tests.copykit import catalogue, checks, listing, scoring
from tests.copykit.crawl import check_score
from tests.copykit.server import CopyServer, get
from tests.copykit.text import normalise
from tests.thirtyninthsite import links, site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
_HREF = re.compile(r'(?:href="|href=\'|location\.href=\'|"url": ")([^"\']+)')
_OUTLET = re.compile(r"^(?:https?:)?//(?:www\.|m\.)?ic24\.kz(?=/)")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_link_mix() -> None:
    arts = site.build()
    every = {a.id: a.truth("http://h") for a in arts}
    catalogue.check_shape(arts, every, FIELDS, min_kk=3)
    tiers = Counter(a.tier for a in arts)
    assert 0.28 <= tiers[1] / len(site.truth("http://h")) <= 0.4 and tiers[2] >= 3
    plans = [ln for a in arts for ln in links.page_links(a)]
    assert {ln.place for ln in plans} >= {"also", "nav-prev", "nav-next", "card", "card-onclick",
                                         "mentions", *(f"block:{s}" for s in links.STYLES)}
    assert {ln.host for ln in plans} == set(links.HOSTS) | {"base?utm"}
    related = links.related_truth("http://h")
    assert all(related[a.id] for a in arts)
    titles = [r["title"] for recs in related.values() for r in recs]
    assert any(t.endswith("…") for t in titles) and Counter(
        r["lang"] for recs in related.values() for r in recs).keys() == {"ru", "en", "kk"}
    assert links.aliases() and links.dead()


def _text(markup: str) -> str:
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def test_pages_carry_the_truth(base_url: str) -> None:
    related = links.related_truth(base_url)
    for a in site.build():
        status, _, body = get(base_url + a.path)
        assert status == 200, a.id
        markup = body.decode("utf-8")
        text = _text(markup)
        for part in [a.title, *a.paragraphs, *a.tags, a.category or "", a.source or ""]:
            assert part in text, (a.id, part[:60])
        assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text
        assert all(p in markup for p in a.image_paths()) and "USD/KZT 0.0" in text
        for rec in related[a.id]:
            assert html.escape(rec["title"], quote=True) in markup, (a.id, rec)


def _resolve(base_url: str, page: str, href: str) -> str | None:
    """The id a link leads to on the served copy (outlet hosts read as the copy), or None."""
    url = urljoin(page, _OUTLET.sub(base_url, html.unescape(href)))
    for _ in range(3):
        if not url.startswith(base_url + "/news/"):
            return None
        status, headers, _ = get(url)
        if status == 200:
            return listing.ARTICLE.search(urlsplit(url).path).group(1)  # type: ignore[union-attr]
        if status != 301:
            return None
        url = urljoin(url, headers["Location"])
    return None


def _outlinks(base_url: str, art: site.Article) -> set[str]:
    page = base_url + art.path
    markup = get(page)[2].decode("utf-8")
    return {i for h in set(_HREF.findall(markup)) if (i := _resolve(base_url, page, h))} - {art.id}


def test_links_hide_the_tiers(base_url: str) -> None:
    """What the served markup links: the related truth of every page, and the tiers (listed,
    one hop from a listed page, two hops) as a walk of the links finds them."""
    related = links.related_truth(base_url)
    graph = {a.id: _outlinks(base_url, a) for a in site.build()}
    moved, gone = links.aliases(), set(links.dead())  # related records ids as linked
    for ident, out in graph.items():
        leads_to = {moved.get(n, n) for r in related[ident] for n in [int(r["id"][1:])]}
        assert out == {f"u{n}" for n in leads_to - gone} - {ident}, ident
    ids, _ = listing.walk(base_url, "/novosti", re.compile(r"/novosti(\?page=\d+)?"))
    assert ids == {a.id for a in site.listed()}
    first = set().union(*(graph[i] for i in ids)) - ids
    second = set().union(*(graph[i] for i in first)) - ids - first
    assert first == {a.id for a in site.tier(1)} and second == {a.id for a in site.tier(2)}


def test_robots_redirects_and_dead_ids(base_url: str) -> None:
    checks.check_robots(base_url, absent=(b"Sitemap",))
    checks.check_404(base_url, "/sitemap.xml", "/rss", "/feed", "/novosti?page=99",
                     "/novosti?page=x", *(f"/news/udalennaya-novost-u{n}" for n in links.dead()))
    for old, new in links.aliases().items():
        status, headers, _ = get(f"{base_url}/news/staryy-adres-u{old}")
        assert status == 301 and headers["Location"] == base_url + site.by_num()[new].path
    art = site.listed()[0]
    assert get(f"{base_url}/news/novost-{art.id}")[1]["Location"] == base_url + art.path


# --------------------------------------------------------------------------- the crawl


class Crawl:
    def __init__(self, score: scoring.Score, items: list[dict[str, Any]],
                 log: list[tuple[str, str, int]]) -> None:
        self.score, self.items, self.log = score, items, log


@pytest.fixture(scope="module")
def crawl(server: CopyServer, tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    """One crawl with the default arguments (scored_crawl passes only ``max_pages=50``)."""
    workdir = tmp_path_factory.mktemp("s39")
    sc, log = checks.crawl_log("thirtyninthsite", server, workdir, site.truth(server.url),
                               FIELDS, shown=12)
    items = [json.loads(line) for line in (workdir / "out.jsonl").read_text("utf-8").splitlines()
             if line]
    print(requests_report(log))
    return Crawl(sc, items, log)


def requests_report(log: list[tuple[str, str, int]]) -> str:
    targets = Counter(t for _, t, _ in log)
    kinds = Counter(_kind(t, s) for _, t, s in log)
    return (f"requests {len(log)}, distinct {len(targets)}; "
            + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))


def _kind(target: str, status: int) -> str:
    path = urlsplit(target).path
    if path.startswith("/news/"):
        return f"article {status}" + (" (query)" if "?" in target else "")
    return path.split("/")[1] or "/"


def test_spider_crawl_is_clean(crawl: Crawl) -> None:
    """No id twice, no article past the related-link bound (tier 2) nor outside the copy."""
    assert not crawl.score.duplicates and not crawl.score.unexpected, \
        scoring.report(crawl.score)
    assert crawl.score.found > 0


def test_spider_on_link_copy(crawl: Crawl) -> None:
    check_score(crawl.score)


def related_score(base: str, items: list[dict[str, Any]]) -> tuple[float, float, list[str]]:
    """(share of found articles whose related ids are right, share of right url/title/lang
    over the ids both hold, first mismatches)."""
    want_all, bad, ok_ids, fields_ok, fields_total = links.related_truth(base), [], 0, 0, 0
    for item in items:
        want = {r["id"]: r for r in want_all.get(str(item.get("id")), [])}
        got = {str(r.get("id")): r for r in item.get("related") or []}
        if set(want) == set(got):
            ok_ids += 1
        else:
            bad.append(f"{item['id']} ids: missing {sorted(set(want) - set(got))}, "
                       f"extra {sorted(set(got) - set(want))}")
        for ident in set(want) & set(got):
            for name in ("url", "title", "lang"):
                fields_total += 1
                if want[ident][name] == got[ident].get(name):
                    fields_ok += 1
                else:
                    bad.append(f"{item['id']} -> {ident} {name}: want {want[ident][name]!r} "
                               f"got {got[ident].get(name)!r}")
    return ok_ids / max(len(items), 1), fields_ok / max(fields_total, 1), bad


def test_related_field(crawl: Crawl, base_url: str) -> None:
    ids_rate, fields_rate, bad = related_score(base_url, crawl.items)
    print(f"related: ids right on {ids_rate:.1%} of pages, url/title/lang {fields_rate:.1%}")
    print("\n".join(bad[:40]))
    assert ids_rate >= 0.98 and fields_rate >= 0.98, "\n".join(bad[:40])


def test_no_page_fetched_twice(crawl: Crawl) -> None:
    """Each target once, each article once (a 200 under any of its addresses)."""
    twice = {t: n for t, n in Counter(t for _, t, _ in crawl.log).items() if n > 1}
    per_id = Counter(m.group(1) for _, t, s in crawl.log
                     if s == 200 and (m := listing.ARTICLE.search(t)))
    again = {i: n for i, n in per_id.items() if n > 1}
    assert not twice and not again, (requests_report(crawl.log), twice, again)


def test_no_trap_followed(crawl: Crawl) -> None:
    """No tag or rubric page, no share link of the page itself, no other outlet's id read as
    this outlet's, no look-alike host, no tier-2 article (past the default related bound)."""
    hidden = {a.id for a in site.tier(2)}
    foreign = {f"u{templates.lookalike(a)}" for a in site.build()} | {
        f"u{k}{a.num}" for a in site.build() for k in (4, 5)}
    traps = [t for _, t, _ in crawl.log
             if t.startswith(("/tag/", "/rubric/")) or "share=" in t
             or ((m := listing.ARTICLE.search(t)) and m.group(1) in hidden | foreign)]
    assert not traps, (requests_report(crawl.log), traps)
