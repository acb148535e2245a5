"""Pages served with status 200 under an article's URL that are no article: a CMS's error or
maintenance page, a login wall, a story merged into another (its canonical naming that one).
Each makes no record and is dropped with its reason; a real article about such things stays."""

from __future__ import annotations

from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse

from kznews import article_from_html
from kznews.sites.centerinform import extract_article

URL = "http://h/news/itogi-sessii-u61001"
DAY = "2025-03-04"
P1 = "Депутаты городского маслихата утвердили бюджет на следующий год после долгого обсуждения."
P2 = "Расходы на образование и здравоохранение выросли почти на пятую часть по сравнению с прошлым."
P3 = "Окончательный вариант документа опубликуют на сайте акимата до конца текущего месяца."
POPULAR = ('<div class="widget popular"><h3>Самое популярное</h3><ul>'
           '<li><a href="/news/drugoe-u60990">Другая новость дня о погоде в городе</a></li>'
           "</ul></div>")


def _theme(title: str, content: str, head: str = "", site: str = "Городской портал") -> str:
    return (f'<html lang="ru"><head><title>{title} | {site}</title>'
            f'<meta property="og:site_name" content="{site}">{head}</head><body>'
            f'<header class="site-header"><a class="logo" href="/">{site}</a></header>'
            f'<div class="container"><div class="col-md-8">{content}</div>'
            f'<div class="col-md-4">{POPULAR}</div></div><footer>© 2025 {site}</footer>'
            "</body></html>")


ERRORS = [
    # (the page's content, its <title>, a maintenance notice)
    ('<section class="not-found"><h1 class="page-title">Ошибка 404. Страница не найдена</h1>'
     "<p>Возможно, она была перемещена или вы ошиблись адресом.</p></section>", "404", False),
    ('<div class="err"><h2>Упс!</h2><p>Такой страницы у нас нет.</p></div>',
     "Страница не существует", False),
    ('<div class="page-error"><h1>Публикация снята с публикации</h1></div>', "Ошибка", False),
    ('<div class="content-404"><h1>This article has been removed</h1><p>Try the search.'
     "</p></div>", "Not Found", False),
    ('<div class="error-box"><h1>Бет табылмады</h1><p>Басты бетке оралыңыз.</p></div>',
     "Қате 404", False),
    ('<div class="maintenance"><h1>Сайт временно недоступен</h1><p>Идут профилактические '
     "работы, зайдите позже.</p></div>", "Профилактика", True),
    ('<div class="maint"><h1>Техникалық жұмыстар жүргізілуде</h1><p>Кешірім сұраймыз.</p>'
     "</div>", "Сайт", True),
    ('<main><h1 class="headline">We\'ll be back soon</h1><p>The site is under maintenance.</p>'
     "</main>", "Down for maintenance", True),
]


@pytest.mark.parametrize(("content", "title", "transient"), ERRORS)
def test_error_pages_served_with_200_make_no_record(content: str, title: str,
                                                    transient: bool) -> None:
    html = _theme(title, content)
    assert article_from_html(html, URL, listing_date=DAY) is None
    refusal = extract_article(html, URL, [("listing", _day())]).refusal
    assert refusal is not None and refusal.reason == "error_page", content
    assert refusal.may_pass is transient


def _day() -> Any:
    from datetime import date

    return date.fromisoformat(DAY)


def _story(h1: str, paragraphs: list[str], head: str = "", extra: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return _theme(h1, f'<article class="story"><h1>{h1}</h1><time datetime="{DAY}T10:00">'
                      f'{DAY}</time><div class="story-body">{text}{extra}</div></article>',
                  head)


def test_an_article_about_an_outage_or_an_error_stays() -> None:
    for h1 in ("Сайт акимата недоступен: горожане не могут подать заявки",
               "Page not found: why government links break", "Ошибка 404"):
        rec = article_from_html(_story(h1, [P1, P2, P3]), URL)
        assert rec is not None and rec["title"] == h1 and rec["body"].startswith(P1), h1


@pytest.mark.parametrize("prompt", [
    "Войдите, чтобы читать этот материал полностью.",
    "Авторизуйтесь на сайте, чтобы продолжить чтение",
    "Sign in to read the full story",
    "This story is only available to registered users.",
    "Толық оқу үшін жүйеге кіріңіз",
])
def test_a_login_wall_without_its_text_makes_no_record(prompt: str) -> None:
    wall = (f'<div class="gate"><p>{prompt}</p><form action="/auth"><input name="email">'
            '<button>OK</button></form></div>')
    html = _story("Интервью с министром энергетики о ценах на топливо", [P1[:90]], extra=wall)
    assert article_from_html(html, URL) is None
    refusal = extract_article(html, URL).refusal
    assert refusal is not None and refusal.reason == "login_wall" and not refusal.may_pass


def test_a_wall_over_text_the_page_delivers_is_an_article() -> None:
    hidden = f'<p>Войдите, чтобы читать дальше</p><div style="display:none"><p>{P2}</p>' \
             f"<p>{P3}</p></div>"
    rec = article_from_html(_story("Бюджет города на следующий год", [P1], extra=hidden), URL)
    assert rec is not None and P3 in rec["body"]
    # a site's call under a short article, in its footer, walls nothing
    footer = _story("Бюджет города на следующий год", [P1, P2]).replace(
        "<footer>", "<footer><p>Sign in to read more stories like this</p>")
    assert article_from_html(footer, URL) is not None


OTHER = "http://h/news/byudzhet-prinyat-u60950"


def test_a_page_whose_canonical_names_another_article_is_that_one() -> None:
    html = _story("Бюджет принят", [P1, P2, P3], head=f'<link rel="canonical" href="{OTHER}">')
    assert article_from_html(html, URL) is None
    refusal = extract_article(html, URL).refusal
    assert refusal is not None and refusal.reason == "canonical_elsewhere"
    assert refusal.target == OTHER
    # relative, or naming the outlet's own host: the same
    for href in ("/news/byudzhet-prinyat-u60950", "https://ic24.kz/news/byudzhet-prinyat-u60950"):
        page = _story("Бюджет принят", [P1, P2, P3], head=f'<link rel="canonical" href="{href}">')
        got = extract_article(page, URL).refusal
        assert got is not None and got.target == OTHER, href


@pytest.mark.parametrize("head", [
    f'<link rel="canonical" href="{URL}?amp=1">',  # its own id: an AMP or print version
    '<link rel="canonical" href="http://elsewhere.example/news/orig-u60950">',  # syndicated
    f'<link rel="canonical" href="{OTHER}"><link rel="alternate" hreflang="kk" href="{OTHER}">',
])
def test_a_canonical_naming_no_other_article_of_the_site_keeps_the_page(head: str) -> None:
    rec = article_from_html(_story("Бюджет принят", [P1, P2, P3], head=head), URL)
    assert rec is not None and rec["id"] == "u61001"


def _spider() -> Any:
    from scrapy.utils.test import get_crawler

    from kznews.spiders.centerinform import CenterinformSpider

    crawler = get_crawler(CenterinformSpider)
    crawler.spider = CenterinformSpider.from_crawler(crawler, base_url="http://h",
                                                     discover="listing")
    crawler.stats.open_spider()
    return crawler.spider


def _response(html: str, url: str = URL) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode(), encoding="utf-8",
                        request=Request(url, meta={"article_id": "u61001"}))


def test_the_spider_counts_the_drops_and_asks_for_the_canonical_article() -> None:
    spider = _spider()
    stats = spider.crawler.stats
    assert list(spider.parse_article(_response(_theme("404", ERRORS[0][0])))) == []
    assert stats.get_value("drop/error_page") == 1 and not spider.incomplete
    assert list(spider.parse_article(_response(_theme("Сайт", ERRORS[6][0])))) == []
    assert stats.get_value("drop/error_page") == 2 and spider.incomplete  # may pass next run
    merged = _story("Бюджет принят", [P1, P2, P3], head=f'<link rel="canonical" href="{OTHER}">')
    out = list(spider.parse_article(_response(merged)))
    assert [r.url for r in out] == [OTHER] and out[0].meta["article_id"] == "u60950"
    assert stats.get_value("drop/canonical_elsewhere") == 1
    assert list(spider.parse_article(_response(merged))) == []  # asked for once
