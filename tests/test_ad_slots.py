"""Ad slots between a text's paragraphs: passed over by their label, their slot's attributes
or their class, whatever the CMS; a paragraph or a story about advertising stays text."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "http://h/news/v-astane-otkryli-most-u51002"
P1 = "В Астане после ремонта открыли мост через Ишим, сообщили в акимате столицы."
P2 = "Движение по мосту восстановлено во всех направлениях с сегодняшнего утра."
P3 = "Работы обошлись бюджету города в два миллиарда тенге, уточнили в ведомстве."
IMG = '<img src="/uploads/banners/credit-300x250.jpg" alt="">'
PHOTO = '<img src="/uploads/2026/11/most-1.jpg" alt="Мост">'


def _page(content: str, h1: str = "В Астане открыли мост после ремонта") -> str:
    return (f'<html lang="ru"><head><title>{h1}</title></head><body><div class="page">'
            f'<h1>{h1}</h1><time datetime="2026-11-20T10:00:00+05:00">20.11.2026</time>'
            f'<div class="news-body"><figure>{PHOTO}</figure>{content}</div></div>'
            "</body></html>")


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


AD_LINE = "Ипотека под 5% для молодых семей — оформите заявку за десять минут!"
SLOTS = [
    # by their label line, in any language and case, with an age mark or an advertiser
    f'<div class="box-x7"><span class="lbl">Реклама</span><p>{AD_LINE}</p></div>',
    f'<section><div>ADVERTISEMENT</div><a href="https://bank.example/">{IMG}{AD_LINE}</a>'
    "</section>",
    f'<div><small>Жарнама · 18+</small><p>{AD_LINE}</p></div>',
    f'<div class="c1"><em>ТОО «Банк» | На правах рекламы</em><p>{AD_LINE}</p></div>',
    f'<div class="c2"><b>Sponsored</b><p>{AD_LINE}</p></div>',
    f'<div><p>Партнёрский материал</p><p>{AD_LINE}</p></div>',
    # by the attributes an ad script reads off its slot
    f'<div data-slot="inread-9f3c1a"><p>{AD_LINE}</p></div>',
    f'<div data-google-query-id="CKv8x"><p>{AD_LINE}</p>{IMG}</div>',
    f'<div data-adfox="owner:1"><p>{AD_LINE}</p></div>',
    f'<div id="adfox_168812345"><p>{AD_LINE}</p></div>',
    f'<div data-ad-unit="mid-1"><p>{AD_LINE}</p></div>',
    # by a read-in / native / partner class token
    f'<div class="article-inread"><p>{AD_LINE}</p></div>',
    f'<div class="in-read-wrap"><p>{AD_LINE}</p></div>',
    f'<div class="inpage"><p>{AD_LINE}</p></div>',
    f'<div class="native-ad-card"><p>{AD_LINE}</p></div>',
    f'<div class="promoted-content"><p>{AD_LINE}</p></div>',
    f'<div class="partner-block"><p>{AD_LINE}</p></div>',
]


@pytest.mark.parametrize("slot", SLOTS, ids=[f"slot{i}" for i in range(len(SLOTS))])
def test_ad_slot_between_paragraphs_is_passed_over(slot: str) -> None:
    rec = _record(_page(f"<p>{P1}</p><p>{P2}</p>{slot}<p>{P3}</p>"))
    assert rec["body"] == "\n\n".join([P1, P2, P3])
    assert all("banners" not in str(src) for src in rec.get("images") or []), rec.get("images")


def test_paragraphs_about_advertising_stay_text() -> None:
    law = "Закон о рекламе вступит в силу с первого января, сообщили в министерстве."
    ban = "Реклама на билбордах запрещена в центре города с прошлого года."
    rec = _record(_page(f"<p>{P1}</p><p>{law}</p><p>{ban}</p><p>{P3}</p>"))
    assert rec["body"] == "\n\n".join([P1, law, ban, P3])


def test_story_about_advertising_in_its_own_box_stays() -> None:
    line = "Рекламный рынок Казахстана вырос на десять процентов за год."
    story = f'<div class="story"><p>Реклама</p><p>{line}</p></div>'
    text = f'<div class="text"><span>Реклама</span> <p>{line}</p></div>'
    for box in (story, text):
        rec = _record(_page(f"<p>{P1}</p>{box}<p>{P3}</p>"))
        assert line in str(rec["body"]) and P3 in str(rec["body"]), box


def test_component_slot_is_no_ad_and_promoted_node_is_the_article() -> None:
    slot = f'<div data-slot="card-content"><p>{P2}</p></div>'
    rec = _record(_page(f"<p>{P1}</p>{slot}<p>{P3}</p>"))
    assert rec["body"] == "\n\n".join([P1, P2, P3])
    drupal = _page(f'<div class="node node--promoted"><p>{P1}</p><p>{P2}</p></div>')
    assert _record(drupal)["body"] == f"{P1}\n\n{P2}"
