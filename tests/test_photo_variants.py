"""One photo in many sizes is one photo: resizer copies, WordPress sizes, Drupal's image
styles, size queries, a ``srcset``'s widest candidate and a lightbox's full-size attribute."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.extract.variants import one_per_photo, photo_key

URL = "https://h.kz/ru/news/v-karagande-otkryli-park-u61234"
H1 = "В Караганде открыли новый парк"
P1 = "В Караганде открыли новый парк площадью пять гектаров, сообщает пресс-служба акимата."
P2 = "В парке высадили более тысячи деревьев и установили детские площадки."
PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _images(media: str, head: str = "") -> list[str]:
    html = (f'<html lang="ru"><head><title>{H1}</title>{head}</head><body><main>'
            f'<h1>{H1}</h1><div class="media">{media}</div>'
            f'<div class="content"><p>{P1}</p><p>{P2}</p></div></main></body></html>')
    rec = article_from_html(html, URL, listing_date="2024-05-01", today="2024-06-01")
    assert rec is not None
    return rec["image_urls"]  # type: ignore[return-value]


@pytest.mark.parametrize(("a", "b"), [
    ("https://h.kz/img/fit/640x360/files/park.jpg", "https://h.kz/img/files/park.jpg"),
    ("https://h.kz/files/thumbs/park.jpg", "https://h.kz/files/park.jpg"),
    ("https://h.kz/files/park-768x432.webp", "https://h.kz/files/park.webp"),
    ("https://h.kz/files/park.jpg?width=640&quality=80", "https://h.kz/files/park.jpg"),
    ("https://h.kz/files/park.jpg?h=300&fit=crop&id=4", "https://h.kz/files/park.jpg?id=4"),
    ("https://h.kz/sites/default/files/styles/large/public/2024-09/park.jpg?itok=90bbdc00",
     "https://h.kz/sites/default/files/2024-09/park.jpg"),
    ("https://h.kz/sites/default/files/styles/max_650x650/private/park.png?itok=Ab-1",
     "https://h.kz/sites/default/files/park.png"),
])
def test_a_resized_copy_is_the_same_photo_and_ranks_below_the_original(a: str, b: str) -> None:
    (key_a, rank_a), (key_b, rank_b) = photo_key(a), photo_key(b)
    assert key_a == key_b and rank_a < rank_b


def test_different_photos_stay_apart_and_the_largest_copy_stands_first_seen() -> None:
    urls = ["https://h.kz/s/320x180/p/a.jpg", "https://h.kz/p/b.jpg?id=1",
            "https://h.kz/p/b.jpg?id=2", "https://h.kz/s/1280x720/p/a.jpg", "https://h.kz/p/c-1.jpg"]
    assert one_per_photo(urls) == ["https://h.kz/s/1280x720/p/a.jpg", "https://h.kz/p/b.jpg?id=1",
                                   "https://h.kz/p/b.jpg?id=2", "https://h.kz/p/c-1.jpg"]


def test_og_image_and_a_thumbnail_strip_are_copies_of_the_photos_in_the_text() -> None:
    head = '<meta property="og:image" content="https://h.kz/thumb/1200x630/files/lead.jpg">'
    slides = "".join(f'<div class="slide"><img src="{PIXEL}" data-src="/files/s{k}.jpg"></div>'
                     for k in range(1, 4))
    strip = "".join(f'<img src="/thumb/100x75/files/s{k}.jpg">' for k in range(1, 4))
    media = f'<img src="/files/lead.jpg" alt=""><div class="slider">{slides}</div>{strip}'
    assert _images(media, head) == ["https://h.kz/files/lead.jpg"] + [
        f"https://h.kz/files/s{k}.jpg" for k in range(1, 4)]


@pytest.mark.parametrize(("media", "want"), [
    # a small src and a srcset of the same photo: its widest copy
    ('<img src="/files/park-400x267.jpg" srcset="/files/park-400x267.jpg 400w, '
     '/files/park.jpg 2048w" alt="">', "https://h.kz/files/park.jpg"),
    ('<img src="/r/480x320/files/park.jpg" srcset="/r/480x320/files/park.jpg 1x, '
     '/r/960x640/files/park.jpg 2x" alt="">', "https://h.kz/r/960x640/files/park.jpg"),
    # a lightbox's full-size attribute beside a resized src and srcset
    ('<img src="/files/park.jpg?w=640" data-zoom-image="/files/park.jpg" '
     'srcset="/files/park.jpg?w=320 320w, /files/park.jpg?w=640 640w" alt="">',
     "https://h.kz/files/park.jpg"),
    # an unsized lazy source beats a srcset of smaller copies
    (f'<img src="{PIXEL}" data-src="/files/park.jpg" data-srcset="/files/park-300x200.jpg 300w, '
     '/files/park-600x400.jpg 600w" alt="">', "https://h.kz/files/park.jpg"),
])
def test_an_image_gives_its_largest_copy(media: str, want: str) -> None:
    assert _images(media) == [want]
