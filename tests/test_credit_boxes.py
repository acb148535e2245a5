"""Photo credits in every printed form, tag lists under a heading, and the boxes a portal puts
inside the text (newsletter sign-ups, "read more" lines, language switches, a closing
byline): each on a small page of its own, in English, Russian and Kazakh."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/almaty-opens-new-park-u50001"
EN = ("Almaty opened a new park of twelve hectares in the Nauryzbay district on Saturday.",
      "More than three thousand trees were planted and cycle paths were laid in the park.",
      "Landscaping works will continue next year in all districts of the city, officials said.")
RU = ("В Алматы открыли новый парк площадью двенадцать гектаров в Наурызбайском районе.",
      "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки.",
      "Работы по благоустройству продолжатся в следующем году во всех районах города.")
KK = ("Алматыда Наурызбай ауданында он екі гектар жаңа саябақ ашылды деп хабарлады әкімдік.",
      "Саябақта үш мыңнан астам ағаш отырғызылып, велосипед жолдары салынды деп атап өтті.",
      "Абаттандыру жұмыстары келесі жылы қаланың барлық аудандарында жалғасады деп күтілуде.")
TEXTS = {"en": EN, "ru": RU, "kk": KK}
STAMP = '<time class="published" datetime="2024-04-20T14:35:00+05:00">20.04.2024</time>'
OTHER = '<a href="/news/another-story-of-the-city-u49990">Another story of the city</a>'


def _page(content: str, lang: str = "en", above: str = "", after: str = "") -> str:
    h1 = {"en": "Almaty opens a new park", "ru": "В Алматы открыли новый парк",
          "kk": "Алматыда жаңа саябақ ашылды"}[lang]
    return (f'<html lang="{lang}"><head><title>{h1}</title></head><body><main><article>'
            f'<h1 class="headline">{h1}</h1>{STAMP}{above}<div class="story-text">{content}'
            f'</div>{after}</article></main><footer class="site-footer"><p>© Центр информации'
            "</p></footer></body></html>")


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


def _paras(lang: str = "en", *inserts: str) -> str:
    """The language's three paragraphs with ``inserts[k]`` after paragraph ``k``."""
    out = []
    for k, para in enumerate(TEXTS[lang]):
        out.append(f"<p>{para}</p>")
        if k < len(inserts):
            out.append(inserts[k])
    return "".join(out)


def _body(lang: str = "en") -> str:
    return "\n\n".join(TEXTS[lang])


IMG = '<img src="/media/park.jpg" alt="The park" width="1200" height="675">'


@pytest.mark.parametrize(("lang", "printed", "credit"), [
    ("en", "<figcaption>Image credit: gov.kz</figcaption>", "gov.kz"),
    ("en", "<figcaption>Picture: Jane Doe</figcaption>", "Jane Doe"),
    ("en", "<figcaption>Credit: Reuters</figcaption>", "Reuters"),
    ("en", '<div class="pic-author">Photos: Astana Hub</div>', "Astana Hub"),
    ("en", '<p class="photo-note">Photo courtesy of Kazakh Invest</p>', "Kazakh Invest"),
    ("ru", "<figcaption>Фото: © Иван Петров</figcaption>", "Иван Петров"),
    ("ru", '<div class="img-credit">Фото из открытых источников</div>', "открытые источники"),
    ("ru", "<figcaption>Фото пресс-службы акимата Алматы</figcaption>",
     "пресс-служба акимата Алматы"),
    ("kk", "<figcaption>Суреттің авторы: Дәулет Қасымов</figcaption>", "Дәулет Қасымов"),
])
def test_credit_forms_under_the_photo(lang: str, printed: str, credit: str) -> None:
    rec = _record(_page(_paras(lang), lang, above=f"<figure>{IMG}{printed}</figure>"))
    assert rec["photo_credit"] == credit and rec["body"] == _body(lang)


def test_credit_phrase_inside_the_text_is_no_paragraph() -> None:
    line = "<p>Фото пресс-службы МВД</p>"
    rec = _record(_page(_paras("ru", f"<figure>{IMG}</figure>{line}"), "ru"))
    assert rec["photo_credit"] == "пресс-служба МВД" and rec["body"] == _body("ru")
    # a sentence opening with the same words is text
    said = "<p>Фото пресс-службы МВД опубликованы на сайте ведомства. Там же есть видео.</p>"
    rec = _record(_page(_paras("ru", said), "ru"))
    assert "Фото пресс-службы МВД опубликованы" in str(rec["body"])


def test_outlet_name_after_copyright_credits_the_photo_by_its_place() -> None:
    box = f'<figure>{IMG}<small class="photo-credit">© Information Center</small></figure>'
    rec = _record(_page(_paras(), above=box))
    assert rec["photo_credit"] == "Information Center"
    # the site's own notice in the footer names no photographer
    assert _record(_page(_paras()))["photo_credit"] is None


def test_copyright_line_after_the_text_is_no_photo_credit() -> None:
    html = _page(_paras("ru", "", "", "<p>© Интерфакс-Казахстан</p>"), "ru",
                 above=f"<figure>{IMG}</figure>")
    rec = _record(html)
    assert rec["photo_credit"] is None and rec["body"] == _body("ru")
    # by a picture the same mark is the photo's
    rec = _record(_page(_paras("ru", f"<figure>{IMG}<p>© Интерфакс-Казахстан</p></figure>"),
                        "ru"))
    assert rec["photo_credit"] == "Интерфакс-Казахстан"


@pytest.mark.parametrize(("attrs", "credit"), [
    ('alt="Участники встречи. Фото: akorda.kz" title="Фото: akorda.kz"', "akorda.kz"),
    ('alt="The park" title="Photo: gov.kz"', "gov.kz"),
    ('alt="Officials at the opening. Image credit: Shutterstock"', "Shutterstock"),
])
def test_credit_only_in_the_pictures_attributes(attrs: str, credit: str) -> None:
    figure = f'<figure><img src="/media/park.jpg" {attrs}></figure>'
    assert _record(_page(_paras(), above=figure))["photo_credit"] == credit


@pytest.mark.parametrize(("lang", "heading"), [
    ("en", "Related topics"), ("en", "Topics"), ("en", "Tags"), ("ru", "Темы"),
    ("ru", "Ключевые слова"), ("kk", "Тақырыптар"), ("kk", "Тегтер"),
])
def test_tag_list_under_a_heading(lang: str, heading: str) -> None:
    items = "".join(f'<li><a href="/topic/{t}">{t}</a></li>' for t in ("education", "Astana"))
    box = f'<section class="story-extra"><h3>{heading}</h3><ul>{items}</ul></section>'
    rec = _record(_page(_paras(lang), lang, after=box))
    assert rec["tags"] == ["education", "Astana"] and rec["body"] == _body(lang)


def test_related_topics_box_is_the_articles_own() -> None:
    items = "".join(f'<li><a href="/t/{t}">{t}</a></li>' for t in ("economy", "youth"))
    box = f'<div class="related-topics"><h4>Related topics</h4><ul>{items}</ul></div>'
    assert _record(_page(_paras(), after=box))["tags"] == ["economy", "youth"]


def test_heading_over_other_stories_is_no_tag_list() -> None:
    items = "".join(f'<li><a href="/news/story-number-{k}-u4999{k}">A long headline of '
                    f"another story about the city number {k}</a></li>" for k in range(3))
    box = f'<section class="story-extra"><h3>Topics</h3><ul>{items}</ul></section>'
    assert _record(_page(_paras(), after=box))["tags"] == []


@pytest.mark.parametrize(("lang", "box"), [
    ("en", '<div class="newsletter-box"><p><strong>The Morning Wire</strong></p><p>Our best '
           "stories from Central Asia, every weekday in your inbox.</p></div>"),
    ("en", '<div class="box-y"><p><strong>Sign up for The Morning Wire</strong></p><p>The day'
           "'s top stories from Kazakhstan in your inbox every weekday morning.</p><form "
           'action="/nl"><input type="email"><button>Go</button></form></div>'),
    ("ru", '<div class="box-x"><p>Подпишитесь на нашу рассылку</p><p>Главные новости недели '
           "каждую пятницу у вас в почте.</p></div>"),
    ("kk", '<div class="box-x"><p>Біздің жаңалықтарға жазылыңыз</p><p>Аптаның басты '
           "жаңалықтары жұма сайын поштаңызда болады.</p></div>"),
])
def test_newsletter_sign_up_box_inside_the_text(lang: str, box: str) -> None:
    rec = _record(_page(_paras(lang, box), lang))
    assert rec["body"] == _body(lang)


def test_subscription_sentence_stays_text() -> None:
    said = ("<p>Subscribe to the new city bike service from May, the akimat said, and the first "
            "hour is free for every rider.</p>")
    rec = _record(_page(_paras("en", said)))
    assert "Subscribe to the new city bike service" in str(rec["body"])


@pytest.mark.parametrize(("lang", "label"), [
    ("en", "Read more:"), ("en", "See also:"), ("en", "Related:"), ("ru", "Читайте также:"),
    ("kk", "Толығырақ:"), ("kk", "Тағы оқыңыз:"),
])
def test_read_more_line_between_paragraphs(lang: str, label: str) -> None:
    line = f"<p><strong>{label}</strong> {OTHER}</p>"
    rec = _record(_page(_paras(lang, line), lang))
    assert rec["body"] == _body(lang)
    assert [r["id"] for r in rec["related"]] == ["u49990"]  # type: ignore[index]


@pytest.mark.parametrize(("lang", "words", "first"), [
    ("ru", "Read in English", True), ("en", "Читать на русском", True),
    ("en", "Қазақша оқу", False), ("ru", "Орысша", False), ("kk", "На русском языке", True),
])
def test_language_switch_link_is_no_text(lang: str, words: str, first: bool) -> None:
    link = f'<p class="lang-link"><a href="/news/the-other-version-u50002">{words}</a></p>'
    content = link + _paras(lang) if first else _paras(lang, link)
    rec = _record(_page(content, lang))
    assert rec["body"] == _body(lang) and rec["category"] is None


def test_hreflang_link_line_is_no_text() -> None:
    link = '<p><a href="/news/the-other-version-u50002" hreflang="kk">Мына нұсқасы</a></p>'
    assert _record(_page(link + _paras("ru"), "ru"))["body"] == _body("ru")


def test_english_byline_after_the_text() -> None:
    byline = '<p style="text-align: right;"><em>By Daniel Smith</em></p>'
    rec = _record(_page(_paras("en", "", "", byline)))
    assert rec["body"] == _body("en")
