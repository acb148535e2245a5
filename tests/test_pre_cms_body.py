"""Texts of pages made before content management systems, with no dateline to anchor them.

A static archive prints its paragraphs straight in ``<body>`` (unclosed, upper-case ``<P>``,
comments between), a newsletter a table row per paragraph, a mobile page its rubric, headline
and "date (views)" line in the text's own box, an HTML5 template a ``<section>`` per part of
the text; an old text may close with its source in brackets.
"""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews import processors as P

URL = "https://ic24.kz/news/v-pavlodare-otremontiruyut-most-u47311"
TITLE = "В Павлодаре отремонтируют мост через Иртыш"
PARAS = [
    "В Павлодаре начали ремонт моста через Иртыш, сообщает Tengrinews.kz.",
    "Движение по мосту ограничат на два месяца, объезд организован по северной дороге.",
    "Подрядчик обязан завершить работы до начала отопительного сезона.",
]


def _record(markup: str) -> dict:
    item = article_from_html(markup, URL, listing_date="2022-03-16")
    assert item is not None
    return item


def test_static_page_paragraphs_straight_in_body() -> None:
    paras = "\n<!-- para -->\n".join(f"<P ALIGN=JUSTIFY>{t}" for t in PARAS[1:])
    markup = f"""<HTML><HEAD><TITLE>Архив :: {TITLE}</TITLE></HEAD><BODY>
<CENTER><IMG SRC=/top.gif></CENTER><FONT SIZE=1><A HREF=/>Главная</A> &gt; Новости</FONT>
<CENTER><FONT SIZE=4><B>{TITLE}</B></FONT></CENTER>
<P ALIGN=JUSTIFY><B>16 марта 2022</B><BR>
{PARAS[0]}
<!-- para -->
{paras}
<HR><CENTER><A HREF=/>На главную</A> | <A HREF=#top>Наверх</A></CENTER>
</BODY></HTML>"""
    item = _record(markup)
    assert item["body"] == "\n\n".join(PARAS)
    assert item["source"] == "Tengrinews.kz"


def test_newsletter_row_per_paragraph() -> None:
    rows = "\n".join(f'<tr><td style="padding:3px 16px"><font size=2>{t}</font></td></tr>'
                     for t in PARAS)
    markup = f"""<html><head><title>Дайджест: {TITLE}</title></head><body>
<table width=100%><tr><td align=center><table width=640>
<tr><td><font size=1>Письмо не читается? <a href=/web/1>Откройте в браузере</a></font></td></tr>
<tr><td><font size=1>Раздел: Регионы</font></td></tr>
<tr><td><font size=5><b>{TITLE}</b></font></td></tr>
{rows}
<tr><td><table><tr><td><b>Ещё новости номера:</b><br>
&#8226; <a href=/news/v-almaty-otkryli-park-u47001>В Алматы открыли парк</a><br>
&#8226; <a href=/news/v-astane-novyy-most-u47002>В Астане построят новый мост</a>
</td></tr></table></td></tr>
<tr><td><font size=1>Вы подписаны на дайджест. <a href=/unsub>Отписаться</a></font></td></tr>
</table></td></tr></table></body></html>"""
    assert _record(markup)["body"] == "\n\n".join(PARAS)


@pytest.mark.parametrize("date_line", ["05.03.22 09:15 (1234)", "05.03.22"])
def test_mobile_page_rubric_and_date_line_are_no_text(date_line: str) -> None:
    text = "<br/><br/>\n".join(PARAS)
    markup = f"""<html><head><title>{TITLE} | mobile</title></head><body>
<div class="hdr"><a href="/">ЦИ</a></div>
<div class="story"><b>Регионы</b><br/>
<div class="hl"><b>{TITLE}</b></div>
<div class="dt">{date_line}</div>
{text}<br/><br/>
</div><div class="ftr"><a href="/">На главную</a></div></body></html>"""
    item = _record(markup)
    assert item["body"] == "\n\n".join(PARAS)
    assert item["source"] == "Tengrinews.kz"


def test_sections_of_one_article_are_one_body() -> None:
    lead, rest = PARAS[0], PARAS[1:]
    markup = f"""<html><head><title>{TITLE}</title></head><body><main><article>
<header><h1>{TITLE}</h1><p>16 марта 2022</p></header>
<section><p>{lead}</p></section>
<!-- part -->
<section>{''.join(f'<p>{t}</p>' for t in rest)}</section>
<section><p>Работы оплатят из местного бюджета.</p></section>
</article><aside><h2>Другие новости</h2><ul><li><a href="/news/x-u1">Другая новость</a></li></ul>
</aside></main></body></html>"""
    item = _record(markup)
    assert item["body"] == "\n\n".join([*PARAS, "Работы оплатят из местного бюджета."])
    assert item["source"] == "Tengrinews.kz"


@pytest.mark.parametrize(("last", "body_end", "source"), [
    ("Работы завершат к осени. (пресс-служба акимата области)", "Работы завершат к осени.",
     "пресс-служба акимата области"),
    ("Works will end by autumn. (English version)", None, None),
    ("Works will end by autumn. (Based on: Astana Times)", "Works will end by autumn.",
     "Astana Times"),
    ("Работы завершат к осени (по плану).", None, None),
    ("Работы завершат к осени. (Продолжение следует)", None, None),
    ("Мост открыт. (Фото)", None, None),
])
def test_bracketed_source_after_last_sentence(last: str, body_end: str | None,
                                              source: str | None) -> None:
    paras = [PARAS[1], PARAS[2], last]
    markup = f"""<html><head><title>{TITLE}</title></head><body>
<h1>{TITLE}</h1><div class="text">{''.join(f'<p>{t}</p>' for t in paras)}</div></body></html>"""
    item = _record(markup)
    assert item["body"].split("\n\n")[-1] == (body_end or last)
    assert item["source"] == source


def test_bracketed_source_shapes() -> None:
    assert P.bracketed_source("Итоги подведут в мае. (по материалам КазТАГ)") == (
        "Итоги подведут в мае.", "КазТАГ")
    assert P.bracketed_source("(Kazinform)") == ("", "Kazinform")
    assert P.bracketed_source("Участвуют три страны (Казахстан, Узбекистан, Кыргызстан)") is None
    assert P.bracketed_source("Сумма составит 5 млрд. (2)") is None
    assert P.bracketed_source("Об этом сказано выше. (См. раздел 2)") is None


def test_two_digit_year_date_row() -> None:
    assert P.is_date_row("05.03.22 09:15 (1234)")
    assert not P.is_date_row("05.03.22 в Павлодаре начали ремонт моста через Иртыш.")
    assert not P.is_date_row("35.13.22 (12)")
