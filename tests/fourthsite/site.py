"""A deterministic, hostile-but-plausible copy of ic24.kz: ~50 articles, three sloppy templates.

The copy imitates a real CMS whose templates were written by different people over the years:

* ``A`` ("portal", JSON-LD with UTC times): currency strip, a left sidebar with the latest-news
  block (``ru``/``en`` badges) and a breadcrumb before the article, ``<div>`` paragraphs, a
  loose currency ``<span>`` inside the text container, ``<figure>`` with a lazy image, the
  date/views/category/tags line split into icon ``<span>``/``<a>`` elements, ``Источник:`` as
  ``<p><b>Источник:</b> <a>…</a></p>``, share buttons, comments and a subscribe form.
* ``B`` ("legacy", no JSON-LD): the site logo in an ``<h1>`` above the headline ``<h1>``, a
  "popular" block with view counts and a news feed before the article, the photo and its
  credit inside the text container, a currency ``<span>`` inside the first paragraph, views
  with a no-break thousands separator, tags after the body; one old page in windows-1251 and
  one page whose date is filled by JavaScript (the listing carries it).
* ``C`` ("magazine", JSON-LD on some pages): no ``<html lang>``, the headline in an ``<h2>``
  after a feed whose title is also an ``<h2>``, Word-pasted ``<p style><span style>``
  paragraphs, English month names on English pages, rubric and tags in a footer, absolute
  links to ``https://ic24.kz``.

Every page says ``<html lang="ru">``-ish things or nothing at all; the language is only in the
text. Ground truth follows SPEC.md: paragraphs in clean normalised form, ``published_at`` in
Asia/Almaty (``zoneinfo``), ``T00:00:00`` when the page has no time of day.
"""

from __future__ import annotations

import html
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

from tests.copykit.scoring import SCORED_FIELDS
from tests.copykit.text import EN_MONTHS, RU_MONTHS, cut_at_word, en_slug, ru_slug
from tests.fourthsite import seeds

ALMATY = ZoneInfo("Asia/Almaty")
OUTLET = "https://ic24.kz"
PER_PAGE = 20
LISTING = "/novosti"
SITE_NAME = "Центр информации"

FIELDS = SCORED_FIELDS
_CYR_TO_LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x"}
_LAT_TO_CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "E": "Е"}


@dataclass
class Article:
    num: int
    lang: str
    title: str
    day: date
    template: str
    slug: str
    paragraphs: list[str]
    place: str | None
    source: str | None
    source_line: bool
    photo_credit: str | None
    category: str
    tags: list[str]
    views: int | None
    minute: time | None = None  # local time of day carried by JSON-LD
    jsonld: bool = False
    flags: set[str] = field(default_factory=set)

    @property
    def id(self) -> str:
        return f"u{self.num}"

    @property
    def path(self) -> str:
        return f"/news/{self.slug}-u{self.num}"

    @property
    def local(self) -> datetime:
        return datetime.combine(self.day, self.minute or time(0, 0), ALMATY)

    def truth(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "lang": self.lang,
            "title": self.title,
            "published_at": self.local.isoformat(),
            "dateline_place": self.place,
            "body": "\n\n".join(self.paragraphs),
            "source": self.source,
            "photo_credit": self.photo_credit,
            "category": self.category,
            "tags": list(self.tags),
            "views": self.views,
        }


# --------------------------------------------------------------------------- building


def _slug(title: str, lang: str) -> str:
    return en_slug(title) if lang == "en" else ru_slug(title)


def _interp_id(day: date) -> int:
    anchors = [
        (date(2020, 1, 1), 41210),
        (date(2021, 4, 16), 45694),
        (date(2021, 4, 19), 45713),
        (date(2021, 8, 2), 46768),
        (date(2023, 4, 20), 49120),
        (date(2026, 12, 31), 54350),
    ]
    for (d0, n0), (d1, n1) in zip(anchors, anchors[1:], strict=False):
        if d0 <= day <= d1:
            return n0 + round((n1 - n0) * (day - d0).days / (d1 - d0).days)
    raise ValueError(day)


def _place(lang: str, day: date, rng: random.Random) -> str:
    capital_ru, capital_en = (
        ("Нур-Султан", "Nur-Sultan") if day < date(2022, 9, 17) else ("Астана", "Astana")
    )
    if lang == "ru":
        return rng.choice(["Алматы", "Алматы", capital_ru, "Шымкент"])
    return rng.choice(["Almaty", "Almaty", capital_en])


def _story(lang: str, title: str, lead_source: str | None, rng: random.Random) -> list[str]:
    pool = list(seeds.RU_SENTENCES if lang == "ru" else seeds.EN_SENTENCES)
    rng.shuffle(pool)
    if lang == "ru":
        lead = title + (f", сообщает {lead_source}." if lead_source else ".")
    else:
        lead = title + (f", {lead_source} reports." if lead_source else ".")
    paragraphs = [lead]
    for _ in range(rng.randint(2, 4)):
        count = rng.randint(1, 3)
        paragraphs.append(" ".join(pool[:count]))
        del pool[:count]
    if lang == "ru" and rng.random() < 0.3:
        paragraphs.insert(2, rng.choice(seeds.SEED_RU_PARAGRAPHS[2:]))
    return paragraphs


def build_articles() -> list[Article]:
    rng = random.Random(20240301)
    fixed_days = {
        date(2021, 4, 16),
        date(2021, 4, 19),
        date(2021, 8, 2),
        date(2023, 4, 20),
        date(2025, 6, 10),
        date(2024, 2, 29),
        date(2024, 3, 1),
    }
    start, end = date(2020, 1, 8), date(2026, 11, 15)
    days: set[date] = set()
    while len(days) < 42:
        d = start + timedelta(days=rng.randrange((end - start).days))
        if d not in fixed_days and all(abs((d - f).days) > 2 for f in fixed_days):
            days.add(d)
    langs = ["ru"] * 28 + ["en"] * 16
    rng.shuffle(langs)
    ru_titles, en_titles = list(seeds.RU_TITLES), list(seeds.EN_TITLES)
    rng.shuffle(ru_titles)
    rng.shuffle(en_titles)
    # (day, lang, title, paragraphs or None, special key)
    plan: list[tuple[date, str, str, list[str] | None, str]] = []
    generic_days = sorted(days | {date(2024, 2, 29), date(2024, 3, 1)})
    for d, lang in zip(generic_days, langs, strict=True):
        title = ru_titles.pop() if lang == "ru" else en_titles.pop()
        plan.append((d, lang, title, None, ""))
    plan += [
        (date(2021, 4, 16), "ru", seeds.SEED_RU_TITLE, list(seeds.SEED_RU_PARAGRAPHS), "seed_ru"),
        (date(2021, 4, 19), "en", seeds.PAIR_EN_TITLE, list(seeds.PAIR_EN_PARAGRAPHS), "pair_en"),
        (date(2021, 8, 2), "en", seeds.SEED_EN_TITLE, list(seeds.SEED_EN_PARAGRAPHS), "seed_en"),
        (date(2023, 4, 20), "ru", seeds.SUBBOTNIK_TITLE, list(seeds.SUBBOTNIK_PARAGRAPHS), "subb"),
        (date(2025, 6, 10), "ru", seeds.PAIR2_RU_TITLE, list(seeds.PAIR2_RU_PARAGRAPHS), "p2ru"),
        (date(2025, 6, 10), "en", seeds.PAIR2_EN_TITLE, list(seeds.PAIR2_EN_PARAGRAPHS), "p2en"),
    ]
    plan.sort(key=lambda p: (p[0], p[4] == "p2en"))

    fixed_ids = {"seed_ru": 45694, "pair_en": 45713, "seed_en": 46768, "subb": 49120}
    articles: list[Article] = []
    prev = 0
    templates = ["A", "B", "C"]
    for index, (day, lang, title, paragraphs, key) in enumerate(plan):
        num = fixed_ids.get(key) or max(_interp_id(day) + rng.randint(-3, 3), prev + 1)
        if num <= prev:
            raise AssertionError(f"ids must increase with dates: {day} {num} <= {prev}")
        prev = num
        arng = random.Random(num)
        template = templates[index % 3]
        source_mode = arng.choice(["line", "line", "both", "lead", "none"])
        lead_source = (
            arng.choice(seeds.LEAD_SOURCES[lang]) if source_mode in ("both", "lead") else None
        )
        if paragraphs is None:
            paragraphs = _story(lang, title, lead_source, arng)
            source = lead_source
            if source_mode == "line":
                source = arng.choice(seeds.RU_SOURCES if lang == "ru" else seeds.EN_SOURCES)
        else:
            source_mode, source = (
                "line",
                {
                    "seed_ru": "КазТАГ",
                    "seed_en": "EU Reporter",
                    "pair_en": "Kazinform",
                    "subb": None,
                    "p2ru": "Kazinform",
                    "p2en": "Kazinform",
                }[key],
            )
            if key == "subb":
                source_mode = "none"
            if key == "pair_en":
                source_mode = "lead"
        photo = arng.choice(seeds.PHOTO_CREDITS) if arng.random() < 0.8 else None
        cats = seeds.RU_CATEGORIES if lang == "ru" else seeds.EN_CATEGORIES
        tags_pool = seeds.RU_TAGS if lang == "ru" else seeds.EN_TAGS
        art = Article(
            num=num,
            lang=lang,
            title=title,
            day=day,
            template=template,
            slug=_slug(title, lang),
            paragraphs=paragraphs,
            place=_place(lang, day, arng) if arng.random() < 0.92 else None,
            source=source,
            source_line=source_mode in ("line", "both"),
            photo_credit=photo,
            category=arng.choice(cats),
            tags=arng.sample(tags_pool, arng.randint(0, 4)),
            views=arng.randint(40, 4800),
        )
        if key == "seed_ru":
            art.template, art.slug, art.place, art.category = (
                "B",
                seeds.SEED_RU_SLUG,
                "Алматы",
                "Мир",
            )
            art.tags, art.photo_credit, art.views = ["МИД", "Япония", "диаспора"], "gov.kz", 1204
        elif key == "seed_en":
            art.template, art.slug, art.place, art.category = (
                "A",
                seeds.SEED_EN_SLUG,
                "Almaty",
                "World",
            )
            art.tags, art.photo_credit, art.views = ["Luxembourg", "diaspora"], "gov.kz", 312
            art.minute = time(10, 30)  # JSON-LD says 2021-08-02T04:30:00Z
            art.flags.add("seed_homoglyph")
        elif key == "pair_en":
            art.template, art.place, art.category = "C", "Almaty", "World"
        elif key == "subb":
            art.template, art.place, art.category = "A", "Алматы", "Социум"
            art.tags, art.photo_credit, art.views = ["Алматы", "аким", "субботник"], "pixabay", 683
        articles.append(art)

    _assign_hazards(articles)
    return articles


def _assign_hazards(articles: list[Article]) -> None:
    """Spread the page hazards over the articles (deterministically)."""
    for art in articles:
        rng = random.Random(art.num * 7 + 1)
        if art.template in ("A", "C") and art.minute is None:
            art.jsonld = art.template == "A" or rng.random() < 0.5
            if art.jsonld:
                art.minute = time(rng.randint(8, 20), rng.choice([0, 15, 30, 45]))
        art.jsonld = art.jsonld or art.template == "A"
        for flag, share in (
            ("nbsp", 0.4),
            ("zw", 0.25),
            ("homoglyph", 0.25),
            ("nfd", 0.2),
            ("entities", 0.4),
            ("empty", 0.5),
            ("inline_rate", 0.4),
            ("read_also", 0.3),
            ("comments", 0.6),
        ):
            if rng.random() < share:
                art.flags.add(flag)
        art.flags.add(rng.choice(["dl_plain", "dl_b", "dl_strong", "dl_nbsp"]))
    by_template = {
        t: [a for a in articles if a.template == t and a.num not in (45694, 46768)] for t in "ABC"
    }
    # A UTC time from the day before: JSON-LD 20:15Z is 02:15 in Almaty.
    by_template["A"][3].minute = time(2, 15)
    # After the switch to UTC+5.
    late_a = [a for a in by_template["A"] if a.day >= date(2024, 3, 1)]
    late_a[0].minute = time(0, 40)
    # The date is rendered by JavaScript; only the listing carries it.
    nodate = next(a for a in by_template["B"] if a.day.year == 2022)
    nodate.flags.add("nodate")
    # An old page in windows-1251 with a meta charset and no charset in the HTTP header.
    old = next(a for a in by_template["B"] if a.day.year == 2020 and a.lang == "ru")
    old.flags.add("cp1251")
    # En dash after the outlet's name in the dateline.
    for art in (by_template["A"][5], by_template["C"][2]):
        art.flags.add("dl_endash")
    # The newest stories have no view counter yet; one magazine page hides it.
    for art in articles[-2:] + [by_template["C"][4]]:
        art.views = None
    # Title hazards: a no-break space, a Latin letter inside a Cyrillic word, trailing spaces.
    ru_titled = [a for a in articles if a.lang == "ru" and a.num not in (45694, 49120)]
    ru_titled[1].flags.add("title_nbsp")
    ru_titled[4].flags.add("title_homoglyph")
    ru_titled[7].flags.add("title_spaces")


ARTICLES = build_articles()
BY_PATH = {a.path: a for a in ARTICLES}
NEWEST_FIRST = sorted(ARTICLES, key=lambda a: (a.local, a.num), reverse=True)


def truth() -> dict[str, dict[str, Any]]:
    return {a.id: a.truth() for a in ARTICLES}


# --------------------------------------------------------------------------- text hazards


def _cyr_word(word: str) -> bool:
    return len(word) >= 5 and all("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in word)


def _lat_word(word: str) -> bool:
    return len(word) >= 5 and word.isascii() and word.isalpha()


def _homoglyph(text: str, lang: str) -> str:
    words = text.split(" ")
    for i, word in enumerate(words):
        table = _CYR_TO_LAT if lang == "ru" else _LAT_TO_CYR
        if (_cyr_word(word) if lang == "ru" else _lat_word(word)) and i > 0:
            for j, ch in enumerate(word):
                if ch in table and j > 0:
                    words[i] = word[:j] + table[ch] + word[j + 1 :]
                    return " ".join(words)
    return text


def _nbsp(text: str) -> str:
    # Typographic no-break spaces after short words, as an editor's typograph would put them.
    return re.sub(r"(?<=\s)(\w{1,2}) ", "\\1\u00a0", text, count=3)


def _zw(text: str) -> str:
    match = re.search(r"\w{8,}", text)
    if not match:
        return text
    cut = match.start() + 4
    return text[:cut] + "\u200b" + text[cut:]


def _raw_paragraph(art: Article, index: int, text: str) -> str:
    """The paragraph as the CMS stored it: clean text plus this article's hazards."""
    if "seed_homoglyph" in art.flags:
        text = text.replace("Embassies", "\u0415mbassies")
    if index == 1 and "homoglyph" in art.flags:
        text = _homoglyph(text, art.lang)
    if index in (0, 2) and "nbsp" in art.flags:
        text = _nbsp(text)
    if index == 1 and "zw" in art.flags:
        text = _zw(text)
    if "nfd" in art.flags:
        text = unicodedata.normalize("NFD", text)
    return text


def _raw_title(art: Article) -> str:
    title = art.title
    if "title_nbsp" in art.flags:
        title = title.replace(" ", "\u00a0", 1)
    if "title_homoglyph" in art.flags:
        title = _homoglyph(title, "ru")
    if "title_spaces" in art.flags:
        title = f" {title}  "
    return title


def _esc(text: str, entities: bool = False) -> str:
    out = html.escape(text, quote=False)
    if entities:
        for ch, ent in (
            ("«", "&laquo;"),
            ("»", "&raquo;"),
            ("—", "&mdash;"),
            ("\u00a0", "&nbsp;"),
            ('"', "&quot;"),
        ):
            out = out.replace(ch, ent)
    return out


def _inline(text: str, rng: random.Random, entities: bool, link: str) -> str:
    """Render paragraph text with an inline link and/or a nested span around some words."""
    words = text.split(" ")
    if len(words) < 6 or rng.random() < 0.4:
        return _esc(text, entities)
    i = rng.randint(1, len(words) - 4)
    j = i + rng.randint(1, 3)
    tag_open, tag_close = rng.choice(
        [
            (f'<a href="{link}">', "</a>"),
            ('<span style="font-weight: 400;">', "</span>"),
            ("<em>", "</em>"),
            ('<a href="https://ic24.kz/novosti" target="_blank">', "</a>"),
        ]
    )
    return (
        _esc(" ".join(words[:i]), entities)
        + " "
        + tag_open
        + _esc(" ".join(words[i:j]), entities)
        + tag_close
        + " "
        + _esc(" ".join(words[j:]), entities)
    )


def _day_text(art: Article) -> str:
    if art.lang == "ru":
        return f"{art.day.day} {RU_MONTHS[art.day.month - 1]}"
    return f"{EN_MONTHS[art.day.month - 1]} {art.day.day}"


def _first_paragraph(art: Article, body_html: str) -> str:
    """Prefix the dateline (with its markup quirks) to the first paragraph's HTML."""
    if art.place is None:
        return body_html
    outlet = "Центр информации" if art.lang == "ru" else "Information Center"
    head = _esc(f"{art.place}. {_day_text(art)}. {outlet}")
    dash = "–" if "dl_endash" in art.flags else "-"
    if "dl_b" in art.flags:
        return f"<b>{head}</b> {dash} {body_html}"
    if "dl_strong" in art.flags:
        return f"<strong>{head} {dash} </strong>{body_html}"
    if "dl_nbsp" in art.flags:
        return f"{head.replace('. ', '.&nbsp;', 1)} {dash}&nbsp;{body_html}"
    return f"{head} {dash} {body_html}"


def _ru_date(d: date) -> str:
    return f"{d.day:02d} {RU_MONTHS[d.month - 1].capitalize()} {d.year}"


def _en_date(d: date, style: str) -> str:
    if style == "C":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def _truncate(title: str, limit: int = 60) -> str:
    return cut_at_word(title, limit)


def _href(art: Article, mode: str) -> str:
    if mode == "abs":
        return OUTLET + art.path
    if mode == "www":
        return "https://www.ic24.kz" + art.path
    return art.path


# --------------------------------------------------------------------------- page furniture

CURRENCY = (
    '<div class="currency"><ul>'
    + "".join(
        f'<li><i class="icon-dot">•</i> {pair} <b class="js-rate">0.0</b></li>'
        for pair in ("USD/KZT", "EUR/KZT", "RUB/KZT", "CNY/KZT")
    )
    + "</ul></div>"
)
NAV = (
    '<nav class="menu"><a href="/">Главная</a> <a href="/novosti">Новости</a> '
    '<a href="/category/obshchestvo">Общество</a> <a href="/category/ekonomika">Экономика</a> '
    '<a href="/category/world">World</a> <a href="/contacts">Контакты</a></nav>'
)
SUBSCRIBE = (
    '<div class="subscribe"><div class="subscribe__title">Подпишитесь на рассылку новостей</div>'
    '<form action="/subscribe" method="post"><div>Самые важные новости дня — на вашу почту</div>'
    '<input type="email" name="email" placeholder="E-mail"><button>Подписаться</button>'
    "</form></div>"
)
FOOTER = (
    "<footer><div>© 2014–2026 Центр информации. Все права защищены.</div>"
    "<div>При использовании материалов ссылка на ic24.kz обязательна.</div></footer>"
)


def _comments(art: Article) -> str:
    if "comments" not in art.flags:
        return (
            '<section class="comments"><div class="comments__title">Комментарии (0)</div>'
            "<div>Комментариев пока нет. Будьте первым!</div></section>"
        )
    items = "".join(
        f'<div class="comment"><div class="comment__author">{who}</div>'
        f'<div class="comment__date">{_ru_date(art.day + timedelta(days=1))}</div>'
        f"<div>{what}</div></div>"
        for who, what in seeds.COMMENTS[:2]
    )
    return (
        f'<section class="comments"><div class="comments__title">Комментарии (2)</div>{items}'
        '<form class="comment-form"><textarea name="text"></textarea>'
        "<button>Отправить</button></form></section>"
    )


def _latest(mode: str) -> str:
    rows = []
    for k, other in enumerate(NEWEST_FIRST[:12]):
        href_mode = "abs" if mode == "C" or (mode == "B" and k % 2) else "rel"
        badge = f'<span class="lang-badge">{other.lang}</span>'
        link = f'<a href="{_href(other, href_mode)}">{_esc(_truncate(other.title))}</a>'
        if mode == "C":
            rows.append(f'<article class="feed__item">{badge} {link}</article>')
        elif mode == "B":
            rows.append(
                f'<div class="lenta-item">{badge}{link}'
                f'<span class="time">{_ru_date(other.day)}</span></div>'
            )
        else:
            rows.append(f'<div class="latest-item">{badge} {link}</div>')
    if mode == "C":
        return (
            '<section class="feed"><h2 class="feed__title">Новости</h2>'
            + "".join(rows)
            + "</section>"
        )
    if mode == "B":
        return '<div class="lenta"><h3>Лента новостей</h3>' + "".join(rows) + "</div>"
    return (
        '<div class="block-latest"><div class="block-title">Последние новости</div>'
        + "".join(rows)
        + "</div>"
    )


def _popular() -> str:
    picks = sorted(ARTICLES, key=lambda a: -(a.views or 0))[:5]
    rows = "".join(
        f'<li><a href="{a.path}">{_esc(a.title)}</a> <span class="v">{a.views}</span></li>'
        for a in picks
    )
    return f'<div class="popular"><h3>Популярное</h3><ul>{rows}</ul></div>'


def _read_also(art: Article) -> str:
    older = [a for a in ARTICLES if a.lang == art.lang and a.num < art.num]
    if "read_also" not in art.flags or not older:
        return ""
    other = older[-1]
    label = "Читайте также:" if art.lang == "ru" else "Read also:"
    return f'<div><b>{label}</b> <a href="{other.path}">{_esc(other.title)}</a></div>'


def _source_line(art: Article, template: str) -> str:
    if not art.source_line or art.source is None:
        return ""
    src = _esc(art.source)
    if template == "B":
        return f"<div><strong>Источник:</strong>&nbsp;{src}</div>"
    return f'<p><b>Источник:</b> <a href="#" rel="nofollow">{src}</a></p>'


def _jsonld(art: Article, raw_title: str) -> str:
    if not art.jsonld:
        return ""
    utc = art.local.astimezone(UTC)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": raw_title.strip(),
        "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "dateModified": (utc + timedelta(days=1, hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "inLanguage": "ru-RU",
        "mainEntityOfPage": OUTLET + art.path,
        "image": [f"{OUTLET}/uploads/{art.day.year}/{art.num}.jpg"],
        "author": {"@type": "Organization", "name": SITE_NAME},
        "publisher": {"@type": "Organization", "name": SITE_NAME},
    }
    if art.num % 2:
        data["articleSection"] = art.category
    return (
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        + "</script>"
    )


def _head(art: Article, raw_title: str, lang_attr: str, charset: str = "utf-8") -> str:
    esc_title = html.escape(raw_title)
    meta_charset = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        if charset != "utf-8"
        else '<meta charset="utf-8">'
    )
    return (
        f"<!DOCTYPE html><html{lang_attr}><head>{meta_charset}"
        f"<title>{esc_title} - {SITE_NAME}</title>"
        f'<meta name="description" content="{html.escape(art.paragraphs[0][:150])}">'
        f'<meta property="og:title" content="{esc_title} | {SITE_NAME}">'
        f'<meta property="og:site_name" content="{SITE_NAME}">'
        '<meta property="og:locale" content="ru_RU">'
        '<meta property="og:type" content="article">'
        f'<meta property="og:image" content="{OUTLET}/uploads/{art.day.year}/{art.num}.jpg">'
        f'<link rel="canonical" href="{OUTLET}{art.path}">'
        '<link rel="stylesheet" href="/static/css/main.css">'
        f"{_jsonld(art, raw_title)}</head>"
    )


def _figure(art: Article, caption_sep: str = "") -> str:
    img = (
        f'<img loading="lazy" src="/static/img/blank.gif" '
        f'data-src="/uploads/{art.day.year}/{art.day.month:02d}/{art.num}.jpg" alt="">'
    )
    caption = (
        f"<figcaption>Фото:{caption_sep}{_esc(art.photo_credit)}</figcaption>"
        if art.photo_credit
        else ""
    )
    return f'<figure class="news-photo">{img}{caption}</figure>'


def _paragraph_html(art: Article, rng: random.Random) -> list[str]:
    """Inner HTML of every body paragraph, the dateline in front of the first one."""
    ents = "entities" in art.flags
    link = ARTICLES[0].path
    out = []
    for index, text in enumerate(art.paragraphs):
        inner = _inline(_raw_paragraph(art, index, text), rng, ents, link)
        if index == 0:
            inner = _first_paragraph(art, inner)
        out.append(inner)
    return out


# --------------------------------------------------------------------------- templates


def _template_a(art: Article) -> str:
    rng = random.Random(art.num)
    raw_title = _raw_title(art)
    paras = _paragraph_html(art, rng)
    blocks = [f"<div>{p}</div>" for p in paras]
    if "inline_rate" in art.flags:
        blocks.insert(1, '<span class="kurs-inline">USD/KZT 0.0</span>')
    if "empty" in art.flags:
        blocks.insert(len(blocks) - 1, "<div>&nbsp;</div>")
        blocks.append("<div><br></div>")
    blocks.append(_read_also(art))
    blocks.append(_source_line(art, "A"))
    tags = ", ".join(f'<a href="/tag/{k}">{_esc(t)}</a>' for k, t in enumerate(art.tags))
    meta = (
        f'<span class="date"><i class="icon-calendar"></i> {_ru_date(art.day)}</span>'
        + (
            f'<span class="views"><i class="icon-eye"></i> {art.views}</span>'
            if art.views is not None
            else ""
        )
        + f'<a class="cat" href="/category/{art.num % 7}">{_esc(art.category)}</a>'
        + (f'<span class="tags"><i class="icon-tag"></i> {tags}</span>' if art.tags else "")
    )
    return (
        _head(art, raw_title, ' lang="ru"')
        + f'<body><header>{CURRENCY}<a class="logo" href="/">{SITE_NAME}</a>{NAV}</header>'
        + '<div class="container"><aside class="sidebar-left">'
        + _latest("A")
        + '<div class="banner"><a href="/reklama">Реклама на сайте</a></div></aside><main>'
        + '<ul class="breadcrumbs"><li><a href="/">Главная</a></li>'
        + '<li><a href="/novosti">Новости</a></li>'
        + f'<li><a href="/category/{art.num % 7}">{_esc(art.category)}</a></li></ul>'
        + '<article class="news-full">'
        + f'<h1 class="news-full__title">{_esc(raw_title)}</h1>'
        + _figure(art)
        + f'<div class="news-full__meta">{meta}</div>'
        + '<div class="news-full__text">'
        + "".join(blocks)
        + "</div>"
        + '<div class="share">Поделиться: <a href="#">Facebook</a> <a href="#">Telegram</a> '
        + '<a href="#">WhatsApp</a></div></article>'
        + _comments(art)
        + SUBSCRIBE
        + "</main></div>"
        + FOOTER
        + "</body></html>"
    )


def _template_b(art: Article) -> str:
    rng = random.Random(art.num)
    raw_title = _raw_title(art)
    paras = _paragraph_html(art, rng)
    if "inline_rate" in art.flags:
        paras[0] = '<span class="rate">USD/KZT 0.0</span> ' + paras[0]
    blocks = []
    for k, p in enumerate(paras):
        if k % 2:
            blocks.append(f'<div><span style="font-size: 14px;">{p}</span></div>')
        else:
            blocks.append(f"<p>{p}</p>")
    if art.photo_credit or art.num % 2:
        credit = (
            f'<div class="img-caption">Фото: {_esc(art.photo_credit)}</div>'
            if art.photo_credit
            else ""
        )
        blocks.insert(
            0,
            f'<div class="img-wrap"><img loading="lazy" data-src="/uploads/{art.num}.jpg" alt="">'
            f"{credit}</div>",
        )
    if "empty" in art.flags or art.num == 45694:
        blocks.append("<p>\u00a0</p>")
    blocks.append(_read_also(art))
    blocks.append(_source_line(art, "B"))
    if art.views is None:
        views = ""
    else:
        shown = f"{art.views:,}".replace(",", "\u00a0")
        views = f'<span class="p-views"><img src="/img/eye.png" alt=""> {shown}</span>'
    if "nodate" in art.flags:
        date_html = '<span class="p-date js-date" data-format="d F Y"></span>'
    else:
        shown_date = _ru_date(art.day) if art.lang == "ru" else _en_date(art.day, "B")
        date_html = f'<span class="p-date"><img src="/img/cal.png" alt=""> {shown_date}</span>'
    tags = " ".join(f'<a class="tag" href="/tag/{k}">{_esc(t)}</a>' for k, t in enumerate(art.tags))
    charset = "windows-1251" if "cp1251" in art.flags else "utf-8"
    return (
        _head(art, raw_title, ' lang="ru-RU"', charset)
        + '<body class="page-news"><div id="wrapper"><div class="top-line">'
        + f'<h1 class="logo"><a href="/">{SITE_NAME}</a></h1>{CURRENCY}{NAV}</div>'
        + '<div id="left-col">'
        + _popular()
        + _latest("B")
        + "</div>"
        + '<div id="content"><div class="crumbs"><a href="/">Главная</a> » '
        + f'<a href="/novosti">Новости</a> » <a href="/category/{art.num % 7}">'
        + f"{_esc(art.category)}</a></div>"
        + f'<div class="post"><h1 class="post-title">{_esc(raw_title)}</h1>'
        + f'<div class="post-info">{date_html} {views} <span class="p-cat">'
        + f'<img src="/img/folder.png" alt=""><a href="/category/{art.num % 7}">'
        + f"{_esc(art.category)}</a></span></div>"
        + '<div class="post-body">'
        + "".join(blocks)
        + "</div>"
        + (f'<div class="post-tags">Теги: {tags}</div>' if art.tags else "")
        + '<div class="share-line">Поделиться в соцсетях: <a href="#">VK</a> <a href="#">FB</a>'
        + "</div></div>"
        + _comments(art)
        + SUBSCRIBE
        + "</div></div>"
        + FOOTER
        + "</body></html>"
    )


def _template_c(art: Article) -> str:
    rng = random.Random(art.num)
    raw_title = _raw_title(art)
    paras = _paragraph_html(art, rng)
    blocks = [
        f'<p style="text-align: justify;"><span style="font-size: 12pt;">{p}</span></p>'
        for p in paras
    ]
    if "inline_rate" in art.flags:
        blocks[-1] = blocks[-1].replace(
            "</span></p>", '</span> <span class="kurs">USD/KZT 0.0</span></p>'
        )
    if "empty" in art.flags:
        blocks.insert(1, '<p style="text-align: justify;"><span>\u200b</span></p>')
    blocks.append(_read_also(art))
    shown_date = _ru_date(art.day) if art.lang == "ru" else _en_date(art.day, "C")
    views = (
        '<span class="entry__views"><svg class="i-eye" width="16" height="16"></svg>'
        f"{art.views}</span>"
        if art.views is not None
        else ""
    )
    tags = ", ".join(f'<a href="{OUTLET}/tag/{k}">{_esc(t)}</a>' for k, t in enumerate(art.tags))
    return (
        _head(art, raw_title, "")
        + f'<body><div class="topbar">{CURRENCY}</div>'
        + f'<header class="site-header"><a class="site-header__logo" href="{OUTLET}/">'
        + f"{SITE_NAME}</a>{NAV}</header>"
        + '<div class="layout"><div class="layout__aside">'
        + _latest("C")
        + "</div>"
        + '<div class="layout__main"><nav class="breadcrumb"><span><a href="/">Главная</a>'
        + '</span> / <span><a href="/novosti">Новости</a></span> / '
        + f"<span>{_esc(art.category)}</span></nav>"
        + '<div class="entry"><div class="entry__head">'
        + f'<h2 class="entry__title">{_esc(raw_title)}</h2>'
        + f'<div class="entry__meta"><time class="entry__date">{shown_date}</time>{views}</div>'
        + "</div>"
        + (_figure(art) if art.photo_credit or art.num % 3 else "")
        + '<div class="entry__content">'
        + "".join(blocks)
        + _source_line(art, "C")
        + "</div>"
        + '<div class="entry__footer"><span class="entry__rubric">Рубрика: '
        + f'<a href="/category/{art.num % 7}">{_esc(art.category)}</a></span>'
        + (f' <span class="entry__tags">Теги: {tags}</span>' if art.tags else "")
        + "</div></div>"
        + '<div id="comments">'
        + _comments(art)
        + "</div>"
        + SUBSCRIBE
        + "</div></div>"
        + FOOTER
        + "</body></html>"
    )


def article_page(art: Article) -> tuple[bytes, str]:
    page = {"A": _template_a, "B": _template_b, "C": _template_c}[art.template](art)
    if "cp1251" in art.flags:
        return page.encode("cp1251", errors="xmlcharrefreplace"), "text/html"
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --------------------------------------------------------------------------- listing


def _card(art: Article, position: int) -> str:
    mode = "www" if position == 7 else ("abs" if position % 5 == 2 else "rel")
    href = _href(art, mode)
    return (
        f'<div class="card"><a class="card__img" href="{href}">'
        f'<img loading="lazy" data-src="/uploads/{art.num}_thumb.jpg" alt=""></a>'
        f'<div class="card__body"><div class="card__date">{_ru_date(art.day)}</div>'
        f'<a class="card__title" href="{href}">{_esc(art.title)}</a></div></div>'
    )


def listing_page(offset: int) -> bytes:
    items = NEWEST_FIRST[offset : offset + PER_PAGE]
    cards = "".join(_card(a, offset + k) for k, a in enumerate(items))
    more = ""
    if offset + PER_PAGE < len(NEWEST_FIRST):
        more = (
            f'<div class="more"><a class="btn-more" href="{LISTING}?offset={offset + PER_PAGE}" '
            f'data-offset="{offset + PER_PAGE}">Загрузить ещё</a></div>'
        )
    page = (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        f"<title>Новости - {SITE_NAME}</title></head><body>"
        f'<header>{CURRENCY}<a class="logo" href="/">{SITE_NAME}</a>{NAV}</header>'
        f'<div class="container"><aside>{_popular()}</aside><main><h1>Новости</h1>'
        f'<div class="news-list">{cards}</div>{more}</main></div>{FOOTER}</body></html>'
    )
    return page.encode("utf-8")


def home_page() -> bytes:
    cards = "".join(_card(a, k) for k, a in enumerate(NEWEST_FIRST[:6]))
    page = (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        f"<title>{SITE_NAME} - новости Казахстана</title></head><body>"
        f'<header>{CURRENCY}<a class="logo" href="/">{SITE_NAME}</a>{NAV}</header>'
        f'<main><div class="news-list">{cards}</div>'
        f'<a href="{LISTING}">Все новости</a></main>{FOOTER}</body></html>'
    )
    return page.encode("utf-8")


def render(path: str, query: str) -> tuple[int, bytes, str]:
    """Serve one request of the copy: (status, body, content type)."""
    if path == "/robots.txt":
        return 200, b"User-agent: *\nAllow: /\n", "text/plain; charset=utf-8"
    if path == "/":
        return 200, home_page(), "text/html; charset=utf-8"
    if path == LISTING:
        params = parse_qs(query)
        try:
            offset = int(params.get("offset", ["0"])[0])
        except ValueError:
            offset = -1
        if offset % PER_PAGE == 0 and 0 <= offset < len(NEWEST_FIRST):
            return 200, listing_page(offset), "text/html; charset=utf-8"
    art = BY_PATH.get(path)
    if art is not None:
        body, ctype = article_page(art)
        return 200, body, ctype
    return (
        404,
        "<html><body><h1>404</h1>Страница не найдена</body></html>".encode(),
        "text/html; charset=utf-8",
    )
