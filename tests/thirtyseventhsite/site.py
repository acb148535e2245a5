"""The thirty-seventh copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020 to yesterday, spread
over seven templates (see ``templates.py``) by position so every template meets every switch:
dateline or not, source line / lead / press-service block / TV channel, photo with and without
credit, static or missing view counters, day-only dates, a "read also" card block.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache

from tests.copykit import routes, seeds
from tests.copykit import stories as texts
from tests.copykit.catalogue import (
    ALMATY,
    ANCHORS,
    Catalogue,
    CopyArticle,
    Response,
    generate,
    newest_first,
    number,
)

__all__ = ["Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 3737
PER_PAGE = 10
ROBOTS = (b"User-agent: *\nDisallow: /admin/\nDisallow: /search\nDisallow: /*?print=\n"
          b"User-agent: Yandex\nClean-param: utm_source&utm_medium\n")
TEMPLATES = ("agency", "regional", "portal", "state", "qa", "longread", "tv")
CHANNELS = ("Хабар 24", "Qazaqstan", "КТК", "Atameken Business")
PRESS = ("Пресс-служба акимата города Алматы", "Пресс-служба акимата Туркестанской области",
         "Пресс-служба Министерства здравоохранения РК")
# the capital was Нур-Султан from 2019-03-23 to 2022-09-17; datelines of those days say so
CAPITAL = {"ru": ("Астана", "Нур-Султан"), "en": ("Astana", "Nur-Sultan"),
           "kk": ("Астана", "Нұр-Сұлтан")}
RENAMED = (date(2019, 3, 23), date(2022, 9, 17))
MONEY = {"ru": ["Общая стоимость работ оценивается в 4,2 млрд ₸.",
                "Средняя зарплата в отрасли составила 385 тыс. тг в месяц.",
                "На ремонт дорог направят 12,7 млрд тенге из местного бюджета."],
         "en": ["The project is estimated at 4.2 billion ₸.",
                "The average salary in the sector reached 385,000 tenge a month."],
         "kk": ["Жобаға республикалық бюджеттен 1,2 млрд теңге бөлінді."]}
KK_EXTRA = [
    ("Türkistanda jaña mektep paidalanuğa berıldı",
     ["Түркістан облысында 900 орындық жаңа мектеп пайдалануға берілді.",
      "Мектепте робототехника кабинеті мен жүзу бассейні бар.",
      "Облыс әкімдігінің мәліметінше, биыл тағы төрт мектеп салынады."]),
    ("Qaraǵandyda jylu berý maýsymy bastaldy",
     ["Қарағандыда жылу беру маусымы басталды.",
      "Қала тұрғындарының 80 пайызы жылумен қамтамасыз етілді.",
      "Әкімдік барлық нысандар апта соңына дейін қосылатынын хабарлады."]),
]


@dataclass
class Article(CopyArticle):
    """``source_kind``: how the source shows ("line", "lead", "press", "channel" or None);
    ``headings``: indices of the paragraphs a long read shows as chapter sub-headings (text a
    reader copies with the body, so they stay in the truth's paragraphs)."""

    source_kind: str | None = None
    read_also: bool = False
    headings: frozenset[int] = frozenset()

    def image_paths(self) -> list[str]:
        if self.cms == "tv":
            return [f"/uploads/video/posters/ic{self.num}.jpg"] if self.images else []
        folder = {"agency": f"/uploads/photos/{self.day:%Y/%m/%d}",
                  "regional": f"/upload/news/{self.num // 100}",
                  "state": f"/static/img/news/{self.day:%Y%m}",
                  "qa": f"/_next/media/{self.num}",
                  "longread": f"/longread/{self.num}/img",
                  "portal": f"/userdata/news/{self.day:%Y/%m}"}[self.cms]
        return [f"{folder}/ic{self.num}-{k}.jpg" for k in range(1, self.images + 1)]


def relative_day() -> date:
    """A day shown as "Вчера" (or its date once Almaty is two days on): the newest article."""
    return date.today() - timedelta(days=1)


def _fixed() -> list[Article]:
    en, ru = seeds.en(), seeds.ru()
    return [
        Article(ru.num, "ru", ru.day, ru.title, "agency", list(ru.paragraphs),
                list(ru.raw_paragraphs), clock=time(10, 40), place=ru.place, source=ru.source,
                source_kind="line", category="Общество", tags=["Япония", "диаспора"],
                views=1315, images=1, photo_credit="gov.kz"),
        Article(en.num, "en", en.day, en.title, "qa", list(en.paragraphs),
                list(en.raw_paragraphs), clock=time(9, 5), place=en.place, source=en.source,
                source_kind="line", images=1, category="Society",
                tags=["Kazakhstan", "Luxembourg"], views=412),
        Article(49120, "ru", date(2023, 4, 20), texts.SUBBOTNIK_TITLE, "regional",
                ["В Алматы прошёл общегородской весенний субботник, в котором приняли участие "
                 "более 60 тысяч жителей.", *texts.RU_POOL[3:5]], place="Алматы",
                source=PRESS[0], source_kind="press", photo_credit="pixabay", images=1,
                category="Социум", tags=["Алматы", "аким", "субботник"], views=683),
        Article(0, "ru", relative_day(),
                "В Алматы открылся новый пункт обслуживания населения", "portal",
                ["В Алматы в Алатауском районе открылся новый ЦОН на 40 окон.",
                 MONEY["ru"][0], texts.RU_POOL[0]], clock=time(9, 10), place="Алматы",
                source="Tengrinews.kz", source_kind="line", images=1, photo_credit="Tengrinews",
                category="Общество", tags=["Алматы", "ЦОН"], views=57, read_also=True),
    ]


def _story(lang: str, title: str, i: int, rng: random.Random) -> tuple[list[str], str | None]:
    if lang == "kk":
        stories = texts.KK_STORIES + KK_EXTRA
        paras = list(next(p for t, p in stories if t == title))
        return [*paras, *MONEY["kk"]] if i % 2 else paras, None
    paras, lead = texts.headline_story(lang, title, i, rng)
    if i % 3 == 0:
        paras.insert(1, rng.choice(MONEY[lang]))
    return paras, lead


def _place(lang: str, day: date, rng: random.Random) -> str:
    city = rng.choice([CAPITAL[lang][0], "Алматы" if lang != "en" else "Almaty", "Шымкент"
                       if lang != "en" else "Shymkent"])
    if city == CAPITAL[lang][0] and RENAMED[0] <= day <= RENAMED[1]:
        return CAPITAL[lang][1]
    return city


def _chapters(art: Article) -> None:
    """A long read: a lead, then chapters opened by a sub-heading, more text than the pool."""
    extra = texts.RU_POOL if art.lang == "ru" else texts.EN_POOL
    if art.lang == "kk":
        return
    more = [p for p in extra if p not in art.paragraphs][-2:]
    first, second = {"ru": ("Как всё начиналось", "Что дальше"),
                     "en": ("How it began", "What next")}[art.lang]
    art.paragraphs = [art.paragraphs[0], first, *art.paragraphs[1:], second, *more]
    art.headings = frozenset({1, len(art.paragraphs) - len(more) - 1})


def _source(art: Article, i: int, lead: str | None, rng: random.Random) -> None:
    art.source, art.source_kind = lead, "lead" if lead else None
    if art.cms == "tv":
        art.source, art.source_kind = CHANNELS[i % len(CHANNELS)], "channel"
    elif lead is None and art.lang == "ru" and art.cms in ("agency", "regional") and i % 3 == 0:
        art.source, art.source_kind = PRESS[i % len(PRESS)], "press"
    elif lead is None and i % 5 != 3:
        art.source, art.source_kind = rng.choice(texts.SOURCES[art.lang]), "line"


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead = _story(lang, title, i, rng)
    art = Article(0, lang, day, title, TEMPLATES[i % len(TEMPLATES)], paragraphs)
    day_only = art.cms == "longread" or (art.cms == "regional" and i % 2 == 0)
    art.clock = None if day_only else time(rng.randrange(7, 22), rng.choice([0, 5, 20, 35, 50]))
    art.place = _place(lang, day, rng) if (i // 7 + i // 3) % 2 == 0 else None
    art.category = None if (art.cms in ("tv", "qa") and i % 3 == 0) else rng.choice(
        texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    _source(art, i, lead, rng)
    art.images = 1 if art.cms == "tv" else (1, 1, 0, 2, 1)[i % 5]
    credit = art.images and art.cms != "tv" and i % 4 != 3
    art.photo_credit = rng.choice([*texts.PHOTO_CREDITS, "Ақпарат орталығы"]) if credit else None
    art.views = None if i % 6 == 1 else rng.randrange(40, 9000)
    art.read_also = art.cms in ("portal", "agency") and i % 2 == 0
    if art.cms == "longread":
        _chapters(art)
    return art


@cache
def build() -> tuple[Article, ...]:
    arts = generate(random.Random(SEED), _fixed(), texts.mix(KK_EXTRA), _generic)
    number(arts, (*ANCHORS, (relative_day() + timedelta(days=1), 59200)))
    return newest_first(arts)  # type: ignore[return-value]


_CATALOGUE = Catalogue(build, PER_PAGE)
by_num, truth, page_count = _CATALOGUE.by_num, _CATALOGUE.truth, _CATALOGUE.page_count
page_items = _CATALOGUE.page_items


def almaty_today() -> date:
    return datetime.now(ALMATY).date()


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.thirtyseventhsite import templates  # the templates import this module

    return routes.answer(target, host, _CATALOGUE, templates, ROBOTS)
