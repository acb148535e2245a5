"""Markup of the fifty-ninth copy: a Telegram-first newsroom's site template around its posts.

One Russian site template for every language (``<html lang="ru">``, no ``og:locale``): the
currency widget in the header, the headline, the cover photo and its ``Фото:X`` credit, the
info line (date, views, rubric, tags as links), the post's text in the style it was published
in, the media group and video of the post, the Telegram counter ``👁 1.2K``, share buttons, the
channel's subscribe box and a "latest news" sidebar of ``ru``-badged, cut headlines.
"""

from __future__ import annotations

from html import escape

from tests.copykit import routes
from tests.copykit.catalogue import AGENCY, MONTHS
from tests.copykit.text import cut_at_word
from tests.fiftyninthsite import site
from tests.fiftyninthsite.site import Article

CURRENCY = ('<div class="currency">' + "".join(
    f'<span class="rate">• {c}/KZT <b class="js-rate">0.0</b></span> '
    for c in ("USD", "EUR", "RUB", "CNY")) + "</div>")
PROMPT = {
    "ru": ('❗️ Подписывайтесь на наш Telegram-канал '
           '<a href="https://t.me/ic24kz" target="_blank">t.me/ic24kz</a>'),
    "en": ('❗️ Subscribe to our Telegram channel '
           '<a href="https://t.me/ic24kz_en" target="_blank">t.me/ic24kz_en</a>'),
    "kk": ('❗️ Telegram-арнамызға жазылыңыз: '
           '<a href="https://t.me/ic24kz" target="_blank">t.me/ic24kz</a>'),
}
CHANNEL_LINKS = {"КазТАГ": "kaztag", "Tengrinews.kz": "tengrinews", "Kazinform": "kazinform"}


def e(text: str) -> str:
    return escape(text, quote=False)


def info_date(a: Article, form: str | None = None) -> str:
    """'20 Апреля 2023', '2 August 2021' / 'August 2, 2021', '20 Сәуір 2023' (+ ' 11:20')."""
    month = MONTHS[a.lang][a.day.month - 1]
    form = form or a.forms["info"]
    if form == "en_md":
        text = f"{month} {a.day.day}, {a.day.year}"
    else:
        text = f"{a.day.day} {month[:1].upper() + month[1:]} {a.day.year}"
    return text + (f" {a.clock:%H:%M}" if a.clock else "")


def _page(title: str, body: str, lang_note: str = "") -> bytes:
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} | Центр информации</title>
<link rel="stylesheet" href="/assets/app.css?v=59">
{lang_note}</head>
<body>
<header class="site-header">
<a class="logo" href="/"><img src="/assets/logo.svg" alt="Центр информации"></a>
{CURRENCY}
<nav class="menu"><a href="/novosti">Новости</a> <a href="/novosti?rubric=obshchestvo">Общество</a>
<a href="https://t.me/ic24kz" class="menu__tg">Telegram</a></nav>
</header>
{body}
<footer class="site-footer">© 2016–2026 Центр информации. Перепечатка с активной ссылкой.
<a href="https://t.me/ic24kz">Telegram</a> <a href="https://instagram.com/ic24kz">Instagram</a>
</footer>
<script src="/assets/rates.js"></script>
</body>
</html>
""".encode()


def info_line(a: Article) -> str:
    form = a.forms["info"]
    parts = [f'<span class="post-info__date">{e(info_date(a))}</span>']
    if a.views is not None and form != "no_views":
        parts.append(f'<span class="post-info__views"><i class="icon-eye"></i> {a.views}</span>')
    if a.category is not None:
        parts.append(f'<a class="post-info__rubric" href="/novosti?rubric={a.num % 7}">'
                     f"{e(a.category)}</a>")
    if a.tags and form != "no_tags":
        links = ", ".join(f'<a href="/tag/{e(t)}">{e(t)}</a>' for t in a.tags)
        parts.append(f'<span class="post-info__tags">{links}</span>')
    return '<div class="post-info">' + " ".join(parts) + "</div>"


def _texts(a: Article) -> list[str]:
    """The paragraphs as markup (the seeds' own hazards kept), the dateline on the first."""
    raw = a.raw_paragraphs or a.paragraphs
    out = [e(p) for p in raw]
    if a.bold_lead:
        out[0] = f"<b>{out[0]}</b>"
    out[0] = e(a.dateline()) + out[0]
    return out


def _source(a: Article) -> str:
    return f"Источник: {e(a.source)}" if a.source and a.source_line else ""


def _hashtags(a: Article) -> str:
    return " ".join(f'<a href="/tag/{e(t)}">#{e(t)}</a>' for t in a.tags)


def body(a: Article) -> str:
    paras = _texts(a)
    src = _source(a)
    if a.style == "editor":
        inner = "".join(f"<p>{p}</p>\n" for p in paras)
        if a.nbsp_line:
            inner += "<p>\u00a0</p>\n"
        if src:
            inner += f'<p class="post__source">{src}</p>\n'
        return f'<div class="post__text">{inner}</div>\n'
    tail = [s for s in (src, PROMPT[a.lang], _hashtags(a)) if s]
    if a.style == "raw_br":
        return ('<div class="post__text tg-import">'
                + "<br><br>\n".join([*paras, *tail]) + "\n</div>\n")
    inner = "<p>&nbsp;</p>\n".join(f"<p>{p}</p>\n" for p in paras)
    inner += "".join(f"<p>{t}</p>\n" for t in tail)
    return f'<div class="post__text tg-import">{inner}</div>\n'


def _credit(a: Article) -> str:
    return f'<div class="post__credit">Фото:{e(a.photo_credit)}</div>' if a.photo_credit else ""


def album(a: Article) -> str:
    if not a.album:
        return ""
    imgs = "".join(f'<a href="/upload/tg/{a.num}_{k}.jpg" data-fancybox="tg">'
                   f'<img src="/upload/tg/{a.num}_{k}.jpg" alt=""></a>'
                   for k in range(1, a.album + 1))
    caption = (f'<div class="tg-album__caption">Фото:{e(a.photo_credit)}</div>'
               if a.forms["credit"] == "album" else "")
    return f'<div class="tg-album">{imgs}{caption}</div>\n'


def sidebar(current: Article) -> str:
    items = [x for x in site.build() if x.num != current.num][:10]
    rows = "".join(f'<li><a href="{x.path}"><span class="badge">ru</span> '
                   f"{e(cut_at_word(x.title, 70))}</a></li>\n" for x in items)
    return f'<aside class="last-news"><h3>Последние новости</h3>\n<ul>\n{rows}</ul></aside>\n'


def article(a: Article, base: str) -> routes.Response:
    cover = (f'<img class="post__cover" src="{a.image_paths()[0]}" alt="{escape(a.title)}">'
             if a.images else "")
    credit = a.forms["credit"]
    top = [f'<h1 class="post__title">{e(a.title)}</h1>']
    if credit == "glued":  # the credit under the cover runs straight into the text
        top += [info_line(a), cover, _credit(a)]
    else:
        top += [cover, _credit(a) if credit == "line" else "", info_line(a)]
    if a.forwarded:
        top.append(f'<div class="tg-forward">Переслано из <a href="https://t.me/'
                   f'{CHANNEL_LINKS[a.forwarded]}">{e(a.forwarded)}</a></div>')
    video = (f'<div class="tg-video"><video controls preload="none" '
             f'src="/upload/tg/{a.num}.mp4"></video></div>\n' if a.video else "")
    counter = (f'<div class="tg-meta">👁 {a.tg_views} · '
               f'<a href="https://t.me/ic24kz/{a.num - 40000}">Открыть пост в Telegram</a>'
               "</div>\n" if a.tg_views else "")
    subscribe = (f'<div class="tg-subscribe">{PROMPT[a.lang]}</div>\n'
                 if a.style == "editor" else "")
    joiner = "" if credit == "glued" else "\n"
    main = (f'<main class="content"><article class="post" data-id="{a.num}">\n'
            + joiner.join(t for t in top if t) + joiner
            + (album(a) if a.forms["credit"] == "album" else "")
            + body(a) + (album(a) if a.forms["credit"] != "album" else "") + video + counter
            + '<div class="share">Поделиться: <a href="#">WhatsApp</a> <a href="#">Telegram</a>'
            ' <a href="#">Facebook</a></div>\n' + subscribe + "</article>\n" + sidebar(a)
            + "</main>")
    canonical = f'<link rel="canonical" href="{base}{a.path}">\n'
    return 200, {"Content-Type": "text/html; charset=UTF-8"}, _page(a.title, main, canonical)


def listing(page: int, base: str) -> routes.Response:
    items = "".join(
        f'<div class="news_item"><div class="news_text"><a href="{a.path}">{e(a.title)}</a>'
        f"<p>{a.day.day} {_ru_month(a)} {a.day.year}</p>"
        "</div></div>\n" for a in site.page_items(page))
    count = site.page_count()
    links = " ".join(
        (f"<span>{n}</span>" if n == page else
         f'<a href="{site.LISTING if n == 1 else f"{site.LISTING}?page={n}"}">{n}</a>')
        for n in range(1, count + 1))
    main = (f'<main class="content"><h1>Новости</h1>\n<div class="news_list">\n{items}</div>\n'
            f'<div class="pagination">{links}</div></main>')
    return 200, {"Content-Type": "text/html; charset=UTF-8"}, _page("Новости", main)


def _ru_month(a: Article) -> str:
    month = MONTHS["ru"][a.day.month - 1]
    return month[:1].upper() + month[1:]


def not_found() -> bytes:
    return _page("Страница не найдена", '<main class="content"><h1>404</h1>'
                 "<p>Страница не найдена.</p></main>")


__all__ = ["AGENCY", "article", "listing", "not_found"]
