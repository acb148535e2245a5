"""Pieces every template of the thirteenth copy prints: dates, labels, paragraphs, furniture."""

from __future__ import annotations

from html import escape

from tests.copykit.catalogue import MONTHS
from tests.thirteenthsite.site import Article, build

LABELS = {
    "ru": {"rubric": "Раздел:", "tags": "Теги:", "views": "Просмотров:", "source": "Источник:",
           "photo": "Фото:", "next": "Следующая новость →", "print": "Версия для печати",
           "published": "Опубликовано:", "keywords": "Ключевые слова:", "date": "Дата:"},
    "en": {"rubric": "Section:", "tags": "Tags:", "views": "Views:", "source": "Source:",
           "photo": "Photo:", "next": "Next story →", "print": "Print version",
           "published": "Published:", "keywords": "Keywords:", "date": "Date:"},
    "kk": {"rubric": "Бөлім:", "tags": "Тегтер:", "views": "Қаралды:", "source": "Дереккөз:",
           "photo": "Фото:", "next": "Келесі жаңалық →", "print": "Басып шығару",
           "published": "Жарияланды:", "keywords": "Кілт сөздер:", "date": "Күні:"},
}
SITE_NAME = {"ru": "Центр информации", "en": "Information Center", "kk": "Ақпарат орталығы"}
CURRENCY = "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0"
COUNTER = ('<img src="//counter.yadro.ru/hit?t44.1" width="1" height="1" alt="">'
           '<img src="/images/logo.png" alt="logo">')


def label(art: Article, key: str) -> str:
    return LABELS[art.lang][key]


def clock(art: Article) -> str:
    return f"{art.clock:%H:%M}" if art.clock else ""


def numeric_date(art: Article) -> str:
    """'16.04.2021 15:40' (Kazakh pages: '2021 жылғы 16 сәуір, 15:40' / '16.04.2021 ж.')."""
    if art.lang == "kk":
        return long_date(art) if art.clock else f"{art.day:%d.%m.%Y} ж."
    return f"{art.day:%d.%m.%Y} {clock(art)}".strip()


def long_date(art: Article) -> str:
    """'16 апреля 2021 года, 15:40' / 'April 16, 2021, 15:40' / '2021 жылғы 16 сәуір, 15:40'."""
    month = MONTHS[art.lang][art.day.month - 1]
    text = {"ru": f"{art.day.day} {month} {art.day.year} года",
            "en": f"{month} {art.day.day}, {art.day.year}",
            "kk": f"{art.day.year} жылғы {art.day.day} {month}"}[art.lang]
    return f"{text}, {clock(art)}" if art.clock else text


def short_date(art: Article) -> str:
    """'Опубликовано: 16.04.21' (two-digit year); Kazakh pages '16.04.2021 ж.'."""
    if art.lang == "kk":
        return f"{art.day:%d.%m.%Y} ж."
    return f"{label(art, 'published')} {art.day:%d.%m.%y}"


def page_date(art: Article) -> str:
    """The small-CMS date line: long with the time, short without."""
    return short_date(art) if art.short_date else long_date(art)


def texts(art: Article) -> list[str]:
    """The paragraphs as the page prints them (escaped), the dateline before the first."""
    raw = list(art.raw_paragraphs or art.paragraphs)
    raw[0] = art.dateline() + raw[0]
    return [escape(p, quote=False) for p in raw]


def wrapped(art: Article, para: str) -> str:
    """One paragraph's inside, wrapped whole as the article's editor did."""
    return {"": para, "b": f"<b>{para}</b>",
            "font": f'<font face="Times New Roman" size="3">{para}</font>',
            "span": f'<span style="font-size: 12pt; line-height: 115%;">{para}</span>'}[art.wrap]


def paragraphs(art: Article, tag: str = "p") -> list[str]:
    """Each paragraph as one ``<tag>``, the repeated headline first and spacers in between."""
    out = [f"<{tag}><strong>{escape(art.title)}</strong></{tag}>"] if art.title_repeat else []
    for k, para in enumerate(texts(art)):
        out.append(f"<{tag}>{wrapped(art, para)}</{tag}>")
        if art.spacers and k == 0:
            out.append(f"<{tag}>&nbsp;</{tag}>")
        if art.spacers and k == 1:
            out.append(f"<{tag}><br></{tag}>")
    return out


def source_line(art: Article) -> str:
    """'Источник: КазТАГ' (an English page of the old habit keeps the Russian label)."""
    if not (art.source and art.source_line):
        return ""
    key = "Источник:" if art.lang == "en" and art.num % 3 == 0 else label(art, "source")
    return f"{key} {escape(art.source)}"


def credit(art: Article) -> str:
    """'Фото: gov.kz' or, as the outlet also writes it, 'Фото:gov.kz'."""
    if not art.photo_credit:
        return ""
    gap = "" if art.num % 2 else " "
    return f"{label(art, 'photo')}{gap}{escape(art.photo_credit)}"


def next_story(art: Article) -> tuple[str, str] | None:
    """(path, title) of the next older article, for the 'Следующая новость →' link."""
    arts = build()
    k = arts.index(art)
    return (arts[k + 1].path, arts[k + 1].title) if k + 1 < len(arts) else None


def next_link(art: Article) -> str:
    nxt = next_story(art)
    if nxt is None:
        return ""
    return f'<a href="{nxt[0]}" title="{escape(nxt[1])}">{label(art, "next")}</a>'


def print_bar(art: Article) -> str:
    return (f'<a href="{art.path}?print=Y" rel="nofollow">{label(art, "print")}</a> | '
            f'<a href="/pdf/{art.id}.pdf" rel="nofollow">PDF</a> | '
            f'<a href="mailto:?subject={art.id}">E-mail</a>')


def encode(art: Article, markup: str) -> tuple[dict[str, str], bytes]:
    """UTF-8 with the charset in the header, or windows-1251 declared only in the page."""
    if art.cp1251:
        return {"Content-Type": "text/html"}, markup.encode("cp1251", "xmlcharrefreplace")
    return {"Content-Type": "text/html; charset=utf-8"}, markup.encode("utf-8")


def charset_meta(art: Article) -> str:
    charset = "windows-1251" if art.cp1251 else "utf-8"
    return f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
