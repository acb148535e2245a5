"""A lazy picture's real address in its data attributes, a microdata ``itemprop="image"`` and a
thumbnail service's resized copies: each photo once, at its full-size address."""

from __future__ import annotations

import json

import pytest

from kznews import article_from_html
from kznews.extract.variants import one_per_photo, photo_key

URL = "https://h.kz/news/v-astane-otkryli-most-u61234"
H1 = "В Астане открыли новый пешеходный мост"
P1 = "В Астане открыли новый пешеходный мост через реку Есиль, сообщает пресс-служба акимата."
P2 = "Длина моста составляет двести сорок метров, его строили полтора года."
ORIGINAL = "https://static.h.kz/f00d-c0de/most.jpg"
BLUR = "https://thumbs.h.kz/f00d-c0de/-/resize/20x/most.jpg"
WEBP = "https://thumbs.h.kz/f00d-c0de/-/resize/800x/-/format/webp/most.jpg"


def _page(figure: str, declared: str | None = None) -> str:
    head = ""
    if declared:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": H1,
              "datePublished": "2023-04-20T09:15:00+06:00", "image": declared}
        head = (f'<meta property="og:image" content="{declared}">'
                f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    return (f'<html lang="ru"><head><title>{H1}</title>{head}</head><body>'
            f'<main><div class="post"><h1 class="post-title">{H1}</h1>{figure}'
            f'<div class="post-text"><p>{P1}</p><p>{P2}</p></div></div></main></body></html>')


def _images(html: str) -> list[str]:
    rec = article_from_html(html, URL, listing_date="2023-04-20", today="2023-05-01")
    assert rec is not None
    return rec["image_urls"]  # type: ignore[return-value]


# ------------------------------------------------------------- a lazy box's data attributes


@pytest.mark.parametrize("attr", ["data-original", "data-bg", "data-background-image"])
def test_a_lazy_box_shows_its_data_attribute_not_its_blur_background(attr: str) -> None:
    box = (f'<div class="cover lazy" {attr}="{ORIGINAL}" '
           f"style=\"background-image:url('{BLUR}')\"></div>")
    assert _images(_page(box)) == [ORIGINAL]


def test_a_lazy_box_with_a_data_bg_in_css_form() -> None:
    box = f'<div class="cover" data-bg="url(\'{ORIGINAL}\')" style="background:#eee"></div>'
    assert _images(_page(box)) == [ORIGINAL]


def test_the_full_size_attribute_wins_over_a_resized_lazy_copy() -> None:
    box = (f'<div class="cover" data-lazy="{WEBP}" data-original="{ORIGINAL}" '
           f"style=\"background-image:url('{BLUR}')\"></div>")
    assert _images(_page(box)) == [ORIGINAL]


def test_a_declared_original_and_the_lazy_box_are_one_photo() -> None:
    box = (f'<div class="cover" data-original="{ORIGINAL}" data-lazy="{WEBP}" '
           f"style=\"background-image:url('{BLUR}')\"></div>")
    assert _images(_page(box, declared=ORIGINAL)) == [ORIGINAL]


def test_a_box_with_only_its_background_still_shows_it() -> None:  # guard
    box = "<div class=\"cover\" style=\"background-image:url('/uploads/2023/04/most.jpg')\"></div>"
    assert _images(_page(box)) == ["https://h.kz/uploads/2023/04/most.jpg"]


def test_a_wrappers_lazy_attribute_around_an_img_names_no_second_photo() -> None:  # guard
    box = (f'<span class="e-image__image" data-original="{ORIGINAL}"><picture>'
           f'<img src="https://h.kz/thumbor/abc=/1400x1400/most.jpg" alt=""></picture></span>')
    assert _images(_page(box)) == ["https://h.kz/thumbor/abc=/1400x1400/most.jpg"]


def test_an_img_placeholder_src_gives_way_to_its_data_src() -> None:  # guard
    img = ('<img src="https://h.kz/uploads/most.jpg?w=20" data-src="https://h.kz/uploads/'
           'most.jpg" alt="">')
    assert _images(_page(img)) == ["https://h.kz/uploads/most.jpg"]


# ------------------------------------------------------------- itemprop="image"


def test_a_meta_itemprop_image_in_the_article_names_its_photo() -> None:
    box = (f'<div class="cover" itemscope itemtype="http://schema.org/ImageObject" '
           f"style=\"background-image:url('{BLUR}')\">"
           f'<meta itemprop="image" content="{ORIGINAL}"></div>')
    assert _images(_page(box)) == [ORIGINAL]


def test_a_link_itemprop_image_names_its_photo() -> None:
    assert _images(_page(f'<link itemprop="image" href="{ORIGINAL}">')) == [ORIGINAL]


def test_an_authors_itemprop_image_is_no_photo_of_the_story() -> None:  # guard
    author = ('<div itemprop="author" itemscope itemtype="http://schema.org/Person">'
              '<meta itemprop="image" content="https://h.kz/avatars/ivanov.jpg">'
              '<span itemprop="name">Иван Иванов</span></div>')
    assert _images(_page(author + f'<img src="{ORIGINAL}" alt="">')) == [ORIGINAL]


# ------------------------------------------------------------- thumbnail services


def test_path_operations_are_a_copy_of_the_file() -> None:
    original = "https://ucarecdn.com/4b7a1c2e-0000-4f00-9d3b-111122223333/most.jpg"
    copy = ("https://ucarecdn.com/4b7a1c2e-0000-4f00-9d3b-111122223333/-/resize/800x/"
            "-/format/webp/most.jpg")
    (key_a, rank_a), (key_b, rank_b) = photo_key(copy), photo_key(original)
    assert key_a == key_b and rank_a < rank_b
    assert one_per_photo([copy, original]) == [original]


def test_a_thumbnail_hosts_copy_folds_into_the_static_hosts_file() -> None:
    assert one_per_photo([ORIGINAL, WEBP]) == [ORIGINAL]
    assert one_per_photo([WEBP, ORIGINAL]) == [ORIGINAL]


def test_a_declared_original_and_an_img_of_its_thumbnail_copy_are_one_photo() -> None:
    assert _images(_page(f'<img src="{WEBP}" alt="">', declared=ORIGINAL)) == [ORIGINAL]


@pytest.mark.parametrize("blur", [
    BLUR,
    "https://res.cloudinary.com/hkz/image/upload/w_20,e_blur:300/v1/news/most.jpg",
    "https://lh3.googleusercontent.com/abcDEF123=s20",
    "https://h.kz/uploads/most.jpg?w=20",
])
def test_a_blur_placeholder_is_no_photo_of_its_own(blur: str) -> None:
    other = "https://h.kz/uploads/2023/04/zal.jpg"
    assert one_per_photo([other, blur]) == [other]


def test_a_cloudinary_copy_is_the_upload() -> None:
    original = "https://res.cloudinary.com/hkz/image/upload/v1/news/most.jpg"
    copy = "https://res.cloudinary.com/hkz/image/upload/w_800,c_fill,q_auto/v1/news/most.jpg"
    assert one_per_photo([copy, original]) == [original]


def test_distinct_files_of_a_thumbnail_service_stay_apart() -> None:  # guard
    other = "https://thumbs.h.kz/beef-cafe/-/resize/800x/-/format/webp/zal.jpg"
    assert one_per_photo([ORIGINAL, other]) == [ORIGINAL, other]


def test_the_same_path_on_two_hosts_unsized_stays_two_files() -> None:  # guard
    a, b = "https://a.gov.kz/uploads/1.jpg", "https://b.gov.kz/uploads/1.jpg"
    assert one_per_photo([a, b]) == [a, b]


def test_a_folder_with_an_underscore_is_no_transformation() -> None:  # guard
    a, b = "https://h.kz/my_photos/1.jpg", "https://h.kz/1.jpg"
    assert one_per_photo([a, b]) == [a, b]
