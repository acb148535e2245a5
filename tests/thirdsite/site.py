"""A deterministic third copy of ic24.kz (Центр информации) with ground truth.

About 60 articles (ru, en and a few kk), ids `u<N>` increasing with the publication date,
2020–2026. Article pages come in four markup styles, none of them shared with the other
copies of the outlet used by kznews' tests:

* ``modern`` — ``<main><article>`` with microdata, optionally a JSON-LD ``@graph``;
* ``old``    — table layout with ``<font>``, ``<br><br>`` paragraphs and ``<b class="zag">``,
  sometimes served in windows-1251 (once with a header that says utf-8);
* ``amp``    — AMP-like, headline only in ``<title>`` and an ``<h2>``, dateline in ``<strong>``;
* ``card``   — ``div`` soup with Open Graph ``article:*`` metas and ``div`` paragraphs.

The news listing is ``/novosti``, then ``/novosti/page-2.html`` … announced by
``<link rel="next">`` in the head and a "Следующая страница →" link (relative hrefs).
"""

from __future__ import annotations

import html
import json
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from tests.copykit.scoring import SCORED_FIELDS
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word, en_slug, ru_slug

from . import texts

ALMATY = ZoneInfo("Asia/Almaty")
PER_PAGE = 12
SEED = 31337

TRUTH_FIELDS = ("id", *SCORED_FIELDS)

# Homoglyph pairs used to plant script mix-ups inside words.
CYR2LAT = {"о": "o", "а": "a", "е": "e", "р": "p", "с": "c", "х": "x"}
LAT2CYR = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "E": "Е",
    "A": "А",
    "O": "О",
    "T": "Т",
    "K": "К",
    "H": "Н",
    "M": "М",
    "B": "В",
    "C": "С",
}


def slugify(title: str, lang: str) -> str:
    return en_slug(title.replace("'", "").replace(",", "")) if lang == "en" else ru_slug(title)


@dataclass
class Article:
    num: int
    lang: str
    key: str
    title: str
    local: datetime
    has_time: bool
    date_mode: str
    style: str
    place: str
    paragraphs: list[str]
    source: str | None
    source_mode: str
    photo: str
    category: str
    tags: list[str]
    views: int
    read_also: list[int] = field(default_factory=list)
    charset: str = "utf-8"
    raw_fix: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"u{self.num}"

    @property
    def slug(self) -> str:
        return slugify(self.title, self.lang)

    @property
    def path(self) -> str:
        return f"/news/{self.slug}-{self.id}"

    def truth(self) -> dict[str, object]:
        return {
            "id": self.id,
            "lang": self.lang,
            "title": self.title,
            "published_at": self.local.isoformat(),
            "dateline_place": self.place,
            "body": "\n\n".join(self.paragraphs),
            "source": self.source,
            "photo_credit": self.photo,
            "category": self.category,
            "tags": list(self.tags),
            "views": self.views,
        }


# --- building the article set -----------------------------------------------------------------

_ANCHORS = [  # (date, id) — the ids known from the outlet; others are interpolated
    (date(2020, 1, 1), 40210),
    (date(2021, 4, 16), 45694),
    (date(2021, 4, 19), 45713),
    (date(2021, 8, 2), 46768),
    (date(2023, 4, 20), 49120),
    (date(2026, 11, 1), 57900),
]


def _interp_id(d: date) -> int:
    for (d0, n0), (d1, n1) in zip(_ANCHORS, _ANCHORS[1:], strict=False):
        if d0 <= d <= d1:
            span = (d1 - d0).days or 1
            return n0 + (n1 - n0) * (d - d0).days // span
    raise ValueError(d)


@dataclass
class _Spec:
    lang: str
    key: str
    title: str
    category: str
    tags: list[str]
    place: str
    paras: list[str] | None = None
    day: date | None = None
    style: str = ""
    mode: str = ""
    local: datetime | None = None
    has_time: bool = False
    num: int = 0


SEED_IDS = {
    texts.SEED_RU_TITLE: 45694,
    "Kazakhs in Japan set up their own association": 45713,
    texts.SEED_EN_TITLE: 46768,
    "В Алматы прошел общегородской субботник": 49120,
}

FIXED_DAYS = {
    ("ru", texts.SEED_RU_TITLE): date(2021, 4, 16),
    ("en", "Kazakhs in Japan set up their own association"): date(2021, 4, 19),
    ("en", texts.SEED_EN_TITLE): date(2021, 8, 2),
    ("ru", "В Алматы прошел общегородской субботник"): date(2023, 4, 20),
    ("kk", "Алматыда көктемгі сенбілік өтті"): date(2021, 4, 16),
    # both sides of the 2024-03-01 switch from UTC+6 to UTC+5
    ("ru", "Нацбанк сохранил базовую ставку на прежнем уровне"): date(2024, 2, 29),
    ("en", "Almaty metro extends working hours during holidays"): date(2024, 3, 1),
    ("ru", "Казахстанцы смогут оформить пособие онлайн"): date(2024, 3, 1),
}

FIXED_STYLE = {
    texts.SEED_RU_TITLE: ("old", "visible"),
    texts.SEED_EN_TITLE: ("amp", "visible"),
    "В Алматы прошел общегородской субботник": ("card", "meta-date"),
    "Kazakhs in Japan set up their own association": ("modern", "ld-date"),
    # 2024-02-29T21:30Z is already 1 March, 02:30 in Almaty (UTC+5 by then)
    "Казахстанцы смогут оформить пособие онлайн": ("modern", "ld-utc"),
    "Нацбанк сохранил базовую ставку на прежнем уровне": ("old", "visible"),
    "Almaty metro extends working hours during holidays": ("amp", "visible"),
    "Алматыда көктемгі сенбілік өтті": ("modern", "md-date"),
    "Астанада жаңа кітапхана ашылды": ("old", "visible"),
    "Шымкентте жастар форумы өтті": ("amp", "visible"),
}


def _specs(rng: random.Random) -> list[_Spec]:
    specs = [_Spec("ru", k, t, c, g, p) for k, t, c, g, p in texts.RU_STORIES]
    specs += [_Spec("en", k, t, c, g, p) for k, t, c, g, p in texts.EN_STORIES]
    specs += [_Spec("kk", "", t, c, g, p, paras) for t, c, g, p, paras in texts.KK_STORIES]

    start, end = date(2020, 1, 10), date(2026, 10, 31)
    span = (end - start).days
    ru_days: dict[str, date] = {}
    for spec in specs:
        if (spec.lang, spec.title) in FIXED_DAYS:
            spec.day = FIXED_DAYS[(spec.lang, spec.title)]
        elif spec.lang == "en" and spec.key:
            continue  # a translation: placed just after its Russian original below
        else:
            spec.day = start + timedelta(days=rng.randrange(span))
        if spec.lang == "ru" and spec.key:
            ru_days[spec.key] = spec.day
    for spec in specs:
        if spec.day is None:
            spec.day = ru_days[spec.key] + timedelta(days=rng.choice([0, 1, 2]))

    # markup style and where the date lives
    free = [s for s in specs if s.title not in FIXED_STYLE]
    rng.shuffle(free)
    styles = ["modern", "old", "amp", "card"]
    modern_modes = ["ld-offset", "ld-utc", "ld-date", "md-time", "md-date"]
    card_modes = ["meta-utc", "meta-date"]
    n_modern = n_card = 0
    for i, spec in enumerate(free):
        spec.style, spec.mode = styles[i % 4], "visible"
        if spec.style == "modern":
            spec.mode = modern_modes[n_modern % len(modern_modes)]
            n_modern += 1
        elif spec.style == "card":
            spec.mode = card_modes[n_card % len(card_modes)]
            n_card += 1
    for spec in specs:
        if spec.title in FIXED_STYLE:
            spec.style, spec.mode = FIXED_STYLE[spec.title]

    # time of day
    for spec in specs:
        assert spec.day is not None
        spec.has_time = spec.mode in ("ld-offset", "ld-utc", "md-time", "meta-utc")
        if spec.title == "Казахстанцы смогут оформить пособие онлайн":
            spec.local = datetime(2024, 2, 29, 21, 30, tzinfo=UTC).astimezone(ALMATY)
        elif spec.has_time:
            utc_mode = spec.mode.endswith("utc")
            hour = rng.choice([1, 3, 5, 9, 14, 18]) if utc_mode else rng.randint(8, 20)
            spec.local = datetime.combine(spec.day, time(hour, rng.randrange(60)), ALMATY)
        else:
            spec.local = datetime.combine(spec.day, time(0, 0), ALMATY)

    def order(s: _Spec) -> tuple[datetime, bool]:
        assert s.local is not None
        return s.local, s.title not in SEED_IDS

    specs.sort(key=order)
    # ids: the known ones keep their numbers, the rest follow the date, strictly increasing
    prev = 0
    for spec in specs:
        assert spec.local is not None
        if spec.title in SEED_IDS:
            spec.num = SEED_IDS[spec.title]
        else:
            spec.num = max(_interp_id(spec.local.date()), prev + 1 + rng.randrange(3))
        prev = spec.num
    nums = [s.num for s in specs]
    assert nums == sorted(nums) and len(set(nums)) == len(nums), nums
    return specs


@cache
def build() -> list[Article]:
    rng = random.Random(SEED)
    articles: list[Article] = []
    cp1251_left = 3
    for spec in _specs(rng):
        lang, title = spec.lang, spec.title
        source: str | None
        if title == texts.SEED_RU_TITLE:
            paras, source, smode = list(texts.SEED_RU_PARAGRAPHS), "КазТАГ", "line"
        elif title == texts.SEED_EN_TITLE:
            paras, source, smode = list(texts.SEED_EN_PARAGRAPHS), "EU Reporter", "line"
        elif spec.paras is not None:  # Kazakh
            paras = list(spec.paras)
            source, smode = (
                ("Kazinform", "line") if title.startswith("Алматыда") else (None, "none")
            )
        else:
            pool = texts.RU_POOL if lang == "ru" else texts.EN_POOL
            lead_forms = texts.RU_LEAD_ATTRIB if lang == "ru" else texts.EN_LEAD_ATTRIB
            modes = ["line", "line", "line", "lead", "none"] + (["line-en"] if lang == "en" else [])
            smode = rng.choice(modes)
            attrib = ""
            if smode == "lead":
                tmpl, source = rng.choice(lead_forms)
                attrib = tmpl.format(source)
            elif smode == "none":
                source = None
            else:
                source = rng.choice(texts.RU_SOURCES if lang == "ru" else texts.EN_SOURCES)
                for tmpl, name in lead_forms:
                    if name == source and rng.random() < 0.5:
                        attrib = tmpl.format(source)
            paras = [f"{title}{attrib}."] + rng.sample(pool, rng.randint(2, 4))
        charset = "utf-8"
        if spec.style == "old" and lang == "ru" and title != texts.SEED_RU_TITLE and cp1251_left:
            charset = "cp1251-mislabelled" if cp1251_left == 1 else "cp1251"
            cp1251_left -= 1
        assert spec.local is not None
        art = Article(
            num=spec.num,
            lang=lang,
            key=spec.key,
            title=title,
            local=spec.local,
            has_time=spec.has_time,
            date_mode=spec.mode,
            style=spec.style,
            place=spec.place,
            paragraphs=paras,
            source=source,
            source_mode=smode,
            photo=rng.choice(texts.PHOTO_CREDITS),
            category=spec.category,
            tags=list(spec.tags),
            views=rng.randint(40, 4800),
            charset=charset,
        )
        if title == "В Алматы прошел общегородской субботник":
            art.views, art.photo = 683, "pixabay"
        if title == texts.SEED_EN_TITLE:
            art.raw_fix["Embassies"] = "\u0415mbassies"  # Cyrillic Е, as on the live page
        articles.append(art)

    ids = [a.num for a in articles]
    for art in articles:
        if rng.random() < 0.45:
            art.read_also = rng.sample([n for n in ids if n != art.num], 3)
    return articles


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


def truth() -> dict[str, dict[str, object]]:
    return {a.id: a.truth() for a in build()}


def listing_pages() -> list[list[Article]]:
    newest = sorted(build(), key=lambda a: a.local, reverse=True)
    return [newest[i : i + PER_PAGE] for i in range(0, len(newest), PER_PAGE)]


def listing_path(page: int) -> str:
    return "/novosti" if page == 1 else f"/novosti/page-{page}.html"


# --- text hazards -----------------------------------------------------------------------------

NBSP_MARK, WRAP_MARK = "\x01", "\x02"


def _swap_in_word(text: str, rng: random.Random, pattern: str, table: dict[str, str]) -> str:
    words = [m for m in re.finditer(pattern, text) if any(ch in table for ch in m.group()[1:-1])]
    if not words:
        return text
    m = rng.choice(words)
    word = m.group()
    spots = [i for i in range(1, len(word) - 1) if word[i] in table]
    i = rng.choice(spots)
    return text[: m.start()] + word[:i] + table[word[i]] + word[i + 1 :] + text[m.end() :]


def dirty(text: str, rng: random.Random, lang: str, level: float = 1.0) -> str:
    """Return `text` as HTML with the outlet's hazards planted; normalising it gives `text`."""
    s = text
    if lang in ("ru", "en") and rng.random() < 0.25 * level:
        if lang == "ru":
            s = _swap_in_word(s, rng, r"(?<![\w-])[а-яё]{5,}(?![\w-])", CYR2LAT)
        else:
            s = _swap_in_word(s, rng, r"(?<![\w-])[A-Za-z]{5,}(?![\w-])", LAT2CYR)
    if rng.random() < 0.2 * level:
        words = [m for m in re.finditer(r"\w{7,}", s) if m.start() > 0]
        if words:
            m = rng.choice(words)
            cut = m.start() + 3
            s = s[:cut] + rng.choice(["\u200b", "\u200b", "\ufeff", "\u200d"]) + s[cut:]
    if "й" in s and rng.random() < 0.2 * level:
        s = s.replace("й", "и\u0306", 1)  # decomposed: NFC composes it back
    spaces = [i for i, ch in enumerate(s) if ch == " "]
    if spaces and rng.random() < 0.35 * level:
        i = rng.choice(spaces)
        s = s[:i] + NBSP_MARK + s[i + 1 :]
    spaces = [i for i, ch in enumerate(s) if ch == " "]
    if spaces and rng.random() < 0.3 * level:
        i = rng.choice(spaces)
        s = s[:i] + WRAP_MARK + s[i + 1 :]
    out = html.escape(s, quote=False)
    if rng.random() < 0.6:
        out = out.replace("«", "&laquo;").replace("»", "&raquo;")
    else:
        out = out.replace("«", "&#171;").replace("»", "&#187;")
    if rng.random() < 0.5:
        out = out.replace("—", "&mdash;").replace("–", "&ndash;")
    if rng.random() < 0.5:
        out = out.replace('"', "&quot;")
    out = out.replace(NBSP_MARK, rng.choice(["&nbsp;", "\u00a0", "&#160;"]))
    return out.replace(WRAP_MARK, "\n        ")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# --- shared page pieces -----------------------------------------------------------------------


def fmt_day(art: Article, numeric: bool = False) -> str:
    d = art.local
    if numeric:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if art.lang == "en":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if art.lang == "kk":
        return f"{d.day} {KK_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {RU_MONTHS[d.month - 1].capitalize()} {d.year}"


def dateline(art: Article, rng: random.Random) -> str:
    d = art.local
    if art.lang == "en":
        text = f"{art.place}. {EN_MONTHS[d.month - 1]} {d.day}. Information Center"
    elif art.lang == "kk":
        text = f"{art.place}. {d.day} {KK_MONTHS[d.month - 1]}. Ақпарат орталығы"
    else:
        text = f"{art.place}. {d.day} {RU_MONTHS[d.month - 1]}. Центр информации"
    if rng.random() < 0.3:
        text = text.replace(". ", ".\u00a0", 1)
    return esc(text)


def dash(rng: random.Random) -> str:
    return "-" if rng.random() < 0.85 else "–"


def views_word(art: Article) -> str:
    return {"en": "views", "kk": "рет қаралды"}.get(art.lang, "просмотров")


def source_text(art: Article) -> str | None:
    if art.source is None or art.source_mode in ("lead", "none"):
        return None
    label = "Source" if art.source_mode == "line-en" else "Источник"
    return f"{label}: {esc(art.source)}"


def body_paragraphs(art: Article, rng: random.Random) -> list[str]:
    """HTML of the paragraphs; the first one still lacks its dateline."""
    out = []
    for p in art.paragraphs:
        raw = p
        for good, bad in art.raw_fix.items():
            raw = raw.replace(good, bad)
        out.append(dirty(raw, rng, art.lang))
    return out


def latest_links(art: Article) -> list[tuple[str, Article]]:
    """The 'latest news' block: 15 newest articles (captured later), some with an old slug."""
    newest = sorted(build(), key=lambda a: a.local, reverse=True)
    picked = [a for a in newest if a.num != art.num][:15]
    links = []
    for i, other in enumerate(picked):
        path = other.path
        if i % 6 == 4:  # an earlier slug of the same story; the id stays
            path = "/news/" + "-".join(other.slug.split("-")[:3]) + f"-{other.id}"
        links.append((path, other))
    return links


def short(title: str, limit: int = 58) -> str:
    return cut_at_word(title, limit)


def also_links(art: Article) -> list[Article]:
    table = by_num()
    return [table[n] for n in art.read_also]


RATES = ["USD/KZT", "EUR/KZT", "RUB/KZT", "CNY/KZT"]


# --- style: modern ----------------------------------------------------------------------------


def render_modern(art: Article, host: str) -> str:
    rng = random.Random(f"modern-{art.num}")
    lang = art.lang
    canonical = f"http://{host}{art.path}"
    mode = art.date_mode
    utc = art.local.astimezone(UTC)
    if mode == "ld-offset":
        published = art.local.isoformat()
    elif mode == "ld-utc":
        published = utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    else:
        published = art.local.date().isoformat()
    graph: list[dict[str, object]] = [
        {
            "@type": "WebSite",
            "@id": "https://ic24.kz/#site",
            "name": "Центр информации",
            "url": "https://ic24.kz/",
        },
        {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Главная", "item": "https://ic24.kz/"},
                {"@type": "ListItem", "position": 2, "name": art.category},
            ],
        },
        {
            "@type": "NewsArticle",
            "@id": canonical + "#article",
            "headline": art.title,
            "inLanguage": lang,
            "datePublished": published,
            "dateModified": (utc + timedelta(days=3, hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "articleSection": art.category,
            "keywords": ", ".join(art.tags),
            "image": [f"http://{host}/upload/{art.num}/cover.jpg"],
            "author": {"@type": "Organization", "name": "Центр информации"},
            "interactionStatistic": {
                "@type": "InteractionCounter",
                "interactionType": "https://schema.org/ReadAction",
                "userInteractionCount": art.views,
            },
        },
    ]
    jsonld = ""
    if mode.startswith("ld-"):
        payload = json.dumps(
            {"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, indent=1
        ).replace("</", "<\\/")
        jsonld = f'<script type="application/ld+json">{payload}</script>'
    if mode == "md-time":
        md_date = (
            f'<meta itemprop="datePublished" content="{art.local.isoformat(timespec="minutes")}">'
        )
    elif mode == "md-date":
        md_date = f'<meta itemprop="datePublished" content="{art.local.date().isoformat()}">'
    else:
        md_date = ""
    shown = fmt_day(art)
    if art.has_time:
        shown += f", {art.local:%H:%M}"
    also_title = "Read also" if lang == "en" else "Читайте также"
    latest_title = {"en": "Latest news", "kk": "Соңғы жаңалықтар"}.get(lang, "Последние новости")

    paras = body_paragraphs(art, rng)
    dl = dateline(art, rng)
    parts = [f'<p><span class="story-dl">{dl} {dash(rng)} </span>{paras[0]}</p>']
    for i, p in enumerate(paras[1:], 1):
        parts.append(f"<p>{p}</p>")
        if i == 1:
            parts.append(
                '<div class="share-bar" aria-label="share"><button>Facebook</button>'
                "<button>Telegram</button><button>WhatsApp</button></div>"
            )
        if i == 2 and rng.random() < 0.6:
            parts.append(rng.choice(["<p>&nbsp;</p>", "<p></p>", "<p>\u200b</p>"]))
    if rng.random() < 0.5:
        parts.append("<script>window.adsq=(window.adsq||[]).push({slot:'in-text'});</script>")
    src = source_text(art)
    if src:
        parts.append("<p>\u00a0</p>")
        parts.append(f'<p class="story-src"><em>{src}</em></p>')
    body_html = "\n".join(parts)

    also = ""
    if art.read_also:
        items = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in also_links(art))
        also = f'<aside class="read-too"><h3>{also_title}</h3><ul>{items}</ul></aside>'
    tags = "".join(f'<li><a rel="tag" href="/tag/{esc(t)}">{esc(t)}</a></li>' for t in art.tags)
    latest = "".join(
        f'<li><a href="{path}"><em class="badge badge-{o.lang}">{o.lang}</em> '
        f"{esc(short(o.title))}</a></li>"
        for path, o in latest_links(art)
    )
    rates = "".join(f"<li><span>{r}</span> <b>0.0</b></li>" for r in RATES)
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(art.title)} | IC24</title>
<link rel="canonical" href="{canonical}">
<meta property="og:title" content="{esc(art.title)}">
<meta property="og:image" content="http://{host}/upload/{art.num}/cover.jpg">
{jsonld}
</head>
<body class="l-news">
<header class="site-head">
 <ul class="rates">{rates}</ul>
 <a class="logo" href="/">Центр информации</a>
 <nav class="menu"><a href="/novosti">Новости</a> <a href="/rubric/society">Социум</a>
 <a href="/rubric/economy">Экономика</a> <a href="/contacts">Контакты</a></nav>
</header>
<main class="layout">
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
 <header class="story-head">
  <a class="story-rubric" rel="category tag" href="/rubric/x">{esc(art.category)}</a>
  <h1 itemprop="headline">{dirty(art.title, rng, lang, 0.4)}</h1>
  <div class="story-meta">{md_date}<time>{shown}</time>
   <span class="story-views" aria-label="{views_word(art)}"><svg width="12" height="12">
   </svg>{art.views}</span>
  </div>
 </header>
 <figure class="story-cover"><img itemprop="image" src="/upload/{art.num}/cover.jpg" alt="">
  <figcaption>Фото:{esc(art.photo)}</figcaption></figure>
 <div class="story-body" itemprop="articleBody">
{body_html}
 </div>
 {also}
 <footer class="story-foot"><ul class="story-tags">{tags}</ul></footer>
</article>
<section class="comments"><h2>Комментарии</h2><p>Комментариев пока нет. Будьте первым!</p>
<form><textarea name="c"></textarea><button>Отправить</button></form></section>
<aside class="latest"><h2>{latest_title}</h2><ol>{latest}</ol></aside>
</main>
<footer class="site-foot">© 2011–2026 Центр информации. При цитировании ссылка обязательна.
<a href="/about">О нас</a> <a href="/advert">Реклама</a></footer>
</body>
</html>
"""


# --- style: old -------------------------------------------------------------------------------


def render_old(art: Article, host: str) -> str:
    rng = random.Random(f"old-{art.num}")
    lang = art.lang
    day = fmt_day(art, numeric=art.lang != "kk")  # Kazakh pages spell the month out
    cat_line = f"{day} | {art.views} {views_word(art)} | {esc(art.category)}"
    paras = body_paragraphs(art, rng)
    first = f"{dateline(art, rng)} {dash(rng)} {paras[0]}"
    chunks = [first] + paras[1:]
    if rng.random() < 0.6:
        chunks.insert(min(2, len(chunks)), "&nbsp;")
    src = source_text(art)
    if src:
        chunks.append("\u00a0")
        chunks.append(src)
    body = "<br><br>\n".join(chunks)
    also = ""
    if art.read_also:
        label = "Read also:" if lang == "en" else "Читайте также:"
        items = "<br>\n".join(
            f'&bull; <a href="{o.path}">{esc(o.title)}</a>' for o in also_links(art)
        )
        also = f"<br><br>\n<b>{label}</b><br>\n{items}"
    tags = ", ".join(f'<a href="/tag/{esc(t)}">{esc(t)}</a>' for t in art.tags)
    tag_label = "Tags" if lang == "en" else "Теги"
    latest = "<br>\n".join(
        f'<font color="#c00" size="1">{o.lang}</font> <a href="{path}" class="lnk">'
        f"{esc(short(o.title))}</a>"
        for path, o in latest_links(art)
    )
    rates = " &bull; ".join(f"{r} 0.0" for r in RATES)
    meta_cs = "windows-1251" if art.charset.startswith("cp1251") else "utf-8"
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={meta_cs}">
<title>Центр информации :: {esc(art.title)}</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="top" bgcolor="#eeeeee"><font size="1">&bull; {rates}</font></td></tr>
<tr><td colspan="2"><a href="/"><img src="/i/logo.gif" alt="Центр информации" border="0"></a>
 &nbsp; <a href="/novosti">Новости</a> | <a href="/kontakty">Контакты</a>
 | <a href="/reklama">Реклама</a></td></tr>
<tr>
<td width="700" valign="top" class="main">
<b class="zag">{dirty(art.title, rng, lang, 0.4)}</b><br>
<img src="/upload/{art.num}.jpg" width="680" border="0"><br>
<font size="1" color="#777777">Фото:{esc(art.photo)}</font><br>
<font size="1" color="#999999">{cat_line}</font><br><br>
<font face="Arial" size="2">
{body}
</font>
{also}
<br><br><font size="1">{tag_label}: {tags}</font>
<hr size="1" noshade>
<table class="share"><tr><td>Поделиться:</td><td><a href="#">VK</a></td>
<td><a href="#">Facebook</a></td><td><a href="#">Telegram</a></td></tr></table>
<b>Комментарии (0)</b><br><form><textarea cols="60" rows="4"></textarea><br>
<input type="submit" value="Добавить"></form>
</td>
<td width="280" valign="top" class="right" bgcolor="#f7f7f7">
<b>Последние новости</b><br>
{latest}
</td>
</tr>
<tr><td colspan="2" class="bottom"><font size="1">&copy; 2011&ndash;2026 Центр информации.
Все права защищены.</font></td></tr>
</table>
</body>
</html>
"""


# --- style: amp -------------------------------------------------------------------------------


def render_amp(art: Article, host: str) -> str:
    rng = random.Random(f"amp-{art.num}")
    lang = art.lang
    paras = body_paragraphs(art, rng)
    dl = dateline(art, rng)
    parts = [f"<p><strong>{dl} {dash(rng)}</strong> {paras[0]}</p>"]
    for i, p in enumerate(paras[1:], 1):
        parts.append(f"<p>{p}</p>")
        if i == 1:
            parts.append(
                f'<amp-img src="/upload/{art.num}/2.jpg" width="800" height="450" '
                'layout="responsive" alt=""><noscript><img src="/upload/x.jpg">'
                "</noscript></amp-img>"
            )
    src = source_text(art)
    if src:
        parts.append(f'<p class="amp-src">{src}</p>')
    text = "\n".join(parts)
    also = ""
    if art.read_also:
        label = "Read also" if lang == "en" else "Читайте также"
        items = " ".join(
            f'<a class="amp-also-a" href="{o.path}">{esc(o.title)}</a>' for o in also_links(art)
        )
        also = f'<div class="amp-also"><div class="amp-also-h">{label}</div>{items}</div>'
    latest = "\n".join(
        f'<a class="amp-line" href="{path}"><span class="amp-lang">{o.lang}</span> '
        f"{esc(short(o.title))}</a>"
        for path, o in latest_links(art)
    )
    rates = " ".join(f"• {r} 0.0" for r in RATES)
    return f"""<!doctype html>
<html amp lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(art.title)} — ic24.kz</title>
<link rel="canonical" href="http://{host}{art.path}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-custom>.amp-title{{font-size:22px}}.amp-lang{{color:#c00}}</style>
<script async src="https://cdn.ampproject.org/v0.js"></script>
</head>
<body>
<div class="amp-top">{rates}</div>
<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/novosti">Новости</a></li>
<li><a href="/contacts">Контакты</a></li></ul></amp-sidebar>
<div class="amp-wrap">
<h2 class="amp-title">{dirty(art.title, rng, lang, 0.4)}</h2>
<amp-img src="/upload/{art.num}/cover.jpg" width="800" height="450" layout="responsive"
 alt="{esc(art.title)}"></amp-img>
<div class="amp-credit">Фото:{esc(art.photo)}</div>
<div class="amp-meta"><span class="amp-d">{fmt_day(art)}</span>
 <span class="amp-eye"><i class="i-eye"></i>{art.views}</span>
 <span class="amp-cat">{esc(art.category)}</span>
 <span class="amp-tags">{esc(", ".join(art.tags))}</span></div>
<div class="amp-text">
{text}
</div>
{also}
<amp-social-share type="facebook" width="40" height="40"></amp-social-share>
<amp-social-share type="telegram" width="40" height="40"></amp-social-share>
<div class="amp-feed"><h3>Лента новостей</h3>
{latest}
</div>
</div>
<div class="amp-foot">© Центр информации, 2011–2026 · <a href="/">Полная версия</a></div>
</body>
</html>
"""


# --- style: card ------------------------------------------------------------------------------


def render_card(art: Article, host: str) -> str:
    rng = random.Random(f"card-{art.num}")
    lang = art.lang
    locale = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}[lang]
    if art.date_mode == "meta-utc":
        pub = art.local.astimezone(UTC).isoformat()
    else:
        pub = art.local.date().isoformat()
    tag_metas = "\n".join(f'<meta property="article:tag" content="{esc(t)}">' for t in art.tags)
    paras = body_paragraphs(art, rng)
    dl = dateline(art, rng)
    parts = [f"<div><b>{dl}</b> {dash(rng)} {paras[0]}</div>"]
    for p in paras[1:]:
        parts.append(f"<div>{p}</div>")
    if rng.random() < 0.7:
        parts.insert(2, rng.choice(["<div><br></div>", "<div>&nbsp;</div>"]))
    if art.source and art.source_mode in ("line", "line-en"):
        label = "Source" if art.source_mode == "line-en" else "Источник"
        parts.append(
            f'<div>{label}: <a href="https://example.org/" rel="nofollow">'
            f"{esc(art.source)}</a></div>"
        )
    text = "\n".join(parts)
    views = str(art.views)
    if art.views >= 1000:
        views = views[:-3] + rng.choice(["\u00a0", "\u202f", " "]) + views[-3:]
    views_label = {"en": "Views", "kk": "Қаралды"}.get(lang, "Просмотров")
    tags_label = "Tags" if lang == "en" else "Теги"
    tags = ", ".join(f'<a href="/tags/{i}">{esc(t)}</a>' for i, t in enumerate(art.tags))
    also = ""
    if art.read_also:
        label = "Read also" if lang == "en" else "Читайте также"
        items = "".join(
            f'<div class="also-box__item"><a href="{o.path}">{esc(o.title)}</a></div>'
            for o in also_links(art)
        )
        also = f'<div class="also-box"><div class="also-box__h">{label}:</div>{items}</div>'
    latest = "\n".join(
        f'<div class="nl-item"><i class="nl-lang">{o.lang}</i><a href="{path}">'
        f"{esc(short(o.title))}</a></div>"
        for path, o in latest_links(art)
    )
    rates = "".join(f"<li>{r}<br>0.0</li>" for r in RATES)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>Центр информации | {esc(art.title)}</title>
<meta property="og:type" content="article">
<meta property="og:locale" content="{locale}">
<meta property="og:title" content="{esc(art.title)}">
<meta property="og:url" content="http://{host}{art.path}">
<meta property="article:published_time" content="{pub}">
<meta property="article:section" content="{esc(art.category)}">
{tag_metas}
<meta name="description" content="{esc(short(art.paragraphs[0], 120))}">
</head>
<body class="page-news">
<div id="wrap">
<div class="topline"><ul class="curr">{rates}</ul></div>
<div class="menu"><a href="/">Главная</a><a href="/novosti">Новости</a>
<a href="/foto">Фото</a></div>
<div class="crumbs"><a href="/">Главная</a> › <a href="/novosti">Новости</a> ›
 <span>{esc(art.category)}</span></div>
<div class="card">
 <div class="card__title" role="heading" aria-level="1">{dirty(art.title, rng, lang, 0.4)}</div>
 <div class="card__info"><div class="card__date">{fmt_day(art)}</div>
  <div class="card__views">{views_label}: {views}</div></div>
 <div class="card__pic"><img src="/i/blank.gif" data-src="/upload/{art.num}/c.jpg" alt="">
  <div class="card__pic-src">Фото: {esc(art.photo)}</div></div>
 <div class="card__text">
{text}
 </div>
 {also}
 <div class="card__tags">{tags_label}: {tags}</div>
</div>
<div class="card-share">Поделиться <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
<div id="comments"><div class="c-h">Обсуждение</div>
<div class="c-empty">Нет комментариев</div></div>
<div class="col-right"><div class="news-latest"><div class="nl-h">Лента</div>
{latest}
</div></div>
<div class="footer">Центр информации © 2011–2026. Все права защищены.</div>
</div>
</body>
</html>
"""


RENDERERS = {"modern": render_modern, "old": render_old, "amp": render_amp, "card": render_card}


def render_article(art: Article, host: str) -> tuple[dict[str, str], bytes]:
    page = RENDERERS[art.style](art, host)
    if art.charset == "cp1251":
        return (
            {"Content-Type": "text/html; charset=windows-1251"},
            page.encode("cp1251", "xmlcharrefreplace"),
        )
    if art.charset == "cp1251-mislabelled":  # header says utf-8, bytes and <meta> are cp1251
        return (
            {"Content-Type": "text/html; charset=utf-8"},
            page.encode("cp1251", "xmlcharrefreplace"),
        )
    return {"Content-Type": "text/html; charset=utf-8"}, page.encode("utf-8")


# --- listing and other pages ------------------------------------------------------------------


def render_listing(page: int) -> str:
    pages = listing_pages()
    items = pages[page - 1]
    rows = []
    for i, art in enumerate(items):
        href = art.path if page == 1 else ".." + art.path
        if i % 7 == 3:
            href += "?utm_source=novosti"
        rows.append(
            f'<li class="feed-row"><time class="feed-row__date" '
            f'datetime="{art.local.date().isoformat()}">{fmt_day(art, numeric=True)}</time>'
            f'<span class="feed-row__lang">{art.lang}</span>'
            f'<a class="feed-row__title" href="{href}">{esc(art.title)}</a></li>'
        )
    head_links, more = [], ""
    if page > 1:
        head_links.append(f'<link rel="prev" href="{listing_path(page - 1)}">')
    if page < len(pages):
        nxt = listing_path(page + 1)
        head_links.append(f'<link rel="next" href="{nxt}">')
        rel_next = nxt if page == 1 else f"page-{page + 1}.html"
        more = (
            f'<nav class="feed-more"><a class="feed-more__next" href="{rel_next}">'
            "Следующая страница →</a></nav>"
        )
    popular = "".join(
        f'<a href="{a.path}">{esc(a.title)}</a> '
        for a in sorted(build(), key=lambda a: -a.views)[:5]
    )
    newline = "\n"
    return f"""<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Новости — страница {page} — Центр информации</title>
{newline.join(head_links)}
</head>
<body>
<header><div class="rates">• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0</div>
<a href="/">Центр информации</a> <a href="/novosti">Новости</a></header>
<section class="feed"><h1>Новости</h1>
<ul class="feed-list">
{newline.join(rows)}
</ul>
{more}
</section>
<aside class="popular"><h2>Популярное</h2>{popular}</aside>
<footer>© 2011–2026 Центр информации</footer>
</body>
</html>
"""


HOME = """<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Центр информации</title></head><body><a href="/novosti">Все новости</a></body></html>
"""
NOT_FOUND = """<!doctype html><html><head><meta charset="utf-8"><title>404</title></head>
<body><h1>Страница не найдена</h1><a href="/novosti">Новости</a></body></html>
"""
ROBOTS = "User-agent: *\nAllow: /\n"

_ARTICLE_PATH = re.compile(r"^/news/[A-Za-z0-9-]+-u(\d+)/?$")
_PAGE_PATH = re.compile(r"^/novosti/page-(\d+)\.html$")


def respond(path: str, host: str) -> tuple[int, dict[str, str], bytes]:
    """Route one GET: (status, headers, body). The query string is ignored."""
    path = path.split("?", 1)[0].split("#", 1)[0]
    html_type = {"Content-Type": "text/html; charset=utf-8"}
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain; charset=utf-8"}, ROBOTS.encode()
    if path == "/":
        return 200, html_type, HOME.encode()
    if path in ("/novosti", "/novosti/"):
        return 200, html_type, render_listing(1).encode()
    m = _PAGE_PATH.match(path)
    if m:
        page = int(m.group(1))
        if page == 1:
            return 301, {"Location": "/novosti", **html_type}, b""
        if 2 <= page <= len(listing_pages()):
            return 200, html_type, render_listing(page).encode()
    m = _ARTICLE_PATH.match(path)
    if m and int(m.group(1)) in by_num():
        headers, body = render_article(by_num()[int(m.group(1))], host)
        return 200, headers, body
    return 404, html_type, NOT_FOUND.encode()
