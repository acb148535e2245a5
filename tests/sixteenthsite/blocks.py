"""Reader content of the sixteenth copy: comments, a reader's opinion, a poll, "most read".

Each block is text a reader wrote or the site put around the story; none of it is the article's
body. The comments are long and split into paragraphs, so they look like the text.
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta

LABELS = {
    "ru": {"comments": "Комментарии", "opinion": "Мнение читателя", "most": "Самое читаемое",
           "poll": "Как вы оцениваете это решение?", "vote": "Голосовать",
           "answers": ("Положительно", "Отрицательно", "Затрудняюсь ответить")},
    "en": {"comments": "Comments", "opinion": "Reader's opinion", "most": "Most read",
           "poll": "How do you rate this decision?", "vote": "Vote",
           "answers": ("Positively", "Negatively", "Hard to say")},
    "kk": {"comments": "Пікірлер", "opinion": "Оқырман пікірі", "most": "Ең көп оқылған",
           "poll": "Бұл шешімді қалай бағалайсыз?", "vote": "Дауыс беру",
           "answers": ("Оң", "Теріс", "Жауап беру қиын")},
}
COMMENTS = {
    "ru": [("Айгуль_77", ["Давно пора было этим заняться, в нашем районе такие вопросы годами "
                          "не решались, и жители уже перестали верить обещаниям акимата.",
                          "Посмотрим, что будет через год, когда отчитаются о результатах. "
                          "Хочется верить, что деньги дойдут до людей, а не растворятся в "
                          "отчётах."]),
           ("Серик Б.", ["Прочитал внимательно и не понял главного: кто конкретно отвечает за "
                         "исполнение и какие сроки установлены для каждого этапа работ."]),
           ("гость", ["Спасибо редакции за подробный материал.",
                      "Было бы интересно почитать продолжение и мнение независимых экспертов, "
                      "которые не связаны с государственными органами."])],
    "en": [("Dana K.", ["Good news, but I would like to see how the money is actually spent and "
                        "whether the results will be published in an open report next year."]),
           ("guest", ["Thanks for the detailed article.",
                      "It would be interesting to read a follow-up with the opinions of "
                      "independent experts."]),
           ("Marat", ["We have heard similar promises before, so let us wait and see."])],
    "kk": [("Айжан", ["Өте жақсы жаңалық, біздің ауданға да осындай жобалар керек.",
                      "Әкімдік уәдесін орындайды деп үміттенемін."]),
           ("қонақ", ["Толық ақпарат бергендеріңізге рақмет."]),
           ("Ерлан С.", ["Келесі жылы нәтижесін көрейік, содан кейін бағалаймыз."])],
}
OPINIONS = {
    "ru": ("Как житель этого района скажу: перемены заметны, но о них почти не пишут. Хорошо, "
           "что наконец появился такой материал, и хочется, чтобы редакция следила за темой.",
           "Ерлан, Алматы"),
    "en": ("As someone who lives nearby, I can say the changes are visible, but hardly anyone "
           "writes about them. I hope the newsroom keeps following the story.", "Yerlan, Almaty"),
    "kk": ("Осы ауданның тұрғыны ретінде айтайын: өзгерістер көрінеді, бірақ олар туралы аз "
           "жазылады. Редакция тақырыпты әрі қарай қадағаласа екен.", "Ерлан, Алматы"),
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def comments(lang: str, count: int, num: int, moment: datetime) -> str:
    """``count`` comments, each dated after the story with a full date and time."""
    if not count:
        return ""
    items = []
    for k, (name, paras) in enumerate(COMMENTS[lang][:count]):
        when = moment + timedelta(days=k + 1, hours=3 * k + 2)
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        items.append(
            f'<div class="comment" id="c{num}{k}"><div class="comment-head"><img class="avatar" '
            f'src="/static/avatars/{(num + k) % 40}.png" alt=""> <b class="comment-author">'
            f'{esc(name)}</b> <span class="comment-date">{when:%d.%m.%Y %H:%M}</span></div>'
            f'<div class="comment-body">{body}</div><a class="comment-reply" href="#reply">'
            f"↩</a></div>")
    return (f'<section class="comments" id="comments"><h3>{LABELS[lang]["comments"]} ({count})'
            f'</h3>{"".join(items)}<form class="comment-form" action="/comments/add" '
            'method="post"><textarea name="text"></textarea><button>OK</button></form></section>')


def opinion(lang: str) -> str:
    text, author = OPINIONS[lang]
    return (f'<div class="reader-opinion"><h4>{LABELS[lang]["opinion"]}</h4><p>{esc(text)}</p>'
            f'<p class="reader-opinion__author">— {esc(author)}</p></div>')


def poll(lang: str, num: int) -> str:
    labels = LABELS[lang]
    answers = "".join(f'<label><input type="radio" name="v" value="{k}"> {esc(a)}</label>'
                      for k, a in enumerate(labels["answers"]))
    return (f'<form class="poll" action="/poll/vote" data-poll="{num}"><p class="poll__q">'
            f'{esc(labels["poll"])}</p>{answers}<button type="submit">{labels["vote"]}</button>'
            "</form>")


def most_read(lang: str, others: list[tuple[str, str, int]]) -> str:
    """(path, headline, views) of other stories, with thumbnails."""
    items = "".join(f'<li><a href="{p}"><img src="/static/thumbs/{p.rsplit("-", 1)[-1]}.jpg" '
                    f'alt=""><span>{esc(t)}</span></a> <small>{v}</small></li>'
                    for p, t, v in others)
    return f'<aside class="most-read"><h3>{LABELS[lang]["most"]}</h3><ol>{items}</ol></aside>'
