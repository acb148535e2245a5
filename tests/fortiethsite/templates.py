"""The fortieth copy's markup: three article layouts and the listing.

``strip`` keeps SITE.md's order (headline, photo, one info line of date, views, rubric, tags,
text, source line, headline block); ``aside`` puts the facts in a ``<dl>`` beside the text;
``foot`` puts them in a footer under it. Every field's spelling comes from ``forms.py``.
"""

from __future__ import annotations

from html import escape

from tests.copykit.catalogue import AGENCY, Response
from tests.fortiethsite import forms, site
from tests.fortiethsite.site import Article

HTML = {"Content-Type": "text/html; charset=UTF-8"}
WIDGET = ('<div class="rates">• USD/KZT <b>0.0</b> • EUR/KZT <b>0.0</b> • RUB/KZT <b>0.0</b>'
          " • CNY/KZT <b>0.0</b></div>")
DT = {"ru": ("Дата", "Просмотры", "Рубрика", "Теги"), "en": ("Date", "Views", "Category", "Tags"),
      "kk": ("Күні", "Қаралым", "Айдар", "Тегтер")}


def _page(lang: str, title: str, head: str, body: str) -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title}</title>\n{head}\n</head>\n<body>\n"
            f'<header class="top"><a href="/" class="logo">{AGENCY["ru"]}</a>{WIDGET}'
            f'<nav class="menu"><a href="/novosti">Новости</a> <a href="/rubric/obshchestvo">'
            f'Общество</a> <a href="/rubric/ekonomika">Экономика</a></nav></header>\n'
            f"{body}\n<footer class=\"site\">© 2026 {AGENCY['ru']}</footer>\n</body>\n</html>\n"
            ).encode()


def _figures(a: Article, base: str) -> tuple[str, list[str]]:
    """(the top photo with its caption and credit, the further photos for inside the text)."""
    paths = a.image_paths()
    if not paths:
        return "", []
    caption, credit = forms.photo(a)
    top = (f'<figure class="main-photo"><img src="{base}{paths[0]}" alt="">'
           f"<figcaption>{caption}</figcaption>{credit}</figure>")
    return top, [f'<figure class="inline"><img src="{p}" alt=""></figure>' for p in paths[1:]]


def _text(a: Article, inline: list[str]) -> str:
    paras = a.raw_paragraphs or a.paragraphs
    out = [f"<p>{escape(forms.dateline(a))}{escape(paras[0])}</p>"]
    for k, para in enumerate(paras[1:]):
        out.append(f"<p>{escape(para)}</p>")
        if k < len(inline):
            out.append(inline[k])
    out.append("<p>&nbsp;</p>")
    out.append(forms.source(a))
    return '<div class="article-text">' + "\n".join(out) + "</div>"


def _latest(a: Article) -> str:
    others = [o for o in site.build() if o.num != a.num][:6]
    items = "".join(f'<li><span class="badge">ru</span> <a href="{o.path}">'
                    f"{escape(o.title[:48])}</a></li>" for o in others)
    return f'<div class="latest"><h3>Последние новости</h3><ul>{items}</ul></div>'


SHARE = ('<div class="share">Поделиться: <a href="#fb">Facebook</a> <a href="#tg">Telegram</a>'
         ' <a href="#wa">WhatsApp</a></div>')


def _headline(a: Article) -> str:
    if a.forms["title"] == "suffix":
        return f'<h2 class="news-title">{forms.headline(a)}</h2>'
    return f"<h1>{forms.headline(a)}</h1>"


def _facts(a: Article) -> list[str]:
    return [forms.date(a), forms.views(a), forms.category(a), forms.tags(a)]


def _body(a: Article, base: str) -> str:
    top, inline = _figures(a, base)
    text, facts = _text(a, inline), _facts(a)
    if a.cms == "strip":
        info = '<div class="info">' + " ".join(f for f in facts if f) + "</div>"
        return f"<main><article>{_headline(a)}{top}{info}{text}{SHARE}</article>{_latest(a)}</main>"
    if a.cms == "aside":
        rows = "".join(f"<dt>{label}</dt><dd>{fact}</dd>"
                       for label, fact in zip(DT[a.lang], facts, strict=True) if fact)
        return (f'<main class="grid"><article>{_headline(a)}{top}{text}{SHARE}</article>'
                f'<aside class="facts"><dl>{rows}</dl></aside>{_latest(a)}</main>')
    meta = '<footer class="entry-meta">' + " · ".join(f for f in facts if f) + "</footer>"
    return f"<main><article>{_headline(a)}{top}{text}{meta}</article>{SHARE}{_latest(a)}</main>"


def article(a: Article, base: str) -> Response:
    title = escape(a.title)
    if a.forms["title"] == "suffix":
        title += f" | {AGENCY['ru']}"
    head = (f'<link rel="canonical" href="{base}{a.path}">\n'
            f'<meta property="og:title" content="{title}">\n{forms.head(a)}')
    return 200, dict(HTML), _page(a.lang, title, head, _body(a, base))


def listing(page: int, base: str) -> Response:
    items = "".join(
        f'<div class="news_text"><a href="{a.path}">{escape(a.title)}</a>'
        f"<p>{a.day.day} {forms.MONTHS['ru'][a.day.month - 1].capitalize()} {a.day.year}</p>"
        "</div>" for a in site.page_items(page))
    links = []
    for n in range(1, site.page_count() + 1):
        href = site.LISTING if n == 1 else f"{site.LISTING}?page={n}"
        links.append(f"<span>{n}</span>" if n == page else f'<a href="{href}">{n}</a>')
    if page < site.page_count():
        links.append(f'<a rel="next" href="{site.LISTING}?page={page + 1}">Далее →</a>')
    body = (f'<main class="news-list"><h1>Новости</h1>{items}'
            f'<nav class="pager">{" ".join(links)}</nav></main>')
    return 200, dict(HTML), _page("ru", f"Новости | {AGENCY['ru']}", "", body)


def not_found() -> bytes:
    return _page("ru", "Страница не найдена", "", "<main><h1>404</h1><p>Страница не найдена</p>"
                 "</main>")
