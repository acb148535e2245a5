"""Markup of the forty-seventh copy: three templates over the years and the mixed listing.

* ``old`` (2019-2020): a table layout in windows-1251; the Kazakh letters (and the Latin
  letters of the new alphabet) cp1251 has no byte for come out as decimal entities, as the
  CMS wrote them; Russian chrome, "Дереккөз:" inside the text block.
* ``mid`` (2021-2023): Bootstrap-era divs in UTF-8 with ``<html lang="ru">`` and
  ``og:locale ru_RU`` on every page, Kazakh ones included; a "hex" page's editor wrote the
  Kazakh letters of its text as ``&#x4D9;`` entities; the dateline in ``<strong>``.
* ``new`` (2024-): HTML5 with the page's own ``lang``, JSON-LD, the tags after the text.

Every article page: currency widget · (language switch) · headline · photo and credit · info
line (date, views, rubric, tags) · dateline + text · source line · "latest news" block whose
headlines carry a language badge (``kk``/``қаз``, ``ru``/``рус``, ``en``/``eng``).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote

from tests.fortyseventhsite.kazakh import RUBRIC_SLUGS

if TYPE_CHECKING:
    from tests.fortyseventhsite.site import Article

ROBOTS = "User-agent: *\nDisallow: /search/\nDisallow: /personal/\n"
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")
KK_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
LANG_NAMES = {"ru": "Рус", "kk": "Қаз", "en": "Eng"}
BADGES = {"plain": {"kk": "kk", "ru": "ru", "en": "en"},
          "kazakh": {"kk": "қаз", "ru": "рус", "en": "eng"}}
CHROME = {  # labels of the page around the article, by the page's language
    "kk": {"latest": "Соңғы жаңалықтар", "share": "Бөлісу:", "tags": "Тегтер:"},
    "ru": {"latest": "Последние новости", "share": "Поделиться:", "tags": "Теги:"},
    "en": {"latest": "Latest news", "share": "Share:", "tags": "Tags:"},
}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def _hex(text: str) -> str:
    return "".join(f"&#x{ord(c):X};" if c in KK_LETTERS else c for c in text)


def currency() -> str:
    rates = " ".join(f'<li>• {c}/KZT <span class="rate" data-code="{c}">0.0</span></li>'
                     for c in ("USD", "EUR", "RUB", "CNY"))
    return f'<ul class="currency">{rates}</ul>'


def _rubric_href(art: Article) -> str:
    slug = RUBRIC_SLUGS.get(art.category or "", quote((art.category or "").lower()))
    return f"/novosti?rubric={slug}"


def _info(art: Article, cls: str, with_tags: bool = True) -> str:
    """Date, views, rubric and tags, each in its own element."""
    parts = []
    if art.date_text():
        parts.append(f'<span class="{cls}__date">{esc(art.date_text())}</span>')
    if art.views is not None:
        icon = ('<img src="/images/icons/eye.svg" alt="" width="14"> '
                if art.forms.get("views") == "eye" else "")
        parts.append(f'<span class="{cls}__views">{icon}{esc(art.views_label())}'
                     f'{art.views}</span>')
    if art.category:
        parts.append(f'<a class="{cls}__rubric" href="{_rubric_href(art)}">'
                     f'{esc(art.category)}</a>')
    if art.tags and with_tags:
        parts.append(f'<span class="{cls}__tags">{_tag_links(art)}</span>')
    return "\n".join(parts)


def _tag_links(art: Article) -> str:
    return ", ".join(f'<a href="/tag/{quote(t)}">{esc(t)}</a>' for t in art.tags)


def _switch(art: Article, twins: dict[str, Article], flags: bool = False) -> str:
    if not twins:
        return ""
    items = []
    for lang in ("ru", "kk", "en"):
        flag = f'<img src="/images/flags/{lang}.png" alt=""> ' if flags else ""
        if lang == art.lang:
            items.append(f'<span class="active">{flag}{LANG_NAMES[lang]}</span>')
        elif lang in twins:
            items.append(f'<a href="{twins[lang].path}" hreflang="{lang}">{flag}'
                         f'{LANG_NAMES[lang]}</a>')
    return f'<div class="lang-switch">{" | ".join(items)}</div>'


def _latest(art: Article, latest: Sequence[Article], badges: str) -> str:
    chrome = CHROME[art.lang]
    names = BADGES[badges]
    items = []
    for other in latest:
        title = other.title if len(other.title) <= 60 else other.title[:57].rstrip() + "..."
        items.append(f'<li><span class="badge badge-{other.lang}">{names[other.lang]}</span> '
                     f'<a href="{other.path}">{esc(title)}</a></li>')
    return (f'<div class="last-news"><div class="last-news__title">{chrome["latest"]}</div>'
            f'<ul>{"".join(items)}</ul></div>')


def _share(art: Article, base: str) -> str:
    url = quote(base + art.path, safe="")
    return (f'<div class="share">{CHROME[art.lang]["share"]} '
            f'<a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> '
            f'<a href="https://t.me/share/url?url={url}">Telegram</a> '
            f'<a href="https://wa.me/?text={url}">WhatsApp</a></div>')


def _paragraphs(art: Article, strong_dateline: bool = False) -> list[str]:
    """The text's <p> elements as the page writes them."""
    raw = art.first_raw()
    out = []
    for i, text in enumerate(raw):
        body = esc(text)
        if i == 0 and strong_dateline and art.dateline_text():
            cut = len(art.dateline_text())
            body = f"<strong>{esc(text[:cut])}</strong>{esc(text[cut:])}"
        if "hex" in art.hazards:
            body = _hex(body)
        out.append(f"<p>{body}</p>")
    return out


def _photo(art: Article, cls: str) -> str:
    paths = art.image_paths()
    if not paths:
        return ""
    credit = art.photo_line()
    caption = f'<figcaption class="{cls}__credit">{esc(credit)}</figcaption>' if credit else ""
    return (f'<figure class="{cls}__photo"><img src="{paths[0]}" alt="{attr(art.title)}">'
            f'{caption}</figure>')


def _more_photos(art: Article) -> str:
    return "".join(f'<p class="inline-photo"><img src="{p}" alt=""></p>'
                   for p in art.image_paths()[1:])


# --------------------------------------------------------------------------- templates


def _old(art: Article, base: str, twins: dict[str, Article], latest: Sequence[Article]) -> str:
    title = art.raw_title or art.title
    paras = _paragraphs(art)
    paras.insert(1, "<p>&nbsp;</p>")
    source = art.source_text()
    if source:
        label, _, name = source.partition(":")
        paras.append(f"<p><b>{esc(label)}:</b> {esc(name.strip())}</p>")
    paths = art.image_paths()
    photo = ""
    if paths:
        credit = art.photo_line()
        author = f'<br><span class="photo-author">{esc(credit)}</span>' if credit else ""
        photo = (f'<div class="news-img"><img src="{paths[0]}" width="600" border="0">'
                 f"{author}</div>")
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>{esc(title)} - Центр информации</title>
<meta name="keywords" content="{attr(", ".join(art.tags))}">
<link rel="stylesheet" type="text/css" href="/css/style.css">
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" class="main">
<tr><td class="header"><a href="/"><img src="/images/logo.gif" alt="Центр информации"
border="0"></a>{currency()}</td></tr>
<tr><td class="menu"><a href="/novosti">Новости</a> | <a href="/novosti">Жаңалықтар</a> |
<a href="/novosti">News</a></td></tr>
<tr><td class="content">
{_switch(art, twins, flags=True)}
<h1 class="news-title">{esc(title)}</h1>
{photo}
<div class="news-info">{_info(art, "info")}</div>
<div class="news-text">
{chr(10).join(paras)}
{_more_photos(art)}
</div>
{_share(art, base)}
{_latest(art, latest, "plain")}
</td></tr>
<tr><td class="footer">&copy; 2014-2020 Центр информации. Все права защищены.</td></tr>
</table>
</body>
</html>
"""


def _mid(art: Article, base: str, twins: dict[str, Article], latest: Sequence[Article]) -> str:
    title = art.raw_title or art.title
    paras = _paragraphs(art, strong_dateline=True)
    source = art.source_text()
    if source:
        paras.append(f'<p class="news-detail__source">{esc(source)}</p>')
    paths = art.image_paths()
    image = f'<meta property="og:image" content="{base}{paths[0]}">' if paths else ""
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Центр информации</title>
<meta property="og:type" content="article">
<meta property="og:locale" content="ru_RU">
<meta property="og:site_name" content="Центр информации">
<meta property="og:title" content="{attr(title)}">
{image}
<link rel="canonical" href="{base}{art.path}">
<link rel="stylesheet" href="/local/templates/ic24/css/bootstrap.min.css">
</head>
<body>
<header class="header">
<div class="container">{currency()}
<a class="logo" href="/"><img src="/local/templates/ic24/img/logo.svg" alt="ic24.kz"></a>
<nav class="menu"><a href="/novosti">Новости</a> <a href="/novosti">Жаңалықтар</a></nav>
</div>
</header>
<main class="container">
<div class="row">
<div class="col-lg-8">
<div class="news-detail">
{_switch(art, twins)}
<h1 class="news-detail__title">{esc(title)}</h1>
{_photo(art, "news-detail")}
<div class="news-detail__info">
{_info(art, "news-detail")}
</div>
<div class="news-detail__text">
{chr(10).join(paras)}
{_more_photos(art)}
</div>
{_share(art, base)}
</div>
</div>
<aside class="col-lg-4">
{_latest(art, latest, "kazakh" if art.lang == "kk" else "plain")}
</aside>
</div>
</main>
<footer class="footer"><div class="container">&copy; 2014-2023 ic24.kz</div></footer>
</body>
</html>
"""


def _new(art: Article, base: str, twins: dict[str, Article], latest: Sequence[Article]) -> str:
    title = art.raw_title or art.title
    paras = _paragraphs(art)
    paths = art.image_paths()
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
          "datePublished": art.local.isoformat() if art.clock else art.day.isoformat(),
          "inLanguage": art.lang, "image": [base + p for p in paths],
          "publisher": {"@type": "Organization", "name": "Центр информации"}}
    alternates = "\n".join(f'<link rel="alternate" hreflang="{lang}" href="{base}{a.path}">'
                           for lang, a in sorted(twins.items()))
    locale = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}[art.lang]
    source = art.source_text()
    source_block = f'<div class="article__source">{esc(source)}</div>' if source else ""
    tags = (f'<div class="article__tags"><span>{CHROME[art.lang]["tags"]}</span> '
            f'{_tag_links(art)}</div>') if art.tags else ""
    return f"""<!DOCTYPE html>
<html lang="{art.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} — ic24.kz</title>
<meta property="og:type" content="article">
<meta property="og:locale" content="{locale}">
<meta property="og:title" content="{attr(title)}">
<link rel="canonical" href="{base}{art.path}">
{alternates}
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<div class="topbar">{currency()}{_switch(art, twins)}</div>
<header class="site-header"><a href="/" class="site-header__logo">ic24.kz</a>
<nav><a href="/novosti">Жаңалықтар</a> <a href="/novosti">Новости</a></nav></header>
<main class="layout">
<article class="article">
<h1 class="article__title">{esc(title)}</h1>
{_photo(art, "article")}
<div class="article__meta">
{_info(art, "article", with_tags=False)}
</div>
<div class="article__body">
{chr(10).join(paras)}
{_more_photos(art)}
</div>
{source_block}
{tags}
{_share(art, base)}
</article>
<aside class="layout__aside">{_latest(art, latest, "kazakh" if art.lang == "kk" else "plain")}
</aside>
</main>
<footer class="site-footer">&copy; 2014-2025 ic24.kz</footer>
</body>
</html>
"""


TEMPLATES = {"old": _old, "mid": _mid, "new": _new}


def article(art: Article, base: str, twins: dict[str, Article],
            latest: Sequence[Article]) -> tuple[bytes, str]:
    """The page's bytes and charset (old pages in windows-1251, letters it lacks as
    entities)."""
    page = TEMPLATES[art.template](art, base, twins, latest)
    if art.template == "old":
        return page.encode("cp1251", errors="xmlcharrefreplace"), "windows-1251"
    return page.encode("utf-8"), "utf-8"


# --------------------------------------------------------------------------- listing


def listing(items: Sequence[Article], page: int, count: int) -> bytes:
    rows = []
    for art in items:
        paths = art.image_paths()
        thumb = (f'<div class="news_img"><a href="{art.path}"><img src="{paths[0]}" alt="">'
                 f"</a></div>") if paths else ""
        badge = BADGES["kazakh" if art.lang == "kk" else "plain"][art.lang]
        rows.append(f'<div class="news_item">{thumb}<div class="news_text">'
                    f'<span class="lang-badge">{badge}</span> '
                    f'<a href="{art.path}">{esc(art.title)}</a>'
                    f"<p>{esc(art.listing_date())}</p></div></div>")

    def link(n: int) -> str:
        return "/novosti" if n == 1 else f"/novosti?page={n}"

    pager = []
    if page > 1:
        pager.append(f'<a class="prev" href="{link(page - 1)}">« Алдыңғы</a>')
    for n in range(1, count + 1):
        pager.append(f'<span class="current">{n}</span>' if n == page
                     else f'<a href="{link(n)}">{n}</a>')
    if page < count:
        pager.append(f'<a class="next" href="{link(page + 1)}">Келесі »</a>')
    return f"""<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Новости | Центр информации</title></head>
<body>
<header>{currency()}<a href="/">ic24.kz</a></header>
<main>
<h1>Новости / Жаңалықтар</h1>
<div class="news-list">
{chr(10).join(rows)}
</div>
<div class="pagination">{" ".join(pager)}</div>
</main>
</body>
</html>
""".encode()


def not_found() -> bytes:
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head>"
            "<body><h1>404</h1><p>Бет табылмады. Страница не найдена.</p>"
            '<p><a href="/novosti">Жаңалықтар / Новости</a></p></body></html>').encode()


def visible_text(markup: str) -> str:
    """The page's text (tags out, entities read) for the copy's own tests."""
    markup = re.sub(r"<script.*?</script>", " ", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))
