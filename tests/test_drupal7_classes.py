"""Drupal 7's own class names on an article page: ``node-promoted`` is the article's node
(promoted to the front page), not a promo box or an ad slot; a menu item's ``active-trail``
(the item on the way to the page) is no breadcrumb trail."""

from __future__ import annotations

from kznews import article_from_html

URL = "http://h/news/v-almaty-otkryli-novyy-park-u51020"
TITLE = "В Алматы открыли новый парк"
P1 = "В Алматы в Наурызбайском районе открыли новый парк площадью двенадцать гектаров."
P2 = "В парке высадили более трёх тысяч деревьев и проложили велосипедные дорожки."
P3 = "Ещё два парка откроют до конца года, сообщили в акимате города."
MENU = ('<ul id="main-menu-links" class="links clearfix"><li class="menu-218 first">'
        '<a href="/">Главная</a></li><li class="menu-412 active-trail"><a href="/novosti" '
        'class="active-trail">Новости</a></li><li class="menu-519"><a href="/o-centre">'
        'О центре</a></li><li class="menu-520 last"><a href="/kontakty">Контакты</a></li></ul>')


def _page(node_class: str, content: str = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>",
          before: str = "") -> str:
    return (f'<html xml:lang="ru"><head><title>{TITLE} | Центр информации</title></head>'
            '<body class="html not-front one-sidebar sidebar-first page-node node-type-article">'
            f'<div id="header"><div id="main-menu" class="navigation">{MENU}</div></div>{before}'
            f'<div id="content" class="column"><h1 class="title" id="page-title">{TITLE}</h1>'
            f'<div id="node-51020" class="{node_class}" about="/news/x-u51020" '
            'typeof="sioc:Item foaf:Document"><div class="meta submitted"><span '
            'property="dc:date dc:created" content="2024-06-03T10:15:00+05:00" '
            'datatype="xsd:dateTime">Опубликовано пользователем admin в Пн, 03/06/2024 - 10:15'
            '</span></div><div class="content clearfix"><div class="field field-name-body '
            'field-type-text-with-summary field-label-hidden"><div class="field-items"><div '
            f'class="field-item even" property="content:encoded">{content}</div></div></div>'
            "</div></div></div></body></html>")


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


def test_drupal7_promoted_node_is_the_article() -> None:
    rec = _record(_page("node node-article node-promoted view-mode-full clearfix"))
    assert rec["body"] == "\n\n".join([P1, P2, P3])
    assert rec["published_at"] == "2024-06-03T10:15:00+05:00"


def test_promoted_boxes_stay_furniture_and_other_promoted_nodes_the_article() -> None:
    """Guard: a promoted (sponsored) box between the paragraphs is still passed over; Drupal
    8's ``node--promoted`` and a node not promoted are the article as before."""
    ad = "Ипотека под 5% для молодых семей — оформите заявку за десять минут!"
    for box in (f'<div class="promoted-content"><p>{ad}</p></div>',
                f'<div class="promoted"><p>{ad}</p></div>',
                f'<div class="promo-block"><p>{ad}</p></div>'):
        rec = _record(_page("node node-article view-mode-full",
                            f"<p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p>"))
        assert rec["body"] == "\n\n".join([P1, P2, P3]), box
    for cls in ("node node--type-article node--promoted", "node node-article view-mode-full"):
        assert _record(_page(cls))["body"] == "\n\n".join([P1, P2, P3]), cls


CRUMBS = ('<div id="breadcrumb"><div class="breadcrumb"><a href="/">Главная</a> » '
          '<a href="/taxonomy/term/7">Экология</a></div></div>',
          '<ol class="trail"><li><a href="/">Главная</a></li><li>'
          '<a href="/ekologiya">Экология</a></li></ol>')


def test_menu_active_trail_is_no_breadcrumb() -> None:
    """The menu's item on the way to the page names no rubric; the page's own trail after
    that menu does."""
    assert _record(_page("node node-article view-mode-full"))["category"] is None
    for crumbs in CRUMBS:
        rec = _record(_page("node node-article view-mode-full", before=crumbs))
        assert rec["category"] == "Экология", crumbs


def test_marked_breadcrumb_names_the_rubric() -> None:
    """Guard: with no active trail in the menu, a trail classed ``breadcrumb`` or ``trail``
    gives the rubric as before."""
    for crumbs in CRUMBS:
        page = _page("node node-article view-mode-full", before=crumbs)
        rec = _record(page.replace(" active-trail", "").replace(' class="active-trail"', ""))
        assert rec["category"] == "Экология", crumbs
