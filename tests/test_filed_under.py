"""``Filed under:`` before tag links names the keywords, not the rubric.

Plone prints a news item's Subjects as ``<div id="category" class="documentByLine">Filed
under: <span><a class="link-category" rel="tag" href="/@@search?Subject%3Alist=X">X</a>
</span>, …</div>``: tags (``rel="tag"`` alone, a search by subject). WordPress's Genesis themes
print the same label before category links (``rel="category tag"``, ``/category/x/``): the
rubric. The links decide, and a block of several tag links never gives the rubric.
"""

from __future__ import annotations

from typing import Any

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/subbotnik-v-almaty-u49120"
TITLE = "В Алматы прошёл общегородской субботник"
TEXT = ("<p>Алматы. 20 апреля. Центр информации - В городе прошёл общегородской субботник, "
        "в нём участвовали тысячи жителей и сотрудники акимата.</p>"
        "<p>Аким города поблагодарил всех, кто вышел на уборку улиц, парков и скверов.</p>"
        "<p>Всего за день было высажено более пяти тысяч деревьев и кустарников.</p>")


def plone_filed(tags: tuple[str, ...]) -> str:
    links = ", ".join(f'<span><a class="link-category" rel="tag" '
                      f'href="/@@search?Subject%3Alist={t}">{t}</a></span>' for t in tags)
    return f'<div id="category" class="documentByLine">Filed under: {links}</div>'


def page(*, info: str, after: str = "") -> str:
    return (f'<html lang="ru"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
            f'<div id="portal-column-content"><article><h1 class="documentFirstHeading">{TITLE}'
            f'</h1><div class="news-info">{info}</div><div id="parent-fieldname-text">{TEXT}'
            f'</div>{after}</article></div></body></html>')


def record(html: str) -> dict[str, Any]:
    found = article_from_html(html, URL)
    assert found is not None
    return found


RUBRIC = '20 Апреля 2023 <a class="ic-rubric" href="/rubric/socium">Социум</a>'
TAGS = ("Алматы", "аким", "субботник")


def test_plone_keywords_are_no_rubric_the_info_line_rubric_wins() -> None:
    found = record(page(info=RUBRIC, after=plone_filed(TAGS)))
    assert found["category"] == "Социум"
    assert found["tags"] == list(TAGS)


@pytest.mark.parametrize("tags", [TAGS, ("молодёжь",)])
def test_plone_keywords_without_a_rubric_give_none(tags: tuple[str, ...]) -> None:
    found = record(page(info="20 Апреля 2023", after=plone_filed(tags)))
    assert found["category"] is None
    assert found["tags"] == list(tags)


@pytest.mark.parametrize("link", [
    '<a href="/tag/almaty/" rel="tag">Алматы</a>, <a href="/tag/akim/" rel="tag">аким</a>',
    '<a href="/tag/almaty/">Алматы</a>, <a href="/tag/akim/">аким</a>',
    '<a href="/?s=Алматы">Алматы</a>, <a href="/?s=аким">аким</a>',
])
def test_filed_under_tag_links_are_no_rubric(link: str) -> None:
    found = record(page(info="20 Апреля 2023", after=f"<p>Filed under: {link}</p>"))
    assert found["category"] is None


# --- guards: a rubric filed under the label stays the rubric


def test_genesis_filed_under_categories_beside_tagged_with() -> None:
    footer = ('<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">'
              'Filed Under: <a href="/category/society/" rel="category tag">Социум</a></span> '
              '<span class="entry-tags">Tagged With: <a href="/tag/almaty/" rel="tag">Алматы</a>'
              ', <a href="/tag/akim/" rel="tag">аким</a></span></p></footer>')
    found = record(page(info="20 Апреля 2023", after=footer))
    assert found["category"] == "Социум"


@pytest.mark.parametrize("link", [
    '<a href="/category/society/" rel="category tag">Социум</a>',
    '<a href="/society">Социум</a>',
    '<a href="/rubric/socium/" rel="category">Социум</a>',
])
def test_filed_under_a_category_link_is_the_rubric(link: str) -> None:
    found = record(page(info="20 Апреля 2023", after=f"<p>Filed under: {link}</p>"))
    assert found["category"] == "Социум"


def test_a_rubric_label_with_one_label_link_stays_the_rubric() -> None:
    """Blogger files the rubric as a label link (``rel="tag"``, ``/search/label/``): under
    ``Рубрика:`` it is the rubric."""
    line = '<p>Рубрика: <a href="/search/label/Социум" rel="tag">Социум</a></p>'
    found = record(page(info="20 Апреля 2023", after=line))
    assert found["category"] == "Социум"


def test_filed_under_strong_label_over_tag_links_in_the_date_row() -> None:
    """A broadcaster's date row (``<time>…</time><strong>Filed Under:</strong><span><a
    href="/tag/x/">…``): the label's links are the tags, the words ``Filed Under`` no rubric."""
    row = ('<section class="entry-date-and-tags"><time class="post-date">April 20, 2023 at 9:45 am'
           '</time><div class="metadata"><strong>Filed Under:</strong><span><a href="/tag/almaty/">'
           'Алматы</a>, <a href="/tag/akim/">аким</a>, <a href="/tag/subbotnik/">субботник</a>'
           '</span></div></section>')
    found = record(page(info=row))
    assert found["category"] is None
