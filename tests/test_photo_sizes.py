"""One photo in several sizes is one photo, at its largest copy: Rails Active Storage's signed
variants of one blob (the original above every variant), a lightbox link's full-size file
around the picture it shows (whatever either file is named), and a CMS's size presets of one
upload in one folder (``small_``/``normal_``/``big_``, ``-thumb``, ``_small``, ``-large``).
Two different photos stay two."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/v-astane-otkryli-most-u51002"
H1 = "В Астане открыли мост после ремонта"
P1 = "В Астане после ремонта открыли мост через Ишим, сообщили в акимате столицы сегодня утром."
P2 = "Движение по мосту восстановлено во всех направлениях с сегодняшнего утра, добавили там."
AS = "http://h/rails/active_storage"
DIGEST = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"
BLOB = f"eyJfcmFpbHMiOnsibWVzc2FnZSI6IkJBaHBBMTIzIn19--{DIGEST}"
BLOB2 = f"eyJfcmFpbHMiOnsibWVzc2FnZSI6IkJBaHBBMTI0In19--{DIGEST[::-1]}"
VAR800 = f"eyJfcmFpbHMiOnsibWVzc2FnZSI6eyJyZXNpemUiOjgwMH19fQ--{DIGEST}"
VAR1600 = f"eyJfcmFpbHMiOnsibWVzc2FnZSI6eyJyZXNpemUiOjE2MDB9fX0--{DIGEST}"


def _images(figure: str, og: str = "") -> list[str]:
    head = f'<meta property="og:image" content="{og}">' if og else ""
    html = (f'<html lang="ru"><head><title>{H1}</title>{head}</head><body><article>'
            f'<h1>{H1}</h1><time datetime="2023-04-20T10:00:00+05:00">20.04.2023</time>'
            f'<div class="news-body">{figure}<p>{P1}</p><p>{P2}</p></div></article>'
            "</body></html>")
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec["image_urls"]  # type: ignore[return-value]


def _img(src: str, srcset: str = "") -> str:
    return f'<img src="{src}"' + (f' srcset="{srcset} 2x"' if srcset else "") + ' alt="Мост">'


ORIGINAL = f"{AS}/blobs/redirect/{BLOB}/photo.jpg"
SHOWN = f"{AS}/representations/redirect/{BLOB}/{VAR800}/photo.jpg"


@pytest.mark.parametrize("variant", [
    SHOWN,
    f"{AS}/representations/proxy/{BLOB}/{VAR800}/photo.jpg",
    f"{AS}/variants/{BLOB}/{VAR800}/photo.jpg",
])
def test_an_active_storage_variant_is_its_blobs_original(variant: str) -> None:
    figure = _img(variant, f"{AS}/representations/redirect/{BLOB}/{VAR1600}/photo.jpg")
    assert _images(f"<figure>{figure}</figure>", og=ORIGINAL) == [ORIGINAL]
    proxied = f"{AS}/blobs/proxy/{BLOB}/photo.jpg"
    assert _images(f"<figure>{_img(variant)}</figure>", og=proxied) == [proxied]


def test_active_storage_variants_without_the_original_are_one_photo() -> None:
    figure = _img(SHOWN, f"{AS}/representations/redirect/{BLOB}/{VAR1600}/photo.jpg")
    assert len(_images(f"<figure>{figure}</figure>", og=SHOWN)) == 1


def test_two_active_storage_blobs_are_two_photos() -> None:
    other = f"{AS}/representations/redirect/{BLOB2}/{VAR800}/photo.jpg"
    assert _images(f"<figure>{_img(SHOWN)}</figure><figure>{_img(other)}</figure>",
                   og=ORIGINAL) == [ORIGINAL, other]


UP = "http://h/upload/000/u1/26/51"


@pytest.mark.parametrize("cls", ['class="ajax-modal"', 'class="fancybox" rel="gallery"',
                                 'data-fancybox="gallery"', 'rel="lightbox"', ""])
def test_a_lightbox_link_is_the_full_size_of_the_picture_it_wraps(cls: str) -> None:
    shown = _img(f"{UP}/normal_photo49120_0.jpg")
    figure = f'<a {cls} href="{UP}/big_photo49120_0.jpg">{shown}</a>'
    assert _images(figure, og=f"{UP}/normal_photo49120_0.jpg") == [f"{UP}/big_photo49120_0.jpg"]


def test_a_lightbox_link_to_a_file_of_another_name_is_that_pictures_full_size() -> None:
    figure = f'<a class="lightbox" href="http://h/files/full/a81f.jpg">{_img("http://h/cache/a81f_tn.jpeg")}</a>'
    assert _images(figure, og="http://h/cache/a81f_tn.jpeg") == ["http://h/files/full/a81f.jpg"]


@pytest.mark.parametrize(("shown", "larger"), [
    ("normal_photo7.jpg", "big_photo7.jpg"),
    ("small_photo7.jpg", "normal_photo7.jpg"),
    ("thumb_photo7.jpg", "large_photo7.jpg"),
    ("most-thumb.jpg", "most.jpg"),
    ("most_small.jpg", "most-large.jpg"),
    ("most-medium.jpg", "orig_most.jpg"),
    ("f14a254d8c_M.jpg", "f14a254d8c_XL.jpg"),  # Joomla K2's cached sizes
    ("f14a254d8c_L.jpg", "f14a254d8c_XL.jpg"),
    ("f14a254d8c_XS.jpg", "f14a254d8c_Generic.jpg"),
])
def test_size_presets_of_one_upload_are_one_photo(shown: str, larger: str) -> None:
    assert _images(f"<figure>{_img(f'{UP}/{shown}')}</figure>", og=f"{UP}/{larger}") == \
        [f"{UP}/{larger}"]
    assert _images(f"<figure>{_img(f'{UP}/{larger}')}</figure>", og=f"{UP}/{shown}") == \
        [f"{UP}/{larger}"]


def test_two_photos_stay_two() -> None:
    # a gallery's two files of different names, each a thumbnail linking its own full size
    gallery = "".join(f'<a class="fancybox" href="{UP}/big_photo{n}.jpg">'
                      f'{_img(f"{UP}/small_photo{n}.jpg")}</a>' for n in (1, 2))
    assert _images(gallery) == [f"{UP}/big_photo1.jpg", f"{UP}/big_photo2.jpg"]
    # a preset's name in another folder, a word that only starts like one
    assert _images(f"<figure>{_img('http://h/b/big_photo1.jpg')}</figure>",
                   og=f"{UP}/big_photo1.jpg") == [f"{UP}/big_photo1.jpg", "http://h/b/big_photo1.jpg"]
    assert _images(f"<figure>{_img(f'{UP}/bigfoot.jpg')}</figure>", og=f"{UP}/foot.jpg") == \
        [f"{UP}/foot.jpg", f"{UP}/bigfoot.jpg"]


def test_a_lower_case_letter_after_an_underscore_names_no_size() -> None:
    assert _images(f"<figure>{_img(f'{UP}/astana_s.jpg')}</figure>", og=f"{UP}/astana_l.jpg") == \
        [f"{UP}/astana_l.jpg", f"{UP}/astana_s.jpg"]


def test_k2s_sizes_in_og_image_a_lightbox_and_src_are_one_photo() -> None:
    k2 = "http://h/media/k2/items/cache/f14a254d8c"
    figure = (f'<span class="itemImage"><a class="modal" href="{k2}_XL.jpg">'
              f'{_img(f"{k2}_L.jpg")}</a></span>')
    assert _images(figure, og=f"{k2}_M.jpg") == [f"{k2}_XL.jpg"]


def test_a_link_to_another_photo_beside_the_picture_keeps_both() -> None:
    figure = (f"<figure>{_img(f'{UP}/normal_photo1.jpg')}</figure>"
              f'<p><a href="{UP}/big_photo2.jpg">Фото в полном размере</a></p>')
    assert _images(figure, og=f"{UP}/normal_photo1.jpg") == [f"{UP}/normal_photo1.jpg"]


def test_a_preset_shown_in_src_is_no_resized_copy_to_trade_for_its_srcset() -> None:
    # medialibrary's responsive images: the ``large`` conversion in ``src``, widths of it in
    # another folder in ``srcset``: the ``src`` file is the photo
    large = "http://h/storage/17/conversions/photo-1-large.jpg"
    stem = "http://h/storage/17/responsive-images/photo-1___large"
    img = (f'<img src="{large}" srcset="{stem}_1200_675.jpg 1200w, {stem}_839_472.jpg 839w" '
           'alt="Мост" width="1200" height="675">')
    assert _images(f"<figure>{img}</figure>") == [large]
