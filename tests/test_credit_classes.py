"""A photo's credit in an element classed as a credit: found whatever the case of its class
(K2's ``itemImageCredits``), with its label or bare (``akorda.kz``), and not hidden by the
caption printed before it in the same block (``Headline`` + ``Фото:pixabay`` read as one
glued line)."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/subbotnik-v-almaty-u51003"
TITLE = "В Алматы прошел общегородской субботник"
PARAS = ["Алматы. 20 апреля. Центр информации - В Алматы прошел общегородской субботник, в "
         "котором приняли участие более десяти тысяч горожан.",
         "По словам представителей акимата, работы планируется завершить до конца месяца.",
         "В мероприятии приняли участие представители государственных органов и бизнеса."]


def page(picture: str, after: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="top"><a href="/">Главная</a></div>
<div class="item"><h2 class="itemTitle">{TITLE}</h2>
{picture}<div class="itemText">{text}</div>{after}</div>
<footer><p>© 2010-2026 Центр информации. Все права защищены.</p></footer></body></html>"""


def k2_block(credit: str, cls: str = "itemImageCredits") -> str:
    return ('<div class="itemImageBlock"><span class="itemImage"><a class="modal" '
            'href="/media/k2/items/cache/abc_XL.jpg"><img src="/media/k2/items/cache/abc_L.jpg" '
            f'alt=""></a></span><span class="itemImageCaption">{TITLE}</span>'
            f'<span class="{cls}">{credit}</span><div class="clr"></div></div>')


def record(html: str) -> dict[str, object]:
    found = article_from_html(html, URL)
    assert found is not None
    return found


@pytest.mark.parametrize(("credit", "want"), [
    ("Фото:pixabay", "pixabay"), ("Фото: gov.kz", "gov.kz"), ("akorda.kz", "akorda.kz"),
    ("Reuters", "Reuters"), ("пресс-служба акимата Алматы", "пресс-служба акимата Алматы")])
def test_k2_credit_after_the_caption(credit: str, want: str) -> None:
    rec = record(page(k2_block(credit)))
    assert rec["photo_credit"] == want
    assert rec["body"] == "\n\n".join([PARAS[0].split(" - ", 1)[1], *PARAS[1:]])


@pytest.mark.parametrize("cls", ["credit", "credits", "photo-credit", "image-credit",
                                 "wp-caption-credit", "media__credit", "imageCredit"])
def test_bare_credit_in_a_credit_class_by_the_picture(cls: str) -> None:
    picture = (f'<figure class="wp-caption"><img src="/img/1.jpg" alt="">'
               f'<figcaption>Участники субботника<span class="{cls}">akorda.kz</span>'
               '</figcaption></figure>')
    assert record(page(picture))["photo_credit"] == "akorda.kz"


def test_copyright_class_in_a_figure() -> None:
    picture = ('<figure><img src="/img/1.jpg" alt=""><figcaption>Участники субботника'
               '<small class="copyright">Reuters</small></figcaption></figure>')
    assert record(page(picture))["photo_credit"] == "Reuters"


# --------------------------------------------------------------------------- guards


def test_no_credit_box_no_credit() -> None:
    picture = '<figure><img src="/img/1.jpg" alt=""><figcaption>Участники</figcaption></figure>'
    assert record(page(picture))["photo_credit"] is None


@pytest.mark.parametrize("after", [
    '<div class="credit-calc"><span class="credit">Кредит до 5 млн тенге</span></div>',
    '<div class="site-credits">Разработка сайта — Studio</div>',
    '<p class="copyright">Все права защищены</p>',
    '<div class="copyright">Центр информации</div>'])
def test_credit_class_away_from_a_picture_names_no_bare_credit(after: str) -> None:
    picture = '<div class="pic"><img src="/img/1.jpg" alt=""></div>'
    assert record(page(picture, after))["photo_credit"] is None


def test_credit_box_holding_a_caption_sentence_is_no_credit() -> None:
    picture = ('<figure><img src="/img/1.jpg" alt=""><span class="credit">Жители города вышли '
               'на уборку улиц в субботу.</span></figure>')
    assert record(page(picture))["photo_credit"] is None


def test_site_notice_in_a_credit_box_is_no_credit() -> None:
    picture = ('<figure><img src="/img/1.jpg" alt=""><span class="credits">© 2026 '
               'Все права защищены</span></figure>')
    assert record(page(picture))["photo_credit"] is None


@pytest.mark.parametrize("credit", ["Фото:None", "null", "Фото: undefined"])
def test_template_empty_value_is_no_credit(credit: str) -> None:
    assert record(page(k2_block(credit)))["photo_credit"] is None


@pytest.mark.parametrize(("credit", "want"), [
    ("Image copyright Getty Images", "Getty Images"), ("Photograph: Tim Robberts", "Tim Robberts"),
    ("Photograph by Robyn Beck/AFP", "Robyn Beck/AFP"), ("(Image: gargantiopa / Getty Images)",
                                                         "gargantiopa / Getty Images")])
def test_credit_box_labels_read_no_other_way(credit: str, want: str) -> None:
    picture = f'<figure><img src="/img/1.jpg" alt=""><span class="credit">{credit}</span></figure>'
    assert record(page(picture))["photo_credit"] == want


def test_the_first_pictures_credit_box_decides() -> None:
    first = ('<figure><img src="/img/1.jpg" alt=""><span class="credit">(Image: pixabay)</span>'
             '</figure>')
    second = '<figure><img src="/img/2.jpg" alt=""><span class="credit">Reuters</span></figure>'
    assert record(page(first, second))["photo_credit"] == "pixabay"
