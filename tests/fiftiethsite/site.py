"""The fiftieth copy's article list, its structured-data forms and its router.

Every article carries structured data (JSON-LD, OpenGraph/``article:*`` meta, or microdata);
``finish`` gives each disagreement form (the tables below) to 2-4 eligible pages, the rest
print structured data that agrees with the page.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from tests.copykit import routes
from tests.copykit import site as kit
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY as AGENCY
from tests.copykit.catalogue import CopyArticle, Response

LISTING = "/novosti"
PER_PAGE = 10
ROBOTS = b"User-agent: *\nDisallow: /admin/\nDisallow: /search\n"

# Headlines made longer than 110 characters (the JSON-LD ``headline`` cuts them with an
# ellipsis), replacing shorter ones of the shared list.
LONG = {
    "Глава государства направил телеграмму поздравления Президенту Словении Наташе Пирц-Мусар":
        "Глава государства направил телеграмму поздравления Президенту Словении Наташе "
        "Пирц-Мусар по случаю Дня государственности Словении",
    "Жителей Алматинского микрорайона Алгабас подключат к центральной канализации":
        "Жителей Алматинского микрорайона Алгабас подключат к центральной канализации и "
        "водопроводу до конца следующего года, сообщили в акимате",
    "Grain exports reach record level this season":
        "Grain exports reach record level this season as Kazakhstan ships wheat and barley to "
        "new markets in Asia, Europe and the Middle East",
}
# The Russian versions of English stories (``twitter:title`` on the English page).
RU_VERSION = {
    texts.PAIR_EN_TITLE: "У казахстанцев в Японии появилась собственная ассоциация",
    "Almaty opens two new metro stations": "В Алматы открылись две новые станции метро",
    "Senate passes amnesty law": "Сенат принял закон об амнистии",
    "Snow leopard cubs born at Almaty Zoo":
        "В Алматинском зоопарке родились детёныши снежного барса",
}

# Each structured-data dimension: its disagreeing forms and on how many pages each occurs.
LD_FORMS: dict[str, dict[str, int]] = {
    # datePublished naive (Almaty), in UTC ("Z"), dateModified later, article:published_time
    # in +00:00, the JSON-LD/meta date the day of a later edit (forms with fewer eligible pages
    # are given out first, here and below)
    "date": {"utc": 4, "edit_day": 3, "naive": 3, "modified": 3, "og_utc": 3},
    # headline cut at 110 characters with "…", og:title with the site name, twitter:title of
    # the Russian version on an English page
    "title": {"cut110": 3, "twitter_ru": 3, "og_pipe": 3, "og_dash": 3},
    # articleBody a teaser, with HTML tags inside, absent
    "body": {"teaser": 3, "html": 3, "absent": 3},
    # keywords as one string, as a list, with the rubric mixed in, the site's default keywords
    # on a page with no tags; articleSection a list
    "keywords": {"string": 4, "list": 4, "rubric_mixed": 3, "site_default": 2},
    "section": {"list": 4},
    # author the outlet (an Organization) while the page's "Источник:" names an agency
    "author": {"outlet": 4},
    # image a string, a list (with a crop the page never shows), an ImageObject with a credit
    # other than the page's; og:image the outlet's logo on pages with no photo of their own
    "image": {"string": 4, "list": 3, "object": 3, "logo": 3},
    # interactionStatistic cached at publication: fewer views than the counter shows
    "views": {"stale": 3},
    # how the page prints its structured data (see templates)
    "blocks": {"multi": 4, "graph": 3, "popular_before": 3, "popular_after": 3,
               "microdata": 3, "trailing_comma": 2, "bad_quote": 2},
}
# The visible info line under the headline.
INFO = ("spans", "time", "views_first")


@dataclass
class Article(CopyArticle):
    forms: dict[str, str] = field(default_factory=dict)
    ru_version: str | None = None

    def image_paths(self) -> list[str]:
        return [f"/uploads/news/{self.day:%Y/%m}/{self.id}-{i + 1}.jpg"
                for i in range(self.images)]


def _own(**fields: Any) -> dict[str, Any]:
    return fields


def _fixed() -> list[Article]:
    arts = kit.known_four(Article, "fiftieth",
                          en=_own(clock=time(3, 40)),  # 21:40 UTC the day before
                          subbotnik=_own(clock=None))
    for a in arts:
        a.ru_version = RU_VERSION.get(a.title)
    return arts


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng)
    art = Article(0, lang, day, title, "fiftieth", paragraphs)
    if rng.random() < 0.7:
        art.clock = time(rng.choice([0, 2, 4, 5, *range(8, 22)]), rng.choice([0, 5, 15, 30, 45]))
    if rng.random() < 0.6:
        art.place = {"ru": "Алматы", "en": "Almaty", "kk": "Алматы"}[lang]
        if rng.random() < 0.3:
            art.place = {"ru": "Астана", "en": "Astana", "kk": "Астана"}[lang]
    kit.attribute(art, lead_source, rng, named=rng.random() < 0.6)
    art.images = 1 if rng.random() < 0.75 else 0
    if art.images and rng.random() < 0.7:
        art.photo_credit = rng.choice(texts.PHOTO_CREDITS)
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    art.views = None if rng.random() < 0.12 else rng.randrange(40, 5000)
    art.ru_version = RU_VERSION.get(title)
    return art


def _stories() -> list[tuple[str, str]]:
    return [(lang, LONG.get(title, title)) for lang, title in texts.mix()]


def _eligible(a: Article, dim: str, form: str) -> bool:
    if dim == "title" and form == "cut110":
        return len(a.title) > 110
    if dim == "title" and form == "twitter_ru":
        return a.ru_version is not None
    if dim == "keywords":
        return not a.tags if form == "site_default" else len(a.tags) >= 2
    if dim == "author":
        return a.source_line
    if dim == "image":
        return not a.images if form == "logo" else bool(a.images)
    if dim == "views":
        return bool(a.views)
    if dim == "date" and form == "edit_day":
        return a.clock is not None
    return True


def _finish(arts: list[Article]) -> None:
    rng = random.Random(5050)
    for n, a in enumerate(sorted(arts, key=lambda a: a.num)):
        a.forms = {dim: "plain" for dim in LD_FORMS}
        a.forms["info"] = INFO[n % len(INFO)]
    order = sorted(arts, key=lambda a: a.num)
    for a in arts:  # the pair is the English version of u45694
        if a.num == kit.PAIR_NUM:
            a.forms["title"] = "twitter_ru"
    for dim, forms in LD_FORMS.items():
        for form, count in forms.items():
            pool = [a for a in order if a.forms[dim] == "plain" and _eligible(a, dim, form)]
            assert len(pool) >= count, (dim, form, len(pool))
            if dim == "date" and form == "utc":  # a day-only page and an early clock first
                first = [next(a for a in pool if a.clock is None),
                         next(a for a in pool if a.clock is not None and a.clock.hour < 6)]
                rest = [a for a in pool if a not in first]
                picked = first + rng.sample(rest, count - 2)
            else:
                picked = rng.sample(pool, count)
            for a in picked:
                a.forms[dim] = form


CATALOGUE = kit.standard_catalogue(50, _fixed, _make, PER_PAGE, stories=_stories(),
                                   finish=_finish)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items


def route(target: str, host: str) -> Response:
    from tests.fiftiethsite import templates

    return routes.answer(target, host, CATALOGUE, templates, ROBOTS)
