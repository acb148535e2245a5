"""Where a page keeps an article's picture: a ``srcset`` only, a ``<picture>``'s ``<source>``s
behind a placeholder, lazy loaders' attributes and their ``<noscript>`` copies."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.extract.images import largest, srcset_candidates

URL = "https://h.kz/kk/news/shymkentte-zhana-mektep-u50321"
H1 = "Шымкентте жаңа мектеп ашылды"
P1 = "Шымкентте мың орындық жаңа мектеп ашылды, деп хабарлайды қала әкімдігінің баспасөз қызметі."
P2 = "Мектепте бассейн, спорт залы және химия мен физика сабақтарына арналған зертханалар бар."
PIXEL = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
         "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


def _images(figure: str) -> list[str]:
    html = (f'<html lang="kk"><head><title>{H1}</title></head><body><article class="story">'
            f'<h1 class="story__headline">{H1}</h1><div class="story__media">{figure}</div>'
            f'<div class="story__text"><p>{P1}</p><p>{P2}</p></div></article></body></html>')
    rec = article_from_html(html, URL, listing_date="2023-09-01", today="2023-10-01")
    assert rec is not None
    return rec["image_urls"]  # type: ignore[return-value]


@pytest.mark.parametrize(("figure", "want"), [
    # widths: the widest, whatever the order
    ('<img srcset="/up/school-480.webp 480w, /up/school-1600.webp 1600w, '
     '/up/school-960.webp 960w" sizes="100vw" alt="">', "https://h.kz/up/school-1600.webp"),
    # densities: the densest
    ('<img srcset="/up/school.jpg, /up/school@3x.jpg 3x, /up/school@2x.jpg 2x" alt="">',
     "https://h.kz/up/school@3x.jpg"),
    # no descriptor at all: the first
    ('<img srcset="https://cdn.h.kz/p/school.jpg" alt="">', "https://cdn.h.kz/p/school.jpg"),
    # a lazy loader's srcset behind a placeholder src
    (f'<img src="{PIXEL}" data-srcset="/up/s-1.jpg 600w,/up/s-2.jpg 1800w" alt="">',
     "https://h.kz/up/s-2.jpg"),
    # a <picture> whose <img> is only a placeholder: its first <source> with a picture
    (f'<picture><source srcset="{PIXEL}" media="(max-width: 1px)"><source type="image/webp" '
     'srcset="/up/pic-800.webp 800w, /up/pic-1400.webp 1400w"><img src="' + PIXEL + '" alt="">'
     '</picture>', "https://h.kz/up/pic-1400.webp"),
    # a <picture> with a real <img src>: that picture
    ('<picture><source srcset="/up/pic.avif" type="image/avif"><img src="/up/pic.jpg" alt="">'
     '</picture>', "https://h.kz/up/pic.jpg"),
])
def test_a_picture_given_only_by_srcset_or_picture_is_an_image(figure: str, want: str) -> None:
    assert _images(figure) == [want]


def test_a_lazy_image_and_its_noscript_copy_are_one_picture() -> None:
    figure = (f'<img class="lazy" src="{PIXEL}" data-srcset="/up/a-640.jpg 640w, '
              '/up/a-1280.jpg 1280w"><noscript><img src="/up/a-640.jpg"></noscript>'
              f'<picture><source srcset="/up/b.webp 1x, /up/b-2x.webp 2x"><img src="{PIXEL}">'
              '</picture><noscript><img src="/up/b.jpg"></noscript>')
    assert _images(figure) == ["https://h.kz/up/a-1280.jpg", "https://h.kz/up/b-2x.webp"]


def test_a_noscript_image_is_the_picture_when_the_script_one_has_none() -> None:
    figure = (f'<img class="js-lazy" src="{PIXEL}" data-hires="/up/c.jpg">'
              '<noscript><img src="/up/c.jpg"></noscript>')
    assert _images(figure) == ["https://h.kz/up/c.jpg"]


def test_srcset_is_split_as_the_standard_splits_it() -> None:
    value = " /i/w_400,h_300/a.jpg 400w,/i/b.jpg,  /i/c.jpg 2x , data:image/gif;base64,R0 9x"
    assert srcset_candidates(value) == [("/i/w_400,h_300/a.jpg", "400w"), ("/i/b.jpg", ""),
                                        ("/i/c.jpg", "2x"), ("data:image/gif;base64,R0", "9x")]
    assert largest(value) == "/i/w_400,h_300/a.jpg"
    assert largest("data:image/gif;base64,R0 1x") == ""


@pytest.mark.parametrize(("figure", "want"), [
    # a cover box showing the photo as its background, in either CSS spelling
    ('<div class="story__cover" style="height:420px;background-image: url(\'/up/cover.jpg\')">'
     "</div>", ["https://h.kz/up/cover.jpg"]),
    ('<a class="lightbox" href="/up/big.jpg" style="background: #000 url(/up/thumb.jpg) '
     'center / cover no-repeat"></a>', ["https://h.kz/up/thumb.jpg"]),
    # a box with words over a background is a banner, not a photo; a data: pixel is nothing
    ('<div class="promo" style="background-image:url(/up/promo.jpg)">Подпишитесь</div>', []),
    (f'<div class="ph" style="background-image:url({PIXEL})"></div>', []),
])
def test_a_text_less_box_shows_its_background_picture(figure: str, want: list[str]) -> None:
    assert _images(figure) == want


def test_a_message_pages_photos_are_its_images_but_not_the_channels_avatar() -> None:
    text = "<br/><br/>".join([f"<b>{H1}</b>", P1, P2])
    html = (f'<html><head><title>Канал – Telegram</title></head><body><div class="tg_page">'
            '<div class="tgme_widget_message_wrap"><div class="tgme_widget_message">'
            '<i class="tgme_widget_message_user_photo"><img src="https://cdn.h.kz/c/ch.jpg"></i>'
            '<a class="tgme_widget_message_photo_wrap" style="background-image:url('
            "'https://cdn.h.kz/p/school-1.jpg')\"></a>"
            f'<div class="tgme_widget_message_text">{text}</div>'
            '<a class="tgme_widget_message_photo_wrap" style="width:800px;background-image:url('
            "'https://cdn.h.kz/p/school-2.jpg')\"></a></div></div></div></body></html>")
    rec = article_from_html(html, URL, listing_date="2023-09-01", today="2023-10-01")
    assert rec is not None and rec["title"] == H1
    assert rec["image_urls"] == ["https://cdn.h.kz/p/school-1.jpg",
                                 "https://cdn.h.kz/p/school-2.jpg"]
