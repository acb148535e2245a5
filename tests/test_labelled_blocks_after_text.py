"""After the text, a labelled field in a block of its own (``Рубрика: X``, ``Категория: X``)
and the heading of a box of other stories (``Похожие материалы``, ``Материалы по теме``) are
never text, whatever furniture (a share line, a print link) stands between them."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://h.kz/news/v-almaty-otkryli-novyy-park-u40301"
H1 = "В Алматы открыли новый парк"
DATELINE = "Алматы. 18 января. Центр информации - "
P1 = "В Алматы открыли новый парк площадью пять гектаров."
P2 = "В парке высадили более тысячи деревьев и установили детские площадки."
P3 = "Проект финансируется из местного бюджета."
SHARE = ('<div class="share">Поделиться: <a href="https://vk.com/share.php?u=x">ВКонтакте</a> '
         '<a href="https://t.me/share/url?url=x">Telegram</a></div>')
PRINT = f'<a class="print" href="{URL}?print=1" rel="nofollow">Версия для печати</a>'


def _similar(heading: str, heading_class: str = "block-title") -> str:
    items = "".join(
        f'<div class="list-object"><a href="/news/story-{n}-u5{n}000"><img src="/i/{n}.jpg" alt="">'
        f'</a><a href="/news/story-{n}-u5{n}000">Акимат подвёл итоги года номер {n}</a>'
        f'<span class="date">0{n}.03.2026</span></div>' for n in range(1, 4))
    return f'<div class="similar"><div class="{heading_class}">{heading}</div>{items}</div>'


def _page(after_text: str, last: str = P3) -> str:
    return (f'<html lang="ru"><head><title>{H1}</title></head><body><div class="main">'
            f'<div class="full-object"><h1 class="title">{H1}</h1>'
            f'<div class="text"><p>{DATELINE}{P1}</p><p>{P2}</p><p>{last}</p></div>'
            f'{after_text}</div></div></body></html>')


def _body(html: str) -> list[str]:
    rec = article_from_html(html, URL, listing_date="2020-01-18", today="2020-02-01")
    assert rec is not None
    return rec["body"].split("\n\n")  # type: ignore[union-attr]


@pytest.mark.parametrize("field", [
    '<div class="field rubric-block"><span class="label">Рубрика:</span> '
    '<a href="/novosti/sport/">Спорт</a></div>',
    '<div class="meta-row"><b>Категория:</b> <a href="/category/obshchestvo/">Общество</a></div>',
    '<p class="section-line">Section: <a href="/en/economy/">Economy</a></p>',
])
@pytest.mark.parametrize("heading", ["Похожие материалы", "Материалы по теме:"])
def test_a_field_line_and_a_box_heading_after_the_text_are_no_text(field: str,
                                                                   heading: str) -> None:
    html = _page(f"{field}{SHARE}{PRINT}{_similar(heading)}")
    assert _body(html) == [P1, P2, P3]


def test_a_box_heading_alone_after_the_text_is_no_text() -> None:
    assert _body(_page(f"{SHARE}{PRINT}{_similar('Похожие материалы')}")) == [P1, P2, P3]


def test_a_sentence_naming_similar_materials_is_text() -> None:
    last = "Похожие материалы о парках города публиковались и ранее, напомнили в акимате."
    html = _page(f"{SHARE}{_similar('Другие новости', 'block-title')}", last=last)
    assert _body(html)[:3] == [P1, P2, last]


def test_a_last_paragraph_with_a_link_of_its_own_is_text() -> None:
    last = 'Подробнее о проекте читайте на <a href="https://almaty.gov.kz/">сайте акимата</a>.'
    html = _page(f"{SHARE}{_similar('Похожие материалы')}", last=last)
    assert _body(html)[2] == "Подробнее о проекте читайте на сайте акимата."
