"""The forty-seventh copy's articles, truth and router (see the package docstring)."""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import cache
from urllib.parse import parse_qs, urlsplit

from tests.copykit import catalogue, routes, seeds, stories
from tests.copykit.catalogue import ANCHORS, Catalogue, CopyArticle, Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, ru_slug
from tests.fortyseventhsite import kazakh, templates
from tests.fortyseventhsite.kazakh import KK_MONTH_CAPS, RU_MONTH_CAPS, latin

LISTING = "/novosti"
PER_PAGE = 8
# ids SITE.md knows plus one for 2019, the year before the shared anchors start
IDS = ((date(2019, 1, 1), 37000), *ANCHORS)
HTML = "text/html; charset=utf-8"

# The written forms each field takes on the copy's pages (the test checks every one occurs).
DATELINES = {
    # Алматы. 16 сәуір. Ақпарат орталығы - / Астана қаласы, 2 тамыз. / АЛМАТЫ. 20 сәуір. … /
    # Алматы. 3 ноября. Ақпарат орталығы - (a Russian month on a Kazakh page) / none
    "kk": ("std", "qalasy", "caps", "ru_month", None),
    "acute": ("std",), "apos": ("std",),  # Almaty. 16 sáýir. Aqparat ortalyǵy - / sa'uir
    "ru": ("std", None), "en": ("std", None),
}
DATES = {
    # 16 Сәуір 2021 / 02 Тамыз 2021 / 20 Апреля 2023 / 2022 жылғы 25 тамыз /
    # 02 Қыркүйек 2024, 11:30 / 12.11.2021 / 12 қыркүйек 2019 ж. /
    # none (the dateline's day and month, the listing's year)
    "kk": ("kk", "kk_pad", "ru_left", "kk_year_first", "kk_time", "numeric", "kk_zh", "none"),
    "acute": ("latin",), "apos": ("latin",),  # 16 Sáýir 2020 / 20 Mausym 2019
    "ru": ("ru", "numeric"), "en": ("en", "ru"),  # August 2, 2021 / 02 Августа 2021
}
VIEWS = {
    "kk": ("label", "bare", "eye", None),  # Қаралды: 683 / 683 / 👁-icon 683 / none
    "acute": ("label_lat",), "apos": ("label_lat",),  # Qaraldy: 312
    "ru": ("bare", "eye", "ru_label"), "en": ("bare", "en_label"),
}
SOURCES = {
    # Дереккөз: X / Ақпарат көзі: X / Источник: X / "…, деп хабарлайды X." /
    # "Бұл туралы X хабарлады." / none
    "kk": ("derekkoz", "akparat", "istochnik", "lead_dep", "lead_bul", None),
    # Derekkóz: X / dep habarlaidy X / Derekko'z: X
    "acute": ("lat_line", "lat_lead", None), "apos": ("lat_line", None),
    "ru": ("ru_line", "ru_lead", "both", None), "en": ("ru_line", "both", None),
}
PHOTOS = {
    "kk": ("suret", "foto", "foto_space", None),  # Сурет: gov.kz / Фото:pixabay / Фото: X
    "acute": ("lat", None), "apos": ("lat", None),  # Sýret: pixabay / Suret: gov.kz
    "ru": ("foto", None), "en": ("foto", None),
}
HAZARDS = ("latin_i", "latin_i_title", "lookalikes", "hex", "cp1251")


@dataclass
class Article(CopyArticle):
    story: str = ""  # the story's key when it is told in several languages
    script: str = "cyr"  # "cyr", or a Kazakh page in Latin letters: "acute" / "apos"
    place_cyr: str | None = None  # the dateline's place as the Cyrillic page writes it
    forms: dict[str, str | None] = field(default_factory=dict)
    hazards: tuple[str, ...] = ()
    raw_title: str | None = None
    listing_form: str = "ru"  # the listing's date: "ru" (16 Апреля 2021) / "kk" (16 Сәуір 2021)

    @property
    def slug(self) -> str:
        if self.lang == "en":
            return super().slug
        return ru_slug(self.story_title if self.script != "cyr" else self.title)

    story_title: str = ""  # a Latin page's slug is the Cyrillic headline's

    @property
    def template(self) -> str:
        if self.day < date(2021, 1, 1):
            return "old"
        return "mid" if self.day < date(2024, 1, 1) else "new"

    @property
    def kind(self) -> str:
        """The form tables' key: the language, or the Latin alphabet of a Kazakh page."""
        return self.script if self.script != "cyr" else self.lang

    def image_paths(self) -> list[str]:
        out = []
        for k in range(self.images):
            h = hashlib.sha1(f"{self.num}-{k}".encode()).hexdigest()[:24]
            out.append(f"/upload/iblock/{h[:3]}/{h}.jpg")
        return out

    # ------------------------------------------------------------------ printed values

    def dateline_text(self) -> str:
        form = self.forms.get("dateline")
        if not form or not self.place:
            return ""
        d, m = self.day.day, self.day.month - 1
        if self.lang == "ru":
            return f"{self.place}. {d} {RU_MONTHS[m]}. Центр информации - "
        if self.lang == "en":
            return f"{self.place}. {EN_MONTHS[m]} {d}. Information Center - "
        place, month = self.place_cyr or self.place, KK_MONTHS[m]
        text = {
            "std": f"{place}. {d} {month}. Ақпарат орталығы - ",
            "qalasy": f"{place} қаласы, {d} {month}. ",
            "caps": f"{place.upper()}. {d} {month}. Ақпарат орталығы - ",
            "ru_month": f"{place}. {d} {RU_MONTHS[m]}. Ақпарат орталығы - ",
        }[form]
        return latin(text, self.script)

    def date_text(self) -> str:
        d, m, y = self.day.day, self.day.month - 1, self.day.year
        clock = f", {self.clock:%H:%M}" if self.clock else ""
        return {
            "kk": f"{d} {KK_MONTH_CAPS[m]} {y}",
            "kk_pad": f"{d:02d} {KK_MONTH_CAPS[m]} {y}",
            "ru_left": f"{d:02d} {RU_MONTH_CAPS[m]} {y}",
            "kk_year_first": f"{y} жылғы {d} {KK_MONTHS[m]}",
            "kk_zh": f"{d} {KK_MONTHS[m]} {y} ж.",
            "kk_time": f"{d:02d} {KK_MONTH_CAPS[m]} {y}{clock}",
            "numeric": f"{d:02d}.{m + 1:02d}.{y}",
            "latin": f"{d:02d} {latin(KK_MONTH_CAPS[m], self.script)} {y}",
            "ru": f"{d:02d} {RU_MONTH_CAPS[m]} {y}",
            "en": f"{EN_MONTHS[m]} {d}, {y}",
            "none": "",
        }[str(self.forms["date"])]

    def listing_date(self) -> str:
        d, m, y = self.day.day, self.day.month - 1, self.day.year
        months = KK_MONTH_CAPS if self.listing_form == "kk" else RU_MONTH_CAPS
        return f"{d:02d} {months[m]} {y}"

    def views_label(self) -> str:
        """The words before the count ("" for a bare count or an icon)."""
        return {"label": "Қаралды: ", "label_lat": "Qaraldy: ", "ru_label": "Просмотров: ",
                "en_label": "Views: "}.get(str(self.forms.get("views")), "")

    def source_text(self) -> str:
        form = self.forms.get("source")
        if not self.source or form not in ("derekkoz", "akparat", "istochnik", "lat_line",
                                           "ru_line", "both"):
            return ""
        label = {"derekkoz": "Дереккөз:", "akparat": "Ақпарат көзі:",
                 "lat_line": latin("Дереккөз:", self.script)}.get(str(form), "Источник:")
        return f"{label} {self.source}"

    def photo_line(self) -> str:
        form = self.forms.get("photo")
        if not self.photo_credit or not form:
            return ""
        if form == "suret":
            return f"Сурет: {self.photo_credit}"
        if form == "foto_space":
            return f"Фото: {self.photo_credit}"
        if form == "lat":
            return f"{latin('Сурет', self.script)}: {self.photo_credit}"
        return f"Фото:{self.photo_credit}"

    def first_raw(self) -> list[str]:
        """The paragraphs as the page writes them, the dateline before the first."""
        raw = list(self.raw_paragraphs or self.paragraphs)
        raw[0] = self.dateline_text() + raw[0]
        return raw


# --------------------------------------------------------------------------- Kazakh pages


@dataclass(frozen=True)
class Plan:
    key: str
    day: date
    place: str | None
    dateline: str | None
    date: str
    views: tuple[str | None, int | None]
    source: tuple[str | None, str | None] = (None, None)
    photo: tuple[str | None, str | None] = (None, None)
    rubric: str | None = None
    tags: tuple[str, ...] = ()
    script: str = "cyr"
    clock: time | None = None
    num: int = 0
    hazards: tuple[str, ...] = ()
    listing: str = "ru"
    pool: int = 1  # pool paragraphs after the story's own


KK_PLAN = (
    Plan("japan", date(2021, 4, 16), "Алматы", "std", "kk", ("label", 391),
         ("lead_dep", "Kazinform"), ("suret", "gov.kz"), "Әлем",
         ("Жапония", "диаспора", "қандастар"), num=45695, listing="kk", pool=0),
    Plan("lux", date(2021, 8, 2), "Алматы", "qalasy", "kk_pad", ("label", 254),
         ("derekkoz", "EU Reporter"), ("foto", "pixabay"), "Мәдениет",
         ("Люксембург", "көрме", "балалар"), num=46770, hazards=("hex",), pool=0),
    Plan("senbilik", date(2023, 4, 20), "Алматы", "caps", "ru_left", ("label", 683),
         ("istochnik", "Kazinform"), ("suret", "gov.kz"), "Қоғам",
         ("Алматы", "әкім", "сенбілік"), num=49121, pool=0),
    Plan("metro", date(2024, 9, 2), "Алматы", "std", "kk_time", ("label", 1520),
         ("akparat", "Алматы метрополитені"), ("suret", "metroalmaty.kz"), "Қоғам",
         ("Алматы", "метро", "көлік"), clock=time(11, 30), listing="kk", pool=0),
    Plan("sayabaq", date(2020, 4, 16), "Алматы", "std", "latin", ("label_lat", 312),
         ("lat_line", "Kazinform"), ("lat", "gov.kz"), "Қоғам",
         ("Алматы", "саябақ", "әкімдік"), script="acute", hazards=("cp1251",)),
    Plan("forum", date(2019, 6, 20), "Шымкент", "std", "latin", ("label_lat", 145),
         photo=("lat", "gov.kz"), rubric="Қоғам", tags=("Шымкент", "жастар"), script="apos",
         hazards=("cp1251",), listing="kk"),
    Plan("qys", date(2023, 10, 5), "Астана", "qalasy", "kk_pad", ("bare", 2104),
         ("lead_bul", "ҚазАқпарат"), ("foto_space", "ашық дереккөзден"), "Қоғам",
         ("Астана", "қыс", "жылу")),
    Plan("turkistan", date(2019, 9, 12), "Түркістан", "std", "kk_zh", ("eye", 88),
         ("akparat", "Түркістан облысы әкімдігі"), ("foto", "gov.kz"), "Мәдениет",
         ("Түркістан", "тарих", "мұра"), hazards=("cp1251",), listing="kk", pool=2),
    Plan("mektep", date(2022, 8, 25), None, None, "kk_year_first", ("label", 977),
         ("lead_bul", "ҚазАқпарат"), rubric="Білім және ғылым",
         tags=("білім", "мектеп", "тамақтану"), hazards=("latin_i", "latin_i_title")),
    Plan("baluan", date(2024, 2, 29), "Астана", "std", "kk", ("label", 640),
         ("lead_dep", "Kazinform"), ("foto", "olympic.kz"), "Спорт",
         ("күрес", "Азия чемпионаты"), hazards=("lookalikes",), listing="kk"),
    Plan("barys", date(2024, 3, 1), "Алматы", "std", "kk_time", ("label", 2231),
         photo=("suret", "Алматы хайуанаттар бағы"), rubric="Қоғам",
         tags=("Алматы", "хайуанаттар бағы", "қар барысы"), clock=time(9, 15)),
    Plan("eo", date(2021, 11, 12), "Нұр-Сұлтан", "qalasy", "numeric", ("label", 531),
         ("derekkoz", "Akorda.kz"), ("suret", "akorda.kz"), "Саясат",
         ("Президент", "Еуропалық одақ"), listing="kk"),
    Plan("munai", date(2020, 11, 3), "Алматы", "ru_month", "ru_left", ("eye", 402),
         ("istochnik", "Reuters"), rubric="Әлем", tags=("мұнай", "Brent"),
         hazards=("cp1251", "lookalikes"), pool=2),
    Plan("auruhana", date(2025, 1, 22), "Шымкент", "std", "kk", ("label", 1204),
         ("akparat", "Денсаулық сақтау министрлігі"), ("foto", "primeminister.kz"),
         "Денсаулық", ("Шымкент", "денсаулық сақтау", "аурухана")),
    Plan("astyq", date(2019, 10, 8), "Нұр-Сұлтан", "std", "latin", ("label_lat", 233),
         ("lat_lead", "Kazinform"), rubric="Экономика", tags=("астық", "егін"),
         script="acute", hazards=("cp1251",), pool=2),
    Plan("sharyn", date(2021, 6, 8), "Алматы", "std", "latin", ("label_lat", 175),
         photo=("lat", "pixabay"), rubric="Қоғам", tags=("Шарын", "туризм"), script="acute",
         hazards=("lookalikes",), listing="kk", pool=2),
    Plan("festival", date(2025, 8, 2), "Астана", "qalasy", "kk_pad", ("label", 388),
         photo=("suret", "gov.kz"), rubric="Білім және ғылым",
         tags=("Астана", "ғылым", "фестиваль")),
    Plan("medeu", date(2019, 12, 14), "Алматы", "std", "latin", ("label_lat", 96),
         ("lat_line", "Kazinform"), rubric="Спорт", tags=("Медеу", "спорт"), script="apos",
         hazards=("cp1251",), pool=2),
    Plan("jol", date(2022, 4, 18), "Ақтөбе", "std", "none", ("label", 310),
         hazards=("hex",), listing="kk", pool=2),
    Plan("jylu", date(2020, 10, 1), "Қарағанды", "qalasy", "none", (None, None),
         ("derekkoz", "Kazinform"), rubric="Қоғам", tags=("Қарағанды", "жылу"),
         hazards=("cp1251", "latin_i")),
)


def _lead(first: str, form: str | None, source: str | None) -> str:
    """The first paragraph naming its source the Kazakh way."""
    if form in ("lead_dep", "lat_lead"):
        return f"{first.rstrip('.')}, деп хабарлайды {source}."
    if form == "lead_bul":
        return f"{first} Бұл туралы {source} хабарлады."
    return first


def _spaces(paragraphs: list[str], num: int) -> list[str]:
    """No-break and zero-width spaces a visual editor leaves (normalisation removes them)."""
    out = list(paragraphs)
    if len(out) > 1 and num % 2:
        out[1] = out[1].replace(" ", "\u00a0", 2)
    if num % 3 == 0:
        out[-1] = out[-1].replace(" ", " \u200b", 1)
    return out


def _kk_article(p: Plan, rng: random.Random) -> Article:
    title, own = kazakh.STORIES[p.key]
    paragraphs = [_lead(own[0], p.source[0], p.source[1]), *own[1:],
                  *rng.sample(kazakh.POOL, p.pool)]
    s = p.script
    art = Article(
        p.num, "kk", p.day, latin(title, s), p.key, [latin(x, s) for x in paragraphs],
        clock=p.clock, place=latin(p.place, s) if p.place else None, source=p.source[1],
        source_line=p.source[0] in ("derekkoz", "akparat", "istochnik", "lat_line"),
        photo_credit=p.photo[1], images=1 if p.photo[1] else rng.choice([0, 1]),
        category=latin(p.rubric, s) if p.rubric else None, tags=[latin(t, s) for t in p.tags],
        views=p.views[1], story=p.key, script=s, place_cyr=p.place,
        forms={"dateline": p.dateline, "date": p.date, "views": p.views[0],
               "source": p.source[0], "photo": p.photo[0]},
        hazards=p.hazards, listing_form=p.listing, story_title=title)
    raw = _spaces(art.paragraphs, len(title))
    if "latin_i" in p.hazards:
        raw = [kazakh.latin_i(x) for x in raw]
    if "latin_i_title" in p.hazards:
        art.raw_title = kazakh.latin_i(art.title)
    if "lookalikes" in p.hazards:
        raw = raw[:1] + [kazakh.lookalikes(x) for x in raw[1:]]
    art.raw_paragraphs = raw
    return art


# --------------------------------------------------------------------------- ru and en pages


def _twins() -> list[Article]:
    ru, en = seeds.ru(), seeds.en()
    out = [
        Article(ru.num, "ru", ru.day, ru.title, "japan", list(ru.paragraphs),
                raw_paragraphs=list(ru.raw_paragraphs), place=ru.place, source=ru.source,
                source_line=True, photo_credit="gov.kz", images=1, category="Общество",
                tags=["Япония", "диаспора"], views=1045, story="japan",
                forms={"dateline": "std", "date": "ru", "views": "bare", "source": "both",
                       "photo": "foto"}),
        Article(en.num, "en", en.day, en.title, "lux", list(en.paragraphs),
                raw_paragraphs=list(en.raw_paragraphs), place=en.place, source=en.source,
                source_line=True, photo_credit="pixabay", images=2, category="Culture",
                tags=["Luxembourg", "exhibition"], views=517, story="lux",
                forms={"dateline": "std", "date": "en", "views": "en_label", "source": "both",
                       "photo": "foto"}),
        Article(45713, "en", date(2021, 4, 19), *_told("japan", "en"), place="Almaty",
                source="Kazinform", category="Society", tags=["Japan", "diaspora"], views=206,
                story="japan", forms={"dateline": "std", "date": "ru", "views": "bare",
                                      "source": "ru_lead", "photo": None}),
        Article(46769, "ru", date(2021, 8, 2), *_told("lux", "ru"), place="Алматы",
                source="EU Reporter", source_line=True, photo_credit="pixabay", images=1,
                category="Культура", tags=["Люксембург", "выставка"], views=329, story="lux",
                forms={"dateline": "std", "date": "ru", "views": "eye", "source": "both",
                       "photo": "foto"}),
        # SITE.md's info line: "20 Апреля 2023 683 Социум Алматы, аким, субботник"
        Article(49120, "ru", date(2023, 4, 20), *_told("senbilik", "ru"), place="Алматы",
                photo_credit="pixabay", images=1, category="Социум",
                tags=["Алматы", "аким", "субботник"], views=683, story="senbilik",
                forms={"dateline": "std", "date": "ru", "views": "bare", "source": None,
                       "photo": "foto"}),
        Article(0, "ru", date(2024, 9, 2), *_told("metro", "ru"), place="Алматы",
                photo_credit="metroalmaty.kz", images=2, category="Общество",
                tags=["Алматы", "метро", "транспорт"], views=3120, story="metro",
                clock=time(11, 0), forms={"dateline": "std", "date": "numeric",
                                          "views": "ru_label", "source": None,
                                          "photo": "foto"}),
        Article(0, "en", date(2024, 9, 2), *_told("metro", "en"),
                photo_credit="metroalmaty.kz", images=1, category="Society",
                tags=["Almaty", "metro"], views=410, story="metro", clock=time(12, 10),
                forms={"dateline": None, "date": "en", "views": "bare", "source": None,
                       "photo": "foto"}),
    ]
    return out


def _told(key: str, lang: str) -> tuple[str, str, list[str]]:
    """(title, cms, paragraphs) of a story's Russian or English version."""
    title, paragraphs = (kazakh.RU_TWINS if lang == "ru" else kazakh.EN_TWINS)[key]
    return title, key, list(paragraphs)


def _spread(rng: random.Random, count: int, taken: set[date]) -> list[date]:
    """Days from 2019 to 2025, at least four days from every other article's."""
    start, span = date(2019, 1, 10), (date(2025, 12, 20) - date(2019, 1, 10)).days
    days: list[date] = []
    while len(days) < count:
        day = start + timedelta(days=rng.randrange(span))
        if all(abs((day - other).days) > 3 for other in taken | set(days)):
            days.append(day)
    return sorted(days)


def _generated(j: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    """The ``j``-th generated article of its language; its forms go round the tables."""
    paragraphs, _ = stories.headline_story(lang, title, 0, rng)  # i=0: a lead naming nobody
    form = SOURCES[lang][j % len(SOURCES[lang])]
    source = None
    if form in ("ru_lead", "both"):
        pattern, source = (stories.RU_LEADS if lang == "ru" else stories.EN_LEADS)[j % 2]
        paragraphs[0] = title.rstrip(".") + pattern.format(source) + "."
    elif form == "ru_line":
        source = rng.choice(stories.SOURCES[lang])
    credit = rng.choice(stories.PHOTO_CREDITS) if j % 4 else None
    rubrics = stories.RUBRICS[lang]
    place = None if j % 5 == 3 else rng.choice(["Алматы", "Астана"] if lang == "ru"
                                               else ["Almaty", "Astana"])
    return Article(
        0, lang, day, title, "generated", paragraphs, place=place,
        source=source, source_line=form in ("ru_line", "both"), photo_credit=credit,
        images=1 if credit else 0,
        category=None if j % 7 == 5 else rubrics[j % len(rubrics)],
        tags=rng.sample(stories.TAGS[lang], j % 4),
        views=None if j % 6 == 4 else rng.randrange(40, 3000),
        forms={"dateline": "std" if place else None, "date": DATES[lang][j % 2],
               "views": VIEWS[lang][j % len(VIEWS[lang])], "source": form,
               "photo": "foto" if credit else None})


def _listing_order(arts: Sequence[Article]) -> tuple[Article, ...]:
    return tuple(sorted(arts, key=lambda a: (a.local, a.num), reverse=True))


@cache
def build() -> tuple[Article, ...]:
    """44 articles: 20 Kazakh (5 of them in Latin letters), 16 Russian, 8 English."""
    rng = random.Random(47)
    arts = [_kk_article(p, rng) for p in KK_PLAN] + _twins()
    titles = ([("ru", t) for t in stories.RU_TITLES[:12]]
              + [("en", t) for t in stories.EN_TITLES[1:6]])
    rng.shuffle(titles)
    days = _spread(rng, len(titles), {a.day for a in arts})
    seen: Counter[str] = Counter()
    for i, (lang, title) in enumerate(titles):
        arts.append(_generated(seen[lang], lang, title, days[i], rng))
        seen[lang] += 1
    catalogue.number(sorted(arts, key=lambda a: (a.day, a.num == 0)), IDS)
    return _listing_order(arts)


CATALOGUE = Catalogue(build, PER_PAGE)
by_num = CATALOGUE.by_num
page_count = CATALOGUE.page_count


def truth(base_url: str) -> dict[str, dict[str, object]]:
    return CATALOGUE.truth(base_url)


def twins(art: Article) -> dict[str, Article]:
    """The other-language versions of the article's story (different ids)."""
    if not art.story or art.cms == "generated":
        return {}
    return {a.lang: a for a in build() if a.story == art.story and a is not art}


# --------------------------------------------------------------------------- router


def route(target: str, host: str) -> Response:
    base = f"http://{host}"
    parts = urlsplit(target)
    path = parts.path
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, templates.ROBOTS.encode()
    if path == LISTING:
        query = parse_qs(parts.query)
        page = query.get("page", ["1"])[0]
        if not page.isdigit() or not 1 <= int(page) <= page_count() or set(query) - {"page"}:
            return 404, {"Content-Type": HTML}, templates.not_found()
        if parts.query and int(page) == 1:
            return routes.moved(base + LISTING)
        return 200, {"Content-Type": HTML}, templates.listing(
            CATALOGUE.page_items(int(page)), int(page), page_count())
    if path.startswith("/upload/") and path.endswith(".jpg"):
        return 200, {"Content-Type": "image/jpeg"}, templates.JPEG
    if path.startswith("/news/"):
        return CATALOGUE.article_or_404(path, base, _render, templates.not_found)
    return 404, {"Content-Type": HTML}, templates.not_found()


def _render(art: CopyArticle, base: str) -> Response:
    assert isinstance(art, Article)
    body, charset = templates.article(art, base, twins(art), _latest(art))
    return 200, {"Content-Type": f"text/html; charset={charset}"}, body


def _latest(art: Article) -> list[Article]:
    """The "latest news" sidebar: the six articles after this one in the listing."""
    arts = build()
    i = arts.index(art)
    return [arts[(i + k) % len(arts)] for k in range(1, 7)]
