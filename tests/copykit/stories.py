"""Clean text for the fifth and sixth copies: headlines, paragraph pools, rubrics, tags, sources."""

from __future__ import annotations

import random
from collections.abc import Sequence

from tests.copykit import seeds

# Russian headlines: the "ru" block the seed dumps carry (real headlines of the outlet).
RU_TITLES = [title for _, title in seeds.ru().headlines + seeds.en().headlines]

EN_TITLES = [
    "Almaty opens two new metro stations",
    "Kazakhstan to plant two billion trees by 2025",
    "Astana hosts forum of young entrepreneurs",
    "Grain exports reach record level this season",
    "New children's hospital opens in Shymkent",
    "Charyn Canyon visitor centre receives first tourists",
    "Kazakh wrestlers win three gold medals in Bishkek",
    "Digital family map to help target social support",
    "Senate passes amnesty law",
    "Almaty creates more than 50,000 jobs",
    "Snow leopard cubs born at Almaty Zoo",
    "Turkistan restores historic monuments",
    "Kazakhstan and EBRD discuss new infrastructure projects",
    "Wheat harvest in northern regions nears completion",
    "Medeu skating rink opens the winter season",
]
PAIR_EN_TITLE = "Kazakhs in Japan set up their own association"
SUBBOTNIK_TITLE = "В Алматы прошёл общегородской субботник"

KK_STORIES = [
    ("Алматыда жаңа саябақ ашылды",
     ["Алматыда Наурызбай ауданында жаңа саябақ ашылды.",
      "Саябақта балалар алаңы, велосипед жолы және спорт алаңдары салынған.",
      "Қала әкімдігінің мәліметінше, биыл тағы үш саябақ ашылады."]),
    ("Шымкентте жастар форумы өтті",
     ["Шымкентте өңірлік жастар форумы өтті.",
      "Форумға мыңнан астам жас кәсіпкер мен студент қатысты.",
      "Қатысушылар жастар саясатының басым бағыттарын талқылады."]),
    ("Астанада қысқы маусымға дайындық басталды",
     ["Астанада қысқы маусымға дайындық басталды.",
      "Қала көшелерін тазалауға үш жүзден астам арнайы техника жұмылдырылады.",
      "Жылу беру маусымы қазан айының ортасында басталады."]),
]

RU_POOL = [
    "По словам представителей ведомства, работы планируется завершить до конца года.",
    "Финансирование проекта осуществляется за счёт средств местного бюджета.",
    "Жители района давно ждали решения этого вопроса, отмечают в акимате.",
    "В мероприятии приняли участие представители государственных органов, бизнеса и "
    "общественных организаций.",
    "Контроль за ходом работ возложен на профильное управление.",
    "Ранее сообщалось, что аналогичные меры приняты ещё в нескольких регионах страны.",
    "Эксперты считают, что решение позволит снизить нагрузку на бюджет в ближайшие годы.",
    "Подробности можно узнать на официальном сайте ведомства и по телефону «горячей линии».",
    "В текущем году на эти цели выделено более 2,5 млрд тенге.",
    "Специалисты напоминают о необходимости соблюдать правила безопасности.",
    "Итоги работы будут подведены на заседании правительства в следующем месяце.",
    "По данным статистики, показатель вырос на 12% по сравнению с прошлым годом.",
]
EN_POOL = [
    "According to officials, the work is expected to be completed by the end of the year.",
    "The project is financed from the local budget.",
    "Residents of the district had long been waiting for the decision, the city administration "
    "said.",
    "Representatives of government agencies, business and civil society took part in the event.",
    "Experts believe the decision will reduce the burden on the budget in the coming years.",
    "More than 2.5 billion tenge has been allocated for these purposes this year.",
    "The results will be discussed at a government meeting next month.",
    "According to statistics, the figure grew by 12% compared to last year.",
    "Further details are available on the official website of the ministry.",
    "Specialists remind citizens of the need to follow safety rules.",
]

RU_RUBRICS = ["Общество", "Экономика", "Политика", "Происшествия", "Культура", "Спорт"]
EN_RUBRICS = ["Society", "Economy", "Politics", "Incidents", "Culture", "Sport"]
KK_RUBRICS = ["Қоғам", "Экономика"]
RU_RUBRIC_SLUGS = dict(zip(RU_RUBRICS, ["obshchestvo", "ekonomika", "politika", "proisshestviya",
                                        "kultura", "sport"], strict=True))
RU_TAGS = ["Алматы", "Астана", "аким", "бюджет", "образование", "здравоохранение",
           "экология", "транспорт", "МВД", "село", "молодёжь", "туризм"]
EN_TAGS = ["Almaty", "Astana", "economy", "education", "healthcare", "ecology", "transport",
           "tourism", "youth"]
KK_TAGS = ["Алматы", "жастар", "Астана"]
RU_SOURCES = ["КазТАГ", "Kazinform", "Tengrinews.kz", "пресс-служба акимата Алматы"]
EN_SOURCES = ["Kazinform", "The Astana Times", "EU Reporter", "Akorda"]
RU_LEADS = [(", сообщает {0}", "КазТАГ"), (", передает {0}", "Kazinform")]
EN_LEADS = [(", {0} reports", "Kazinform"), (", reports {0}", "The Astana Times")]
PHOTO_CREDITS = ["gov.kz", "pixabay", "akorda.kz", "Центр информации", "primeminister.kz"]
RUBRICS = {"ru": RU_RUBRICS, "en": EN_RUBRICS, "kk": KK_RUBRICS}
TAGS = {"ru": RU_TAGS, "en": EN_TAGS, "kk": KK_TAGS}
SOURCES = {"ru": RU_SOURCES, "en": EN_SOURCES, "kk": RU_SOURCES}  # kk pages cite ru names


def headline_story(lang: str, title: str, i: int,
                   rng: random.Random) -> tuple[list[str], str | None]:
    """A ru/en lead built from the headline plus pool paragraphs; every fifth lead names its
    source (returned, else None)."""
    pool, leads = (RU_POOL, RU_LEADS) if lang == "ru" else (EN_POOL, EN_LEADS)
    source, lead = None, title.rstrip(".")
    if i % 5 == 1:
        pattern, source = leads[i % len(leads)]
        lead += pattern.format(source)
    return [lead + ".", *rng.sample(pool, rng.choice([2, 3, 4]))], source


def mix(kk_extra: Sequence[tuple[str, list[str]]] = (), en: int = 12) -> list[tuple[str, str]]:
    """(lang, headline) of a copy's generated articles: 24 Russian headlines, ``en`` English
    ones, the Kazakh stories and a copy's own Kazakh stories."""
    return ([("ru", t) for t in RU_TITLES[:24]] + [("en", t) for t in EN_TITLES[:en]]
            + [("kk", t) for t, _ in [*KK_STORIES, *kk_extra]])


def story(lang: str, title: str, i: int, rng: random.Random,
          kk_extra: Sequence[tuple[str, list[str]]] = ()) -> tuple[list[str], str | None]:
    """A generated article's paragraphs and the source its lead names: a Kazakh headline's own
    story (``KK_STORIES`` or the copy's ``kk_extra``, naming no source), else
    ``headline_story``."""
    if lang == "kk":
        return list(next(p for t, p in [*KK_STORIES, *kk_extra] if t == title)), None
    return headline_story(lang, title, i, rng)


def some_tags(lang: str, rng: random.Random) -> list[str]:
    """None to three of the language's tags, picked at random."""
    return rng.sample(TAGS[lang], rng.choice([0, 1, 2, 3]))
