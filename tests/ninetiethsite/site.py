"""The ninetieth copy's articles, truth and router: ic24.kz as WordPress with tagDiv Newspaper.

Forty-three posts (the four known stories plus generated ones), fifteen to a page of the
category archive ``/category/novosti/`` (``page/2/``, ``page/3/``). About a third of the
generated posts carry one ``look`` of their own (``LOOKS``), cycled so that every look occurs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from urllib.parse import urlsplit

from tests.copykit import routes, stories
from tests.copykit.catalogue import ALMATY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.copykit.text import ru_slug

PER_PAGE = 15
LISTING = "/category/novosti/"
OLD_LISTING = "/novosti"  # the address the outlet's old site used, redirected by the plugin
# Each look a generated post may carry (about one post in three carries one).
LOOKS = (
    "template_8",    # Post template 8: the title over a full-width background photo, no caption
    "text_date",     # the date as text only (no <time>): only Yoast's JSON-LD has the moment
    "lazy_image",    # the featured photo lazy-loaded: placeholder src, data-img-url
    "two_rubrics",   # two rubrics in ul.td-category (the primary first)
    "source_row",    # the source only in the theme's "ИСТОЧНИК" row, not in the text
    "tags_en",       # the tags label left untranslated: "TAGS"
    "amp_twin",      # AMP enabled for the post: rel="amphtml" and an /amp/ reader page
    "smart_list",    # a tagDiv Smart List: numbered points, Prev/Next controls
    "inline_photo",  # a second photo inside the text in a [caption] figure
)
AUTHORS = ("Редакция", "Айгерим Нурланова", "Дмитрий Ким", "Асель Тулегенова")
KK_POOL = ["Жұмыстар жыл соңына дейін аяқталады.",
           "Жоба жергілікті бюджет есебінен қаржыландырылады.",
           "Жұмыстың барысын бақылау тиісті басқармаға жүктелді."]
POINTS = {"ru": ["Сроки", "Финансирование", "Контроль"],
          "en": ["Timing", "Funding", "Oversight"],
          "kk": ["Мерзімі", "Қаржыландыру", "Бақылау"]}


def term_slug(name: str) -> str:
    """A rubric's or tag's slug as WordPress makes it (Cyrillic transliterated)."""
    return stories.RU_RUBRIC_SLUGS.get(name) or ru_slug(name)


@dataclass
class Article(CopyArticle):
    look: str = "plain"
    rubrics: list[str] = field(default_factory=list)  # every rubric shown, primary first
    author: str = "Редакция"
    modified: datetime | None = None
    comments: int = 0
    points: int = 0  # the Smart List's numbered points (their headings are body paragraphs)

    @property
    def upload(self) -> str:
        """The uploads folder and file stem of the post's photos."""
        stem = "-".join(ru_slug(self.title).split("-")[:3])
        return f"/wp-content/uploads/{self.day.year}/{self.day.month:02d}/{stem}"

    def image_paths(self) -> list[str]:
        """Every photo at its largest copy (the uploaded file, no size suffix), page order."""
        return [f"{self.upload}-{k}.jpg" for k in range(1, self.images + 1)]

    def sized(self, k: int, size: str) -> str:
        """Photo ``k`` in one of the sizes WordPress and the theme cut ("696x464")."""
        return f"{self.upload}-{k}-{size}.jpg"


def _modified(day: date, clock: time | None, rng: random.Random) -> datetime:
    start = datetime.combine(day, clock or time(0, 0), ALMATY)
    return start + timedelta(days=rng.choice([0, 0, 1, 4]), hours=rng.randint(1, 9),
                             minutes=rng.randint(0, 59))


def _smart(art: Article, rng: random.Random) -> None:
    """The Smart List's text: the lead, then each point's "N. heading" and its paragraph."""
    lead, rest = art.paragraphs[0], art.paragraphs[1:]
    pool = {"ru": stories.RU_POOL, "en": stories.EN_POOL, "kk": KK_POOL}[art.lang]
    while len(rest) < 3:
        rest.append(rng.choice([p for p in pool if p not in rest]))
    art.points = 3
    art.paragraphs = [lead]
    for n, (heading, text) in enumerate(zip(POINTS[art.lang], rest[:3], strict=True), 1):
        art.paragraphs += [f"{n}. {heading}", text]


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    look = LOOKS[(i // 3) % len(LOOKS)] if i % 3 == 0 else "plain"
    places = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}[lang]
    place = rng.choice(places) if rng.random() < 0.75 else None
    clock = time(rng.randint(8, 20), rng.choice([0, 7, 15, 30, 48])) if rng.random() < 0.7 else None
    art = Article(0, lang, day, title, "newspaper12", paragraphs, clock=clock, place=place,
                  look=look, author=rng.choice(AUTHORS))
    attribute(art, lead_source, rng, named=i % 3 != 2 or look == "source_row")
    if look == "source_row":  # the row names the source (the one the lead names, if any)
        art.source, art.source_line = art.source or stories.SOURCES[lang][i % 4], True
    art.images = 1 if rng.random() < 0.8 or look in ("template_8", "lazy_image") else 0
    if look == "inline_photo":
        art.images = 2
    if art.images and look != "template_8" and rng.random() < 0.8:
        art.photo_credit = rng.choice(stories.PHOTO_CREDITS)
    rubrics = stories.RUBRICS[lang]
    art.rubrics = rng.sample(rubrics, 2 if look == "two_rubrics" else 1)
    art.category = art.rubrics[0]
    art.tags = stories.some_tags(lang, rng)
    if look == "tags_en" and not art.tags:
        art.tags = stories.TAGS[lang][:2]
    art.views = 0 if rng.random() < 0.08 else rng.randint(15, 9800)
    art.comments = rng.choice([0, 0, 0, 1, 3])
    if look == "smart_list":
        _smart(art, rng)
    art.modified = _modified(day, clock, rng)
    return art


def _fixed() -> list[Article]:
    arts = known_four(Article, "newspaper12", en={"views": 527})
    rng = random.Random(9001)
    for art in arts:
        art.rubrics = [art.category] if art.category else []
        art.author = AUTHORS[0]
        art.modified = _modified(art.day, art.clock, rng)
    return arts


CATALOGUE = standard_catalogue(9090, _fixed, _make, PER_PAGE)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items
TWINS = {45694: 45713, 45713: 45694}  # Polylang translations of one story

ROBOTS = (b"User-agent: *\n"
          b"Disallow: /wp-admin/\n"
          b"Allow: /wp-admin/admin-ajax.php\n")


def page_target(number: int) -> str:
    """Listing page ``number``'s path as the page-nav links it."""
    return LISTING if number == 1 else f"{LISTING}page/{number}/"


def listing_number(path: str) -> int | None:
    """The archive page a path under ``LISTING`` asks for (None: not one of its pages)."""
    if path == LISTING:
        return 1
    rest = path.removeprefix(LISTING + "page/")
    if rest != path and rest.endswith("/") and rest[:-1].isdigit():
        n = int(rest[:-1])
        return n if 1 <= n <= page_count() else None
    return None


def rubric_items(slug: str) -> list[Article]:
    return [a for a in build() if any(term_slug(r) == slug for r in a.rubrics)]


def tag_items(slug: str) -> list[Article]:
    return [a for a in build() if any(term_slug(t) == slug for t in a.tags)]


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, the home page, the category archive and its pages (the old
    ``/novosti`` and ``page/1/`` redirected), rubric and tag archives, the posts (301 from
    another slug or a trailing slash), their AMP twins, else the theme's 404."""
    from tests.ninetiethsite import templates

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS)
    if path == "/":
        return templates.home(base)
    if path in (OLD_LISTING, OLD_LISTING + "/", LISTING.rstrip("/"), LISTING + "page/1/"):
        return routes.moved(base + LISTING)
    if path.startswith(LISTING):
        number = listing_number(path)
        if number is not None:
            return templates.listing(number, base)
        slug = path.removeprefix(LISTING).strip("/")
        items = rubric_items(slug) if "/" not in slug else []
        if items:
            return templates.archive(items, base, path)
        return routes.not_found(templates.not_found())
    if path.startswith("/tag/") and path.endswith("/"):
        items = tag_items(path[5:-1])
        if items:
            return templates.archive(items, base, path)
    if path.startswith("/news/") and path.endswith("/amp/"):
        return templates.amp_or_post(path.removesuffix("amp/").rstrip("/"), base)
    return CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
