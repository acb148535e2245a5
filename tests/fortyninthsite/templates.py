"""The forty-ninth copy's one template: a story page (every kind), the pages at article
addresses that are no story, the listing and the 404."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from tests.copykit.catalogue import AGENCY, MONTHS

if TYPE_CHECKING:
    from tests.fortyninthsite.site import Article

CAP = {"ru": [m.capitalize() for m in MONTHS["ru"]], "en": list(MONTHS["en"]),
       "kk": [m.capitalize() for m in MONTHS["kk"]]}
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
LANG_NAME = {"ru": "Русский", "en": "English", "kk": "Қазақша"}


def date_text(art: Article) -> str:
    """'20 Апреля 2023' (ru), '2 August 2021' (en), '16 Сәуір 2021' (kk)."""
    return f"{art.day.day} {CAP[art.lang][art.day.month - 1]} {art.day.year}"


def _head(title: str, lang: str, canonical: str | None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{escape(title)} | Центр информации</title>{link}"
            f'<meta property="og:title" content="{escape(title)}">'
            f'<meta property="og:locale" content="{LOCALE[lang]}">'
            '<meta name="viewport" content="width=device-width"></head>\n<body>\n'
            '<header class="site-head"><a class="logo" href="/novosti">Центр информации</a>'
            '<nav class="menu"><a href="/novosti">Новости</a></nav>\n'
            '<ul class="rates"><li>• USD/KZT <b>0.0</b></li><li>• EUR/KZT <b>0.0</b></li>'
            '<li>• RUB/KZT <b>0.0</b></li><li>• CNY/KZT <b>0.0</b></li></ul></header>\n'
            '<main class="wrap">\n')


def _badges(pages: Sequence[Article], base: str, skip: Article | None) -> str:
    rows = "".join(
        f'<li><span class="badge">{a.lang}</span> <a href="{base}{a.path}">'
        f"{escape(a.title[:60])}</a></li>"
        for a in pages[:16] if a is not skip)
    return (f'<aside class="latest"><h3>Последние новости</h3><ul>{rows}</ul></aside>\n'
            "</main>\n<footer>© 2025 Центр информации. Все права защищены.</footer>"
            "</body></html>\n")


def _info(art: Article) -> str:
    when = date_text(art) + (f" {art.clock:%H:%M}" if art.clock else "")
    parts = [f'<span class="date">{when}</span>']
    if art.views is not None:
        parts.append(f'<span class="views">{art.views}</span>')
    if art.category:
        parts.append(f'<span class="rubric">{escape(art.category)}</span>')
    if art.tags:
        parts.append('<span class="tags">' + ", ".join(
            f'<a href="/novosti?tag={escape(t)}">{escape(t)}</a>' for t in art.tags) + "</span>")
    return '<div class="info">' + " ".join(parts) + "</div>\n"


def _text_blocks(art: Article) -> str:
    out: list[str] = []
    line = art.dateline()
    raw = iter(art.raw_paragraphs or [])
    for kind, value in art.blocks:
        if kind == "p":
            text = escape(next(raw) if art.raw_paragraphs else value, quote=False)
            out.append(f"<p>{escape(line)}{text}</p>")
            line = ""
        elif kind == "h2":
            out.append(f"<h2>{escape(value)}</h2>")
        elif kind == "figure":
            out.append(f'<figure class="infographic"><img src="/uploads/infographics/{art.id}.png"'
                       f' alt="{escape(art.title)}"><figcaption>{escape(line)}{escape(value)}'
                       "</figcaption></figure>")
            line = ""
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{escape(v)}</li>" for v in value) + "</ul>")
        elif kind == "quote":
            out.append('<blockquote class="statement">'
                       + "".join(f"<p>{escape(v)}</p>" for v in value) + "</blockquote>")
        elif kind == "contacts":
            head, *rest = value
            out.append(f'<div class="contacts"><p><b>{escape(head)}</b></p>'
                       + "".join(f"<p>{escape(v)}</p>" for v in rest) + "</div>")
        elif kind == "live":
            out.append('<div class="live">' + "".join(
                f'<div class="live__entry"><time>{c}</time> <p>{escape(t)}</p></div>'
                for c, t in value) + "</div>")
        elif kind == "qa":
            out.append("".join(f"<p><strong>{escape(q)}</strong></p><p>{escape(a)}</p>"
                               for q, a in value))
        elif kind == "table":
            head, *rows = value
            out.append('<table class="data"><thead><tr>'
                       + "".join(f"<th>{escape(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                                 for row in rows) + "</tbody></table>")
        elif kind == "pull":
            out.append(f'<aside class="pull-quote"><blockquote>«{escape(value)}»</blockquote>'
                       "</aside>")
        elif kind == "video":
            out.append('<div class="video-player"><iframe src="https://www.youtube.com/embed/'
                       f'ic24v{art.num}" width="640" height="360" allowfullscreen></iframe></div>')
        elif kind == "gallery":
            out.append('<div class="gallery">' + "".join(
                f'<figure><a href="/uploads/gallery/{art.id}/{k}.jpg">'
                f'<img src="/uploads/gallery/{art.id}/{k}.jpg" alt=""></a>'
                f"<figcaption>{escape(cap)}</figcaption></figure>"
                for k, cap in enumerate(value, 1)) + "</div>")
    return "\n".join(out)


def page(art: Article, base: str, pages: Sequence[Article]) -> str:
    if not art.is_story:
        return _not_story(art, base, pages)
    from tests.fortyninthsite.site import versions

    photo = ""
    if art.images:
        credit = escape(art.photo_credit or "")
        photo = (f'<div class="photo"><img src="{base}{art.image_paths()[0]}" '
                 f'alt="{escape(art.title)}"><div class="credit">Фото:{credit}</div></div>\n')
    source = (f'<p class="source">Источник: {escape(art.source)}</p>'
              if art.source and art.source_line else "")
    others = versions(art)
    langs = ""
    if others:
        langs = ('<div class="versions">' + " · ".join(
            f'<a href="{base}{o.path}" hreflang="{o.lang}">{LANG_NAME[o.lang]}</a>'
            for o in others) + "</div>\n")
    return (_head(art.title, art.lang, base + art.path)
            + f'<article class="story story--{art.kind}">\n<h1>{escape(art.title)}</h1>\n'
            + photo + _info(art) + f'<div class="text">\n{_text_blocks(art)}\n{source}</div>\n'
            + langs + '<div class="share">Поделиться: Facebook Telegram WhatsApp</div>'
            "</article>\n" + _badges(pages, base, art))


def _not_story(art: Article, base: str, pages: Sequence[Article]) -> str:
    if art.kind == "soft404":
        inner = ('<div class="error-page"><h1>Материал не найден</h1><p>К сожалению, '
                 "запрашиваемый материал не найден. Возможно, он был удалён или перемещён.</p>"
                 '<p><a href="/novosti">Вернуться к новостям</a></p></div>')
        title = "Материал не найден"
    elif art.kind == "removed":
        inner = ('<article class="story story--removed"><h1>Материал удалён</h1>'
                 '<div class="text"><p>Материал удалён по требованию Генеральной прокуратуры '
                 "Республики Казахстан.</p></div></article>")
        title = "Материал удалён"
    elif art.kind == "removed_titled":
        inner = (f'<article class="story story--removed"><h1>{escape(art.title)}</h1>'
                 f'<div class="info"><span class="date">{date_text(art)}</span></div>'
                 '<div class="text"><p>Материал удалён по требованию правообладателя.</p>'
                 "</div></article>")
        title = art.title
    else:  # a rubric's list at an article address
        items = [a for a in pages if a.is_story][:8]
        inner = (f'<section class="rubric-list"><h1>{escape(art.title)}</h1>'
                 + "".join(f'<div class="news_text"><a href="{a.path}">{escape(a.title)}</a>'
                           f"<p>{date_text(a)}</p></div>" for a in items) + "</section>")
        title = art.title
    return _head(title, "ru", None) + inner + "\n" + _badges(pages, base, art)


def listing(items: Sequence[Article], n: int, count: int, base: str) -> str:
    rows = "".join(f'<div class="news_text"><a href="{a.path}">{escape(a.title)}</a>'
                   f"<p>{date_text(a)}</p></div>\n" for a in items)
    pager = " ".join(
        f"<b>{k}</b>" if k == n else
        f'<a href="/novosti{"" if k == 1 else f"?page={k}"}">{k}</a>'
        for k in range(1, count + 1))
    if n < count:
        pager += f' <a class="next" href="/novosti?page={n + 1}">Следующая »</a>'
    return (_head("Новости", "ru", base + ("/novosti" if n == 1 else f"/novosti?page={n}"))
            + f'<section class="news-list"><h1>Новости</h1>\n{rows}'
            f'<div class="pager">{pager}</div></section>\n'
            "</main>\n<footer>© 2025 Центр информации</footer></body></html>\n")


def not_found() -> str:
    return ("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>404</title>"
            "</head><body><h1>404 — страница не найдена</h1></body></html>")


__all__ = ["AGENCY", "listing", "not_found", "page"]
