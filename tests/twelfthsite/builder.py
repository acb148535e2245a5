"""Website-builder article pages: Wix blog posts and Webflow CMS items.

Both: ``<html lang="ru">`` whatever the post's language (the site's setting), 16 levels of
anonymous ``<div>`` around the post and a day-only short date ("16 апр. 2021 г.",
"Apr 16, 2021", "16 сәу. 2021 ж."). Wix: ``data-hook`` attributes (``post-title``,
``post-description``, ``time-ago``, ``tag``), the title and every paragraph cut into ``<span>``
runs, empty spacer paragraphs and a "1 мин." reading time. Webflow: ``w-richtext`` body,
``w-dyn-item`` tag lists and ``w-richtext-figure`` photos.
"""

from __future__ import annotations

from tests.copykit.text import ru_slug
from tests.twelfthsite import templates as t
from tests.twelfthsite.site import Article

SHORT = {
    "ru": ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.",
           "нояб.", "дек."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "kk": ["қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.",
           "қар.", "жел."],
}
READ = {"ru": "1 мин. на чтение", "en": "1 min read", "kk": "1 мин. оқу"}
DEPTH = 16


def short_date(art: Article) -> str:
    month = SHORT[art.lang][art.day.month - 1]
    if art.lang == "en":
        return f"{month} {art.day.day}, {art.day.year}"
    suffix = "ж." if art.lang == "kk" else "г."
    return f"{art.day.day} {month} {art.day.year} {suffix}"


def runs(text: str, width: int = 48) -> str:
    """Wix's ``<span>`` runs: the text cut at spaces, each run keeping its trailing space."""
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) > width:
            out.append(line)
            line = ""
        line += word + " "
    out.append(line.rstrip(" "))
    return "".join(f'<span style="font-weight:400">{t.esc(r)}</span>' for r in out if r)


def _wix_para(text: str) -> str:
    return (f'<p class="mm8Nw _1j-51 public-DraftStyleDefault-ltr" dir="auto"><span class="_2PHJq">'
            f"{runs(text)}</span></p>")


def _wix_image(art: Article, path: str, caption: str) -> str:
    cap = f'<span data-hook="image-caption">{caption}</span>' if caption else ""
    return f'<div data-hook="image-viewer"><div><div>{t.image(art, path)}</div></div>{cap}</div>'


def _flow_image(art: Article, path: str, caption: str) -> str:
    cap = f"<figcaption>{caption}</figcaption>" if caption else ""
    return (f'<figure class="w-richtext-figure-type-image w-richtext-align-fullwidth"><div>'
            f"{t.image(art, path)}</div>{cap}</figure>")


def _wix(art: Article, base: str) -> str:
    spacer = '<p class="mm8Nw"><span><br></span></p>'
    blocks = t.text_blocks(art, _wix_para, lambda path: _wix_image(art, path, ""))
    text = spacer.join(blocks[:2]) + spacer + "".join(blocks[2:])
    lead = _wix_image(art, art.image_paths()[0], t.credit(art)) if art.images else ""
    cats = (f'<a data-hook="category-link" href="/blog/categories/{ru_slug(art.category)}/">'
            f"{t.esc(art.category)}</a>" if art.category else "")
    tags = "".join(f'<li><a data-hook="tag" href="/blog{t.tag_href(tag)}">{t.esc(tag)}'
                   "</a></li>" for tag in art.tags)
    views = (f'<span data-hook="views-count">{t.views_text(art)}</span>'
             if art.views is not None else "")
    return (f'<article data-hook="post"><div data-hook="post-header"><div data-hook="post-metad'
            f'ata"><span data-hook="user-name">Центр информации</span><span data-hook="time-ago"'
            f'>{short_date(art)}</span><span data-hook="time-to-read">{READ[art.lang]}</span>'
            f'</div>{cats}<h1 data-hook="post-title" class="blog-post-title-font"><span>'
            f'{runs(art.title, 30)}</span></h1></div><div data-hook="post-description"><div>'
            f"<div>{lead}{text}{_inside(art, base)}</div></div></div>"
            f'<nav data-hook="tags"><ul>{tags}</ul></nav>{_after(art, base)}<div data-hook="'
            f'post-footer">{views}</div></article>')


def _flow(art: Article, base: str) -> str:
    blocks = t.text_blocks(art, lambda text: f"<p>{t.esc(text)}</p>",
                           lambda path: _flow_image(art, path, ""))
    lead = _flow_image(art, art.image_paths()[0], t.credit(art)) if art.images else ""
    cats = (f'<a class="category-link" href="/category{t.rubric_href(art.category)}">'
            f"{t.esc(art.category)}</a>" if art.category else "")
    tags = "".join(f'<div role="listitem" class="w-dyn-item"><a class="tag-link" href="'
                   f'{t.tag_href(tag)}">{t.esc(tag)}</a></div>' for tag in art.tags)
    views = (f'<div class="post-views">{t.views_text(art)}</div>'
             if art.views is not None else "")
    return (f'<div class="blog-header">{cats}<h1 class="heading-jumbo">{t.esc(art.title)}</h1>'
            f'<div class="post-date" data-hook="time-ago">{short_date(art)}</div>{views}</div>'
            f'<div class="rich-text-block w-richtext">{lead}{"".join(blocks)}{_inside(art, base)}'
            f'</div><div class="w-dyn-list"><div role="list" class="w-dyn-items">{tags}</div>'
            f"</div>{_after(art, base)}")


def _inside(art: Article, base: str) -> str:
    return (t.share_bar(art, base) if art.share_inside else "") + (
        t.related_block(art, base) if art.related_inside else "")


def _after(art: Article, base: str) -> str:
    return (("" if art.share_inside else t.share_bar(art, base))
            + ("" if art.related_inside else t.related_block(art, base)))


def page(art: Article, base: str) -> str:
    post = _wix(art, base) if art.flavour == "wix" else _flow(art, base)
    nested = "<div>" * DEPTH + post + "</div>" * DEPTH
    generator = "Wix.com Website Builder" if art.flavour == "wix" else "Webflow"
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="generator" '
            f'content="{generator}"><title>{t.esc(art.title)} | ic24</title><link rel="canonical"'
            f' href="{base}{art.path}"></head><body><div id="SITE_CONTAINER"><div id="SITE_HEADER"'
            f'><div class="rates">{t.RATES}</div><a href="/">Центр информации</a></div><main '
            f'id="PAGES_CONTAINER">{nested}</main><div id="SITE_FOOTER"><p>© Центр информации'
            f"</p></div></div>{t.cookie_banner(art.lang)}</body></html>")
