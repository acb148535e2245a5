"""kznews against a forty-first copy of ic24.kz that changes on every request and between crawls
(tests/fortyfirstsite).

Every answer differs: a CSRF token and script nonces, ``?v=`` cache-busters, a "Сейчас читают"
box and an ad between the paragraphs, a promo line after the text, relative stamps and view
numbers of other stories in the sidebar, a view counter that grows with each request, a comment
count, an A/B ``og:title``, a shuffled tag cloud, a quote of the day. Between two crawls over the
same state and feeds directories (as a scheduled user runs it) a paragraph is added to one
article, a typo fixed in a title (its slug with it) and in a paragraph, a photo replaced, an
article deleted and two new ones published on top of the listing. SPEC: the second run exports
the new articles and those whose ``content_hash`` (title + body) changed, with ``revision`` 2,
and nothing else. The second run sets ``KZNEWS_RECHECK_HOURS=0``: the days between two scheduled
runs have passed, so every known article is due for its re-check (with the default 24 hours a
run seconds later fetches only the new articles and cannot see an edit at all).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.copykit import catalogue, checks, scoring, seeds
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import MAX_PAGES, check_score, crawl_copy, scored_crawl
from tests.copykit.server import CopyServer, served
from tests.copykit.text import normalise
from tests.crawl_helpers import CrawlResult
from tests.fortyfirstsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
ARTICLE_ID = re.compile(r"-(u\d+)/?$")
# what rotates per request; none of it belongs in a record
ROTATING = (*templates.ADS, *templates.PROMOS, *templates.QUOTES, *templates.NOW_READING.values(),
            *templates.AB_TITLES.values(), "Реклама", "Самое читаемое", "Популярные теги",
            "назад", "ago", "Цитата дня", "Обновлено", "Поделиться")

base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_changes() -> None:
    arts = site.build()
    truth = site.Live().truth("http://h")
    catalogue.check_shape(arts, truth, FIELDS, min_kk=3)
    assert sorted(site.roles().values()) == ["deleted", "paragraph", "photo", "title", "typo"]
    one, two = {a.id: a for a in site.build()}, {a.id: a for a in site.build2()}
    roles = {v: k for k, v in site.roles().items()}
    assert roles["deleted"] not in two and len(two) == len(one) + 1
    assert [a.id for a in site.build2()[:2]] == sorted(set(two) - set(one), reverse=True)
    assert two[roles["paragraph"]].paragraphs[:-1] == one[roles["paragraph"]].paragraphs
    assert two[roles["title"]].title != one[roles["title"]].title
    assert two[roles["title"]].path != one[roles["title"]].path
    assert two[roles["typo"]].paragraphs != one[roles["typo"]].paragraphs
    assert two[roles["photo"]].image_paths() != one[roles["photo"]].image_paths()
    changed = {i for i in one if i in two and one[i] != two[i]}
    assert changed == {roles[r] for r in ("paragraph", "title", "typo", "photo")}
    en, ru = truth["u46768"], truth["u45694"]
    assert en["body"] == "\n\n".join(seeds.en().paragraphs) and en["source"] == "EU Reporter"
    assert ru["body"] == "\n\n".join(seeds.ru().paragraphs) and ru["dateline_place"] == "Алматы"


def _text(markup: str) -> str:
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def test_pages_carry_the_truth_and_differ_on_every_request() -> None:
    for phase in (1, 2):
        live = site.Live(phase)
        for a in live.arts():
            first, second = (live.route(a.path, "h") for _ in range(2))
            assert first[0] == 200 and first[2] != second[2], a.id
            markup = second[2].decode()
            text = _text(markup)
            for para in [a.title, *a.paragraphs, *a.tags]:
                assert para in text, (a.id, para[:60])
            assert f"<h1 class=\"story__title\">{html.escape(a.title)}</h1>" in markup
            assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
            assert a.category is None or a.category in text
            assert re.search(rf"\b{live.shown[a.id]}\b", text) and live.shown[a.id] == \
                (a.views or 0) + 2
            assert a.source is None or a.source in text
            assert a.photo_credit is None or f"Фото: {a.photo_credit}" in text
            assert all(p in markup for p in a.image_paths())
            assert templates.NOW_READING[a.lang] in text and "Реклама" in text


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    deleted = next(k for k, v in site.roles().items() if v == "deleted")
    gone = site.Live(2).route(site.by_num()[int(deleted[1:])].path, "h")
    assert gone[0] == 404
    checks.check_404(base_url, "/news/whatever-u1", "/nothing",
                     f"/novosti?page={site.page_count() + 1}")


# --------------------------------------------------------------------------- two crawls


@dataclass
class Runs:
    live: site.Live
    base: str
    one: CrawlResult
    two: CrawlResult
    feeds_one: list[dict[str, Any]]
    feeds_two: list[dict[str, Any]]
    log_one: list[tuple[str, str, int]]
    log_two: list[tuple[str, str, int]]
    score_one: scoring.Score


def _feed_lines(paths: list[Path]) -> list[dict[str, Any]]:
    import json

    return [json.loads(line) for p in paths for line in p.read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    """Crawl phase 1, let the site change, crawl again over the same state and feeds."""
    live = site.Live(1)
    work = tmp_path_factory.mktemp("fortyfirstsite")
    settings = {"KZNEWS_RENDER": "never"}  # what scored_crawl passes besides max_pages
    with CopyServer(live.route) as srv:
        # the usual scored crawl: -a max_pages=50, KZNEWS_RENDER=never, default discovery;
        # views read once each: the page showed its stored count + 1
        sc = scored_crawl(f"fortyfirstsite run 1 (max_pages={MAX_PAGES})", srv.url, work,
                          live.truth(srv.url), FIELDS, same=scoring.same_moment, shown=8)
        one = CrawlResult(0, _feed_lines([work / "out.jsonl"]), "", work)
        log_one = srv.requests
        files_one = sorted((work / "feeds").glob("*/*.jsonl"))
        live.phase = 2
        two = crawl_copy(srv.url, work, {**settings, "KZNEWS_RECHECK_HOURS": "0"})
        log_two = srv.requests[len(log_one):]
        files_two = sorted(set((work / "feeds").glob("*/*.jsonl")) - set(files_one))
        yield Runs(live, srv.url, one, two, _feed_lines(files_one), _feed_lines(files_two),
                   log_one, log_two, sc)


@pytest.fixture(scope="module")
def crawl(runs: Runs) -> scoring.Score:
    return runs.score_one


def _role(name: str) -> str:
    return next(k for k, v in site.roles().items() if v == name)


def _new_ids() -> set[str]:
    return {a.id for a in site.build2()} - {a.id for a in site.build()}


def test_spider_on_live_copy(crawl: scoring.Score) -> None:
    check_score(crawl)


def test_first_run_exports_every_article_once(runs: Runs) -> None:
    ids = Counter(r["id"] for r in runs.feeds_one)
    assert set(ids) == {a.id for a in site.build()} and max(ids.values()) == 1, ids


def _edited() -> set[str]:
    return {_role(n) for n in ("paragraph", "title", "typo")}


def _spurious(runs: Runs) -> list[tuple[str, list[str]]]:
    """(id, fields that differ from its first-run line) of each revision nobody made."""
    first = {r["id"]: r for r in runs.feeds_one}
    out = []
    for rec in runs.feeds_two:
        if rec["id"] in first and rec["id"] not in _edited():
            old = first[rec["id"]]
            out.append((rec["id"], [k for k in ("title", "body", "tags", "category", "source",
                                                "photo_credit", "image_urls", "views", "related")
                                    if old.get(k) != rec.get(k)]))
    return out


def test_second_run_exports_new_and_edited_only(runs: Runs) -> None:
    """New articles and the ones whose title or text changed (revision 2); the replaced photo
    is outside ``content_hash`` (title + body), so SPEC exports it no more than the unchanged."""
    got = {r["id"]: r.get("revision") for r in runs.feeds_two}
    assert Counter(r["id"] for r in runs.feeds_two).most_common(1)[0][1] == 1
    assert {i: got.get(i) for i in _edited()} == dict.fromkeys(_edited(), 2)
    assert _new_ids() <= set(got)
    spurious = _spurious(runs)
    print(f"\nspurious revisions: {len(spurious)}; fields changed: "
          f"{Counter(f for _, fs in spurious for f in fs)}; e.g. {spurious[:3]}")
    assert set(got) == _edited() | _new_ids(), spurious


def test_second_run_records_carry_the_edits(runs: Runs) -> None:
    want = runs.live.truth(runs.base, _new_ids() | {_role(n) for n in ("paragraph", "title",
                                                                       "typo")})
    sc = scoring.score(want, runs.feeds_two, FIELDS, same=scoring.same_moment)
    assert sc.found == len(want) and sc.accuracy == 1.0, scoring.report(sc, shown=8)


def test_no_feed_line_twice_across_runs(runs: Runs) -> None:
    keys = Counter((r["id"], r["content_hash"]) for r in runs.feeds_one + runs.feeds_two)
    assert [k for k, n in keys.items() if n > 1] == []


def test_only_edited_articles_in_both_runs_feeds(runs: Runs) -> None:
    ids = Counter(r["id"] for r in runs.feeds_one + runs.feeds_two)
    assert {i for i, n in ids.items() if n > 1} == _edited()


def test_records_carry_no_rotating_text(runs: Runs) -> None:
    bad = []
    for rec in [*runs.one.items, *runs.two.items, *runs.feeds_one, *runs.feeds_two]:
        for name in ("title", "body", "tags", "category", "source", "photo_credit",
                     "dateline_place", "image_urls"):
            value = str(rec.get(name))
            bad += [(rec["id"], name, s) for s in ROTATING if s in value]
            bad += [(rec["id"], name, q) for q in ("?v=", "hit.gif") if q in value]
    print(f"\nrotating text in records: {len(bad)}; {Counter(s for _, _, s in bad)}")
    assert bad == []


def _fetches(log: list[tuple[str, str, int]]) -> Counter[str]:
    """Article pages fetched, by id (any slug or query)."""
    out: Counter[str] = Counter()
    for _, target, _status in log:
        m = ARTICLE_ID.search(target.split("?")[0])
        if m and target.startswith("/news/"):
            out[m.group(1)] += 1
    return out


def test_no_page_fetched_twice_and_no_trap(runs: Runs) -> None:
    for log in (runs.log_one, runs.log_two):
        targets = Counter(t for _, t, _ in log)
        twice = [t for t, n in targets.items() if n > 1 and t != "/robots.txt"]
        per_article = [i for i, n in _fetches(log).items() if n > 1]
        # the discovery's probes (/sitemap.xml, /rss …) answer 404 and lead nowhere
        traps = [t for _, t, status in log if "utm_" in t or (status == 200 and not (
            t.startswith(("/news/", "/novosti", "/robots.txt")) or t == "/"))]
        print(f"requests {len(log)}, distinct {len(targets)}, articles {len(_fetches(log))}")
        assert (twice, per_article, traps) == ([], [], [])
