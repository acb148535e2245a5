"""Boxes whose classes hold a furniture word but that hold the article's text.

Found on news pages of other outlets (and a US date shape, the time and its zone first): a
WordPress post's box names its categories and terms (``category-…-promotion``,
``fact_check_rating-…``), Elementor calls every block a widget, Blogger's posts are its
``widget Blog``, a column "with sidebar" or a sticky-column script's wrapper holds the text
beside the sidebar, and ``non-ad-column`` says it is not an ad. Each used to make the whole
text furniture and the page was dropped ("no body found").
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kznews import article_from_html
from kznews.extract.layout import kind_of
from kznews.processors.stamps import date_stamp

URL = "https://ic24.kz/en/news/new-library-opens-in-karaganda-u47311"
TITLE = "A new library opens in Karaganda"
PARAS = [
    "The regional library in Karaganda reopened after a year of reconstruction, the culture "
    "department said on Thursday.",
    "Twelve thousand books were added to its collection, and the reading rooms now have "
    "computers with access to the electronic catalogues.",
    "Four more district libraries of the region will be modernised in the same way next year.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAS)


def page(body: str) -> str:
    return f"""<html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="article:published_time" content="2022-03-03T10:15:00+06:00"></head>
<body><div class="menu"><a href="/">Home</a></div>
{body}
<aside class="sidebar"><h3>Latest</h3><ul>
<li><a href="/en/news/other-story-u47300">Another story of the day about the weather</a></li>
</ul></aside></body></html>"""


@pytest.mark.parametrize("body", [
    # WordPress's post_class(): a category whose slug holds "promotion"
    f'<article class="post type-post status-publish hentry category-city-promotion">'
    f'<h1>{TITLE}</h1><div class="entry-content">{TEXT}</div></article>',
    # a custom taxonomy's term holding "rating"
    f'<article class="fact_check type-fact_check status-publish fact_check_rating-false">'
    f'<h1>{TITLE}</h1><div class="story">{TEXT}</div></article>',
    # Elementor: every block is a widget
    f'<h1>{TITLE}</h1><div class="elementor-widget elementor-widget-theme-post-content">'
    f'<div class="elementor-widget-container">{TEXT}</div></div>',
    # Blogger's box of the posts
    f'<div class="widget Blog" id="Blog1"><h1>{TITLE}</h1><div class="post-body">{TEXT}'
    f'</div></div>',
    # the text's column of a page with a sidebar
    f'<div class="container container-single site_sidebar"><div class="theiaStickySidebar">'
    f'<h1>{TITLE}</h1><div class="story">{TEXT}</div></div></div>',
    f'<div class="content-with-sidebar-wrp"><h1>{TITLE}</h1><div class="story">{TEXT}</div>'
    f'</div>',
    f'<div class="l-sidebar-fixed l-article-body-segment"><h1>{TITLE}</h1>'
    f'<div class="story">{TEXT}</div></div>',
    # said not to be an ad
    f'<section class="non-ad-column"><h1>{TITLE}</h1><div class="story">{TEXT}</div></section>',
    # a script's hook keeping the address bar on the story scrolled to
    f'<article class="article__content-well js-revarticle url-breadcrumb is-active"><h1>{TITLE}'
    f'</h1><div class="article__body">{TEXT}</div></article>',
    # the page's wrapper, named for the ads around it
    f'<div id="wrapper" class="margin_top_10 ad_body"><h1>{TITLE}</h1><div>{TEXT}</div></div>',
], ids=["wp-category", "wp-term", "elementor", "blogger", "sticky-column", "with-sidebar",
        "sidebar-fixed-layout", "non-ad", "url-breadcrumb", "ad-body"])
def test_a_box_whose_classes_only_hold_a_furniture_word_keeps_its_text(body: str) -> None:
    record = article_from_html(page(body), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(PARAS)


@pytest.mark.parametrize("cls, kind", [
    ("elementor-widget elementor-widget-share-buttons", "noise"),
    ("elementor-widget-wp-widget-recent-posts", "noise"),
    ("widget PopularPosts", "boundary"),
    ("widget HTML", "noise"),
    ("penci-sidebar-right penci-sidebar-content", "boundary"),
    ("sidebar", "boundary"),
    ("ad-column", "noise"),
    ("related-posts category-news", "boundary"),
    ("promo category-news", "noise"),
    ("footer-with-links", "boundary"),
    ("related-with-images", "boundary"),
    ("widget-area post-content-sidebar sidebar", "boundary"),
    ("breadcrumbs", "noise"),
    ("ad-text", "noise"),
    ("ad_body", None),
    ("url-breadcrumb", None),
    ("m-privacy-consent__inner", "noise"),
    ("cookie-notice", "noise"),
    ("m-advertisement-off-canvas--pusher", None),
])
def test_furniture_keeps_its_own_words(cls: str, kind: str | None) -> None:
    assert kind_of("div", cls) == kind



@pytest.mark.parametrize("text, utc", [("10:02 AM EST Nov 19, 2019", datetime(2019, 11, 19, 15, 2)),
                                       ("7:07 PM ET Nov 19, 2019", datetime(2019, 11, 20, 0, 7)),
                                       ("7:07 PM ET Jul 19, 2019", datetime(2019, 7, 19, 23, 7))])
def test_a_stamp_with_the_time_and_its_zone_before_the_date(text: str, utc: datetime) -> None:
    # Gannett's "Published 10:02 AM EST Nov 19, 2019": the moment in the zone it names (ET
    # by the season: EST in November, EDT in July)
    found = date_stamp(text)
    assert found is not None and found[1] == len(text)
    moment = found[0]
    assert isinstance(moment, datetime) and moment.tzinfo is not None
    assert moment.astimezone(UTC).replace(tzinfo=None) == utc
