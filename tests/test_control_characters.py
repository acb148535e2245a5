"""Control characters in a page's text never fail the page (kznews.extract.markup._encode).

libxml2 keeps C0 controls in the tree; lxml refuses a string holding one whenever a repair
writes text back (a tail moved past a hidden box, a link's note kept as its label, a second
``<html>``'s text joined to the first). Such a page raised ``ValueError: All strings must be
XML compatible`` from ``article_from_html`` and, in a crawl, was lost. The record must be the
one of the same page with each control written as ``clean_text`` reads it."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/subbotnik-v-almaty-u45123"
LEAD = "Алматы. 16 апреля. Центр информации - В городе прошёл субботник"
MORE = "".join(f"<p>Абзац номер {i} рассказывает о событиях в городе и о его жителях.</p>"
               for i in range(4))
HIDDEN = '<span style="display:none">скрыто</span>'
SR_LINK = ('<a href="/news/drugaya-u45100"><span class="sr-only">Предыдущий{c}материал</span>'
           "Назад</a>")

SHAPES = {
    # the tail after a hidden box moves to the element before it
    "tail after a hidden box": f"<p>{LEAD}{HIDDEN} и{{c}} жители вышли на улицы.</p>{MORE}",
    # a hidden box first in its parent: its tail joins the parent's text
    "text after a first hidden box": f"<p>{HIDDEN}{LEAD} и{{c}} жители вышли на улицы.</p>{MORE}",
    # a screen-reader note inside a link becomes the link's aria-label
    "note inside a link": f"<p>{LEAD} и жители вышли на улицы.</p>{MORE}<p>{SR_LINK}</p>",
}
PAGE = ('<html><head><title>Субботник в Алматы</title></head><body>'
        '<h1>Субботник в Алматы</h1><div class="news_text">{text}</div></body></html>')
SECOND_TOP = ('<html><head><title>Субботник в Алматы</title></head><body><h1>Субботник в '
              'Алматы</h1><div class="news_text">{text}</div></body></html><html>хвост{c} '
              'страницы<body><p>Подвал</p></body></html>')
PRINTS_AS_SPACE = "\x0b\x0c\x1c\x1d\x1e\x1f"
CONTROLS = [chr(c) for c in (*range(0x01, 0x09), *range(0x0B, 0x0D), *range(0x0E, 0x20))]


def record(html: str) -> dict:
    found = article_from_html(html, URL)
    assert found is not None
    return {k: v for k, v in found.items() if k != "crawled_at"}


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("control", CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_a_control_character_is_read_as_clean_text_reads_it(shape: str, control: str) -> None:
    got = record(PAGE.format(text=SHAPES[shape].format(c=control)))
    same = " " if control in PRINTS_AS_SPACE else ""
    assert got == record(PAGE.format(text=SHAPES[shape].format(c=same)))


@pytest.mark.parametrize("control", ["\x07", "\x0c", "\x1f"], ids=lambda c: f"U+{ord(c):04X}")
def test_a_second_html_element_with_a_control_character_joins_the_first(control: str) -> None:
    text = f"<p>{LEAD} и жители вышли на улицы.</p>{MORE}"
    got = record(SECOND_TOP.format(text=text, c=control))
    assert "жители вышли на улицы" in got["body"]
    assert got["title"] == "Субботник в Алматы"
