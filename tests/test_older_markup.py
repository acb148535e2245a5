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
