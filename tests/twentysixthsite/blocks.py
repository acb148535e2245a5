"""The boxes of the twenty-sixth copy's article page: the meta line, the field labels, figures
and the text with what portals put inside it (read-more links, newsletter sign-ups, adverts,
share lines, the link to the other-language version)."""

from __future__ import annotations

import html

from tests.copykit.text import ru_slug
from tests.twentysixthsite import dates
from tests.twentysixthsite.site import Article, build, by_num

LABELS = {
    "ru": {"cat": "Рубрика:", "tags": "Теги:", "views": "Просмотров:", "photo": "Фото:",
           "source": "Источник:", "read_more": "Читайте также:"},
    "kk": {"cat": "Санат:", "tags": "Тегтер:", "views": "Қаралды:", "photo": "Фото:",
           "source": "Дереккөз:", "read_more": "Сондай-ақ оқыңыз:"},
    "en": {"source": "Source:", "read_more": "Read more:"},
}
CAPTIONS = ("The ceremony in the city centre.", "Participants of the meeting.",
            "A view of the site on Monday.")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def rubric(name: str) -> str:
    return f'<a href="/section/{ru_slug(name) or "news"}">{esc(name)}</a>'


def tag(name: str) -> str:
    return f'<a href="/tag/{ru_slug(name) or "tag"}">{esc(name)}</a>'


def read_minutes(art: Article) -> int:
    return sum(len(p.split()) for p in art.paragraphs) // 60 + 2


def views(art: Article) -> str:
    """The counter in the English meta line ("Reads: 1.2k", "2,345 views", …)."""
    v, minutes = art.views, read_minutes(art)
    if v is None:
        return (f'<span class="read-time">{minutes} min read</span>' if art.num % 2 else
                f'<span class="read-time">Read time {minutes} min</span>')
    if art.view_style == 0:
        return f'<span class="reads">Reads: {v / 1000:g}k</span>'
    if art.view_style == 1:
        return f'<span class="views">{v:,} views</span>'
    return f'<span class="views">Views: {v}</span> · <span>Read time {minutes} min</span>'


def _date(art: Article) -> str:
    shown = dates.shown(art)
    return {
        "ap": f'<span class="when">{shown}</span>',
        "british": f'<span class="when">Published: {shown}</span>',
        "ordinal": f'<span class="when">Posted {shown}</span>',
        "weekday": f'<span class="when">{shown}</span>',
        "utc": f'<span class="when">Published <time datetime="{dates.utc_stamp(art)}">'
               f"{shown}</time></span>",
        "updated": f'<span class="when stamps">{shown}</span>',
        "dateline": "",
    }[art.date_style]


def _english_meta(art: Article) -> str:
    parts = []
    if art.byline:
        slug = art.byline.lower().replace(" ", "-")
        parts.append(f'<span class="byline">By <a href="/author/{slug}">{art.byline}</a></span>')
    parts += [_date(art), views(art)]
    if art.category and art.cat_style == 0:
        parts.append(f'<span class="filed">Filed under: {rubric(art.category)}</span>')
    if art.category and art.cat_style == 1:
        parts.append(f'<span class="section">Section: {esc(art.category)}</span>')
    if art.source and art.source_top:
        parts.append(f'<span class="src">Source: {esc(art.source)}</span>')
    meta = f'<div class="story-meta">{" · ".join(p for p in parts if p)}</div>'
    if art.tags and art.tag_style == 0:
        meta += f'<p class="topics">Topics: {", ".join(tag(t) for t in art.tags)}</p>'
    return meta


def _local_meta(art: Article) -> str:
    label = LABELS[art.chrome]
    if art.date_style == "ru_cap":  # the outlet's own line: date, count, rubric, tags
        return (f'<div class="info-line"><span>{dates.shown(art)}</span> <span class="eye">'
                f'{art.views}</span> {rubric(art.category or "")} <span class="tags">'
                f'{", ".join(tag(t) for t in art.tags)}</span></div>')
    parts = [f'<span class="when">{dates.shown(art)}</span>']
    if art.views is not None:
        parts.append(f'<span class="views">{label["views"]} {art.views}</span>')
    if art.category:
        parts.append(f'<span class="rubric">{label["cat"]} {rubric(art.category)}</span>')
    return f'<div class="story-meta">{" | ".join(parts)}</div>'


def meta_line(art: Article) -> str:
    return _english_meta(art) if art.chrome == "en" else _local_meta(art)


def category_top(art: Article) -> str:
    if art.chrome != "en" or art.cat_style != 3 or not art.category:
        return ""
    return f'<nav class="crumbs"><a href="/">Home</a> › {rubric(art.category)}</nav>'


def facts_after(art: Article) -> str:
    if art.chrome != "en" or art.cat_style != 2 or not art.category:
        return ""
    return f'<dl class="facts"><dt>Category</dt><dd>{rubric(art.category)}</dd></dl>'


def tags_after(art: Article) -> str:
    if not art.tags or art.date_style == "ru_cap":
        return ""
    if art.chrome != "en":
        return f'<p class="tags">{LABELS[art.chrome]["tags"]} ' \
               f'{", ".join(tag(t) for t in art.tags)}</p>'
    if art.tag_style == 1:
        links = " ".join(tag(t).replace('">', '">#', 1) for t in art.tags)
        return f'<p class="tags">Tags: {links}</p>'
    if art.tag_style == 2:
        items = "".join(f"<li>{tag(t)}</li>" for t in art.tags)
        return f'<section class="related-topics"><h3>Related topics</h3><ul>{items}</ul></section>'
    if art.tag_style == 3:
        return f'<p class="tag-line"><strong>Tags:</strong> {" · ".join(map(tag, art.tags))}</p>'
    return ""


def _credit(art: Article) -> str:
    credit = art.photo_credit
    if art.chrome != "en":
        sep = "" if art.num == 45694 else " "  # the seed page's "Фото:gov.kz"
        return f"<figcaption>Фото:{sep}{esc(credit)}</figcaption>" if credit else ""
    caption = CAPTIONS[art.num % 3]
    if credit is None:
        return f"<figcaption>{caption}</figcaption>"
    return {0: f"<figcaption>{caption} Photo: {esc(credit)}</figcaption>",
            1: f"<figcaption>Image credit: {esc(credit)}</figcaption>",
            2: f'<small class="credit">© {esc(credit)}</small>',
            3: f"<figcaption>Photo: {esc(credit)}</figcaption>"}[art.credit_style]


def figure(art: Article, k: int) -> str:
    paths = art.image_paths()
    if len(paths) < k:
        return ""
    if k == 1:
        return (f'<figure class="lead-photo"><img src="{paths[0]}" alt="{esc(art.title)}" '
                f'width="1200" height="675">{_credit(art)}</figure>')
    path = paths[k - 1]
    return (f'<figure class="inline-photo"><picture><source type="image/webp" '
            f'srcset="{path.removesuffix(".jpg")}.webp"><img src="{path}" alt="" '
            'loading="lazy"></picture></figure>')


def _first(art: Article, raw: str) -> str:
    lead, sep = dates.dateline(art)
    if not lead:
        return f"<p>{esc(raw)}</p>"
    if art.wire == "w_bold":
        return f"<p><strong>{esc(lead)}</strong>{sep}{esc(raw)}</p>"
    return f"<p>{esc(lead + sep + raw)}</p>"


def _read_more(art: Article) -> str:
    arts = build()
    other = arts[(arts.index(art) + 3) % len(arts)]
    label = LABELS[art.chrome]["read_more"]
    return (f'<p class="read-more"><strong>{label}</strong> <a href="{other.path}">'
            f"{esc(other.title)}</a></p>")


NEWSLETTER = ('<div class="newsletter-box"><p><strong>Sign up for The Steppe Brief</strong></p>'
              "<p>Get the day's top stories from Kazakhstan in your inbox every weekday morning."
              '</p><form action="/newsletter/subscribe"><input type="email" placeholder="Email '
              'address"><button>Subscribe</button></form></div>')


def _advert(art: Article) -> str:
    if art.num % 2:
        return (f'<div class="ad-slot"><p class="ad-label">Advertisement</p><div id="div-gpt-'
                f'ad-{art.num}"></div></div>')
    return '<div class="ad"><span>ADVERTISEMENT</span><ins class="adsbygoogle"></ins></div>'


def _source(art: Article) -> str:
    if not (art.source and art.source_line) or art.source_top:
        return ""
    label = art.source_label or LABELS[art.chrome]["source"]
    if art.chrome == "en" and art.source_label is None:
        href = f"https://{ru_slug(art.source) or 'source'}.kz/"
        return f'<p class="source">{label} <a href="{href}">{esc(art.source)}</a></p>'
    if art.chrome == "ru":
        return f"<p><b>{label}</b> {esc(art.source)}</p>"
    return f"<p>{label} {esc(art.source)}</p>"


def _translation(art: Article) -> str:
    other = by_num()[art.pair] if art.pair else None
    if other is None or art.pair_mode != "visible":
        return ""
    words = "Читать на русском" if other.lang == "ru" else "Read in English"
    return (f'<p class="translation"><a href="{other.path}" hreflang="{other.lang}">{words}</a>'
            "</p>")


def text_blocks(art: Article) -> list[str]:
    raw = list(art.raw_paragraphs or art.paragraphs)
    paras = [_first(art, raw[0]), *(f"<p>{esc(p)}</p>" for p in raw[1:])]
    inserts = [(0, _advert(art) if art.advert else ""),
               (1, NEWSLETTER if art.newsletter else ""), (1, figure(art, 2)),
               (2, _read_more(art) if art.read_more else "")]
    for after, block in reversed(inserts):
        paras.insert(min(after + 1, len(paras)), block)
    link = _translation(art)
    head, tail = (link, "") if art.lang == "ru" else ("", link)
    share = ('<p class="share-inline">Share this article: <a href="https://www.facebook.com/'
             'sharer">Facebook</a> · <a href="https://x.com/intent/post">X</a> · <a href="https:'
             '//t.me/share">Telegram</a></p>') if art.share_inline else ""
    return [head, *paras, _source(art), share, tail]
