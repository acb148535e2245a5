"""The article text in markup of CMSs kznews was not written against.

Five shapes lost text or let furniture in: a page template's classes on ``<body>`` (Drupal's
``one-sidebar sidebar-second``) read as a sidebar around the whole page; the body container
marked only by RDFa/microdata or a CMS field class; a photo's caption read as a paragraph (its
credit lost); a sub-heading after a "read also" line read as a links block's title; and a
keywords line read as text.
"""

from __future__ import annotations

import pytest

from kznews import article_from_html, processors
from kznews.extract.layout import kind_of

URL = "https://ic24.kz/news/v-karagande-otkryli-novuyu-biblioteku-u47311"
TITLE = "В Караганде открыли новую библиотеку"
PARAS = [
    "В Караганде после реконструкции открылась областная библиотека, рассказали в управлении "
    "культуры.",
    "Фонд библиотеки пополнили на двенадцать тысяч книг, в читальных залах установили "
    "компьютеры с доступом к электронным каталогам.",
    "В следующем году такую же модернизацию пройдут ещё четыре районные библиотеки области.",
]
DATELINE = "Караганда. 3 марта. Центр информации - "


def page(body: str, *, body_attrs: str = "", before: str = "", after: str = "") -> str:
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body {body_attrs}><div id="wrap"><div class="menu"><a href="/">Главная</a></div>
{before}
<div class="main-column"><h1>{TITLE}</h1>
<div class="date">03.03.2022 10:15</div>
{body}
{after}
</div>
<div class="region-right"><div class="box-latest"><h3>Лента</h3><ul>
<li><a href="/news/drugaya-novost-u47300">Другая новость дня о погоде в регионах страны</a></li>
</ul></div></div></div></body></html>"""


def paragraphs(paras: list[str], dateline: bool = False) -> str:
    first = (DATELINE if dateline else "") + paras[0]
    return "".join(f"<p>{p}</p>" for p in (first, *paras[1:]))


# ------------------------------------------------------------------ page template classes
@pytest.mark.parametrize("body_attrs", [
    'class="page-node two-sidebars sidebar-first node-type-news"',
    'class="layout-one-sidebar layout-sidebar-second path-node"',
    'class="single has-sidebar right-sidebar"',
])
@pytest.mark.parametrize("dateline", [True, False])
def test_a_page_templates_classes_do_not_make_the_page_furniture(body_attrs: str,
                                                                  dateline: bool) -> None:
    html = page(f'<div class="story">{paragraphs(PARAS, dateline)}</div>', body_attrs=body_attrs)
    record = article_from_html(html, URL)
    assert record is not None
    assert record["body"] == "\n\n".join(PARAS)


@pytest.mark.parametrize("cls", ["one-sidebar", "no-sidebars", "has-sidebar",
                                 "layout-two-sidebars", "with-related"])
def test_a_class_stating_what_a_box_has_is_not_furniture(cls: str) -> None:
    assert kind_of("div", f"main {cls}") is None
    assert kind_of("div", f"{cls} sidebar") == "boundary"  # its own sidebar class still counts
    assert kind_of("body", "sidebar-second") is None


# ------------------------------------------------------------------ body containers
@pytest.mark.parametrize("attrs, rule", [
    ('property="schema:articleBody"', 'css:[property~="schema:articleBody"]'),
    ('property="content:encoded" datatype=""', 'css:[property~="content:encoded"]'),
    ('class="field field--name-body field--type-text"', "css:.field--name-body"),
    ('class="field field-name-body"', "css:.field-name-body"),
    ('class="article-body"', "css:.article-body"),
])
def test_semantic_and_cms_body_containers(attrs: str, rule: str | None) -> None:
    comment = ('<div class="comments"><div property="content:encoded" class="field-name-body">'
               "<p>Первый комментарий к этой новости, без подписи и без даты.</p></div></div>")
    intro = "<p>Короткая подводка к материалу.</p>"
    html = page(f'<div class="node"><div {attrs}>{paragraphs(PARAS)}</div>{comment}</div>',
                before=f'<div class="promo-text">{intro}</div>')
    record = article_from_html(html, URL)
    assert record is not None
    if rule is not None:  # the others: found by the text rules, as before
        assert record["extraction"]["body"] == rule
        assert record["body"] == "\n\n".join(PARAS)


# ------------------------------------------------------------------ captions
FIGURES = {
    "figcaption": '<figure class="image"><img src="/f/1.jpg" alt=""><figcaption>'
                  "Читальный зал после ремонта. Фото: Азамат Ержанов</figcaption></figure>",
    "caption class": '<div class="wp-caption"><img src="/f/1.jpg"><p class="wp-caption-text">'
                     "Читальный зал после ремонта (Фото: Азамат Ержанов)</p></div>",
    "image table": '<table align="center"><tr><td><img src="/f/1.jpg"></td></tr>'
                   "<tr><td><small>Читальный зал после ремонта. Photo: Азамат Ержанов</small>"
                   "</td></tr></table>",
    "line under image": '<div><img src="/f/1.jpg"></div><div><em>Читальный зал после ремонта. '
                        "Сурет: Азамат Ержанов</em></div>",
}


@pytest.mark.parametrize("figure", FIGURES.values(), ids=FIGURES.keys())
@pytest.mark.parametrize("dateline", [True, False])
def test_a_caption_is_no_paragraph_and_its_credit_is_the_photo_credit(figure: str,
                                                                        dateline: bool) -> None:
    body = paragraphs(PARAS, dateline).replace("</p>", "</p>" + figure, 1)
    record = article_from_html(page(f'<div class="article-text">{body}</div>'), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(PARAS)
    assert record["photo_credit"] == "Азамат Ержанов"


def test_a_caption_without_credit_is_left_out_and_credits_nobody() -> None:
    figure = '<figure><img src="/f/1.jpg"><figcaption>Читальный зал</figcaption></figure>'
    body = paragraphs(PARAS, True).replace("</p>", "</p>" + figure, 1)
    record = article_from_html(page(f'<div class="article-text">{body}</div>'), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(PARAS)
    assert record["photo_credit"] is None


def test_a_paragraph_after_an_image_without_a_credit_stays_text() -> None:
    body = f'<p><img src="/f/1.jpg"></p>{paragraphs(PARAS)}'
    record = article_from_html(page(f'<div class="article-text">{body}</div>'), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(PARAS)


@pytest.mark.parametrize("text, credit", [
    ("Участники встречи. Фото: akorda.kz", "akorda.kz"),
    ("Meeting participants (Photo: Akorda press service)", "Akorda press service"),
    ("Кездесу қатысушылары. Сурет: gov.kz", "gov.kz"),
    ("Фотосурет — Kazinform", "Kazinform"),
    ("Фотография зала в день открытия", None),
    ("Участники фотоконкурса", None),
])
def test_caption_credit(text: str, credit: str | None) -> None:
    assert processors.caption_credit(text) == credit


# ------------------------------------------------------------------ read also, then a heading
@pytest.mark.parametrize("label, heading", [
    ("Читайте также:", "h2"), ("Read also:", "h3"), ("Оқи отырыңыз:", "h4")])
def test_a_sub_heading_after_a_read_also_line_goes_on_with_the_text(label: str,
                                                                    heading: str) -> None:
    more = "Читальные залы будут работать без выходных, а по средам до десяти часов вечера."
    body = (paragraphs(PARAS[:2], True)
            + f'<p>{label} <a href="/news/staraya-novost-u46001">Старая новость о книгах</a></p>'
            + f"<{heading}>Как будет работать библиотека</{heading}><p>{more}</p>")
    record = article_from_html(page(f'<div class="article-text">{body}</div>'), URL)
    assert record is not None
    assert record["body"].split("\n\n") == [*PARAS[:2], "Как будет работать библиотека", more]


def test_a_heading_over_links_after_a_read_also_line_still_ends_the_text() -> None:
    body = (paragraphs(PARAS, True)
            + '<p>Читайте также: <a href="/news/staraya-novost-u46001">Старая новость</a></p>'
            + '<h3>Другие новости</h3><p><a href="/news/eshche-odna-u46002">Ещё одна '
            "новость</a></p>")
    record = article_from_html(page(f'<div class="article-text">{body}</div>'), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(PARAS)


# ------------------------------------------------------------------ keywords line, source label
@pytest.mark.parametrize("line", ["Ключевые слова: библиотека, Караганда",
                                  "Keywords: library, Karaganda", "Key words: library",
                                  "Кілт сөздер: кітапхана"])
def test_a_keywords_line_ends_the_body(line: str) -> None:
    body = paragraphs(PARAS, True) + f"<p><small>{line}</small></p>"
    record = article_from_html(page(f"<td>{body}</td>"), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(PARAS)


@pytest.mark.parametrize("label", ["Источник:", "Source:", "Дереккөз:"])
def test_a_source_label_in_a_box_of_its_own(label: str) -> None:
    source = (f'<div class="field-source"><div class="label">{label}</div>'
              '<div class="value">пресс-служба акимата</div></div>')
    inside = article_from_html(page(f'<div class="article-text">{paragraphs(PARAS)}{source}'
                                    "</div>"), URL)
    after = article_from_html(page(f'<div class="article-text">{paragraphs(PARAS)}</div>'
                                   f"{source}"), URL)
    for record in (inside, after):
        assert record is not None
        assert record["body"] == "\n\n".join(PARAS)
        assert record["source"] == "пресс-служба акимата"


# ------------------------------------------------------------------ a short <br> text with a quote
def test_a_quote_counts_as_text_of_a_br_separated_block() -> None:
    lines = ["В Караганде после ремонта открыли библиотеку.",  # 120 characters with the quote
             "«Фонд пополнили на двенадцать тысяч книг».",
             "Ещё четыре библиотеки ждут ремонта."]
    body = (f'<td class="content"><font size="2">{lines[0]}</font><br><br>'
            f"<blockquote>{lines[1]}</blockquote>"
            f'<font size="2">{lines[2]}</font><br><br></td>')
    record = article_from_html(page(f"<table><tr>{body}</tr></table>"), URL)
    assert record is not None
    assert record["body"].split("\n\n") == lines
