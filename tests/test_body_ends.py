"""Where an article's text ends, and what inside it is one paragraph, on CMSs kznews was not
written against.

Four shapes: lines a CMS or an editor prints after the text (the author's signature, a pointer
to the original, a line of tag links, a rating widget, a details row); a table of figures
inside the text (a row is one line of the text, its cells joined by a space); a text kept as
one ``<div>`` per paragraph in a box no selector names; and a photo credit in its own inline
element after the caption, in the figure above the text.
"""

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


def page(body: str, *, before: str = "", after: str = "") -> str:
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div id="top"><a href="/">Главная</a> <a href="/novosti">Новости</a></div>
<div class="col-main"><div class="headline-box">{TITLE}</div>
<div class="when">12.05.2022 11:30</div>
{before}
{body}
{after}
</div>
<div class="col-right"><div class="box-latest"><h3>Лента</h3><ul>
<li><a href="/news/drugaya-novost-u48800">Другая новость дня о погоде в регионах страны</a></li>
</ul></div></div></body></html>"""


def paragraphs(paras: list[str], dateline: bool = True, tag: str = "p") -> str:
    first = (DATELINE if dateline else "") + paras[0]
    return "".join(f"<{tag}>{p}</{tag}>" for p in (first, *paras[1:]))


def body_of(html: str) -> list[str]:
    record = article_from_html(html, URL)
    assert record is not None
    return record["body"].split("\n\n")


# ------------------------------------------------------------------ lines after the text
TRAILERS = {
    "signature ru": "<p><i>Автор материала: Сергей Ким</i></p>",
    "signature en": '<p style="text-align:right">Written by: Anna Lee</p>',
    "signature kk": "<p><em>Дайындаған: Ержан Сапаров</em></p>",
    "signatures": "<p>Авторы: С. Ким, А. Ли</p>",
    "pointer with url": '<p>Полный текст на Ulysmedia: <a href="https://ulysmedia.kz/n/48812">'
                        "https://ulysmedia.kz/n/48812</a></p>",
    "pointer kk": '<p>Толық нұсқасы: <a href="https://abai.kz/post/1">abai.kz/post/1</a></p>',
    "pointer link only": '<p><a href="https://vlast.kz/novosti/48812">Читать полностью</a></p>',
    "read more at": '<p>Read more at <a href="https://astanatimes.com/2022/05/">The Astana '
                    "Times</a></p>",
    "tag links": '<div class="entry-terms"><a class="term" href="/label/most/">мост</a> '
                 '<a class="term" href="/label/pavlodar/">Павлодар</a></div>',
    # tag pills: each link wraps a block of its own (a design system's chip)
    "tag pill": '<div class="chips x9"><a href="/topic/most" class="c1"><div class="c2 c3">мост'
                "</div></a></div>",
    "tag pills": '<div class="k7"><a href="/t/most"><div class="p1">мост</div></a><a href="/t/'
                 'pavlodar"><div class="p1">Павлодар</div></a><a href="/t/irtysh"><span '
                 'class="p1" style="display:block"><p>Иртыш</p></span></a></div>',
    "tag pill list": '<ul class="r2"><li><a href="/topics/most"><div>#мост</div></a></li><li><a '
                     'href="/topics/pavlodar"><div>#Павлодар</div></a></li></ul>',
    "rating box": '<div class="item-votes">Голосов: <b>12</b></div>',
    "rating text": "<div>Оценка: 4.5/5</div>",
    "rating widget": '<div class="post-rating"><span>★★★★☆</span> 4.2 (15 голосов)</div>',
    "details row": '<div class="meta-row">Раздел: <a href="/r/3">Общество</a> | Просмотров: '
                   "731 | Добавил: editor | Дата: 12.05.2022</div>",
}


@pytest.mark.parametrize("trailer", TRAILERS.values(), ids=TRAILERS.keys())
@pytest.mark.parametrize("dateline", [True, False])
def test_lines_after_the_text_are_no_text(trailer: str, dateline: bool) -> None:
    inside = body_of(page(f'<div class="story-box">{paragraphs(PARAS, dateline)}{trailer}</div>'))
    assert inside == PARAS
    after = body_of(page(f'<div class="story-box">{paragraphs(PARAS, dateline)}</div>{trailer}'))
    assert after == PARAS


def test_several_lines_after_the_text_are_no_text() -> None:
    trailer = (TRAILERS["signature en"] + TRAILERS["pointer with url"] + TRAILERS["rating text"])
    assert body_of(page(paragraphs(PARAS) + trailer)) == PARAS


def test_a_labelled_line_inside_the_text_stays_text() -> None:
    inner = "Протяжённость: 600 метров"
    html = page(paragraphs([PARAS[0], inner, *PARAS[1:]]))
    assert body_of(html) == [PARAS[0], inner, *PARAS[1:]]


# ------------------------------------------------------------------ tables of figures
ROWS = (("Показатель", "2021", "2022"), ("Длина, м", "580", "600"), ("Полосы", "2", "4"))


def _table(head: str, cell: str) -> str:
    top = "".join(f"<{head}>{c}</{head}>" for c in ROWS[0])
    rest = "".join("<tr>" + "".join(cell.format(c) for c in r) + "</tr>" for r in ROWS[1:])
    return f"<table class='figures'><tr>{top}</tr>{rest}</table>"


@pytest.mark.parametrize("head, cell", [("th", "<td>{}</td>"), ("td", "<td><p>{}</p></td>"),
                                        ("td", "<td><span>{}</span></td>")])
def test_a_table_row_is_one_line_of_the_text(head: str, cell: str) -> None:
    text = paragraphs(PARAS).replace("</p>", "</p>" + _table(head, cell), 1)
    rows = [" ".join(r) for r in ROWS]
    assert body_of(page(f'<div class="story-box">{text}</div>')) == [PARAS[0], *rows, *PARAS[1:]]


@pytest.mark.parametrize("box", [
    "<figure class='infographic'>{t}<figcaption>Мост в цифрах</figcaption></figure>",
    "<figure><div class='scroll-x'>{t}</div></figure>",
])
def test_a_table_inside_a_figure_is_no_text(box: str) -> None:
    """A figure's table (data with its caption, like a chart) is referenced beside the text;
    the paragraphs around it stay the body."""
    table = _table("th", "<td>{}</td>").replace("<tr>", "<caption>Мост в цифрах</caption><tr>", 1)
    text = paragraphs(PARAS).replace("</p>", "</p>" + box.format(t=table), 1)
    assert body_of(page(f'<div class="story-box">{text}</div>')) == PARAS


@pytest.mark.parametrize("box", [
    "<figure class='wp-block-table'>{t}</figure>",
    "<figure class='wp-block-table is-style-stripes'>{t}"
    "<figcaption>Мост в цифрах</figcaption></figure>",
    "<figure class='table'>{t}</figure>",
], ids=["wordpress", "wordpress-caption", "ckeditor"])
def test_a_table_in_an_editors_table_figure_is_text(box: str) -> None:
    """WordPress's block editor and CKEditor 5 wrap every table typed into the text in a
    ``<figure>``: its rows are the text's, one line each, where the table stands."""
    text = paragraphs(PARAS).replace("</p>", "</p>" + box.format(t=_table("th", "<td>{}</td>")), 1)
    body = body_of(page(f'<div class="story-box">{text}</div>'))
    rows = [" ".join(r) for r in ROWS]
    assert [line for line in body if line != "Мост в цифрах"] == [PARAS[0], *rows, *PARAS[1:]]


def test_a_layout_table_around_the_text_keeps_its_paragraphs() -> None:
    html = page(f"<table><tr><td class='l'>{paragraphs(PARAS)}</td><td>&nbsp;</td></tr></table>")
    assert body_of(html) == PARAS


# ------------------------------------------------------------------ a <div> per paragraph
@pytest.mark.parametrize("tag", ["div", "section"])
def test_a_text_of_one_div_per_paragraph_in_an_unknown_box(tag: str) -> None:
    text = paragraphs(PARAS, dateline=False, tag="div").replace("</div>", "</div><div>&nbsp;</div>")
    box = f'<{tag} class="xq-body"><div class="pic"><img src="/i/1.jpg"></div>{text}</{tag}>'
    source = '<div class="xq-src">Источник: <a href="https://pavlodar.gov.kz/">акимат</a></div>'
    record = article_from_html(page(box, after=source), URL)
    assert record is not None, "a text of <div> paragraphs was not found"
    assert record["body"].split("\n\n") == PARAS
    assert record["extraction"]["body"] == "text:densest-block"


# ------------------------------------------------------------------ a credit after a caption
@pytest.mark.parametrize("caption, credit", [
    ("Мост через Иртыш. <span class='c'>Фото: pavlodar.gov.kz</span>", "pavlodar.gov.kz"),
    ("The new bridge <em>(Photo: Akimat)</em>", "Akimat"),
    ("Жаңа көпір.<small> Сурет: Ulysmedia</small>", "Ulysmedia"),
], ids=["span", "brackets", "kk"])
def test_a_credit_after_the_caption_of_the_photo_above_the_text(caption: str,
                                                                  credit: str) -> None:
    figure = (f'<figure class="lead-pic"><img src="/i/1.jpg"><figcaption>{caption}</figcaption>'
              "</figure>")
    record = article_from_html(page(f"<div>{paragraphs(PARAS)}</div>", before=figure), URL)
    assert record is not None
    assert record["body"].split("\n\n") == PARAS
    assert record["photo_credit"] == credit
