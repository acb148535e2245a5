"""What a page's extraction reads once and keeps (a rule several rules read, a credit line's
cut, a headline's language under its badge) never carries over to another page: pages A, B,
A give A's values twice, whatever the day each was fetched."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from kznews.processors import ReferenceDay
from kznews.sites.centerinform.article import extract_article


def _page(ld_date: str, shown: str, tags: list[str], views: int, stated_views: int,
          headline: str, credit: str) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
          "datePublished": ld_date, "interactionStatistic": {
              "@type": "InteractionCounter", "userInteractionCount": stated_views}}
    links = ", ".join(f'<a href="/tags/{t}">{t}</a>' for t in tags)
    return (f'<html lang="ru"><head><script type="application/ld+json">'
            f'{json.dumps(ld, ensure_ascii=False)}</script><meta property="article:published_time"'
            f' content="{ld_date}"></head><body><article><h1>{headline}</h1><div class="info">'
            f'<span class="date">{shown}</span> <span class="views">{views}</span> <span '
            f'class="tags">{links}</span></div><div class="news-text"><p>{credit}</p><p>Алматы. '
            '20 апреля. Центр информации - В Алматы открыли новый парк площадью двенадцать '
            'гектаров, сообщает КазТАГ.</p><p>В парке высажено более трёх тысяч деревьев и '
            'проложены велосипедные дорожки вдоль реки.</p></div></article></body></html>')


A = _page("2023-04-21T10:00:00+06:00", "20 Апреля 2023", ["Алматы", "аким"], 683, 600,
          "В Алматы открыли новый парк", "Фото:pixabay Вчера, 15:40")
B = _page("2021-04-16T09:00:00+06:00", "15 Апреля 2021", ["Япония"], 120, 900,
          "У казахстанцев в Японии появилась ассоциация", "Фото:pixabay Вчера, 15:40")


def _values(html: str, today: date | None) -> dict[str, Any]:
    found = extract_article(html, "http://h/news/v-almaty-otkryli-park-u49120", today=today)
    return {k: (repr(v), found.rules.get(k)) for k, v in found.values.items()}


def test_pages_a_b_a_give_as_values_twice_on_any_day() -> None:
    moment = ReferenceDay(2023, 5, 2, datetime(2023, 5, 2, 3, 0, tzinfo=UTC))
    for today in (None, date(2023, 5, 1), moment):
        first, other, again = (_values(html, today) for html in (A, B, A))
        assert first == again
        assert first["published"] != other["published"]
        assert first["tags"] != other["tags"]


def test_the_same_credit_line_on_another_day_is_cut_afresh() -> None:
    """A relative date after the credit counts from the day each page was fetched."""
    one = _values(A, date(2023, 5, 1))
    two = _values(A, date(2023, 5, 2))
    assert one["photo_credit"] == two["photo_credit"]
    assert one == _values(A, date(2023, 5, 1))
