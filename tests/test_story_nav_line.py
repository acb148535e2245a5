"""The previous/next story links a theme prints under the text (``Предыдущая статья`` over one
link, ``Next article`` beside it), the label run straight into the linked headline when the
theme sets it apart by CSS alone: the story navigation, which ends the text like any line
linking one other article, whatever the headline ends with."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/v-pavlodare-otkryli-novyy-most-u48812"
TITLE = "В Павлодаре открыли новый мост"
PARAS = [
    "В Павлодаре после двух лет строительства открыли новый мост через Иртыш, сообщили в "
    "акимате области.",
    "Длина моста составляет шестьсот метров, по нему пройдут четыре полосы движения.",
    "Строительство обошлось областному бюджету в девять миллиардов тенге.",
]
DATELINE = "Павлодар. 12 мая. Центр информации - "
NEIGHBOURS = {
    "ru": ("Предыдущая статья", "Следующая статья"),
    "en": ("Previous article", "Next article"),
    "kk": ("Алдыңғы мақала", "Келесі мақала"),
}


def page(after_text: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in (DATELINE + PARAS[0], *PARAS[1:]))
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="top"><a href="/">Главная</a></div>
<div class="main"><div class="post"><h1>{TITLE}</h1><div class="when">12.05.2022</div>
<div class="post-text">{text}</div>
<div class="post-foot">{after_text}</div></div></div>
<div class="col-right"><div class="box-latest"><h3>Лента</h3><ul>
<li><a href="/news/drugaya-novost-u48800">Другая новость дня о погоде в регионах страны</a></li>
</ul></div></div></body></html>"""


def neighbours(prev: str, nxt: str, sep: str = "") -> str:
    return (f'<div class="nb-cell"><span>{prev}</span>{sep}<a href="/news/tokaev-u48790">'
            f"Токаев принял председателя группы «Эгмонт»</a></div>"
            f'<div class="nb-cell"><span>{nxt}</span>{sep}<a href="/news/sazhentsy-u48820">'
            f"В Алматы высадили 150 тысяч саженцев.</a></div>")


def body_of(html: str) -> list[str]:
    record = article_from_html(html, URL)
    assert record is not None
    return record["body"].split("\n\n")


@pytest.mark.parametrize("lang", sorted(NEIGHBOURS))
@pytest.mark.parametrize("sep", ["", " ", ": "])
def test_story_navigation_ends_the_text(lang: str, sep: str) -> None:
    assert body_of(page(neighbours(*NEIGHBOURS[lang], sep=sep))) == PARAS


def test_story_navigation_after_tag_links_ends_the_text() -> None:
    tags = ('<ul class="tag-list"><li><span>ТЕГИ</span></li><li><a href="/tag/most/">мост</a>'
            '</li><li><a href="/tag/pavlodar/">Павлодар</a></li></ul>')
    assert body_of(page(tags + neighbours(*NEIGHBOURS["ru"]))) == PARAS


def test_a_sentence_opening_with_the_words_stays_text() -> None:
    """Guard: the words open a sentence with a link inside it: more of the text."""
    line = ('<p>Следующая статья цикла расскажет о <a href="/news/irtysh-u48700">мостах через '
            "Иртыш</a> и их истории.</p>")
    assert body_of(page(line)) == [*PARAS, "Следующая статья цикла расскажет о мостах через "
                                   "Иртыш и их истории."]
