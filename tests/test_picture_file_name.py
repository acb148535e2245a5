"""A picture's ``alt`` that is its file's name is no credit
(kznews.sites.centerinform.credit, ``attr:img-credit``): Squarespace fills ``alt`` with the
upload's file name by default, and ``image-asset.jpeg`` read as the label ``image-`` and the
credit ``asset.jpeg``. The guard: an ``alt`` ending in a real credit still gives it."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/v-almaty-otkryli-park-u50001"
HEAD = "В Алматы открыли новый парк"
P1 = "В Алматы открыли новый парк площадью двенадцать гектаров, сообщает КазТАГ."
P2 = "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки."
CDN = "https://images.squarespace-cdn.com/content/v1/5f3c/1627869839000-148BB5BAEF18BBE6B35C"


def _credit(src: str, alt: str) -> object:
    html = (f'<html lang="ru"><head><title>{HEAD}</title></head><body><article>'
            f'<h1>{HEAD}</h1><time datetime="2023-04-20T10:30:00+06:00">20.04.2023</time>'
            f'<div class="image-block"><img src="{src}?format=1000w" data-src="{src}" '
            f'alt="{alt}"></div><div class="text"><p>{P1}</p><p>{P2}</p></div>'
            f"</article></body></html>")
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec["photo_credit"]


@pytest.mark.parametrize(("name", "alt"), [("image-asset.jpeg", "image-asset.jpeg"),
                                           ("photo-gov.jpg", "photo-gov.jpg"),
                                           ("image-asset.jpeg", "image-asset"),
                                           ("Photo-2021.PNG", "Photo-2021.PNG")])
def test_alt_naming_the_file_is_no_credit(name: str, alt: str) -> None:
    assert _credit(f"{CDN}/{name}", alt) is None


def test_alt_ending_in_a_credit_still_gives_it() -> None:
    assert _credit(f"{CDN}/image-asset.jpeg", "Участники встречи. Фото: akorda.kz") == \
        "akorda.kz"
    assert _credit(f"{CDN}/park.jpg", "Photo-gov.kz") == "gov.kz"
