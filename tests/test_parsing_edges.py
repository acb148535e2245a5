"""Markup a browser and an HTML parser read differently: declarative shadow DOM (rendered
without scripts) beside an inert ``<template>``, and stray ``</div>``s that close a text's
container and the box around it, each on a small page of its own."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.extract.markup import parse_page

URL = "http://h/news/v-shymkente-postroyat-most-u51234"
TITLE = "В Шымкенте построят новый мост через реку"
P1 = "В Шымкенте начато строительство нового моста через реку Бадам, сообщили в акимате."
P2 = "Длина моста составит более трёхсот метров, движение откроют в будущем году."
P3 = "На строительство из местного бюджета направят около четырёх миллиардов тенге."
P4 = "Подрядчик обязался завершить основные работы до наступления холодов."
DECOY = "Дожди в горах продлятся до конца недели, предупреждают синоптики республики."
STAMP = '<span class="date">12.05.2024, 10:30</span>'
SIDE = ('<aside class="sidebar"><h3>Популярное</h3><ul><li><a href="/news/drugaya-u51200">'
        "Другая новость о городе</a></li></ul></aside>")


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


def _images(rec: dict[str, object]) -> list[str]:
    return [str(u).rsplit("/", 1)[-1] for u in rec["image_urls"]]  # type: ignore[attr-defined]


@pytest.mark.parametrize("attr", ["shadowrootmode=open", 'shadowrootmode="closed"',
                                  'shadowroot="open"'])
def test_declarative_shadow_root_is_the_pages_text(attr: str) -> None:
    # another story's card in a plain <template> comes first: inert, it gives nothing
    card = (f'<template id="card"><div class="story"><h1 class="story-title">Синоптики '
            f'предупредили о дождях</h1><p>{DECOY}</p><img src="/i/rain.jpg"></div></template>')
    html = (f'<html lang="ru"><head><title>{TITLE} | Новости</title></head><body>{card}'
            f'<div class="story"><h1 class="story-title">{TITLE}</h1>{STAMP}<x-story-text>'
            f'<template {attr}><style>p{{margin:0}}</style><img src="/i/most.jpg" alt="">'
            f'<p>{P1}</p><p>{P2}</p><p>{P3}</p><p>Источник: пресс-служба акимата</p>'
            f"<slot></slot></template></x-story-text></div>{SIDE}</body></html>")
    rec = _record(html)
    assert rec["title"] == TITLE
    assert rec["body"] == "\n\n".join([P1, P2, P3])
    assert rec["source"] == "пресс-служба акимата"
    assert _images(rec) == ["most.jpg"]
    assert DECOY not in str(rec)


def test_plain_template_is_emptied_and_shadow_root_opened() -> None:
    root = parse_page('<body><template><p class="t">a</p></template><x-a><template '
                      'SHADOWROOTMODE="open"><p class="s">b</p></template></x-a></body>').root
    assert root.xpath("//p/@class") == ["s"]
    assert [el.tag for el in root.iter("x-a", "div", "template")] == ["template", "x-a", "div"]


def _stray(after: str) -> str:
    return ('<html lang="ru"><head><title>Новости</title></head><body><div class="page">'
            f'<div class="article"><h1>{TITLE}</h1>{STAMP}<div class="article-text">'
            f'<p>{P1}<p>{P2}</div></div>{after}</div>{SIDE}</body></html>')


def test_text_goes_on_after_the_box_two_stray_closings_closed() -> None:
    # shorter than the lead: the two boxes closed together still give the run
    rec = _record(_stray(f'<p>{P3}<img src="/i/two.jpg" alt=""><p>{P4}'
                         '<p class="source">Источник: пресс-служба акимата'))
    assert rec["body"] == "\n\n".join([P1, P2, P3, P4])
    assert rec["source"] == "пресс-служба акимата"
    assert "two.jpg" in _images(rec)


@pytest.mark.parametrize("after", [
    f'<div class="related"><h2>Читайте также</h2><p>{DECOY}</p></div>',  # a box of its own
    f"<h2>Синоптики предупредили о дождях</h2><p>{DECOY}</p>",  # the next story
    f'<div class="banner"><img src="/i/ad.jpg"></div><p class="note">{DECOY}</p>',
])
def test_what_follows_the_closed_boxes_and_is_no_paragraph_never_joins(after: str) -> None:
    rec = _record(_stray(after))
    assert rec["body"] == f"{P1}\n\n{P2}"
    assert "ad.jpg" not in _images(rec)
