"""Where the rubric of an info line printed as one text ends, and a credit glued to a sentence.

SITE.md's line under the headline is ``20 Апреля 2023 683 Социум Алматы, аким, субботник``:
date, count, rubric, tags. When the site prints it as one text node, nothing but words tells
where the rubric ends: a rubric of two words (``В мире``, ``Наука и образование``) was cut at
its first word and the rest glued to the first tag (``мире Япония``), and on a page with no
rubric a lower-case tag became the rubric. The page's own menu names its rubrics; without one,
prepositions and joining words hold a rubric together.
"""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.processors.info import Names, parse_info_line, split_rubric

BODY = (
    "У казахстанцев в Японии появилась собственная ассоциация, сообщает КазТАГ со ссылкой на "
    "министерство иностранных дел Казахстана.",
    "По данным посольства Казахстана, в Японии на постоянной основе проживает 191 гражданин "
    "нашей страны и около 70 этнических казахов.",
)
EN_BODY = (
    "The Kazakh diaspora gathered recently for the meet-up of friends of Kazakhstan and for "
    "the exhibition of artworks by young Kazakhstanis, EU reporter reports.",
    "The event is part of the celebration of the 30th Anniversary of the Independence of "
    "Kazakhstan and was attended by representatives of the ministry of foreign affairs.",
)
URL = "https://ic24.kz/news/u-kazakhstantsev-v-yaponii-u45694"


def _menu(names: tuple[str, ...], href: str = "/rubric/{}") -> str:
    items = "".join(f'<li><a href="{href.format(i)}">{n}</a></li>' for i, n in enumerate(names))
    return f'<div class="top"><ul class="menu">{items}</ul></div>'


def info_page(info: str, menu: str = "", body: tuple[str, ...] = BODY, dateline: str = "",
              credit: str = "<div>Фото:pixabay</div>", head: str = "", after: str = "") -> str:
    """SITE.md's article page with ``info`` as its line under the headline; ``after``: what
    follows the related link (a footer)."""
    text = "<br><br>".join((dateline + body[0], *body[1:]))
    return (f"<html><head>{head}</head><body>{menu}<div>• USD/KZT 0.0 • EUR/KZT 0.0</div>"
            f"<h1>Казахстанцы в Японии создали собственную ассоциацию</h1>{credit}"
            f"<div>{info}</div><div>{text}<br><br>Источник: КазТАГ</div>"
            f'<div><a href="/news/x-u45001">ru Жителей Алгабаса подключат к канализации</a>'
            f"</div>{after}</body></html>")


def _fields(html: str) -> tuple[object, ...]:
    record = article_from_html(html, URL)
    assert record is not None
    return record["category"], record["tags"], record["views"], record["body"].split("\n")[0]


@pytest.mark.parametrize(("rest", "want"), [
    ("Социум Алматы, аким, субботник", ("Социум", "Алматы, аким, субботник")),
    ("В мире Япония, диаспора", ("В мире", "Япония, диаспора")),
    ("В мире диаспора, Япония", ("В мире", "диаспора, Япония")),
    ("Наука и образование школа, учитель", ("Наука и образование", "школа, учитель")),
    ("Around the world Japan, diaspora", ("Around the world", "Japan, diaspora")),
    ("Science & tech AI, robots", ("Science & tech", "AI, robots")),
    ("Қоғам және мәдениет Алматы, әкім", ("Қоғам және мәдениет", "Алматы, әкім")),
    ("Социум малый бизнес, аким", ("Социум", "малый бизнес, аким")),  # a two-word tag
    ("Алматы, аким", (None, "Алматы, аким")),  # no rubric: the list is tags
    ("диаспора", (None, "диаспора")),  # a lower-case word is a tag
    ("В мире", ("В мире", "")),
    ("Экономика", ("Экономика", "")),
    ("", (None, "")),
])
def test_split_rubric_without_names(rest: str, want: tuple[str | None, str]) -> None:
    assert split_rubric(rest) == want


@pytest.mark.parametrize(("rest", "names", "want"), [
    ("Мир спорта футбол, чемпионат", {"мир спорта"}, ("Мир спорта", "футбол, чемпионат")),
    ("Мир спорта футбол", {"МИР СПОРТА"}, ("Мир спорта", "футбол")),  # a menu in capitals
    ("Новости Казахстана Алматы, аким", {"социум", "новости казахстана"},
     ("Новости Казахстана", "Алматы, аким")),
    ("Around the world Japan, diaspora", {"around the world"},
     ("Around the world", "Japan, diaspora")),
    ("социум аким", {"социум"}, ("социум", "аким")),  # named: lower case is no bar
    ("Мир спорта", {"мир спорта"}, ("Мир спорта", "")),
    # a name followed by a comma is the first tag of a page without a rubric
    ("Алматы, аким", {"алматы"}, (None, "Алматы, аким")),
    # a lower-case word the page's menu does not name is a tag, in any script
    ("economy", {"society", "world news"}, (None, "economy")),
    # a lower-case word before a bare count is read as it was (a stamp's leftover word)
    ("бұрын 57 669", {"society"}, ("бұрын", "57 669")),
    # a word not made of letters is no tag by its case (a credit's value after its label)
    ("gov.kz", {"sport"}, ("gov.kz", "")),
    # a name that is no prefix of the line changes nothing
    ("Социум Алматы, аким", {"в мире", "наука"}, ("Социум", "Алматы, аким")),
])
def test_split_rubric_with_the_pages_names(rest: str, names: set[str],
                                           want: tuple[str | None, str]) -> None:
    assert split_rubric(rest, Names(names)) == want


def test_a_line_with_no_capital_keeps_its_first_word_as_the_rubric() -> None:
    """A site printing its details in lower case (CSS capitalises them): the case of the
    first word tells nothing."""
    info = parse_info_line("20 апреля 2023 683 социум алматы, аким")
    assert info is not None
    assert (info.category, info.tags) == ("социум", ["алматы", "аким"])
    info = parse_info_line("20 Апреля 2023 683 социум алматы, аким")
    assert info is not None
    assert (info.category, info.tags) == (None, ["социум алматы", "аким"])


def test_parse_info_line_keeps_count_and_tags_apart() -> None:
    info = parse_info_line("16 Апреля 2021 1315 В мире Япония, диаспора")
    assert info is not None
    assert (info.views, info.category, info.tags) == (1315, "В мире", ["Япония", "диаспора"])
    info = parse_info_line("16 Апреля 2021 В мире Япония, диаспора")  # no count
    assert info is not None
    assert (info.views, info.category, info.tags) == (None, "В мире", ["Япония", "диаспора"])


MENU = _menu(("Социум", "В мире", "Мир спорта", "Новости Казахстана", "Экономика"))


@pytest.mark.parametrize(("info", "menu", "want"), [
    ("16 Апреля 2021 1315 В мире Япония, диаспора", "", ("В мире", ["Япония", "диаспора"])),
    ("16 Апреля 2021 В мире Япония, диаспора", "", ("В мире", ["Япония", "диаспора"])),
    ("16 Апреля 2021 1315 Мир спорта футбол, чемпионат", MENU,
     ("Мир спорта", ["футбол", "чемпионат"])),
    ("16 Апреля 2021 1315 Новости Казахстана Алматы, аким", MENU,
     ("Новости Казахстана", ["Алматы", "аким"])),
    # the menu's links in a plain `<nav>` with no list, addressed by their section's path
    ("16 Апреля 2021 1315 Мир спорта футбол", '<nav><a href="/section/sport">Мир спорта</a>'
     '<a href="/section/soc">Социум</a></nav>', ("Мир спорта", ["футбол"])),
    ("16 Апреля 2021 1315 диаспора", MENU, (None, ["диаспора"])),
    # the menu prints its names in capitals, the info line in lower case
    ("16 апреля 2021 1315 мир спорта футбол, чемпионат", _menu(("МИР СПОРТА", "СОЦИУМ")),
     ("мир спорта", ["футбол", "чемпионат"])),
    ("16 Апреля 2021 1315 Социум Алматы, аким, субботник", MENU,
     ("Социум", ["Алматы", "аким", "субботник"])),
])
def test_page_rubric_and_tags(info: str, menu: str, want: tuple[str | None, list[str]]) -> None:
    category, tags, _, first = _fields(info_page(info, menu))
    assert (category, tags) == want
    assert first == BODY[0]


def test_json_ld_section_tells_where_the_tags_start() -> None:
    """A page whose JSON-LD names the rubric but not the tags: the info line's tags start
    after that rubric."""
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Казахстанцы в Японии создали собственную ассоциацию", "articleSection": '
            '"Мир спорта"}</script>')
    category, tags, _, _ = _fields(info_page("16 Апреля 2021 1315 Мир спорта футбол, чемпионат",
                                         head=head))
    assert (category, tags) == ("Мир спорта", ["футбол", "чемпионат"])


def test_english_page_with_english_month_and_menu() -> None:
    menu = _menu(("Society", "World news", "Economy"), "/en/category/{}/")
    category, tags, views, first = _fields(info_page(
        "19 April 2021 912 World news Japan, diaspora", menu, EN_BODY,
        "Almaty. April 19. Information Center - "))
    assert (category, tags, views) == ("World news", ["Japan", "diaspora"], 912)
    assert first == EN_BODY[0]


@pytest.mark.parametrize("dateline", ["", "Алматы. 16 апреля. Центр информации - "])
def test_credit_glued_to_the_text(dateline: str) -> None:
    """``Фото:pixabayУ казахстанцев …``: a credit run into the text's first sentence (with
    or without a dateline) is cut there; the sentence stays whole, its first letter Cyrillic."""
    html = info_page("16 Апреля 2021 1315 Социум аким", credit="",
                     dateline="Фото:pixabay" + dateline)
    record = article_from_html(html, URL)
    assert record is not None
    assert record["photo_credit"] == "pixabay"
    assert record["body"].split("\n")[0] == BODY[0]
    assert record["category"] == "Социум"
