"""Tag links that name the tag in a query are tags (kznews.sites.centerinform.taxonomy).

Liferay's asset tags summary under a web content article links each tag to a search by it
(``/search?tag=село``; its public render parameter ``?p_r_p_tag=село`` on a portal page, 6.2's
``?p_r_p_564233524_tag=``), and WordPress's plain permalinks do (``/?tag=село``): the
tag-shaped URLs (``/tag/x``) missed them, and a story whose tags showed only there had none.
Liferay keeps tag names in lower case, so an info line printing the same tags as the editor
typed them (``Алматы, аким``) is read first; the links are its tags where it prints none. A
sidebar's cloud of such links, or a box of them under a heading of its own (``Популярные
теги``), is no story's tags.
"""

from __future__ import annotations

from urllib.parse import quote

from kznews import article_from_html

URL = "https://ic24.kz/news/zasedanie-soveta-u51506"
TEXT = "".join(f"<p>Абзац {i}: заседание совета прошло в столице, участники обсудили планы.</p>"
               for i in range(3))
INFO = '<span class="date">29 Февраля 2024</span> <span class="eye">5642</span> Социум'


def links(names: list[str], form: str = "/search?tag={}") -> str:
    return "".join(f'<span class="label"><a href="{form.format(quote(n))}"><span '
                   f'class="label-item">{n}</span></a></span> ' for n in names)


def page(info: str = INFO, after: str = "", aside: str = "") -> str:
    return ('<html lang="ru"><head><title>Заседание совета</title></head><body>'
            '<div class="row"><div class="col-md-8"><div class="journal-content-article">'
            '<h1 class="news-title">Заседание совета</h1>'
            f'<div class="news-info">{info}</div><div class="news-body">'
            '<p>Астана. 29 февраля. Центр информации - Заседание прошло в столице.</p>'
            f'{TEXT}</div></div><div class="content-metadata"><div class="asset-tags">{after}'
            f'</div></div></div><aside class="col-md-4 sidebar"><h2>Теги</h2>{aside}</aside>'
            "</div></body></html>")


def tags(html: str) -> list[str]:
    found = article_from_html(html, URL)
    assert found is not None
    return list(found["tags"])


def test_search_links_by_tag_are_the_tags() -> None:
    assert tags(page(after=links(["село", "туризм"]))) == ["село", "туризм"]
    assert tags(page(after=links(["село"], "/novosti?p_r_p_tag={}"))) == ["село"]
    assert tags(page(after=links(["село"], "/web/guest/search?p_r_p_564233524_tag={}"))) == \
        ["село"]
    assert tags(page(after=links(["село", "туризм"], "/?tag={}"))) == ["село", "туризм"]


def test_the_info_line_spells_the_tags_it_prints() -> None:
    """The guard: the info line's tags (as typed) stay the tags beside their lower-cased
    links, and a page with neither has none."""
    info = INFO + " Алматы, аким"
    assert tags(page(info, links(["алматы", "аким"]))) == ["Алматы", "аким"]
    assert tags(page()) == []


def test_a_sidebar_cloud_of_search_links_is_no_tags() -> None:
    cloud = links(["экология", "транспорт", "бюджет"])
    assert tags(page(aside=cloud)) == []
    assert tags(page(after=f'<div class="box"><h4>Популярные теги</h4>{cloud}</div>')) == []


def test_a_whole_cloud_of_search_links_under_a_plain_label_is_no_tags() -> None:
    """A site's whole tag cloud in the main column, under a label that is no heading element
    (``<blockquote class="titulo">Tags</blockquote>``: a real portal printed 109 such links on
    every story) is no story's tags; a dozen links are still tags."""
    def cloud(names: list[str]) -> str:
        return ('<div class="well"><blockquote class="titulo">Tags</blockquote><ul>' + "".join(
            f'<li><a class="label" href="/noticias.php?tag={quote(n)}">{n}</a></li>'
            for n in names) + "</ul></div>")

    names = [f"тема {i}" for i in range(40)]
    assert tags(page(after=cloud(names))) == []
    assert tags(page(after=cloud(names[:12]))) == names[:12]
