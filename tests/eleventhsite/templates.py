"""The eleventh copy's shared markup: page shell, currency widget, the furniture of Kazakh news
sites (author line, "ЧИТАЙТЕ ТАКЖЕ:", gallery, video, counters, Telegram promo, Ctrl+Enter),
the listing (LiveJournal-style ``?skip=N``) and the 404; the article dispatches to its engine."""

from __future__ import annotations

from html import escape

from tests.copykit.catalogue import MONTHS, Response
from tests.eleventhsite import site

HTML = {"Content-Type": "text/html; charset=UTF-8"}
WEEKDAYS = {
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "kk": ["дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"],
}
WORDS = {
    "ru": {"author": "Автор:", "also": "ЧИТАЙТЕ ТАКЖЕ:", "photo": "Фото:", "video": "Видео:",
           "typo": "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
           "promo": "Подписывайтесь на наш Telegram-канал", "print": "Версия для печати",
           "views": "Просмотров:", "tags": "Метки:", "labels": "Ярлыки:", "rubric": "Рубрика:",
           "source": "Источник:", "home": "Главная", "news": "Новости", "archive": "Архив"},
    "en": {"author": "Author:", "also": "READ ALSO:", "photo": "Фото:", "video": "Video:",
           "typo": "Found a typo? Select it and press Ctrl+Enter",
           "promo": "Subscribe to our Telegram channel", "print": "Print version",
           "views": "Views:", "tags": "Tags:", "labels": "Labels:", "rubric": "Category:",
           "source": "Источник:", "home": "Home", "news": "News", "archive": "Archive"},
    "kk": {"author": "Мәтін:", "also": "ОСЫ ТАҚЫРЫПТА:", "photo": "Фото:", "video": "Бейне:",
           "typo": "Қате таптыңыз ба? Оны белгілеп, Ctrl+Enter басыңыз",
           "promo": "Бізді Telegram-да оқыңыз", "print": "Басып шығару нұсқасы",
           "views": "Қаралым:", "tags": "Тегтер:", "labels": "Белгілер:", "rubric": "Айдар:",
           "source": "Дереккөз:", "home": "Басты бет", "news": "Жаңалықтар",
           "archive": "Мұрағат"},
}
CURRENCY = ('<ul class="rates"><li>USD/KZT <b>0.0</b></li><li>EUR/KZT <b>0.0</b></li>'
            '<li>RUB/KZT <b>0.0</b></li><li>CNY/KZT <b>0.0</b></li></ul>')


def words(art: site.Article) -> dict[str, str]:
    return WORDS[art.lang]


def month(art: site.Article) -> str:
    return MONTHS[art.lang][art.day.month - 1]


def clock(art: site.Article) -> str:
    return f"{art.clock:%H:%M}" if art.clock else ""


def shell(art: site.Article, head: str, body: str, lang_attr: bool = True) -> bytes:
    lang = f' lang="{art.lang}"' if lang_attr else ""
    return (f'<!DOCTYPE html>\n<html{lang}><head><meta charset="utf-8">'
            f"<title>{escape(art.title)}</title>{head}</head>\n<body>{CURRENCY}\n{body}\n"
            "</body></html>").encode()


def paragraph_texts(art: site.Article) -> list[str]:
    """The paragraphs as the page prints them: the dateline on the first, hazards kept."""
    paras = [escape(p, quote=False) for p in (art.raw_paragraphs or art.paragraphs)]
    paras[0] = escape(art.dateline(), quote=False) + paras[0]
    return paras


def read_also(art: site.Article, base: str) -> str:
    arts = site.build()
    other = arts[(arts.index(art) + 1) % len(arts)]
    return (f'<b>{words(art)["also"]}</b> <a href="{base}{other.path}">'
            f"{escape(other.title)}</a>")


def video(art: site.Article) -> str:
    return (f'<iframe width="560" height="315" src="https://www.youtube.com/embed/ic{art.num}v"'
            f' frameborder="0" allowfullscreen></iframe><br><i>{words(art)["video"]} '
            "YouTube / Центр информации</i>")


def credit(art: site.Article) -> str:
    return f'{words(art)["photo"]} {escape(art.photo_credit)}' if art.photo_credit else ""


def gallery(art: site.Article, base: str) -> str:
    """Numbered slides, each caption "2 / 3 Фото: pixabay"."""
    paths, items = art.image_paths(), []
    for k, path in enumerate(paths, 1):
        items.append(f'<figure class="slide"><img src="{base}{path}" alt="">'
                     f"<figcaption>{k} / {len(paths)} {credit(art)}</figcaption></figure>")
    return f'<div class="gallery">{"".join(items)}</div>'


def counters(art: site.Article) -> str:
    if art.views is None:
        return ""
    if art.view_style == "counter":
        return f'<span class="counters">💬 {art.comments} 👁 {art.views}</span>'
    return f'<span class="hits">{words(art)["views"]} {art.views}</span>'


def after_text(art: site.Article) -> list[str]:
    """The lines a page prints after the article text (the source line first)."""
    w = words(art)
    lines = []
    if art.source_line and art.source:
        lines.append(f"{w['source']} {escape(art.source)}")
    lines.append(f"<i>{w['typo']}</i>")
    if art.promo:
        lines.append(f'<b>{w["promo"]}</b>: <a href="https://t.me/ic24kz">t.me/ic24kz</a>')
    return lines


def article(art: site.Article, base: str) -> Response:
    from tests.eleventhsite import blogger, lj, umi

    render = {"blogger": blogger.page, "lj": lj.page, "umi": umi.page}[art.cms]
    return 200, dict(HTML), render(art, base)


def listing(offset: int, base: str) -> Response:
    arts = site.build()
    items = "".join(
        f'<div class="entry"><h3><a href="{base}{a.path}">{escape(a.title)}</a></h3>'
        f'<span class="date">{a.day:%d.%m.%Y}</span></div>'
        for a in arts[offset : offset + site.PER_PAGE])
    nav = []
    if offset + site.PER_PAGE < len(arts):
        nav.append(f'<a href="/novosti/?skip={offset + site.PER_PAGE}">← Предыдущие 10</a>')
    if offset > 0:
        back = max(offset - site.PER_PAGE, 0)
        nav.append(f'<a href="/novosti/{f"?skip={back}" if back else ""}">Следующие 10 →</a>')
    body = (f'<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>Новости</title>'
            f'</head><body><div class="entries">{items}</div>'
            f'<div class="navigation">{" | ".join(nav)}</div></body></html>')
    return 200, dict(HTML), body.encode()


def not_found() -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head>'
            "<body><h1>Страница не найдена</h1></body></html>").encode()
