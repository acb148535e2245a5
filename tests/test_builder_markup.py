"""Pages of site builders and hosted platforms (wall posts, channel posts, builder pages): a
"show more" fold, a post's counters and attachments, an icon before a credit, a builder's
rubric label and footer line, each on a small page of its own."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/v-almaty-otkryli-park-u50001"
HEAD = "В Алматы открыли новый парк"
P1 = "В Алматы открыли новый парк площадью двенадцать гектаров, сообщает КазТАГ."
P2 = "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки."
P3 = "Работы по благоустройству продолжатся в следующем году во всех районах города."
STAMP = '<time datetime="2023-04-20T14:35:00+06:00">20.04.2023</time>'


def _page(content: str) -> str:
    return (f'<html lang="ru"><head><title>{HEAD}</title></head><body><main><h1>{HEAD}</h1>'
            f'{STAMP}<div class="content">{content}</div></main></body></html>')


def _post(text: str, after: str = "") -> str:
    """A page that is one wall post: its text box, then its attachments and counters."""
    return (f'<html lang="ru"><head><title>Запись сообщества</title>'
            f'<meta property="og:title" content="{HEAD}"></head><body>'
            f'<div class="feed"><div class="wall-item" data-post-id="-1_50001">'
            f'<div class="item-head"><a href="/club1">Центр информации</a> {STAMP}</div>'
            f'<div class="item-body"><div class="item-inner"><div class="post-text">{text}</div>'
            f'</div>{after}</div></div></div></body></html>')


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


@pytest.mark.parametrize("words", ["Читать далее", "Показать полностью…", "Show more",
                                   "See more", "Толығырақ", "…ещё", "Read more →"])
def test_show_more_fold_is_text_and_its_control_is_not(words: str) -> None:
    first, rest = P2.split(" проложены ")
    html = _page(f"<p>{P1}</p><p>{first} <button class=\"btn\">{words}</button>"
                 f"<span style=\"display: none\">проложены {rest}</span></p><p>{P3}</p>")
    assert _record(html)["body"] == f"{P1}\n\n{P2}\n\n{P3}"


def test_hidden_box_after_a_plain_link_stays_hidden() -> None:
    html = _page(f"<p>{P1}</p><p>{P2} <a href=\"/about\">О проекте</a>"
                 "<span style=\"display:none\">Скрытая приманка для роботов.</span></p>")
    assert "приманка" not in str(_record(html)["body"])


@pytest.mark.parametrize("count", ["683", "12,4 тыс.", "1.2K"])
@pytest.mark.parametrize("box", ['<div class="like_wrap"><div class="like_views"><span>{}</span>'
                                 '</div></div>', '<div class="counters"><span>{}</span></div>',
                                 '<div class="post-footer"><b class="x">{}</b></div>'])
def test_bare_count_in_a_posts_counter_box_is_no_paragraph(box: str, count: str) -> None:
    text = f"{HEAD}<br><br>Алматы. 20 апреля. Центр информации - {P1}<br><br>{P2}"
    body = str(_record(_post(text, box.format(count)))["body"])
    assert body.endswith(P2)


def test_a_posts_photos_beside_its_text_box_are_its_images() -> None:
    text = f"{HEAD}<br><br>{P1}<br><br>{P2}"
    html = _post(text, '<div class="media-attachment"><img class="attachment__img" '
                       'src="/photos/p50001-1.jpg" alt=""></div>')
    assert _record(html)["image_urls"] == ["http://h/photos/p50001-1.jpg"]


@pytest.mark.parametrize("icon", ["📷", "📸", "🖼️", "▶"])
@pytest.mark.parametrize("label", ["Фото:", "Photo:", "Сурет:"])
def test_credit_line_led_by_an_icon(icon: str, label: str) -> None:
    html = _page(f"<p>{P1}</p><p>{P2}</p><p><i class=\"emoji\"><b>{icon}</b></i> {label} "
                 "akorda.kz</p>")
    rec = _record(html)
    assert rec["photo_credit"] == "akorda.kz"
    assert rec["body"] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("line", ["Section: Incidents", "Category: Society", "Rubric: Sport",
                                  "Рубрика: Общество", "Санаты: Қоғам", "Айдар: Қоғам"])
def test_rubric_label_line_over_the_text_is_no_paragraph(line: str) -> None:
    html = _page(f"<p>{line}</p><p>{P1}</p><p>{P2}</p>")
    assert _record(html)["body"] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("line", ["Google Sites · Report abuse · Page updated Jan 25, 2021",
                                  "Made with Tilda", "Powered by Squarespace",
                                  "Сообщить о нарушении · Страница обновлена 25.01.2021"])
def test_hosted_sites_footer_line_is_no_paragraph(line: str) -> None:
    html = _page(f"<p>{P1}</p><p>{P2}</p><div><span>{line}</span></div>")
    assert _record(html)["body"] == f"{P1}\n\n{P2}"


def test_sentence_naming_a_builder_stays_text() -> None:
    said = "Сайт фестиваля, по словам организаторов, был сделан на Tilda за одну неделю."
    html = _page(f"<p>{P1}</p><p>{said}</p>")
    assert said in str(_record(html)["body"])
