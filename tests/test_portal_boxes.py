"""The boxes a portal or a card theme prints around its text: a lead apart from the text's box,
a copyright mark as a picture's credit, a date row over the text, a picture over the card's
body. Each on a small page of its own."""

from __future__ import annotations

from kznews import article_from_html
from kznews import processors as P

URL = "http://h/news/v-almaty-otkryli-park-u50001"
H1 = "В Алматы открыли новый парк"
P1 = "В Алматы открыли новый парк площадью двенадцать гектаров, передает КазТАГ."
P2 = "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки."
P3 = "Работы по благоустройству продолжатся в следующем году во всех районах города."
DATE = '<time datetime="2023-04-20T14:35:00+06:00">20.04.2023, 14:35</time>'


def _page(main: str, head: str = "") -> str:
    return (f'<html lang="ru"><head><title>{H1}</title>{head}</head><body><header class="top">'
            '<a href="/">Центр информации</a></header><main>' + main + "</main><footer>"
            "<p>© 2012–2026 Центр информации. Все права защищены.</p></footer></body></html>")


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


def test_a_lead_box_right_before_the_text_box_starts_the_body() -> None:
    pages = {
        # no selector knows the boxes: the densest block is the text's, the lead beside it
        "story": f'<div class="story"><h1 class="story__title">{H1}</h1>{DATE}<div class='
                 f'"story__intro">{P1}</div><div class="story__content"><p>{P2}</p><p>{P3}</p>'
                 "</div></div>",
        # a known text box, a picture between the lead and it
        "known": f'<div class="post"><h1>{H1}</h1>{DATE}<p class="articleLead">{P1}</p><figure>'
                 '<img src="/media/park.jpg" alt=""></figure><div class="article-body">'
                 f"<p>{P2}</p><p>{P3}</p></div></div>",
    }
    for name, main in pages.items():
        rec = _record(_page(main))
        assert rec["body"] == "\n\n".join([P1, P2, P3]), name
        assert rec["source"] == "КазТАГ", name  # the lead names the agency
    # a photo box classed as a lead holds no sentence: not text
    photo = _record(_page(f'<div class="story"><h1>{H1}</h1>{DATE}<div class="lead-photo">'
                          '<img src="/media/park.jpg" alt=""><span>Парк</span></div><div class='
                          f'"story__content"><p>{P2}</p><p>{P3}</p></div></div>'))
    assert photo["body"] == f"{P2}\n\n{P3}"


def test_a_copyright_mark_by_a_picture_is_its_credit() -> None:
    media = ('<div class="photo"><img src="/media/park.jpg" alt=""><div class="photo__rights">'
             "© Reuters / Jane Doe</div></div>")
    # above the text, and inside the text's box before its first paragraph
    above = _record(_page(f'<article><h1>{H1}</h1>{DATE}{media}<div class="article-body">'
                          f"<p>{P1}</p><p>{P2}</p></div></article>"))
    inside = _record(_page(f'<article><h1>{H1}</h1>{DATE}<div class="article-body">{media}'
                           f"<p>{P1}</p><p>{P2}</p></div></article>"))
    for rec in (above, inside):
        assert rec["photo_credit"] == "Reuters / Jane Doe"
        assert rec["body"] == f"{P1}\n\n{P2}" and rec["source"] == "КазТАГ"
    # a site's notice is no credit: a year, its rights, the outlet itself
    assert P.photo_credit("© 2012–2026 Центр информации") is None
    assert P.photo_credit("© Sputnik. All rights reserved") is None
    assert P.photo_credit("© Центр информации", r"центр\s+информации") is None
    assert P.photo_credit("©akorda.kz") == "akorda.kz"


def test_a_date_row_over_the_text_is_no_text() -> None:
    rows = ['<div class="meta"><em>16 апреля 2021, 15:40</em> | 1 024 | <b>Экономика</b></div>',
            "<p><small>April 16, 2021 3:40 PM • 1024 views</small> <i>Economy</i></p>",
            "<p>16.04.2021</p>"]
    for row in rows:
        rec = _record(_page(f'<div class="panel"><h2 class="panel-title">{H1}</h2><div>{row}'
                            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>"))
        assert rec["body"] == "\n\n".join([P1, P2, P3]), row
        assert rec["source"] == "КазТАГ", row
    assert P.is_date_row("21 января 2022, 10:20 · 248 Общество")
    assert not P.is_date_row("16 апреля 2021 года в Алматы открылся новый парк.")


def test_a_picture_right_before_the_articles_box_is_its_image() -> None:
    card = (f'<div class="tile"><div class="tile__media"><img src="/media/a.jpg" alt=""></div>'
            '<img src="/img/spacer.gif" width="1" height="1"><img src="/media/b.jpg" alt="">'
            f'<div class="tile__body"><h2>{H1}</h2>{DATE}<p>{P1}</p><p>{P2}</p></div></div>')
    rec = _record(_page(card))
    assert rec["image_urls"] == ["http://h/media/a.jpg", "http://h/media/b.jpg"]
    # a picture whose alt is the headline, apart from the article's box, is the article's too
    named = _record(_page(f'<div class="hero"><img src="/media/c.jpg" alt="{H1}"><p>Фоторепортаж'
                          f'</p></div><div class="text"><h2>{H1}</h2>{DATE}<p>{P1}</p><p>{P2}'
                          '</p></div>'))
    assert named["image_urls"] == ["http://h/media/c.jpg"]
