"""The ninety-fifth copy's articles, truth and router: ic24.kz as a daily newspaper's site.

The four known stories plus generated ones, fifteen to a page of ``/novosti`` (``?page=2``,
``?page=3``). Every story but the online-only ones belongs to an issue of the paper
(``№ 72 (29 876) от 20.04.2023``), on a page of it (``Полоса 3``); the issue has its own page
``/archive/2023/04/20/`` listing its stories by page, and its PDF. About a third of the
generated stories carry one ``look`` of their own (``LOOKS``), cycled so that every look occurs.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import cache
from urllib.parse import urlsplit

from tests.copykit import routes, stories
from tests.copykit.catalogue import CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

PER_PAGE = 15
LISTING = "/novosti"
ARCHIVE = "/archive/"
# Each look a generated story may carry (about one story in three carries one).
LOOKS = (
    "online_only",     # no issue: "Только на сайте" instead of the issue line, no Полоса
    "evening_before",  # posted online the evening before its issue's date
    "listing_time",    # the page prints the day only; the time of day only on the listing
    "sig_city",        # print signature after the text: "Айгуль САРСЕНОВА, Алматы"
    "sig_outlet",      # print signature naming the paper: "Ербол ТАСЫМОВ, «Центр информации»"
    "photo_author",    # signature then "Фото автора" (the credit of the photo is the author)
    "photo_archive",   # signature then "Фото из архива"
    "interview",       # print interview: bold questions, plain answers, kicker ИНТЕРВЬЮ
    "kicker",          # a kicker over the headline: АКТУАЛЬНО
    "subheadline",     # a subheadline under the headline
    "rubric_page",     # the rubric line names the page: "Общество | Полоса 5"
    "issue_dl",        # the issue as a list of labelled lines: "Номер: 72", "Полоса 3", PDF
    "subscribe_box",   # a "Подпишитесь на газету" box between the paragraphs
)
SIGNED = ("sig_city", "sig_outlet", "photo_author", "photo_archive")
TIMED = ("evening_before", "listing_time")
KK_EXTRA = [
    ("Қарағандыда жаңа мектеп пайдалануға берілді",
     ["Қарағанды қаласында 1200 орындық жаңа мектеп пайдалануға берілді.",
      "Мектепте робототехника кабинеті мен жүзу бассейні бар.",
      "Облыс әкімдігінің мәліметінше, биыл өңірде тағы төрт мектеп салынады."]),
]
# (name as signed, the name in the nominative, the city) for each language
SIGNERS = {
    "ru": [("Айгуль САРСЕНОВА", "Айгуль Сарсенова", "Алматы"),
           ("Ербол ТАСЫМОВ", "Ербол Тасымов", "Астана"),
           ("Наталья ЖУКОВА", "Наталья Жукова", "Караганда")],
    "en": [("Aigul SARSENOVA", "Aigul Sarsenova", "Almaty"),
           ("Yerbol TASSYMOV", "Yerbol Tassymov", "Astana")],
    "kk": [("Гүлнар ЖАҚСЫЛЫҚОВА", "Гүлнар Жақсылықова", "Алматы")],
}
ARCHIVE_CREDIT = {"ru": ("Фото из архива", "архив"), "en": ("Photo from the archive", "archive"),
                  "kk": ("Фото из архива", "архив")}
# An interview's questions (bold on the page) and answers, one paragraph each.
INTERVIEW = {
    "ru": ["– Что изменилось за последний год?",
           "– Главное – мы перестали работать по старинке. Все заявки теперь принимаются "
           "онлайн, очередей больше нет.",
           "– С какими трудностями столкнулись?",
           "– Не хватало специалистов. Сейчас мы обучаем молодых сотрудников сами, "
           "на базе колледжа.",
           "– Ваши планы на следующий год?",
           "– Открыть ещё два филиала в районах области."],
    "en": ["– What has changed over the past year?",
           "– Above all, we stopped working the old way. All applications are now accepted "
           "online, and there are no more queues.",
           "– What difficulties did you face?",
           "– We lacked specialists. Now we train young staff ourselves, at the college.",
           "– What are your plans for next year?",
           "– To open two more branches in the districts of the region."],
    "kk": ["– Соңғы жылы не өзгерді?",
           "– Ең бастысы, өтінімдердің бәрі енді онлайн қабылданады, кезек жоқ.",
           "– Алдағы жылға қандай жоспарларыңыз бар?",
           "– Облыстың аудандарында тағы екі филиал ашу."],
}
SUBHEADLINES = {
    "ru": "Что изменится для жителей и когда ждать результатов",
    "en": "What changes for residents and when to expect results",
    "kk": "Тұрғындар үшін не өзгереді",
}


@dataclass
class Article(CopyArticle):
    look: str = "plain"
    issue: bool = True         # the story was printed in an issue of the paper
    issue_day: date | None = None  # the issue's date (the publication day unless told)
    strip: int = 2             # the issue's page ("Полоса N") the story was printed on
    signer: tuple[str, str, str] | None = None  # (signed, nominative, city)

    @property
    def image_name(self) -> str:
        return hashlib.md5(self.id.encode()).hexdigest()[:12]  # noqa: S324 - a file name

    def image_paths(self) -> list[str]:
        """The story's one photo at the size the page shows it (the upload itself)."""
        if not self.images:
            return []
        return [f"/upload/news/{self.day:%Y/%m}/{self.image_name}.jpg"]

    @property
    def paper_day(self) -> date:
        return self.issue_day or self.day

    @property
    def issue_no(self) -> int:
        """The issue's number in its year (five issues a week)."""
        return self.paper_day.timetuple().tm_yday * 5 // 7 + 1

    @property
    def issue_total(self) -> int:
        """The issue's number since the paper's first."""
        return 29_000 + (self.paper_day - date(2020, 1, 1)).days * 5 // 7

    @property
    def issue_path(self) -> str:
        return f"{ARCHIVE}{self.paper_day:%Y/%m/%d}/"

    @property
    def pdf_path(self) -> str:
        return f"/upload/pdf/{self.paper_day:%Y}/ic-{self.issue_no}.pdf"


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng, KK_EXTRA)
    look = LOOKS[(i // 3) % len(LOOKS)] if i % 3 == 0 else "plain"
    signed = look in SIGNED
    if signed and lead_source:  # a staff writer's story names no agency in its lead
        paragraphs[0], lead_source = title.rstrip(".") + ".", None
    if look == "interview":
        paragraphs = paragraphs[:1] + INTERVIEW[lang]
    places = {"ru": ["Алматы", "Астана"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}[lang]
    place = None if signed or look == "interview" else (
        rng.choice(places) if rng.random() < 0.7 else None)
    clock: time | None = time(rng.randint(7, 12), rng.choice([0, 5, 15, 30, 42]))
    if look == "evening_before":
        clock = time(rng.randint(18, 22), rng.choice([10, 25, 40, 55]))
    elif look not in TIMED and rng.random() < 0.25:
        clock = None  # stories brought over from the print archive: the day only
    art = Article(0, lang, day, title, "gazeta", paragraphs, clock=clock, place=place,
                  look=look, strip=rng.randint(2, 12))
    attribute(art, lead_source, rng, named=not signed and look != "interview" and i % 3 != 2)
    art.issue = look != "online_only"
    if look == "evening_before":
        art.issue_day = day + timedelta(days=1)
    if signed:
        art.signer = rng.choice(SIGNERS[lang])
    art.images = 1 if rng.random() < 0.75 or look in ("photo_author", "photo_archive") else 0
    if look == "photo_author":
        art.photo_credit = art.signer[1] if art.signer else None
    elif look == "photo_archive":
        art.photo_credit = ARCHIVE_CREDIT[lang][1]
    elif art.images and rng.random() < 0.8:
        art.photo_credit = rng.choice(stories.PHOTO_CREDITS)
    art.category = (rng.choice(stories.RUBRICS[lang])
                    if rng.random() < 0.85 or look == "rubric_page" else None)
    art.tags = stories.some_tags(lang, rng)
    roll = rng.random()
    art.views = None if roll < 0.1 else 0 if roll < 0.2 else rng.randint(12, 9800)
    return art


def _fixed() -> list[Article]:
    return known_four(Article, "gazeta", ru=dict(strip=3), pair=dict(issue=False),
                      en=dict(strip=8), subbotnik=dict(strip=1))


CATALOGUE = standard_catalogue(9595, _fixed, _make, PER_PAGE, KK_EXTRA)
build = CATALOGUE.build
by_num = CATALOGUE.by_num
truth = CATALOGUE.truth
page_count = CATALOGUE.page_count
page_items = CATALOGUE.page_items
TWINS = {45694: 45713, 45713: 45694}  # the Russian seed and its English version

ROBOTS = (b"User-agent: *\n"
          b"Disallow: /search/\n"
          b"Disallow: /personal/\n"
          b"Disallow: /upload/pdf/\n"
          b"Disallow: /print/\n"
          b"\n"
          b"User-agent: Yandex\n"
          b"Disallow: /search/\n"
          b"Clean-param: utm_source&utm_medium&utm_campaign\n")


@cache
def issues() -> dict[str, list[Article]]:
    """Each issue's page path and the printed stories in it (by page)."""
    out: dict[str, list[Article]] = {}
    for a in build():
        if a.issue:
            out.setdefault(a.issue_path, []).append(a)
    for arts in out.values():
        arts.sort(key=lambda a: a.strip)
    return out


_PDF = re.compile(r"^/upload/pdf/\d{4}/ic-\d+\.pdf$")


def route(target: str, host: str) -> Response:
    from tests.ninetyfifthsite import templates

    path = urlsplit(target).path
    base = f"http://{host}"
    if path == ARCHIVE:
        return templates.archive(base)
    if path.startswith(ARCHIVE):
        if not path.endswith("/"):
            return routes.moved(base + path + "/")
        arts = issues().get(path)
        if arts is None:
            return routes.not_found(templates.not_found())
        return templates.issue(arts, base)
    if _PDF.match(path):
        if not any(a.issue and a.pdf_path == path for a in build()):
            return routes.not_found(templates.not_found())
        return 200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n% issue\n%%EOF\n"
    return routes.answer(target, host, CATALOGUE, templates, ROBOTS, home=LISTING)
