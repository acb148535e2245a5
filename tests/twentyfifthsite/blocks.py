"""The parts every skin of the twenty-fifth copy shares: dates, facts, metadata and decoys.

Decoys are text a reader never sees (hidden, inert or not rendered) or sees but never takes
for the article (promo, SEO text, a related item's metadata); ``decoy_text`` names the words
each page hides so the tests can check they stay out of the truth.
"""

from __future__ import annotations

import base64
import html
import json
import random
from functools import cache

from tests.copykit import stories as texts
from tests.copykit.catalogue import MONTHS
from tests.copykit.text import ru_slug
from tests.twentyfifthsite.hazards import dress, esc
from tests.twentyfifthsite.site import AGENCY, Article, build

SR_ONLY = ("position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;"
           "clip:rect(0 0 0 0);white-space:nowrap")
STYLE = f"<style>.sr-only,.visually-hidden{{{SR_ONLY}}} .hide{{display:none}}</style>"
RATES = " ".join(f"&bull; {c}/KZT <span class=js-rate>0.0</span>" for c in
                 ("USD", "EUR", "RUB", "CNY"))
NEW_WINDOW = "(откроется в новом окне)"
SEO = ("Центр информации — последние новости Алматы, Астаны и регионов Казахстана сегодня: "
       "политика, экономика, общество, происшествия и спорт. Читайте новости Казахстана на "
       "русском, казахском и английском языках.")
PROMO = "Подписывайтесь на Telegram-канал Центра информации"


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def older(art: Article, step: int = 1) -> Article:
    arts = build()
    return arts[(arts.index(art) + step) % len(arts)]


def date_text(art: Article) -> str:
    """'20 Апреля 2023' (capitalised month), ', 11:20' when the page knows the time."""
    month = MONTHS[art.lang][art.day.month - 1]
    text = f"{art.day.day} {month[:1].upper()}{month[1:]} {art.day.year}"
    return text + (f", {art.clock:%H:%M}" if art.clock else "")


def views_text(art: Article) -> str:
    """The counter as shown: thousands split by a narrow no-break space."""
    n = art.views or 0
    return f"{n // 1000}&#8239;{n % 1000:03d}" if n >= 1000 else str(n)


def rubric_href(art: Article) -> str:
    return f"/rubric/{ru_slug(art.category or '') or 'news'}/"


def tag_links(art: Article) -> list[str]:
    return [f'<a href="/tag/{attr(t)}/">{esc(t)}</a>' for t in art.tags]


def dateline(art: Article) -> str:
    """The dateline with &nbsp; between day and month, as CMS editors type it."""
    return dress(art.dateline(), art.variant + 3).replace(" ", "&nbsp;", 2) if art.place else ""


def decoy_paragraph(art: Article) -> str:
    """A pool sentence this article does not hold: body-like, but hidden on the page."""
    pool = texts.EN_POOL if art.lang == "en" else texts.RU_POOL
    return next(p for p in pool[art.variant % 4:] + pool if p not in art.paragraphs)


def decoys(art: Article) -> list[str]:
    """Two or three hidden or inert blocks, a different mix by variant."""
    hidden, first = esc(decoy_paragraph(art)), esc(art.paragraphs[0])
    every = [
        f'<p style="display: none">{hidden}</p>',
        f"<p hidden>{hidden}</p>",
        f'<p class="hide">{hidden}</p>',
        f"<noscript><p>{first}</p></noscript>",
        "<template id=amp-text>" + "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
        + "</template>",
        f'<!--[if lt IE 9]><p class="old">{hidden}</p><![endif]-->',
        f"<script>document.write('<p class=\"promo\">{PROMO}<\\/p>');</script>",
        "<script type=\"text/javascript\">//<![CDATA[\nvar tail = \"</div><p>" + hidden
        + "</p>\"; if (a < b && b > c) { window.x = tail; }\n//]]></script>",
        f'<div aria-hidden="true" style="display:none!important"><p>{hidden}</p></div>',
    ]
    v = art.variant
    return [every[v % 9], every[(v + 4) % 9], every[(v + 7) % 9]][: 2 + v % 2]


def decoy_text(art: Article) -> str:
    return decoy_paragraph(art)


@cache
def blob(kind: str) -> str:
    """300 KB that a page carries before its text: state in a script, or an inline image."""
    data = base64.b64encode(random.Random(kind).randbytes(225_000)).decode()
    if kind == "script":
        return f'<script>//<![CDATA[\nwindow.__STATE__ = "{data}";\n//]]>\n</script>'
    return f'<img class="banner" src="data:image/png;base64,{data}" alt="">'


def _ld_escape(text: str) -> str:
    """JSON the way an old CMS writes it: HTML entities in strings, slashes escaped."""
    return text.replace("«", "&laquo;").replace("»", "&raquo;").replace('"', "&quot;")


def json_ld(art: Article, base: str) -> str:
    """The related item's block first (other headline, other date), then the page's own."""
    out = []
    if art.decoy_ld:
        other = older(art, 2)
        out.append(json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                               "headline": other.title, "url": base + other.path,
                               "datePublished": other.local.isoformat()}, ensure_ascii=False))
    own = {"@context": "https://schema.org", "@type": "NewsArticle",
           "headline": _ld_escape(art.title), "url": base + art.path,
           "datePublished": art.local.isoformat(), "inLanguage": art.lang,
           "image": [base + p for p in art.image_paths()],
           "publisher": {"@type": "Organization", "name": AGENCY[art.lang]}}
    text = json.dumps(own, ensure_ascii=art.variant % 2 == 0).replace("/", "\\/")
    if art.bad_ld:  # a trailing comma and a raw line break: not JSON any more
        text = text[:-1] + ',\n"description": "' + esc(art.paragraphs[0][:60]) + '\n…",}'
    out.append(text)
    return "".join(f'<script type="application/ld+json">{b}</script>\n' for b in out)


def head_meta(art: Article, base: str) -> str:
    """Two og:title (a stale one first), og:locale, a description with entities, the JSON-LD."""
    stale = older(art).title if art.variant % 2 else AGENCY[art.lang]
    locale = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}[art.lang]
    return (f'<meta property="og:title" content="{attr(stale)}">\n'
            f'<meta property="og:title" content="{attr(art.title)}">\n'
            f'<meta property=og:locale content={locale}>\n'
            f'<meta name="description" content="{attr(html.escape(art.paragraphs[0]))}">\n'
            f'<link rel="canonical" href="{base}{art.path}">\n' + json_ld(art, base))


def related(art: Article) -> str:
    """The "latest news" sidebar: badges and cut headlines, unclosed <li>."""
    items = []
    for step in range(3, 9):
        other = older(art, step)
        cut = other.title if len(other.title) < 60 else other.title[:57] + "…"
        items.append(f'<li><span class=badge>{other.lang}</span> '
                     f'<a href="{other.path}">{esc(cut)}</a>')
    head = '<div class="last-news"><h3>Последние новости</h3><ul>'
    return head + "\n".join(items) + "</ul></div>"


def seo_block() -> str:
    return f'<div class="seo-text"><h2>Новости Казахстана</h2><p>{SEO}</p></div>'


def source_line(art: Article) -> str:
    """'Источник: X' with a link whose screen-reader note the reader never sees."""
    if not (art.source and art.source_line):
        return ""
    return (f'<b>Источник:</b>&nbsp;<a href="https://example.org/{art.num}" target=_blank>'
            f'{esc(art.source)}<span class="visually-hidden"> {NEW_WINDOW}</span></a>')


def first_letter(art: Article, text: str) -> str:
    """The drop cap: an aria-hidden letter for the eye, an .sr-only one for screen readers."""
    if not art.dropcap or not text or text[0] in "&<":
        return text
    return (f'<span class="dropcap" aria-hidden="true">{text[0]}</span>'
            f'<span class="sr-only">{text[0]}</span>{text[1:]}')
