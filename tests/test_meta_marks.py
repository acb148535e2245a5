"""Rubric, tags and views as builders and BEM themes mark them: a count with its unit, BEM
class names, builder attributes (``data-hook``, ``data-testid``), a byline beside the date."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/v-gorode-otkryli-most-u50003"
TITLE = "В городе открыли новый мост через реку"
PARAS = ("В городе открыли новый мост через реку, сообщает пресс-служба акимата.",
         "Движение по мосту откроют для всех видов транспорта уже на следующей неделе.",
         "Строительство моста обошлось бюджету в несколько миллиардов тенге.")


def _page(head_box: str, after: str = "") -> str:
    paras = "".join(f"<p>{t}</p>" for t in PARAS)
    return (f"<html><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>"
            f'{head_box}<div class="story-body">{paras}</div>{after}</main></body></html>')


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


@pytest.mark.parametrize(("count", "views"), [
    ("1 204 просмотра", 1204), ("3568 рет қаралды", 3568), ("77,270 views", 77270)])
def test_a_count_with_its_unit_is_never_the_rubric(count: str, views: int) -> None:
    rec = _record(_page(f'<div class="meta"><span class="d">12 марта 2022</span> '
                        f'<span class="cnt">{count}</span></div>'))
    assert rec["category"] is None
    assert rec["views"] == views


def test_bem_rubric_and_tag_link_classes() -> None:
    box = ('<div class="channel"><a class="channel__name" href="/">Наш канал</a>'
           '<a class="story-channel__rubric" href="/r/gorod">Город</a></div>'
           '<div class="meta">12 марта 2022, 10:15</div>')
    tags = ('<div class="story-tags"><a class="story-tags__item" href="/t/most">мост</a>'
            '<a class="story-tags__item" href="/t/dorogi">дороги</a></div>')
    rec = _record(_page(box, tags))
    assert rec["category"] == "Город"
    assert rec["tags"] == ["мост", "дороги"]


@pytest.mark.parametrize("author", [
    '<span class="p-author h-card">Иван Петров</span>',
    '<a rel="author" href="/authors/ivan">Иван Петров</a>',
    '<span class="post-author__name">Иван Петров</span>',
    "<span>Центр информации</span>",  # the outlet's name is its byline
])
def test_a_byline_in_the_date_line_is_neither_rubric_nor_tags(author: str) -> None:
    rec = _record(_page(f'<p class="post-meta"><time class="dt-published" '
                        f'datetime="2021-10-08T07:40:00Z">8 октября 2021</time> • {author}</p>'))
    assert rec["category"] is None
    assert rec["tags"] == []


@pytest.mark.parametrize("attr", ["data-hook", "data-testid", "data-qa"])
def test_builder_attributes_name_tags_rubric_and_views(attr: str) -> None:
    box = (f'<div class="meta"><a {attr}="category-link" href="/b/c/gorod">Город</a>'
           '<span>12 марта 2022</span></div>')
    after = (f'<nav {attr}="tags"><ul><li><a {attr}="tag" href="/b/t/most">мост</a></li>'
             f'<li><a {attr}="tag" href="/b/t/dorogi">дороги</a></li></ul></nav>'
             f'<div class="foot"><span {attr}="views-count">2 263 просмотра</span></div>')
    rec = _record(_page(box, after))
    assert rec["category"] == "Город"
    assert rec["tags"] == ["мост", "дороги"]
    assert rec["views"] == 2263
