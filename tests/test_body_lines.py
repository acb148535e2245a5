"""Lines a blog engine or a small CMS prints inside an article's text that are no text.

An author's byline on top of the text (``Автор: …``, ``Мәтін: …``, ``Фото и текст: …``),
the "found a typo? press Ctrl+Enter" prompt, a caption under an embedded video, a "read
also" link in Kazakh, a messenger promo and a print link: none is a paragraph, wherever the
engine puts it, and a "read also" link followed by a video does not end the text.
"""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.sites.centerinform import words as W

URL = "https://ic24.kz/news/v-ekibastuze-postroyat-shkolu-u48310"
TITLE = "В Экибастузе построят школу на тысячу двести мест"
DATELINE = "Экибастуз. 3 июня. Центр информации - "
PARAS = [
    "В Экибастузе начали строить школу на тысячу двести учеников, сообщили в акимате города.",
    "Здание в три этажа получит бассейн, два спортивных зала и кабинеты робототехники.",
    "Подрядчик обещает сдать школу к первому сентября следующего года, без переноса сроков.",
    "Ещё две школы в городе капитально отремонтируют летом на средства областного бюджета.",
]
KK_TITLE = "Екібастұзда мың екі жүз орындық мектеп салынады"
KK_PARAS = [
    "Екібастұз қаласында мың екі жүз оқушыға арналған жаңа мектептің құрылысы басталды.",
    "Үш қабатты ғимаратта бассейн, екі спорт залы және робототехника кабинеттері болады.",
    "Мердігер мектепті келесі жылдың бірінші қыркүйегіне дейін тапсыруға уәде берді.",
]


def page(inner: str, title: str = TITLE) -> str:
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="top"><a href="/">Главная</a></div>
<div class="col"><h2 class="t9">{title}</h2><div class="when">03.06.2022 12:30</div>
<div class="txt-box">{inner}</div>
<div class="bottom"><a href="/news/">Все новости</a></div></div></body></html>"""


def paras(items: list[str], *, tag: str = "p", dateline: bool = True) -> list[str]:
    first = DATELINE if dateline else ""
    return [f"<{tag}>{first if k == 0 else ''}{t}</{tag}>" for k, t in enumerate(items)]


def body_of(html: str) -> list[str]:
    record = article_from_html(html, URL)
    assert record is not None
    return str(record["body"]).split("\n\n")


# ------------------------------------------------------------------ a byline on top
BYLINES = ["<p><strong>Автор материала:</strong> Иван Петров</p>",
           "<div>Текст: Ерлан Касымов</div>",
           "<p><em>Фото и текст: Асель Нурова</em></p>",
           "<p>Written by: John Smith</p>",
           "<p>Дайындаған: Айдос Серікұлы</p>",
           "<p>Текст и фото - Мария Ли</p>"]


@pytest.mark.parametrize("byline", BYLINES)
@pytest.mark.parametrize("dateline", [True, False])
def test_a_byline_on_top_of_the_text_is_no_text(byline: str, dateline: bool) -> None:
    html = page(byline + "".join(paras(PARAS, dateline=dateline)))
    assert body_of(html) == PARAS


def test_a_byline_in_a_br_run_is_no_text_and_the_lead_names_the_source() -> None:
    lead = "В Экибастузе начали строить школу на тысячу двести учеников, сообщает КазТАГ."
    run = "<br><br>".join(["<b>Автор:</b> Ольга Ким", lead, *PARAS[1:]])
    record = article_from_html(page(f'<div class="post-text">{run}</div>'), URL)
    assert record is not None
    assert record["body"].split("\n\n") == [lead, *PARAS[1:]]
    assert record["source"] == "КазТАГ"


@pytest.mark.parametrize("line", ["Автор: Иван Петров", "Мәтін: Нұрлан Серікұлы",
                                  "Фото и текст: Асель Нурова", "By Aigerim Saparova",
                                  "Author: Jane Doe", "Текст — Дмитрий Ли"])
def test_author_line_pattern_reads_bylines(line: str) -> None:
    assert W.AUTHOR_LINE.match(line)


@pytest.mark.parametrize("line", [
    "Автор проекта рассказал, что работы начнутся весной следующего года.",
    "By the end of the year the school will open its doors to pupils.",
    "Текст закона опубликован на сайте парламента.",
    "Автор: в городе построят школу, рассказали в акимате на брифинге сегодня утром."])
def test_author_line_pattern_leaves_sentences(line: str) -> None:
    assert not W.AUTHOR_LINE.match(line)


def test_a_labelled_line_inside_the_text_is_kept() -> None:
    inner = "Текст: обращение акимата"
    html = page("".join(paras([PARAS[0], inner, *PARAS[1:]])))
    assert body_of(html) == [PARAS[0], inner, *PARAS[1:]]


# ------------------------------------------------------------------ a typo prompt anywhere
@pytest.mark.parametrize("prompt", [
    "<p><i>Если вы заметили ошибку в тексте, выделите её и нажмите Ctrl + Enter</i></p>",
    "<div class='q7'>Spotted a mistake? Highlight it and press Ctrl+Enter.</div>",
    "<p>Мәтіннен қате тапсаңыз, оны белгілеп, Ctrl+Enter пернесін басыңыз</p>",
    "<p>Нашли опечатку? Сообщите нам: выделите текст и нажмите Ctrl+Enter</p>",
])
@pytest.mark.parametrize("where", [1, 4])
def test_a_typo_prompt_is_no_text(prompt: str, where: int) -> None:
    parts = paras(PARAS)
    parts.insert(where, prompt)
    assert body_of(page("".join(parts))) == PARAS


# ------------------------------------------------------------------ a video's caption
@pytest.mark.parametrize("embed", [
    '<div class="vid"><iframe src="https://www.youtube.com/embed/x1"></iframe></div>'
    "<p><small>Видео: Khabar 24 / YouTube</small></p>",
    '<p><video src="/v/1.mp4"></video><br>Video: Akorda press service</p>',
    '<p><iframe src="https://player.vimeo.com/video/1"></iframe></p><p>Бейне: Ulysmedia</p>',
    "<p>Видеоролик: пресс-служба МЧС</p>",
])
def test_a_video_caption_is_no_text_nor_the_photo_credit(embed: str) -> None:
    parts = paras(PARAS)
    parts.insert(2, embed)
    record = article_from_html(page("".join(parts)), URL)
    assert record is not None
    assert record["body"].split("\n\n") == PARAS
    assert record["photo_credit"] is None


def test_a_sentence_about_a_video_stays_text() -> None:
    inner = "Видео: как строят школу, можно посмотреть на сайте акимата города Экибастуза."
    parts = paras([*PARAS[:2], inner, *PARAS[2:]])
    assert body_of(page("".join(parts))) == [*PARAS[:2], inner, *PARAS[2:]]


# ------------------------------------------------------------------ "read also" in Kazakh
@pytest.mark.parametrize("label", ["ОСЫ ТАҚЫРЫПТА:", "Тақырыпқа қатысты:", "Сондай-ақ оқыңыз:",
                                   "Тағы оқыңыз:"])
def test_a_kazakh_read_also_link_between_paragraphs_is_skipped(label: str) -> None:
    also = (f'<p><b>{label}</b> <a href="/kz/news/pavlodarda-kopir-u48120">Павлодарда жаңа '
            "көпір ашылды</a></p>")
    parts = paras(KK_PARAS, dateline=False)
    parts.insert(2, also)
    record = article_from_html(page("".join(parts), KK_TITLE), URL)
    assert record is not None
    assert record["body"].split("\n\n") == KK_PARAS


def test_a_kazakh_sentence_opening_with_the_topic_words_stays_text() -> None:
    inner = "Осы тақырыпта өткен кездесуге қала әкімі мен депутаттар қатысты."
    parts = paras([*KK_PARAS[:2], inner, KK_PARAS[2]], dateline=False)
    record = article_from_html(page("".join(parts), KK_TITLE), URL)
    assert record is not None
    assert record["body"].split("\n\n") == [*KK_PARAS[:2], inner, KK_PARAS[2]]


@pytest.mark.parametrize("between", [
    '<p><iframe src="https://www.youtube.com/embed/x1"></iframe><br><i>Видео: YouTube</i></p>',
    '<figure><img src="/i/2.jpg"><figcaption>Стройплощадка. Фото: акимат</figcaption></figure>',
    "<p>Нашли ошибку? Выделите её и нажмите Ctrl+Enter</p>",
])
def test_the_text_goes_on_after_read_also_and_a_video(between: str) -> None:
    also = ('<p><b>ЧИТАЙТЕ ТАКЖЕ:</b> <a href="/news/v-pavlodare-most-u48120">В Павлодаре '
            "открыли мост</a></p>")
    parts = paras(PARAS)
    parts[3:3] = [also, between]
    assert body_of(page("".join(parts))) == PARAS


# ------------------------------------------------------------------ promos and print links
@pytest.mark.parametrize("line", [
    '<p><b>Подписывайтесь на наш Telegram-канал</b>: <a href="https://t.me/x">t.me/x</a></p>',
    "<p>Бізді Telegram-да оқыңыз!</p>",
    '<p>Follow us on <a href="https://instagram.com/x">Instagram</a></p>',
    "<p>Читайте нас в WhatsApp и Telegram</p>",
    '<p><a href="?print=1">Версия для печати</a></p>',
    '<div><a href="/print/48310">Print version</a></div>',
])
@pytest.mark.parametrize("where", [2, 4])
def test_a_promo_or_print_link_is_no_text(line: str, where: int) -> None:
    parts = paras(PARAS)
    parts.insert(where, line)
    assert body_of(page("".join(parts))) == PARAS
