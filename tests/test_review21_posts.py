"""A channel's post page that prints the channel's name in an ``h1``: the post's bold first
line is still the headline; a site's own headline over an imported post still wins."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from tests.test_post_and_portal_markup import PARAS, TITLE, URL, _message_page

HEADER = '<header class="channel-head"><div class="channel-title">Акмола Медиа</div></header>'


@pytest.mark.parametrize("h1", [
    '<div class="tgme_channel_info"><h1 class="tgme_channel_info_header_title">Акмола Медиа'
    '</h1></div>',
    '<div class="channel-info"><h1>Акмола Медиа — новости области</h1></div>',
])
def test_the_channels_name_in_an_h1_leaves_the_bold_line_the_headline(h1: str) -> None:
    page = _message_page("tgme_widget_message_text js-message_text").replace(HEADER, h1)
    record = article_from_html(page, URL, listing_date="2022-05-12")
    assert record is not None
    assert record["title"] == TITLE and record["extraction"]["title"] == "text:post-headline"
    assert record["body"] == "\n\n".join(PARAS)


def test_a_sites_own_rewritten_headline_over_the_post_still_wins() -> None:
    own = "Новая школа на 900 учеников появилась в областном центре"
    page = _message_page("post__text tg-import").replace(
        '<div class="feed-widget">', f'<h1 class="post__title">{own}</h1><div class="feed-widget">')
    record = article_from_html(page, URL, listing_date="2022-05-12")
    assert record is not None
    assert record["title"] == own
    assert record["body"] == "\n\n".join([TITLE, *PARAS])
