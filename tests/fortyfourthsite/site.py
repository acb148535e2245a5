"""The forty-fourth copy's articles, truth and router: English pages of a Russian CMS.

Truth calls (what the feed should say where the page leaves room):

- ``lang`` is the language of the headline and the text: ``en`` on every English page even
  though the CMS writes ``<html lang="ru">``, ``og:locale=ru_RU``, sometimes a Russian
  ``<title>``/``og:title``, a Russian date, a Russian "Источник:" label and a sidebar of
  Russian headlines around it.
- ``title`` is the ``<h1>`` normalised (homoglyphs repaired, zero-width characters dropped),
  never the Russian ``<title>``.
- ``published_at`` is the info line's date (English or Russian month names) at 00:00 Almaty,
  or at the clock the info line shows (precision ``minute``; "12:40 am" is 00:40); on the one
  page whose info line has no date, the dateline's day and month with the listing date's year.
- ``dateline_place`` is the place as a name: "ALMATY, August 2 (Information Center) –" gives
  "Almaty", "Аlmaty" (a Cyrillic "А") "Almaty"; a Russian dateline left over an English text
  ("Астана. 2 августа. Центр информации - ") gives "Астана"; no dateline, None.
- ``source`` is the name after "Источник:"/"Source:" (a linked name too, or a line after a
  ``<br>`` in the last paragraph); without that line, the agency the lead names ("Kazinform
  reports" / "according to Kazinform" / "According to Kazinform, …" -> "Kazinform";
  "reported the press service of the Government" -> "press service of the Government",
  without the article); nothing, None. "according to the results of ..." and
  "the ministry said" are not attributions.
- ``photo_credit`` is the name after "Photo:", "Photo by", "Фото:" (under the photo, glued to
  the text, or as the text's last line in italics); a photo without credit, None.
- ``category`` is the rubric as written ("Economy and business"); no rubric, None. ``tags``
  as written, capitals kept, homoglyphs repaired; none shown, [] (the CMS's default Russian
  ``<meta name="keywords">`` on those pages is not tags). ``views`` the counter; none, None.
- ``body`` is the text's paragraphs without dateline, credit line, "Источник:"/"Source:" line,
  share buttons, currency widget or sidebar; the lead's attribution stays in it.
- ``related`` is every article the page links to: the sidebar's (truncated) Russian
  headlines and links inside the text. It is scored by (id, url, lang) as a set; the titles
  are not scored (the sidebar cuts them).
- ``image_urls`` is the article's photo; the listing's thumbnails are not on the page.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import cache
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.copykit import catalogue, routes, scoring, seeds, stories
from tests.copykit.catalogue import CopyArticle
from tests.copykit.text import CYR2LAT, normalise
from tests.fortyfourthsite import templates

LISTING = "/novosti"
PAGE_PARAM = "PAGEN_1"
PER_PAGE = 8
SEED = 4404
SIDEBAR = 10

# The forms each field takes on English pages (every one occurs; the test checks it).
DATELINES = ("dot", "caps", "dmy", "ru_on_en", "none")
DATES = ("dmy", "mdy", "abbr", "ap", "ru_cms", "dmy_time", "ru_time", "ampm", "none")
SOURCES = ("lead_and_line", "line_ru", "line_en", "line_link", "line_br", "lead_reports",
           "lead_press", "lead_according", "none")
PHOTOS = ("photo_colon", "photo_by", "foto_ru", "foto_glued", "photo_end", "no_credit",
          "no_image")
TITLE_TAGS = ("en", "ru", "ru_both")
LOCALES = ("ru", "en")
WIDGETS = ("header", "article")
EN_RUBRICS = ("World", "World news", "Economy and business", "Society", "Politics", "Culture",
              "Sport", "Tourism")

ANCHORS = ((date(2019, 1, 1), 36200), *catalogue.ANCHORS)
FIRST_DAY, LAST_DAY = date(2019, 1, 14), date(2025, 10, 31)


@dataclass
class Article(CopyArticle):
    raw_title: str = ""
    ru_title: str | None = None  # the Russian <title> some English pages carry
    forms: dict[str, str] = field(default_factory=dict)
    lead_source: str | None = None  # how the lead names the source (kept in the body)
    credit_text: str | None = None  # the credit as printed: "Photo by Reuters"
    link: tuple[int, str] | None = None  # (article linked inside the text, anchor phrase)
    related: list[dict[str, str]] = field(default_factory=list)

    def image_paths(self) -> list[str]:
        if self.forms.get("photo") == "no_image":
            return []
        return [f"/upload/iblock/{self.num % 997:03x}/{self.num * 7919 % 10**8:08d}.jpg"]

    def truth(self, base: str) -> dict[str, object]:
        out = super().truth(base)
        out["related"] = [{**r, "url": base + r["url"]} for r in self.related]
        return out


# --------------------------------------------------------------------------- the stories

# (title, place, rubric, tags, paragraphs, Russian title); raw text: homoglyphs and
# no-break/zero-width characters are the page's own, the truth is their normal form.
EN_STORIES: list[tuple[str, str, str | None, list[str], list[str], str | None]] = [
    ("Almaty opens two new metro stations", "Almaty", "Society",
     ["Almaty", "metro", "transport"],
     ["Two new stations of the Almaty metro, Saryarka and Bauyrzhan Momyshuly, welcomed their "
      "first passengers on Friday.",
      "The new section extends the first line by 2.8 kilometres towards the western districts "
      "of the city.",
      "The city administration said construction of the second line will begin next year."],
     "В Алматы открылись две новые станции метро"),
    ("Kazakhst\u0430n to plant two billion trees by 2025", "Astana", "Society",
     ["Kazakhstan", "ecology", "forests"],
     ["Kazakhstan plans to plant two billion trees in its forest fund and one billion in "
      "populated areas, the Ministry of Ecology said.",
      "Most of the seedlings will be planted on the dried bed of the Aral Sea, where saxaul "
      "forests are to stop salt and dust storms.",
      "Nurseries in the regions have increased their output of seedlings three times."],
     "Казахстан высадит два миллиарда деревьев к 2025 году"),
    ("Astana hosts forum of young entrepreneurs", "Astana", "Economy and business",
     ["Astana", "youth", "business"],
     ["More than 1,500 young entrepreneurs from all regions of the country gathered in Astana "
      "for the annual youth business forum.",
      "Participants attended master classes on exports, e-commerce and access to state support "
      "programmes.",
      "The winners of the startup contest received grants of up to 5 million tenge each."],
     None),
    ("Grain exports reach record level this season", "Kostanay", "Economy and business",
     ["grain", "exports"],
     ["Kazakhstan exported 8.7 million tonnes of grain of the new harvest since the beginning "
      "of the season, the Ministry of Agriculture reported.",
      "The main buyers were Uzbekistan, Tajikistan, Afghanistan and China.",
      "Exports through the ports of the Caspian Sea grew by a quarter."],
     "Экспорт зерна достиг рекордного уровня"),
    ("New children's hospital opens in Shymkent", "Shymkent", "Society",
     ["Shymkent", "healthcare"],
     ["A new 300-bed children's multidisciplinary hospital has opened in Shymkent.",
      "The hospital has its own diagnostic centre, an intensive care unit and a rehabilitation "
      "department.",
      "Doctors of the new hospital were trained in clinics of Astana and Almaty."],
     None),
    ("Charyn Canyon visitor centre receives first tourists", "Almaty", "Tourism",
     ["Charyn Canyon", "tourism"],
     ["The new visitor centre of the Charyn State National Park has received its first "
      "tourists.",
      "The centre houses a museum, a caf\u00e9 and a first aid post, and eco-trails with viewing "
      "platforms lead from it to the Valley of Castles.",
      "The park expects more than 300,000 visitors this year."],
     None),
    ("Kazakh wrestlers win three gold medals in Bishkek", "Astana", "Sport",
     ["wrestling", "Asian Championship"],
     ["Kazakh Greco-Roman wrestlers won three gold medals at the Asian Championship in "
      "Bishkek.",
      "The national team also took two silver and four bronze medals and finished second in "
      "the team standings."],
     None),
    ("Digital family map to help target social support", "Astana", "Society",
     ["Digital Family Map", "social support"],
     ["The Digital Family Map will be used to calculate median income and target social "
      "support, the Ministry of Labour said.",
      "The map groups families into five levels of well-being using data from state "
      "information systems.",
      "Families in need will be offered support proactively, without having to apply."],
     "Медианный доход будут рассчитывать на основе Цифровой карты семьи"),
    ("Senate passes amnesty law", "Astana", "Politics", ["Senate", "amnesty"],
     ["The Senate of Parliament passed the law on amnesty and sent it to the Head of State for "
      "signature.",
      "The amnesty will apply to about 20,000 people, including minors, pensioners and people "
      "with disabilities.",
      "It does not cover grave crimes, corruption or crimes against children."],
     "Сенат принял закон об амнистии"),
    ("Almaty creates more than 50,000 jobs", "Almaty", "Economy and business",
     ["Almaty", "jobs"],
     ["More than 50\u00a0000 jobs have been created in Almaty since the beginning of the year, "
      "the city administration said.",
      "Most of the new jobs are in construction, trade, manufacturing and services."],
     "В Алматы создано более 50 тысяч рабочих мест"),
    ("Snow leopard cubs born at Almaty Zoo", "Almaty", "Society",
     ["Almaty Zoo", "snow leopard"],
     ["Two snow leopard cubs have been born at the Almaty Zoo.",
      "The cubs and their mother Ilbirs are doing well and will be shown to visitors in the "
      "summer.",
      "The snow leopard is listed in the Red Book of Kazakhst\u0430n."],
     None),
    ("Turkistan restores historic monuments", "Turkistan", "Culture",
     ["Turkistan", "heritage"],
     ["Restoration of the historic monuments around the Khoja Ahmed Yasawi Mausoleum has "
      "begun in Turkistan.",
      "Specialists will restore the Juma mosque, the bathhouse and a section of the medieval "
      "citadel wall."],
     None),
    ("Kazakhstan and EBRD discuss new infrastructure projects", "Astana",
     "Economy and business", ["Kazakhstan", "EBRD"],
     ["Prime Minister Olzhas Bektenov met with the President of the European Bank for "
      "Reconstruction and Development to discuss new infrastructure projects.",
      "The parties discussed the modernisation of heating networks, water supply and road "
      "construction.",
      "The EBRD has invested more than 10 billion US dollars in Kazakhstan's economy."],
     "Олжас Бектенов обсудил с главой ЕБРР реализацию крупных проектов"),
    ("Wheat harvest in northern regions nears completion", "Kostanay", "Economy and business",
     [],
     ["Farmers in the northern regions have harvested wheat from more than 90 percent of the "
      "sown area.",
      "The average yield in the Kostanay region is 14.2 centners per hectare."],
     None),
    ("Medeu skating\u200b rink opens the winter season", "Almaty", None, ["Medeu", "skating"],
     ["The high-mountain Medeu skating rink has opened the winter season.",
      "The ice is open to visitors daily from 11:00 to 23:00, and mass skating sessions are "
      "held in the evenings."],
     None),
    ("Kazakhstan and the EU expand cooperation on critical raw materials", "Brussels", "World",
     ["Kazakhstan", "EU", "raw materials"],
     ["Kazakhstan and the European Union have agreed on a roadmap for cooperation on critical "
      "raw materials, batteries and renewable hydrogen.",
      "The document provides for joint projects in the exploration and processing of rare "
      "earth metals.",
      "The EU is Kazakhstan's largest trading partner and investor."],
     None),
    ("Kazakh diaspora in Germany celebrates Nauryz", "Almaty", "World news",
     ["Kazakhstan", "diaspora", "Nauryz"],
     ["Kazakhs living in Germany celebrated Nauryz in Berlin with a concert and a festive "
      "dastarkhan.",
      "The celebration was organised by the \u0415mbassy of Kazakhstan and the Kazakh cultural "
      "centre in Berlin.",
      "\u00abНаурыз құтты болсын!\u00bb the ambassador greeted the guests in Kazakh.",
      "Guests were treated to nauryz-kozhe and baursaks, and children took part in a contest "
      "of dombra players."],
     None),
    ("Embassy of Kazakhstan in Washington hosts business roundtable", "Almaty", "World news",
     ["USA", "investment"],
     ["The Embassy of Kazakhstan in the United States hosted a business roundtable for "
      "American investors.",
      "Representatives of more than 40 American companies learned about investment "
      "opportunities in mining, agriculture and IT."],
     None),
    ("Tokayev meets President of the European Council", "Astana", "Politics",
     ["Tokayev", "EU"],
     ["President Kassym-Jomart Tokayev met with the President of the European Council at the "
      "Akorda.",
      "The parties discussed trade, transport connectivity and the situation in the region.",
      "Earlier, the President laid flowers at the memorial to Aliya Moldagulova in Aktobe."],
     "Токаев встретился с председателем Европейского совета"),
    ("Kazakhstan's inflation slows to 8.5 percent", "Astana", "Economy and business",
     ["inflation", "National Bank"],
     ["Annual inflation in Kazakhstan slowed to 8.5 percent, the Bureau of National Statistics "
      "said.",
      "Food prices rose by 7.9 percent, non-food goods by 8.1 percent and paid services by "
      "9.6 percent.",
      "The National Bank kept the base rate unchanged."],
     None),
    ("Almaty Marathon gathers 20,000 runners", "Almaty", "Sport",
     ["Almaty Marathon", "running"],
     ["The Almaty Marathon gathered 20,000 runners from 60 countries."],  # one line only
     "Алматы марафон собрал 20 тысяч бегунов"),
    ("Kazakhstan's pavilion opens at Expo in Osaka", "Astana", "World", [],
     ["The national pavilion of Kazakhstan has opened at the World Expo in Osaka.",
      "The pavilion presents the country's nature, culture and technology, including a "
      "digital exposition about the Great Steppe."],
     None),
    ("Young Kazakh pianist wins international competition in Vienna", "Almaty", "Culture",
     ["music", "Vienna"],
     ["A 15-year-old pianist from Almaty has won first prize at an international piano "
      "competition in Vienna.",
      "She performed works by Chopin, Liszt and the Kazakh composer Kuddus Kuzhamyarov."],
     None),
    ("Astana Opera presents new production of Abai", "Astana", "Culture",
     ["Astana Opera", "Abai"],
     ["The Astana Opera theatre has presented a new production of the opera \u00abAbai\u00bb by "
      "Akhmet Zhubanov and Latif Hamidi.",
      "The premiere was attended by more than 1,200 spectators."],
     "Астана Опера представила новую постановку оперы «Абай»"),
    ("Rare saiga antelope population grows in western Kazakhstan", "Uralsk", None,
     ["saiga", "ecology"],
     ["The population of the saiga antelope in Kazakhstan has grown to more than 2.8 million, "
      "according to the results of the aerial survey.",
      "The largest population lives in the Ural region of western Kazakhstan."],
     None),
    ("Kazakhstan launches e-visa for citizens of 20 more countries", "Astana", "World news",
     ["e-visa", "tourism"],
     ["Citizens of 20 more countries can now obtain an electronic visa to Kazakhstan, the "
      "Ministry of Foreign Affairs said.",
      "The e-visa is issued within five working days through the portal of the migration "
      "service."],
     None),
    ("Caspian Sea water level continues to fall, scientists warn", "Aktau", "Society", [],
     ["The water level of the Caspian Sea has fallen by another 30 centimetres over the year, "
      "scientists of the Institute of Geography said.",
      "The shallowing is most noticeable in the northern part of the sea, near Atyrau."],
     None),
]
EN_PHOTO_CREDITS = {
    "photo_colon": ("Photo: {0}", ("akorda.kz", "primeminister.kz", "gov.kz")),
    "photo_by": ("Photo by {0}", ("Reuters", "AFP")),
    "foto_ru": ("Фото:{0}", ("pixabay",)),
    "foto_glued": ("Photo:{0}", ("akorda.kz",)),
    "photo_end": ("Photo: {0}", ("primeminister.kz", "Information Center")),
}
RU_PLACES = {"Almaty": "Алматы", "Astana": "Астана", "Shymkent": "Шымкент",
             "Kostanay": "Костанай", "Turkistan": "Туркестан", "Brussels": "Брюссель",
             "Uralsk": "Уральск", "Aktau": "Актау"}
# first words of a lead that "According to X, ..." may put in lower case
LOWER_FIRST = {"The", "A", "Two", "More", "Most", "Annual", "Farmers", "Citizens"}
EN_LINE_SOURCES = ("Kazinform", "The Astana Times", "EU Reporter", "Akorda", "KazTAG")
EN_LEAD = {
    "lead_reports": (", {0} reports.", ("Kazinform", "The Astana Times")),
    "lead_press": (", reported the {0}.", ("press service of the Government",
                                           "press service of the Akimat of Almaty")),
    "lead_according": (", according to {0}.", ("Kazinform", "Tengrinews.kz")),
}
# English texts linking to a Russian article inside a sentence: (headline, target, anchor)
TEXT_LINKS = [("Tokayev meets President of the European Council", stories.RU_TITLES[3],
               "laid flowers at the memorial to Aliya Moldagulova")]
RU_TITLES = [stories.RU_TITLES[i] for i in (3, 9, 14, 21, 24, 28, 31, 39, 51, 59)]
RU_RUBRICS = ("Социум", "Общество", "Экономика", "Политика")
RU_TAGS = [["Алматы", "аким"], ["здравоохранение", "врачи"], ["газ", "цены"],
           ["Алматы", "туризм"], [], ["Сенат", "амнистия"], ["Алматы", "строительство"],
           ["образование"], ["транспорт", "модернизация"], ["Алматы", "экология", "саженцы"]]


def _spoil_ru(text: str) -> str:
    """A Latin letter in the first Russian word that has a look-alike (the page's hazard)."""
    for i, c in enumerate(text):
        if c in CYR2LAT and c.islower():
            return text[:i] + CYR2LAT[c] + text[i + 1:]
    return text


def _spread(rng: random.Random, count: int, taken: set[date]) -> list[date]:
    """Leap day and the day of the 2024 offset change, then days 3+ apart from the others."""
    days = [date(2024, 2, 29), date(2024, 3, 1)]
    span = (LAST_DAY - FIRST_DAY).days
    while len(days) < count:
        day = FIRST_DAY + timedelta(days=rng.randrange(span))
        if all(abs((day - other).days) > 2 for other in taken | set(days)):
            days.append(day)
    return days


def _finish(a: Article, raw: list[str]) -> Article:
    """Raw page paragraphs in, clean truth paragraphs and title out."""
    a.raw_paragraphs = raw
    a.paragraphs = [normalise(p) for p in raw]
    a.raw_title, a.title = a.title, normalise(a.title)
    return a


def _en(i: int, story: tuple[str, str, str | None, list[str], list[str], str | None],
        day: date, rng: random.Random) -> Article:
    title, place, rubric, tags, paras, ru_title = story
    forms = {
        "dateline": DATELINES[i % 5],
        "date": "none" if i == 5 else DATES[i % 8],
        "source": SOURCES[1 + i % 8],
        "photo": PHOTOS[(i * 3) % 7],
        "title_tag": TITLE_TAGS[1 + i % 2] if ru_title else "en",
        "locale": "en" if i % 9 == 8 else "ru",
        "widget": "article" if i % 5 == 2 else "header",
    }
    if forms["photo"] == "foto_glued" and i % 2:
        forms["photo"] = "foto_ru"
    if forms["dateline"] == "ru_on_en":  # the Russian dateline kept over the translation
        place = RU_PLACES[place]
    elif forms["dateline"] in ("dot", "dmy") and place[0] == "A" and i < 8:
        forms["place_glyph"] = "yes"  # "Аlmaty" with a Cyrillic "А"
    a = Article(0, "en", day, title, "bitrix", [], place=None if forms["dateline"] == "none"
                else place, category=rubric, tags=list(tags), ru_title=ru_title, forms=forms)
    a.views = None if i % 13 == 12 else rng.randrange(90, 3400)
    if forms["date"] in ("dmy_time", "ru_time", "ampm"):
        a.clock = time(0, 40) if i == 7 else time(rng.randrange(8, 23), rng.randrange(60))
    raw = [*paras, *rng.sample(stories.EN_POOL, rng.choice([1, 2, 3]))] if len(paras) > 1 \
        else list(paras)
    kind = forms["source"]
    if kind in EN_LEAD:
        pattern, names = EN_LEAD[kind]
        a.source = names[(i // 8) % len(names)]
        a.lead_source = pattern.format(a.source)
        first = raw[0].split()[0]
        if kind == "lead_according" and (i // 8) % 2 and first in LOWER_FIRST:
            a.lead_source = f"According to {a.source},"
            raw[0] = f"{a.lead_source} {first.lower()}{raw[0][len(first):]}"
        else:
            raw[0] = raw[0].rstrip(".") + a.lead_source
    elif kind in ("line_ru", "line_en", "line_link", "line_br"):
        a.source, a.source_line = EN_LINE_SOURCES[i % len(EN_LINE_SOURCES)], True
    _credit(a, i)
    return _finish(a, raw)


def _credit(a: Article, i: int) -> None:
    kind = a.forms["photo"]
    if kind in EN_PHOTO_CREDITS:
        pattern, names = EN_PHOTO_CREDITS[kind]
        a.photo_credit = names[i % len(names)]
        a.credit_text = pattern.format(a.photo_credit)


def _ru(i: int, title: str, day: date, rng: random.Random) -> Article:
    forms = {"dateline": "ru" if i != 6 else "none", "date": "ru_time" if i == 3 else "ru_cms",
             "source": ("lead_ru", "line_ru", "none", "none")[i % 4],
             "photo": ("foto_ru", "foto_ru", "no_credit", "no_image", "foto_glued")[i % 5],
             "title_tag": "same", "locale": "ru", "widget": WIDGETS[i % 3 == 1]}
    a = Article(0, "ru", day, title, "bitrix", [], place=None if i == 6 else "Алматы",
                category=RU_RUBRICS[i % 4] if i % 5 != 4 else None, tags=RU_TAGS[i],
                forms=forms, views=rng.randrange(120, 2500))
    if a.forms["date"] == "ru_time":
        a.clock = time(rng.randrange(9, 20), rng.randrange(60))
    raw = [title.rstrip(".") + ".", *rng.sample(stories.RU_POOL, rng.choice([2, 3]))]
    if forms["source"] == "lead_ru":
        a.source, a.lead_source = "КазТАГ", ", сообщает КазТАГ."
        raw[0] = raw[0].rstrip(".") + a.lead_source
    elif forms["source"] == "line_ru":
        a.source, a.source_line = ("Kazinform", "КазТАГ")[i % 2], True
    if i % 3 == 0:
        raw[1] = _spoil_ru(raw[1])
    if forms["photo"] in ("foto_ru", "foto_glued"):
        a.photo_credit = ("gov.kz", "pixabay")[i % 2]
        a.credit_text = f"Фото:{a.photo_credit}"
    return _finish(a, raw)


def _kk(i: int, title: str, paras: list[str], day: date, rng: random.Random) -> Article:
    forms = {"dateline": "kk", "date": ("kk", "ru_cms")[i], "source": "none",
             "photo": ("no_image", "foto_ru")[i], "title_tag": "same", "locale": "ru",
             "widget": "header"}
    a = Article(0, "kk", day, title, "bitrix", [], place="Алматы", category="Қоғам",
                tags=stories.KK_TAGS[: 2 + i], forms=forms, views=rng.randrange(60, 900))
    if forms["photo"] == "foto_ru":
        a.photo_credit, a.credit_text = "gov.kz", "Фото:gov.kz"
    return _finish(a, list(paras))


# --------------------------------------------------------------------------- fixed pages


def _seed_en() -> Article:
    s = seeds.en()
    a = Article(s.num, "en", s.day, s.title, "bitrix", [], place=s.place, source=s.source,
                source_line=True, category="World news", tags=["Kazakhstan", "EU", "diaspora"],
                views=412, ru_title="Работы юных казахстанцев представили в Люксембурге",
                lead_source=" EU reporter reports.", photo_credit="pixabay",
                credit_text="Фото:pixabay",
                forms={"dateline": "dot", "date": "ru_cms", "source": "lead_and_line",
                       "photo": "foto_ru", "title_tag": "ru", "locale": "ru",
                       "widget": "header"})
    return _finish(a, list(s.raw_paragraphs))


def _seed_ru() -> Article:
    s = seeds.ru()
    a = Article(s.num, "ru", s.day, s.title, "bitrix", [], place=s.place, source=s.source,
                source_line=True, category="Общество", tags=["Япония", "диаспора"], views=1204,
                lead_source=", сообщает КазТАГ",
                forms={"dateline": "ru", "date": "ru_cms", "source": "lead_and_line",
                       "photo": "no_image", "title_tag": "same", "locale": "ru",
                       "widget": "article"})
    return _finish(a, list(s.raw_paragraphs))


PAIR_PARAGRAPHS = [
    "Kazakhs living in Japan have set up their own association, KazTAG reports citing the "
    "Ministry of Foreign Affairs of Kazakhstan.",
    "\u201cThe founding meeting of the Association of Kazakhs in Japan was held at the Embassy "
    "of Kazakhstan. The first public organisation of its kind in Japan is being created to "
    "unite citizens of Kazakhstan and ethnic Kazakhs (\u049b\u0430\u043d\u0434\u0430\u0441\u0442"
    "\u0430\u0440) living in the country,\u201d the ministry said in a statement on Thursday.",
    "According to the embassy, 191 citizens of Kazakhst\u0430n and about 70 ethnic Kazakhs "
    "from China, Mongolia and Uzbekistan live in Japan permanently.",
    "During the ceremony, the association and the \u00abОтандастар\u00bb foundation signed a "
    "memorandum of cooperation.",
    "Magauiya Sarbasov, vice-president of the \u00abОтандастар\u00bb foundation, stressed the "
    "importance of expanding ties with compatriots abroad.",
    "Earlier, Information Center reported on the founding of the association in Russian.",
]


def _pair() -> Article:
    """u45713: the English version of the Russian seed, linking to it inside the text."""
    a = Article(45713, "en", date(2021, 4, 19), stories.PAIR_EN_TITLE, "bitrix", [],
                place="Almaty", source="KazTAG", category="World",
                tags=["Japan", "diaspora", "Отандастар"], views=236,
                ru_title=seeds.ru().title, lead_source=", KazTAG reports",
                link=(45694, "reported on the founding of the association"),
                forms={"dateline": "caps", "date": "abbr", "source": "lead_reports",
                       "photo": "no_image", "title_tag": "ru_both", "locale": "ru",
                       "widget": "header"})
    return _finish(a, list(PAIR_PARAGRAPHS))


def _subbotnik() -> Article:
    """u49120: SITE.md's info line "20 Апреля 2023 683 Социум Алматы, аким, субботник"."""
    a = Article(49120, "ru", date(2023, 4, 20), stories.SUBBOTNIK_TITLE, "bitrix", [],
                place="Алматы", category="Социум", tags=["Алматы", "аким", "субботник"],
                views=683, photo_credit="gov.kz", credit_text="Фото:gov.kz",
                forms={"dateline": "ru", "date": "ru_cms", "source": "none",
                       "photo": "foto_glued", "title_tag": "same", "locale": "ru",
                       "widget": "header"})
    raw = ["В Алматы прошёл общегородской субботник, в котором приняли участие более 40 тысяч "
           "горожан.",
           "Сотрудники акиматов, предприятий и волонтёры убрали улицы, парки и берега рек.",
           "Аким города призвал жителей беречь чистоту и не выбрасывать мусор в неположенных "
           "местах.", stories.RU_POOL[4]]
    return _finish(a, raw)


def _lux() -> Article:
    a = Article(0, "en", date(2022, 6, 14),
                "Kazakh and Luxembourg business circles discuss green energy", "bitrix", [],
                place="Almaty", source="EU Reporter", source_line=True,
                category="Economy and business",
                tags=["Kazakhstan", "Luxembourg", "green energy"], views=318,
                lead_source=", EU Reporter reports.", photo_credit="Reuters",
                credit_text="Photo by Reuters",
                link=(46768, "an exhibition of artworks by young Kazakhstanis"),
                forms={"dateline": "dot", "date": "mdy", "source": "lead_and_line",
                       "photo": "photo_by", "title_tag": "en", "locale": "ru",
                       "widget": "header"})
    raw = ["Representatives of Kazakh and Luxembourg business circles discussed cooperation in "
           "renewable energy at a round table in Luxembourg, EU Reporter reports.",
           "The meeting was organised by the Embassy of Kazakhstan and the Kazakhstan-Luxembourg "
           "Association, which last summer hosted an exhibition of artworks by young "
           "Kazakhstanis.",
           "Participants discussed wind and solar projects in the Almaty and Zhambyl regions, "
           "as well as the production of green hydrogen.", stories.EN_POOL[3]]
    return _finish(a, raw)


# --------------------------------------------------------------------------- the list


@cache
def build() -> tuple[Article, ...]:
    """44 articles (30 en, 12 ru, 2 kk), newest first, ids growing with the date."""
    rng = random.Random(SEED)
    fixed = [_seed_en(), _seed_ru(), _pair(), _subbotnik(), _lux()]
    makers: list[Any] = (
        [lambda d, r, i=i, s=s: _en(i, s, d, r) for i, s in enumerate(EN_STORIES)]
        + [lambda d, r, i=i, t=t: _ru(i, t, d, r) for i, t in enumerate(RU_TITLES)]
        + [lambda d, r, i=i, s=s: _kk(i, s[0], s[1], d, r)
           for i, s in enumerate(stories.KK_STORIES[:2])])
    rng.shuffle(makers)
    days = _spread(rng, len(makers), {a.day for a in fixed})
    arts = fixed + [make(day, rng) for make, day in zip(makers, days, strict=True)]
    catalogue.number(arts, ANCHORS)
    ordered = catalogue.newest_first(arts)
    by_num = {a.num: a for a in ordered}
    by_title = {a.title: a for a in ordered}
    for title, target, anchor in TEXT_LINKS:
        by_title[title].link = (by_title[target].num, anchor)
    latest_ru = [a for a in ordered if a.lang == "ru"]
    for a in ordered:
        links: list[Article] = []
        if a.link:
            links.append(by_num[a.link[0]])
        links += [b for b in latest_ru if b is not a][:SIDEBAR]
        seen: set[int] = set()
        a.related = []
        for b in links:
            if b.num not in seen:
                seen.add(b.num)
                a.related.append({"url": b.path, "id": b.id, "title": b.title,
                                  "lang": b.lang})
    return ordered  # type: ignore[return-value]


CAT = catalogue.Catalogue(build, PER_PAGE)


def by_num() -> dict[int, Article]:
    return CAT.by_num()  # type: ignore[return-value]


def truth(base_url: str) -> dict[str, dict[str, object]]:
    return CAT.truth(base_url)


def page_count() -> int:
    return CAT.page_count()


def sidebar(a: Article) -> list[Article]:
    """The ``ru`` "latest news" block under ``a``: the newest Russian articles but ``a``."""
    return [b for b in build() if b.lang == "ru" and b is not a][:SIDEBAR]


def same(name: str, want: Any, got: Any) -> bool:
    """``same_moment``; ``related`` as a set of (id, url, lang) — the sidebar cuts titles."""
    if name == "related":
        if not isinstance(got, list) or not all(isinstance(r, dict) for r in got):
            return False
        key = [(r.get("id"), r.get("url"), r.get("lang")) for r in got]
        return len(key) == len(set(key)) and set(key) == {
            (r["id"], r["url"], r["lang"]) for r in want}
    return scoring.same_moment(name, want, got)


# --------------------------------------------------------------------------- the router

_HTML = {"Content-Type": "text/html; charset=UTF-8"}


def _listing(query: dict[str, list[str]], base: str) -> tuple[int, dict[str, str], bytes]:
    raw = query.get(PAGE_PARAM, ["1"])[0]
    n = int(raw) if raw.isdigit() else 0
    if not 1 <= n <= page_count():
        return 404, dict(_HTML), templates.not_found()
    return 200, dict(_HTML), templates.listing(CAT.page_items(n), n, page_count())


def _image(path: str) -> tuple[int, dict[str, str], bytes] | None:
    known = {p for a in build() for p in a.image_paths()}
    thumbs = {templates.thumb(p) for p in known}
    if path in known or path in thumbs:
        return 200, {"Content-Type": "image/jpeg"}, templates.JPEG
    if path == templates.LOGO:
        return 200, {"Content-Type": "image/svg+xml"}, templates.LOGO_SVG
    return None


def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    base = f"http://{host}"
    parts = urlsplit(target)
    path = parts.path
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, templates.ROBOTS
    if path == "/":
        return routes.moved(base + LISTING)
    if path in (LISTING, LISTING + "/"):
        return _listing(parse_qs(parts.query), base)
    image = _image(path)
    if image:
        return image
    return CAT.article_or_404(path, base, lambda a, b: (
        200, dict(_HTML), templates.article(a, b, sidebar(a))), templates.not_found)  # type: ignore[arg-type]
