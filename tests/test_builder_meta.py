"""Website builders' and hosted platforms' markup: a date and its time joined by a bullet,
sibling content blocks, builders' ``data-hook``/``data-testid`` attributes, empty CMS fields."""

from __future__ import annotations

from typing import Any

import pytest

import kznews

URL = "https://ic24.kz/ru/news/novost-dnya-u70001"
LEAD = "Акимат города представил новую программу благоустройства дворов на ближайшие три года."
MORE = "Работы начнутся весной и охватят более двухсот дворов во всех районах города сразу."
LAST = "Жители смогут предложить свои идеи через портал электронного правительства до мая."


def _page(head: str, body: str) -> str:
    return (f'<html lang="ru"><head><title>Новость дня</title></head><body>{head}'
            f"<h1>Новость дня</h1>{body}</body></html>")


def _read(html: str) -> dict[str, Any]:
    article = kznews.article_from_html(html, URL)
    assert article is not None
    return article


@pytest.mark.parametrize("join", [" • ", " · ", " ∙ ", " | ", " / ", " — ", " в ", ", "])
def test_time_after_a_bullet_is_the_dates_and_no_count(join: str) -> None:
    stamp = f'<div class="meta-row"><span class="when">03.02.2022{join}17:45</span></div>'
    article = _read(_page("", stamp + f"<div><p>{LEAD}</p><p>{MORE}</p><p>{LAST}</p></div>"))
    assert article["published_at"] == "2022-02-03T17:45:00+06:00"
    assert article["published_date_precision"] == "minute"
    assert article["views"] is None


def test_an_hour_is_never_the_count_after_a_date() -> None:
    stamp = '<div class="meta-row"><span class="when">03.02.2022 ⁄ 17:45</span></div>'
    article = _read(_page("", stamp + f"<div><p>{LEAD}</p><p>{MORE}</p><p>{LAST}</p></div>"))
    assert article["views"] is None


def _wix_like(attr: str) -> str:
    return _page("", (
        f'<article {attr}="post"><span {attr}="date">3 февраля 2022</span>'
        f'<div {attr}="post-body"><p>{LEAD}</p><p>{MORE}</p>'
        f"<p>{LAST}</p></div><div {attr}=\"post-footer\"><div {attr}=\"post-categories\"><a "
        f'{attr}="category-label-list__item" href="/blog/categories/ekonomika">Экономика</a>'
        f'</div><ul><li><a {attr}="tag" href="/blog/tags/dvory">дворы</a></li><li><a {attr}="tag"'
        f' href="/blog/tags/akimat">акимат</a></li></ul><span {attr}="views">4 120 просмотров'
        f'</span> <span {attr}="comments">3</span></div></article>'))


@pytest.mark.parametrize("attr", ["data-hook", "data-testid"])
def test_builder_attributes_name_the_footer_rubric_and_tags(attr: str) -> None:
    article = _read(_wix_like(attr))
    assert article["body"] == f"{LEAD}\n\n{MORE}\n\n{LAST}"
    assert article["category"] == "Экономика"
    assert article["tags"] == ["дворы", "акимат"]
    assert article["views"] == 4120


def _block(kind: str, inner: str) -> str:
    return (f'<div class="blk blk-{kind}"><div class="blk-inner"><div class="blk-{kind}-body">'
            f"{inner}</div></div></div>")


def test_a_text_cut_into_builder_blocks_is_all_of_them() -> None:
    lead = "Акимат города представил новую программу благоустройства, сообщает Kazinform."
    blocks = (_block("text", f"<p>{lead}</p>")
              + _block("image", '<figure><img src="/img/a.jpg" alt=""></figure>')
              + _block("text", f"<p>{MORE}</p><p>{LAST}</p><p>{MORE} {LAST}</p>")
              + _block("form", "<h2>Подпишитесь на рассылку</h2><button>OK</button>")
              + _block("text", f"<p>{LEAD}</p>"))
    stamp = '<span class="post-date">3 февраля 2022</span>'
    article = _read(_page("", f'{stamp}<div class="layout">{blocks}</div>'
                          '<div class="more"><div class="blk blk-text"><div class="blk-inner">'
                          '<div class="blk-text-body"><p>Другая статья.</p></div></div></div>'
                          "</div>"))
    assert article["body"] == f"{lead}\n\n{MORE}\n\n{LAST}\n\n{MORE} {LAST}\n\n{LEAD}"
    assert article["source"] == "Kazinform"


def _cms_field(cls: str, label: str, value: str | None) -> str:
    if value is None:
        return (f'<div class="{cls}-wrap w-condition-invisible">{label}<div class="{cls} '
                'w-dyn-bind-empty"></div></div>')
    return f'<div class="{cls}-wrap">{label}<div class="{cls}">{value}</div></div>'


@pytest.mark.parametrize("tags", [True, False])
def test_empty_cms_fields_are_no_values(tags: bool) -> None:
    lead = "Акимат города представил новую программу благоустройства, сообщает Kazinform."
    listed = ('<div class="w-dyn-list"><div role="list" class="w-dyn-items"><div role="listitem"'
              ' class="w-dyn-item"><a class="topic-link" href="/topics/dvory">дворы</a></div>'
              '</div></div>' if tags else
              '<div class="w-dyn-list"><div class="w-dyn-empty"><div>Ничего не найдено.</div>'
              "</div></div>")
    html = _page("", '<div class="post-date">3 февраля 2022</div>'
                 f'<div class="w-richtext"><p>{lead}</p><p>{MORE}</p><p>{LAST}</p></div>'
                 + _cms_field("source", '<div class="label">Источник:</div>', None)
                 + _cms_field("views", '<img src="/i/eye.svg" alt="">', None) + listed)
    article = _read(html)
    assert article["source"] == "Kazinform"
    assert article["tags"] == (["дворы"] if tags else [])
    assert article["body"] == f"{lead}\n\n{MORE}\n\n{LAST}"
    assert article["views"] is None
