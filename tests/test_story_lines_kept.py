"""Sentences of a story that look like page furniture: a hotline's number, a ministry's
Telegram channel, a heading word opening a sentence (``Комментарии к видео …``, ``More news
from …``), ``©`` or an editors' disclaimer quoted in a story. A sentence of a story — a verb,
several words, a full stop, between story paragraphs — stays in the body; the outlet's real
furniture (its currency widget, share lines, ``Источник: X`` at the end, a contacts footer, a
subscription prompt, the comments' heading) still goes."""

from __future__ import annotations

from datetime import date

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/v-almaty-zaderzhali-kvartirnyh-vorov-u49120"
DAY = date(2023, 4, 20)
RU = ["В Алматы полиция задержала подозреваемых в серии краж из квартир, сообщает "
      "пресс-служба ДП города.",
      "По данным полиции, злоумышленники проникали в жилища днём, пока хозяева были на работе.",
      "Возбуждено уголовное дело, ведётся расследование."]
EN = ["Police in Almaty detained suspects in a series of flat burglaries, the city police "
      "department said.",
      "According to the police, the suspects broke into homes during the day while the owners "
      "were at work.",
      "A criminal case has been opened and an investigation is under way."]


def _page(lang: str, paras: list[str], layout: str, after: str = "") -> str:
    """The outlet's page (its text box ``.news-text``) or a studio's page whose classes
    kznews does not know (the body is the densest block)."""
    h1 = "В Алматы задержали квартирных воров" if lang == "ru" else \
        "Flat burglars detained in Almaty"
    text = "".join(f"<p>{t}</p>" for t in paras) + after
    if layout == "outlet":
        return (f'<html lang="{lang}"><head><title>{h1}</title></head><body>'
                '<div class="currency">• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0'
                f'</div><div class="news-detail"><h1 class="news-title">{h1}</h1>'
                '<div class="news-info"><span class="date">20 Апреля 2023</span></div>'
                f'<div class="news-text">{text}</div></div></body></html>')
    return (f'<html lang="{lang}"><head><title>{h1}</title></head><body>'
            f'<div class="kontent"><div class="novost"><h1 class="zagolovok">{h1}</h1>'
            '<div class="info_stroka"><span class="dt">20.04.2023</span></div>'
            f'<div class="tekst_novosti">{text}</div></div></div></body></html>')


def _body(lang: str, paras: list[str], layout: str, after: str = "") -> list[str]:
    record = article_from_html(_page(lang, paras, layout, after), URL, listing_date=DAY)
    assert record is not None
    return str(record["body"] or "").split("\n\n")


LAYOUTS = ["outlet", "studio"]


def _between(lang: str, line: str) -> list[str]:
    base = RU if lang == "ru" else EN
    return [*base[:2], line, base[2]]


# ------------------------------------------------------ a heading's word opening a sentence
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("lang, line", [
    ("ru", "Комментарии к видео пришлось закрыть из-за оскорблений, сообщили в ведомстве."),
    ("en", "Comments on the video were closed because of insults."),
    ("en", "More news from the region is expected next week, the akim said."),
    ("en", "Latest news from the scene suggests that nobody was hurt."),
])
def test_a_sentence_opening_with_a_heading_word_neither_goes_nor_ends_the_text(
        lang: str, line: str, layout: str) -> None:
    paras = _between(lang, line)
    assert _body(lang, paras, layout) == paras


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("heading", ["Комментарии", "Комментарии (3)", "Комментарии:"])
def test_the_comments_heading_still_ends_the_text(heading: str, layout: str) -> None:
    after = (f"<p>{heading}</p><p>Айгерим: Наконец-то их поймали, спасибо полиции за работу.</p>")
    assert _body("ru", RU, layout, after) == RU


# ------------------------------------------- a prompt's or a notice's words, reported in a story
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("lang, line", [
    ("ru", "Подписывайтесь на Telegram-канал министерства, призвали в ведомстве, чтобы узнавать "
           "новости первыми."),
    ("ru", "Подписывайтесь на официальный Telegram-канал МЧС, там публикуют штормовые "
           "предупреждения."),
    ("ru", "Следите за нами в Instagram, предлагает полиция в новом ролике о безопасности."),
    ("ru", "Нашли ошибку в квитанции? Обратитесь в ЦОН, советуют в акимате."),
    ("ru", "Мнение редакции может не совпадать с мнением авторов, заявил суд, рассматривая иск "
           "к газете."),
    ("en", "Subscribe to the ministry's Telegram channel to get warnings first, the ministry "
           "urged residents."),
    ("en", "Follow us on Instagram, police say in a new video about road safety."),
])
def test_a_prompt_or_notice_a_story_reports_stays(lang: str, line: str, layout: str) -> None:
    paras = _between(lang, line)
    assert _body(lang, paras, layout) == paras


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("lang, line", [
    ("ru", "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости."),
    ("ru", "Подписывайтесь на наш Telegram-канал!"),
    ("ru", "Следите за нами в Instagram и Telegram."),
    ("ru", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter."),
    ("ru", "Мнение редакции может не совпадать с мнением автора."),
    ("en", "Subscribe to our Telegram channel to get the news first."),
    ("en", "Follow us on Instagram and Facebook."),
])
def test_the_outlets_own_prompts_still_go(lang: str, line: str, layout: str) -> None:
    base = RU if lang == "ru" else EN
    assert _body(lang, _between(lang, line), layout) == base
    assert _body(lang, [*base, line], layout) == base


# ------------------------------------------- a read-also label or a copyright mark in a sentence
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("lang, line", [
    ("ru", "Читайте также инструкцию к препарату перед применением, напомнили в минздраве."),
    ("ru", "© — знак охраны авторского права, напомнили в министерстве юстиции."),
    ("en", "© is the copyright symbol, the Justice Ministry reminded."),
])
def test_a_read_also_or_copyright_line_a_story_reports_stays(
        lang: str, line: str, layout: str) -> None:
    paras = _between(lang, line)
    record = article_from_html(_page(lang, paras, layout), URL, listing_date=DAY)
    assert record is not None
    assert str(record["body"]).split("\n\n") == paras
    assert record["photo_credit"] is None


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_read_also_link_and_the_sites_copyright_still_go(layout: str) -> None:
    after = ('<p>Читайте также: <a href="/news/v-almaty-otkryli-skver-u49100">В Алматы открыли '
             "новый сквер</a></p>")
    mid = [*RU[:2]]
    html = _page("ru", mid, layout, after + f"<p>{RU[2]}</p>")
    record = article_from_html(html, URL, listing_date=DAY)
    assert record is not None
    assert str(record["body"]).split("\n\n") == RU
    notice = "<p>© 2012–2026 «Центр информации». Все права защищены.</p>"
    assert _body("ru", RU, layout, notice) == RU


# ------------------------------------------------------------- a helpline's number closing a story
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("lang, line", [
    ("ru", "Телефон доверия: 8 (727) 254-40-00"),
    ("ru", "Телефон доверия полиции: 102"),
    ("ru", "Горячая линия: 1414"),
    ("ru", "Единый контакт-центр: 1414"),
    ("ru", "Call-центр: 109"),
    ("en", "Helpline: 150"),
    ("en", "Hotline: 1414"),
])
def test_a_helplines_number_closing_the_story_stays(lang: str, line: str, layout: str) -> None:
    base = RU if lang == "ru" else EN
    assert _body(lang, [*base, line], layout) == [*base, line]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("line", [
    "Тел.: +7 (727) 271-66-55, e-mail: press@almaty.gov.kz",
    "E-mail: press@almaty.gov.kz",
    "Автор: Айгерим Сапарова",
])
def test_a_release_contact_or_signature_still_ends_the_text(line: str, layout: str) -> None:
    assert _body("ru", [*RU, line], layout) == RU


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_source_line_and_share_line_still_go(layout: str) -> None:
    html = _page("ru", RU, layout, "<p>Источник: КазТАГ</p><p>Поделиться: Facebook VK Telegram "
                                   "WhatsApp</p>")
    record = article_from_html(html, URL, listing_date=DAY)
    assert record is not None
    assert str(record["body"]).split("\n\n") == RU
    assert record["source"] == "КазТАГ"


_MODULE = ('<div class="moduletable in-article">{head}<ul class="mod-articleslatest">'
           '<li><a href="/news/shymkentte-zhastar-forumy-otti-u58513">Шымкентте жастар форумы '
           'өтті</a></li><li><a href="/news/tokaev-prinyal-posla-u57816">Токаев принял посла'
           '</a></li></ul></div>')
_ITEMS = {"ru": ["заявки принимаются до конца месяца;", "итоги опубликуют на сайте акимата;"],
          "en": ["applications are open until the end of the month;",
                 "results will be published online;"]}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("head", ["", "<h3>Читайте также</h3>", "<h3>Read also</h3>"])
@pytest.mark.parametrize("as_list", [True, False], ids=["list", "paragraphs"])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_texts_own_list_after_a_box_of_links_goes_on_with_the_text(
        lang: str, as_list: bool, head: str, layout: str) -> None:
    """A box of other stories' links inside the text (a CMS module, with or without its
    "read also" heading) followed by the text's own list of short lower-case items: the list
    and the paragraphs after it are the text, not the end of it."""
    base = RU if lang == "ru" else EN
    items = _ITEMS[lang]
    listed = ("<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>" if as_list
              else "".join(f"<p>{t}</p>" for t in items))
    after = _MODULE.format(head=head) + listed + f"<p>{base[2]}</p>"
    assert _body(lang, base[:2], layout, after) == [*base[:2], *items, base[2]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_box_of_links_then_unlinked_titles_still_ends_the_text(layout: str) -> None:
    titles = "".join(f"<p>{t}</p>" for t in ("Токаев принял посла Японии",
                                              "В Шымкенте прошёл форум молодёжи"))
    after = _MODULE.format(head="<h3>Читайте также</h3>") + titles
    assert _body("ru", RU[:2], layout, after) == RU[:2]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("lang", "note"), [
    ("ru", "<strong>Уточнение:</strong> в первоначальной версии материала была указана неверная "
     "дата. Текст исправлен."),
    ("en", "<em>Correction: an earlier version of this story gave the wrong date.</em>"),
])
def test_a_correction_printed_over_the_dateline_is_text(lang: str, note: str,
                                                        layout: str) -> None:
    base = RU if lang == "ru" else EN
    dateline = "Алматы. 20 апреля. Центр информации - " if lang == "ru" else \
        "Almaty. April 20. Information Center - "
    page = _page(lang, [], layout, f"<p>{note}</p><p>{dateline}{base[0]}</p>"
                 + "".join(f"<p>{t}</p>" for t in base[1:]))
    record = article_from_html(page, URL, listing_date=DAY)
    assert record is not None
    plain = note.replace("<strong>", "").replace("</strong>", "").replace("<em>", "") \
        .replace("</em>", "")
    assert str(record["body"]).split("\n\n") == [plain, *base]
    assert record["dateline_place"] in ("Алматы", "Almaty")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_bold_line_over_the_dateline_that_is_no_sentence_still_goes(layout: str) -> None:
    page = _page("ru", [], layout, "<p><strong>Уточнение</strong></p><p>Алматы. 20 апреля. "
                 f"Центр информации - {RU[0]}</p>" + "".join(f"<p>{t}</p>" for t in RU[1:]))
    record = article_from_html(page, URL, listing_date=DAY)
    assert record is not None and str(record["body"]).split("\n\n") == RU
