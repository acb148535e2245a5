"""The pieces of the thirtieth copy's article page: stamps, bylines, labels, boxes, the text.

Every piece speaks the page's language (ru/en/kk) and is styled by this copy's own classes.
"""

from __future__ import annotations

import html
from datetime import datetime

from tests.copykit.text import EN_MONTHS, ru_slug
from tests.thirtiethsite.site import KEY_POINTS, SERIES_RU, Article, series_parts, timeline_of

LABELS = {
    "ru": {"updated": "Обновлено", "exclusive": "Эксклюзив", "ad": "На правах рекламы",
           "disclaimer": "Мнение редакции может не совпадать с мнением автора.",
           "keypoints": "Главное", "timeline": "Хронология", "tags": "Теги:", "photo": "Фото:",
           "source": "Источник:", "views": "Просмотров", "series": "Спецпроект",
           "part": "Часть", "pair": "Эта новость доступна на английском:",
           "card": "Корреспондент Центра информации. Пишет о городе и экономике.",
           "all": "Все материалы автора"},
    "en": {"updated": "Updated:", "exclusive": "Exclusive", "ad": "Sponsored",
           "disclaimer": "The views expressed by the author do not necessarily reflect those of "
                         "the editorial board.",
           "keypoints": "Key points", "timeline": "Timeline", "tags": "Tags:", "photo": "Photo:",
           "source": "Источник:", "views": "Views", "series": "Special project",
           "part": "Part", "pair": "This story is also available in Russian:",
           "card": "Information Center correspondent covering the city and the economy.",
           "all": "All stories by this author"},
    "kk": {"updated": "Жаңартылды", "exclusive": "Эксклюзив", "ad": "Жарнама құқығында",
           "disclaimer": "Редакция пікірі автор пікірімен сәйкес келмеуі мүмкін.",
           "keypoints": "Басты", "timeline": "Хронология", "tags": "Тегтер:", "photo": "Фото:",
           "source": "Дереккөз:", "views": "Қаралым", "series": "Арнайы жоба",
           "part": "Бөлім", "pair": "Бұл жаңалық орыс тілінде де бар:",
           "card": "Ақпарат орталығының тілшісі.", "all": "Автордың барлық материалдары"},
}
AGENCY_LOGO = {"Kazinform": "kazinform.svg", "Tengrinews.kz": "tengri.png",
               "Reuters": "reuters.svg"}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def label(art: Article, key: str) -> str:
    return LABELS[art.lang][key]


def stamp(art: Article, moment: datetime, with_clock: bool = True) -> str:
    """'17.04.2021 10:15' (ru/kk) or 'April 17, 2021 10:15' (en); the day alone without a time."""
    day = (f"{EN_MONTHS[moment.month - 1]} {moment.day}, {moment.year}" if art.lang == "en"
           else f"{moment:%d.%m.%Y}")
    return f"{day} {moment:%H:%M}" if with_clock else day


def stamps(art: Article) -> str:
    iso = art.local.isoformat() if art.clock else art.day.isoformat()
    published = (f'<time class="story__published" datetime="{iso}">'
                 f"{stamp(art, art.local, art.clock is not None)}</time>")
    if art.updated is None:
        return published
    updated = (f'<span class="story__updated">{label(art, "updated")} <time datetime="'
               f'{art.updated.isoformat()}">{stamp(art, art.updated)}</time></span>')
    return f"{updated} · {published}" if art.updated_first else f"{published} · {updated}"


def views(art: Article) -> str:
    if art.views is None:
        return ""
    return (f'<span class="story__views" title="{label(art, "views")}"><svg class="icon-eye" '
            f'width="14" height="14"></svg>{art.views}</span>')


def badges(art: Article) -> str:
    out = ""
    if art.exclusive:
        out += f'<span class="badge badge--exclusive">{label(art, "exclusive")}</span> '
    if art.sponsored:
        out += f'<span class="badge badge--ad">{label(art, "ad")}</span> '
    if art.category:
        out += (f'<a class="story__rubric" href="/rubric/{ru_slug(art.category)}">'
                f"{esc(art.category)}</a>")
    return f'<div class="story__labels">{out}</div>'


def credits(art: Article) -> str:
    if not art.credits:
        return ""
    spans = [f'<span class="credit"><span class="credit__role">{esc(role)}:</span> '
             f'<a href="/author/{ru_slug(name)}">{esc(name)}</a></span>'
             for role, name in art.credits]
    return f'<div class="story__credits">{" · ".join(spans)}</div>'


def author_card(art: Article) -> str:
    if not art.author_card:
        return ""
    name = art.credits[0][1]
    return (f'<div class="author-card"><img class="author-card__photo" src="/static/authors/'
            f'{ru_slug(name)}.jpg" alt="{esc(name)}"><div><a class="author-card__name" '
            f'href="/author/{ru_slug(name)}">{esc(name)}</a><p>{label(art, "card")}</p>'
            f'<a href="/author/{ru_slug(name)}">{label(art, "all")}</a></div></div>')


def pair_note(art: Article) -> str:
    if art.pair is None:
        return ""
    return (f'<p class="story__lang-note">{label(art, "pair")} <a href="{art.pair.path}" '
            f'hreflang="{art.pair.lang}">{esc(art.pair.title)}</a></p>')


def series_nav(art: Article) -> str:
    if not art.series:
        return ""
    items = "".join(f'<li class="current">{label(art, "part")} {a.series}</li>' if a is art else
                    f'<li><a href="{a.path}">{label(art, "part")} {a.series}</a></li>'
                    for a in series_parts())
    return (f'<nav class="series"><p class="series__name">{label(art, "series")} «{SERIES_RU}»'
            f"</p><ol>{items}</ol></nav>")


def figure(art: Article, k: int) -> str:
    path = art.image_paths()[k]
    caption = ""
    in_byline = any(name == art.photo_credit for _, name in art.credits)
    if k == 0 and art.photo_credit and not in_byline:
        caption = f"<figcaption>{label(art, 'photo')} {esc(art.photo_credit)}</figcaption>"
    return (f'<figure class="story__photo"><img src="{path}" alt="{esc(art.title)}" '
            f'width="800" height="450">{caption}</figure>')


def key_points(art: Article) -> str:
    if not art.key_points:
        return ""
    items = "".join(f"<li>{esc(p)}</li>" for p in KEY_POINTS[art.lang])
    return (f'<aside class="story__keypoints"><p class="kp__title">{label(art, "keypoints")}'
            f"</p><ul>{items}</ul></aside>")


def _paragraph(art: Article, kind: str, text: str) -> str:
    if kind in ("upd", "fix"):
        head, _, rest = text.partition(": ")
        inner = f"<strong>{esc(head)}:</strong> {esc(rest)}"
        return f'<p class="upd">{inner}</p>' if kind == "upd" else \
            f'<p class="correction"><em>{inner}</em></p>'
    if kind == "known":
        return f"<p><strong>{esc(text)}</strong></p>"
    return f"<p>{esc(text)}</p>"


def text(art: Article) -> str:
    """The text column: paragraphs (the dateline run into the first), the list items grouped,
    inline photos, the source line, then the labels that are not text."""
    raw = list(art.raw_paragraphs or art.paragraphs)
    raw[0] = art.dateline() + raw[0]
    kinds = art.kinds or ["p"] * len(raw)
    out: list[str] = []
    for i, (kind, para) in enumerate(zip(kinds, raw, strict=True)):
        if kind == "li":
            item = f"<li>{esc(para)}</li>"
            out[-1:] = [out[-1][:-5] + item + "</ul>"] if out[-1].endswith("</ul>") else \
                [out[-1], f"<ul>{item}</ul>"]
        else:
            out.append(_paragraph(art, kind, para))
        if i == 0:
            out += [figure(art, k) for k in range(1, art.images)]
    if art.source and art.source_line:
        out.append(f"<p>{label(art, 'source')} {esc(art.source)}</p>")
    if art.disclaimer:
        out.append(f'<p class="disclaimer"><em>{label(art, "disclaimer")}</em></p>')
    if art.sponsored:
        out.append(f'<p class="ad-note"><i>{label(art, "ad")}</i></p>')
    return f'<div class="story__text">{"".join(out)}</div>'


def syndication(art: Article) -> str:
    if not art.agency:
        return ""
    link = f'<a href="{art.agency_url()}" rel="nofollow noopener">{esc(art.agency)}</a>'
    line = {"ru": f"Перепечатано с {link}", "en": f"Originally published by {link}.",
            "kk": f"{link} сайтынан алынды."}[art.lang]
    return (f'<div class="story__syndication"><img src="/static/agencies/'
            f'{AGENCY_LOGO[art.agency]}" alt="" width="20">{line}</div>')


def timeline(art: Article) -> str:
    if not art.timeline:
        return ""
    items = "".join(f'<li><time datetime="{a.day.isoformat()}">{stamp(art, a.local, False)}'
                    f'</time> <a href="{a.path}">{esc(a.title)}</a></li>'
                    for a in timeline_of(art))
    return (f'<section class="story__timeline"><h3>{label(art, "timeline")}</h3><ul>{items}</ul>'
            "</section>")


def tags(art: Article) -> str:
    if not art.tags:
        return ""
    links = ", ".join(f'<a href="/tag/{ru_slug(t) or "t"}">{esc(t)}</a>' for t in art.tags)
    return f'<div class="story__tags"><span>{label(art, "tags")}</span> {links}</div>'
