"""The sixty-sixth copy's articles, truth and router (an ASP.NET WebForms portal).

Routes: ``/robots.txt`` (names the sitemap), ``/sitemap.xml`` (every article), ``/rss.aspx``
(the 20 newest), ``/novosti`` (the 15 newest; any other query is ignored and gives the same
page, as WebForms does; ``?date=YYYY-MM-DD`` is the day's archive, a bad date a 302 to
``/Error.aspx``), ``/`` and ``/Default.aspx`` and ``/novosti.aspx`` (302 to ``/novosti``),
``/news.aspx?id=N`` (302 to the article), the articles (301 from another slug) and 404s.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, time
from urllib.parse import parse_qs, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue
from tests.copykit.text import normalise
from tests.sixtysixthsite import templates

LISTING = "/novosti"
PER_PAGE = 15
# Small deviations a third of the generated pages carry (one each), see the package docstring.
DEVIATIONS = ("glued_photo", "clock", "br_body", "no_rubric", "source_link", "cp1251",
              "no_views", "logo_h1", "kk_like_ru")
KK_EXTRA = [
    ("Қарағандыда жаңа мектеп салынады",
     ["Қарағандыда 1200 орындық жаңа мектептің құрылысы басталды.",
      "Мектеп құрылысы келесі жылдың қыркүйегіне дейін аяқталады деп жоспарланып отыр.",
      "Облыс әкімдігінің мәліметінше, өңірде тағы бес мектеп салынады."]),
]


class Article(CopyArticle):
    dev: str | None = None

    def image_paths(self) -> list[str]:
        if not self.images:
            return []
        return [f"/Uploads/News/{self.day:%Y/%m}/{self.num}_main.jpg"]


def _hazards(text: str, rng: random.Random) -> str:
    """A paragraph as the editor pasted it: a no-break space, a zero-width space or a Latin
    look-alike inside a Cyrillic word (``normalise`` gives the clean paragraph back)."""
    kind = rng.choice(["nbsp", "zw", "glyph", "none"])
    if kind == "nbsp" and " " in text:
        i = text.index(" ", len(text) // 2) if " " in text[len(text) // 2:] else text.index(" ")
        return text[:i] + "\u00a0" + text[i + 1:]
    if kind == "zw" and " " in text:
        i = text.index(" ")
        return text[:i] + "\u200b" + text[i:]
    if kind == "glyph":
        words = text.split(" ")
        for k, w in enumerate(words):
            if len(w) > 4 and "о" in w[1:] and all("\u0400" <= c <= "\u04ff" for c in w):
                words[k] = w[0] + w[1:].replace("о", "o", 1)
                return " ".join(words)
    return text


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(num=0, lang=lang, day=day, title=title, cms="webforms", paragraphs=paragraphs)
    attribute(art, lead_source, rng, named=i % 3 != 2)
    places = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
              "kk": ["Алматы", "Астана"]}[lang]
    art.place = rng.choice(places) if i % 4 != 3 else None
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = rng.randrange(40, 9000)
    art.images = 1 if i % 5 != 4 else 0
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 3 != 1 else None
    if i % 3 == 0:
        art.dev = DEVIATIONS[(i // 3) % len(DEVIATIONS)]
        _deviate(art, rng)
    art.raw_paragraphs = [_hazards(p, rng) for p in art.paragraphs]
    return art


def _deviate(art: Article, rng: random.Random) -> None:
    """What each deviation changes in the story itself (the markup is the templates')."""
    dev = art.dev
    if dev == "glued_photo":
        art.images, art.photo_credit = 1, "pixabay"
        art.place = art.place or ("Almaty" if art.lang == "en" else "Алматы")
    elif dev == "clock":
        art.clock = time(rng.randrange(8, 20), rng.choice([0, 5, 15, 30, 45]))
    elif dev == "no_rubric":
        art.category = None
    elif dev == "source_link":
        art.source = art.source or texts.SOURCES[art.lang][0]
        art.source_line = True
    elif dev == "cp1251" and art.lang != "ru":
        art.dev = None
    elif dev == "no_views":
        art.views = None
    elif dev == "kk_like_ru" and art.lang != "kk":
        art.dev = "logo_h1"


def _fixed() -> list[Article]:
    arts = known_four(Article, "webforms", ru={"clock": None}, pair={"clock": None},
                      en={"clock": None})
    for a in arts:
        a.raw_paragraphs = a.raw_paragraphs or list(a.paragraphs)
    return arts


CATALOGUE = standard_catalogue(6606, _fixed, _make, PER_PAGE, KK_EXTRA)


def build() -> Sequence[Article]:
    return CATALOGUE.build()  # type: ignore[return-value]


def by_num() -> dict[int, Article]:
    return CATALOGUE.by_num()  # type: ignore[return-value]


def truth(base_url: str) -> dict[str, dict[str, object]]:
    return CATALOGUE.truth(base_url)


def page_count() -> int:
    return CATALOGUE.page_count()


def on_day(day: date) -> list[Article]:
    return [a for a in build() if a.day == day]


def clean(art: Article) -> bool:
    """The page's raw paragraphs normalise to the truth's paragraphs."""
    raw = art.raw_paragraphs or art.paragraphs
    return [normalise(p) for p in raw] == list(art.paragraphs)


def route(target: str, host: str) -> Response:
    parts = urlsplit(target)
    path, base, query = parts.path, f"http://{host}", parse_qs(parts.query)
    if path == "/robots.txt":
        return routes.robots(templates.robots(base))
    if path == "/sitemap.xml":
        return 200, {"Content-Type": "text/xml; charset=utf-8"}, templates.sitemap(build(), base)
    if path.lower() == "/rss.aspx":
        return (200, {"Content-Type": "application/rss+xml; charset=utf-8"},
                templates.rss(build()[:20], base))
    if path in ("/", "/Default.aspx", "/default.aspx", "/novosti.aspx"):
        return templates.redirect(base + LISTING)
    if path.lower() == "/news.aspx":
        ids = query.get("id", [""])[0]
        art = by_num().get(int(ids)) if ids.isdigit() else None
        return templates.redirect(base + art.path) if art else templates.missing()
    if path in (LISTING, LISTING + "/"):
        if "date" in query:
            try:
                day = date.fromisoformat(query["date"][0])
            except ValueError:
                return templates.redirect(base + "/Error.aspx?aspxerrorpath=/novosti")
            return templates.listing(on_day(day), build(), base, day=day)
        return templates.listing(build()[:PER_PAGE], build(), base)
    return CATALOGUE.article_or_404(path, base, lambda a, b: templates.article(a, build(), b),
                                    templates.not_found)
