"""A newsletter platform's pictures: copies made by a fetching CDN, avatars, a share card.

Substack (like Cloudinary's fetch) serves every copy of a photo as
``…/image/fetch/<options>/<the original's address, percent-encoded>``: ``w_1456,c_limit,f_webp``
for the page's sizes, ``f_auto,q_auto:good`` (no size) for the full picture the image links
to. They are one photo, at its largest copy: the link's. A byline's avatar linked to the
writer's ``/@handle`` is no photo, nor is ``og:image`` naming the publication's share card
(``<upload id>-ic24-card_1200x600.png``) on a post without a photo.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

from kznews import article_from_html
from kznews.extract import variants

URL = "https://ic24.kz/news/v-almaty-proshel-subbotnik-u49120"
TITLE = "В Алматы прошёл общегородской субботник"
TEXT = ("<p>Алматы. 20 апреля. Центр информации - В Алматы прошёл общегородской весенний "
        "субботник, в котором приняли участие более 60 тысяч жителей.</p><p>В мероприятии "
        "приняли участие представители государственных органов, бизнеса и общественных "
        "организаций.</p><p>Контроль за ходом работ возложен на профильное управление.</p>")
S3 = "https://substack-post-media.s3.amazonaws.com/public/images/"
CDN = "https://substackcdn.com/image/fetch/"


def cdn(original: str, options: str) -> str:
    return f"{CDN}{options}/{quote(original, safe='')}"


PHOTO = S3 + "59a257e7-9524-046b-69df-0481872cab76_1600x1067.jpeg"
FULL = cdn(PHOTO, "f_auto,q_auto:good,fl_progressive:steep")


def figure(original: str) -> str:
    def srcset(fmt: str) -> str:
        return ", ".join(f"{cdn(original, f'w_{w},c_limit,{fmt},q_auto:good')} {w}w"
                         for w in (424, 848, 1456))
    return (f'<div class="captioned-image-container"><figure><a class="image-link image2" '
            f'href="{cdn(original, "f_auto,q_auto:good,fl_progressive:steep")}">'
            f'<div class="image2-inset"><picture><source type="image/webp" '
            f'srcset="{srcset("f_webp")}"><img src="{cdn(original, "w_1456,c_limit,f_auto")}" '
            f'srcset="{srcset("f_auto")}" width="1456" height="971" alt=""></picture></div></a>'
            '<figcaption class="image-caption">Фото:gov.kz</figcaption></figure></div>')


def page(body: str, og_image: str = "", avatar: bool = True) -> str:
    src = cdn(S3 + "aigerimsarsenova.jpg", "w_36,h_36,c_fill,f_auto")
    picture = (f'<a href="https://substack.com/@aigerimsarsenova"><img src="{src}" width="36" '
               'height="36" alt=""></a>') if avatar else ""
    og = f'<meta property="og:image" content="{og_image}">' if og_image else ""
    return (f'<html><head><meta charset="utf-8"><title>{TITLE}</title>{og}</head><body>'
            f'<article><div class="post-header"><h1 class="post-title">{TITLE}</h1>'
            '<div class="byline-wrapper"><div class="pc-display-flex"><div class="pc-reset">'
            f'{picture}</div></div><div><a href="https://substack.com/'
            '@aigerimsarsenova">Айгерим Сарсенова</a><div>Apr 20, 2023</div></div></div></div>'
            f'<div class="available-content"><div class="body markup">{body}</div></div>'
            "</article></body></html>")


def images_of(html: str) -> list[str]:
    record = article_from_html(html, URL)
    assert record is not None
    return list(record["image_urls"])


# ------------------------------------------------------------------ one photo, many copies


def test_a_fetching_cdns_copies_are_one_photo_at_the_linked_full_size() -> None:
    assert images_of(page(figure(PHOTO) + TEXT, og_image=cdn(
        PHOTO, "w_1200,h_600,c_fill,f_jpg,q_auto:good,g_auto"))) == [FULL]


def test_two_photos_stay_two() -> None:
    second = S3 + "500035c3-762c-ad12-fee0-1c8a6cc50287_1600x1067.jpeg"
    assert images_of(page(figure(PHOTO) + TEXT + figure(second))) == [
        FULL, cdn(second, "f_auto,q_auto:good,fl_progressive:steep")]


@pytest.mark.parametrize("copies, want", [
    # options naming no size are the photo at its own size: above every sized copy
    ([cdn(PHOTO, "w_424,c_limit,f_webp"), FULL], [FULL]),
    (["https://res.cloudinary.com/h/image/upload/f_auto,q_auto/v1/a.jpg",
      "https://res.cloudinary.com/h/image/upload/w_800,c_fill/v1/a.jpg"],
     ["https://res.cloudinary.com/h/image/upload/f_auto,q_auto/v1/a.jpg"]),
    # a folder's name with an underscore is no option list
    (["https://h.kz/my_photos/a.jpg", "https://h.kz/other/a.jpg"],
     ["https://h.kz/my_photos/a.jpg", "https://h.kz/other/a.jpg"]),
])
def test_copies_by_their_options(copies: list[str], want: list[str]) -> None:
    assert variants.one_per_photo(copies) == want


# ------------------------------------------------------------------ no photo of the article


def test_an_avatar_linked_to_a_profile_is_no_photo() -> None:
    assert images_of(page(TEXT)) == []


def test_a_photo_linked_to_its_full_size_stays() -> None:
    photo = "https://ic24.kz/upload/iblock/1a2/49120.jpg"
    linked = f'<a href="{photo}"><img src="/upload/resize/800x533/iblock/1a2/49120.jpg"></a>'
    assert images_of(page(linked + TEXT, avatar=False)) == [photo]


@pytest.mark.parametrize("name, kept", [
    ("9e3a77d1-ic24-card_1200x600.png", False),  # the publication's card after an upload id
    ("og-ic24.png", False),
    ("9e3a77d1-ic24-tokaev-forum.jpg", True),  # a photo named for its story
    ("ic24-5f2a9c1b.jpg", True),  # named by an id after the outlet's name: a photo
])
def test_a_share_card_behind_a_fetching_cdn_is_no_photo(name: str, kept: bool) -> None:
    og = cdn(S3 + name, "w_1200,h_600,c_fill,f_jpg,q_auto:good,g_auto")
    assert images_of(page(TEXT, og_image=og, avatar=False)) == ([og] if kept else [])
