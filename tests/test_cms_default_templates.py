"""Article pages as the default templates of popular CMSs print them (DataLife Engine's
``fullstory``, 1C-Bitrix's ``news.detail``, WordPress themes, Joomla's ``com_content``, Drupal's
node), filled with the outlet's text and furniture: every field of the record checked."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kznews import article_from_html

P = [
    "Алматы. 16 апреля. Центр информации - У казахстанцев в Японии появилась собственная "
    "ассоциация, сообщает КазТАГ со ссылкой на министерство иностранных дел Казахстана.",
    "«В посольстве Казахстана состоялось учредительное собрание Ассоциации казахов в Японии», "
    "- говорится в распространенном в четверг сообщении.",
    "По данным посольства Казахстана, в настоящее время в Японии на постоянной основе "
    "проживает 191 гражданин нашей страны и около 70 этнических казахов.",
    "В ходе мероприятия глава ассоциации Абдибек Калыбек, который работает хирургом в клинике "
    "университета Juntendo, презентовал деятельность объединения.",
]
TITLE = "У казахстанцев в Японии появилась собственная ассоциация"
URL = ("https://ic24.kz/news/u-kazakhstantsev-v-yaponii-poyavilas-sobstvennaya-assotsiatsiya-"
       "u45694")
BODY = "\n\n".join([P[0].split(" - ", 1)[1], *P[1:]])
TEXT = "".join(f"<p>{p}</p>" for p in P)
KOREA = "https://ic24.kz/news/kazakhi-v-koree-u45600"
PREV, NEXT = "https://ic24.kz/news/pred-u45690", "https://ic24.kz/news/sled-u45699"
PREV_TITLE, NEXT_TITLE = "Токаев принял посла Японии", "В Алматы открылся новый парк"


def _record(html: str, today: str = "2026-06-01") -> dict[str, Any]:
    rec = article_from_html(html, URL, today=today)
    assert rec is not None
    return rec


def _common(rec: dict[str, Any]) -> None:
    assert rec["title"] == TITLE
    assert rec["body"] == BODY
    assert rec["source"] == "КазТАГ"
    assert rec["dateline_place"] == "Алматы"
    assert rec["lang"] == "ru"


def _related(rec: dict[str, Any]) -> dict[str, str]:
    return {r["url"]: r["title"] for r in rec["related"]}


# --------------------------------------------------------------------------- DataLife Engine
def dle_page(date: str, meta: str | None = None) -> str:
    counters = meta if meta is not None else (
        '<li class="grey" title="Просмотров: 683"><svg class="icon icon-views"><use '
        'xlink:href="#icon-views"></use></svg> 683</li><li title="Комментариев: 4"><a href='
        '"#comment"><svg class="icon icon-coms"><use xlink:href="#icon-coms"></use></svg> 4'
        '</a></li>')
    text = "<br><br>".join(P)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{TITLE} &raquo; Центр информации</title>
<meta property="og:image" content="https://ic24.kz/uploads/posts/2021-04/1618545600_japan.jpg">
</head><body><div class="wrp"><header class="header"><a class="logo" href="/">Центр информации</a>
<nav><ul><li><a href="/novosti/">Новости</a></li><li><a href="/socium/">Социум</a></li></ul></nav>
</header><div id="dle-content"><article class="box story fullstory"><div class="box_in">
<h1 class="title h1">{TITLE}</h1><div class="story_top">
<div class="date"><svg class="icon icon-date"><use xlink:href="#icon-date"></use></svg>
<span class="grey">{date}</span></div><div class="category"><svg class="icon icon-category">
<use xlink:href="#icon-category"></use></svg><a href="https://ic24.kz/novosti/">Новости</a> /
<a href="https://ic24.kz/novosti/socium/">Общество</a></div></div>
<div class="text"><div style="text-align:center;"><!--dle_image_begin:https://ic24.kz/uploads/posts/2021-04/1618545600_japan.jpg|--><img
src="/uploads/posts/2021-04/1618545600_japan.jpg" alt="{TITLE}"><!--dle_image_end--></div>
{text}<br><br>Источник: КазТАГ
<!--TBegin:https://ic24.kz/uploads/posts/2021-04/1618545601_map.jpg|left--><a
href="https://ic24.kz/uploads/posts/2021-04/1618545601_map.jpg" class="highslide"><img
src="/uploads/posts/2021-04/thumbs/1618545601_map.jpg" alt=""></a><!--TEnd--></div>
<div class="story_tools ignore-select"><div class="rate"><ul class="unit-rating"><li
class="current-rating" style="width:0%;">0</li><li><a href="#" title="Плохо" class="r1-unit">1
</a></li></ul></div><div class="tags_more"><svg class="icon icon-tags"><use
xlink:href="#icon-tags"></use></svg><span><a href="https://ic24.kz/tags/japan/">Япония</a>,
<a href="https://ic24.kz/tags/kazakhi/">казахи</a></span></div></div>
<div class="story_icons"><div class="meta"><ul class="left">{counters}</ul></div>
<a href="#" onclick="AddComplaint('45694', 'news'); return false;">Жалоба</a></div></div>
<div class="box related"><div class="box_in"><h3 class="title">Похожие новости</h3>
<ul><li><a href="{KOREA}">Казахи в Корее создали объединение соотечественников</a></li></ul>
</div></div><div class="box_in dark_top comments_box"><h4 class="title">Комментарии (0)</h4>
<form method="post" id="dle-comments-form"><b>Информация</b><br>Посетители, находящиеся в группе
<b>Гости</b>, не могут оставлять комментарии к данной публикации.</form></div>
</article></div><footer><p>© 2021 Центр информации</p></footer></div></body></html>"""


@pytest.mark.parametrize(("date", "today", "want"), [
    ("16-04-2021, 10:00", "2026-06-01", "2021-04-16T10:00:00+06:00"),
    ("Сегодня, 10:00", "2021-04-16", "2021-04-16T10:00:00+06:00"),
    ("Вчера, 23:40", "2021-04-17", "2021-04-16T23:40:00+06:00"),
    ("16-04-2024, 10:00", "2026-06-01", "2024-04-16T10:00:00+05:00"),
])
def test_dle_fullstory(date: str, today: str, want: str) -> None:
    rec = _record(dle_page(date), today)
    _common(rec)
    assert rec["published_at"] == want and rec["published_date_precision"] == "minute"
    assert rec["category"] == "Общество"
    assert rec["tags"] == ["Япония", "казахи"]
    assert rec["photo_credit"] is None
    assert rec["image_urls"] == ["https://ic24.kz/uploads/posts/2021-04/1618545600_japan.jpg",
                                 "https://ic24.kz/uploads/posts/2021-04/1618545601_map.jpg"]
    assert _related(rec) == {KOREA: "Казахи в Корее создали объединение соотечественников"}


def test_dle_views_after_the_text_beside_an_icon_marked_as_views() -> None:
    # DLE's default template prints the counter in the rows under the text, after its icon
    assert _record(dle_page("16-04-2021, 10:00"))["views"] == 683
    # a count beside an icon not marked as views (comments) there is no view count
    comments = ('<li title="Комментариев: 4"><a href="#comment"><svg class="icon icon-coms">'
                '<use xlink:href="#icon-coms"></use></svg> 4</a></li><li><svg class="icon">'
                '</svg> 17</li>')
    assert _record(dle_page("16-04-2021, 10:00", comments))["views"] is None


def test_dle_views_of_other_stories_below_the_footer_are_not_the_page_s() -> None:
    page = dle_page("16-04-2021, 10:00", "").replace(
        "<footer><p>", '<footer><ul><li><a href="/news/a-u1">Другая</a> <span class="grey">'
        '<svg class="icon icon-views"></svg> 912</span></li></ul><p>')
    assert _record(page)["views"] is None


def test_a_most_read_lists_counts_in_the_counters_own_class_are_not_the_page_s() -> None:
    """A sidebar's "most read" entries print their counts in the class the page's own
    counter uses (``<span class="views">28 726</span>`` after each headline): a page that
    prints no counter of its own has no views, one that does keeps its own."""
    side = ('<div class="right_column"><div class="most-read"><div class="h3">Самое читаемое'
            '</div><div class="item"><a href="/news/drugaya-novost-u52445">Другая новость</a>'
            '<span class="views">28 726</span></div><div class="item"><a href="/news/'
            'tretya-u54718">Третья</a><span class="views">26 503</span></div></div></div>')
    page = dle_page("16-04-2021, 10:00", "").replace("<footer>", side + "<footer>")
    assert _record(page)["views"] is None
    own = dle_page("16-04-2021, 10:00").replace("<footer>", side + "<footer>")
    assert _record(own)["views"] == 683
    # the page's own counter in the story's box, which also links other stories further on
    boxed = page.replace("<footer>", '<div class="story-box"><p>' + "Текст истории. " * 30 +
                         '</p><span class="views">Просмотров: 1576</span><a href="/news/'
                         'drugaya-u777">Другая история</a></div><footer>', 1)
    assert _record(boxed)["views"] == 1576


# --------------------------------------------------------------------------- 1C-Bitrix
def bitrix_page(tags: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type"
content="text/html; charset=UTF-8"><title>{TITLE}</title></head><body><div id="panel"></div>
<div class="header"><a href="/">Центр информации</a><ul class="menu"><li><a href="/novosti/">
Новости</a></li><li><a href="/socium/">Социум</a></li></ul></div>
<div class="breadcrumb"><a href="/">Главная</a> / <a href="/novosti/">Новости</a></div>
<div class="workarea"><h1>{TITLE}</h1><div class="news-detail">
<img class="detail_picture" border="0" src="/upload/iblock/3f2/japan.jpg" width="600"
height="400" alt="{TITLE}" title="{TITLE}" />
<span class="news-date-time">16.04.2021</span><h3>{TITLE}</h3>{TEXT}
<div style="clear:both"></div><br />
 Количество просмотров:&nbsp;683 <br />
 Источник:&nbsp;КазТАГ <br />
 Фото:&nbsp;gov.kz <br />
 {tags} <br />
 Раздел:&nbsp;Социум <br />
<div class="news-detail-share"><noindex><div class="share-window-parent"><span
class="share-switch"></span></div></noindex></div></div>
<p><a href="/novosti/">Возврат к списку</a></p></div>
<div class="footer">© Центр информации, 2021</div></body></html>"""


@pytest.mark.parametrize("tags", [
    # a property's values, joined as the default template joins them
    "Теги:&nbsp;Япония&nbsp;/&nbsp;казахи",
    'Теги:&nbsp;<a href="/search/?tags=Япония">Япония</a>&nbsp;/&nbsp;<a href="/search/?tags='
    'казахи">казахи</a>',
])
def test_bitrix_news_detail(tags: str) -> None:
    rec = _record(bitrix_page(tags))
    _common(rec)
    assert rec["published_at"] == "2021-04-16T00:00:00+06:00"
    assert rec["published_date_precision"] == "day"
    assert rec["tags"] == ["Япония", "казахи"]
    assert rec["views"] == 683
    assert rec["photo_credit"] == "gov.kz"
    assert rec["category"] == "Социум"
    assert rec["image_urls"] == ["https://ic24.kz/upload/iblock/3f2/japan.jpg"]
    assert rec["related"] == []


def test_a_labelled_tag_holding_a_slash_unspaced_stays_one() -> None:
    rec = _record(bitrix_page("Теги:&nbsp;COVID-19/коронавирус"))
    assert rec["tags"] == ["COVID-19/коронавирус"]


# --------------------------------------------------------------------------- WordPress
def _yoast() -> str:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://ic24.kz/#organization",
         "name": "Центр информации", "url": "https://ic24.kz/"},
        {"@type": "WebSite", "@id": "https://ic24.kz/#website", "url": "https://ic24.kz/",
         "name": "Центр информации", "inLanguage": "ru-RU"},
        {"@type": "WebPage", "@id": URL, "url": URL, "name": f"{TITLE} - Центр информации",
         "datePublished": "2021-04-16T04:00:00+00:00",
         "dateModified": "2021-04-16T06:30:00+00:00", "inLanguage": "ru-RU"},
        {"@type": "Article", "@id": f"{URL}#article", "isPartOf": {"@id": URL},
         "author": {"name": "admin"}, "headline": TITLE,
         "datePublished": "2021-04-16T04:00:00+00:00",
         "dateModified": "2021-04-16T06:30:00+00:00", "keywords": ["Япония", "казахи"],
         "articleSection": ["Социум"], "inLanguage": "ru-RU",
         "publisher": {"@id": "https://ic24.kz/#organization"}}]}
    return (f'<script type="application/ld+json" class="yoast-schema-graph">'
            f'{json.dumps(graph, ensure_ascii=False)}</script>')


def twenty_twenty_one(head: str) -> str:
    return f"""<!doctype html><html lang="ru-RU"><head><meta charset="UTF-8">
<title>{TITLE} &#8211; Центр информации</title><meta property="og:locale" content="ru_RU">
<meta property="og:title" content="{TITLE} - Центр информации">
<meta property="article:published_time" content="2021-04-16T04:00:00+00:00">
<meta property="og:image" content="https://ic24.kz/wp-content/uploads/2021/04/japan.jpg">{head}
</head><body class="post-template-default single single-post postid-45694">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Перейти к
содержимому</a><header id="masthead" class="site-header"><p class="site-title"><a
href="https://ic24.kz/">Центр информации</a></p><nav id="site-navigation"
class="primary-navigation"><ul class="menu-wrapper"><li class="menu-item"><a
href="https://ic24.kz/category/socium/">Социум</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-45694" class="post-45694 post type-post hentry category-socium entry">
<header class="entry-header alignwide"><h1 class="entry-title">{TITLE}</h1>
<figure class="post-thumbnail"><img src="https://ic24.kz/wp-content/uploads/2021/04/japan-1568x1045.jpg"
class="attachment-post-thumbnail wp-post-image" alt=""><figcaption class="wp-caption aligncenter">
Фото: gov.kz</figcaption></figure></header><div class="entry-content">
<p>{P[0]}</p><p>{P[1]}</p><figure class="wp-block-image size-large"><img
src="https://ic24.kz/wp-content/uploads/2021/04/embassy-1024x683.jpg" alt=""><figcaption>
Учредительное собрание в посольстве. Фото: mfa.gov.kz</figcaption></figure>
<p>{P[2]}</p><p>{P[3]}</p><p>Источник: КазТАГ</p>
<div class="sharedaddy sd-sharing-enabled"><div class="sd-block sd-social sd-sharing"><h3
class="sd-title">Поделиться:</h3><div class="sd-content"><ul><li class="share-facebook"><a
class="share-facebook sd-button share-icon" href="{URL}?share=facebook"><span>Facebook</span>
</a></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>
Похожее</em></h3><div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4
class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{KOREA}">Казахи в
Корее создали объединение</a></h4><p class="jp-relatedposts-post-date">10.04.2021</p></div>
</div></div></div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">
Опубликовано <time class="entry-date published" datetime="2021-04-16T10:00:00+06:00">16.04.2021
</time><time class="updated" datetime="2021-04-16T12:30:00+06:00">16.04.2021</time></span>
<span class="byline">Автор: <a href="https://ic24.kz/author/admin/" rel="author">admin</a>
</span></div><div class="post-taxonomies"><span class="cat-links">Рубрика: <a
href="https://ic24.kz/category/socium/" rel="category tag">Социум</a> </span><span
class="tags-links">Метки: <a href="https://ic24.kz/tag/yaponiya/" rel="tag">Япония</a>, <a
href="https://ic24.kz/tag/kazakhi/" rel="tag">казахи</a></span></div></footer></article>
<nav class="navigation post-navigation" aria-label="Записи"><div class="nav-links"><div
class="nav-previous"><a href="{PREV}" rel="prev"><p class="meta-nav">Предыдущая запись</p><p
class="post-title">{PREV_TITLE}</p></a></div><div class="nav-next"><a href="{NEXT}" rel="next">
<p class="meta-nav">Следующая запись</p><p class="post-title">{NEXT_TITLE}</p></a></div></div>
</nav></main></div><footer id="colophon" class="site-footer"><div class="powered-by">Сайт
работает на <a href="https://ru.wordpress.org/">WordPress</a>.</div></footer></div></body></html>"""


@pytest.mark.parametrize("head", [_yoast(), ""])
def test_wordpress_twenty_twenty_one(head: str) -> None:
    rec = _record(twenty_twenty_one(head))
    _common(rec)
    assert rec["published_at"] == "2021-04-16T10:00:00+06:00"
    assert rec["tags"] == ["Япония", "казахи"] and rec["category"] == "Социум"
    assert rec["photo_credit"] == "gov.kz" and rec["views"] is None
    assert rec["image_urls"] == ["https://ic24.kz/wp-content/uploads/2021/04/japan.jpg",
                                 "https://ic24.kz/wp-content/uploads/2021/04/embassy-1024x683.jpg"]
    assert _related(rec) == {KOREA: "Казахи в Корее создали объединение", PREV: PREV_TITLE,
                             NEXT: NEXT_TITLE}


def newspaper_theme() -> str:
    return f"""<!doctype html><html lang="ru-RU"><head><meta charset="UTF-8">
<title>{TITLE} | Центр информации</title></head><body class="single single-post td-standard-pack">
<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap"><div
class="td_data_time">Вторник, 1 декабря 2026</div><ul class="sf-menu"><li class="menu-item"><a
href="https://ic24.kz/category/socium/">Социум</a></li></ul></div>
<div class="td-main-content-wrap"><div class="td-pb-row"><div class="td-pb-span8 td-main-content"
role="main"><article id="post-45694" class="post-45694 post type-post category-socium">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a
href="https://ic24.kz/category/socium/">Социум</a></li></ul><header class="td-post-title"><h1
class="entry-title">{TITLE}</h1><div class="td-module-meta-info"><div class="td-post-author-name">
<div class="td-author-by">От</div> <a href="https://ic24.kz/author/admin/">admin</a></div>
<span class="td-post-date"><time class="entry-date updated td-module-date"
datetime="2021-04-16T10:00:00+06:00">16.04.2021</time></span><div class="td-post-comments"><a
href="{URL}#respond"><i class="td-icon-comments"></i>0</a></div><div class="td-post-views"><i
class="td-icon-views"></i><span class="td-nr-views-45694">683</span></div></div></header></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><a
href="https://ic24.kz/wp-content/uploads/2021/04/japan.jpg"><img class="entry-thumb"
src="https://ic24.kz/wp-content/uploads/2021/04/japan-696x464.jpg" alt=""></a><figcaption
class="wp-caption-text">Фото: gov.kz</figcaption></figure></div>{TEXT}
<p><strong>Источник:</strong> КазТАГ</p></div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>
ТЕГИ</span></li><li><a href="https://ic24.kz/tag/yaponiya/">Япония</a></li><li><a
href="https://ic24.kz/tag/kazakhi/">казахи</a></li></ul></div></footer>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title td-block-title"><a
class="td-related-left" href="#">СВЯЗАННЫЕ СТАТЬИ</a></h4><div class="td_block_inner"><div
class="td_module_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a
href="{KOREA}" rel="bookmark" class="td-image-wrap"><img class="entry-thumb"
src="https://ic24.kz/wp-content/uploads/2021/04/korea-218x150.jpg" alt=""></a></div><a
href="https://ic24.kz/category/socium/" class="td-post-category">Социум</a></div><div
class="item-details"><h3 class="entry-title td-module-title"><a href="{KOREA}" rel="bookmark">
Казахи в Корее создали объединение</a></h3></div></div></div></div></article></div></div></div>
<div class="td-footer-wrapper">© Центр информации 2021</div></div></body></html>"""


def test_wordpress_newspaper_theme() -> None:
    rec = _record(newspaper_theme())
    _common(rec)
    assert rec["published_at"] == "2021-04-16T10:00:00+06:00"
    assert rec["tags"] == ["Япония", "казахи"] and rec["category"] == "Социум"
    assert rec["photo_credit"] == "gov.kz" and rec["views"] == 683
    assert rec["image_urls"] == ["https://ic24.kz/wp-content/uploads/2021/04/japan.jpg"]


def test_a_related_card_linked_first_by_its_picture_takes_its_headline() -> None:
    rec = _record(newspaper_theme())
    assert rec["related"] == [{"url": KOREA, "id": "u45600",
                               "title": "Казахи в Корее создали объединение", "lang": "ru"}]


# --------------------------------------------------------------------------- Joomla
J4_NAV = (f'<a class="btn btn-sm btn-secondary previous" href="{PREV}" rel="prev"><span '
          f'class="visually-hidden">Предыдущий материал: {PREV_TITLE}</span><span '
          'class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Назад'
          f'</span></a><a class="btn btn-sm btn-secondary next" href="{NEXT}" rel="next"><span '
          f'class="visually-hidden">Следующий материал: {NEXT_TITLE}</span><span '
          'aria-hidden="true">Вперёд</span> <span class="icon-chevron-right" aria-hidden="true">'
          '</span></a>')
J3_NAV = (f'<a class="hasTooltip" title="{PREV_TITLE}" aria-label="Предыдущая статья: '
          f'{PREV_TITLE}" href="{PREV}" rel="prev"><span class="icon-chevron-left" '
          'aria-hidden="true"></span> <span aria-hidden="true">Назад</span></a><a '
          f'class="hasTooltip" title="{NEXT_TITLE}" aria-label="Следующая статья: {NEXT_TITLE}" '
          f'href="{NEXT}" rel="next"><span aria-hidden="true">Вперёд</span> <span '
          'class="icon-chevron-right" aria-hidden="true"></span></a>')


def joomla_page(nav: str) -> str:
    return f"""<!DOCTYPE html><html lang="ru-ru" dir="ltr"><head><meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>{TITLE}</title>
</head><body class="site com_content view-article"><header class="header container-header"><a
class="brand-logo" href="/">Центр информации</a><ul class="mod-menu nav"><li class="nav-item"><a
href="/socium">Социум</a></li></ul></header><main><div class="com-content-article item-page"
itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">
{TITLE}</h2></div><dl class="article-info text-muted"><dt class="article-info-term">Детали</dt>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>
Категория: <a href="/socium" itemprop="genre">Социум</a></dd><dd class="published"><span
class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2021-04-16T10:00:00+06:00"
itemprop="datePublished">Опубликовано: 16 апреля 2021</time></dd><dd class="hits"><span
class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount"
content="UserPageVisits:683">Просмотров: 683</dd></dl><ul class="tags list-inline"><li
class="list-inline-item tag-3 tag-list0" itemprop="keywords"><a href="/component/tags/tag/yaponiya"
class="btn btn-sm btn-info">Япония</a></li><li class="list-inline-item tag-4 tag-list1"
itemprop="keywords"><a href="/component/tags/tag/kazakhi" class="btn btn-sm btn-info">казахи</a>
</li></ul><figure class="left item-image"><img src="/images/news/japan.jpg" itemprop="image"
loading="lazy"><figcaption class="caption">Фото: gov.kz</figcaption></figure><div
itemprop="articleBody" class="com-content-article__body">{TEXT}<p>Источник: КазТАГ</p></div>
<nav class="pagenavigation" aria-label="Навигация по странице"><span class="pagination ms-0">{nav}
</span></nav></div></main><footer class="container-footer footer"><p>© 2021 Центр информации</p>
</footer></body></html>"""


@pytest.mark.parametrize("nav", [J4_NAV, J3_NAV])
def test_joomla_com_content(nav: str) -> None:
    rec = _record(joomla_page(nav))
    _common(rec)
    assert rec["published_at"] == "2021-04-16T10:00:00+06:00"
    assert rec["tags"] == ["Япония", "казахи"] and rec["category"] == "Социум"
    assert rec["photo_credit"] == "gov.kz" and rec["views"] == 683
    assert rec["image_urls"] == ["https://ic24.kz/images/news/japan.jpg"]


@pytest.mark.parametrize("nav", [J4_NAV, J3_NAV])
def test_a_neighbour_link_showing_only_back_or_forward_is_titled_by_what_it_says(nav: str) -> None:
    # Joomla's pagenavigation shows ``Назад``/``Вперёд``; the headline is in its note for
    # screen readers (4) or its aria-label (3)
    rec = _record(joomla_page(nav))
    assert _related(rec) == {PREV: PREV_TITLE, NEXT: NEXT_TITLE}


# --------------------------------------------------------------------------- Drupal
def test_drupal_article_node() -> None:
    html = f"""<!DOCTYPE html><html lang="ru" dir="ltr"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><title>{TITLE} | Центр
информации</title></head><body class="path-node page-node-type-article"><a href="#main-content"
class="visually-hidden focusable skip-link">Перейти к основному содержанию</a>
<header role="banner"><a href="/" rel="home" class="site-logo">Центр информации</a><nav
role="navigation"><h2 class="visually-hidden">Main navigation</h2><ul class="menu"><li
class="menu__item"><a href="/socium">Социум</a></li></ul></nav></header><main role="main">
<div class="block block-page-title-block"><h1 class="page-title"><span class="field
field--name-title field--type-string field--label-hidden">{TITLE}</span></h1></div>
<article data-history-node-id="45694" role="article" typeof="schema:Article" class="node
node--type-article node--view-mode-full"><footer class="node__meta"><div class="node__submitted">
<span class="field field--name-uid field--label-hidden"><span property="schema:name">admin</span>
</span><span property="schema:dateCreated" content="2021-04-16T04:00:00+00:00" class="rdf-meta
hidden"></span><span class="field field--name-created field--label-hidden">Пт, 16/04/2021 - 10:00
</span></div></footer><div class="node__content"><div class="field field--name-field-image
field--label-hidden field__item"><img property="schema:image" loading="lazy"
src="/sites/default/files/styles/large/public/2021-04/japan.jpg?itok=abcd1234" alt="{TITLE}"
class="image-style-large"></div><div property="schema:text" class="clearfix text-formatted field
field--name-body field--label-hidden field__item">{TEXT}<p>Источник: КазТАГ</p></div><div
class="field field--name-field-tags field--label-above clearfix"><h3 class="field__label">Метки
</h3><ul class="links field__items"><li><a href="/taxonomy/term/3">Япония</a></li><li><a
href="/taxonomy/term/4">казахи</a></li></ul></div><div class="field field--name-field-rubrika
field--label-inline clearfix"><div class="field__label">Рубрика</div><div class="field__item"><a
href="/taxonomy/term/7">Социум</a></div></div><div class="node__links"><ul class="links inline">
<li class="statistics-counter">683 просмотра</li></ul></div></div></article></main>
<footer class="site-footer"><h2>Последние новости</h2><div class="view view-frontpage"><div
class="views-row"><a href="/news/drugoe-u49000">Другая новость дня</a> <span>01.03.2023</span>
</div></div></footer></body></html>"""
    rec = _record(html)
    _common(rec)
    assert rec["published_at"] == "2021-04-16T10:00:00+06:00"
    assert rec["tags"] == ["Япония", "казахи"] and rec["category"] == "Социум"
    assert rec["photo_credit"] is None and rec["views"] == 683
    assert rec["image_urls"] == [
        "https://ic24.kz/sites/default/files/styles/large/public/2021-04/japan.jpg?itok=abcd1234"]
    assert [r["id"] for r in rec["related"]] == ["u49000"]


# --------------------------------------------------------------------------- Tilda
TILDA_BADGE = ('<div class="t-tildalabel" id="tildacopy"><a href="https://tilda.cc/?upm=1" '
               'class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div '
               'class="t-tildalabel__txtleft">Made on </div><div class="t-tildalabel__wrapimg">'
               '<img src="https://static.tildacdn.com/img/tildacopy.png" '
               'class="t-tildalabel__img"></div><div class="t-tildalabel__txtright">Tilda</div>'
               '</div></a></div>')


def tilda_page(badge: str = TILDA_BADGE) -> str:
    text = "<br /><br />".join([*P, "Источник: КазТАГ"])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:title" content="{TITLE}"><meta property="og:image"
content="https://static.tildacdn.com/tild3630-6231/japan.jpg"></head><body class="t-body">
<div id="allrecords" class="t-records" data-tilda-project-id="123" data-tilda-page-id="456">
<div id="rec1" class="r t-rec" data-record-type="257"><div class="t228"><a href="/"><img
src="https://static.tildacdn.com/tild/logo.png" class="t228__imglogo"></a><ul class="t228__list">
<li><a class="t-menu__link-item" href="/novosti">Новости</a></li></ul></div></div>
<div id="rec2" class="r t-rec" data-record-type="60"><div class="t050"><div class="t050__title
t-title t-title_xxl" field="title">{TITLE}</div><div class="t050__descr t-descr t-descr_xxs"
field="descr">16.04.2021 · Социум</div></div></div>
<div id="rec3" class="r t-rec" data-record-type="3"><div class="t107"><img class="t-img t-width"
src="https://static.tildacdn.com/tild3630-6231/japan.jpg" imgfield="img" alt=""><div
class="t107__title t-text t-text_xs">Фото: gov.kz</div></div></div>
<div id="rec4" class="r t-rec" data-record-type="106"><div class="t004"><div field="text"
class="t-text t-text_md">{text}</div></div></div>
<div id="rec5" class="r t-rec" data-record-type="56"><div class="t030__title t-title t-title_xs"
field="title">Читайте также</div></div><div id="rec6" class="r t-rec"><div class="t-feed"><a
href="{KOREA}" class="t-feed__link">Казахи в Корее создали объединение</a></div></div>
{badge}</div></body></html>"""


def test_tilda_page() -> None:
    rec = _record(tilda_page())
    _common(rec)
    assert rec["published_at"] == "2021-04-16T00:00:00+06:00"
    assert rec["category"] == "Социум" and rec["tags"] == [] and rec["views"] is None
    assert rec["photo_credit"] == "gov.kz"
    assert _related(rec) == {KOREA: "Казахи в Корее создали объединение"}


def test_the_platform_s_badge_is_no_photo() -> None:
    assert _record(tilda_page())["image_urls"] == [
        "https://static.tildacdn.com/tild3630-6231/japan.jpg"]
    # a photo in a link whose text is a sentence naming the platform stays
    link = ('<p><a href="https://static.tildacdn.com/tild/big.jpg"><img '
            'src="https://static.tildacdn.com/tild/second.jpg"></a></p>')
    rec = _record(tilda_page("").replace("<br /><br />Источник", f"{link}Источник"))
    assert "https://static.tildacdn.com/tild/big.jpg" in rec["image_urls"]


# --------------------------------------------------------------------------- Next.js
def next_page() -> str:
    state = {"props": {"pageProps": {"article": {
        "id": 45694, "title": TITLE, "publishedAt": "2021-04-16T04:00:00.000Z", "views": 683,
        "category": {"name": "Социум"}, "tags": [{"name": "Япония"}, {"name": "казахи"}],
        "image": {"url": "https://ic24.kz/media/japan.jpg", "credit": "gov.kz"}}}},
        "page": "/news/[slug]", "buildId": "abc"}
    shot = "/_next/image?url=%2Fmedia%2Fjapan.jpg&amp;w={}&amp;q=75"
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{TITLE} |
Центр информации</title></head><body><div id="__next"><header class="Header_header__a1B2c"><a
href="/">Центр информации</a><nav><a href="/category/socium">Социум</a></nav></header>
<main class="Article_main__Xy12z"><div class="Article_meta__q9"><a class="Article_category__k2"
href="/category/socium">Социум</a><span class="Article_date__p0">16 апреля 2021, 10:00</span>
<span class="Article_views__z8"><svg viewBox="0 0 24 24"><path d="M12 4.5"></path></svg>683
</span></div><h1 class="Article_title__3xYz">{TITLE}</h1><figure class="Article_figure__m1"><img
alt="{TITLE}" src="{shot.format(1200)}" srcset="{shot.format(640)} 1x, {shot.format(1200)} 2x">
<figcaption class="Article_caption__c3">Фото: gov.kz</figcaption></figure><div
class="Article_content__r5">{TEXT}<p>Источник: КазТАГ</p></div><div class="Article_tags__t6"><a
href="/tag/yaponiya">#Япония</a><a href="/tag/kazakhi">#казахи</a></div><section
class="Related_related__w2"><h2>Читайте также</h2><a href="/news/kazakhi-v-koree-u45600"><div
class="Card_card__e1"><div class="Card_title__f4">Казахи в Корее создали объединение</div></div>
</a></section></main></div><script id="__NEXT_DATA__" type="application/json">
{json.dumps(state, ensure_ascii=False)}</script></body></html>"""


def test_nextjs_portal_page() -> None:
    rec = _record(next_page())
    _common(rec)
    assert rec["published_at"] == "2021-04-16T10:00:00+06:00"
    assert rec["tags"] == ["Япония", "казахи"] and rec["category"] == "Социум"
    assert rec["photo_credit"] == "gov.kz" and rec["views"] == 683
    assert _related(rec) == {KOREA: "Казахи в Корее создали объединение"}


def test_an_image_optimiser_s_copy_is_the_photo_it_names() -> None:
    assert _record(next_page())["image_urls"] == ["https://ic24.kz/media/japan.jpg"]


def test_a_date_classed_beside_a_rubric_link_above_the_headline_dates_the_page() -> None:
    rec = _record(next_page())
    assert rec["extraction"]["published_at"] == "css:.<date class>"
    # beside a link to another story, a date is that card's
    card = next_page().replace('class="Article_category__k2"\nhref="/category/socium"',
                               'class="Article_category__k2"\nhref="/news/drugoe-u45001"')
    assert _record(card)["extraction"]["published_at"] != "css:.<date class>"
