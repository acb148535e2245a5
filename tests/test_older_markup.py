"""Markup of an older CMS that none of the outlet's known templates uses.

Three shapes lost articles or fields: a body that is one container of ``<br>``-separated
paragraphs with no dateline, a rubric printed only as the last, plain-text crumb of a
breadcrumb path, and (on pages with no rubric) a tag taken for the category.
"""

from __future__ import annotations

from datetime import date

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/v-almaty-otkryli-novyy-park-u47001"
TITLE = "В Алматы открыли новый парк на месте промзоны"
PARAS = [
    "В Алматы на месте бывшей промышленной зоны открыли парк площадью двенадцать гектаров, "
    "сообщает пресс-служба акимата города.",
    "В парке высадили более трёх тысяч деревьев, обустроили велодорожки, детские и спортивные "
    "площадки, а также амфитеатр для концертов под открытым небом.",
    "Работы по благоустройству продолжатся в следующем году: вдоль реки появится набережная "
    "протяжённостью около двух километров.",
]
TAGS = ["Алматы", "парк", "благоустройство"]


def older_page(*, body: str, crumbs: str, info: str, tags: bool = True) -> str:
    tag_links = ", ".join(f'<a href="/tags/{i}">{t}</a>' for i, t in enumerate(TAGS))
    return f"""<html><head><meta charset="utf-8"><title>{TITLE} - Центр информации</title></head>
<body><table width="100%" border="0"><tr>
<td width="180" valign="top"><a href="/">ic24.kz</a><br><a href="/novosti">Новости</a><br>
<a href="/about">О нас</a></td>
<td valign="top">
<div class="breadcrumbs">{crumbs}</div>
<h1>{TITLE}</h1>
<div class="info">{info}</div>
{body}
{f'<div class="tags">Теги: {tag_links}</div>' if tags else ''}
</td></tr></table>
<div class="copy">&copy; 2021 Центр информации. Все права защищены.</div>
</body></html>"""


BR_BODY = '<div id="txt">' + "<br><br>\n".join(PARAS) + "</div>"
P_BODY = '<div id="txt">' + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
CRUMBS_PLAIN = '<a href="/">Главная</a> &raquo; <a href="/novosti">Новости</a> &raquo; Экология'
CRUMBS_NONE = '<a href="/">Главная</a> &raquo; <a href="/novosti">Новости</a>'


def test_br_separated_body_without_dateline_is_found() -> None:
    record = article_from_html(older_page(body=BR_BODY, crumbs=CRUMBS_PLAIN,
                                          info="12.05.2021 | Просмотров: 345"), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(PARAS)
    assert record["title"] == TITLE
    assert record["published_at"] == "2021-05-12T00:00:00+06:00"
    assert record["views"] == 345
    assert record["tags"] == TAGS


@pytest.mark.parametrize("body", [BR_BODY, P_BODY])
def test_rubric_as_last_plain_text_crumb_is_the_category(body: str) -> None:
    record = article_from_html(older_page(body=body, crumbs=CRUMBS_PLAIN,
                                          info="12.05.2021 | Просмотров: 345"), URL)
    assert record is not None
    assert record["category"] == "Экология"
    assert record["extraction"]["category"] == "css:breadcrumb"


def test_headline_as_last_plain_crumb_is_not_a_rubric() -> None:
    crumbs = CRUMBS_NONE + " &raquo; В Алматы открыли новый парк…"
    record = article_from_html(older_page(body=P_BODY, crumbs=crumbs,
                                          info="12.05.2021 | Просмотров: 345"), URL)
    assert record is not None
    assert record["category"] is None


@pytest.mark.parametrize("info", [
    "12.05.2021 | 345 | Алматы, парк, благоустройство",
    "12 Мая 2021 345 Алматы, парк, благоустройство",
    "12.05.2021 | Просмотров: 345",
])
def test_without_a_rubric_no_tag_becomes_the_category(info: str) -> None:
    record = article_from_html(older_page(body=P_BODY, crumbs=CRUMBS_NONE, info=info), URL,
                               listing_date=date(2021, 5, 12))
    assert record is not None
    assert record["category"] is None
    assert record["tags"] == TAGS


def test_with_a_rubric_the_info_line_still_gives_it() -> None:
    record = article_from_html(older_page(
        body=P_BODY, crumbs=CRUMBS_NONE, info="12 Мая 2021 345 Экология Алматы, парк",
        tags=False), URL)
    assert record is not None
    assert (record["category"], record["tags"]) == ("Экология", ["Алматы", "парк"])


# --------------------------------------------------------------------------- 2005-2012 CMS shapes


@pytest.mark.parametrize(("info", "published"), [
    ("14.05.2021, 11:05 | Просмотров: 345", "2021-05-14T11:05:00+06:00"),  # DLE
    ("Пятница, 14 Мая 2021 15:40", "2021-05-14T15:40:00+06:00"),  # Joomla 1.5
    ("14 мая 2021 09:00", "2021-05-14T09:00:00+06:00"),  # Bitrix
])
def test_time_of_day_in_the_info_line_is_kept(info: str, published: str) -> None:
    record = article_from_html(older_page(body=P_BODY, crumbs=CRUMBS_PLAIN, info=info), URL)
    assert record is not None
    assert record["published_at"] == published
    assert record["published_date_precision"] == "minute"


SHORT = ["В Шымкенте открыли новый мост через реку Бадам.",
         "Движение по мосту откроют уже на следующей неделе.",
         "Работы обошлись в два миллиарда тенге."]


def table_page(content: str, sidebar: str = "") -> str:
    """A 2005-2012 table layout: no <h1> around the text, a sidebar cell next to it."""
    return f"""<html><head><meta charset="utf-8"><title>{TITLE} &raquo; Центр информации</title>
</head><body><table width="1000"><tr><td colspan="2" class="header"><div class="menu">
<a href="/">Главная</a> | <a href="/novosti/">Новости</a></div></td></tr>
<tr><td class="content" valign="top">{content}</td>
<td class="sidebar" width="240" valign="top">{sidebar}</td></tr></table></body></html>"""


def joomla(text: str, *, created: str, rows: str) -> str:
    return table_page(
        f'<table class="contentpaneopen"><tr><td class="contentheading">{TITLE}</td></tr>'
        f'</table><table class="contentpaneopen"><tr><td class="createdate">{created}</td></tr>'
        f'<tr><td valign="top">{text}</td></tr>{rows}</table>')


def bitrix(text: str, *, stamp: str, views: str = "") -> str:
    return table_page(f'<h1>{TITLE}</h1><div class="news-detail"><span class="news-date-time">'
                      f'{stamp}</span>{text}<div style="clear:both"></div><br />{views}</div>')


def test_short_br_story_is_a_body_and_a_date_over_it_is_the_date() -> None:
    text = "<br />\r\n<br />\r\n".join(SHORT)
    page = bitrix('<img src="/u/1.jpg"><div class="photo-author">Фото:gov.kz</div>' + text,
                  stamp="14 мая 2021 09:40")
    record = article_from_html(page, URL)
    assert record is not None
    assert record["body"] == "\n\n".join(SHORT)
    assert (record["published_at"], record["published_date_precision"]) == (
        "2021-05-14T09:40:00+06:00", "minute")


@pytest.mark.parametrize("stamp", ["14 мая 2021 09:40", "14.05.2021, 09:40"])
def test_a_date_run_into_the_dateline_is_the_published_date(stamp: str) -> None:
    text = "Шымкент. 14 мая. Центр информации - " + "<br />\r\n<br />\r\n".join(SHORT)
    record = article_from_html(bitrix(text, stamp=stamp), URL)
    assert record is not None
    assert record["dateline_place"] == "Шымкент"
    assert record["body"] == "\n\n".join(SHORT)
    assert record["published_at"] == "2021-05-14T09:40:00+06:00"


@pytest.mark.parametrize(("rows", "views"), [
    ('<tr><td class="modifydate">Обновлено 17.05.2021 11:15</td></tr>'
     '<tr><td><span class="hits">Просмотров: 1 204</span></td></tr>', 1204),
    ('<tr><td class="modifydate">Last Updated ( Monday, 17 May 2021 11:15 )</td></tr>'
     '<tr><td><span class="hits">Hits: 57</span></td></tr>', 57),
    ('<tr><td><span class="hits">Қаралды: 9</span></td></tr>', 9),
    ('<tr><td class="modifydate">Изменено: 17 мая 2021 г.</td></tr>', None),
])
def test_counter_and_modified_rows_under_the_text_are_not_body(rows: str,
                                                               views: int | None) -> None:
    record = article_from_html(joomla("<br>\n".join(SHORT), created="Пятница, 14 Мая 2021 15:40",
                                      rows=rows), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(SHORT)
    assert record["views"] == views
    assert record["published_at"] == "2021-05-14T15:40:00+06:00"


def test_a_counter_line_after_the_text_of_a_detail_box_is_the_views() -> None:
    text = "Шымкент. 14 мая. Центр информации - " + "<br />\r\n<br />\r\n".join(SHORT)
    record = article_from_html(bitrix(text, stamp="14 мая 2021", views=(
        '<div class="counter">Количество просмотров: 1725</div>')), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(SHORT)
    assert record["views"] == 1725


def test_a_sentence_opening_with_a_date_stays_in_the_body() -> None:
    paras = ["14 мая 2021 года в Шымкенте открыли новый мост через реку Бадам.", *SHORT[1:]]
    record = article_from_html(bitrix("<br />\r\n<br />\r\n".join(paras), stamp=""), URL,
                               listing_date=date(2021, 5, 14))
    assert record is not None
    assert record["body"] == "\n\n".join(paras)


CLOUD = ('<div class="block"><b>Облако тегов</b><br><a href="/tags/Алматы/">Алматы</a> '
         '<a href="/tags/бюджет/">бюджет</a></div>')


def dle(*, crumbs: str, info: str, tags: str = "", text: str = "") -> str:
    """DLE: a ``speedbar`` trail (no breadcrumb class), the info line with a comments link."""
    text = text or "<br><br>\n".join(SHORT)
    return table_page(
        f'<div class="speedbar">{crumbs}</div><div class="news-detail"><div class="ntitle">'
        f'{TITLE}</div><div class="ninfo">{info}</div><div class="full-story">{text}</div>'
        f'{tags}</div>', sidebar=CLOUD)


TRAIL = '<a href="/">Главная</a> &raquo; <a href="/novosti/">Новости</a> &raquo; '
DLE_INFO = ('<span class="date">14.05.2021, 11:05</span> | Просмотров: 77 | '
            '<a href="#comments">Комментарии (0)</a>')


@pytest.mark.parametrize(("crumbs", "category"), [
    (TRAIL + '<a href="/novosti/ekologiya/">Экология</a> &raquo; ' + TITLE, "Экология"),
    (TRAIL + "Экология", "Экология"),
    (TRAIL + TITLE, None),
])
def test_a_comments_link_is_never_the_rubric(crumbs: str, category: str | None) -> None:
    record = article_from_html(dle(crumbs=crumbs, info=DLE_INFO), URL)
    assert record is not None
    assert record["category"] == category
    assert (record["views"], record["published_at"]) == (77, "2021-05-14T11:05:00+06:00")
    assert record["body"] == "\n\n".join(SHORT)


@pytest.mark.parametrize("info", ["14.05.2021 | 3 комментария", "14 Мая 2021 Comments: 3",
                                  "14.05.2021 | Нет комментариев"])
def test_comment_counters_in_any_form_are_not_a_rubric(info: str) -> None:
    record = article_from_html(dle(crumbs=TRAIL + TITLE, info=info), URL)
    assert record is not None
    assert record["category"] is None


def test_a_trail_from_a_home_link_is_a_breadcrumb_but_a_menu_is_not() -> None:
    menu = '<a href="/">Главная</a> | <a href="/novosti/">Новости</a> | <a href="/x/">Спорт</a>'
    record = article_from_html(dle(crumbs=menu, info=DLE_INFO), URL)
    assert record is not None
    assert record["category"] is None
    record = article_from_html(dle(crumbs=TRAIL + "Спорт", info=DLE_INFO), URL)
    assert record is not None
    assert (record["category"], record["extraction"]["category"]) == ("Спорт",
                                                                      "text:crumb-trail")


def test_a_sidebar_tag_cloud_is_not_the_pages_tags() -> None:
    record = article_from_html(dle(crumbs=TRAIL + TITLE, info=DLE_INFO), URL)
    assert record is not None
    assert record["tags"] == []
    own = ('<div class="tags">Теги: <a href="/tags/мост/">мост</a>, '
           '<a href="/tags/x/">Шымкент</a></div>')
    record = article_from_html(dle(crumbs=TRAIL + TITLE, info=DLE_INFO, tags=own), URL)
    assert record is not None
    assert record["tags"] == ["мост", "Шымкент"]


def test_tags_in_the_articles_own_footer_are_kept() -> None:
    footer = ('<div class="entry__footer">Теги: <a href="/tag/1">мост</a>, '
              '<a href="/tag/2">Шымкент</a></div>')
    record = article_from_html(dle(crumbs=TRAIL + TITLE, info=DLE_INFO, tags=footer), URL)
    assert record is not None
    assert record["tags"] == ["мост", "Шымкент"]


def test_images_of_a_page_without_a_dateline() -> None:
    text = ('<img src="/uploads/1.jpg" alt=""><i>Фото: gov.kz</i><br><br>\n'
            + f"{SHORT[0]}<br><br>\n{SHORT[1]}<br><br>\n"
            '<div><img src="/i/blank.gif" data-src="/uploads/2.jpg"></div><br><br>\n' + SHORT[2])
    info = '<span class="date"><img src="/img/cal.png" alt=""> 14.05.2021</span>'
    record = article_from_html(dle(crumbs=TRAIL + TITLE, info=info, text=text), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(SHORT)
    assert record["image_urls"] == ["https://ic24.kz/uploads/1.jpg", "https://ic24.kz/uploads/2.jpg"]


@pytest.mark.parametrize("gap", ["", " "])
def test_a_date_element_run_into_the_first_paragraph_is_the_date(gap: str) -> None:
    record = article_from_html(bitrix(gap + "<br />\r\n<br />\r\n".join(SHORT),
                                      stamp="14 мая 2021 09:40"), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(SHORT)
    assert (record["published_at"], record["extraction"]["published_at"]) == (
        "2021-05-14T09:40:00+06:00", "text:date-stamp")


@pytest.mark.parametrize(("above", "below", "views"), [
    ("", '<div class="counter">1 204 просмотра</div>', 1204),
    ('<div class="meta">Просмотров: 88</div>', "", 88),
    ('<div class="meta">Hits: 88</div>', '<div class="tags">Теги: <a href="/tags/1">мост</a></div>',
     88),
])
def test_a_counter_line_above_or_below_the_text_in_any_form(above: str, below: str,
                                                            views: int) -> None:
    text = "<br />\r\n<br />\r\n".join(SHORT)
    page = table_page(f'<h1>{TITLE}</h1><div class="date">14.05.2021</div>{above}'
                      f'<div class="text">{text}</div>{below}')
    record = article_from_html(page, URL)
    assert record is not None
    assert record["body"] == "\n\n".join(SHORT)
    assert (record["views"], record["published_at"]) == (views, "2021-05-14T00:00:00+06:00")
