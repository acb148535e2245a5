"""Drupal image styles that convert the upload to another format (``a.jpg.webp``): the copy
is the upload's photo, counted once."""

from __future__ import annotations

from kznews.extract.variants import one_per_photo, photo_key

UPLOAD = "https://ic24.kz/sites/default/files/2024-09/park.jpg"
WEBP = "https://ic24.kz/sites/default/files/styles/large/public/2024-09/park.jpg.webp?itok=9a"


def test_a_styles_converted_copy_is_its_uploads_photo() -> None:
    (key_a, rank_a), (key_b, rank_b) = photo_key(WEBP), photo_key(UPLOAD)
    assert key_a == key_b and rank_a < rank_b
    assert one_per_photo([WEBP, UPLOAD]) == [UPLOAD]


def test_a_photo_named_with_two_extensions_outside_a_style_stays_apart() -> None:
    other = "https://ic24.kz/files/2024-09/park.jpg.webp"
    assert photo_key(other)[0] != photo_key(UPLOAD)[0]
