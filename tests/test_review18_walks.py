"""Re-runs on one state directory against a listing read through its JSON listing and one
read through its date archive: what a run cut by ``max_pages`` or stopped by ``since`` left
unread is read by the next run, and a run after one that read everything stops at its first
page again (kznews/spiders/jsonwalk.py, datewalk.py; the rule of kznews/spiders/walk.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.copykit.server import CopyServer
from tests.crawl_helpers import CrawlResult, run_crawl
from tests.test_other_listings import ARTS, PER, _cursor_json, _json_site
from tests.twentythirdsite import site

NEVER = {"KZNEWS_RENDER": "never", "KZNEWS_PROGRESS": "off"}
Route = Callable[[str, str], tuple[int, dict[str, str], bytes]]
HTML = {"Content-Type": "text/html; charset=utf-8"}
# the listing alone: no sitemaps, feeds nor related links reach the copy's other articles
ONLY_LISTING = ("-a", "discover=listing", "-a", "related_depth=0")

DAYS = ARTS[:8]  # eight articles on eight days, newest first


def _date_page(n: int) -> bytes:
    """The date archive's page of ``DAYS[n]``: its article and a link to the day before it
    that has news (none from the oldest)."""
    art = DAYS[n]
    back = ""
    if n + 1 < len(DAYS):
        back = (f'<a class="prev-day" href="/novosti?date={DAYS[n + 1].day:%Y-%m-%d}">'
                "Предыдущий день</a>")
    return (f"<html><body><h1>{art.day}</h1><ul><li><a href=\"{art.path}\">{art.title}</a> "
            f"<span>{art.day:%d.%m.%Y}</span></li></ul><nav>{back}</nav></body></html>"
            ).encode()


def _date_route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(target)
    if parts.path == "/novosti":
        value = parse_qs(parts.query).get("date", [""])[0]
        days = [n for n, a in enumerate(DAYS) if f"{a.day:%Y-%m-%d}" == value]
        if not value:
            return 200, HTML, _date_page(0)
        return (200, HTML, _date_page(days[0])) if days else (404, HTML, b"")
    return site.route(target, host)


# name: (route, listing requests a walk to the end makes, its listing paths, ids by the
# first `pages` listing requests, `since` for a run that stops with older pages unread,
# what that run finds)
FORMS: dict[str, tuple[Route, int, tuple[str, ...], Callable[[int], set[str]], str, set[str]]]
FORMS = {
    # /novosti: the first PER articles; then JSON pages of PER from offset 0
    "json": (_json_site(_cursor_json), 1 + -(-len(ARTS) // PER), ("/novosti", "/feed/data"),
             lambda pages: {a.id for a in ARTS[:PER * max(1, pages - 1)]},
             f"{ARTS[2 * PER + 1].day}", {a.id for a in ARTS if a.day >= ARTS[2 * PER + 1].day}),
    # /novosti: the newest day; then a page a day back to the oldest
    "date": (_date_route, len(DAYS), ("/novosti",),
             lambda pages: {a.id for a in DAYS[:pages]},
             f"{DAYS[3].day}", {a.id for a in DAYS[:4]}),
}
ALL = {"json": {a.id for a in ARTS}, "date": {a.id for a in DAYS}}


def _ids(items: list[dict[str, object]]) -> set[str]:
    return {str(i["url"]).rsplit("-", 1)[1] for i in items}


def _listing(srv: CopyServer, since: int, paths: tuple[str, ...]) -> Counter[str]:
    return Counter(t for _, t, _ in srv.requests[since:] if urlsplit(t).path in paths)


def _exported_once(run: CrawlResult, ids: set[str]) -> None:
    feeds = Counter(str(line["url"]).rsplit("-", 1)[1] for line in run.feed_lines())
    assert set(feeds) == ids and max(feeds.values()) == 1, feeds


def _crawl(srv: CopyServer, tmp_path: Path, max_pages: int, *args: str) -> CrawlResult:
    run = run_crawl(srv.url, tmp_path, "-a", f"max_pages={max_pages}", *ONLY_LISTING, *args,
                    settings=NEVER)
    assert run.returncode == 0, run.stderr[-3000:]
    return run


@pytest.mark.parametrize("capped_runs", [1, 2], ids=["one-capped-run", "two-capped-runs"])
@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_run_after_runs_cut_by_max_pages_reads_what_they_left(tmp_path: Path, form: str,
                                                                 capped_runs: int) -> None:
    route, pages, paths, first_ids, _, _ = FORMS[form]
    with CopyServer(route) as srv:
        capped = [_crawl(srv, tmp_path, 3) for _ in range(capped_runs)]
        mark = len(srv.requests)
        full = _crawl(srv, tmp_path, 50)
        walked = _listing(srv, mark, paths)
        mark = len(srv.requests)
        again = _crawl(srv, tmp_path, 50)
        asked_again = _listing(srv, mark, paths)
    # the first capped run exports the first pages' stories; a second finds nothing new there
    assert _ids(capped[0].items) == first_ids(3) and not any(r.items for r in capped[1:])
    assert _ids(full.items) == ALL[form] - first_ids(3)
    assert sum(walked.values()) == pages and max(walked.values()) == 1, walked
    _exported_once(again, ALL[form])
    # the uncapped run reached the end: the run after it stops at its first page
    assert asked_again == Counter({"/novosti": 1}) and not again.items, asked_again


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_run_after_one_stopped_by_since_reads_the_older_pages(tmp_path: Path,
                                                                form: str) -> None:
    route, _, paths, _, since, recent_ids = FORMS[form]
    with CopyServer(route) as srv:
        recent = _crawl(srv, tmp_path, 50, "-a", f"since={since}")
        full = _crawl(srv, tmp_path, 50)
        mark = len(srv.requests)
        again = _crawl(srv, tmp_path, 50)
        asked_again = _listing(srv, mark, paths)
    assert recent_ids <= _ids(recent.items) < ALL[form]
    assert _ids(full.items) == ALL[form] - _ids(recent.items)
    _exported_once(full, ALL[form])
    assert asked_again == Counter({"/novosti": 1}) and not again.items, asked_again


@pytest.mark.parametrize("form", sorted(FORMS))
def test_an_ordinary_run_after_a_full_one_stops_at_its_first_page(tmp_path: Path,
                                                                  form: str) -> None:
    """A walk that reached its end leaves nothing to the next run; nor does a capped run
    that stops at its first page holding nothing new anyway."""
    route, pages, paths, _, _, _ = FORMS[form]
    with CopyServer(route) as srv:
        full = _crawl(srv, tmp_path, 50)
        asked = []
        for max_pages in (2, 2, 50):
            mark = len(srv.requests)
            run = _crawl(srv, tmp_path, max_pages)
            asked.append((run, _listing(srv, mark, paths)))
    assert _ids(full.items) == ALL[form]
    for run, listing in asked:
        assert listing == Counter({"/novosti": 1}) and not run.items, listing


def _endless_date_route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    """The date archive of ``_date_route`` whose oldest day links the day before it, and each
    empty day the one before that, without end."""
    value = parse_qs(urlsplit(target).query).get("date", [""])[0]
    if urlsplit(target).path == "/novosti" and value:
        day = date.fromisoformat(value)
        if day <= DAYS[-1].day:
            back = f"{day - timedelta(days=1):%Y-%m-%d}"
            items = "" if day < DAYS[-1].day else \
                f'<li><a href="{DAYS[-1].path}">{DAYS[-1].title}</a> {day:%d.%m.%Y}</li>'
            return 200, HTML, (f"<html><body><ul>{items or '<li>Нет новостей</li>'}</ul>"
                               f'<nav><a href="/novosti?date={back}">Предыдущий день</a></nav>'
                               "</body></html>").encode()
    return _date_route(target, host)


def test_a_walk_into_empty_days_past_the_news_leaves_nothing_to_the_next(tmp_path: Path
                                                                          ) -> None:
    """``max_pages`` ending a date-archive walk on days without news (an archive linking
    ever older days) leaves the next run to stop at its first page."""
    with CopyServer(_endless_date_route) as srv:
        full = _crawl(srv, tmp_path, 20)
        mark = len(srv.requests)
        again = _crawl(srv, tmp_path, 20)
        asked_again = _listing(srv, mark, ("/novosti",))
    assert _ids(full.items) == ALL["date"]
    assert asked_again == Counter({"/novosti": 1}) and not again.items, asked_again
