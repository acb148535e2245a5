"""Fields a page marks by attribute, class name or icon instead of a label (script-rendered
portals with hashed classes, newsletter layouts, AMP): each rule on a small page of its own."""

from __future__ import annotations

from datetime import datetime

from kznews import article_from_html
from kznews import processors as P

URL = "http://h/news/v-astane-otkryli-shkolu-u51001"
H1 = "В Астане открыли новую школу"
P1 = "В Астане открыли новую школу на тысячу двести мест, сообщает пресс-служба акимата."
P2 = "В здании есть бассейн, спортивный зал и лаборатории для уроков физики и химии."
P3 = "До конца года в столице планируют открыть ещё четыре школы такого же проекта."
TEXT = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
# 2024-05-14 09:35 in Almaty (UTC+5 since March 2024)
STAMP = int(datetime(2024, 5, 14, 9, 35, tzinfo=P.ALMATY).timestamp())


def _page(meta: str, above: str = "", after: str = "", text: str = TEXT, head: str = "") -> str:
    """A script-rendered page: hashed classes, no JSON-LD, no date but what ``meta`` gives."""
    return (f'<html lang="ru"><head><title>{H1}</title>{head}</head><body><div id="app">'
            '<header class="hd_x1"><a href="/">Главная</a></header><main class="jsx-81f2">'
            f'{above}<h1 class="jsx-2c1a">{H1}</h1><div class="jsx-9d0e">{meta}</div>'
            f'<div class="jsx-77ab">{text}</div>{after}</main></div></body></html>')


def _record(html: str, listing: str = "2024-05-14") -> dict[str, object]:
    rec = article_from_html(html, URL, listing_date=listing, today="2024-06-01")
    assert rec is not None
    return rec


def test_unix_timestamp_of_a_date_element_is_the_moment() -> None:
    want = "2024-05-14T09:35:00+05:00"
    for meta in (f'<time data-unix="{STAMP}" class="jsx-1">2 недели назад</time>',
                 f'<span class="meta-date" data-date="{STAMP * 1000}">2 weeks ago</span>',
                 f'<p><span>Жарияланды</span> <span data-ts="{STAMP}">2 апта бұрын</span></p>'):
        rec = _record(_page(meta))
        assert (rec["published_at"], rec["published_date_precision"]) == (want, "minute"), meta
    # the change comes first and carries a timestamp of its own; an id is no moment
    later = STAMP + 86_400
    both = (f'<div><span>Обновлено</span> <time data-timestamp="{later}">вчера</time></div>'
            f'<div><span>Опубликовано</span> <time data-timestamp="{STAMP}">2 недели назад</time>'
            '</div>')
    assert _record(_page(both))["published_at"] == want
    for meta in (f'<time data-timestamp="{later}" class="updated-at">вчера</time>',
                 '<time data-time="51001">2 недели назад</time>',
                 f'<div data-timestamp="{STAMP}" class="jsx-5">2 недели назад</div>'):
        assert _record(_page(meta))["published_at"] == "2024-05-14T00:00:00+05:00", meta


def test_rubric_link_on_its_own_line_above_the_headline() -> None:
    chip = '<a class="sc-bdfBwQ kLmnOp" href="/rubrics/7">Образование</a>'
    assert _record(_page("", above=chip))["category"] == "Образование"
    # a menu of rubrics above the headline names no rubric of the article
    menu = ('<ul class="jsx-11"><li><a href="/rubrics/1">Политика</a></li>'
            '<li><a href="/rubrics/2">Спорт</a></li></ul>')
    assert _record(_page("", above=menu))["category"] is None


def test_icon_before_a_bare_count_is_the_view_count() -> None:
    views = '<span class="jsx-3"><svg viewBox="0 0 24 24"><path d="M0 0"/></svg>4,7 мың</span>'
    assert _record(_page(views))["views"] == 4700
    # two bare counts: only the one whose icon says it counts views
    like = '<span class="jsx-4"><svg class="ic-heart"></svg>12</span>'
    two = '<span class="jsx-3"><svg></svg>1 250</span><span class="jsx-4"><svg></svg>18</span>'
    eye = '<span class="jsx-3"><i class="icon-eye"></i>1 250</span><span><svg></svg>18</span>'
    assert _record(_page(like))["views"] is None
    assert _record(_page(two))["views"] is None
    assert _record(_page(eye))["views"] == 1250
    titled = ('<span class="jsx-3"><svg><title>Просмотры</title></svg>980</span>'
              '<span class="jsx-4"><svg></svg>18</span>')
    assert _record(_page(titled))["views"] == 980
    # an italic number is no icon before a count
    assert _record(_page('<span class="jsx-3"><i>2024</i></span>'))["views"] is None


def test_embedded_posts_counter_is_not_the_articles() -> None:
    post = ('<div class="tgme_widget_message_wrap"><div class="tgme_widget_message">'
            '<div class="tgme_widget_message_text">Новость дня в нашем канале.</div>'
            '<span class="tgme_widget_message_views">12.3K</span></div></div>')
    rec = _record(_page("", text=f"<p>{P1}</p>{post}<p>{P2}</p><p>{P3}</p>"))
    assert rec["views"] is None


def test_like_and_comment_counts_are_not_views() -> None:
    counts = ('<div class="byline">Айгерим Сарсенова</div><div class="post-date">14 мая 2024 г.'
              '</div><div class="reactions-bar"><a class="like-button"><span>17</span></a>'
              '<a class="comment-button"><span>3</span></a></div>')
    rec = _record(_page(counts))
    assert rec["views"] is None and rec["published_at"] == "2024-05-14T00:00:00+05:00"


def test_a_suffixed_count_in_the_info_line_is_no_rubric_or_tag() -> None:
    for shown, count in (("8,5 тыс.", 8500), ("1.3K", 1300), ("2,1 мың", 2100)):
        info = P.parse_info_line(f"14 мая 2024 {shown}")
        assert info is not None and (info.views, info.category, info.tags) == (count, None, [])
    crumbs = ('<nav class="crumbs-x"><a href="/">Главная</a> › <a href="/r/3">Образование</a>'
              '</nav>')
    rec = _record(_page("<span>14 мая 2024</span> <span>8,5 тыс.</span>", above=crumbs))
    assert (rec["category"], rec["tags"], rec["views"]) == ("Образование", [], 8500)


def test_rubric_and_tags_named_by_the_links_class() -> None:
    above = '<a class="article-section" href="/s/education">Образование</a>'
    after = ('<div class="jsx-tp"><a class="topic-link" href="/t/1">школы</a>'
             '<a class="topic-link" href="/t/2">Астана</a></div>')
    rec = _record(_page("", above=above, after=after))
    assert (rec["category"], rec["tags"]) == ("Образование", ["школы", "Астана"])
    assert rec["extraction"]["tags"] == "css:a.topic-link"  # type: ignore[index]
    # labelled ``Темы:`` too: the label's rule comes first in the chain, with the same tags
    labelled = after.replace('<div class="jsx-tp">', '<div class="jsx-tp"><span>Темы:</span> ')
    rec = _record(_page("", above=above, after=labelled))
    assert (rec["category"], rec["tags"]) == ("Образование", ["школы", "Астана"])
    assert rec["extraction"]["tags"] == "text:field-label"  # type: ignore[index]


def test_amp_img_is_an_image_and_its_fallback_no_other() -> None:
    figure = ('<figure><amp-img src="/img/school-1.jpg" srcset="/img/school-1.jpg 1200w, '
              '/img/school-1-640.jpg 640w" width="1200" height="675" layout="responsive">'
              '<noscript><img src="/img/school-1.jpg"></noscript></amp-img></figure>')
    second = ('<amp-img src="/img/school-2.jpg" width="800" height="450">'
              '<noscript><img src="/img/placeholder.jpg"></noscript></amp-img>')
    og = '<meta property="og:image" content="http://h/img/school-1.jpg">'
    rec = _record(_page(figure, head=og, text=f"<p>{P1}</p>{second}<p>{P2}</p><p>{P3}</p>"))
    assert rec["image_urls"] == ["http://h/img/school-1.jpg", "http://h/img/school-2.jpg"]
