"""A copy a resizer names by a query on the file's own address is the file: ImageProcessor's
crops (``/media/12/a.jpg?anchor=center&mode=crop&width=800&rnd=…``), imgix-like ``?w=&fit=``,
Photon's ``?resize=``. Only an image file's path with sizing parameters only: other queries (an
id, a cache key, a signature, Drupal's ``itok``) name other addresses."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.extract.variants import one_per_photo, original

URL = "https://h.kz/ru/news/v-astane-otkryli-novuyu-shkolu-u61240"
H1 = "В Астане открыли новую школу"
P1 = "Астана. 20 апреля. Центр информации - В столице открыли новую школу на 1200 мест."
P2 = "В школе оборудовали кабинеты робототехники и химии, спортивный зал и бассейн."


def _crop(name: str, width: int) -> str:
    return (f"/media/65{name[-1]}/{name}.jpg?anchor=center&amp;mode=crop&amp;width={width}"
            f"&amp;height={width * 9 // 16}&amp;rnd=133204152500")


def _images(media: str, head: str = "") -> list[str]:
    html = (f'<html lang="ru"><head><title>{H1}</title>{head}</head><body><main>'
            f'<h1>{H1}</h1><div class="news-photo">{media}</div>'
            f'<div class="content"><p>{P1}</p><p>{P2}</p></div></main></body></html>')
    rec = article_from_html(html, URL, listing_date="2024-05-01", today="2024-06-01")
    assert rec is not None
    return rec["image_urls"]  # type: ignore[return-value]


def test_an_imageprocessor_crop_in_og_image_src_and_srcset_is_the_media_file() -> None:
    head = f'<meta property="og:image" content="https://h.kz{_crop("a1", 1200)}">'
    srcset = ", ".join(f"{_crop('a1', w)} {w}w" for w in (400, 800, 1200))
    media = (f'<img src="{_crop("a1", 800)}" srcset="{srcset}" alt="">'
             f'<figure><img src="{_crop("b2", 800)}" alt=""></figure>')
    assert _images(media, head) == ["https://h.kz/media/651/a1.jpg",
                                    "https://h.kz/media/652/b2.jpg"]


@pytest.mark.parametrize(("url", "file"), [
    ("https://h.kz/media/1/a.jpg?anchor=center&mode=crop&width=1200&height=675&rnd=1332",
     "https://h.kz/media/1/a.jpg"),
    ("https://h.kz/media/1/a.jpg?center=0.4,0.5&mode=crop&width=800&heightratio=0.5625",
     "https://h.kz/media/1/a.jpg"),
    ("https://cdn.h.kz/p/a.png?w=800&h=450&fit=crop&auto=format&q=75", "https://cdn.h.kz/p/a.png"),
    ("https://i0.h.kz/up/a.jpeg?resize=800%2C600", "https://i0.h.kz/up/a.jpeg"),
    ("https://i0.wp.com/h.kz/up/a.jpg?resize=1024%2C683&ssl=1", "https://i0.wp.com/h.kz/up/a.jpg"),
    ("https://i0.wp.com/h.kz/up/a.jpg?w=1200&strip=all&ssl=1", "https://i0.wp.com/h.kz/up/a.jpg"),
    ("https://h.kz/up/a.webp?quality=80&format=jpg", "https://h.kz/up/a.webp"),
])
def test_a_sizing_query_on_an_image_file_is_the_file(url: str, file: str) -> None:
    assert one_per_photo([url]) == [file]


@pytest.mark.parametrize("url", [
    "https://h.kz/image.php?id=123&w=800",  # a script's address names no file
    "https://h.kz/up/a.jpg?v=3",  # a cache key
    "https://h.kz/up/a.jpg?w=800&id=4",  # an id beside the size
    "https://h.kz/up/a.jpg?w=1200&s=02f5f0570d9d",  # a signed copy
    "https://h.kz/sites/default/files/styles/large/public/a.jpg?itok=49ab3dfa",  # a style's token
    "https://h.kz/up/a.jpg",
])
def test_other_queries_stay(url: str) -> None:
    assert one_per_photo([url]) == [url]


def test_two_photos_stay_two_and_script_addresses_stay_apart() -> None:
    urls = ["https://h.kz/media/1/a.jpg?mode=crop&width=800&rnd=1",
            "https://h.kz/media/2/b.jpg?mode=crop&width=800&rnd=1",
            "https://h.kz/media/1/a.jpg?mode=crop&width=1200&rnd=1",
            "https://h.kz/image.php?id=123&mode=crop", "https://h.kz/image.php?id=124&mode=crop",
            "https://h.kz/up/c.jpg?v=3", "https://h.kz/up/d.jpg?v=3"]
    assert one_per_photo(urls) == [
        "https://h.kz/media/1/a.jpg", "https://h.kz/media/2/b.jpg",
        "https://h.kz/image.php?id=123&mode=crop", "https://h.kz/image.php?id=124&mode=crop",
        "https://h.kz/up/c.jpg?v=3", "https://h.kz/up/d.jpg?v=3"]


def test_photon_copies_of_one_file_are_one_photo() -> None:
    copies = ["https://i0.wp.com/h.kz/up/a.jpg?resize=800%2C533&ssl=1",
              "https://i0.wp.com/h.kz/up/a.jpg?w=1600&strip=all&ssl=1",
              "https://i0.wp.com/h.kz/up/b.jpg?resize=800%2C533&ssl=1"]
    assert one_per_photo(copies) == ["https://i0.wp.com/h.kz/up/a.jpg",
                                      "https://i0.wp.com/h.kz/up/b.jpg"]


@pytest.mark.parametrize(("url", "file"), [
    ("https://i0.wp.com/h.kz/up/a.jpg?w=1600&strip=all&ssl=1", "https://h.kz/up/a.jpg?w=1600&strip=all"),
    ("https://i2.wp.com/www.h.kz/up/a.png?resize=800%2C533", "http://www.h.kz/up/a.png?resize=800%2C533"),
    ("https://i0.wp.com/up/a.jpg?w=800", "https://i0.wp.com/up/a.jpg?w=800"),  # no host named
    ("https://h.kz/up/a.jpg?w=800", "https://h.kz/up/a.jpg?w=800"),
])
def test_a_photon_address_names_the_sites_file(url: str, file: str) -> None:
    assert original(url) == file


def test_the_site_file_and_its_photon_copy_are_one_photo() -> None:
    page = """<html><head><meta property="og:image" content="https://h.kz/up/2019/a.jpg">
    </head><body><article><h1>Сенат одобрил закон о платформенной занятости</h1>
    <div class="entry-content"><figure><img src="https://i0.wp.com/h.kz/up/2019/a.jpg?w=2500&amp;quality=82&amp;strip=all&amp;ssl=1"></figure>
    <p>Астана. 20 апреля. Сенат одобрил закон о платформенной занятости, сообщает пресс-служба
    палаты. Закон вводит понятие платформенной занятости и защищает права исполнителей.</p>
    <p>Документ направлен на подпись Главе государства и вступит в силу через десять дней.</p>
    </div></article></body></html>"""
    record = article_from_html(page, "https://ic24.kz/news/senat-odobril-zakon-u50001")
    assert record is not None
    assert record["image_urls"] == ["https://h.kz/up/2019/a.jpg"]


def test_a_cache_key_on_one_file_names_two_versions() -> None:
    # ``?v=`` is no size: two versions of one file are kept as printed
    urls = ["https://h.kz/up/a.jpg?v=3", "https://h.kz/up/a.jpg?v=4"]
    assert one_per_photo(urls) == urls
