"""A magazine long read (a lead and author cards in the article's own ``<header>``, a kicker
over the headline), a portal's meta row (an eye glyph's count), a TV channel's story page
(the channel as source, a transcript's label) and a press release signed by a press service:
each on a small page of its own, no ``<article>`` around it."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/almaty-opens-new-park-u50001"
TEXTS = {
    "en": ("More than three thousand trees were planted and cycle paths were laid in the park.",
           "Landscaping works will continue next year in all districts of the city, officials "
           "said."),
    "ru": ("В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки.",
           "Работы по благоустройству продолжатся в следующем году во всех районах города."),
    "kk": ("Саябақта үш мыңнан астам ағаш отырғызылып, велосипед жолдары салынды деп атап өтті.",
           "Абаттандыру жұмыстары келесі жылы қаланың барлық аудандарында жалғасады деп "
           "күтілуде."),
}
H1 = {"en": "Almaty opens a new park", "ru": "В Алматы открыли новый парк",
      "kk": "Алматыда жаңа саябақ ашылды"}
MASTHEAD = ('<header class="top"><a class="brand" href="/">Центр информации</a><nav>'
            '<a href="/">Home</a> <a href="/news">News</a></nav></header>')


def _record(body: str, lang: str = "en") -> dict[str, object]:
    html = (f'<html lang="{lang}"><head><title>{H1[lang]}</title><meta property="og:title" '
            f'content="{H1[lang]}"></head><body>{MASTHEAD}{body}<footer><p>© 2024</p>'
            "</footer></body></html>")
    rec = article_from_html(html, URL, listing_date="2024-04-20")
    assert rec is not None
    return rec


def _text(lang: str = "en") -> str:
    return "".join(f"<p>{p}</p>" for p in TEXTS[lang])


def _long_read(lead: str, lang: str = "en", kicker: str = "", cards: str = "",
               lead_class: str = "standfirst") -> str:
    return (f'<div class="story"><header class="story__header">{kicker}<h1>{H1[lang]}</h1>'
            f'<div class="{lead_class}">{lead}</div><div class="story__when">20 April 2024'
            f'</div>{cards}</header><div class="story__chapters">{_text(lang)}</div></div>')


@pytest.mark.parametrize(("lang", "lead", "place", "first"), [
    ("en", "ASTANA. Information Center — A new park opened in Almaty.", "Astana",
     "A new park opened in Almaty."),
    ("ru", "Алматы. Центр информации — В городе открылся новый парк.", "Алматы",
     "В городе открылся новый парк."),
])
def test_a_lead_in_the_articles_header_starts_the_text(lang: str, lead: str, place: str,
                                                       first: str) -> None:
    rec = _record(_long_read(lead, lang, lead_class="article-intro"), lang)
    assert rec["body"] == "\n\n".join([first, *TEXTS[lang]])
    assert rec["dateline_place"] == place


def test_the_leads_attribution_is_the_source() -> None:
    rec = _record(_long_read("В Алматы открылся новый парк на двенадцать гектаров, сообщает "
                             "Kazinform.", "ru", lead_class="entry-summary"), "ru")
    assert str(rec["body"]).startswith("В Алматы открылся новый парк")
    assert rec["source"] == "Kazinform"


def test_a_short_deck_in_the_header_is_no_text() -> None:
    rec = _record(_long_read("What the decision means for residents", lead_class="deck"))
    assert rec["body"] == "\n\n".join(TEXTS["en"])


@pytest.mark.parametrize("cls", ["eyebrow", "overline", "supertitle", "rubric-label",
                                 "section-label"])
def test_a_kicker_over_the_headline_in_the_header_is_the_rubric(cls: str) -> None:
    rec = _record(_long_read("A new park opened in Almaty on Saturday morning.",
                             kicker=f'<span class="{cls}">Society</span>'))
    assert rec["category"] == "Society"


@pytest.mark.parametrize(("label", "name"), [("Photo:", "Vlad Ushakov"), ("Сурет:", "gov.kz")])
def test_a_credit_in_an_author_card_of_the_header(label: str, name: str) -> None:
    cards = ('<div class="byline-card"><img src="/a/1.jpg" alt=""><i>Words</i> <b>Jane Doe</b>'
             f'</div><div class="byline-card"><img src="/a/2.jpg" alt=""><i>{label}</i> '
             f"<strong>{name}</strong></div>")
    rec = _record(_long_read("A new park opened in Almaty on Saturday morning.", cards=cards))
    assert rec["photo_credit"] == name


@pytest.mark.parametrize(("line", "name"), [("Photo © akorda.kz", "akorda.kz"),
                                            ("Фото © Vox Populi", "Vox Populi"),
                                            ("Сурет © gov.kz", "gov.kz")])
def test_a_credit_with_a_copyright_mark_after_its_label(line: str, name: str) -> None:
    body = (f'<main><h1>{H1["en"]}</h1><div class="lead-image"><img src="/i/1.jpg" alt="">'
            f'<small class="pic-by">{line}</small></div><div class="news-body">{_text()}</div>'
            "</main>")
    assert _record(body)["photo_credit"] == name


@pytest.mark.parametrize(("box", "glyph"), [("stats", "👀"), ("hits-counter", "👁")])
def test_an_eye_glyphs_count_in_a_counter_box_above_the_headline(box: str, glyph: str) -> None:
    body = (f'<main><div class="post-top"><span class="when">20.04.2024</span>'
            f'<span class="{box}">{glyph} 1 204</span></div><h1>{H1["en"]}</h1>'
            f'<div class="news-body">{_text()}</div></main>')
    assert _record(body)["views"] == 1204


@pytest.mark.parametrize(("lang", "label", "heading"), [
    ("ru", "Телеканал:", "Расшифровка видео"), ("en", "TV channel:", "Transcript"),
    ("kk", "Телеарна:", "Сюжет мәтіні")])
def test_a_tv_story_names_its_channel_and_labels_its_text(lang: str, label: str,
                                                         heading: str) -> None:
    body = (f'<main><div class="player"><video src="/v/1.mp4"></video></div><h1>{H1[lang]}'
            f'</h1><p class="broadcaster">{label} <a href="/tv/7">Atameken TV</a></p>'
            f'<section class="script"><h3>{heading}</h3>{_text(lang)}</section></main>')
    rec = _record(body, lang)
    assert rec["source"] == "Atameken TV"
    assert rec["body"] == "\n\n".join(TEXTS[lang])


@pytest.mark.parametrize("sign", ["Пресс-служба управления здравоохранения Шымкента",
                                  "Press service of the Ministry of Energy"])
def test_a_press_services_signature_closing_the_text_is_its_source(sign: str) -> None:
    lang = "en" if sign.startswith("Press") else "ru"
    body = (f'<main><h1>{H1[lang]}</h1><div class="news-body">{_text(lang)}'
            f'<div class="signature"><p><i>{sign}</i></p></div></div></main>')
    rec = _record(body, lang)
    assert rec["source"] == sign
    assert rec["body"] == "\n\n".join(TEXTS[lang])


def test_a_long_reads_pictures_after_its_chapters_stay_its_own() -> None:
    page = _long_read("A new park opened in Almaty on Saturday morning.", cards=(
        '<div class="byline-card"><img src="/authors/jd.jpg" alt=""><i>Words</i> <b>Jane Doe'
        "</b></div>")).replace("</div></div>", '</div><figure class="wide"><img '
                               'src="/img/park-2.jpg" alt=""></figure></div>')
    rec = _record(page)
    assert str(rec["body"]).startswith("A new park opened in Almaty")
    assert rec["image_urls"] == ["http://h/img/park-2.jpg"]
