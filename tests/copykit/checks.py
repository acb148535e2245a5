"""What the test modules of the copies check alike.

- Fixtures: the copy served for a module (``serving``), one scored crawl with the requests it
  made (``crawl_log``, ``logged_crawl_fixtures``: ``crawl_run`` and ``crawl``; ``score_of``).
- The crawl: every page fetched once and nothing else but a few 404 probes
  (``check_fetched_once``), the pages it must fetch (``copy_pages``, ``check_fetched``).
- The copy served: robots.txt, the old-slug redirect, the 404s (``check_usual_answers`` and
  its parts), the listing walk (``check_site_listing``, ``check_listing``).
- The copy itself: its truth's shape (``shaped``, ``check_language_mix``,
  ``ids_in_date_order``, ``check_offsets``), the seed stories (``check_seed_truth``), an
  article page read as text (``page``) and a story's text on it (``check_story_text``).

``test_spider_crawl_is_clean`` (of ``copykit.crawl``) is here too: a module that imports it
has it collected, run on its ``crawl`` fixture."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol

import pytest

from tests.copykit import catalogue, listing, scoring, seeds
from tests.copykit.crawl import scored_crawl
from tests.copykit.crawl import test_spider_crawl_is_clean as test_spider_crawl_is_clean
from tests.copykit.server import CopyServer, Route, get
from tests.copykit.text import normalise

Request = tuple[str, int]  # (target, status) of one GET
Logged = tuple[scoring.Score, list[Request]]
Log = list[tuple[str, str, int]]  # (method, target, status) of every request answered


class Story(Protocol):
    """An article of a copy, as far as these checks read it."""

    @property
    def id(self) -> str: ...

    @property
    def path(self) -> str: ...


class Written(Story, Protocol):
    """An article of a copy, as :func:`check_story_text` reads it."""

    @property
    def lang(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def paragraphs(self) -> Any: ...

    @property
    def tags(self) -> Any: ...

    @property
    def place(self) -> str | None: ...

    @property
    def category(self) -> str | None: ...

    @property
    def source(self) -> str | None: ...

    def image_paths(self) -> Any: ...


# --------------------------------------------------------------------------- fixtures


def serving(route: Route) -> tuple[Any, Any]:
    """The module fixtures ``server`` (the copy on a free port, its request log) and
    ``base_url`` (its address): ``server, base_url = checks.serving(site.route)``."""

    @pytest.fixture(scope="module")
    def server() -> Iterator[CopyServer]:
        with CopyServer(route) as srv:
            yield srv

    @pytest.fixture(scope="module")
    def base_url(server: CopyServer) -> str:
        return server.url

    return server, base_url


def print_gets(gets: list[Request], note: Callable[[list[Request]], str] | None = None) -> None:
    """One line on the crawl's requests: how many, how many distinct, which twice, which 404,
    and what ``note`` adds."""
    targets = Counter(t for t, _ in gets)
    print(f"requests {len(gets)}, distinct {len(targets)}, twice or more "
          f"{sorted(t for t, n in targets.items() if n > 1)}, answered 404 "
          f"{sorted(t for t, s in gets if s == 404)}" + (f", {note(gets)}" if note else ""))


def crawl_log(name: str, server: CopyServer, workdir: Path,
              truth: Mapping[str, Mapping[str, Any]], fields: Iterable[str],
              same: scoring.Same = scoring.same_moment, shown: int = 8
              ) -> tuple[scoring.Score, Log]:
    """One scored crawl of the copy ``server`` serves, and every request the server answered
    during it."""
    before = len(server.requests)
    sc = scored_crawl(name, server.url, workdir, truth, fields, same=same, shown=shown)
    return sc, server.requests[before:]


def score_of(run: str) -> Any:
    """The module fixture ``crawl``: the score of the module fixture ``run``, a (score, log)
    pair (``test_spider_crawl_is_clean`` and the scored tests read it)."""

    @pytest.fixture(scope="module")
    def crawl(request: pytest.FixtureRequest) -> scoring.Score:
        sc: scoring.Score = request.getfixturevalue(run)[0]
        return sc

    return crawl


def logged_crawl(name: str, server: CopyServer, workdir: Path,
                 truth: Mapping[str, Mapping[str, Any]], fields: Iterable[str],
                 same: scoring.Same = scoring.same_moment, shown: int = 40,
                 note: Callable[[list[Request]], str] | None = None) -> Logged:
    """One scored crawl of the copy ``server`` serves, and the (target, status) of every GET
    the server answered during it (printed in one line, see :func:`print_gets`)."""
    sc, log = crawl_log(name, server, workdir, truth, fields, same=same, shown=shown)
    gets = [(target, status) for method, target, status in log if method == "GET"]
    print_gets(gets, note)
    return sc, gets


def logged_crawl_fixtures(name: str, truth: Callable[[str], Mapping[str, Mapping[str, Any]]],
                          fields: Iterable[str], same: scoring.Same = scoring.same_moment,
                          shown: int = 40,
                          note: Callable[[list[Request]], str] | None = None) -> tuple[Any, Any]:
    """The module fixtures ``crawl_run``: :func:`logged_crawl` of the copy the module's
    ``server`` fixture serves, scored against ``truth(server.url)``; and ``crawl``: its score
    (what ``test_spider_crawl_is_clean`` reads)."""

    @pytest.fixture(scope="module")
    def crawl_run(server: CopyServer, tmp_path_factory: pytest.TempPathFactory) -> Logged:
        return logged_crawl(name, server, tmp_path_factory.mktemp(name), truth(server.url),
                            fields, same=same, shown=shown, note=note)

    @pytest.fixture(scope="module")
    def crawl(crawl_run: Logged) -> scoring.Score:
        return crawl_run[0]

    return crawl_run, crawl


# --------------------------------------------------------------------------- the crawl


def check_fetched_once(gets: list[Request], known: Collection[str], probes: int = 6) -> None:
    """Every page once, every ``known`` target fetched, and beyond them at most ``probes``
    other targets (discovery probes: a sitemap, a feed), each answered 404."""
    targets = Counter(t for t, _ in gets)
    assert not [t for t, n in targets.items() if n > 1], targets.most_common(5)
    check_fetched(gets, known)
    other = {(t, s) for t, s in gets if t not in known}
    assert all(s == 404 for _, s in other) and len(other) <= probes, sorted(other)


def copy_pages(site: Any, form: str) -> set[str]:
    """A copy's listing (``site.LISTING`` and its pages ``site.LISTING + form.format(n)`` for n
    from 2 to ``site.page_count()``) and every article's address (``site.build()``)."""
    return {*paged(site.LISTING, site.LISTING + form, range(2, site.page_count() + 1)),
            *(a.path for a in site.build())}


def check_fetched(gets: list[Request], known: Collection[str]) -> None:
    """Every ``known`` target fetched."""
    targets = {t for t, _ in gets}
    assert set(known) <= targets, sorted(set(known) - targets)


def paged(first: str, form: str, numbers: Iterable[int]) -> set[str]:
    """``first`` and the listing pages ``form.format(n)`` for each of ``numbers``."""
    return {first, *(form.format(n) for n in numbers)}


# --------------------------------------------------------------------------- the copy served


def check_robots(base_url: str, *needles: bytes, absent: Iterable[bytes] = (),
                 agent: bool = True) -> tuple[dict[str, str], bytes]:
    """robots.txt answered 200 with ``User-agent: *`` (unless ``agent`` is false), every
    needle and none of ``absent``; its headers and body."""
    status, headers, body = get(base_url + "/robots.txt")
    assert status == 200 and (not agent or b"User-agent: *" in body), (status, body[:200])
    assert all(n in body for n in needles), body
    assert not any(n in body for n in absent), body
    return headers, body


def check_moved(base_url: str, target: str, location: str, status: int = 301) -> None:
    """``target`` answered ``status`` with ``Location: base_url + location``."""
    got, headers, _ = get(base_url + target)
    assert got == status and headers["Location"] == base_url + location, (target, got)


def check_old_slug(base_url: str, art: Story) -> None:
    """An article's address under another slug redirects (301) to its address."""
    check_moved(base_url, f"/news/old-slug-{art.id}", art.path)


def check_robots_and_old_slug(base_url: str, art: Story) -> None:
    """robots.txt as :func:`check_robots`, and ``art``'s old slug as :func:`check_old_slug`."""
    check_robots(base_url)
    check_old_slug(base_url, art)


def check_usual_answers(base_url: str, art: Story, *paths: str) -> None:
    """:func:`check_robots_and_old_slug`, and an unknown article (``/news/whatever-u1``), an
    unknown address (``/nothing``) and every one of ``paths`` answered 404."""
    check_robots_and_old_slug(base_url, art)
    check_404(base_url, "/news/whatever-u1", "/nothing", *paths)


def check_404(base_url: str, *paths: str) -> None:
    """Every path answered 404."""
    for path in paths:
        assert get(base_url + path)[0] == 404, path


def check_listing(base_url: str, first: str, target: re.Pattern[str], ids: Collection[str],
                  pages: Collection[str], article: re.Pattern[str] = listing.ARTICLE) -> None:
    """Walking the listing from ``first`` (its pages' targets match ``target``, its articles'
    paths ``article``) finds exactly ``ids`` on exactly ``pages``."""
    got_ids, got_pages = listing.walk(base_url, first, target, article=article)
    assert got_ids == set(ids), sorted(set(ids) ^ got_ids)
    assert got_pages == set(pages), sorted(set(pages) ^ got_pages)


def check_site_listing(base_url: str, site: Any, first: str = "/novosti",
                       target: str = r"/novosti(\?page=\d+)?", form: str = "/novosti?page={}",
                       start: int = 2) -> None:
    """:func:`check_listing` of a copy whose listing is ``first`` and the pages
    ``form.format(n)`` for n from ``start`` to ``site.page_count()``: it finds exactly
    ``site.truth(base_url)``."""
    check_listing(base_url, first, re.compile(target), site.truth(base_url),
                  paged(first, form, range(start, site.page_count() + 1)))


# --------------------------------------------------------------------------- the copy itself


def shaped(site: Any, fields: Sequence[str], min_kk: int = 3) -> tuple[Any, Any]:
    """A copy's articles (``site.build()``) and truth (``site.truth("http://h")``), checked
    with :func:`catalogue.check_shape`."""
    arts, truth = site.build(), site.truth("http://h")
    catalogue.check_shape(arts, truth, fields, min_kk=min_kk)
    return arts, truth


def check_language_mix(arts: Iterable[Any], min_kk: int) -> Counter[str]:
    """More Russian stories than English, more English than Kazakh, at least ``min_kk``
    Kazakh; the count of each language."""
    langs = Counter(a.lang for a in arts)
    assert langs["ru"] > langs["en"] > langs["kk"] >= min_kk, langs
    return langs


def ids_in_date_order(arts: Sequence[Any], key: Callable[[Any], Any] = lambda a: a.local
                      ) -> list[Any]:
    """The articles sorted by ``key`` (their publication moment), checked to carry growing
    ids in that order."""
    ordered = sorted(arts, key=key)
    assert [a.num for a in ordered] == sorted(a.num for a in arts)
    return ordered


def check_offsets(arts: Iterable[Any], truth: Mapping[str, Mapping[str, Any]],
                  fields: Iterable[str]) -> None:
    """Every article's record has every field and its ``published_at`` in Almaty time: +06:00
    before 2024-03-01, +05:00 from that day."""
    for a in arts:
        rec = truth[a.id]
        offset = "+06:00" if a.day < date(2024, 3, 1) else "+05:00"
        assert str(rec["published_at"]).endswith(offset) and set(fields) <= rec.keys(), a.id


def check_seed_truth(truth: Mapping[str, Mapping[str, Any]]) -> None:
    """The seed stories as the truth has them: the English one's text and source, the Russian
    one's text and dateline place, the subbotnik's views and rubric."""
    en, ru = truth["u46768"], truth["u45694"]
    assert en["body"] == "\n\n".join(seeds.en().paragraphs) and en["source"] == "EU Reporter"
    assert ru["body"] == "\n\n".join(seeds.ru().paragraphs) and ru["dateline_place"] == "Алматы"
    check_subbotnik(truth)


def check_subbotnik(truth: Mapping[str, Mapping[str, Any]]) -> None:
    """The subbotnik story's views (683) and rubric (Социум) as the truth has them."""
    assert truth["u49120"]["views"] == 683 and truth["u49120"]["category"] == "Социум"


def check_leap_days(truth: Mapping[str, Mapping[str, Any]]) -> None:
    """Stories published on 29 February and 1 March 2024 (the offset changes on the 1st)."""
    assert {"2024-02-29", "2024-03-01"} <= {str(r["published_at"])[:10] for r in truth.values()}


def page(route: Route, path: str, content_type: str | None = None,
         charset: str = "UTF-8") -> tuple[str, str]:
    """An article page as the copy serves it (200, a Content-Type ending in ``charset``, or
    exactly ``content_type`` when given; the body UTF-8): its markup, and its text with the
    tags spaced out, entities read and the text normalised."""
    status, headers, body = route(path, "h")
    assert status == 200, (path, status)
    if content_type is None:
        assert headers["Content-Type"].endswith(charset), headers["Content-Type"]
    else:
        assert headers["Content-Type"] == content_type, headers["Content-Type"]
    markup = body.decode("utf-8")
    return markup, normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def check_story_words(art: Written, text: str, agency: Mapping[str, str]) -> None:
    """The page's text has the headline, every paragraph and tag, and ``"<agency> - "``
    exactly when the story has a dateline place."""
    for para in [art.title, *art.paragraphs, *art.tags]:
        assert para in text, (art.id, para[:60])
    assert (f"{agency[art.lang]} - " in text) == bool(art.place), art.id


def check_story_text(art: Written, markup: str, text: str, agency: Mapping[str, str]) -> None:
    """:func:`check_story_words`; the text has the rubric and the source, the markup every
    photo's path."""
    check_story_words(art, text, agency)
    assert art.category is None or art.category in text, art.id
    assert art.source is None or art.source in text, art.id
    assert all(p in markup for p in art.image_paths()), art.id
