"""Two things of a Wix blog post (kznews.extract.variants, kznews.sites.centerinform.anchors):
Wix's sized copies of one photo (``…/abc~mv2.jpg/v1/fill/w_740,h_493,al_c,q_85/abc~mv2.jpg``)
are one photo, kept at its largest; the post's tags in ``<nav aria-label="tags">`` under it
are its tags, not a menu's links. Both gave a second image_url and no tags."""

from __future__ import annotations

from kznews import article_from_html
from kznews.extract.variants import one_per_photo

URL = "https://ic24.kz/news/park-v-almaty-u49120"
MEDIA = "https://static.wixstatic.com/media/deb9fc_d046aa~mv2.jpg"


def sized(width: int) -> str:
    return f"{MEDIA}/v1/fill/w_{width},h_{width * 2 // 3},al_c,q_85/deb9fc_d046aa~mv2.jpg"


def page(extra: str = "", photo: bool = True, nav: str = "") -> str:
    text = "".join(f"<p>Абзац {i}: в парке высадили деревья, жители вышли на субботник.</p>"
                   for i in range(3))
    srcset = ", ".join(f"{sized(w)} {w}w" for w in (370, 740, 1480))
    figure = (f'<figure><wow-image><img src="{sized(740)}" srcset="{srcset}" width="740" '
              'height="493"></wow-image></figure>') if photo else ""
    return ('<html lang="ru"><head><title>Парк в Алматы</title>'
            f'<meta property="og:image" content="{sized(740)}"></head><body>'
            '<nav class="site-menu"><a href="/">Главная</a> <a href="/blog/tags/popular">'
            'Популярное</a></nav><article><h1>Парк в Алматы</h1>'
            f'<div data-id="content-viewer">{figure}<p>Алматы. 20 апреля. Центр информации - '
            f'Субботник прошёл в парке.</p>{text}</div>{nav}{extra}</article></body></html>')


def test_wix_sized_copies_are_one_photo_at_the_largest() -> None:
    assert one_per_photo([sized(740), sized(370), sized(1480)]) == [sized(1480)]
    assert one_per_photo([sized(740), MEDIA]) == [MEDIA]  # the file itself outranks its copies
    found = article_from_html(page(), URL)
    assert found is not None and found["image_urls"] == [sized(1480)]


def test_two_wix_photos_stay_two() -> None:
    other = sized(740).replace("d046aa", "e157bb")
    assert one_per_photo([sized(740), other]) == [sized(740), other]


def test_tags_in_a_nav_labelled_tags_are_the_posts_tags() -> None:
    nav = ('<nav aria-label="tags"><ul><li><a href="/blog/tags/almaty">Almaty</a></li>'
           '<li><a href="/blog/tags/astana">Astana</a></li></ul></nav>')
    found = article_from_html(page(nav=nav), URL)
    assert found is not None and found["tags"] == ["Almaty", "Astana"]


def test_a_menus_tag_link_is_still_no_tag() -> None:
    found = article_from_html(page(), URL)
    assert found is not None and found["tags"] == []
