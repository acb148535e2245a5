"""Metadata a CMS prints in its own markup: RDFa / microdata dates, "posted on" lines, view
counters next to blocks named ``…views…``, fields under a label (``Раздел`` + its links, ``dt``/
``dd``, ``th``/``td``, Drupal's field classes) and schema.org ``keywords``/``articleSection``.
Each case on a small page of its own, in markup of no copy of the outlet."""

from __future__ import annotations

from typing import Any

from kznews import article_from_html

URL = "http://h/news/neft-eksport-vyros-u50101"
TITLE = "Экспорт нефти вырос на восемь процентов"
P1 = ("Экспорт казахстанской нефти за первый квартал вырос на восемь процентов, сообщили в "
      "министерстве.")
P2 = "Основной объём поставок пришёлся на порты Чёрного моря и трубопроводную систему КТК."
BODY = f"<p>{P1}</p><p>{P2}</p>"
SIDEBAR = ('<div class="region-aside sidebar"><h3>Популярное</h3><ul><li><a href="/news/drugoe-'
           'u50001">Другая новость</a> <span property="dc:created" content="2026-01-05T10:00:00'
           '+05:00">05.01.2026</span> <span class="views">913</span></li></ul></div>')


def _page(top: str = "", under: str = "", body_class: str = "", head: str = "",
          before: str = "") -> str:
    return (f'<html lang="ru"><head><title>{TITLE}</title>{head}</head>'
            f'<body class="{body_class}">{before}<div class="main"><h1>{TITLE}</h1>{top}'
            f'<div class="entry-content">{BODY}</div>{under}</div></body></html>')


def _record(html: str, listing: str | None = "2022-03-07") -> dict[str, Any]:
    rec = article_from_html(html, URL, listing_date=listing, today="2026-06-01")
    assert rec is not None
    return rec


# --------------------------------------------------------------------------- dates
def test_rdfa_and_microdata_date_attributes_give_the_moment() -> None:
    cases = [
        '<span property="dcterms:issued" content="2022-03-07T03:15:00Z"></span>',
        '<div class="submitted"><span property="dc:date dc:created" content="2022-03-07T09:15'
        ':00+06:00" datatype="xsd:dateTime">7 марта</span></div>',
        '<span itemprop="datePublished" content="2022-03-07T09:15:00+06:00">7 марта</span>',
    ]
    for top in cases:
        # a sidebar listing before the article dates other articles: not this one's moment
        rec = _record(_page(top, before=SIDEBAR))
        assert rec["published_at"] == "2022-03-07T09:15:00+06:00", top
        assert rec["published_date_precision"] == "minute", top
        assert rec["extraction"]["published_at"].startswith("attr:"), top


def test_posted_on_lines_read_a_slashed_date_in_the_order_its_weekday_gives() -> None:
    lines = {
        "Posted by admin on Mon, 03/07/2022 - 09:15": "2022-03-07T09:15:00+06:00",
        "Опубликовано: 7 марта 2022, 09:15": "2022-03-07T09:15:00+06:00",
        "Добавлено 07.03.2022 09:15": "2022-03-07T09:15:00+06:00",
        # day/month order shown by the weekday: 7 March 2022 was a Monday
        "Жарияланды: Mon, 07/03/2022 09:15": "2022-03-07T09:15:00+06:00",
    }
    for line, want in lines.items():
        rec = _record(_page(f'<div class="node-meta">{line}</div>'))
        assert rec["published_at"] == want and rec["published_date_precision"] == "minute", line
        assert rec["extraction"]["published_at"] in ("text:published-line", "text:info-line")
    # a weekday that fits neither order: no moment can be trusted
    rec = _record(_page('<div class="node-meta">Posted on Fri, 03/07/2022 - 09:15</div>'))
    assert rec["published_date_precision"] == "day"
    # no weekday on a Russian page: day first, as Russian writes dates
    rec = _record(_page('<div class="node-meta">Добавлено 03/07/2022 09:15</div>'))
    assert rec["published_at"] == "2022-07-03T09:15:00+06:00"


# --------------------------------------------------------------------------- views
def test_a_views_named_block_is_no_counter_and_a_counter_line_under_the_fields_is() -> None:
    block = ('<div class="block block-views-recent"><h2>Свежее</h2><ul><li><a href="/news/a-'
             'u50002">Другая новость</a> <span>12.05.2024</span></li></ul></div>')
    fields = "".join(f'<div class="meta-row">Поле {k}</div>' for k in range(8))
    rec = _record(_page(under=block))
    assert rec["views"] is None
    rec = _record(_page(under=f"{block}{fields}<ul class=\"links\"><li class=\"stat\"><span>"
                              "2 417 просмотров</span></li></ul>"))
    assert rec["views"] == 2417
    # a sidebar's per-article counter is not this article's
    assert _record(_page(before=SIDEBAR))["views"] is None


# --------------------------------------------------------------------------- labelled fields
def test_labelled_fields_give_rubric_tags_and_source_whatever_the_link_shape() -> None:
    dl = ('<dl class="node-terms"><dt>Раздел</dt><dd><a href="/taxonomy/term/3">Экономика</a></dd>'
          '<dt>Метки:</dt><dd><a href="/taxonomy/term/40">нефть</a> <a href="/taxonomy/term/41">'
          'экспорт</a></dd><dt>Дереккөз</dt><dd>Kazinform</dd></dl>')
    table = ('<table class="props"><tr><th>Category</th><td><a href="/t/3">Экономика</a></td></tr>'
             '<tr><th>Tags</th><td><a href="/t/40">нефть</a>, <a href="/t/41">экспорт</a></td>'
             '</tr><tr><th>Source</th><td>Kazinform</td></tr></table>')
    inline = ('<p class="terms"><b>Рубрика:</b> <a href="/term/3">Экономика</a></p><p><span>'
              'Тэги:</span> <a href="/term/40">нефть</a>, <a href="/term/41">экспорт</a></p>'
              '<div class="src"><div class="lbl">Источник:</div><div>Kazinform</div></div>')
    for under in (dl, table, inline):
        rec = _record(_page(under=under))
        assert rec["category"] == "Экономика", under
        assert rec["tags"] == ["нефть", "экспорт"], under
        assert rec["source"] == "Kazinform", under


def test_fields_named_by_class_without_a_label() -> None:
    under = ('<div class="field field--name-field-news-tags field--label-hidden"><div class="'
             'field__items"><div class="field__item"><a href="/taxonomy/term/40">нефть</a></div>'
             '<div class="field__item"><a href="/taxonomy/term/41">экспорт</a></div></div></div>'
             '<div class="field field-name-field-category"><div class="field-items"><div class='
             '"field-item">Экономика</div></div></div>')
    top = ('<div class="field field--name-field-image-author"><div class="field__label">Фото'
           '</div><div class="field__item">Минэнерго РК</div></div>')
    rec = _record(_page(top=top, under=under))
    assert rec["tags"] == ["нефть", "экспорт"] and rec["category"] == "Экономика"
    assert rec["photo_credit"] == "Минэнерго РК"
    assert rec["extraction"]["tags"] == "css:.field--name-field-news-tags"
    # a lone label before a paragraph of text labels nothing
    rec = _record(_page(under=f"<p>Фото:</p><p>{P1} {P2}</p>"))
    assert rec["photo_credit"] is None


def test_keywords_line_under_the_text_is_tags() -> None:
    for line in ("Ключевые слова: нефть, экспорт", "Keywords: нефть; экспорт",
                 "Кілт сөздер: нефть, экспорт"):
        rec = _record(_page(under=f"<table><tr><td><font size=1>{line}</font></td></tr></table>"))
        assert rec["tags"] == ["нефть", "экспорт"], line
        assert rec["body"] == f"{P1}\n\n{P2}", line


# --------------------------------------------------------------------------- microdata
def test_microdata_keywords_and_article_section() -> None:
    seo = '<meta name="keywords" content="новости, казахстан, сегодня">'
    shown = '<div class="tags">Теги: <span itemprop="keywords">нефть, экспорт</span></div>'
    metas = ('<meta itemprop="keywords" content="нефть,экспорт"><meta itemprop="articleSection" '
             'content="Экономика">')
    listed = '<ul itemprop="keywords"><li>нефть</li><li>экспорт</li></ul>'
    for under in (shown, metas, listed):
        rec = _record(_page(under=under, head=seo))
        assert rec["tags"] == ["нефть", "экспорт"], under
    rec = _record(_page(under=metas, head=seo))
    assert rec["category"] == "Экономика"
    assert rec["extraction"]["category"] == "microdata:articleSection"
    # the page's SEO keywords are no tags
    assert _record(_page(head=seo))["tags"] == []


# --------------------------------------------------------------------------- layout
def test_layout_classes_on_body_do_not_make_the_page_a_sidebar() -> None:
    top = ('<div class="lead"><img src="/files/2022-03/oil.jpg" alt=""></div>'
           '<div class="credit-row">Фото: Минэнерго РК</div>')
    rec = _record(_page(top=top, body_class="page-node one-sidebar sidebar-second footer-wide"))
    assert rec["image_urls"] == ["http://h/files/2022-03/oil.jpg"]
    assert rec["photo_credit"] == "Минэнерго РК"
    assert rec["body"] == f"{P1}\n\n{P2}"
