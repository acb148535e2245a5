"""The thirty-eighth copy's markup: the article page in two templates, the listing, the 404.

``prose``: every block of the text side by side in one ``div.txt`` (furniture classed as its
CMS widgets class it). ``blocks``: a page builder's export, every block in its own
``div.cnt-block`` whose ``data-type`` says only ``text`` or ``html`` (the furniture's own
markup unclassed inside). Poll results, a quiz's start and the share row's copy link point
back to the article with a query (the same page again).
"""

from __future__ import annotations

import html
import re

from tests.copykit.catalogue import MONTHS
from tests.copykit.text import ru_slug
from tests.thirtyeighthsite import inserts as ins
from tests.thirtyeighthsite.inserts import Part
from tests.thirtyeighthsite.site import Article, build, page_count, page_items

HTML = {"Content-Type": "text/html; charset=UTF-8"}
RATES = " ".join(f"• {c}/KZT <b>0.0</b>" for c in ("USD", "EUR", "RUB", "CNY"))
LATEST = {"ru": "Последние новости", "en": "Latest news", "kk": "Соңғы жаңалықтар"}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def other(art: Article, step: int) -> Article:
    arts = build()
    return arts[(arts.index(art) + step) % len(arts)]


def stamp(art: Article) -> str:
    month = MONTHS[art.lang][art.day.month - 1]
    day = (f"{month} {art.day.day}, {art.day.year}" if art.lang == "en"
           else f"{art.day.day} {month.capitalize() if art.lang == 'ru' else month} {art.day.year}")
    return day + (f", {art.clock:%H:%M}" if art.clock else "")


def _text(art: Article, part: Part, first: bool) -> str:
    """A text block's markup."""
    lines = [esc(x) for x in part.lines]
    if part.kind == "p":
        return f"<p>{esc(art.dateline()) if first else ''}{lines[0]}</p>"
    if part.kind == "footnote":
        return f'<p>{lines[0]}<sup><a href="#note-1" id="ref-1">1</a></sup></p>'
    if part.kind == "notes":
        return f'<hr><ol class="notes"><li id="note-1">{lines[0]} <a href="#ref-1">↩</a></li></ol>'
    if part.kind == "fact":
        return f'<div class="box-info"><p><b>{lines[0]}</b> {lines[1]}</p></div>'
    if part.kind == "qa":
        return f"<p><b>{lines[0]}</b></p><p><b>{lines[1]}:</b> {lines[2]}</p>"
    if part.kind == "quote":
        return f"<blockquote><p>{lines[0]}</p></blockquote>"
    if part.kind == "list":
        tag = "ol" if part.ordered else "ul"
        items = "".join(f"<li>{x}</li>" for x in lines[1:])
        return f"<p>{lines[0]}</p><{tag}>{items}</{tag}>"
    head, *rows = [row.split("|") for row in lines]
    cells = lambda row, t: "".join(f"<{t}>{c}</{t}>" for c in row)  # noqa: E731
    body = "".join(f"<tr>{cells(r, 'td')}</tr>" for r in rows)
    return (f'<table class="figures"><thead><tr>{cells(head, "th")}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


def _links(art: Article) -> str:
    url = esc(f"https://ic24.kz{art.path}")
    return (f'<a href="https://t.me/share/url?url={url}">Telegram</a> '
            f'<a href="https://wa.me/?text={url}">WhatsApp</a> '
            f'<a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> '
            f'<a href="{art.path}?utm_source=share&amp;utm_medium=copy">🔗</a>')


def _furniture(art: Article, part: Part) -> str:  # noqa: C901 - one markup per kind
    lang, kind = art.lang, part.kind
    if kind == "readalso":
        o = other(art, 2)
        return (f'<p><strong>{ins.READ_ALSO[lang]}</strong> <a href="{o.path}">'
                f"{esc(o.title)}</a></p>")
    if kind == "readbox":
        links = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>'
                        for o in (other(art, 3), other(art, 5)))
        return (f'<div class="see-more"><div class="see-more__t">'
                f"{ins.READ_ALSO[lang].rstrip(':')}</div><ul>{links}</ul></div>")
    if kind == "ad":
        return (f'<div class="bnr"><div class="bnr__label">{ins.AD[lang]}</div>'
                f'<ins class="bnr__slot" data-slot="r{art.num % 7}"></ins></div>')
    if kind == "subscribe":
        return (f'<p class="tg-promo"><a href="https://t.me/ic24kz" target="_blank">'
                f"{esc(ins.SUBSCRIBE[lang])}</a></p>")
    if kind == "poll":
        q, options, button = ins.POLL[lang]
        opts = "".join(f'<label><input type="radio" name="a" value="{k}"> {esc(o)}</label><br>'
                       for k, o in enumerate(options))
        return (f'<div class="vote"><p class="vote__q">{esc(q)}</p><form action="/poll/'
                f'{art.num}" method="post">{opts}<button type="submit">{button}</button></form>'
                f'<a href="{art.path}?poll=results">%</a></div>')
    if kind == "quiz":
        title, button = ins.QUIZ[lang]
        return (f'<div class="quiz-card"><p>{esc(title)}</p><a class="quiz-card__go" '
                f'href="{art.path}?quiz=start">{esc(button)}</a></div>')
    if kind == "typo":
        return f'<p class="typo-hint"><i>{esc(ins.TYPO[lang])}</i></p>'
    if kind == "share":
        return f'<div class="share-row">{ins.SHARE[lang]} {_links(art)}</div>'
    if kind == "bio":
        name, bio = ins.BIO[lang]
        return (f'<div class="about-author"><img src="/files/authors/a{art.num % 3}.jpg" '
                f'alt="{esc(name)}"><p><b>{esc(name)}</b></p><p>{esc(bio)}</p></div>')
    if kind in ("update", "correction"):
        words = part.lines[0] if kind == "update" else ins.CORRECTION[lang]
        return f'<p class="{kind}-note"><em>{esc(words)}</em></p>'
    if kind == "embed":
        post = f"https://t.me/akimat_almaty/{art.num % 5000}"
        return (f'<blockquote class="telegram-post" data-telegram-post="akimat_almaty/'
                f'{art.num % 5000}"><p>{esc(ins.EMBED[lang])}</p><a href="{post}">{post}</a>'
                "</blockquote>")
    if kind == "pull":
        return f'<blockquote class="accent">{esc(part.lines[0])}</blockquote>'
    if kind == "source":
        return f"<p>{ins.SOURCE_LABEL} {esc(part.lines[0])}</p>"
    return "<p>" + " ".join(f'<a href="/tag/{ru_slug(t) or t}">#{esc(t)}</a>'
                            for t in part.lines) + "</p>"  # hashtags


def _picture(art: Article, k: int) -> str:
    credit = f"<figcaption>Фото:{esc(art.photo_credit)}</figcaption>" if art.photo_credit else ""
    return f'<figure class="pic"><img src="{art.image_paths()[k]}" alt="">{credit}</figure>'


def text(art: Article) -> str:
    """The text box: every part, the second picture after the third part."""
    blocks, first = [], True
    for n, part in enumerate(art.parts):
        is_text = part.kind == "p" or part.text()
        markup = _text(art, part, first) if is_text else _furniture(art, part)
        if part.kind == "p":
            first = False
        if art.cms == "blocks":
            kind = "text" if is_text else "html"
            markup = f'<div class="cnt-block" data-type="{kind}">' + (
                markup if is_text else re.sub(r' class="[^"]*"', "", markup)) + "</div>"
        blocks.append(markup)
        if n == 2 and art.images > 1:
            blocks.append(_picture(art, 1))
    return "".join(blocks)


def _frame(title: str, lang: str, head: str, main: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>'
            f"{esc(title)}</title>{head}</head><body><div class=\"rates\">{RATES}</div>"
            '<nav><a href="/novosti">Новости</a> <a href="/about">О нас</a></nav>'
            f"{main}<footer><p>© 2012–2026 Центр информации</p></footer></body></html>").encode()


def article(art: Article, base: str) -> tuple[int, dict[str, str], bytes]:
    info = f'<time class="art-date">{stamp(art)}</time>'
    if art.views is not None:
        info += f' <span class="art-views">{art.views}</span>'
    if art.category:
        info += f' <a class="art-rubric" href="/rubric/{ru_slug(art.category)}">' \
                f"{esc(art.category)}</a>"
    tags = "" if art.hashtags or not art.tags else (
        '<div class="art-tags">Теги: ' + ", ".join(
            f'<a href="/tag/{ru_slug(t) or t}">{esc(t)}</a>' for t in art.tags) + "</div>")
    latest = "".join(f'<li><span class="badge">{a.lang}</span> <a href="{a.path}">'
                     f"{esc(a.title[:50])}</a></li>" for a in build()[:8] if a is not art)
    main = (f'<main><article class="art"><h1>{esc(art.title)}</h1>'
            f'<div class="art-info">{info}</div>{_picture(art, 0) if art.images else ""}'
            f'<div class="txt">{text(art)}</div>{tags}</article><aside class="latest"><h3>'
            f"{LATEST[art.lang]}</h3><ul>{latest}</ul></aside></main>")
    head = f'<link rel="canonical" href="{base}{art.path}">'
    return 200, HTML, _frame(art.title, art.lang, head, main)


def listing(n: int, base: str) -> tuple[int, dict[str, str], bytes]:
    cards = "".join(f'<div class="news_text"><a href="{a.path}">{esc(a.title)}</a>'
                    f"<p>{stamp(a).rsplit(', ', 1)[0] if a.clock else stamp(a)}</p></div>"
                    for a in page_items(n))
    href = lambda k: "/novosti" if k == 1 else f"/novosti?page={k}"  # noqa: E731
    pager = " ".join(f"<b>{k}</b>" if k == n else f'<a href="{href(k)}">{k}</a>'
                     for k in range(1, page_count() + 1))
    if n < page_count():
        pager += f' <a rel="next" href="{href(n + 1)}">Далее →</a>'
    main = f'<main><h1>Новости</h1>{cards}<div class="pager">{pager}</div></main>'
    return 200, HTML, _frame("Новости — Центр информации", "ru", "", main)


def not_found() -> bytes:
    return _frame("Страница не найдена", "ru", "", "<main><h1>404</h1></main>")
