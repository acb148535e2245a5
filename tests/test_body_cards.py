"""A block of other articles after the text — cards or teasers under a heading such as
"Другие новости", "Похожие материалы", "Other news" or "Басқа жаңалықтар" — ends the body,
whatever element prints the heading and however the cards are marked up: a link wrapping the
whole card, titles that are not links at all (a title and its date), or a box classed as a
card or teaser with no heading above it. A box of the same classes holding the text itself
(an article printed in a card) is the text."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/v-pavlodare-otkryli-novyy-most-u48812"
TITLE = "В Павлодаре открыли новый мост"
PARAS = [
    "В Павлодаре после двух лет строительства открыли новый мост через Иртыш, сообщили в "
    "акимате области.",
    "Длина моста составляет шестьсот метров, по нему пройдут четыре полосы движения и "
    "пешеходные дорожки.",
    "Строительство обошлось областному бюджету в девять миллиардов тенге.",
]
DATELINE = "Павлодар. 12 мая. Центр информации - "
OTHERS = [("/news/v-semee-otremontiruyut-dorogi-u48790", "В Семее отремонтируют дороги",
           "11.05.2022"),
          ("/news/almaty-marathon-u48770", "Almaty marathon gathers ten thousand runners",
           "10 мая 2022")]


def page(text: str, after: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="top"><a href="/">Главная</a></div>
<div class="rec"><div class="headline-x">{TITLE}</div><div class="when">12.05.2022</div></div>
{text}
{after}
<footer><div class="note">Подпишитесь на рассылку</div>
<div class="note">© 2022 Центр информации</div></footer></body></html>"""


def dateline_text() -> str:
    return "".join(f'<div class="rec"><div class="txt">{p}</div></div>'
                   for p in (DATELINE + PARAS[0], *PARAS[1:]))


def br_text() -> str:
    return f'<div class="rec"><div class="txt">{"<br><br>".join(PARAS)}</div></div>'


def wrapped_cards(heading: str) -> str:
    cards = "".join(f'<div class="grid__col"><a href="{href}" class="grid__link"><div '
                    f'class="grid__name">{title}</div><div class="grid__meta">{day}</div></a></div>'
                    for href, title, day in OTHERS)
    return f'<div class="rec">{heading}<div class="grid">{cards}</div></div>'


def unlinked_cards(heading: str) -> str:
    # the title is no link: the card's picture and a "read" button are
    cards = "".join(f'<div class="item"><a href="{href}"><img src="/i/{k}.jpg" alt=""></a>'
                    f'<div class="item-meta">{day}</div><div class="item-name">{title}</div>'
                    '</div>' for k, (href, title, day) in enumerate(OTHERS))
    return f'<section class="block">{heading}{cards}</section>'


HEADINGS = [
    '<div class="section__title">Другие новости</div>',
    '<span class="head">Похожие материалы</span>',
    "<p><strong>Материалы по теме:</strong></p>",
    '<div class="x">Ещё по теме</div>',
    "<h3>Other news</h3>",
    '<div class="lbl">More stories</div>',
    '<div class="t">Басқа жаңалықтар</div>',
    "<b>Тақырыпқа қатысты</b>",
]


def body_of(html: str) -> str:
    record = article_from_html(html, URL)
    assert record is not None
    return str(record["body"])


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("text", [dateline_text, br_text])
def test_a_heading_over_cards_wrapped_in_links_ends_the_text(heading: str, text: object) -> None:
    assert callable(text)
    assert body_of(page(text(), wrapped_cards(heading))) == "\n\n".join(PARAS)


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_heading_over_titles_with_dates_ends_the_text(heading: str) -> None:
    assert body_of(page(dateline_text(), unlinked_cards(heading))) == "\n\n".join(PARAS)


@pytest.mark.parametrize("cls", ["news-card", "teaser teaser--small", "t-card__col",
                                 "card"])
def test_cards_with_no_heading_end_the_text(cls: str) -> None:
    cards = "".join(f'<div class="{cls}"><div class="c-title">{title}</div><div>{day}</div></div>'
                    for _, title, day in OTHERS)
    assert body_of(page(dateline_text(), f'<div class="rec">{cards}</div>')) == \
        "\n\n".join(PARAS)


def test_cards_ending_the_text_of_a_container() -> None:
    text = '<div class="article-body">' + "".join(f"<p>{p}</p>" for p in PARAS)
    html = page(text + wrapped_cards("<div>Другие новости</div>") + "</div>", "")
    assert body_of(html) == "\n\n".join(PARAS)


@pytest.mark.parametrize("dateline", [DATELINE, ""])
def test_an_article_printed_in_a_card_keeps_its_text(dateline: str) -> None:
    paras = [dateline + PARAS[0], PARAS[1], "<h4>Сроки</h4>", PARAS[2]]
    text = ('<div class="card"><div class="card-body">' + "".join(
        p if p.startswith("<h4") else f'<p class="card-text">{p}</p>' for p in paras)
        + "</div></div>")
    assert body_of(page(text, "")) == "\n\n".join([*PARAS[:2], "Сроки", PARAS[2]])


def test_a_paragraph_opening_with_the_words_of_a_heading_stays_text() -> None:
    more = "Другие новости региона в этот день касались ремонта дорог и погоды."
    text = "".join(f"<p>{p}</p>" for p in (DATELINE + PARAS[0], more, PARAS[1]))
    assert body_of(page(f'<div class="main">{text}</div>', "")) == \
        "\n\n".join([PARAS[0], more, PARAS[1]])
