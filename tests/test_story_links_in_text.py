"""Other stories a page links from around its text: their thumbnails are not the page's photos,
and several "read also" lines in a row are passed over like one."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/zhana-mektep-ashyldy-u61002"
P1 = "В Шымкенте открыли новую школу на девятьсот мест, сообщили в акимате города."
P2 = "В здании есть бассейн, два спортивных зала и современные кабинеты химии и физики."
P3 = "Строительство второй школы в том же районе завершат до конца следующего года."


def _page(text: str, after: str = "", photo: str = "") -> str:
    return ('<html lang="ru"><head><title>Новая школа</title></head><body><main class="story">'
            f'<h1 class="story-title">Новая школа открылась</h1>{photo}'
            '<time datetime="2024-03-05T10:00:00+05:00">05.03.2024</time>'
            f'<div class="story-text">{text}</div>{after}</main></body></html>')


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


CARD_MARKUPS = [
    # a card whose picture links to the other story
    '<div class="more"><div class="teaser" data-url="/news/novyi-most-u60990">'
    '<a href="/news/novyi-most-u60990"><span><img src="/media/t/60990.jpg"></span></a>'
    '<div class="teaser-name">Новый мост</div></div></div>',
    # a row the script makes a link of, its picture in no link at all
    '<ul class="more"><li class="item" onclick="location.href=\'/kz/zhol-u60991\'">'
    '<img src="/media/t/60991.webp"><b>Жол жөндеуі басталды</b></li></ul>',
    # a picture linking to another outlet's story (a partner's box)
    '<div class="partner"><a href="https://other.example/news/mir-u60992/">'
    '<img src="https://other.example/i/60992.jpg"></a></div>',
]


@pytest.mark.parametrize("card", CARD_MARKUPS)
def test_a_thumbnail_of_another_story_is_no_photo_of_the_page(card: str) -> None:
    text = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    rec = _record(_page(text, after=card))
    assert rec["image_urls"] == []
    photo = '<figure><img src="/media/full/61002.jpg"></figure>'
    rec = _record(_page(text, after=card, photo=photo))
    assert rec["image_urls"] == ["http://h/media/full/61002.jpg"]


def test_a_photo_linking_to_its_own_file_or_page_stays() -> None:
    text = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    own = ('<a href="/news/zhana-mektep-ashyldy-u61002"><img src="/media/a.jpg"></a>'
           '<a href="/media/big/b.jpg"><img src="/media/small/b.jpg"></a>')
    rec = _record(_page(text, photo=f"<div class=\"gallery\">{own}</div>"))
    assert rec["image_urls"] == ["http://h/media/a.jpg", "http://h/media/big/b.jpg"]


ALSO_LINES = [
    ("Читайте также:", "Читайте также:"),
    ("Also read:", "See also:"),
    ("Сондай-ақ оқыңыз:", "Сондай-ақ оқыңыз:"),
]


@pytest.mark.parametrize(("first", "second"), ALSO_LINES)
def test_read_also_lines_in_a_row_are_passed_over_like_one(first: str, second: str) -> None:
    also = ''.join(f'<p><b>{label}</b> <a href="/news/x-u6099{k}">'
                   f"Другая новость номер {k}</a></p>" for k, label in enumerate((first, second)))
    rec = _record(_page(f"<p>{P1}</p>{also}<p>{P2}</p><p>{P3}</p>"))
    assert rec["body"] == f"{P1}\n\n{P2}\n\n{P3}"
