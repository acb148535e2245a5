"""The ninth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, served by three
templates (``wp``, ``joomla``, ``tilda``; see ``templates.py``). Switches are spread by position
so every mix occurs: dateline or not, source line / lead attribution / none, images in three lazy
styles, a later "updated" time, comments, JSON-LD hazards, ``og:title`` forms, no rubric / tags /
views on some pages.

Decisions the truth rests on (SPEC.md leaves them to the reader of the page):
- WordPress prints ``time.entry-date.published`` and ``time.updated``; the published one is the
  date. A category shown as "Без рубрики" / "Uncategorized" / "Санатсыз" is no rubric (None).
- Joomla's "« Предыдущая / Следующая »" pager links the chronological neighbours, chosen by date
  and not by topic, so they are not ``related`` (as the "latest news" sidebar of SITE.md is not);
  only Jetpack's "Похожее" block on WordPress pages holds related articles.
- The Tilda lead picture, a CSS ``background-image`` on the cover div, is the article's first
  image: it is the photo the page leads with, an upload of this article, the one the credit under
  it names. ``image_urls`` are the article's own uploads at full size (a ``srcset``'s largest
  candidate, a lazy image's real file, never its placeholder, thumbnails of other articles,
  avatars or the logo), each once, in page order.
- A Tilda kicker (``div.t-uptitle``) above the headline names the rubric: it is the category.
- A Tilda "16.04.2021" is day-month-year and carries no time of day (precision ``day``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from urllib.parse import parse_qs

from tests.copykit import routes, seeds
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 9909
PER_PAGE = 10
ROBOTS = (b"User-agent: *\nDisallow: /administrator/\nDisallow: /wp-admin/\n"
          b"Disallow: /component/tags/\n")
TEMPLATES = ("wp", "joomla", "tilda")
HAZARDS = (None, "graph", "comma", "multi", None)  # JSON-LD; "escaped" goes to quoted titles
OG_FORMS = ("plain", "dash", "colon", None)
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
AUTHORS = ["Айгерим Сапарова", "Данияр Ахметов", "Editor", "Мария Ким"]
RU_QUOTED = ['Проект "Умный город" запустили в Алматы',
             'Фестиваль "Наурыз-2024" соберёт ремесленников со всей страны',
             'Акимат & бизнес: в Шымкенте подписали меморандум о "зелёных" остановках']
EN_QUOTED = ['Kazakhstan launches "Digital Family Map" in five regions']
KK_EXTRA = [
    ("Павлодарда жаңа аурухана салынады",
     ["Павлодар қаласында 300 төсектік көпбейінді аурухана салынады.",
      "Құрылыс жұмыстары келесі жылдың көктемінде басталады.",
      "Жоба облыстық бюджет есебінен қаржыландырылады."]),
    ("Түркістанда халықаралық туристік көрме өтті",
     ["Түркістан қаласында халықаралық туристік көрме өтті.",
      "Көрмеге он екі елден туроператорлар қатысты.",
      "Қатысушылар киелі туризмді дамыту мәселелерін талқылады."]),
]
NO_RUBRIC = {"ru": "Без рубрики", "en": "Uncategorized", "kk": "Санатсыз"}


@dataclass
class Article(CopyArticle):
    """``variant`` picks a template's sub-style: WordPress image style (srcset only /
    data-lazy-src / lazy + noscript twin), Joomla 3 or 4, a Tilda rubric kicker or none."""

    variant: int = 0
    jsonld: str | None = None
    og: str | None = "plain"
    modified: datetime | None = None  # a later "updated" stamp
    modified_first: bool = False  # WordPress: time.updated before time.published in the markup
    comments: list[tuple[str, datetime, str]] = field(default_factory=list)
    author: str = "Editor"

    def image_paths(self) -> list[str]:
        folder = {"wp": f"/wp-content/uploads/{self.day:%Y/%m}",
                  "joomla": f"/images/news/{self.day:%Y}",
                  "tilda": f"/tild{self.num:04x}-3533-4137-a132"}[self.cms]
        return [f"{folder}/ic{self.num}-{k}.jpg" for k in range(1, self.images + 1)]


def _fixed() -> list[Article]:
    ru = seeds.ru()
    return known_four(
        Article, ("wp", "joomla", "tilda", "joomla"),
        ru=dict(variant=1, jsonld="multi", og="dash",
                modified=datetime.combine(ru.day + timedelta(days=2), time(10, 2))),
        pair=dict(variant=1, jsonld="graph", og="colon"),
        en=dict(images=2, photo_credit="pixabay", variant=0, jsonld="comma", og="dash", clock=None,
                tags=[]),
        subbotnik=dict(clock=time(9, 30), variant=0, og=None),
    )


def _fields(art: Article, i: int, rng: random.Random) -> None:
    """Rubric, tags, views and the dates a page shows besides its publication."""
    lang, cms = art.lang, art.cms
    if cms == "wp":
        art.category = None if i % 7 == 3 else rng.choice(texts.RUBRICS[lang])
    elif cms == "joomla":
        art.category = None if i % 7 == 5 else rng.choice(texts.RUBRICS[lang])
    else:
        art.category = rng.choice(texts.RUBRICS[lang]) if art.variant == 0 else None
    art.tags = [] if cms == "tilda" else texts.some_tags(lang, rng)
    if cms == "wp":
        art.views = rng.randrange(900, 25000) if i % 4 in (0, 2) else None
    elif cms == "joomla":
        art.views = None if i % 4 == 1 else rng.randrange(40, 9000)
    if cms != "tilda" and art.variant != 2:
        art.modified = art.local.replace(tzinfo=None) + timedelta(
            days=rng.choice([0, 1, 3, 40]), hours=rng.randrange(1, 5))
        art.modified_first = cms == "wp" and i % 2 == 1
    if cms == "wp" and i % 2 == 0:
        when = art.local.replace(tzinfo=None)
        art.comments = [("Асель", when + timedelta(days=1, hours=3), "Спасибо за новость!"),
                        ("Ержан", when + timedelta(days=400), "А что было дальше?")][:1 + i % 3]
    art.author = AUTHORS[i % len(AUTHORS)]


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, TEMPLATES[i % 3], paragraphs, variant=(i // 3) % 3)
    if art.cms != "tilda":
        art.clock = time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    art.place = rng.choice(PLACES[lang]) if (i + i // 6) % 2 == 0 else None
    attribute(art, lead_source, rng, i % 5 != 3)
    art.images = (1, 1, 0, 2, 1)[i % 5]
    art.photo_credit = rng.choice(texts.PHOTO_CREDITS) if art.images and i % 4 != 3 else None
    art.jsonld = "escaped" if '"' in title else HAZARDS[(i // 3) % 5]
    art.og = OG_FORMS[(i // 2) % 4]
    _fields(art, i, rng)
    return art


_RU = texts.RU_TITLES[28:48] + [texts.RU_TITLES[12], *RU_QUOTED]
_STORIES = ([("ru", t) for t in _RU] + [("en", t) for t in texts.EN_TITLES[3:15] + EN_QUOTED]
            + [("kk", t) for t, _ in texts.KK_STORIES + KK_EXTRA])
_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, stories=_STORIES)
build, by_num, truth = _CATALOGUE.build, _CATALOGUE.by_num, _CATALOGUE.truth
page_count, page_items = _CATALOGUE.page_count, _CATALOGUE.page_items


def neighbours(art: Article) -> tuple[Article | None, Article | None]:
    """The older and the newer article (Joomla's pager: « Предыдущая / Следующая »)."""
    arts = build()
    k = arts.index(art)
    return (arts[k + 1] if k + 1 < len(arts) else None), (arts[k - 1] if k else None)


def _start(query: str) -> int:
    """Joomla's ``?start=N`` offset: one past the end is an empty blog page, not a 404."""
    start = parse_qs(query).get("start", ["0"])[0]
    return int(start) if start.isdigit() else 0


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.ninthsite import templates  # the templates import this module

    return routes.answer(target, host, _CATALOGUE, templates, ROBOTS,
                         listing=("/novosti", "/novosti/", "/"), page=_start,
                         robots_type="text/plain; charset=utf-8")
