"""The sixty-fourth copy's one layout: article page, listing page, 404 (as SITE.md reads)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from tests.copykit.catalogue import MONTHS
from tests.copykit.text import cut_at_word
from tests.sixtyfourthsite.formats import DL

SITE_NAME = "Центр информации"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def info_date(art: Any) -> str:
    """'20 Апреля 2023' (ru, kk), '2 August 2021' (en)."""
    month = MONTHS[art.lang][art.day.month - 1]
    return f"{art.day.day} {month[:1].upper()}{month[1:]} {art.day.year}"


def _head(title: str, canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{esc(canonical)}">' if canonical else ""
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)} - {SITE_NAME}</title>\n{link}\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="/css/style.css">\n</head>\n<body>\n'
            '<header class="header"><a class="logo" href="/"><img src="/img/logo.png" '
            f'alt="{SITE_NAME}"></a>\n<nav class="menu"><a href="/novosti">Новости</a> '
            '<a href="/kontakty">Контакты</a></nav></header>\n'
            '<div class="currency"><ul>'
            + "".join(f"<li>• {c}/KZT <span class=\"rate\">0.0</span></li>"
                      for c in ("USD", "EUR", "RUB", "CNY"))
            + "</ul></div>\n")


_FOOT = ('<footer class="footer"><p>© 2019–2026 Центр информации. При использовании '
         'материалов ссылка обязательна.</p></footer>\n</body>\n</html>\n')


def _info(art: Any) -> str:
    parts = [f'<span class="date">{info_date(art)}</span>']
    if art.views is not None:
        parts.append(f'<span class="views"><i class="icon-eye"></i> {art.views}</span>')
    if art.category:
        parts.append(f'<a class="rubric" href="/novosti?rubric={quote(art.category)}">'
                     f"{esc(art.category)}</a>")
    if art.tags:
        parts.append('<span class="tags">' + ", ".join(
            f'<a href="/tag/{quote(t)}">{esc(t)}</a>' for t in art.tags) + "</span>")
    return '<div class="news-info">' + " ".join(parts) + "</div>\n"


def _author(art: Any) -> str:
    if art.author is None:
        return ""
    name, role, portrait = art.author
    return (f'<div class="author-box"><img src="{portrait}" alt="{esc(name)}">'
            f'<div class="author-name"><b>{esc(name)}</b></div>'
            f'<div class="author-role">{esc(role)}</div></div>\n')


def _text(art: Any) -> str:
    dateline = html.escape(art.dateline(), quote=False)
    out = [markup.replace(DL, dateline) for markup, _ in art.blocks]
    if art.source_line and art.source:
        out += ["<p>&nbsp;</p>", f"<p>Источник: {esc(art.source)}</p>"]
    return '<div class="news-text">\n' + "\n".join(out) + "\n</div>\n"


def _latest(art: Any, arts: Sequence[Any]) -> str:
    others = [a for a in arts if a.num != art.num][:8]
    rows = "".join(f'<li><span class="lang">{a.lang}</span> <a href="{a.path}">'
                   f"{esc(cut_at_word(a.title, 60))}</a></li>\n" for a in others)
    return f'<div class="last-news"><h3>Последние новости</h3><ul>\n{rows}</ul></div>\n'


def article(art: Any, base: str, arts: Sequence[Any]) -> bytes:
    photo = ""
    for path in art.image_paths():
        credit = (f'<span class="photo-credit">Фото:{esc(art.photo_credit)}</span>'
                  if art.photo_credit else "")
        photo += f'<div class="news-photo"><img src="{path}" alt="">{credit}</div>\n'
    share = ('<div class="share">Поделиться: <a href="https://facebook.com/sharer">Facebook</a>'
             ' <a href="https://t.me/share">Telegram</a> <a href="https://wa.me/">WhatsApp</a>'
             "</div>\n")
    page = (_head(art.title, base + art.path) + '<main class="content">\n<div class="news">\n'
            f"<h1>{esc(art.title)}</h1>\n{photo}{_info(art)}{_author(art)}{_text(art)}{share}"
            f"</div>\n{_latest(art, arts)}</main>\n{_FOOT}")
    return page.encode("utf-8")


def _page_url(n: int) -> str:
    return "/novosti" if n == 1 else f"/novosti?page={n}"


def listing(items: Sequence[Any], page: int, count: int) -> bytes:
    rows = "".join(f'<div class="news_text"><a href="{a.path}">{esc(a.title)}</a>'
                   f"<p>{info_date(a)}</p></div>\n" for a in items)
    pages = " ".join(f"<span>{n}</span>" if n == page else f'<a href="{_page_url(n)}">{n}</a>'
                     for n in range(1, count + 1))
    nxt = f' <a class="next" href="/novosti?page={page + 1}">»</a>' if page < count else ""
    body = (_head("Новости") + '<main class="content">\n<h1>Новости</h1>\n'
            f'<div class="news-list">\n{rows}</div>\n<div class="pagination">{pages}{nxt}</div>\n'
            f"</main>\n{_FOOT}")
    return body.encode("utf-8")


def not_found() -> bytes:
    return (_head("Страница не найдена") + '<main class="content"><h1>404</h1>'
            "<p>Страница не найдена.</p></main>\n" + _FOOT).encode("utf-8")
