"""Boxes a page prints inside the text (the most read stories, a poll, a reader's opinion, an
aside), readers' comments after it, a JSON-LD ``articleBody`` cut short, and pictures in custom
elements: the rules behind the sixteenth copy's crawl, each on a small page of its own."""

from __future__ import annotations

import json

import pytest

from kznews import article_from_html

URL = "http://h/news/v-pavlodare-otkryli-most-u50002"
H1 = "В Павлодаре открыли новый мост"
P1 = "В Павлодаре открыли новый мост через Иртыш, сообщает Kazinform."
P2 = "Длина моста превышает восемьсот метров, строительство заняло два года."
P3 = "Мост сократит путь грузового транспорта."  # short: under 40 characters of prose
OTHERS = ('<li><a href="/news/drugaya-novost-u49990"><img src="/thumbs/49990.jpg" alt="">'
          '<span>Другая новость о городе</span></a> <em>1 204</em></li>'
          '<li><a href="/news/eshche-novost-u49991">Ещё одна новость</a></li>')
OPINION = ("Живу рядом с переправой двадцать лет и скажу честно: такого моста мы ждали очень "
           "давно, спасибо всем, кто его строил.")
COMMENT = ("Хорошая новость, но хотелось бы знать, во сколько обошёлся мост бюджету и кто "
           "будет отвечать за его содержание зимой.")


def _page(text: str, after: str = "", head: str = "") -> str:
    return (f'<html lang="ru"><head><title>{H1}</title>{head}</head><body><main>'
            f'<article class="news-item"><h1>{H1}</h1>'
            '<time datetime="2023-05-12T10:15:00+06:00">12.05.2023 10:15</time>'
            f'<div class="story-text">{text}</div>{after}</article>'
            '<article class="news-item"><h2><a href="/news/drugaya-novost-u49990">Другая '
            "новость о городе</a></h2><div class=\"story-text\"><p>Текст следующей новости "
            "ленты, который к этой статье не относится.</p></div></article>"
            "</main></body></html>")


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


BOXES = {
    "aside": f'<aside class="inline-top"><h4>Популярное</h4><ul>{OTHERS}</ul></aside>',
    "kk label in a div": f'<div class="w-box"><div class="w-title">Ең көп оқылған</div>'
                         f"<ol>{OTHERS}</ol></div>",
    "en heading in a section": f"<section><h3>Most read</h3><ol>{OTHERS}</ol></section>",
    "bare heading over links": f"<h3>Самое читаемое</h3><ul>{OTHERS}</ul>",
    "poll": '<div class="survey-box"><h4>Опрос</h4><p>Как вы оцениваете это решение?</p>'
            '<label><input type="radio" name="a"> Хорошо</label>'
            '<label><input type="radio" name="a"> Плохо</label></div>',
    "reader's opinion": f'<div class="letter"><h5>Голос читателя</h5><p>{OPINION}</p>'
                        "<p>— Ерлан, Павлодар</p></div>",
    "classed reader's opinion": f'<div class="reader-opinion"><p>{OPINION}</p></div>',
}


@pytest.mark.parametrize("box", BOXES.values(), ids=BOXES.keys())
def test_box_between_paragraphs_does_not_end_the_text(box: str) -> None:
    rec = _record(_page(f"<p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p>"))
    assert rec["body"] == "\n\n".join([P1, P2, P3])


@pytest.mark.parametrize("box", BOXES.values(), ids=BOXES.keys())
def test_box_after_the_text_ends_it(box: str) -> None:
    rec = _record(_page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>{box}"))
    assert rec["body"] == "\n\n".join([P1, P2, P3])


def test_the_text_goes_on_only_in_its_own_container() -> None:
    """A most read box after the text's container is no interruption: the next story's text
    under it is not this one's."""
    aside = f'<aside class="most-read"><h3>Самое читаемое</h3><ol>{OTHERS}</ol></aside>'
    rec = _record(_page(f"<p>{P1}</p><p>{P2}</p>", after=aside))
    assert rec["body"] == f"{P1}\n\n{P2}"


def test_readers_comments_are_never_text() -> None:
    unclassed = (f'<div class="responses"><h3>Пікірлер (2)</h3><div><b>Айжан</b> 13.05.2023'
                 f"<p>{COMMENT}</p></div><div><b>Марат</b><p>{COMMENT}</p></div></div>")
    classed = f'<div class="comment-list"><div class="comment-body"><p>{COMMENT}</p></div></div>'
    for comments in (unclassed, classed):
        rec = _record(_page(f"<p>{P1}</p><p>{P2}</p>{comments}"))
        assert rec["body"] == f"{P1}\n\n{P2}", comments


def _ld(body: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": H1,
            "datePublished": "2023-05-12T10:15:00+06:00", "articleBody": body}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def test_json_ld_article_body_cut_short_is_not_the_text() -> None:
    text = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    want = "\n\n".join([P1, P2, P3])
    for body in (P1[:48].rsplit(" ", 1)[0] + "…", P1[:48] + "...", P1):
        rec = _record(_page(text, head=_ld(body)))
        assert rec["body"] == want and rec["source"] == "Kazinform", body
    # a whole articleBody stays the text
    whole = _record(_page(text, head=_ld("\n".join([P1, P2, P3]))))
    assert whole["body"] == want and whole["extraction"]["body"] == "jsonld:articleBody"


PHOTO = "/media/2023/05/most-1.jpg"


@pytest.mark.parametrize("element,want", [
    ('<x-photo data-src="/media/2023/05/most-2.jpg"></x-photo>', "/media/2023/05/most-2.jpg"),
    ('<ui-picture srcset="/media/w640.webp 640w, /media/w1280.webp 1280w"></ui-picture>',
     "/media/w1280.webp"),
    ('<news-image src="/media/cdn/12345"></news-image>', "/media/cdn/12345"),
    ('<ic-figure><img src="/media/2023/05/most-3.jpg" alt=""></ic-figure>',
     "/media/2023/05/most-3.jpg"),
])
def test_custom_element_inside_the_text_shows_a_photo(element: str, want: str) -> None:
    text = f"<p>{P1}</p>{element}<p>{P2}</p><p>{P3}</p>"
    for head in ("", _ld("\n".join([P1, P2, P3]))):  # the text from the page, or from JSON-LD
        rec = _record(_page(f'<img src="{PHOTO}" alt="">' + text, head=head))
        assert rec["image_urls"] == [f"http://h{PHOTO}", f"http://h{want}"], head


def test_custom_element_without_a_picture_shows_none() -> None:
    video = '<x-player src="/media/2023/05/most.mp4"></x-player>'
    rec = _record(_page(f'<img src="{PHOTO}" alt=""><p>{P1}</p>{video}<p>{P2}</p>'))
    assert rec["image_urls"] == [f"http://h{PHOTO}"]


def test_paywalled_paragraphs_stay_text() -> None:
    """Paragraphs behind a paywall are delivered in the HTML, merely hidden: the text's."""
    box = f'<aside class="inline-top"><h4>Популярное</h4><ul>{OTHERS}</ul></aside>'
    offer = '<div class="offer">Оформите подписку, чтобы дочитать материал</div>'
    for hide in ('style="display:none"', "hidden"):
        rec = _record(_page(f"<p>{P1}</p>{box}<p>{P2}</p>{offer}<div class=\"locked\" {hide}>"
                            f"<p>{P3}</p></div>"))
        assert rec["body"] == "\n\n".join([P1, P2, P3]), hide
