"""Headline, date, rubric, tags and images as WordPress, Joomla and page-builder themes print
them: a site name in another form beside the headline, a change date before the publication
date, a details box's heading, a CMS's default rubric, a kicker without a link, one element per
keyword, an image URL with a fragment. Each on a small page of its own."""

from __future__ import annotations

import json

import pytest

from kznews import article_from_html
from kznews.sites.centerinform.rules import strip_site_suffix

URL = "http://h/news/v-shymkente-otkryli-novyy-most-u50002"
H1 = "В Шымкенте открыли новый мост через реку"
P1 = "В Шымкенте открыли новый мост длиной двести метров, сообщает пресс-служба акимата."
P2 = "Движение по мосту откроют после проверки, которая займёт около двух недель."
STAMP = '<span class="when">Дата: 12.05.2023 10:15</span>'


def _page(head: str = "", above: str = "", info: str = STAMP, after: str = "",
          headline: str = f"<h1>{H1}</h1>", content: str = "") -> str:
    return (f'<html lang="ru"><head><title>{H1}</title>{head}</head><body>'
            '<header><a class="logo" href="/">Портал</a></header><main><div class="post">'
            f'{above}{headline}{info}<div class="post-text">{content or f"<p>{P1}</p><p>{P2}</p>"}'
            f'</div>{after}</div></main></body></html>')


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


def _og(title: str, site: str = "") -> str:
    name = f'<meta property="og:site_name" content="{site}">' if site else ""
    return f'<meta property="og:title" content="{title}">{name}'


@pytest.mark.parametrize("og", [f"Новости региона: {H1}", f"{H1} « Городской портал",
                                f"{H1} | Главные новости дня", f"ШГП :: {H1}"])
def test_a_title_that_is_the_shown_headline_plus_an_affix_gives_way_to_it(og: str) -> None:
    assert _record(_page(_og(og)))["title"] == H1
    # the headline the page shows may be any block of its own above the text
    shown = _page(_og(og), headline=f'<div class="cover-name">{H1}</div>')
    assert _record(shown)["title"] == H1


def test_a_title_with_a_colon_stays_whole_when_the_page_shows_no_part_of_it() -> None:
    title = "Аким Шымкента: ремонт моста завершится в мае"
    page = _page(_og(title), headline=f"<h1>{title}</h1>")
    assert _record(page)["title"] == title
    nothing = _page(_og(title), headline="")
    assert _record(nothing)["title"] == title
    # a name printed above the headline is not the headline of ``Name: quote``
    quote = "Олжас Бектенов: Мост построен в срок"
    named = _page(_og(quote), above='<div class="person">Олжас Бектенов</div>',
                  headline=f"<h1>{quote}</h1>")
    assert _record(named)["title"] == quote


@pytest.mark.parametrize(("title", "want"), [
    ("ИЦ: Мост открыт", "Мост открыт"), ("Мост открыт — ЦИ", "Мост открыт"),
    ("IC | Bridge opens", "Bridge opens"), ("ЦИК: выборы назначены", "ЦИК: выборы назначены"),
    ("ICT: new hub opens", "ICT: new hub opens"), ("Выборы: ИЦ проверил", "Выборы: ИЦ проверил"),
])
def test_the_outlets_initials_are_a_site_name_only_as_a_whole_affix(title: str, want: str) -> None:
    assert strip_site_suffix(title) == want


def test_og_site_name_is_stripped_from_the_title_as_an_affix() -> None:
    page = _page(_og(f"Шымкент Таймс — {H1}", "Шымкент Таймс"), headline="")
    assert _record(page)["title"] == H1
    assert strip_site_suffix(f"{H1} | Alatau Daily", "Alatau Daily") == H1
    assert strip_site_suffix(f"{H1} | Alatau Daily") == f"{H1} | Alatau Daily"


def test_a_change_date_printed_first_is_not_the_publication() -> None:
    for changed, published in (
            ('<time class="date-modified" datetime="2023-06-01T09:00:00+06:00">1 июня</time>',
             '<time class="post-date" datetime="2023-05-12T10:15:00+06:00">12 мая</time>'),
            ('<time itemprop="dateModified" datetime="2023-06-01T09:00:00+06:00">1 июня</time>',
             '<time pubdate datetime="2023-05-12T10:15:00+06:00">12 мая</time>'),
            ('<time class="updated" datetime="2023-06-01T09:00:00+06:00">1 июня</time>',
             '<time datetime="2023-05-12T10:15:00+06:00">12 мая</time>')):
        rec = _record(_page(info=f"<div>{changed} {published}</div>"))
        assert rec["published_at"] == "2023-05-12T10:15:00+06:00", changed


def test_a_graphs_webpage_dates_an_article_without_its_own_date() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": H1},
        {"@type": "WebPage", "name": H1, "datePublished": "2023-05-12T04:15:00+00:00",
         "dateModified": "2023-06-01T03:00:00+00:00"}]}
    head = f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>'
    rec = _record(_page(head, info=""))
    assert rec["published_at"] == "2023-05-12T10:15:00+06:00"
    assert rec["extraction"]["published_at"] == "jsonld:WebPage.datePublished"  # type: ignore[index]


@pytest.mark.parametrize("heading", ["Details", "Подробнее", "Толығырақ"])
def test_a_details_boxs_heading_is_not_the_rubric(heading: str) -> None:
    box = (f'<dl class="meta-box"><dt>{heading}</dt><dd>Written by: Editor</dd>'
           '<dd>Published: 12.05.2023 10:15</dd><dd>Views: 120</dd></dl>')
    rec = _record(_page(info=box))
    assert rec["category"] is None and rec["views"] == 120


@pytest.mark.parametrize(("field", "want"), [
    ('<dd class="category-name">Айдары: <a href="/sport">Спорт</a></dd>', "Спорт"),
    ('<dd class="category-name"><a href="/c/12">Экономика</a></dd>', "Экономика"),
    ("<p>Категориясы: Қоғам</p>", "Қоғам"),
])
def test_a_rubric_under_a_kazakh_possessive_label_or_in_a_category_name_field(
        field: str, want: str) -> None:
    assert _record(_page(info=f"<dl>{field}</dl>{STAMP}"))["category"] == want


@pytest.mark.parametrize("default", ["Uncategorised", "Без категории", "без рубрики", "Санатсыз"])
def test_a_cms_default_rubric_is_no_rubric(default: str) -> None:
    linked = f'<p class="cats">Рубрика: <a href="/cat/1" rel="category">{default}</a></p>'
    assert _record(_page(after=linked))["category"] is None
    head = f'<meta property="article:section" content="{default}">'
    assert _record(_page(head))["category"] is None


@pytest.mark.parametrize("box", ['<div class="post-rubric">Экономика</div>',
                                 '<p class="uptitle">Экономика</p>',
                                 '<div class="story-kicker"><span>Экономика</span></div>'])
def test_a_kicker_above_the_headline_names_the_rubric_without_a_link(box: str) -> None:
    assert _record(_page(above=box))["category"] == "Экономика"


def test_a_kicker_that_is_no_rubric_is_not_taken() -> None:
    for box in ('<div class="uptitle">12 мая 2023</div>',
                '<div class="uptitle">Мост строили три года. Теперь он открыт.</div>'):
        assert _record(_page(above=box))["category"] is None


def test_each_keyword_element_is_a_tag() -> None:
    items = ('<ul class="labels">' + "".join(
        f'<li itemprop="keywords"><a href="/t/{k}">{k}</a></li>' for k in ("мост", "Шымкент",
                                                                         "стройка")) + "</ul>")
    assert _record(_page(after=items))["tags"] == ["мост", "Шымкент", "стройка"]
    one = '<span itemprop="keywords">мост, Шымкент</span>'
    assert _record(_page(after=one))["tags"] == ["мост", "Шымкент"]


def test_an_image_urls_fragment_is_dropped_and_the_image_listed_once() -> None:
    head = '<meta property="og:image" content="http://h/media/bridge.jpg">'
    content = (f'<p><img src="/media/bridge.jpg#crop=0,0,1200,800&amp;v=2" alt=""></p><p>{P1}</p>'
               f'<p>{P2}</p>')
    rec = _record(_page(head, content=content))
    assert rec["image_urls"] == ["http://h/media/bridge.jpg"]


# DataLife Engine fills ``<meta name="keywords">`` with words picked from the text when a story
# has no tags: those are no tags; an editor's few keywords, all in the text, still are.
LONG_P = ("Товары зарубежных торговых площадок будут подлежать декларированию, сообщает "
          "пресс-служба. Финансирование проекта осуществляется из средств местного бюджета, "
          "по данным статистики.")


@pytest.mark.parametrize(("keywords", "tags"), [
    ("зарубежных, торговых, площадок, подлежать, декларированию, Финансирование, проекта, "
     "осуществляется, средств, местного, бюджета, статистики", []),
    ("торговых, площадок, подлежать, декларированию, проекта, средств, местного, бюджета",
     []),
    ("бюджет, статистика, декларирование", []),  # not in the text as written: site-wide
    ("декларированию, бюджета", ["декларированию", "бюджета"]),
    ("Финансирование, Товары, Статистики, Бюджета, Проекта, Средств, Площадок, Местного",
     ["Финансирование", "Товары", "Статистики", "Бюджета", "Проекта", "Средств", "Площадок",
      "Местного"]),
], ids=["twelve-text-words", "eight-text-words", "not-in-text", "two-words", "eight-names"])
def test_keywords_a_cms_picked_from_the_text_are_no_tags(keywords: str, tags: list[str]) -> None:
    head = f'<meta name="keywords" content="{keywords}">'
    rec = _record(_page(head=head, content=f"<p>{LONG_P}</p><p>{P2}</p>"))
    assert rec["tags"] == tags
    if tags:
        assert rec["extraction"]["tags"] == "meta:keywords"
