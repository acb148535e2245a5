"""A deterministic, independently written copy of the ic24.kz outlet, with its ground truth.

Four article templates (A-D) with their own class names, a Bitrix-style paginated listing at
``/novosti`` (``/novosti/?PAGEN_1=N``), and text hazards (NBSP, zero-width spaces, homoglyphs,
decomposed letters, entities, empty paragraphs, widgets and share blocks inside the content).

Each :class:`Article` keeps clean text (the truth) and raw text (what the page shows).
"""

from __future__ import annotations

import html
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from urllib.parse import parse_qs, quote, urlsplit
from zoneinfo import ZoneInfo

from tests.copykit import seeds
from tests.copykit.scoring import SCORED_FIELDS
from tests.copykit.text import (
    CYR2LAT,
    EN_MONTHS,
    LAT2CYR,
    RU_MONTHS,
    cut_at_word,
    en_slug,
    is_cyr,
    is_latin,
    ru_slug,
)
from tests.othersite import texts

ALMATY = ZoneInfo("Asia/Almaty")
SEED = 24031
PER_PAGE = 10
RELATED_LINKS = 20
LISTING_PATH = "/novosti"

TRUTH_FIELDS = ("id", *SCORED_FIELDS)

# ---------------------------------------------------------------------------------------
# text hazards (raw = clean + hazards; the reference normaliser must undo them)

def _words(text: str, min_len: int) -> list[re.Match[str]]:
    return [m for m in re.finditer(r"[^\W\d_]+", text) if len(m.group()) >= min_len]


def _hz_homoglyph(text: str, rng: random.Random) -> str:
    cands: list[tuple[int, str]] = []
    for m in _words(text, 5):
        w = m.group()
        if all(is_latin(c) for c in w):
            table = LAT2CYR
        elif all(is_cyr(c) for c in w):
            table = CYR2LAT
        else:
            continue
        cands += [(m.start() + i, table[c]) for i, c in enumerate(w) if c in table]
    if not cands:
        return text
    pos, repl = rng.choice(cands)
    return text[:pos] + repl + text[pos + 1 :]


def _hz_nbsp(text: str, rng: random.Random) -> str:
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    i = rng.choice(spaces)
    return text[:i] + rng.choice(["\u00a0", " \u00a0", "\u00a0 "]) + text[i + 1 :]


def _hz_zwsp(text: str, rng: random.Random) -> str:
    words = _words(text, 4)
    if not words:
        return text
    m = rng.choice(words)
    i = m.start() + rng.randrange(1, len(m.group()))
    return text[:i] + rng.choice(["\u200b", "\u200b", "\u2060"]) + text[i:]


def _hz_nfd(text: str, rng: random.Random) -> str:
    words = [m for m in _words(text, 2) if any(c in "йЙёЁ" for c in m.group())]
    if not words:
        return _hz_zwsp(text, rng)
    m = rng.choice(words)
    return text[: m.start()] + unicodedata.normalize("NFD", m.group()) + text[m.end() :]


def _hz_spaces(text: str, rng: random.Random) -> str:
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    i = rng.choice(spaces)
    return text[:i] + rng.choice(["  ", " \n  ", "\t "]) + text[i + 1 :]


def _hz_pad(text: str, rng: random.Random) -> str:
    return rng.choice([" ", "\n  ", "\u00a0"]) + text + rng.choice(["  ", "\n", " \u200b"])


HAZARDS = [_hz_homoglyph, _hz_nbsp, _hz_zwsp, _hz_nfd, _hz_spaces, _hz_pad]


def add_hazards(text: str, rng: random.Random, chance: float) -> str:
    if rng.random() >= chance:
        return text
    for fn in rng.sample(HAZARDS, rng.choice([1, 1, 2])):
        text = fn(text, rng)
    return text


# ---------------------------------------------------------------------------------------
# the articles


@dataclass
class Article:
    num: int
    lang: str
    day: date
    style: str
    title: str
    paras: list[str]  # clean body paragraphs (the first one without the dateline)
    place: str | None
    source: str | None  # truth
    source_line: bool  # an "Источник: X" line is printed
    photo_credit: str | None
    category: str
    tags: list[str]
    views: int
    clock: time | None = None  # time of day, only ever given in JSON-LD
    jsonld: bool = False
    utc_jsonld: bool = False
    entities: bool = False
    long_dash: bool = False
    old_slug: str | None = None
    raw_title: str = ""
    raw_paras: list[str] = field(default_factory=list)
    raw_dateline: str = ""
    related: list[tuple[int, str]] = field(default_factory=list)  # (num, href)

    @property
    def id(self) -> str:
        return f"u{self.num}"

    @property
    def slug(self) -> str:
        base = ru_slug(self.title) if self.lang == "ru" else en_slug(self.title)
        return f"{base}-u{self.num}"

    @property
    def path(self) -> str:
        return f"/news/{self.slug}"

    @property
    def published(self) -> datetime:
        return datetime.combine(self.day, self.clock or time(0, 0), tzinfo=ALMATY)

    def dateline(self) -> str:
        if not self.place:
            return ""
        dash = "—" if self.long_dash else "-"
        if self.lang == "ru":
            month = RU_MONTHS[self.day.month - 1]
            return f"{self.place}. {self.day.day} {month}. Центр информации {dash} "
        return (
            f"{self.place}. {EN_MONTHS[self.day.month - 1]} {self.day.day}. "
            f"Information Center {dash} "
        )

    def truth(self) -> dict[str, object]:
        return {
            "id": self.id,
            "lang": self.lang,
            "title": self.title,
            "published_at": self.published.isoformat(),
            "published_date_precision": "minute" if self.clock else "day",
            "dateline_place": self.place,
            "body": "\n\n".join(self.paras),
            "source": self.source,
            "photo_credit": self.photo_credit,
            "category": self.category,
            "tags": list(self.tags),
            "views": self.views,
        }


def _lead(title: str, lang: str, attrib: str | None, rng: random.Random) -> str:
    if lang == "ru":
        if attrib:
            return f"{title}, {rng.choice(['сообщает', 'передает'])} {attrib}."
        return f"{title}."
    if attrib:
        return f"{title}, {attrib} reports."
    return f"{title}."


def _pick_date(rng: random.Random, taken: set[date]) -> date:
    start, end = date(2020, 1, 10), date(2026, 11, 15)
    while True:
        d = start + timedelta(days=rng.randrange((end - start).days))
        if all(abs((d - t).days) > 4 for t in taken):
            return d


def _generic(
    rng: random.Random, lang: str, title: str, day: date, style: str | None = None
) -> Article:
    ru = lang == "ru"
    mode = rng.choices(["line", "line+lead", "lead", "none"], [35, 30, 18, 17])[0]
    attrib: str | None = None
    source: str | None = None
    if mode.startswith("line"):
        source = rng.choice(texts.RU_SOURCES_LINE if ru else texts.EN_SOURCES_LINE)
        if mode == "line+lead":
            attrib = rng.choice(texts.RU_SOURCES_LEAD if ru else texts.EN_SOURCES_LEAD)
    elif mode == "lead":
        attrib = source = rng.choice(texts.RU_SOURCES_LEAD if ru else texts.EN_SOURCES_LEAD)
    pool = texts.RU_PARAS if ru else texts.EN_PARAS
    paras = [_lead(title, lang, attrib, rng), *rng.sample(pool, rng.randint(2, 4))]
    places: list[str | None] = [None]
    places += ["Алматы"] * 7 + ["Астана"] * 2 + ["Шымкент"] if ru else ["Almaty"] * 6
    places += [] if ru else ["Astana"] * 2 + ["Brussels"]
    if style is None:
        if day < date(2022, 1, 1):
            style = rng.choices("ABCD", [2, 3, 2, 3])[0]
        else:
            style = rng.choices("ABC", [4, 3, 3])[0]
    cats = texts.RU_CATEGORIES if ru else texts.EN_CATEGORIES
    art = Article(
        num=0,
        lang=lang,
        day=day,
        style=style,
        title=title,
        paras=paras,
        place=rng.choice(places),
        source=source,
        source_line=mode.startswith("line"),
        photo_credit=rng.choice([*texts.PHOTO_CREDITS, None]),
        category=rng.choice(cats),
        tags=rng.sample(texts.RU_TAGS if ru else texts.EN_TAGS, rng.choice([0, 1, 2, 3, 3, 4])),
        views=rng.choice([rng.randint(40, 999), rng.randint(1000, 30000)]),
        entities=rng.random() < 0.5,
        long_dash=rng.random() < 0.06,
    )
    art.jsonld = style == "A" or (style == "C" and rng.random() < 0.5)
    if art.jsonld and rng.random() < 0.7:
        art.clock = time(rng.randint(8, 20), rng.choice([0, 5, 15, 20, 30, 42, 55]))
        art.utc_jsonld = rng.random() < 0.4
    if rng.random() < 0.08:
        art.old_slug = "-".join((ru_slug(title) if ru else en_slug(title)).split("-")[:3] + ["old"])
    return art


def _fixed_articles() -> list[Article]:
    seed_en = Article(
        num=46768,
        lang="en",
        day=date(2021, 8, 2),
        style="C",
        title=seeds.en().title,
        paras=list(seeds.en().paragraphs),
        place="Almaty",
        source="EU Reporter",
        source_line=True,
        photo_credit=None,
        category="Society",
        tags=["Kazakhstan", "Luxembourg", "diaspora"],
        views=1204,
        jsonld=True,
    )
    seed_ru = Article(
        num=45694,
        lang="ru",
        day=date(2021, 4, 16),
        style="B",
        title=seeds.ru().title,
        paras=list(seeds.ru().paragraphs),
        place="Алматы",
        source="КазТАГ",
        source_line=True,
        photo_credit=None,
        category="Социум",
        tags=["Япония", "диаспора", "МИД РК"],
        views=1315,
    )
    pair_en = Article(
        num=45713,
        lang="en",
        day=date(2021, 4, 19),
        style="A",
        title=texts.PAIR_EN_45713_TITLE,
        paras=list(texts.PAIR_EN_45713_PARAS),
        place="Almaty",
        source="Kazinform",
        source_line=False,
        photo_credit="gov.kz",
        category="Society",
        tags=["Japan", "diaspora"],
        views=248,
        jsonld=True,
        clock=time(15, 40),
        utc_jsonld=True,
    )
    subbotnik = Article(
        num=49120,
        lang="ru",
        day=date(2023, 4, 20),
        style="B",
        title=texts.SUBBOTNIK_TITLE,
        paras=list(texts.SUBBOTNIK_PARAS),
        place="Алматы",
        source="Акимат Алматы",
        source_line=True,
        photo_credit="pixabay",
        category="Социум",
        tags=["Алматы", "аким", "субботник"],
        views=683,
    )
    return [seed_en, seed_ru, pair_en, subbotnik]


def _interp_id(d: date, anchors: list[tuple[date, int]]) -> float:
    for (d0, n0), (d1, n1) in zip(anchors, anchors[1:], strict=False):
        if d0 <= d <= d1:
            return n0 + (n1 - n0) * (d - d0).days / max(1, (d1 - d0).days)
    raise ValueError(d)


def _inject(art: Article, rng: random.Random) -> None:
    art.raw_title = add_hazards(art.title, rng, 0.3)
    art.raw_paras = [add_hazards(p, rng, 0.45) for p in art.paras]
    art.raw_dateline = add_hazards(art.dateline(), rng, 0.15) if art.place else ""
    if art.num == 46768:  # the seed dump's own hazards
        art.raw_paras = list(seeds.en().raw_paragraphs)
        art.raw_dateline = art.dateline()
    if art.num == 45694:
        art.raw_paras = list(seeds.ru().raw_paragraphs)
        art.raw_dateline = art.dateline()


@lru_cache(maxsize=1)
def build() -> tuple[Article, ...]:
    rng = random.Random(SEED)
    fixed = _fixed_articles()
    taken = {a.day for a in fixed} | {date(2024, 2, 29), date(2024, 3, 1)}
    forced_days = [date(2024, 2, 29), date(2024, 3, 1)]
    arts: list[Article] = list(fixed)
    order = list(texts.STORIES)
    rng.shuffle(order)
    leap: Article | None = None
    for ru_title, en_title in order:
        if forced_days:
            day = forced_days.pop()
            style: str | None = "A" if day == date(2024, 3, 1) else "B"
        else:
            day = _pick_date(rng, taken)
            style = None
        first_lang, first_title = ("ru", ru_title) if ru_title else ("en", en_title)
        assert first_title is not None
        arts.append(_generic(rng, first_lang, first_title, day, style))
        if day == date(2024, 3, 1) and leap is None:
            leap = arts[-1]
        if ru_title and en_title:
            later = day + timedelta(days=rng.randint(1, 3))
            arts.append(_generic(rng, "en", en_title, later))
    # u49120's English version, the day after.
    arts.append(_generic(rng, "en", texts.SUBBOTNIK_EN_TITLE, date(2023, 4, 21), "C"))

    # special date/time cases
    assert leap is not None
    leap.jsonld, leap.clock, leap.utc_jsonld = True, time(10, 5), True
    early = next(a for a in arts if a.num == 0 and a.style == "A" and 2022 <= a.day.year <= 2023)
    early.clock, early.utc_jsonld = time(4, 40), True  # the UTC date is the day before

    anchors = sorted((a.day, a.num) for a in fixed)
    anchors = [(date(2020, 1, 1), 40103), *anchors, (date(2026, 11, 30), 58917)]
    arts.sort(key=lambda a: (a.day, a.num == 0, a.lang))
    prev = 0
    for a in arts:
        if a.num == 0:
            a.num = max(prev + rng.randint(1, 9), int(_interp_id(a.day, anchors)))
        assert a.num > prev, (a.num, prev)
        prev = a.num
    for a in arts:
        _inject(a, rng)
    _link_related(arts, rng)
    return tuple(sorted(arts, key=lambda a: a.num, reverse=True))


def _link_related(arts: list[Article], rng: random.Random) -> None:
    newest = sorted(arts, key=lambda a: a.num, reverse=True)
    for a in arts:
        others = [o for o in newest if o is not a]
        picked = others[:12] + rng.sample(others[12:], RELATED_LINKS - 12)
        picked.sort(key=lambda o: o.num, reverse=True)
        links = []
        for o in picked:
            href = o.path
            r = rng.random()
            if o.old_slug and r < 0.6:
                href = f"/news/{o.old_slug}-u{o.num}"
            elif r < 0.15:
                href += "?from=lenta"
            links.append((o.num, href))
        a.related = links


def articles() -> tuple[Article, ...]:
    return build()


def truth() -> dict[str, dict[str, object]]:
    return {a.id: a.truth() for a in build()}


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


# ---------------------------------------------------------------------------------------
# rendering

_ENTITY_MAP = {
    "«": "&laquo;",
    "»": "&raquo;",
    "—": "&mdash;",
    "–": "&ndash;",
    "\u00a0": "&nbsp;",
    "\u200b": "&#8203;",
    '"': "&quot;",
    "ё": "&#1105;",
    "'": "&#39;",
}


def esc(text: str, entities: bool = False) -> str:
    out = html.escape(text, quote=False)
    if entities:
        out = "".join(_ENTITY_MAP.get(c, c) for c in out)
    return out


def ru_date(d: date) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1].capitalize()} {d.year}"


def _truncate(title: str, limit: int = 52) -> str:
    return cut_at_word(title, limit)


RATES = ["USD/KZT", "EUR/KZT", "RUB/KZT", "CNY/KZT"]


def _rates_list() -> str:
    items = "".join(f'<li>• {r} <span class="rv">0.0</span></li>' for r in RATES)
    return f'<ul class="xrates">{items}</ul>'


def _header(active: str = "Новости") -> str:
    nav = [
        ("/", "Главная"),
        ("/novosti", "Новости"),
        ("/novosti/politika/", "Политика"),
        ("/novosti/ekonomika/", "Экономика"),
        ("/novosti/socium/", "Социум"),
        ("/o-nas/", "О нас"),
        ("/kontakty/", "Контакты"),
    ]
    on = ' class="on"'
    links = " ".join(f'<a href="{h}"{on if t == active else ""}>{t}</a>' for h, t in nav)
    return (
        '<div class="topline">' + _rates_list() + '<span class="wthr">Алматы +12°</span></div>'
        '<header class="hd"><a class="hd-logo" href="/"><img src="/static/logo.svg" '
        'alt="Центр информации"></a><nav class="hd-menu">' + links + "</nav>"
        '<form class="hd-search" action="/search/"><input name="q" placeholder="Поиск по сайту">'
        "<button>Найти</button></form></header>"
    )


def _footer() -> str:
    return (
        '<footer class="ft"><div class="ft-copy">© 2014–2026 «Центр информации». '
        "Все права защищены. При использовании материалов гиперссылка на ic24.kz обязательна."
        '</div><div class="ft-links"><a href="/reklama/">Реклама</a> '
        '<a href="/o-nas/">Редакция</a> <a href="https://t.me/ic24kz">Telegram</a></div>'
        '<div class="age">16+</div></footer>'
        "<script>window.__rates={usd:0.0,eur:0.0};/* курсы подгружаются скриптом */</script>"
    )


def _share(url: str) -> str:
    u = quote(url, safe="")
    return (
        "Поделиться: "
        f'<a href="https://vk.com/share.php?url={u}">ВКонтакте</a> '
        f'<a href="https://www.facebook.com/sharer.php?u={u}">Facebook</a> '
        f'<a href="https://t.me/share/url?url={u}">Telegram</a> '
        f'<a href="https://wa.me/?text={u}">WhatsApp</a>'
    )


def _jsonld(a: Article, base: str) -> str:
    if a.clock:
        dt = a.published
        pub = dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if a.utc_jsonld else dt.isoformat()
        mod = (dt + timedelta(days=2, hours=1)).isoformat()
    else:
        pub = a.day.isoformat()
        mod = (a.day + timedelta(days=2)).isoformat()
    url = base + a.path
    art: dict[str, object] = {
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": pub,
        "dateModified": mod,
        "inLanguage": "ru-RU" if a.lang == "ru" else "en-US",
        "articleSection": a.category,
        "keywords": ", ".join(a.tags),
        "image": [f"{base}/upload/iblock/{a.num % 97:03d}/u{a.num}.jpg"],
        "author": {"@type": "Organization", "name": "Центр информации"},
        "publisher": {
            "@type": "Organization",
            "name": "Центр информации",
            "logo": {"@type": "ImageObject", "url": base + "/static/logo.png"},
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    data: dict[str, object]
    if a.style == "C":
        data = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": "Центр информации", "url": base + "/"},
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "Главная", "item": base},
                        {"@type": "ListItem", "position": 2, "name": a.category},
                    ],
                },
                art,
            ],
        }
    else:
        data = {"@context": "https://schema.org", **art}
    body = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">{body}</script>'


def _og(a: Article, base: str) -> str:
    url = base + a.path
    pub = a.published.isoformat() if a.clock else a.day.isoformat()
    tags = "".join(f'<meta property="article:tag" content="{html.escape(t)}">' for t in a.tags)
    desc = html.escape(a.paras[0][:160])
    return (
        '<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{html.escape(a.title)}">'
        f'<meta property="og:description" content="{desc}">'
        f'<meta property="og:url" content="{url}">'
        f'<meta property="og:image" content="{base}/upload/iblock/{a.num % 97:03d}/u{a.num}.jpg">'
        f'<meta property="og:locale" content="{"ru_RU" if a.lang == "ru" else "en_US"}">'
        '<meta property="og:site_name" content="Центр информации">'
        f'<meta property="article:published_time" content="{pub}">'
        f'<meta property="article:section" content="{html.escape(a.category)}">'
        + tags
        + f'<link rel="canonical" href="{url}">'
    )


def _related_items(a: Article, tpl: str) -> str:
    idx = by_num()
    out = []
    for i, (num, href) in enumerate(a.related):
        o = idx[num]
        title = _truncate(o.title) if i % 3 == 1 else o.title
        out.append(tpl.format(lang=o.lang, href=html.escape(href), title=esc(title)))
    return "".join(out)


def _body_paras(a: Article) -> list[str]:
    """Raw paragraphs as HTML fragments, the dateline not yet prepended."""
    return [esc(p, a.entities) for p in a.raw_paras]


def _empties(rng: random.Random) -> str:
    return rng.choice(["<p>&nbsp;</p>", "<p></p>", "<p> <br> </p>", "<p>\u200b</p>", ""])


def _date_text(a: Article) -> str:
    d = a.day
    if a.lang == "en" and a.style == "A":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if a.lang == "en" and a.style == "C":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return ru_date(d)


def _img(a: Article) -> str:
    return f'<img src="/upload/iblock/{a.num % 97:03d}/u{a.num}.jpg" alt="">'


def _tag_href(t: str) -> str:
    return "/tag/" + quote(t) + "/"


def render_a(a: Article, base: str, rng: random.Random) -> str:
    paras = _body_paras(a)
    paras[0] = esc(a.raw_dateline, a.entities) + paras[0]
    ps = []
    for i, p in enumerate(paras):
        ps.append(f"<p>{p}</p>")
        if i == 1 or rng.random() < 0.2:
            ps.append(_empties(rng))
    if a.source_line:
        ps.append(f'<p class="src-line">Источник: {esc(a.source or "")}</p>')
    kw = ", ".join(f'<a href="{_tag_href(t)}">{esc(t)}</a>' for t in a.tags)
    credit = (
        f'<figcaption class="pubitem-fig__cap">Фото:{esc(a.photo_credit)}</figcaption>'
        if a.photo_credit
        else ""
    )
    related = _related_items(
        a, '<li><span class="fresh-lang">{lang}</span> <a href="{href}">{title}</a></li>'
    )
    lang = a.lang
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(a.title)} | Центр информации</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        + _og(a, base)
        + _jsonld(a, base)
        + '</head><body class="page-detail">'
        + _header()
        + '<main class="lay"><article class="pubitem">'
        + f'<h1 class="pubitem-h">{esc(a.raw_title, a.entities)}</h1>'
        + f'<figure class="pubitem-fig">{_img(a)}{credit}</figure>'
        + '<div class="pubitem-info">'
        + f'<time class="pubitem-dt" datetime="{a.day.isoformat()}">{_date_text(a)}</time> '
        + f'<span class="pubitem-eye"><svg width="14" height="9"></svg> {a.views}</span> '
        + f'<a class="pubitem-rub" href="/novosti/rubric/">{esc(a.category)}</a> '
        + f'<span class="pubitem-kw">{kw}</span></div>'
        + '<div class="pubitem-content">'
        + "".join(ps)
        + "</div>"
        + f'<div class="pubitem-share">{_share(base + a.path)}</div></article>'
        + '<aside class="fresh"><div class="fresh-h">Последние новости</div><ul>'
        + related
        + "</ul></aside></main>"
        + _footer()
        + "</body></html>"
    )


def render_b(a: Article, base: str, rng: random.Random) -> str:
    paras = _body_paras(a)
    credit = f'<em class="ph">Фото:{esc(a.photo_credit)}</em>' if a.photo_credit else ""
    paras[0] = credit + esc(a.raw_dateline, a.entities) + paras[0]
    ps = [f"<p>{p}</p>" for p in paras]
    ps.insert(rng.randint(1, len(ps)), _empties(rng))
    tags = ", ".join(a.tags)
    line = f"{_date_text(a)} {a.views} {a.category}" + (f" {tags}" if tags else "")
    src = (
        f'<div class="istochnik">Источник: <a href="#" rel="nofollow">{esc(a.source or "")}</a>'
        "</div>"
        if a.source_line
        else ""
    )
    related = _related_items(
        a,
        '<div class="also-row"><span class="also-badge">{lang}</span> '
        '<a href="{href}">{title}</a></div>',
    )
    return (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        f"<title>Центр информации - {esc(a.title)}</title></head><body>"
        + _header()
        + '<div id="content"><div class="node">'
        + f'<h1 class="node-zag">{esc(a.raw_title, a.entities)}</h1>'
        + f'<div class="node-stroka">{esc(line)}</div>'
        + f'<div class="node-pic">{_img(a)}</div>'
        + '<section class="txt">'
        + "".join(ps)
        + f'<div class="share">{_share(base + a.path)}</div></section>'
        + src
        + "</div>"
        + '<div class="also"><div class="also-ttl">Читайте также</div>'
        + related
        + "</div>"
        + "</div>"
        + _footer()
        + "</body></html>"
    )


def render_c(a: Article, base: str, rng: random.Random) -> str:
    paras = _body_paras(a)
    dl = f"<b>{esc(a.raw_dateline, a.entities)}</b>" if a.raw_dateline else ""
    ps = [f'<p class="lead">{dl}{paras[0]}</p>'] + [f"<p>{p}</p>" for p in paras[1:]]
    if rng.random() < 0.5:
        ps.insert(len(ps) - 1, _empties(rng))
    if a.source_line:
        ps.append(f"<p><strong>Источник:</strong> {esc(a.source or '')}</p>")
    rates = " | ".join(f"{r} 0.0" for r in RATES)
    views = f"{a.views:,}".replace(",", "&nbsp;")
    tags = ", ".join(f'<a href="{_tag_href(t)}">#{esc(t)}</a>' for t in a.tags)
    credit = f"<figcaption>Фото:{esc(a.photo_credit)}</figcaption>" if a.photo_credit else ""
    related = _related_items(
        a, '<p class="mn"><span class="mn-l">{lang}</span><a href="{href}">{title}</a></p>'
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{esc(a.title)} — Центр информации</title>"
        + _og(a, base)
        + (_jsonld(a, base) if a.jsonld else "")
        + "</head><body>"
        + _header()
        + '<main class="wrap"><div class="card-n">'
        + '<div class="card-n__crumbs"><a href="/">Главная</a> / <a href="/novosti">Новости</a>'
        + f" / <span>{esc(a.category)}</span></div>"
        + f'<h2 class="card-n__ttl">{esc(a.raw_title, a.entities)}</h2>'
        + '<ul class="card-n__info">'
        + f'<li class="dt"><time datetime="{a.day.isoformat()}">{_date_text(a)}</time></li>'
        + f'<li class="cnt"><i class="ico-eye"></i>{views}</li>'
        + f'<li class="sect"><a href="/novosti/rubric/">{esc(a.category)}</a></li></ul>'
        + f'<figure class="card-n__img">{_img(a)}{credit}</figure>'
        + '<div class="card-n__body">'
        + f'<div class="rates-inline">{rates}</div>'
        + "".join(ps)
        + "</div>"
        + f'<div class="card-n__tags">{tags}</div>'
        + f'<div class="soc">{_share(base + a.path)}</div></div>'
        + '<section class="more-news"><h3>Лента новостей</h3>'
        + related
        + "</section>"
        + "</main>"
        + _footer()
        + "</body></html>"
    )


def render_d(a: Article, base: str, rng: random.Random) -> str:
    paras = _body_paras(a)
    paras[0] = esc(a.raw_dateline, a.entities) + paras[0]
    chunks = list(paras)
    chunks.insert(rng.randint(1, len(chunks)), "&nbsp;")
    if a.source_line:
        chunks.append(f"Источник: {esc(a.source or '')}")
    text = "<br /><br />\n".join(chunks)
    meta = f'{_date_text(a)} | Просмотров: {a.views} | Рубрика: <a href="/novosti/rubric/">'
    meta += esc(a.category) + "</a>"
    if a.tags:
        meta += " | Теги: " + ", ".join(f'<a href="{_tag_href(t)}">{esc(t)}</a>' for t in a.tags)
    credit = f"<br />Фото: {esc(a.photo_credit)}" if a.photo_credit else ""
    related = _related_items(
        a, '<span class="lng">{lang}</span> <a href="{href}">{title}</a><br />\n'
    )
    menu = "<br />".join(
        f'<a href="/novosti/{s}/">{t}</a>'
        for s, t in [("politika", "Политика"), ("ekonomika", "Экономика"), ("socium", "Социум")]
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">'
        '<html lang="ru"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />'
        f"<title>{esc(a.title)} - Центр информации</title></head><body>"
        + _header()
        + '<table class="main" width="100%" cellpadding="0"><tr>'
        + f'<td class="lcol" width="180">{menu}</td><td class="ccol">'
        + f'<div class="newsfull"><h1>{esc(a.raw_title, a.entities)}</h1>'
        + f'<div class="nf-info">{meta}</div>'
        + f'<div class="nf-foto">{_img(a)}{credit}</div>'
        + f'<div class="nf-text">{text}</div></div>'
        + f'<div class="lastnews"><b>Последние новости:</b><br />{related}</div>'
        + f'</td><td class="rcol">{_rates_list()}</td></tr></table>'
        + _footer()
        + "</body></html>"
    )


RENDERERS = {"A": render_a, "B": render_b, "C": render_c, "D": render_d}


def render_article(a: Article, base: str) -> tuple[bytes, str]:
    rng = random.Random(a.num)
    page = RENDERERS[a.style](a, base, rng)
    if a.style == "D":
        return page.encode("cp1251", "xmlcharrefreplace"), "text/html; charset=windows-1251"
    return page.encode("utf-8"), "text/html; charset=utf-8"


def page_count() -> int:
    return -(-len(build()) // PER_PAGE)


def page_href(n: int) -> str:
    return "/novosti/" if n == 1 else f"/novosti/?PAGEN_1={n}"


def render_listing(page: int) -> str:
    arts = build()[(page - 1) * PER_PAGE : page * PER_PAGE]
    last = page_count()
    items = []
    for a in arts:
        anons = esc(a.paras[0][:110].rsplit(" ", 1)[0] + "…")
        items.append(
            '<div class="lenta-news__item">'
            f'<a class="lenta-news__pic" href="{a.path}">{_img(a)}</a>'
            '<div class="lenta-news__body">'
            f'<a class="lenta-news__name" href="{a.path}">{esc(a.title)}</a>'
            f'<div class="lenta-news__anons">{anons}</div>'
            f'<span class="lenta-news__date">{ru_date(a.day)}</span>'
            f'<span class="lenta-news__lng">{a.lang}</span></div></div>'
        )
    nums = sorted({1, last, *range(max(1, page - 2), min(last, page + 2) + 1)})
    pag = []
    if page > 1:
        pag.append(f'<li class="bx-pag-prev"><a href="{page_href(page - 1)}">Предыдущая</a></li>')
    prev_n = 0
    for n in nums:
        if n - prev_n > 1:
            pag.append('<li class="bx-dots"><span>…</span></li>')
        if n == page:
            pag.append(f'<li class="bx-active"><span>{n}</span></li>')
        else:
            pag.append(f'<li><a href="{page_href(n)}"><span>{n}</span></a></li>')
        prev_n = n
    more = ""
    if page < last:
        pag.append(f'<li class="bx-pag-next"><a href="{page_href(page + 1)}">Следующая</a></li>')
        more = (
            f'<a class="btn-more-news" href="{page_href(page + 1)}" data-page="{page + 1}">'
            "Показать ещё</a>"
        )
    title = "Новости" + (f" - страница {page}" if page > 1 else "")
    return (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        f"<title>{title} | Центр информации</title></head><body>"
        + _header()
        + '<main class="lay"><h1 class="sect-ttl">Новости</h1><div class="lenta-news">'
        + "".join(items)
        + "</div>"
        + more
        + '<div class="bx-pagination"><ul>'
        + "".join(pag)
        + "</ul></div></main>"
        + _footer()
        + "</body></html>"
    )


def render_home() -> str:
    latest = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <i>{ru_date(a.day)}</i></li>'
        for a in build()[:6]
    )
    return (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        "<title>Центр информации</title></head><body>"
        + _header("Главная")
        + f'<main class="lay"><ul class="home-top">{latest}</ul>'
        + '<a class="all-news" href="/novosti">Все новости</a></main>'
        + _footer()
        + "</body></html>"
    )


ROBOTS = "User-agent: *\nAllow: /\n"
_ARTICLE_RE = re.compile(r"^/news/([A-Za-z0-9-]+?)-u(\d+)/?$")


def route(target: str, base: str) -> tuple[int, dict[str, str], bytes]:
    """Answer one GET: (status, headers, body)."""
    parts = urlsplit(target)
    path = parts.path
    html_type = "text/html; charset=utf-8"
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain; charset=utf-8"}, ROBOTS.encode()
    if path == "/":
        return 200, {"Content-Type": html_type}, render_home().encode()
    if path in (LISTING_PATH, LISTING_PATH + "/"):
        values = parse_qs(parts.query).get("PAGEN_1", ["1"])
        try:
            page = int(values[0])
        except ValueError:
            page = 0
        if 1 <= page <= page_count():
            return 200, {"Content-Type": html_type}, render_listing(page).encode()
    m = _ARTICLE_RE.match(path)
    if m:
        art = by_num().get(int(m.group(2)))
        if art is not None:
            if path != art.path:
                return 301, {"Location": base + art.path, "Content-Type": html_type}, b""
            body, ctype = render_article(art, base)
            return 200, {"Content-Type": ctype}, body
    return 404, {"Content-Type": html_type}, b"<html><body><h1>404</h1></body></html>"
