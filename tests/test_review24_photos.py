"""A picture an AMP component shows itself is a photo of the story, its placeholder included;
only a player's or an embed's placeholder stands for something else."""

from __future__ import annotations

from tests.test_review21_extract import page, record

PHOTO = "https://ic24.kz/upload/photo-123.jpg"


def test_an_animated_picture_s_still_is_a_photo() -> None:
    anim = ('<amp-anim src="/upload/anim-5.gif" width="800" height="500"><amp-img placeholder '
            'src="/upload/photo-123.jpg" width="800" height="500"></amp-img></amp-anim>')
    assert record(page(before=anim))["image_urls"] == [PHOTO]


def test_a_carousel_s_placeholder_slide_is_a_photo() -> None:
    carousel = ('<amp-carousel type="slides" width="800" height="500"><amp-img placeholder '
                'src="/upload/photo-123.jpg" width="800" height="500" layout="responsive">'
                '</amp-img></amp-carousel>')
    assert record(page(before=carousel))["image_urls"] == [PHOTO]


def test_a_player_s_placeholder_is_still_no_photo() -> None:
    player = ('<amp-iframe src="https://ic24.kz/embed/v1" width="800" height="450"><amp-img '
              'placeholder src="/upload/photo-123.jpg" width="800" height="450"></amp-img>'
              '</amp-iframe>')
    assert record(page(before=player))["image_urls"] == []
