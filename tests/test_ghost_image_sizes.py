"""Ghost's resized copies of an upload (``/content/images/size/w600/…``, ``/size/w600h400/``,
``/format/webp/``) are the upload itself: each photo once, at its original."""

from __future__ import annotations

import json

import pytest

from kznews import article_from_html
from kznews.extract.variants import one_per_photo, photo_key

URL = "https://h.kz/news/v-astane-otkryli-most-u61234"
H1 = "В Астане открыли новый пешеходный мост"
P1 = "В Астане открыли новый пешеходный мост через реку Есиль, сообщает пресс-служба акимата."
P2 = "Длина моста составляет двести сорок метров, его строили полтора года."
ORIGINAL = "https://h.kz/content/images/2023/04/most-1.jpg"


def _sized(spec: str, name: str = "most-1.jpg") -> str:
    return f"https://h.kz/content/images/{spec}/2023/04/{name}"


def _page(figure: str, ld_image: str | None = ORIGINAL) -> str:
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": H1,
          "datePublished": "2023-04-20T09:15:00.000Z"}
    if ld_image:
        ld["image"] = {"@type": "ImageObject", "url": ld_image, "width": 2000, "height": 1333}
    return (f'<html lang="ru"><head><title>{H1}</title>'
            f'<meta property="og:image" content="{ld_image or ""}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
            f'<main><article class="article"><header class="article-header">'
            f'<h1 class="article-title">{H1}</h1></header>{figure}'
            f'<section class="gh-content"><p>{P1}</p><p>{P2}</p></section>'
            '</article></main></body></html>')


def _feature(src: str, widths: tuple[int, ...] = (300, 600, 1000, 2000)) -> str:
    srcset = ", ".join(f"{_sized(f'size/w{w}')} {w}w" for w in widths)
    return (f'<figure class="article-image"><img srcset="{srcset}" sizes="(max-width: 1000px) '
            f'100vw, 1000px" src="{src}" alt="{H1}"><figcaption>Фото:gov.kz</figcaption></figure>')


def _images(html: str) -> list[str]:
    rec = article_from_html(html, URL, listing_date="2023-04-20", today="2023-05-01")
    assert rec is not None
    return rec["image_urls"]  # type: ignore[return-value]


@pytest.mark.parametrize("spec", ["size/w2000", "size/w600h400", "format/webp",
                                  "size/w1000/format/webp"])
def test_a_ghost_size_is_a_copy_ranked_below_the_original(spec: str) -> None:
    (key_a, rank_a), (key_b, rank_b) = photo_key(_sized(spec)), photo_key(ORIGINAL)
    assert key_a == key_b and rank_a < rank_b


def test_the_widest_ghost_size_ranks_above_a_narrower_one() -> None:
    assert one_per_photo([_sized("size/w300"), _sized("size/w2000"), _sized("size/w600")]) == [
        _sized("size/w2000")]


def test_the_feature_image_and_its_srcset_are_one_photo_at_its_original() -> None:
    assert _images(_page(_feature(_sized("size/w600")))) == [ORIGINAL]


def test_without_the_original_named_the_widest_size_stands() -> None:
    assert _images(_page(_feature(_sized("size/w600")), ld_image=None)) == [_sized("size/w2000")]


def test_a_second_photo_in_the_text_stays_apart() -> None:
    second = "https://h.kz/content/images/2023/04/most-2.jpg"
    card = (f'<figure class="kg-card kg-image-card"><img src="{second}" '
            f'srcset="{_sized("size/w600", "most-2.jpg")} 600w, {second} 1200w"></figure>')
    html = _page(_feature(_sized("size/w600"))).replace(f"<p>{P2}</p>", f"{card}<p>{P2}</p>")
    assert _images(html) == [ORIGINAL, second]


@pytest.mark.parametrize("url", ["https://h.kz/files/size/original/most-1.jpg",
                                 "https://h.kz/catalog/format/a4/most-1.jpg"])
def test_a_size_or_format_folder_naming_no_resize_is_kept(url: str) -> None:
    assert photo_key(url) == (url.removeprefix("https:"), (2, 0))
