"""A Medium-like story: hashed class names, ``section > div > p.pw-post-body-paragraph``,
``<figure>`` with ``<figcaption>``, an English UI (``<html lang="en">`` on every story), the
visible date without time and the moment only in ``article:published_time`` (UTC), a drop cap
split off the first word of stories without a dateline."""

from __future__ import annotations

from datetime import UTC

from tests.copykit.catalogue import Response
from tests.fourteenthsite.site import Article
from tests.fourteenthsite.templates import PHOTO, SOURCE, page, paragraphs, slug, t
from tests.fourteenthsite.templates import views as shown_views


def _abbr(months: str) -> list[str]:
    return months.split()


SHORT = {"en": _abbr("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
         "ru": _abbr("янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек."),
         "kk": _abbr("қаң. ақп. нау. сәу. мам. мау. шіл. там. қыр. қаз. қар. жел.")}
P = 'class="pw-post-body-paragraph ov ow ox oy b oz pa pb pc pd pe pf pg ph pi pj" ' \
    'data-selectable-paragraph=""'


def shown_date(a: Article) -> str:
    """"Apr 16, 2021" / "16 апр. 2021 г." / "2021 ж. 16 сәу." — no time of day."""
    d, month = a.day, SHORT[a.lang][a.day.month - 1]
    return {"en": f"{month} {d.day}, {d.year}", "ru": f"{d.day} {month} {d.year} г.",
            "kk": f"{d.year} ж. {d.day} {month}"}[a.lang]


def _para(a: Article, i: int, text: str) -> str:
    if i == 0 and not a.place and a.lang == "en":
        return f'<p id="p{a.num}{i}" {P}><span class="pw-drop-cap hm">{t(text[0])}</span>' \
               f"{t(text[1:])}</p>"
    return f'<p id="p{a.num}{i}" {P}>{t(text)}</p>'


def _figure(a: Article, src: str, first: bool) -> str:
    cap = (f'<figcaption class="pu fe pv pq pr pw px bf b bg z dx" data-selectable-paragraph="">'
           f"{PHOTO[a.lang]}: {t(a.photo_credit)}</figcaption>") if a.photo_credit and first \
        else ""
    return (f'<figure class="pk pl pm pn po pp pq pr paragraph-image"><div class="pq pr ps">'
            f'<picture><source srcset="{src}?w=640 640w, {src}?w=1400 1400w" type="image/webp">'
            f'<img alt="" class="bg lr ps c" width="700" height="467" loading="lazy" '
            f'role="presentation" src="{src}"></picture></div>{cap}</figure>')


def _head(a: Article) -> str:
    if not a.clock:
        return ""
    moment = a.local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return f'<meta property="article:published_time" content="{moment}">'


def render(a: Article, base: str) -> Response:
    images = a.image_paths()
    parts = []
    for i, text in enumerate(paragraphs(a)):
        parts.append(_para(a, i, text))
        if i < len(images):
            parts.append(_figure(a, images[i], i == 0))
    if a.source_line:
        parts.append(f"<p {P}>{SOURCE[a.lang]}: <em class=\"nq\">{t(a.source or '')}</em></p>")
    pub = (f'<a class="pw-publication ag ah ai" href="/rubric/{slug(a.category)}">'
           f"{t(a.category)}</a>") if a.category else ""
    seen = f'<span class="pw-views fe ff">{shown_views(a)}</span>' if a.views is not None else ""
    tags = "".join(f'<a href="/tag/{slug(x)}" class="ag ah"><div class="qa qb qc qd">{t(x)}</div>'
                   f"</a>" for x in a.tags)
    body = (f'<article><div class="l"><div class="ab ca"><div class="ch bg fz ga gb gc">'
            f'<div class="speechify-ignore ab cp">{pub}</div>'
            f'<h1 id="t{a.num}" class="pw-post-title hm hn ho bf hp hq hr hs">{t(a.title)}</h1>'
            f'<div class="pw-author ab q"><a href="/@ic24" class="ag ah">Центр информации</a>'
            f' · <span class="pw-published-date bf b bg z dx"><span>{shown_date(a)}</span></span>'
            f' · <span data-testid="storyReadTime">{len(a.paragraphs)} min read</span></div>'
            f'<div class="ab q ja"><span class="pw-multi-vote-count">👏 {a.num % 97}</span>'
            f"{seen}</div></div></div></div>"
            f'<section><div><div class="fv fw fx fy fz"><div class="ab ca">'
            f'<div class="ch bg fz ga gb gc">{"".join(parts)}</div></div></div></div></section>'
            f'<div class="pw-tags ab cb">{tags}</div></article>')
    return page(a, base, body, "en", _head(a))
