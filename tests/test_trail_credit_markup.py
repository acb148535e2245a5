"""A rubric in a breadcrumb trail however the CMS marks it, picture credits under other labels
than ``Фото:``, a press release's contacts footer as its source, and a view count inside a
details row: each on a small page of its own."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/v-astane-otkryli-most-u51001"
H1 = "В Астане открыли новый пешеходный мост"
P1 = "В Астане открыли новый пешеходный мост через реку длиной сто двадцать метров."
P2 = "По словам строителей, работы по благоустройству набережной продолжатся летом."


def _page(above: str = "", content: str = "", row: str = "<span>12.03.2024 10:15</span>",
          lang: str = "ru") -> str:
    body = content or f"<p>{P1}</p><p>{P2}</p>"
    return (f'<html lang="{lang}"><head><title>{H1}</title></head><body>'
            '<div class="head"><a href="/" class="brand">Центр информации</a>'
            '<a href="/lenta/">Лента</a></div>'
            f'<div class="page">{above}<h1 class="headline">{H1}</h1>'
            f'<div class="details">{row}</div><div class="txt">{body}</div></div>'
            '<div class="bottom">© 2011–2026</div></body></html>')


def _rec(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


TRAILS = {
    "path class": '<div class="page-path"><a href="/">Главная</a> › <a href="/r/eco/">Экология'
                  '</a></div>',
    "kroshki class": '<ul class="kroshki"><li><a href="/">Главная</a></li><li><a href="/r/eco/">'
                     'Экология</a></li></ul>',
    "crumb items": '<ol><li class="crumb-item"><a href="/">Home</a></li><li class="crumb-item">'
                   '<a href="/r/eco/">Экология</a></li><li class="crumb-item">Мост</li></ol>',
    "aria label ru": '<nav aria-label="Хлебные крошки"><a href="/">Главная</a><a href="/r/eco/">'
                     'Экология</a></nav>',
    "aria label en": '<div aria-label="breadcrumbs"><a href="/">Home</a> <a href="/r/eco/">'
                     'Экология</a></div>',
    "aria navigation": '<nav aria-label="Навигация"><a href="/">Главная</a><a href="/r/eco/">'
                       'Экология</a></nav>',
    "microdata": '<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop='
                 '"itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop='
                 '"item" href="/"><span itemprop="name">Главная</span></a></li><li itemprop='
                 '"itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop='
                 '"item" href="/r/eco/"><span itemprop="name">Экология</span></a></li></ol>',
    "rdfa": '<div vocab="https://schema.org/" typeof="BreadcrumbList"><span property='
            '"itemListElement" typeof="ListItem"><a property="item" href="/"><span property='
            '"name">Басты бет</span></a></span> <span property="itemListElement" typeof="ListItem">'
            '<a property="item" href="/r/eco/"><span property="name">Экология</span></a></span>'
            '</div>',
    "unmarked nav": '<nav class="row"><a href="/">Главная</a> » <a href="/r/eco/">Экология</a>'
                    '</nav>',
    "unmarked nav, site name crumb": '<nav><a href="/">Главная</a> → <a href="/r/eco/">Экология'
                                     '</a> → <a href="/ic/">Центр информации</a></nav>',
}


@pytest.mark.parametrize("trail", TRAILS.values(), ids=TRAILS.keys())
def test_rubric_from_a_trail_however_marked(trail: str) -> None:
    assert _rec(_page(above=trail))["category"] == "Экология"


def test_a_menu_in_a_nav_is_no_trail() -> None:
    menu = ('<nav aria-label="Навигация"><a href="/">Главная</a> / <a href="/r/pol/">Политика</a>'
            ' / <a href="/r/eco/">Экономика</a> / <a href="/r/soc/">Общество</a> / '
            '<a href="/r/sport/">Спорт</a> / <a href="/r/world/">В мире</a></nav>')
    assert _rec(_page(above=menu))["category"] is None


CREDITS = {
    "Инфографика: Ситуационный центр": "Ситуационный центр",
    "Infographics: Situation Centre": "Situation Centre",
    "Коллаж: редакция": "редакция",
    "Иллюстрация: Айгерим Ахметова": "Айгерим Ахметова",
    "Графика: Ерлан Омаров": "Ерлан Омаров",
    "Скриншот: Telegram": "Telegram",
    "Photo by Jane Doe": "Jane Doe",
    "Image: Reuters": "Reuters",
    "Сурет: Ерлан Омаров": "Ерлан Омаров",
    "Фотосурет: Ерлан Омаров": "Ерлан Омаров",
    "Суретті түсірген: Ерлан Омаров": "Ерлан Омаров",
}


@pytest.mark.parametrize(("label", "credit"), CREDITS.items(), ids=CREDITS.keys())
def test_picture_credit_under_any_label(label: str, credit: str) -> None:
    alone = f'<div class="pic"><img src="/img/a.jpg" alt=""><p class="pic-note">{label}</p></div>'
    after = (f'<figure><img src="/img/b.jpg" alt=""><figcaption>Мост через реку. <em>{label}</em>'
             "</figcaption></figure>")
    for picture in (alone, after):
        assert _rec(_page(content=f"<p>{P1}</p>{picture}<p>{P2}</p>"))["photo_credit"] == credit


FOOTERS = {
    "ru": ("<p><small>Пресс-служба акимата Карагандинской области, телефон 8 (7212) 56-00-00, "
           "press@karaganda.gov.kz</small></p>", "Пресс-служба акимата Карагандинской области"),
    "en": ("<p><em>Press service of the Ministry of Energy; phone: +7 7172 78 68 00</em></p>",
           "Press service of the Ministry of Energy"),
    "kk": ("<div class='contacts'>Қостанай облысы әкімдігінің баспасөз қызметі, e-mail: "
           "info@kostanay.gov.kz</div>", "Қостанай облысы әкімдігінің баспасөз қызметі"),
}


@pytest.mark.parametrize(("footer", "source"), FOOTERS.values(), ids=FOOTERS.keys())
def test_press_service_of_a_contacts_footer_is_the_source(footer: str, source: str) -> None:
    assert _rec(_page(content=f"<p>{P1}</p><p>{P2}</p>{footer}"))["source"] == source


def test_a_sentence_about_a_press_service_is_no_source() -> None:
    said = "<p>Пресс-служба ведомства сообщила, что движение по мосту откроют в мае.</p>"
    assert _rec(_page(content=f"<p>{P1}</p><p>{P2}</p>{said}"))["source"] is None


ROWS = {
    "ru": ('<span>Эфир начат: 12.03.2024, 10:15</span> <span>Изменено: 14:02</span> '
           '<span>Просмотров: 2 418</span>', 2418),
    "en": ('<span>Started: March 12, 2024 10:15</span> | <span>Views: 931</span>', 931),
    "kk": ('<span>Басталды: 12.03.2024, 10:15</span> <span>Жаңартылды: 14:02</span> '
           '<span>Қаралды: 77</span>', 77),
}


@pytest.mark.parametrize(("row", "views"), ROWS.values(), ids=ROWS.keys())
def test_views_labelled_inside_a_details_row(row: str, views: int) -> None:
    assert _rec(_page(row=row))["views"] == views
