"""The outlet's dates as a reader in Almaty tells them: the day and the moment of a page's
publication across Kazakhstan's move from UTC+6 to UTC+5 on 2024-03-01, in the forms the
outlet prints (``20 Апреля 2023 683 Социум …``, the dateline ``Алматы. 20 апреля.``) and
those structured data, other zones and typos give."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from kznews import article_from_html
from kznews.mirror import build_site, serve
from tests.crawl_helpers import run_crawl

URL = "https://ic24.kz/news/vesennie-subbotniki-proshli-v-almaty-u49120"
TITLE = "Весенние субботники прошли в Алматы"
LEAD = ("Жители города вышли на весенний субботник во всех районах, сообщает пресс-служба "
        "акимата.")
MORE = ("В уборке приняли участие более двадцати тысяч человек, было высажено около трёх тысяч "
        "деревьев и кустарников.")


def _page(info: str | None = "20 Апреля 2023", dateline: str | None = "20 апреля",
          head: str = "") -> str:
    """An article page of the outlet: the info line under the headline, the dateline."""
    lead = f"Алматы. {dateline}. Центр информации - {LEAD}" if dateline else LEAD
    row = (f'<div class="news-info"><span class="date">{info}</span> <span class="views">683'
           '</span> <a class="category" href="/category/sotsium">Социум</a> <span class="tags">'
           '<a href="/tag/almaty">Алматы</a>, <a href="/tag/akim">аким</a></span></div>'
           if info is not None else "")
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{TITLE} | Центр '
            f'информации</title>{head}</head><body><div class="content"><div class="news-detail">'
            f'<h1 class="news-title">{TITLE}</h1>{row}<div class="news-text"><p>{lead}</p>'
            f'<p>{MORE}</p></div></div></div></body></html>')


def _jsonld(**fields: object) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, **fields}
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def _published(html: str, **kw: object) -> tuple[str, str]:
    rec = article_from_html(html, URL, **kw)  # type: ignore[arg-type]
    assert rec is not None
    return rec["published_at"], rec["published_date_precision"]


# ------------------------------------------------------------------ the outlet's own forms
@pytest.mark.parametrize(("info", "dateline", "want"), [
    ("20 Апреля 2023", "20 апреля", ("2023-04-20T00:00:00+06:00", "day")),
    ("20 Апреля 2024", "20 апреля", ("2024-04-20T00:00:00+05:00", "day")),
    ("29 Февраля 2024", "29 февраля", ("2024-02-29T00:00:00+06:00", "day")),
    ("1 Марта 2024", "1 марта", ("2024-03-01T00:00:00+05:00", "day")),
    ("1 Марта 2024 00:15", "1 марта", ("2024-03-01T00:15:00+05:00", "minute")),
    ("29 Февраля 2024 00:15", "29 февраля", ("2024-02-29T00:15:00+06:00", "minute")),
])
def test_the_outlets_info_line_is_the_day_in_the_offset_of_its_time(
        info: str, dateline: str, want: tuple[str, str]) -> None:
    assert _published(_page(info, dateline)) == want


@pytest.mark.parametrize(("stated", "want"), [
    ("2024-02-29T23:30:00+06:00", "2024-02-29T23:30:00+06:00"),
    ("2024-02-29T18:30:00Z", "2024-02-29T23:30:00+05:00"),  # the hour Almaty lived twice
    ("2024-03-01T00:30:00+05:00", "2024-03-01T00:30:00+05:00"),
    ("2023-04-19T20:00:00Z", "2023-04-20T02:00:00+06:00"),  # the UTC day is the day before
])
def test_a_structured_moment_is_converted_across_the_change(stated: str, want: str) -> None:
    assert _published(_page(None, None, _jsonld(datePublished=stated))) == (want, "minute")


# ------------------------------------------------------------------ a date not yet
FETCHED = datetime(2023, 4, 21, 5, 0, tzinfo=UTC)


def test_a_typed_year_in_the_future_gives_way_to_the_datelines_day() -> None:
    """``20 Апреля 2032`` on a page fetched in 2023 is a typo: the dateline's day with the
    listing's year, or the crawl's, is the publication."""
    page = _page("20 Апреля 2032", "20 апреля")
    assert _published(page, today=FETCHED) == ("2023-04-20T00:00:00+06:00", "day")
    assert _published(page, today=FETCHED, listing_date=date(2023, 4, 20)) == (
        "2023-04-20T00:00:00+06:00", "day")
    # its time of day is not carried to another day
    assert _published(_page("20 Апреля 2032 15:40", "20 апреля"), today=FETCHED) == (
        "2023-04-20T00:00:00+06:00", "day")


def test_a_future_date_with_nothing_else_on_the_page_stays() -> None:
    assert _published(_page("20 Апреля 2032", None), today=FETCHED) == (
        "2032-04-20T00:00:00+05:00", "day")


def test_a_date_up_to_a_day_ahead_of_the_fetch_is_the_publication() -> None:
    """The day after the fetch in Almaty (a clock ahead, a page served at midnight) stands."""
    assert _published(_page("22 Апреля 2023", "22 апреля"), today=FETCHED) == (
        "2023-04-22T00:00:00+06:00", "day")
    assert _published(_page(None, None, _jsonld(datePublished="2023-04-22T01:00:00+06:00")),
                      today=FETCHED) == ("2023-04-22T01:00:00+06:00", "minute")


# ------------------------------------------------------------------ zones a page names
@pytest.mark.parametrize(("info", "want"), [
    ("20 Апреля 2023 15:40 ALMT", "2023-04-20T15:40:00+06:00"),
    ("20 Апреля 2024, 15:40 (ALMT)", "2024-04-20T15:40:00+05:00"),
    ("1 Марта 2024 00:15 ALMT", "2024-03-01T00:15:00+05:00"),
])
def test_almatys_own_zone_name_keeps_the_wall_time(info: str, want: str) -> None:
    """``ALMT`` is Almaty time: the time shown, in the offset of its day (before and after
    2024-03-01), not a zone kznews does not know (which would leave only the day)."""
    assert _published(_page(info)) == (want, "minute")


@pytest.mark.parametrize(("info", "want"), [
    ("20 Апреля 2023 15:40 (GMT+6)", "2023-04-20T15:40:00+06:00"),
    ("20 Апреля 2023 15:40 (UTC+05:00)", "2023-04-20T16:40:00+06:00"),
    ("20 Апреля 2023 22:30 МСК", "2023-04-21T01:30:00+06:00"),
    ("20 Апреля 2024 22:30 МСК", "2024-04-21T00:30:00+05:00"),
    ("20 Апреля 2023 15:40 по времени Астаны", "2023-04-20T15:40:00+06:00"),
    ("20 Апреля 2023 15:40 AMT", "2023-04-20T00:00:00+06:00"),  # unknown: the day only
])
def test_other_zones_shown_are_converted_as_before(info: str, want: str) -> None:
    assert _published(_page(info))[0] == want


def _meta(value: str) -> str:
    return f'<meta property="article:published_time" content="{value}">'


@pytest.mark.parametrize(("stated", "want"), [
    ("Wed, 19 Apr 2023 20:00:00 +0000", "2023-04-20T02:00:00+06:00"),
    ("Thu, 29 Feb 2024 18:30:00 +0000", "2024-02-29T23:30:00+05:00"),
    ("Fri, 01 Mar 2024 00:30:00 +0500", "2024-03-01T00:30:00+05:00"),
    ("Wed, 19 Apr 2023 20:00:00 GMT", "2023-04-20T02:00:00+06:00"),
    ("2023-04-19 20:00:00 +0000", "2023-04-20T02:00:00+06:00"),
])
def test_an_rfc_2822_offset_after_the_time_is_applied(stated: str, want: str) -> None:
    """A feed's date format in a meta or JSON-LD (``Wed, 19 Apr 2023 20:00:00 +0000``): the
    offset is the zone of the time, not a wall time of Almaty's (the day before, at 20:00)."""
    assert _published(_page(None, None, _meta(stated))) == (want, "minute")
    assert _published(_page(None, None, _jsonld(datePublished=stated))) == (want, "minute")


@pytest.mark.parametrize("info", [
    "20 Апреля 2023 15:40 +7 (727) 250-00-00",  # a phone number after the time is no zone
    "20 Апреля 2023, 15:40 +2023",
])
def test_a_number_after_the_time_that_is_no_offset_leaves_the_wall_time(info: str) -> None:
    assert _published(_page(info))[0] == "2023-04-20T15:40:00+06:00"


# ------------------------------------------------------------------ a moment as a number
STAMP = int(datetime(2023, 4, 19, 20, 0, tzinfo=UTC).timestamp())  # 02:00 on 20 April in Almaty
CHANGE = int(datetime(2024, 2, 29, 18, 30, tzinfo=UTC).timestamp())  # the hour lived twice


@pytest.mark.parametrize(("stated", "want"), [
    (STAMP, "2023-04-20T02:00:00+06:00"),
    (STAMP * 1000, "2023-04-20T02:00:00+06:00"),
    (str(STAMP * 1000), "2023-04-20T02:00:00+06:00"),
    (CHANGE * 1000, "2024-02-29T23:30:00+05:00"),
])
def test_a_unix_timestamp_as_json_lds_date_published_is_that_moment(stated: object, want: str
                                                                    ) -> None:
    """A script-built page's JSON-LD may carry the moment as Unix seconds or milliseconds:
    the moment in Almaty, not no date at all (the page was dropped for lacking one)."""
    assert _published(_page(None, None, _jsonld(datePublished=stated))) == (want, "minute")


def test_a_number_that_is_no_moment_is_no_date() -> None:
    """An id in ``datePublished`` (a moment before 1995) or one far ahead is none."""
    rec = article_from_html(_page(None, None, _jsonld(datePublished=49120)), URL)
    assert rec is None
    later = int(datetime(2031, 1, 1, tzinfo=UTC).timestamp()) * 1000
    assert _published(_page(None, "20 апреля", _jsonld(datePublished=later)), today=FETCHED) \
        == ("2023-04-20T00:00:00+06:00", "day")


def test_embedded_states_epoch_milliseconds_are_the_moment_in_almaty() -> None:
    state = {"props": {"pageProps": {"article": {
        "id": 49120, "slug": "vesennie-subbotniki-proshli-v-almaty-u49120", "title": TITLE,
        "publishedAt": CHANGE * 1000, "body": f"<p>{LEAD}</p><p>{MORE}</p>"}}}}
    html = (f'<!DOCTYPE html><html lang="ru"><head><title>{TITLE}</title></head><body>'
            '<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">'
            f'{json.dumps(state, ensure_ascii=False)}</script></body></html>')
    assert _published(html) == ("2024-02-29T23:30:00+05:00", "minute")



# ------------------------------------------------------------------ a machine time in the line
@pytest.mark.parametrize(("stated", "want"), [
    ("2023-04-19T20:00:00Z", ("2023-04-20T02:00:00+06:00", "minute")),
    ("2024-02-29T19:15:00Z", ("2024-03-01T00:15:00+05:00", "minute")),
    ("2023-04-19T18:00:00Z", ("2023-04-20T00:00:00+06:00", "day")),  # a day stored as a moment
])
def test_a_time_element_inside_the_date_line_gives_its_moment(stated: str,
                                                               want: tuple[str, str]) -> None:
    """``<span class="date"><time datetime="2023-04-19T20:00:00Z">20 Апреля 2023</time>``: the
    moment the element states (the day its text shows), not the day alone."""
    day = "1 Марта 2024" if stated.startswith("2024") else "20 Апреля 2023"
    info = f'<time datetime="{stated}">{day}</time>'
    assert _published(_page(info, None)) == want


# ------------------------------------------------------------------ since, on a crawl
# listing position -> (day, minute): rich pages (JSON-LD with the offset) either side of
# midnight; 00:10 on 1 March 2024 is 19:10 UTC on 29 February
_EDGES = {40: (date(2024, 3, 1), 23 * 60 + 50), 41: (date(2024, 3, 1), 10),
          42: (date(2024, 2, 29), 23 * 60 + 50)}


def test_since_keeps_the_almaty_day_from_its_first_minute(tmp_path: Path) -> None:
    """``since=2024-03-01``: the stories of 00:10 and 23:50 that day (Almaty) are kept, the
    one of 23:50 the day before is not, whatever day UTC says."""
    site = build_site()
    plan = site.plan

    def edged(index: int) -> Any:
        p = plan(index)
        if index in _EDGES:
            day, minute = _EDGES[index]
            p = dataclasses.replace(p, day=day, minute=minute, variant="rich")
        return p

    site.plan = edged  # type: ignore[method-assign]
    server = serve(site, host="127.0.0.1", port=0)
    try:
        result = run_crawl(server.url, tmp_path, "-a", "since=2024-03-01")
    finally:
        server.close()
    assert result.returncode == 0, result.stderr[-2000:]
    got = {item["id"]: item["published_at"] for item in result.items}
    assert got[edged(40).id] == "2024-03-01T23:50:00+05:00"
    assert got[edged(41).id] == "2024-03-01T00:10:00+05:00"
    assert edged(42).id not in got
    assert set(got) == {a["id"] for a in site.articles if a["published_at"][:10] >= "2024-03-01"}
