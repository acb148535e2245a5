"""Shapes other outlets' pages give their publication date and text in: a ``<meta>`` or hidden
field named for the publish date, a byline ending in the date, a zone named after the time, a
year-first slashed date; a custom element around the paragraphs; a page whose tracking
counter marks every element as a story box."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kznews import article_from_html
from kznews import processors as P
from kznews.sites.centerinform.article import extract_article
from tests.foreign_story import TEXT, TITLE, URL


def _page(lang: str, head: str = "", above: str = "", around: str = "div") -> str:
    paras = "".join(f"<p>{p}</p>" for p in TEXT[lang])
    return (f'<html lang="{lang}"><head><title>{TITLE[lang]}</title>{head}</head><body>'
            f'<header class="site-header"><a href="/">Site</a></header>'
            f'<div class="story"><h1>{TITLE[lang]}</h1>{above}'
            f'<{around} class="story-text">{paras}</{around}></div>'
            '<footer>© 2026</footer></body></html>')


def _published(page: str) -> tuple[object, str | None]:
    ex = extract_article(page, URL)
    return ex.values.get("published"), ex.rules.get("published")


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
@pytest.mark.parametrize("name", ["sn-post-date", "pub_date", "article.published", "publish-date"])
def test_a_meta_named_for_the_publish_date(lang: str, name: str) -> None:
    when, rule = _published(_page(lang, f'<meta name="{name}" content="2019/11/19">'))
    assert when == date(2019, 11, 19) and rule == f"meta:{name}"


@pytest.mark.parametrize("name", ["article_date_updated", "dateLastPubbed", "post-modified-date"])
def test_a_meta_named_for_a_change_is_no_publish_date(name: str) -> None:
    when, _ = _published(_page("en", f'<meta name="{name}" content="2019/11/19">'))
    assert when is None


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
def test_a_hidden_field_holding_the_publish_date(lang: str) -> None:
    fields = ('<input class="modified_date" type="hidden" value="2019-11-20 10:00:00">'
              '<input class="published_date" type="hidden" value="2019-11-18 23:41:18">')
    when, rule = _published(_page(lang, above=fields))
    assert when == datetime(2019, 11, 18, 23, 41, 18) and rule == "input:published_date"


def test_a_hidden_field_holding_a_change_only_is_no_publish_date() -> None:
    field = '<input class="modified_date" type="hidden" value="2019-11-20 10:00:00">'
    assert _published(_page("en", above=field))[0] is None


@pytest.mark.parametrize("lang, line, want", [
    ("en", 'By <a href="/staff/jane">Jane Doe</a> on Monday, November 18th, 2019 at 11:08 a.m.',
     datetime(2019, 11, 18, 11, 8)),
    ("en", 'By <a href="/s/j">Jane Doe</a>, <a href="/s/r">John Roe</a> <span>on Monday, '
     'November 18th, 2019 at 11:08 a.m.</span>', datetime(2019, 11, 18, 11, 8)),
    ("en", "on November 1st, 2019", date(2019, 11, 1)),
    ("ru", "Автор Иван Петров от 18 ноября 2019, 11:08", datetime(2019, 11, 18, 11, 8)),
    ("kk", "Автор: Асан Нұрланұлы от 18 қараша 2019", date(2019, 11, 18)),
])
def test_a_byline_ending_in_the_date(lang: str, line: str, want: object) -> None:
    when, rule = _published(_page(lang, above=f'<p class="byline">{line}</p>'))
    assert when == want
    if line.startswith("By"):  # a line reading "By …" is no info line
        assert rule == "text:byline-on"


def test_a_sentence_opening_with_a_date_is_no_byline() -> None:
    line = "On November 18, 2019 the minister said the museum would open in spring."
    assert _published(_page("en", above=f"<p>{line}</p>"))[0] is None


def test_a_zone_named_after_an_iso_moment_is_applied() -> None:
    page = _page("en", above='<abbr class="published" title="2019-11-18 17:19:53 GMT">'
                             "Nov 18, 2019</abbr>")
    when, _ = _published(page)
    assert when == datetime(2019, 11, 18, 17, 19, 53, tzinfo=UTC)
    rec = article_from_html(page, URL)
    assert rec is not None and rec["published_at"] == "2019-11-18T23:19:53+06:00"


@pytest.mark.parametrize("text, offset", [
    ("November 19, 2019, 9:02 AM EST", -5), ("July 4, 2019 10:00 ET", -4),
    ("January 4, 2019 10:00 PT", -8), ("4 июля 2019, 10:00 (MSK)", 3),
    ("2019-07-04 10:00 CET", 1)])
def test_named_zones(text: str, offset: int) -> None:
    when = P.parse_date_text(text)
    assert isinstance(when, datetime) and when.utcoffset() == timedelta(hours=offset)
    assert when.astimezone(UTC).hour == (when.hour - offset) % 24


@pytest.mark.parametrize("text", ["November 20, 2019 - 11:28 AMT", "20 ноября 2019, 11:28 AMT"])
def test_an_unknown_zone_leaves_the_day(text: str) -> None:
    assert P.parse_date_text(text) == date(2019, 11, 20)


def test_a_year_first_slashed_date_but_not_a_url_path() -> None:
    assert P.parse_date_text("2019/11/19") == date(2019, 11, 19)
    assert P.parse_date_text("/news/2019/11/19/museum") is None


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
def test_paragraphs_in_a_custom_element_are_the_text(lang: str) -> None:
    # a box of links with more text of its own would win if <block> were no box
    links = "".join(f'<div>{TITLE[lang]} {i}: <a href="/n/{i}">{TEXT[lang][0][:40]}</a> '
                    "more words of a teaser that is no article</div>" for i in range(1))
    page = _page(lang, above='<div class="share">Associated Press</div>', around="block")
    page = page.replace("<footer>", f'<div class="more">{links}</div><footer>')
    rec = article_from_html(page.replace("<h1>", '<meta name="pubdate" content="2019-11-18">'
                                         "<h1>"), URL)
    assert rec is not None and rec["body"] == "\n\n".join(TEXT[lang])


def _counted_page(lang: str) -> str:
    """Every element carries a tracking counter in ``data-id``; the headline sits in the
    page's header box, the text in an article box of ``<main>`` under a sub-heading."""
    paras = "".join(f"<p>{p}</p>" for p in TEXT[lang])
    menu = "".join(f'<li data-id="{3 + i}"><a href="/c/{i}">Menu {i}</a></li>' for i in range(8))
    teasers = "".join(
        f'<li data-id="{60 + i}"><h3><a href="/n/u{61100 + i}">{TEXT[lang][1][:30]} {i}</a>'
        f'</h3></li>' for i in range(3))
    return (f'<html lang="{lang}"><head><title>{TITLE[lang]}</title>'
            '<meta property="article:published_time" content="2019-11-19T11:45:59Z"></head>'
            f'<body><div data-id="1"><nav data-id="2"><h2>Menu</h2><ul>{menu}</ul></nav>'
            f'<header data-id="20"><h1>{TITLE[lang]}</h1></header></div>'
            '<main data-id="30"><article itemscope itemtype="http://schema.org/NewsArticle" '
            'data-id="31"><section data-id="32" itemprop="articleBody">'
            f'<h2>{TITLE[lang]}: 1</h2>{paras}</section></article>'
            f'<aside data-id="50"><h2>More</h2><ul>{teasers}</ul></aside></main></body></html>')


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
def test_a_counter_on_every_element_sets_no_story_aside(lang: str) -> None:
    rec = article_from_html(_counted_page(lang), URL)
    assert rec is not None and all(p in rec["body"] for p in TEXT[lang])
