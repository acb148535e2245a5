"""Text a browser shows no reader (display:none, the hidden attribute, hiding classes, a class
the page's own style sheet hides, screen-reader-only notes) is no field of the article; what a
browser does show (aria-hidden alone, responsive classes, withheld paywall text) still is."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.extract import hidden

URL = "http://h/news/v-taraze-postroyat-most-u50002"
P1 = "В Таразе построят новый мост через реку Талас к концу следующего года."
P2 = "Длина моста составит четыреста метров, движение будет четырёхполосным."
P3 = "Подрядчик уже приступил к подготовке строительной площадки у набережной."
DECOY = "Этот абзац виден только поисковым роботам и никогда не выводится читателю."
BODY = "\n\n".join([P1, P2, P3])


def _page(content: str, head: str = "", info: str = "") -> str:
    return (f'<!doctype html><html lang="ru"><head><title>Мост</title>{head}</head><body>'
            '<main><article><h1>В Таразе построят новый мост</h1><div class="meta">'
            f'<time datetime="2023-05-11T10:20:00+06:00">11.05.2023</time>{info}</div>'
            f'<div class="article-text">{content}</div></article></main></body></html>')


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


@pytest.mark.parametrize("box", [
    f'<p style="display: none">{DECOY}</p>',
    f'<p style="color:red; DISPLAY:NONE !important">{DECOY}</p>',
    f'<div style="visibility: hidden"><p>{DECOY}</p></div>',
    f"<p hidden>{DECOY}</p>",
    f'<div aria-hidden="true" style="display:none"><p>{DECOY}</p></div>',
    f'<p class="text d-none">{DECOY}</p>',
    f'<p class="is-hidden">{DECOY}</p>',
    f'<p class="invisible">{DECOY}</p>',
    f'<div class="u-hidden"><span>{DECOY}</span></div>',
], ids=lambda box: box[:box.index(">")].replace(DECOY, "…"))
def test_hidden_blocks_are_not_body(box: str) -> None:
    assert _record(_page(f"<p>{P1}</p>{box}<p>{P2}</p><p>{P3}</p>"))["body"] == BODY


@pytest.mark.parametrize("style", [
    ".seo-copy{display:none}",
    "/* legacy */ p.seo-copy { color: #333; visibility: hidden }",
    ".a, .seo-copy {display:none!important}",
    "#seo{display:none}",
])
def test_a_class_the_pages_own_style_hides_is_not_body(style: str) -> None:
    html = _page(f'<p>{P1}</p><p class="seo-copy" id="seo">{DECOY}</p><p>{P2}</p><p>{P3}</p>',
                 head=f"<style>{style}</style>")
    assert _record(html)["body"] == BODY


@pytest.mark.parametrize("box", [
    f'<p class="hidden-xs">{DECOY}</p>',  # Bootstrap 3: hidden on phones only
    f'<p class="d-none d-md-block">{DECOY}</p>',  # shown from tablets up
    f'<p class="hidden md:block">{DECOY}</p>',
    f'<p class="md:hidden">{DECOY}</p>',
    f'<p class="overflow-hidden">{DECOY}</p>',
    f'<p aria-hidden="true">{DECOY}</p>',  # not read aloud, still printed
    f'<p class="tab active">{DECOY}</p>',  # the style shows the active tab
    f'<p class="mob">{DECOY}</p>',  # hidden only under @media
], ids=lambda box: box[:box.index(">")])
def test_what_some_screen_shows_stays_text(box: str) -> None:
    style = ("<style>.tab{display:none}.tab.active{display:block}"
             "@media (max-width: 600px){.mob{display:none}}</style>")
    rec = _record(_page(f"<p>{P1}</p>{box}<p>{P2}</p><p>{P3}</p>", head=style))
    assert rec["body"] == "\n\n".join([P1, DECOY, P2, P3])


@pytest.mark.parametrize("hide", ['style="display:none"', "hidden"])
def test_withheld_paragraphs_stay_the_articles_text(hide: str) -> None:
    for box in (f'<div class="premium-content" {hide}><p>{P3}</p></div>',
                f"<div {hide}><p>{P2}</p><p>{P3}</p></div>"):
        rest = "" if "premium" not in box else f"<p>{P2}</p>"
        assert _record(_page(f"<p>{P1}</p>{rest}{box}"))["body"] == BODY, box


@pytest.mark.parametrize("note", [
    '<span class="visually-hidden"> (откроется в новом окне)</span>',
    '<span class="sr-only">(opens in a new tab)</span>',
    '<span class="screen-reader-text">, внешняя ссылка</span>',
    '<span class="govuk-visually-hidden"> (жаңа терезеде ашылады)</span>',
], ids=lambda note: note[:note.index(">")])
def test_a_screen_reader_note_is_not_part_of_the_source(note: str) -> None:
    html = _page(f'<p>{P1}</p><p>{P2}</p><p>{P3}</p><p><b>Источник:</b> '
                 f'<a href="https://kaztag.kz/x" target="_blank">КазТАГ{note}</a></p>')
    rec = _record(html)
    assert rec["source"] == "КазТАГ" and rec["body"] == BODY


def test_a_drop_cap_is_printed_once() -> None:
    cap = '<span class="initial" aria-hidden="true">Ш</span><span class="sr-only">Ш</span>'
    html = _page(f"<p>{cap}ымкент. 14 мая. Центр информации - {P1}</p><p>{P2}</p><p>{P3}</p>")
    rec = _record(html)
    assert rec["dateline_place"] == "Шымкент"
    assert rec["body"] == BODY


def test_a_hidden_counter_is_no_view_count() -> None:
    hidden_zero = '<span class="views" style="display:none">0</span>'
    shown = _record(_page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>",
                          info=f'{hidden_zero}<span class="views">Просмотров: 1 204</span>'))
    assert shown["views"] == 1204
    alone = _record(_page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>", info=hidden_zero))
    assert alone["views"] is None


def test_data_in_a_hidden_box_is_still_read() -> None:
    box = ('<div style="display:none"><span itemprop="datePublished" content="2022-03-07T09:15'
           ':00+06:00">7 марта</span><meta itemprop="author" content="Иван Петров"></div>')
    html = (f'<!doctype html><html lang="ru"><head><title>Мост</title></head><body><article>'
            f"<h1>В Таразе построят новый мост</h1>{box}<div class=\"text\"><p>{P1}</p>"
            f"<p>{P2}</p><p>{P3}</p></div></article></body></html>")
    rec = _record(html)
    assert rec["published_at"] == "2022-03-07T09:15:00+06:00" and rec["body"] == BODY


def test_hidden_box_rules() -> None:
    assert hidden.declares_hidden("display:none; display:block") is False
    assert hidden.declares_hidden("position:absolute;clip:rect(0 0 0 0)") is True
    assert hidden.declares_hidden("width:1px;height:1px;overflow:hidden") is True
    assert hidden.declares_hidden("color:red") is None
    css = (".sr{position:absolute;clip:rect(0,0,0,0)} .off{display:none} .menu li{display:none}"
           " .tab{display:none} .open .tab{display:block} @media print{.np{display:none}}")
    assert hidden.style_names(css) == {".sr", ".off"}
    assert hidden.style_names("#seo-text{display:none} div#promo{visibility:hidden}") == {
        "#seo-text", "#promo"}
