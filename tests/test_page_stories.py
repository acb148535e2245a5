"""A page printing several stories in full (an endless feed): only the page's own story gives
the record's fields; the others are related links (``kznews/extract/stories.py``)."""

from __future__ import annotations

from lxml import html as lhtml

from kznews import article_from_html
from kznews.extract import stories

URL = "http://h/news/v-astane-otkryli-muzey-u61200"
OWN = ["В Астане открыли новый музей современного искусства, сообщает Kazinform.",
       "Экспозиция займёт два этажа бывшего здания библиотеки в центре города."]
NEXT = ["Almaty students won the regional robotics contest, Tengrinews reports today.",
        "The team of six built a rover that sorted waste faster than any other entry.",
        "The final round will be held in Astana in the autumn with teams from all regions.",
        "Organisers say the number of entries has doubled since the contest began."]


def _own_box(tag: str, attrs: str, heading: str = "h1") -> str:
    paras = "".join(f"<p>{p}</p>" for p in OWN)
    return (f'<{tag} {attrs}><{heading}>В Астане открыли новый музей</{heading}>'
            '<div class="info">12.03.2024 10:15</div>'
            f'<div class="text">{paras}</div></{tag}>')


def _next_box(tag: str, attrs: str, heading: str = "h2") -> str:
    paras = "".join(f"<p>{p}</p>" for p in NEXT)
    return (f'<{tag} {attrs}><a class="rubric-link" href="/rubric/education">Education</a>'
            f'<{heading}><a href="/news/almaty-students-win-u61188">Almaty students win '
            f'robotics contest</a></{heading}><div class="info">Views: 4821</div>'
            '<figure><img src="/media/u61188.jpg"><figcaption>Photo: edu.kz</figcaption></figure>'
            f'<div class="text">{paras}<p>Source: Tengrinews</p></div>'
            '<div class="tags">Tags: <a href="/tag/robots">robots</a>, '
            f'<a href="/tag/students">students</a></div></{tag}>')


def _page(boxes: str, title: str = "В Астане открыли новый музей") -> str:
    return (f'<html lang="ru"><head><title>{title} | Центр информации</title></head><body>'
            '<header class="site-header"><a href="/">Центр информации</a></header>'
            f'<main class="feed">{boxes}</main><footer>© 2024</footer></body></html>')


def _record(page: str) -> dict[str, object]:
    rec = article_from_html(page, URL)
    assert rec is not None
    return rec


def _only_own(rec: dict[str, object]) -> None:
    assert rec["body"] == "\n\n".join(OWN)
    assert rec["lang"] == "ru" and rec["source"] == "Kazinform"
    assert rec["views"] is None and rec["photo_credit"] is None
    assert rec["category"] is None and rec["tags"] == []
    assert rec["image_urls"] == []
    related = rec["related"]
    assert isinstance(related, list) and [r["id"] for r in related] == ["u61188"]


def test_other_stories_marked_by_id_give_no_field() -> None:
    marks = [('data-id="u61200"', 'data-id="u61188"'),
             ('data-article-id="61200"', 'data-article-id="61188"'),
             ('id="post-61200"', 'id="post-61188"'),
             ('id="article-u61200"', 'id="article-u61188"')]
    for own, other in marks:
        for tag in ("article", "div"):
            page = _page(_own_box(tag, f'class="story" {own}') +
                         _next_box(tag, f'class="story story--next" {other}'))
            _only_own(_record(page))


def test_own_story_found_by_id_wherever_it_is_printed() -> None:
    # the requested story below an older one, both headed by an h1: the id tells
    page = _page(_next_box("article", 'data-post-id="61188"', "h1") +
                 _own_box("article", 'data-post-id="61200"'))
    _only_own(_record(page))


def test_unmarked_repeated_blocks_own_is_the_one_with_the_pages_title() -> None:
    page = _page(_own_box("div", 'class="news-full"') + _next_box("div", 'class="news-full"'))
    _only_own(_record(page))
    # the same without ids, as <article>s: the one headed by the page's title
    page = _page(_next_box("article", 'class="entry"', "h1") +
                 _own_box("article", 'class="entry"'))
    _only_own(_record(page))


def _foreign(page: str) -> list[str]:
    top = lhtml.document_fromstring(page)
    return [box.get("class") or "" for box in stories.foreign(page, top, "u61200")]


def test_cards_and_a_single_story_are_left_alone() -> None:
    card = ('<article class="card"><h3><a href="/news/x-u61100">Other news</a></h3>'
            "<p>A short lead of another story.</p></article>")
    single = _page(_own_box("article", 'class="story"') + f'<aside class="sidebar">{card * 4}'
                   "</aside>")
    assert _foreign(single) == []
    assert _record(single)["body"] == "\n\n".join(OWN)
    # a column of links beside the story's column, both unclassed blocks: no story
    links = "".join(f'<li><a href="/news/x-u611{k:02d}">{NEXT[k % 4]}</a></li>' for k in range(8))
    columns = _page(f"<div>{_own_box('div', 'class=story')}</div>"
                    f"<div><h2>Популярное</h2><ul>{links}</ul></div>")
    assert _foreign(columns) == []
    two = _page(_own_box("article", 'class="story" data-id="u61200"') +
                _next_box("article", 'class="story" data-id="u61188"'))
    assert _foreign(two) == ["story"]
