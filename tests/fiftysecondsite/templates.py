"""The fifty-second copy's markup: one plain CMS template, and the slips its editors type.

An article page: the currency widget, the headline, the photo with its credit slot
(``Фото:gov.kz``), the info line (date, views behind an eye, rubric link, the tags as typed),
the rich-text box (dateline and paragraphs, ``Источник: X`` as its last paragraph) and the
"latest news" block of ``ru``-badged, cut headlines. The listing is ``.news_text`` blocks
(link and ``16 Апреля 2021``) with numbered pages ``/novosti?page=N``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from tests.copykit.catalogue import AGENCY, MONTHS, Response
from tests.copykit.text import RU_MONTHS, cut_at_word

HTML = "text/html; charset=UTF-8"
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
WIDGET = ('<div class="currency"><span>• USD/KZT <b>0.0</b></span> <span>• EUR/KZT <b>0.0</b>'
          '</span> <span>• RUB/KZT <b>0.0</b></span> <span>• CNY/KZT <b>0.0</b></span></div>')
WORD_P = ('<p class="MsoNormal" style="margin-bottom:0cm;line-height:normal"><span '
          'style="font-size:12.0pt;font-family:&quot;Times New Roman&quot;,serif;'
          'mso-fareast-language:RU;mso-bidi-font-family:Arial">{}</span><o:p></o:p></p>')


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def _head(title: str, lang: str, locale: str, extra: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)} - Центр информации</title>\n"
            f'<meta property="og:locale" content="{locale}">\n{extra}</head>\n<body>\n'
            '<header class="top"><a class="logo" href="/">Центр информации</a>\n'
            '<nav><a href="/novosti">Новости</a> <a href="/about">О нас</a></nav>\n'
            f"{WIDGET}</header>\n")


_FOOT = ('<footer><p>© Центр информации, 2016-2026. При использовании материалов ссылка '
         "обязательна.</p></footer>\n</body>\n</html>\n")


def date_words(day: Any, lower: bool = False) -> str:
    """'20 Апреля 2023' (the month capitalised as the CMS prints it; lower-case when typed)."""
    month = RU_MONTHS[day.month - 1]
    return f"{day.day} {month if lower else month.capitalize()} {day.year}"


def typo(month: str) -> str:
    """A month with a letter typed twice: "апреля" -> "апрееля", "мая" -> "маая"."""
    return month[:-2] + month[-3] + month[-2:]


def _dateline(a: Any) -> str:
    """The dateline as the editor typed it (the slips of the ``dateline`` group)."""
    month = MONTHS[a.lang][a.day.month - 1]
    agency, place = AGENCY[a.lang], a.place
    if "dl_typo" in a.slips:
        month = typo(month)
    if "dl_caps" in a.slips:
        month, place = month.capitalize(), place.upper()
    day = f"{month} {a.day.day}" if a.lang == "en" else f"{a.day.day} {month}"
    if "dl_loose" in a.slips:
        if a.slips["dl_loose"] == 0:
            return f"{place}.{day}.{agency}-"
        return f"{place}, {day}. {agency} – "
    if "dl_caps" in a.slips:
        return f"{place}. {day}. {agency} — "
    return f"{place}. {day}. {agency} - "


def _source_line(a: Any) -> str:
    label = {"src_label": ["Источник :", "Источник -"], "src_case": ["источник:", "ИСТОЧНИК:"],
             "src_two": ["Источники:"], "src_en": ["Source:"]}
    for name, forms in label.items():
        if name in a.slips:
            return f"{forms[a.slips[name]]} {esc(a.source)}"
    return f"Источник: {esc(a.source)}"


def _text(a: Any) -> str:
    """The rich-text box: dateline, paragraphs and the source line, slips and all."""
    inner = [esc(p) for p in (a.raw_paragraphs or a.paragraphs)]
    bold = None
    if a.place:
        line = _dateline(a)
        if "dl_bold" in a.slips:
            bold = f"<p><strong>{esc(line.strip())}</strong></p>"
        else:
            inner[0] = esc(line) + inner[0]
        if "dl_repeat" in a.slips:
            inner[1] = esc(line) + inner[1]
    if "dup_para" in a.slips:
        inner.insert(2, inner[1])
    if a.source_line and a.source:
        inner.append(_source_line(a))
    if "word" in a.slips:
        blocks = [WORD_P.format(p) for p in inner]
    elif "br_br" in a.slips:
        tail = inner[-1:] if a.source_line else []
        middle = inner[1:len(inner) - len(tail)]
        blocks = [f"<p>{p}</p>" for p in [inner[0], "<br><br>\n".join(middle), *tail]]
    else:
        blocks = [f"<p>{p}</p>" for p in inner]
    glue = "\n<p>&nbsp;</p>\n" if "p_nbsp" in a.slips else "\n"
    return (bold + "\n" if bold else "") + glue.join(blocks)


def _photo(a: Any, base: str) -> str:
    if not a.images:
        return ""
    paths = a.image_paths()
    imgs = "".join(f'<img src="{base}{p}" alt="{esc(a.title)}">' for p in paths)
    if "img_empty" in a.slips:
        imgs = '<img src="" alt="">' + imgs
    credit, caption = a.photo_credit, ""
    slot = ""
    if credit:
        if "photo_label" in a.slips:
            slot = ["Фото : ", "Фото - "][a.slips["photo_label"]] + esc(credit)
        elif "photo_newline" in a.slips:
            slot = f"Фото:<br>\n{esc(credit)}"
        elif "photo_two" in a.slips:
            slot = f"Фото: {esc(credit)}"
        elif "photo_caption" in a.slips:
            caption = f"<figcaption>{esc(a.title.rstrip('.'))}. Фото: {esc(credit)}</figcaption>"
        else:
            slot = f"Фото:{esc(credit)}"
    return (f'<figure class="news-photo">{imgs}{caption}</figure>\n'
            f'<div class="photo-credit">{slot}</div>\n')


def _info(a: Any) -> str:
    parts = [f'<span class="news-date">{date_words(a.day, "info_lower" in a.slips)}</span>']
    if a.views is not None:
        views = f"{a.views:,}".replace(",", "\u00a0") if "views_nbsp" in a.slips else str(a.views)
        parts.append(f'<span class="news-views"><i class="icon-eye"></i>{views}</span>')
    if a.category:
        name = a.category + (" " if "rubric_space" in a.slips else "")
        parts.append(f'<a class="news-rubric" href="/rubric/{a.lang}-{len(a.category)}">'
                     f"{esc(name)}</a>")
    if a.tags:
        tags = list(a.tags)
        typed = ", ".join(tags)
        if "tags_loose" in a.slips:
            typed = [typed + ",", ", ".join(tags[:1]) + ",, " + ", ".join(tags[1:]),
                     typed + ", " + tags[0]][a.slips["tags_loose"]]
        parts.append(f'<span class="news-tags">{esc(typed)}</span>')
    return '<div class="news-info">' + " ".join(parts) + "</div>\n"


def _latest(latest: Sequence[Any]) -> str:
    items = "".join(f'<li><span class="badge">ru</span> <a href="{a.path}">'
                    f"{esc(cut_at_word(a.title, 60))}</a></li>\n" for a in latest)
    return f'<aside class="last-news"><h3>Последние новости</h3>\n<ul>\n{items}</ul></aside>\n'


def article(a: Any, base: str, latest: Sequence[Any]) -> Response:
    lang = "ru" if "lang_ru" in a.slips else a.lang
    locale = "ru_RU" if "lang_ru" in a.slips else LOCALE[a.lang]
    extra = (f'<meta property="og:title" content="{html.escape(a.headline)}">\n'
             f'<link rel="canonical" href="{base}{a.path}">\n')
    page = (_head(a.headline, lang, locale, extra)
            + '<main><div class="content"><article class="news-full">\n'
            + f'<h1 class="news-title">{esc(a.headline)}</h1>\n'
            + _photo(a, base) + _info(a)
            + f'<div class="news-text">\n{_text(a)}\n</div>\n'
            + '<div class="share">Поделиться: <a href="#">VK</a> <a href="#">Telegram</a></div>\n'
            + "</article></div>\n" + _latest(latest) + "</main>\n" + _FOOT)
    return 200, {"Content-Type": HTML}, page.encode("utf-8")


def listing(items: Sequence[Any], page: int, count: int) -> Response:
    blocks = "".join(f'<div class="news_text"><a href="{a.path}">{esc(a.title)}</a>'
                     f"<p>{date_words(a.day)}</p></div>\n" for a in items)
    links = " ".join(("<span>1</span>" if page == 1 else '<a href="/novosti">1</a>') if n == 1
                     else (f"<span>{n}</span>" if n == page
                           else f'<a href="/novosti?page={n}">{n}</a>')
                     for n in range(1, count + 1))
    body = (_head("Новости", "ru", "ru_RU") + '<main><h1>Новости</h1>\n<div class="news_list">\n'
            + blocks + f'</div>\n<div class="pager">{links}</div></main>\n' + _FOOT)
    return 200, {"Content-Type": HTML}, body.encode("utf-8")


def not_found() -> bytes:
    return (_head("Страница не найдена", "ru", "ru_RU")
            + "<main><h1>404</h1><p>Страница не найдена.</p></main>\n" + _FOOT).encode("utf-8")
