"""HTML of the ic24.kz mirror: the three article templates, listings, chrome, routing and
HTTP caching (ETag / Last-Modified / 304)."""

from __future__ import annotations

import hashlib
import html
import json
import random
import re
import struct
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, quote, unquote, urlsplit

from . import discovery, scripted, texts

if TYPE_CHECKING:
    from .site import Plan, Site

SITE_NAME = "Центр информации"
HTML_TYPE = "text/html; charset=utf-8"
EPOCH = datetime(2026, 11, 1, tzinfo=UTC)

ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /__truth__\nDisallow: /search\n"

_ARTICLE = re.compile(r"^/news/(?:[^/]*-)?u(\d+)/?$")
_IMAGE = re.compile(r"^/upload/iblock/[0-9a-f]{3}/(\d+)(?:_\d)?\.jpg$")
_FACET = re.compile(r"^/(category|tag)/([a-z0-9-]+)/?$")


def _jpeg() -> bytes:
    """An 8x8 mid-grey baseline JPEG: DC-only, one-symbol Huffman tables."""

    def seg(marker: int, payload: bytes) -> bytes:
        return struct.pack(">HH", 0xFF00 | marker, len(payload) + 2) + payload

    dqt = bytes([0]) + bytes([1] * 64)
    sof = bytes([8]) + struct.pack(">HH", 8, 8) + bytes([1, 1, 0x11, 0])
    dht_dc = bytes([0x00, 1] + [0] * 15 + [0])
    dht_ac = bytes([0x10, 1] + [0] * 15 + [0])
    sos = bytes([1, 1, 0x00, 0, 63, 0])
    return (
        b"\xff\xd8"
        + seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        + seg(0xDB, dqt)
        + seg(0xC0, sof)
        + seg(0xC4, dht_dc)
        + seg(0xC4, dht_ac)
        + seg(0xDA, sos)
        + b"\x3f"
        + b"\xff\xd9"
    )


JPEG = _jpeg()

# -- small helpers ---------------------------------------------------------------------------


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def ru_date(p: Plan) -> str:
    """``16 Апреля 2021``: the capitalised genitive month the outlet prints under headlines."""
    return f"{p.day.day} {texts.MONTHS_RU_GEN[p.day.month - 1].capitalize()} {p.day.year}"


def dateline(p: Plan) -> str:
    if p.lang == "ru":
        return f"{p.place}. {p.day.day} {texts.MONTHS_RU_GEN[p.day.month - 1]}. Центр информации - "
    return f"{p.place}. {texts.MONTHS_EN[p.day.month - 1]} {p.day.day}. Information Center - "


def truncate(title: str, limit: int = 90) -> str:
    """The headline block cuts long headlines at a word boundary, without an ellipsis."""
    if len(title) <= limit:
        return title
    cut = title[:limit]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def entities(s: str) -> str:
    return (
        s.replace("«", "&laquo;")
        .replace("»", "&raquo;")
        .replace("—", "&mdash;")
        .replace("–", "&ndash;")
    )


def title_html(title: str, rng: random.Random) -> str:
    out = esc(title)
    if rng.random() < 0.5:
        out = entities(out)
    if rng.random() < 0.25 and " " in out:
        k = rng.randrange(out.count(" "))
        parts = out.split(" ")
        out = " ".join(parts[: k + 1]) + "&nbsp;" + " ".join(parts[k + 1 :])
    return out


# -- text hazards ------------------------------------------------------------------------------

_PUNCT = "«»\"'.,:;!?()"
_OWN = {"ru": re.compile(r"[А-Яа-яЁё]{4,}"), "en": re.compile(r"[A-Za-z]{4,}")}
_SWAP = {"ru": texts.CYR_TO_LAT, "en": texts.LAT_TO_CYR}


class Hazards:
    """Injects the outlet's text hazards into clean paragraphs, deterministically."""

    def __init__(self, rng: random.Random, lang: str, base: str) -> None:
        self.rng = rng
        self.lang = lang
        self.base = base
        self.use_entities = rng.random() < 0.6
        self.homoglyphs = 2

    def _homoglyph(self, words: list[str]) -> None:
        rng, swap = self.rng, _SWAP[self.lang]
        cands = [
            i
            for i, w in enumerate(words)
            if _OWN[self.lang].fullmatch(w.strip(_PUNCT)) and any(ch in swap for ch in w)
        ]
        if not cands:
            return
        i = rng.choice(cands)
        pos = [k for k, ch in enumerate(words[i]) if ch in swap]
        k = rng.choice(pos)
        words[i] = words[i][:k] + swap[words[i][k]] + words[i][k + 1 :]
        self.homoglyphs -= 1

    def _zero_width(self, words: list[str]) -> None:
        cands = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 6]
        if cands:
            i = self.rng.choice(cands)
            w = words[i]
            words[i] = w[: len(w) // 2] + "\u200b" + w[len(w) // 2 :]

    def paragraph(self, text: str, *, markup: bool = True) -> str:
        rng = self.rng
        words = text.split(" ")
        if self.homoglyphs > 0 and rng.random() < 0.25:
            self._homoglyph(words)
        if rng.random() < 0.2:
            self._zero_width(words)
        out = [esc(w) for w in words]
        if markup and len(out) > 5:
            r = rng.random()
            i = rng.randrange(len(out) - 3)
            j = i + rng.randint(0, 2)
            if r < 0.18:
                tag = rng.choice(("strong", "b", "em"))
                out[i], out[j] = f"<{tag}>{out[i]}", f"{out[j]}</{tag}>"
            elif r < 0.3:
                if rng.random() < 0.5:
                    href = f"/tag/{texts.translit_slug(rng.choice(texts.TAGS_RU))}"
                else:
                    href = "https://www.gov.kz/memleket/entities/mfa"
                out[i], out[j] = f'<a href="{href}" target="_blank">{out[i]}', f"{out[j]}</a>"
        seps = [" "] * (len(out) - 1)
        if seps:
            for sep, p in (("\u00a0", 0.35), ("&nbsp;", 0.2), ("  ", 0.1), ("\n", 0.1)):
                if rng.random() < p:
                    seps[rng.randrange(len(seps))] = sep
        s = out[0] + "".join(sep + w for sep, w in zip(seps, out[1:], strict=True))
        if self.use_entities:
            s = entities(s)
        if rng.random() < 0.3:
            s = s.replace("\u200b", "&#8203;")
        if rng.random() < 0.15:
            s = f"\n\t\t{s}\n\t"
        return s

    def filler(self) -> str:
        """Maybe an empty paragraph (the outlet's editor leaves many)."""
        if self.rng.random() < 0.15:
            return self.rng.choice(
                ("<p></p>", "<p>&nbsp;</p>", "<p>\u00a0</p>", "<p> </p>", "<p><br></p>")
            )
        return ""


def body_paragraphs(p: Plan, rng: random.Random, base: str) -> list[str]:
    """The inner HTML of each body paragraph (first one with the dateline), plus fillers
    given as complete ``<p>`` elements prefixed with ``!``."""
    out: list[str] = []
    if p.raw_paras is not None:  # seed articles: the dump's text as it was
        for k, raw in enumerate(p.raw_paras):
            s = esc(raw)
            s = entities(s) if p.lang == "ru" else s
            if k == 0:
                s = esc(dateline(p)) + s
            if raw.strip() == "":
                out.append("!<p>&nbsp;</p>")
            else:
                out.append(s)
        if p.mutated:  # never: seeds are not mutated
            raise AssertionError
        return out
    hz = Hazards(rng, p.lang, base)
    for k, para in enumerate(p.paras):
        if k == 0:
            lead = hz.paragraph(para, markup=False)
            dl = esc(dateline(p))
            if p.variant == "rich" and rng.random() < 0.4:
                dl = f"<strong>{dl[:-3]}</strong> - "
            out.append(dl + lead.lstrip())
        else:
            out.append(hz.paragraph(para))
        filler = hz.filler()
        if filler:
            out.append("!" + filler)
    return out


def _p(inner: str, attrs: str = "") -> str:
    if inner.startswith("!"):
        return inner[1:]
    return f"<p{attrs}>{inner}</p>"


def source_html(p: Plan, rng: random.Random) -> str:
    assert p.source is not None
    src = esc(p.source)
    if p.raw_paras is not None:  # seed articles: as the dump shows it
        return f"<p>Источник: {src}</p>"
    return rng.choice(
        (
            f"<p>Источник: {src}</p>",
            f"<p>Источник: {src}</p>",
            f"<p><b>Источник:</b> {src}</p>",
            f"<p>Источник:&nbsp;{src}</p>",
        )
    )


# -- chrome -------------------------------------------------------------------------------------

NAV = (
    ("/novosti", "Новости"),
    ("/category/sotsium", "Социум"),
    ("/category/politika", "Политика"),
    ("/category/ekonomika", "Экономика"),
    ("/category/proisshestviya", "Происшествия"),
    ("/category/sport", "Спорт"),
    ("/about", "О нас"),
)


def head(title: str, canonical: str | None, extra: str = "", lang: str | None = "ru") -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    canon = f'<link rel="canonical" href="{attr(canonical)}">\n' if canonical else ""
    return (
        f'<!DOCTYPE html>\n<html{lang_attr}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n{canon}"
        '<link rel="stylesheet" href="/local/templates/ic24/css/style.css">\n'
        f"{extra}</head>\n"
    )


def header(plain: bool = False) -> str:
    links = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in NAV)
    if plain:
        return (
            f'<div><a href="/"><img src="/local/templates/ic24/images/logo.png" alt="{SITE_NAME}">'
            f"</a><ul>{links}</ul></div>\n"
        )
    return (
        '<header class="header">\n<div class="header__top"><a class="logo" href="/">'
        f'<img src="/local/templates/ic24/images/logo.png" alt="{SITE_NAME}"></a>\n'
        f'<nav class="menu"><ul>{links}</ul></nav>\n'
        '<form class="search" action="/search" method="get"><input type="text" name="q">'
        "</form></div>\n</header>\n"
    )


CURRENCIES = ("USD", "EUR", "RUB", "CNY")


def currency(style: str = "classic") -> str:
    if style == "rich":
        items = "".join(
            f'<span class="rates__item">{c}/KZT <b class="rates__value">0.0</b></span>'
            for c in CURRENCIES
        )
        return f'<div class="rates">{items}</div>\n'
    if style == "bare":
        return "<ul>" + "".join(f"<li>{c}/KZT 0.0</li>" for c in CURRENCIES) + "</ul>\n"
    items = "".join(f"<li>{c}/KZT <span>0.0</span></li>" for c in CURRENCIES)
    return f'<div class="currency"><ul>{items}</ul></div>\n'


def footer(plain: bool = False) -> str:
    tag = "div" if plain else 'footer class="footer"'
    end = "div" if plain else "footer"
    return (
        f"<{tag}>\n<p>© 2014–2026 {SITE_NAME}. Все права защищены. При использовании материалов "
        "ссылка на ic24.kz обязательна.</p>\n"
        '<p>Редакция: <a href="mailto:info@ic24.kz">info@ic24.kz</a></p>\n'
        '<p><a href="https://www.facebook.com/ic24kz" rel="nofollow">Facebook</a> '
        '<a href="https://t.me/ic24kz" rel="nofollow">Telegram</a> '
        '<a href="https://www.instagram.com/ic24.kz/" rel="nofollow">Instagram</a> '
        '<a href="https://www.kaztag.kz/">КазТАГ</a></p>\n'
        '<script src="/local/templates/ic24/js/rates.js"></script>\n'
        f"</{end}>\n</body>\n</html>\n"
    )


def share(url: str, plain: bool = False) -> str:
    u = quote(url, safe="")
    links = (
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank">Facebook</a> '
        f'<a href="https://t.me/share/url?url={u}" target="_blank">Telegram</a> '
        f'<a href="https://api.whatsapp.com/send?text={u}" target="_blank">WhatsApp</a>'
    )
    if plain:
        return f"<div>Поделиться: {links}</div>\n"
    return f'<div class="share"><span class="share__label">Поделиться:</span> {links}</div>\n'


def inline_script(p: Plan) -> str:
    return (
        f'<script>var ic24News = {{"id": "{p.id}", "views": {p.views}}};\n'
        "document.write('<span class=\"rates-inline\">USD/KZT 0.0</span>');</script>\n"
    )


# -- article templates --------------------------------------------------------------------------


def _tag_href(tag: str) -> str:
    return f"/tag/{texts.translit_slug(tag)}"


def _cat_href(cat: str) -> str:
    return f"/category/{texts.translit_slug(cat)}"


def _info_date(p: Plan) -> str:
    if p.lang == "en":
        return f"{p.day.day} {texts.MONTHS_EN[p.day.month - 1]} {p.day.year}"
    return ru_date(p)


def article_classic(site: Site, p: Plan, base: str, rng: random.Random) -> str:
    canonical = base + p.path
    paras = body_paragraphs(p, rng, base)
    out = [head(f"{p.title} | {SITE_NAME}", canonical), "<body>\n", header(), currency()]
    out.append('<div class="content">\n<div class="news-detail">\n')
    out.append(f'<h1 class="news-title">{title_html(p.title, rng)}</h1>\n')
    credit = (
        f'<span class="photo-credit">Фото:{esc(p.photo_credit)}</span>' if p.photo_credit else ""
    )
    out.append(
        f'<div class="news-photo"><img src="{p.images[0]}" alt="{attr(p.title)}">{credit}</div>\n'
    )
    tags = ", ".join(f'<a href="{_tag_href(t)}">{esc(t)}</a>' for t in p.tags)
    out.append(
        f'<div class="news-info"><span class="date">{_info_date(p)}</span> '
        f'<span class="views">{p.views}</span> '
        f'<a class="category" href="{_cat_href(p.category)}">{esc(p.category)}</a> '
        f'<span class="tags">{tags}</span></div>\n'
    )
    out.append('<div class="news-text">\n')
    for k, inner in enumerate(paras):
        out.append(_p(inner) + "\n")
        if k == 1 and len(p.images) > 1:
            out.append(f'<p style="text-align: center;"><img src="{p.images[1]}" alt=""></p>\n')
    if p.source_line:
        out.append(source_html(p, rng) + "\n")
    out.append(inline_script(p))
    out.append(share(canonical))
    out.append("</div>\n</div>\n")
    out.append('<div class="last-news">\n<div class="last-news__title">Последние новости</div>\n')
    for j in site.related(p.index):
        q = site.plan(j)
        out.append(
            f'<div class="item"><span class="lang">{q.lang}</span> '
            f'<a href="{q.path}">{esc(truncate(q.title))}</a></div>\n'
        )
    out.append("</div>\n</div>\n")
    out.append(footer())
    return "".join(out)


def _jsonld(obj: object) -> str:
    s = json.dumps(obj, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{s}\n</script>\n'


def article_rich(site: Site, p: Plan, base: str, rng: random.Random) -> str:
    canonical = base + p.path
    published = p.published.isoformat()
    modified = p.modified.astimezone(p.published.tzinfo).isoformat()
    images = [base + i for i in p.images]
    lead = p.paras[0]
    meta = [
        ("og:type", "article"),
        ("og:site_name", SITE_NAME),
        ("og:title", p.title),
        ("og:description", lead[:160]),
        ("og:url", canonical),
        ("og:image", images[0]),
        ("og:locale", "ru_RU" if p.lang == "ru" else "en_US"),
        ("article:published_time", published),
        ("article:modified_time", modified),
        ("article:section", p.category),
        *(("article:tag", t) for t in p.tags),
    ]
    extra = "".join(f'<meta property="{k}" content="{attr(v)}">\n' for k, v in meta)
    extra += f'<meta name="description" content="{attr(lead[:200])}">\n'
    extra += _jsonld(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Главная", "item": base + "/"},
                {"@type": "ListItem", "position": 2, "name": "Новости", "item": base + "/novosti"},
            ],
        }
    )
    extra += _jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
            "url": canonical,
            "headline": p.title,
            "datePublished": published,
            "dateModified": modified,
            "inLanguage": p.lang,
            "image": images,
            "keywords": ", ".join(p.tags),
            "articleSection": p.category,
            "author": {"@type": "Organization", "name": SITE_NAME},
            "publisher": {
                "@type": "Organization",
                "name": SITE_NAME,
                "logo": {
                    "@type": "ImageObject",
                    "url": base + "/local/templates/ic24/images/logo.png",
                },
            },
        }
    )
    paras = body_paragraphs(p, rng, base)
    out = [
        head(f"{p.title} — {SITE_NAME}", canonical, extra),
        "<body>\n",
        header(),
        currency("rich"),
    ]
    out.append(f'<main class="page">\n<article class="article" data-id="{p.id}">\n')
    out.append('<header class="article__head">\n')
    out.append(f'<h1 class="article__title">{title_html(p.title, rng)}</h1>\n')
    hhmm = f"{p.minute // 60:02d}:{p.minute % 60:02d}" if p.minute is not None else ""
    out.append(
        f'<div class="article__meta"><time class="article__date" datetime="{published}">'
        f"{p.day:%d.%m.%Y} {hhmm}</time> "
        f'<span class="article__views" title="Просмотры">{p.views}</span> '
        f'<a class="article__rubric" href="{_cat_href(p.category)}">{esc(p.category)}</a></div>\n'
    )
    out.append("</header>\n")
    credit = (
        f'<figcaption class="article__credit">Фото:{esc(p.photo_credit)}</figcaption>'
        if p.photo_credit
        else ""
    )
    out.append(
        f'<figure class="article__figure"><img class="article__image" src="{images[0]}" '
        f'alt="{attr(p.title)}">{credit}</figure>\n'
    )
    out.append('<div class="article__body">\n')
    for k, inner in enumerate(paras):
        out.append(_p(inner) + "\n")
        if k == 0 and len(p.images) > 1:
            out.append(
                '<figure class="article__inline"><img class="lazy" '
                'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
                f'data-src="{p.images[1]}" alt=""></figure>\n'
            )
    if p.source_line:
        out.append(source_html(p, rng).replace("<p>", '<p class="article__source">', 1) + "\n")
    out.append(inline_script(p))
    out.append(share(canonical))
    out.append("</div>\n")
    tags = "".join(f'<li><a href="{_tag_href(t)}" rel="tag">{esc(t)}</a></li>' for t in p.tags)
    out.append(f'<ul class="article__tags">{tags}</ul>\n</article>\n')
    out.append('<aside class="feed">\n<h2 class="feed__title">Лента новостей</h2>\n')
    out.append('<ul class="feed__list">\n')
    for j in site.related(p.index):
        q = site.plan(j)
        out.append(
            f'<li class="feed__item" data-lang="{q.lang}"><span class="feed__badge">{q.lang}</span>'
            f'<a class="feed__link" href="{base}{q.path}?utm_source=ic24&amp;utm_medium=feed">'
            f"{esc(truncate(q.title))}</a></li>\n"
        )
    out.append("</ul>\n</aside>\n</main>\n")
    out.append(footer())
    return "".join(out)


def article_bare(site: Site, p: Plan, base: str, rng: random.Random) -> str:
    canonical = base + p.path
    paras = body_paragraphs(p, rng, base)
    out = [head(f"{p.title} | {SITE_NAME}", canonical, lang=None), "<body>\n", header(plain=True)]
    out.append("<div>\n")
    out.append(currency("bare"))
    out.append(f"<h2>{title_html(p.title, rng)}</h2>\n")
    out.append(f'<img src="{p.images[0]}" alt="">\n')
    if p.photo_credit:
        out.append(f"<div>Фото:{esc(p.photo_credit)}</div>\n")
    out.append("<div>\n")
    for k, inner in enumerate(paras):
        out.append(_p(inner) + "\n")
        if k == 2 and len(p.images) > 1:
            out.append(f'<p><img src="{p.images[1]}"></p>\n')
    if len(paras) <= 2 and len(p.images) > 1:
        out.append(f'<p><img src="{p.images[1]}"></p>\n')
    if p.source_line:
        out.append(source_html(p, rng) + "\n")
    out.append(inline_script(p))
    out.append(share(canonical, plain=True))
    out.append("</div>\n</div>\n<div>\n")
    for j in site.related(p.index):
        q = site.plan(j)
        out.append(
            f'<div><span>{q.lang}</span> <a href="{q.path}">{esc(truncate(q.title))}</a></div>\n'
        )
    out.append("</div>\n")
    out.append(footer(plain=True))
    return "".join(out)


TEMPLATES = {"classic": article_classic, "rich": article_rich, "bare": article_bare}


def article_page(site: Site, p: Plan, base: str) -> str:
    rng = site.rng(p.num, 2)
    return TEMPLATES[p.variant](site, p, base, rng)


# -- listings -----------------------------------------------------------------------------------


def _news_items(site: Site, indices: list[int]) -> str:
    out = []
    for j in indices:
        q = site.plan(j)
        out.append(
            f'<div class="news_text"><a href="{q.path}">{entities(esc(q.title))}</a>'
            f"<p>{ru_date(q)}</p></div>\n"
        )
    return "".join(out)


def _page_href(path: str, n: int) -> str:
    return path if n == 1 else f"{path}?page={n}"


def pagination(path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<a class="prev" href="{_page_href(path, page - 1)}">«</a>')
    window = range(max(1, page - 2), min(pages, page + 2) + 1)
    if window[0] > 1:
        parts.append(f'<a href="{_page_href(path, 1)}">1</a>')
        if window[0] > 2:
            parts.append("<span>…</span>")
    for n in window:
        if n == page:
            parts.append(f'<span class="current">{n}</span>')
        else:
            parts.append(f'<a href="{_page_href(path, n)}">{n}</a>')
    if window[-1] < pages:
        if window[-1] < pages - 1:
            parts.append("<span>…</span>")
        parts.append(f'<a href="{_page_href(path, pages)}">{pages}</a>')
    if page < pages:
        parts.append(f'<a class="next" href="{_page_href(path, page + 1)}">»</a>')
    return '<div class="pagination">' + " ".join(parts) + "</div>\n"


def popular(site: Site) -> str:
    items = "".join(
        f'<li><a href="{site.plan(j).path}">{esc(site.plan(j).title)}</a></li>'
        for j in site.popular
    )
    return f'<div class="popular">\n<h3>Популярное</h3>\n<ul>{items}</ul>\n</div>\n'


def listing_page(
    site: Site, heading: str, path: str, indices: Sequence[int], page: int, base: str
) -> str:
    pages = max(1, (len(indices) + site.per_page - 1) // site.per_page)
    chunk = list(indices[(page - 1) * site.per_page : page * site.per_page])
    title = heading if page == 1 else f"{heading} — страница {page}"
    extra = discovery.FEED_LINK if site.feed else ""
    if site.empty_tail and path == "/novosti" and page == pages:  # the tail goes on
        extra += f'<link rel="next" href="{_page_href(path, page + 1)}">\n'
    out = [
        head(f"{title} | {SITE_NAME}", base + _page_href(path, page), extra),
        "<body>\n",
        header(),
        currency(),
    ]
    out.append(f'<div class="content">\n<h1>{esc(heading)}</h1>\n<div class="news-list">\n')
    out.append(_news_items(site, chunk))
    out.append("</div>\n")
    out.append(pagination(path, page, pages))
    out.append("</div>\n")
    out.append(popular(site))
    out.append(footer())
    return "".join(out)


def simple_page(title: str, body_html: str, base: str, canonical: str | None) -> str:
    return (
        head(f"{title} | {SITE_NAME}", base + canonical if canonical else None)
        + "<body>\n"
        + header()
        + currency()
        + f'<div class="content">\n<h1>{esc(title)}</h1>\n{body_html}</div>\n'
        + footer()
    )


ABOUT = (
    "<p>«Центр информации» — информационное агентство, Алматы. Новости Казахстана на русском "
    "и английском языках.</p>\n"
    '<p>Контакты редакции: <a href="mailto:info@ic24.kz">info@ic24.kz</a></p>\n'
)


# -- routing and HTTP caching -------------------------------------------------------------------


def _not_found(base: str) -> tuple[int, dict[str, str], bytes]:
    body = simple_page(
        "Страница не найдена",
        '<p>Ошибка 404. Запрошенная страница не существует.</p>\n<p><a href="/novosti">'
        "Все новости</a></p>\n",
        base,
        None,
    ).encode("utf-8")
    return 404, {"Content-Type": HTML_TYPE, "Content-Length": str(len(body))}, body


def _page_number(query: dict[str, list[str]]) -> int | None:
    raw = query.get("page", ["1"])[-1]
    if not raw.isdigit() or int(raw) < 1:
        return None
    return int(raw)


def _route(
    site: Site, path: str, query: dict[str, list[str]], base: str
) -> tuple[int, str, bytes, datetime | None] | None:
    """status, content type, body, last-modified; None for 404."""
    if path == "/robots.txt":
        text = ROBOTS + discovery.robots_lines(site, base)
        return 200, "text/plain; charset=utf-8", text.encode(), EPOCH
    found = discovery.route(site, path, base)
    if found is not None:
        return found
    if path == "/__truth__.json":
        data = json.dumps(site.truth_document(), ensure_ascii=False).encode("utf-8")
        return 200, "application/json; charset=utf-8", data, EPOCH
    m = _ARTICLE.match(path)
    if m:
        i = site.index_of(f"u{int(m.group(1))}") if m.group(1)[0] != "0" else None
        if i is None:
            return None
        p = site.plan(i)
        doc = article_page(site, p, base)
        if site.is_scripted(p.num):  # text built by JavaScript (kznews.mirror.scripted)
            doc = scripted.script_built(doc, p, hang=site.is_hanging(p.num))
        return 200, HTML_TYPE, doc.encode("utf-8"), p.modified
    if path in ("/novosti", "/novosti/"):
        page = _page_number(query)
        if page is not None and site.pages < page <= site.pages + site.empty_tail:
            return 200, HTML_TYPE, discovery.empty_page(site, page, base).encode("utf-8"), EPOCH
        if page is None or page > site.pages:
            return None
        body = listing_page(site, "Новости", "/novosti", site.listed, page, base)
        top = site.plan(site.listed[(page - 1) * site.per_page])
        return 200, HTML_TYPE, body.encode("utf-8"), top.modified
    m = _FACET.match(path)
    if m:
        kind, slug = m.group(1), m.group(2)
        indices = site.by_facet(kind, slug)
        page = _page_number(query)
        pages = (len(indices) + site.per_page - 1) // site.per_page
        if not indices or page is None or page > pages:
            return None
        first = site.plan(indices[0])
        name = (
            first.category
            if kind == "category"
            else next(t for t in first.tags if texts.translit_slug(t) == slug)
        )
        body = listing_page(site, name, f"/{kind}/{slug}", indices, page, base)
        return (
            200,
            HTML_TYPE,
            body.encode("utf-8"),
            site.plan(indices[(page - 1) * site.per_page]).modified,
        )
    if path == "/":
        body = simple_page(
            SITE_NAME,
            '<div class="news-list">\n'
            + _news_items(site, site.listed[:10])
            + '</div>\n<p><a href="/novosti">Все новости</a></p>\n'
            + popular(site),
            base,
            "/",
        )
        return 200, HTML_TYPE, body.encode("utf-8"), site.plan(0).modified
    if path == "/about":
        return 200, HTML_TYPE, simple_page("О нас", ABOUT, base, "/about").encode("utf-8"), EPOCH
    if path == "/search":
        form = '<form action="/search"><input name="q"><button>Найти</button></form>\n'
        return 200, HTML_TYPE, simple_page("Поиск", form, base, None).encode("utf-8"), EPOCH
    if path == scripted.HANG_SCRIPT and site.hanging:
        return (*site.holder.hold(), EPOCH)  # answers only once released
    m = _IMAGE.match(path)
    if m:
        i = site.index_of(f"u{m.group(1)}")
        if i is None or path not in site.plan(i).images:
            return None
        return 200, "image/jpeg", JPEG, site.plan(i).modified
    return None


def respond(
    site: Site, path_with_query: str, *, base: str, headers: dict[str, str]
) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(path_with_query)
    path = unquote(parts.path) or "/"
    query = parse_qs(parts.query, keep_blank_values=True)
    routed = _route(site, path, query, base.rstrip("/"))
    if routed is None:
        return _not_found(base.rstrip("/"))
    status, ctype, body, modified = routed
    etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
    out = {"Content-Type": ctype, "ETag": etag, "Cache-Control": "max-age=0"}
    if modified is not None:
        out["Last-Modified"] = format_datetime(modified.astimezone(UTC), usegmt=True)
    req = {k.lower(): v for k, v in headers.items()}
    inm = req.get("if-none-match")
    ims = req.get("if-modified-since")
    not_modified = False
    if inm is not None:
        tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
        not_modified = "*" in tags or etag in tags
    elif ims is not None and modified is not None:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            since = None
        if since is not None and since.tzinfo is not None:
            not_modified = modified.replace(microsecond=0) <= since
    if not_modified:
        return 304, out, b""
    out["Content-Length"] = str(len(body))
    return status, out, body
