"""What sits inside an article's text without being text, as any CMS may print it.

Pull quotes repeat a sentence of the text; ad slots and their labels, buttons and calls to
action are furniture; footnote markers are no text while the notes are text after the text;
an embedded post (Telegram) is skipped and the text goes on after it; a next-story label
under the text ends it, and a line of tag links glued together is no paragraph.
"""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/v-pavlodare-otkryli-novyy-most-cherez-irtysh-u47522"
TITLE = "В Павлодаре открыли новый мост через Иртыш"
DATELINE = "Павлодар. 12 мая. Центр информации - "
PARAS = [
    "В Павлодаре открыли новый автомобильный мост через Иртыш, сообщили в акимате области.",
    "Длина моста составляет почти девятьсот метров, по нему пройдут четыре полосы движения.",
    "Строители завершили работы на два месяца раньше срока, указанного в договоре подряда.",
    "До конца года в области отремонтируют ещё три моста на дорогах местного значения.",
]


def page(inner: str, after: str = "") -> str:
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="top"><a href="/">Главная</a></div>
<div class="wrap"><h1>{TITLE}</h1><div class="meta">12.05.2022 10:15</div>
<div class="story">{inner}</div>{after}</div>
<footer>Все права защищены.</footer></body></html>"""


def p(k: int, extra: str = "") -> str:
    return f"<p>{DATELINE if k == 0 else ''}{PARAS[k]}{extra}</p>"


def body_of(html: str) -> list[str]:
    record = article_from_html(html, URL)
    assert record is not None
    return str(record["body"]).split("\n\n")


# ------------------------------------------------------------------ pull quotes
@pytest.mark.parametrize("quote", [
    '<blockquote class="pullquote"><p>{s}</p></blockquote>',
    '<aside class="pull-quote">{s}</aside>',
    '<figure class="wp-block-pullquote"><blockquote><p>{s}</p></blockquote></figure>',
    '<div class="pull_quote"><span>«{s}»</span></div>',
    "<blockquote><p>«{s}»</p></blockquote>",  # no class: it repeats a sentence of the text
])
def test_a_pull_quote_repeating_a_sentence_is_not_text(quote: str) -> None:
    sentence = PARAS[2].rstrip(".")
    html = page(p(0) + p(1) + quote.format(s=sentence) + p(2) + p(3))
    assert body_of(html) == PARAS


def test_a_quote_that_repeats_nothing_is_text() -> None:
    cited = "Мы ждали этот мост двадцать лет, и теперь дорога до работы займёт десять минут."
    html = page(p(0) + p(1) + f"<blockquote><p>{cited}</p></blockquote>" + p(2) + p(3))
    assert body_of(html) == [*PARAS[:2], cited, *PARAS[2:]]


# ------------------------------------------------------------------ advertisements
@pytest.mark.parametrize("ad", [
    '<div><p class="x9f2a">Реклама</p><div id="adfox_47522"></div></div>',
    "<div>— Advertisement —</div>",
    "<p><span>Жарнама</span></p>",
    '<amp-ad width="300" height="250" type="adsense"><div placeholder>Реклама'
    "</div><div fallback>Объявление не загрузилось</div></amp-ad>",
    '<div class="ad"><span>Спецпредложение партнёра: кредит за один день</span></div>',
    '<div class="post-ads-block">Купите квартиру в новом жилом комплексе</div>',
    '<div class="yandex_rtb_R-A-123-4">Объявление партнёрской сети</div>',
    '<div class="adsbygoogle-wrap">Объявление партнёрской сети</div>',
    '<div class="google-ad slot">Объявление партнёрской сети</div>',
])
def test_an_ad_slot_or_label_in_the_text_is_not_text(ad: str) -> None:
    html = page(p(0) + p(1) + ad + p(2) + p(3))
    assert body_of(html) == PARAS


@pytest.mark.parametrize("cls", ["head", "download", "road-works", "thread", "badge-lead"])
def test_a_class_merely_containing_ad_is_not_an_ad_slot(cls: str) -> None:
    html = page(p(0) + p(1) + f'<div class="{cls}"><p>{PARAS[2]}</p></div>' + p(3))
    assert body_of(html) == PARAS


# ------------------------------------------------------------------ buttons, calls to action
@pytest.mark.parametrize("button", [
    '<p class="button-wrapper"><a class="button primary" href="/c"><span>Leave a comment'
    "</span></a></p>",
    '<div class="btn-row"><a href="/c">Оставить комментарий</a></div>',
    '<p><a href="/comments">Пікір қалдыру</a></p>',
    "<p><strong>Subscribe now</strong></p>",
    '<div class="cta"><p>Подпишитесь на нашу рассылку и получайте новости первыми каждый день.'
    "</p></div>",
])
def test_a_button_or_call_to_action_in_the_text_is_not_text(button: str) -> None:
    html = page(p(0) + p(1) + button + p(2) + p(3))
    assert body_of(html) == PARAS


# ------------------------------------------------------------------ footnotes
NOTES = ["По данным областного управления дорог.", "Без учёта расходов на освещение."]


def test_substack_like_footnotes_follow_the_text_without_numbers() -> None:
    anchor = ('<a class="footnote-anchor" id="footnote-anchor-{n}" href="#footnote-{n}">{n}'
              "</a>")
    notes = "".join(
        f'<div class="footnote"><a id="footnote-{n}" href="#footnote-anchor-{n}" '
        f'class="footnote-number">{n}</a><div class="footnote-content"><p>{t}</p></div></div>'
        for n, t in enumerate(NOTES, 1))
    html = page(p(0) + p(1, anchor.format(n=1)) + p(2) + p(3, anchor.format(n=2))
                + "<p>Источник: акимат области</p>" + notes)
    assert body_of(html) == [*PARAS, *NOTES]


def test_markdown_footnotes_with_back_links_follow_the_text() -> None:
    ref = '<sup id="fnref{n}"><a href="#fn{n}" class="footnote-ref">{n}</a></sup>'
    notes = "".join(f'<li id="fn{n}"><p>{t} <a href="#fnref{n}" class="footnote-back">↩︎</a>'
                    "</p></li>" for n, t in enumerate(NOTES, 1))
    html = page(p(0) + p(1, ref.format(n=1)) + p(2, ref.format(n=2)) + p(3),
                after=f'<section class="footnotes"><hr><ol>{notes}</ol></section>')
    assert body_of(html) == [*PARAS, *NOTES]


def test_word_like_bracketed_notes_lose_their_numbers() -> None:
    ref = '<a href="#_ftn{n}" name="_ftnref{n}">[{n}]</a>'
    notes = "".join(f'<div id="ftn{n}"><p><a href="#_ftnref{n}" name="_ftn{n}">[{n}]</a> {t}'
                    "</p></div>" for n, t in enumerate(NOTES, 1))
    html = page(p(0) + p(1, ref.format(n=1)) + p(2) + p(3, ref.format(n=2)) + notes)
    assert body_of(html) == [*PARAS, *NOTES]


def test_a_units_power_is_text_next_to_footnotes() -> None:
    area = "Площадь нового пешеходного тротуара на мосту составила 4 500 м<sup>2</sup>."
    ref = '<sup><a href="#fn1">1</a></sup>'
    html = page(p(0, ref) + f"<p>{area}</p>" + p(1),
                after=f'<ol class="footnotes"><li id="fn1">{NOTES[0]}</li></ol>')
    assert body_of(html) == [PARAS[0], area.replace("<sup>2</sup>", "2"), PARAS[1], NOTES[0]]


# ------------------------------------------------------------------ embeds, the page's end
@pytest.mark.parametrize("embed", [
    '<div class="tgme_widget_message_wrap"><div class="tgme_widget_message">'
    '<div class="tgme_widget_message_text">Подписывайтесь на наш канал!</div>'
    '<div class="tgme_widget_message_footer"><span>12.3K</span><time>09:00</time></div>'
    "</div></div>",
    '<blockquote class="telegram-post" data-telegram-post="ic24kz/1"><div>Пост канала</div>'
    '<footer class="post-footer">t.me/ic24kz</footer></blockquote>',
])
def test_the_text_goes_on_after_an_embedded_post(embed: str) -> None:
    html = page(p(0) + p(1) + embed + p(2) + p(3))
    assert body_of(html) == PARAS


@pytest.mark.parametrize("label", ["Next story", "Следующая новость", "Келесі жаңалық →"])
def test_a_next_story_label_ends_the_text_and_glued_tag_links_are_cut(label: str) -> None:
    tags = '<div class="k3x"><a href="/tag/bridges">мосты</a><a href="/tag/roads">дороги</a></div>'
    nxt = (f'<section><div class="q1">{label}</div><article><h2><a href="/news/'
           'drugoe-u47521">В Экибастузе построят новую школу на тысячу мест</a></h2>'
           "<p>В Экибастузе начали строить новую школу на тысячу двести учеников.</p></article>"
           "</section>")
    html = page(p(0) + p(1) + p(2) + p(3), after=tags + nxt)
    assert body_of(html) == PARAS
