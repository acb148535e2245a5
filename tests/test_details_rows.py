"""The headline next to a site-name heading, a labelled details row anywhere on the page,
a primary tag above the headline, reading times and time zones next to the date: the rules
behind the eighth copy's titles, rubrics, tags, views and times, each on a small page."""

from __future__ import annotations

from kznews import article_from_html
from kznews import processors as P

URL = "http://h/news/v-almaty-otkryli-park-u50001"
H = "В Алматы открыли новый парк"
P1 = "Алматы. 20 апреля. Центр информации - В Алматы открыли новый парк площадью 12 гектаров."
P2 = "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки."
P3 = "Работы по благоустройству продолжатся в следующем году во всех районах города."
BODY = f"{P1.split(' - ', 1)[1]}\n\n{P2}\n\n{P3}"
TEXT = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL, today="2024-06-01")
    assert rec is not None
    return rec


def _page(top: str, middle: str, bottom: str = "", title: str = H) -> str:
    return (f"<html><head><title>{title}</title></head><body>{top}<div class=\"main\">"
            f"{middle}<div class=\"story\">{TEXT}</div>{bottom}</div>"
            '<div class="sidebar"><div class="blocktitle">Архив</div></div></body></html>')


# --------------------------------------------------------------------------- the headline

def test_a_heading_holding_the_site_name_is_not_the_headline() -> None:
    mastheads = ('<div id="top"><h1>Ақпарат орталығы</h1></div>',
                 '<div class="site-branding"><h1><a href="/">Новости региона</a></h1></div>',
                 '<h1><a class="navbar-brand" href="/">IC24</a></h1>')
    for masthead in mastheads:
        for heading, rule in ((f'<div class="material-title">{H}</div>', "css:.material-title"),
                              (f'<span class="entry-heading">{H}</span>', "css:.entry-heading"),
                              (f"<h2>{H}</h2>", "text:h2-before-dateline")):
            rec = _record(_page(masthead, heading, title="Новости"))
            assert rec["title"] == H, (masthead, heading)
            assert rec["extraction"]["title"] == rule  # type: ignore[index]
        # no headline element at all: the <title> without the site's name
        rec = _record(_page(masthead, "", title=f"{H} | Центр информации"))
        assert rec["title"] == H and rec["extraction"]["title"] == "text:title-tag"  # type: ignore[index]


def test_a_block_title_is_not_the_headline() -> None:
    page = _page('<h1 class="logo">Центр информации</h1>',
                 '<div class="related_title">Похожие материалы о городе</div>',
                 title=f"{H} - Центр информации")
    assert _record(page)["title"] == H


# --------------------------------------------------------------------------- a details row

ROW_RU = ('<div class="entry-meta">Раздел: <a href="/cat/7">Экономика</a> | Автор: <a href="/u/1">'
          'editor</a> | Просмотров: 2 450 | Дата: <span title="09:05">03.02.2022</span> | '
          'Метки: <a href="/search/aкim">аким</a>, <a href="/search/b">бюджет</a> | Оценка: 4.5/2'
          "</div>")
ROW_EN = ('<p class="info">Added by: staff &bull; Date: 03.02.2022, 09:05 &bull; Views: 2450 '
          '&bull; Tags: <a href="/s/1">аким</a>, <a href="/s/2">бюджет</a></p>')


def test_a_labelled_details_row_is_read_under_the_text_and_ends_it() -> None:
    for row in (ROW_RU, ROW_EN):
        rec = _record(_page('<div class="logo">Центр информации</div>', f"<h1>{H}</h1>", row))
        assert rec["body"] == BODY, row
        assert rec["views"] == 2450 and rec["tags"] == ["аким", "бюджет"], row
        assert rec["published_at"] == "2022-02-03T09:05:00+06:00", row
        assert rec["published_date_precision"] == "minute", row
        assert rec["category"] == ("Экономика" if row is ROW_RU else None), row
        # the row in the text's own box, after a <br>-run, ends the text too
        br = (f"<html><body><h1>{H}</h1><div class=\"msg\">{P1}<br><br>{P2}<br><br>{P3}<br><br>"
              f"{row.replace('<div', '<span').replace('</div>', '</span>')}</div></body></html>")
        assert _record(br)["body"] == BODY, row


def test_a_details_row_takes_each_label_s_own_links() -> None:
    row = ('<div>Теги: <a href="/t/1">аким</a> | <a href="/t/2">бюджет</a> | Категория: '
           '<a href="/c/2">Общество</a> | Просмотров: 15</div>')
    rec = _record(_page("", f"<h1>{H}</h1>", row))
    assert rec["tags"] == ["аким", "бюджет"] and rec["category"] == "Общество"
    assert rec["views"] == 15


def test_a_row_with_one_label_is_not_a_details_row() -> None:
    lone = "<p>Добавил: admin | 03.02.2022</p>"
    rec = _record(_page("", f"<h1>{H}</h1>", lone))
    assert rec["views"] is None and rec["category"] is None
    assert rec["published_at"].startswith("2024-04-20")  # type: ignore[union-attr]


# --------------------------------------------------------------------------- reading time, zones

def test_a_reading_time_is_no_count_rubric_or_tag() -> None:
    for spent in ("4 min read", "6 мин чтения", "Время чтения: 3 мин", "5 минут оқу", "7 минут"):
        byline = (f'<div class="meta">Редакция <span>&bull;</span> 20 апреля 2023, 14:35 '
                  f"<span>&bull;</span> <span>{spent}</span></div>")
        rec = _record(_page("", f"<h1>{H}</h1>{byline}"))
        assert rec["views"] is None and rec["category"] is None and rec["tags"] == [], spent
        assert rec["published_at"] == "2023-04-20T14:35:00+06:00", spent


def test_a_zone_note_or_a_credit_is_not_the_rubric_and_the_zone_is_applied() -> None:
    for shown, moment in (("20 April 2023, 13:35 (GMT+5)", "2023-04-20T14:35:00+06:00"),
                          ("20.04.2023 08:35 UTC", "2023-04-20T14:35:00+06:00"),
                          ("20 апреля 2023 в 14:35 (GMT+6)", "2023-04-20T14:35:00+06:00"),
                          ("20.04.2024 в 14:35 (GMT+5)", "2024-04-20T14:35:00+05:00")):
        for credit in ("Сурет: Ерлан Омаров", "Фото:Ерлан Омаров", "Photo: Yerlan Omarov"):
            info = (f'<div class="pubdate">{shown}</div><div class="hits">340</div>'
                    f'<div class="photo">{credit}</div>')
            rec = _record(_page("", f"<h1>{H}</h1>{info}"))
            assert rec["published_at"] == moment, (shown, credit)
            assert rec["category"] is None and rec["views"] == 340, (shown, credit)


def test_a_time_zone_after_the_time_gives_the_moment() -> None:
    utc = P.parse_date_text("Apr 16, 2021, 09:40 UTC")
    assert utc is not None and utc.isoformat() == "2021-04-16T09:40:00+00:00"  # type: ignore[union-attr]
    west = P.parse_date_text("16 апреля 2021, 14:40 (GMT+5)")
    assert west is not None and west.isoformat() == "2021-04-16T14:40:00+05:00"  # type: ignore[union-attr]
    assert P.is_date_stamp("16.04.2021 15:40 (UTC+06:00)")
    assert P.parse_date_text("16.04.2021 15:40 UTCX") == P.parse_date_text("16.04.2021 15:40")


# --------------------------------------------------------------------------- the kicker

def _kicker_page(kicker: str, head: str = "", tags: str = "") -> str:
    return (f"<html><head>{head}</head><body><article><div class=\"story-head\">{kicker}"
            f"<h1>{H}</h1><time datetime=\"2023-04-20T14:35:00+06:00\">20.04.2023</time></div>"
            f"<div class=\"story\">{TEXT}</div><div class=\"foot\">{tags}</div></article>"
            "</body></html>")


def test_a_tag_link_in_a_kicker_above_the_headline_is_the_rubric() -> None:
    keywords = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
                f'"{H}", "keywords": "Экономика, аким, бюджет"}}</script>')
    tags = '<a class="tag-pill" href="/topics/akim/">аким</a><a href="/topics/b/">бюджет</a>'
    for box in ('<p class="entry-kicker"><a href="/tag/ekonomika/">Экономика</a></p>',
                '<div class="eyebrow"><span><a href="/tags/ekonomika">Экономика</a></span></div>',
                '<div class="meta"><span class="primary-category"><a href="/ekonomika/">Экономика'
                "</a></span></div>"):
        alone = _record(_kicker_page(box))
        assert alone["tags"] == [] and alone["category"] == "Экономика", box
        assert alone["extraction"]["category"] == "css:kicker"  # type: ignore[index]
        listed = _record(_kicker_page(box, keywords, tags))
        assert listed["tags"] == ["аким", "бюджет"] and listed["category"] == "Экономика", box
    # a tag link above the headline outside a kicker box stays a tag
    plain = _record(_kicker_page('<p><a href="/tag/ekonomika/">Экономика</a></p>'))
    assert plain["tags"] == ["Экономика"]
