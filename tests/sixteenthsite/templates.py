"""The sixteenth copy's markup: an infinite-scroll news platform (``stream``) and a page of
custom elements (``wc``), both with conflicting metadata and paywalled text; the listing.

Head: two JSON-LD blocks (``Organization``/``WebSite`` and a ``@graph`` with the
``NewsArticle``, ``dateModified`` later than ``datePublished``), ``og:title`` from before the
headline was edited on some pages, ``article:published_time`` in UTC ``Z``, ``<meta name=date>``
with the modified date. Body: the requested story in ``<article data-id>``, then the next older
stories in full (their headline an h1 or an h2), which are links, not this page's text.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from tests.copykit.catalogue import ALMATY, MONTHS
from tests.copykit.text import ru_slug
from tests.sixteenthsite import blocks
from tests.sixteenthsite.site import AGENCY, Article, build, followers

esc = blocks.esc
HTML = {"Content-Type": "text/html; charset=UTF-8"}
RATES = " • ".join(f'{c}/KZT <b class="rate">0.0</b>' for c in ("USD", "EUR", "RUB", "CNY"))
WORDS = {
    "ru": {"source": "Источник", "photo": "Фото", "tags": "Теги", "views": "Просмотров",
           "updated": "Обновлено", "more": "Ещё новости", "cta": "Оформите подписку, чтобы "
           "дочитать материал", "home": "Главная"},
    "en": {"source": "Источник", "photo": "Photo", "tags": "Tags", "views": "Views",
           "updated": "Updated", "more": "More news", "cta": "Subscribe to read the full story",
           "home": "Home"},
    "kk": {"source": "Дереккөз", "photo": "Фото", "tags": "Тегтер", "views": "Қаралды",
           "updated": "Жаңартылды", "more": "Тағы жаңалықтар", "cta": "Толық оқу үшін "
           "жазылыңыз", "home": "Басты бет"},
}


def shown(lang: str, moment: datetime, with_time: bool) -> str:
    """'20 Апреля 2023, 11:20' / 'April 20, 2023, 11:20' / '20 сәуір 2023 ж., 11:20'."""
    month = MONTHS[lang][moment.month - 1]
    day = {"ru": f"{moment.day} {month.capitalize()} {moment.year}",
           "en": f"{month} {moment.day}, {moment.year}",
           "kk": f"{moment.day} {month} {moment.year} ж."}[lang]
    return f"{day}, {moment:%H:%M}" if with_time else day


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def modified(art: Article) -> datetime:
    return art.local + art.modified_after


def _date_line(art: Article) -> str:
    words, when = WORDS[art.lang], art.local
    upd = f'<span class="updated">{words["updated"]}: {shown(art.lang, modified(art), True)}</span>'
    if art.skin == "stream":
        stamp = utc(when) if art.clock else f"{art.day:%Y-%m-%d}"
        pub = (f'<time class="story__date" datetime="{stamp}">'
               f"{shown(art.lang, when, bool(art.clock))}</time>")
        views = ("" if art.views is None else f'<span class="story__views"><svg class="icon-eye" '
                 f'aria-hidden="true"></svg>{art.views}</span>')
        return f'<div class="story__meta">{pub} {upd} {views}</div>'
    ms = int(when.timestamp() * 1000)
    pub = (f'<ic-timestamp data-ts="{ms}" data-precision="{"minute" if art.clock else "day"}">'
           f"{shown(art.lang, when, bool(art.clock))}</ic-timestamp>")
    views = ("" if art.views is None else
             f'<ic-counter kind="views">{words["views"]}: {art.views}</ic-counter>')
    return f'<div class="meta-row">{upd} · {pub} {views}</div>'


def _photo(art: Article, k: int) -> str:
    src = art.image_paths()[k]
    credit = (f'{WORDS[art.lang]["photo"]}: {esc(art.photo_credit)}'
              if art.photo_credit and k == 0 else "")
    if art.skin == "stream":
        cap = f"<figcaption>{credit}</figcaption>" if credit else ""
        return (f'<figure class="story__media"><img src="{src}" alt="{esc(art.title)}">{cap}'
                "</figure>")
    cap = f'<small class="credit">{credit}</small>' if credit else ""
    return (f'<ic-picture src="{src}"><img src="{src}" loading="lazy" alt=""></ic-picture>'
            f"{cap}")


def _most_read(art: Article) -> str:
    arts = build()
    at = arts.index(art)
    picks = [arts[(at + 7 + 5 * k) % len(arts)] for k in range(3)]
    return blocks.most_read(art.lang, [(a.path, a.title, (a.views or 0) + 900) for a in picks])


def _cut(art: Article) -> int:
    """How many blocks stay visible above a paywall: two paragraphs (and the second photo)."""
    return 3 if art.images > 1 else 2


def _paragraphs(art: Article, main: bool) -> list[str]:
    """The story's text as <p>s: dateline run into the first one, a second photo after it,
    "most read" after the second paragraph (after the first one above a paywall)."""
    raw = list(art.raw_paragraphs or art.paragraphs)
    raw[0] = art.dateline() + raw[0]
    out = [f"<p>{esc(p)}</p>" for p in raw]
    if art.images > 1:
        out.insert(1, _photo(art, 1))
    if art.source_line and art.source:
        out.append(f'<p class="source">{WORDS[art.lang]["source"]}: {esc(art.source)}</p>')
    if main and art.most_read:
        out.insert(_cut(art) - (1 if art.paywall else 0), _most_read(art))
    return out


def _body(art: Article, main: bool) -> str:
    parts = _paragraphs(art, main)
    cut = _cut(art) + (1 if art.most_read else 0)
    if main and art.paywall:
        hide = 'style="display:none"' if art.paywall == "style" else "hidden"
        parts = [*parts[:cut], f'<div class="paywall-cta">{WORDS[art.lang]["cta"]}</div>',
                 f'<div class="paywall" {hide}>', *parts[cut:], "</div>"]
    if main and art.poll:
        parts.append(blocks.poll(art.lang, art.num))
    if main and art.opinion:
        parts.append(blocks.opinion(art.lang))
    tag = "div class=\"story__body\"" if art.skin == "stream" else "ic-body"
    return f'<{tag}>{"".join(parts)}</{tag.split()[0]}>'


def _tags(art: Article) -> str:
    if not art.tags:
        return ""
    if art.skin == "stream":
        links = ", ".join(f'<a rel="tag" href="/tag/{ru_slug(t) or "t"}">{esc(t)}</a>'
                          for t in art.tags)
        return f'<div class="story__tags"><span>{WORDS[art.lang]["tags"]}:</span> {links}</div>'
    return "<ic-tags>" + "".join(f'<a class="chip" href="/tag/{ru_slug(t) or "t"}">{esc(t)}</a>'
                                 for t in art.tags) + "</ic-tags>"


def story(art: Article, main: bool, heading: str = "h1") -> str:
    """One ``<article data-id>``: rubric, headline, date line, photo, text, tags."""
    rubric = ""
    if art.skin == "stream" and art.category:
        rubric = (f'<a class="story__rubric" href="/rubric/{ru_slug(art.category)}">'
                  f"{esc(art.category)}</a>")
    elif art.skin == "wc":
        crumb = (f' › <a href="/rubric/{ru_slug(art.category)}">{esc(art.category)}</a>'
                 if art.category else "")
        rubric = f'<nav class="crumbs"><a href="/">{WORDS[art.lang]["home"]}</a>{crumb}</nav>'
    title = esc(art.title) if main else f'<a href="{art.path}">{esc(art.title)}</a>'
    photo = _photo(art, 0) if art.images else ""
    extra = blocks.comments(art.lang, art.comments, art.num, art.local) if main else ""
    return (f'<article class="story{"" if main else " story--next"}" data-id="{art.id}" '
            f'data-url="{art.path}" lang="{art.lang}">{rubric}<{heading} class="story__title">'
            f"{title}</{heading}>{_date_line(art)}{photo}{_body(art, main)}{_tags(art)}{extra}"
            "</article>")


def _json_ld(art: Article, base: str) -> str:
    org = ({"@context": "https://schema.org", "@type": "Organization", "name": AGENCY["ru"],
            "url": base + "/", "logo": {"@type": "ImageObject", "url": base + "/logo.png"}}
           if art.skin == "stream" else
           {"@context": "https://schema.org", "@type": "WebSite", "name": AGENCY["ru"],
            "url": base + "/", "potentialAction": {"@type": "SearchAction",
                                                   "target": base + "/search?q={q}",
                                                   "query-input": "required name=q"}})
    text = "\n".join(art.paragraphs)
    if art.lead_only_ld:
        text = art.paragraphs[0][:80].rsplit(" ", 1)[0] + "…"
    news: dict[str, object] = {
        "@type": "NewsArticle", "@id": base + art.path + "#article",
        "headline": art.stale_title or art.title, "inLanguage": art.lang,
        "datePublished": art.local.isoformat() if art.clock else f"{art.day:%Y-%m-%d}",
        "dateModified": modified(art).isoformat(), "articleBody": text,
        "author": {"@type": "Organization", "name": AGENCY[art.lang]},
        "keywords": art.tags, "image": [base + p for p in art.image_paths()[:1]]}
    if art.category:
        news["articleSection"] = art.category
    if art.paywall:
        news["isAccessibleForFree"] = False
        news["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False,
                           "cssSelector": ".paywall"}
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": base + art.path, "url": base + art.path}, news]}
    return "".join(f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}'
                   "</script>" for d in (org, graph))


def _head(art: Article, base: str) -> str:
    headline = esc(art.stale_title or art.title)
    metas = [f'<meta property="og:title" content="{headline}">',
             f'<meta property="og:url" content="{base + art.path}">',
             f'<meta name="date" content="{modified(art).isoformat()}">',
             f'<meta property="article:modified_time" content="{utc(modified(art))}">']
    if art.clock:
        metas.append(f'<meta property="article:published_time" content="{utc(art.local)}">')
    ld = _json_ld(art, base) if art.skin == "stream" else ""
    return (f'<head><meta charset="utf-8"><title>{headline} | {AGENCY[art.lang]}</title>'
            f'<link rel="canonical" href="{base + art.path}">{"".join(metas)}{ld}</head>')


def article(art: Article, base: str) -> tuple[int, dict[str, str], bytes]:
    nexts = followers(art)
    heading = "h2" if art.follower_h2 else "h1"
    stream = "".join(story(a, False, heading) for a in nexts)
    tail = _json_ld(art, base) if art.skin == "wc" else ""
    page = (f'<!DOCTYPE html><html lang="{art.lang}">{_head(art, base)}<body>'
            f'<header class="top"><a class="logo" href="/">{AGENCY["ru"]}</a>'
            f'<div class="rates">{RATES}</div></header><main class="feed-stream" '
            f'data-next="{nexts[0].path if nexts else ""}">{story(art, True)}{stream}</main>'
            f'<footer>© {AGENCY["ru"]}</footer>{tail}</body></html>')
    return 200, HTML, page.encode("utf-8")


def listing(items: list[Article], base: str) -> tuple[int, dict[str, str], bytes]:
    rows = "".join(
        f'<li class="feed-item" data-id="{a.id}"><a class="feed-item__link" href="{a.path}">'
        f'<span class="feed-item__title">{esc(a.title)}</span></a> <time datetime="'
        f'{a.local.isoformat()}">{shown("ru", a.local, False)}</time></li>' for a in items)
    more = (f'<a class="feed__more" rel="next" href="/novosti?before={items[-1].id}">'
            f'{WORDS["ru"]["more"]}</a>' if len(items) == 10 else
            '<p class="feed__end">Новостей больше нет</p>')
    page = (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Новости | '
            f'{AGENCY["ru"]}</title></head><body><h1>Новости</h1><ul class="feed">{rows}</ul>'
            f"{more}</body></html>")
    return 200, HTML, page.encode("utf-8")


def not_found() -> bytes:
    return ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>404</title>'
            "</head><body><h1>Страница не найдена</h1></body></html>").encode()


def local(ms: int) -> datetime:
    """An ``ic-timestamp``'s milliseconds as Almaty time (for the tests)."""
    return datetime.fromtimestamp(ms / 1000, ALMATY)
