"""A person's hover card folded into the sentence that names them (a portrait, the name and
their latest stories as links, shown on hover) is no text: the sentence keeps the name and
reads on. An inline box of an icon and links with words of its own between them is text."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/item-u47611"

TEXTS = {
    "ru": ("Депутат потребовал проверить тарифы на тепло", "Депутат {name} потребовал "
           "проверить тарифы на тепло в трёх областях, сообщила пресс-служба Мажилиса.", [
               "Проверку проведут до конца месяца, её итоги направят в правительство.",
               "В прошлом году тарифы в этих областях выросли почти на треть."],
           "Айгерим Садыкова", ["Садыкова предложила снизить тарифы",
                                "Депутаты обсудили отопительный сезон"], "Ещё"),
    "en": ("MP asks for a check of heating tariffs", "MP {name} asked for a check of heating "
           "tariffs in three regions, the Mazhilis press office said.", [
               "The check will be held before the end of the month and sent to the government.",
               "Last year the tariffs in these regions grew by almost a third."],
           "Aigerim Sadykova", ["Sadykova proposes lower tariffs",
                                "MPs discuss the heating season"], "MORE"),
    "kk": ("Депутат жылу тарифтерін тексеруді талап етті", "Депутат {name} үш облыстағы жылу "
           "тарифтерін тексеруді талап етті, деп хабарлады Мәжіліс баспасөз қызметі.", [
               "Тексеру ай соңына дейін өтіп, қорытындысы үкіметке жіберіледі.",
               "Өткен жылы бұл облыстарда тарифтер үштен бірге жуық өсті."],
           "Әйгерім Садықова", ["Садықова тарифтерді төмендетуді ұсынды",
                                "Депутаттар жылу маусымын талқылады"], "Тағы"),
}


def page(lang: str, lead: str) -> str:
    title, _, rest, *_ = TEXTS[lang]
    paras = "".join(f"<p>{q}</p>" for q in rest)
    return f"""<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2022-05-12T10:15:00+06:00"></head><body>
<div class="wrap"><h1>{title}</h1><div class="field-item"><p>{lead}</p>{paras}</div></div>
<footer>All rights reserved.</footer></body></html>"""


def card(lang: str) -> str:
    name, stories, more = TEXTS[lang][3:]
    links = " ".join(f'<a class="people-articles" href="/news/item-u4700{k}">{s}</a>'
                     for k, s in enumerate(stories))
    return (f'<span class="rollover-people"><a href="/people/x">{name}</a>'
            '<span class="rollover-people-block"><span class="rollover-block"><span>'
            f'<img src="/files/thumb/x.jpg" width="100" height="100" alt="">'
            f'<a class="name" href="/people/x">{name}</a>{links} '
            f'<a class="more" href="/people/x">{more}</a></span></span></span></span>')


def body_of(html: str) -> list[str]:
    record = article_from_html(html, URL)
    assert record is not None
    return str(record["body"]).split("\n\n")


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_hover_card_in_a_sentence_is_no_text_and_the_name_stays(lang: str) -> None:
    _, lead, rest, name, *_ = TEXTS[lang]
    got = body_of(page(lang, lead.format(name=card(lang))))
    assert got == [lead.format(name=name), *rest]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_an_inline_box_of_an_icon_and_links_with_words_between_them_is_text(lang: str) -> None:
    _, lead, rest, name, stories, _ = TEXTS[lang]
    inline = (f'<span class="mention"><img src="/icons/person.svg" alt="">'
              f'<a href="/people/x">{name}</a> ({stories[0]}, <a href="/news/item-u47001">'
              f'{stories[1]}</a>, <a href="/news/item-u47002">{stories[1]}</a>)</span>')
    got = body_of(page(lang, lead.format(name=inline)))
    shown = f"{name} ({stories[0]}, {stories[1]}, {stories[1]})"
    assert got == [lead.format(name=shown), *rest]
