"""Ordinary news pages the furniture exceptions, show-more folds, relative stamps, cut-page
check and sibling-block merge must still read right."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kznews import article_from_html
from kznews.cutpage import ends_cut
from kznews.extract.layout import kind_of

URL = "https://ic24.kz/ru/news/v-almaty-otkryli-park-u50001"
HEAD = "В Алматы открыли новый парк"
P1 = "В Алматы открыли новый парк площадью двенадцать гектаров, сообщает КазТАГ."
P2 = "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки."
P3 = "Работы по благоустройству продолжатся в следующем году во всех районах города."
TEXT = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
BODY = f"{P1}\n\n{P2}\n\n{P3}"
STAMP = '<time datetime="2023-04-20T14:35:00+06:00">20.04.2023, 14:35</time>'
SERVED = datetime(2022, 10, 3, 4, 50, 0, tzinfo=UTC)
OTHER = ("Жители Шымкента пожаловались на перебои с водой в трёх микрорайонах города, "
         "сообщили в акимате.")


def _page(main: str, after: str = "") -> str:
    return (f'<html lang="ru"><head><meta charset="utf-8"><title>{HEAD}</title></head><body>'
            f'<div class="menu"><a href="/">Главная</a></div>{main}{after}</body></html>')


def _body(html: str) -> str:
    rec = article_from_html(html, URL)
    assert rec is not None
    return str(rec["body"])


@pytest.mark.parametrize("cls", ["container sidebar", "wrapper sidebar", "sidebar container",
                                 "page-content sidebar"])
def test_a_sidebar_named_so_stays_a_sidebar_beside_a_layout_word(cls: str) -> None:
    assert kind_of("div", cls) == "boundary"


@pytest.mark.parametrize("cls", ["related-posts post-content", "related-news container",
                                 "sidebar category-news", "post-content related"])
def test_other_news_boxes_keep_their_verdict(cls: str) -> None:
    assert kind_of("div", cls) == "boundary"


def test_a_sidebar_box_classed_wrapper_is_not_the_text() -> None:
    main = f'<main><h1>{HEAD}</h1>{STAMP}<div class="article-text">{TEXT}</div></main>'
    side = (f'<div class="wrapper" id="sidebar"><h3>Последние новости</h3><p>{OTHER}</p>'
            f'<p>{OTHER}</p></div>')
    assert _body(_page(main, side)) == BODY


def test_a_sticky_sidebar_of_other_news_is_not_the_text() -> None:
    main = f'<main><h1>{HEAD}</h1>{STAMP}<div class="article-text">{TEXT}</div></main>'
    side = (f'<div class="col-md-4 sticky-sidebar"><h3>Последние новости</h3><p>{OTHER}</p>'
            f'<p>{OTHER}</p></div>')
    assert OTHER not in _body(_page(main, side))


def test_elementor_posts_widget_after_the_text_is_not_the_text() -> None:
    main = (f'<div class="elementor-widget elementor-widget-theme-post-title"><h1>{HEAD}</h1>'
            f'</div><div class="elementor-widget elementor-widget-post-info">{STAMP}</div>'
            f'<div class="elementor-widget elementor-widget-theme-post-content">'
            f'<div class="elementor-widget-container">{TEXT}</div></div>'
            f'<div class="elementor-widget elementor-widget-posts"><div '
            f'class="elementor-widget-container"><article class="elementor-post">'
            f'<h3><a href="/ru/news/x-u49999">Перебои с водой в Шымкенте</a></h3>'
            f'<div class="elementor-post__excerpt"><p>{OTHER}</p></div></article></div></div>')
    assert _body(_page(main)) == BODY


def test_a_hidden_cookie_notice_after_a_more_link_stays_hidden() -> None:
    main = f'<main><h1>{HEAD}</h1>{STAMP}<div class="article-text">{TEXT}</div></main>'
    after = ('<div class="notice"><a href="/privacy" class="more">Подробнее</a>'
             '<div style="display:none"><p>Мы используем файлы cookie, чтобы сайт работал '
             'удобнее для вас и ваших близких.</p></div></div>')
    assert _body(_page(main, after)) == BODY


def test_a_toggle_buttons_hidden_menu_stays_hidden() -> None:
    hidden = ("Политика Экономика Общество Происшествия Спорт Культура Мир и ещё несколько "
              "разделов сайта для читателя.")
    main = (f'<main><h1>{HEAD}</h1>{STAMP}<div class="article-text"><p>{P1}</p>'
            f'<button class="menu-toggle">Меню</button><div style="display:none"><p>{hidden}'
            f'</p></div><p>{P2}</p><p>{P3}</p></div></main>')
    assert _body(_page(main)) == BODY


@pytest.mark.parametrize("para", [
    "Только что, по данным МЧС, в Алматы произошло землетрясение силой три балла.",
    "Just now, the mayor said the park would open in Astana too.",
    "2 недели назад мы писали, что парк закроют на ремонт до конца лета.",
])
def test_just_now_or_weeks_ago_in_a_sentence_or_a_comment_dates_no_page(para: str) -> None:
    comment = ('<div class="comments"><div class="c"><b>Айгуль</b> <span>только что</span>'
               '<p>Отличная новость для района!</p></div></div>')
    html = (f'<html lang="ru"><head><title>{HEAD}</title></head><body><main><h1>{HEAD}</h1>'
            f'<div class="article-text"><p>{para}</p>{TEXT}</div></main>{comment}</body></html>')
    # a page with no date is no article; with one, its date must come from no sentence
    assert article_from_html(html, URL, today=SERVED) is None
    dated = article_from_html(html.replace("</h1>", f"</h1>{STAMP}"), URL,
                              today=SERVED)
    assert dated is not None and str(dated["body"]).startswith(para)


@pytest.mark.parametrize("tail", [
    "</div>\n</body>\n",  # an unclosed wrapper of a sloppy template, the body closed
    "<div class=\"footer\">© 2023</div></div>\n</body>\n<!-- 0.12 s -->\n",
])
def test_a_page_that_closes_its_body_is_not_cut(tail: str) -> None:
    html = ('<html><head><title>t</title></head><body><div class="page"><div class="x">'
            f"<p>one{tail}")
    assert not ends_cut(html.encode())


def test_a_next_storys_block_of_the_same_markup_is_not_the_text() -> None:
    nxt = ("Жители Шымкента пожаловались на перебои с водой в трёх микрорайонах. В акимате "
           "пообещали восстановить подачу воды к вечеру. Причиной назвали аварию на сетях.")
    main = (f'<div class="feed"><div class="item"><h1>{HEAD}</h1>{STAMP}<div class="item-text">'
            f'{TEXT}</div></div><div class="item"><h2>Перебои с водой</h2><div class="item-text">'
            f'<p>{nxt}</p></div></div></div>')
    assert _body(_page(main)) == BODY


def test_a_column_beside_the_texts_column_is_not_the_text() -> None:
    main = (f'<h1>{HEAD}</h1>{STAMP}<div class="row"><div class="col"><div class="article-body">'
            f'{TEXT}</div></div><div class="col"><div class="about"><p>{OTHER}</p></div></div>'
            f'</div>')
    assert _body(_page(main)) == BODY


def test_an_old_pages_unclosed_font_is_no_cut() -> None:
    # a table-layout page of the 2000s: a <font> opened over the page, never closed
    html = ('<html><body bgcolor="#ffffff"><font face="Arial" size="2"><table><tr><td>'
            '<b>Новости</b><p>Текст новости.</td></tr></table><p>© 2003 Центр информации</p>\n')
    assert not ends_cut(html.encode())
    assert ends_cut(html.replace("</table>", "").encode())  # a table open: cut


def test_a_visible_date_wins_over_a_cited_papers_citation_date() -> None:
    html = (f'<html lang="ru"><head><title>{HEAD}</title>'
            '<meta name="citation_title" content="Urban parks and air quality">'
            '<meta name="citation_date" content="2019/05/01"></head><body><main>'
            f'<h1>{HEAD}</h1>{STAMP}<div class="article-text">{TEXT}</div></main></body></html>')
    rec = article_from_html(html, URL)
    assert rec is not None and str(rec["published_at"]).startswith("2023-04-20")


def test_builder_names_of_the_text_and_its_footer() -> None:
    main = (f'<main><h1 data-testid="headline">{HEAD}</h1>{STAMP}'
            f'<div data-testid="article-body">{TEXT}<div data-testid="article-footer">'
            f'<a href="/ru/tags/parki">Парки</a></div></div></main>')
    assert _body(_page(main)) == BODY


def test_a_longreads_key_figures_keep_their_numbers() -> None:
    figures = ('<div class="stats"><div class="stats__item"><p>1200</p><p>деревьев высадили '
               'вдоль новых аллей парка</p></div></div>')
    main = f'<main><h1>{HEAD}</h1>{STAMP}<div class="article-text">{TEXT}{figures}</div></main>'
    assert "1200" in _body(_page(main))
