"""What the twentieth copy's three templates share: labels, dates, text escaping, the listing.

Each template (``wap``, ``mail``, ``static``) lays the same blocks out its own way; this module
holds the words (Russian, English, Kazakh labels), the date forms, the ``<marquee>`` ticker, the
counter in ``<noscript>``, the encoding of a page (utf-8 or windows-1251) and the listing.
"""

from __future__ import annotations

import html

from tests.copykit.catalogue import Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS
from tests.twentiethsite.site import Article, build, page_count, page_items

LABELS = {
    "ru": {"photo": "Фото", "source": "Источник", "tags": "Теги", "keywords": "Ключевые слова",
           "rubric": "Рубрика", "views": "Просмотров", "read": "Прочитано", "more": "Ещё новости",
           "home": "Главная", "news": "Новости", "back": "Назад", "up": "Наверх",
           "main": "На главную"},
    "en": {"photo": "Photo", "source": "Источник", "tags": "Tags", "keywords": "Keywords",
           "rubric": "Section", "views": "Views", "read": "Read", "more": "More news",
           "home": "Home", "news": "News", "back": "Back", "up": "Top", "main": "Home page"},
    "kk": {"photo": "Сурет", "source": "Дереккөз", "tags": "Тегтер", "keywords": "Кілт сөздер",
           "rubric": "Айдар", "views": "Қаралым", "read": "Оқылды", "more": "Басқа жаңалықтар",
           "home": "Басты бет", "news": "Жаңалықтар", "back": "Артқа", "up": "Жоғары",
           "main": "Басты бетке"},
}
WEEKDAYS = {
    "ru": ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "kk": ["дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"],
}
RATES = " • ".join(f"{c}/KZT 0.0" for c in ("USD", "EUR", "RUB", "CNY"))
_ENTITIES = {"«": "&laquo;", "»": "&raquo;", "—": "&#8212;"}


def esc(text: str) -> str:
    """Escaped the way old editors saved text: quotes and the long dash as entities."""
    out = html.escape(text, quote=False)
    for char, entity in _ENTITIES.items():
        out = out.replace(char, entity)
    return out


def long_date(art: Article, weekday: bool = False) -> str:
    """'16 апреля 2021 г.' / 'April 16, 2021' / '2021 жылғы 16 сәуір' (weekday first or last)."""
    d, lang = art.day, art.lang
    if lang == "ru":
        text = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} г."
    elif lang == "en":
        text = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    else:
        text = f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}"
    if weekday:
        name = WEEKDAYS[lang][d.weekday()]
        text = f"{text}, {name}" if lang == "kk" else f"{name}, {text}"
    return text


def thousands(n: int) -> str:
    """1234 -> '1 234' with a no-break space, as Russian typesetting has it."""
    return f"{n:,}".replace(",", "\u00a0")


def texts(art: Article) -> list[str]:
    """The paragraphs as the page shows them: the seed's own hazards, the dateline first."""
    paras = list(art.raw_paragraphs or art.paragraphs)
    paras[0] = art.dateline() + paras[0]
    return paras


def others(art: Article, count: int = 3) -> list[Article]:
    arts = build()
    i = arts.index(art)
    return [arts[(i + k) % len(arts)] for k in range(1, count + 1)]


def ticker(art: Article) -> str:
    heads = " • ".join(esc(a.title) for a in others(art, 2))
    return f'<marquee scrollamount="3" behavior="scroll">{RATES} | {heads}</marquee>'


def counter(art: Article) -> str:
    return (f'<noscript><div><img src="http://counter.yadro.ru/hit?t44.1;r;u{art.num}" '
            'width="1" height="1" alt="" /></div></noscript>')


def encoded(markup: str, cp1251: bool, ctype: str = "text/html") -> Response:
    charset = "windows-1251" if cp1251 else "utf-8"
    markup = markup.replace("%CHARSET%", charset)
    body = markup.encode(charset, "xmlcharrefreplace")
    return 200, {"Content-Type": f"{ctype}; charset={charset}"}, body


def article(art: Article, base: str) -> Response:
    from tests.twentiethsite import mail, static, wap

    return {"wap": wap.page, "mail": mail.page, "static": static.page}[art.cms](art, base)


def listing(page: int, base: str) -> Response:
    """Dates in bold, the headline on the next line; numbered pages and 'Далее »'."""
    rows = "".join(f'<P><B>{a.day:%d.%m.%Y}</B><BR>\n<A HREF="{a.path}">{esc(a.title)}</A>\n'
                   for a in page_items(page))
    pages = " ".join(f"<b>{n}</b>" if n == page else f'<a href="/novosti/?page={n}">{n}</a>'
                     for n in range(1, page_count() + 1))
    if page < page_count():
        pages += f' <a href="/novosti/?page={page + 1}">Далее &raquo;</a>'
    markup = ('<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">'
              "<TITLE>Центр информации :: Новости</TITLE></HEAD><BODY>\n"
              f"<CENTER><B>Новости</B></CENTER><HR>\n{rows}<HR>\n<P>Страницы: {pages}\n"
              "</BODY></HTML>")
    return encoded(markup, cp1251=False)


def not_found() -> bytes:
    return ("<HTML><HEAD><TITLE>404</TITLE></HEAD><BODY><CENTER><H3>Страница не найдена</H3>"
            '<A HREF="/">На главную</A></CENTER></BODY></HTML>').encode("cp1251")
