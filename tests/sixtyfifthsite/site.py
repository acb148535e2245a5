"""The sixty-fifth copy's articles, truth and router (a Laravel 11 application; see the package
docstring for the guesses and the truth calls)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from tests.copykit import routes
from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import CopyArticle, Response
from tests.sixtyfifthsite import templates

LISTING = "/novosti"
PER_PAGE = 10
ROBOTS = b"User-agent: *\nDisallow: /admin\nDisallow: /livewire/\nDisallow: /search\n"
SWITCH = ("/locale/ru", "/locale/en")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}

# The written forms a page may take, each field's default first; every form occurs.
FORMS: dict[str, tuple[str, ...]] = {
    "page": ("blade", "inertia_ssr", "inertia_csr"),
    "date": ("title_case", "relative", "short_en", "ru_on_en"),
    "updated": ("hidden", "shown"),
    "views": ("plain", "livewire", "hidden", "labelled"),
    "tags": ("comma", "links", "none"),
    "rubric": ("link", "none", "fallback"),
    "credit": ("caption", "inline", "dash"),
    "source": ("plain", "link", "strong"),
    "dateline": ("plain", "strong"),
    "stamp": ("local", "utc"),
    "photo": ("img", "picture", "responsive"),
    "extra": ("none", "readalso", "telegram"),
}
# One deviation for every third generated article, in turn (two for the first few).
DEVIATIONS = [(name, form) for name, forms in FORMS.items() for form in forms[1:]
              if form not in ("short_en", "ru_on_en")]  # English pages get these in finish
SLOTS = 14  # generated articles 0, 3, 6, …
KK_EXTRA = [
    ("Қарағандыда жаңа мектеп пайдалануға берілді",
     ["Қарағандыда 1200 орындық жаңа мектеп пайдалануға берілді.",
      "Мектепте робототехника және химия кабинеттері жабдықталған.",
      "Облыс әкімдігінің мәліметінше, биыл тағы екі мектеп салынады."]),
]


@dataclass
class Article(CopyArticle):
    forms: dict[str, str] = field(default_factory=lambda: {k: v[0] for k, v in FORMS.items()})
    hazard: str = ""  # "", "nbsp", "homoglyph", "zwsp": how the page's text differs
    nbsp_line: bool = False  # a paragraph holding only a no-break space before the source
    read_also: tuple[str, str] | None = None  # (path, headline) a "read also" line links

    @property
    def updated(self) -> date:
        return self.day + timedelta(days=2 + self.num % 5)

    @property
    def media_id(self) -> int:
        return self.num * 3 - 120000

    def image_paths(self) -> list[str]:
        """spatie/laravel-medialibrary's 'large' conversion of each photo."""
        return [f"/storage/{self.media_id + k}/conversions/photo-{self.num}-{k}-large.jpg"
                for k in range(self.images)]

    def raw(self) -> list[str]:
        """The paragraphs as the page writes them (the seed dumps' own hazards, or this
        copy's: no-break spaces, a Latin letter in a Russian word, a zero-width space)."""
        paras = list(self.raw_paragraphs or self.paragraphs)
        first = paras[0]
        if self.hazard == "nbsp":
            paras = [p.replace(" ", "\u00a0", 2) for p in paras]
        elif self.hazard == "homoglyph":
            swap = ("о", "o") if self.lang != "en" else ("a", "а")
            words = first.split(" ")
            k = next((i for i, w in enumerate(words) if swap[0] in w[1:] and len(w) > 4), None)
            if k is not None:
                words[k] = words[k][0] + words[k][1:].replace(swap[0], swap[1], 1)
                paras[0] = " ".join(words)
        elif self.hazard == "zwsp":
            paras[-1] = paras[-1].replace(" ", " \u200b", 1)
        return paras


def _known() -> list[Article]:
    arts = kit.known_four(Article, "blade",
                          ru={"nbsp_line": True},
                          en={"forms": {**{k: v[0] for k, v in FORMS.items()},
                                        "views": "hidden"}})
    return arts


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, "blade", paragraphs)
    kit.attribute(art, lead_source, rng, named=rng.random() < 0.5)
    art.clock = time(rng.randrange(7, 22), rng.choice([0, 10, 25, 40, 55])) \
        if rng.random() < 0.5 else None
    art.place = rng.choice(PLACES[lang]) if rng.random() < 0.7 else None
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng) or [texts.TAGS[lang][0]]
    art.views = rng.choice([rng.randrange(30, 999), rng.randrange(1000, 25000)])
    art.images = rng.choice([0, 1, 1, 1, 2])
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) \
        if art.images and rng.random() < 0.8 else None
    art.hazard = ["", "", "nbsp", "homoglyph", "zwsp", ""][i % 6]
    art.nbsp_line = art.source_line and rng.random() < 0.5
    if lang == "en" and i % 2:
        art.forms["date"] = "short_en"
    if i % 3 == 0:
        k = i // 3
        for j in (k, k + SLOTS):
            if j < len(DEVIATIONS):
                _deviate(art, *DEVIATIONS[j], rng)
    return art


def _deviate(art: Article, name: str, form: str, rng: random.Random) -> None:
    """Give the article one deviation, with what it needs to show it."""
    if name == "date" and form == "short_en" and art.lang != "en":
        form = "relative"
    art.forms[name] = form
    if name == "date" and form == "relative" and art.clock is None:
        art.clock = time(rng.randrange(8, 20), 30)
    if name == "views" and form == "hidden":
        art.views = None
    if name == "tags" and form == "none":
        art.tags = []
    if name == "rubric" and form == "none":
        art.category = None
    if name == "rubric" and form == "fallback":  # no English name: the Russian one shows
        art.category = texts.RU_RUBRICS[texts.RUBRICS[art.lang].index(art.category)] \
            if art.category in texts.RUBRICS[art.lang] else texts.RU_RUBRICS[0]
    if name == "stamp" and art.clock is None:
        art.clock = time(rng.randrange(0, 5), 45)  # the UTC stamp falls a day earlier
    if name == "credit" or name == "photo":
        art.images = max(art.images, 1)
        art.photo_credit = art.photo_credit or "gov.kz"
    if name == "source" and not art.source_line:
        art.source, art.source_line = rng.choice(texts.SOURCES[art.lang]), True
    if name == "dateline":
        art.place = art.place or PLACES[art.lang][0]


def _finish(arts: list[Article]) -> None:
    """Link each "read also" line to the story published before it; the oldest English page
    with no deviation prints its date in Russian (Carbon's locale not switched)."""
    ordered = sorted(arts, key=lambda a: a.num)
    for before, art in zip(ordered, ordered[1:], strict=False):
        art.read_also = (before.path, before.title)
    plain = [a for a in ordered if a.lang == "en" and a.cms == "blade"
             and all(a.forms[k] == v[0] for k, v in FORMS.items())]
    plain[0].forms["date"] = "ru_on_en"


_catalogue = kit.standard_catalogue(65, _known, _make, PER_PAGE, KK_EXTRA, finish=_finish)
build = _catalogue.build
by_num = _catalogue.by_num
truth = _catalogue.truth
page_count = _catalogue.page_count
page_items = _catalogue.page_items


class _Pages:
    def listing(self, page: int, base: str) -> Response:
        return 200, {"Content-Type": routes.HTML}, templates.listing(
            page_items(page), page, page_count(), len(build()), base, build())

    def article(self, art: Article, base: str) -> Response:  # type: ignore[override]
        return 200, {"Content-Type": routes.HTML}, templates.article(art, base, build())

    def not_found(self) -> bytes:
        return templates.not_found()


def route(target: str, host: str) -> Response:
    """One GET: robots.txt, ``/`` (302 to the listing), the language switch ``/locale/ru``
    and ``/locale/en`` (it sets the session's locale and answers ``redirect()->back()``, a
    302 to ``/`` without a Referer), the listing and its ``?page=N`` (``?page=1`` as well),
    an article (301 from another slug), else Laravel's 404."""
    if target.split("?")[0] in SWITCH:
        return routes.moved(f"http://{host}/", 302)
    return routes.answer(target, host, _catalogue, _Pages(), ROBOTS, home=LISTING,
                         home_status=302)
