"""Structures inside an article's text, as any CMS may print them.

A ``<pre>`` shows its lines as typed: each is a paragraph. A quotation boxed in an ``<aside>``
(a quote box, a citation) inside the text is text, while a boxed quote repeating a sentence of
the text is a pull quote and an ``<aside>`` of anything else still ends the text. Footnotes
printed before a box closing the text are read where the page prints them.
"""

from __future__ import annotations

import pytest

from tests.test_body_furniture import PARAS, body_of, p, page

SCHEDULE = ["10:30 – открытие моста", "11:15 - проезд первых автобусов",
            "12:00 — концерт на набережной"]


@pytest.mark.parametrize("pre", [
    "<pre>{0}\n{1}\n{2}</pre>",
    "<pre>\n  {0}\n\n{1}\r\n<b>{2}</b>\n</pre>",  # blank lines, indents, inline markup
    '<div class="schedule"><pre><code>{0}\n{1}\n{2}</code></pre></div>',
])
def test_each_line_of_a_pre_is_a_paragraph(pre: str) -> None:
    html = page(p(0) + p(1) + pre.format(*SCHEDULE) + p(2) + p(3))
    assert body_of(html) == [*PARAS[:2], *SCHEDULE, *PARAS[2:]]


CITED = "Мы ждали этот мост двадцать лет, теперь дорога до работы займёт десять минут"
WHO = "Айжан Сапарова, жительница левого берега"


@pytest.mark.parametrize("box", [
    '<aside class="quote-box"><p class="quote-box__text">«{q}»</p><p>{who}</p></aside>',
    '<aside class="Citation"><blockquote>«{q}»</blockquote><cite>{who}</cite></aside>',
    '<aside class="article__cite"><div><p>«{q}»</p><p>{who}</p></div></aside>',
    '<aside id="c1" class="box-quotation"><p>«{q}»</p><p>{who}</p></aside>',
])
def test_a_quotation_boxed_in_an_aside_inside_the_text_is_text(box: str) -> None:
    html = page(p(0) + p(1) + box.format(q=CITED, who=WHO) + p(2) + p(3))
    assert body_of(html) == [*PARAS[:2], f"«{CITED}»", WHO, *PARAS[2:]]


def test_a_boxed_quote_repeating_a_sentence_is_a_pull_quote() -> None:
    sentence = PARAS[2].rstrip(".")
    box = f'<aside class="quote-box"><p>«{sentence}»</p></aside>'
    assert body_of(page(p(0) + p(1) + box + p(2) + p(3))) == PARAS


def test_an_aside_of_other_stories_still_ends_the_text() -> None:
    aside = ('<aside class="more"><p>Читайте также: в Экибастузе отремонтируют дорогу до '
             "аэропорта, где уже начались работы.</p></aside>")
    assert body_of(page(p(0) + p(1), after=aside)) == PARAS[:2]


def test_footnotes_before_a_closing_box_keep_their_place() -> None:
    notes = ["По данным областного управления дорог.", "Без учёта расходов на освещение."]
    ref = '<sup><a href="#fn{n}" id="ref{n}">[{n}]</a></sup>'
    foot = "".join(f'<p id="fn{n}">[{n}] {t} <a href="#ref{n}">↩</a></p>'
                   for n, t in enumerate(notes, 1))
    fact = "<div class=\"fact\"><h4>Справка</h4><p>Иртыш — самая длинная река Казахстана.</p></div>"
    html = page(p(0) + p(1, ref.format(n=1)) + p(2, ref.format(n=2))
                + f'<div class="notes">{foot}</div>' + fact)
    assert body_of(html) == [*PARAS[:3], *notes, "Справка",
                             "Иртыш — самая длинная река Казахстана."]
