"""The ninety-second copy's articles, truth and router: ic24.kz as a Squarespace 7.1 blog.

Forty-nine blog posts (the four known stories plus generated ones) in the blog collection
``/news`` (the old ``/novosti`` is a URL mapping, 301), twenty to a page; older pages are
``/news?offset=<publishOn in epoch ms of the page's last post>``, newer ones
``/news?reversePaginate=true&offset=…`` (disallowed in robots.txt, as Squarespace's stock file
does). One generated post in three carries one ``look`` of its own (``LOOKS``), cycled so that
every look occurs.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes, stories
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

PER_PAGE = 20
BLOG = "/news"
OLD_LISTING = "/novosti"
CDN = "https://images.squarespace-cdn.com"
SITE_ID = "5f3c2a1b9e8d7c0012ab34cd"
# Each look a generated post may carry (one post in three carries one).
LOOKS = (
    "quote_block",    # one paragraph in a quote block, with the block's own “ ” spans
    "image_between",  # two html blocks with the image block between them
    "credit_text",    # the credit as a small-text paragraph on top of the text, no caption
    "summary_block",  # a summary block of three other posts inside the text column
    "caption_long",   # the caption says what the picture is before the credit
    "no_infoline",    # no imported info-line code block: no view count on the page
    "second_image",   # a second image block (no caption) after the second paragraph
    "hazards",        # no-break and zero-width spaces and a homoglyph in the text
    "source_link",    # "Источник:" with the source's name linked
    "markdown",       # the text in a markdown block rather than an html block
    "video",          # a video block (YouTube embed in data-block-json) after the lead
    "early_hours",    # published between midnight and five: the UTC day is the day before
    "live_seconds",   # published live, not scheduled: seconds in every stamp
    "lazy_image",     # the 7.0-era image block: no src, data-src and a <noscript> copy only
    "button_block",   # a button block "Читать в источнике" after the text
)
AUTHORS = ("Айгерим Сарсенова", "Дмитрий Ким", "Асель Нурланова")
FILES = ("image-asset.jpeg", "photo.jpg", "Screen+Shot+{d}+at+{t}.png", "IMG_{n}.JPG")
KK_EXTRA = [
    ("Қарағандыда жаңа мектеп салынды",
     ["Қарағандыда 1200 орындық жаңа мектеп салынды.",
      "Мектепте заманауи зертханалар мен спорт залы бар.",
      "Оқу ғимараты қыркүйектің бірінде есігін ашады."]),
    ("Ақтөбеде көктемгі егіс басталды",
     ["Ақтөбе облысында көктемгі егіс жұмыстары басталды.",
      "Биыл егіс алқабы жеті жүз мың гектарға жетеді.",
      "Шаруаларға жеңілдетілген бағамен жанар-жағармай бөлінді."]),
    ("Павлодарда көше жөндеу жұмыстары жүріп жатыр",
     ["Павлодарда қала көшелерін жөндеу жұмыстары жүріп жатыр.",
      "Биыл қырық шақырым жол жөнделеді.",
      "Жұмыстар қазан айында аяқталады."]),
]


def _key(text: str, size: int) -> str:
    digest = hashlib.sha1(text.encode()).hexdigest().upper()  # noqa: S324 - a name, not a secret
    return digest[:size]


@dataclass
class Article(CopyArticle):
    look: str = "plain"
    author: str = AUTHORS[0]
    modified: datetime | None = None  # dateModified, always after publication
    quote: int = -1  # the paragraph shown in a quote block (quote_block)

    @property
    def publish_on(self) -> int:
        """Squarespace's publishOn: epoch milliseconds (live posts carry milliseconds)."""
        extra = self.num % 1000 if self.look == "live_seconds" else 0
        return int(self.local.timestamp()) * 1000 + extra

    @property
    def item_id(self) -> str:
        return _key("item" + self.id, 24).lower()

    def image_urls(self) -> list[str]:
        """Each picture's original upload (no ``?format=``): the largest copy of it."""
        urls = []
        for k in range(self.images):
            upload = self.publish_on - 3_600_000 * (k + 1) - 61_000
            name = FILES[(self.num + k) % len(FILES)].format(
                d=self.day.isoformat(), t=f"{10 + k}.2{k}.05", n=4000 + self.num % 5000)
            urls.append(f"{CDN}/content/v1/{SITE_ID}/{upload}-{_key(self.id + str(k), 20)}"
                        f"/{name}")
        return urls

    def image_paths(self) -> list[str]:
        return self.image_urls()

    def truth(self, base: str) -> dict[str, object]:
        rec = super().truth(base)
        rec["image_urls"] = self.image_urls()
        return rec


def _clock(look: str, rng: random.Random) -> time:
    if look == "early_hours":
        return time(rng.randint(0, 4), rng.choice([10, 25, 40, 55]))
    if look == "live_seconds":
        return time(rng.randint(9, 19), rng.randint(0, 59), rng.randint(1, 59))
    return time(rng.randint(8, 20), rng.choice([0, 5, 15, 30, 45]))


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng, KK_EXTRA)
    look = LOOKS[(i // 3) % len(LOOKS)] if i % 3 == 0 else "plain"
    places = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}[lang]
    place = rng.choice(places) if rng.random() < 0.7 else None
    art = Article(0, lang, day, title, "squarespace71", paragraphs, clock=_clock(look, rng),
                  place=place, look=look, author=rng.choice(AUTHORS))
    attribute(art, lead_source, rng, named=i % 3 != 2 or look == "source_link")
    if look == "source_link":
        art.source, art.source_line = art.source or stories.SOURCES[lang][0], True
    wants_image = look in ("image_between", "credit_text", "caption_long", "second_image",
                           "lazy_image")
    art.images = 1 if wants_image or rng.random() < 0.75 else 0
    if look == "second_image":
        art.images = 2
    if art.images and (rng.random() < 0.8 or look in ("credit_text", "caption_long")):
        art.photo_credit = rng.choice(stories.PHOTO_CREDITS)
    art.category = rng.choice(stories.RUBRICS[lang]) if rng.random() < 0.85 else None
    art.tags = stories.some_tags(lang, rng)
    roll = rng.random()
    art.views = None if roll < 0.1 else 0 if roll < 0.15 else rng.randint(12, 9800)
    if look == "no_infoline":
        art.views = None
    if look == "quote_block":
        if len(art.paragraphs) < 3:
            art.paragraphs.append(stories.RU_POOL[0] if lang != "en" else stories.EN_POOL[0])
        art.quote = len(art.paragraphs) - 1
        art.paragraphs[art.quote] = f"“{art.paragraphs[art.quote]}”"
    art.modified = art.local + timedelta(days=rng.choice([0, 1, 4]), hours=rng.randint(1, 9),
                                         minutes=rng.randint(0, 59))
    return art


def _fixed() -> list[Article]:
    arts = known_four(Article, "squarespace71", subbotnik={"clock": time(10, 30)})
    for k, art in enumerate(arts):
        art.author = AUTHORS[k % len(AUTHORS)]
        art.modified = art.local + timedelta(days=1, hours=2, minutes=7 * k)
    return arts


CATALOGUE = standard_catalogue(9292, _fixed, _make, PER_PAGE, KK_EXTRA,
                               stories=stories.mix(KK_EXTRA, en=15))
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items
TWINS = {45694: 45713, 45713: 45694}  # the Russian seed and its English version

ROBOTS = b"""# Squarespace Robots Txt

User-agent: GPTBot
User-agent: ChatGPT-User
User-agent: CCBot
User-agent: anthropic-ai
User-agent: Google-Extended
Disallow: /

User-agent: *
Disallow: /config
Disallow: /search
Disallow: /account$
Disallow: /account/
Disallow: /commerce/digital-download/
Disallow: /api/
Allow: /api/ui-extensions/
Disallow: /static/
Disallow:/*?author=*
Disallow:/*&author=*
Disallow:/*?tag=*
Disallow:/*&tag=*
Disallow:/*?month=*
Disallow:/*&month=*
Disallow:/*?view=*
Disallow:/*&view=*
Disallow:/*?format=json
Disallow:/*&format=json
Disallow:/*?format=page-context
Disallow:/*&format=page-context
Disallow:/*?format=main-content
Disallow:/*&format=main-content
Disallow:/*?format=json-pretty
Disallow:/*&format=json-pretty
Disallow:/*?format=ical
Disallow:/*&format=ical
Disallow:/*?reversePaginate=*
Disallow:/*&reversePaginate=*

"""


def page_target(number: int) -> str:
    """Listing page ``number`` as the "Older Posts" link of the page before it names it."""
    if number == 1:
        return BLOG
    return f"{BLOG}?offset={page_items(number - 1)[-1].publish_on}"


def listed(query: str) -> list[Article] | None:
    """The posts ``/news?query`` shows, newest first: the first twenty, those older than
    ``offset``, or (``reversePaginate=true``) the twenty just newer than it; None when the
    query is not one the blog answers."""
    args = parse_qs(query)
    raw = args.get("offset", [None])[0]
    arts = list(build())
    if set(args) - {"offset", "reversePaginate"}:
        return None
    if raw is None:
        return None if args else arts[:PER_PAGE]
    if not raw.isdigit():
        return None
    stamp = int(raw)
    if args.get("reversePaginate") == ["true"]:
        newer = [a for a in arts if a.publish_on > stamp]
        return newer[-PER_PAGE:]
    return [a for a in arts if a.publish_on < stamp][:PER_PAGE]


def route(target: str, host: str) -> Response:
    from tests.ninetysecondsite import templates

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(ROBOTS + f"Sitemap: {base}/sitemap.xml\n".encode())
    if path == "/sitemap.xml":
        return 200, {"Content-Type": "text/xml; charset=utf-8"}, templates.sitemap(base)
    if path in (OLD_LISTING, OLD_LISTING + "/"):
        return routes.moved(base + BLOG)
    if path == "/":
        return routes.moved(base + BLOG, 302)
    if path in (BLOG, BLOG + "/"):
        if parse_qs(parts.query) == {"format": ["rss"]}:
            return 200, {"Content-Type": "application/rss+xml;charset=utf-8"}, templates.rss(base)
        items = listed(parts.query)
        if items is None:
            return routes.not_found(templates.not_found())
        return templates.listing(items, base)
    return CATALOGUE.article_or_404(path, base, templates.article, templates.not_found)
