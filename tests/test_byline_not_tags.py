"""An info line's author is no tag: a link to a user's or author's profile (``/users/1``,
``/author/x/``, ``?author=2``, ``rel=author``) or one in a part classed as the user's
(InstantCMS's ``bi_user``) is a byline, whatever the CMS; the line's real tags and rubric stay."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/v-astane-otkryli-most-u51002"
H1 = "В Астане открыли мост после ремонта"
P1 = "В Астане после ремонта открыли мост через Ишим, сообщили в акимате столицы сегодня утром."
P2 = "Движение по мосту восстановлено во всех направлениях с сегодняшнего утра, добавили там."


def _page(bar: str) -> str:
    return (f'<html lang="ru"><head><title>{H1}</title></head><body>'
            f'<article class="content_item"><h1>{H1}</h1>{bar}'
            f'<div class="f_content"><p>{P1}</p><p>{P2}</p></div></article></body></html>')


def _record(bar: str) -> dict[str, object]:
    rec = article_from_html(_page(bar), URL)
    assert rec is not None
    return rec


def _instantcms(tags: str = "", user: str = '<a href="/users/1">admin</a>') -> str:
    return ('<div class="info_bar"><div class="bar_item bi_date_pub">20 Апреля 2023</div>'
            '<div class="bar_item bi_hits">3316</div> '
            '<div class="bar_item bi_parent">Общество</div>'
            f'{tags}<div class="bar_item bi_user">{user}</div>'
            '<div class="bar_item bi_comments">2</div></div>')


BYLINES = [
    _instantcms(),
    _instantcms(user='<a href="/u/admin">admin</a>'),  # by its part's class only
    _instantcms(user='<a href="/profile/7">Иван Петров</a>'),
    '<div class="meta"><span>20.04.2023</span> <span>683</span> '
    '<a href="/rubric/obshchestvo">Общество</a> <a href="/author/ivan-petrov/">Иван Петров</a>'
    "</div>",
    '<div class="meta">20.04.2023 | 683 | <a href="/rubric/obshchestvo">Общество</a> | '
    '<a href="/?author=2">editor</a></div>',
    '<p class="meta"><span>20.04.2023</span> <span>683</span> <span>Общество</span> '
    '<a rel="author" href="/team/ivan">Иван Петров</a></p>',
]


@pytest.mark.parametrize("bar", BYLINES, ids=[f"byline{i}" for i in range(len(BYLINES))])
def test_an_author_link_in_the_info_line_is_no_tag(bar: str) -> None:
    rec = _record(bar)
    assert rec["tags"] == []
    assert rec["category"] == "Общество"


def test_the_info_lines_tags_stay_beside_its_author() -> None:
    tags = ('<div class="bar_item bi_tags"><a href="/tags/Алматы">Алматы</a>, '
            '<a href="/tags/аким">аким</a></div>')
    rec = _record(_instantcms(tags))
    assert rec["tags"] == ["Алматы", "аким"]
    assert rec["category"] == "Общество" and rec["views"] == 3316


def test_a_tag_link_reading_like_a_name_stays_a_tag() -> None:
    bar = ('<div class="meta"><span>20.04.2023</span> <span>683</span> '
           '<a href="/rubric/obshchestvo">Общество</a> '
           '<a href="/tags/Алматы">Алматы</a>, <a href="/tags/аким">аким</a></div>')
    assert _record(bar)["tags"] == ["Алматы", "аким"]
