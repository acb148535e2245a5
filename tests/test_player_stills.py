"""A picture standing in for an embedded player is no photo of the story
(kznews.extract.images.is_player_still): AMP's ``placeholder`` child of an ``<amp-iframe>``
or ``<amp-youtube>``, a ``<video>``'s fallback picture. An AMP page's video poster came out
as the article's only photo."""

from __future__ import annotations

from kznews import article_from_html

URL = "https://ic24.kz/news/vystavka-v-astane-u52907"
TEXT = "".join(f"<p>Абзац {i}: выставка в Астане собрала художников со всей страны и гостей.</p>"
               for i in range(3))


def page(between: str, photo: str = "") -> str:
    return (f'<html lang="ru"><head><title>Выставка в Астане</title></head><body><article>'
            f'<h1>Выставка в Астане</h1>{photo}<div class="news_text">'
            f'<p>Астана. 20 апреля. Центр информации - Выставка открылась в столице.</p>'
            f'{between}{TEXT}</div></article></body></html>')


PHOTO = ('<amp-img src="/uploads/2023/04/vystavka.jpg" width="800" height="533" '
         'layout="responsive" alt="Выставка"></amp-img>')
AMP_IFRAME = ('<amp-iframe src="https://player.example.kz/embed/1" width="640" height="360" '
              'layout="responsive" sandbox="allow-scripts"><amp-img placeholder '
              'src="/static/video-poster.jpg" layout="fill"></amp-img></amp-iframe>')
AMP_YOUTUBE = ('<amp-youtube data-videoid="abc" width="480" height="270" layout="responsive">'
               '<amp-img src="/static/yt-still.jpg" placeholder layout="fill"></amp-img>'
               '</amp-youtube>')
VIDEO = ('<video controls src="/media/clip.mp4"><img src="/static/clip-still.jpg" '
         'width="640" height="360" alt="Видео"></video>')


def images(html: str) -> list[str]:
    found = article_from_html(html, URL)
    assert found is not None
    return [u.rpartition("/")[2] for u in found["image_urls"]]


def test_an_amp_video_poster_is_no_photo() -> None:
    assert images(page(AMP_IFRAME)) == []
    assert images(page(AMP_YOUTUBE)) == []


def test_a_video_fallback_picture_is_no_photo() -> None:
    assert images(page(VIDEO)) == []


def test_the_photo_beside_a_player_stays() -> None:
    assert images(page(AMP_IFRAME + VIDEO, photo=PHOTO)) == ["vystavka.jpg"]


def test_an_amp_img_with_its_own_low_resolution_placeholder_stays() -> None:
    own = ('<amp-img src="/uploads/2023/04/vystavka.jpg" width="800" height="533" '
           'layout="responsive"><amp-img placeholder src="/uploads/2023/04/vystavka-lqip.jpg" '
           'layout="fill"></amp-img></amp-img>')
    assert images(page("", photo=own))[0] == "vystavka.jpg"


def test_a_photo_in_a_carousel_stays() -> None:
    carousel = ('<amp-carousel width="800" height="533" layout="responsive" type="slides">'
                '<amp-img src="/uploads/2023/04/one.jpg" width="800" height="533"></amp-img>'
                '<amp-img src="/uploads/2023/04/two.jpg" width="800" height="533"></amp-img>'
                '</amp-carousel>')
    assert images(page(carousel)) == ["one.jpg", "two.jpg"]
