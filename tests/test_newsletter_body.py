"""A newsletter platform's text (Substack's ``div.body.markup``): what is no text in it.

An X post the platform prints into the text as links (``div.tweet``: its author, text, date
and counts) is an embedded post, not text, and the text goes on after it; a paragraph linking
a post stays text. The paywall's heading after the free part (``This post is for paid
subscribers``, ``Эта публикация только для платных подписчиков``) is the paywall's offer.
"""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/glava-gosudarstva-napravil-telegrammu-u51922"
TITLE = "Глава государства направил телеграмму поздравления Президенту Словении"
PARAS = [
    "Глава государства направил телеграмму поздравления Президенту Словении, сообщает Акорда.",
    "Эксперты считают, что решение позволит снизить нагрузку на бюджет в ближайшие годы.",
    "Специалисты напоминают о необходимости соблюдать правила безопасности на дорогах.",
    "Подробности можно узнать на официальном сайте ведомства и по телефону горячей линии.",
]
POST = "https://x.com/AkordaPress/status/1649000000411170318"
TWEET = (
    f'<div class="tweet" data-component-name="Twitter2ToDOM"><a class="tweet-link-top" '
    f'href="{POST}" target="_blank"><div class="tweet-header"><img class="tweet-header-avatar" '
    'src="https://substackcdn.com/image/twitter_name/w_96/AkordaPress.jpg" alt="">'
    '<div class="tweet-header-text"><span class="tweet-author-name">Акорда </span>'
    '<span class="tweet-author-handle">@AkordaPress</span></div></div><div class="tweet-text">'
    "Глава государства провел совещание по вопросам развития региона.</div></a>"
    f'<a class="tweet-link-bottom" href="{POST}" target="_blank"><div class="tweet-footer">'
    '<span class="tweet-date">1:15 AM ∙ Apr 24, 2024</span></div><div class="tweet-ufi">'
    '<span class="likes"><span class="like-count">1,204</span>Likes</span></div></a></div>')


def page(inner: str, after: str = "") -> str:
    return (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><article>'
            f'<div class="post-header"><h1 class="post-title">{TITLE}</h1><div>Apr 24, 2024'
            '</div></div><div class="available-content"><div dir="auto" class="body markup">'
            f"{inner}</div></div>{after}</article></body></html>")


def p(k: int) -> str:
    dateline = "Алматы. 24 апреля. Центр информации - " if k == 0 else ""
    return f"<p>{dateline}{PARAS[k]}</p>"


def body_of(html: str) -> list[str]:
    record = article_from_html(html, URL)
    assert record is not None
    return str(record["body"]).split("\n\n")


def test_a_post_printed_as_links_is_no_text() -> None:
    assert body_of(page(p(0) + TWEET + p(1) + p(2) + p(3))) == PARAS


def test_a_paragraph_linking_a_post_is_text() -> None:
    linked = (f'<p>Об этом глава государства <a href="{POST}">написал</a> в социальной сети '
              "X в среду вечером.</p>")
    assert body_of(page(p(0) + linked + p(1))) == [
        PARAS[0], "Об этом глава государства написал в социальной сети X в среду вечером.",
        PARAS[1]]


@pytest.mark.parametrize("heading", ["This post is for paid subscribers",
                                     "Эта публикация только для платных подписчиков"])
def test_the_paywall_heading_after_the_free_part_is_no_text(heading: str) -> None:
    paywall = (f'<div class="paywall"><h2 class="paywall-title">{heading}</h2>'
               '<div class="paywall-login"><a href="https://substack.com/sign-in">Already a '
               "paid subscriber? <b>Sign in</b></a></div></div>")
    assert body_of(page(p(0) + p(1), after=paywall)) == PARAS[:2]


def test_a_sentence_about_paid_subscribers_is_text() -> None:
    said = "Число платных подписчиков издания выросло за год почти вдвое, сообщили в редакции."
    assert body_of(page(p(0) + p(1) + f"<p>{said}</p>")) == [*PARAS[:2], said]


def test_the_newsletters_text_box_holds_the_text() -> None:
    """``div.available-content`` is the text's box: a post with no dateline is read from it,
    not by the last-resort densest block."""
    paras = "".join(f"<p>{t}</p>" for t in PARAS)
    record = article_from_html(page(paras), URL)
    assert record is not None and record["body"] == "\n\n".join(PARAS)
    assert record["extraction"]["body"] == "css:.available-content"
