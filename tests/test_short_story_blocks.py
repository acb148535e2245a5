"""Short stories on pages whose classes kznews does not know (a studio's transliterated names),
so that the body is the densest block: two paragraphs and a quote, a paragraph and a list, two
short paragraphs beside a long footer of contacts, a rights notice or an "about us" box. The
footer's address, phones and e-mail, the copyright and the site's self-description are never
the story; the story's quote counts for its block. Guards: the same pages with a longer text,
and a text that mentions a phone line or the use of materials, stay as they are."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/slug-u45713"
DAY = "2021-04-19"
H1 = "Kazakhs in Japan set up their own association"
LEAD = ("Kazakhs in Japan set up their own association, Kazinform reports citing the Foreign "
        "Ministry.")
QUOTE = "Representatives of government agencies, business and civil society took part in the event."
MORE = "Experts believe the decision will reduce the burden on the budget in the coming years."
RU_H1 = "В Алматы открыли новый сквер"
RU_LEAD = "В Алматы на улице Жандосова открыли новый сквер, сообщает пресс-служба акимата."
RU_MORE = "Работы обошлись бюджету в 120 миллионов тенге."

CONTACTS = ('<div class="kontakty">Адрес редакции: г. Алматы, ул. Желтоксан, 115, офис 310. '
            "Тел.: +7 (727) 273-10-24. E-mail: info@ic24.kz</div>"
            '<div class="kopirait">&copy; 2012&ndash;2026 &laquo;Центр информации&raquo;. При '
            "использовании материалов гиперссылка на ic24.kz обязательна. 18+</div>"
            '<div class="razrabotka">Разработка сайта &mdash; <a href="http://studio.kz">'
            "веб-студия &laquo;Алатау Web&raquo;</a></div>")
LONG_CONTACTS = ('<div class="rekvizity">Сетевое издание &laquo;Центр информации&raquo; '
                 "зарегистрировано в Министерстве информации и общественного развития "
                 "Республики Казахстан. Свидетельство о постановке на учёт сетевого издания "
                 "№ 17345-ИА выдано 12 марта 2012 года.</div>"
                 "<div>Главный редактор: Айгерим Сейткали</div>"
                 "<div>Адрес редакции: 050000, Республика Казахстан, г. Алматы, ул. Желтоксан, "
                 "дом 115, офис 310, бизнес-центр &laquo;Алатау&raquo;</div>"
                 "<div>Телефон приёмной: +7 (727) 273-10-24, факс: +7 (727) 273-10-25</div>"
                 "<div>E-mail: info@ic24.kz, reklama@ic24.kz</div>")
RIGHTS = ('<div class="pravo">&copy; 2012&ndash;2026 ТОО &laquo;Центр информации&raquo;. Все '
          "права защищены. Перепечатка и любое использование материалов сайта без письменного "
          "согласия редакции запрещены.</div>"
          "<div>При использовании материалов сайта активная гиперссылка на ic24.kz обязательна. "
          "Мнение редакции может не совпадать с мнением авторов публикаций.</div>"
          "<div>Материалы с пометкой &laquo;Реклама&raquo; публикуются на правах рекламы, "
          "редакция не несёт ответственности за их содержание.</div>")
ABOUT = ('<div class="o-saite"><div class="blok_zag">О нас</div><p>&laquo;Центр '
         "информации&raquo; &mdash; независимое информационное агентство, которое с 2012 года "
         "рассказывает о событиях в Алматы, в регионах Казахстана и за его пределами. Наша "
         "редакция работает круглосуточно и публикует новости на казахском, русском и "
         "английском языках.</p><p>Мы сотрудничаем с ведущими агентствами страны и мира и "
         "проверяем каждое сообщение перед публикацией.</p></div>")


def _page(h1: str, text: str, footer: str = CONTACTS, lang: str = "en") -> str:
    """A studio's page: headline, date line, the text's box and a footer box, none in classes
    kznews knows."""
    return (f'<html lang="{lang}"><head><title>{h1}</title></head><body>'
            f'<div class="kontent"><div class="novost"><h1 class="zagolovok">{h1}</h1>'
            f'<div class="info_stroka"><span class="dt">19 April 2021</span></div>'
            f'<div class="tekst_novosti">{text}</div></div></div>'
            f'<div class="podval">{footer}</div></body></html>')


def _record(html: str) -> dict:
    record = article_from_html(html, URL, listing_date=DAY)
    assert record is not None
    return record


# ------------------------------------------------------------ the story's block, not the footer's
def test_two_paragraphs_and_a_quote_beat_the_footer_contacts() -> None:
    text = (f"<p>{LEAD}</p><blockquote class=\"citata\"><p>{QUOTE}</p></blockquote>"
            f"<p>{MORE}</p><p>&nbsp;</p>")
    record = _record(_page(H1, text))
    assert record["body"].split("\n\n") == [LEAD, QUOTE, MORE]
    assert record["lang"] == "en"
    assert record["source"] == "Kazinform"


def test_a_quote_without_its_own_paragraph_counts_too() -> None:
    text = f"<p>{LEAD}</p><blockquote>{QUOTE}</blockquote><p>{MORE}</p>"
    assert _record(_page(H1, text))["body"].split("\n\n") == [LEAD, QUOTE, MORE]


def test_a_paragraph_and_a_list_beat_the_footer() -> None:
    items = ["Первый этап завершат к маю.", "Второй этап начнут летом.",
             "Третий этап запланирован на осень."]
    text = f"<p>{RU_LEAD}</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
    body = _record(_page(RU_H1, text, lang="ru"))["body"]
    assert body.startswith(RU_LEAD) and "Желтоксан" not in body


@pytest.mark.parametrize("footer", [LONG_CONTACTS, RIGHTS, ABOUT, CONTACTS + ABOUT],
                         ids=["contacts", "rights", "about", "both"])
def test_two_short_paragraphs_beat_a_long_site_box(footer: str) -> None:
    record = _record(_page(RU_H1, f"<p>{RU_LEAD}</p><p>{RU_MORE}</p>", footer, lang="ru"))
    assert record["body"].split("\n\n") == [RU_LEAD, RU_MORE]


# ---------------------------------------------------------------------------------------- guards
def test_a_longer_story_was_right_already() -> None:
    text = (f"<p>{LEAD}</p><blockquote><p>{QUOTE}</p></blockquote><p>{MORE}</p>"
            f"<p>{MORE.replace('Experts', 'Officials')}</p>")
    record = _record(_page(H1, text))
    assert record["body"].split("\n\n")[:3] == [LEAD, QUOTE, MORE]
    assert record["lang"] == "en"


def test_a_story_about_a_hotline_and_the_use_of_funds_keeps_its_lines() -> None:
    paras = ["При использовании бюджетных средств в районе выявили нарушения на 40 миллионов "
             "тенге, сообщает пресс-служба прокуратуры.",
             "Жители могут сообщить о нарушениях по номеру 8 (727) 111-22-33 или написать на "
             "prokuratura@almaty.kz.",
             "Телефон доверия прокуратуры 8 (727) 111-22-33 работает круглосуточно, сообщили в "
             "ведомстве.",
             "Материалы проверки направлены в суд."]
    record = _record(_page(RU_H1, "".join(f"<p>{t}</p>" for t in paras), lang="ru"))
    assert record["body"].split("\n\n") == paras


def test_the_footer_alone_is_still_no_story() -> None:
    """A page with no text of its own: whatever the extractor does, the footer's address is
    not printed as the story."""
    record = article_from_html(_page(RU_H1, "", LONG_CONTACTS + RIGHTS, lang="ru"), URL,
                               listing_date=DAY)
    assert record is None or "Желтоксан" not in (record["body"] or "")


def test_a_press_release_closing_with_its_contacts_keeps_its_text() -> None:
    paras = [RU_LEAD, RU_MORE, "Подробности можно узнать в пресс-службе акимата."]
    text = "".join(f"<p>{t}</p>" for t in paras) + \
        "<p>Тел.: +7 (727) 271-66-55, e-mail: press@almaty.gov.kz</p>"
    body = _record(_page(RU_H1, text, lang="ru"))["body"].split("\n\n")
    assert body[:3] == paras
