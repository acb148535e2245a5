"""Metadata the page contradicts and details read as what they are not: an edited headline
behind a stale JSON-LD/og headline, a change's date in the details row, the heading of a
readers' block next to the details."""

from __future__ import annotations

import json

import pytest

from kznews import article_from_html

URL = "http://h/news/v-shymkente-otkryli-novyy-most-u50002"
P1 = "Шымкент. 20 апреля. Центр информации - В Шымкенте открыли мост через реку Бадам."
P2 = "Длина нового моста составляет двести сорок метров, на нём четыре полосы движения."
P3 = "Строительство обошлось городскому бюджету в три миллиарда тенге, сообщили в акимате."
EN1 = "Shymkent. April 20. Information Center - A new bridge opened over the Badam river."
EN2 = "The new bridge is two hundred and forty metres long and carries four traffic lanes."


def _page(h1: str, *, ld_headline: str | None = None, og_title: str | None = None,
          details: str = '<div class="post-info"><span>20.04.2023 11:30</span></div>',
          after_h1: str = "", paras: tuple[str, ...] = (P1, P2, P3), lang: str = "ru",
          tail: str = "") -> str:
    head = f"<title>{og_title or h1} | Центр информации</title>"
    if og_title is not None:
        head += f'<meta property="og:title" content="{og_title}">'
    if ld_headline is not None:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": ld_headline, "datePublished": "2023-04-20T11:30:00+06:00"}
        head += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<html lang="{lang}"><head>{head}</head><body><header><a class="brand" href="/">'
            f'Центр информации</a></header><div class="news-item"><h1>{h1}</h1>{details}'
            f'{after_h1}<div class="content">{body}</div>{tail}</div></body></html>')


def _record(html: str, url: str = URL) -> dict[str, object]:
    rec = article_from_html(html, url)
    assert rec is not None
    return rec


# ------------------------------------------------------------------ an edited headline
SHOWN = "В Шымкенте открыли новый мост через реку Бадам"
STALE = "Мост через Бадам откроют в Шымкенте"


@pytest.mark.parametrize("stale", [{"ld_headline": STALE}, {"og_title": STALE},
                                   {"ld_headline": STALE, "og_title": STALE}])
def test_edited_headline_shown_in_h1_beats_stale_metadata(stale: dict[str, str]) -> None:
    rec = _record(_page(SHOWN, **stale))
    assert rec["title"] == SHOWN
    assert rec["extraction"]["title"] == "css:h1-edited"  # type: ignore[index]


def test_metadata_headline_kept_when_the_page_shows_the_same_or_none() -> None:
    # the same words with an affix, either way round, or other case and punctuation
    for shown, stated in ((SHOWN, f"Срочно: {SHOWN}"), (f"ВАЖНО. {SHOWN}", SHOWN),
                          (SHOWN.upper(), SHOWN), (SHOWN.replace("новый", "«новый»"), SHOWN)):
        rec = _record(_page(shown, ld_headline=stated))
        assert rec["extraction"]["title"] != "css:h1-edited", (shown, stated)  # type: ignore[index]
    # no headline shown but the site's name, or a one-word section name
    html = _page("Центр информации", ld_headline=STALE)
    assert _record(html)["title"] == STALE
    assert _record(_page("Общество", ld_headline=STALE))["title"] == STALE


def test_stated_headline_printed_on_the_page_is_not_stale() -> None:
    """A section's ``h1`` over the story's own ``h2``: the metadata's headline is shown."""
    rec = _record(_page("Новости Шымкента и региона", ld_headline=SHOWN,
                        after_h1=f"<h2>{SHOWN}</h2>"))
    assert rec["title"] == SHOWN


def test_h1_of_the_next_story_is_not_the_headline() -> None:
    """An endless feed's next story under the text: its ``h1`` links to it."""
    nxt = ('<div class="news-item"><h1><a href="/news/drugaya-novost-u50001">Другая новость '
           'про город Шымкент</a></h1><p>Текст другой новости.</p></div>')
    rec = _record(_page("Шымкент", ld_headline=STALE, tail=nxt))
    assert rec["title"] == STALE


# ------------------------------------------------------------------ a change's date is no tag
@pytest.mark.parametrize("changed", [
    "Updated: October 14, 2023, 07:00", "Обновлено: 14 октября 2023, 07:00",
    "Жаңартылды: 14.10.2023 07:00", "Last modified: October 14, 07:00"])
def test_changed_date_in_details_is_neither_tag_nor_date(changed: str) -> None:
    details = (f'<div class="post-info">April 20, 2023 · <span class="changed">{changed}</span>'
               "</div>")
    rec = _record(_page("Shymkent opens a new bridge over the Badam", details=details,
                        paras=(EN1, EN2), lang="en"))
    assert rec["tags"] == [] and rec["category"] is None
    assert str(rec["published_at"]).startswith("2023-04-20")


def test_second_date_in_details_is_no_tag() -> None:
    """Unlabelled: the change's date is only a class away (``<span class="mod">``)."""
    for second in ("October 14, 2023", "October 14, 07:00", "14 октября 2023, 07:00"):
        details = (f'<div class="post-info">April 20, 2023 · <span class="mod">{second}'
                   "</span> · 683</div>")
        rec = _record(_page("Shymkent opens a new bridge over the Badam", details=details,
                            paras=(EN1, EN2), lang="en"))
        assert rec["tags"] == [] and rec["category"] is None, second
        assert rec["views"] == 683, second


# ------------------------------------------------------------------ a readers' block is no rubric
@pytest.mark.parametrize("block", [
    '<div class="reader-voice"><h4>Мнение читателя</h4></div>',
    '<div class="box-vote"><h3>Ваш голос</h3></div>',
    "<h4>Самое читаемое</h4>",
    "<h3>Комментарии (12)</h3>",
    '<section class="readers-poll"><h5>Сауалнама</h5></section>',
    "<h4>Most read</h4>",
])
def test_heading_of_a_readers_block_is_not_the_rubric(block: str) -> None:
    rec = _record(_page(SHOWN, after_h1=block))
    assert rec["category"] is None, block
