"""An info line is the line of date, views, rubric and tags in whatever order, any of them
missing: one that opens with the view counter and holds no date (the date printed above the
headline) still has its tags, the links in an element of it classed as tags."""

from __future__ import annotations

from kznews import article_from_html

URL = "https://h.kz/ru/news/tovary-s-zarubezhnykh-ploshchadok-budut-deklarirovat-u53521"
H1 = "Товары с зарубежных торговых площадок будут подлежать декларированию"
P1 = "Алматы. 21 ноября. Центр информации - Товары с зарубежных площадок будут декларировать."
P2 = "В мероприятии приняли участие представители государственных органов и бизнеса."
P3 = "Подробности можно узнать на официальном сайте ведомства и по телефону горячей линии."


def _record(above: str, info: str) -> dict[str, object]:
    html = (f'<html lang="ru"><head><title>{H1}</title></head><body><div class="container">'
            f'<div class="news-detail">{above}<h1 class="news-title">{H1}</h1>{info}'
            f'<div class="rte"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></div>'
            '</body></html>')
    rec = article_from_html(html, URL, listing_date="2024-11-21", today="2024-11-22")
    assert rec is not None
    return rec


STAMP = '<div class="news-meta"><span class="date">21.11.2024 20:23</span></div>'


def test_an_umbraco_info_line_opening_with_the_eye_keeps_its_tags() -> None:
    info = ('<div class="news-info"><span class="news-views"><i class="fa fa-eye"></i> 544'
            '</span> <a class="news-rubric" href="/novosti?rubric=Политика">Политика</a> '
            '<span class="news-tags"><a href="/search?tag=аким">аким</a></span></div>')
    rec = _record(STAMP, info)
    assert rec["tags"] == ["аким"]
    assert rec["category"] == "Политика" and rec["views"] == 544
    assert str(rec["published_at"]).startswith("2024-11-21T20:23")


def test_a_list_info_line_without_a_date_keeps_its_tags() -> None:
    # another CMS: the line a list, the tags a list of their own in it, search links
    info = ('<ul class="article-meta"><li class="views">1 204</li>'
            '<li class="rubric-item"><a href="/novosti?rubric=economy">Экономика</a></li>'
            '<li><ul class="post__tags"><li><a href="/?s=бюджет">бюджет</a></li>'
            '<li><a href="/?s=налоги">налоги</a></li></ul></li></ul>')
    rec = _record(STAMP, info)
    assert rec["tags"] == ["бюджет", "налоги"]


def test_the_same_line_with_its_date_keeps_its_tags() -> None:
    info = ('<div class="news-info"><span class="news-date">21 Ноября 2024</span> '
            '<span class="news-views"><i class="fa fa-eye"></i> 544</span> '
            '<a class="news-rubric" href="/novosti?rubric=Политика">Политика</a> '
            '<span class="news-tags"><a href="/search?tag=аким">аким</a>, '
            '<a href="/search?tag=бюджет">бюджет</a></span></div>')
    rec = _record("", info)
    assert rec["tags"] == ["аким", "бюджет"] and rec["category"] == "Политика"


def test_a_line_without_a_box_of_tags_has_none() -> None:
    # the rubric's link and the counter are no tags; nor is a link in the rubric's box
    info = ('<div class="news-info"><span class="news-views"><i class="fa fa-eye"></i> 544'
            '</span> <span class="category tags"><a href="/novosti?rubric=Политика">Политика'
            '</a></span></div>')
    rec = _record(STAMP, info)
    assert not rec["tags"]


def test_a_byline_in_an_article_classed_by_its_rubric_is_no_tag() -> None:
    # Ghost classes the whole article ``tag-<rubric>``: that names no box of tags
    html = (f'<html lang="ru"><head><title>{H1}</title></head><body>'
            f'<article class="article post tag-politika"><header class="article-header">'
            f'<h1>{H1}</h1><div class="post-full-byline"><a href="/author/staff/">Редакция</a>'
            ' &bull; <span class="byline-reading-time">3 min read</span></div></header>'
            f'<section class="gh-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></section>'
            '</article></body></html>')
    rec = article_from_html(html, URL, listing_date="2024-11-21", today="2024-11-22")
    assert rec is not None and not rec["tags"]
