"""An info line without a date gives the links of its element classed as tags; a site's tag
cloud next to it (``<div class="popular-tags">``, a box with its own heading ``<h4>Популярные
теги</h4>``) is not the article's tags. (A box classed plainly ``tags`` is the outlet's own
``.tags a`` rule's, older than the info line's reading.)"""

from __future__ import annotations

import pytest

from kznews import article_from_html
from tests.eightythirdsite import site

OWN = '<span class="news-tags"><a href="/search?tag=аким">аким</a></span>'
CLOUD_HEADED = ('<div class="news-tags"><h4>Популярные теги</h4><a href="/search?tag=Алматы">Алматы'
                '</a> <a href="/search?tag=выборы">выборы</a></div>')
CLOUD_CLASSED = ('<div class="popular-tags"><a href="/search?tag=Алматы">Алматы</a> '
                 '<a href="/search?tag=выборы">выборы</a></div>')


def _page() -> tuple[str, str]:
    """An Umbraco copy's page with its date above the headline: the info line has none."""
    art = next(a for a in site.CATALOGUE.build()
               if a.dev == "numeric_date" and a.tags == ["аким"] and a.lang == "ru")
    status, _, body = site.route(art.path, "127.0.0.1:1")
    assert status == 200
    html = body.decode("utf-8") if isinstance(body, bytes) else body
    assert OWN in html
    return html, "https://ic24.kz" + art.path


def test_the_info_lines_own_tags_box_gives_the_tags() -> None:
    html, url = _page()
    record = article_from_html(html, url)
    assert record is not None and record["tags"] == ["аким"]


@pytest.mark.parametrize("cloud", [CLOUD_HEADED, CLOUD_CLASSED], ids=["headed", "classed"])
@pytest.mark.parametrize("where", ["after-the-line", "in-the-sidebar"])
def test_a_tag_cloud_by_the_info_line_is_no_tags(cloud: str, where: str) -> None:
    html, url = _page()
    html = html.replace(OWN, "")
    if where == "after-the-line":  # a widget between the info line and the text
        html = html.replace('</div><div class="umb-grid">', f'</div>{cloud}<div class="umb-grid">',
                            1)
    else:
        html = html.replace('<div class="news-latest">', f'{cloud}<div class="news-latest">', 1)
    assert cloud in html
    record = article_from_html(html, url)
    assert record is not None and record["tags"] == [], record["tags"]
