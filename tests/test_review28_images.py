"""Photos a blur-placeholder rule must not lose: Google's ``=s0`` (the file at its own size)
and ``?w=0`` are no 0-pixel placeholders, and ``=s0`` is the largest copy of its photo."""

from __future__ import annotations

from kznews import article_from_html
from kznews.extract import variants
from tests.test_broken_markup import PARAS, URL, page


def photos(figures: str) -> list[str]:
    text = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + figures + \
        "".join(f"<p>{p}</p>" for p in PARAS[2:])
    record = article_from_html(page(text), URL)
    assert record is not None
    return list(record["image_urls"])


def test_a_google_photo_at_its_own_size_is_kept() -> None:
    url = "https://lh3.googleusercontent.com/AF1QipN7abc=s0"
    assert photos(f'<figure><img src="{url}"></figure>') == [url]


def test_a_zero_width_query_is_no_placeholder() -> None:
    assert not variants.placeholder("https://ic24.kz/media/a.jpg?w=0")
    assert variants.placeholder("https://ic24.kz/media/a.jpg?w=20")
    assert photos('<figure><img src="https://ic24.kz/media/a.jpg?w=0"></figure>') == \
        ["https://ic24.kz/media/a.jpg"]


def test_s0_is_the_largest_copy_of_its_photo() -> None:
    small, full = ("https://lh3.googleusercontent.com/AF1QipN7abc=s200",
                   "https://lh3.googleusercontent.com/AF1QipN7abc=s0")
    assert photos(f'<figure><img src="{small}"></figure><figure><img src="{full}"></figure>'
                  ) == [full]
    assert variants.placeholder("https://lh3.googleusercontent.com/AF1QipN7abc=s20")


def test_a_lazy_box_over_a_blur_placeholder_names_its_photo_without_a_file_name() -> None:
    # Uploadcare's addresses end in the file's id and its operations, no file name
    photo = "https://ucarecdn.com/0c8a7e2b-1111-4d2e-9a0e-1234567890ab/-/resize/1200x/"
    blur = "https://ucarecdn.com/0c8a7e2b-1111-4d2e-9a0e-1234567890ab/-/resize/20x/"
    assert photos(f'<figure><div class="cover lazy" style="background-image:url({blur})" '
                  f'data-src="{photo}"></div></figure>') == [photo]


def test_a_box_without_a_placeholder_keeps_its_data_src_to_image_files() -> None:
    # a player's box names its stream in data-src: not a photo
    still = "https://ic24.kz/media/still.jpg"
    assert photos(f'<figure><div class="player" style="background-image:url({still})" '
                  f'data-src="https://ic24.kz/embed/player/12345"></div></figure>') == [still]


def test_a_players_lazy_attribute_names_no_photo() -> None:
    # a video box's data-original/data-bg is the video's address, not a picture
    still = "https://ic24.kz/media/still.jpg"
    for video in ("https://www.youtube.com/watch?v=abc123", "https://rutube.ru/video/9f8e/",
                  "https://ic24.kz/media/clip.mp4", "https://ic24.kz/embed/video/77"):
        assert photos(f'<figure><div class="video" data-original="{video}"></div></figure>'
                      ) == [], video
        assert photos(f'<figure><div class="video" style="background-image:url({still})" '
                      f'data-bg="{video}"></div></figure>') == [still], video
    # a photo host's address without a file name still counts
    photo = "https://images.ic24.kz/photos/48213/1200"
    assert photos(f'<figure><div class="cover" data-original="{photo}"></div></figure>') == [photo]
