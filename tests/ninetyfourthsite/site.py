"""The ninety-fourth copy's posts, truth and router: ic24.kz as a Substack publication.

Forty-three posts (the four known stories plus generated ones) at ``/p/<slug>``. Posts dated
before ``MIGRATED`` came over from the old site (``imported``): they carry the old page's info
line as their first paragraph and are signed by the publication's own account; the rest were
written on Substack by the staff. About a third of the generated posts carry one ``look`` of
their own (``LOOKS``), cycled so that every look occurs.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import parse_qs, quote, urlsplit

from tests.copykit import routes, stories
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.copykit.text import en_slug, ru_slug

PER_PAGE = 12  # the archive page and each /api/v1/archive answer
LISTING = "/archive?sort=new"
MIGRATED = date(2024, 9, 1)  # posts before this day were imported from the old site
POST_ID_BASE = 61_000_000  # Substack's own post ids (no relation to the outlet's u<N>)
CDN = "https://substackcdn.com/image/fetch"
S3 = "https://substack-post-media.s3.amazonaws.com/public/images"
# Each look a generated post may carry (about one post in three carries one).
LOOKS = (
    "paywall",           # "This post is for paid subscribers" after the first two paragraphs
    "no_subtitle",       # no h3.subtitle
    "footnotes",         # footnote anchors in the text, div.footnote notes after it
    "tweet",             # an embedded tweet (its text, author and date) after the lead
    "youtube",           # an embedded YouTube video after the lead
    "pullquote",         # a pull quote repeating a sentence of the text
    "button_mid",        # a "Поделиться" button and a subscribe widget in mid-text
    "ru_locale",         # the interface in Russian: "19 апр. 2023 г.", <html lang="ru">
    "small_hours",       # published before 06:00 Almaty time: the UTC day is the day before
    "two_photos",        # a second captioned photo in the text
    "subhead",           # an h3 intertitle (with Substack's anchor widget) before the last part
    "widget_paragraph",  # imported: the old page's currency widget line as a first paragraph
    "credit_paragraph",  # imported: "Фото:X" as a paragraph under the photo, no caption
)
IMPORT_LOOKS = ("widget_paragraph", "credit_paragraph")
STAFF = {
    "ru": [("Айгерим Сарсенова", "aigerimsarsenova"), ("Данияр Оспанов", "daniyarospanov"),
           ("Мадина Жумабаева", "madinazhumabayeva")],
    "en": [("Daniyar Ospanov", "daniyarospanov"), ("Aigerim Sarsenova", "aigerimsarsenova")],
    "kk": [("Әсем Нұрланқызы", "asemnurlankyzy")],
}
HOUSE = ("Центр информации", "ic24kz")  # the account the archive was imported under
HEADINGS = {"ru": "Что известно", "en": "What is known", "kk": "Не белгілі"}
NOTES = {
    "ru": ["По данным акимата города на начало года.",
           "Сумма указана с учётом корректировки бюджета."],
    "en": ["According to the city administration at the start of the year.",
           "The amount includes the budget adjustment."],
    "kk": ["Қала әкімдігінің жыл басындағы деректері бойынша.",
           "Сома бюджет түзетуін ескере отырып көрсетілген."],
}


@dataclass
class Article(CopyArticle):
    look: str = "plain"
    subtitle: str | None = None  # h3.subtitle: the lead without its dateline
    authors: tuple[tuple[str, str], ...] = ()  # (name, handle) of the byline
    heading_at: int | None = None  # paragraphs[heading_at] is an h3 intertitle
    notes: list[str] = field(default_factory=list)  # footnotes: body after the text
    locked: list[str] = field(default_factory=list)  # paid paragraphs the page does not serve
    likes: int = 0
    comments: int = 0
    restacks: int = 0
    modified: datetime | None = None  # dateModified (UTC), never before publication

    @property
    def slug(self) -> str:
        return ru_slug(self.title) if self.lang != "en" else en_slug(self.title).lower()

    @property
    def path(self) -> str:
        return f"/p/{self.slug}"

    @property
    def legacy_path(self) -> str:
        """The story's address on the old site (answered by a redirect to ``path``)."""
        old = en_slug(self.title) if self.lang == "en" else ru_slug(self.title)
        return f"/news/{old}-{self.id}"

    @property
    def imported(self) -> bool:
        return self.day < MIGRATED

    @property
    def utc(self) -> datetime:
        return self.local.astimezone(UTC)

    @property
    def post_id(self) -> int:
        return POST_ID_BASE + self.num * 1013 % 9_000_000

    @property
    def paywalled(self) -> bool:
        return bool(self.locked)

    def originals(self) -> list[str]:
        """The photos' originals on S3 (one per captioned image, in page order)."""
        out = []
        for k in range(self.images):
            uuid = hashlib.sha1(f"{self.id}-{k}".encode()).hexdigest()  # noqa: S324 - a name
            name = f"{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-{uuid[16:20]}-{uuid[20:32]}"
            out.append(f"{S3}/{name}_1600x1067.jpeg")
        return out

    def image_paths(self) -> list[str]:
        """Each photo at its largest copy: the full-size CDN address the image links to."""
        return [full_size(o) for o in self.originals()]

    def body_paragraphs(self) -> list[str]:
        return [*self.paragraphs, *self.notes]

    def truth(self, base: str) -> dict[str, object]:
        rec = super().truth(base)
        rec["body"] = "\n\n".join(self.body_paragraphs())
        rec["image_urls"] = self.image_paths()
        rec["published_date_precision"] = "minute"  # every page carries the moment
        return rec


def cdn(original: str, options: str) -> str:
    """The Substack CDN's copy of ``original`` made with ``options`` (its URL percent-encoded
    inside)."""
    return f"{CDN}/{options}/{quote(original, safe='')}"


def full_size(original: str) -> str:
    return cdn(original, "f_auto,q_auto:good,fl_progressive:steep")


def _staff(lang: str, rng: random.Random, two: bool) -> tuple[tuple[str, str], ...]:
    pool = STAFF["ru"] if two else STAFF[lang]
    return tuple(rng.sample(pool, 2)) if two else (rng.choice(pool),)


def _counts(art: Article, rng: random.Random) -> None:
    art.likes, art.comments, art.restacks = (rng.randint(0, 140), rng.choice([0, 0, 1, 2, 5]),
                                             rng.randint(0, 6))
    later = rng.random() < 0.4
    art.modified = art.utc + (timedelta(hours=rng.randint(1, 30)) if later else timedelta())


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    look = LOOKS[(i // 3) % len(LOOKS)] if i % 3 == 0 else "plain"
    places = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}[lang]
    place = rng.choice(places) if rng.random() < 0.7 else None
    imported = day < MIGRATED
    if look == "small_hours":
        clock: time | None = time(rng.randint(0, 5), rng.choice([5, 20, 40, 55]))
    elif imported and rng.random() < 0.35:
        clock = None  # the old site kept the day only: the import set Almaty midnight
    else:
        clock = time(rng.randint(8, 21), rng.choice([0, 7, 15, 30, 42, 50]))
    art = Article(0, lang, day, title, "substack", paragraphs, clock=clock, place=place,
                  look=look)
    attribute(art, lead_source, rng, named=i % 3 != 2)
    art.images = 1 if rng.random() < 0.75 or look == "credit_paragraph" else 0
    if look == "two_photos":
        art.images = 2
    if art.images and (rng.random() < 0.8 or look == "credit_paragraph"):
        art.photo_credit = rng.choice(stories.PHOTO_CREDITS)
    art.category = rng.choice(stories.RUBRICS[lang]) if rng.random() < 0.85 else None
    art.tags = stories.some_tags(lang, rng)
    roll = rng.random()
    if imported:
        art.views = None if roll < 0.1 else 0 if roll < 0.15 else rng.randint(12, 9800)
    art.authors = (HOUSE,) if imported and i % 7 != 5 else _staff(lang, rng, i % 7 == 5)
    art.subtitle = None if look == "no_subtitle" else art.paragraphs[0]
    if look == "footnotes":
        art.notes = NOTES[lang][: min(2, len(art.paragraphs) - 1)]
    if look == "subhead":
        art.heading_at = len(art.paragraphs) - 1
        art.paragraphs.insert(art.heading_at, HEADINGS[lang])
    if look == "paywall":
        art.paragraphs, art.locked = art.paragraphs[:2], art.paragraphs[2:]
        if art.source_line:  # the source line is behind the paywall
            art.source, art.source_line = None, False
    _counts(art, rng)
    return art


def _fixed() -> list[Article]:
    arts = known_four(Article, "substack")
    rng = random.Random(9401)
    for art in arts:
        art.authors = (HOUSE,)
        art.subtitle = art.paragraphs[0]
        _counts(art, rng)
    return arts


CATALOGUE = standard_catalogue(9494, _fixed, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items
TWINS = {45694: 45713, 45713: 45694}  # one story in two languages: buttons link them


def by_slug() -> dict[str, Article]:
    return {a.slug: a for a in build()}  # type: ignore[attr-defined]


def sections() -> dict[str, str]:
    """Section slug -> name: the rubrics, as Substack sections."""
    return {section_slug(a.category): a.category for a in build() if a.category}


def section_slug(name: str) -> str:
    return ru_slug(name) if re.search("[а-яәғқңөұүһі]", name.lower()) else name.lower()


def tag_slug(name: str) -> str:
    return section_slug(name)


def years() -> list[int]:
    """The years (UTC) of the yearly sitemaps, newest first."""
    return sorted({a.utc.year for a in build()}, reverse=True)  # type: ignore[attr-defined]


ROBOTS = """User-agent: *
Disallow: /action/
Disallow: /publish
Disallow: /sign-in
Disallow: /channel-frame
Disallow: /session-attribution-frame
Disallow: /subscribe?
Disallow: /embed
Disallow: /lovestack
Disallow: /inbox

Sitemap: {base}/sitemap.xml
"""

_LEGACY = re.compile(r"^/news/(?:[A-Za-z0-9-]+-)?u(\d+)/?$")
_POST = re.compile(r"^/p/([a-z0-9-]+)(/comments)?/?$")
_YEAR = re.compile(r"^/sitemap/(\d{4})$")


def api_offset(query: str) -> tuple[int, int] | None:
    """(offset, limit) an ``/api/v1/archive`` query asks for, None when they are no numbers."""
    q = parse_qs(query)
    raw_offset, raw_limit = q.get("offset", ["0"])[0], q.get("limit", ["12"])[0]
    if not raw_offset.isdigit() or not raw_limit.isdigit():
        return None
    return int(raw_offset), min(int(raw_limit), 50)


def route(target: str, host: str) -> Response:
    from tests.ninetyfourthsite import templates

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    query = parse_qs(parts.query)
    if path == "/robots.txt":
        return routes.robots(ROBOTS.format(base=base).encode())
    if path == "/":
        return templates.home(base)
    if path == "/archive":
        return templates.archive(query.get("sort", ["new"])[0], base)
    if path == "/api/v1/archive":
        window = api_offset(parts.query)
        if window is None:
            return 400, {"Content-Type": "application/json"}, b'{"error":"Bad request"}'
        return templates.api_archive(query.get("sort", ["new"])[0], *window, base)
    if path == "/sitemap.xml":
        return templates.sitemap_index(base)
    if (m := _YEAR.match(path)) and int(m.group(1)) in years():
        return templates.sitemap_year(int(m.group(1)), base)
    if path == "/feed":
        return templates.feed(base)
    if path in ("/novosti", "/novosti/"):  # the old site's listing, moved with the archive
        return routes.moved(base + LISTING)
    if m := _LEGACY.match(path):
        old = by_num().get(int(m.group(1)))
        if old is not None:
            return routes.moved(base + old.path)
    if m := _POST.match(path):
        post = by_slug().get(m.group(1))
        if post is not None:
            return templates.comments(post, base) if m.group(2) else templates.article(post,
                                                                                       base)
    if path.startswith("/s/") and path[3:].strip("/") in sections():
        return templates.section(path[3:].strip("/"), base)
    if path.startswith("/t/") and path[3:].strip("/") in tags():
        return templates.tag(path[3:].strip("/"), base)
    if path == "/about":
        return templates.about(base)
    if path == "/subscribe":
        return templates.subscribe(base)
    return routes.not_found(templates.not_found())


def tags() -> dict[str, str]:
    """Tag slug -> name of every tag a post carries."""
    return {tag_slug(t): t for a in build() for t in a.tags}


def dumps(value: object) -> str:
    """JSON as Substack inlines it (no ASCII escaping, ``</`` kept out of scripts)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
