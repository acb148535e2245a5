"""A page's language at its edges: Russian and English stories dense in Kazakh names, titles
and quotes, one-sentence flashes, markup declaring the wrong language; real Kazakh pages
(Cyrillic and Latin) and pages mostly Kazakh stay ``kk``. Article pages in the outlet's
furniture (currency widget, photo credit, date line, ``Источник:``, a ``ru`` headline block)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kznews import article_from_html
from kznews.language import detect_lang
from tests.copykit.crawl import crawl_copy
from tests.copykit.server import CopyServer

URL = "https://ic24.kz/news/some-story-u49120"
RU_D = "Алматы. 20 апреля. Центр информации - "
EN_D = "Almaty. April 20. Information Center - "
KK_D = "Алматы. 20 сәуір. Ақпарат орталығы - "
_RATES = "".join(f"<li>{c}/KZT <span>0.0</span></li>" for c in ("USD", "EUR", "RUB", "CNY"))
_SIDEBAR = ("В Алматы прошел общегородской субботник", "Курс тенге укрепился на торгах KASE",
            "В Астане открыли новую школу на 1200 мест")


def _page(title: str, paras: list[str], *, html_lang: str | None = None,
          og: str | None = None, en: bool = False, part_lang: dict[int, str] | None = None,
          source: str | None = "КазТАГ") -> str:
    opening = f'<html lang="{html_lang}">' if html_lang else "<html>"
    meta = f'<meta property="og:locale" content="{og}">' if og else ""
    date, cat = ("20 April 2023", "Society") if en else ("20 Апреля 2023", "Социум")
    body = "".join(
        (f'<p lang="{part_lang[i]}">' if part_lang and i in part_lang else "<p>") + p + "</p>\n"
        for i, p in enumerate(paras))
    src = f"<p>Источник: {source}</p>" if source else ""
    side = "".join(f'<div class="item"><span class="lang">ru</span> '
                   f'<a href="/news/x-u{50000 + i}">{t}</a></div>' for i, t in enumerate(_SIDEBAR))
    return (f'<!DOCTYPE html>{opening}<head><meta charset="utf-8"><title>{title} | Центр '
            f'информации</title>{meta}<link rel="canonical" href="{URL}"></head><body>'
            f'<div class="currency"><ul>{_RATES}</ul></div><div class="content">'
            f'<div class="news-detail"><h1 class="news-title">{title}</h1>'
            '<div class="news-photo"><img src="/upload/a.jpg"><span class="photo-credit">'
            f'Фото:gov.kz</span></div><div class="news-info"><span class="date">{date}</span> '
            f'<span class="views">683</span> <a class="category" href="/category/x">{cat}</a> '
            f'<span class="tags">Алматы, аким</span></div><div class="news-text">{body}{src}'
            '</div></div><div class="last-news"><div class="last-news__title">Последние '
            f"новости</div>{side}</div></div></body></html>")


def _lang(html: str) -> object:
    rec = article_from_html(html, URL)
    assert rec is not None, "no record made"
    return rec["lang"]


MARKUPS = [{}, {"html_lang": "ru"}, {"html_lang": "kk"}, {"og": "ru_RU"}]

# -- Russian stories: Kazakh names and toponyms, one-sentence flashes (fixed cases)
RU_NAMES = {
    "president in Öskemen": (
        "Қасым-Жомарт Тоқаев провел совещание в Өскемене",
        [RU_D + "Президент Қасым-Жомарт Тоқаев провел в Өскемене совещание по развитию Шығыс "
         "Қазақстан облысы, сообщает Ақорда.",
         "Глава государства поручил ускорить строительство дорог Өскемен – Семей и Өскемен – "
         "Алтай.", "Также обсуждались вопросы газификации Қызылорда и Түркістан облысы."]),
    "flash, full name": ("Тоқаев прибыл в Өскемен",
                         [RU_D + "Қасым-Жомарт Тоқаев прибыл в Өскемен."]),
    "flash, appointed": (
        "Назначен аким Түркістан облысы",
        [RU_D + "Дархан Сатыбалды назначен акимом Түркістан облысы."]),
    "flash, two sentences": ("Ерлан Қошанов переизбран",
                             [RU_D + "Ерлан Қошанов переизбран председателем Мажилиса. Решение "
                              "приняли единогласно."]),
    "flash, visited": ("Тоқаев посетил Түркістан",
                       [RU_D + "Қасым-Жомарт Тоқаев посетил Түркістан."]),
    "flash, shortest": ("Тоқаев в Өскемене", [RU_D + "Тоқаев в Өскемене."]),
    "flash, champion": ("Әйгерім Жұмабаева стала чемпионкой",
                        [RU_D + "Әйгерім Жұмабаева завоевала золото."]),
    "names only": ("Встреча в Ақорде", [RU_D + "Қасым-Жомарт Тоқаев принял Әлихан Смайылов, Ерлан "
                                        "Қошанов и Маулен Әшімбаев в Ақорде."]),
    "song title": ("Хор исполнил песню «Менің Қазақстаным»",
                   [RU_D + "Детский хор из Қызылорда исполнил песню «Менің Қазақстаным» на "
                    "открытии фестиваля.", "Выступление собрало около тысячи зрителей."]),
    "fund": ("\"Қазақстан халқына\" қоры выделил средства на лечение детей",
             [RU_D + "Общественный фонд \"Қазақстан халқына\" выделил 2 миллиарда тенге на "
              "лечение детей со спинальной мышечной атрофией.",
              "Ранее \"Қазақстан халқына\" профинансировал закупку оборудования для больниц."]),
    "parties": ("Партия \"Нұр Отан\" и \"Әділет\" подписали меморандум",
                [RU_D + "Партия \"Нұр Отан\" и система \"Әділет\" подписали меморандум о "
                 "сотрудничестве.", "Документ позволит гражданам получать консультации."]),
    "Kazakh slogan in the headline": ("«Біз біргеміз!»: в Астане прошла акция",
                                      [RU_D + "В Астане прошла акция."]),
    "Kazakh headline, short text": ("Алматыда жаңа саябақ ашылды",
                                    [RU_D + "В Алматы открылся новый парк."]),
}
# -- Russian stories that were already read right (guards)
RU_GUARDS = {
    "proverb": ("В Шымкенте наградили лучших учителей",
                [RU_D + "В Шымкенте наградили лучших учителей региона.",
                 "«Ұстазы жақсының ұстамы жақсы», – напомнил аким города, вручая награды.",
                 "Всего награды получили 45 педагогов."]),
    "slogan": ("В Астане прошел марафон",
               [RU_D + "В Астане прошел марафон под лозунгом «Біз біргеміз!».",
                "В забеге участвовали 5 тысяч человек."]),
    "bilingual release": (
        "Акимат Алматы объявил о ремонте дорог",
        [RU_D + "Акимат Алматы объявил о начале ремонта 120 улиц города. Работы начнутся 1 мая "
         "и продлятся до конца октября.",
         "В первую очередь отремонтируют дороги в Алатауском и Наурызбайском районах, где "
         "жители чаще всего жалуются на ямы.",
         "Қала әкімдігі 1 мамырдан бастап 120 көшені жөндеуге кірісетінін хабарлады. Жұмыстар "
         "қазан айының соңына дейін жалғасады, бірінші кезекте Алатау және Наурызбай "
         "аудандарындағы жолдар жөнделеді."]),
    "Kazakh headline": ("Алматыда жаңа саябақ ашылды",
                        [RU_D + "В Алматы открылся новый парк площадью 12 гектаров.",
                         "Там высадили более 3000 деревьев."]),
}
# -- English stories with Kazakh Latin names (fixed cases, then guards)
EN_NAMES = {
    "flash, in Qyzylorda": ("Toqaev in Qyzylorda", [EN_D + "Qasym-Jomart Toqaev arrived in "
                                                    "Qyzylorda."]),
    "names only": ("Meeting in Aqorda", [EN_D + "Qasym-Jomart Toqaev met Álıhan Smaıylov, Erlan "
                                         "Qoşanov and Maulen Äşımbaev in Aqorda."]),
    "flash, gold": ("Ásel Sadyqova wins gold", [EN_D + "Ásel Sadyqova won gold in Almaty."]),
    "flash, Astana": ("Toqaev arrives in Astana", [EN_D + "Toqaev arrives in Astana."]),
    "flash, snow": ("Snow hits Astana", [EN_D + "Snow hit Astana."]),
}
EN_GUARDS = {
    "president": ("Qasym-Jomart Toqaev visits Nur-Sultan plant",
                  [EN_D + "President Qasym-Jomart Toqaev visited a new plant in Nur-Sultan on "
                   "Tuesday, Aqorda reports.", "The plant will produce 40,000 tonnes of steel."]),
    "Qazaqstan": ("Qazaqstan Temir Joly buys new locomotives",
                  [EN_D + "Qazaqstan Temir Joly has bought 50 new locomotives, the company said."]),
    "Ońtústik": ("Ońtústik Qazaqstan region gets new hospital",
                 [EN_D + "A new hospital opened in Ońtústik Qazaqstan region, the akimat said."]),
    "Pravitelstvo": ("Pravitelstvo approves budget",
                     [EN_D + "The Pravitelstvo (Government) of Kazakhstan approved the budget."]),
    "quoted Russian": ("Minister comments on fuel prices",
                       [EN_D + "The energy minister commented on fuel prices.",
                        "«Цены на бензин не вырастут до конца года», – сказал министр.",
                        "He added that supplies are stable."]),
    "all caps": ("TOQAEV SIGNS LAW ON QAZAQ LANGUAGE",
                 [EN_D + "President Qasym-Jomart Toqaev signed the law on the Qazaq language on "
                  "Monday.", "The law enters into force in ten days."]),
}
# -- Kazakh pages (guards): Cyrillic, Latin (2021 and 2018 letters), short, capitals, mixed
KK_PAGES = {
    "Cyrillic": ("Өскеменде жаңа аурухана ашылды",
                 [KK_D + "Өскеменде 300 орындық жаңа аурухана ашылды, деп хабарлады облыс "
                  "әкімдігі.", "Аурухананы салуға республикалық бюджеттен 12 миллиард теңге "
                  "бөлінген. Құрылыс екі жылға созылды."]),
    "Cyrillic, names": ("Тоқаев Өскеменге барды",
                        ["Қасым-Жомарт Тоқаев Өскеменге жұмыс сапарымен барды."]),
    "Cyrillic, flash": ("Тоқаев Түркістанда",
                        ["Мемлекет басшысы Түркістанда жұмыс сапарында жүр."]),
    "Cyrillic, capitals": ("ҚАЗАҚСТАНДА ЖАҢА ЗАҢ ҚАБЫЛДАНДЫ",
                           ["Мемлекет басшысы жаңа заңға қол қойды. Заң он күннен кейін күшіне "
                            "енеді."]),
    "Latin": ("Öskemende jaña auruhana aşyldy",
              ["Almaty. 20 säuır. Öskemende 300 oryndyq jaña auruhana aşyldy, dep habarlady "
               "oblys äkımdıgı.", "Auruhanany saluğa respublikalyq büdjetten 12 milliard teñge "
               "bölıngen."]),
    "Latin, acute": ("Óskemende jańa aýrýhana ashyldy",
                     ["Óskemende 300 oryndyq jańa aýrýhana ashyldy, dep habarlady oblys "
                      "ákimdigi."]),
    "Latin, names": ("Toqaev Türkıstanda", ["Memleket basşysy Türkıstanda jūmys saparynda jür."]),
    "mostly Kazakh": ("Алматыда жаңа саябақ ашылды",
                      ["Алматыда ауданы 12 гектар болатын жаңа саябақ ашылды, онда 3000-нан "
                       "астам ағаш отырғызылды.", "Жұмыстар жаз бойы жалғасады және бұл қала "
                       "тұрғындары үшін өте маңызды, деп хабарлады әкімдік.",
                       "«Это важный день для города», – сказал аким.",
                       "Саябақта балалар алаңы мен велосипед жолы бар."]),
    "mostly Kazakh, Latin": ("Astanada jaña kıtaphana aşyldy",
                             ["Astanada jaña kıtaphana aşyldy, onda on myñnan astam kıtap bar.",
                              "Oqyrmandarğa tegın internet jäne oqu zaly ūsynylady, dep "
                              "habarlady äkımdık.",
                              "\"This is a great day for the city\", the mayor said."]),
}


def _cases(table: dict[str, tuple[str, list[str]]]) -> list[object]:
    return [pytest.param(t, paras, markup, id=f"{name}-{'-'.join(markup.values()) or 'none'}")
            for name, (t, paras) in table.items() for markup in MARKUPS]


@pytest.mark.parametrize(("title", "paras", "markup"), _cases(RU_NAMES))
def test_russian_story_with_kazakh_names_is_russian(title: str, paras: list[str],
                                                     markup: dict[str, str]) -> None:
    assert _lang(_page(title, paras, **markup)) == "ru"


@pytest.mark.parametrize(("title", "paras", "markup"), _cases(RU_GUARDS))
def test_russian_story_quoting_kazakh_is_russian(title: str, paras: list[str],
                                                 markup: dict[str, str]) -> None:
    assert _lang(_page(title, paras, **markup)) == "ru"


@pytest.mark.parametrize(("title", "paras", "markup"), _cases(EN_NAMES))
def test_english_story_with_kazakh_latin_names_is_english(title: str, paras: list[str],
                                                          markup: dict[str, str]) -> None:
    assert _lang(_page(title, paras, en=True, source="Kazinform", **markup)) == "en"


@pytest.mark.parametrize(("title", "paras", "markup"), _cases(EN_GUARDS))
def test_english_story_with_kazakh_and_russian_words_is_english(
        title: str, paras: list[str], markup: dict[str, str]) -> None:
    assert _lang(_page(title, paras, en=True, source="Kazinform", **markup)) == "en"


@pytest.mark.parametrize(("title", "paras", "markup"), _cases(KK_PAGES))
def test_kazakh_page_stays_kazakh(title: str, paras: list[str], markup: dict[str, str]) -> None:
    assert _lang(_page(title, paras, source=None, **markup)) == "kk"


def test_lang_attributes_on_parts_do_not_decide_the_page() -> None:
    title, paras = RU_GUARDS["proverb"]
    assert _lang(_page(title, paras, html_lang="ru", part_lang={1: "kk"})) == "ru"
    title, paras = EN_GUARDS["quoted Russian"]
    assert _lang(_page(title, paras, html_lang="en", en=True, part_lang={1: "ru"})) == "en"


# --------------------------------------------------------------------------- the crawl

_CRAWLED = {  # id -> (lang, title, paragraphs, markup)
    "u49121": ("ru", *RU_NAMES["flash, full name"], {"html_lang": "kk"}),
    "u49122": ("ru", *RU_NAMES["president in Öskemen"], {"og": "ru_RU"}),
    "u49123": ("en", *EN_NAMES["names only"], {"html_lang": "ru"}),
    "u49124": ("kk", *KK_PAGES["Cyrillic"], {"html_lang": "kk"}),
    "u49125": ("kk", *KK_PAGES["Latin, names"], {}),
}


def _route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    path = target.partition("?")[0]
    if path == "/novosti" and "?" not in target:
        rows = "".join(f'<div class="news_text"><a href="/news/story-{aid}">{v[1]}</a>'
                       "<p>20 Апреля 2023</p></div>" for aid, v in _CRAWLED.items())
        return 200, html, f"<html><body>{rows}</body></html>".encode()
    aid = path.rpartition("-")[2]
    if path.startswith("/news/") and aid in _CRAWLED:
        lang, title, paras, markup = _CRAWLED[aid]
        page = _page(title, paras, en=lang == "en", **markup).replace(URL, f"http://{host}{path}")
        for i in range(len(_SIDEBAR)):  # the headline block links the crawled stories
            page = page.replace(f"/news/x-u{50000 + i}", f"/news/story-u{49121 + i}")
        return 200, html, page.encode()
    return 404, html, b"<html><body>404</body></html>"


def test_crawl_keeping_ru_and_en_drops_kazakh_pages_counted(tmp_path: Path) -> None:
    with CopyServer(_route) as srv:
        result = crawl_copy(srv.url, tmp_path, {"KZNEWS_RENDER": "never"},
                            args=("-a", "lang=ru,en"))
    got = {i["id"]: i["lang"] for i in result.items}
    assert got == {aid: v[0] for aid, v in _CRAWLED.items() if v[0] != "kk"}
    assert {line["id"] for line in result.feed_lines()} == set(got)
    report = result.report()
    assert report["dropped"] == {"drop/lang/kk": 2}, result.stderr[-3000:]
    assert "dropped {'drop/lang/kk': 2}" in result.stderr  # the end-of-crawl log line


@pytest.mark.parametrize("title", [
    "Түркістанда туристер саны артты",  # a place in the locative: Kazakh grammar on a name
    "Тоқаевтың Өскеменге сапары",
    "Ақтөбе облысында Әлия Молдағұлова атындағы мектеп ашылды",
    "Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Әлихан Смайыловты қабылдады",
    "Qasym-Jomart Toqaev Aqordada Älihan Smaiylovty qabyldady",
])
def test_kazakh_headline_naming_people_and_places_is_kazakh(title: str) -> None:
    assert detect_lang(title) == "kk"  # as a headline in a related block is read


@pytest.mark.parametrize(("title", "declared", "expected"), [
    ("Тоқаев прибыл в Өскемен", None, "ru"), ("Тоқаев посетил Түркістан", "kk", "ru"),
    ("Қайрат Мәми избран сенатором", "kk", "ru"),
    ("Erlan Qaryn appointed State Secretary", "kk", "en"),
    ("Qaırat Mämi elected senator", "kk", "en"),
])
def test_headline_naming_kazakh_people_and_places_keeps_its_language(
        title: str, declared: str | None, expected: str) -> None:
    assert detect_lang(title, declared) == expected
